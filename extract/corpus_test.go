package extract

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// TestCorpusInvariants extracts every article of the shared corpus and
// checks what must hold for any input: the document is valid by the model,
// and every offset points at its text in the cleaned body; and the
// DocumentWriter's hand-written encoding of the document is json.Marshal's,
// byte for byte.
func TestCorpusInvariants(t *testing.T) {
	if testing.Short() {
		t.Skip("the whole corpus takes a few seconds")
	}
	x := New(Options{})
	n := 0
	var got bytes.Buffer
	dw := graph.NewDocumentWriter(&got, false)
	for _, f := range corpus.Files {
		err := corpus.Each(filepath.Join(corpus.Dir(t), f), func(r *corpus.Record) bool {
			a := &input.Article{ID: r.ID, Title: r.Title, Outlet: r.Outlet, Published: r.Published, Authors: r.Authors, Text: r.Text}
			an := x.Analyze(a)
			doc := x.document(a, an)
			checkDocument(t, r.ID, an.Text.Body, doc)
			got.Reset()
			if err := dw.Write(doc); err != nil {
				t.Fatal(err)
			}
			if err := dw.Close(); err != nil {
				t.Fatal(err)
			}
			want, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), append(want, '\n')) {
				t.Errorf("%s: DocumentWriter's line differs from json.Marshal's", r.ID)
			}
			n++
			return !t.Failed()
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if n < 8000 {
		t.Errorf("extracted %d articles, want the whole corpus (8,419)", n)
	}
}
