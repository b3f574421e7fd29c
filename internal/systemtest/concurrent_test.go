package systemtest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// TestConcurrentLoads runs two `newsgraph load` processes at once on
// document files that share a third of their articles: the graph must be
// exactly the one a single load of all the articles gives (no twin nodes,
// no duplicated relationships, no claim lost), and both loads must
// succeed, the driver retrying any deadlock between them.
//
// It uses the Neo4j instance of the fault tests rather than the shared test
// server, whose lock (internal/neo4jtest) it would otherwise hold for the
// whole of this long package, keeping other packages waiting.
func TestConcurrentLoads(t *testing.T) {
	in := newTestInstance(t, faultsInstance, faultsBolt, faultsHTTP, "")
	in.start(t)
	db := in.open(t)
	dir := t.TempDir()
	docs := readLines(t, corpusDocuments(t, dir, 300))
	n := len(docs) / 3
	shared, onlyA, onlyB := docs[:n], docs[n:2*n], docs[2*n:]
	env := append(in.cliEnv(), "NEO4J_PASSWORD="+in.password(t), "NEO4J_PASSWORD_FILE=")
	load := func(t *testing.T, files ...string) *process {
		t.Helper()
		return start(t, env, append([]string{"--quiet", "load", "--batch-size", "10"}, files...)...)
	}

	all := writeLines(t, dir, "all.jsonl", docs)
	neo4jtest.Reset(t, db)
	if code, stderr := load(t, all).wait(t); code != exitOK {
		t.Fatalf("single load: exit code %d\n%s", code, stderr)
	}
	want := neo4jtest.MustSnapshot(t, db)

	tests := []struct {
		name    string
		preload []string // loaded before the two loads start
		a, b    []string
	}{
		// Both start on the shared articles, in the same order: they
		// contend for the same articles and entities at the same time.
		{name: "shared articles first", a: concat(shared, onlyA), b: concat(shared, onlyB)},
		// One meets the shared articles in the reverse order of the other.
		{name: "shared articles crossing", a: concat(onlyA, shared), b: concat(reversed(shared), onlyB)},
		// The shared articles are already in the database: both loads
		// replace what they contributed.
		{name: "shared articles reloaded", preload: shared, a: concat(shared, onlyA), b: concat(shared, onlyB)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			neo4jtest.Reset(t, db)
			if tt.preload != nil {
				if code, stderr := load(t, writeLines(t, t.TempDir(), "pre.jsonl", tt.preload)).wait(t); code != exitOK {
					t.Fatalf("preload: exit code %d\n%s", code, stderr)
				}
			}
			d := t.TempDir()
			begin := time.Now()
			a := load(t, writeLines(t, d, "a.jsonl", tt.a))
			b := load(t, writeLines(t, d, "b.jsonl", tt.b))
			codeA, stderrA := a.wait(t)
			codeB, stderrB := b.wait(t)
			t.Logf("two loads of %d and %d documents (%d shared) in %.0f s", len(tt.a), len(tt.b), len(shared), time.Since(begin).Seconds())
			if codeA != exitOK || codeB != exitOK {
				t.Fatalf("exit codes %d and %d, want 0 and 0\nA: %s\nB: %s", codeA, codeB, stderrA, stderrB)
			}
			if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
				t.Errorf("graph of two concurrent loads differs from a single load (-want +got):\n%s", diff)
			}
		})
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

func writeLines(t *testing.T, dir, name string, lines []string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func concat(a, b []string) []string { return append(append([]string{}, a...), b...) }

func reversed(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[len(s)-1-i] = x
	}
	return out
}
