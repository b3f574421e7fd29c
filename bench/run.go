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
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/bulk"
	"github.com/newsgraph/newsgraph/queries"
)

// The parts of a run, as Options.Skip names them.
const (
	RouteLoad    = "load"     // newsgraph load, taking the path it chooses (--bulk auto)
	RouteBolt    = "bolt"     // newsgraph load --bulk never
	RouteNaive   = "naive"    // one MERGE statement per node and relationship
	RouteLoadCSV = "load-csv" // newsgraph export, then LOAD CSV
	RouteAdmin   = "admin"    // newsgraph export, then neo4j-admin database import
	PartQueries  = "queries"  // saved query latency
	PartScale    = "scale"    // the scaled corpus
	PartOneCore  = "1-core"   // extraction on one core
	PartBase     = "base"     // the load routes on the base corpus (it is still extracted)
	PartSmall    = "small"    // small loads on a warm server, and a load of unchanged documents
)

// Parts lists every name Options.Skip takes.
var Parts = []string{RouteLoad, RouteBolt, RouteNaive, RouteLoadCSV, RouteAdmin, PartQueries, PartScale, PartOneCore, PartBase, PartSmall}

// Options configure a bench run.
type Options struct {
	// Newsgraph is the newsgraph program the bench runs for extraction,
	// loading and export, as a user would.
	Newsgraph string
	// Corpus lists the corpus files (JSON Lines articles).
	Corpus []string
	// Sample is the sample articles file (sample/articles.jsonl) the small
	// loads build; "" leaves its build out.
	Sample string
	// WorkDir holds what the run writes: corpora, documents, CSV exports.
	WorkDir string
	// Articles is the size of the base corpus: 0 for all the articles of
	// Corpus, else the first Articles of them (mixed from every file, see
	// ScaleCorpus).
	Articles int
	// ScaleArticles is the size of the scaled corpus (the corpus repeated
	// with fresh ids); 0 for none.
	ScaleArticles int
	// ScaleRoutes are the load routes run on the scaled corpus; the naive
	// loader would take hours there.
	ScaleRoutes []string
	// Cores is the number of cores of the "all cores" extraction; 0 means
	// runtime.NumCPU().
	Cores int
	// Server is the Neo4j to load into; nil runs extraction only.
	Server *Server
	// FreshServer wipes and restarts the server before each load route, so
	// that each starts from new store files and no schema (needs
	// Server.Control); otherwise the nodes and relationships are deleted
	// with Cypher and the constraints and indexes kept, which is quicker
	// for small corpora.
	FreshServer bool
	// NaiveArticles caps the documents the naive loader sends; 0 sends
	// them all.
	NaiveArticles int
	// Queries are the saved queries to time on the last graph loaded.
	Queries []Query
	// QueryRuns and QueryWarmup are the measured and unmeasured runs of
	// each query.
	QueryRuns, QueryWarmup int
	// QueryBudget bounds the time spent on one query: its runs stop once
	// they have taken this long, after at least three (fewer when one run
	// takes longer than the budget); 0 means a minute.
	QueryBudget time.Duration
	// QueriesOnly times the queries on the graph the server holds, without
	// extracting or loading anything; QueriesGraph names that graph in the
	// table.
	QueriesOnly  bool
	QueriesGraph string
	// Skip names the parts not to run (see Parts), each with the reason
	// the table gives.
	Skip map[string]string
	// Progress gets a line per step; nil for none.
	Progress io.Writer
}

// Corpus is one corpus a run measured.
type Corpus struct {
	Name     string // "full", "200", "scaled"
	Files    []string
	Articles int
	Bytes    int64
}

// ExtractResult is one run of newsgraph extract.
type ExtractResult struct {
	Corpus   string
	Articles int
	Bytes    int64 // of the input
	Cores    int
	Usage
}

// Phase is a timed step of a load route.
type Phase struct {
	Name string
	Time time.Duration
}

// LoadResult is one load route on one corpus.
type LoadResult struct {
	Corpus string
	Route  string
	// Time is the route's time from documents (or, for LOAD CSV and
	// neo4j-admin, from CSV files) to a graph that queries can use;
	// Phases break it down.
	Time   time.Duration
	Phases []Phase
	// Documents is the number of documents loaded (fewer than the corpus
	// for a capped naive loader).
	Documents int
	// Nodes and Rels are counted in the database after the route.
	Nodes, Rels int64
	// Skipped says why the route did not run; "" when it did.
	Skipped string
	// Bulk is set when newsgraph load took the bulk path (neo4j-admin).
	Bulk bool
}

// Rate is nodes and relationships per second.
func (l LoadResult) Rate() float64 {
	if l.Time <= 0 {
		return 0
	}
	return float64(l.Nodes+l.Rels) / l.Time.Seconds()
}

// Phase returns the time of the named phase, or 0.
func (l LoadResult) Phase(name string) time.Duration {
	for _, p := range l.Phases {
		if p.Name == name {
			return p.Time
		}
	}
	return 0
}

// Query is a saved query to time.
type Query struct {
	Name string
	// Run runs the query once, fetching every row, and returns the number
	// of rows.
	Run func(ctx context.Context, db *graph.DB) (rows int, err error)
}

// QueryResult is the latency of one saved query over several runs.
type QueryResult struct {
	Name     string
	Corpus   string
	Runs     int
	Rows     int // of the last run
	P50, P95 time.Duration
	Max      time.Duration
	Err      string // when the query failed
}

// Report is everything a run measured.
type Report struct {
	Start    time.Time
	Duration time.Duration
	Machine  string
	Corpora  []Corpus
	// Startup is what newsgraph extract uses to extract a one-word article
	// (on one core): loading its lists, mostly.
	Startup Usage
	Extract []ExtractResult
	Loads   []LoadResult
	// Small are the small loads on a warm server and the load of
	// unchanged documents.
	Small   []SmallResult
	Queries []QueryResult
	Notes   []string
}

type runner struct {
	opts Options
	rep  *Report
}

// Run runs the bench and returns what it measured. It stops at the first
// failure, returning what was measured before it with the error.
func Run(ctx context.Context, opts Options) (*Report, error) {
	if opts.Cores <= 0 {
		opts.Cores = runtime.NumCPU()
	}
	if opts.ScaleRoutes == nil {
		opts.ScaleRoutes = []string{RouteAdmin, RouteLoad}
	}
	if opts.QueryRuns <= 0 {
		opts.QueryRuns = 20
	}
	if err := os.MkdirAll(opts.WorkDir, 0o755); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	r := &runner{opts: opts, rep: &Report{Start: time.Now(), Machine: machine()}}
	err := r.run(ctx)
	r.rep.Duration = time.Since(r.rep.Start)
	return r.rep, err
}

func (r *runner) logf(format string, args ...any) {
	if r.opts.Progress != nil {
		fmt.Fprintf(r.opts.Progress, "bench: "+format+"\n", args...)
	}
}

func (r *runner) skip(part string) bool { return r.opts.Skip[part] != "" }

func (r *runner) run(ctx context.Context) error {
	if r.opts.QueriesOnly {
		if r.opts.Server == nil {
			return errors.New("bench: queries only, but no server")
		}
		return r.queries(ctx, Corpus{Name: r.opts.QueriesGraph})
	}
	base, err := r.baseCorpus()
	if err != nil {
		return err
	}
	corpora := []Corpus{base}
	if r.opts.ScaleArticles > 0 && !r.skip(PartScale) {
		r.logf("writing the scaled corpus of %d articles", r.opts.ScaleArticles)
		sc, err := r.scaledCorpus("scaled", r.opts.ScaleArticles)
		if err != nil {
			return err
		}
		corpora = append(corpora, sc)
	}
	r.rep.Corpora = corpora
	if err := r.startup(ctx); err != nil {
		return err
	}
	for i, c := range corpora {
		docs, err := r.extract(ctx, c)
		if err != nil {
			return err
		}
		if r.opts.Server == nil {
			continue
		}
		routes := []string{RouteLoad, RouteBolt, RouteNaive, RouteLoadCSV, RouteAdmin}
		if i > 0 {
			routes = r.opts.ScaleRoutes
		} else if r.skip(PartBase) {
			continue
		}
		if err := r.loads(ctx, c, docs, routes); err != nil {
			return err
		}
	}
	last := corpora[len(corpora)-1]
	if r.opts.Server != nil && len(r.opts.Queries) > 0 && !r.skip(PartQueries) {
		if err := r.queries(ctx, last); err != nil {
			return err
		}
	}
	if r.opts.Server != nil && !r.skip(PartSmall) {
		return r.small(ctx, last, r.docs(base), r.docs(last))
	}
	return nil
}

// docs is the documents file of a corpus, which extract writes.
func (r *runner) docs(c Corpus) string {
	return filepath.Join(r.opts.WorkDir, "docs-"+c.Name+".jsonl")
}

// baseCorpus is the corpus files as they are, or their first
// Options.Articles articles.
func (r *runner) baseCorpus() (Corpus, error) {
	if r.opts.Articles > 0 {
		return r.scaledCorpus(strconv.Itoa(r.opts.Articles), r.opts.Articles)
	}
	c := Corpus{Name: "full", Files: r.opts.Corpus}
	for _, f := range r.opts.Corpus {
		n, size, err := countLines(f)
		if err != nil {
			return c, fmt.Errorf("bench: %w", err)
		}
		c.Articles += n
		c.Bytes += size
	}
	return c, nil
}

func (r *runner) scaledCorpus(name string, n int) (Corpus, error) {
	path := filepath.Join(r.opts.WorkDir, "corpus-"+name+".jsonl")
	f, err := os.Create(path)
	if err != nil {
		return Corpus{}, fmt.Errorf("bench: %w", err)
	}
	k, size, err := ScaleCorpus(f, r.opts.Corpus, n)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return Corpus{}, fmt.Errorf("bench: %w", err)
	}
	return Corpus{Name: name, Files: []string{path}, Articles: k, Bytes: size}, nil
}

// startup measures newsgraph extract on a one-word article.
func (r *runner) startup(ctx context.Context) error {
	in := filepath.Join(r.opts.WorkDir, "startup.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"startup","text":"Hello."}`+"\n"), 0o644); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	out := filepath.Join(r.opts.WorkDir, "startup-docs.jsonl")
	u, err := child{name: r.opts.Newsgraph, args: []string{"-q", "extract", "-j", "1", "-o", out, in},
		env: []string{"GOMAXPROCS=1"}}.run(ctx)
	if err != nil {
		return fmt.Errorf("bench: extract: %w", err)
	}
	r.rep.Startup = u
	return nil
}

// extract runs newsgraph extract on one core and on all, and returns the
// documents file.
func (r *runner) extract(ctx context.Context, c Corpus) (string, error) {
	docs := r.docs(c)
	cores := []int{1, r.opts.Cores}
	if r.skip(PartOneCore) || r.opts.Cores == 1 {
		cores = cores[1:]
	}
	for _, n := range cores {
		r.logf("extracting the %s corpus (%d articles) on %d core(s)", c.Name, c.Articles, n)
		args := append([]string{"-q", "extract", "-j", strconv.Itoa(n), "-o", docs}, c.Files...)
		u, err := child{name: r.opts.Newsgraph, args: args, env: []string{"GOMAXPROCS=" + strconv.Itoa(n)}}.run(ctx)
		if err != nil {
			return "", fmt.Errorf("bench: extract: %w", err)
		}
		got, _, err := countLines(docs)
		if err != nil {
			return "", fmt.Errorf("bench: %w", err)
		}
		if got != c.Articles {
			return "", fmt.Errorf("bench: extract: %d documents from %d articles", got, c.Articles)
		}
		r.rep.Extract = append(r.rep.Extract, ExtractResult{Corpus: c.Name, Articles: got, Bytes: c.Bytes, Cores: n, Usage: u})
	}
	return docs, nil
}

// loads runs the load routes on one corpus's documents.
func (r *runner) loads(ctx context.Context, c Corpus, docs string, routes []string) error {
	for _, route := range routes {
		res := LoadResult{Corpus: c.Name, Route: route}
		switch {
		case r.skip(route):
			res.Skipped = r.opts.Skip[route]
		case route == RouteLoadCSV && r.opts.Server.ImportDir == "":
			res.Skipped = "the server's import directory is not known"
		case route == RouteAdmin && r.opts.Server.Control == nil:
			res.Skipped = "the bench does not control the server"
		}
		if res.Skipped != "" {
			r.rep.Loads = append(r.rep.Loads, res)
			continue
		}
		r.logf("loading the %s corpus: %s", c.Name, route)
		if err := r.opts.Server.empty(ctx, r.opts.FreshServer); err != nil {
			return fmt.Errorf("bench: %s: %w", route, err)
		}
		var err error
		switch route {
		case RouteLoad:
			err = r.loadNewsgraph(ctx, docs, &res)
		case RouteBolt:
			err = r.loadNewsgraph(ctx, docs, &res, "--bulk", "never")
		case RouteNaive:
			err = r.loadNaive(ctx, docs, &res)
		case RouteLoadCSV:
			err = r.loadCSV(ctx, c, docs, &res)
		case RouteAdmin:
			err = r.loadAdmin(ctx, c, docs, &res)
		default:
			err = fmt.Errorf("unknown route %q", route)
		}
		if err == nil {
			err = r.count(ctx, &res)
		}
		if err != nil {
			return fmt.Errorf("bench: %s: %w", route, err)
		}
		if res.Documents == 0 {
			res.Documents = c.Articles
		}
		r.rep.Loads = append(r.rep.Loads, res)
	}
	return nil
}

func (r *runner) open(ctx context.Context) (*graph.DB, error) {
	return graph.Open(ctx, r.opts.Server.Config)
}

func (r *runner) count(ctx context.Context, res *LoadResult) error {
	db, err := r.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	res.Nodes, res.Rels, err = counts(ctx, db)
	return err
}

// newsgraphEnv is what a newsgraph child needs to reach the server: the
// password goes through the environment, never the command line.
func (r *runner) newsgraphArgs(cmd string, args ...string) (child, error) {
	cfg := r.opts.Server.Config
	full := append([]string{"-q", cmd, "--uri", cfg.URI, "--username", cfg.Username, "--database", cfg.Database}, args...)
	return child{name: r.opts.Newsgraph, args: full, env: []string{"NEO4J_PASSWORD=" + cfg.Password}}, nil
}

// loadNewsgraph runs newsgraph load, which says which path it took and,
// for the bulk path, the time of each phase.
func (r *runner) loadNewsgraph(ctx context.Context, docs string, res *LoadResult, args ...string) error {
	c, err := r.newsgraphArgs("load", append(args, docs)...)
	if err != nil {
		return err
	}
	c.args = slices.DeleteFunc(c.args, func(a string) bool { return a == "-q" }) // its summary tells the path
	var msgs bytes.Buffer
	c.errOut = &msgs
	u, err := c.run(ctx)
	res.Time = u.Wall
	res.Phases = []Phase{{"load", u.Wall}}
	if phases, ok := bulkPhases(msgs.String()); ok {
		res.Bulk, res.Phases = true, phases
	}
	return err
}

// bulkPhases reads the phases of the bulk path from what newsgraph load
// printed: "loaded … with neo4j-admin: …", then "  export 1.0 s, stop
// 2.0 s, … (…)".
func bulkPhases(out string) ([]Phase, bool) {
	_, after, ok := strings.Cut(out, " with neo4j-admin: ")
	if !ok {
		return nil, false
	}
	_, line, _ := strings.Cut(after, "\n")
	line, _, _ = strings.Cut(strings.TrimSpace(line), " (")
	var phases []Phase
	for _, part := range strings.Split(line, ", ") {
		name, secs, ok := strings.Cut(strings.TrimSuffix(part, " s"), " ")
		f, err := strconv.ParseFloat(secs, 64)
		if !ok || err != nil {
			return nil, true
		}
		phases = append(phases, Phase{name, time.Duration(f * float64(time.Second))})
	}
	return phases, true
}

func (r *runner) loadNaive(ctx context.Context, docs string, res *LoadResult) error {
	db, err := r.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	f, err := os.Open(docs)
	if err != nil {
		return err
	}
	defer f.Close()
	start := time.Now()
	st, err := LoadNaive(ctx, db, f, docs, r.opts.NaiveArticles)
	res.Time = time.Since(start)
	res.Phases = []Phase{{"load", res.Time}}
	res.Documents = int(st.Documents)
	return err
}

// export writes the CSV files of the documents into dir.
func (r *runner) export(ctx context.Context, docs, dir, urlPrefix string) (time.Duration, error) {
	if err := os.RemoveAll(dir); err != nil {
		return 0, err
	}
	args := []string{"-q", "export", "--csv", dir}
	if urlPrefix != "" {
		args = append(args, "--url-prefix", urlPrefix)
	}
	u, err := child{name: r.opts.Newsgraph, args: append(args, docs)}.run(ctx)
	return u.Wall, err
}

// loadCSV exports the documents into the server's import directory and
// runs the export's load-csv.cypher, then creates the indexes newsgraph
// load creates, so that every route ends with the same schema. The export
// is a phase of its own, not part of the route's time.
func (r *runner) loadCSV(ctx context.Context, c Corpus, docs string, res *LoadResult) error {
	sub := "newsgraph-bench-" + c.Name
	dir := filepath.Join(r.opts.Server.ImportDir, sub)
	exp, err := r.export(ctx, docs, dir, "file:///"+sub+"/")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db, err := r.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	start := time.Now()
	if err := bulk.RunScript(ctx, db, filepath.Join(dir, "load-csv.cypher")); err != nil {
		return err
	}
	load := time.Since(start)
	start = time.Now()
	if err := graph.NewWriter(db, graph.WriterOptions{}).EnsureSchema(ctx); err != nil {
		return err
	}
	schema := time.Since(start)
	res.Time = load + schema
	res.Phases = []Phase{{"export", exp}, {"load", load}, {"indexes", schema}}
	return nil
}

// loadAdmin exports the documents, stops the server, runs the export's
// import.sh (neo4j-admin database import full), starts the server and runs
// after-import.cypher and the indexes newsgraph load creates. The route's
// time is the import plus what makes the graph usable after it (the
// after-import script and the indexes); the export and the stop and start
// of the server are phases of their own.
func (r *runner) loadAdmin(ctx context.Context, c Corpus, docs string, res *LoadResult) error {
	ctl := r.opts.Server.Control
	dir := filepath.Join(r.opts.WorkDir, "csv-"+c.Name)
	exp, err := r.export(ctx, docs, dir, "")
	if err != nil {
		return err
	}
	start := time.Now()
	if err := ctl.Stop(ctx); err != nil {
		return err
	}
	stop := time.Since(start)
	start = time.Now()
	db := r.opts.Server.Config.Database
	if db == "" {
		db = "neo4j"
	}
	out, _, err := child{name: "sh", args: []string{filepath.Join(dir, "import.sh"), db, "--overwrite-destination"},
		env: ctl.AdminEnv()}.output(ctx)
	imp := time.Since(start)
	if err != nil {
		return err
	}
	if !strings.Contains(out, "IMPORT DONE") {
		return fmt.Errorf("neo4j-admin import did not say IMPORT DONE:\n%s", lastLines(out, 15))
	}
	start = time.Now()
	if err := ctl.Start(ctx); err != nil {
		return err
	}
	up := time.Since(start)
	gdb, err := r.open(ctx)
	if err != nil {
		return err
	}
	defer gdb.Close(context.WithoutCancel(ctx))
	start = time.Now()
	if err := bulk.RunScript(ctx, gdb, filepath.Join(dir, "after-import.cypher")); err != nil {
		return err
	}
	after := time.Since(start)
	start = time.Now()
	if err := graph.NewWriter(gdb, graph.WriterOptions{}).EnsureSchema(ctx); err != nil {
		return err
	}
	schema := time.Since(start)
	res.Time = imp + after + schema
	res.Phases = []Phase{{"export", exp}, {"stop", stop}, {"import", imp}, {"start", up},
		{"after-import", after}, {"indexes", schema}}
	return os.RemoveAll(dir)
}

// queries times every saved query on the graph loaded last.
func (r *runner) queries(ctx context.Context, c Corpus) error {
	db, err := r.open(ctx)
	if err != nil {
		return fmt.Errorf("bench: queries: %w", err)
	}
	defer db.Close(context.WithoutCancel(ctx))
	for _, q := range r.opts.Queries {
		r.logf("timing query %s on the %s graph", q.Name, c.Name)
		res, err := timeQuery(ctx, db, q, r.opts.QueryWarmup, r.opts.QueryRuns, r.opts.QueryBudget)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			res.Err = err.Error()
		}
		res.Corpus = c.Name
		r.rep.Queries = append(r.rep.Queries, res)
	}
	return nil
}

// timeQuery runs q warmup times unmeasured, then runs times, and returns
// the latency percentiles (nearest rank) of the measured runs. Once the
// runs, warm-up included, have taken budget, it stops after the run under
// way if at least three were measured (or one, when a single run takes
// longer than a third of the budget). One run may take twice the budget at
// most.
func timeQuery(ctx context.Context, db *graph.DB, q Query, warmup, runs int, budget time.Duration) (QueryResult, error) {
	if budget <= 0 {
		budget = time.Minute
	}
	res := QueryResult{Name: q.Name}
	start := time.Now()
	once := func() (int, time.Duration, error) {
		rctx, cancel := context.WithTimeout(ctx, 2*budget)
		defer cancel()
		t0 := time.Now()
		rows, err := q.Run(rctx, db)
		d := time.Since(t0)
		if err != nil && rctx.Err() != nil && ctx.Err() == nil {
			err = fmt.Errorf("no answer in %s", 2*budget)
		}
		return rows, d, err
	}
	for range warmup {
		if time.Since(start) > budget/2 {
			break
		}
		if _, _, err := once(); err != nil {
			return res, err
		}
	}
	var d []time.Duration
	for len(d) < runs {
		rows, took, err := once()
		if err != nil {
			return res, err
		}
		d = append(d, took)
		res.Rows = rows
		if time.Since(start) > budget && (len(d) >= 3 || took > budget/3) {
			break
		}
	}
	res.Runs = len(d)
	slices.Sort(d)
	res.P50, res.P95, res.Max = queries.Percentile(d, 50), queries.Percentile(d, 95), d[len(d)-1]
	return res, nil
}

// countLines counts the non-blank lines of a file and returns its size.
func countLines(path string) (int, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<20)
	n := 0
	var size int64
	blank := true
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
		if len(bytes.TrimSpace(chunk)) > 0 {
			blank = false
		}
		switch {
		case err == nil:
			if !blank {
				n++
			}
			blank = true
		case errors.Is(err, bufio.ErrBufferFull):
			// a long line: go on reading it
		case errors.Is(err, io.EOF):
			if !blank {
				n++
			}
			return n, size, nil
		default:
			return n, size, err
		}
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// machine describes where the bench ran.
func machine() string {
	s := fmt.Sprintf("%s/%s, %d CPUs, %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())
	if data, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(data)); len(f) >= 3 {
			s += ", load average " + strings.Join(f[:3], " ")
		}
	}
	return s
}
