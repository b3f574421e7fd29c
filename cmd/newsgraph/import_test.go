package main

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gocarina/gocsv"
	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

func TestImportUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"import"}, "import: give CSV files or directories"},
		{[]string{"import", "-"}, "import: - (stdin) cannot be imported"},
		{[]string{"import", "--batch-size", "0", "x.csv"}, "import: --batch-size must be at least 1, not 0"},
		{[]string{"import", "--array-delimiter", "\"", "x.csv"}, "import: --array-delimiter: "},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, _, stderr := runCLI(context.Background(), tt.args...)
			if code != exitUsage || !strings.Contains(stderr, tt.want) {
				t.Errorf("got exit code %d and stderr %q, want %d and %q", code, stderr, exitUsage, tt.want)
			}
		})
	}
}

// TestImportExport loads documents, exports them, and imports the export
// into the emptied database: the same graph. Bad rows write nothing, or,
// with --skip-bad-rows, go to the rejects file.
func TestImportExport(t *testing.T) {
	db := loadEnv(t)
	ctx := context.Background()
	if code, _, stderr := runCLI(ctx, "load", articlesFile); code != exitOK {
		t.Fatalf("load: exit code %d:\n%s", code, stderr)
	}
	want := neo4jtest.MustSnapshot(t, db)
	dir := filepath.Join(t.TempDir(), "export")
	if code, _, stderr := runCLI(ctx, "export", "--csv", dir, articlesFile); code != exitOK {
		t.Fatalf("export: exit code %d:\n%s", code, stderr)
	}

	t.Run("export", func(t *testing.T) {
		neo4jtest.Reset(t, db)
		code, stdout, stderr := runCLI(ctx, "import", "--batch-size", "10", dir)
		if code != exitOK || stdout != "" {
			t.Fatalf("exit code %d, stdout %q, want 0 and nothing; stderr:\n%s", code, stdout, stderr)
		}
		if !strings.Contains(stderr, "imported 31 of 31 files: 40 nodes, 81 relationships (40 nodes and 81 relationships new) in ") {
			t.Errorf("summary:\n%s", stderr)
		}
		if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
			t.Errorf("imported graph differs from the loaded one (-load +import):\n%s", diff)
		}
	})

	bad := filepath.Join(t.TempDir(), "people.csv")
	os.WriteFile(bad, []byte("id:ID(Person),:LABEL,name\n\"person:x\",Person,\"X\"\n\"org:y\",Person,\"Y\"\n"), 0o644)
	t.Run("bad rows write nothing", func(t *testing.T) {
		neo4jtest.Reset(t, db)
		code, _, stderr := runCLI(ctx, "import", bad, dir)
		want := "newsgraph: import: " + bad + `:3:1: id "org:y" does not fit label Person (its ids start with "person:")` + "\n" +
			"newsgraph: import: 1 problem in the files; nothing was written\n" +
			"hint: fix them and run the import again, or load the good rows with --skip-bad-rows (the bad ones go to the --rejects file)\n"
		if code != exitFailure || stderr != want {
			t.Errorf("got exit code %d and stderr:\n%s\nwant 1 and:\n%s", code, stderr, want)
		}
		if n := neo4jtest.Count(t, db, "MATCH (n) RETURN count(n)", nil); n != 0 {
			t.Errorf("got %d nodes, want none", n)
		}
	})

	t.Run("dry run", func(t *testing.T) {
		neo4jtest.Reset(t, db)
		code, _, stderr := runCLI(ctx, "import", "--dry-run", bad, dir)
		if code != exitSomeFailed || !strings.Contains(stderr, "checked 32 files in ") ||
			!strings.Contains(stderr, "s: 122 good rows, 1 bad, 1 problem; nothing was written (--dry-run)") {
			t.Errorf("got exit code %d and stderr:\n%s\nwant 3 and the check summarised", code, stderr)
		}
		if n := neo4jtest.Count(t, db, "MATCH (n) RETURN count(n)", nil); n != 0 {
			t.Errorf("got %d nodes, want none", n)
		}
	})

	t.Run("skip bad rows", func(t *testing.T) {
		neo4jtest.Reset(t, db)
		rejects := filepath.Join(t.TempDir(), "rejects.csv")
		code, _, stderr := runCLI(ctx, "import", "--skip-bad-rows", "--rejects", rejects, bad, dir)
		if code != exitSomeFailed || !strings.Contains(stderr, "newsgraph: import: skipped 1 bad row (in "+rejects+"): some inputs failed") {
			t.Errorf("got exit code %d and stderr:\n%s\nwant 3 and the bad row counted", code, stderr)
		}
		data, err := os.ReadFile(rejects)
		if err != nil {
			t.Fatal(err)
		}
		wantRejects := "file,line,column,reason,row\n" +
			bad + `,3,1,"id ""org:y"" does not fit label Person (its ids start with ""person:"")","""org:y"",Person,""Y"""` + "\n"
		if diff := cmp.Diff(wantRejects, string(data)); diff != "" {
			t.Errorf("rejects (-want +got):\n%s", diff)
		}
		if n := neo4jtest.Count(t, db, "MATCH (n:Person {id: 'person:x'}) RETURN count(n)", nil); n != 1 {
			t.Errorf("got %d person:x, want the good row loaded", n)
		}
	})
}

// articleRow is a row of a CSV file of articles, in the columns of the
// JSON Lines corpus.
type articleRow struct {
	ID        string `csv:"id" json:"id"`
	Title     string `csv:"title" json:"title"`
	URL       string `csv:"url" json:"url"`
	Outlet    string `csv:"outlet" json:"outlet"`
	Published string `csv:"published" json:"published"`
	Text      string `csv:"text" json:"text"`
}

// TestImportArticles imports a CSV of real articles: the graph is the one
// newsgraph extract and newsgraph load make of the same file.
func TestImportArticles(t *testing.T) {
	f, err := os.Open("../../../shared/corpus/basil.jsonl")
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	var rows []articleRow
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for len(rows) < 5 && sc.Scan() {
		var r articleRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, r)
	}
	csvFile := filepath.Join(t.TempDir(), "articles.csv")
	data, err := gocsv.MarshalBytes(rows)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(csvFile, data, 0o644)

	db := loadEnv(t)
	ctx := context.Background()
	docs := filepath.Join(t.TempDir(), "docs.jsonl")
	if code, _, stderr := runCLI(ctx, "extract", "-o", docs, csvFile); code != exitOK {
		t.Fatalf("extract: exit code %d:\n%s", code, stderr)
	}
	if code, _, stderr := runCLI(ctx, "load", docs); code != exitOK {
		t.Fatalf("load: exit code %d:\n%s", code, stderr)
	}
	want := neo4jtest.MustSnapshot(t, db)
	neo4jtest.Reset(t, db)
	code, _, stderr := runCLI(ctx, "import", csvFile)
	if code != exitOK || !strings.Contains(stderr, "imported 1 of 1 files: 5 articles, 0 nodes, 0 relationships") {
		t.Fatalf("import: exit code %d, want 0 and 5 articles:\n%s", code, stderr)
	}
	if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
		t.Errorf("imported graph differs from extract | load (-load +import):\n%s", diff)
	}
}
