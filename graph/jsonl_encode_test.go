package graph

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
)

// TestJSONLAppendDocument: the hand-written encoder of DocumentWriter gives
// json.Marshal's bytes, on the test documents and on documents made of the
// values where the two could part: nil and empty lists, empty optional
// fields, characters encoding/json escapes, invalid UTF-8 and the float
// formats. (The extract package checks it on the whole corpus.)
func TestJSONLAppendDocument(t *testing.T) {
	docs, err := ReadDocumentsFile("testdata/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	odd := "a<b>&c\"d\\e\x00\x01\b\f\n\r\t\x1f\x7f é \u2028 \u2029 \xff\xfe ok \U0001F600 \xe2\x80"
	for _, s := range []float64{0, math.Copysign(0, -1), 0.5, -0.25, 1.0 / 3, 1e-6, 9.99e-7, 1e-7, 1.5e-9, 1e20, 1e21, 2.5e300, -1e-300, 123456789} {
		docs = append(docs, &Document{
			Article: Article{ID: "article:x", Title: odd, Authors: nil, WordCount: -3},
			Entities: []Entity{
				{ID: "person:a", Type: LabelPerson, Name: odd, Aliases: []string{}, Titles: []string{}, Mentions: nil},
				{ID: "source:b", Type: LabelSource, Aliases: []string{odd, ""}, Titles: []string{"x"}, Kind: "k", ISO2: "i2", ISO3: "i3",
					Date: "d", Description: odd, Anonymous: true, CloseTo: "c", Mentions: []Mention{{Start: 1, End: 2, Text: odd}, {}}},
			},
			Claims:    []Claim{{ID: "claim:x:1", About: nil}, {Sentence: odd, About: []string{"a", "b"}, Start: 7, End: 99}},
			Stances:   []Stance{{Score: s, Claim: "c"}, {Score: -s, Evidence: odd}},
			Relations: []Relation{{Subject: "s", Predicate: RelLeaderOf, Object: "o", Evidence: odd}},
		}, &Document{Article: Article{Language: "en", SHA256: "ab", Authors: []string{}}, Entities: []Entity{}, Claims: []Claim{}, Stances: []Stance{}, Relations: []Relation{}})
	}
	for i, doc := range docs {
		want, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := appendDocument(nil, doc)
		if !ok || !bytes.Equal(got, want) {
			t.Errorf("document %d: appendDocument gives (ok %v)\n%s\nwant\n%s", i, ok, got, want)
		}
	}
	var b strings.Builder
	dw := NewDocumentWriter(&b, false)
	for _, doc := range docs {
		if err := dw.Write(doc); err != nil {
			t.Fatal(err)
		}
	}
	if err := dw.Close(); err != nil {
		t.Fatal(err)
	}
	var want strings.Builder
	for _, doc := range docs {
		data, _ := json.Marshal(doc)
		want.Write(data)
		want.WriteByte('\n')
	}
	if b.String() != want.String() {
		t.Error("DocumentWriter's JSON Lines differ from json.Marshal's")
	}
	bad := &Document{Article: Article{ID: "article:nan"}, Stances: []Stance{{Score: math.NaN()}}}
	if err := NewDocumentWriter(&b, false).Write(bad); err == nil || !strings.Contains(err.Error(), "encode document article:nan: json: unsupported value: NaN") {
		t.Errorf("a NaN score gives %v, want json.Marshal's error", err)
	}
}
