package graph_test

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsgraph/newsgraph/graph"
)

// FuzzDocumentReader reads arbitrary bytes as document JSON Lines, as
// `newsgraph load` does. It must not panic; every error must be a
// *graph.ParseError naming the file (and a line that exists; line 0, an
// error that cannot be read past, ends the input); every
// document it returns must obey the model, flatten into records whose
// labels and types are the model's, and come back the same through
// DocumentWriter. Run at length with:
//
//	go test ./graph -run '^$' -fuzz FuzzDocumentReader -fuzztime 10m
func FuzzDocumentReader(f *testing.F) {
	data, err := os.ReadFile("testdata/articles.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	f.Add(data)
	f.Add([]byte("\ufeff" + lines[0] + "\n\n" + `{"article":{"id":"article:x"}}` + "\n"))
	f.Add([]byte("[" + strings.TrimSpace(lines[1]) + ",\n" + strings.TrimSpace(lines[2]) + "]"))
	f.Add([]byte(`{"article":{"id":"article:a"},"entities":[{"id":"person:b","type":"Person","name":"B","mentions":[{"start":3,"end":1}]}],` +
		`"claims":[{"id":"claim:a:1","speaker":"person:b","kind":"direct","text":"t","start":0,"end":1,"about":["person:c"]}]}` + "\n{broken\n"))
	f.Add([]byte(`{"article":{"id":"article:a"},"relations":[{"subject":"x","predicate":"HATES","object":"y"}],"extra":1}` + "\n[1]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		nLines := bytes.Count(data, []byte("\n")) + 1
		dr := graph.NewDocumentReader(bytes.NewReader(data), "f.jsonl")
		var docs []*graph.Document
		for i := 0; ; i++ {
			if i > len(data)+1 {
				t.Fatalf("more results (%d) than the input can hold", i)
			}
			doc, err := dr.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				var perr *graph.ParseError
				if !errors.As(err, &perr) || perr.File != "f.jsonl" || perr.Line > nLines {
					t.Fatalf("error %v (%T): want a *graph.ParseError naming f.jsonl and a line of at most %d", err, err, nLines)
				}
				if !dr.Skippable(err) {
					if again, _ := dr.Read(); again != nil {
						t.Fatalf("Read after %v returned a document", err)
					}
					break // a broken JSON array or an I/O error: no reading past it
				}
				continue
			}
			if err := doc.Validate(); err != nil {
				t.Fatalf("Read returned a document that does not validate: %v", err)
			}
			nodes, rels := graph.Flatten(doc)
			for _, n := range nodes {
				if !n.Label.Valid() || graph.LabelOfID(n.ID) != n.Label {
					t.Fatalf("Flatten made node %q with label %q", n.ID, n.Label)
				}
			}
			for _, r := range rels {
				if !r.Type.Valid() || !r.StartLabel.Valid() || !r.EndLabel.Valid() {
					t.Fatalf("Flatten made relationship %q %q→%q", r.Type, r.StartLabel, r.EndLabel)
				}
			}
			docs = append(docs, doc)
		}
		// Round trip.
		var b bytes.Buffer
		dw := graph.NewDocumentWriter(&b, false)
		for _, d := range docs {
			if err := dw.Write(d); err != nil {
				t.Fatalf("write %s: %v", d.Article.ID, err)
			}
		}
		if err := dw.Close(); err != nil {
			t.Fatal(err)
		}
		dr = graph.NewDocumentReader(&b, "again.jsonl")
		for i, want := range docs {
			got, err := dr.Read()
			if err != nil {
				t.Fatalf("read back document %d: %v", i, err)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Fatalf("document %d changed through DocumentWriter (-want +got):\n%s", i, diff)
			}
		}
		if _, err := dr.Read(); err != io.EOF {
			t.Fatalf("after the documents: got %v, want io.EOF", err)
		}
	})
}
