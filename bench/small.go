package bench

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// The small jobs of a run, as SmallResult names them.
const (
	SmallSample    = "sample build"      // newsgraph build of the sample articles into an empty database
	SmallOne       = "1-article load"    // newsgraph load of one document not in the graph
	SmallUnchanged = "unchanged re-load" // newsgraph load of the documents the graph holds, all skipped
)

// smallRuns is how many times the sample build and the 1-article load
// run; their median is reported.
const smallRuns = 3

// oneWarmups is how many 1-article loads run unmeasured before those
// measured (see small).
const oneWarmups = 5

// SmallResult is a small job on a warm server: the time of a newsgraph
// command, start-up included, as a user waits for it.
type SmallResult struct {
	Name     string // SmallSample, SmallOne, SmallUnchanged
	Corpus   string // of the documents, for SmallUnchanged
	Articles int
	Runs     int
	Median   time.Duration
}

// Rate is articles per second.
func (s SmallResult) Rate() float64 { return per(float64(s.Articles), s.Median) }

// small times, on the server already running: newsgraph load of the last
// corpus's documents, which the graph holds, so that every one is skipped
// as unchanged; then, on an emptied database, the build of the sample
// articles (after one unmeasured build that warms the server up); then
// loads of one new document each into the graph the sample made.
func (r *runner) small(ctx context.Context, last Corpus, baseDocs, lastDocs string) error {
	r.logf("re-loading the %s corpus's %d documents, unchanged", last.Name, last.Articles)
	out, u, err := r.newsgraphRun(ctx, "load", lastDocs)
	if err != nil {
		return fmt.Errorf("bench: unchanged re-load: %w", err)
	}
	if want := fmt.Sprintf("(%d unchanged, skipped)", last.Articles); !strings.Contains(out, want) {
		r.rep.Notes = append(r.rep.Notes, fmt.Sprintf("the unchanged re-load of the %s corpus did not skip every document: %s",
			last.Name, strings.TrimSpace(lastLines(out, 1))))
	}
	r.rep.Small = append(r.rep.Small, SmallResult{Name: SmallUnchanged, Corpus: last.Name, Articles: last.Articles, Runs: 1, Median: u.Wall})

	if err := r.opts.Server.empty(ctx, r.opts.FreshServer); err != nil {
		return fmt.Errorf("bench: small loads: %w", err)
	}
	if r.opts.Sample != "" {
		n, _, err := countLines(r.opts.Sample)
		if err != nil {
			return fmt.Errorf("bench: sample: %w", err)
		}
		r.logf("building the sample (%d articles) on a warm server", n)
		var times []time.Duration
		for i := range smallRuns + 1 {
			if err := r.opts.Server.empty(ctx, false); err != nil {
				return fmt.Errorf("bench: sample build: %w", err)
			}
			_, u, err := r.newsgraphRun(ctx, "build", r.opts.Sample)
			if err != nil {
				return fmt.Errorf("bench: sample build: %w", err)
			}
			if i > 0 { // the first warms the server up
				times = append(times, u.Wall)
			}
		}
		r.rep.Small = append(r.rep.Small, SmallResult{Name: SmallSample, Articles: n, Runs: len(times), Median: median(times)})
	}

	// A user adds an article to the graph they have: the 1-article loads
	// go into the graph the sample builds left (or an empty one without a
	// sample), each a document that graph does not hold. The first
	// oneWarmups are not measured: the server was restarted for the small
	// loads, and its first loads of one document plan their statements
	// for the graph's new size and run them before the JVM has compiled
	// them (2.5 s, then about 1 s, 0.6 s, 0.8 s, 0.3 s), as a server that
	// has run for a while does not.
	r.logf("loading one new document at a time on a warm server")
	if r.opts.Sample == "" {
		if err := r.opts.Server.empty(ctx, false); err != nil {
			return fmt.Errorf("bench: 1-article load: %w", err)
		}
	}
	ones, err := firstDocuments(baseDocs, filepath.Join(r.opts.WorkDir, "one"), oneWarmups+smallRuns)
	if err != nil {
		return fmt.Errorf("bench: 1-article load: %w", err)
	}
	var times []time.Duration
	for i, one := range ones {
		out, u, err := r.newsgraphRun(ctx, "load", one)
		if err != nil {
			return fmt.Errorf("bench: 1-article load: %w", err)
		}
		if !strings.Contains(out, "loaded 1 article:") {
			r.rep.Notes = append(r.rep.Notes, fmt.Sprintf("a 1-article load did not write its document: %s", strings.TrimSpace(lastLines(out, 1))))
		}
		if i >= oneWarmups {
			times = append(times, u.Wall)
		}
	}
	r.rep.Small = append(r.rep.Small, SmallResult{Name: SmallOne, Articles: 1, Runs: len(times), Median: median(times)})
	return nil
}

// newsgraphRun runs a newsgraph command against the server and returns
// what it printed on stderr.
func (r *runner) newsgraphRun(ctx context.Context, cmd string, args ...string) (string, Usage, error) {
	c, err := r.newsgraphArgs(cmd, args...)
	if err != nil {
		return "", Usage{}, err
	}
	c.args = slices.DeleteFunc(c.args, func(a string) bool { return a == "-q" })
	var msgs bytes.Buffer
	c.errOut = &msgs
	u, err := c.run(ctx)
	return msgs.String(), u, err
}

// firstDocuments writes the first n documents of docs to files of one
// document each, prefix-1.jsonl and so on, and returns their names.
func firstDocuments(docs, prefix string, n int) ([]string, error) {
	f, err := os.Open(docs)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	var names []string
	for len(names) < n {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			name := fmt.Sprintf("%s-%d.jsonl", prefix, len(names)+1)
			if err := os.WriteFile(name, line, 0o644); err != nil {
				return nil, err
			}
			names = append(names, name)
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s holds no document", docs)
	}
	return names, nil
}

// median is the middle time (the lower of the two middle ones).
func median(d []time.Duration) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[(len(s)-1)/2]
}
