package importer_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// checkSummaries fails the test when a summary of the graph differs from a
// recount (graph.CheckSummaries), or when the graph holds none: the test
// documents have claims.
func checkSummaries(t *testing.T, db *graph.DB, route string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	diff, err := graph.CheckSummaries(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if len(diff) > 0 {
		t.Errorf("%s: %d summaries differ from a recount:\n%s", route, len(diff), strings.Join(diff, "\n"))
	}
	_, recs, err := db.Read(ctx, "MATCH ()-[q:QUOTED_BY]->() RETURN count(q)", nil)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := recs[0].Values[0].(int64); n == 0 {
		t.Errorf("%s: no QUOTED_BY summaries", route)
	}
}
