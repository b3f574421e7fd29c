package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// FulltextIndex is the name of the full-text index over entity names,
// aliases and source descriptions, for lookups by name:
//
//	CALL db.index.fulltext.queryNodes('entity_names', 'putin') YIELD node, score
const FulltextIndex = "entity_names"

// schemaStatements returns the constraints and indexes of the model, each
// idempotent (IF NOT EXISTS), from the schema:
//
//   - a uniqueness constraint on id per label: MERGE on id must find the node
//     through an index, and two loads must not create twins;
//   - a range index on each Indexed property of a label or type: the
//     filters of the saved queries (Article.published and outlet, the names
//     of shared entities, Claim.kind, Source.close_to, STANCE.polarity), and
//     the `article` of per-article relationships, through which the writer
//     finds what a re-loaded article contributed (without it, each batch
//     scans every relationship of the type);
//   - the full-text index FulltextIndex over the Searchable properties of
//     the labels that have them.
func schemaStatements() []string {
	var out []string
	for _, l := range Labels {
		out = append(out, fmt.Sprintf("CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE",
			strings.ToLower(string(l)), l))
	}
	for _, s := range nodeSchemas {
		for _, p := range s.Props {
			if p.Indexed {
				out = append(out, fmt.Sprintf("CREATE INDEX %s_%s IF NOT EXISTS FOR (n:%s) ON (n.%s)",
					strings.ToLower(string(s.Label)), p.Name, s.Label, p.Name))
			}
		}
	}
	for _, s := range relSchemas {
		for _, p := range s.Props {
			if p.Indexed {
				out = append(out, fmt.Sprintf("CREATE INDEX %s_%s IF NOT EXISTS FOR ()-[r:%s]-() ON (r.%s)",
					strings.ToLower(string(s.Type)), p.Name, s.Type, p.Name))
			}
		}
	}
	var labels []Label
	var props []string
	for _, s := range nodeSchemas {
		for _, p := range s.Props {
			if !p.Searchable {
				continue
			}
			if !slices.Contains(labels, s.Label) {
				labels = append(labels, s.Label)
			}
			if n := "n." + p.Name; !slices.Contains(props, n) {
				props = append(props, n)
			}
		}
	}
	out = append(out, fmt.Sprintf("CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [%s]",
		FulltextIndex, join(labels, "|"), strings.Join(props, ", ")))
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
