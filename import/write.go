package importer

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
)

// Target is where Write writes: graph.Writer, which loads documents (the
// articles of article files) and MERGEs node and relationship records.
type Target interface {
	Write(ctx context.Context, doc *graph.Document) error
	Flush(ctx context.Context) error
	Buffered() int
	WriteRecords(ctx context.Context, nodes []graph.Node, rels []graph.Rel) error
}

// Stats says what Write wrote.
type Stats struct {
	Documents     int64 // articles extracted from article files and loaded
	Nodes         int64 // node records written from node files
	Relationships int64 // relationship records written from relationship files
	Duration      time.Duration
}

// ErrProblems is returned by Write for a plan with problems, unless
// Options.SkipBadRows is set.
var ErrProblems = errors.New("the files have problems: nothing was written")

// WriteError is a failure of the database in the middle of Write: what was
// written before it stays.
type WriteError struct {
	File    string
	Written int64 // rows of the file written before the failure
	Rows    int64 // rows of the file to write
	Err     error
}

func (e *WriteError) Error() string {
	return fmt.Sprintf("%s: %v (%d of its %d rows were written before the failure)", e.File, e.Err, e.Written, e.Rows)
}

func (e *WriteError) Unwrap() error { return e.Err }

// Hint says what to do next.
func (e *WriteError) Hint() string {
	return "what was written stays; once the cause is fixed, run the same import again: it MERGEs on id, so nothing is duplicated"
}

// Write writes the rows of the plan's files that passed the check to
// target: the articles of article files first (extracted, then loaded as
// documents), then the node files, then the relationship files, each file
// in transactions of Options.BatchSize records. It writes nothing when the
// plan has problems, unless Options.SkipBadRows is set. When the database
// fails in the middle, the error is a *WriteError saying what of the file
// was written.
func (p *Plan) Write(ctx context.Context, target Target) (Stats, error) {
	start := time.Now()
	var st Stats
	if p.count > 0 && !p.opts.SkipBadRows {
		return st, ErrProblems
	}
	for _, kind := range []Kind{Articles, Nodes, Relationships} {
		for _, f := range p.files {
			if f.kind != kind || f.skip || f.rows == 0 {
				continue
			}
			var err error
			switch kind {
			case Articles:
				err = p.writeArticles(ctx, f, target, &st)
			default:
				err = p.writeRecords(ctx, f, target, &st)
			}
			if err != nil {
				st.Duration = time.Since(start)
				return st, err
			}
		}
	}
	st.Duration = time.Since(start)
	return st, nil
}

// writeRecords writes the good rows of a node or relationship file.
func (p *Plan) writeRecords(ctx context.Context, f *planFile, target Target, st *Stats) error {
	var nodes []graph.Node
	var rels []graph.Rel
	var written int64
	flush := func() error {
		if len(nodes)+len(rels) == 0 {
			return nil
		}
		// A batch once started is finished, so that what was written is
		// known.
		if err := target.WriteRecords(context.WithoutCancel(ctx), nodes, rels); err != nil {
			return &WriteError{File: f.path, Written: written, Rows: f.rows, Err: err}
		}
		written += int64(len(nodes) + len(rels))
		st.Nodes += int64(len(nodes))
		st.Relationships += int64(len(rels))
		nodes, rels = nodes[:0], rels[:0]
		return nil
	}
	changed := func(err error) error {
		return &WriteError{File: f.path, Written: written, Rows: f.rows,
			Err: fmt.Errorf("the file changed since it was checked: %w", err)}
	}
	stopped := func(err error) error {
		return &WriteError{File: f.path, Written: written, Rows: f.rows, Err: err}
	}
	err := p.eachRecord(ctx, f, func(rec *record) error {
		if f.bad[rec.line] {
			return nil
		}
		if f.kind == Nodes {
			n, perr := f.h.node(f.path, rec, p.opts.ArrayDelimiter)
			if perr != nil {
				return changed(perr)
			}
			nodes = append(nodes, n)
		} else {
			r, perr := f.h.rel(f.path, rec, p.opts.ArrayDelimiter)
			if perr != nil {
				return changed(perr)
			}
			rels = append(rels, r)
		}
		if len(nodes)+len(rels) >= p.opts.BatchSize {
			if err := ctx.Err(); err != nil {
				return stopped(err)
			}
			return flush()
		}
		return nil
	}, func(se *syntaxError) error {
		if f.bad[se.line] {
			return nil
		}
		return changed(se)
	})
	var werr *WriteError
	switch {
	case err != nil && !errors.As(err, &werr):
		return stopped(err)
	case err != nil:
		return err
	case ctx.Err() != nil:
		return stopped(ctx.Err())
	}
	return flush()
}

// writeArticles extracts the good rows of an article file and loads them.
func (p *Plan) writeArticles(ctx context.Context, f *planFile, target Target, st *Stats) error {
	x := p.opts.Extractor
	if x == nil {
		x = extract.New(extract.Options{})
	}
	r := input.Open([]string{f.path}, input.Options{Format: input.FormatCSV})
	defer r.Close()
	var pos, handed int64
	stopped := func(err error) error {
		return &WriteError{File: f.path, Written: handed - int64(target.Buffered()), Rows: f.rows, Err: err}
	}
	progress := func() {
		if p.opts.Progress != nil {
			if n := r.Pos(); n > pos {
				p.opts.Progress(n - pos)
				pos = n
			}
		}
	}
	emit := func(doc *graph.Document) error {
		progress()
		if err := ctx.Err(); err != nil {
			return stopped(err)
		}
		// A batch once started is finished, so that what was written is
		// known.
		if err := target.Write(context.WithoutCancel(ctx), doc); err != nil {
			return stopped(err)
		}
		handed++
		return nil
	}
	skip := func(err error) error {
		var perr *graph.ParseError
		if errors.As(err, &perr) && f.bad[perr.Line] {
			return nil // found by the check
		}
		return stopped(err)
	}
	err := x.Stream(ctx, r.Next, emit, extract.StreamOptions{Workers: p.opts.Workers, OnInputError: skip})
	progress()
	var werr *WriteError
	switch {
	case err != nil && !errors.As(err, &werr):
		return stopped(err)
	case err != nil:
		return err
	}
	if err := target.Flush(context.WithoutCancel(ctx)); err != nil {
		return stopped(err)
	}
	st.Documents += handed
	return nil
}

// dbFinder finds nodes in a Neo4j database.
type dbFinder struct{ db *graph.DB }

// NewFinder returns a Finder of the nodes of db.
func NewFinder(db *graph.DB) Finder { return dbFinder{db} }

func (f dbFinder) Existing(ctx context.Context, l graph.Label, ids []string) ([]string, error) {
	if !l.Valid() {
		return nil, fmt.Errorf("label %q is not of the model", l)
	}
	// The label is one of the model's constants, checked above.
	q := "UNWIND $ids AS id MATCH (n:" + string(l) + " {id: id}) RETURN n.id AS id"
	_, recs, err := f.db.Read(ctx, q, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(recs))
	for _, r := range recs {
		if id, ok := r.Values[0].(string); ok {
			out = append(out, id)
		}
	}
	return out, nil
}
