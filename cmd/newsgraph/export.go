package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
	importer "github.com/newsgraph/newsgraph/import"
)

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "write articles or documents as CSV files for neo4j-admin import and LOAD CSV",
		ArgsUsage: "--csv DIR [INPUT...]",
		Description: "Writes the graph of the inputs to DIR (new or empty) as CSV files in the\n" +
			"header format of `neo4j-admin database import`: one node file per label\n" +
			"(Person.csv: id:ID(Person),:LABEL,name,aliases:string[],titles:string[])\n" +
			"and one relationship file per type and pair of end labels\n" +
			"(MENTIONS.Article.Person.csv), deduplicated across all inputs as\n" +
			"`newsgraph load` merges them; the records whose values hold a line break\n" +
			"go to a file of their own beside the main one (Claim.multiline.csv).\n" +
			"Beside them:\n" +
			"  import.sh            the neo4j-admin command that loads the files into a\n" +
			"                       stopped server (./import.sh [DATABASE] [OPTIONS])\n" +
			"  after-import.cypher  run once after neo4j-admin: id constraints and the\n" +
			"                       empty lists neo4j-admin cannot write\n" +
			"  load-csv.cypher      LOAD CSV statements for a running server, reading the\n" +
			"                       files from its import directory (--url-prefix)\n" +
			"`newsgraph import DIR` loads the files into a running server too.\n\n" +
			"Inputs are files, directories or - (stdin, the default): document JSON\n" +
			"(.jsonl or .json files whose first object has an \"article\" object, as\n" +
			"`newsgraph extract` writes them) is exported as it is; anything else is\n" +
			"read as articles (see `newsgraph extract`) and extracted first. --from\n" +
			"says which for all inputs.\n\n" +
			"A bad input stops the export with its file and line and leaves no DIR;\n" +
			"with --keep-going it is reported and skipped, and the exit status is 3.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "csv", Usage: "write the CSV files and scripts to `DIR`, which must be new or empty"},
			&cli.StringFlag{Name: "from", Value: "auto", Usage: "read the inputs as `KIND`: articles, documents, or auto"},
			&cli.StringFlag{Name: "array-delimiter", Value: importer.FormatDelimiter(importer.DefaultArrayDelimiter),
				Usage: "join list items with `CHAR` (one character, TAB or U+XXXX)"},
			&cli.StringFlag{Name: "url-prefix", Value: "file:///",
				Usage: "load-csv.cypher reads each file from `URL` followed by its name"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Value: runtime.GOMAXPROCS(0), Usage: "articles extracted in parallel"},
			&cli.BoolFlag{Name: "keep-going", Aliases: []string{"k"},
				Usage: "skip bad inputs, naming each, and exit with status 3 at the end"},
		},
		Action: runExport,
	}
}

// exportRun is the state of one `newsgraph export`.
type exportRun struct {
	keepGoing bool
	from      string
	workers   int
	stdin     io.Reader
	stderr    io.Writer
	bar       *progress
	e         *importer.Exporter
	skipped   int
}

func runExport(c *cli.Context) error {
	dir := c.String("csv")
	if dir == "" {
		return usagef("export: give the output directory with --csv DIR (e.g. newsgraph export --csv out docs.jsonl)")
	}
	inputs := c.Args().Slice()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	if err := stdinOnce("export", inputs); err != nil {
		return err
	}
	from := c.String("from")
	switch from {
	case "auto", "articles", "documents":
	default:
		return usagef("export: --from must be auto, articles or documents, not %q", from)
	}
	delim, err := importer.ParseDelimiter(c.String("array-delimiter"))
	if err != nil {
		return usagef("export: --array-delimiter: %v", err)
	}
	workers, err := atLeastOne(c, "export", "workers")
	if err != nil {
		return err
	}
	var total int64
	for _, in := range inputs {
		fi, err := os.Stat(in)
		switch {
		case in == "-":
			total = -1
		case err != nil:
			return withHint(fmt.Errorf("export: %w", err), "give files or directories of articles, or document JSON from `newsgraph extract`")
		case fi.IsDir():
			total = -1 // walked by extract/input
		case total >= 0:
			total += fi.Size()
		}
	}

	e, err := importer.NewExporter(dir, importer.ExportOptions{ArrayDelimiter: delim, URLPrefix: c.String("url-prefix")})
	if err != nil {
		return withHint(err, "remove the directory or give another one with --csv")
	}
	defer e.Abort() // no-op once closed
	run := &exportRun{
		keepGoing: c.Bool("keep-going"),
		from:      from,
		workers:   workers,
		stdin:     c.App.Reader,
		stderr:    c.App.ErrWriter,
		bar:       newProgress(c, total, "export", true),
		e:         e,
	}
	if run.stdin == nil {
		run.stdin = os.Stdin
	}
	defer run.bar.Finish()
	start := time.Now()
	for _, in := range inputs {
		if err := c.Context.Err(); err != nil {
			return withHint(fmt.Errorf("export: interrupted; %s was not written", dir), "run it again")
		}
		if err := run.input(c, in); err != nil {
			return run.stop(c, err, dir)
		}
	}
	st, err := e.Close()
	run.bar.Finish()
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if !c.Bool("quiet") {
		run.summary(st, time.Since(start))
	}
	if run.skipped > 0 {
		return fmt.Errorf("export: skipped %s: %w", nInputs(run.skipped), errSomeInputsFailed)
	}
	return nil
}

// input exports one input argument.
func (r *exportRun) input(c *cli.Context, name string) error {
	var src io.Reader
	if name == "-" {
		src = r.stdin
	} else if fi, err := os.Stat(name); err == nil && !fi.IsDir() {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		src = f
	}
	if src == nil { // a directory: articles
		if r.from == "documents" {
			return fmt.Errorf("%s is a directory: give document JSON files with --from documents", name)
		}
		rd := input.Open([]string{name}, input.Options{})
		defer rd.Close()
		return r.articles(c, rd)
	}
	br := bufio.NewReaderSize(src, 64<<10)
	docs := r.from == "documents"
	if r.from == "auto" {
		ext := strings.ToLower(filepath.Ext(name))
		docs = (name == "-" || ext == ".jsonl" || ext == ".ndjson" || ext == ".json") && looksLikeDocuments(br)
	}
	if docs {
		return r.documents(c, br, name)
	}
	rd := input.FromReader(br, name, input.Options{})
	defer rd.Close()
	return r.articles(c, rd)
}

// looksLikeDocuments reports whether the input starts with document JSON:
// an object, possibly in an array, whose first key is "article" and holds
// an object, as `newsgraph extract` writes it.
func looksLikeDocuments(br *bufio.Reader) bool {
	head, _ := br.Peek(64 << 10)
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(head, []byte("\ufeff"))))
	tok, err := dec.Token()
	if err == nil && tok == json.Delim('[') {
		tok, err = dec.Token()
	}
	if err != nil || tok != json.Delim('{') {
		return false
	}
	if tok, err = dec.Token(); err != nil || tok != "article" {
		return false
	}
	tok, err = dec.Token()
	return err == nil && tok == json.Delim('{')
}

// documents exports the document JSON of one input, decoding and encoding
// it on r.workers cores.
func (r *exportRun) documents(c *cli.Context, in io.Reader, name string) error {
	defer exportGC()()
	err := r.e.AddDocuments(c.Context, countingReader{in, r.bar}, name, importer.ReadOptions{
		Workers: r.workers,
		OnBad: func(err error) error {
			if !r.keepGoing {
				return &badInputError{err}
			}
			r.skip(err)
			return nil
		},
	})
	// An input no reading goes past (a broken JSON array) is a bad input
	// too, --keep-going or not.
	var perr *graph.ParseError
	var bad *badInputError
	if errors.As(err, &perr) && !errors.As(err, &bad) {
		return &badInputError{err}
	}
	return err
}

// articles extracts and exports the articles of one input.
func (r *exportRun) articles(c *cli.Context, rd *input.Reader) error {
	var pos int64
	advance := func() {
		if p := rd.Pos(); p > pos {
			r.bar.Add(p - pos)
			pos = p
		}
	}
	emit := func(doc *graph.Document) error {
		advance()
		if err := r.e.Add(doc); err != nil {
			if !r.keepGoing {
				return &badInputError{err}
			}
			r.skip(err)
		}
		return nil
	}
	onInputErr := func(err error) error {
		advance()
		if !r.keepGoing {
			return &badInputError{err}
		}
		r.skip(err)
		return nil
	}
	err := extract.New(extract.Options{}).Stream(c.Context, rd.Next, emit,
		extract.StreamOptions{Workers: r.workers, OnInputError: onInputErr})
	advance()
	return err
}

func (r *exportRun) skip(err error) {
	r.skipped++
	fmt.Fprintf(r.stderr, "newsgraph: export: skipped %v\n", err)
}

// stop turns the error that ended an export into the command's error.
func (r *exportRun) stop(c *cli.Context, err error, dir string) error {
	r.bar.Finish()
	done := fmt.Sprintf("%s exported before it; %s was not written", nArticles(r.e.DocumentsExported()), dir)
	var bad *badInputError
	switch {
	case c.Context.Err() != nil:
		return withHint(fmt.Errorf("export: interrupted (%s)", done), "run it again")
	case errors.As(err, &bad):
		return withHint(fmt.Errorf("export: %w", bad.err), fmt.Sprintf("fix or remove that input, or skip bad inputs with --keep-going (%s)", done))
	}
	return fmt.Errorf("export: %w (%s)", err, done)
}

func (r *exportRun) summary(st *importer.ExportStats, d time.Duration) {
	var nodes, rels, size int64
	for _, n := range st.Nodes {
		nodes += n
	}
	for _, n := range st.Relationships {
		rels += n
	}
	for _, f := range st.Files {
		size += f.Bytes
	}
	dir := st.Dir
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, dir); err == nil && !strings.HasPrefix(rel, "..") {
			dir = rel
		}
	}
	w := r.stderr
	fmt.Fprintf(w, "exported %s to %s: %d nodes, %d relationships in %d CSV files (%.1f MB) in %.1f s\n",
		nArticles(st.Documents), dir, nodes, rels, len(st.Files), float64(size)/1e6, d.Seconds())
	fmt.Fprintf(w, "load them\n")
	fmt.Fprintf(w, "  into a stopped server with neo4j-admin (%s runs it), then run %s once started:\n    %s\n",
		filepath.Join(dir, "import.sh"), filepath.Join(dir, "after-import.cypher"), importer.ShellCommand(st.AdminArgs))
	fmt.Fprintf(w, "  into a running server with LOAD CSV: copy the CSV files to its import directory, then\n    cypher-shell -f %s\n",
		filepath.Join(dir, "load-csv.cypher"))
	fmt.Fprintf(w, "  or with: newsgraph import %s\n", dir)
}
