package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
)

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "extract entities, claims and stances from articles into document JSON",
		ArgsUsage: "INPUT...",
		Description: "Reads articles from files, directories (recursively, in name order, skipping\n" +
			"hidden files and unknown extensions) or - for stdin, and writes one document\n" +
			"per article (MODEL.md) as JSON Lines, in input order, ready for\n" +
			"`newsgraph load`.\n\n" +
			"Input formats, chosen by extension, else by content:\n" +
			"  text      .txt               title line, blank line, body (title optional)\n" +
			"  markdown  .md .markdown      # title; front matter (title, author, date, url)\n" +
			"  html      .html .htm .xhtml  the page's main text, title, byline, site name,\n" +
			"                               date and canonical URL\n" +
			"  jsonl     .jsonl .ndjson     one object per line: id, title, url, outlet,\n" +
			"                               published, authors (list or string), text\n" +
			"  json      .json              an array of such objects\n" +
			"  csv       .csv               a header row naming the same columns\n" +
			"  tsv       .tsv               the same, tab-separated, \\n escapes in fields\n" +
			"Articles without an id of their own get the file's base name (one-article\n" +
			"files) or a hash of their text.\n\n" +
			"A bad input (an unreadable file, a line that is not an article) stops the run\n" +
			"with its file and line, as in `newsgraph load`; with --keep-going each is\n" +
			"reported as file:line: message and skipped, and the exit status is 3 at the\n" +
			"end. With -o the file appears only when the run succeeds (or, with\n" +
			"--keep-going, when it ran to the end).",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the documents to `FILE` instead of stdout"},
			&cli.StringFlag{Name: "format", Value: "jsonl", Usage: "output format: jsonl (one document per line) or json (one array)"},
			&cli.StringFlag{Name: "input-format", Value: "auto", Usage: "read every input as `FORMAT` (text, markdown, html, jsonl, json, csv, tsv) instead of guessing"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Value: runtime.GOMAXPROCS(0), Usage: "articles extracted in parallel"},
			&cli.BoolFlag{Name: "keep-going", Aliases: []string{"k"},
				Usage: "skip bad inputs, naming each, and exit with status 3 at the end"},
		},
		Action: runExtract,
	}
}

func runExtract(c *cli.Context) error {
	inputs := c.Args().Slice()
	if len(inputs) == 0 {
		return usagef("extract: give one or more article files or directories, or - for stdin (e.g. newsgraph extract articles.jsonl > docs.jsonl)")
	}
	if err := stdinOnce("extract", inputs); err != nil {
		return err
	}
	var array bool
	switch f := c.String("format"); f {
	case "jsonl", "ndjson":
	case "json":
		array = true
	default:
		return usagef("extract: --format must be jsonl or json, not %q", f)
	}
	inFormat, err := input.ParseFormat(c.String("input-format"))
	if err != nil {
		return usagef("extract: --input-format: %v", err)
	}
	workers, err := atLeastOne(c, "extract", "workers")
	if err != nil {
		return err
	}

	out, err := openOutput(c.String("output"), c.App.Writer)
	if err != nil {
		return withHint(fmt.Errorf("extract: %w", err), "give -o a path in a directory you can write to")
	}
	defer out.discard() // no-op once committed

	r := input.Open(inputs, input.Options{Format: inFormat, Stdin: c.App.Reader})
	defer r.Close()
	run := &extractRun{
		keepGoing: c.Bool("keep-going"),
		stderr:    c.App.ErrWriter,
		bar:       newProgress(c, r.Size(), "extract", true),
		reader:    r,
		dw:        graph.NewDocumentWriter(out.w, array),
		start:     time.Now(),
	}
	defer run.bar.Finish()

	err = extract.New(extract.Options{}).Stream(c.Context, run.next, run.emit,
		extract.StreamOptions{Workers: workers, OnInputError: run.inputError})
	if err == nil {
		err = run.dw.Close()
	}
	run.bar.Finish()
	if err == nil {
		err = out.commit()
	}
	if err != nil {
		return run.stop(c, err, out.name)
	}
	if !c.Bool("quiet") {
		run.summary()
	}
	if run.failed > 0 {
		return fmt.Errorf("extract: skipped %s: %w", nInputs(run.failed), errSomeInputsFailed)
	}
	return nil
}

// extractRun is the state of one `newsgraph extract`.
type extractRun struct {
	keepGoing bool
	stderr    io.Writer
	bar       *progress
	reader    *input.Reader
	dw        *graph.DocumentWriter
	start     time.Time
	pos       int64

	articles, entities, claims int64
	failed                     int
	repaired                   atomic.Int64 // articles with invalid UTF-8 replaced
}

// next reads the next article (on the producer goroutine of Stream).
func (e *extractRun) next() (*input.Article, error) {
	a, err := e.reader.Next()
	if a != nil && a.InvalidUTF8 > 0 {
		e.repaired.Add(1)
	}
	return a, err
}

func (e *extractRun) emit(doc *graph.Document) error {
	if err := e.dw.Write(doc); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	e.articles++
	e.entities += int64(len(doc.Entities))
	e.claims += int64(len(doc.Claims))
	e.advance()
	return nil
}

// advance moves the progress bar to the reader's position.
func (e *extractRun) advance() {
	if p := e.reader.Pos(); p > e.pos {
		e.bar.Add(p - e.pos)
		e.pos = p
	}
}

func (e *extractRun) inputError(err error) error {
	e.advance()
	if !e.keepGoing {
		return &badInputError{err}
	}
	e.failed++
	fmt.Fprintf(e.stderr, "newsgraph: extract: skipped %v\n", err)
	return nil
}

// badInputError is an input error that stopped the run.
type badInputError struct{ err error }

func (b *badInputError) Error() string { return b.err.Error() }
func (b *badInputError) Unwrap() error { return b.err }

// stop turns the error that ended a run into the command's error.
func (e *extractRun) stop(c *cli.Context, err error, output string) error {
	done := fmt.Sprintf("%s extracted before it", nArticles(e.articles))
	if output != "" {
		done += "; " + output + " was not written"
	}
	var bad *badInputError
	switch {
	case c.Context.Err() != nil:
		return withHint(fmt.Errorf("extract: interrupted (%s)", strings.Replace(done, " before it", "", 1)), "run it again: extraction is deterministic")
	case errors.As(err, &bad):
		return withHint(fmt.Errorf("extract: %w", bad.err), fmt.Sprintf("fix or remove that input, or skip bad inputs with --keep-going (%s)", done))
	}
	return fmt.Errorf("extract: %w (%s)", err, done)
}

func (e *extractRun) summary() {
	secs := time.Since(e.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(e.articles) / secs
	}
	fmt.Fprintf(e.stderr, "extracted %s: %d entities, %d claims in %.1f s, %.0f articles/s\n",
		nArticles(e.articles), e.entities, e.claims, secs, rate)
	if n := e.repaired.Load(); n > 0 {
		fmt.Fprintf(e.stderr, "newsgraph: extract: warning: %s had invalid UTF-8, replaced with U+FFFD (is the input in another encoding?)\n", nArticles(n))
	}
}

// nInputs says "1 bad input", "2 bad inputs".
func nInputs(n int) string {
	if n == 1 {
		return "1 bad input"
	}
	return fmt.Sprintf("%d bad inputs", n)
}

// output is where the documents go: stdout, or a temporary file beside
// the -o path that is renamed to it only when the run succeeds, so that a
// failed run leaves no half-written file.
type output struct {
	w      io.Writer
	name   string   // the -o path, "" for stdout
	tmp    *os.File // the temporary file renamed to name on commit; nil for stdout
	direct *os.File // name itself when it is not a regular file (a device, a pipe)
}

func openOutput(name string, stdout io.Writer) (*output, error) {
	if name == "" || name == "-" {
		return &output{w: stdout}, nil
	}
	if fi, err := os.Stat(name); err == nil && !fi.Mode().IsRegular() {
		// a device, a pipe, /dev/stdout: written in place; renaming a
		// file over it would replace /dev/null itself
		f, err := os.OpenFile(name, os.O_WRONLY, 0)
		if err != nil {
			return nil, fmt.Errorf("open output: %w", err)
		}
		return &output{w: f, name: name, direct: f}, nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("create output: %w", err)
	}
	return &output{w: tmp, name: name, tmp: tmp}, nil
}

// commit moves the finished temporary file to its name.
func (o *output) commit() error {
	if o.direct != nil {
		f := o.direct
		o.direct = nil
		if err := f.Close(); err != nil {
			return fmt.Errorf("write %s: %w", o.name, err)
		}
		return nil
	}
	if o.tmp == nil {
		return nil
	}
	tmp := o.tmp
	o.tmp = nil
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", o.name, err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", o.name, err)
	}
	if err := os.Rename(tmp.Name(), o.name); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", o.name, err)
	}
	return nil
}

// discard removes the temporary file of a run that did not commit.
func (o *output) discard() {
	if o.direct != nil {
		o.direct.Close()
		o.direct = nil
	}
	if o.tmp != nil {
		o.tmp.Close()
		os.Remove(o.tmp.Name())
		o.tmp = nil
	}
}
