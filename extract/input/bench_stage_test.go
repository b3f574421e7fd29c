package input_test

import (
	"encoding/json"
	"io"
	"testing"

	"github.com/newsgraph/newsgraph/bench/perf"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// cycle is an endless stream of the same JSON Lines, over and over.
type cycle struct {
	lines [][]byte
	line  int
	off   int
}

func (c *cycle) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		l := c.lines[c.line]
		k := copy(p[n:], l[c.off:])
		n += k
		c.off += k
		if c.off == len(l) {
			c.off = 0
			c.line = (c.line + 1) % len(c.lines)
		}
	}
	return n, nil
}

// BenchmarkStageRead is the reading stage: decoding one JSON Lines article
// of the corpus into an input.Article. MB/s counts the JSON input.
func BenchmarkStageRead(b *testing.B) {
	recs := corpus.Sample(b, 900)
	lines := make([][]byte, len(recs))
	var size int64
	for i, r := range recs {
		l, err := json.Marshal(r)
		if err != nil {
			b.Fatal(err)
		}
		lines[i] = append(l, '\n')
		size += int64(len(lines[i]))
	}
	rd := input.FromReader(&cycle{lines: lines}, "corpus.jsonl", input.Options{Format: input.FormatJSONL})
	perf.Stage(b, len(lines), size, func(int) {
		if _, err := rd.Next(); err != nil && err != io.EOF {
			b.Fatal(err)
		}
	})
}
