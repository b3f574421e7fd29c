package extract

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden want.jsonl files from the current extractor")

// TestGolden extracts each article of testdata/golden/<case>/ and compares
// the document with want.jsonl there.
func TestGolden(t *testing.T) {
	entries, err := os.ReadDir("testdata/golden")
	if err != nil {
		t.Fatal(err)
	}
	var cases []string
	for _, e := range entries {
		if e.IsDir() {
			cases = append(cases, filepath.Join("testdata/golden", e.Name()))
		}
	}
	if len(cases) == 0 {
		t.Fatal("no golden cases")
	}
	x := New(Options{})
	for _, dir := range cases {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			// the article file is named after the case, so that a text
			// file's id is the case name
			inputs, _ := filepath.Glob(filepath.Join(dir, filepath.Base(dir)+".*"))
			if len(inputs) != 1 {
				t.Fatalf("want one %s.* article file in %s, found %v", filepath.Base(dir), dir, inputs)
			}
			r := input.Open(inputs, input.Options{})
			defer r.Close()
			var got bytes.Buffer
			w := graph.NewDocumentWriter(&got, false)
			for {
				a, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				if err := w.Write(x.Extract(a)); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			wantFile := filepath.Join(dir, "want.jsonl")
			if *update {
				if err := os.WriteFile(wantFile, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			wantDoc, err := graph.DecodeDocument(bytes.TrimSpace(want))
			if err != nil {
				t.Fatal(err)
			}
			gotDoc, err := graph.DecodeDocument(bytes.TrimSpace(got.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantDoc, gotDoc); diff != "" {
				t.Errorf("document of %s (-want +got):\n%s", dir, diff)
			}
		})
	}
}
