package queries_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/queries/querytest"
)

const meduzaTitle = "Putin administration hoped a Harris win in the U.S. election would lead to another ‘January 6’ but has ‘soft spot’ for Trump, Kremlin insiders say"

// run runs the saved query name with parameters given as on the command
// line.
func run(t *testing.T, db *graph.DB, name string, given map[string]string) *queries.Result {
	t.Helper()
	reg, err := queries.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	q, err := reg.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	params, err := q.Values(given)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := queries.Run(ctx, db, q, params)
	if err != nil {
		t.Fatalf("run %s %v: %v", name, given, err)
	}
	return res
}

// matches reports whether row has every value of want.
func matches(res *queries.Result, row []any, want map[string]any) bool {
	for k, v := range want {
		i := slices.Index(res.Columns, k)
		if i < 0 || !cmp.Equal(row[i], v) {
			return false
		}
	}
	return true
}

// hasRow fails the test unless some row has every value of want.
func hasRow(t *testing.T, res *queries.Result, want map[string]any) {
	t.Helper()
	for _, row := range res.Rows {
		if matches(res, row, want) {
			return
		}
	}
	t.Errorf("no row with %v; got columns %v and rows:\n%s", want, res.Columns, dump(res))
}

// every fails the test unless every row satisfies ok, and there are rows.
func every(t *testing.T, res *queries.Result, what string, ok func(row map[string]any) bool) {
	t.Helper()
	if len(res.Rows) == 0 {
		t.Errorf("got no rows, want rows where %s", what)
	}
	for _, m := range res.Maps() {
		if !ok(m) {
			t.Errorf("got row %v, want %s", m, what)
		}
	}
}

func wantRows(t *testing.T, res *queries.Result, n int) {
	t.Helper()
	if len(res.Rows) != n {
		t.Errorf("got %d rows, want %d:\n%s", len(res.Rows), n, dump(res))
	}
}

func dump(res *queries.Result) string {
	var b strings.Builder
	for _, m := range res.Maps() {
		fmt.Fprintf(&b, "  %v\n", m)
	}
	return b.String()
}

func listHas(v any, s string) bool {
	l, _ := v.([]any)
	return slices.Contains(l, any(s))
}

// TestSavedQueries runs every saved query on the fixture of real articles
// (see querytest) in the real Neo4j and checks specific rows, against
// what the articles say and against direct Cypher counts.
func TestSavedQueries(t *testing.T) {
	db := querytest.Load(t)
	count := func(cypher string, params map[string]any) int64 {
		t.Helper()
		return neo4jtest.Count(t, db, cypher, params)
	}
	tests := []struct {
		name  string
		query string
		given map[string]string
		check func(t *testing.T, res *queries.Result)
	}{
		{
			name: "overview counts what Cypher counts", query: "overview", given: nil,
			check: func(t *testing.T, res *queries.Result) {
				for _, l := range graph.Labels {
					hasRow(t, res, map[string]any{"section": "nodes", "name": string(l),
						"count": count(fmt.Sprintf("MATCH (n:%s) RETURN count(n)", l), nil)})
				}
				for _, rt := range graph.RelTypes {
					hasRow(t, res, map[string]any{"section": "relationships", "name": string(rt),
						"count": count(fmt.Sprintf("MATCH ()-[r:%s]->() RETURN count(r)", rt), nil)})
				}
				for _, o := range []string{"Fox News", "HuffPost", "The New York Times"} {
					hasRow(t, res, map[string]any{"section": "top outlets", "name": o, "count": int64(querytest.BasilArticles / 3)})
				}
				hasRow(t, res, map[string]any{"section": "published", "name": "undated", "count": int64(2)}) // Meduza, BBC
				hasRow(t, res, map[string]any{"section": "published", "name": "2010-02-20 to 2019-03-25",
					"count": int64(len(querytest.ArticleIDs(t)) - 2)})
				outlets := count(`MATCH (o:Outlet) WHERE EXISTS { (o)<-[:PUBLISHED_BY]-() } RETURN count(o)`, nil)
				if want := len(graph.Labels) + len(graph.RelTypes) + int(min(outlets, 10)) + 2; len(res.Rows) != want {
					t.Errorf("got %d rows, want %d", len(res.Rows), want)
				}
			},
		},
		{
			name: "find putin", query: "find-entity", given: map[string]string{"text": "putin"},
			check: func(t *testing.T, res *queries.Result) {
				if len(res.Rows) == 0 || res.Rows[0][0] != "person:vladimir-putin" {
					t.Errorf("got first row %v, want person:vladimir-putin first", res.Rows)
				}
			},
		},
		{
			name: "find sources by description", query: "find-entity", given: map[string]string{"text": "regional official", "types": "Source"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"id": "source:meduza-kremlin-trump:senior-regional-official", "type": "Source"})
				every(t, res, "type Source", func(r map[string]any) bool { return r["type"] == "Source" })
			},
		},
		{
			name: "top people and countries of 2010–2011", query: "top-entities",
			given: map[string]string{"types": "Person,Country", "from": "2010-01-01", "to": "2011-12-31"},
			check: func(t *testing.T, res *queries.Result) {
				us := count(`MATCH (a:Article)-[:MENTIONS]->(:Country {id: 'country:us'})
					WHERE '2010-01-01' <= a.published <= '2011-12-31' RETURN count(a)`, nil)
				if len(res.Rows) == 0 || !matches(res, res.Rows[0], map[string]any{"entity": "United States", "type": "Country", "articles": us}) {
					t.Errorf("got first row %v, want United States in %d articles", res.Maps()[:min(1, len(res.Rows))], us)
				}
				hasRow(t, res, map[string]any{"entity": "Barack Obama", "type": "Person"})
				every(t, res, "a Person or a Country", func(r map[string]any) bool { return r["type"] == "Person" || r["type"] == "Country" })
			},
		},
		{
			name: "top entities of one outlet, any case", query: "top-entities", given: map[string]string{"outlet": "bbc news", "limit": "100"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"entity": "Tony Blair", "type": "Person", "articles": int64(1),
					"mentions": count(`MATCH (:Article {id: 'article:bbc-politics-189'})-[m:MENTIONS]->(:Person {id: 'person:tony-blair'}) RETURN m.count`, nil)})
				every(t, res, "one article (the fixture has one BBC article)", func(r map[string]any) bool { return r["articles"] == int64(1) })
			},
		},
		{
			name: "neighbourhood of Putin", query: "neighbourhood", given: map[string]string{"entity": "vladimir putin"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"entity": "Vladimir Putin", "neighbour": "Donald Trump", "type": "Person", "articles": int64(1)})
				hasRow(t, res, map[string]any{"neighbour": "Russia", "type": "Country",
					"claims": count(`MATCH (:Person {id: 'person:vladimir-putin'})-[:CLAIMS|ABOUT]-(c:Claim)-[:CLAIMS|ABOUT]-(:Country {id: 'country:ru'}) RETURN count(DISTINCT c)`, nil)})
				every(t, res, "entity Vladimir Putin", func(r map[string]any) bool { return r["entity"] == "Vladimir Putin" })
			},
		},
		{
			name: "neighbourhood restricted to countries", query: "neighbourhood", given: map[string]string{"entity": "Putin", "types": "Country"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"neighbour": "United States"})
				every(t, res, "a Country", func(r map[string]any) bool { return r["type"] == "Country" })
			},
		},
		{
			name: "claims by Tony Blair", query: "claims-by", given: map[string]string{"speaker": "Tony Blair"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"speaker": "Tony Blair", "cue": "warned", "kind": "indirect", "outlet": "BBC News",
					"article": "Blair congratulates Bush on win",
					"claim":   `Solving the conflict in the Middle East was the world's single most "pressing political challenge" of the present day`})
				wantRows(t, res, int(count(`MATCH (:Person {id: 'person:tony-blair'})-[:CLAIMS]->(c) RETURN count(c)`, nil)))
			},
		},
		{
			name: "direct quotes of Tony Blair, by id", query: "claims-by", given: map[string]string{"speaker": "person:tony-blair", "kind": "direct"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"cue": "urged", "claim": `Europe and the US to "build anew their alliance"`})
				every(t, res, "kind direct", func(r map[string]any) bool { return r["kind"] == "direct" })
			},
		},
		{
			name: "claims about Trump by anonymous sources", query: "claims-about", given: map[string]string{"entity": "trump", "speaker_types": "Source"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"entity": "Donald Trump", "speaker": "senior regional official", "cue": "said", "outlet": "Meduza"})
				hasRow(t, res, map[string]any{"speaker": "source close to the Russian government", "cue": "expressed doubt"})
				every(t, res, "a Source speaker", func(r map[string]any) bool { return r["speaker_type"] == "Source" })
			},
		},
		{
			name: "stances toward Trump", query: "stances-toward", given: map[string]string{"target": "Donald Trump"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"target": "Donald Trump", "holder": "senior regional official", "holder_type": "Source",
					"polarity": "positive", "outlet": "Meduza", "article": meduzaTitle, "cue": "said", "evidence": "sympathetic to Trump"})
				hasRow(t, res, map[string]any{"holder": "source close to the Russian government", "polarity": "negative", "outlet": "Meduza"})
				hasRow(t, res, map[string]any{"holder": "Kim Jong Un", "polarity": "positive", "outlet": "Washington Times", "published": "2018-06-13"})
				wantRows(t, res, int(count(`MATCH ()-[s:STANCE]->(:Person {id: 'person:donald-trump'}) RETURN count(s)`, nil)))
				// positive before negative
				pol := res.Column("polarity")
				if i := slices.Index(pol, any("negative")); i >= 0 && slices.Contains(pol[i:], any("positive")) {
					t.Errorf("got polarities %v, want the positive ones first", pol)
				}
			},
		},
		{
			name: "negative stances toward Trump, by alias", query: "stances-toward", given: map[string]string{"target": "trump", "polarity": "negative"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"holder": "source close to the Russian government", "evidence": "Trump is an impulsive"})
				every(t, res, "negative", func(r map[string]any) bool { return r["polarity"] == "negative" })
			},
		},
		{
			name: "strong stances only", query: "stances-toward", given: map[string]string{"target": "person:donald-trump", "min_score": "0.65"},
			check: func(t *testing.T, res *queries.Result) {
				every(t, res, "|score| ≥ 0.65", func(r map[string]any) bool {
					s, _ := r["score"].(float64)
					return s >= 0.65 || s <= -0.65
				})
			},
		},
		{
			name: "claims on anonymous sources close to the Kremlin", query: "anonymous-claims", given: map[string]string{"close_to": "kremlin"},
			check: func(t *testing.T, res *queries.Result) {
				// "Putin’s administration" is the Kremlin, so its source counts too
				hasRow(t, res, map[string]any{"outlet": "Meduza", "close_to": "Kremlin", "sources": int64(3),
					"claims": count(`MATCH (s:Source)-[:CLAIMS]->(c) WHERE s.id IN ['source:meduza-kremlin-trump:kremlin-insiders', 'source:meduza-kremlin-trump:sources-close-to-the-kremlin', 'source:meduza-kremlin-trump:source-close-to-putins-administration'] RETURN count(c)`, nil)})
			},
		},
		{
			name: "claims on anonymous sources at Meduza", query: "anonymous-claims", given: map[string]string{"outlet": "MEDUZA"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"close_to": "Kremlin", "sources": int64(3),
					"descriptions": []any{"Kremlin insiders", "source close to Putin’s administration", "sources close to the Kremlin"}})
				hasRow(t, res, map[string]any{"close_to": "United Russia", "descriptions": []any{"State Duma deputy from the United Russia party"}})
				hasRow(t, res, map[string]any{"close_to": "Russia", "descriptions": []any{"source close to the Russian government"}})
				hasRow(t, res, map[string]any{"close_to": "(unstated)", "descriptions": []any{"senior regional official", "sources close to the president’s office"}})
				every(t, res, "outlet Meduza", func(r map[string]any) bool { return r["outlet"] == "Meduza" })
			},
		},
		{
			name: "who quotes whom", query: "outlet-speakers", given: map[string]string{"min_claims": "1", "limit": "10000"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"outlet": "BBC News", "speaker": "Tony Blair", "speaker_type": "Person", "articles": int64(1),
					"claims": count(`MATCH (:Person {id: 'person:tony-blair'})-[:CLAIMS]->(c)-[:REPORTED_IN]->(:Article {outlet: 'BBC News'}) RETURN count(c)`, nil)})
				hasRow(t, res, map[string]any{"outlet": "Meduza", "speaker": "Vladimir Putin"})
			},
		},
		{
			name: "who quotes whom, sources at Meduza", query: "outlet-speakers", given: map[string]string{"outlet": "Meduza", "speaker_types": "Source"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"speaker": "Kremlin insiders", "speaker_type": "Source", "claims": int64(4)})
				every(t, res, "Meduza, Source, at least 2 claims", func(r map[string]any) bool {
					n, _ := r["claims"].(int64)
					return r["outlet"] == "Meduza" && r["speaker_type"] == "Source" && n >= 2
				})
			},
		},
		{
			name: "countries mentioned together", query: "country-pairs", given: map[string]string{"min_articles": "1", "limit": "1000"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"country_a": "Russia", "country_b": "United States",
					"articles": count(`MATCH (:Country {id: 'country:ru'})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(:Country {id: 'country:us'}) RETURN count(a)`, nil)})
				hasRow(t, res, map[string]any{"country_a": "China", "country_b": "Russia", "articles": int64(1)}) // Meduza
				every(t, res, "pairs in name order", func(r map[string]any) bool { return r["country_a"].(string) < r["country_b"].(string) })
			},
		},
		{
			name: "countries together in 2010–2011", query: "country-pairs", given: map[string]string{"from": "2010-01-01", "to": "2011-12-31"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"country_a": "Afghanistan", "country_b": "United States"})
				for _, r := range res.Maps() {
					if r["country_a"] == "Russia" && r["country_b"] == "United States" {
						n := count(`MATCH (:Country {id: 'country:ru'})<-[:MENTIONS]-(a:Article)-[:MENTIONS]->(:Country {id: 'country:us'})
							WHERE '2010-01-01' <= a.published <= '2011-12-31' RETURN count(a)`, nil)
						if r["articles"] != n {
							t.Errorf("got Russia–United States in %v articles, want %d", r["articles"], n)
						}
					}
				}
			},
		},
		{
			name: "from Tony Blair to Vladimir Putin", query: "shortest-path", given: map[string]string{"from": "Tony Blair", "to": "Vladimir Putin"},
			check: func(t *testing.T, res *queries.Result) {
				shortest := count(`MATCH p = shortestPath((:Person {id: 'person:tony-blair'})-[:MENTIONS|CLAIMS|ABOUT|REPORTED_IN|STANCE|LEADER_OF|AFFILIATED_WITH|WORKS_FOR|MEMBER_OF|LOCATED_IN|PART_OF*..8]-(:Person {id: 'person:vladimir-putin'})) RETURN length(p)`, nil)
				checkPaths(t, res, "person:tony-blair", "person:vladimir-putin", 3, int(shortest))
				// Blair and Putin share no article: the path goes through
				// the BBC article, something both mention, and Meduza's.
				hasRow(t, res, map[string]any{"path": int64(1), "step": int64(1), "id": "article:bbc-politics-189", "next": "-[MENTIONS]->"})
				hasRow(t, res, map[string]any{"path": int64(1), "step": int64(3), "id": "article:meduza-kremlin-trump"})
			},
		},
		{
			name: "from Putin to Trump: one article", query: "shortest-path", given: map[string]string{"from": "Putin", "to": "Trump", "paths": "1"},
			check: func(t *testing.T, res *queries.Result) {
				checkPaths(t, res, "person:vladimir-putin", "person:donald-trump", 1, 2)
			},
		},
		{
			name: "timeline of Tony Blair", query: "timeline", given: map[string]string{"entity": "Tony Blair"},
			check: func(t *testing.T, res *queries.Result) {
				wantRows(t, res, int(count(`MATCH (:Person {id: 'person:tony-blair'})<-[:MENTIONS]-(a) RETURN count(a)`, nil)))
				hasRow(t, res, map[string]any{"entity": "Tony Blair", "outlet": "BBC News", "article": "Blair congratulates Bush on win",
					"mentions": count(`MATCH (:Article {id: 'article:bbc-politics-189'})-[m:MENTIONS]->(:Person {id: 'person:tony-blair'}) RETURN m.count`, nil),
					"claims":   count(`MATCH (:Person {id: 'person:tony-blair'})-[:CLAIMS]->(c)-[:REPORTED_IN]->(:Article {id: 'article:bbc-politics-189'}) RETURN count(c)`, nil)})
				for _, r := range res.Maps() {
					if r["article_id"] == "article:bbc-politics-189" && !listHas(r["stances"], "positive toward John Kerry") {
						t.Errorf("got stances %v, want positive toward John Kerry among them", r["stances"])
					}
				}
			},
		},
		{
			name: "timeline of Trump, dated articles in order", query: "timeline", given: map[string]string{"entity": "Donald Trump", "from": "2018-01-01", "to": "2018-12-31"},
			check: func(t *testing.T, res *queries.Result) {
				got := res.Column("article_id")
				want := []any{"article:" + querytest.KimTrump[0], "article:" + querytest.KimTrump[1]}
				if !slices.Equal(got, want) {
					t.Errorf("got articles %v, want %v", got, want)
				}
			},
		},
		{
			name: "opposing stances toward Trump", query: "opposing-stances", given: map[string]string{"target": "Donald Trump"},
			check: func(t *testing.T, res *queries.Result) {
				wantRows(t, res, 1)
				for _, r := range res.Maps() {
					if r["target"] != "Donald Trump" || !listHas(r["positive"], "senior regional official") ||
						!listHas(r["negative"], "source close to the Russian government") || !listHas(r["negative"], "Kim Jong Un") {
						t.Errorf("got %v, want Donald Trump with senior regional official positive and source close to the Russian government and Kim Jong Un negative", r)
					}
				}
			},
		},
		{
			name: "every target with opposing stances", query: "opposing-stances", given: nil,
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"target": "Donald Trump", "type": "Person"})
				every(t, res, "holders on both sides", func(r map[string]any) bool {
					p, _ := r["positive_holders"].(int64)
					n, _ := r["negative_holders"].(int64)
					return p >= 1 && n >= 1
				})
			},
		},
		{
			name: "stance changes", query: "stance-changes", given: nil,
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"holder": "Kim Jong Un", "target": "Donald Trump",
					"was": "negative", "was_published": "2018-03-09", "was_outlet": "USA Today", "was_evidence": "blame Trump",
					"became": "positive", "became_published": "2018-06-13", "became_outlet": "Washington Times", "became_evidence": "praising President Trump"})
			},
		},
		{
			name: "stance changes of one holder toward one target", query: "stance-changes", given: map[string]string{"holder": "kim jong un", "target": "trump"},
			check: func(t *testing.T, res *queries.Result) {
				wantRows(t, res, 1)
				hasRow(t, res, map[string]any{"holder": "Kim Jong Un", "was": "negative", "became": "positive"})
			},
		},
		{
			name: "stance changes toward an unknown target", query: "stance-changes", given: map[string]string{"holder": "Kim Jong Un", "target": "Nobody Atall"},
			check: func(t *testing.T, res *queries.Result) { wantRows(t, res, 0) },
		},
		{
			name: "who takes part in the U.S. presidential election", query: "event-participants", given: map[string]string{"event": "U.S. presidential election", "per_event": "20"},
			check: func(t *testing.T, res *queries.Result) {
				wantRows(t, res, 1)
				hasRow(t, res, map[string]any{"event": "U.S. presidential election", "id": "event:u-s-presidential-election",
					"articles": count(`MATCH (:Event {id: 'event:u-s-presidential-election'})<-[:MENTIONS]-(a) RETURN count(a)`, nil)})
				for _, r := range res.Maps() {
					if !listHas(r["people"], "Donald Trump (1)") || !listHas(r["people"], "Tony Blair (1)") || !listHas(r["countries"], "Russia (1)") {
						t.Errorf("got people %v and countries %v, want Donald Trump, Tony Blair and Russia among them", r["people"], r["countries"])
					}
				}
			},
		},
		{
			name: "most-mentioned events", query: "event-participants", given: map[string]string{"limit": "3"},
			check: func(t *testing.T, res *queries.Result) {
				wantRows(t, res, 3)
				top := count(`MATCH (e:Event) RETURN max(COUNT { (e)<-[:MENTIONS]-() })`, nil)
				if len(res.Rows) > 0 && !matches(res, res.Rows[0], map[string]any{"articles": top}) {
					t.Errorf("got first row %v, want an event in %d articles", res.Maps()[0], top)
				}
			},
		},
		{
			name: "articles with Putin and Trump", query: "articles-with-both", given: map[string]string{"a": "Vladimir Putin", "b": "Donald Trump"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"id": "article:meduza-kremlin-trump", "outlet": "Meduza", "article": meduzaTitle,
					"a_mentions": count(`MATCH (:Article {id: 'article:meduza-kremlin-trump'})-[m:MENTIONS]->(:Person {id: 'person:vladimir-putin'}) RETURN m.count`, nil),
					"b_mentions": count(`MATCH (:Article {id: 'article:meduza-kremlin-trump'})-[m:MENTIONS]->(:Person {id: 'person:donald-trump'}) RETURN m.count`, nil)})
				wantRows(t, res, int(count(`MATCH (:Person {id: 'person:vladimir-putin'})<-[:MENTIONS]-(a)-[:MENTIONS]->(:Person {id: 'person:donald-trump'}) RETURN count(a)`, nil)))
			},
		},
		{
			name: "articles with Blair and Putin: none", query: "articles-with-both", given: map[string]string{"a": "Tony Blair", "b": "Vladimir Putin"},
			check: func(t *testing.T, res *queries.Result) { wantRows(t, res, 0) },
		},
		{
			name: "relations of Putin", query: "relations", given: map[string]string{"entity": "Vladimir Putin"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"subject": "Vladimir Putin", "predicate": "LEADER_OF", "object": "Russia", "evidence": "Russian President Vladimir Putin"})
			},
		},
		{
			name: "relations of the Liberal Democrats, both ways", query: "relations", given: map[string]string{"entity": "Liberal Democrats"},
			check: func(t *testing.T, res *queries.Result) {
				hasRow(t, res, map[string]any{"subject": "Charles Kennedy", "predicate": "LEADER_OF", "object": "Liberal Democrats"})
				hasRow(t, res, map[string]any{"subject": "Menzies Campbell", "predicate": "MEMBER_OF", "object": "Liberal Democrats"})
			},
		},
		{
			name: "most quoted at the BBC", query: "most-quoted", given: map[string]string{"speaker_types": "Person", "outlet": "BBC News"},
			check: func(t *testing.T, res *queries.Result) {
				n := count(`MATCH (:Person {id: 'person:tony-blair'})-[:CLAIMS]->(c) RETURN count(c)`, nil)
				d := count(`MATCH (:Person {id: 'person:tony-blair'})-[:CLAIMS]->(c {kind: 'direct'}) RETURN count(c)`, nil)
				if len(res.Rows) == 0 || !matches(res, res.Rows[0], map[string]any{"speaker": "Tony Blair", "claims": n, "direct": d, "articles": int64(1)}) {
					t.Errorf("got %v, want Tony Blair first with %d claims, %d direct", res.Maps(), n, d)
				}
			},
		},
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		covered[tt.query] = true
		t.Run(tt.name, func(t *testing.T) {
			tt.check(t, run(t, db, tt.query, tt.given))
		})
	}
	reg, err := queries.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range reg.List() {
		if !covered[q.Name] {
			t.Errorf("saved query %s has no test case", q.Name)
		}
	}
}

// checkPaths checks the rows of shortest-path: n paths (at most) from one
// id to another, each a chain of steps from 0, the first of the given
// length.
func checkPaths(t *testing.T, res *queries.Result, from, to string, n, length int) {
	t.Helper()
	if len(res.Rows) == 0 {
		t.Fatalf("got no path from %s to %s", from, to)
	}
	type step struct {
		path, step int64
		id         string
		next       any
	}
	paths := map[int64][]step{}
	for _, r := range res.Maps() {
		p, s := r["path"].(int64), r["step"].(int64)
		paths[p] = append(paths[p], step{p, s, r["id"].(string), r["next"]})
	}
	if len(paths) > n {
		t.Errorf("got %d paths, want at most %d", len(paths), n)
	}
	prev := 0
	for p := int64(1); p <= int64(len(paths)); p++ {
		steps := paths[p]
		if len(steps) == 0 {
			t.Fatalf("paths are not numbered from 1: %v", paths)
		}
		if steps[0].id != from || steps[len(steps)-1].id != to {
			t.Errorf("path %d goes from %s to %s, want %s to %s", p, steps[0].id, steps[len(steps)-1].id, from, to)
		}
		for i, s := range steps {
			last := i == len(steps)-1
			if s.step != int64(i) || (s.next == nil) != last {
				t.Errorf("path %d: step %d is %+v", p, i, s)
			}
		}
		if p == 1 && len(steps)-1 != length {
			t.Errorf("got a first path of length %d, want %d", len(steps)-1, length)
		}
		if len(steps)-1 < prev {
			t.Errorf("path %d is shorter than the one before", p)
		}
		prev = len(steps) - 1
	}
}

// TestExamples runs every saved query with the values of its example, as
// `newsgraph query bench` does.
func TestExamples(t *testing.T) {
	db := querytest.Load(t)
	reg, err := queries.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range reg.List() {
		t.Run(q.Name, func(t *testing.T) {
			res := run(t, db, q.Name, q.Example)
			if len(res.Rows) == 0 {
				t.Errorf("the example of %s returns no rows on the fixture", q.Name)
			}
		})
	}
}

// TestUnknownEntity: a name no entity has gives no rows, not an error, and
// Lucene's special characters are taken literally.
func TestUnknownEntity(t *testing.T) {
	db := querytest.Load(t)
	for _, name := range []string{"Nobody Atall", `a "quoted\ name`, "AND OR NOT*?~:/"} {
		for _, q := range []string{"stances-toward", "timeline"} {
			key := "target"
			if q == "timeline" {
				key = "entity"
			}
			if res := run(t, db, q, map[string]string{key: name}); len(res.Rows) != 0 {
				t.Errorf("%s %s=%q: got %d rows, want none", q, key, name, len(res.Rows))
			}
		}
	}
}

// claimsAboutReference is claims-about as plain Cypher: every claim about
// the entity, filtered and ordered from the claims, their speakers and
// articles, not from the properties the writer copies onto ABOUT.
const claimsAboutReference = `MATCH (e {id: $id})<-[:ABOUT]-(c:Claim)<-[:CLAIMS]-(speaker)
WHERE size($speaker_types) = 0 OR labels(speaker)[0] IN $speaker_types
MATCH (c)-[:REPORTED_IN]->(a:Article)
WHERE ($from IS NULL OR a.published >= $from) AND ($to IS NULL OR a.published <= $to)
WITH c, a ORDER BY a.published, a.id, c.start, c.id
LIMIT $limit
RETURN c.id AS id, a.published IS NULL AS undated`

// TestClaimsAboutIsPlainCount compares claims-about, which reads the
// claims about an entity from the composite ABOUT index in date order,
// with claimsAboutReference, for every entity claims are about, with
// limits that cut through claims of one date (ties), speaker types and
// date ranges; and checks that the cases include claims of undated
// articles (which the index does not hold) and ties at the limit.
func TestClaimsAboutIsPlainCount(t *testing.T) {
	db := querytest.Load(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	_, recs, err := db.Read(ctx, `MATCH (e)<-[:ABOUT]-() RETURN DISTINCT e.id AS id ORDER BY id`, nil)
	if err != nil {
		t.Fatal(err)
	}
	undated, ties := 0, 0
	for _, r := range recs {
		id := r.Values[0].(string)
		for _, limit := range []int{1, 3, 1000} {
			for _, types := range [][]string{nil, {"Source"}, {"Person", "Country"}} {
				for _, dates := range [][2]string{{}, {"2016-01-01", ""}, {"", "2016-12-31"}} {
					given := map[string]string{"entity": id, "limit": fmt.Sprint(limit), "speaker_types": strings.Join(types, ",")}
					params := map[string]any{"id": id, "limit": limit, "speaker_types": types, "from": nil, "to": nil}
					if types == nil {
						params["speaker_types"] = []string{}
					}
					if dates[0] != "" {
						given["from"], params["from"] = dates[0], dates[0]
					}
					if dates[1] != "" {
						given["to"], params["to"] = dates[1], dates[1]
					}
					_, ref, err := db.Read(ctx, claimsAboutReference, params)
					if err != nil {
						t.Fatal(err)
					}
					want := []any{}
					for _, r := range ref {
						want = append(want, r.Values[0])
						if r.Values[1].(bool) {
							undated++
						}
					}
					got := run(t, db, "claims-about", given).Column("id")
					if diff := cmp.Diff(want, got); diff != "" {
						t.Errorf("claims-about %v (-reference +got):\n%s", given, diff)
					}
					if len(want) == limit {
						params["limit"] = limit + 1
						if _, more, err := db.Read(ctx, claimsAboutReference, params); err == nil && len(more) > limit {
							last, next := dateOf(t, db, want[limit-1]), dateOf(t, db, more[limit].Values[0])
							if last == next {
								ties++
							}
						}
					}
				}
			}
		}
	}
	if undated == 0 || ties == 0 {
		t.Errorf("the cases hold %d claims of undated articles and %d ties at the limit; the fixture should give both", undated, ties)
	}
}

// dateOf returns the date of the article of a claim.
func dateOf(t *testing.T, db *graph.DB, claim any) any {
	t.Helper()
	_, recs, err := db.Read(context.Background(), `MATCH (:Claim {id: $id})-[:REPORTED_IN]->(a) RETURN a.published`, map[string]any{"id": claim})
	if err != nil || len(recs) != 1 {
		t.Fatalf("date of %v: %v", claim, err)
	}
	return recs[0].Values[0]
}
