package extract

import (
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// sample returns real corpus articles for benchmarks, with their total size.
func sample(b *testing.B, n int) ([]*input.Article, int64) {
	recs := corpus.Sample(b, n)
	arts := make([]*input.Article, len(recs))
	var size int64
	for i, r := range recs {
		arts[i] = &input.Article{ID: r.ID, Title: r.Title, Outlet: r.Outlet, Published: r.Published, Authors: r.Authors, Text: r.Text}
		size += int64(len(r.Text))
	}
	return arts, size
}

func report(b *testing.B, size int64, n int) {
	b.SetBytes(size / int64(n))
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// cpuTime is the CPU time the process has used (all threads, GC included).
// On a shared machine it measures the work better than wall time does.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds articles per CPU-second, the figure behind the
// per-core throughput target.
func reportCPU(b *testing.B, start time.Duration) {
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(b.N)/used.Seconds(), "articles/cpu-s")
	}
}

// BenchmarkExtract runs the whole extraction (cleaning, segmentation,
// entities, claims, stances, relations, document) on one core.
func BenchmarkExtract(b *testing.B) {
	arts, size := sample(b, 900)
	x := New(Options{})
	x.Extract(arts[0]) // load the lists outside the timing
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		x.Extract(arts[i%len(arts)])
	}
	reportCPU(b, start)
	report(b, size, len(arts))
}
