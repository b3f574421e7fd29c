package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/internal/localneo4j"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// bulkEnv is loadEnv for the bulk path, which needs the test Neo4j to be a
// local instance of scripts/neo4j.sh: the test skips otherwise.
func bulkEnv(t *testing.T) {
	t.Helper()
	loadEnv(t)
	inst, why, err := localneo4j.Find(localneo4j.StateRoot(), os.Getenv("NEO4J_URI"))
	if err != nil {
		t.Fatal(err)
	}
	if inst == nil {
		t.Skipf("the bulk path needs the test Neo4j to be a running instance of scripts/neo4j.sh: %s", why)
	}
}

// sampleDocuments extracts the 47 articles of the sample.
func sampleDocuments(t *testing.T) string {
	t.Helper()
	docs := filepath.Join(t.TempDir(), "docs.jsonl")
	if code, _, stderr := runCLI(context.Background(), "-q", "extract", "-o", docs, "../../sample/articles.jsonl"); code != exitOK {
		t.Fatalf("extract: exit code %d: %s", code, stderr)
	}
	return docs
}

// graphOf reads the whole graph and its index names, through a new
// connection (the bulk path restarts the server).
func graphOf(t *testing.T) (neo4jtest.Snapshot, []string) {
	t.Helper()
	db := neo4jtest.Open(t)
	var names []string
	for _, r := range neo4jtest.Query(t, db, "SHOW INDEXES YIELD name RETURN name ORDER BY name", nil) {
		names = append(names, r["name"].(string))
	}
	return neo4jtest.MustSnapshot(t, db), names
}

func TestLoadBulk(t *testing.T) {
	bulkEnv(t)
	ctx := context.Background()
	docs := sampleDocuments(t)

	code, _, stderr := runCLI(ctx, "load", "--bulk", "never", docs)
	if code != exitOK || !strings.HasPrefix(stderr, "load: over Bolt (--bulk never)\nloaded 47 articles: ") {
		t.Fatalf("load over Bolt: exit code %d, stderr:\n%s", code, stderr)
	}
	boltGraph, boltIndexes := graphOf(t)
	if boltGraph.Nodes["Article"] != 47 {
		t.Fatalf("load over Bolt: %d articles, want 47", boltGraph.Nodes["Article"])
	}

	neo4jtest.Reset(t, neo4jtest.Open(t))
	code, _, stderr = runCLI(ctx, "load", "--bulk", "always", docs)
	if code != exitOK {
		t.Fatalf("bulk load: exit code %d, stderr:\n%s", code, stderr)
	}
	for _, want := range []string{
		"load: bulk path (neo4j-admin import): ",
		"load: importing ",
		"load: running after-import.cypher\n",
		"loaded 47 articles with neo4j-admin: ",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("bulk load: stderr does not say %q:\n%s", want, stderr)
		}
	}
	bulkGraph, bulkIndexes := graphOf(t)
	if diff := cmp.Diff(boltGraph, bulkGraph); diff != "" {
		t.Errorf("the bulk path's graph differs from Bolt's (-Bolt +bulk):\n%s", diff)
	}
	if diff := cmp.Diff(boltIndexes, bulkIndexes); diff != "" {
		t.Errorf("the bulk path's indexes differ from Bolt's (-Bolt +bulk):\n%s", diff)
	}

	// The articles hold their documents' hashes: loading them again over
	// Bolt skips them all.
	code, _, stderr = runCLI(ctx, "load", docs)
	const unchanged = "loaded 47 articles (47 unchanged, skipped): 0 nodes (0 new), 0 relationships (0 new) in "
	if code != exitOK || !strings.HasPrefix(stderr, unchanged) {
		t.Errorf("load after the bulk path: exit code %d, stderr %q; want a summary starting %q", code, stderr, unchanged)
	}
}

func TestLoadBulkNotEmpty(t *testing.T) {
	bulkEnv(t)
	ctx := context.Background()
	if code, _, stderr := runCLI(ctx, "load", articlesFile); code != exitOK {
		t.Fatalf("first load: exit code %d, stderr:\n%s", code, stderr)
	}
	want, _ := graphOf(t)
	docs := sampleDocuments(t)

	for _, tt := range []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"auto falls back to Bolt", []string{"load", "--bulk-min-mb", "0", articlesFile}, exitOK,
			"load: over Bolt after all: the database is not empty, and the bulk path fills empty databases only\nloaded 3 articles (3 unchanged, skipped)"},
		{"always fails", []string{"load", "--bulk", "always", docs}, exitFailure,
			"newsgraph: load: --bulk always: the database is not empty"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(ctx, tt.args...)
			if code != tt.wantCode || !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("exit code %d, stderr:\n%s\nwant %d and %q", code, stderr, tt.wantCode, tt.wantErr)
			}
			if got, _ := graphOf(t); !cmp.Equal(want, got) {
				t.Errorf("the graph changed:\n%s", cmp.Diff(want, got))
			}
		})
	}
}

func TestLoadBulkNotManaged(t *testing.T) {
	t.Setenv("XDG_STATE_HOME", t.TempDir()) // no instance at all
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{"always", []string{"load", "--bulk", "always", "--uri", "bolt://127.0.0.1:7999", articlesFile},
			"newsgraph: load: --bulk always: no local instance of scripts/neo4j.sh exists"},
		{"always, remote", []string{"load", "--bulk", "always", "--uri", "neo4j+s://db.example.com", articlesFile},
			"newsgraph: load: --bulk always: neo4j+s:// is not a local server's scheme"},
		{"bad value", []string{"load", "--bulk", "sometimes", articlesFile},
			`newsgraph: load: --bulk must be auto, always or never, not "sometimes"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(context.Background(), tt.args...)
			if code == exitOK || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit code %d, stderr:\n%s\nwant a failure saying %q", code, stderr, tt.want)
			}
		})
	}
}
