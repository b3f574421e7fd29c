package importer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/newsgraph/newsgraph/graph"
)

// ExportOptions tune an export.
type ExportOptions struct {
	// ArrayDelimiter joins the items of list values; 0 means
	// DefaultArrayDelimiter.
	ArrayDelimiter rune
	// URLPrefix comes before the file names in load-csv.cypher; "" means
	// "file:///": the files are read from the top of the server's import
	// directory.
	URLPrefix string
	// IntegerIDs writes files for neo4j-admin alone, which it imports in
	// two thirds of the time (--id-type=integer): each node's :ID is a
	// number unique in its label, the node keeping its id as the id
	// property, and relationships join those numbers. LOAD CSV and
	// newsgraph import cannot read such files, and no load-csv.cypher is
	// written. The bulk path of newsgraph load uses it.
	IntegerIDs bool
}

// Exporter writes the records of documents to a directory of CSV files for
// neo4j-admin and LOAD CSV (see the package doc), deduplicated across all
// documents as graph.Writer merges them: the nodes shared by articles
// (graph.Label.Shared) are written once, at the end, merged by
// graph.MergeNodes; everything else belongs to one article and is written
// as its document is added. Memory
// holds the shared nodes and the ids of the other nodes, not the documents.
//
// The files are written to a temporary directory beside the destination
// and moved there by Close, so that a failed export leaves nothing behind.
// An Exporter is not safe for concurrent use.
type Exporter struct {
	dir, tmp string
	delim    rune
	prefix   string
	intIDs   *intIDs // with IntegerIDs
	nodes    map[nodeFile]*outFile
	rels     map[relFile]*outFile
	shared   map[string]graph.Node // the shared nodes, merged
	seen     idSet                 // the article-scoped nodes written
	stats    ExportStats
	closed   bool
}

// ExportStats says what an export wrote.
type ExportStats struct {
	Dir           string // the directory, absolute
	Documents     int64
	Nodes         map[graph.Label]int64
	Relationships map[graph.RelType]int64
	// Files lists the CSV files in the order the scripts load them: node
	// files in the order of graph.Labels, then relationship files by type,
	// start and end label.
	Files []ExportFile
	// IntegerIDs says the files were written with ExportOptions.IntegerIDs.
	IntegerIDs bool
	// AdminArgs is the neo4j-admin command line that import.sh runs, with
	// the database "neo4j" and absolute paths, starting with
	// "neo4j-admin".
	AdminArgs []string
}

// ExportFile is one CSV file of an export.
type ExportFile struct {
	Name  string // base name, in Dir
	Label graph.Label
	// Type, Start and End are set for a relationship file.
	Type       graph.RelType
	Start, End graph.Label
	Rows       int64
	Bytes      int64
	// Multiline is set on the file of the records whose values hold a
	// line break, which neo4j-admin must be told of: such records are
	// written to a file of their own (Claim.multiline.csv beside
	// Claim.csv), so that neo4j-admin parses only that file the slow way
	// (see adminOptions).
	Multiline bool
	// Escapes is set when a value holds a backslash before a quote or
	// another backslash, or at its end: LOAD CSV reads such a backslash as
	// an escape unless the server's dbms.import.csv.legacy_quote_escaping
	// is false (neo4j-admin reads it as it is).
	Escapes bool
}

// nodeFile is the nodes of one file: a label, and whether their records
// hold line breaks.
type nodeFile struct {
	label     graph.Label
	multiline bool
}

func (k nodeFile) name() string { return string(k.label) + multilineSuffix(k.multiline) + ".csv" }

// relFile is the relationships of one file: a type between two labels,
// and whether their records hold line breaks.
type relFile struct {
	t          graph.RelType
	start, end graph.Label
	multiline  bool
}

func (k relFile) name() string {
	return fmt.Sprintf("%s.%s.%s%s.csv", k.t, k.start, k.end, multilineSuffix(k.multiline))
}

func multilineSuffix(multiline bool) string {
	if multiline {
		return ".multiline"
	}
	return ""
}

// outFile is one CSV file being written.
type outFile struct {
	ExportFile
	f *os.File
	w *csvWriter
}

// NewExporter starts an export to dir, which must not exist or be empty.
func NewExporter(dir string, opts ExportOptions) (*Exporter, error) {
	delim := opts.ArrayDelimiter
	if delim == 0 {
		delim = DefaultArrayDelimiter
	}
	if _, err := checkDelimiter(delim); err != nil {
		return nil, err
	}
	prefix := opts.URLPrefix
	if prefix == "" {
		prefix = "file:///"
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("export to %s: %w", dir, err)
	}
	entries, err := os.ReadDir(abs)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("export to %s: %w", dir, err)
	case len(entries) > 0:
		return nil, fmt.Errorf("export to %s: the directory is not empty (give a new or empty directory)", dir)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(abs), "."+filepath.Base(abs)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("export to %s: %w", dir, err)
	}
	var ints *intIDs
	if opts.IntegerIDs {
		ints = &intIDs{}
	}
	return &Exporter{
		dir: abs, tmp: tmp, delim: delim, prefix: prefix, intIDs: ints,
		nodes:  make(map[nodeFile]*outFile),
		rels:   make(map[relFile]*outFile),
		shared: make(map[string]graph.Node),
		seen:   newIDSet(),
		stats: ExportStats{Dir: abs, IntegerIDs: opts.IntegerIDs, Nodes: make(map[graph.Label]int64),
			Relationships: make(map[graph.RelType]int64)},
	}, nil
}

// Add exports one document. A document that cannot be exported (invalid, an
// article or claim exported before, a list value holding the array
// delimiter) is reported, and nothing of it is written: the export may go
// on with the next document. Add is Prepare then Commit.
func (e *Exporter) Add(doc *graph.Document) error {
	p, err := e.Prepare(doc)
	if err != nil {
		return err
	}
	return e.Commit(p)
}

// Prepared is a document encoded as the rows of its CSV files by Prepare,
// for Commit to add to the export.
type Prepared struct {
	id     string       // the article's
	local  []graph.Node // the nodes that belong to the article (Props unset)
	merged []graph.Node // the shared nodes, merged by Commit
	rels   []graph.RelType
	chunks []chunk
}

// chunk is the rows of one document for one file, encoded.
type chunk struct {
	node    nodeFile // when rel.t is ""
	rel     relFile
	buf     []byte
	rows    int64
	escapes bool
}

// Prepare encodes a document for Commit: all the work of Add that does not
// depend on the documents exported before it (validating, flattening,
// encoding the rows). Unlike the rest of the Exporter it is safe for
// concurrent use, so that documents can be prepared on every core and
// committed in order.
func (e *Exporter) Prepare(doc *graph.Document) (*Prepared, error) {
	if err := doc.Validate(); err != nil {
		return nil, fmt.Errorf("invalid document %s: %w", doc.Article.ID, err)
	}
	return e.prepare(doc)
}

// prepare is Prepare of a valid document.
func (e *Exporter) prepare(doc *graph.Document) (*Prepared, error) {
	nodes, rels := graph.Flatten(doc)
	p := &Prepared{id: doc.Article.ID, rels: make([]graph.RelType, len(rels))}
	var row []byte
	// add encodes a row into the chunk of its file: that of the node
	// label or relationship file of k, or its .multiline file.
	add := func(k chunk, cells []cell) {
		var ml, esc bool
		row, ml, esc = appendRecord(row[:0], cells)
		if k.rel.t == "" {
			k.node.multiline = ml
		} else {
			k.rel.multiline = ml
		}
		for i := range p.chunks {
			c := &p.chunks[i]
			if c.node == k.node && c.rel == k.rel {
				c.buf = append(c.buf, row...)
				c.rows++
				c.escapes = c.escapes || esc
				return
			}
		}
		k.buf = append([]byte(nil), row...)
		k.rows, k.escapes = 1, esc
		p.chunks = append(p.chunks, k)
	}
	var ints map[string]string // with IntegerIDs, the :ID of each node
	if e.intIDs != nil {
		var err error
		if ints, err = e.intIDs.of(nodes); err != nil {
			return nil, fmt.Errorf("document %s: %w", doc.Article.ID, err)
		}
	}
	for _, n := range nodes {
		cells, err := e.nodeCells(n, ints[n.ID])
		if err != nil {
			return nil, fmt.Errorf("document %s: %s %s: %w", doc.Article.ID, n.Label, n.ID, err)
		}
		if n.Label.Shared() {
			p.merged = append(p.merged, n)
			continue
		}
		p.local = append(p.local, graph.Node{Label: n.Label, ID: n.ID})
		add(chunk{node: nodeFile{label: n.Label}}, cells)
	}
	for i, r := range rels {
		cells, err := e.relCells(r, ints[r.StartID], ints[r.EndID])
		if err != nil {
			return nil, fmt.Errorf("document %s: %s from %s to %s: %w", doc.Article.ID, r.Type, r.StartID, r.EndID, err)
		}
		p.rels[i] = r.Type
		add(chunk{rel: relFile{t: r.Type, start: r.StartLabel, end: r.EndLabel}}, cells)
	}
	return p, nil
}

// Commit adds a document Prepare encoded to the export. A document whose
// article or claim was exported before is reported, and nothing of it is
// written.
func (e *Exporter) Commit(p *Prepared) error {
	if e.closed {
		return errors.New("export: exporter closed")
	}
	for _, n := range p.local {
		if e.seen.has(n.ID) {
			if n.Label == graph.LabelArticle {
				return fmt.Errorf("article %s is already in the export (give each article once)", n.ID)
			}
			return fmt.Errorf("document %s: %s %s is already in the export, from another document", p.id, n.Label, n.ID)
		}
	}
	files := make([]*outFile, len(p.chunks))
	for i, c := range p.chunks {
		var err error
		if c.rel.t == "" {
			files[i], err = e.nodeFile(c.node)
		} else {
			files[i], err = e.relFile(c.rel)
		}
		if err != nil {
			return err
		}
	}
	for i, c := range p.chunks {
		files[i].w.writeEncoded(c.buf, c.rows, c.node.multiline || c.rel.multiline, c.escapes)
	}
	for _, n := range p.local {
		e.seen.add(n.ID)
		e.stats.Nodes[n.Label]++
	}
	for _, t := range p.rels {
		e.stats.Relationships[t]++
	}
	for _, n := range p.merged {
		e.merge(n)
	}
	e.stats.Documents++
	return nil
}

// nodeCells encodes a node's row.
func (e *Exporter) nodeCells(n graph.Node, intID string) ([]cell, error) {
	cols := nodeColumns[n.Label]
	if cols == nil {
		return nil, fmt.Errorf("label %q is not of the model", n.Label)
	}
	cells := make([]cell, 0, 3+len(cols))
	if e.intIDs != nil {
		cells = append(cells, cell{s: intID})
	}
	cells = append(cells, cell{s: n.ID, quoted: true}, cell{s: string(n.Label)})
	return e.propCells(cells, cols, n.Props, string(n.Label))
}

// relCells encodes a relationship's row.
func (e *Exporter) relCells(r graph.Rel, startInt, endInt string) ([]cell, error) {
	if !r.Type.Valid() {
		return nil, fmt.Errorf("type %q is not of the model", r.Type)
	}
	cols := relColumns[r.Type]
	cells := make([]cell, 0, 3+len(cols))
	if e.intIDs != nil {
		if startInt == "" || endInt == "" {
			return nil, errors.New("an end that is not a node of the document")
		}
		cells = append(cells, cell{s: startInt}, cell{s: endInt}, cell{s: string(r.Type)})
	} else {
		cells = append(cells, cell{s: r.StartID, quoted: true}, cell{s: r.EndID, quoted: true}, cell{s: string(r.Type)})
	}
	return e.propCells(cells, cols, r.Props, string(r.Type))
}

// intIDs gives the nodes integer :IDs (ExportOptions.IntegerIDs), unique
// in each label by construction: a node of one article (Article, Claim,
// Source) gets the document's number times 2²⁰ plus its place in the
// document; a shared node, the next number when it is first seen.
// neo4j-admin takes integer ids below 2⁵⁶: 2³⁶ documents of fewer than
// 2²⁰ nodes each. Safe for concurrent use.
type intIDs struct {
	docs   atomic.Uint64
	shared sync.Map // id → its :ID, a string
	next   atomic.Uint64
}

// of returns the :ID of each node of a document.
func (ii *intIDs) of(nodes []graph.Node) (map[string]string, error) {
	doc := ii.docs.Add(1)
	if doc >= 1<<36 || len(nodes) >= 1<<20 {
		return nil, errors.New("too many documents or nodes for integer ids")
	}
	ids := make(map[string]string, len(nodes))
	local := uint64(0)
	for _, n := range nodes {
		if n.Label.Shared() {
			ids[n.ID] = ii.sharedID(n.ID)
			continue
		}
		local++
		ids[n.ID] = strconv.FormatUint(doc<<20|local, 10)
	}
	return ids, nil
}

func (ii *intIDs) sharedID(id string) string {
	if v, ok := ii.shared.Load(id); ok {
		return v.(string)
	}
	v, _ := ii.shared.LoadOrStore(id, strconv.FormatUint(ii.next.Add(1), 10))
	return v.(string)
}

func (e *Exporter) propCells(cells []cell, cols []Column, props map[string]any, what string) ([]cell, error) {
	for k := range props {
		if _, ok := columnOf(cols, k); !ok {
			return nil, fmt.Errorf("property %s has no column in %s files", k, what)
		}
	}
	for _, c := range cols {
		v, err := encode(c, props[c.Name], e.delim)
		if err != nil {
			return nil, err
		}
		cells = append(cells, v)
	}
	return cells, nil
}

// merge adds a shared node to the table, merging it with the node of the
// same id as graph.Writer does.
func (e *Exporter) merge(n graph.Node) {
	old, ok := e.shared[n.ID]
	if !ok {
		e.shared[n.ID] = n
		e.stats.Nodes[n.Label]++
		return
	}
	e.shared[n.ID] = graph.MergeNodes(old, n)
}

func (e *Exporter) nodeFile(k nodeFile) (*outFile, error) {
	if f := e.nodes[k]; f != nil {
		return f, nil
	}
	if k.multiline {
		// the main file comes with it, if need be without rows: Claim.csv
		// is where the claims are, whatever their values hold
		if _, err := e.nodeFile(nodeFile{label: k.label}); err != nil {
			return nil, err
		}
	}
	f, err := e.create(k.name(), nodeHeader(k.label, e.intIDs != nil))
	if err != nil {
		return nil, err
	}
	f.Label = k.label
	e.nodes[k] = f
	return f, nil
}

func (e *Exporter) relFile(k relFile) (*outFile, error) {
	if f := e.rels[k]; f != nil {
		return f, nil
	}
	if k.multiline {
		main := k
		main.multiline = false
		if _, err := e.relFile(main); err != nil {
			return nil, err
		}
	}
	f, err := e.create(k.name(), relHeader(k.t, k.start, k.end))
	if err != nil {
		return nil, err
	}
	f.Type, f.Start, f.End = k.t, k.start, k.end
	e.rels[k] = f
	return f, nil
}

func (e *Exporter) create(name string, header []cell) (*outFile, error) {
	f, err := os.Create(filepath.Join(e.tmp, name))
	if err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	out := &outFile{ExportFile: ExportFile{Name: name}, f: f, w: newCSVWriter(f)}
	out.w.write(header)
	out.w.rows = 0
	return out, nil
}

// Close writes the shared nodes and the scripts, and moves the files to
// the destination directory. After an error nothing is left behind.
func (e *Exporter) Close() (*ExportStats, error) {
	if e.closed {
		return nil, errors.New("export: exporter closed")
	}
	st, err := e.finish()
	if err != nil {
		e.Abort()
		return nil, err
	}
	e.closed = true
	return st, nil
}

func (e *Exporter) finish() (*ExportStats, error) {
	ids := make([]string, 0, len(e.shared))
	for id := range e.shared {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var row []byte
	for _, id := range ids {
		n := e.shared[id]
		var intID string
		if e.intIDs != nil {
			intID = e.intIDs.sharedID(n.ID)
		}
		cells, err := e.nodeCells(n, intID)
		if err != nil {
			return nil, fmt.Errorf("export %s %s: %w", n.Label, n.ID, err)
		}
		var ml, esc bool
		row, ml, esc = appendRecord(row[:0], cells)
		f, err := e.nodeFile(nodeFile{label: n.Label, multiline: ml})
		if err != nil {
			return nil, err
		}
		f.w.writeEncoded(row, 1, ml, esc)
	}
	files := e.orderedFiles()
	for _, f := range files {
		err := f.w.flush()
		if cerr := f.f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, fmt.Errorf("export: write %s: %w", f.Name, err)
		}
		f.f = nil
		fi, err := os.Stat(filepath.Join(e.tmp, f.Name))
		if err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
		f.Rows, f.Bytes, f.Multiline, f.Escapes = f.w.rows, fi.Size(), f.w.multiline, f.w.escapes
		e.stats.Files = append(e.stats.Files, f.ExportFile)
	}
	e.stats.AdminArgs = adminArgs("neo4j-admin", "neo4j", e.dir, e.stats.Files, e.delim, e.stats.IntegerIDs)
	scripts := []struct {
		name string
		text string
		mode os.FileMode
	}{
		{"import.sh", importScript(e.stats.Files, e.delim, e.stats.IntegerIDs), 0o755},
		{"after-import.cypher", afterImportScript(e.stats.Files), 0o644},
		{"load-csv.cypher", loadCSVScript(e.stats.Files, e.delim, e.prefix), 0o644},
	}
	if e.stats.IntegerIDs {
		scripts = scripts[:2] // LOAD CSV cannot join integer ids
	}
	for _, s := range scripts {
		if err := os.WriteFile(filepath.Join(e.tmp, s.name), []byte(s.text), s.mode); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
	}
	if err := os.Chmod(e.tmp, 0o755); err != nil {
		return nil, fmt.Errorf("export: %w", err)
	}
	// An empty destination directory goes first (Remove removes only an
	// empty one).
	if err := os.Remove(e.dir); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("export: %s: %w", e.dir, err)
	}
	if err := os.Rename(e.tmp, e.dir); err != nil {
		return nil, fmt.Errorf("export: move the files to %s: %w", e.dir, err)
	}
	st := e.stats
	return &st, nil
}

// orderedFiles returns the open files: nodes in label order, then
// relationships by type, start and end label.
func (e *Exporter) orderedFiles() []*outFile {
	var out []*outFile
	for _, l := range graph.Labels {
		for _, ml := range []bool{false, true} {
			if f := e.nodes[nodeFile{l, ml}]; f != nil {
				out = append(out, f)
			}
		}
	}
	keys := make([]relFile, 0, len(e.rels))
	for k := range e.rels {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b relFile) int {
		if c := slices.Index(graph.RelTypes, a.t) - slices.Index(graph.RelTypes, b.t); c != 0 {
			return c
		}
		if c := slices.Index(graph.Labels, a.start) - slices.Index(graph.Labels, b.start); c != 0 {
			return c
		}
		if c := slices.Index(graph.Labels, a.end) - slices.Index(graph.Labels, b.end); c != 0 {
			return c
		}
		return boolOrder(a.multiline) - boolOrder(b.multiline)
	})
	for _, k := range keys {
		out = append(out, e.rels[k])
	}
	return out
}

func boolOrder(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Abort ends an export that will not be closed, removing what it wrote.
func (e *Exporter) Abort() {
	if e.closed {
		return
	}
	e.closed = true
	for _, f := range e.nodes {
		if f.f != nil {
			f.f.Close()
		}
	}
	for _, f := range e.rels {
		if f.f != nil {
			f.f.Close()
		}
	}
	os.RemoveAll(e.tmp)
}

// DocumentsExported says how many documents were added so far.
func (e *Exporter) DocumentsExported() int64 { return e.stats.Documents }

// AdminImportArgs are the arguments of neo4j-admin that import the export,
// written with the array delimiter delim, into database, replacing what it
// holds (--overwrite-destination): import.sh's command without the program.
func (st *ExportStats) AdminImportArgs(database string, delim rune) []string {
	args := []string{"database", "import", "full", database, "--overwrite-destination"}
	args = append(args, adminOptions(st.Files, st.Dir, delim, st.IntegerIDs)...)
	return append(args, fileArgs(st.Files, st.Dir)...)
}
