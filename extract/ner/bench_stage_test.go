package ner_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/bench/perf"
	"github.com/newsgraph/newsgraph/extract/clean"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// BenchmarkStageEntities is the entity stage: recognising and resolving
// the entities of one segmented corpus article. MB/s counts the article's
// raw text.
func BenchmarkStageEntities(b *testing.B) {
	recs := corpus.Sample(b, 900)
	texts := make([]*segment.Text, len(recs))
	metas := make([]ner.Meta, len(recs))
	var size int64
	for i, r := range recs {
		texts[i] = segment.Split(clean.CleanWithTitle(r.Text, r.Title).Body)
		metas[i] = ner.Meta{ArticleID: graph.ArticleID(r.ID), Published: r.Published}
		size += int64(len(r.Text))
	}
	rec := ner.New(nil)
	rec.Recognize(texts[0], metas[0]) // load the lists outside the timing
	perf.Stage(b, len(texts), size, func(i int) {
		rec.Recognize(texts[i], metas[i])
	})
}
