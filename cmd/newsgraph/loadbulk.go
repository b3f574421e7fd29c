package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/bulk"
	"github.com/newsgraph/newsgraph/internal/localneo4j"
)

// The values of load --bulk.
const (
	bulkAuto   = "auto"
	bulkAlways = "always"
	bulkNever  = "never"
)

// defaultBulkMinMB is where --bulk auto starts taking the bulk path. Its
// fixed cost is the server's stop and start (about 13 s here), in which a
// load over Bolt writes some 50 MB of documents (4 MB/s at 100,000
// articles); below that Bolt is quicker.
const defaultBulkMinMB = 64

// exportGC makes the garbage collector of an export of documents run less
// often, and returns what restores it. The export allocates much and keeps
// little (the shared nodes and the ids): collecting at 5 times the live
// heap rather than twice saves a sixth of its CPU time (10,000 documents:
// 5.9 CPU-s instead of 6.9), and a soft limit of 1 GiB keeps the heap of a
// large export (100,000 documents: 2 GB without it) from growing with it.
func exportGC() (restore func()) {
	percent := debug.SetGCPercent(400)
	limit := debug.SetMemoryLimit(1 << 30)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

// loadBulk loads the documents through the bulk path (package bulk) when
// --bulk and the server allow it, saying which path it takes and why. It
// reports whether it loaded them; when not, and without error, the load
// goes over Bolt.
func loadBulk(c *cli.Context, opts loadOptions, cfg graph.Config, total int64) (bool, error) {
	stderr := c.App.ErrWriter
	say := func(format string, args ...any) {
		if !opts.quiet {
			fmt.Fprintf(stderr, "load: "+format+"\n", args...)
		}
	}
	if opts.bulk == bulkNever {
		if opts.bulkSet {
			say("over Bolt (--bulk never)")
		}
		return false, nil
	}
	// auto considers only inputs large enough to pay for a restart, and
	// says why it does not take the bulk path only for those.
	large := total >= 0 && total >= opts.bulkMin
	if opts.bulk == bulkAuto && !large {
		return false, nil
	}
	inst, why, err := localneo4j.Find(localneo4j.StateRoot(), cfg.URI)
	if err != nil {
		why = err.Error()
	}
	if inst == nil {
		if opts.bulk == bulkAlways {
			return true, withHint(fmt.Errorf("load: --bulk always: %s", why),
				"the bulk path stops and starts the server, so it takes only a local server that scripts/neo4j.sh runs; load over Bolt with --bulk auto")
		}
		say("over Bolt: %s, and the bulk path takes only a local server that scripts/neo4j.sh runs", why)
		return false, nil
	}
	inputs, closeAll, err := openInputs(c, opts.files)
	if err != nil {
		return true, withHint(fmt.Errorf("load: %w", err), "give the path of a document JSON Lines file, as written by `newsgraph extract`")
	}
	defer closeAll()
	size := "documents from stdin"
	if total >= 0 {
		size = fmt.Sprintf("%.0f MB of documents", float64(total)/1e6)
	}
	say("bulk path (neo4j-admin import): %s into the local server %q (scripts/neo4j.sh), if its database is empty", size, inst.Name)

	bar := newProgress(c, total, "export", true)
	defer bar.Finish()
	for i := range inputs {
		inputs[i].R = countingReader{inputs[i].R, bar}
	}
	skipped, logs := 0, 0
	bopts := bulk.Options{
		Config: cfg,
		Server: inst,
		Inputs: inputs,
		Logf: func(format string, args ...any) {
			// The first line comes before the export, which the bar
			// follows; the bar ends before the next ones.
			if logs > 0 {
				bar.Finish()
			}
			logs++
			say(format, args...)
		},
	}
	if opts.keepGoing {
		bopts.OnBad = func(err error) error {
			skipped++
			fmt.Fprintf(stderr, "newsgraph: load: skipped %s\n", err)
			return nil
		}
	}
	defer exportGC()()
	start := time.Now()
	res, err := bulk.Load(c.Context, bopts)
	bar.Finish()
	if errors.Is(err, bulk.ErrNotEmpty) {
		if opts.bulk == bulkAlways {
			return true, withHint(fmt.Errorf("load: --bulk always: %w", err),
				"the bulk path fills an empty database only; load over Bolt with --bulk auto, or empty the database first")
		}
		say("over Bolt after all: the database is not empty, and the bulk path fills empty databases only")
		return false, nil
	}
	var berr *bulk.Error
	if errors.As(err, &berr) {
		return true, withHint(fmt.Errorf("load: %w", berr.Err), berr.Hint)
	}
	if err != nil {
		return true, fmt.Errorf("load: %w", err)
	}
	if !opts.quiet {
		bulkSummary(stderr, res, time.Since(start))
	}
	if skipped > 0 {
		lines := "lines"
		if skipped == 1 {
			lines = "line"
		}
		return true, fmt.Errorf("load: skipped %d bad %s: %w", skipped, lines, errSomeInputsFailed)
	}
	return true, nil
}

// openInputs opens the files (- for stdin) as inputs of the bulk path.
func openInputs(c *cli.Context, files []string) ([]bulk.Input, func(), error) {
	var inputs []bulk.Input
	var open []*os.File
	closeAll := func() {
		for _, f := range open {
			f.Close()
		}
	}
	for _, name := range files {
		if name == "-" {
			var r io.Reader = c.App.Reader
			if r == nil {
				r = os.Stdin
			}
			inputs = append(inputs, bulk.Input{Name: name, R: r})
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		open = append(open, f)
		inputs = append(inputs, bulk.Input{Name: name, R: f})
	}
	return inputs, closeAll, nil
}

// bulkSummary says what the bulk path loaded, and how long each phase took.
func bulkSummary(w io.Writer, res *bulk.Result, d time.Duration) {
	var nodes, rels int64
	for _, n := range res.Export.Nodes {
		nodes += n
	}
	for _, n := range res.Export.Relationships {
		rels += n
	}
	rate := 0.0
	if d > 0 {
		rate = float64(nodes+rels) / d.Seconds()
	}
	fmt.Fprintf(w, "loaded %s with neo4j-admin: %d nodes, %d relationships in %.1f s, %.0f nodes+relationships/s\n",
		nArticles(res.Export.Documents), nodes, rels, d.Seconds(), rate)
	fmt.Fprintf(w, "  ")
	for i, p := range res.Phases {
		if i > 0 {
			fmt.Fprintf(w, ", ")
		}
		fmt.Fprintf(w, "%s %.1f s", p.Name, p.Time.Seconds())
	}
	fmt.Fprintln(w, " (the export and the stop at once)")
}
