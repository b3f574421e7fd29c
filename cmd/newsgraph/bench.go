package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/bench"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/localneo4j"
	"github.com/newsgraph/newsgraph/queries"
)

// Defaults of newsgraph bench.
const (
	benchScaleArticles = 100000
	benchQuickArticles = 30
	benchNaiveArticles = 1000
	benchInstance      = "bench"
	benchBoltPort      = "7691"
	benchHTTPPort      = "7478"
)

func benchCommand() *cli.Command {
	return &cli.Command{
		Name:      "bench",
		Usage:     "measure extraction, loading and saved queries, against the alternatives",
		ArgsUsage: " ",
		Description: "Runs the end-to-end jobs on the shared news corpus and prints one table:\n" +
			"  extract   newsgraph extract on 1 core and on all cores: articles/s,\n" +
			"            articles per CPU-second, MB/s, peak RSS;\n" +
			"  load      into an empty database by five routes: newsgraph load (the path\n" +
			"            it chooses: the bulk path for a large load into the bench's empty\n" +
			"            database); newsgraph load --bulk never (over Bolt); a naive\n" +
			"            loader sending one MERGE statement per node and relationship;\n" +
			"            LOAD CSV of the files of newsgraph export; neo4j-admin database\n" +
			"            import of the same files; in seconds and nodes+relationships/s;\n" +
			"  queries   p50/p95 latency of every saved query on the largest graph;\n" +
			"  small     on a warm server: a re-load of the largest corpus's documents,\n" +
			"            unchanged (articles skipped per second), the build of the\n" +
			"            --sample articles and loads of one new document;\n" +
			"then the ratios between them, each against its target.\n\n" +
			"It runs on the corpus as it is and on a scaled corpus of --articles articles\n" +
			"(the corpus repeated with fresh ids), where only newsgraph load and\n" +
			"neo4j-admin run. The naive loader, slow, sends the first --naive-articles\n" +
			"documents only and is compared by rate. Allow an hour or more on a 2-core\n" +
			"machine. --quick is a smoke run for CI: --articles articles (default 30),\n" +
			"no scaled corpus, no neo4j-admin, under a minute on an idle machine.\n\n" +
			"It loads into a Neo4j instance of its own, run by scripts/neo4j.sh\n" +
			"(instance \"bench\", Bolt port 7691, HTTP port 7478), which it starts when\n" +
			"needed and, except with --quick, wipes and restarts before each route; it\n" +
			"never touches the default instance. The figures of a shared or busy machine\n" +
			"vary from run to run: compare the ratios of one run, not seconds across runs.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "quick", Usage: "smoke run: a small corpus, no scaled corpus, the running instance reused"},
			&cli.IntFlag{Name: "articles", Value: -1, DefaultText: "100000, or 100 with --quick",
				Usage: "`N` articles in the scaled corpus (0 for none); with --quick, in the only corpus"},
			&cli.StringFlag{Name: "sample", Value: "sample/articles.jsonl", Usage: "the sample articles `FILE` the small loads build (\"\" for none)"},
			&cli.StringFlag{Name: "corpus", Usage: "the corpus: a `DIR` of JSON Lines article files (default: the shared corpus beside the repository)"},
			&cli.StringFlag{Name: "skip", Usage: "parts not to run, comma-separated: " + strings.Join(bench.Parts, ", ")},
			&cli.StringFlag{Name: "out", Usage: "also write the table to `FILE`"},
			&cli.StringFlag{Name: "work", Usage: "write the corpora, documents and CSV files in `DIR` and keep them (default: a temporary directory, removed at the end)"},
			&cli.IntFlag{Name: "naive-articles", Value: benchNaiveArticles, DefaultText: "1000, or all with --quick",
				Usage: "send at most `N` documents through the naive loader, which compares by rate (0: all)"},
			&cli.IntFlag{Name: "query-runs", Value: 20, DefaultText: "20, or 5 with --quick", Usage: "measured runs of each saved query"},
			&cli.DurationFlag{Name: "query-budget", Value: time.Minute, DefaultText: "1m, or 10s with --quick",
				Usage: "time spent on each saved query at most: its runs stop after it (at least three, or one slow one)"},
			&cli.BoolFlag{Name: "queries-only", Usage: "only time the saved queries on the graph the bench's instance holds (from an earlier run)"},
			&cli.StringFlag{Name: "scale-routes", Value: bench.RouteAdmin + "," + bench.RouteLoad,
				Usage: "the load routes run on the scaled corpus, in order, comma-separated (the queries run on the last)"},
			&cli.StringFlag{Name: "neo4j-script", Value: "scripts/neo4j.sh", Usage: "the `PATH` of scripts/neo4j.sh, which runs the bench's instance"},
			&cli.StringFlag{Name: "instance", Value: benchInstance, Usage: "the `NAME` of the bench's Neo4j instance (never the default one)"},
			&cli.StringFlag{Name: "bolt-port", Value: benchBoltPort, Usage: "Bolt `PORT` of the bench's instance"},
			&cli.StringFlag{Name: "http-port", Value: benchHTTPPort, Usage: "HTTP `PORT` of the bench's instance"},
			&cli.StringFlag{Name: "heap", Value: "2g", Usage: "heap of the bench's Neo4j instance (when it starts)"},
			&cli.StringFlag{Name: "pagecache", Value: "2g", Usage: "page cache of the bench's Neo4j instance (when it starts)"},
		},
		Action: runBench,
	}
}

func runBench(c *cli.Context) error {
	ctx := c.Context
	if c.NArg() > 0 {
		return usagef("bench: takes no arguments, got %q (see newsgraph bench --help)", c.Args().First())
	}
	quick := c.Bool("quick")
	opts := bench.Options{
		NaiveArticles: c.Int("naive-articles"),
		QueryRuns:     c.Int("query-runs"),
		QueryWarmup:   3,
		QueryBudget:   c.Duration("query-budget"),
		QueriesOnly:   c.Bool("queries-only"),
		QueriesGraph:  "current",
		Skip:          map[string]string{},
		FreshServer:   !quick,
	}
	if quick {
		if !c.IsSet("naive-articles") {
			opts.NaiveArticles = 0
		}
		if !c.IsSet("query-runs") {
			opts.QueryRuns, opts.QueryWarmup = 5, 1
		}
		if !c.IsSet("query-budget") {
			opts.QueryBudget = 10 * time.Second
		}
		// Stopping and restarting the server alone takes longer than
		// the minute a smoke run has.
		opts.Skip[bench.RouteAdmin] = "--quick (neo4j-admin needs the server stopped and started again)"
		opts.Skip[bench.RouteBolt] = "--quick (newsgraph load goes over Bolt for so few articles anyway)"
	}
	if !c.Bool("quiet") {
		opts.Progress = c.App.ErrWriter
	}
	n := c.Int("articles")
	switch {
	case n < -1:
		return usagef("bench: --articles must be 0 or more, not %d", n)
	case quick && n < 0:
		opts.Articles = benchQuickArticles
	case quick:
		opts.Articles = n
	case n < 0:
		opts.ScaleArticles = benchScaleArticles
	default:
		opts.ScaleArticles = n
	}
	if quick && opts.Articles == 0 {
		return usagef("bench: --quick needs --articles of at least 1")
	}
	if opts.QueryBudget <= 0 {
		return usagef("bench: --query-budget must be positive, not %s", opts.QueryBudget)
	}
	if opts.QueryRuns < 1 {
		return usagef("bench: --query-runs must be at least 1, not %d", opts.QueryRuns)
	}
	for _, r := range strings.Split(c.String("scale-routes"), ",") {
		r = strings.TrimSpace(r)
		if r == "" {
			continue
		}
		if !slices.Contains([]string{bench.RouteLoad, bench.RouteBolt, bench.RouteNaive, bench.RouteLoadCSV, bench.RouteAdmin}, r) {
			return usagef("bench: --scale-routes: unknown route %q (routes: load, bolt, naive, load-csv, admin)", r)
		}
		opts.ScaleRoutes = append(opts.ScaleRoutes, r)
	}
	if opts.ScaleRoutes == nil {
		opts.ScaleRoutes = []string{}
	}
	if s := c.String("skip"); s != "" {
		for _, p := range strings.Split(s, ",") {
			p = strings.TrimSpace(p)
			if !slices.Contains(bench.Parts, p) {
				return usagef("bench: --skip: unknown part %q (parts: %s)", p, strings.Join(bench.Parts, ", "))
			}
			opts.Skip[p] = "--skip"
		}
	}
	files, err := benchCorpus(c.String("corpus"))
	if err != nil {
		return err
	}
	opts.Corpus = files
	if opts.Sample = c.String("sample"); opts.Sample != "" {
		if _, err := os.Stat(opts.Sample); err != nil {
			return withHint(fmt.Errorf("bench: sample: %w", err), "run the bench from the repository's top directory, or give --sample FILE (or --sample \"\")")
		}
	}
	if opts.Newsgraph, err = os.Executable(); err != nil {
		return fmt.Errorf("bench: find the newsgraph program: %w", err)
	}
	if opts.Queries, err = benchQueries(); err != nil {
		return fmt.Errorf("bench: %w", err)
	}

	opts.WorkDir = c.String("work")
	if opts.WorkDir == "" {
		dir, err := os.MkdirTemp("", "newsgraph-bench-")
		if err != nil {
			return fmt.Errorf("bench: %w", err)
		}
		defer os.RemoveAll(dir)
		opts.WorkDir = dir
	}

	var out io.Writer = c.App.Writer
	if name := c.String("out"); name != "" {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return withHint(fmt.Errorf("bench: %w", err), "give --out a path in a directory you can write to")
		}
		f, err := os.Create(name)
		if err != nil {
			return withHint(fmt.Errorf("bench: %w", err), "give --out a path in a directory you can write to")
		}
		defer f.Close()
		out = io.MultiWriter(c.App.Writer, f)
	}

	opts.Server, err = benchServer(ctx, c)
	if err != nil {
		return err
	}
	rep, runErr := bench.Run(ctx, opts)
	if rep != nil {
		if err := rep.WriteTable(out, bench.DefaultTargets); err != nil {
			return fmt.Errorf("bench: write the table: %w", err)
		}
	}
	if runErr != nil {
		if ctx.Err() != nil {
			return errors.New("bench: interrupted")
		}
		return withHint(runErr, "see the messages above; the bench's Neo4j is managed with NEWSGRAPH_NEO4J_INSTANCE="+c.String("instance")+" scripts/neo4j.sh status|logs|reset")
	}
	return nil
}

// benchCorpus lists the JSON Lines files of the corpus directory.
func benchCorpus(dir string) ([]string, error) {
	if dir == "" {
		shared, err := corpus.SharedDir()
		if err != nil {
			return nil, withHint(fmt.Errorf("bench: %w", err), "give the corpus directory with --corpus DIR")
		}
		dir = filepath.Join(shared, "corpus")
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	if len(files) == 0 {
		return nil, withHint(fmt.Errorf("bench: no .jsonl files in %s", dir), "give a directory of JSON Lines article files with --corpus DIR")
	}
	slices.Sort(files)
	return files, nil
}

// benchQueries turns the built-in saved queries into bench queries, each
// run with its example's parameters.
func benchQueries() ([]bench.Query, error) {
	reg, err := queries.NewRegistry()
	if err != nil {
		return nil, err
	}
	var out []bench.Query
	for _, q := range reg.List() {
		params, err := q.ExampleValues()
		if err != nil {
			return nil, fmt.Errorf("query %s: example: %w", q.Name, err)
		}
		out = append(out, bench.Query{Name: q.Name, Run: func(ctx context.Context, db *graph.DB) (int, error) {
			res, err := queries.Run(ctx, db, q, params)
			if err != nil {
				return 0, err
			}
			return len(res.Rows), nil
		}})
	}
	return out, nil
}

// benchServer starts the bench's own Neo4j instance when it is not running
// and says how to reach and control it.
func benchServer(ctx context.Context, c *cli.Context) (*bench.Server, error) {
	script := c.String("neo4j-script")
	inst := c.String("instance")
	if inst == "" || inst == "default" {
		return nil, usagef("bench: --instance must name an instance of its own, not %q: the bench wipes it", inst)
	}
	if _, err := os.Stat(script); err != nil {
		return nil, withHint(fmt.Errorf("bench: %w", err), "run the bench from the repository's top directory, or give --neo4j-script the path of scripts/neo4j.sh")
	}
	env := []string{
		"NEWSGRAPH_NEO4J_INSTANCE=" + inst,
		"NEWSGRAPH_NEO4J_BOLT_PORT=" + c.String("bolt-port"),
		"NEWSGRAPH_NEO4J_HTTP_PORT=" + c.String("http-port"),
		"NEWSGRAPH_NEO4J_HEAP_SIZE=" + c.String("heap"),
		"NEWSGRAPH_NEO4J_PAGECACHE_SIZE=" + c.String("pagecache"),
	}
	ctl := &bench.ScriptControl{Script: script, Env: env}
	if !c.Bool("quiet") {
		fmt.Fprintf(c.App.ErrWriter, "bench: starting Neo4j instance %q (Bolt %s) when it is not running\n", inst, c.String("bolt-port"))
	}
	if err := ctl.Start(ctx); err != nil {
		return nil, withHint(fmt.Errorf("bench: start Neo4j: %w", err), "see NEWSGRAPH_NEO4J_INSTANCE="+inst+" "+script+" logs")
	}
	vars, err := scriptEnv(ctx, script, env)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	pw, err := os.ReadFile(vars["NEO4J_PASSWORD_FILE"])
	if err != nil {
		return nil, fmt.Errorf("bench: read the password of the bench's Neo4j: %w", err)
	}
	return &bench.Server{
		Config: graph.Config{URI: vars["NEO4J_URI"], Username: vars["NEO4J_USERNAME"],
			Password: strings.TrimRight(string(pw), "\r\n"), Database: vars["NEO4J_DATABASE"]},
		ImportDir: vars["NEWSGRAPH_NEO4J_IMPORT_DIR"],
		Control:   ctl,
	}, nil
}

// scriptEnv reads the `export NAME=value` lines of scripts/neo4j.sh env.
func scriptEnv(ctx context.Context, script string, env []string) (map[string]string, error) {
	cmd := exec.CommandContext(ctx, "bash", script, "env")
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s env: %w", script, err)
	}
	vars := localneo4j.ParseEnv(string(out))
	for _, k := range []string{"NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD_FILE"} {
		if vars[k] == "" {
			return nil, fmt.Errorf("%s env did not give %s", script, k)
		}
	}
	return vars, nil
}
