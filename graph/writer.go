package graph

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DefaultBatchSize is the number of documents a Writer sends in one
// transaction unless told otherwise: the fastest for both first loads and
// re-loads in BenchmarkWriter (see the figures there), about 11,000 records
// per transaction for typical documents.
const DefaultBatchSize = 200

// DefaultMaxRecords bounds the records (nodes and relationships, estimated
// from the documents) of one transaction unless told otherwise. Neo4j holds
// a transaction's changes in its heap: re-loading about 50,000 records in
// one transaction exhausted the 1 GB heap of the local server, 25,000 made
// it spend most of its time collecting garbage.
const DefaultMaxRecords = 15000

// WriterOptions tune a Writer.
type WriterOptions struct {
	// BatchSize is the number of documents written per transaction;
	// 0 means DefaultBatchSize.
	BatchSize int
	// MaxRecords writes a batch early, before it has BatchSize documents,
	// when its documents make about this many nodes and relationships;
	// 0 means DefaultMaxRecords.
	MaxRecords int
}

// Stats counts what a Writer wrote. Documents counts the documents
// handled, Unchanged those of them skipped because their article already
// held them (see Writer). Nodes and Relationships count the records sent (a
// node shared by several documents of one batch counts once); the Created
// and Deleted counts come from Neo4j's own counters, so re-loading a
// changed document creates anew the claims and relationships it replaces.
// They leave out the summaries (SummarySchema) the writer creates, updates
// and removes, but for those removed with a Source node.
type Stats struct {
	Documents            int64
	Unchanged            int64
	Nodes                int64
	Relationships        int64
	NodesCreated         int64
	RelationshipsCreated int64
	NodesDeleted         int64
	RelationshipsDeleted int64
}

func (s *Stats) add(o Stats) {
	s.Documents += o.Documents
	s.Unchanged += o.Unchanged
	s.Nodes += o.Nodes
	s.Relationships += o.Relationships
	s.NodesCreated += o.NodesCreated
	s.RelationshipsCreated += o.RelationshipsCreated
	s.NodesDeleted += o.NodesDeleted
	s.RelationshipsDeleted += o.RelationshipsDeleted
}

// Writer loads documents into Neo4j in batches, one managed write
// transaction per batch. It is not safe for concurrent use.
//
// Loading is idempotent and order-independent:
//
//   - A document whose article already holds its hash (`doc_sha256`, see
//     DocSHA256) is not written: nothing of it would change. Each batch
//     asks for the stored hashes of its articles in one read query and
//     writes the other documents.
//   - Article, Claim and Source nodes belong to one article: their properties
//     are replaced by each load. Re-loading an article first removes what it
//     contributed before — its claims (with their CLAIMS, REPORTED_IN and
//     ABOUT), the STANCE and factual relationships whose `article` is its id,
//     its MENTIONS, WRITTEN_BY and PUBLISHED_BY, and those of its Source nodes
//     the new version no longer has — then writes the new version.
//   - Person, Outlet, Country, Organization and Event nodes are shared by
//     articles and never removed. Their `name` is the smallest of the names
//     loaded for the id (they differ at most in case, accents or
//     punctuation, having the same slug) and the other names become aliases;
//     `aliases` and `titles` are the sorted union of everything loaded; kind,
//     iso2, iso3 and date keep the greatest value loaded (so a full date wins
//     over a year). Loading the same documents in any order gives the same
//     graph.
//   - The summaries (SummarySchema: QUOTED_BY) stay exact: each batch
//     subtracts what its articles counted when last loaded, read from the
//     graph before their contributions are removed, adds what the new
//     versions count, and removes the summaries left at no claim.
//     WriteRecords recounts the summaries its records touch.
//
// Memory holds one batch of documents at most.
type Writer struct {
	db        *DB
	batchSize int
	maxRecs   int
	buf       []*Document
	hashes    []string       // DocSHA256 of each document of buf
	records   int            // estimated records of buf
	index     map[string]int // article id → position in buf
	stats     Stats
	queries   map[string]string
}

// NewWriter returns a writer to db.
func NewWriter(db *DB, opts WriterOptions) *Writer {
	n := opts.BatchSize
	if n <= 0 {
		n = DefaultBatchSize
	}
	m := opts.MaxRecords
	if m <= 0 {
		m = DefaultMaxRecords
	}
	return &Writer{db: db, batchSize: n, maxRecs: m, index: make(map[string]int, n), queries: make(map[string]string)}
}

// Stats returns what has been written so far.
func (w *Writer) Stats() Stats { return w.stats }

// Buffered returns the number of documents waiting for the next Flush.
func (w *Writer) Buffered() int { return len(w.buf) }

// Write adds a document to the current batch, and writes the batch when it is
// full. A document whose article is already in the batch replaces it, as a
// later load would. The document must not be changed until flushed.
func (w *Writer) Write(ctx context.Context, doc *Document) error {
	if doc == nil {
		return errors.New("write document: nil document")
	}
	if err := doc.Validate(); err != nil {
		return fmt.Errorf("invalid document %s: %w", doc.Article.ID, err)
	}
	hash := DocSHA256(doc)
	if i, ok := w.index[doc.Article.ID]; ok {
		w.buf[i], w.hashes[i] = doc, hash
	} else {
		w.index[doc.Article.ID] = len(w.buf)
		w.buf = append(w.buf, doc)
		w.hashes = append(w.hashes, hash)
	}
	w.records += estimateRecords(doc)
	if len(w.buf) >= w.batchSize || w.records >= w.maxRecs {
		return w.Flush(ctx)
	}
	return nil
}

// Flush writes the buffered documents that changed in one transaction. On
// error nothing of the batch is written and the batch stays buffered.
func (w *Writer) Flush(ctx context.Context) error {
	if len(w.buf) == 0 {
		return nil
	}
	first, last := w.buf[0].Article.ID, w.buf[len(w.buf)-1].Article.ID
	unchanged, err := w.unchanged(ctx)
	if err != nil {
		return fmt.Errorf("read the hashes of a batch of %d documents (%s … %s): %w", len(w.buf), first, last, err)
	}
	var st Stats
	if len(unchanged) < len(w.buf) {
		b := newBatch()
		for i, doc := range w.buf {
			if !unchanged[doc.Article.ID] {
				b.addDocument(doc, w.hashes[i])
			}
		}
		st, err = w.run(ctx, b)
		if err != nil {
			return fmt.Errorf("write batch of %d documents (%s … %s): %w", len(w.buf), first, last, err)
		}
	}
	st.Documents = int64(len(w.buf))
	st.Unchanged = int64(len(unchanged))
	w.stats.add(st)
	clear(w.buf)
	w.buf = w.buf[:0]
	clear(w.hashes)
	w.hashes = w.hashes[:0]
	w.records = 0
	clear(w.index)
	return nil
}

// KnownHashes returns which of hashes an article holds as its doc_sha256,
// in one read query through the index on it. A document whose hash is
// known is loaded already, unchanged: the hash covers its article's id.
// With RawDocument.SHA256 it tells unchanged documents before they are
// decoded; SkipUnchanged then counts them.
func (w *Writer) KnownHashes(ctx context.Context, hashes []string) (map[string]bool, error) {
	if len(hashes) == 0 {
		return nil, nil
	}
	const query = "UNWIND $hashes AS h MATCH (a:Article {doc_sha256: h}) RETURN DISTINCT h"
	_, recs, err := w.db.Read(ctx, query, map[string]any{"hashes": hashes})
	if err != nil {
		return nil, fmt.Errorf("read document hashes: %w", err)
	}
	known := make(map[string]bool, len(recs))
	for _, r := range recs {
		h, _ := r.Values[0].(string)
		known[h] = true
	}
	return known, nil
}

// SkipUnchanged counts n documents found unchanged without writing them
// (see KnownHashes) in Stats.
func (w *Writer) SkipUnchanged(n int) {
	w.stats.Documents += int64(n)
	w.stats.Unchanged += int64(n)
}

// unchangedQuery returns the articles of $rows ({id, hash}) that hold the
// hash already.
const unchangedQuery = `UNWIND $rows AS row
MATCH (a:Article {id: row.id}) WHERE a.doc_sha256 = row.hash
RETURN a.id`

// unchanged returns the ids of the buffered documents whose article holds
// their hash already, in one read transaction.
func (w *Writer) unchanged(ctx context.Context) (map[string]bool, error) {
	rows := make([]map[string]any, 0, len(w.buf))
	for i, doc := range w.buf {
		if w.hashes[i] != "" {
			rows = append(rows, map[string]any{"id": doc.Article.ID, "hash": w.hashes[i]})
		}
	}
	if len(rows) == 0 {
		return nil, nil
	}
	s := w.db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: w.db.database, AccessMode: neo4j.AccessModeRead})
	defer s.Close(context.WithoutCancel(ctx))
	ids, err := neo4j.ExecuteRead(ctx, s, func(tx neo4j.ManagedTransaction) (map[string]bool, error) {
		res, err := tx.Run(ctx, unchangedQuery, map[string]any{"rows": rows})
		if err != nil {
			return nil, err
		}
		ids := make(map[string]bool)
		for res.Next(ctx) {
			id, _ := res.Record().Values[0].(string)
			ids[id] = true
		}
		return ids, res.Err()
	})
	if err != nil {
		return nil, redact(err, w.db.password)
	}
	return ids, nil
}

// estimateRecords is about the number of nodes and relationships Flatten
// makes of doc, without making them.
func estimateRecords(doc *Document) int {
	n := 3 + 2*len(doc.Article.Authors) + 2*len(doc.Entities) + 3*len(doc.Claims) +
		len(doc.Stances) + len(doc.Relations)
	for i := range doc.Claims {
		n += len(doc.Claims[i].About)
	}
	return n
}

// WriteRecords MERGEs arbitrary node and relationship records, as Flatten
// makes them, in one transaction, with the same property rules as Write but
// without removing anything an article contributed before. It is the entry
// point of loaders that do not start from documents (the CSV import). Every
// relationship's ends must exist, in the database or among nodes; records
// with an unknown label or type, or an id without its label's prefix, are
// rejected before anything is written.
func (w *Writer) WriteRecords(ctx context.Context, nodes []Node, rels []Rel) error {
	var errs []error
	for i, n := range nodes {
		if !n.Label.Valid() || LabelOfID(n.ID) != n.Label {
			errs = append(errs, fmt.Errorf("node %d: id %q does not fit label %q", i, n.ID, n.Label))
		}
	}
	for i, r := range rels {
		switch {
		case !r.Type.Valid():
			errs = append(errs, fmt.Errorf("relationship %d: unknown type %q", i, r.Type))
		case !r.StartLabel.Valid() || LabelOfID(r.StartID) != r.StartLabel:
			errs = append(errs, fmt.Errorf("relationship %d: start id %q does not fit label %q", i, r.StartID, r.StartLabel))
		case !r.EndLabel.Valid() || LabelOfID(r.EndID) != r.EndLabel:
			errs = append(errs, fmt.Errorf("relationship %d: end id %q does not fit label %q", i, r.EndID, r.EndLabel))
		case r.Type.PerArticle() && r.Article() == "":
			errs = append(errs, fmt.Errorf("relationship %d: %s needs an article property", i, r.Type))
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("write records: %w", err)
	}
	b := newBatch()
	for _, n := range nodes {
		b.addNode(n)
	}
	for _, r := range rels {
		b.addRel(r)
	}
	st, err := w.run(ctx, b)
	if err != nil {
		return fmt.Errorf("write %d nodes and %d relationships: %w", len(nodes), len(rels), err)
	}
	w.stats.add(st)
	return nil
}

// run writes a batch in one managed write transaction.
func (w *Writer) run(ctx context.Context, b *batch) (Stats, error) {
	s := w.db.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: w.db.database})
	defer s.Close(context.WithoutCancel(ctx))
	// The transaction function returns the driver's errors as they are:
	// the driver decides whether to retry by their type (a wrapped
	// ConnectivityError is not retried), so what failed is noted in step
	// and added to the error after the retries.
	var step string
	st, err := neo4j.ExecuteWrite(ctx, s, func(tx neo4j.ManagedTransaction) (Stats, error) {
		var st Stats // per attempt: a retried transaction starts again
		// execEach runs a statement and returns the first value of its
		// first record, passing every record to each when it is not nil.
		execEach := func(what, cypher string, params map[string]any, each func(*neo4j.Record)) (int64, error) {
			step = what
			res, err := tx.Run(ctx, cypher, params)
			if err != nil {
				return 0, err
			}
			var n int64
			for i := 0; res.Next(ctx); i++ {
				if i == 0 {
					n, _ = res.Record().Values[0].(int64)
				}
				if each == nil {
					break
				}
				each(res.Record())
			}
			sum, err := res.Consume(ctx)
			if err != nil {
				return 0, err
			}
			c := sum.Counters()
			st.NodesCreated += int64(c.NodesCreated())
			st.NodesDeleted += int64(c.NodesDeleted())
			st.RelationshipsCreated += int64(c.RelationshipsCreated())
			st.RelationshipsDeleted += int64(c.RelationshipsDeleted())
			return n, nil
		}
		exec := func(what, cypher string, params map[string]any) (int64, error) {
			return execEach(what, cypher, params, nil)
		}
		// summaries runs the statements of the summaries, which Stats
		// does not count.
		summaries := func(write func() error) error {
			created, deleted := st.RelationshipsCreated, st.RelationshipsDeleted
			err := write()
			st.RelationshipsCreated, st.RelationshipsDeleted = created, deleted
			return err
		}
		// the changes to the QUOTED_BY summaries, per attempt: what the
		// batch's documents contribute, less what their articles
		// contributed before
		delta := maps.Clone(b.quoted)
		if len(b.articles) > 0 {
			if err := w.removeContributions(b, delta, exec, execEach); err != nil {
				return st, err
			}
		}
		// In a batch of documents every relationship joins two nodes of
		// the batch: their element ids, returned by the node statements,
		// find them without an index, and one statement per type writes
		// the relationships (about 13 statements to plan rather than 40).
		var eids map[string]string
		var keep func(*neo4j.Record)
		if b.fresh {
			eids = make(map[string]string, len(b.nodeAt))
			keep = func(r *neo4j.Record) {
				id, _ := r.Values[0].(string)
				eid, _ := r.Values[1].(string)
				eids[id] = eid
			}
		}
		for _, l := range Labels {
			if len(b.nodes[l]) == 0 {
				continue
			}
			rows := b.rows(l)
			if _, err := execEach(fmt.Sprintf("merge %s nodes", l), w.nodeQuery(l, b.fresh), map[string]any{"rows": rows}, keep); err != nil {
				return st, err
			}
			st.Nodes += int64(len(rows))
		}
		if b.fresh {
			for _, t := range RelTypes {
				rows, err := b.relRowsByElementID(t, eids)
				if err != nil {
					step = ""
					return st, err
				}
				if len(rows) == 0 {
					continue
				}
				n, err := exec(fmt.Sprintf("create %s relationships", t), w.relQueryByElementID(t), map[string]any{"rows": rows})
				if err != nil {
					return st, err
				}
				if n != int64(len(rows)) {
					step = ""
					return st, fmt.Errorf("create %s relationships: %d of %d have an end node that does not exist", t, int64(len(rows))-n, len(rows))
				}
				st.Relationships += n
			}
			if err := summaries(func() error { return applyQuoted(delta, exec) }); err != nil {
				return st, err
			}
			step = "commit"
			return st, nil
		}
		for _, g := range b.relOrder {
			rows := b.rels[g]
			n, err := exec(fmt.Sprintf("merge %s relationships", g.t), w.relQuery(g, b.fresh), map[string]any{"rows": rows})
			if err != nil {
				return st, err
			}
			if n != int64(len(rows)) {
				step = ""
				return st, fmt.Errorf("merge %s relationships from %s to %s: %d of %d have an end node that does not exist",
					g.t, g.start, g.end, int64(len(rows))-n, len(rows))
			}
			st.Relationships += n
		}
		// records, not documents (those make a fresh batch): recount the
		// summaries they touch
		err := summaries(func() error {
			claims, about, articles := b.touched()
			if len(claims)+len(about)+len(articles) == 0 {
				return nil
			}
			params := map[string]any{"claims": claims, "about": about, "articles": articles}
			_, err := exec("recount the summaries the records touch", recountTouchedQuery, params)
			return err
		})
		if err != nil {
			return st, err
		}
		step = "commit"
		return st, nil
	})
	if err != nil {
		if step != "" {
			err = fmt.Errorf("%s: %w", step, err)
		}
		return Stats{}, redact(err, w.db.password)
	}
	return st, nil
}

// removeContributions deletes what the batch's articles contributed when they
// were last loaded, in one statement (see removeStatement), after
// subtracting from delta what they counted in the QUOTED_BY summaries.
//
// It first MERGEs the articles, in a fixed order: that locks them, so a load
// of the same article in another transaction that has not committed yet is
// waited for, and then replaced like any earlier load; the fixed order keeps
// two such loads from deadlocking. When none of the articles existed
// before, there is nothing to remove (what an article contributes is
// written with it), and the statement, the costliest to plan of a load
// into a new database, is not sent.
func (w *Writer) removeContributions(b *batch, delta map[quotedKey]quotedCount,
	exec func(what, cypher string, params map[string]any) (int64, error),
	execEach func(what, cypher string, params map[string]any, each func(*neo4j.Record)) (int64, error)) error {
	ids := slices.Sorted(slices.Values(b.articles))
	// loading marks the articles this MERGE creates; the article's
	// statement replaces every property, so the mark never outlives the
	// transaction.
	const lock = stablePlan + "UNWIND $ids AS id MERGE (a:Article {id: id}) ON CREATE SET a.loading = true RETURN count(a) - count(a.loading)"
	existed, err := exec("lock the articles", lock, map[string]any{"ids": ids})
	if err != nil || existed == 0 {
		return err
	}
	if err := subtractOld(delta, ids, execEach); err != nil {
		return err
	}
	params := map[string]any{"ids": b.articles, "claims": b.claims, "sources": b.sources}
	_, err = exec("remove what the articles contributed before", removeStatement, params)
	return err
}

// removeStatement deletes, for the articles $ids: their claims, and any
// claim whose id is in $claims however it was written before (by
// WriteRecords, without REPORTED_IN), as the batch creates them anew; the
// relationships they start that are not per article (MENTIONS, WRITTEN_BY,
// PUBLISHED_BY); the STANCE and factual
// relationships whose article is one of them, each type through its index on
// `article`; and the Source nodes of $sources ({prefix, keep} per article)
// the new versions no longer have. Sources are scoped to their article,
// "source:<article key>:<slug>", and a slug holds no colon, which tells
// article "a"'s sources from those of an article "a:b".
var removeStatement = func() string {
	var b strings.Builder
	b.WriteString("CALL { MATCH (c:Claim)-[:REPORTED_IN]->(a:Article) WHERE a.id IN $ids DETACH DELETE c }\n")
	b.WriteString("CALL { MATCH (c:Claim) WHERE c.id IN $claims DETACH DELETE c }\n")
	own := relTypesWhere(func(s *RelSchema) bool { return !s.PerArticle && slices.Equal(s.From, []Label{LabelArticle}) })
	fmt.Fprintf(&b, "CALL { MATCH (a:Article)-[r:%s]->() WHERE a.id IN $ids DELETE r }\n", join(own, "|"))
	for _, t := range RelTypes {
		if t.PerArticle() {
			fmt.Fprintf(&b, "CALL { MATCH ()-[r:%s]->() WHERE r.article IN $ids DELETE r }\n", t)
		}
	}
	b.WriteString(`CALL { UNWIND $sources AS row
  MATCH (s:Source) WHERE s.id STARTS WITH row.prefix AND NOT s.id IN row.keep
    AND NOT substring(s.id, size(row.prefix)) CONTAINS ':'
  DETACH DELETE s }
RETURN 0`)
	return b.String()
}()

// stablePlan starts the statements whose plan the graph's statistics
// cannot change: MERGE and lookups on the unique id constraints, lookups by
// element id, and relationships between nodes so found. Neo4j plans a
// statement again when the counts it was planned with have changed by more
// than a threshold that decays towards 10 %; in a small graph every new
// article does that to some type, and a load of one article then spends
// 50 to 500 ms planning statements whose plans come out the same. (A
// schema change still clears the cache.)
const stablePlan = "CYPHER replan=skip\n"

// nodeQuery returns the MERGE statement for nodes of label l (CREATE for
// claims of a fresh batch). Rows of per-article labels are the node's full
// property map including id; rows of shared labels are the merged
// properties (Prop.Merge other than MergeReplace) and the id, with the
// other properties in rest (see sharedRow). The statement of a fresh batch
// returns the id and element id of each node, the others their count.
func (w *Writer) nodeQuery(l Label, fresh bool) string {
	key := fmt.Sprintf("node:%s:%t", l, fresh)
	if q, ok := w.queries[key]; ok {
		return q
	}
	var q string
	switch {
	case fresh && l == LabelClaim:
		q = fmt.Sprintf("UNWIND $rows AS row\nCREATE (n:%s)\nSET n = row", l)
	case !l.Shared():
		q = fmt.Sprintf("UNWIND $rows AS row\nMERGE (n:%s {id: row.id})\nSET n = row", l)
	default:
		q = sharedNodeQuery(l)
	}
	if fresh {
		q += "\nRETURN row.id, elementId(n)"
	} else {
		q += "\nRETURN count(*)"
	}
	q = stablePlan + q
	w.queries[key] = q
	return q
}

// sharedNodeQuery is the MERGE statement of a shared label: the merge
// rules of MergeNodes in Cypher.
func sharedNodeQuery(l Label) string {
	var name string
	for _, p := range nodeSchemaOf(l).Props {
		if p.Merge == MergeName {
			name = p.Name
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "UNWIND $rows AS row\nMERGE (n:%s {id: row.id})\n", l)
	fmt.Fprintf(&b, "ON CREATE SET n.%[1]s = row.%[1]s\n", name)
	// Write first, then read: the write takes the node's lock, so that a
	// concurrent load that merged into the same node has committed and its
	// name and aliases are read, not lost (MERGE on an existing node locks
	// nothing, and a read-then-write of two transactions keeps only one).
	b.WriteString("SET n._lock = true\n")
	fmt.Fprintf(&b, "WITH n, row, n.%[1]s AS old, CASE WHEN row.%[1]s < n.%[1]s THEN row.%[1]s ELSE n.%[1]s END AS name\n", name)
	fmt.Fprintf(&b, "SET n += row.rest, n.%s = name, n._lock = null", name)
	for _, p := range nodeSchemaOf(l).Props {
		switch p.Merge {
		case MergeAliases:
			fmt.Fprintf(&b, ",\n  n.%[1]s = COLLECT { UNWIND coalesce(n.%[1]s, []) + coalesce(row.%[1]s, []) + [old, row.%[2]s] AS a"+
				" WITH DISTINCT a WHERE a <> name AND a <> '' RETURN a ORDER BY a }", p.Name, name)
		case MergeUnion:
			fmt.Fprintf(&b, ",\n  n.%[1]s = COLLECT { UNWIND coalesce(n.%[1]s, []) + coalesce(row.%[1]s, []) AS t"+
				" WITH DISTINCT t WHERE t <> '' RETURN t ORDER BY t }", p.Name)
		case MergeMax:
			fmt.Fprintf(&b, ",\n  n.%[1]s = CASE WHEN n.%[1]s IS NULL OR row.%[1]s > n.%[1]s THEN row.%[1]s ELSE n.%[1]s END", p.Name)
		}
	}
	return b.String()
}

// relQuery returns the statement for one group of relationships: MERGE on
// their identity, or CREATE in a fresh batch.
func (w *Writer) relQuery(g relGroup, fresh bool) string {
	key := fmt.Sprintf("rel:%s:%s:%s:%t", g.t, g.start, g.end, fresh)
	if q, ok := w.queries[key]; ok {
		return q
	}
	write := "MERGE"
	ident := ""
	switch {
	case fresh:
		write = "CREATE"
	case g.t.PerArticle():
		ident = " {article: row.props.article}"
	}
	q := fmt.Sprintf("UNWIND $rows AS row\nMATCH (a:%s {id: row.start})\nMATCH (b:%s {id: row.end})\n"+
		"%s (a)-[r:%s%s]->(b)\nSET r = row.props\nRETURN count(r)", g.start, g.end, write, g.t, ident)
	w.queries[key] = q
	return q
}

// relQueryByElementID returns the statement that creates relationships of
// type t between nodes given by element id.
func (w *Writer) relQueryByElementID(t RelType) string {
	key := "rel-eid:" + string(t)
	if q, ok := w.queries[key]; ok {
		return q
	}
	q := fmt.Sprintf(stablePlan+"UNWIND $rows AS row\nMATCH (a) WHERE elementId(a) = row.start\nMATCH (b) WHERE elementId(b) = row.end\n"+
		"CREATE (a)-[r:%s]->(b)\nSET r = row.props\nRETURN count(r)", t)
	w.queries[key] = q
	return q
}

// relRowsByElementID returns the rows of the batch's relationships of type
// t with their ends' element ids (eids: id → element id).
func (b *batch) relRowsByElementID(t RelType, eids map[string]string) ([]map[string]any, error) {
	var out []map[string]any
	for _, g := range b.relOrder {
		if g.t != t {
			continue
		}
		for _, row := range b.rels[g] {
			start, end := row["start"].(string), row["end"].(string)
			s, ok1 := eids[start]
			e, ok2 := eids[end]
			if !ok1 || !ok2 {
				return nil, fmt.Errorf("create %s relationship from %s to %s: an end is not a node of the batch", t, start, end)
			}
			out = append(out, map[string]any{"start": s, "end": e, "props": row["props"]})
		}
	}
	return out, nil
}

// relGroup is the relationships of one type between two labels: one query.
type relGroup struct {
	t          RelType
	start, end Label
}

// batch is the rows of one transaction, grouped per query.
type batch struct {
	// fresh is set for batches of documents: removeContributions has
	// deleted every relationship and claim the batch writes, so they are
	// CREATEd, which is about twice as fast as MERGE (see BenchmarkWriter).
	fresh    bool
	articles []string                  // articles to replace (documents only)
	quoted   map[quotedKey]quotedCount // what the documents count in QUOTED_BY
	claims   []string                  // ids of the claims of those articles
	sources  []map[string]any          // {prefix, keep} per article
	nodes    map[Label][]Node
	nodeAt   map[string]int // label+id → index in nodes[label]
	rels     map[relGroup][]map[string]any
	relOrder []relGroup
	relAt    map[relKey]int
}

func newBatch() *batch {
	return &batch{
		nodes:  make(map[Label][]Node),
		nodeAt: make(map[string]int),
		rels:   make(map[relGroup][]map[string]any),
		relAt:  make(map[relKey]int),
		quoted: make(map[quotedKey]quotedCount),
	}
}

func (b *batch) addDocument(doc *Document, hash string) {
	nodes, rels := flatten(doc, hash)
	id := doc.Article.ID
	b.fresh = true
	b.articles = append(b.articles, id)
	addQuoted(b.quoted, doc)
	keep := []string{}
	for _, n := range nodes {
		switch n.Label {
		case LabelSource:
			keep = append(keep, n.ID)
		case LabelClaim:
			b.claims = append(b.claims, n.ID)
		}
		b.addNode(n)
	}
	b.sources = append(b.sources, map[string]any{
		"prefix": LabelSource.IDPrefix() + ArticleKey(id) + ":",
		"keep":   keep,
	})
	for _, r := range rels {
		b.addRel(r)
	}
}

// addNode adds a node to the batch, merging it with a record of the same
// node already in the batch as the database would (MergeNodes).
func (b *batch) addNode(n Node) {
	key := string(n.Label) + "\x00" + n.ID
	if i, dup := b.nodeAt[key]; dup {
		b.nodes[n.Label][i] = MergeNodes(b.nodes[n.Label][i], n)
		return
	}
	b.nodeAt[key] = len(b.nodes[n.Label])
	b.nodes[n.Label] = append(b.nodes[n.Label], n)
}

// rows returns the query rows of the batch's nodes of label l (see
// nodeQuery).
func (b *batch) rows(l Label) []map[string]any {
	nodes := b.nodes[l]
	rows := make([]map[string]any, len(nodes))
	for i, n := range nodes {
		if l.Shared() {
			rows[i] = sharedRow(n)
			continue
		}
		row := make(map[string]any, len(n.Props)+1)
		for k, v := range n.Props {
			row[k] = v
		}
		row["id"] = n.ID
		rows[i] = row
	}
	return rows
}

// sharedRow is the row of a node of a shared label (see nodeQuery): the id,
// the merged properties, and the others in rest.
func sharedRow(n Node) map[string]any {
	s := nodeSchemaOf(n.Label)
	row := map[string]any{"id": n.ID}
	rest := map[string]any{}
	for k, v := range n.Props {
		if k != "id" {
			rest[k] = v
		}
	}
	for _, p := range s.Props {
		v, ok := rest[p.Name]
		if !ok || p.Merge == MergeReplace {
			continue
		}
		delete(rest, p.Name)
		if p.Type == StringList {
			v = stringList(v)
		}
		row[p.Name] = v
	}
	row["rest"] = rest
	return row
}

func (b *batch) addRel(r Rel) {
	g := relGroup{r.Type, r.StartLabel, r.EndLabel}
	props := r.Props
	if props == nil {
		props = map[string]any{}
	}
	row := map[string]any{"start": r.StartID, "end": r.EndID, "props": props}
	k := keyOf(r)
	if i, dup := b.relAt[k]; dup {
		b.rels[g][i] = row // the later record wins, as a later MERGE … SET would
		return
	}
	if _, ok := b.rels[g]; !ok {
		b.relOrder = append(b.relOrder, g)
	}
	b.relAt[k] = len(b.rels[g])
	b.rels[g] = append(b.rels[g], row)
}
