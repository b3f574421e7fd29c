package eval

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFindArticles finds gold articles in text files and corpus files, and
// reports those it cannot find.
func TestFindArticles(t *testing.T) {
	root := t.TempDir()
	goldDir := filepath.Join(root, "gold", "dev")
	corpus := filepath.Join(root, "corpus")
	for _, d := range []string{goldDir, corpus} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(path, data string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(goldDir, "one.txt"), "One\n\nPresident Vladimir Putin said so.\n")
	write(filepath.Join(corpus, "c.jsonl"),
		`{"id":"c1","title":"C one","text":"First."}`+"\n"+
			"not json\n"+
			`{"id":"c2","title":"C two","text":"Second."}`+"\n")
	gold := func(doc, text, corpusFile string) *Gold {
		return &Gold{Doc: doc, TextFile: text, CorpusFile: corpusFile, Path: filepath.Join(goldDir, doc+GoldSuffix)}
	}
	golds := []*Gold{
		gold("one", "one.txt", ""),
		gold("c2", "", "c.jsonl"),
		gold("c1", "", "c.jsonl"),
		gold("gone", "gone.txt", ""),
		gold("c3", "", "c.jsonl"),
		gold("x", "", "elsewhere.jsonl"),
	}
	articles, errs := FindArticles(context.Background(), golds, "")
	for doc, text := range map[string]string{"one": "Putin said so", "c1": "First.", "c2": "Second."} {
		if a := articles[doc]; a == nil || !strings.Contains(a.Text, text) {
			t.Errorf("article %s: got %+v, want the one holding %q", doc, a, text)
		}
	}
	if len(articles) != 3 {
		t.Errorf("got %d articles, want 3", len(articles))
	}
	want := []string{
		"gone.gold.json: text_file:",
		"x.gold.json: corpus_file elsewhere.jsonl not found in",
		`c3.gold.json: no record with id "c3" in ` + filepath.Join(corpus, "c.jsonl") + " (which has 1 unreadable lines",
	}
	if len(errs) != len(want) {
		t.Fatalf("got %d errors (%v), want %d", len(errs), errs, len(want))
	}
	for i, w := range want {
		if !strings.Contains(errs[i].Error(), w) {
			t.Errorf("error %d: got %q, want it to hold %q", i, errs[i], w)
		}
	}
	var cf *CorpusFileError
	if !errors.As(errs[1], &cf) || cf.File != "elsewhere.jsonl" || len(cf.Dirs) != 2 {
		t.Errorf("error 1: got %#v, want a *CorpusFileError for elsewhere.jsonl naming two folders", errs[1])
	}

	// --corpus: only there.
	_, errs = FindArticles(context.Background(), golds[1:2], filepath.Join(root, "nowhere"))
	if len(errs) != 1 || !errors.As(errs[0], &cf) {
		t.Errorf("with a corpus dir that lacks the file: got %v, want one *CorpusFileError", errs)
	}
}
