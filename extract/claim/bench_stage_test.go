package claim_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/bench/perf"
	"github.com/newsgraph/newsgraph/extract/claim"
	"github.com/newsgraph/newsgraph/extract/clean"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// BenchmarkStageClaims is the claim stage: quotes and reported speech of
// one corpus article, from its entities. Claim extraction adds the sources
// it finds to the entity result, so each call gets a fresh one, made
// outside the timing. MB/s counts the article's raw text.
func BenchmarkStageClaims(b *testing.B) {
	recs := corpus.Sample(b, 900)
	texts := make([]*segment.Text, len(recs))
	skips := make([][]claim.Span, len(recs))
	metas := make([]ner.Meta, len(recs))
	var size int64
	for i, r := range recs {
		c := clean.CleanWithTitle(r.Text, r.Title)
		texts[i] = segment.Split(c.Body)
		for _, f := range c.Furniture {
			skips[i] = append(skips[i], claim.Span{Start: f.Start, End: f.End})
		}
		metas[i] = ner.Meta{ArticleID: graph.ArticleID(r.ID), Published: r.Published}
		size += int64(len(r.Text))
	}
	rec := ner.New(nil)
	var res *ner.Result
	perf.StageWithSetup(b, len(texts), size,
		func(i int) { res = rec.Recognize(texts[i], metas[i]) },
		func(i int) { claim.Extract(res, skips[i]) })
}
