package importer_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	importer "github.com/newsgraph/newsgraph/import"
)

// writeFiles writes files (name → content) to a new directory and returns
// their paths in name order.
func writeFiles(t *testing.T, files map[string]string) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return dir, paths
}

// problems checks the files and returns the problems as "name:line:col:
// message", with the directory taken off.
func problems(t *testing.T, dir string, paths []string, opts importer.Options, f importer.Finder) (*importer.Plan, []string) {
	t.Helper()
	plan, err := importer.Check(context.Background(), paths, f, opts)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range plan.Problems() {
		out = append(out, strings.ReplaceAll(p.Error(), dir+string(filepath.Separator), ""))
	}
	return plan, out
}

const (
	personHeader = "id:ID(Person),:LABEL,name,aliases:string[],titles:string[]\n"
	orgHeader    = "id:ID(Organization),:LABEL,name,aliases:string[],kind\n"
	mentions     = ":START_ID(Article),:END_ID(Person),:TYPE,count:long,first:long\n"
	stance       = ":START_ID(Person),:END_ID(Organization),:TYPE,polarity,score:double,evidence,article,claim\n"
)

// TestCheckBadInput gives one kind of bad input per case and checks the
// exact problems reported, with file, line and column.
func TestCheckBadInput(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		found []string // ids the database has
		want  []string
	}{
		{
			name:  "unknown label",
			files: map[string]string{"people.csv": "id:ID(Human),name\n\"human:x\",\"X\"\n"},
			want:  []string{`people.csv:1:1: unknown label "Human" in id:ID(Human) (want one of: Article, Person, Outlet, Country, Organization, Event, Source, Claim)`},
		},
		{
			name:  "unknown column",
			files: map[string]string{"people.csv": "id:ID(Person),:LABEL,nmae,aliases:string[]\n\"person:x\",Person,\"X\",\n"},
			want: []string{
				`people.csv:1:3: unknown column "nmae" for label Person (want one of: id, name, aliases, titles)`,
				`people.csv:1: no name column: Person nodes need name`,
			},
		},
		{
			name:  "column of the wrong type",
			files: map[string]string{"people.csv": "id:ID(Person),name,aliases\n"},
			want:  []string{`people.csv:1:3: column aliases is a string[]: write aliases:string[] (neo4j-admin would load "aliases" as string)`},
		},
		{
			name:  "no id column, a label without ID space",
			files: map[string]string{"a.csv": ":LABEL,name\nPerson,X\n", "b.csv": "id:ID,name\n"},
			want: []string{
				"a.csv:1: no id column: a node file needs id:ID(Label), Label one of Article, Person, Outlet, Country, Organization, Event, Source, Claim",
				"b.csv:1:1: the id column names no label: write id:ID(Label), one of Article, Person, Outlet, Country, Organization, Event, Source, Claim",
			},
		},
		{
			name:  "relationship header without type, and a column no type has",
			files: map[string]string{"r.csv": ":START_ID(Person),:END_ID(Claim),count:long\n"},
			want:  []string{"r.csv:1: no :TYPE column"},
		},
		{
			name:  "relationship column of no type between the labels",
			files: map[string]string{"r.csv": ":START_ID(Person),:END_ID(Claim),:TYPE,count:long,nmae\n"},
			want: []string{
				"r.csv:1:4: column count belongs to no relationship type from Person to Claim (MENTIONS has it)",
				`r.csv:1:5: unknown column "nmae" for relationships (want one of: count, first, speaker_type, published, entity, polarity, score, evidence, article, claim)`,
			},
		},
		{
			name: "missing id, id of another label, label of another file",
			files: map[string]string{"people.csv": personHeader +
				",Person,\"X\",,\n" +
				"\"org:acme\",Person,\"Acme\",,\n" +
				"\"person:y\",Organization,\"Y\",,\n"},
			want: []string{
				"people.csv:2:1: missing id",
				`people.csv:3:1: id "org:acme" does not fit label Person (its ids start with "person:")`,
				`people.csv:4:2: label "Organization" in a file of Person nodes (the label is the id column's, id:ID(Person); one label per file)`,
			},
		},
		{
			name: "malformed rows",
			files: map[string]string{"people.csv": personHeader +
				"\"person:a\",Person,\"A\"\n" +
				"\"person:b\",Person,\"B \"quoted\"\",,\n" +
				"\"person:c\",Person,B\"C,,\n" +
				"\"person:d\",Person,\"D\",,\n"},
			want: []string{
				"people.csv:2: row has 3 fields, the header 5 (an unquoted comma or line break in a field? quote the field)",
				`people.csv:3:3: text after the closing quote of a quoted field (a quote inside a field is written "")`,
				`people.csv:4:3: stray quote in an unquoted field (quote the whole field, and write a quote inside it as "")`,
			},
		},
		{
			name:  "a quote never closed keeps the whole file out",
			files: map[string]string{"people.csv": personHeader + "\"person:a\",Person,\"A\",,\n\"person:b\",Person,\"B,,\n\nperson:c,Person,C,,\n"},
			want:  []string{`people.csv:3:3: quoted field not closed: the quote opened on line 3 runs to the end of the file (close it; a quote inside a field is written "")`},
		},
		{
			name: "bad values",
			files: map[string]string{
				"claims.csv": "id:ID(Claim),text,kind,start:long,end:long\n" +
					"\"claim:a:1\",\"t\",\"direct\",one,2\n" +
					"\"claim:a:2\",\"t\",\"quoted\",1,2\n" +
					"\"claim:a:3\",\"t\",\"direct\",,2\n" +
					"\"claim:a:4\",\"t\",\"direct\",5,2\n",
				"sources.csv": "id:ID(Source),name,anonymous:boolean\n\"source:a:x\",\"x\",yes\n",
			},
			want: []string{
				`claims.csv:2:4: start: "one" is not an integer`,
				`claims.csv:3:3: kind "quoted": want direct or indirect`,
				"claims.csv:4:4: start: missing value",
				"claims.csv:5:5: bad offsets [5,2): want 0 <= start <= end",
				`sources.csv:2:3: anonymous: "yes" is not true or false`,
			},
		},
		{
			name: "duplicate node and relationship",
			files: map[string]string{
				"people.csv":   personHeader + "\"person:a\",Person,\"A\",,\n\"person:a\",Person,\"A2\",,\n",
				"mentions.csv": mentions + "\"article:x\",\"person:a\",MENTIONS,1,0\n\"article:x\",\"person:a\",MENTIONS,2,5\n",
			},
			found: []string{"article:x"},
			want: []string{
				"people.csv:3:1: duplicate id person:a: people.csv:2 has it too (give each node once)",
				"mentions.csv:3: duplicate MENTIONS from article:x to person:a: mentions.csv:2 has the same ends (give each relationship once)",
			},
		},
		{
			name: "unknown relationship type, and types that do not join the labels",
			files: map[string]string{"stance.csv": stance +
				"\"person:a\",\"org:b\",KNOWS,,,,,\n" +
				"\"person:a\",\"org:b\",MENTIONS,,,,,\n" +
				"\"person:a\",\"org:b\",WORKS_FOR,\"positive\",,,\"article:x\",\n" +
				"\"person:a\",\"org:b\",STANCE,\"warm\",0.5,,\"article:x\",\n" +
				"\"person:a\",\"org:b\",STANCE,\"positive\",1.5,,\"article:x\",\n" +
				"\"person:a\",\"org:b\",STANCE,\"positive\",0.5,,,\n" +
				"\"person:a\",\"org:b\",LEADER_OF,,,\"ok\",\"article:x\",\n"},
			found: []string{"person:a", "org:b"},
			want: []string{
				"stance.csv:2:3: unknown relationship type \"KNOWS\" (want one of: PUBLISHED_BY, WRITTEN_BY, MENTIONS, CLAIMS, REPORTED_IN, ABOUT, STANCE, LEADER_OF, AFFILIATED_WITH, WORKS_FOR, MEMBER_OF, LOCATED_IN, PART_OF)",
				"stance.csv:3:3: MENTIONS does not go from Person to Organization (it goes from Article to an entity (Person Outlet Country Organization Event Source))",
				"stance.csv:4:4: WORKS_FOR relationships have no polarity (leave the field empty)",
				`stance.csv:5:4: polarity "warm": want positive or negative`,
				"stance.csv:6:5: score 1.5 outside -1..1",
				"stance.csv:7:7: article: missing value (STANCE relationships need one)",
			},
		},
		{
			name: "relationship to an unknown node",
			files: map[string]string{
				"people.csv":   personHeader + "\"person:a\",Person,\"A\",,\n\"person:b\",Person,\"B\",,oops\x1f\n",
				"mentions.csv": mentions + "\"article:x\",\"person:a\",MENTIONS,1,0\n\"article:y\",\"person:a\",MENTIONS,1,0\n\"article:x\",\"person:b\",MENTIONS,1,0\n\"article:x\",\"person:c\",MENTIONS,1,0\n",
			},
			found: []string{"article:x", "person:c"},
			want: []string{
				`people.csv:3:5: titles: empty item in the list "oops\x1f" (two array delimiters U+001F in a row, or one at an end?)`,
				"mentions.csv:3:1: start node article:y is not in the files given nor in the database",
				"mentions.csv:4:2: end node person:b is not imported: its row " + "people.csv:3 is bad",
			},
		},
		{
			name:  "neither nodes, relationships nor articles",
			files: map[string]string{"x.csv": "name,age\nX,3\n", "empty.csv": "", "semi.csv": "id:ID(Person);name\n\"person:x\";X\n"},
			want: []string{
				"empty.csv: empty file, no header row",
				`semi.csv:1: the header "id:ID(Person);name" is not separated by commas: write node and relationship files with commas between fields`,
				`x.csv:1: the header row has no text column (columns: "name", "age"); want a header row naming "text" (or "body", "content") and optionally "id", "title", "url", "outlet", "published", "authors"; or, for a node file, write id:ID(Label) and for a relationship file :START_ID(Label), :END_ID(Label) and :TYPE`,
			},
		},
		{
			name: "a bad article row; relationships to the articles of article files",
			files: map[string]string{
				"articles.csv": "id,title,text\na1,First,\"Body one.\"\na2,Second,\n",
				"written.csv":  ":START_ID(Article),:END_ID(Person),:TYPE\n\"article:a1\",\"person:p\",WRITTEN_BY\n\"article:a2\",\"person:p\",WRITTEN_BY\n",
			},
			found: []string{"person:p"},
			want: []string{
				"articles.csv:3: empty text (the text column is empty)",
				"written.csv:3:1: start node article:a2 is not in the files given nor in the database",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, paths := writeFiles(t, tt.files)
			f := finder{}
			for _, id := range tt.found {
				f[id] = true
			}
			// names in sorted order, as a directory gives them
			_, got := problems(t, dir, []string{dir}, importer.Options{}, f)
			_ = paths
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCheckNothingWritten: a plan with problems writes nothing, unless bad
// rows are skipped; then the good rows are written and the bad ones go to
// the rejects, with the reason and the row as it was.
func TestCheckNothingWritten(t *testing.T) {
	files := map[string]string{
		"1-people.csv": personHeader +
			"\"person:a\",Person,\"A\",\"Al\x1fAlbert\",\n" +
			"\"org:b\",Person,\"B\",,\n" +
			"\"person:c\",Person,\"C, \"\"the\"\" one\",,\"Dr\"\n",
		"2-mentions.csv": mentions +
			"\"article:x\",\"person:a\",MENTIONS,2,7\n" +
			"\"article:x\",\"person:b\",MENTIONS,1,0\n" +
			"\"article:x\",\"person:c\",MENTIONS,x,0\n" +
			"\"article:x\",\"person:c\",MENTIONS,1,3\n",
	}
	dir, _ := writeFiles(t, files)
	found := finder{"article:x": true}

	plan, got := problems(t, dir, []string{dir}, importer.Options{}, found)
	if len(got) != 3 {
		t.Fatalf("got %d problems, want 3: %q", len(got), got)
	}
	var rec recorder
	if _, err := plan.Write(context.Background(), &rec); !errors.Is(err, importer.ErrProblems) {
		t.Errorf("got error %v, want ErrProblems", err)
	}
	if rec.calls != 0 || len(rec.docs) != 0 {
		t.Errorf("got %d writes, want none", rec.calls)
	}

	var rejects bytes.Buffer
	rw := importer.NewRejectsWriter(&rejects)
	plan, _ = problems(t, dir, []string{dir}, importer.Options{SkipBadRows: true, Rejects: rw.Write, BatchSize: 1}, found)
	if err := rw.Flush(); err != nil {
		t.Fatal(err)
	}
	rec = recorder{}
	st, err := plan.Write(context.Background(), &rec)
	if err != nil {
		t.Fatal(err)
	}
	wantNodes := []graph.Node{
		{Label: graph.LabelPerson, ID: "person:a", Props: map[string]any{"name": "A", "aliases": []string{"Al", "Albert"}, "titles": []string{}}},
		{Label: graph.LabelPerson, ID: "person:c", Props: map[string]any{"name": `C, "the" one`, "aliases": []string{}, "titles": []string{"Dr"}}},
	}
	props := map[string]any{"count": int64(2), "first": int64(7)}
	wantRels := []graph.Rel{
		{Type: graph.RelMentions, StartLabel: graph.LabelArticle, StartID: "article:x", EndLabel: graph.LabelPerson, EndID: "person:a", Props: props},
		{Type: graph.RelMentions, StartLabel: graph.LabelArticle, StartID: "article:x", EndLabel: graph.LabelPerson, EndID: "person:c",
			Props: map[string]any{"count": int64(1), "first": int64(3)}},
	}
	if diff := cmp.Diff(wantNodes, rec.nodes); diff != "" {
		t.Errorf("nodes written (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantRels, rec.rels); diff != "" {
		t.Errorf("relationships written (-want +got):\n%s", diff)
	}
	if rec.calls != 4 || st.Nodes != 2 || st.Relationships != 2 {
		t.Errorf("got %d calls, %d nodes, %d relationships; want 4 batches of one record", rec.calls, st.Nodes, st.Relationships)
	}
	p1, p2 := filepath.Join(dir, "1-people.csv"), filepath.Join(dir, "2-mentions.csv")
	wantRejects := "file,line,column,reason,row\n" +
		p1 + `,3,1,"id ""org:b"" does not fit label Person (its ids start with ""person:"")","""org:b"",Person,""B"",,"` + "\n" +
		p2 + `,4,4,"count: ""x"" is not an integer","""article:x"",""person:c"",MENTIONS,x,0"` + "\n" +
		p2 + `,3,2,end node person:b is not in the files given nor in the database,"""article:x"",""person:b"",MENTIONS,1,0"` + "\n"
	if diff := cmp.Diff(wantRejects, rejects.String()); diff != "" {
		t.Errorf("rejects (-want +got):\n%s", diff)
	}
	sums := plan.Files()
	if len(sums) != 2 || sums[0].Rows != 2 || sums[0].Rejected != 1 || sums[1].Rows != 2 || sums[1].Rejected != 2 {
		t.Errorf("got file summaries %+v, want 2 good and 1 bad row, then 2 and 2", sums)
	}
}

// TestCheckArticles reads a CSV of articles (the corpus's columns) and
// extracts and writes each good row as a document.
func TestCheckArticles(t *testing.T) {
	dir, _ := writeFiles(t, map[string]string{"articles.csv": "id,title,outlet,authors,text\n" +
		"a1,\"Putin, again\",Meduza,Andrey Pertsev,\"Russian President Vladimir Putin said on Friday that \"\"nothing\"\" had changed.\n\nHe spoke in Moscow.\"\n" +
		"a2,Empty,Meduza,,\n"})
	plan, got := problems(t, dir, []string{dir}, importer.Options{SkipBadRows: true}, nil)
	if diff := cmp.Diff([]string{"articles.csv:5: empty text (the text column is empty)"}, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if f := plan.Files(); len(f) != 1 || f[0].Kind != importer.Articles || f[0].Rows != 1 || f[0].Rejected != 1 {
		t.Errorf("got %+v, want one article file with one good row and one bad", f)
	}
	var rec recorder
	st, err := plan.Write(context.Background(), &rec)
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != 1 || len(rec.docs) != 1 {
		t.Fatalf("got %d documents, want 1", len(rec.docs))
	}
	d := rec.docs[0]
	if d.Article.ID != "article:a1" || d.Article.Title != "Putin, again" || d.Entity("person:vladimir-putin") == nil {
		t.Errorf("got article %+v with entities %+v, want article:a1 mentioning Vladimir Putin", d.Article, d.Entities)
	}
}

// TestCheckWarnsOfDelimiters: a hand-made list separated by ';' reads as one
// item with the default delimiter, which is legal but likely wrong.
func TestCheckWarnsOfDelimiters(t *testing.T) {
	dir, paths := writeFiles(t, map[string]string{"people.csv": personHeader +
		"\"person:a\",Person,\"A\",\"Al;Albert\",\"Dr;Prof\"\n\"person:b\",Person,\"B\",\"Bo;Bob\",\n"})
	plan, got := problems(t, dir, paths, importer.Options{}, nil)
	if len(got) > 0 {
		t.Errorf("got problems %q, want none", got)
	}
	var warnings []string
	for _, w := range plan.Warnings() {
		warnings = append(warnings, strings.ReplaceAll(w.Error(), dir+string(filepath.Separator), ""))
	}
	want := []string{
		`people.csv:2:4: aliases "Al;Albert" is one item, holding ";": if ";" separates items, pass the array delimiter ";" (--array-delimiter); the delimiter is U+001F`,
		`people.csv:2:5: titles "Dr;Prof" is one item, holding ";": if ";" separates items, pass the array delimiter ";" (--array-delimiter); the delimiter is U+001F`,
	}
	if diff := cmp.Diff(want, warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	plan, _ = problems(t, dir, paths, importer.Options{ArrayDelimiter: ';'}, nil)
	if w := plan.Warnings(); len(w) > 0 {
		t.Errorf("got warnings %v with the delimiter ';', want none", w)
	}
}
