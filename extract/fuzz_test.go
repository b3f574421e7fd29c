package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/input"
)

// FuzzExtract feeds arbitrary text to the whole extractor: it must not
// panic, and every document must validate with offsets that point at their
// text. Run at length with:
//
//	go test ./extract -run '^$' -fuzz FuzzExtract -fuzztime 10m
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"“Society there is even more polarized now,” said a source close to Putin’s administration.",
		"Mr Blair said: \"It had to be brought together\", he added, saying \"", "According to", "“", "« »",
		"One of them explained:\n\nIt’s not exactly rational.", "[Joe] Biden [", "said said said",
		"The U.S. Senate voted. Kim Jong-un said so, Mr. Putin told Meduza that \"x\".", "\x00\xff",
		"A State Duma deputy from the United Russia party echoed this sentiment: “The mood is like, what if?",
	} {
		f.Add(s)
	}
	x := New(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // readers repair invalid UTF-8 before extraction
		}
		a := &input.Article{ID: "fuzz", Text: s}
		an := x.Analyze(a)
		checkDocument(t, "fuzz", an.Text.Body, x.document(a, an))
	})
}
