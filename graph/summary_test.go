package graph_test

import (
	"context"
	"encoding/json"
	"io"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// createQuotedBy counts the QUOTED_BY summaries of a graph written without
// them, in one transaction (the statements of graph.RecountStatements commit
// as they go, which an explicit transaction cannot).
const createQuotedBy = `MATCH (s)-[:CLAIMS]->(c:Claim)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(o:Outlet)
WITH s, o, a.outlet AS outlet, count(c) AS claims, sum(CASE c.kind WHEN 'direct' THEN 1 ELSE 0 END) AS direct, count(DISTINCT a) AS articles
CREATE (s)-[:QUOTED_BY {outlet: outlet, claims: claims, direct: direct, articles: articles}]->(o)`

// sampleDocuments extracts the articles of the repository's sample.
func sampleDocuments(t *testing.T) []*graph.Document {
	t.Helper()
	x := extract.New(extract.Options{})
	r := input.Open([]string{"../sample/articles.jsonl"}, input.Options{})
	defer r.Close()
	var docs []*graph.Document
	for {
		a, err := r.Next()
		if err == io.EOF {
			return docs
		}
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, x.Extract(a))
	}
}

// changed returns new versions of some of docs, each changed in what the
// summaries count: the outlet, the date, the claims' speakers and kinds,
// the claims themselves (half of them, or all: the article's claims
// removed), and what the claims are about.
func changed(t *testing.T, docs []*graph.Document) []*graph.Document {
	t.Helper()
	clone := func(d *graph.Document) *graph.Document {
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var c graph.Document
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatal(err)
		}
		return &c
	}
	// dropClaims keeps the claims for which keep is true, and the stances
	// that do not name another.
	dropClaims := func(d *graph.Document, keep func(i int) bool) {
		var claims []graph.Claim
		kept := map[string]bool{}
		for i, c := range d.Claims {
			if keep(i) {
				claims = append(claims, c)
				kept[c.ID] = true
			}
		}
		d.Claims = claims
		d.Stances = slices.DeleteFunc(d.Stances, func(s graph.Stance) bool { return s.Claim != "" && !kept[s.Claim] })
	}
	var out []*graph.Document
	var withClaims int
	for i, d := range docs {
		if len(d.Claims) == 0 {
			continue
		}
		withClaims++
		c := clone(d)
		switch withClaims % 6 {
		case 0: // moved to another outlet, and one that already exists
			c.Article.Outlet = docs[(i+1)%len(docs)].Article.Outlet
			if c.Article.Outlet == d.Article.Outlet {
				c.Article.Outlet = "Another Outlet"
			}
		case 1:
			c.Article.Published = "2001-02-03"
		case 2: // each claim said by the speaker of the next, the kinds turned
			for j := range c.Claims {
				c.Claims[j].Speaker = d.Claims[(j+1)%len(d.Claims)].Speaker
				if c.Claims[j].Kind == graph.KindDirect {
					c.Claims[j].Kind = graph.KindIndirect
				} else {
					c.Claims[j].Kind = graph.KindDirect
				}
			}
		case 3:
			dropClaims(c, func(i int) bool { return i%2 == 0 })
		case 4: // the article's claims removed
			dropClaims(c, func(int) bool { return false })
		case 5: // about the speaker instead
			for j := range c.Claims {
				c.Claims[j].About = []string{c.Claims[j].Speaker}
			}
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("changed version of %s: %v", d.Article.ID, err)
		}
		out = append(out, c)
	}
	return out
}

func TestSummaries(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := sampleDocuments(t)
	versions := changed(t, docs)
	if len(versions) < 12 {
		t.Fatalf("%d changed versions, want at least 2 of each change", len(versions))
	}
	final := slices.Clone(docs)
	for _, v := range versions {
		i := slices.IndexFunc(final, func(d *graph.Document) bool { return d.Article.ID == v.Article.ID })
		final[i] = v
	}

	// the graph of the final versions loaded at once, summaries included
	neo4jtest.Reset(t, db)
	load(t, db, 0, final...)
	neo4jtest.CheckSummaries(t, db, "fresh load", true)
	want := neo4jtest.MustSnapshot(t, db)

	tests := []struct {
		name      string
		batchSize int
	}{
		{"one batch of changes", 0},
		{"batches of 5", 5},
		{"one document a batch", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			neo4jtest.Reset(t, db)
			load(t, db, tt.batchSize, docs...)
			neo4jtest.CheckSummaries(t, db, "first load", false)
			load(t, db, tt.batchSize, versions...)
			neo4jtest.CheckSummaries(t, db, "after re-loading the changed versions", false)
			// shared nodes stay when no article names them any more
			// (an outlet articles moved from): the rest is the same
			exec(t, db, "MATCH (n:Outlet|Person|Country|Organization|Event) WHERE NOT (n)--() DELETE n")
			if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
				t.Errorf("re-loaded graph differs from a load of the final versions (-fresh +reloaded):\n%s", diff)
			}
			// and back: the first versions again in one batch with others
			load(t, db, tt.batchSize, docs...)
			neo4jtest.CheckSummaries(t, db, "after re-loading the first versions", false)
		})
	}
}

// TestSummariesOfRecords writes the records of the sample's documents and
// then of their changed versions with WriteRecords, which recounts what they
// touch; and checks RecountSummaries against the summaries of a load.
func TestSummariesOfRecords(t *testing.T) {
	db := neo4jtest.Open(t)
	docs := sampleDocuments(t)
	ctx := context.Background()

	neo4jtest.Reset(t, db)
	load(t, db, 0, docs...)
	want := neo4jtest.MustSnapshot(t, db)

	neo4jtest.Reset(t, db)
	w := graph.NewWriter(db, graph.WriterOptions{})
	writeAll := func(docs []*graph.Document) {
		t.Helper()
		for _, d := range docs {
			nodes, rels := graph.Flatten(d)
			if err := w.WriteRecords(ctx, nodes, rels); err != nil {
				t.Fatalf("WriteRecords %s: %v", d.Article.ID, err)
			}
		}
	}
	writeAll(docs)
	neo4jtest.CheckSummaries(t, db, "WriteRecords", false)
	if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
		t.Errorf("WriteRecords of the documents differs from their load (-load +WriteRecords):\n%s", diff)
	}
	// WriteRecords adds and never removes: the changed versions' records
	// leave the old claims, speakers' CLAIMS and outlets in place, and the
	// summaries count what the graph then holds.
	writeAll(changed(t, docs))
	neo4jtest.CheckSummaries(t, db, "WriteRecords of changed versions", false)

	// RecountSummaries gives the same summaries from nothing.
	counted := neo4jtest.MustSnapshot(t, db)
	exec(t, db, "MATCH ()-[q:QUOTED_BY]->() DELETE q")
	if err := w.RecountSummaries(ctx); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(counted, neo4jtest.MustSnapshot(t, db)); diff != "" {
		t.Errorf("RecountSummaries differs from the summaries WriteRecords kept (-kept +recounted):\n%s", diff)
	}
}

// exec runs a write statement.
func exec(t *testing.T, db *graph.DB, cypher string) {
	t.Helper()
	_, err := neo4j.ExecuteQuery(context.Background(), db.Driver(), cypher, nil,
		neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase(db.Database()))
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
}
