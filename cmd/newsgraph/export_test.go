package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exportFiles lists the files of an export directory.
func exportFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestExportUsage(t *testing.T) {
	full := t.TempDir()
	os.WriteFile(filepath.Join(full, "x"), nil, 0o644)
	out := filepath.Join(t.TempDir(), "out")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no directory", []string{"export", articlesFile}, exitUsage, "export: give the output directory with --csv DIR"},
		{"bad --from", []string{"export", "--csv", out, "--from", "nodes", articlesFile}, exitUsage, `--from must be auto, articles or documents, not "nodes"`},
		{"bad delimiter", []string{"export", "--csv", out, "--array-delimiter", ",", articlesFile}, exitUsage, "would break the CSV"},
		{"stdin twice", []string{"export", "--csv", out, "-", "-"}, exitUsage, "- (stdin) can be given only once"},
		{"directory not empty", []string{"export", "--csv", full, articlesFile}, exitFailure, "the directory is not empty (give a new or empty directory)\nhint: remove the directory or give another one with --csv"},
		{"no such input", []string{"export", "--csv", out, "nothere.jsonl"}, exitFailure, "stat nothere.jsonl: no such file or directory"},
		{"a directory read as documents", []string{"export", "--csv", out, "--from", "documents", t.TempDir()}, exitFailure, "is a directory: give document JSON files with --from documents"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCLI(context.Background(), tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("got exit code %d and stderr %q, want %d and %q", code, stderr, tt.code, tt.want)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s was created", out)
			}
		})
	}
}

func TestExportInputs(t *testing.T) {
	text := filepath.Join(t.TempDir(), "putin.txt")
	os.WriteFile(text, []byte("Putin speaks\n\nRussian President Vladimir Putin said on Friday that \"nothing\" had changed, the Kremlin told Reuters.\n"), 0o644)
	docs, err := os.ReadFile(articlesFile)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string // in the summary
		files []string
	}{
		{"document JSON Lines", []string{articlesFile}, "", "exported 3 articles to ", []string{"Article.csv", "STANCE.Source.Country.csv", "import.sh"}},
		{"document JSON on stdin", nil, string(docs), "exported 3 articles to ", []string{"Article.csv", "Claim.csv"}},
		{"an article", []string{text}, "", "exported 1 article to ", []string{"Article.csv", "Person.csv", "MENTIONS.Article.Person.csv"}},
		{"articles and documents", []string{text, articlesFile}, "", "exported 4 articles to ", []string{"Article.csv"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			args := append([]string{"export", "--csv", out}, tt.args...)
			code, stdout, stderr := runCLIWithStdin(t, strings.NewReader(tt.stdin), args...)
			if code != exitOK {
				t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
			}
			if stdout != "" {
				t.Errorf("got stdout %q, want nothing", stdout)
			}
			for _, want := range []string{tt.want, "neo4j-admin database import full neo4j --id-type=string", "--nodes=Article=" + filepath.Join(out, "Article.csv"),
				"cypher-shell -f ", "load-csv.cypher", "newsgraph import "} {
				if !strings.Contains(stderr, want) {
					t.Errorf("summary does not say %q:\n%s", want, stderr)
				}
			}
			names := exportFiles(t, out)
			for _, f := range tt.files {
				if !contains(names, f) {
					t.Errorf("no %s in %v", f, names)
				}
			}
		})
	}
}

// runCLIWithStdin runs newsgraph with stdin read from r.
func runCLIWithStdin(t *testing.T, r io.Reader, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "stdin")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(f, r); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	old := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = old }()
	return runCLI(context.Background(), args...)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestExportKeepGoing: a bad line and an article given twice stop the
// export and leave no directory; with --keep-going they are skipped.
func TestExportKeepGoing(t *testing.T) {
	data, err := os.ReadFile(articlesFile)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSpace(string(data)), "\n")
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte(lines[0]+"{\"article\": {\"id\": \"article:x\"}, \"entities\": [{\"type\": \"Human\"}]}\n"+lines[1]+lines[0]), 0o644)

	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCLI(context.Background(), "export", "--csv", out, bad)
	if code != exitFailure || !strings.Contains(stderr, "bad.jsonl:2: invalid document article:x") ||
		!strings.Contains(stderr, "hint: fix or remove that input, or skip bad inputs with --keep-going (1 article exported before it; "+out+" was not written)") {
		t.Errorf("got exit code %d and stderr:\n%s\nwant 1 and line 2 reported", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("%s was created", out)
	}

	code, _, stderr = runCLI(context.Background(), "export", "-k", "--csv", out, bad)
	for _, want := range []string{
		"newsgraph: export: skipped " + bad + ":2: invalid document article:x",
		"newsgraph: export: skipped " + bad + ":4: article article:meduza-kremlin-trump is already in the export (give each article once)",
		"exported 2 articles to ",
		"newsgraph: export: skipped 2 bad inputs: some inputs failed",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr)
		}
	}
	if code != exitSomeFailed {
		t.Errorf("got exit code %d, want %d", code, exitSomeFailed)
	}
	articles, _ := os.ReadFile(filepath.Join(out, "Article.csv"))
	if n := strings.Count(string(articles), "\"article:"); n != 2 {
		t.Errorf("Article.csv has %d articles, want 2:\n%s", n, articles)
	}
}
