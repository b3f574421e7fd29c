package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/graph"
)

func loadCommand() *cli.Command {
	return &cli.Command{
		Name:      "load",
		Usage:     "load extracted documents (JSON Lines) into Neo4j",
		ArgsUsage: "FILE.jsonl|- ...",
		Description: "Reads document JSON Lines, as `newsgraph extract` writes them, from the\n" +
			"files (or stdin for -) and merges them into Neo4j: loading a document\n" +
			"again replaces what its article contributed before, and loading the same\n" +
			"documents twice, or in another order, gives the same graph. A document\n" +
			"whose article holds its hash already (doc_sha256) is skipped: nothing of\n" +
			"it would change. Constraints and indexes are created first when missing.\n\n" +
			"Into an empty database of a local server that scripts/neo4j.sh runs, a\n" +
			"large load (--bulk auto, at least --bulk-min-mb of documents) takes the\n" +
			"bulk path: the CSV files of `newsgraph export` are written while the\n" +
			"server stops, neo4j-admin imports them, and the server starts again\n" +
			"with the same graph and schema a load over Bolt gives. It says which\n" +
			"path it takes and why. If anything fails once the server stops, the\n" +
			"database is left empty and the server running. --bulk always insists on\n" +
			"it, --bulk never loads over Bolt.",
		Flags: append([]cli.Flag{
			&cli.IntFlag{Name: "batch-size", Value: graph.DefaultBatchSize,
				Usage: "documents per transaction"},
			&cli.BoolFlag{Name: "keep-going", Aliases: []string{"k"},
				Usage: "skip lines that are not valid documents, naming each, and exit with status 3 at the end"},
			&cli.StringFlag{Name: "bulk", Value: bulkAuto,
				Usage: "load an empty database of the local server with neo4j-admin: `WHEN` auto, always or never"},
			&cli.IntFlag{Name: "bulk-min-mb", Value: defaultBulkMinMB,
				Usage: "with --bulk auto, take the bulk path from this many `MB` of documents"},
		}, neo4jFlags()...),
		Action: runLoad,
	}
}

func runLoad(c *cli.Context) error {
	opts := loadOptions{
		files:     c.Args().Slice(),
		batchSize: c.Int("batch-size"),
		keepGoing: c.Bool("keep-going"),
		quiet:     c.Bool("quiet"),
		bulk:      c.String("bulk"),
		bulkSet:   c.IsSet("bulk"),
		bulkMin:   int64(c.Int("bulk-min-mb")) << 20,
	}
	if len(opts.files) == 0 {
		return usagef("load: give one or more document JSON Lines files, or - for stdin (e.g. newsgraph load docs.jsonl)")
	}
	if opts.batchSize <= 0 {
		return usagef("load: --batch-size must be at least 1, not %d", opts.batchSize)
	}
	switch opts.bulk {
	case bulkAuto, bulkAlways, bulkNever:
	default:
		return usagef("load: --bulk must be auto, always or never, not %q", opts.bulk)
	}
	var total int64
	stdin := 0
	for _, f := range opts.files {
		if f == "-" {
			stdin++
			total = -1
			continue
		}
		fi, err := os.Stat(f)
		if err != nil {
			return withHint(fmt.Errorf("load: %w", err), "give the path of a document JSON Lines file, as written by `newsgraph extract`")
		}
		if total >= 0 {
			total += fi.Size()
		}
	}
	if stdin > 1 {
		return usagef("load: - (stdin) can be given only once")
	}
	cfg, err := neo4jConfig(c)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	ctx := c.Context
	if done, err := loadBulk(c, opts, cfg, total); done || err != nil {
		return err
	}
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	defer db.Close(context.WithoutCancel(ctx))

	l := &loader{
		opts:   opts,
		w:      graph.NewWriter(db, graph.WriterOptions{BatchSize: opts.batchSize}),
		stderr: c.App.ErrWriter,
		bar:    newProgress(c, total, "load", true),
		start:  time.Now(),
	}
	defer l.bar.Finish()
	// The indexes a load does not use fill while it writes; they are
	// waited for at the end (awaitSchema).
	created, err := l.w.CreateSchema(ctx)
	if err != nil {
		return fmt.Errorf("load: %w", err)
	}
	for _, name := range opts.files {
		if err := l.loadFile(ctx, c.App.Reader, name); err != nil {
			return l.stop(ctx, err)
		}
	}
	if err := ctx.Err(); err != nil {
		return l.stop(ctx, err)
	}
	if err := l.w.Flush(context.WithoutCancel(ctx)); err != nil {
		return l.stop(ctx, err)
	}
	if err := l.awaitSchema(ctx, created); err != nil {
		return fmt.Errorf("load: %w", err)
	}
	l.bar.Finish()
	l.summary()
	if l.skipped > 0 {
		lines := "lines"
		if l.skipped == 1 {
			lines = "line"
		}
		return fmt.Errorf("load: skipped %d bad %s: %w", l.skipped, lines, errSomeInputsFailed)
	}
	return nil
}

type loadOptions struct {
	files     []string
	batchSize int
	keepGoing bool
	quiet     bool
	bulk      string // bulkAuto, bulkAlways or bulkNever
	bulkSet   bool   // --bulk was given
	bulkMin   int64  // bytes of documents from which auto takes the bulk path
}

// loader loads files through one Writer.
type loader struct {
	opts    loadOptions
	w       *graph.Writer
	stderr  io.Writer
	bar     *progress
	start   time.Time
	skipped int
}

func (l *loader) loadFile(ctx context.Context, stdin io.Reader, name string) error {
	var r io.Reader
	if name == "-" {
		if stdin == nil {
			stdin = os.Stdin
		}
		r = stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	l.bar.Describe(name)
	dr := graph.NewDocumentReader(countingReader{r, l.bar}, name)
	// Documents are read a batch ahead, undecoded, by another goroutine,
	// so that reading and hashing the next batch overlaps the lookup and
	// the writing of this one: those whose bytes' hash an article holds
	// are loaded already and are not decoded (see graph.RawDocument).
	// A batch is --batch-size documents; while whole batches are found
	// unchanged, the next ones read double, up to maxLookupBatch: a lookup
	// costs a round trip and a transaction (a few ms) and about 15 µs a
	// hash, so a re-load of unchanged documents in batches of 200 spent
	// half its time on round trips. After a batch with a changed
	// document, batches are --batch-size again.
	batches := make(chan rawBatch)
	done := make(chan struct{})
	defer close(done)
	var size atomic.Int64
	size.Store(int64(l.opts.batchSize))
	go readBatches(dr, &size, batches, done)
	for b := range batches {
		if err := ctx.Err(); err != nil {
			return err
		}
		known, err := l.w.KnownHashes(context.WithoutCancel(ctx), b.hashes)
		if err != nil {
			return err
		}
		if len(known) == len(b.docs) && len(b.docs) > 0 {
			size.Store(min(2*int64(len(b.docs)), int64(max(maxLookupBatch, l.opts.batchSize))))
		} else {
			size.Store(int64(l.opts.batchSize))
		}
		for _, raw := range b.docs {
			if known[raw.SHA256] {
				l.w.SkipUnchanged(1)
				continue
			}
			doc, err := dr.Decode(raw)
			if err != nil {
				if !l.opts.keepGoing {
					return err
				}
				l.skipped++
				fmt.Fprintf(l.stderr, "newsgraph: load: skipped %s\n", err)
				continue
			}
			if err := ctx.Err(); err != nil {
				return err // interrupted: stop before the next batch
			}
			// A batch once started is finished even if the load is
			// interrupted meanwhile, so that what was loaded is known.
			if err := l.w.Write(context.WithoutCancel(ctx), doc); err != nil {
				return err
			}
		}
		if b.err == io.EOF {
			return nil
		}
		if b.err != nil {
			return b.err
		}
	}
	return nil
}

// maxLookupBatch is the most documents read at once while they are found
// unchanged (see loadFile).
const maxLookupBatch = 1000

// rawBatch is up to a batch of documents as read, with their hashes, and
// the error that ended the reading, if it ended (io.EOF at the end).
type rawBatch struct {
	docs   []graph.RawDocument
	hashes []string
	err    error
}

// readBatches sends the documents of dr in batches of size (read anew for
// each batch) until the last, which holds the error that ended the
// reading, or until done is closed.
// Decoding stays with the receiver, which names the line of a bad
// document (dr.Decode).
func readBatches(dr *graph.DocumentReader, size *atomic.Int64, out chan<- rawBatch, done <-chan struct{}) {
	defer close(out)
	for {
		n := int(size.Load())
		b := rawBatch{docs: make([]graph.RawDocument, 0, n), hashes: make([]string, 0, n)}
		for len(b.docs) < n {
			raw, err := dr.ReadRaw()
			if err != nil {
				b.err = err
				break
			}
			b.docs = append(b.docs, raw)
			b.hashes = append(b.hashes, raw.SHA256)
		}
		select {
		case out <- b:
		case <-done:
			return
		}
		if b.err != nil {
			return
		}
	}
}

// awaitSchema waits for the indexes CreateSchema created, if it did, so
// that the graph can be queried as soon as the command returns.
func (l *loader) awaitSchema(ctx context.Context, created bool) error {
	if !created {
		return nil
	}
	return l.w.AwaitSchema(ctx)
}

// stop turns the error that ended a load into the command's error, saying
// what was loaded before it.
func (l *loader) stop(ctx context.Context, err error) error {
	st := l.w.Stats()
	pending := l.w.Buffered()
	if ctx.Err() != nil {
		l.bar.Finish()
		l.summary()
		msg := "load: interrupted after loading " + nArticles(st.Documents)
		if pending > 0 {
			msg += fmt.Sprintf("; %s of the unfinished batch not written", nDocuments(pending))
		}
		return withHint(errors.New(msg), "run the same load again to finish: loading is idempotent")
	}
	var perr *graph.ParseError
	if errors.As(err, &perr) {
		return withHint(fmt.Errorf("load: %w", err), fmt.Sprintf(
			"nothing of the batch holding this line was written (%s loaded before it); fix the line, or skip bad lines with --keep-going",
			nArticles(st.Documents)))
	}
	return withHint(fmt.Errorf("load: %w (%s loaded before the failure)", err, nArticles(st.Documents)),
		"loading is idempotent: once the cause is fixed (is Neo4j running?), run the same load again to finish")
}

func (l *loader) summary() {
	if l.opts.quiet {
		return
	}
	st := l.w.Stats()
	secs := time.Since(l.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(st.Nodes+st.Relationships) / secs
	}
	unchanged := ""
	if st.Unchanged > 0 {
		unchanged = fmt.Sprintf(" (%d unchanged, skipped)", st.Unchanged)
	}
	fmt.Fprintf(l.stderr, "loaded %s%s: %d nodes (%d new), %d relationships (%d new) in %.1f s, %.0f nodes+relationships/s\n",
		nArticles(st.Documents), unchanged, st.Nodes, st.NodesCreated,
		st.Relationships, st.RelationshipsCreated, secs, rate)
}

// countingReader advances a progress bar by the bytes read.
type countingReader struct {
	r   io.Reader
	bar *progress
}

func (cr countingReader) Read(p []byte) (int, error) {
	n, err := cr.r.Read(p)
	cr.bar.Add(int64(n))
	return n, err
}

// nArticles says "1 article", "2 articles".
func nArticles(n int64) string {
	if n == 1 {
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}

// nDocuments says "1 document", "2 documents".
func nDocuments(n int) string {
	if n == 1 {
		return "1 document"
	}
	return fmt.Sprintf("%d documents", n)
}
