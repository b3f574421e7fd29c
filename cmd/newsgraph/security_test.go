package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
	"github.com/newsgraph/newsgraph/queries"
)

// Cypher injection attempts: each would delete the graph, or change a
// query, if it were pasted into Cypher instead of passed as a parameter.
var injections = []string{
	`'}) DETACH DELETE n //`,
	`"}) MATCH (n) DETACH DELETE n //`,
	"`) MATCH (n) DETACH DELETE n //",
	`\'; MATCH (n) DETACH DELETE n; //`,
	`$rows}) WITH 1 AS x MATCH (n) DETACH DELETE n //`,
	"x' OR 1=1 WITH * MATCH (n) DETACH DELETE n RETURN 'y",
	"*/ MATCH (n) DETACH DELETE n /*",
	`\u0027}) DETACH DELETE n //`,
}

// graphKeys returns the identities of the nodes (label and id) and the
// relationships (type, ends and article) in the database.
func graphKeys(t *testing.T, db *graph.DB) (nodes, rels []string) {
	t.Helper()
	for _, r := range neo4jtest.Query(t, db, "MATCH (n) RETURN labels(n)[0] + ' ' + n.id AS k", nil) {
		nodes = append(nodes, r["k"].(string))
	}
	// the summaries are derived (graph.CheckSummaries checks them): the
	// identities are those of the records loaded
	var summaries []string
	for _, st := range graph.SummaryTypes {
		summaries = append(summaries, string(st))
	}
	for _, r := range neo4jtest.Query(t, db, "MATCH (a)-[r]->(b) WHERE NOT type(r) IN $summaries RETURN type(r) + ' ' + a.id + ' ' + b.id + ' ' + coalesce(r.article, '') AS k",
		map[string]any{"summaries": summaries}) {
		rels = append(rels, r["k"].(string))
	}
	if diff, err := graph.CheckSummaries(t.Context(), db); err != nil || len(diff) > 0 {
		t.Errorf("summaries differ from a recount (err %v):\n%s", err, strings.Join(diff, "\n"))
	}
	slices.Sort(nodes)
	slices.Sort(rels)
	return nodes, rels
}

// wantKeys returns the identities the graph must hold after loading docs
// over a graph holding nodes and rels: the union of both, as graph.Flatten
// makes the documents' records.
func wantKeys(before, beforeRels []string, docs []*graph.Document) (nodes, rels []string) {
	nodes, rels = slices.Clone(before), slices.Clone(beforeRels)
	for _, d := range docs {
		ns, rs := graph.Flatten(d)
		for _, n := range ns {
			nodes = append(nodes, string(n.Label)+" "+n.ID)
		}
		for _, r := range rs {
			art := ""
			if r.Type.PerArticle() {
				art = r.Article()
			}
			rels = append(rels, string(r.Type)+" "+r.StartID+" "+r.EndID+" "+art)
		}
	}
	slices.Sort(nodes)
	slices.Sort(rels)
	return slices.Compact(nodes), slices.Compact(rels)
}

// loadSentinel loads the three test articles, which must survive every
// injection attempt, and returns the graph's identities.
func loadSentinel(t *testing.T, db *graph.DB) (nodes, rels []string) {
	t.Helper()
	neo4jtest.Reset(t, db)
	if code, _, stderr := runCLI(t.Context(), "-q", "load", articlesFile); code != exitOK {
		t.Fatalf("load %s: exit code %d\n%s", articlesFile, code, stderr)
	}
	return graphKeys(t, db)
}

// TestInjectionThroughArticles builds articles whose every field holds
// Cypher: they load as plain data, stored verbatim, and nothing else in the
// graph changes.
func TestInjectionThroughArticles(t *testing.T) {
	db := loadEnv(t)
	nodes, rels := loadSentinel(t, db)

	dir := t.TempDir()
	in := filepath.Join(dir, "articles.jsonl")
	var b strings.Builder
	enc := json.NewEncoder(&b)
	for i, p := range injections {
		enc.Encode(map[string]any{
			"id":      fmt.Sprintf("inj-%d", i),
			"title":   p,
			"outlet":  "Outlet " + p,
			"authors": []string{"Jane " + p},
			"url":     "https://example.org/" + p,
			"text": fmt.Sprintf("Prime Minister Tony Blair said: \"%s is what we will not accept.\" "+
				"Officials in %s did not comment, a source close to the government said.", p, p),
		})
	}
	if err := os.WriteFile(in, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	// What extraction makes of them, to know what the graph must hold.
	docsFile := filepath.Join(dir, "docs.jsonl")
	if code, _, stderr := runCLI(t.Context(), "-q", "extract", "-o", docsFile, in); code != exitOK {
		t.Fatalf("extract: exit code %d\n%s", code, stderr)
	}
	docs := readDocFile(t, docsFile)

	if code, _, stderr := runCLI(t.Context(), "-q", "build", in); code != exitOK {
		t.Fatalf("build: exit code %d\n%s", code, stderr)
	}
	wantNodes, wantRels := wantKeys(nodes, rels, docs)
	gotNodes, gotRels := graphKeys(t, db)
	if diff := cmp.Diff(wantNodes, gotNodes); diff != "" {
		t.Errorf("nodes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantRels, gotRels); diff != "" {
		t.Errorf("relationships (-want +got):\n%s", diff)
	}
	for i, p := range injections {
		rows := neo4jtest.Query(t, db, "MATCH (a:Article {id: $id}) RETURN a.title AS title, a.outlet AS outlet, a.authors AS authors, a.url AS url",
			map[string]any{"id": fmt.Sprintf("article:inj-%d", i)})
		want := []map[string]any{{"title": p, "outlet": "Outlet " + p, "authors": []any{"Jane " + p}, "url": "https://example.org/" + p}}
		if diff := cmp.Diff(want, rows); diff != "" {
			t.Errorf("article %d (-want +got):\n%s", i, diff)
		}
	}
	// Quotes holding the injections are claims with their text verbatim.
	var texts []string
	for _, r := range neo4jtest.Query(t, db, "MATCH (c:Claim) WHERE c.id STARTS WITH 'claim:inj-' RETURN c.text AS text", nil) {
		texts = append(texts, r["text"].(string))
	}
	for _, p := range injections {
		if !slices.ContainsFunc(texts, func(s string) bool { return strings.Contains(s, p+" is what we will not accept") }) {
			t.Errorf("no claim holds the quote with %q verbatim; claims: %q", p, texts)
		}
	}
}

func readDocFile(t *testing.T, path string) []*graph.Document {
	t.Helper()
	docs, err := graph.ReadDocumentsFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestInjectionThroughDocuments loads document JSON with Cypher in every
// value, ids included; and documents that try to smuggle Cypher in through
// what becomes a label, a relationship type or a property key, which must
// be rejected before anything reaches Neo4j.
func TestInjectionThroughDocuments(t *testing.T) {
	db := loadEnv(t)
	nodes, rels := loadSentinel(t, db)
	p := injections

	doc := &graph.Document{
		Article: graph.Article{ID: "article:" + p[0], Title: p[1], Outlet: p[2], Authors: []string{p[3]}, URL: p[4], Published: "2024-01-02"},
		Entities: []graph.Entity{
			{ID: "person:" + p[2], Type: graph.LabelPerson, Name: p[0], Aliases: []string{p[1], p[5]}, Titles: []string{p[6]},
				Mentions: []graph.Mention{{Start: 0, End: 5, Text: p[7]}}},
			{ID: "country:" + p[1], Type: graph.LabelCountry, Name: p[3], ISO2: p[4]},
			{ID: "org:" + p[5], Type: graph.LabelOrganization, Name: p[6], Kind: p[7]},
		},
		Claims: []graph.Claim{{ID: "claim:" + p[0] + ":1", Speaker: "person:" + p[2], Kind: graph.KindDirect, Cue: p[3], Text: p[4],
			Sentence: p[5], Start: 0, End: 5, About: []string{"country:" + p[1]}}},
		Stances: []graph.Stance{{Holder: "person:" + p[2], Target: "country:" + p[1], Polarity: graph.Negative, Score: -0.5,
			Evidence: p[6], Claim: "claim:" + p[0] + ":1"}},
		Relations: []graph.Relation{{Subject: "person:" + p[2], Predicate: graph.RelLeaderOf, Object: "org:" + p[5], Evidence: p[7]}},
	}
	good, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(t.TempDir(), "docs.jsonl")
	lines := []string{
		string(good),
		`{"article":{"id":"article:l"},"entities":[{"id":"person:a","type":"Person` + "`) MATCH (n) DETACH DELETE n //" + `","name":"A"}]}`,
		`{"article":{"id":"article:t"},"entities":[{"id":"person:a","type":"Person","name":"A"},{"id":"person:b","type":"Person","name":"B"}],` +
			`"relations":[{"subject":"person:a","predicate":"LEADER_OF]->() MATCH (n) DETACH DELETE n //","object":"person:b"}]}`,
		`{"article":{"id":"article:k","title` + "`: 1}) MATCH (n) DETACH DELETE n //" + `":"x"}}`,
		`{"article":{"id":"article:s"},"stances":[{"holder":"person:a","target":"person:a","polarity":"negative' OR 1=1 //","score":0}],"entities":[{"id":"person:a","type":"Person","name":"A"}]}`,
	}
	if err := os.WriteFile(name, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI(t.Context(), "-q", "load", "--keep-going", name)
	if code != exitSomeFailed {
		t.Errorf("exit code %d, want %d", code, exitSomeFailed)
	}
	wantErr := []string{
		"newsgraph: load: skipped " + name + `:2: invalid document article:l: entity 0 ("person:a"): unknown type "Person` + "`) MATCH (n) DETACH DELETE n //" + `" (want one of Person, Outlet, Country, Organization, Event, Source)`,
		"newsgraph: load: skipped " + name + `:3: invalid document article:t: relation 0: predicate "LEADER_OF]->() MATCH (n) DETACH DELETE n //" (want one of LEADER_OF, AFFILIATED_WITH, WORKS_FOR, MEMBER_OF, LOCATED_IN, PART_OF)`,
		"newsgraph: load: skipped " + name + `:4: not a newsgraph document: json: unknown field "title` + "`: 1}) MATCH (n) DETACH DELETE n //" + `"`,
		"newsgraph: load: skipped " + name + `:5: invalid document article:s: stance 0: polarity "negative' OR 1=1 //" (want "positive" or "negative")`,
		"newsgraph: load: skipped 4 bad lines: some inputs failed",
	}
	if diff := cmp.Diff(wantErr, stderrLines(t, stderr, "")); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}

	wantNodes, wantRels := wantKeys(nodes, rels, []*graph.Document{doc})
	gotNodes, gotRels := graphKeys(t, db)
	if diff := cmp.Diff(wantNodes, gotNodes); diff != "" {
		t.Errorf("nodes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantRels, gotRels); diff != "" {
		t.Errorf("relationships (-want +got):\n%s", diff)
	}
	got := neo4jtest.Query(t, db, `MATCH (a:Article {id: $article})<-[:REPORTED_IN]-(c:Claim)<-[:CLAIMS]-(p:Person)-[s:STANCE]->(k:Country),
  (p)-[l:LEADER_OF]->(o:Organization)
RETURN a.title AS title, a.outlet AS outlet, a.authors AS authors, a.url AS url,
  p.id AS person, p.name AS name, p.aliases AS aliases, p.titles AS titles,
  c.id AS claim, c.cue AS cue, c.text AS text, c.sentence AS sentence,
  k.id AS country, k.name AS country_name, k.iso2 AS iso2,
  o.name AS org, o.kind AS kind, s.evidence AS stance, l.evidence AS evidence`, map[string]any{"article": "article:" + p[0]})
	aliases := []any{p[1], p[5]}
	slices.SortFunc(aliases, func(a, b any) int { return strings.Compare(a.(string), b.(string)) })
	want := []map[string]any{{
		"title": p[1], "outlet": p[2], "authors": []any{p[3]}, "url": p[4],
		"person": "person:" + p[2], "name": p[0], "aliases": aliases, "titles": []any{p[6]},
		"claim": "claim:" + p[0] + ":1", "cue": p[3], "text": p[4], "sentence": p[5],
		"country": "country:" + p[1], "country_name": p[3], "iso2": p[4],
		"org": p[6], "kind": p[7], "stance": p[6], "evidence": p[7],
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("values stored (-want +got):\n%s", diff)
	}
}

// TestInjectionThroughQueryParameters runs saved queries with parameters
// that hold Cypher: they are values, so the queries find nothing and change
// nothing; and a parameter name that is not the query's is refused.
func TestInjectionThroughQueryParameters(t *testing.T) {
	db := loadEnv(t)
	nodes, rels := loadSentinel(t, db)
	for _, p := range injections {
		for _, args := range [][]string{
			{"claims-by", "-p", "speaker=" + p, "-p", "kind=" + p},
			{"find-entity", "-p", "text=blair", "-p", "types=" + p},
			{"claims-about", "-p", "entity=" + p, "-p", "speaker_types=" + p},
			{"timeline", "-p", "entity=" + p},
		} {
			code, stdout, stderr := runCLI(t.Context(), append([]string{"-q", "query", "run", "--format", "json"}, args...)...)
			if code != exitOK {
				t.Errorf("query run %q: exit code %d, want 0\n%s", args, code, stderr)
				continue
			}
			var rows []any
			if err := json.Unmarshal([]byte(stdout), &rows); err != nil || len(rows) != 0 {
				t.Errorf("query run %q: got %q, want no rows", args, stdout)
			}
		}
	}
	code, _, stderr := runCLI(t.Context(), "-q", "query", "run", "claims-by", "-p", "speaker=x", "-p", "limit}) MATCH (n) DETACH DELETE n //=1")
	if code != exitUsage || !strings.Contains(stderr, "parameter limit}) MATCH (n) DETACH DELETE n //: no such parameter") {
		t.Errorf("a parameter name holding Cypher: exit code %d, stderr %q; want %d and a usage error", code, stderr, exitUsage)
	}
	gotNodes, gotRels := graphKeys(t, db)
	if !slices.Equal(nodes, gotNodes) || !slices.Equal(rels, gotRels) {
		t.Errorf("the graph changed: %d nodes and %d relationships, want %d and %d", len(gotNodes), len(gotRels), len(nodes), len(rels))
	}
}

// TestInjectionThroughCSV imports node and relationship files whose cells
// hold Cypher (ids, names, lists, relationship properties): stored
// verbatim; and files whose headers or label and type cells try to reach
// Cypher: refused before anything is written.
func TestInjectionThroughCSV(t *testing.T) {
	db := loadEnv(t)
	nodes, rels := loadSentinel(t, db)
	dir := t.TempDir()
	writeCSV := func(dir, name string, rows [][]string) {
		t.Helper()
		var b strings.Builder
		w := csv.NewWriter(&b)
		w.WriteAll(rows)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	good := filepath.Join(dir, "good")
	people := [][]string{{"id:ID(Person)", ":LABEL", "name", "aliases:string[]"}}
	orgs := [][]string{{"id:ID(Organization)", ":LABEL", "name", "kind"}}
	works := [][]string{{":START_ID(Person)", ":END_ID(Organization)", ":TYPE", "article", "evidence"}}
	var wantNodes, wantRels []string
	for i, p := range injections {
		q := injections[(i+1)%len(injections)]
		people = append(people, []string{"person:" + p, "Person", p, q + "\x1f" + p + " 2"})
		orgs = append(orgs, []string{"org:" + p, "Organization", "Org " + p, q})
		works = append(works, []string{"person:" + p, "org:" + p, "WORKS_FOR", "article:" + p, q})
		wantNodes = append(wantNodes, "Person person:"+p, "Organization org:"+p)
		wantRels = append(wantRels, "WORKS_FOR person:"+p+" org:"+p+" article:"+p)
	}
	writeCSV(good, "Person.csv", people)
	writeCSV(good, "Organization.csv", orgs)
	writeCSV(good, "WORKS_FOR.Person.Organization.csv", works)
	if code, _, stderr := runCLI(t.Context(), "-q", "import", good); code != exitOK {
		t.Fatalf("import: exit code %d\n%s", code, stderr)
	}
	wantNodes = append(wantNodes, nodes...)
	wantRels = append(wantRels, rels...)
	slices.Sort(wantNodes)
	slices.Sort(wantRels)
	gotNodes, gotRels := graphKeys(t, db)
	if diff := cmp.Diff(wantNodes, gotNodes); diff != "" {
		t.Errorf("nodes (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantRels, gotRels); diff != "" {
		t.Errorf("relationships (-want +got):\n%s", diff)
	}
	for i, p := range injections {
		q := injections[(i+1)%len(injections)]
		got := neo4jtest.Query(t, db, `MATCH (p:Person {id: $person})-[w:WORKS_FOR]->(o:Organization)
RETURN p.name AS name, p.aliases AS aliases, o.name AS org, o.kind AS kind, w.article AS article, w.evidence AS evidence`,
			map[string]any{"person": "person:" + p})
		aliases := []any{q, p + " 2"}
		slices.SortFunc(aliases, func(a, b any) int { return strings.Compare(a.(string), b.(string)) })
		want := []map[string]any{{"name": p, "aliases": aliases, "org": "Org " + p, "kind": q, "article": "article:" + p, "evidence": q}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("values stored for %q (-want +got):\n%s", p, diff)
		}
	}

	nodes, rels = graphKeys(t, db)
	bad := []struct {
		name string
		rows [][]string
		want string
	}{
		{"type in a header", [][]string{{"id:ID(Person)", ":LABEL", "name:string}) MATCH (n) DETACH DELETE n//"}, {"person:x", "Person", "X"}},
			`H.csv:1:3: column "name:string}) MATCH (n) DETACH DELETE n//": unclosed parenthesis (write :ID(Label))`},
		{"label in a header", [][]string{{"id:ID(Person`) MATCH (n) DETACH DELETE n //)", "name"}, {"person:x", "X"}},
			"H.csv:1:1: unknown label \"Person`) MATCH (n) DETACH DELETE n //\" in id:ID(Person`) MATCH (n) DETACH DELETE n //) (want one of: "},
		{"property key in a header", [][]string{{"id:ID(Person)", ":LABEL", "name", "`x`}) DETACH DELETE n //"}, {"person:x", "Person", "X", "1"}},
			"H.csv:1:4: unknown column \"`x`}) DETACH DELETE n //\" for label Person (want one of: id, name, aliases, titles)"},
		{"relationship property key in a header", [][]string{{":START_ID(Person)", ":END_ID(Person)", ":TYPE", "article", "evidence}) DETACH DELETE n //"},
			{"person:" + injections[0], "person:" + injections[1], "LEADER_OF", "article:a", "e"}},
			`H.csv:1:5: unknown column "evidence}) DETACH DELETE n //" for relationships (want one of: `},
		{"type in a cell", [][]string{{":START_ID(Person)", ":END_ID(Person)", ":TYPE", "article"},
			{"person:" + injections[0], "person:" + injections[1], "LEADER_OF]->() MATCH (n) DETACH DELETE n //", "article:a"}},
			`H.csv:2:3: unknown relationship type "LEADER_OF]->() MATCH (n) DETACH DELETE n //" (want one of: `},
		{"label in a cell", [][]string{{"id:ID(Person)", ":LABEL", "name"}, {"person:x", "Person:Admin", "X"}},
			`H.csv:2:2: label "Person:Admin" in a file of Person nodes`},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			d := filepath.Join(t.TempDir(), "in")
			writeCSV(d, "H.csv", tt.rows)
			code, _, stderr := runCLI(t.Context(), "-q", "import", d)
			if code != exitFailure {
				t.Errorf("exit code %d, want %d", code, exitFailure)
			}
			if !strings.Contains(stderr, "newsgraph: import: "+d+string(filepath.Separator)+tt.want) {
				t.Errorf("stderr does not hold %q:\n%s", tt.want, stderr)
			}
			gotNodes, gotRels := graphKeys(t, db)
			if !slices.Equal(nodes, gotNodes) || !slices.Equal(rels, gotRels) {
				t.Errorf("the graph changed: %d nodes and %d relationships, want %d and %d", len(gotNodes), len(gotRels), len(nodes), len(rels))
			}
		})
	}
}

// TestCypherLiterals checks the one place where a value given by the user
// is written into Cypher text rather than passed as a parameter: the
// `:param name => value` lines of `newsgraph browser`, which users paste
// into Neo4j Browser. Neo4j must read each literal back as exactly the
// value, whatever it holds.
func TestCypherLiterals(t *testing.T) {
	db := loadEnv(t)
	values := append(slices.Clone(injections),
		"", "plain", `back\slash`, `\`, `\'`, `'`, `''`, "\\u0027", "new\nline", "cr\rtab\t", "nul\x00byte", "bell\x07",
		"\u2028line separator\u2029", "emoji 🙂", "é", "\ufeffbom", `"double"`, "`backtick`", "// comment", "/* c */", "$param", "{a: 1}")
	for _, v := range values {
		for _, value := range []any{v, []string{v, "x"}} {
			lit := queries.CypherLiteral(value)
			_, recs, err := db.Read(t.Context(), "RETURN "+lit+" AS v", nil)
			if err != nil {
				t.Errorf("RETURN %s: %v", lit, err)
				continue
			}
			got := recs[0].Values[0]
			want := any(v)
			if l, ok := value.([]string); ok {
				want = []any{l[0], l[1]}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("RETURN %s (-want +got):\n%s", lit, diff)
			}
		}
	}
}
