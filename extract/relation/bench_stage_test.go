package relation_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/bench/perf"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/extract/relation"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// BenchmarkStageRelations is the relation stage: factual relationships
// (LEADER_OF, MEMBER_OF, ...) of one corpus article, from its entities.
// MB/s counts the article's raw text.
func BenchmarkStageRelations(b *testing.B) {
	recs := corpus.Sample(b, 900)
	x := extract.New(extract.Options{})
	ans := make([]*extract.Analysis, len(recs))
	var size int64
	for i, r := range recs {
		ans[i] = x.Analyze(&input.Article{ID: r.ID, Title: r.Title, Outlet: r.Outlet, Published: r.Published, Authors: r.Authors, Text: r.Text})
		size += int64(len(r.Text))
	}
	gaz := gazetteer.Default()
	perf.Stage(b, len(ans), size, func(i int) {
		relation.Extract(ans[i].NER, gaz)
	})
}
