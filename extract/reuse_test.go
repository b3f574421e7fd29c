package extract

import (
	"encoding/json"
	"testing"

	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// TestExtractReusedBuffers extracts corpus articles in one order and then
// in the reverse order: the per-token slices that Extract gives back for
// reuse (segment.Text.Release, ner.Result.Release, and the claim and stance
// stages' own) hold another article's data each time, and no document may
// depend on what was there before.
func TestExtractReusedBuffers(t *testing.T) {
	recs := corpus.Sample(t, 60)
	x := New(Options{})
	docOf := func(r *corpus.Record) string {
		doc := x.Extract(&input.Article{ID: r.ID, Title: r.Title, Outlet: r.Outlet, Published: r.Published, Authors: r.Authors, Text: r.Text})
		b, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	first := make([]string, len(recs))
	for i, r := range recs {
		first[i] = docOf(r)
	}
	for i := len(recs) - 1; i >= 0; i-- {
		if got := docOf(recs[i]); got != first[i] {
			t.Errorf("article %s: the second extraction differs from the first:\nfirst  %.300s\nsecond %.300s", recs[i].ID, first[i], got)
		}
	}
}
