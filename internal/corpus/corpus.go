// Package corpus finds the shared research data that sits beside the
// repository (../shared: the news corpus and the gold annotations) for tests
// and benchmarks, and reads its articles.
package corpus

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// Record is one article of the corpus JSON Lines files.
type Record struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Outlet    string   `json:"outlet"`
	Published string   `json:"published"`
	URL       string   `json:"url"`
	Authors   []string `json:"authors"`
	Text      string   `json:"text"`
}

// Files are the corpus files, smallest first.
var Files = []string{"basil.jsonl", "bbc.jsonl", "allsides.jsonl"}

// SharedDir returns the shared data directory: $NEWSGRAPH_SHARED when set,
// else the first "shared" folder beside the working directory or one of its
// parents (the repository sits next to it).
func SharedDir() (string, error) {
	if d := os.Getenv("NEWSGRAPH_SHARED"); d != "" {
		return d, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		cand := filepath.Join(filepath.Dir(dir), "shared")
		if st, err := os.Stat(filepath.Join(cand, "corpus")); err == nil && st.IsDir() {
			return cand, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("shared data not found: put the shared folder (corpus/, gold/) beside the repository or set NEWSGRAPH_SHARED")
		}
		dir = parent
	}
}

// Dir returns the corpus directory, or fails the test.
func Dir(tb testing.TB) string {
	tb.Helper()
	d, err := SharedDir()
	if err != nil {
		tb.Fatal(err)
	}
	return filepath.Join(d, "corpus")
}

// GoldDir returns the dev gold directory, or fails the test.
func GoldDir(tb testing.TB) string {
	tb.Helper()
	d, err := SharedDir()
	if err != nil {
		tb.Fatal(err)
	}
	return filepath.Join(d, "gold", "dev")
}

// Each calls fn for every record of the named corpus file, in order, until
// fn returns false.
func Each(path string, fn func(*Record) bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<20)
	for line := 1; ; line++ {
		raw, err := r.ReadBytes('\n')
		if len(raw) > 0 {
			var rec Record
			if jerr := json.Unmarshal(raw, &rec); jerr != nil {
				return fmt.Errorf("%s:%d: %w", path, line, jerr)
			}
			if !fn(&rec) {
				return nil
			}
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
}

// Sample returns up to n records taken evenly from all corpus files (the
// first n/3 of each), for benchmarks on real articles.
func Sample(tb testing.TB, n int) []*Record {
	tb.Helper()
	dir := Dir(tb)
	var out []*Record
	per := (n + len(Files) - 1) / len(Files)
	for _, f := range Files {
		k := 0
		err := Each(filepath.Join(dir, f), func(r *Record) bool {
			out = append(out, r)
			k++
			return k < per && len(out) < n
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	return out
}

// Find returns the record with the given id from the named corpus file.
func Find(tb testing.TB, file, id string) *Record {
	tb.Helper()
	var found *Record
	err := Each(filepath.Join(Dir(tb), file), func(r *Record) bool {
		if r.ID == id {
			found = r
			return false
		}
		return true
	})
	if err != nil {
		tb.Fatal(err)
	}
	if found == nil {
		tb.Fatalf("record %s not found in %s", id, file)
	}
	return found
}
