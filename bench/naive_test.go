package bench_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/bench"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// graphShape lists every node as "Label id" and every relationship as
// "TYPE start end article", sorted: what two loads of the same documents
// must agree on.
func graphShape(t *testing.T, db *graph.DB) []string {
	t.Helper()
	ctx := context.Background()
	_, nodes, err := db.Read(ctx, "MATCH (n) RETURN labels(n)[0] + ' ' + n.id", nil)
	if err != nil {
		t.Fatal(err)
	}
	_, rels, err := db.Read(ctx, "MATCH (a)-[r]->(b) RETURN type(r) + ' ' + a.id + ' ' + b.id + ' ' + coalesce(r.article, '')", nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range append(nodes, rels...) {
		out = append(out, r.Values[0].(string))
	}
	slices.Sort(out)
	return out
}

func TestLoadNaiveMatchesWriter(t *testing.T) {
	db := neo4jtest.Open(t)
	ctx := context.Background()
	const docs = "../graph/testdata/articles.jsonl"

	neo4jtest.Reset(t, db)
	f, err := os.Open(docs)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := graph.NewWriter(db, graph.WriterOptions{})
	dr := graph.NewDocumentReader(f, docs)
	for {
		doc, err := dr.Read()
		if err != nil {
			break
		}
		if err := w.Write(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	want := graphShape(t, db)
	wst := w.Stats()

	neo4jtest.Reset(t, db)
	f2, err := os.Open(docs)
	if err != nil {
		t.Fatal(err)
	}
	defer f2.Close()
	st, err := bench.LoadNaive(ctx, db, f2, docs, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := graphShape(t, db)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("graph of the naive loader differs from the writer's (-want +got):\n%s", diff)
	}
	if st.Documents != 3 {
		t.Errorf("got %d documents, want 3", st.Documents)
	}
	// The writer sends a node shared by two documents of a batch once;
	// the naive loader sends one statement per record of each document.
	if st.Nodes < wst.Nodes || st.Relationships < wst.Relationships {
		t.Errorf("naive loader sent %d nodes and %d relationships, fewer than the writer's %d and %d",
			st.Nodes, st.Relationships, wst.Nodes, wst.Relationships)
	}

	t.Run("limit", func(t *testing.T) {
		neo4jtest.Reset(t, db)
		f, err := os.Open(docs)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		st, err := bench.LoadNaive(ctx, db, f, docs, 1)
		if err != nil {
			t.Fatal(err)
		}
		_, recs, err := db.Read(ctx, "MATCH (a:Article) RETURN count(a)", nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprint(recs[0].Values[0]); st.Documents != 1 || got != "1" {
			t.Errorf("got %d documents sent and %s articles in the graph, want 1 and 1", st.Documents, got)
		}
	})
}
