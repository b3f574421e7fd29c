package graph

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// quotedKey identifies one QUOTED_BY summary: speaker, outlet node and the
// article's outlet property.
type quotedKey struct {
	speaker, outlet, name string
}

// quotedCount is what QUOTED_BY counts, or a change to it.
type quotedCount struct {
	claims, direct, articles int64
}

func (c quotedCount) plus(o quotedCount) quotedCount {
	return quotedCount{c.claims + o.claims, c.direct + o.direct, c.articles + o.articles}
}

func (c quotedCount) minus(o quotedCount) quotedCount {
	return quotedCount{c.claims - o.claims, c.direct - o.direct, c.articles - o.articles}
}

// addQuoted adds what doc contributes to the QUOTED_BY summaries to q: per
// speaker of its claims, the claims, the direct quotes and one article,
// under the article's outlet (as Flatten's PUBLISHED_BY).
func addQuoted(q map[quotedKey]quotedCount, doc *Document) {
	a := &doc.Article
	if a.Outlet == "" || Slug(a.Outlet) == "" || len(doc.Claims) == 0 {
		return
	}
	outlet := EntityID(LabelOutlet, a.Outlet)
	per := make(map[string]quotedCount)
	for i := range doc.Claims {
		c := &doc.Claims[i]
		n := per[c.Speaker]
		n.claims++
		if c.Kind == KindDirect {
			n.direct++
		}
		n.articles = 1
		per[c.Speaker] = n
	}
	for speaker, n := range per {
		k := quotedKey{speaker, outlet, a.Outlet}
		q[k] = q[k].plus(n)
	}
}

// oldQuotedQuery returns what the articles $ids contribute to the QUOTED_BY
// summaries as the graph holds them, before a load replaces them.
const oldQuotedQuery = `UNWIND $ids AS id
MATCH (a:Article {id: id})-[:PUBLISHED_BY]->(o:Outlet)
MATCH (a)<-[:REPORTED_IN]-(c:Claim)<-[:CLAIMS]-(s)
RETURN s.id, o.id, a.outlet, count(c), sum(CASE c.kind WHEN 'direct' THEN 1 ELSE 0 END), count(DISTINCT a)`

// subtractOld reads what the batch's articles contributed to the QUOTED_BY
// summaries when last loaded and subtracts it from delta. It runs after the
// articles are locked and before their contributions are removed.
func subtractOld(delta map[quotedKey]quotedCount, ids []string,
	execEach func(what, cypher string, params map[string]any, each func(*neo4j.Record)) (int64, error)) error {
	_, err := execEach("read what the articles counted in the summaries", oldQuotedQuery, map[string]any{"ids": ids}, func(r *neo4j.Record) {
		str := func(i int) string { s, _ := r.Values[i].(string); return s }
		num := func(i int) int64 { n, _ := r.Values[i].(int64); return n }
		k := quotedKey{str(0), str(1), str(2)}
		delta[k] = delta[k].minus(quotedCount{num(3), num(4), num(5)})
	})
	return err
}

// applyQuotedQuery adds $rows ({speaker, outlet, name, claims, direct,
// articles}) to the QUOTED_BY summaries of speakers of label %s, and
// removes the summaries left at no claim. SET q.x = q.x + d takes the
// relationship's write lock before reading it, so two loads adding to one
// summary both count. Rows whose speaker no longer exists (a Source the
// new version of its article dropped, removed with its summaries) match
// nothing.
const applyQuotedQuery = stablePlan + `UNWIND $rows AS row
MATCH (o:Outlet {id: row.outlet})
MATCH (s:%s {id: row.speaker})
MERGE (s)-[q:QUOTED_BY {outlet: row.name}]->(o)
SET q.claims = coalesce(q.claims, 0) + row.claims,
  q.direct = coalesce(q.direct, 0) + row.direct,
  q.articles = coalesce(q.articles, 0) + row.articles
WITH q WHERE q.claims <= 0
DELETE q
RETURN count(*)`

// applyQuoted writes the changes of delta to the QUOTED_BY summaries, one
// statement per speaker label. The rows go in a fixed order (speaker label,
// outlet, speaker), so that concurrent loads lock summaries in the same
// order and do not deadlock on them.
func applyQuoted(delta map[quotedKey]quotedCount, exec func(what, cypher string, params map[string]any) (int64, error)) error {
	keys := slices.SortedFunc(maps.Keys(delta), func(a, b quotedKey) int {
		return cmp.Or(cmp.Compare(a.outlet, b.outlet), cmp.Compare(a.speaker, b.speaker), cmp.Compare(a.name, b.name))
	})
	rows := make(map[Label][]map[string]any)
	for _, k := range keys {
		d := delta[k]
		if d == (quotedCount{}) {
			continue
		}
		l := LabelOfID(k.speaker)
		rows[l] = append(rows[l], map[string]any{"speaker": k.speaker, "outlet": k.outlet, "name": k.name,
			"claims": d.claims, "direct": d.direct, "articles": d.articles})
	}
	for _, l := range Labels {
		if len(rows[l]) == 0 {
			continue
		}
		if _, err := exec(fmt.Sprintf("update the QUOTED_BY summaries of %s speakers", l), fmt.Sprintf(applyQuotedQuery, l), map[string]any{"rows": rows[l]}); err != nil {
			return err
		}
	}
	return nil
}

// recountTouchedQuery recomputes, after WriteRecords, what its records may
// have changed: the ABOUT properties of the claims $claims and $about and
// of the claims of the articles $articles, and the QUOTED_BY summaries of
// every speaker and outlet the claims $claims and the articles join,
// recounted from the graph. ($about are claims that only gained an ABOUT:
// what they count in QUOTED_BY is unchanged.)
const recountTouchedQuery = `CALL {
  UNWIND $claims AS id MATCH (c:Claim {id: id}) RETURN c, true AS counted
  UNION
  UNWIND $articles AS id MATCH (:Article {id: id})<-[:REPORTED_IN]-(c:Claim) RETURN c, true AS counted
  UNION
  UNWIND $about AS id MATCH (c:Claim {id: id}) RETURN c, false AS counted
}
CALL (c) {
  MATCH (c)-[r:ABOUT]->(e)
  SET r.entity = e.id,
    r.speaker_type = COLLECT { MATCH (s)-[:CLAIMS]->(c) RETURN labels(s)[0] AS l ORDER BY l LIMIT 1 }[0],
    r.published = COLLECT { MATCH (c)-[:REPORTED_IN]->(a:Article) RETURN a.published AS p ORDER BY p LIMIT 1 }[0]
}
WITH c, counted WHERE counted
CALL (c) {
  MATCH (c)-[:REPORTED_IN]->(:Article)-[:PUBLISHED_BY]->(o:Outlet)
  MATCH (c)<-[:CLAIMS]-(s)
  RETURN s, o
}
WITH DISTINCT s, o ORDER BY o.id, s.id
CALL (s, o) {
  MATCH (s)-[q:QUOTED_BY]->(o)
  DELETE q
}
CALL (s, o) {
  MATCH (s)-[:CLAIMS]->(c:Claim)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(o)
  WITH a.outlet AS outlet, count(c) AS claims, sum(CASE c.kind WHEN 'direct' THEN 1 ELSE 0 END) AS direct, count(DISTINCT a) AS articles
  CREATE (s)-[:QUOTED_BY {outlet: outlet, claims: claims, direct: direct, articles: articles}]->(o)
}
RETURN count(*)`

// touched returns the claims and articles whose summaries the records of
// a WriteRecords batch may change: the Claim and Article nodes, and the
// claims and articles at the ends of CLAIMS, REPORTED_IN and PUBLISHED_BY;
// and apart, the claims at the start of ABOUT (about), whose ABOUT
// properties only may change.
func (b *batch) touched() (claims, about, articles []string) {
	for _, n := range b.nodes[LabelClaim] {
		claims = append(claims, n.ID)
	}
	for _, n := range b.nodes[LabelArticle] {
		articles = append(articles, n.ID)
	}
	for _, g := range b.relOrder {
		for _, row := range b.rels[g] {
			start, end := row["start"].(string), row["end"].(string)
			switch g.t {
			case RelClaims:
				claims = append(claims, end)
			case RelReportedIn:
				claims = append(claims, start)
			case RelAbout:
				about = append(about, start)
			case RelPublishedBy:
				articles = append(articles, start)
			}
		}
	}
	return SortedUnique(claims), SortedUnique(about), SortedUnique(articles)
}

// recountStatements recompute every summary from the graph, each an
// auto-commit statement that commits as it goes (CALL … IN TRANSACTIONS):
// the QUOTED_BY summaries, removed and counted again outlet by outlet.
var recountStatements = []string{
	"MATCH ()-[q:QUOTED_BY]->()\nCALL (q) {\n  DELETE q\n} IN TRANSACTIONS OF 10000 ROWS",
	`MATCH (o:Outlet)
CALL (o) {
  MATCH (o)<-[:PUBLISHED_BY]-(a:Article)<-[:REPORTED_IN]-(c:Claim)<-[:CLAIMS]-(s)
  WITH s, a.outlet AS outlet, count(c) AS claims, sum(CASE c.kind WHEN 'direct' THEN 1 ELSE 0 END) AS direct, count(DISTINCT a) AS articles
  CREATE (s)-[:QUOTED_BY {outlet: outlet, claims: claims, direct: direct, articles: articles}]->(o)
} IN TRANSACTIONS OF 10 ROWS`,
}

// RecountStatements returns the Cypher statements that recompute every
// summary (SummaryTypes) from the graph, to run in order, each as an
// auto-commit transaction (they commit as they go): after a neo4j-admin
// import or LOAD CSV, which write no summaries.
func RecountStatements() []string { return slices.Clone(recountStatements) }

// RecountSummaries recomputes every summary from the graph (see
// RecountStatements). Loads keep the summaries exact; this is for graphs
// written some other way.
func (w *Writer) RecountSummaries(ctx context.Context) error {
	s := w.db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: w.db.database})
	defer s.Close(context.WithoutCancel(ctx))
	for _, stmt := range recountStatements {
		res, err := s.Run(ctx, stmt, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("recount summaries: %w", redact(err, w.db.password))
		}
	}
	return nil
}

// The queries of CheckSummaries: the summaries as stored, and as a plain
// count over the graph gives them, one line each.
const (
	storedQuotedQuery = `MATCH (s)-[q:QUOTED_BY]->(o)
RETURN 'QUOTED_BY ' + s.id + ' -> ' + o.id + ' ' + coalesce(q.outlet, 'null') + ': claims ' + coalesce(toString(q.claims), 'null') +
  ', direct ' + coalesce(toString(q.direct), 'null') + ', articles ' + coalesce(toString(q.articles), 'null')`
	countedQuotedQuery = `MATCH (s)-[:CLAIMS]->(c:Claim)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(o:Outlet)
WITH s, o, a.outlet AS outlet, count(c) AS claims, count(DISTINCT a) AS articles, count(CASE c.kind WHEN 'direct' THEN 1 END) AS direct
RETURN 'QUOTED_BY ' + s.id + ' -> ' + o.id + ' ' + coalesce(outlet, 'null') + ': claims ' + toString(claims) +
  ', direct ' + toString(direct) + ', articles ' + toString(articles)`
	aboutDriftQuery = `MATCH (c:Claim)-[r:ABOUT]->(e)
WITH c, r, e, COLLECT { MATCH (s)-[:CLAIMS]->(c) RETURN labels(s)[0] AS l ORDER BY l } AS types,
  COLLECT { MATCH (c)-[:REPORTED_IN]->(a:Article) RETURN a.published AS p ORDER BY p } AS dates
WHERE coalesce(r.speaker_type, '') <> coalesce(types[0], '') OR coalesce(r.published, '') <> coalesce(dates[0], '') OR coalesce(r.entity, '') <> e.id
RETURN 'ABOUT ' + c.id + ' -> ' + e.id + ': speaker_type ' + coalesce(r.speaker_type, 'null') + ' (counted ' + coalesce(types[0], 'null') +
  '), published ' + coalesce(r.published, 'null') + ' (counted ' + coalesce(dates[0], 'null') + '), entity ' + coalesce(r.entity, 'null')
ORDER BY c.id, e.id LIMIT 1000`
)

// CheckSummaries compares every summary the graph holds with a count over
// the graph made by plain Cypher, and returns what differs, one line each
// ("stored: …" for a summary the count does not give, "counted: …" for one
// the graph lacks or holds otherwise, and the ABOUT relationships whose
// speaker_type or published is not their claim's, or whose entity is not
// the id of their end): none when the summaries are exact. It reads the
// whole graph.
func CheckSummaries(ctx context.Context, db *DB) ([]string, error) {
	lines := func(q string) (map[string]bool, error) {
		_, recs, err := db.Read(ctx, q, nil)
		if err != nil {
			return nil, fmt.Errorf("check summaries: %w", err)
		}
		out := make(map[string]bool, len(recs))
		for _, r := range recs {
			s, _ := r.Values[0].(string)
			out[s] = true
		}
		return out, nil
	}
	stored, err := lines(storedQuotedQuery)
	if err != nil {
		return nil, err
	}
	counted, err := lines(countedQuotedQuery)
	if err != nil {
		return nil, err
	}
	var diff []string
	for s := range stored {
		if !counted[s] {
			diff = append(diff, "stored: "+s)
		}
	}
	for s := range counted {
		if !stored[s] {
			diff = append(diff, "counted: "+s)
		}
	}
	slices.Sort(diff)
	about, err := lines(aboutDriftQuery)
	if err != nil {
		return nil, err
	}
	return append(diff, slices.Sorted(maps.Keys(about))...), nil
}
