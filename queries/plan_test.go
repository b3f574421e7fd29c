package queries_test

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/queries/querytest"
)

// planOp is one operator of a profiled plan.
type planOp struct {
	Name    string
	Details string
	Rows    int64
}

var opRE = regexp.MustCompile(`\+([A-Za-z]+)`)

// parsePlan reads the operators out of the table a profiled plan carries
// as its "string-representation" argument. (The driver's Plan.Children
// cannot be used: driver v5.28 aliases every child to the last one.)
func parsePlan(s string) ([]planOp, error) {
	lines := strings.Split(s, "\n")
	var bounds []int // byte offsets of the column borders
	rowsCol := -1
	var ops []planOp
	for _, ln := range lines {
		if bounds == nil {
			if !strings.HasPrefix(ln, "| Operator") {
				continue
			}
			for i, c := range ln {
				if c == '|' {
					bounds = append(bounds, i)
				}
			}
			for k := 0; k+1 < len(bounds); k++ {
				if strings.TrimSpace(ln[bounds[k]+1:bounds[k+1]]) == "Rows" {
					rowsCol = k
				}
			}
			if rowsCol < 0 {
				return nil, fmt.Errorf("plan has no Rows column (was it profiled?):\n%s", s)
			}
			continue
		}
		if !strings.HasPrefix(ln, "|") || len(ln) < bounds[len(bounds)-1] {
			continue
		}
		cell := func(k int) string { return strings.TrimSpace(ln[bounds[k]+1 : bounds[k+1]]) }
		if m := opRE.FindStringSubmatch(ln[:bounds[1]]); m != nil {
			op := planOp{Name: m[1], Details: cell(2)}
			if r := cell(rowsCol); r != "" {
				n, err := strconv.ParseInt(r, 10, 64)
				if err != nil {
					return nil, fmt.Errorf("rows %q of %s: %w", r, m[1], err)
				}
				op.Rows = n
			}
			ops = append(ops, op)
		} else if len(ops) > 0 && !strings.Contains(ln, "+--") {
			ops[len(ops)-1].Details += " " + cell(2)
		}
	}
	if len(ops) == 0 {
		return nil, fmt.Errorf("no operators in plan:\n%s", s)
	}
	return ops, nil
}

// profile runs q under PROFILE and returns the operators of its plan.
func profile(t *testing.T, db *graph.DB, q *queries.Query, params map[string]any) []planOp {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s := db.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.Database(), AccessMode: neo4j.AccessModeRead})
	defer s.Close(ctx)
	sum, err := s.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, "PROFILE "+q.Text, params)
		if err != nil {
			return nil, err
		}
		return res.Consume(ctx)
	})
	if err != nil {
		t.Fatalf("profile %s: %v", q.Name, err)
	}
	p := sum.(neo4j.ResultSummary).Profile()
	if p == nil {
		t.Fatalf("profile %s: no profiled plan", q.Name)
	}
	text, _ := p.Arguments()["string-representation"].(string)
	ops, err := parsePlan(text)
	if err != nil {
		t.Fatalf("profile %s: %v", q.Name, err)
	}
	return ops
}

// scans are the operators that read every node of a label (or every node,
// or every relationship of a type) rather than looking some up.
var scans = map[string]bool{
	"AllNodesScan": true, "NodeByLabelScan": true, "UnionNodeByLabelsScan": true,
	"IntersectionNodeByLabelsScan": true, "SubtractionNodeByLabelsScan": true,
	"NodeIndexScan": true, "DirectedRelationshipTypeScan": true, "UndirectedRelationshipTypeScan": true,
	"DirectedAllRelationshipsScan": true, "UndirectedAllRelationshipsScan": true,
	"DirectedRelationshipIndexScan": true, "UndirectedRelationshipIndexScan": true,
}

// replan makes the planner see the database as it is now: it resamples
// every index, waits for that, and clears the query caches. Without it the
// plans depend on statistics left by whatever the database held before
// (other packages' tests fill it with thousands of articles, then wipe it):
// stance-changes was then planned as a scan of Article(published) joined
// to the stances instead of a lookup of each article by id.
func replan(t *testing.T, db *graph.DB) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	s := db.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.Database(), AccessMode: neo4j.AccessModeWrite})
	defer s.Close(ctx)
	res, err := s.Run(ctx, "CALL db.prepareForReplanning(240000)", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		t.Fatalf("resample the indexes: %v", err)
	}
}

// TestQueryPlans profiles each saved query where it starts from something
// the user named (an entity, an outlet, a date range) and fails when a
// scan of a whole label or type produces rows: those starts must be index
// lookups (the unique id constraints, the entity_names full-text index,
// the Article.published range index). Scans in the branches for "no such
// parameter given" are planned but must not run. The plans are made with
// fresh statistics of the fixture (replan), so that they do not depend on
// what the database held before.
func TestQueryPlans(t *testing.T) {
	db := querytest.Load(t)
	replan(t, db)
	reg, err := queries.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		given map[string]string
		seek  string // an operator the plan must run, with rows
	}{
		{"find-entity", map[string]string{"text": "putin"}, "ProcedureCall"},
		{"top-entities", map[string]string{"from": "2010-01-01", "to": "2011-12-31"}, "NodeIndexSeekByRange"},
		{"top-entities", map[string]string{"outlet": "bbc news"}, "ProcedureCall"},
		{"neighbourhood", map[string]string{"entity": "Vladimir Putin"}, "ProcedureCall"},
		{"neighbourhood", map[string]string{"entity": "person:vladimir-putin"}, "NodeUniqueIndexSeek"},
		{"claims-by", map[string]string{"speaker": "Tony Blair"}, "ProcedureCall"},
		{"claims-about", map[string]string{"entity": "Donald Trump"}, "ProcedureCall"},
		{"stances-toward", map[string]string{"target": "Donald Trump"}, "NodeUniqueIndexSeek"},
		{"anonymous-claims", map[string]string{"outlet": "Meduza"}, "ProcedureCall"},
		{"outlet-speakers", map[string]string{"outlet": "BBC News"}, "ProcedureCall"},
		{"country-pairs", map[string]string{"from": "2010-01-01", "to": "2011-12-31"}, "NodeIndexSeekByRange"},
		{"shortest-path", map[string]string{"from": "Tony Blair", "to": "Vladimir Putin"}, "ProcedureCall"},
		{"timeline", map[string]string{"entity": "Tony Blair"}, "ProcedureCall"},
		{"opposing-stances", map[string]string{"target": "Donald Trump"}, "ProcedureCall"},
		{"stance-changes", map[string]string{"holder": "Kim Jong Un"}, "ProcedureCall"},
		{"stance-changes", map[string]string{"target": "Donald Trump"}, "ProcedureCall"},
		{"event-participants", map[string]string{"event": "U.S. presidential election"}, "ProcedureCall"},
		{"articles-with-both", map[string]string{"a": "Vladimir Putin", "b": "Donald Trump"}, "ProcedureCall"},
		{"relations", map[string]string{"entity": "Vladimir Putin"}, "ProcedureCall"},
		{"most-quoted", map[string]string{"outlet": "BBC News"}, "ProcedureCall"},
		{"most-quoted", map[string]string{"from": "2018-01-01"}, "NodeIndexSeekByRange"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s %v", tt.query, tt.given), func(t *testing.T) {
			q, err := reg.Get(tt.query)
			if err != nil {
				t.Fatal(err)
			}
			params, err := q.Values(tt.given)
			if err != nil {
				t.Fatal(err)
			}
			ops := profile(t, db, q, params)
			sought := false
			for _, op := range ops {
				if scans[op.Name] && op.Rows > 0 {
					t.Errorf("%s scans: %s %s produced %d rows", tt.query, op.Name, op.Details, op.Rows)
				}
				if op.Name == tt.seek && op.Rows > 0 {
					sought = true
				}
			}
			if !sought {
				t.Errorf("%s: no %s produced rows; plan:\n%v", tt.query, tt.seek, ops)
			}
		})
	}

	// overview counts from the count store.
	q, err := reg.Get("overview")
	if err != nil {
		t.Fatal(err)
	}
	params, err := q.Values(nil)
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]int{}
	for _, op := range profile(t, db, q, params) {
		names[op.Name]++
		if op.Name == "AllNodesScan" || op.Name == "DirectedAllRelationshipsScan" {
			t.Errorf("overview scans everything: %+v", op)
		}
	}
	if names["NodeCountFromCountStore"] != len(graph.Labels) || names["RelationshipCountFromCountStore"] != len(graph.RelTypes) {
		t.Errorf("overview: got %d node and %d relationship counts from the count store, want %d and %d",
			names["NodeCountFromCountStore"], names["RelationshipCountFromCountStore"], len(graph.Labels), len(graph.RelTypes))
	}
}

func TestParsePlan(t *testing.T) {
	const plan = `Planner COST

+---------------------+----+-----------------------------------+----------------+------+---------+
| Operator            | Id | Details                           | Estimated Rows | Rows | DB Hits |
+---------------------+----+-----------------------------------+----------------+------+---------+
| +ProduceResults     |  0 | n                                 |              1 |    2 |       0 |
| |                   +----+-----------------------------------+----------------+------+---------+
| +Apply              |  1 |                                   |              1 |    2 |       0 |
| |\                  +----+-----------------------------------+----------------+------+---------+
| | +NodeByLabelScan  |  2 | n:Event                           |            142 |    0 |       0 |
| |                   +----+-----------------------------------+----------------+------+---------+
| +NodeUniqueIndexSeek|  3 | UNIQUE n:Person(id) WHERE id =    |              1 |    2 |       3 |
| |                   |    | $entity                           |                |      |         |
+---------------------+----+-----------------------------------+----------------+------+---------+
`
	ops, err := parsePlan(plan)
	if err != nil {
		t.Fatal(err)
	}
	want := []planOp{
		{"ProduceResults", "n", 2}, {"Apply", "", 2}, {"NodeByLabelScan", "n:Event", 0},
		{"NodeUniqueIndexSeek", "UNIQUE n:Person(id) WHERE id = $entity", 2},
	}
	if fmt.Sprint(ops) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", ops, want)
	}
	if _, err := parsePlan("no table"); err == nil {
		t.Error("parsePlan of no table: got no error")
	}
}
