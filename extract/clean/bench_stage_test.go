package clean_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/bench/perf"
	"github.com/newsgraph/newsgraph/extract/clean"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// BenchmarkStageClean is the cleaning stage: boilerplate removal and
// normalisation of one corpus article's text.
func BenchmarkStageClean(b *testing.B) {
	recs := corpus.Sample(b, 900)
	var size int64
	for _, r := range recs {
		size += int64(len(r.Text))
	}
	perf.Stage(b, len(recs), size, func(i int) {
		clean.CleanWithTitle(recs[i].Text, recs[i].Title)
	})
}
