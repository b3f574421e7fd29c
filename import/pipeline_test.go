package importer_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	importer "github.com/newsgraph/newsgraph/import"
)

// readTree returns every file of a directory by name, with its content.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(data)
	}
	return out
}

// TestAddDocuments checks that the parallel export of document JSON Lines
// writes the files Add writes one document after another, and reports the
// bad lines it skips by their line.
func TestAddDocuments(t *testing.T) {
	docs := realDocuments(t)
	var lines bytes.Buffer
	for i, d := range docs {
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		lines.Write(b)
		lines.WriteByte('\n')
		switch i {
		case 2: // line 4: not a document
			lines.WriteString(`{"article": {"id": "article:x"}, "claims": 3}` + "\n")
		case 10: // line 13: the first article again
			first, _ := json.Marshal(docs[0])
			lines.Write(first)
			lines.WriteByte('\n')
		}
	}

	want := filepath.Join(t.TempDir(), "one-by-one")
	e, err := importer.NewExporter(want, importer.ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := e.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	wantStats, err := e.Close()
	if err != nil {
		t.Fatal(err)
	}

	for _, workers := range []int{1, 3} {
		got := filepath.Join(t.TempDir(), "parallel")
		e, err := importer.NewExporter(got, importer.ExportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var bad []string
		err = e.AddDocuments(context.Background(), bytes.NewReader(lines.Bytes()), "docs.jsonl", importer.ReadOptions{
			Workers: workers,
			OnBad: func(err error) error {
				bad = append(bad, err.Error())
				return nil
			},
		})
		if err != nil {
			t.Fatalf("%d workers: %v", workers, err)
		}
		gotStats, err := e.Close()
		if err != nil {
			t.Fatal(err)
		}
		wantBad := []string{
			`docs.jsonl:4: not a newsgraph document: field "claims" has the wrong type (number, want []graph.Claim)`,
			"docs.jsonl:13: article " + docs[0].Article.ID + " is already in the export (give each article once)",
		}
		if diff := cmp.Diff(wantBad, bad); diff != "" {
			t.Errorf("%d workers: bad lines (-want +got):\n%s", workers, diff)
		}
		if gotStats.Documents != wantStats.Documents || !cmp.Equal(gotStats.Nodes, wantStats.Nodes) || !cmp.Equal(gotStats.Relationships, wantStats.Relationships) {
			t.Errorf("%d workers: got stats %+v, want %+v", workers, gotStats, wantStats)
		}
		if diff := cmp.Diff(readTree(t, want), readTree(t, got)); diff != "" {
			t.Errorf("%d workers: files differ from those of Add (-Add +AddDocuments):\n%s", workers, diff)
		}
	}

	// Without OnBad the first bad line stops the export.
	e, err = importer.NewExporter(filepath.Join(t.TempDir(), "stops"), importer.ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Abort()
	err = e.AddDocuments(context.Background(), bytes.NewReader(lines.Bytes()), "docs.jsonl", importer.ReadOptions{Workers: 2})
	var perr *graph.ParseError
	if !errors.As(err, &perr) || perr.Line != 4 || !strings.Contains(err.Error(), `field "claims"`) {
		t.Errorf("got error %v, want the ParseError of line 4", err)
	}
	if n := e.DocumentsExported(); n != 3 {
		t.Errorf("%d documents exported before the bad line, want 3", n)
	}
}
