package segment

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/corpus"
)

func BenchmarkSplit(b *testing.B) {
	recs := corpus.Sample(b, 900)
	var size int64
	for _, r := range recs {
		size += int64(len(r.Text))
	}
	b.SetBytes(size / int64(len(recs)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Split(recs[i%len(recs)].Text)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"Mr. Blair said “no.” He left.\n\nU.S. A.", "“", "'s", "3.5.", "a\n\n\nb", "\xff\xfe", "U.S.-led"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		txt := Split(s)
		prev := 0
		for i, tok := range txt.Tokens {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("token %d [%d,%d) out of order or empty (prev end %d, len %d)", i, tok.Start, tok.End, prev, len(s))
			}
			prev = tok.End
		}
		next := 0
		for i, se := range txt.Sentences {
			if se.First != next || se.Last <= se.First || se.Last > len(txt.Tokens) {
				t.Fatalf("sentence %d covers tokens [%d,%d), want start %d", i, se.First, se.Last, next)
			}
			next = se.Last
		}
		if next != len(txt.Tokens) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(txt.Tokens))
		}
	})
}
