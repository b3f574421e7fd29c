package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/clean"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/show"
)

func showCommand() *cli.Command {
	return &cli.Command{
		Name:      "show",
		Usage:     "see one article's extraction as an HTML page: entities, claims, stances, relations",
		ArgsUsage: "[INPUT]",
		Description: "show extracts one article and writes an HTML page of what was found: the\n" +
			"text with every entity mention marked in its type's Neo4j Browser colour,\n" +
			"each claim marked with its speaker and cue, the stances and relations with\n" +
			"their evidence linked to the text, and the title, outlet, date and authors\n" +
			"read. The page is one file with nothing to fetch; it reads well on a phone.\n\n" +
			"INPUT is an article in any format `newsgraph extract` reads (\"-\" for stdin),\n" +
			"or a document of `newsgraph extract`'s output. A file of several articles\n" +
			"or documents needs --id. A document does not carry its text: give the\n" +
			"article with --article to see the text marked.\n\n" +
			"With --gold GOLD.json the page also lists, per category, what was missed\n" +
			"(in the gold, not found) and what is spurious (found, not in the gold),\n" +
			"scored as `newsgraph eval` does. INPUT may then be left out: the gold's\n" +
			"article is read from its text_file or corpus_file (in --corpus DIR, by\n" +
			"default ../../corpus, then ../corpus, relative to the gold file).\n\n" +
			"The page goes to stdout, unless --html FILE or --open is given; --open\n" +
			"writes it to FILE or a temporary file and opens it in the web browser\n" +
			"($BROWSER, else xdg-open or open).",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "html", Usage: "write the page to `FILE` instead of stdout"},
			&cli.BoolFlag{Name: "open", Usage: "open the page in the web browser (written to --html FILE, else a temporary file)"},
			&cli.StringFlag{Name: "gold", Usage: "compare with the gold annotation `GOLD.json`"},
			&cli.StringFlag{Name: "corpus", Usage: "`DIR` of the corpus JSON Lines files the gold names (default: ../../corpus, then ../corpus, relative to the gold file)"},
			&cli.StringFlag{Name: "id", Usage: "show the article (or document) with this `ID` of a file that holds several"},
			&cli.StringFlag{Name: "article", Usage: "with a document as INPUT: the article `FILE` it was extracted from, to mark its text"},
			&cli.StringFlag{Name: "input-format", Value: "auto", Usage: "read the article as `FORMAT` (text, markdown, html, jsonl, json, csv, tsv) instead of guessing"},
		},
		Action: runShow,
	}
}

// showOptions are the flags and argument of `newsgraph show`.
type showOptions struct {
	input     string // "" when the gold names the article
	html      string
	open      bool
	goldPath  string
	corpusDir string
	id        string // article key, without "article:"
	article   string
	format    input.Format
}

func runShow(c *cli.Context) error {
	args, done, err := interspersed(c)
	if done || err != nil {
		return err
	}
	opts := showOptions{
		html:      c.String("html"),
		open:      c.Bool("open"),
		goldPath:  c.String("gold"),
		corpusDir: c.String("corpus"),
		id:        graph.ArticleKey(c.String("id")),
		article:   c.String("article"),
	}
	if opts.format, err = input.ParseFormat(c.String("input-format")); err != nil {
		return usagef("show: --input-format: %v", err)
	}
	switch {
	case len(args) > 1:
		return usagef("show: give one article, not %d inputs (e.g. newsgraph show --html page.html article.txt)", len(args))
	case len(args) == 0 && opts.goldPath == "":
		return usagef("show: give an article file, a document file or - for stdin (e.g. newsgraph show --open article.txt), or --gold GOLD.json")
	case len(args) == 1:
		opts.input = args[0]
	}
	if opts.open && opts.html == "-" {
		return usagef("show: --open needs a file, not --html -; give --html FILE or leave it out")
	}

	page := show.Page{}
	if opts.goldPath != "" {
		g, err := eval.LoadGold(opts.goldPath)
		if err != nil {
			return withHint(fmt.Errorf("show: %w", err), "fix the gold file, or give the path of a *.gold.json annotation to --gold")
		}
		page.Gold = g
		if opts.id == "" {
			opts.id = g.Doc
		}
	}
	if err := readShown(c, opts, &page); err != nil {
		return err
	}

	var b bytes.Buffer
	if err := show.Render(&b, page); err != nil {
		if errors.Is(err, show.ErrOtherText) {
			return withHint(fmt.Errorf("show: %w", err),
				"give --article the article the document was extracted from, or show the article itself: newsgraph show ARTICLE")
		}
		return fmt.Errorf("show: %w", err)
	}
	return writeShown(c, opts, b.Bytes())
}

// readShown fills in the page's document and body: the article of INPUT,
// extracted now, or the document of INPUT (and its text from --article or
// the gold), or the gold's own article.
func readShown(c *cli.Context, opts showOptions, page *show.Page) error {
	if opts.input == "" {
		a, err := goldArticle(c, opts, page.Gold)
		if err != nil {
			return err
		}
		page.Doc, page.Body = extractOne(a)
		return nil
	}
	stdin, isDoc, err := sniffInput(c, opts.input)
	if err != nil {
		return withHint(fmt.Errorf("show: %w", err), "check the path of INPUT")
	}
	if !isDoc {
		inOpts := input.Options{Format: opts.format, Stdin: c.App.Reader}
		r := input.Open([]string{opts.input}, inOpts)
		if stdin != nil {
			r = input.FromReader(stdin, "-", inOpts)
		}
		a, err := pickArticle(r, opts.input, opts.id, false)
		if err != nil {
			return err
		}
		page.Doc, page.Body = extractOne(a)
		return nil
	}
	if stdin == nil {
		f, err := os.Open(opts.input)
		if err != nil {
			return withHint(fmt.Errorf("show: %w", err), "check the path of INPUT")
		}
		defer f.Close()
		stdin = f
	}
	doc, err := pickDocument(stdin, opts.input, opts.id)
	if err != nil {
		return err
	}
	page.Doc = doc
	key := graph.ArticleKey(doc.Article.ID)
	switch {
	case opts.article != "":
		// The one article of the file, else the one with the document's id;
		// show.Render checks that it is the right text.
		a, err := pickArticle(input.Open([]string{opts.article}, input.Options{Format: opts.format, Stdin: c.App.Reader}), opts.article, key, true)
		if err != nil {
			return err
		}
		page.Body = clean.CleanWithTitle(a.Text, a.Title).Body
	case page.Gold != nil && page.Gold.Doc == key:
		if a, err := goldArticle(c, opts, page.Gold); err == nil {
			if b := clean.CleanWithTitle(a.Text, a.Title).Body; show.CheckText(doc, b) == nil {
				page.Body = b
			}
		}
	}
	return nil
}

// extractOne extracts an article and returns its document and the cleaned
// body its offsets refer to.
func extractOne(a *input.Article) (*graph.Document, string) {
	doc := extract.New(extract.Options{}).Extract(a)
	return doc, clean.CleanWithTitle(a.Text, a.Title).Body
}

// goldArticle reads the article a gold annotation names, as `newsgraph
// eval` finds it.
func goldArticle(c *cli.Context, opts showOptions, g *eval.Gold) (*input.Article, error) {
	articles, errs := eval.FindArticles(c.Context, []*eval.Gold{g}, opts.corpusDir)
	if a := articles[g.Doc]; a != nil {
		return a, nil
	}
	err := fmt.Errorf("%s: cannot find its article", g.Path)
	if len(errs) > 0 {
		err = errs[0] // names the gold file
	}
	return nil, withHint(fmt.Errorf("show: %w", err),
		"pass --corpus DIR, the folder of the corpus JSON Lines files, or give the article as INPUT")
}

// sniffInput tells whether INPUT holds documents (the output of extract)
// rather than articles, by the first JSON value's "article" and "entities"
// fields. For stdin it returns a reader that gives the whole input again;
// a file is opened anew to be read, and a directory holds articles.
func sniffInput(c *cli.Context, path string) (stdin io.Reader, isDoc bool, err error) {
	r := c.App.Reader
	if path != "-" {
		st, err := os.Stat(path)
		if err != nil {
			return nil, false, err
		}
		if st.IsDir() {
			return nil, false, nil
		}
		f, err := os.Open(path)
		if err != nil {
			return nil, false, err
		}
		defer f.Close()
		r = f
	}
	var seen bytes.Buffer
	br := bufio.NewReader(io.TeeReader(r, &seen))
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
		_, _ = br.Discard(3) // a UTF-8 byte order mark
	}
	for {
		ch, err := br.ReadByte()
		if err != nil || (ch != ' ' && ch != '\t' && ch != '\r' && ch != '\n') {
			if err == nil && ch == '{' {
				_ = br.UnreadByte()
			}
			if err == nil && (ch == '{' || ch == '[') {
				var probe struct {
					Article  json.RawMessage `json:"article"`
					Entities json.RawMessage `json:"entities"`
				}
				if json.NewDecoder(br).Decode(&probe) == nil {
					isDoc = probe.Article != nil && probe.Entities != nil
				}
			}
			break
		}
	}
	if path == "-" {
		return io.MultiReader(&seen, r), isDoc, nil
	}
	return nil, isDoc, nil
}

// pickArticle returns the article with key id of r (read from name), or its
// only article when id is "" or, with anyOnly, when r holds only one.
func pickArticle(r *input.Reader, name, id string, anyOnly bool) (*input.Article, error) {
	defer r.Close()
	var first, only *input.Article
	n := 0
	var firstErr error
	bad := 0
	for {
		a, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *graph.ParseError
			if !errors.As(err, &pe) || id == "" {
				return nil, withHint(fmt.Errorf("show: %w", err), "give a readable article (see newsgraph extract --help for the formats)")
			}
			if firstErr == nil {
				firstErr = err
			}
			bad++
			continue
		}
		if n++; n == 1 {
			only = a
		}
		if id != "" {
			if a.ID == id {
				return a, nil
			}
			continue
		}
		if first != nil {
			return nil, withHint(fmt.Errorf("show: %s holds several articles (%s, %s, ...)", name, first.ID, a.ID),
				"pick one with --id ID, e.g. --id "+first.ID)
		}
		first = a
	}
	switch {
	case first != nil:
		return first, nil
	case anyOnly && n == 1 && firstErr == nil:
		return only, nil
	case id != "" && firstErr != nil:
		return nil, withHint(fmt.Errorf("show: no article with id %q in %s (%d unreadable records, the first: %v)", id, name, bad, firstErr),
			"check --id (or the gold's \"doc\") and the input")
	case id != "":
		return nil, withHint(fmt.Errorf("show: no article with id %q in %s", id, name),
			"check --id (or the gold's \"doc\"); `newsgraph extract` prints each article's id")
	}
	return nil, withHint(fmt.Errorf("show: %s holds no article", name), "give a file with an article in it")
}

// pickDocument returns the document of article key id in r, or its only
// document when id is "".
func pickDocument(r io.Reader, name, id string) (*graph.Document, error) {
	dr := graph.NewDocumentReader(r, name)
	var first *graph.Document
	for {
		doc, err := dr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, withHint(fmt.Errorf("show: %w", err), "give a document line as `newsgraph extract` writes it, or the article itself")
		}
		if id != "" {
			if graph.ArticleKey(doc.Article.ID) == id {
				return doc, nil
			}
			continue
		}
		if first != nil {
			return nil, withHint(fmt.Errorf("show: %s holds several documents (%s, %s, ...)", name, first.Article.ID, doc.Article.ID),
				"pick one with --id ID, e.g. --id "+graph.ArticleKey(first.Article.ID))
		}
		first = doc
	}
	if first != nil {
		return first, nil
	}
	if id != "" {
		return nil, withHint(fmt.Errorf("show: no document of article %q in %s", id, name),
			"check --id (or the gold's \"doc\"); each document's id is its \"article\".\"id\"")
	}
	return nil, withHint(fmt.Errorf("show: %s holds no document", name), "give a file with a document or an article in it")
}

// writeShown writes the page where the flags say and opens it with --open.
func writeShown(c *cli.Context, opts showOptions, page []byte) error {
	path := opts.html
	switch {
	case path == "" && !opts.open, path == "-":
		_, err := c.App.Writer.Write(page)
		if err != nil {
			return fmt.Errorf("show: write the page: %w", err)
		}
		return nil
	case path == "":
		f, err := os.CreateTemp("", "newsgraph-show-*.html")
		if err != nil {
			return withHint(fmt.Errorf("show: %w", err), "give --html FILE to write the page somewhere else")
		}
		path = f.Name()
		_, err = f.Write(page)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return withHint(fmt.Errorf("show: write the page: %w", err), "give --html FILE to write the page somewhere else")
		}
	default:
		if err := os.WriteFile(path, page, 0o644); err != nil {
			return withHint(fmt.Errorf("show: write the page: %w", err), "check that the folder of --html FILE exists and is writable")
		}
	}
	if !c.Bool("quiet") {
		fmt.Fprintf(c.App.ErrWriter, "newsgraph: show: wrote %s\n", path)
	}
	if !opts.open {
		return nil
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()
	if err := openURL(u); err != nil {
		return withHint(fmt.Errorf("show: open the page in a web browser: %w", err),
			"set BROWSER to your browser's command, or install xdg-utils (xdg-open); the page is at "+abs)
	}
	return nil
}
