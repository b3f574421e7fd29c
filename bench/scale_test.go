package bench_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/bench"
)

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestScaleCorpus(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.jsonl", `{"id":"a1","text":"one <b>"}`+"\n\n"+`{"id":"a2","text":"two","extra":[1,2]}`+"\n"+`{"id":"a3","text":"three"}`)
	b := writeFile(t, dir, "b.jsonl", `{"text":"bee","id":"b1"}`+"\n")
	for _, tc := range []struct {
		name string
		n    int
		want []string // id and text of each article
	}{
		{"prefix mixes the files", 3, []string{"a1 one <b>", "b1 bee", "a2 two"}},
		{"one pass", 4, []string{"a1 one <b>", "b1 bee", "a2 two", "a3 three"}},
		{"repeated with fresh ids", 10, []string{
			"a1 one <b>", "b1 bee", "a2 two", "a3 three",
			"a1~r1 one <b>", "b1~r1 bee", "a2~r1 two", "a3~r1 three",
			"a1~r2 one <b>", "b1~r2 bee",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			n, size, err := bench.ScaleCorpus(&buf, []string{a, b}, tc.n)
			if err != nil {
				t.Fatal(err)
			}
			if n != tc.n || size != int64(buf.Len()) {
				t.Errorf("got %d articles, %d bytes; want %d articles, %d bytes", n, size, tc.n, buf.Len())
			}
			var got []string
			for _, line := range strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n") {
				var rec struct{ ID, Text string }
				if err := json.Unmarshal([]byte(line), &rec); err != nil {
					t.Fatalf("line %q: %v", line, err)
				}
				got = append(got, rec.ID+" "+rec.Text)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("first pass copies lines as they are", func(t *testing.T) {
		var buf bytes.Buffer
		if _, _, err := bench.ScaleCorpus(&buf, []string{b}, 1); err != nil {
			t.Fatal(err)
		}
		if got, want := buf.String(), `{"text":"bee","id":"b1"}`+"\n"; got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("repeats keep the other fields", func(t *testing.T) {
		var buf bytes.Buffer
		if _, _, err := bench.ScaleCorpus(&buf, []string{a}, 5); err != nil {
			t.Fatal(err)
		}
		last := strings.Split(buf.String(), "\n")[4]
		var got map[string]any
		if err := json.Unmarshal([]byte(last), &got); err != nil {
			t.Fatal(err)
		}
		want := map[string]any{"id": "a2~r1", "text": "two", "extra": []any{1.0, 2.0}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("repeated article (-want +got):\n%s", diff)
		}
	})
	for _, tc := range []struct {
		name, content, wantErr string
	}{
		{"empty corpus", "\n\n", "no article"},
		{"article without id", `{"text":"x"}`, "without an id"},
		{"not JSON", `{"id":"x"}` + "\nnot json\n", "bad.jsonl:2: not a JSON object"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := writeFile(t, t.TempDir(), "bad.jsonl", tc.content)
			_, _, err := bench.ScaleCorpus(&bytes.Buffer{}, []string{f}, 5)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("got error %v, want one containing %q", err, tc.wantErr)
			}
		})
	}
}
