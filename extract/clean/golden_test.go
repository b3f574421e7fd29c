package clean

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*/want.txt from the current output")

// render shows a Result as the text of a want.txt file: what was found and
// removed, then the body exactly.
func render(r Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "outlet: %q\n", r.Outlet)
	for _, l := range r.Removed {
		fmt.Fprintf(&b, "removed: %q\n", l)
	}
	for _, s := range r.Furniture {
		fmt.Fprintf(&b, "furniture %s [%d:%d]: %q\n", s.Kind, s.Start, s.End, r.Body[s.Start:s.End])
	}
	b.WriteString("----- body -----\n")
	b.WriteString(r.Body)
	b.WriteString("\n")
	return b.String()
}

// TestGolden cleans real excerpts (testdata/<case>/input.txt, with the
// title in title.txt when there is one) and compares with want.txt.
// Run with -update to rewrite want.txt on purpose, then review the diff.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/*/input.txt")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, in := range dirs {
		dir := filepath.Dir(in)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			text, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			title, _ := os.ReadFile(filepath.Join(dir, "title.txt"))
			got := render(CleanWithTitle(string(text), strings.TrimSpace(string(title))))
			wantFile := filepath.Join(dir, "want.txt")
			if *update {
				if err := os.WriteFile(wantFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", wantFile, diff)
			}
		})
	}
}

// sharedDir is the project's shared data folder beside the repository.
const sharedDir = "../../../shared"

// goldCase is the part of a gold annotation file that cleaning must honour.
type goldCase struct {
	Doc         string   `json:"doc"`
	TextFile    string   `json:"text_file"`
	CorpusFile  string   `json:"corpus_file"`
	Boilerplate []string `json:"boilerplate"`
	Meta        struct {
		Title  string `json:"title"`
		Outlet string `json:"outlet"`
	} `json:"meta"`
	Claims []struct {
		Snippet string `json:"snippet"`
	} `json:"claims"`
}

// TestGoldBoilerplate cleans every gold article: each line the gold file
// lists as boilerplate must be gone from the body, and every claim snippet
// must still be in it.
func TestGoldBoilerplate(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir, "gold", "dev", "*.gold.json"))
	if len(files) == 0 {
		t.Skipf("no gold files in %s", sharedDir)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var g goldCase
			if err := json.Unmarshal(data, &g); err != nil {
				t.Fatal(err)
			}
			text := goldText(t, g)
			got := CleanWithTitle(text, g.Meta.Title)
			for _, bp := range g.Boilerplate {
				if strings.Contains(got.Body, bp) {
					t.Errorf("boilerplate %q still in the body", bp)
				}
			}
			for _, c := range g.Claims {
				if !strings.Contains(got.Body, c.Snippet) {
					t.Errorf("claim snippet %q lost from the body", c.Snippet)
				}
			}
			if g.TextFile != "" && got.Outlet != g.Meta.Outlet {
				t.Errorf("Outlet = %q, want %q", got.Outlet, g.Meta.Outlet)
			}
			if strings.Contains(got.Body, g.Meta.Title) && g.Meta.Title != "" {
				t.Errorf("title %q still in the body", g.Meta.Title)
			}
		})
	}
}

func goldText(t *testing.T, g goldCase) string {
	t.Helper()
	if g.TextFile != "" {
		data, err := os.ReadFile(filepath.Join(sharedDir, "gold", "dev", g.TextFile))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	var text string
	found := false
	eachCorpusRecord(t, filepath.Join(sharedDir, "corpus", g.CorpusFile), func(r corpusRecord) bool {
		if r.ID == g.Doc {
			text, found = r.Text, true
			return false
		}
		return true
	})
	if !found {
		t.Fatalf("%s not in %s", g.Doc, g.CorpusFile)
	}
	return text
}

type corpusRecord struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
}

// eachCorpusRecord calls f on each record of a corpus JSON Lines file
// until f returns false.
func eachCorpusRecord(tb testing.TB, path string, f func(corpusRecord) bool) {
	tb.Helper()
	fh, err := os.Open(path)
	if err != nil {
		tb.Skipf("corpus not available: %v", err)
	}
	defer fh.Close()
	r := bufio.NewReaderSize(fh, 1<<20)
	for {
		line, err := r.ReadBytes('\n')
		if len(line) > 0 {
			var rec corpusRecord
			if jerr := json.Unmarshal(line, &rec); jerr != nil {
				tb.Fatalf("%s: %v", path, jerr)
			}
			if !f(rec) {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// corpus is every record of the shared corpus, loaded once.
var corpus struct {
	sync.Once
	recs []corpusRecord
	size int64
}

func loadCorpus(b *testing.B) ([]corpusRecord, int64) {
	corpus.Do(func() {
		files, _ := filepath.Glob(filepath.Join(sharedDir, "corpus", "*.jsonl"))
		for _, f := range files {
			eachCorpusRecord(b, f, func(r corpusRecord) bool {
				corpus.recs = append(corpus.recs, r)
				corpus.size += int64(len(r.Text))
				return true
			})
		}
	})
	if len(corpus.recs) == 0 {
		b.Skip("corpus not available")
	}
	return corpus.recs, corpus.size
}

// BenchmarkClean cleans the whole corpus once per op; MB/s comes from
// b.SetBytes and articles/s is reported as a metric.
func BenchmarkClean(b *testing.B) {
	recs, size := loadCorpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for _, r := range recs {
			CleanWithTitle(r.Text, r.Title)
		}
	}
	n := float64(b.N) * float64(len(recs))
	b.ReportMetric(n/b.Elapsed().Seconds(), "articles/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/n, "cpu-µs/article")
	}
}
