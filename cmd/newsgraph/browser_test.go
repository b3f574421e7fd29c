package main

import (
	"archive/zip"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/queries/browser"
)

// editorOf reads the editor text out of a Browser URL as Neo4j Browser
// does: '+' is a space, the URL is decoded once, arg= runs to '&' or '#'.
func editorOf(t *testing.T, u string) string {
	t.Helper()
	dec, err := url.PathUnescape(strings.ReplaceAll(u, "+", " "))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`[?&]arg=([^&#]*)`).FindStringSubmatch(dec)
	if m == nil {
		t.Fatalf("no arg= in %s", u)
	}
	return m[1]
}

func TestBrowserCommand(t *testing.T) {
	t.Setenv("NEO4J_URI", "neo4j://db.example:7687")
	t.Setenv("NEO4J_USERNAME", "reader")
	t.Setenv("NEO4J_DATABASE", "news")
	t.Setenv("NEO4J_PASSWORD", "s3cret-password")
	t.Setenv("NEWSGRAPH_NEO4J_HTTP_URL", "")
	t.Setenv("NEWSGRAPH_QUERY_DIR", "")
	ctx := context.Background()
	reg, err := queries.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	q, err := reg.Get("claims-by")
	if err != nil {
		t.Fatal(err)
	}
	params, err := browser.ParamScript(q)
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name       string
		args       []string
		wantURL    string // prefix
		wantEditor string
		wantStderr string
	}{
		{
			name:       "starter",
			args:       []string{"browser"},
			wantURL:    "http://db.example:7474/browser/?dbms=neo4j%3A%2F%2Freader%40db.example%3A7687&db=news&cmd=edit&arg=",
			wantEditor: browser.Starter,
			wantStderr: "Open it, log in as reader with the Neo4j password, and press Ctrl+Enter to run what is in the editor.\n",
		},
		{
			name:       "saved query",
			args:       []string{"browser", "--http", "https://browser.example/base/", "--query", "claims-by"},
			wantURL:    "https://browser.example/base/browser/?dbms=",
			wantEditor: params,
			wantStderr: "It sets the parameters; then run the query claims-by",
		},
		{
			name:       "style",
			args:       []string{"browser", "--style", "--uri", "bolt://other:7687"},
			wantURL:    "http://other:7474/browser/?dbms=bolt%3A%2F%2Freader%40other%3A7687&db=news&cmd=edit&arg=%3Astyle%20node%20%7B",
			wantEditor: browser.StyleCommand(),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(ctx, tt.args...)
			if code != exitOK {
				t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
			}
			u := strings.TrimSuffix(stdout, "\n")
			if strings.Contains(u, "\n") || !strings.HasPrefix(u, tt.wantURL) {
				t.Errorf("got stdout %q, want one URL starting %q", stdout, tt.wantURL)
			}
			if got := editorOf(t, u); got != tt.wantEditor {
				t.Errorf("Browser's editor would hold\n%s\nwant\n%s", got, tt.wantEditor)
			}
			if !strings.Contains(stderr, tt.wantStderr) {
				t.Errorf("stderr does not contain %q:\n%s", tt.wantStderr, stderr)
			}
			if strings.Contains(stdout+stderr, "s3cret-password") {
				t.Error("the output reveals the password")
			}
		})
	}

	code, stdout, stderr := runCLI(ctx, "--quiet", "browser")
	if code != exitOK || stderr != "" || !strings.HasPrefix(stdout, "http://db.example:7474/browser/") {
		t.Errorf("--quiet: exit code %d, stdout %q, stderr %q; want the URL alone", code, stdout, stderr)
	}

	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"browser", "--query", "nope"}, `newsgraph: browser: no saved query named "nope"`},
		{[]string{"browser", "--query", "overview", "--style"}, "newsgraph: browser: --query and --style both fill the editor: give one"},
		{[]string{"browser", "--http", "localhost:7474"}, `newsgraph: browser: browser address "localhost:7474" is not an http:// or https:// URL`},
		{[]string{"browser", "extra"}, `newsgraph: browser: unexpected argument "extra"`},
	} {
		code, _, stderr := runCLI(ctx, bad.args...)
		if code != exitUsage || !strings.Contains(stderr, bad.want) {
			t.Errorf("%v: exit code %d, stderr %q; want %d and %q", bad.args, code, stderr, exitUsage, bad.want)
		}
	}
}

func TestBrowserExport(t *testing.T) {
	t.Setenv("NEWSGRAPH_QUERY_DIR", "")
	dir := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCLI(context.Background(), "browser", "export", dir)
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	reg, err := queries.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	files, err := browser.Files(reg.List())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "wrote "+dir+": newsgraph.grass, newsgraph-favorites.zip and ") {
		t.Errorf("stderr %q does not say what was written", stderr)
	}
	grass, err := os.ReadFile(filepath.Join(dir, "newsgraph.grass"))
	if err != nil || string(grass) != string(browser.Style()) {
		t.Errorf("newsgraph.grass is not the style sheet (%v)", err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join(dir, "scripts", name))
		if err != nil || string(got) != want {
			t.Errorf("scripts/%s: got %q (%v), want the script", name, got, err)
		}
	}
	zr, err := zip.OpenReader(filepath.Join(dir, "newsgraph-favorites.zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if len(zr.File) != len(files) {
		t.Errorf("the zip holds %d files, want %d", len(zr.File), len(files))
	}
	if code, _, stderr := runCLI(context.Background(), "browser", "export"); code != exitUsage || !strings.Contains(stderr, "give one directory") {
		t.Errorf("no directory: exit code %d, stderr %q", code, stderr)
	}
}
