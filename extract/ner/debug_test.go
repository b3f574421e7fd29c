package ner

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

var dumpFile = flag.String("dump", "", "print the entities of this text file or corpus id (corpus:bbc.jsonl:bbc-politics-189)")

// TestDump prints what recognition finds in one article, for development:
// go test ./extract/ner -run TestDump -dump path.txt -v
func TestDump(t *testing.T) {
	if *dumpFile == "" {
		t.Skip("no -dump file")
	}
	var text string
	if f, id, ok := cut3(*dumpFile); ok {
		text = corpus.Find(t, f, id).Text
	} else {
		b, err := os.ReadFile(*dumpFile)
		if err != nil {
			t.Fatal(err)
		}
		text = string(b)
	}
	var g *gazetteer.Gazetteer
	if dir := os.Getenv("NEWSGRAPH_GAZ_DIR"); dir != "" {
		var err error
		if g, err = gazetteer.Load(os.DirFS(dir)); err != nil {
			t.Fatal(err)
		}
	}
	res := New(g).Recognize(segment.Split(text), Meta{ArticleID: "article:" + filepath.Base(*dumpFile)})
	for _, e := range res.Entities {
		fmt.Printf("%-12s %-40s %q titles=%q close=%s\n", e.Label, e.Name, e.Aliases, e.Titles, e.CloseTo)
	}
	for _, r := range res.Roles {
		fmt.Printf("ROLE %s --%s/%s--> %s   [%s]\n", res.Mentions[r.Person].Name, r.Title, r.Relation, res.Mentions[r.Of].Name, text[r.Start:r.End])
	}
	for _, c := range res.Candidates {
		fmt.Printf("CAND %s\n", c.Name)
	}
}

func cut3(s string) (string, string, bool) {
	var parts []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	parts = append(parts, s[start:])
	if len(parts) == 3 && parts[0] == "corpus" {
		return parts[1], parts[2], true
	}
	return "", "", false
}
