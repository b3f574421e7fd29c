package segment_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/bench/perf"
	"github.com/newsgraph/newsgraph/extract/clean"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// BenchmarkStageSegment is the segmentation stage: tokens and sentences of
// one cleaned corpus article. MB/s counts the article's raw text, as in
// every stage benchmark, so that the stages compare.
func BenchmarkStageSegment(b *testing.B) {
	recs := corpus.Sample(b, 900)
	bodies := make([]string, len(recs))
	var size int64
	for i, r := range recs {
		bodies[i] = clean.CleanWithTitle(r.Text, r.Title).Body
		size += int64(len(r.Text))
	}
	perf.Stage(b, len(bodies), size, func(i int) {
		segment.Split(bodies[i])
	})
}
