package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/graph"
	importer "github.com/newsgraph/newsgraph/import"
)

// maxShownProblems is how many problems import prints; the rejects file
// holds them all.
const maxShownProblems = 50

func importCommand() *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "check CSV files of articles, nodes or relationships and load them into Neo4j",
		ArgsUsage: "FILE|DIR...",
		Description: "Loads CSV files into Neo4j, telling their kind by the header row:\n" +
			"  articles       the columns of the JSON Lines corpus (id, title, url, outlet,\n" +
			"                 published, authors, text): extracted, then loaded as\n" +
			"                 `newsgraph load` loads documents\n" +
			"  nodes          id:ID(Label) and property columns, as `newsgraph export`\n" +
			"                 writes them (Person.csv: id:ID(Person),:LABEL,name,\n" +
			"                 aliases:string[],titles:string[])\n" +
			"  relationships  :START_ID(Label),:END_ID(Label),:TYPE and property columns\n" +
			"A directory stands for its .csv files. Every file is checked against the\n" +
			"model before anything is written: headers (labels, columns, types), every\n" +
			"row, and the ends of every relationship (in the files given or in the\n" +
			"database). Each problem is printed as file:line:column: message, and then\n" +
			"nothing is written. With --skip-bad-rows the good rows are loaded, the bad\n" +
			"ones go to the --rejects file with the reason, and the exit status is 3.\n\n" +
			"Records are MERGEd on id in transactions of --batch-size, with the rules of\n" +
			"`newsgraph load`: shared entities keep the smallest name and the union of\n" +
			"aliases. Importing the same files again changes nothing.",
		Flags: append([]cli.Flag{
			&cli.BoolFlag{Name: "skip-bad-rows", Usage: "load the good rows of files that have bad ones; the bad ones go to --rejects"},
			&cli.BoolFlag{Name: "dry-run", Aliases: []string{"n"}, Usage: "check the files (ends of relationships in the database too) and write nothing"},
			&cli.StringFlag{Name: "rejects", Usage: "write every bad row, with the reason, to `FILE` (default with --skip-bad-rows: rejects.csv)"},
			&cli.IntFlag{Name: "batch-size", Value: importer.DefaultBatchSize, Usage: "records per transaction"},
			&cli.StringFlag{Name: "array-delimiter", Value: importer.FormatDelimiter(importer.DefaultArrayDelimiter),
				Usage: "list items are separated by `CHAR` (one character, TAB or U+XXXX)"},
			&cli.IntFlag{Name: "workers", Aliases: []string{"j"}, Value: runtime.GOMAXPROCS(0), Usage: "articles extracted in parallel"},
		}, neo4jFlags()...),
		Action: runImport,
	}
}

func runImport(c *cli.Context) error {
	files := c.Args().Slice()
	if len(files) == 0 {
		return usagef("import: give CSV files or directories (e.g. newsgraph import out/ after newsgraph export --csv out)")
	}
	var total int64
	for _, f := range files {
		if f == "-" {
			return usagef("import: - (stdin) cannot be imported: the files are read twice, to check them and to load them; save it to a file")
		}
		if fi, err := os.Stat(f); err == nil {
			if fi.IsDir() {
				total += dirCSVSize(f)
			} else {
				total += fi.Size()
			}
		}
	}
	batch, err := atLeastOne(c, "import", "batch-size")
	if err != nil {
		return err
	}
	workers, err := atLeastOne(c, "import", "workers")
	if err != nil {
		return err
	}
	delim, err := importer.ParseDelimiter(c.String("array-delimiter"))
	if err != nil {
		return usagef("import: --array-delimiter: %v", err)
	}
	skip := c.Bool("skip-bad-rows")
	rejectsPath := c.String("rejects")
	if rejectsPath == "" && skip {
		rejectsPath = "rejects.csv"
	}

	cfg, err := neo4jConfig(c)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	ctx := c.Context
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer db.Close(context.WithoutCancel(ctx))

	rejects := &rejectsFile{path: rejectsPath}
	defer rejects.close()
	bar := newProgress(c, total, "check", true)
	defer bar.Finish()
	opts := importer.Options{
		ArrayDelimiter: delim,
		SkipBadRows:    skip,
		BatchSize:      batch,
		MaxProblems:    maxShownProblems,
		Workers:        workers,
		Progress:       bar.Add,
	}
	if rejectsPath != "" {
		opts.Rejects = rejects.write
	}
	start := time.Now()
	plan, err := importer.Check(ctx, files, importer.NewFinder(db), opts)
	bar.Finish()
	if err != nil {
		if ctx.Err() != nil {
			return withHint(errors.New("import: interrupted while checking the files; nothing was written"), "run it again")
		}
		return fmt.Errorf("import: %w", err)
	}
	if err := rejects.close(); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	stderr := c.App.ErrWriter
	for _, w := range plan.Warnings() {
		fmt.Fprintf(stderr, "newsgraph: import: warning: %v\n", w)
	}
	for _, p := range plan.Problems() {
		fmt.Fprintf(stderr, "newsgraph: import: %v\n", p)
	}
	n := plan.ProblemCount()
	if more := n - int64(len(plan.Problems())); more > 0 {
		fmt.Fprintf(stderr, "newsgraph: import: … and %d more problems\n", more)
	}
	if c.Bool("dry-run") {
		if !c.Bool("quiet") {
			fmt.Fprintf(stderr, "checked %d files in %.1f s: %s; nothing was written (--dry-run)\n",
				len(plan.Files()), time.Since(start).Seconds(), checkSummary(plan))
		}
		if n > 0 {
			return fmt.Errorf("import: %s in the files: %w", nProblems(n), errSomeInputsFailed)
		}
		return nil
	}
	if n > 0 && !skip {
		where := ""
		if rejectsPath != "" {
			where = " (all in " + rejectsPath + ")"
		}
		return withHint(fmt.Errorf("import: %s in the files%s; nothing was written", nProblems(n), where),
			"fix them and run the import again, or load the good rows with --skip-bad-rows (the bad ones go to the --rejects file)")
	}

	w := graph.NewWriter(db, graph.WriterOptions{})
	if err := w.EnsureSchema(ctx); err != nil {
		return fmt.Errorf("import: %w", err)
	}
	bar = newProgress(c, total, "import", true)
	plan.SetProgress(bar.Add)
	st, err := plan.Write(ctx, w)
	bar.Finish()
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	if !c.Bool("quiet") {
		importSummary(stderr, plan, st, w.Stats(), time.Since(start))
	}
	if n > 0 {
		return fmt.Errorf("import: skipped %s (in %s): %w", nBadRows(plan), rejectsPath, errSomeInputsFailed)
	}
	return nil
}

// rejectsFile is the --rejects file, created at the first reject.
type rejectsFile struct {
	path string
	f    *os.File
	w    *importer.RejectsWriter
}

func (r *rejectsFile) write(rej importer.Reject) error {
	if r.w == nil {
		f, err := os.Create(r.path)
		if err != nil {
			return err
		}
		r.f, r.w = f, importer.NewRejectsWriter(f)
	}
	return r.w.Write(rej)
}

func (r *rejectsFile) close() error {
	if r.f == nil {
		return nil
	}
	err := r.w.Flush()
	if cerr := r.f.Close(); err == nil {
		err = cerr
	}
	r.f = nil
	if err != nil {
		return fmt.Errorf("write %s: %w", r.path, err)
	}
	return nil
}

func importSummary(w io.Writer, plan *importer.Plan, st importer.Stats, ws graph.Stats, d time.Duration) {
	files := plan.Files()
	skipped := 0
	for _, f := range files {
		if f.Skipped {
			skipped++
		}
	}
	what := fmt.Sprintf("%d nodes, %d relationships", st.Nodes, st.Relationships)
	if st.Documents > 0 {
		what = nArticles(st.Documents) + ", " + what
	}
	rate := 0.0
	if secs := st.Duration.Seconds(); secs > 0 {
		rate = float64(ws.Nodes+ws.Relationships) / secs
	}
	fmt.Fprintf(w, "imported %d of %d files: %s (%d nodes and %d relationships new) in %.1f s, writing %.0f nodes+relationships/s\n",
		len(files)-skipped, len(files), what, ws.NodesCreated, ws.RelationshipsCreated, d.Seconds(), rate)
}

// checkSummary says what a plan would write.
func checkSummary(p *importer.Plan) string {
	var rows, bad int64
	for _, f := range p.Files() {
		rows += f.Rows
		bad += f.Rejected
	}
	return fmt.Sprintf("%d good rows, %d bad, %s", rows, bad, nProblems(p.ProblemCount()))
}

func nProblems(n int64) string {
	if n == 1 {
		return "1 problem"
	}
	return fmt.Sprintf("%d problems", n)
}

// nBadRows says what the import skipped: "3 bad rows and 1 file".
func nBadRows(p *importer.Plan) string {
	var parts []string
	switch n := p.Rejected(); n {
	case 0:
	case 1:
		parts = append(parts, "1 bad row")
	default:
		parts = append(parts, fmt.Sprintf("%d bad rows", n))
	}
	skipped := 0
	for _, f := range p.Files() {
		if f.Skipped {
			skipped++
		}
	}
	switch skipped {
	case 0:
	case 1:
		parts = append(parts, "1 file")
	default:
		parts = append(parts, fmt.Sprintf("%d files", skipped))
	}
	return strings.Join(parts, " and ")
}

// dirCSVSize is the size of the .csv files of a directory, for the
// progress bar.
func dirCSVSize(dir string) int64 {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	var n int64
	for _, e := range entries {
		if fi, err := e.Info(); err == nil && !e.IsDir() && strings.EqualFold(filepath.Ext(e.Name()), ".csv") {
			n += fi.Size()
		}
	}
	return n
}
