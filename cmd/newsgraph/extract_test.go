package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
)

// extractCLI runs newsgraph with args in-process and returns the exit
// code, stdout and stderr.
func extractCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), append([]string{"newsgraph"}, args...), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// extractFixtures writes one small article file per input format.
func extractFixtures(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	const p = "Russian President Vladimir Putin said on Monday that the talks would go on."
	files := map[string]string{
		"plain.txt": "Talks go on\n\n" + p + "\n",
		"notes.md":  "# Talks go on\n\nThe **talks** go on, [officials](https://x.org) said.\n",
		"page.html": "<html><head><title>Talks go on</title><link rel=canonical href=\"https://x.org/talks\"></head><body><article><p>" +
			strings.Repeat(p+" ", 4) + "</p><p>Officials in Kyiv did not comment on the talks on Monday evening.</p></article></body></html>",
		"lines.jsonl": `{"id":"j1","title":"Talks go on","outlet":"Meduza","text":"` + p + `"}` + "\n" + `{"id":"j2","title":"Second","text":"Officials did not comment."}` + "\n",
		"array.json":  `[{"id":"a1","title":"Talks go on","text":"` + p + `"}]`,
		"table.csv":   "id,title,text\nc1,Talks go on,\"" + p + "\"\n",
		"table.tsv":   "id\ttitle\ttext\nt1\tTalks go on\t" + p + "\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// readDocs parses document JSON Lines (or a JSON array) and returns the
// article ids and titles.
func readDocs(t *testing.T, data string) []string {
	t.Helper()
	dr := graph.NewDocumentReader(strings.NewReader(data), "stdout")
	var got []string
	for {
		doc, err := dr.Read()
		if err == io.EOF {
			return got
		}
		if err != nil {
			t.Fatalf("output is not valid document JSON: %v", err)
		}
		got = append(got, doc.Article.ID+" "+doc.Article.Title)
	}
}

func TestExtractFormats(t *testing.T) {
	dir := extractFixtures(t)
	tests := []struct {
		file string
		want []string
	}{
		{"plain.txt", []string{"article:plain Talks go on"}},
		{"notes.md", []string{"article:notes Talks go on"}},
		{"page.html", []string{"article:page Talks go on"}},
		{"lines.jsonl", []string{"article:j1 Talks go on", "article:j2 Second"}},
		{"array.json", []string{"article:a1 Talks go on"}},
		{"table.csv", []string{"article:c1 Talks go on"}},
		{"table.tsv", []string{"article:t1 Talks go on"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			code, stdout, stderr := extractCLI(t, "-q", "extract", filepath.Join(dir, tt.file))
			if code != exitOK {
				t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
			}
			if diff := cmp.Diff(tt.want, readDocs(t, stdout)); diff != "" {
				t.Errorf("documents (-want +got):\n%s", diff)
			}
			if stderr != "" {
				t.Errorf("stderr = %q, want nothing with -q", stderr)
			}
		})
	}
}

func TestExtractDirectoryInOrder(t *testing.T) {
	dir := extractFixtures(t)
	code, stdout, stderr := extractCLI(t, "extract", "--workers", "3", dir)
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	want := []string{"article:a1 Talks go on", "article:j1 Talks go on", "article:j2 Second", "article:notes Talks go on",
		"article:page Talks go on", "article:plain Talks go on", "article:c1 Talks go on", "article:t1 Talks go on"}
	if diff := cmp.Diff(want, readDocs(t, stdout)); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
	summary := regexp.MustCompile(`^extracted 8 articles: \d+ entities, \d+ claims in \d+\.\d s, \d+ articles/s\n$`)
	if !summary.MatchString(stderr) {
		t.Errorf("stderr = %q, want a summary line matching %s", stderr, summary)
	}
}

func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	empty := filepath.Join(dir, "empty.txt")
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(bad, []byte("{\"id\":\"b1\",\"text\":\"One.\"}\n{\"id\": }\n{\"id\":\"b3\",\"text\":\"Three.\"}\n"), 0o644)
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(good, []byte("Fine text here."), 0o644)

	t.Run("keep going", func(t *testing.T) {
		code, stdout, stderr := extractCLI(t, "-q", "extract", "--keep-going", bad, empty, good)
		if code != exitSomeFailed {
			t.Errorf("exit code %d, want %d", code, exitSomeFailed)
		}
		if diff := cmp.Diff([]string{"article:b1 ", "article:b3 ", "article:good "}, readDocs(t, stdout)); diff != "" {
			t.Errorf("documents (-want +got):\n%s", diff)
		}
		want := "newsgraph: extract: skipped " + bad + ":2:8: invalid JSON: invalid character '}' looking for beginning of value\n" +
			"newsgraph: extract: skipped " + empty + ": empty file, no article\n" +
			"newsgraph: extract: skipped 2 bad inputs: some inputs failed\n"
		if diff := cmp.Diff(want, stderr); diff != "" {
			t.Errorf("stderr (-want +got):\n%s", diff)
		}
	})
	t.Run("stop at the first", func(t *testing.T) {
		out := filepath.Join(dir, "docs.jsonl")
		code, _, stderr := extractCLI(t, "-q", "extract", "-o", out, good, bad)
		if code != exitFailure {
			t.Errorf("exit code %d, want %d", code, exitFailure)
		}
		want := "newsgraph: extract: " + bad + ":2:8: invalid JSON: invalid character '}' looking for beginning of value\n" +
			"hint: fix or remove that input, or skip bad inputs with --keep-going (2 articles extracted before it; " + out + " was not written)\n"
		if diff := cmp.Diff(want, stderr); diff != "" {
			t.Errorf("stderr (-want +got):\n%s", diff)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 3 {
			t.Errorf("the directory holds %d files after a failed run, want the 3 inputs only (no output, no temp file)", len(entries))
		}
	})
}

func TestExtractInvalidUTF8Warning(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "u.jsonl")
	os.WriteFile(in, []byte("{\"id\":\"u\",\"text\":\"Caf\xc3\xa9 \xff here.\"}\n"), 0o644)
	code, stdout, stderr := extractCLI(t, "extract", in)
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	if diff := cmp.Diff([]string{"article:u "}, readDocs(t, stdout)); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
	const warning = "newsgraph: extract: warning: 1 article had invalid UTF-8, replaced with U+FFFD (is the input in another encoding?)\n"
	if !strings.HasSuffix(stderr, warning) {
		t.Errorf("stderr = %q, want it to end with %q", stderr, warning)
	}
}

func TestExtractOutputFile(t *testing.T) {
	dir := extractFixtures(t)
	outDir := t.TempDir()
	out := filepath.Join(outDir, "docs.json")
	code, stdout, stderr := extractCLI(t, "-q", "extract", "--format", "json", "-o", out, filepath.Join(dir, "lines.jsonl"))
	if code != exitOK || stdout != "" {
		t.Fatalf("exit code %d and stdout %q, want 0 and nothing; stderr:\n%s", code, stdout, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var docs []graph.Document
	if err := json.Unmarshal(data, &docs); err != nil {
		t.Fatalf("--format json output is not a JSON array of documents: %v", err)
	}
	if len(docs) != 2 || docs[0].Article.ID != "article:j1" || docs[0].Article.Outlet != "Meduza" {
		t.Errorf("got %d documents, first %+v; want 2, the first article:j1 from Meduza", len(docs), docs[0].Article)
	}
	if entries, _ := os.ReadDir(outDir); len(entries) != 1 {
		t.Errorf("the output directory holds %d files, want only docs.json", len(entries))
	}
}

// TestExtractOutputPipe writes to a named pipe, as to /dev/null or
// /dev/stdout: in place, the pipe left a pipe (a temporary file renamed over
// /dev/null once replaced the device with a regular file).
func TestExtractOutputPipe(t *testing.T) {
	dir := extractFixtures(t)
	fifo := filepath.Join(t.TempDir(), "docs.pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	got := make(chan []byte, 1)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		defer f.Close()
		data, _ := io.ReadAll(f)
		got <- data
	}()
	code, _, stderr := extractCLI(t, "-q", "extract", "-o", fifo, filepath.Join(dir, "lines.jsonl"))
	if code != exitOK {
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("after extract -o, %s is %v (err %v), want the named pipe still", fifo, fi.Mode(), err)
	}
	select {
	case data := <-got:
		if docs := readDocs(t, string(data)); len(docs) != 2 {
			t.Errorf("read %d documents from the pipe, want 2", len(docs))
		}
	case <-time.After(10 * time.Second):
		t.Fatal("nothing was written to the pipe")
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("after extract -o, %s is %v (err %v), want the named pipe still", fifo, fi.Mode(), err)
	}
}

func TestExtractUsage(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"extract"}, "newsgraph: extract: give one or more article files or directories, or - for stdin (e.g. newsgraph extract articles.jsonl > docs.jsonl)\n"},
		{[]string{"extract", "--format", "xml", "x.txt"}, "newsgraph: extract: --format must be jsonl or json, not \"xml\"\n"},
		{[]string{"extract", "--workers", "0", "x.txt"}, "newsgraph: extract: --workers must be at least 1, not 0\n"},
		{[]string{"extract", "--input-format", "pdf", "x.txt"}, "newsgraph: extract: --input-format: unknown input format \"pdf\" (want one of text, markdown, html, jsonl, json, csv, tsv)\n"},
		{[]string{"extract", "-", "-"}, "newsgraph: extract: - (stdin) can be given only once\n"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, _, stderr := extractCLI(t, tt.args...)
			if code != exitUsage {
				t.Errorf("exit code %d, want %d", code, exitUsage)
			}
			if stderr != tt.want {
				t.Errorf("stderr = %q, want %q", stderr, tt.want)
			}
		})
	}
}
