package queries_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/newsgraph/newsgraph/queries"
)

func sampleResult() *queries.Result {
	trump := dbtype.Node{ElementId: "1", Labels: []string{"Person"}, Props: map[string]any{"id": "person:donald-trump", "name": "Donald Trump"}}
	src := dbtype.Node{ElementId: "2", Labels: []string{"Source"}, Props: map[string]any{"description": "senior regional official"}}
	return &queries.Result{
		Columns: []string{"holder", "score", "n", "authors", "published", "evidence"},
		Rows: [][]any{
			{src, 0.7, int64(3), []any{"Andrey Pertsev", "Meduza staff"}, nil, "he's \"sympathetic\"\nto Trump"},
			{trump, -0.6, int64(12), []any{}, "2016-11-08", "Trump is an impulsive, unpredictable person, a businessman"},
		},
	}
}

func TestWriteTable(t *testing.T) {
	var b bytes.Buffer
	if err := sampleResult().WriteTable(&b, 0); err != nil {
		t.Fatal(err)
	}
	want := `┌──────────────────────────┬───────┬────┬──────────────────────────────┬────────────┬────────────────────────────────────────────────────────────┐
│ holder                   │ score │ n  │ authors                      │ published  │ evidence                                                   │
├──────────────────────────┼───────┼────┼──────────────────────────────┼────────────┼────────────────────────────────────────────────────────────┤
│ senior regional official │   0.7 │  3 │ Andrey Pertsev, Meduza staff │            │ he's "sympathetic" to Trump                                │
│ Donald Trump             │  -0.6 │ 12 │                              │ 2016-11-08 │ Trump is an impulsive, unpredictable person, a businessman │
└──────────────────────────┴───────┴────┴──────────────────────────────┴────────────┴────────────────────────────────────────────────────────────┘
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("table mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteTableFits(t *testing.T) {
	for _, width := range []int{120, 80, 60} {
		var b bytes.Buffer
		if err := sampleResult().WriteTable(&b, width); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if len(lines) != 6 {
			t.Errorf("width %d: got %d lines, want 6:\n%s", width, len(lines), b.String())
		}
		for _, ln := range lines {
			if n := utf8.RuneCountInString(ln); n > width {
				t.Errorf("width %d: got a line of %d columns:\n%s", width, n, ln)
			}
		}
		if !strings.Contains(b.String(), "…") {
			t.Errorf("width %d: no cell was cut:\n%s", width, b.String())
		}
		if !strings.Contains(b.String(), "│   0.7 │") {
			t.Errorf("width %d: a narrow column was cut:\n%s", width, b.String())
		}
	}
}

func TestWriteTableNoRows(t *testing.T) {
	var b bytes.Buffer
	r := &queries.Result{Columns: []string{"a", "b"}}
	if err := r.WriteTable(&b, 80); err != nil {
		t.Fatal(err)
	}
	if want := "a  b\n(no rows)\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func TestWriteCSV(t *testing.T) {
	var b bytes.Buffer
	if err := sampleResult().WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	want := `holder,score,n,authors,published,evidence
senior regional official,0.7,3,"[""Andrey Pertsev"",""Meduza staff""]",,"he's ""sympathetic""
to Trump"
Donald Trump,-0.6,12,[],2016-11-08,"Trump is an impulsive, unpredictable person, a businessman"
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("csv mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := sampleResult().WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	want := `[
  {"holder": {"labels":["Source"],"properties":{"description":"senior regional official"}}, "score": 0.7, "n": 3, "authors": ["Andrey Pertsev","Meduza staff"], "published": null, "evidence": "he's \"sympathetic\"\nto Trump"},
  {"holder": {"labels":["Person"],"properties":{"id":"person:donald-trump","name":"Donald Trump"}}, "score": -0.6, "n": 12, "authors": [], "published": "2016-11-08", "evidence": "Trump is an impulsive, unpredictable person, a businessman"}
]
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("json mismatch (-want +got):\n%s", diff)
	}
	var rows []map[string]any
	if err := json.Unmarshal(b.Bytes(), &rows); err != nil || len(rows) != 2 {
		t.Errorf("output is not a JSON array of 2 objects: %v", err)
	}

	b.Reset()
	if err := (&queries.Result{Columns: []string{"a"}}).WriteJSON(&b); err != nil || b.String() != "[]\n" {
		t.Errorf("no rows: got %q, %v; want \"[]\\n\"", b.String(), err)
	}
}

func TestParseFormat(t *testing.T) {
	for _, s := range []string{"table", "csv", "json"} {
		if f, err := queries.ParseFormat(s); err != nil || string(f) != s {
			t.Errorf("ParseFormat(%q): got %q, %v", s, f, err)
		}
	}
	if _, err := queries.ParseFormat("xml"); err == nil || !strings.Contains(err.Error(), "want table, csv or json") {
		t.Errorf("ParseFormat(xml): got %v, want an error naming the formats", err)
	}
}
