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

// schemaStatement is one constraint or index of the model and the
// statement that creates it.
type schemaStatement struct {
	name, cypher string
	// backfill, when set, is run before the index is created, in a
	// database that held newsgraph's schema before: its relationships were
	// written without the properties the index is over (RelSchema.Backfill).
	backfill string
}

// idConstraint is the name of the uniqueness constraint on id of l.
func idConstraint(l Label) string { return strings.ToLower(string(l)) + "_id" }

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
//   - the composite range index of a type that has one (RelSchema.Composite);
//   - the full-text index FulltextIndex over the Searchable properties of
//     the labels that have them.
func schemaStatements() []schemaStatement {
	var out []schemaStatement
	for _, l := range Labels {
		name := idConstraint(l)
		out = append(out, schemaStatement{name: name, cypher: fmt.Sprintf("CREATE CONSTRAINT %s IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE", name, l)})
	}
	for _, s := range nodeSchemas {
		for _, p := range s.Props {
			if p.Indexed {
				name := strings.ToLower(string(s.Label)) + "_" + p.Name
				out = append(out, schemaStatement{name: name, cypher: fmt.Sprintf("CREATE INDEX %s IF NOT EXISTS FOR (n:%s) ON (n.%s)", name, s.Label, p.Name)})
			}
		}
	}
	for _, s := range relSchemas {
		for _, p := range s.Props {
			if p.Indexed {
				name := strings.ToLower(string(s.Type)) + "_" + p.Name
				out = append(out, schemaStatement{name: name, cypher: fmt.Sprintf("CREATE INDEX %s IF NOT EXISTS FOR ()-[r:%s]-() ON (r.%s)", name, s.Type, p.Name)})
			}
		}
		if len(s.Composite) > 0 {
			name := strings.ToLower(string(s.Type)) + "_" + strings.Join(s.Composite[:2], "_")
			props := make([]string, len(s.Composite))
			for i, p := range s.Composite {
				props[i] = "r." + p
			}
			out = append(out, schemaStatement{name: name, backfill: s.Backfill,
				cypher: fmt.Sprintf("CREATE INDEX %s IF NOT EXISTS FOR ()-[r:%s]-() ON (%s)", name, s.Type, strings.Join(props, ", "))})
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
	out = append(out, schemaStatement{name: FulltextIndex, cypher: fmt.Sprintf("CREATE FULLTEXT INDEX %s IF NOT EXISTS FOR (n:%s) ON EACH [%s]",
		FulltextIndex, join(labels, "|"), strings.Join(props, ", "))})
	return out
}

// schemaWait is how long EnsureSchema waits for new indexes to come online.
const schemaWaitSeconds = 300

// EnsureSchema creates the constraints and indexes the writer and the saved
// queries rely on, when they do not exist yet, and waits until they are
// online (CreateSchema, then AwaitSchema). It is idempotent and cheap when
// the schema is already there: two reads.
func (w *Writer) EnsureSchema(ctx context.Context) error {
	created, err := w.CreateSchema(ctx)
	if err != nil || !created {
		return err
	}
	return w.AwaitSchema(ctx)
}

// CreateSchema creates the constraints and indexes of the model that the
// database lacks, all in one transaction, and reports whether it created
// any (or found one not online yet). It does not wait for the indexes:
// the uniqueness constraints, which the writer needs, are online when
// their transaction commits; the other indexes fill while documents are
// written, and AwaitSchema waits for them before the graph is queried. A
// small load into a new database so spends no time waiting for indexes it
// does not use. When everything exists it costs two reads.
func (w *Writer) CreateSchema(ctx context.Context) (created bool, err error) {
	s := w.db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: w.db.database})
	defer s.Close(context.WithoutCancel(ctx))
	// SHOW commands are one per statement, and a constraint's name is
	// also that of the index behind it.
	have := map[string]bool{}
	online := true
	for _, show := range []string{"SHOW CONSTRAINTS YIELD name RETURN name, 'ONLINE' AS state", "SHOW INDEXES YIELD name, state"} {
		res, err := s.Run(ctx, show, nil)
		if err != nil {
			return false, fmt.Errorf("read the schema: %w", redact(err, w.db.password))
		}
		for res.Next(ctx) {
			name, _ := res.Record().Values[0].(string)
			state, _ := res.Record().Values[1].(string)
			have[name] = true
			if state != "ONLINE" {
				online = false
			}
		}
		if err := res.Err(); err != nil {
			return false, fmt.Errorf("read the schema: %w", redact(err, w.db.password))
		}
	}
	var missing, backfill []string
	// a database with newsgraph's constraints has been loaded before
	loaded := have[idConstraint(LabelClaim)]
	for _, st := range schemaStatements() {
		if !have[st.name] {
			missing = append(missing, st.cypher)
			if loaded && st.backfill != "" {
				backfill = append(backfill, st.backfill)
			}
		}
	}
	if len(missing) == 0 {
		return !online, nil
	}
	// Once per database, after an upgrade: a backfill commits as it goes,
	// before its index exists, so that one cut short is run again.
	for _, stmt := range backfill {
		if err := w.db.Run(ctx, stmt, nil); err != nil {
			return false, fmt.Errorf("upgrade the graph (newsgraph's new index needs a property on relationships written before; run the load again to resume): %w", err)
		}
	}
	// Schema commands cannot share a transaction with data, but can with
	// each other: one transaction and one commit for them all.
	_, err = s.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		for _, stmt := range missing {
			res, err := tx.Run(ctx, stmt, nil)
			if err != nil {
				return nil, err
			}
			if _, err := res.Consume(ctx); err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
	if err != nil {
		return false, fmt.Errorf("create schema: %w", redact(err, w.db.password))
	}
	return true, nil
}

// AwaitSchema waits until every index of the database is online.
func (w *Writer) AwaitSchema(ctx context.Context) error {
	s := w.db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: w.db.database})
	defer s.Close(context.WithoutCancel(ctx))
	res, err := s.Run(ctx, "CALL db.awaitIndexes($seconds)", map[string]any{"seconds": schemaWaitSeconds})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("wait for indexes to come online: %w", redact(err, w.db.password))
	}
	return nil
}
