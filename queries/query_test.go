package queries_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

const goodQuery = `// name: stances-toward
// description: Who holds a stance toward an entity
// param: target string — name, alias or id
// param: polarity string = "" -- positive, negative or ""
// param: min_score float = 0.5
// param: types list<string> = ["Person", "Source"] — holder labels
// param: from date = null — first day
// param: direct bool = false
// param: limit int=25
// example: target="Donald Trump" polarity=positive
//
// A note, and a "$quoted" word that is no parameter.
MATCH (h)-[s:STANCE]->(t {name: $target}) // $comment is no parameter either
WHERE ($polarity = '' OR s.polarity = $polarity) AND s.score >= $min_score
  AND any(l IN labels(h) WHERE l IN $types) AND ($from IS NULL OR s.article >= $from)
  AND $direct IS NOT NULL /* $block comment */ AND h.name <> '$notaparam'
RETURN h.name AS holder LIMIT $limit
`

func TestParse(t *testing.T) {
	q, err := queries.Parse("queries/stances-toward.cypher", []byte(goodQuery))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := []queries.Param{
		{Name: "target", Type: queries.String, Required: true, Description: "name, alias or id"},
		{Name: "polarity", Type: queries.String, Default: "", Description: `positive, negative or ""`},
		{Name: "min_score", Type: queries.Float, Default: 0.5},
		{Name: "types", Type: queries.StringList, Default: []string{"Person", "Source"}, Description: "holder labels"},
		{Name: "from", Type: queries.Date, Default: nil, Description: "first day"},
		{Name: "direct", Type: queries.Bool, Default: false},
		{Name: "limit", Type: queries.Int, Default: int64(25)},
	}
	if diff := cmp.Diff(want, q.Params); diff != "" {
		t.Errorf("params mismatch (-want +got):\n%s", diff)
	}
	if q.Name != "stances-toward" || q.Description != "Who holds a stance toward an entity" {
		t.Errorf("got name %q, description %q", q.Name, q.Description)
	}
	if want := `A note, and a "$quoted" word that is no parameter.`; q.Notes != want {
		t.Errorf("got notes %q, want %q", q.Notes, want)
	}
	if diff := cmp.Diff(map[string]string{"target": "Donald Trump", "polarity": "positive"}, q.Example); diff != "" {
		t.Errorf("example mismatch (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(q.Cypher, "MATCH (h)") || q.Text != goodQuery {
		t.Errorf("got Cypher %q..., want the text after the header; Text must be the whole file", q.Cypher[:20])
	}
	if got, want := strings.Join(q.ExampleArgs(), " "), `-p 'target=Donald Trump' -p polarity=positive`; got != want {
		t.Errorf("got example args %q, want %q", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	header := "// name: q\n// description: d\n"
	tests := []struct {
		name string
		file string
		src  string
		line int
		want string
	}{
		{"no name", "q.cypher", "// description: d\nRETURN 1", 1, "no `// name: q` line"},
		{"name differs from file", "x/other.cypher", header + "RETURN 1", 1, "name q differs from the file name other.cypher"},
		{"bad name", "Q.cypher", "// name: Q\n// description: d\nRETURN 1", 1, `name "Q" must be lower-case`},
		{"no description", "q.cypher", "// name: q\nRETURN 1", 1, "no `// description: ...` line"},
		{"two descriptions", "q.cypher", header + "// description: e\nRETURN 1", 3, "second description line"},
		{"unknown type", "q.cypher", header + "// param: n integer\nRETURN $n", 3, `unknown type "integer"`},
		{"no type", "q.cypher", header + "// param: n\nRETURN $n", 3, "no type for n"},
		{"bad name of param", "q.cypher", header + "// param: 1n int\nRETURN 1", 3, `"1n" is not a parameter name`},
		{"ill-typed default", "q.cypher", header + "// param: n int = \"5\"\nRETURN $n", 3, `default "5" of a int parameter must be a whole number`},
		{"bad date default", "q.cypher", header + "// param: d date = \"2020-13-01\"\nRETURN $d", 3, `must be null or a "YYYY-MM-DD" string`},
		{"list default of numbers", "q.cypher", header + "// param: l list<string> = [1]\nRETURN $l", 3, "must be a JSON array of strings"},
		{"not JSON", "q.cypher", header + "// param: s string = abc\nRETURN $s", 3, "must be a JSON value"},
		{"junk after default", "q.cypher", header + "// param: s string = \"\" junk\nRETURN $s", 3, `unexpected "junk"`},
		{"twice", "q.cypher", header + "// param: n int\n// param: n int\nRETURN $n", 4, "parameter n declared twice"},
		{"undeclared", "q.cypher", header + "MATCH (n)\nWHERE n.x = $x\nRETURN n", 4, "uses $x, which the header does not declare"},
		{"unused", "q.cypher", header + "// param: n int\nRETURN 1", 1, "parameter n is declared but the query never uses $n"},
		{"unterminated string", "q.cypher", header + "RETURN 'abc", 3, "unterminated ' quote"},
		{"empty body", "q.cypher", header + "\n// only a comment\n", 3, "no Cypher after the header"},
		{"example of unknown parameter", "q.cypher", header + "// param: n int\n// example: m=1\nRETURN $n", 4, "example: parameter m: no such parameter"},
		{"example missing a required one", "q.cypher", header + "// param: n int\n// param: s string\n// example: n=1\nRETURN $n, $s", 5, "example: parameter s: missing"},
		{"example ill-typed", "q.cypher", header + "// param: n int\n// example: n=x\nRETURN $n", 4, `example: parameter n: "x" is not an int`},
		{"example not key=value", "q.cypher", header + "// param: n int\n// example: n\nRETURN $n", 4, `"n" is not key=value`},
		{"not UTF-8", "q.cypher", header + "RETURN '\xff'", 0, "not UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := queries.Parse(tt.file, []byte(tt.src))
			var perr *graph.ParseError
			if !errors.As(err, &perr) {
				t.Fatalf("got error %v (%T), want a *graph.ParseError", err, err)
			}
			if perr.File != tt.file || perr.Line != tt.line {
				t.Errorf("got position %s:%d, want %s:%d", perr.File, perr.Line, tt.file, tt.line)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestValues(t *testing.T) {
	q, err := queries.Parse("stances-toward.cypher", []byte(goodQuery))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		given map[string]string
		want  map[string]any
		err   string // part of the error, "" for none
	}{
		{
			name:  "defaults",
			given: map[string]string{"target": "Trump"},
			want: map[string]any{"target": "Trump", "polarity": "", "min_score": 0.5, "types": []string{"Person", "Source"},
				"from": nil, "direct": false, "limit": int64(25)},
		},
		{
			name: "every type given",
			given: map[string]string{"target": "person:donald-trump", "polarity": "negative", "min_score": " 0.75",
				"types": "Person, Country,", "from": "2016-11-08", "direct": "yes", "limit": "7"},
			want: map[string]any{"target": "person:donald-trump", "polarity": "negative", "min_score": 0.75,
				"types": []string{"Person", "Country"}, "from": "2016-11-08", "direct": true, "limit": int64(7)},
		},
		{
			name:  "empty list, JSON list, null date",
			given: map[string]string{"target": "", "types": `["a,b"]`, "from": ""},
			want: map[string]any{"target": "", "polarity": "", "min_score": 0.5, "types": []string{"a,b"},
				"from": nil, "direct": false, "limit": int64(25)},
		},
		{name: "missing required", given: map[string]string{}, err: "query stances-toward: parameter target: missing (a string is required)"},
		{name: "unknown", given: map[string]string{"target": "x", "taget": "y"}, err: "parameter taget: no such parameter"},
		{name: "bad int", given: map[string]string{"target": "x", "limit": "ten"}, err: `parameter limit: "ten" is not an int`},
		{name: "bad float", given: map[string]string{"target": "x", "min_score": "NaN"}, err: `"NaN" is not a float`},
		{name: "bad bool", given: map[string]string{"target": "x", "direct": "maybe"}, err: `"maybe" is not a bool`},
		{name: "bad date", given: map[string]string{"target": "x", "from": "8 Nov 2016"}, err: `"8 Nov 2016" is not a date (YYYY-MM-DD`},
		{name: "bad list", given: map[string]string{"target": "x", "types": "[1, 2]"}, err: "is not a list<string>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := q.Values(tt.given)
			if tt.err != "" {
				var pe *queries.ParamError
				if !errors.As(err, &pe) || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("got error %v, want a *ParamError containing %q", err, tt.err)
				}
				if hint := pe.Hint(); !strings.Contains(hint, "-p target string (required) — name, alias or id") ||
					!strings.Contains(hint, `-p types list<string> = ["Person","Source"] — holder labels`) {
					t.Errorf("hint does not list the parameters:\n%s", hint)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("values mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseAssignments(t *testing.T) {
	got, err := queries.ParseAssignments([]string{"a=1", "b=", "c=x=y"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"a": "1", "b": "", "c": "x=y"}, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	for _, bad := range [][]string{{"a"}, {"=1"}, {"a=1", "a=2"}} {
		if _, err := queries.ParseAssignments(bad); err == nil {
			t.Errorf("ParseAssignments(%q): got no error", bad)
		}
	}
}

func TestCypherLiteral(t *testing.T) {
	tests := []struct {
		v    any
		want string
	}{
		{nil, "null"},
		{"it's a \\ test\n", `'it\'s a \\ test\n'`},
		{int64(25), "25"},
		{0.0, "0.0"},
		{0.25, "0.25"},
		{true, "true"},
		{[]string{"Person", "O'Brien"}, `['Person', 'O\'Brien']`},
		{[]string{}, "[]"},
	}
	for _, tt := range tests {
		if got := queries.CypherLiteral(tt.v); got != tt.want {
			t.Errorf("CypherLiteral(%#v): got %s, want %s", tt.v, got, tt.want)
		}
	}
}

func TestRegistry(t *testing.T) {
	reg, err := queries.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	user := fstest.MapFS{
		"my-query.cypher":    {Data: []byte("// name: my-query\n// description: mine\nRETURN 1 AS one")},
		"notes.txt":          {Data: []byte("not a query")},
		"sub/nested.cypher":  {Data: []byte("// name: nested\n// description: not read\nRETURN 1")},
		"another-one.cypher": {Data: []byte("// name: another-one\n// description: also mine\n// param: n int = 1\nRETURN $n")},
	}
	if err := reg.Add(user, "mine"); err != nil {
		t.Fatalf("Add: %v", err)
	}
	q, err := reg.Get("my-query")
	if err != nil {
		t.Fatal(err)
	}
	if q.File != "mine/my-query.cypher" || q.Builtin {
		t.Errorf("got File %q, Builtin %v; want mine/my-query.cypher, false", q.File, q.Builtin)
	}
	if _, err := reg.Get("nested"); err == nil {
		t.Error("a query in a subdirectory was read; want only the directory's own files")
	}
	if b, _ := reg.Get("overview"); b == nil || !b.Builtin {
		t.Error("overview is not a built-in query")
	}

	t.Run("name taken", func(t *testing.T) {
		clash := fstest.MapFS{
			"fine.cypher":     {Data: []byte("// name: fine\n// description: d\nRETURN 1")},
			"overview.cypher": {Data: []byte("// name: overview\n// description: mine\nRETURN 1")},
		}
		err := reg.Add(clash, "dir")
		if err == nil || !strings.Contains(err.Error(), "dir/overview.cypher: a query named overview already exists (built in): rename the file") {
			t.Fatalf("got %v, want a clash with the built-in overview", err)
		}
		if _, err := reg.Get("fine"); err == nil {
			t.Error("a query of a directory with a bad file was added; want none of it")
		}
	})

	t.Run("bad file", func(t *testing.T) {
		bad := fstest.MapFS{"broken.cypher": {Data: []byte("// name: broken\n// description: d\n// param: n int\nRETURN 1")}}
		err := reg.Add(bad, "dir")
		var perr *graph.ParseError
		if !errors.As(err, &perr) || perr.File != "dir/broken.cypher" {
			t.Fatalf("got %v, want a *graph.ParseError in dir/broken.cypher", err)
		}
	})

	t.Run("not found", func(t *testing.T) {
		tests := []struct{ name, want string }{
			{"stance-toward", `no saved query named "stance-toward"; did you mean stances-toward?`},
			{"claims", `no saved query named "claims"; did you mean claims-about or claims-by?`},
			{"zzzzzzzz", `no saved query named "zzzzzzzz"`},
		}
		for _, tt := range tests {
			_, err := reg.Get(tt.name)
			var nf *queries.NotFoundError
			if !errors.As(err, &nf) || err.Error() != tt.want {
				t.Errorf("Get(%q): got %v, want %q", tt.name, err, tt.want)
				continue
			}
			if !errors.Is(err, queries.ErrNotFound) || !strings.Contains(nf.Hint(), "anonymous-claims, another-one, articles-with-both") {
				t.Errorf("Get(%q): hint %q does not list the queries", tt.name, nf.Hint())
			}
		}
	})
}

// TestBuiltin checks the shipped queries: at least 15, each described and
// with an example that binds, and one for each question the issue lists.
func TestBuiltin(t *testing.T) {
	reg, err := queries.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	list := reg.List()
	if len(list) < 15 {
		t.Errorf("got %d built-in queries, want at least 15", len(list))
	}
	for _, q := range list {
		if len(q.Description) < 20 {
			t.Errorf("%s: description %q is too short to say what it does", q.Name, q.Description)
		}
		if _, err := q.ExampleValues(); err != nil {
			t.Errorf("%s: the example does not bind: %v", q.Name, err)
		}
		for _, p := range q.Params {
			if p.Description == "" && p.Name != "limit" {
				t.Errorf("%s: parameter %s has no description", q.Name, p.Name)
			}
		}
	}
	// The questions of the issue, and the query answering each.
	for question, name := range map[string]string{
		"most-mentioned entities by type, date range, outlet": "top-entities",
		"neighbourhood of one entity":                         "neighbourhood",
		"everything one speaker claimed":                      "claims-by",
		"stances toward a target":                             "stances-toward",
		"claims on anonymous sources":                         "anonymous-claims",
		"outlet → speaker matrix":                             "outlet-speakers",
		"countries mentioned together":                        "country-pairs",
		"shortest connection of two entities":                 "shortest-path",
		"an entity's timeline":                                "timeline",
		"opposite polarity toward one target":                 "opposing-stances",
		"stance changing over time":                           "stance-changes",
		"events and who is involved":                          "event-participants",
		"articles mentioning X and Y":                         "articles-with-both",
		"overview of the graph":                               "overview",
	} {
		if _, err := reg.Get(name); err != nil {
			t.Errorf("%s: %v", question, err)
		}
	}
}
