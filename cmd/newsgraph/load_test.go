package main

import (
	"bytes"
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

const articlesFile = "../../graph/testdata/articles.jsonl"

// loadEnv points the command at the test Neo4j through the environment, as
// a user would.
func loadEnv(t *testing.T) *graph.DB {
	t.Helper()
	cfg := neo4jtest.Config(t)
	t.Setenv("NEO4J_URI", cfg.URI)
	t.Setenv("NEO4J_USERNAME", cfg.Username)
	t.Setenv("NEO4J_PASSWORD", cfg.Password)
	t.Setenv("NEO4J_DATABASE", cfg.Database)
	db := neo4jtest.Open(t)
	neo4jtest.Reset(t, db)
	return db
}

func runCLI(ctx context.Context, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(ctx, append([]string{"newsgraph"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

// brokenFile writes the three test articles with a bad line after the first.
func brokenFile(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(articlesFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	broken := lines[0] + `{"article": {"id": "article:x"}, "entities": [{"id": "person:x", "type": "Human"}]}` + "\n" + strings.Join(lines[1:], "")
	name := filepath.Join(t.TempDir(), "broken.jsonl")
	if err := os.WriteFile(name, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

func articleIDs(t *testing.T, db *graph.DB) []string {
	t.Helper()
	var ids []string
	for _, r := range neo4jtest.Query(t, db, "MATCH (a:Article) RETURN a.id AS id ORDER BY id", nil) {
		ids = append(ids, r["id"].(string))
	}
	return ids
}

func TestLoad(t *testing.T) {
	db := loadEnv(t)
	ctx := context.Background()
	all := []string{"article:allsides-73Wmu4FGtYpyfk6P", "article:bbc-politics-189", "article:meduza-kremlin-trump"}

	t.Run("good file", func(t *testing.T) {
		neo4jtest.Reset(t, db)
		code, stdout, stderr := runCLI(ctx, "load", articlesFile)
		if code != exitOK {
			t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
		}
		if stdout != "" {
			t.Errorf("got stdout %q, want nothing", stdout)
		}
		const want = "loaded 3 articles: 40 nodes (40 new), 81 relationships (81 new) in "
		if !strings.HasPrefix(stderr, want) || !strings.HasSuffix(stderr, " nodes+relationships/s\n") || strings.Count(stderr, "\n") != 1 {
			t.Errorf("got stderr %q, want one summary line starting %q", stderr, want)
		}
		snap := neo4jtest.MustSnapshot(t, db)
		if snap.Nodes["Claim"] != 10 || snap.Rels["MENTIONS"] != 29 {
			t.Errorf("got %d claims and %d mentions, want 10 and 29", snap.Nodes["Claim"], snap.Rels["MENTIONS"])
		}

		// Again, quietly, from stdin, in batches of one: nothing changes.
		f, err := os.Open(articlesFile)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		saved := os.Stdin
		os.Stdin = f
		defer func() { os.Stdin = saved }()
		code, _, stderr = runCLI(ctx, "--quiet", "load", "--batch-size", "1", "-")
		if code != exitOK || stderr != "" {
			t.Fatalf("load from stdin: exit code %d, stderr %q; want 0 and nothing", code, stderr)
		}
		if diff := cmp.Diff(snap, neo4jtest.MustSnapshot(t, db)); diff != "" {
			t.Errorf("second load changed the graph (-want +got):\n%s", diff)
		}

		// And from the file: every article is skipped, and the summary
		// says so.
		code, _, stderr = runCLI(ctx, "load", articlesFile)
		const again = "loaded 3 articles (3 unchanged, skipped): 0 nodes (0 new), 0 relationships (0 new) in "
		if code != exitOK || !strings.HasPrefix(stderr, again) {
			t.Errorf("third load: exit code %d, stderr %q; want 0 and a summary starting %q", code, stderr, again)
		}
	})

	broken := brokenFile(t)
	badLine := broken + `:2: invalid document article:x: entity 0 ("person:x"): unknown type "Human"`
	tests := []struct {
		name       string
		args       []string
		wantCode   int
		wantStderr []string
		wantIDs    []string
	}{
		{
			name:     "bad line stops the load before its batch is written",
			args:     []string{"load", broken},
			wantCode: exitFailure,
			wantStderr: []string{
				"newsgraph: load: " + broken + ":2: ",
				"hint: nothing of the batch holding this line was written (0 articles loaded before it); fix the line, or skip bad lines with --keep-going\n",
			},
			wantIDs: nil,
		},
		{
			name:     "bad line stops the load, earlier batches stay",
			args:     []string{"load", "--batch-size", "1", broken},
			wantCode: exitFailure,
			wantStderr: []string{
				"newsgraph: load: " + broken + ":2: ",
				"(1 article loaded before it)",
			},
			wantIDs: []string{"article:meduza-kremlin-trump"},
		},
		{
			name:     "keep going skips the bad line",
			args:     []string{"load", "--keep-going", broken},
			wantCode: exitSomeFailed,
			wantStderr: []string{
				"newsgraph: load: skipped " + broken + ":2: ",
				"loaded 3 articles: 40 nodes",
				"newsgraph: load: skipped 1 bad line: some inputs failed\n",
			},
			wantIDs: all,
		},
		{
			name:       "missing file",
			args:       []string{"load", articlesFile, "no-such-file.jsonl"},
			wantCode:   exitFailure,
			wantStderr: []string{"newsgraph: load: stat no-such-file.jsonl: no such file or directory\nhint: "},
		},
		{
			name:       "no file",
			args:       []string{"load"},
			wantCode:   exitUsage,
			wantStderr: []string{"newsgraph: load: give one or more document JSON Lines files"},
		},
		{
			name:       "bad batch size",
			args:       []string{"load", "--batch-size", "0", articlesFile},
			wantCode:   exitUsage,
			wantStderr: []string{"newsgraph: load: --batch-size must be at least 1, not 0\n"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			neo4jtest.Reset(t, db)
			code, _, stderr := runCLI(ctx, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.wantCode, stderr)
			}
			for _, w := range tt.wantStderr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr does not contain %q; got:\n%s", w, stderr)
				}
			}
			if strings.Contains(tt.name, "bad line") && !strings.Contains(stderr, badLine) {
				t.Errorf("stderr does not name the problem %q; got:\n%s", badLine, stderr)
			}
			if diff := cmp.Diff(tt.wantIDs, articleIDs(t, db)); diff != "" {
				t.Errorf("articles in the database mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLoadConnectionErrors(t *testing.T) {
	cfg := neo4jtest.Config(t)
	const secret = "An0ther-distinctive-password"
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	down := "bolt://" + l.Addr().String()
	l.Close()

	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{
			name: "server down",
			env:  map[string]string{"NEO4J_URI": down},
			want: "newsgraph: load: cannot reach Neo4j at " + down + ": connection refused\n" +
				"hint: is it running? start the local one with `scripts/neo4j.sh start` or set NEO4J_URI\n",
		},
		{
			name: "wrong password",
			env:  map[string]string{},
			want: "newsgraph: load: authentication failed for user " + cfg.Username + " at " + cfg.URI + "\n" +
				"hint: check NEO4J_USERNAME and NEO4J_PASSWORD / NEO4J_PASSWORD_FILE\n",
		},
		{
			name: "unknown database",
			env:  map[string]string{"NEO4J_PASSWORD": cfg.Password, "NEO4J_DATABASE": "nosuchdb"},
			want: "newsgraph: load: database \"nosuchdb\" does not exist on " + cfg.URI + "\n" +
				"hint: check NEO4J_DATABASE (Community edition has only \"neo4j\")\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("NEO4J_URI", cfg.URI)
			t.Setenv("NEO4J_USERNAME", cfg.Username)
			t.Setenv("NEO4J_PASSWORD", secret)
			t.Setenv("NEO4J_DATABASE", cfg.Database)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			code, _, stderr := runCLI(context.Background(), "load", articlesFile)
			if code != exitFailure {
				t.Errorf("exit code %d, want %d", code, exitFailure)
			}
			if stderr != tt.want {
				t.Errorf("got stderr %q, want %q", stderr, tt.want)
			}
			if strings.Contains(stderr, secret) {
				t.Errorf("stderr reveals the password: %q", stderr)
			}
		})
	}
}

// TestLoadInterrupted cancels the load while it waits for input after its
// first batch: the load stops before writing anything more and says so.
func TestLoadInterrupted(t *testing.T) {
	db := loadEnv(t)
	data, err := os.ReadFile(articlesFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(data), "\n")
	fifo := filepath.Join(t.TempDir(), "docs.jsonl")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fed := make(chan error, 1)
	go func() {
		f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
		if err != nil {
			fed <- err
			return
		}
		defer f.Close()
		f.WriteString(lines[0])
		// Wait for the first batch (of one) to be written, then
		// interrupt, then send the rest.
		deadline := time.Now().Add(time.Minute)
		for len(articleIDs(t, db)) == 0 && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		cancel()
		f.WriteString(strings.Join(lines[1:], ""))
		fed <- nil
	}()

	code, _, stderr := runCLI(ctx, "load", "--batch-size", "1", fifo)
	if err := <-fed; err != nil {
		t.Fatal(err)
	}
	if code != exitFailure {
		t.Errorf("exit code %d, want %d", code, exitFailure)
	}
	for _, want := range []string{
		"loaded 1 article: ",
		"newsgraph: load: interrupted after loading 1 article\nhint: run the same load again to finish: loading is idempotent\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not contain %q; got:\n%s", want, stderr)
		}
	}
	if diff := cmp.Diff([]string{"article:meduza-kremlin-trump"}, articleIDs(t, db)); diff != "" {
		t.Errorf("articles in the database mismatch (-want +got):\n%s", diff)
	}
}
