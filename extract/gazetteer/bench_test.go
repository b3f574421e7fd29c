package gazetteer

import (
	"io/fs"
	"os"
	"testing"
)

func articleTokens(b *testing.B) []string {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return Tokenize(string(data))
}

// BenchmarkMatch calls Match at every token of a real article, as a
// recogniser that tries every position does.
func BenchmarkMatch(b *testing.B) {
	g := Default()
	toks := articleTokens(b)
	b.ReportAllocs()
	b.ResetTimer()
	found := 0
	for b.Loop() {
		for i := range toks {
			if _, ok := g.Match(toks, i); ok {
				found++
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(toks)), "ns/token")
	if found == 0 {
		b.Fatal("no matches")
	}
}

// BenchmarkMatchAll calls Match, MatchTitle and MatchSource at every token.
func BenchmarkMatchAll(b *testing.B) {
	g := Default()
	toks := articleTokens(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for i := range toks {
			g.Match(toks, i)
			g.MatchTitle(toks, i)
			g.MatchSource(toks, i)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(toks)), "ns/token")
}

func BenchmarkTokenize(b *testing.B) {
	data, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		b.Fatal(err)
	}
	s := string(data)
	b.ReportAllocs()
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Tokenize(s)
	}
}

// BenchmarkLoad measures parsing and indexing the embedded lists, which
// Default does once per process.
func BenchmarkLoad(b *testing.B) {
	data := mustSub(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(data); err != nil {
			b.Fatal(err)
		}
	}
}

func mustSub(b *testing.B) fs.FS {
	data, err := fs.Sub(dataFS, "data")
	if err != nil {
		b.Fatal(err)
	}
	return data
}
