package queries_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/queries/querytest"
)

// BenchmarkSavedQueries runs every saved query with its example on the
// query fixture (see querytest), one read transaction per run, fetching
// every row. For the latency on a large graph, load it and run
// `newsgraph query bench` (see the README).
func BenchmarkSavedQueries(b *testing.B) {
	db := querytest.Load(b)
	reg, err := queries.NewRegistry()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, q := range reg.List() {
		params, err := q.ExampleValues()
		if err != nil {
			b.Fatal(err)
		}
		b.Run(q.Name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := queries.Run(ctx, db, q, params); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
