package bench_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/bench"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// buildNewsgraph builds the newsgraph command into a temporary directory.
func buildNewsgraph(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "newsgraph")
	out, err := exec.Command("go", "build", "-o", bin, "github.com/newsgraph/newsgraph/cmd/newsgraph").CombinedOutput()
	if err != nil {
		t.Fatalf("build newsgraph: %v\n%s", err, out)
	}
	return bin
}

// TestRunQuick runs the bench as --quick does, on a small corpus, against
// the test Neo4j (which it empties): extraction on one and two cores,
// every load route the test server allows, and a query.
func TestRunQuick(t *testing.T) {
	cfg := neo4jtest.Config(t)
	db := neo4jtest.Open(t)
	files, err := filepath.Glob(filepath.Join(corpus.Dir(t), "*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files: %v", err)
	}
	const articles = 20
	opts := bench.Options{
		Newsgraph: buildNewsgraph(t),
		Corpus:    files,
		WorkDir:   t.TempDir(),
		Sample:    "../sample/articles.jsonl",
		Articles:  articles,
		Cores:     2,
		// LOAD CSV needs the server's import directory, which
		// scripts/neo4j.sh env gives for the local server.
		Server: &bench.Server{Config: cfg, ImportDir: os.Getenv("NEWSGRAPH_NEO4J_IMPORT_DIR")},
		Queries: []bench.Query{{Name: "articles", Run: func(ctx context.Context, db *graph.DB) (int, error) {
			_, recs, err := db.Read(ctx, "MATCH (a:Article) RETURN a.id", nil)
			return len(recs), err
		}}},
		QueryRuns: 3,
	}
	rep, err := bench.Run(context.Background(), opts)
	t.Cleanup(func() { neo4jtest.Reset(t, db) })
	if err != nil {
		t.Fatal(err)
	}

	if len(rep.Extract) != 2 {
		t.Fatalf("got %d extraction runs, want 2 (1 and 2 cores)", len(rep.Extract))
	}
	for i, e := range rep.Extract {
		if e.Cores != i+1 || e.Articles != articles || e.Wall <= 0 || e.CPU <= 0 || e.PeakRSS <= 0 {
			t.Errorf("extraction run %d: got %d cores, %d articles, wall %v, CPU %v, peak RSS %d; want %d cores, %d articles, and positive times and RSS",
				i, e.Cores, e.Articles, e.Wall, e.CPU, e.PeakRSS, i+1, articles)
		}
	}
	ran := map[string]bench.LoadResult{}
	for _, l := range rep.Loads {
		if l.Skipped == "" {
			ran[l.Route] = l
		}
	}
	want := []string{bench.RouteLoad, bench.RouteBolt, bench.RouteNaive}
	if opts.Server.ImportDir != "" {
		want = append(want, bench.RouteLoadCSV)
	}
	ref := ran[bench.RouteLoad]
	if ref.Nodes < articles || ref.Rels <= ref.Nodes/2 {
		t.Errorf("newsgraph load: got %d nodes and %d relationships from %d articles", ref.Nodes, ref.Rels, articles)
	}
	for _, route := range want {
		l, ok := ran[route]
		if !ok {
			t.Errorf("route %s did not run", route)
			continue
		}
		if l.Documents != articles || l.Nodes != ref.Nodes || l.Rels != ref.Rels || l.Time <= 0 {
			t.Errorf("route %s: got %d documents, %d nodes, %d relationships in %v; want %d, %d, %d",
				route, l.Documents, l.Nodes, l.Rels, l.Time, articles, ref.Nodes, ref.Rels)
		}
	}
	if a := rep.Loads[len(rep.Loads)-1]; a.Route != bench.RouteAdmin || a.Skipped == "" {
		t.Errorf("got last route %s (skipped: %q), want neo4j-admin skipped: the bench does not control the test server", a.Route, a.Skipped)
	}
	if len(rep.Queries) != 1 || rep.Queries[0].Err != "" || rep.Queries[0].Rows != articles || rep.Queries[0].Runs != 3 {
		t.Errorf("got queries %+v, want one with %d rows over 3 runs", rep.Queries, articles)
	}

	// The last route, LOAD CSV, wrote the documents' hashes, so that the
	// re-load skips them all; the naive loader does not.
	small := map[string]bench.SmallResult{}
	for _, sm := range rep.Small {
		small[sm.Name] = sm
	}
	for _, w := range []struct {
		name           string
		articles, runs int
	}{{bench.SmallUnchanged, articles, 1}, {bench.SmallSample, 47, 3}, {bench.SmallOne, 1, 3}} {
		if sm := small[w.name]; sm.Articles != w.articles || sm.Runs != w.runs || sm.Median <= 0 {
			t.Errorf("%s: got %+v, want %d articles, %d runs and a positive time", w.name, sm, w.articles, w.runs)
		}
	}
	if opts.Server.ImportDir != "" && len(rep.Notes) > 0 {
		t.Errorf("got notes %q, want none", rep.Notes)
	}

	var buf bytes.Buffer
	if err := rep.WriteTable(&buf, bench.DefaultTargets); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"EXTRACT", "LOAD", "QUERIES", "SMALL LOADS", "RATIOS AND TARGETS", "the naive loader's nodes+rels/s",
		"-article sample built (newsgraph build) in", "a 1-article load (newsgraph load) takes", "unchanged, skips"} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, buf.String())
		}
	}
	if strings.Contains(buf.String(), "warning:") {
		t.Errorf("routes disagree on the graph:\n%s", buf.String())
	}
}
