package bench_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/bench"
)

func sampleReport() *bench.Report {
	s := time.Second
	return &bench.Report{
		Start:   time.Date(2026, 1, 2, 3, 4, 0, 0, time.UTC),
		Machine: "linux/amd64, 2 CPUs",
		Corpora: []bench.Corpus{{Name: "full", Articles: 8000, Bytes: 40e6}, {Name: "scaled", Articles: 100000, Bytes: 500e6}},
		Startup: bench.Usage{Wall: s, CPU: s / 2, PeakRSS: 30e6},
		Extract: []bench.ExtractResult{
			{Corpus: "full", Articles: 8000, Bytes: 40e6, Cores: 1, Usage: bench.Usage{Wall: 10 * s, CPU: 8 * s, PeakRSS: 40e6}},
			{Corpus: "full", Articles: 8000, Bytes: 40e6, Cores: 2, Usage: bench.Usage{Wall: 5 * s, CPU: 9 * s, PeakRSS: 50e6}},
			{Corpus: "scaled", Articles: 100000, Bytes: 500e6, Cores: 2, Usage: bench.Usage{Wall: 60 * s, CPU: 110 * s, PeakRSS: 100e6}},
		},
		Loads: []bench.LoadResult{
			{Corpus: "full", Route: bench.RouteLoad, Documents: 8000, Time: 50 * s, Nodes: 400000, Rels: 600000},
			{Corpus: "full", Route: bench.RouteNaive, Documents: 8000, Time: 400 * s, Nodes: 400000, Rels: 600000},
			{Corpus: "full", Route: bench.RouteLoadCSV, Documents: 8000, Time: 25 * s, Nodes: 400000, Rels: 600001,
				Phases: []bench.Phase{{Name: "export", Time: 5 * s}, {Name: "load", Time: 20 * s}, {Name: "indexes", Time: 5 * s}}},
			{Corpus: "full", Route: bench.RouteAdmin, Documents: 8000, Time: 20 * s, Nodes: 400000, Rels: 600000,
				Phases: []bench.Phase{{Name: "export", Time: 5 * s}, {Name: "stop", Time: 5 * s}, {Name: "import", Time: 10 * s},
					{Name: "start", Time: 30 * s}, {Name: "after-import", Time: 6 * s}, {Name: "indexes", Time: 4 * s}}},
			{Corpus: "scaled", Route: bench.RouteNaive, Skipped: "--skip"},
			{Corpus: "scaled", Route: bench.RouteAdmin, Documents: 100000, Time: 100 * s, Nodes: 4e6, Rels: 8e6,
				Phases: []bench.Phase{{Name: "export", Time: 20 * s}, {Name: "stop", Time: 5 * s}, {Name: "import", Time: 80 * s},
					{Name: "start", Time: 10 * s}, {Name: "after-import", Time: 12 * s}, {Name: "indexes", Time: 8 * s}}},
			{Corpus: "scaled", Route: bench.RouteLoad, Documents: 100000, Time: 125 * s, Nodes: 4e6, Rels: 8e6, Bulk: true,
				Phases: []bench.Phase{{Name: "export", Time: 12 * s}, {Name: "stop", Time: 5 * s}, {Name: "import", Time: 80 * s},
					{Name: "start", Time: 10 * s}, {Name: "after-import", Time: 12 * s}, {Name: "indexes", Time: 8 * s}}},
			{Corpus: "scaled", Route: bench.RouteBolt, Documents: 100000, Time: 280 * s, Nodes: 4e6, Rels: 8e6},
		},
		Small: []bench.SmallResult{
			{Name: bench.SmallUnchanged, Corpus: "scaled", Articles: 100000, Runs: 1, Median: 4 * s},
			{Name: bench.SmallSample, Articles: 47, Runs: 3, Median: 2500 * time.Millisecond},
			{Name: bench.SmallOne, Articles: 1, Runs: 3, Median: 180 * time.Millisecond},
		},
		Queries: []bench.QueryResult{
			{Name: "overview", Corpus: "scaled", Runs: 20, Rows: 3, P50: 20 * time.Millisecond, P95: 40 * time.Millisecond, Max: 50 * time.Millisecond},
			{Name: "timeline", Corpus: "scaled", Runs: 20, Rows: 9, P50: 90 * time.Millisecond, P95: 250 * time.Millisecond, Max: 300 * time.Millisecond},
		},
	}
}

func TestRatios(t *testing.T) {
	want := []string{
		"[NOT met] extraction of the full corpus: 1,000 articles per CPU-second on 1 core, 1,066 without the start-up (target ≥ 2,000)",
		"[NOT met] peak RSS on 2 core(s): 50.0 MB for 8,000 articles, 100.0 MB for 100,000 (×2.00; target: does not grow with the corpus)",
		"[NOT met] full: newsgraph load is 8.0× the naive loader's nodes+rels/s (target ≥ 10×)",
		"[NOT met] full: newsgraph load takes 2.50× the time of neo4j-admin import (import + after-import + indexes: 20.0 s; target ≤ 1.2×); " +
			"5.0× the import command alone (10.0 s); 0.91× the way from the CSV files with the server's stop and start (stop, import, start, after-import, indexes: 55.0 s); 0.83× the whole way from documents (export, stop, import, start, after-import, indexes: 60.0 s)",
		"[-] full: newsgraph load takes 2.0× the time of LOAD CSV (25.0 s)",
		"[-] scaled: newsgraph load --bulk never (over Bolt) takes 2.8× the time of neo4j-admin import (280.0 s)",
		"[NOT met] scaled: newsgraph load (bulk) takes 1.25× the time of neo4j-admin import (import + after-import + indexes: 100.0 s; target ≤ 1.2×); " +
			"1.6× the import command alone (80.0 s); 1.09× the way from the CSV files with the server's stop and start (stop, import, start, after-import, indexes: 115.0 s); 0.93× the whole way from documents (export, stop, import, start, after-import, indexes: 135.0 s)",
		"[met] 100,000 articles extracted (60 s on all cores) and loaded (125 s): 3m5s (target < 10m0s)",
		"[met] re-loading the 100,000 articles of the scaled corpus, unchanged, skips 25,000 articles/s (4.0 s; target ≥ 20,000/s)",
		"[NOT met] the 47-article sample built (newsgraph build) in 2.50 s on a warm server (target < 2s)",
		"[met] a 1-article load (newsgraph load) takes 180 ms on a warm server (target < 300 ms)",
		"[NOT met] saved queries on the scaled graph: 1 of 2 under the target; the slowest p95 is timeline's, 250 ms (target < 100 ms)",
	}
	got := sampleReport().Ratios(bench.DefaultTargets)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ratios (-want +got):\n%s", diff)
	}
}

func TestWriteTable(t *testing.T) {
	var buf bytes.Buffer
	if err := sampleReport().WriteTable(&buf, bench.DefaultTargets); err != nil {
		t.Fatal(err)
	}
	// columns are aligned with runs of spaces: compare with single ones
	squash := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	out := buf.String()
	for _, want := range []string{
		"newsgraph bench, 2026-01-02 03:04 UTC, linux/amd64, 2 CPUs",
		"corpus scaled: 100,000 articles, 500.0 MB",
		"full 8,000 1 10.0 800 1,000 4.0 5.0 40.0 MB",
		"scaled 100,000 2 60.0 1,666 909 8.3 4.5 100.0 MB",
		"full newsgraph load 8,000 50.0 400,000 600,000 20,000 8.0×",
		"full naive MERGE 8,000 400.0 400,000 600,000 2,500 1.0×",
		"full neo4j-admin import 8,000 20.0 400,000 600,000 50,000 20.0×",
		"full, neo4j-admin import: export 5.0 s, stop 5.0 s, import 10.0 s, start 30.0 s, after-import 6.0 s, indexes 4.0 s",
		"scaled, naive MERGE: not run: --skip",
		"start-up (extracting a one-word article, 1 core): 0.50 CPU-s, 30.0 MB peak RSS; included above",
		"warning: LOAD CSV on full made 400000 nodes and 600001 relationships, newsgraph load 400000 and 600000",
		"timeline 9 20 90.0 250.0 300.0",
		"scaled newsgraph load (bulk) 100,000 125.0 4,000,000 8,000,000 96,000",
		"scaled newsgraph load (Bolt) 100,000 280.0 4,000,000 8,000,000 42,857",
		"scaled, newsgraph load (bulk): export 12.0 s, stop 5.0 s, import 80.0 s, start 10.0 s, after-import 12.0 s, indexes 8.0 s",
		"SMALL LOADS (newsgraph as a user runs it, start-up included, on a warm server; the median of the runs)",
		"sample build 47 3 2.500 18",
		"1-article load 1 3 0.180 5",
		"unchanged re-load 100,000 1 4.000 25,000",
		"RATIOS AND TARGETS [NOT met] extraction of the full corpus",
	} {
		if !strings.Contains(squash(out), want) {
			t.Errorf("table lacks %q; got:\n%s", want, out)
		}
	}
}
