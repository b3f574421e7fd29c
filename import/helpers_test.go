package importer_test

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
	importer "github.com/newsgraph/newsgraph/import"
)

// The shared corpus and gold texts, beside the checkout.
const (
	basilFile   = "../../shared/corpus/basil.jsonl"
	meduzaFile  = "../../shared/gold/dev/meduza-kremlin-trump.txt"
	trickyFile  = "testdata/tricky.jsonl"
	articleRows = 40
)

// readDocuments reads a document JSON Lines file.
func readDocuments(t testing.TB, path string) []*graph.Document {
	t.Helper()
	docs, err := graph.ReadDocumentsFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// firstLines returns the first n lines of a file.
func firstLines(t testing.TB, path string, n int) []byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	var b bytes.Buffer
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for i := 0; i < n && sc.Scan(); i++ {
		b.Write(sc.Bytes())
		b.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// realDocuments extracts the first articleRows articles of the BASIL corpus
// and the Meduza gold text, and adds the hand-made tricky documents.
func realDocuments(t testing.TB) []*graph.Document {
	t.Helper()
	x := extract.New(extract.Options{})
	var docs []*graph.Document
	add := func(r *input.Reader) {
		defer r.Close()
		for {
			a, err := r.Next()
			if err == io.EOF {
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, x.Extract(a))
		}
	}
	add(input.FromReader(bytes.NewReader(firstLines(t, basilFile, articleRows)), "basil.jsonl", input.Options{}))
	if _, err := os.Stat(meduzaFile); err != nil {
		t.Skipf("gold text not available: %v", err)
	}
	add(input.Open([]string{meduzaFile}, input.Options{}))
	return append(docs, readDocuments(t, trickyFile)...)
}

// export writes docs to a new export directory.
func export(t testing.TB, docs []*graph.Document, opts importer.ExportOptions) (string, *importer.ExportStats) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "export")
	e, err := importer.NewExporter(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := e.Add(d); err != nil {
			e.Abort()
			t.Fatalf("export %s: %v", d.Article.ID, err)
		}
	}
	st, err := e.Close()
	if err != nil {
		t.Fatal(err)
	}
	return dir, st
}

// recorder is a Target that keeps what it is given.
type recorder struct {
	docs  []*graph.Document
	nodes []graph.Node
	rels  []graph.Rel
	calls int
}

func (r *recorder) Write(_ context.Context, doc *graph.Document) error {
	r.docs = append(r.docs, doc)
	return nil
}
func (r *recorder) Flush(context.Context) error { return nil }
func (r *recorder) Buffered() int               { return 0 }
func (r *recorder) WriteRecords(_ context.Context, nodes []graph.Node, rels []graph.Rel) error {
	r.calls++
	r.nodes = append(r.nodes, nodes...)
	r.rels = append(r.rels, rels...)
	return nil
}

// finder is a Finder over a fixed set of ids.
type finder map[string]bool

func (f finder) Existing(_ context.Context, _ graph.Label, ids []string) ([]string, error) {
	var out []string
	for _, id := range ids {
		if f[id] {
			out = append(out, id)
		}
	}
	return out, nil
}

// statements splits a Cypher script of the export into its statements:
// each ends with ";" at the end of a line; lines starting with // are
// comments.
func statements(script string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(script, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "//") {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		if strings.HasSuffix(strings.TrimSpace(line), ";") {
			if s := strings.TrimSpace(cur.String()); s != ";" {
				out = append(out, strings.TrimSuffix(s, ";"))
			}
			cur.Reset()
		}
	}
	if s := strings.TrimSpace(cur.String()); s != "" {
		out = append(out, s)
	}
	return out
}

// runScript runs the statements of a Cypher script file of an export, each
// in its own auto-commit transaction, as cypher-shell does.
func runScript(t testing.TB, db *graph.DB, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	for _, stmt := range statements(string(data)) {
		s := db.Driver().NewSession(ctx, neo4jSession(db))
		res, err := s.Run(ctx, stmt, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		s.Close(ctx)
		if err != nil {
			t.Fatalf("%s: %v\nstatement:\n%s", filepath.Base(path), err, stmt)
		}
	}
}

func neo4jSession(db *graph.DB) neo4j.SessionConfig {
	return neo4j.SessionConfig{DatabaseName: db.Database(), AccessMode: neo4j.AccessModeWrite}
}
