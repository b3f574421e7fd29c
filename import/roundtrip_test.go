package importer_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	importer "github.com/newsgraph/newsgraph/import"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// loadDocuments loads docs with graph.Writer, as newsgraph load does, into
// an empty database and returns the snapshot of the graph: what every
// route through CSV must give.
func loadDocuments(t *testing.T, db *graph.DB, docs []*graph.Document) neo4jtest.Snapshot {
	t.Helper()
	ctx := context.Background()
	neo4jtest.Reset(t, db)
	w := graph.NewWriter(db, graph.WriterOptions{BatchSize: 7}) // several batches
	if err := w.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := w.Write(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	return neo4jtest.MustSnapshot(t, db)
}

// importFiles runs Check and Write into db, as newsgraph import does.
func importFiles(t *testing.T, db *graph.DB, paths []string, opts importer.Options) (*importer.Plan, importer.Stats) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	w := graph.NewWriter(db, graph.WriterOptions{})
	if err := w.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	plan, err := importer.Check(ctx, paths, importer.NewFinder(db), opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range plan.Problems() {
		t.Errorf("problem: %v", p)
	}
	st, err := plan.Write(ctx, w)
	if err != nil {
		t.Fatal(err)
	}
	return plan, st
}

// TestImportRoundTrip exports real documents and imports the files into an
// empty database: the graph is the one newsgraph load makes of the
// documents, record for record.
func TestImportRoundTrip(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := realDocuments(t)
	want := loadDocuments(t, db, docs)
	if want.Lines == nil {
		t.Fatalf("the graph is too large (%v nodes) to compare line by line", want.Nodes)
	}
	dir, st := export(t, docs, importer.ExportOptions{})

	for _, batch := range []int{0, 100} {
		neo4jtest.Reset(t, db)
		_, ist := importFiles(t, db, []string{dir}, importer.Options{BatchSize: batch})
		var nodes, rels int64
		for _, n := range st.Nodes {
			nodes += n
		}
		for _, n := range st.Relationships {
			rels += n
		}
		if ist.Nodes != nodes || ist.Relationships != rels {
			t.Errorf("batch size %d: imported %d nodes and %d relationships, want the %d and %d exported",
				batch, ist.Nodes, ist.Relationships, nodes, rels)
		}
		if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
			t.Errorf("batch size %d: graph of the imported CSV differs from newsgraph load's (-load +import):\n%s", batch, diff)
		}
		neo4jtest.CheckSummaries(t, db, fmt.Sprintf("newsgraph import, batch size %d", batch), true)
	}

	// Importing again changes nothing: MERGE.
	_, _ = importFiles(t, db, []string{dir}, importer.Options{})
	if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
		t.Errorf("importing twice changed the graph (-once +twice):\n%s", diff)
	}
}

// TestImportSplitExport imports an export made of two halves of the
// documents, one after the other, into the same database: the shared
// entities merge as newsgraph load merges them.
func TestImportSplitExport(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := realDocuments(t)
	want := loadDocuments(t, db, docs)
	half := len(docs) / 2
	first, _ := export(t, docs[:half], importer.ExportOptions{})
	second, _ := export(t, docs[half:], importer.ExportOptions{})
	neo4jtest.Reset(t, db)
	importFiles(t, db, []string{first}, importer.Options{})
	importFiles(t, db, []string{second}, importer.Options{})
	if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
		t.Errorf("graph of two imports differs from newsgraph load's (-load +import):\n%s", diff)
	}
}

// TestLoadCSV runs load-csv.cypher against the test database, whose import
// directory NEWSGRAPH_NEO4J_IMPORT_DIR names (scripts/neo4j.sh env sets it),
// with the server's default settings, reading the files from a folder of
// their own there (ExportOptions.URLPrefix). The documents are real ones
// without backslashes before quotes, which the default settings would read
// as escapes (TestAdminImport loads those).
func TestLoadCSV(t *testing.T) {
	db := neo4jtest.Open(t)
	importDir := os.Getenv("NEWSGRAPH_NEO4J_IMPORT_DIR")
	if importDir == "" {
		t.Skip("NEWSGRAPH_NEO4J_IMPORT_DIR is not set: eval \"$(scripts/neo4j.sh env)\" sets it")
	}
	docs := realDocuments(t)
	docs = docs[:len(docs)-2] // without the tricky ones
	want := loadDocuments(t, db, docs)

	if err := os.MkdirAll(importDir, 0o755); err != nil {
		t.Fatal(err)
	}
	sub, err := os.MkdirTemp(importDir, "newsgraph-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(sub) })
	dir, st := export(t, docs, importer.ExportOptions{URLPrefix: "file:///" + filepath.Base(sub) + "/"})
	for _, f := range st.Files {
		if f.Escapes {
			t.Fatalf("%s holds backslash escapes: the test needs documents without", f.Name)
		}
		data, err := os.ReadFile(filepath.Join(dir, f.Name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, f.Name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	neo4jtest.Reset(t, db)
	runScript(t, db, filepath.Join(dir, "load-csv.cypher"))
	neo4jtest.CheckSummaries(t, db, "load-csv.cypher", true)
	if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
		t.Errorf("graph of LOAD CSV differs from newsgraph load's (-load +LOAD CSV):\n%s", diff)
	}
}

// TestImportFindsEndsInDatabase imports relationship files whose ends are
// in the database, not in the files: they are found there, and an end that
// is nowhere is a problem that writes nothing.
func TestImportFindsEndsInDatabase(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := readDocuments(t, trickyFile)
	loadDocuments(t, db, docs[1:]) // article:tricky-2 and its entities
	dir, paths := writeFiles(t, map[string]string{
		"mentions.csv": mentions + "\"article:tricky-2\",\"person:pat-obrien\",MENTIONS,3,1\n",
	})
	plan, got := problems(t, dir, paths, importer.Options{}, importer.NewFinder(db))
	if len(got) > 0 {
		t.Fatalf("got problems %q, want none", got)
	}
	if _, err := plan.Write(context.Background(), graph.NewWriter(db, graph.WriterOptions{})); err != nil {
		t.Fatal(err)
	}
	if n := neo4jtest.Count(t, db, "MATCH (:Article {id: 'article:tricky-2'})-[r:MENTIONS {count: 3, first: 1}]->(:Person {id: 'person:pat-obrien'}) RETURN count(r)", nil); n != 1 {
		t.Errorf("got %d MENTIONS with the new properties, want 1", n)
	}

	want := loadDocuments(t, db, docs[1:])
	dir, paths = writeFiles(t, map[string]string{
		"mentions.csv": mentions + "\"article:tricky-2\",\"person:pat-obrien\",MENTIONS,3,1\n\"article:tricky-1\",\"person:pat-obrien\",MENTIONS,1,0\n",
	})
	plan, got = problems(t, dir, paths, importer.Options{}, importer.NewFinder(db))
	if diff := cmp.Diff([]string{"mentions.csv:3:1: start node article:tricky-1 is not in the files given nor in the database"}, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if _, err := plan.Write(context.Background(), graph.NewWriter(db, graph.WriterOptions{})); err != importer.ErrProblems {
		t.Errorf("got error %v, want ErrProblems", err)
	}
	if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
		t.Errorf("a plan with problems changed the graph (-before +after):\n%s", diff)
	}
}
