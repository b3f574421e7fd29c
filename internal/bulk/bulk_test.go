package bulk_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/bulk"
	"github.com/newsgraph/newsgraph/internal/localneo4j"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

const articlesFile = "../../graph/testdata/articles.jsonl"

// failingAdmin is the local server, but its first neo4j-admin command
// fails as an import may (a full disk, a bad file).
type failingAdmin struct {
	*localneo4j.Instance
	calls int
}

func (f *failingAdmin) Admin(ctx context.Context, args ...string) (string, error) {
	f.calls++
	if f.calls == 1 {
		return "", errors.New("injected failure")
	}
	return f.Instance.Admin(ctx, args...)
}

// server returns the test Neo4j as a local instance, with an empty
// database, skipping the test when it is not one.
func server(t *testing.T) (graph.Config, *localneo4j.Instance) {
	t.Helper()
	cfg := neo4jtest.Config(t)
	inst, why, err := localneo4j.Find(localneo4j.StateRoot(), cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	if inst == nil {
		t.Skipf("the bulk path needs the test Neo4j to be a running instance of scripts/neo4j.sh: %s", why)
	}
	neo4jtest.Reset(t, neo4jtest.Open(t))
	return cfg, inst
}

func articles(t *testing.T, extra string) bulk.Input {
	t.Helper()
	data, err := os.ReadFile(articlesFile)
	if err != nil {
		t.Fatal(err)
	}
	return bulk.Input{Name: "articles.jsonl", R: strings.NewReader(string(data) + extra)}
}

func TestLoadFailures(t *testing.T) {
	cfg, inst := server(t)
	for _, tt := range []struct {
		name     string
		server   bulk.Server
		input    bulk.Input
		wantErr  string
		wantHint string
	}{
		{"import fails", &failingAdmin{Instance: inst}, articles(t, ""),
			"bulk load: neo4j-admin import: injected failure",
			"the database is empty again and the server runs; fix the cause, or load over Bolt with --bulk never"},
		{"bad document while the server stops", inst, articles(t, `{"article": {"id": "article:x"}, "claims": 3}`+"\n"),
			"bulk load: articles.jsonl:4: not a newsgraph document: field \"claims\" has the wrong type",
			"the database was not changed and the server runs again; fix the cause, or load over Bolt with --bulk never"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tmp := t.TempDir()
			_, err := bulk.Load(context.Background(), bulk.Options{
				Config: cfg, Server: tt.server, Inputs: []bulk.Input{tt.input}, TempDir: tmp,
			})
			var berr *bulk.Error
			if !errors.As(err, &berr) {
				t.Fatalf("got error %v, want a *bulk.Error", err)
			}
			if !strings.HasPrefix(berr.Error(), tt.wantErr) || berr.Hint != tt.wantHint {
				t.Errorf("got error %q, hint %q; want %q…, %q", berr.Error(), berr.Hint, tt.wantErr, tt.wantHint)
			}
			if !inst.Running() {
				t.Fatal("the server does not run")
			}
			db := neo4jtest.Open(t)
			if n := neo4jtest.Count(t, db, "MATCH (n) RETURN count(n)", nil); n != 0 {
				t.Errorf("the database holds %d nodes, want none", n)
			}
			left, _ := filepath.Glob(filepath.Join(tmp, "*"))
			if len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
		})
	}
}
