package graph_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// Ids of the three articles of testdata/articles.jsonl.
const (
	meduza   = "article:meduza-kremlin-trump"
	bbc      = "article:bbc-politics-189"
	guardian = "article:allsides-73Wmu4FGtYpyfk6P"
)

func readDocs(t *testing.T, path string) []*graph.Document {
	t.Helper()
	docs, err := graph.ReadDocumentsFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// byID returns the documents of docs with the given article ids, in that
// order.
func byID(t *testing.T, docs []*graph.Document, ids ...string) []*graph.Document {
	t.Helper()
	var out []*graph.Document
	for _, id := range ids {
		i := slices.IndexFunc(docs, func(d *graph.Document) bool { return d.Article.ID == id })
		if i < 0 {
			t.Fatalf("no document %s", id)
		}
		out = append(out, docs[i])
	}
	return out
}

func load(t *testing.T, db *graph.DB, batchSize int, docs ...*graph.Document) graph.Stats {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	w := graph.NewWriter(db, graph.WriterOptions{BatchSize: batchSize})
	if err := w.EnsureSchema(ctx); err != nil {
		t.Fatalf("EnsureSchema: %v", err)
	}
	for _, d := range docs {
		if err := w.Write(ctx, d); err != nil {
			t.Fatalf("Write %s: %v", d.Article.ID, err)
		}
	}
	if err := w.Flush(ctx); err != nil {
		t.Fatalf("Flush: %v", err)
	}
	if n := w.Buffered(); n != 0 {
		t.Fatalf("after Flush: got %d documents buffered, want 0", n)
	}
	return w.Stats()
}

// The counts of testdata/articles.jsonl, worked out by hand from the file.
var (
	wantNodes = map[string]int64{
		"Article": 3,
		// meduza: Putin, Harris, Trump, Pertsev; bbc: Blair, Bush, Kerry,
		// Howard; guardian: Mueller, Kosachev and its author Andrew Roth.
		"Person": 11,
		// Meduza (an entity), BBC News and The Guardian (from article.outlet).
		"Outlet":       3,
		"Country":      4, // ru, us, ua, gb
		"Organization": 4, // Kremlin, Republican Party, Conservative Party, Federation Council
		"Event":        2,
		"Source":       3,
		"Claim":        10,
	}
	wantRels = map[string]int64{
		"PUBLISHED_BY": 3,
		"WRITTEN_BY":   2, // Pertsev, Roth
		"MENTIONS":     29,
		"CLAIMS":       10,
		"REPORTED_IN":  10,
		"ABOUT":        16,
		"STANCE":       6,
		"LEADER_OF":    2,
		"WORKS_FOR":    1,
		"MEMBER_OF":    2,
		// summaries, one per speaker and outlet: Meduza quotes Putin and
		// two sources, BBC News Blair and Howard, The Guardian Kosachev,
		// Mueller and a source (see TestSummaries)
		"QUOTED_BY": 8,
	}
)

func TestWriterLoad(t *testing.T) {
	db := neo4jtest.Open(t)
	neo4jtest.Reset(t, db)
	docs := readDocs(t, "testdata/articles.jsonl")

	st := load(t, db, 0, docs...)
	snap := neo4jtest.MustSnapshot(t, db)
	if diff := cmp.Diff(wantNodes, snap.Nodes); diff != "" {
		t.Errorf("node counts mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantRels, snap.Rels); diff != "" {
		t.Errorf("relationship counts mismatch (-want +got):\n%s", diff)
	}
	wantStats := graph.Stats{
		// the 8 QUOTED_BY summaries are not counted
		Documents: 3, Nodes: 40, Relationships: 81, NodesCreated: 40, RelationshipsCreated: 81,
	}
	if diff := cmp.Diff(wantStats, st); diff != "" {
		t.Errorf("Stats mismatch (-want +got):\n%s", diff)
	}

	props := []struct {
		name   string
		cypher string
		want   []map[string]any
	}{
		{
			name:   "aliases of a country are the sorted union over articles, without its name",
			cypher: `MATCH (c:Country {id: "country:us"}) RETURN c.name AS name, c.aliases AS aliases, c.iso2 AS iso2, c.iso3 AS iso3`,
			want: []map[string]any{{"name": "United States", "aliases": []any{"American", "U.S.", "US"},
				"iso2": "US", "iso3": "USA"}},
		},
		{
			name:   "absent optional property stays absent",
			cypher: `MATCH (c:Country {id: "country:ua"}) RETURN c.iso3 AS iso3, c.aliases AS aliases`,
			want:   []map[string]any{{"iso3": nil, "aliases": []any{}}},
		},
		{
			name:   "article without date or url",
			cypher: `MATCH (a:Article {id: $id}) RETURN a.published AS published, a.url AS url, a.outlet AS outlet, a.authors AS authors`,
			want:   []map[string]any{{"published": nil, "url": nil, "outlet": "BBC News", "authors": []any{}}},
		},
		{
			name: "shared person mentioned by two articles",
			cypher: `MATCH (a:Article)-[m:MENTIONS]->(p:Person {id: "person:donald-trump"})
RETURN a.id AS article, m.count AS count, p.aliases AS aliases ORDER BY article`,
			want: []map[string]any{
				{"article": guardian, "count": int64(2), "aliases": []any{"Trump"}},
				{"article": meduza, "count": int64(2), "aliases": []any{"Trump"}},
			},
		},
		{
			name: "author from article.authors, with titles from the entity",
			cypher: `MATCH (a:Article)-[:WRITTEN_BY]->(p:Person)
RETURN a.id AS article, p.name AS name, p.titles AS titles ORDER BY article`,
			want: []map[string]any{
				{"article": guardian, "name": "Andrew Roth", "titles": []any{}},
				{"article": meduza, "name": "Andrey Pertsev", "titles": []any{"special correspondent"}},
			},
		},
		{
			name: "claims of an anonymous source, in order",
			cypher: `MATCH (s:Source {description: "Kremlin insiders"})-[:CLAIMS]->(c:Claim)-[:REPORTED_IN]->(a:Article)
RETURN s.anonymous AS anonymous, c.id AS claim, c.kind AS kind, c.cue AS cue, a.id AS article ORDER BY claim`,
			want: []map[string]any{
				{"anonymous": true, "claim": "claim:meduza-kremlin-trump:2", "kind": "indirect", "cue": "told", "article": meduza},
				{"anonymous": true, "claim": "claim:meduza-kremlin-trump:4", "kind": "indirect", "cue": "told", "article": meduza},
			},
		},
		{
			name: "stances toward Bush",
			cypher: `MATCH (h)-[s:STANCE]->(:Person {id: "person:george-w-bush"})
RETURN h.id AS holder, s.polarity AS polarity, s.score AS score, s.article AS article, s.claim AS claim ORDER BY holder`,
			want: []map[string]any{
				{"holder": "person:michael-howard", "polarity": "positive", "score": 0.7, "article": bbc, "claim": nil},
				{"holder": "person:tony-blair", "polarity": "positive", "score": 0.8, "article": bbc, "claim": "claim:bbc-politics-189:1"},
			},
		},
		{
			name:   "factual relation with its evidence",
			cypher: `MATCH (:Person {id: "person:vladimir-putin"})-[r:LEADER_OF]->(c:Country) RETURN c.name AS country, r.article AS article, r.evidence AS evidence`,
			want:   []map[string]any{{"country": "Russia", "article": meduza, "evidence": "Russian President Vladimir Putin"}},
		},
		{
			name: "full-text index finds entities by alias",
			cypher: `CALL db.index.fulltext.queryNodes("entity_names", "Republicans OR Britain") YIELD node
RETURN node.id AS id ORDER BY id`,
			want: []map[string]any{{"id": "country:gb"}, {"id": "org:republican-party"}},
		},
	}
	for _, tt := range props {
		t.Run(tt.name, func(t *testing.T) {
			got := neo4jtest.Query(t, db, tt.cypher, map[string]any{"id": bbc})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s: mismatch (-want +got):\n%s", tt.cypher, diff)
			}
		})
	}

	t.Run("loading again changes nothing", func(t *testing.T) {
		st := load(t, db, 0, docs...)
		again := neo4jtest.MustSnapshot(t, db)
		if diff := cmp.Diff(snap, again); diff != "" {
			t.Errorf("snapshot after a second load mismatch (-want +got):\n%s", diff)
		}
		// Every article holds the hash of its document already: nothing
		// is written, as Neo4j's own counters say.
		want := graph.Stats{Documents: 3, Unchanged: 3}
		if diff := cmp.Diff(want, st); diff != "" {
			t.Errorf("Stats of the second load mismatch (-want +got):\n%s", diff)
		}
	})
}

func TestWriterLoadOrder(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := readDocs(t, "testdata/articles.jsonl")

	neo4jtest.Reset(t, db)
	load(t, db, 0, byID(t, docs, meduza, bbc, guardian)...)
	want := neo4jtest.MustSnapshot(t, db)
	if want.Lines == nil || len(want.Lines) != 129 {
		t.Fatalf("snapshot holds %d lines, want one per node and relationship (129, the 8 summaries included)", len(want.Lines))
	}

	orders := []struct {
		name      string
		batchSize int
		ids       []string
	}{
		{"reverse order, one batch", 0, []string{guardian, bbc, meduza}},
		{"reverse order, one document per batch", 1, []string{guardian, bbc, meduza}},
		{"same order, one document per batch", 1, []string{meduza, bbc, guardian}},
		{"another order, two per batch", 2, []string{bbc, guardian, meduza}},
	}
	for _, o := range orders {
		t.Run(o.name, func(t *testing.T) {
			neo4jtest.Reset(t, db)
			load(t, db, o.batchSize, byID(t, docs, o.ids...)...)
			if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
				t.Errorf("snapshot mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWriterReloadChangedArticle(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := readDocs(t, "testdata/articles.jsonl")
	changed := readDocs(t, "testdata/meduza-changed.jsonl")

	neo4jtest.Reset(t, db)
	load(t, db, 0, docs...)
	before := neo4jtest.MustSnapshot(t, db)
	// in one batch with the two unchanged documents, which are skipped
	st := load(t, db, 0, byID(t, docs, bbc)[0], changed[0], byID(t, docs, guardian)[0])
	if st.Documents != 3 || st.Unchanged != 2 {
		t.Errorf("got %d documents, %d unchanged, want 3 and 2", st.Documents, st.Unchanged)
	}
	after := neo4jtest.MustSnapshot(t, db)

	gone := []struct{ name, cypher string }{
		{"removed claim", `MATCH (c:Claim {id: "claim:meduza-kremlin-trump:3"}) RETURN count(c)`},
		{"source the new version lacks", `MATCH (s:Source {id: "source:meduza-kremlin-trump:source-close-to-putins-administration"}) RETURN count(s)`},
		{"stance of the removed source", `MATCH ()-[s:STANCE {article: "article:meduza-kremlin-trump", claim: "claim:meduza-kremlin-trump:3"}]->() RETURN count(s)`},
		{"removed relation", `MATCH ()-[r:WORKS_FOR]->() RETURN count(r)`},
		{"old polarity", `MATCH (:Source {id: "source:meduza-kremlin-trump:kremlin-insiders"})-[s:STANCE {polarity: "positive"}]->() RETURN count(s)`},
	}
	for _, g := range gone {
		if n := neo4jtest.Count(t, db, g.cypher, nil); n != 0 {
			t.Errorf("%s: got %d, want 0 after re-loading the changed article", g.name, n)
		}
	}
	got := neo4jtest.Query(t, db, `MATCH (:Source {id: "source:meduza-kremlin-trump:kremlin-insiders"})-[s:STANCE]->(p)
RETURN p.id AS target, s.polarity AS polarity, s.score AS score, s.evidence AS evidence`, nil)
	wantStance := []map[string]any{{"target": "person:donald-trump", "polarity": "negative", "score": -0.3, "evidence": "lackluster campaign"}}
	if diff := cmp.Diff(wantStance, got); diff != "" {
		t.Errorf("changed stance mismatch (-want +got):\n%s", diff)
	}
	got = neo4jtest.Query(t, db, `MATCH (a:Article {id: $id}) RETURN a.title AS title, COUNT { (a)<-[:REPORTED_IN]-() } AS claims`,
		map[string]any{"id": meduza})
	wantArticle := []map[string]any{{"title": changed[0].Article.Title, "claims": int64(3)}}
	if diff := cmp.Diff(wantArticle, got); diff != "" {
		t.Errorf("changed article mismatch (-want +got):\n%s", diff)
	}

	// Everything the other two articles contributed is as it was.
	for _, key := range []string{"bbc-politics-189", "allsides-73Wmu4FGtYpyfk6P"} {
		var missing []string
		for _, l := range before.Lines {
			if strings.Contains(l, key) && !slices.Contains(after.Lines, l) {
				missing = append(missing, l)
			}
		}
		if len(missing) > 0 {
			t.Errorf("re-loading %s changed records of %s:\n%s", meduza, key, strings.Join(missing, "\n"))
		}
	}

	// The result is the graph a fresh load of the new version gives.
	neo4jtest.Reset(t, db)
	load(t, db, 0, byID(t, docs, bbc)[0], changed[0], byID(t, docs, guardian)[0])
	if diff := cmp.Diff(neo4jtest.MustSnapshot(t, db), after); diff != "" {
		t.Errorf("re-loaded graph differs from a fresh load of the new version (-fresh +reloaded):\n%s", diff)
	}
}

func TestWriteRecords(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := readDocs(t, "testdata/articles.jsonl")
	ctx := context.Background()

	neo4jtest.Reset(t, db)
	load(t, db, 0, docs...)
	want := neo4jtest.MustSnapshot(t, db)

	neo4jtest.Reset(t, db)
	w := graph.NewWriter(db, graph.WriterOptions{})
	for _, d := range docs {
		nodes, rels := graph.Flatten(d)
		if err := w.WriteRecords(ctx, nodes, rels); err != nil {
			t.Fatalf("WriteRecords %s: %v", d.Article.ID, err)
		}
	}
	if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
		t.Errorf("WriteRecords of the flattened documents differs from Write (-Write +WriteRecords):\n%s", diff)
	}
	// Records are counted per call: meduza 18 nodes, bbc 12, guardian 15.
	wantStats := graph.Stats{Nodes: 45, Relationships: 81, NodesCreated: 40, RelationshipsCreated: 81}
	if diff := cmp.Diff(wantStats, w.Stats()); diff != "" {
		t.Errorf("Stats mismatch (-want +got):\n%s", diff)
	}

	bad := []struct {
		name  string
		nodes []graph.Node
		rels  []graph.Rel
		want  string
	}{
		{
			name:  "label not of the model",
			nodes: []graph.Node{{Label: "Person) DETACH DELETE (n", ID: "person:x"}},
			want:  `node 0: id "person:x" does not fit label`,
		},
		{
			name:  "id of another label",
			nodes: []graph.Node{{Label: graph.LabelPerson, ID: "org:x"}},
			want:  `node 0: id "org:x" does not fit label "Person"`,
		},
		{
			name: "relationship type not of the model",
			rels: []graph.Rel{{Type: "KNOWS", StartLabel: graph.LabelPerson, StartID: "person:x", EndLabel: graph.LabelPerson, EndID: "person:y"}},
			want: `relationship 0: unknown type "KNOWS"`,
		},
		{
			name: "stance without article",
			rels: []graph.Rel{{Type: graph.RelStance, StartLabel: graph.LabelPerson, StartID: "person:x", EndLabel: graph.LabelPerson, EndID: "person:y"}},
			want: "relationship 0: STANCE needs an article property",
		},
		{
			name: "end node missing",
			rels: []graph.Rel{{Type: graph.RelMentions, StartLabel: graph.LabelArticle, StartID: meduza,
				EndLabel: graph.LabelPerson, EndID: "person:nobody", Props: map[string]any{"count": int64(1), "first": int64(0)}}},
			want: "1 of 1 have an end node that does not exist",
		},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			err := w.WriteRecords(ctx, tt.nodes, tt.rels)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got error %v, want one containing %q", err, tt.want)
			}
		})
	}
	if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
		t.Errorf("rejected records changed the graph (-want +got):\n%s", diff)
	}
}

func TestWriterRejectsInvalidDocument(t *testing.T) {
	db := neo4jtest.Open(t)
	w := graph.NewWriter(db, graph.WriterOptions{})
	doc := &graph.Document{
		Article: graph.Article{ID: "article:x"},
		Claims:  []graph.Claim{{ID: "claim:x:1", Speaker: "person:nobody", Kind: "direct"}},
	}
	err := w.Write(context.Background(), doc)
	if err == nil || !strings.Contains(err.Error(), `speaker "person:nobody" is not an entity`) {
		t.Errorf("got error %v, want the dangling speaker reported", err)
	}
	if n := w.Buffered(); n != 0 {
		t.Errorf("got %d documents buffered, want 0", n)
	}
}

// TestWriterSharedEntities loads two articles that say different things
// about the same entities, in every order and batching: the result is the
// same, by the rules of Writer.
func TestWriterSharedEntities(t *testing.T) {
	db := neo4jtest.Open(t)
	m := []graph.Mention{{Start: 0, End: 5, Text: "Trump"}}
	first := &graph.Document{
		Article: graph.Article{ID: "article:x1", Outlet: "Meduza"},
		Entities: []graph.Entity{
			{ID: "person:donald-trump", Type: graph.LabelPerson, Name: "Donald Trump", Aliases: []string{"Trump"}, Titles: []string{"President"}, Mentions: m},
			{ID: "org:kremlin", Type: graph.LabelOrganization, Name: "Kremlin", Kind: "government", Mentions: m},
			{ID: "event:us-election", Type: graph.LabelEvent, Name: "US election", Date: "2024", Mentions: m},
			{ID: "country:us", Type: graph.LabelCountry, Name: "United States", ISO2: "US", Mentions: m},
		},
	}
	second := &graph.Document{
		Article: graph.Article{ID: "article:x2", Outlet: "meduza"},
		Entities: []graph.Entity{
			{ID: "person:donald-trump", Type: graph.LabelPerson, Name: "donald trump", Aliases: []string{"Mr Trump", "Donald Trump"}, Titles: []string{"businessman"}, Mentions: m},
			{ID: "org:kremlin", Type: graph.LabelOrganization, Name: "Kremlin", Kind: "institution", Mentions: m},
			{ID: "event:us-election", Type: graph.LabelEvent, Name: "US election", Date: "2024-11-05", Mentions: m},
			{ID: "country:us", Type: graph.LabelCountry, Name: "United States", Aliases: []string{"US"}, ISO3: "USA", Mentions: m},
		},
	}
	const query = `MATCH (n) WHERE n:Person OR n:Organization OR n:Event OR n:Country OR n:Outlet
RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.titles AS titles, n.kind AS kind, n.date AS date,
  n.iso2 AS iso2, n.iso3 AS iso3 ORDER BY id`
	want := []map[string]any{
		{"id": "country:us", "name": "United States", "aliases": []any{"US"}, "titles": nil, "kind": nil, "date": nil, "iso2": "US", "iso3": "USA"},
		{"id": "event:us-election", "name": "US election", "aliases": []any{}, "titles": nil, "kind": nil, "date": "2024-11-05", "iso2": nil, "iso3": nil},
		{"id": "org:kremlin", "name": "Kremlin", "aliases": []any{}, "titles": nil, "kind": "institution", "date": nil, "iso2": nil, "iso3": nil},
		{"id": "outlet:meduza", "name": "Meduza", "aliases": []any{"meduza"}, "titles": nil, "kind": nil, "date": nil, "iso2": nil, "iso3": nil},
		{"id": "person:donald-trump", "name": "Donald Trump", "aliases": []any{"Mr Trump", "Trump", "donald trump"},
			"titles": []any{"President", "businessman"}, "kind": nil, "date": nil, "iso2": nil, "iso3": nil},
	}
	for _, tt := range []struct {
		name      string
		batchSize int
		docs      []*graph.Document
	}{
		{"one batch", 0, []*graph.Document{first, second}},
		{"one batch, reversed", 0, []*graph.Document{second, first}},
		{"two batches", 1, []*graph.Document{first, second}},
		{"two batches, reversed", 1, []*graph.Document{second, first}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			neo4jtest.Reset(t, db)
			load(t, db, tt.batchSize, tt.docs...)
			if diff := cmp.Diff(want, neo4jtest.Query(t, db, query, nil)); diff != "" {
				t.Errorf("shared entities mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestWriteAfterWriteRecords loads documents over records written by
// WriteRecords (as a CSV import would), some claims without REPORTED_IN:
// the documents replace them without duplicating anything.
func TestWriteAfterWriteRecords(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := readDocs(t, "testdata/articles.jsonl")
	ctx := context.Background()

	neo4jtest.Reset(t, db)
	load(t, db, 0, docs...)
	want := neo4jtest.MustSnapshot(t, db)

	neo4jtest.Reset(t, db)
	w := graph.NewWriter(db, graph.WriterOptions{})
	for _, d := range docs {
		nodes, rels := graph.Flatten(d)
		rels = slices.DeleteFunc(rels, func(r graph.Rel) bool { return r.Type == graph.RelReportedIn })
		// Records from elsewhere do not vouch for a whole document: no
		// doc_sha256, so that the documents are written over them.
		for _, n := range nodes {
			delete(n.Props, "doc_sha256")
		}
		if err := w.WriteRecords(ctx, nodes, rels); err != nil {
			t.Fatalf("WriteRecords %s: %v", d.Article.ID, err)
		}
	}
	if n := neo4jtest.Count(t, db, "MATCH ()-[r:REPORTED_IN]->() RETURN count(r)", nil); n != 0 {
		t.Fatalf("got %d REPORTED_IN, want none before loading the documents", n)
	}
	load(t, db, 0, docs...)
	if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
		t.Errorf("snapshot mismatch (-want +got):\n%s", diff)
	}
}

func TestWriterBatches(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := readDocs(t, "testdata/articles.jsonl")
	ctx := context.Background()
	tests := []struct {
		name       string
		opts       graph.WriterOptions
		wantBuffer []int // Buffered() after each Write
	}{
		{"batch size", graph.WriterOptions{BatchSize: 2}, []int{1, 0, 1}},
		{"one document is over the record limit", graph.WriterOptions{BatchSize: 10, MaxRecords: 10}, []int{0, 0, 0}},
		// estimates: meduza 55 records, bbc 32, guardian 41
		{"two documents are over the record limit", graph.WriterOptions{BatchSize: 10, MaxRecords: 80}, []int{1, 0, 1}},
		{"defaults", graph.WriterOptions{}, []int{1, 2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			neo4jtest.Reset(t, db)
			w := graph.NewWriter(db, tt.opts)
			var got []int
			for _, d := range docs {
				if err := w.Write(ctx, d); err != nil {
					t.Fatal(err)
				}
				got = append(got, w.Buffered())
			}
			if diff := cmp.Diff(tt.wantBuffer, got); diff != "" {
				t.Errorf("documents buffered after each Write (-want +got):\n%s", diff)
			}
			if err := w.Flush(ctx); err != nil {
				t.Fatal(err)
			}
			if got := w.Stats().Documents; got != 3 {
				t.Errorf("got %d documents written, want 3", got)
			}
		})
	}
}

// TestWriterWaitsForUncommittedArticle is TestWriterWhileAnotherLoadCommits
// for a new version that shares no claim with the uncommitted one, so that
// nothing but the article itself makes the second load wait.
func TestWriterWaitsForUncommittedArticle(t *testing.T) {
	db := neo4jtest.Open(t)
	old := byID(t, readDocs(t, "testdata/articles.jsonl"), meduza)[0]
	newer := *old
	newer.Claims = nil
	newer.Stances = slices.DeleteFunc(slices.Clone(newer.Stances), func(s graph.Stance) bool { return s.Claim != "" })
	neo4jtest.Reset(t, db)
	load(t, db, 0, &newer)
	want := neo4jtest.MustSnapshot(t, db)
	neo4jtest.Reset(t, db)

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	s := db.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.Database()})
	defer s.Close(ctx)
	txA, err := s.BeginTransaction(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer txA.Close(ctx)
	writeRecords(ctx, t, txA, old)

	done := make(chan error, 1)
	go func() {
		w := graph.NewWriter(db, graph.WriterOptions{})
		if err := w.Write(ctx, &newer); err != nil {
			done <- err
			return
		}
		done <- w.Flush(ctx)
	}()
	waitBlocked(ctx, t, db, done)
	if err := txA.Commit(ctx); err != nil {
		t.Fatalf("commit the first load: %v", err)
	}
	if err := <-done; err != nil {
		t.Fatalf("second load: got %v, want it to wait for the first and succeed", err)
	}
	if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
		t.Errorf("graph after two loads differs from a load of the second version (-want +got):\n%s", diff)
	}
}

// TestSchemaCreatedOnce creates the schema of an empty database without
// waiting for its indexes, writes, and then finds nothing left to create;
// the mark of new articles (see removeContributions) never outlives a load.
func TestSchemaCreatedOnce(t *testing.T) {
	db := neo4jtest.Open(t)
	neo4jtest.Reset(t, db)
	ctx := context.Background()
	// a new database: no constraints, no indexes
	for _, show := range []string{"SHOW CONSTRAINTS YIELD name RETURN 'CONSTRAINT' AS what, name",
		"SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN 'INDEX' AS what, name"} {
		for _, r := range neo4jtest.Query(t, db, show, nil) {
			drop := "DROP " + r["what"].(string) + " `" + r["name"].(string) + "`"
			_, err := neo4j.ExecuteQuery(ctx, db.Driver(), drop, nil, neo4j.EagerResultTransformer,
				neo4j.ExecuteQueryWithDatabase(db.Database()))
			if err != nil {
				t.Fatalf("%s: %v", drop, err)
			}
		}
	}
	w := graph.NewWriter(db, graph.WriterOptions{})
	if created, err := w.CreateSchema(ctx); err != nil || !created {
		t.Fatalf("CreateSchema: got %t, %v; want true, nil", created, err)
	}
	for _, d := range readDocs(t, "testdata/articles.jsonl") {
		if err := w.Write(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if err := w.AwaitSchema(ctx); err != nil {
		t.Fatalf("AwaitSchema: %v", err)
	}
	created, err := w.CreateSchema(ctx)
	if err != nil || created {
		t.Errorf("CreateSchema again: got %t, %v; want false, nil", created, err)
	}
	if n := neo4jtest.Count(t, db, "MATCH (a:Article) WHERE a.loading IS NOT NULL RETURN count(a)", nil); n != 0 {
		t.Errorf("got %d articles with the loading mark, want none", n)
	}
}

// TestSchemaBackfill: a graph written before the composite ABOUT index
// existed (its ABOUT relationships lack entity) gets entity on every ABOUT
// when a load creates the index; the summaries check finds none missing.
func TestSchemaBackfill(t *testing.T) {
	db := neo4jtest.Open(t)
	neo4jtest.Reset(t, db)
	ctx := context.Background()
	w := graph.NewWriter(db, graph.WriterOptions{})
	if err := w.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	for _, d := range readDocs(t, "testdata/articles.jsonl") {
		if err := w.Write(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	about := neo4jtest.Count(t, db, "MATCH ()-[r:ABOUT]->() RETURN count(r)", nil)
	if about == 0 {
		t.Fatal("the test articles have no ABOUT relationships")
	}
	// as an older newsgraph left it
	for _, stmt := range []string{"DROP INDEX about_entity_published", "MATCH ()-[r:ABOUT]->() REMOVE r.entity"} {
		if _, err := neo4j.ExecuteQuery(ctx, db.Driver(), stmt, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(db.Database())); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	if lines, err := graph.CheckSummaries(ctx, db); err != nil || len(lines) != int(about) {
		t.Fatalf("CheckSummaries before the backfill: %d lines (%v), want %d, one per ABOUT", len(lines), err, about)
	}
	if err := graph.NewWriter(db, graph.WriterOptions{}).EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	if n := neo4jtest.Count(t, db, "MATCH ()-[r:ABOUT]->(e) WHERE r.entity = e.id RETURN count(r)", nil); n != about {
		t.Errorf("after the backfill %d of %d ABOUT have their entity", n, about)
	}
	neo4jtest.CheckSummaries(t, db, "after the backfill", true)
}
