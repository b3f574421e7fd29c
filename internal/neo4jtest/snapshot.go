package neo4jtest

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/graph"
)

// MaxSnapshotLines is the largest graph (nodes plus relationships) whose
// Snapshot keeps one line per record, so that cmp.Diff shows what differs.
// Larger graphs are compared by counts and checksum only.
const MaxSnapshotLines = 20000

// Snapshot describes the whole content of a database, independently of
// internal ids and of the order things were written in: two databases with
// the same nodes (labels, id, properties) and relationships (type, ends by
// label and id, properties) have equal snapshots. Compare with cmp.Diff.
type Snapshot struct {
	Nodes    map[string]int64 // node count per label (labels joined by ":")
	Rels     map[string]int64 // relationship count per type
	Checksum string           // hash of every record, properties included
	// Lines holds one canonical line per record, sorted, when the graph
	// has at most MaxSnapshotLines records; nil otherwise.
	Lines []string
}

// TakeSnapshot reads the whole database into a Snapshot. Records are
// streamed; memory grows with the graph only up to MaxSnapshotLines lines.
// The checksum is a multiset hash (the sum of the records' SHA-256), so
// records need no sorting.
func TakeSnapshot(ctx context.Context, db *graph.DB) (Snapshot, error) {
	snap := Snapshot{Nodes: map[string]int64{}, Rels: map[string]int64{}}
	var sum [4]uint64
	var lines []string
	keep := true
	add := func(line string) {
		h := sha256.Sum256([]byte(line))
		var carry uint64
		for i := range sum {
			sum[i], carry = bits.Add64(sum[i], binary.BigEndian.Uint64(h[8*i:]), carry)
		}
		if keep {
			lines = append(lines, line)
			if len(lines) > MaxSnapshotLines {
				keep, lines = false, nil
			}
		}
	}
	s := db.Driver().NewSession(ctx, sessionConfig(db, false))
	defer s.Close(ctx)
	_, err := s.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		// A retried transaction starts over.
		clear(snap.Nodes)
		clear(snap.Rels)
		sum, lines, keep = [4]uint64{}, nil, true
		res, err := tx.Run(ctx, "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", nil)
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			v := res.Record().Values
			labels := sortedStrings(v[0])
			snap.Nodes[labels]++
			add("(:" + labels + " " + canonical(v[1]) + ")")
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		res, err = tx.Run(ctx, `MATCH (a)-[r]->(b)
RETURN type(r) AS type, labels(a) AS al, a.id AS aid, labels(b) AS bl, b.id AS bid, properties(r) AS props`, nil)
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			v := res.Record().Values
			t, _ := v[0].(string)
			snap.Rels[t]++
			add(fmt.Sprintf("(:%s %s)-[:%s %s]->(:%s %s)",
				sortedStrings(v[1]), canonical(v[2]), t, canonical(v[5]), sortedStrings(v[3]), canonical(v[4])))
		}
		return nil, res.Err()
	})
	if err != nil {
		return Snapshot{}, fmt.Errorf("snapshot database: %w", err)
	}
	var b [32]byte
	for i, x := range sum {
		binary.BigEndian.PutUint64(b[8*i:], x)
	}
	snap.Checksum = hex.EncodeToString(b[:])
	if keep {
		slices.Sort(lines)
		snap.Lines = lines
	}
	return snap, nil
}

// MustSnapshot is TakeSnapshot for tests.
func MustSnapshot(t testing.TB, db *graph.DB) Snapshot {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	snap, err := TakeSnapshot(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

// Query runs a read query and returns its records as maps, for assertions.
func Query(t testing.TB, db *graph.DB, cypher string, params map[string]any) []map[string]any {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, recs, err := db.Read(ctx, cypher, params)
	if err != nil {
		t.Fatalf("query %q: %v", cypher, err)
	}
	out := make([]map[string]any, len(recs))
	for i, r := range recs {
		out[i] = r.AsMap()
	}
	return out
}

// Count runs a read query returning one number (RETURN count(*)) and returns
// it.
func Count(t testing.TB, db *graph.DB, cypher string, params map[string]any) int64 {
	t.Helper()
	rows := Query(t, db, cypher, params)
	if len(rows) != 1 || len(rows[0]) != 1 {
		t.Fatalf("query %q: got %d rows %v, want one row of one value", cypher, len(rows), rows)
	}
	for _, v := range rows[0] {
		n, ok := v.(int64)
		if !ok {
			t.Fatalf("query %q: got %T %v, want an integer", cypher, v, v)
		}
		return n
	}
	return 0
}

func sessionConfig(db *graph.DB, write bool) neo4j.SessionConfig {
	mode := neo4j.AccessModeRead
	if write {
		mode = neo4j.AccessModeWrite
	}
	return neo4j.SessionConfig{DatabaseName: db.Database(), AccessMode: mode}
}

func sortedStrings(v any) string {
	l, _ := v.([]any)
	s := make([]string, 0, len(l))
	for _, x := range l {
		s = append(s, fmt.Sprint(x))
	}
	slices.Sort(s)
	return strings.Join(s, ":")
}

// canonical renders a value as JSON with sorted map keys; temporal and
// spatial values are rendered by fmt.
func canonical(v any) string {
	data, err := json.Marshal(plain(v))
	if err != nil {
		return fmt.Sprintf("%#v", v)
	}
	return string(data)
}

func plain(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, float64, string:
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plain(e)
		}
		return out
	}
	return fmt.Sprintf("%T(%v)", v, v)
}

// CheckSummaries fails the test when a summary the graph holds differs
// from a recount (graph.CheckSummaries), or, when some is true, when the
// graph holds no QUOTED_BY summary at all; when says at what point.
func CheckSummaries(t testing.TB, db *graph.DB, when string, some bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	diff, err := graph.CheckSummaries(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if len(diff) > 0 {
		t.Errorf("%s: %d summaries differ from a recount:\n%s", when, len(diff), strings.Join(diff, "\n"))
	}
	if some && Count(t, db, "MATCH ()-[q:QUOTED_BY]->() RETURN count(q)", nil) == 0 {
		t.Errorf("%s: no QUOTED_BY summaries", when)
	}
}
