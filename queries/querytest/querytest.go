// Package querytest loads a fixed set of real articles into the test Neo4j
// for the integration tests of the saved queries, the Browser test and the
// query command.
//
// The fixture is extracted from the shared data beside the repository with
// the current extractor and written with graph.Writer: the dev-gold Meduza
// article (gold/dev/meduza-kremlin-trump.txt), the two corpus articles with
// dev gold (allsides-73Wmu4FGtYpyfk6P, bbc-politics-189), the first 60
// articles of basil.jsonl, and the two articles in which Kim Jong Un's
// stance toward Donald Trump changes (for stance-changes).
package querytest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// Fixture article ids (without the "article:" prefix).
const (
	Meduza = "meduza-kremlin-trump"
	// Guardian is the dev-gold allsides article (a Guardian report).
	Guardian = "allsides-73Wmu4FGtYpyfk6P"
	BBC      = "bbc-politics-189"
)

// KimTrump lists the articles in which Kim Jong Un's stance toward Donald
// Trump is negative ("blame Trump", 2018-03-09), then positive ("praising
// President Trump", 2018-06-13).
var KimTrump = []string{"allsides-CbF5e0iXA5RsomHi", "allsides-EREGkN3pRjMKIwJB"}

// BasilArticles is how many of the first articles of basil.jsonl the
// fixture holds.
const BasilArticles = 60

var (
	docsOnce sync.Once
	docs     []*graph.Document
	docsErr  error
)

// Documents returns the documents of the fixture, extracted once per test
// binary, in a fixed order.
func Documents(t testing.TB) []*graph.Document {
	t.Helper()
	dir := corpus.Dir(t)
	gold := corpus.GoldDir(t)
	docsOnce.Do(func() { docs, docsErr = extractFixture(dir, gold) })
	if docsErr != nil {
		t.Fatalf("extract the query fixture: %v", docsErr)
	}
	return docs
}

func extractFixture(corpusDir, goldDir string) ([]*graph.Document, error) {
	var lines bytes.Buffer
	enc := json.NewEncoder(&lines)
	want := map[string][]string{
		"allsides.jsonl": append([]string{Guardian}, KimTrump...),
		"bbc.jsonl":      {BBC},
	}
	for _, f := range corpus.Files {
		n := 0
		err := corpus.Each(filepath.Join(corpusDir, f), func(r *corpus.Record) bool {
			if f == "basil.jsonl" && n < BasilArticles || slices.Contains(want[f], r.ID) {
				n++
				if err := enc.Encode(r); err != nil {
					return false
				}
			}
			return true
		})
		if err != nil {
			return nil, err
		}
	}
	x := extract.New(extract.Options{})
	var out []*graph.Document
	read := func(r *input.Reader) error {
		defer r.Close()
		for {
			a, err := r.Next()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			out = append(out, x.Extract(a))
		}
	}
	if err := read(input.Open([]string{filepath.Join(goldDir, Meduza+".txt")}, input.Options{})); err != nil {
		return nil, err
	}
	if err := read(input.FromReader(&lines, "fixture.jsonl", input.Options{})); err != nil {
		return nil, err
	}
	return out, nil
}

// ArticleIDs returns the ids of the fixture's articles, sorted.
func ArticleIDs(t testing.TB) []string {
	t.Helper()
	var ids []string
	for _, d := range Documents(t) {
		ids = append(ids, d.Article.ID)
	}
	slices.Sort(ids)
	return ids
}

var (
	loadMu sync.Mutex
	loaded *state // what the database held after this binary loaded the fixture
)

type state struct {
	ids         []any
	nodes, rels int64
}

// Load makes the test database hold exactly the fixture and returns it
// (see neo4jtest.Open). The first call in a test binary resets the
// database and loads the fixture; later calls load it again only when the
// database changed since (another test reset it).
func Load(t testing.TB) *graph.DB {
	t.Helper()
	ds := Documents(t)
	db := neo4jtest.Open(t)
	loadMu.Lock()
	defer loadMu.Unlock()
	if loaded != nil {
		if now := current(t, db); slices.Equal(now.ids, loaded.ids) && now.nodes == loaded.nodes && now.rels == loaded.rels {
			return db
		}
	}
	neo4jtest.Reset(t, db)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	w := graph.NewWriter(db, graph.WriterOptions{})
	if err := w.EnsureSchema(ctx); err != nil {
		t.Fatalf("create the schema: %v", err)
	}
	for _, d := range ds {
		if err := w.Write(ctx, d); err != nil {
			t.Fatalf("load %s: %v", d.Article.ID, err)
		}
	}
	if err := w.Flush(ctx); err != nil {
		t.Fatalf("load the fixture: %v", err)
	}
	st := current(t, db)
	loaded = &st
	return db
}

func current(t testing.TB, db *graph.DB) state {
	t.Helper()
	row := neo4jtest.Query(t, db, `MATCH (a:Article) WITH a ORDER BY a.id
RETURN collect(a.id) AS ids, COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS rels`, nil)[0]
	ids, _ := row["ids"].([]any)
	n, _ := row["nodes"].(int64)
	r, _ := row["rels"].(int64)
	return state{ids, n, r}
}
