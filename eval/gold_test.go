package eval

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/internal/corpus"
)

// TestLoadGoldDirDev reads the real dev gold annotations.
func TestLoadGoldDirDev(t *testing.T) {
	golds, err := LoadGoldDir(corpus.GoldDir(t))
	if err != nil {
		t.Fatal(err)
	}
	type summary struct {
		Doc, TextFile, CorpusFile                                  string
		Entities, Sources, Claims, Stances, Relations, Boilerplate int
	}
	var got []summary
	for _, g := range golds {
		s := summary{Doc: g.Doc, TextFile: g.TextFile, CorpusFile: g.CorpusFile, Entities: len(g.Entities),
			Claims: len(g.Claims), Stances: len(g.Stances), Relations: len(g.Relations), Boilerplate: len(g.Boilerplate)}
		for _, e := range g.Entities {
			if e.Type == "Source" {
				s.Sources++
			}
		}
		if filepath.Base(g.Path) != g.Doc+GoldSuffix {
			t.Errorf("Path = %q, want a file named %s%s", g.Path, g.Doc, GoldSuffix)
		}
		got = append(got, s)
	}
	// The dev set grows; these three were annotated first and are pinned
	// here, and every file of the folder must load.
	files, err := filepath.Glob(filepath.Join(corpus.GoldDir(t), "*"+GoldSuffix))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(files) || len(got) < 30 {
		t.Errorf("got %d gold articles, want one per *%s file (%d), at least 30", len(got), GoldSuffix, len(files))
	}
	pinned := map[string]summary{
		"allsides-73Wmu4FGtYpyfk6P": {Doc: "allsides-73Wmu4FGtYpyfk6P", CorpusFile: "allsides.jsonl", Entities: 26, Sources: 2, Claims: 17, Stances: 1, Relations: 7, Boilerplate: 2},
		"bbc-politics-189":          {Doc: "bbc-politics-189", CorpusFile: "bbc.jsonl", Entities: 18, Sources: 0, Claims: 21, Stances: 3, Relations: 9, Boilerplate: 0},
		"meduza-kremlin-trump":      {Doc: "meduza-kremlin-trump", TextFile: "meduza-kremlin-trump.txt", Entities: 29, Sources: 7, Claims: 14, Stances: 5, Relations: 5, Boilerplate: 3},
	}
	for _, s := range got {
		want, ok := pinned[s.Doc]
		if !ok {
			continue
		}
		delete(pinned, s.Doc)
		if diff := cmp.Diff(want, s); diff != "" {
			t.Errorf("%s: dev gold summary mismatch (-want +got):\n%s", s.Doc, diff)
		}
	}
	for doc := range pinned {
		t.Errorf("gold article %s missing from the dev set", doc)
	}
}

func TestLoadGold(t *testing.T) {
	g, err := LoadGold("testdata/small.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	want := &Gold{
		Doc:         "small",
		TextFile:    "small.txt",
		Meta:        Meta{Title: "A small article", Outlet: "Test Outlet", Authors: []string{}},
		Boilerplate: []string{"Subscribe to our newsletter"},
		Entities: []GoldEntity{
			{Type: "Person", Name: "Vladimir Putin", Aliases: []string{"Putin"}},
			{Type: "Country", Name: "United States", Aliases: []string{"U.S.", "American"}},
			{Type: "Organization", Name: "Kremlin", Aliases: []string{"Putin’s administration"}},
			{Type: "Source", Name: "source close to the Kremlin", MatchAny: []string{"close to the Kremlin"}},
		},
		Claims: []GoldClaim{
			{Speaker: "Vladimir Putin", Kind: "indirect", Cue: "claimed", Snippet: "hoping for a Harris victory"},
			{Speaker: "source close to the Kremlin", Kind: "direct", Cue: "said", Snippet: "It’s not exactly rational"},
		},
		Stances:   []GoldStance{{Holder: "source close to the Kremlin", Target: "Vladimir Putin", Polarity: "positive", Evidence: "our guy"}},
		Relations: []GoldRelation{{Subject: "Vladimir Putin", Predicate: "LEADER_OF", Object: "Kremlin", Evidence: "President Vladimir Putin"}},
		Path:      "testdata/small.gold.json",
	}
	if diff := cmp.Diff(want, g); diff != "" {
		t.Errorf("LoadGold mismatch (-want +got):\n%s", diff)
	}
	if e := g.Entity("Kremlin"); e == nil || e.Type != "Organization" {
		t.Errorf("Entity(Kremlin) = %+v, want the Organization", e)
	}
	if e := g.Entity("Putin"); e != nil {
		t.Errorf("Entity(Putin) = %+v, want nil (aliases are not names)", e)
	}
}

func TestParseGoldErrors(t *testing.T) {
	const head = `{"doc": "d", "corpus_file": "bbc.jsonl", "meta": {"title": "", "outlet": "", "authors": []}, "boilerplate": [],` + "\n"
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", "x.gold.json: empty file; a gold file holds one JSON object"},
		{"syntax", "{\n  \"doc\": \"d\",\n  \"entities\": [}\n", "x.gold.json:3:17: not a gold annotation: invalid character '}' looking for beginning of value"},
		{"wrong type", "{\n \"doc\": 7}", `x.gold.json:2:10: not a gold annotation: field "doc" has the wrong type (number, want string)`},
		{"unknown field", `{"doc": "d", "alias": []}`, `x.gold.json: not a gold annotation: json: unknown field "alias"`},
		{"two values", "{\"doc\": \"d\", \"corpus_file\": \"c\"}\n{}", "x.gold.json:2: more than one JSON value; a gold file holds one object"},
		{"no doc", `{"corpus_file": "c"}`, `x.gold.json: no "doc": name the article's id`},
		{"both files", `{"doc": "d", "corpus_file": "c", "text_file": "t"}`,
			`x.gold.json: set exactly one of "text_file" (the article's text, relative to the gold file) and "corpus_file" (a corpus JSON Lines file holding a record with id "d")`},
		{"bad type", head + `"entities": [` + "\n" + `{"type": "Person", "name": "A"},` + "\n" + `  {"type": "person", "name": "B"}]}`,
			`x.gold.json:4: entities[1]: type "person" (want one of Person, Outlet, Country, Organization, Event, Source)`},
		{"duplicate name", head + `"entities": [{"type": "Person", "name": "A"},` + "\n" + `{"type": "Country", "name": "A"}]}`,
			`x.gold.json:3: entities[1]: name "A" is used twice; claims, stances and relations refer to entities by name, so names must be unique`},
		{"match_any on a person", head + `"entities": [{"type": "Person", "name": "A", "match_any": ["a"]}]}`,
			`x.gold.json:2: entities[0]: "A": match_any is only for Source entities; use aliases`},
		{"unknown speaker", head + `"entities": [{"type": "Person", "name": "A"}],` + "\n" + `"claims": [` + "\n" + `{"speaker": "B", "kind": "direct", "cue": "", "snippet": "x"}]}`,
			`x.gold.json:4: claims[0]: speaker "B" is not the name of a gold entity; add it to "entities" or fix the spelling`},
		{"bad polarity", head + `"entities": [{"type": "Person", "name": "A"}], "stances": [{"holder": "A", "target": "A", "polarity": "pos"}]}`,
			`x.gold.json:2: stances[0]: polarity "pos" (want "positive" or "negative")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g, err := ParseGold([]byte(tt.in), "x.gold.json")
			if err == nil {
				t.Fatalf("got %+v, want error %q", g, tt.want)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("got error\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

func TestLoadGoldDirErrors(t *testing.T) {
	empty := t.TempDir()
	tests := []struct {
		name, dir string
		want      []string // lines of the error
	}{
		{"missing dir", "testdata/nonexistent", []string{"gold directory: stat testdata/nonexistent: no such file or directory"}},
		{"no gold files", empty, []string{"no *.gold.json files in " + empty}},
		{"duplicate article", "testdata/dup", []string{`testdata/dup/b.gold.json: article "small" is already annotated in testdata/dup/a.gold.json; keep one of the two files`}},
		{"bad files", "testdata/bad", []string{
			`testdata/bad/bad-ref.gold.json:8: entities[1]: type "Persn" (want one of Person, Outlet, Country, Organization, Event, Source)`,
			`testdata/bad/bad-ref.gold.json:12: claims[1]: speaker "Tony Blaire" is not the name of a gold entity; add it to "entities" or fix the spelling`,
			`testdata/bad/bad-ref.gold.json:12: claims[1]: kind "quoted" (want "direct" or "indirect")`,
			`testdata/bad/bad-ref.gold.json:12: claims[1]: empty snippet`,
			`testdata/bad/bad-ref.gold.json:16: relations[0]: predicate "LEADS" (want one of LEADER_OF, AFFILIATED_WITH, WORKS_FOR, MEMBER_OF, LOCATED_IN, PART_OF)`,
			`testdata/bad/syntax.gold.json:5:46: not a gold annotation: invalid character '}' looking for beginning of object key string`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golds, err := LoadGoldDir(tt.dir)
			if err == nil {
				t.Fatalf("got %d golds, want an error", len(golds))
			}
			if diff := cmp.Diff(tt.want, strings.Split(err.Error(), "\n")); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
