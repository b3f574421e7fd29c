package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// checkDocument fails the test when doc breaks the model or its offsets do
// not point at their text in body.
func checkDocument(t *testing.T, name, body string, doc *graph.Document) {
	t.Helper()
	if err := doc.Validate(); err != nil {
		t.Errorf("%s: invalid document: %v", name, err)
	}
	for _, e := range doc.Entities {
		if len(e.Mentions) == 0 {
			t.Errorf("%s: entity %s has no mentions", name, e.ID)
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(body) || m.Start > m.End || body[m.Start:m.End] != m.Text {
				t.Errorf("%s: entity %s mention [%d,%d) %q does not match the body", name, e.ID, m.Start, m.End, m.Text)
			}
		}
	}
	for _, c := range doc.Claims {
		if c.Start < 0 || c.End > len(body) || c.Start >= c.End || body[c.Start:c.End] != c.Text {
			t.Errorf("%s: claim %s [%d,%d) does not match the body", name, c.ID, c.Start, c.End)
		}
	}
}
