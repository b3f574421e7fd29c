package bench_test

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/bench/perf"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// BenchmarkExtractCorpus runs what `newsgraph extract -j 1` does, in
// process, over the whole corpus (one op = one article): reading JSON
// Lines, every extraction stage, and writing document JSON (to nowhere).
// It is the job to profile:
//
//	go test ./bench -run '^$' -bench ExtractCorpus -benchtime 8419x -cpuprofile cpu.prof
//	go tool pprof -top -cum bench.test cpu.prof
func BenchmarkExtractCorpus(b *testing.B) {
	files, err := filepath.Glob(filepath.Join(corpus.Dir(b), "*.jsonl"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no corpus files: %v", err)
	}
	var size int64
	articles := 0
	for _, f := range files {
		if err := corpus.Each(f, func(r *corpus.Record) bool {
			size += int64(len(r.Text))
			articles++
			return true
		}); err != nil {
			b.Fatal(err)
		}
	}
	x := extract.New(extract.Options{})
	x.Extract(&input.Article{Text: "Warm up."}) // load the lists outside the timing
	rd := input.Open(files, input.Options{})
	defer func() { rd.Close() }()
	dw := graph.NewDocumentWriter(io.Discard, false)
	perf.Stage(b, articles, size, func(int) {
		a, err := rd.Next()
		if err == io.EOF {
			rd.Close()
			rd = input.Open(files, input.Options{})
			a, err = rd.Next()
		}
		if err != nil {
			b.Fatal(err)
		}
		if err := dw.Write(x.Extract(a)); err != nil {
			b.Fatal(err)
		}
	})
}
