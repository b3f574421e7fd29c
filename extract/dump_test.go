package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

var dump = flag.String("dump", "", "print what extraction finds in a text file or a corpus record (file.jsonl:id)")

// TestDump prints what extraction finds in one article, for development:
//
//	go test ./extract -run TestDump -v -dump bbc.jsonl:bbc-politics-189
func TestDump(t *testing.T) {
	if *dump == "" {
		t.Skip("no -dump given")
	}
	a := &input.Article{ID: strings.TrimSuffix(filepath.Base(*dump), filepath.Ext(*dump))}
	if f, id, ok := strings.Cut(*dump, ":"); ok {
		r := corpus.Find(t, f, id)
		a = &input.Article{ID: r.ID, Title: r.Title, Outlet: r.Outlet, Published: r.Published, Text: r.Text}
	} else {
		b, err := os.ReadFile(*dump)
		if err != nil {
			t.Fatal(err)
		}
		a.Text = string(b)
	}
	doc := New(Options{}).Extract(a)
	for _, e := range doc.Entities {
		fmt.Printf("%-12s %-40s %q\n", e.Type, e.Name, e.Aliases)
	}
	for _, c := range doc.Claims {
		fmt.Printf("CLAIM %s [%s %s] %q\n", c.Speaker, c.Kind, c.Cue, c.Text)
	}
	for _, s := range doc.Stances {
		fmt.Printf("STANCE %s -> %s %s %.2f %q\n", s.Holder, s.Target, s.Polarity, s.Score, s.Evidence)
	}
	for _, r := range doc.Relations {
		fmt.Printf("REL %s %s %s %q\n", r.Subject, r.Predicate, r.Object, r.Evidence)
	}
}
