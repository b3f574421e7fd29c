package queries

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// Result is what a query returned: its columns and rows, in order. Values
// are as the Neo4j driver gives them (nil, bool, int64, float64, string,
// []any, map[string]any, nodes, relationships, paths, temporal values).
type Result struct {
	Columns []string
	Rows    [][]any
}

// Run runs q with the given parameters (see Query.Values) in a read
// transaction and returns all its rows.
func Run(ctx context.Context, db *graph.DB, q *Query, params map[string]any) (*Result, error) {
	keys, recs, err := db.Read(ctx, q.Text, params)
	if err != nil {
		return nil, fmt.Errorf("run query %s: %w", q.Name, err)
	}
	res := &Result{Columns: keys, Rows: make([][]any, len(recs))}
	for i, r := range recs {
		res.Rows[i] = r.Values
	}
	return res, nil
}

// Column returns the values of the named column, or nil when there is no
// such column.
func (r *Result) Column(name string) []any {
	i := slices.Index(r.Columns, name)
	if i < 0 {
		return nil
	}
	out := make([]any, len(r.Rows))
	for k, row := range r.Rows {
		out[k] = row[i]
	}
	return out
}

// Maps returns the rows as maps from column to value.
func (r *Result) Maps() []map[string]any {
	out := make([]map[string]any, len(r.Rows))
	for k, row := range r.Rows {
		m := make(map[string]any, len(r.Columns))
		for i, c := range r.Columns {
			m[c] = row[i]
		}
		out[k] = m
	}
	return out
}

// Timing is how long a query took over several runs.
type Timing struct {
	Runs     int
	Rows     int // rows of the last run
	P50, P95 time.Duration
	Min, Max time.Duration
}

// Time runs q warmup times unmeasured, then runs times, and returns the
// latency percentiles (nearest rank) of the measured runs. Each run is
// one read transaction that fetches every row.
func Time(ctx context.Context, db *graph.DB, q *Query, params map[string]any, warmup, runs int) (Timing, error) {
	if runs < 1 {
		return Timing{}, fmt.Errorf("time query %s: runs must be at least 1, not %d", q.Name, runs)
	}
	var rows int
	for range warmup {
		if _, err := Run(ctx, db, q, params); err != nil {
			return Timing{}, err
		}
	}
	d := make([]time.Duration, runs)
	for i := range d {
		start := time.Now()
		res, err := Run(ctx, db, q, params)
		d[i] = time.Since(start)
		if err != nil {
			return Timing{}, err
		}
		rows = len(res.Rows)
	}
	slices.Sort(d)
	return Timing{
		Runs: runs, Rows: rows,
		P50: Percentile(d, 50), P95: Percentile(d, 95),
		Min: d[0], Max: d[len(d)-1],
	}, nil
}

// Percentile returns the p-th percentile (0 < p <= 100) of sorted,
// non-empty durations by nearest rank: the smallest that at least p
// percent of them do not exceed.
func Percentile(sorted []time.Duration, p int) time.Duration {
	rank := (p*len(sorted) + 99) / 100 // ceil(p/100 * n)
	return sorted[max(rank, 1)-1]
}
