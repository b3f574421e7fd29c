package input

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract/clean"
)

// BenchmarkReadJSONL reads the shared corpus (JSON Lines) once per op,
// with and without cleaning each article; -bench reports MB/s of input
// and articles/s.
func BenchmarkReadJSONL(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/corpus/*.jsonl")
	if len(files) == 0 {
		b.Skip("corpus not available")
	}
	var size int64
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil {
			b.Fatal(err)
		}
		size += fi.Size()
	}
	for _, bc := range []struct {
		name  string
		clean bool
	}{{"read", false}, {"read+clean", true}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			n := 0
			cpu0 := cpuTime()
			for b.Loop() {
				r := Open(files, Options{})
				for {
					a, err := r.Next()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					if bc.clean {
						clean.CleanWithTitle(a.Text, a.Title)
					}
					n++
				}
				r.Close()
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
			if cpu := cpuTime() - cpu0; cpu > 0 {
				b.ReportMetric(float64(cpu.Microseconds())/float64(n), "cpu-µs/article")
				b.ReportMetric(float64(size)*float64(b.N)/cpu.Seconds()/1e6, "MB/cpu-s")
			}
		})
	}
}
