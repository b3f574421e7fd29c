package importer

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
)

// DefaultBatchSize is the number of node or relationship records Import
// writes in one transaction unless told otherwise.
const DefaultBatchSize = 10000

// DefaultMaxProblems is how many problems a Plan keeps for messages unless
// told otherwise; all are counted, and with SkipBadRows all go to Rejects.
const DefaultMaxProblems = 100

// Options tune an import.
type Options struct {
	// ArrayDelimiter separates list items; 0 means DefaultArrayDelimiter.
	ArrayDelimiter rune
	// SkipBadRows writes the good rows of files that have bad ones, and
	// passes each bad row to Rejects. Without it, a problem anywhere
	// writes nothing at all.
	SkipBadRows bool
	// Rejects receives every bad row, with the reason, as it is found.
	Rejects func(Reject) error
	// BatchSize is the number of records per transaction; 0 means
	// DefaultBatchSize.
	BatchSize int
	// MaxProblems bounds the problems kept by the Plan; 0 means
	// DefaultMaxProblems.
	MaxProblems int
	// Extractor extracts the articles of article files; nil means
	// extract.New(extract.Options{}).
	Extractor *extract.Extractor
	// Workers is the number of articles extracted in parallel; 0 means
	// GOMAXPROCS.
	Workers int
	// Progress, when set, is told of every chunk of bytes read, in the
	// check and in the write (each file is read once by each).
	Progress func(n int64)
}

// Finder looks nodes up in the database, for relationships whose ends are
// not in the files given.
type Finder interface {
	// Existing returns those of ids that are the id of a node with the
	// label.
	Existing(ctx context.Context, l graph.Label, ids []string) ([]string, error)
}

// Plan is a checked import: the files, what they hold, and which of their
// rows are bad. Make one with Check, then Write it.
type Plan struct {
	opts     Options
	files    []*planFile
	problems []*graph.ParseError
	warnings []*graph.ParseError
	count    int64 // problems found, kept or not
	rejected int64 // rows not to write
}

// planFile is one file of a plan.
type planFile struct {
	path    string
	kind    Kind
	h       *header
	size    int64
	skip    bool         // nothing of the file is written
	bad     map[int]bool // lines of records not to write
	rows    int64        // rows to write
	badRows int64
}

// loc is where a node or relationship was defined, for messages.
type loc struct {
	file *planFile
	line int
}

func (l loc) String() string { return fmt.Sprintf("%s:%d", l.file.path, l.line) }

// ref is a relationship row whose end is not in the files given.
type ref struct {
	file  *planFile
	rec   *record
	field int
	what  string // "start" or "end"
}

// checker is the state of Check.
type checker struct {
	ctx    context.Context
	p      *Plan
	delim  rune
	finder Finder
	ids    map[graph.Label]map[string]loc // the nodes of the files
	gone   map[string]loc                 // ids of rejected node rows
	rels   map[[16]byte]loc               // relationship identities
	refs   map[graph.Label]map[string][]ref
}

// Check reads the files (and the CSV files of the directories, in name
// order, not recursively) and checks them against the model without
// writing anything: the kind of each from its header, every header, every
// row, and the ends of every relationship, in the files or, through finder,
// in the database (a nil finder finds nothing). It returns a Plan that
// holds the problems found; the error is about something else (a failed
// database lookup, a cancelled ctx, Rejects failing).
func Check(ctx context.Context, paths []string, finder Finder, opts Options) (*Plan, error) {
	if opts.ArrayDelimiter == 0 {
		opts.ArrayDelimiter = DefaultArrayDelimiter
	}
	if _, err := checkDelimiter(opts.ArrayDelimiter); err != nil {
		return nil, err
	}
	if opts.BatchSize <= 0 {
		opts.BatchSize = DefaultBatchSize
	}
	if opts.MaxProblems <= 0 {
		opts.MaxProblems = DefaultMaxProblems
	}
	c := &checker{
		ctx: ctx, p: &Plan{opts: opts}, delim: opts.ArrayDelimiter, finder: finder,
		ids:  make(map[graph.Label]map[string]loc),
		gone: make(map[string]loc),
		rels: make(map[[16]byte]loc),
		refs: make(map[graph.Label]map[string][]ref),
	}
	if err := c.listFiles(paths); err != nil {
		return nil, err
	}
	// Articles, then nodes, then relationships: the ends of relationships
	// may be in the files of the first two.
	for _, kind := range []Kind{Articles, Nodes, Relationships} {
		for _, f := range c.p.files {
			if f.kind != kind || f.skip {
				continue
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			var err error
			switch kind {
			case Articles:
				err = c.articles(f)
			case Nodes:
				err = c.nodes(f)
			case Relationships:
				err = c.relationships(f)
			}
			if err != nil {
				return nil, err
			}
		}
	}
	if err := c.lookUpEnds(); err != nil {
		return nil, err
	}
	for _, f := range c.p.files {
		if f.skip {
			f.rows = 0
		}
	}
	return c.p, nil
}

// problem records a problem; row is the record it is about, if any. The
// record's line is not written.
func (c *checker) problem(f *planFile, perr *graph.ParseError, rec *record) error {
	p := c.p
	p.count++
	if len(p.problems) < p.opts.MaxProblems {
		p.problems = append(p.problems, perr)
	}
	if f != nil && rec != nil {
		if f.bad == nil {
			f.bad = make(map[int]bool)
		}
		if !f.bad[rec.line] {
			f.bad[rec.line] = true
			f.badRows++
			f.rows--
			p.rejected++
		}
	}
	if p.opts.Rejects == nil {
		return nil
	}
	r := Reject{File: perr.File, Line: perr.Line, Column: perr.Column, Reason: perr.Err.Error()}
	if rec != nil {
		r.Row = rec.raw
	}
	if err := p.opts.Rejects(r); err != nil {
		return fmt.Errorf("write rejects: %w", err)
	}
	return nil
}

// fileProblem records a problem that keeps a whole file out.
func (c *checker) fileProblem(f *planFile, perr *graph.ParseError) error {
	f.skip = true
	return c.problem(f, perr, nil)
}

// listFiles expands the paths into files and reads their headers.
func (c *checker) listFiles(paths []string) error {
	seen := map[string]bool{}
	add := func(path string, size int64) error {
		if seen[filepath.Clean(path)] {
			return nil
		}
		seen[filepath.Clean(path)] = true
		f := &planFile{path: path, size: size}
		c.p.files = append(c.p.files, f)
		return c.readHeader(f)
	}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			f := &planFile{path: p}
			c.p.files = append(c.p.files, f)
			if err := c.fileProblem(f, &graph.ParseError{File: p, Err: openError(err)}); err != nil {
				return err
			}
			continue
		}
		if !fi.IsDir() {
			if err := add(p, fi.Size()); err != nil {
				return err
			}
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return fmt.Errorf("read directory %s: %w", p, err)
		}
		n := 0
		for _, e := range entries { // in name order
			name := e.Name()
			if e.IsDir() || strings.HasPrefix(name, ".") || !strings.EqualFold(filepath.Ext(name), ".csv") {
				continue
			}
			info, err := e.Info()
			if err != nil {
				return fmt.Errorf("read directory %s: %w", p, err)
			}
			n++
			if err := add(filepath.Join(p, name), info.Size()); err != nil {
				return err
			}
		}
		if n == 0 {
			f := &planFile{path: p}
			c.p.files = append(c.p.files, f)
			if err := c.fileProblem(f, &graph.ParseError{File: p, Err: errors.New("no .csv files in this directory")}); err != nil {
				return err
			}
		}
	}
	return nil
}

func openError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or directory (check the path)")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied (check the file's permissions)")
	}
	return err
}

// readHeader reads a file's header and tells its kind.
func (c *checker) readHeader(f *planFile) error {
	file, err := os.Open(f.path)
	if err != nil {
		return c.fileProblem(f, &graph.ParseError{File: f.path, Err: openError(err)})
	}
	defer file.Close()
	rec, err := newCSVReader(file).read()
	if err == io.EOF {
		return c.fileProblem(f, &graph.ParseError{File: f.path, Err: errors.New("empty file, no header row")})
	}
	if err != nil {
		var se *syntaxError
		if errors.As(err, &se) {
			return c.fileProblem(f, &graph.ParseError{File: f.path, Line: se.line, Column: se.field, Err: fmt.Errorf("header row: %w", se.err)})
		}
		return c.fileProblem(f, &graph.ParseError{File: f.path, Err: err})
	}
	f.kind = kindOf(rec.fields)
	if f.kind == Articles {
		if h := rec.fields[0]; len(rec.fields) == 1 && strings.ContainsAny(h, ";\t") && strings.Contains(strings.ToUpper(h), "ID") {
			return c.fileProblem(f, &graph.ParseError{File: f.path, Line: rec.line, Err: fmt.Errorf(
				"the header %q is not separated by commas: write node and relationship files with commas between fields", h)})
		}
		return nil
	}
	h, errs := parseHeader(f.path, rec, f.kind)
	f.h = h
	for _, e := range errs {
		if err := c.fileProblem(f, e); err != nil {
			return err
		}
	}
	return nil
}

// progressReader tells Options.Progress of the bytes read through it.
type progressReader struct {
	r  io.Reader
	fn func(int64)
}

func (pr progressReader) Read(p []byte) (int, error) {
	n, err := pr.r.Read(p)
	if n > 0 {
		pr.fn(int64(n))
	}
	return n, err
}

// open opens a file for reading its records, with the progress reported.
func (p *Plan) open(f *planFile) (*os.File, *csvReader, error) {
	file, err := os.Open(f.path)
	if err != nil {
		return nil, nil, &graph.ParseError{File: f.path, Err: openError(err)}
	}
	var r io.Reader = file
	if p.opts.Progress != nil {
		r = progressReader{file, p.opts.Progress}
	}
	return file, newCSVReader(r), nil
}

// eachRecord calls fn with every data row of a node or relationship file;
// syntax errors go to bad. A fatal syntax error ends the file.
func (p *Plan) eachRecord(ctx context.Context, f *planFile, fn func(*record) error, bad func(*syntaxError) error) error {
	file, cr, err := p.open(f)
	if err != nil {
		return err
	}
	defer file.Close()
	header := true
	for n := 0; ; n++ {
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		rec, err := cr.read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var se *syntaxError
			if !errors.As(err, &se) {
				return err
			}
			if err := bad(se); err != nil {
				return err
			}
			if se.fatal {
				return nil
			}
			continue
		}
		if header {
			header = false
			continue
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
}

// syntaxProblem records a CSV syntax error of a file.
func (c *checker) syntaxProblem(f *planFile, se *syntaxError) error {
	perr := &graph.ParseError{File: f.path, Line: se.line, Column: se.field, Err: se.err}
	if se.fatal {
		// The rest of the file cannot be read: none of it is written,
		// with or without SkipBadRows.
		return c.fileProblem(f, perr)
	}
	f.rows++ // counted, to be taken off as bad
	return c.problem(f, perr, &record{line: se.line})
}

// nodes checks the rows of a node file.
func (c *checker) nodes(f *planFile) error {
	ids := c.ids[f.h.label]
	if ids == nil {
		ids = make(map[string]loc)
		c.ids[f.h.label] = ids
	}
	warned := map[int]bool{} // list columns warned about
	return c.p.eachRecord(c.ctx, f, func(rec *record) error {
		f.rows++
		c.warnDelimiter(f, rec, warned)
		n, perr := f.h.node(f.path, rec, c.delim)
		if perr != nil {
			if id := c.idOf(f, rec); id != "" {
				c.gone[id] = loc{f, rec.line}
			}
			return c.problem(f, perr, rec)
		}
		if first, dup := ids[n.ID]; dup {
			return c.problem(f, rowError(f.path, rec, f.h.id,
				fmt.Errorf("duplicate id %s: %s has it too (give each node once)", n.ID, first)), rec)
		}
		ids[n.ID] = loc{f, rec.line}
		return nil
	}, func(se *syntaxError) error { return c.syntaxProblem(f, se) })
}

// likelyDelimiters are what hand-made lists are often separated by.
const likelyDelimiters = ";|"

// warnDelimiter warns, once per column of a file, about a list field that
// holds none of the array delimiter but a character that often separates
// items in hand-made files: with the wrong delimiter, a list of several
// items reads as one item.
func (c *checker) warnDelimiter(f *planFile, rec *record, warned map[int]bool) {
	for i, fk := range f.h.fields {
		if fk != fieldProp || f.h.cols[i].Type != StringList || warned[i] || i >= len(rec.fields) {
			continue
		}
		v := rec.fields[i]
		j := strings.IndexAny(v, likelyDelimiters)
		if j < 0 || strings.ContainsRune(v, c.delim) || strings.ContainsRune(likelyDelimiters, c.delim) {
			continue
		}
		warned[i] = true
		c.p.warnings = append(c.p.warnings, rowError(f.path, rec, i, fmt.Errorf(
			"%s %q is one item, holding %q: if %q separates items, pass the array delimiter %q (--array-delimiter); the delimiter is %s",
			f.h.cols[i].Name, v, v[j:j+1], v[j:j+1], v[j:j+1], FormatDelimiter(c.delim))))
	}
}

// idOf returns the id of a node row, when it has one of the file's label.
func (c *checker) idOf(f *planFile, rec *record) string {
	if f.h.id < len(rec.fields) {
		if id := rec.fields[f.h.id]; graph.LabelOfID(id) == f.h.label {
			return id
		}
	}
	return ""
}

// relationships checks the rows of a relationship file.
func (c *checker) relationships(f *planFile) error {
	return c.p.eachRecord(c.ctx, f, func(rec *record) error {
		f.rows++
		r, perr := f.h.rel(f.path, rec, c.delim)
		if perr != nil {
			return c.problem(f, perr, rec)
		}
		key := sha256.Sum256([]byte(relKey(r)))
		var k [16]byte
		copy(k[:], key[:16])
		if first, dup := c.rels[k]; dup {
			what := ""
			if r.Type.PerArticle() {
				what = " and article"
			}
			return c.problem(f, rowError(f.path, rec, -1,
				fmt.Errorf("duplicate %s from %s to %s: %s has the same ends%s (give each relationship once)", r.Type, r.StartID, r.EndID, first, what)), rec)
		}
		c.rels[k] = loc{f, rec.line}
		for _, end := range []struct {
			l     graph.Label
			id    string
			field int
			what  string
		}{{r.StartLabel, r.StartID, f.h.startAt, "start"}, {r.EndLabel, r.EndID, f.h.endAt, "end"}} {
			if _, ok := c.ids[end.l][end.id]; ok {
				continue
			}
			m := c.refs[end.l]
			if m == nil {
				m = make(map[string][]ref)
				c.refs[end.l] = m
			}
			m[end.id] = append(m[end.id], ref{f, rec, end.field, end.what})
		}
		return nil
	}, func(se *syntaxError) error { return c.syntaxProblem(f, se) })
}

// lookupBatch is the number of ids looked up in one query.
const lookupBatch = 5000

// lookUpEnds looks up in the database the ends of relationships that are
// not in the files, and records a problem for each relationship whose end
// is nowhere.
func (c *checker) lookUpEnds() error {
	for _, l := range graph.Labels {
		m := c.refs[l]
		if len(m) == 0 {
			continue
		}
		ids := make([]string, 0, len(m))
		for id := range m {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		found := map[string]bool{}
		if c.finder != nil {
			for i := 0; i < len(ids); i += lookupBatch {
				got, err := c.finder.Existing(c.ctx, l, ids[i:min(i+lookupBatch, len(ids))])
				if err != nil {
					return fmt.Errorf("look up %s nodes in the database: %w", l, err)
				}
				for _, id := range got {
					found[id] = true
				}
			}
		}
		var missing []ref
		for _, id := range ids {
			if !found[id] {
				missing = append(missing, m[id]...)
			}
		}
		// in file order, for messages
		slices.SortStableFunc(missing, func(a, b ref) int {
			if a.file != b.file {
				return slices.Index(c.p.files, a.file) - slices.Index(c.p.files, b.file)
			}
			return a.rec.line - b.rec.line
		})
		for _, r := range missing {
			id := r.rec.fields[r.field]
			msg := fmt.Sprintf("%s node %s is not in the files given nor in the database", r.what, id)
			if g, ok := c.gone[id]; ok {
				msg = fmt.Sprintf("%s node %s is not imported: its row %s is bad", r.what, id, g)
			}
			if err := c.problem(r.file, rowError(r.file.path, r.rec, r.field, errors.New(msg)), r.rec); err != nil {
				return err
			}
		}
	}
	return nil
}

// articles checks the rows of a file of articles, as extract/input reads
// them.
func (c *checker) articles(f *planFile) error {
	r := input.Open([]string{f.path}, input.Options{Format: input.FormatCSV})
	defer r.Close()
	ids := c.ids[graph.LabelArticle]
	if ids == nil {
		ids = make(map[string]loc)
		c.ids[graph.LabelArticle] = ids
	}
	var pos int64
	defer func() { c.progressTo(r, &pos) }()
	for n := 0; ; n++ {
		if n%64 == 0 {
			if err := c.ctx.Err(); err != nil {
				return err
			}
			c.progressTo(r, &pos)
		}
		a, err := r.Next()
		if err == io.EOF {
			return nil
		}
		f.rows++
		if err != nil {
			var perr *graph.ParseError
			if !errors.As(err, &perr) {
				perr = &graph.ParseError{File: f.path, Err: err}
			}
			if perr.Line <= 1 {
				// no header with a text column, or an unreadable
				// file: none of it is articles
				f.rows--
				perr = &graph.ParseError{File: perr.File, Line: perr.Line, Column: perr.Column, Err: fmt.Errorf(
					"%w; or, for a node file, write id:ID(Label) and for a relationship file :START_ID(Label), :END_ID(Label) and :TYPE", perr.Err)}
				return c.fileProblem(f, perr)
			}
			if err := c.problem(f, perr, &record{line: perr.Line}); err != nil {
				return err
			}
			continue
		}
		ids[graph.ArticleID(a.ID)] = loc{f, a.Origin.Line}
	}
}

func (c *checker) progressTo(r *input.Reader, pos *int64) {
	if c.p.opts.Progress == nil {
		return
	}
	if p := r.Pos(); p > *pos {
		c.p.opts.Progress(p - *pos)
		*pos = p
	}
}

// SetProgress replaces Options.Progress for Write.
func (p *Plan) SetProgress(fn func(n int64)) { p.opts.Progress = fn }

// Problems returns the problems found (at most Options.MaxProblems of
// them), in the order found: the headers of all files first, then the rows
// of article, node and relationship files, then relationships whose ends
// are nowhere.
func (p *Plan) Problems() []*graph.ParseError { return p.problems }

// Warnings returns what looks wrong but is not a problem: list fields that
// hold no array delimiter but a ';' or '|' (one warning per column of a
// file).
func (p *Plan) Warnings() []*graph.ParseError { return p.warnings }

// ProblemCount returns the number of problems found, kept or not.
func (p *Plan) ProblemCount() int64 { return p.count }

// Rejected returns the number of rows that will not be written because
// they are bad, not counting the rows of files kept out whole.
func (p *Plan) Rejected() int64 { return p.rejected }

// FileSummary describes one file of a plan.
type FileSummary struct {
	Path string
	Kind Kind
	// Label is the label of a node file; Start and End the labels of a
	// relationship file's ends.
	Label      graph.Label
	Start, End graph.Label
	Size       int64
	// Rows is the number of rows that will be written, Rejected the
	// number of bad ones. Skipped is set when nothing of the file will be
	// written (a bad header, a file that cannot be read to its end).
	Rows, Rejected int64
	Skipped        bool
}

// Files describes the files of the plan, in the order given.
func (p *Plan) Files() []FileSummary {
	out := make([]FileSummary, 0, len(p.files))
	for _, f := range p.files {
		s := FileSummary{Path: f.path, Kind: f.kind, Size: f.size, Rows: f.rows, Rejected: f.badRows, Skipped: f.skip}
		if f.h != nil {
			s.Label, s.Start, s.End = f.h.label, f.h.start, f.h.end
		}
		out = append(out, s)
	}
	return out
}
