package graph_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// syntheticDocs makes n documents shaped like extraction output of news
// articles: 12 entities each, drawn with a skew from shared pools (a few
// people, countries and organisations appear everywhere, most rarely), two
// anonymous sources of their own, 6 claims, 3 stances and 2 relations: 37
// relationships per document, and 15 to 20 nodes (shared ones not counted
// twice in a batch).
func syntheticDocs(n int) []*graph.Document {
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(size int) int { // skewed towards small numbers
		return int(float64(size) * rng.Float64() * rng.Float64())
	}
	outlets := []string{"Meduza", "BBC News", "The Guardian", "Fox News", "CNN", "Reuters", "NPR", "Politico"}
	docs := make([]*graph.Document, n)
	for i := range docs {
		key := fmt.Sprintf("bench-%06d", i)
		aid := graph.ArticleID(key)
		d := &graph.Document{Article: graph.Article{
			ID: aid, Title: "Synthetic article " + key, Outlet: outlets[i%len(outlets)],
			Published: fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28), Authors: []string{fmt.Sprintf("Reporter %d", i%300)},
			Language: "en", WordCount: 400 + i%900,
		}}
		seen := map[string]bool{}
		add := func(e graph.Entity) {
			if seen[e.ID] {
				return
			}
			seen[e.ID] = true
			pos := rng.IntN(5000)
			e.Mentions = []graph.Mention{{Start: pos, End: pos + len(e.Name), Text: e.Name}, {Start: pos + 700, End: pos + 700 + 5, Text: "alias"}}
			d.Entities = append(d.Entities, e)
		}
		for len(d.Entities) < 6 {
			name := fmt.Sprintf("Person %d", pick(5000))
			add(graph.Entity{ID: graph.EntityID(graph.LabelPerson, name), Type: graph.LabelPerson, Name: name,
				Aliases: []string{"Mr " + name[7:]}, Titles: []string{"minister"}})
		}
		for len(d.Entities) < 8 {
			c := pick(200)
			add(graph.Entity{ID: graph.CountryID(fmt.Sprintf("c%d", c)), Type: graph.LabelCountry, Name: fmt.Sprintf("Country %d", c)})
		}
		for len(d.Entities) < 10 {
			name := fmt.Sprintf("Organisation %d", pick(2000))
			add(graph.Entity{ID: graph.EntityID(graph.LabelOrganization, name), Type: graph.LabelOrganization, Name: name, Kind: "party"})
		}
		for s := range 2 {
			desc := fmt.Sprintf("source close to the government %d", s)
			add(graph.Entity{ID: graph.SourceID(aid, desc), Type: graph.LabelSource, Name: desc, Anonymous: true})
		}
		ents := d.Entities
		for c := 1; c <= 6; c++ {
			d.Claims = append(d.Claims, graph.Claim{
				ID: graph.ClaimID(aid, c), Speaker: ents[rng.IntN(len(ents))].ID, Kind: graph.KindIndirect, Cue: "said",
				Text: "something was said about something else, at some length", Start: 100 * c, End: 100*c + 60,
				About: []string{ents[rng.IntN(len(ents))].ID},
			})
		}
		for s := range 3 {
			d.Stances = append(d.Stances, graph.Stance{Holder: ents[s].ID, Target: ents[5+s].ID, Polarity: graph.Negative,
				Score: -0.5, Evidence: "criticised", Claim: d.Claims[s].ID})
		}
		d.Relations = []graph.Relation{
			{Subject: ents[0].ID, Predicate: graph.RelLeaderOf, Object: ents[6].ID, Evidence: "President"},
			{Subject: ents[1].ID, Predicate: graph.RelMemberOf, Object: ents[8].ID, Evidence: "member"},
		}
		if err := d.Validate(); err != nil {
			panic(err)
		}
		docs[i] = d
	}
	return docs
}

// BenchmarkWriter loads 1,000 synthetic documents (about 17,000 nodes and
// 37,000 relationships) into an empty database, per batch size, and reports
// records (nodes + relationships) written per second; "reload" loads them
// again, which first deletes what each article contributed. Run it against a
// server of its own, not one others use (it empties the database):
//
//	NEWSGRAPH_NEO4J_INSTANCE=bench NEWSGRAPH_NEO4J_BOLT_PORT=7689 NEWSGRAPH_NEO4J_HTTP_PORT=7476 scripts/neo4j.sh start
//	eval "$(NEWSGRAPH_NEO4J_INSTANCE=bench scripts/neo4j.sh env)"
//	go test ./graph -run '^$' -bench BenchmarkWriter -benchtime 2x -count 3
//
// Best of 3, records/s, on the 2-core development machine (shared, load
// average 5-14) with Neo4j 5.26 Community, 1 GB heap:
//
//	batch      25     50    100    200    400
//	load     9100   9100  10800  15600  18000
//	reload   9800   9500   9400   9800   6500
//
// Loading gains from bigger batches (fewer statements per record); re-loading
// does not, and from about 20,000 records per transaction the server's heap
// runs short (a 1,000-document re-load, 50,000 records, made it exit with
// OutOfMemoryError). Hence DefaultBatchSize 200 and DefaultMaxRecords.
func BenchmarkWriter(b *testing.B) {
	db := neo4jtest.Open(b)
	docs := syntheticDocs(1000)
	ctx := context.Background()
	// Warm up: let the server plan every statement once.
	neo4jtest.Reset(b, db)
	for range 2 {
		w := graph.NewWriter(db, graph.WriterOptions{})
		if err := w.EnsureSchema(ctx); err != nil {
			b.Fatal(err)
		}
		for _, d := range docs[:100] {
			_ = w.Write(ctx, d)
		}
		if err := w.Flush(ctx); err != nil {
			b.Fatal(err)
		}
	}
	for _, size := range []int{25, 50, 100, 200, 400} {
		for _, reload := range []bool{false, true} {
			name := fmt.Sprintf("batch=%d", size)
			if reload {
				name += "/reload"
			}
			b.Run(name, func(b *testing.B) {
				b.ReportAllocs()
				var records int64
				for b.Loop() {
					b.StopTimer()
					if !reload {
						neo4jtest.Reset(b, db)
					}
					w := graph.NewWriter(db, graph.WriterOptions{BatchSize: size, MaxRecords: 1 << 30})
					if err := w.EnsureSchema(ctx); err != nil {
						b.Fatal(err)
					}
					if reload {
						for _, d := range docs {
							_ = w.Write(ctx, d)
						}
						if err := w.Flush(ctx); err != nil {
							b.Fatal(err)
						}
						w = graph.NewWriter(db, graph.WriterOptions{BatchSize: size, MaxRecords: 1 << 30})
					}
					b.StartTimer()
					for _, d := range docs {
						if err := w.Write(ctx, d); err != nil {
							b.Fatal(err)
						}
					}
					if err := w.Flush(ctx); err != nil {
						b.Fatal(err)
					}
					st := w.Stats()
					records += st.Nodes + st.Relationships
				}
				b.ReportMetric(float64(records)/b.Elapsed().Seconds(), "records/s")
				b.ReportMetric(float64(records)/float64(b.N), "records/op")
			})
		}
	}
}
