package bench

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/graph"
)

// NaiveStats counts what LoadNaive sent.
type NaiveStats struct {
	Documents     int64
	Nodes         int64 // MERGE statements for nodes
	Relationships int64 // MERGE statements for relationships
}

// LoadNaive loads documents the way most code that talks to Neo4j does,
// and the way the bench compares newsgraph load against: one auto-commit
// MERGE statement per node and one per relationship, sent one after
// another, with parameters (never values spliced into Cypher), in the
// records graph.Flatten makes:
//
//	MERGE (n:Person {id: $id}) SET n += $props
//	MATCH (a:Article {id: $start}) MATCH (b:Person {id: $end})
//	MERGE (a)-[r:MENTIONS]->(b) SET r += $props
//
// Relationships that carry an article (STANCE, LEADER_OF, ...) MERGE on it
// too, as MODEL.md says. It creates the schema first, as newsgraph load
// does, so that each MERGE finds its node through the id constraint, and
// recounts the summaries (QUOTED_BY) at the end, as any loader that does
// not keep them must, so that its graph is the one newsgraph load makes.
// It stops after limit documents when limit > 0.
func LoadNaive(ctx context.Context, db *graph.DB, docs io.Reader, name string, limit int) (NaiveStats, error) {
	var st NaiveStats
	w := graph.NewWriter(db, graph.WriterOptions{})
	if err := w.EnsureSchema(ctx); err != nil {
		return st, fmt.Errorf("naive load: %w", err)
	}
	s := db.Driver().NewSession(ctx, neo4j.SessionConfig{DatabaseName: db.Database()})
	defer s.Close(context.WithoutCancel(ctx))
	run := func(cypher string, params map[string]any) error {
		res, err := s.Run(ctx, cypher, params)
		if err != nil {
			return err
		}
		_, err = res.Consume(ctx)
		return err
	}
	nodeQ := map[graph.Label]string{}
	relQ := map[string]string{}
	dr := graph.NewDocumentReader(docs, name)
	for limit <= 0 || st.Documents < int64(limit) {
		doc, err := dr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return st, fmt.Errorf("naive load: %w", err)
		}
		nodes, rels := graph.Flatten(doc)
		for _, n := range nodes {
			q, ok := nodeQ[n.Label]
			if !ok {
				q = fmt.Sprintf("MERGE (n:%s {id: $id}) SET n += $props", n.Label)
				nodeQ[n.Label] = q
			}
			if err := run(q, map[string]any{"id": n.ID, "props": n.Props}); err != nil {
				return st, fmt.Errorf("naive load: node %s: %w", n.ID, err)
			}
			st.Nodes++
		}
		for _, r := range rels {
			key := string(r.Type) + ":" + string(r.StartLabel) + ":" + string(r.EndLabel)
			q, ok := relQ[key]
			if !ok {
				ident := ""
				if r.Type.PerArticle() {
					ident = " {article: $article}"
				}
				q = fmt.Sprintf("MATCH (a:%s {id: $start}) MATCH (b:%s {id: $end}) MERGE (a)-[r:%s%s]->(b) SET r += $props",
					r.StartLabel, r.EndLabel, r.Type, ident)
				relQ[key] = q
			}
			props := r.Props
			if props == nil {
				props = map[string]any{}
			}
			params := map[string]any{"start": r.StartID, "end": r.EndID, "props": props}
			if r.Type.PerArticle() {
				params["article"] = r.Article()
			}
			if err := run(q, params); err != nil {
				return st, fmt.Errorf("naive load: %s relationship %s → %s: %w", r.Type, r.StartID, r.EndID, err)
			}
			st.Relationships++
		}
		st.Documents++
	}
	if err := w.RecountSummaries(ctx); err != nil {
		return st, fmt.Errorf("naive load: %w", err)
	}
	return st, nil
}
