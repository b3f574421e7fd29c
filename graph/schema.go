package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// FulltextIndex is the name of the full-text index over entity names,
// aliases and source descriptions, for lookups by name:
//
//	CALL db.index.fulltext.queryNodes('entity_names', 'putin') YIELD node, score
const FulltextIndex = "entity_names"

// schemaStatements returns the constraints and indexes of the model, each
// idempotent (IF NOT EXISTS).
//
//   - a uniqueness constraint on id per label: MERGE on id must find the node
//     through an index, and two loads must not create twins;
//   - Article.published and Article.outlet: time-range and per-outlet filters
//     of the saved queries;
//   - name of Person, Organization, Outlet, Country, Event: lookups by exact
//     name in queries and in the browser;
//   - Claim.kind: direct vs indirect quotes;
//   - Source.close_to: the sources close to an entity (anonymous-claims);
//   - STANCE.polarity: "who is negative about X";
//   - `article` of STANCE and of each factual type: the writer finds the
//     relationships a re-loaded article contributed through it (without it,
//     each batch scans every relationship of the type);
//   - the full-text index entity_names over name, aliases and description of
//     the entity labels.
func schemaStatements() []string {
	var out []string
	for _, l := range Labels {
		out = append(out, fmt.Sprintf("CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE",
			strings.ToLower(string(l)), l))
	}
	nodeIndex := func(l Label, prop string) {
		out = append(out, fmt.Sprintf("CREATE INDEX %s_%s IF NOT EXISTS FOR (n:%s) ON (n.%s)",
			strings.ToLower(string(l)), prop, l, prop))
	}
	relIndex := func(t RelType, prop string) {
		out = append(out, fmt.Sprintf("CREATE INDEX %s_%s IF NOT EXISTS FOR ()-[r:%s]-() ON (r.%s)",
			strings.ToLower(string(t)), prop, t, prop))
	}
	nodeIndex(LabelArticle, "published")
	nodeIndex(LabelArticle, "outlet")
	for _, l := range []Label{LabelPerson, LabelOrganization, LabelOutlet, LabelCountry, LabelEvent} {
		nodeIndex(l, "name")
	}
	nodeIndex(LabelClaim, "kind")
	nodeIndex(LabelSource, "close_to")
	relIndex(RelStance, "polarity")
	for _, t := range RelTypes {
		if t.PerArticle() {
			relIndex(t, "article")
		}
	}
	labels := make([]string, len(EntityLabels))
	for i, l := range EntityLabels {
		labels[i] = string(l)
	}
	out = append(out, fmt.Sprintf("CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [n.name, n.aliases, n.description]",
		FulltextIndex, strings.Join(labels, "|")))
	return out
}

// schemaWait is how long EnsureSchema waits for new indexes to come online.
const schemaWaitSeconds = 300

// EnsureSchema creates the constraints and indexes the writer and the saved
// queries rely on, when they do not exist yet, and waits until they are
// online. It is idempotent and cheap when the schema is already there.
func (w *Writer) EnsureSchema(ctx context.Context) error {
	s := w.db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: w.db.database})
	defer s.Close(context.WithoutCancel(ctx))
	for _, stmt := range schemaStatements() {
		// Schema commands cannot share a transaction with each other's
		// data; each runs on its own, retried like any write.
		_, err := s.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, stmt, nil)
			if err != nil {
				return nil, err
			}
			return res.Consume(ctx)
		})
		if err != nil {
			return fmt.Errorf("create schema (%s): %w", stmt, redact(err, w.db.password))
		}
	}
	res, err := s.Run(ctx, "CALL db.awaitIndexes($seconds)", map[string]any{"seconds": schemaWaitSeconds})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("wait for indexes to come online: %w", err)
	}
	return nil
}
