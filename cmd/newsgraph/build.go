package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
)

func buildCommand() *cli.Command {
	return &cli.Command{
		Name:      "build",
		Usage:     "extract articles and load them into Neo4j in one go",
		ArgsUsage: "INPUT...",
		Description: "Does what `newsgraph extract INPUT... | newsgraph load -` does, streaming:\n" +
			"articles are read, extracted in parallel and loaded in batches as they\n" +
			"come, so memory stays flat however large the corpus. Inputs are read as\n" +
			"by `newsgraph extract` (text, Markdown, HTML, JSON Lines, JSON, CSV, TSV,\n" +
			"directories, - for stdin); loading is idempotent as in `newsgraph load`.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "input-format", Value: "auto", Usage: "read every input as `FORMAT` (text, markdown, html, jsonl, json, csv, tsv) instead of guessing"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Value: runtime.GOMAXPROCS(0), Usage: "articles extracted in parallel"},
			&cli.IntFlag{Name: "batch-size", Value: graph.DefaultBatchSize, Usage: "documents per transaction"},
			&cli.BoolFlag{Name: "keep-going", Aliases: []string{"k"},
				Usage: "skip bad inputs, naming each, and exit with status 3 at the end"},
		}, neo4jFlags()...),
		Action: runBuild,
	}
}

func runBuild(c *cli.Context) error {
	inputs := c.Args().Slice()
	if len(inputs) == 0 {
		return usagef("build: give one or more article files or directories, or - for stdin (e.g. newsgraph build sample/)")
	}
	inFormat, err := input.ParseFormat(c.String("input-format"))
	if err != nil {
		return usagef("build: --input-format: %v", err)
	}
	workers, batch := c.Int("workers"), c.Int("batch-size")
	if workers < 1 || batch < 1 {
		return usagef("build: --workers and --batch-size must be at least 1")
	}
	cfg, err := neo4jConfig(c)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	ctx := c.Context
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	defer db.Close(context.WithoutCancel(ctx))

	r := input.Open(inputs, input.Options{Format: inFormat, Stdin: c.App.Reader})
	defer r.Close()
	l := &loader{
		opts:   loadOptions{batchSize: batch, keepGoing: c.Bool("keep-going"), quiet: c.Bool("quiet")},
		w:      graph.NewWriter(db, graph.WriterOptions{BatchSize: batch}),
		stderr: c.App.ErrWriter,
		bar:    newProgress(c, r.Size(), "build", true),
		start:  time.Now(),
	}
	defer l.bar.Finish()
	// The indexes a load does not use fill while it writes; they are
	// waited for at the end (awaitSchema).
	created, err := l.w.CreateSchema(ctx)
	if err != nil {
		return fmt.Errorf("build: %w", err)
	}
	var pos int64
	advance := func() {
		if p := r.Pos(); p > pos {
			l.bar.Add(p - pos)
			pos = p
		}
	}
	emit := func(doc *graph.Document) error {
		advance()
		// a batch once started is finished even if the run is interrupted
		return l.w.Write(context.WithoutCancel(ctx), doc)
	}
	onInputErr := func(err error) error {
		advance()
		if !l.opts.keepGoing {
			return &badInputError{err}
		}
		l.skipped++
		fmt.Fprintf(l.stderr, "newsgraph: build: skipped %v\n", err)
		return nil
	}
	err = extract.New(extract.Options{}).Stream(ctx, r.Next, emit,
		extract.StreamOptions{Workers: workers, OnInputError: onInputErr})
	if err == nil {
		err = l.w.Flush(context.WithoutCancel(ctx))
	}
	if err == nil {
		if err := l.awaitSchema(ctx, created); err != nil {
			return fmt.Errorf("build: %w", err)
		}
	}
	if err != nil {
		var bad *badInputError
		if errors.As(err, &bad) && ctx.Err() == nil {
			st := l.w.Stats()
			return withHint(fmt.Errorf("build: %w", bad.err), fmt.Sprintf(
				"fix or remove that input, or skip bad inputs with --keep-going (%s loaded before it, %s not yet written)",
				nArticles(st.Documents), nDocuments(l.w.Buffered())))
		}
		return l.stop(ctx, fmt.Errorf("build: %w", err))
	}
	l.bar.Finish()
	l.summary()
	if l.skipped > 0 {
		return fmt.Errorf("build: skipped %s: %w", nInputs(l.skipped), errSomeInputsFailed)
	}
	return nil
}
