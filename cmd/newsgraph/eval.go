package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/clean"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score extraction against hand-made gold annotations",
		ArgsUsage: "[DOCUMENTS.jsonl...]",
		Description: "eval compares extracted documents with the gold annotations (*.gold.json) of\n" +
			"--gold DIR and prints precision, recall and F1 per category: entities per\n" +
			"type and micro-averaged, claims, stances and relations.\n\n" +
			"Without arguments it extracts each gold article itself: a gold \"text_file\"\n" +
			"is read relative to the gold folder, a \"corpus_file\" is looked up in\n" +
			"--corpus DIR (by default ../../corpus, then ../corpus, relative to --gold).\n" +
			"With arguments it scores the documents of those files (the output of\n" +
			"`newsgraph extract`, \"-\" for stdin) instead; documents without gold are\n" +
			"ignored. Boilerplate removal (gold lines left in the cleaned body) is only\n" +
			"scored when eval extracts, since documents do not carry the body.\n\n" +
			"Scores are not pass/fail: the exit status is 0 when every gold article was\n" +
			"scored, unless --min-f1 is given and the entity micro F1 is below it (1).\n" +
			"It is 3 when some gold article could not be found or an input was unreadable.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "gold", Usage: "`DIR` of *.gold.json annotations", Required: true},
			&cli.StringFlag{Name: "corpus", Usage: "`DIR` holding the corpus JSON Lines files the gold names (default: ../../corpus, then ../corpus, relative to --gold)"},
			&cli.StringFlag{Name: "format", Value: "table", Usage: "output `FORMAT`: table or json"},
			&cli.BoolFlag{Name: "verbose", Usage: "list each article's false positives and negatives (table format)"},
			&cli.Float64Flag{Name: "min-f1", Usage: "exit 1 when the entity micro F1 is below `X` (0..1), for CI"},
		},
		Action: runEval,
	}
}

// evalOptions are the flags and arguments of `newsgraph eval`.
type evalOptions struct {
	goldDir   string
	corpusDir string // "" for the default places
	format    string
	verbose   bool
	minF1     float64
	checkF1   bool
	inputs    []string // document files; none means extract
}

// evalRun is the state of one eval run: where to report problems and how
// many there were.
type evalRun struct {
	ctx      context.Context
	stdin    io.Reader
	stderr   io.Writer
	quiet    bool
	problems int
}

// warn reports a problem with one input, and its hint if it has one, and
// counts it.
func (e *evalRun) warn(err error) {
	e.problems++
	fmt.Fprintf(e.stderr, "newsgraph: eval: %v\n", err)
	var h interface{ Hint() string }
	if errors.As(err, &h) && h.Hint() != "" {
		fmt.Fprintf(e.stderr, "hint: %s\n", h.Hint())
	}
}

func runEval(c *cli.Context) error {
	opts := evalOptions{
		goldDir:   c.String("gold"),
		corpusDir: c.String("corpus"),
		format:    c.String("format"),
		verbose:   c.Bool("verbose"),
		minF1:     c.Float64("min-f1"),
		checkF1:   c.IsSet("min-f1"),
		inputs:    c.Args().Slice(),
	}
	if opts.format != "table" && opts.format != "json" {
		return usagef("eval: --format %q: want table or json", opts.format)
	}
	if opts.checkF1 && (opts.minF1 < 0 || opts.minF1 > 1) {
		return usagef("eval: --min-f1 %v: want a number from 0 to 1", opts.minF1)
	}

	golds, err := eval.LoadGoldDir(opts.goldDir)
	if err != nil {
		return withHint(fmt.Errorf("eval: %w", err), "fix the gold files named above, or pass --gold DIR, the folder of *.gold.json files")
	}
	run := &evalRun{ctx: c.Context, stdin: c.App.Reader, stderr: c.App.ErrWriter, quiet: c.Bool("quiet")}
	var docs map[string]*graph.Document
	var bodies map[string]string // cleaned bodies, when known
	if len(opts.inputs) > 0 {
		docs = run.readDocuments(opts.inputs, golds)
	} else {
		docs, bodies = run.extractGold(golds, opts.corpusDir)
	}
	if err := c.Context.Err(); err != nil {
		return fmt.Errorf("eval: %w", err)
	}

	total := &eval.Result{}
	var articles []*eval.Result
	for _, g := range golds {
		doc := docs[g.Doc]
		if doc == nil {
			continue // reported when it was looked for
		}
		r := eval.Score(doc, g)
		if body, ok := bodies[g.Doc]; ok {
			r.ScoreBoilerplate(g, body)
		}
		articles = append(articles, r)
		total.Add(r)
	}
	if len(articles) == 0 {
		return withHint(fmt.Errorf("eval: none of the %d gold articles could be scored", len(golds)),
			"see the problems above; with document files as arguments, check that they hold the gold articles")
	}

	if err := writeEval(c.App.Writer, opts, golds, total, articles); err != nil {
		return fmt.Errorf("eval: write results: %w", err)
	}

	if opts.checkF1 {
		f1, _ := total.EntityMicro().F1() // undefined counts as 0
		if f1 < opts.minF1 {
			return fmt.Errorf("eval: entity micro F1 %.3f is below --min-f1 %.3f", f1, opts.minF1)
		}
	}
	if run.problems > 0 {
		return withHint(fmt.Errorf("eval: %d of %d gold articles scored, with %d problems (see above): %w",
			len(articles), len(golds), run.problems, errSomeInputsFailed),
			"the scores cover only the articles that could be read; fix the inputs named above")
	}
	return nil
}

// writeEval prints the aggregate result (and, with --verbose, each
// article's misses) as a table, or everything as JSON.
func writeEval(w io.Writer, opts evalOptions, golds []*eval.Gold, total *eval.Result, articles []*eval.Result) error {
	if opts.format == "json" {
		sum := *total
		sum.Misses = nil // they are listed per article
		data, err := json.MarshalIndent(struct {
			Total    eval.Result    `json:"total"`
			Articles []*eval.Result `json:"articles"`
		}{sum, articles}, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", data)
		return err
	}
	if err := total.WriteTable(w); err != nil {
		return err
	}
	if !opts.verbose {
		return nil
	}
	paths := make(map[string]string, len(golds))
	for _, g := range golds {
		paths[g.Doc] = g.Path
	}
	var b strings.Builder
	for _, r := range articles {
		doc := r.Docs[0]
		fmt.Fprintf(&b, "\n== %s (%s)\n", doc, paths[doc])
		fmt.Fprintf(&b, "entities %s  claims %s  stances %s  relations %s\n",
			f1Summary(r.EntityMicro()), f1Summary(r.Claims.Full), f1Summary(r.Stances), f1Summary(r.Relations))
		for _, m := range r.Misses {
			fmt.Fprintf(&b, "  %s\n", m)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func f1Summary(c eval.Counts) string {
	f, ok := c.F1()
	s := "-"
	if ok {
		s = fmt.Sprintf("%.3f", f)
	}
	return fmt.Sprintf("F1 %s (tp %d, fp %d, fn %d)", s, c.TP, c.FP, c.FN)
}

// readDocuments reads the document files and keeps, for each gold article,
// the first document with its id. Unreadable files and lines are reported
// and the rest is read on.
func (e *evalRun) readDocuments(paths []string, golds []*eval.Gold) map[string]*graph.Document {
	want := make(map[string]*eval.Gold, len(golds))
	for _, g := range golds {
		want[graph.ArticleID(g.Doc)] = g
	}
	docs := make(map[string]*graph.Document, len(golds))
	others := 0
	for _, p := range paths {
		if e.ctx.Err() != nil {
			return docs
		}
		others += e.readDocumentFile(p, want, docs)
	}
	for _, g := range golds {
		if docs[g.Doc] == nil && e.ctx.Err() == nil {
			e.warn(fmt.Errorf("%s: no document %s in the inputs; extract the article with `newsgraph extract`, or run eval without arguments to extract it now",
				g.Path, graph.ArticleID(g.Doc)))
		}
	}
	if others > 0 && !e.quiet {
		fmt.Fprintf(e.stderr, "newsgraph: eval: ignored %d documents that have no gold annotation\n", others)
	}
	return docs
}

// readDocumentFile reads one file of documents ("-" for stdin) into docs,
// keeping the first document of each wanted article id, and returns how
// many documents were not wanted.
func (e *evalRun) readDocumentFile(path string, want map[string]*eval.Gold, docs map[string]*graph.Document) (others int) {
	r := e.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			e.warn(fmt.Errorf("open documents: %w", err))
			return 0
		}
		defer f.Close()
		r = f
	}
	dr := graph.NewDocumentReader(r, path)
	for e.ctx.Err() == nil {
		doc, err := dr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			e.warn(err)
			if dr.Skippable(err) {
				continue
			}
			break // no reading past it: give up on this file
		}
		g := want[doc.Article.ID]
		switch {
		case g == nil:
			others++
		case docs[g.Doc] != nil:
			e.warn(&graph.ParseError{File: path, Line: dr.Line(), Err: fmt.Errorf("document %s appears again; the first one is scored", doc.Article.ID)})
		default:
			docs[g.Doc] = doc
		}
	}
	return others
}

// extractGold finds each gold article's text and extracts it. It also
// returns each article's cleaned body, for the boilerplate figure.
//
// The body is the one extract/clean makes, as extraction works on it; the
// document itself does not carry the body.
func (e *evalRun) extractGold(golds []*eval.Gold, corpusDir string) (map[string]*graph.Document, map[string]string) {
	articles := e.findArticles(golds, corpusDir)
	x := extract.New(extract.Options{})
	docs := make(map[string]*graph.Document, len(articles))
	bodies := make(map[string]string, len(articles))
	for _, g := range golds {
		if a := articles[g.Doc]; a != nil && e.ctx.Err() == nil {
			docs[g.Doc] = x.Extract(a)
			bodies[g.Doc] = clean.CleanWithTitle(a.Text, a.Title).Body
		}
	}
	return docs, bodies
}

// findArticles reads the article of each gold annotation (see
// eval.FindArticles) and reports those it could not read.
func (e *evalRun) findArticles(golds []*eval.Gold, corpusDir string) map[string]*input.Article {
	articles, errs := eval.FindArticles(e.ctx, golds, corpusDir)
	for _, err := range errs {
		var cf *eval.CorpusFileError
		if errors.As(err, &cf) {
			err = withHint(err, "pass --corpus DIR, the folder of the corpus JSON Lines files")
		}
		e.warn(err)
	}
	return articles
}
