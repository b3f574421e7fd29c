package graph_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// TestWriterWhileAnotherLoadCommits pins down the interleaving that two
// loads of the same article can take: load B starts its batch while load A
// has written the article but not yet committed. A is played by an explicit
// transaction of the test that writes the records of the document as a
// load would; B is a Writer. B must wait for A and then replace what A
// wrote, so that the graph is that of one load: no duplicated
// relationships, no uniqueness error.
func TestWriterWhileAnotherLoadCommits(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := readDocs(t, "testdata/articles.jsonl")
	tests := []struct {
		name string
		docs []*graph.Document // B's batch; A writes the first
	}{
		{"same article", byID(t, docs, meduza)},
		{"article among others", byID(t, docs, bbc, meduza, guardian)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			neo4jtest.Reset(t, db)
			load(t, db, 10, tt.docs...)
			want := neo4jtest.MustSnapshot(t, db)
			neo4jtest.Reset(t, db)

			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			s := db.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.Database()})
			defer s.Close(ctx)
			txA, err := s.BeginTransaction(ctx)
			if err != nil {
				t.Fatal(err)
			}
			defer txA.Close(ctx)
			writeRecords(ctx, t, txA, tt.docs[0])

			done := make(chan error, 1)
			go func() {
				w := graph.NewWriter(db, graph.WriterOptions{BatchSize: 10})
				for _, d := range tt.docs {
					if err := w.Write(ctx, d); err != nil {
						done <- err
						return
					}
				}
				done <- w.Flush(ctx)
			}()
			waitBlocked(ctx, t, db, done)
			if err := txA.Commit(ctx); err != nil {
				t.Fatalf("commit load A: %v", err)
			}
			if err := <-done; err != nil {
				t.Fatalf("load B: got %v, want it to wait for load A and succeed", err)
			}
			if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
				t.Errorf("graph after two loads differs from one load (-want +got):\n%s", diff)
			}
		})
	}
}

// writeRecords writes the records of doc in tx, with plain CREATEs, as a
// load of doc into an empty database does.
func writeRecords(ctx context.Context, t *testing.T, tx neo4j.ExplicitTransaction, doc *graph.Document) {
	t.Helper()
	nodes, rels := graph.Flatten(doc)
	for _, n := range nodes {
		props := map[string]any{"id": n.ID}
		for k, v := range n.Props {
			props[k] = v
		}
		// Labels and types come from the model, not from input.
		if _, err := tx.Run(ctx, fmt.Sprintf("CREATE (n:%s) SET n = $props", n.Label), map[string]any{"props": props}); err != nil {
			t.Fatalf("load A: create %s %s: %v", n.Label, n.ID, err)
		}
	}
	for _, r := range rels {
		q := fmt.Sprintf("MATCH (a:%s {id: $start}), (b:%s {id: $end}) CREATE (a)-[r:%s]->(b) SET r = $props", r.StartLabel, r.EndLabel, r.Type)
		props := r.Props
		if props == nil {
			props = map[string]any{}
		}
		if _, err := tx.Run(ctx, q, map[string]any{"start": r.StartID, "end": r.EndID, "props": props}); err != nil {
			t.Fatalf("load A: create %s: %v", r.Type, err)
		}
	}
	// and its summaries, counted from what it wrote
	if _, err := tx.Run(ctx, createQuotedBy, nil); err != nil {
		t.Fatalf("load A: create QUOTED_BY: %v", err)
	}
}

// waitBlocked waits until a transaction of the database waits for a lock
// (SHOW TRANSACTIONS says "Blocked by"), or fails the test when done
// delivers first.
func waitBlocked(ctx context.Context, t *testing.T, db *graph.DB, done chan error) {
	t.Helper()
	for {
		_, recs, err := db.Read(ctx, "SHOW TRANSACTIONS YIELD status, currentQuery RETURN status, currentQuery", nil)
		if err != nil {
			t.Fatalf("show transactions: %v", err)
		}
		for _, r := range recs {
			if s, _ := r.Values[0].(string); strings.HasPrefix(s, "Blocked") {
				q, _ := r.Values[1].(string)
				t.Logf("load B waits for load A in: %s", strings.Join(strings.Fields(q), " "))
				return
			}
		}
		select {
		case err := <-done:
			t.Fatalf("load B ended (%v) before waiting for load A: it did not see A's uncommitted article", err)
		case <-ctx.Done():
			t.Fatal("load B never waited for load A")
		case <-time.After(50 * time.Millisecond):
		}
	}
}
