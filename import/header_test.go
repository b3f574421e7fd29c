package importer

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
)

func headerRecord(s string) *record {
	f := strings.Split(s, ",")
	lines := make([]int, len(f))
	for i := range lines {
		lines[i] = 1
	}
	return &record{fields: f, lines: lines, line: 1}
}

func TestKindOf(t *testing.T) {
	for _, tt := range []struct {
		header string
		want   Kind
	}{
		{"id:ID(Person),name", Nodes},
		{":ID(Person),name", Nodes},
		{"name,:LABEL", Nodes},
		{":START_ID(Article),:END_ID(Person),:TYPE", Relationships},
		{"id:ID(Person),:TYPE", Relationships},
		{":type,x", Relationships},
		{"id,title,text", Articles},
		{"id;title;text", Articles},
		{"", Articles},
	} {
		if got := kindOf(strings.Split(tt.header, ",")); got != tt.want {
			t.Errorf("kindOf(%q) = %v, want %v", tt.header, got, tt.want)
		}
	}
}

// TestParseHeaderGood parses the headers the export writes, and hand-made
// variants neo4j-admin reads the same way.
func TestParseHeaderGood(t *testing.T) {
	type result struct {
		Label, Start, End           graph.Label
		ID, LabelAt, StartAt, EndAt int
		TypeAt                      int
		Props                       []string
	}
	tests := []struct {
		header string
		kind   Kind
		want   result
	}{
		{"id:ID(Person),:LABEL,name,aliases:string[],titles:string[]", Nodes,
			result{"Person", "", "", 0, 1, -1, -1, -1, []string{"name", "aliases", "titles"}}},
		{"name, :ID(Person) ,x:IGNORE,titles:string[]", Nodes,
			result{"Person", "", "", 1, -1, -1, -1, -1, []string{"name", "titles"}}},
		{"id:ID(Claim),text,kind,start:int,end:long", Nodes,
			result{"Claim", "", "", 0, -1, -1, -1, -1, []string{"text", "kind", "start", "end"}}},
		{"id:ID(Organization),name,kind:string", Nodes,
			result{"Organization", "", "", 0, -1, -1, -1, -1, []string{"name", "kind"}}},
		{":START_ID(Person),:END_ID(Organization),:TYPE,polarity,score:float,evidence,article,claim", Relationships,
			result{"", "Person", "Organization", -1, -1, 0, 1, 2, []string{"polarity", "score", "evidence", "article", "claim"}}},
		{":TYPE,:END_ID(Claim),:START_ID(Source)", Relationships,
			result{"", "Source", "Claim", -1, -1, 2, 1, 0, nil}},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			h, errs := parseHeader("f.csv", headerRecord(tt.header), tt.kind)
			for _, e := range errs {
				t.Errorf("unexpected problem: %v", e)
			}
			got := result{h.label, h.start, h.end, h.id, h.labelAt, h.startAt, h.endAt, h.typeAt, nil}
			for i, f := range h.fields {
				if f == fieldProp {
					got.Props = append(got.Props, h.cols[i].Name)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseHeaderBad(t *testing.T) {
	tests := []struct {
		header string
		kind   Kind
		want   []string
	}{
		{"id:ID(Person),id:ID(Person),name", Nodes, []string{"f.csv:1:2: second :ID column (the first is column 1); keep one"}},
		{"pid:ID(Person),name", Nodes, []string{`f.csv:1:1: the id column is named "pid": write id:ID(Label) (the model's nodes keep their id in the property id)`}},
		{"id:ID(Person,name", Nodes, []string{`f.csv:1:1: column "id:ID(Person": unclosed parenthesis (write :ID(Label))`, "f.csv:1: no id column: a node file needs id:ID(Label), Label one of Article, Person, Outlet, Country, Organization, Event, Source, Claim"}},
		{"id:ID(Person),,name", Nodes, []string{"f.csv:1:2: empty column name (remove the column, or name it; :IGNORE skips a column)"}},
		{"id:ID(Person),name,name", Nodes, []string{"f.csv:1:3: column name appears twice (columns 2 and 3); keep one"}},
		{"id:ID(Source),name,anonymous:int", Nodes, []string{`f.csv:1:3: column anonymous is a boolean: write anonymous:boolean (neo4j-admin would load "anonymous:int" as int)`}},
		{"id:ID(Claim),text,kind,start:long", Nodes, []string{"f.csv:1: no end:long column: Claim nodes need text, kind, start:long, end:long"}},
		{":START_ID(Article),:END_ID(Person),:TYPE,:LABEL", Relationships, []string{"f.csv:1:4: a :LABEL column in a relationship file (the label of the ends is in :START_ID(Label) and :END_ID(Label))"}},
		{":START_ID,:END_ID(Human),:TYPE", Relationships, []string{
			"f.csv:1:1: the :START_ID column names no label: write :START_ID(Label), one of Article, Person, Outlet, Country, Organization, Event, Source, Claim",
			`f.csv:1:2: unknown label "Human" in :END_ID(Human) (want one of: Article, Person, Outlet, Country, Organization, Event, Source, Claim)`,
		}},
		{":START_ID(Article),:END_ID(Outlet),:TYPE,score:double", Relationships, []string{"f.csv:1:4: column score belongs to no relationship type from Article to Outlet (STANCE has it)"}},
	}
	for _, tt := range tests {
		t.Run(tt.header, func(t *testing.T) {
			_, errs := parseHeader("f.csv", headerRecord(tt.header), tt.kind)
			var got []string
			for _, e := range errs {
				got = append(got, e.Error())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestColumnsCoverFlatten checks the column table against graph.Flatten:
// every property of the records of a rich document has its column, of the
// type of its value, and every required column is set.
func TestColumnsCoverFlatten(t *testing.T) {
	doc := &graph.Document{
		Article: graph.Article{ID: "article:a", Title: "t", URL: "u", Outlet: "O", Published: "2024", Authors: []string{"A B"},
			Language: "en", WordCount: 3, SHA256: "s"},
		Entities: []graph.Entity{
			{ID: "person:p", Type: graph.LabelPerson, Name: "P", Aliases: []string{"Q"}, Titles: []string{"T"}, Mentions: []graph.Mention{{End: 1}}},
			{ID: "org:o", Type: graph.LabelOrganization, Name: "O", Kind: "k"},
			{ID: "country:c", Type: graph.LabelCountry, Name: "C", ISO2: "C", ISO3: "CCC"},
			{ID: "event:e", Type: graph.LabelEvent, Name: "E", Date: "2024"},
			{ID: "source:a:s", Type: graph.LabelSource, Name: "S", Description: "d", Anonymous: true, CloseTo: "org:o"},
		},
		Claims:    []graph.Claim{{ID: "claim:a:1", Speaker: "person:p", Kind: "direct", Cue: "said", Text: "x", Start: 1, End: 2, Sentence: "s", About: []string{"org:o"}}},
		Stances:   []graph.Stance{{Holder: "person:p", Target: "org:o", Polarity: "positive", Score: 0.5, Evidence: "e", Claim: "claim:a:1"}},
		Relations: []graph.Relation{{Subject: "person:p", Predicate: graph.RelWorksFor, Object: "org:o", Evidence: "e"}},
	}
	if err := doc.Validate(); err != nil {
		t.Fatal(err)
	}
	nodes, rels := graph.Flatten(doc)
	check := func(what string, cols []Column, props map[string]any) {
		for k, v := range props {
			c, ok := columnOf(cols, k)
			if !ok {
				t.Errorf("%s: property %s has no column", what, k)
				continue
			}
			if _, err := encode(c, v, DefaultArrayDelimiter); err != nil {
				t.Errorf("%s: %v", what, err)
			}
		}
		for _, c := range cols {
			if _, ok := props[c.Name]; c.Required && !ok {
				t.Errorf("%s: required column %s is not set by Flatten", what, c.Name)
			}
		}
	}
	seen := map[graph.Label]bool{}
	for _, n := range nodes {
		seen[n.Label] = true
		check(string(n.Label), nodeColumns[n.Label], n.Props)
	}
	types := map[graph.RelType]bool{}
	for _, r := range rels {
		types[r.Type] = true
		check(string(r.Type), relColumns[r.Type], r.Props)
		if !joins(r.Type, r.StartLabel, r.EndLabel) {
			t.Errorf("%s from %s to %s is not allowed by Ends", r.Type, r.StartLabel, r.EndLabel)
		}
	}
	if len(seen) != len(graph.Labels) {
		t.Errorf("the document makes nodes of %d labels, want all %d", len(seen), len(graph.Labels))
	}
	if len(types) != 8 {
		t.Errorf("the document makes %d relationship types, want 8", len(types))
	}
}
