package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// showCLI runs newsgraph with args in-process, stdin read from the file
// stdin when it is not "", and returns the exit code, stdout and stderr.
func showCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	if stdin != "" {
		f, err := os.Open(stdin)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		old := os.Stdin
		os.Stdin = f
		defer func() { os.Stdin = old }()
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), append([]string{"newsgraph"}, args...), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

const showText = "Russian President Vladimir Putin said on Monday that the talks would go on. " +
	"\"We are ready,\" Putin told reporters in Moscow. Tom & Jerry <script>alert(1)</script> were not there."

// showFixtures writes an article in several shapes, its document, and a
// gold annotation of it, into a temporary folder.
func showFixtures(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"talks.txt": "Talks go on\n\n" + showText + "\n",
		"other.txt": "Talks go on\n\nSomething else entirely, said Vladimir Putin on Monday.\n",
		"two.jsonl": `{"id":"t1","title":"Talks go on","outlet":"Meduza","text":"` + strings.ReplaceAll(showText, `"`, `\"`) + `"}` + "\n" + `{"id":"t2","title":"Second","text":"Officials did not comment."}` + "\n",
		"talks.gold.json": `{"doc": "talks", "text_file": "talks.txt", "meta": {"title": "Talks go on", "outlet": "", "authors": []},
  "entities": [{"type": "Person", "name": "Vladimir Putin", "aliases": ["Putin"]}, {"type": "Country", "name": "Russia", "aliases": ["Russian", "Moscow"]}],
  "claims": [{"speaker": "Vladimir Putin", "kind": "direct", "cue": "told", "snippet": "We are ready"}],
  "stances": [], "relations": [{"subject": "Vladimir Putin", "predicate": "LEADER_OF", "object": "Russia", "evidence": "Russian President Vladimir Putin"}]}`,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := showCLI(t, "", "-q", "extract", filepath.Join(dir, "talks.txt"))
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	if err := os.WriteFile(filepath.Join(dir, "talks.doc.jsonl"), []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestShow(t *testing.T) {
	dir := showFixtures(t)
	p := func(name string) string { return filepath.Join(dir, name) }
	marked := `<mark class="m t-Person" data-entity="person:vladimir-putin"`
	escaped := `Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt; were not there.`
	tests := []struct {
		name     string
		stdin    string
		args     []string
		wantCode int
		want     []string // in stdout
		wantNot  []string // not in stdout
		wantErr  []string // in stderr
	}{
		{name: "an article, to stdout", args: []string{"show", p("talks.txt")},
			want: []string{"<!DOCTYPE html>", "<h1>Talks go on</h1>", marked, escaped, `class="claim direct"`}},
		{name: "one article of several, by id", args: []string{"show", "--id", "t1", p("two.jsonl")},
			want: []string{"<h1>Talks go on</h1>", "<dd>Meduza</dd>", marked}},
		{name: "flags after the input", args: []string{"show", p("two.jsonl"), "--id", "article:t2"},
			want: []string{"<h1>Second</h1>"}},
		{name: "a document has no text", args: []string{"show", p("talks.doc.jsonl")},
			want:    []string{"<h1>Talks go on</h1>", "A document does not carry its article&#39;s text", `<li data-entity="person:vladimir-putin">`},
			wantNot: []string{marked}},
		{name: "a document with its article", args: []string{"show", "--article", p("talks.txt"), p("talks.doc.jsonl")},
			want: []string{marked, escaped}},
		{name: "a document on stdin", stdin: p("talks.doc.jsonl"), args: []string{"show", "-"},
			want: []string{"<h1>Talks go on</h1>", `<li data-entity="person:vladimir-putin">`}},
		{name: "an article on stdin", stdin: p("talks.txt"), args: []string{"show", "-"},
			want: []string{marked, escaped}},
		{name: "against the gold, its article found through the gold", args: []string{"show", "--gold", p("talks.gold.json")},
			want: []string{`<section id="gold"`, marked, `<tr class="total"><th>Claims</th>`}},
		{name: "against the gold, a document and the gold's text", args: []string{"show", "--gold", p("talks.gold.json"), p("talks.doc.jsonl")},
			want: []string{`<section id="gold"`, marked}},

		{name: "no input", args: []string{"show"}, wantCode: exitUsage,
			wantErr: []string{"newsgraph: show: give an article file, a document file or - for stdin"}},
		{name: "two inputs", args: []string{"show", p("talks.txt"), p("other.txt")}, wantCode: exitUsage,
			wantErr: []string{"show: give one article, not 2 inputs"}},
		{name: "several articles and no id", args: []string{"show", p("two.jsonl")}, wantCode: exitFailure,
			wantErr: []string{"holds several articles (t1, t2, ...)", "hint: pick one with --id ID, e.g. --id t1"}},
		{name: "no such id", args: []string{"show", "--id", "t9", p("two.jsonl")}, wantCode: exitFailure,
			wantErr: []string{`no article with id "t9"`, "hint: check --id"}},
		{name: "no such file", args: []string{"show", p("missing.txt")}, wantCode: exitFailure,
			wantErr: []string{"missing.txt: no such file or directory", "hint: check the path of INPUT"}},
		{name: "a document with another article", args: []string{"show", "--article", p("other.txt"), p("talks.doc.jsonl")}, wantCode: exitFailure,
			wantErr: []string{"the text is not the one the document was extracted from", "hint: give --article the article the document was extracted from"}},
		{name: "a bad gold file", args: []string{"show", "--gold", p("talks.txt")}, wantCode: exitFailure,
			wantErr: []string{"hint: fix the gold file"}},
		{name: "--open to stdout", args: []string{"show", "--open", "--html", "-", p("talks.txt")}, wantCode: exitUsage,
			wantErr: []string{"--open needs a file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := showCLI(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Fatalf("got exit %d, want %d; stderr:\n%s", code, tt.wantCode, errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("stdout does not hold %s", w)
				}
			}
			for _, w := range tt.wantNot {
				if strings.Contains(out, w) {
					t.Errorf("stdout holds %s", w)
				}
			}
			for _, w := range tt.wantErr {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr does not hold %q; got:\n%s", w, errs)
				}
			}
			if tt.wantCode != 0 && (out != "" || strings.Count(errs, "newsgraph: ") != 1) {
				t.Errorf("a failure should print nothing on stdout and one error on stderr; got stdout %.80q, stderr:\n%s", out, errs)
			}
		})
	}
}

func TestShowHTMLFile(t *testing.T) {
	dir := showFixtures(t)
	page := filepath.Join(dir, "page.html")
	code, out, errs := showCLI(t, "", "show", "--html", page, filepath.Join(dir, "talks.txt"))
	if code != 0 || out != "" {
		t.Fatalf("got exit %d and stdout %.80q, want 0 and nothing; stderr:\n%s", code, out, errs)
	}
	if want := "newsgraph: show: wrote " + page + "\n"; errs != want {
		t.Errorf("got stderr %q, want %q", errs, want)
	}
	data, err := os.ReadFile(page)
	if err != nil || !strings.Contains(string(data), `data-entity="person:vladimir-putin"`) {
		t.Errorf("the page file does not hold the marked article (%v)", err)
	}
}

func TestShowOpen(t *testing.T) {
	dir := showFixtures(t)
	// A browser that writes down what it was asked to open.
	opened := filepath.Join(dir, "opened")
	browser := filepath.Join(dir, "browser.sh")
	if err := os.WriteFile(browser, []byte("#!/bin/sh\necho \"$1\" > "+opened+".tmp && mv "+opened+".tmp "+opened+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BROWSER", browser)
	page := filepath.Join(dir, "page.html")
	code, _, errs := showCLI(t, "", "-q", "show", "--open", "--html", page, filepath.Join(dir, "talks.txt"))
	if code != 0 {
		t.Fatalf("got exit %d, want 0; stderr:\n%s", code, errs)
	}
	var got []byte
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if got, _ = os.ReadFile(opened); len(got) > 0 {
			break
		}
	}
	if want := "file://" + page + "\n"; string(got) != want {
		t.Errorf("the browser opened %q, want %q", got, want)
	}

	t.Setenv("BROWSER", filepath.Join(dir, "no-such-browser"))
	code, _, errs = showCLI(t, "", "-q", "show", "--open", filepath.Join(dir, "talks.txt"))
	if code != exitFailure || !strings.Contains(errs, "newsgraph: show: open the page in a web browser:") ||
		!strings.Contains(errs, "hint: set BROWSER to your browser's command, or install xdg-utils (xdg-open); the page is at "+os.TempDir()) {
		t.Errorf("without a browser: got exit %d and stderr:\n%s", code, errs)
	}
	if i := strings.Index(errs, "the page is at "); i >= 0 {
		os.Remove(strings.TrimSpace(errs[i+len("the page is at "):]))
	}
}
