package graph

import (
	"encoding/json"
	"io"
	"strings"
	"testing"
)

func TestDocSHA256(t *testing.T) {
	doc, err := DecodeDocument([]byte(withMeduza(flattenDoc)))
	if err != nil {
		t.Fatal(err)
	}
	h := DocSHA256(doc)
	if len(h) != 64 {
		t.Fatalf("got %q, want 64 hex digits", h)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	back, err := DecodeDocument(b)
	if err != nil {
		t.Fatal(err)
	}
	if got := DocSHA256(back); got != h {
		t.Errorf("written and read back: got %s, want %s", got, h)
	}

	// Any change of what was extracted changes the hash, the body's
	// sha256 staying the same.
	changes := []struct {
		name   string
		change func(d *Document)
	}{
		{"claim cue", func(d *Document) { d.Claims[0].Cue = "said" }},
		{"entity alias", func(d *Document) { d.Entities[1].Aliases = append(d.Entities[1].Aliases, "Mr Putin") }},
		{"mention", func(d *Document) { d.Entities[1].Mentions[0].Start++ }},
		{"stance score", func(d *Document) { d.Stances[0].Score = 0.25 }},
		{"relation evidence", func(d *Document) { d.Relations[0].Evidence = "" }},
		{"article title", func(d *Document) { d.Article.Title += "!" }},
		{"no stances", func(d *Document) { d.Stances = nil }},
	}
	for _, c := range changes {
		t.Run(c.name, func(t *testing.T) {
			d, err := DecodeDocument(b)
			if err != nil {
				t.Fatal(err)
			}
			c.change(d)
			if got := DocSHA256(d); got == h {
				t.Errorf("got the hash of the unchanged document, want another")
			}
		})
	}
}

// TestRawDocumentSHA256 pins down what lets a load skip unchanged documents
// without decoding them: the hash of a line DocumentWriter writes is the
// DocSHA256 of its document; an array element, spelled otherwise, is
// decoded and hashed again.
func TestRawDocumentSHA256(t *testing.T) {
	doc, err := DecodeDocument([]byte(withMeduza(flattenDoc)))
	if err != nil {
		t.Fatal(err)
	}
	for _, array := range []bool{false, true} {
		var b strings.Builder
		dw := NewDocumentWriter(&b, array)
		if err := dw.Write(doc); err != nil {
			t.Fatal(err)
		}
		if err := dw.Close(); err != nil {
			t.Fatal(err)
		}
		dr := NewDocumentReader(strings.NewReader(b.String()), "docs")
		raw, err := dr.ReadRaw()
		if err != nil {
			t.Fatal(err)
		}
		if got, want := raw.SHA256 == DocSHA256(doc), !array; got != want {
			t.Errorf("array %t: line hash equals DocSHA256: got %t, want %t", array, got, want)
		}
		back, err := dr.Decode(raw)
		if err != nil {
			t.Fatal(err)
		}
		if got := DocSHA256(back); got != DocSHA256(doc) {
			t.Errorf("array %t: decoded document's hash %s, want %s", array, got, DocSHA256(doc))
		}
		if _, err := dr.ReadRaw(); err != io.EOF {
			t.Errorf("array %t: got %v after the document, want io.EOF", array, err)
		}
	}
}
