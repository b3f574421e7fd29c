package neo4jtest

import (
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/graph"
)

// fakeTB records Skip and Fatal instead of acting on the real test.
type fakeTB struct {
	testing.TB
	skipped, fatal string
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Skip(args ...any) {
	f.skipped = fmt.Sprint(args...)
	runtime.Goexit()
}
func (f *fakeTB) Fatal(args ...any) {
	f.fatal = fmt.Sprint(args...)
	runtime.Goexit()
}
func (f *fakeTB) Fatalf(format string, args ...any) { f.Fatal(fmt.Sprintf(format, args...)) }

func TestConfigWithoutNeo4j(t *testing.T) {
	tests := []struct {
		ci          string
		wantSkipped bool
		wantFatal   bool
	}{
		{ci: "", wantSkipped: true},
		{ci: "false", wantSkipped: true},
		{ci: "true", wantFatal: true},
	}
	for _, tt := range tests {
		t.Run("CI="+tt.ci, func(t *testing.T) {
			t.Setenv("NEO4J_URI", "")
			t.Setenv("CI", tt.ci)
			f := &fakeTB{TB: t}
			done := make(chan struct{})
			go func() {
				defer close(done)
				Config(f)
			}()
			<-done
			if got := f.skipped != ""; got != tt.wantSkipped {
				t.Errorf("skipped: got %v (%q), want %v", got, f.skipped, tt.wantSkipped)
			}
			if got := f.fatal != ""; got != tt.wantFatal {
				t.Errorf("failed: got %v (%q), want %v", got, f.fatal, tt.wantFatal)
			}
			if msg := f.skipped + f.fatal; !strings.Contains(msg, "scripts/neo4j.sh start") {
				t.Errorf("message %q does not say how to start Neo4j", msg)
			}
		})
	}
}

func write(t *testing.T, db *graph.DB, cypher string) {
	t.Helper()
	ctx := context.Background()
	_, err := neo4j.ExecuteQuery(ctx, db.Driver(), cypher, nil, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(db.Database()))
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
}

func TestSnapshot(t *testing.T) {
	db := Open(t)
	Reset(t, db)
	if got := MustSnapshot(t, db); len(got.Nodes)+len(got.Rels)+len(got.Lines) != 0 {
		t.Fatalf("after Reset: got %+v, want an empty database", got)
	}

	write(t, db, `CREATE (a:Person {id: "person:a", name: "A", aliases: ["x", "y"]}),
  (b:Country {id: "country:b", iso2: "B"}),
  (a)-[:STANCE {article: "article:1", score: 0.5}]->(b),
  (a)-[:STANCE {article: "article:2", score: -0.5}]->(b)`)
	first := MustSnapshot(t, db)
	want := Snapshot{
		Nodes:    map[string]int64{"Person": 1, "Country": 1},
		Rels:     map[string]int64{"STANCE": 2},
		Checksum: first.Checksum,
		Lines: []string{
			`(:Country {"id":"country:b","iso2":"B"})`,
			`(:Person "person:a")-[:STANCE {"article":"article:1","score":0.5}]->(:Country "country:b")`,
			`(:Person "person:a")-[:STANCE {"article":"article:2","score":-0.5}]->(:Country "country:b")`,
			`(:Person {"aliases":["x","y"],"id":"person:a","name":"A"})`,
		},
	}
	if diff := cmp.Diff(want, first); diff != "" {
		t.Errorf("snapshot mismatch (-want +got):\n%s", diff)
	}

	// The same graph written in another order, with other internal ids.
	Reset(t, db)
	write(t, db, `CREATE (b:Country {iso2: "B", id: "country:b"}), (a:Person {name: "A", id: "person:a", aliases: ["x", "y"]}),
  (a)-[:STANCE {score: -0.5, article: "article:2"}]->(b),
  (a)-[:STANCE {score: 0.5, article: "article:1"}]->(b)`)
	if diff := cmp.Diff(first, MustSnapshot(t, db)); diff != "" {
		t.Errorf("same graph, other order: snapshot mismatch (-want +got):\n%s", diff)
	}

	changes := []struct{ name, cypher string }{
		{"node property", `MATCH (a:Person) SET a.name = "B"`},
		{"list order", `MATCH (a:Person) SET a.aliases = ["y", "x"]`},
		{"relationship property", `MATCH ()-[r:STANCE {article: "article:1"}]->() SET r.score = 0.6`},
		{"duplicate relationship", `MATCH (a:Person)-[r:STANCE {article: "article:1"}]->(b) CREATE (a)-[:STANCE {article: "article:1", score: 0.5}]->(b)`},
		{"integer for float", `MATCH ()-[r:STANCE {article: "article:1"}]->() SET r.score = 1`},
	}
	for _, c := range changes {
		t.Run(c.name, func(t *testing.T) {
			Reset(t, db)
			write(t, db, `CREATE (a:Person {id: "person:a", name: "A", aliases: ["x", "y"]}),
  (b:Country {id: "country:b", iso2: "B"}),
  (a)-[:STANCE {article: "article:1", score: 0.5}]->(b),
  (a)-[:STANCE {article: "article:2", score: -0.5}]->(b)`)
			write(t, db, c.cypher)
			got := MustSnapshot(t, db)
			if got.Checksum == first.Checksum {
				t.Errorf("checksum unchanged after changing the %s", c.name)
			}
			if cmp.Equal(first, got) {
				t.Errorf("snapshot unchanged after changing the %s", c.name)
			}
		})
	}
}
