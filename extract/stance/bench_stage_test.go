package stance_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/bench/perf"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/extract/stance"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// BenchmarkStageStances is the stance stage: who is for or against whom in
// one corpus article, from its entities and claims. MB/s counts the
// article's raw text.
func BenchmarkStageStances(b *testing.B) {
	recs := corpus.Sample(b, 900)
	x := extract.New(extract.Options{})
	ans := make([]*extract.Analysis, len(recs))
	var size int64
	for i, r := range recs {
		ans[i] = x.Analyze(&input.Article{ID: r.ID, Title: r.Title, Outlet: r.Outlet, Published: r.Published, Authors: r.Authors, Text: r.Text})
		size += int64(len(r.Text))
	}
	perf.Stage(b, len(ans), size, func(i int) {
		stance.Extract(ans[i].NER, ans[i].Claims)
	})
}
