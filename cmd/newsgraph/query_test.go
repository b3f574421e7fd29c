package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/neo4jtest"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/queries/querytest"
)

// queryEnv points the command at the test Neo4j holding the query fixture.
func queryEnv(t *testing.T) {
	t.Helper()
	cfg := neo4jtest.Config(t)
	t.Setenv("NEO4J_URI", cfg.URI)
	t.Setenv("NEO4J_USERNAME", cfg.Username)
	t.Setenv("NEO4J_PASSWORD", cfg.Password)
	t.Setenv("NEO4J_DATABASE", cfg.Database)
	t.Setenv("NEWSGRAPH_QUERY_DIR", "")
	querytest.Load(t)
}

func readCSV(t *testing.T, s string) []map[string]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v\n%s", err, s)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, c := range recs[0] {
			m[c] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func TestQueryList(t *testing.T) {
	t.Setenv("NEWSGRAPH_QUERY_DIR", "")
	ctx := context.Background()
	code, stdout, stderr := runCLI(ctx, "query", "list", "--format", "csv")
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	rows := readCSV(t, stdout)
	reg, err := queries.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(reg.List()) {
		t.Errorf("got %d queries, want %d", len(rows), len(reg.List()))
	}
	for _, r := range rows {
		if r["name"] == "stances-toward" && r["parameters"] != "target [polarity] [min_score] [limit]" {
			t.Errorf("got parameters %q, want target [polarity] [min_score] [limit]", r["parameters"])
		}
	}

	code, stdout, _ = runCLI(ctx, "query", "list", "--width", "70")
	if code != exitOK {
		t.Fatalf("exit code %d", code)
	}
	for _, ln := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if n := utf8.RuneCountInString(ln); n > 70 {
			t.Errorf("got a line of %d columns with --width 70: %s", n, ln)
		}
	}
}

func TestQueryHelpAfterName(t *testing.T) {
	code, stdout, stderr := runCLI(context.Background(), "query", "run", "overview", "--help")
	if code != exitOK || !strings.HasPrefix(stdout, "NAME:\n   newsgraph query run - run a saved query against Neo4j") {
		t.Errorf("exit code %d, stdout %.80q, stderr %q; want the help of query run", code, stdout, stderr)
	}
}

func TestQueryShow(t *testing.T) {
	t.Setenv("NEWSGRAPH_QUERY_DIR", "")
	code, stdout, stderr := runCLI(context.Background(), "query", "show", "stances-toward")
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	for _, want := range []string{
		"stances-toward — Who holds a positive or negative stance toward an entity",
		"(built in)",
		"  -p target string (required) — name, alias or id of the target, any case (see find-entity)\n",
		`  -p polarity string = "" — positive, negative, or "" for both` + "\n",
		"  newsgraph query run stances-toward -p 'target=Donald Trump'\n",
		"MATCH (holder)-[s:STANCE]->(t)",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout does not contain %q:\n%s", want, stdout)
		}
	}
}

func TestQueryRun(t *testing.T) {
	queryEnv(t)
	ctx := context.Background()

	t.Run("csv, flags after the name", func(t *testing.T) {
		code, stdout, stderr := runCLI(ctx, "query", "run", "stances-toward", "-p", "target=Donald Trump", "--format", "csv")
		if code != exitOK {
			t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
		}
		found := false
		for _, r := range readCSV(t, stdout) {
			if r["holder"] == "senior regional official" && r["polarity"] == "positive" && r["outlet"] == "Meduza" && r["authors"] == "[]" && r["published"] == "" {
				found = true
			}
		}
		if !found {
			t.Errorf("no row senior regional official, positive, Meduza in:\n%s", stdout)
		}
	})

	t.Run("json, flags before the name", func(t *testing.T) {
		code, stdout, stderr := runCLI(ctx, "query", "run", "--format", "json", "-p", "speaker=tony blair", "-p", "kind=indirect", "claims-by")
		if code != exitOK {
			t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
		}
		var rows []map[string]any
		if err := json.Unmarshal([]byte(stdout), &rows); err != nil {
			t.Fatalf("output is not JSON: %v\n%s", err, stdout)
		}
		found := false
		for _, r := range rows {
			if r["kind"] != "indirect" {
				t.Errorf("got kind %v, want indirect only", r["kind"])
			}
			if r["cue"] == "warned" && r["speaker"] == "Tony Blair" {
				found = true
			}
		}
		if !found {
			t.Errorf("no claim of Tony Blair with cue warned in %v", rows)
		}
		if !strings.HasPrefix(stdout, "[\n  {\"speaker\": \"Tony Blair\", \"published\": null, \"outlet\": \"BBC News\"") {
			t.Errorf("keys are not in column order: %.120s", stdout)
		}
	})

	t.Run("list parameter with a comma, table", func(t *testing.T) {
		code, stdout, stderr := runCLI(ctx, "query", "run", "neighbourhood", "-p", "entity=Putin", "-p", "types=Person,Country", "--width", "100")
		if code != exitOK {
			t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
		}
		if !strings.Contains(stdout, "│ Vladimir Putin │ Donald Trump") || strings.Contains(stdout, "│ Organization") {
			t.Errorf("table does not hold Putin's neighbours of types Person and Country only:\n%s", stdout)
		}
	})

	usage := []struct {
		name   string
		args   []string
		stderr []string
	}{
		{"no name", []string{"query", "run"}, []string{"newsgraph: query run: give the name of a saved query\nhint: `newsgraph query list` lists them\n"}},
		{"unknown query", []string{"query", "run", "stance-toward"}, []string{
			`newsgraph: query run: no saved query named "stance-toward"; did you mean stances-toward?` + "\n",
			"hint: the saved queries are: anonymous-claims, articles-with-both,"}},
		{"missing parameter", []string{"query", "run", "stances-toward"}, []string{
			"newsgraph: query run: query stances-toward: parameter target: missing (a string is required)\n",
			"hint: stances-toward takes:\n  -p target string (required) — name, alias or id of the target",
			"\n  -p limit int = 50 — most stances listed\n"}},
		{"ill-typed parameter", []string{"query", "run", "stances-toward", "-p", "target=x", "-p", "limit=ten"}, []string{
			`newsgraph: query run: query stances-toward: parameter limit: "ten" is not an int (a whole number such as 25)` + "\n",
			"hint: stances-toward takes:"}},
		{"bad date", []string{"query", "run", "top-entities", "-p", "from=2016-13-01"}, []string{
			`parameter from: "2016-13-01" is not a date (YYYY-MM-DD, such as 2016-11-08)`}},
		{"unknown parameter", []string{"query", "run", "overview", "-p", "tpo=3"}, []string{
			"query overview: parameter tpo: no such parameter\nhint: overview takes:\n  -p top int = 10 — outlets listed\n"}},
		{"not key=value", []string{"query", "run", "overview", "-p", "top"}, []string{`newsgraph: query run: -p: "top" is not key=value`}},
		{"given twice", []string{"query", "run", "overview", "-p", "top=1", "-p", "top=2"}, []string{"-p: parameter top given twice"}},
		{"stray argument", []string{"query", "run", "overview", "top=3"}, []string{
			`newsgraph: query run: unexpected "top=3" after the query name` + "\n" + "hint: parameters are given as -p key=value"}},
		{"bad format", []string{"query", "run", "overview", "--format", "xml"}, []string{`newsgraph: query run: --format: unknown format "xml" (want table, csv or json)`}},
	}
	for _, tt := range usage {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(ctx, tt.args...)
			if code != exitUsage {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, exitUsage, stderr)
			}
			if stdout != "" {
				t.Errorf("got stdout %q, want nothing", stdout)
			}
			for _, w := range tt.stderr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr does not contain %q; got:\n%s", w, stderr)
				}
			}
		})
	}
}

func TestQueryDir(t *testing.T) {
	queryEnv(t)
	ctx := context.Background()
	dir := t.TempDir()
	mine := "// name: articles-of\n// description: The titles of one outlet's articles\n// param: outlet string\n// example: outlet=Meduza\nMATCH (a:Article {outlet: $outlet}) RETURN a.title AS title\n"
	if err := os.WriteFile(filepath.Join(dir, "articles-of.cypher"), []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(ctx, "query", "list", "--dir", dir, "--format", "csv")
	if code != exitOK || !strings.Contains(stdout, "articles-of,outlet,The titles of one outlet's articles\n") {
		t.Errorf("list --dir: exit code %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	code, stdout, stderr = runCLI(ctx, "query", "run", "articles-of", "--dir", dir, "-p", "outlet=Meduza", "-f", "csv")
	if code != exitOK || stdout != "title\n\""+strings.ReplaceAll("Putin administration hoped a Harris win in the U.S. election would lead to another ‘January 6’ but has ‘soft spot’ for Trump, Kremlin insiders say", `"`, `""`)+"\"\n" {
		t.Errorf("run --dir: exit code %d, stdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	t.Setenv("NEWSGRAPH_QUERY_DIR", dir)
	if code, _, stderr := runCLI(ctx, "query", "show", "articles-of"); code != exitOK {
		t.Errorf("NEWSGRAPH_QUERY_DIR: exit code %d; stderr:\n%s", code, stderr)
	}
	t.Setenv("NEWSGRAPH_QUERY_DIR", "")

	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "broken.cypher"), []byte("// name: broken\n// description: d\nMATCH (n) WHERE n.x = $x RETURN n\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI(ctx, "query", "list", "--dir", bad)
	if code != exitFailure || !strings.Contains(stderr, "newsgraph: query list: "+filepath.Join(bad, "broken.cypher")+":3: the query uses $x, which the header does not declare") ||
		!strings.Contains(stderr, "hint: fix the file") {
		t.Errorf("bad file: exit code %d, stderr:\n%s", code, stderr)
	}
	code, _, stderr = runCLI(ctx, "query", "list", "--dir", filepath.Join(bad, "missing"))
	if code != exitFailure || !strings.Contains(stderr, "no such file or directory\nhint: give --dir a directory of .cypher files") {
		t.Errorf("missing dir: exit code %d, stderr:\n%s", code, stderr)
	}
}

func TestQueryBench(t *testing.T) {
	queryEnv(t)
	stances := neo4jtest.Count(t, neo4jtest.Open(t), "MATCH ()-[s:STANCE]->(:Person {id: 'person:donald-trump'}) RETURN count(s)", nil)
	code, stdout, stderr := runCLI(context.Background(), "query", "bench", "overview", "stances-toward", "--runs", "3", "--warmup", "1", "--format", "csv")
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	rows := readCSV(t, stdout)
	if len(rows) != 2 || rows[0]["query"] != "overview" || rows[1]["query"] != "stances-toward" ||
		rows[1]["runs"] != "3" || rows[1]["rows"] != strconv.FormatInt(stances, 10) {
		t.Errorf("got %v, want overview and stances-toward, 3 runs, %d rows of stances", rows, stances)
	}
	for _, r := range rows {
		var ms [4]float64
		for i, k := range []string{"min_ms", "p50_ms", "p95_ms", "max_ms"} {
			var err error
			if ms[i], err = strconv.ParseFloat(r[k], 64); err != nil {
				t.Errorf("%s: got %q, want milliseconds", k, r[k])
			}
		}
		if !(0 < ms[0] && ms[0] <= ms[1] && ms[1] <= ms[2] && ms[2] <= ms[3]) {
			t.Errorf("got min, p50, p95, max %v, want them positive and in order", ms)
		}
	}
	if code, _, stderr := runCLI(context.Background(), "query", "bench", "--runs", "0"); code != exitUsage || !strings.Contains(stderr, "--runs must be at least 1") {
		t.Errorf("--runs 0: exit code %d, stderr %q", code, stderr)
	}
}

func TestRunHint(t *testing.T) {
	q := &queries.Query{Name: "timeline"}
	noIndex := errors.New("run query timeline: Neo4jError: Neo.ClientError.Procedure.ProcedureCallFailed (Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: java.lang.IllegalArgumentException: There is no such fulltext schema index: entity_names)")
	if got := runHint(noIndex, q); !strings.Contains(got, "load a graph first") {
		t.Errorf("got hint %q, want one saying to load a graph", got)
	}
	if got := runHint(errors.New("something else"), q); got != "check the parameters (newsgraph query show timeline)" {
		t.Errorf("got hint %q", got)
	}
}
