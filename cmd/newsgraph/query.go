package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/queries"
)

func queryCommand() *cli.Command {
	dirFlag := func() cli.Flag {
		return &cli.GenericFlag{Name: "dir", Value: &multiValue{}, EnvVars: []string{"NEWSGRAPH_QUERY_DIR"},
			Usage: "also read the saved queries (.cypher files) in `DIR`, beside the built-in ones (repeatable)"}
	}
	formatFlag := func() cli.Flag {
		return &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table",
			Usage: "output format: table (fit to the terminal), csv or json"}
	}
	widthFlag := func() cli.Flag {
		return &cli.IntFlag{Name: "width", Value: -1, DefaultText: "the terminal's",
			Usage: "widest a table may be, in `COLUMNS` (default: the terminal's width, else $COLUMNS, else no limit; 0 for no limit)"}
	}
	return &cli.Command{
		Name:  "query",
		Usage: "list, show and run the saved Cypher queries",
		Description: "Saved queries ask the questions people ask of a news graph: who is\n" +
			"mentioned most, who said what, who is for or against whom, which claims\n" +
			"rest on anonymous sources. They are .cypher files with a header naming\n" +
			"their parameters; --dir adds your own, written the same way.\n\n" +
			"Flags may come before or after the query name.",
		Subcommands: []*cli.Command{
			{
				Name:      "list",
				Usage:     "list the saved queries",
				ArgsUsage: " ",
				Flags:     []cli.Flag{dirFlag(), formatFlag(), widthFlag()},
				Action:    runQueryList,
			},
			{
				Name:      "show",
				Usage:     "show a saved query: its parameters, an example and its Cypher",
				ArgsUsage: "NAME",
				Flags:     []cli.Flag{dirFlag()},
				Action:    runQueryShow,
			},
			{
				Name:      "run",
				Usage:     "run a saved query against Neo4j",
				ArgsUsage: "NAME [-p key=value ...]",
				Description: "Runs the query with the parameters given by -p key=value (see\n" +
					"`newsgraph query show NAME`); parameters not given take their defaults.\n" +
					"Values are passed to Neo4j as Cypher parameters, never spliced into the\n" +
					"query. Entity parameters take a name, an alias or an id, in any case.\n" +
					"A list<string> is comma-separated (types=Person,Country); a date is\n" +
					"YYYY-MM-DD.",
				Flags: append([]cli.Flag{
					// One name only: urfave/cli copies the value of a flag to its
					// aliases, which would set a repeatable flag twice.
					&cli.GenericFlag{Name: "p", Value: &multiValue{},
						Usage: "set a parameter: `key=value` (repeatable)"},
					formatFlag(),
					widthFlag(),
					dirFlag(),
				}, neo4jFlags()...),
				Action: runQueryRun,
			},
			{
				Name:      "bench",
				Usage:     "measure the latency of saved queries (p50, p95) on the current graph",
				ArgsUsage: "[NAME ...]",
				Description: "Runs each query (every saved query when no NAME is given) with the\n" +
					"parameters of its example, --warmup times unmeasured and then --runs\n" +
					"times, and prints the median (p50), the 95th percentile (p95), the\n" +
					"fastest and the slowest run, in milliseconds, and the rows returned.",
				Flags: append([]cli.Flag{
					&cli.IntFlag{Name: "runs", Aliases: []string{"n"}, Value: 20, Usage: "measured runs per query"},
					&cli.IntFlag{Name: "warmup", Value: 3, Usage: "unmeasured runs per query first"},
					formatFlag(),
					widthFlag(),
					dirFlag(),
				}, neo4jFlags()...),
				Action: runQueryBench,
			},
		},
	}
}

// registry returns the built-in queries plus those of every --dir.
func registry(c *cli.Context) (*queries.Registry, error) {
	reg, err := queries.NewRegistry()
	if err != nil {
		return nil, err
	}
	dirs, _ := c.Generic("dir").(*multiValue)
	if dirs == nil {
		return reg, nil
	}
	for _, d := range dirs.values {
		st, err := os.Stat(d)
		if err == nil && !st.IsDir() {
			err = fmt.Errorf("%s is not a directory", d)
		}
		if err != nil {
			return nil, withHint(err, "give --dir a directory of .cypher files")
		}
		if err := reg.Add(os.DirFS(d), d); err != nil {
			return nil, withHint(err, "fix the file, following the header format of `newsgraph query show overview`")
		}
	}
	return reg, nil
}

// getQuery returns the query the first argument names.
func getQuery(c *cli.Context, args []string, cmd string) (*queries.Query, error) {
	if len(args) == 0 {
		return nil, withHint(usagef("%s: give the name of a saved query", cmd),
			"`newsgraph query list` lists them")
	}
	reg, err := registry(c)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", cmd, err)
	}
	q, err := reg.Get(args[0])
	if err != nil {
		var nf *queries.NotFoundError
		if errors.As(err, &nf) {
			return nil, withHint(usagef("%s: %v", cmd, err), nf.Hint())
		}
		return nil, err
	}
	return q, nil
}

func outputFormat(c *cli.Context, cmd string) (queries.Format, error) {
	f, err := queries.ParseFormat(c.String("format"))
	if err != nil {
		return "", usagef("%s: --format: %v", cmd, err)
	}
	return f, nil
}

func runQueryList(c *cli.Context) error {
	args, done, err := interspersed(c)
	if done || err != nil {
		return err
	}
	if len(args) > 0 {
		return usagef("query list: takes no arguments, not %q (to see one query: newsgraph query show NAME)", args[0])
	}
	f, err := outputFormat(c, "query list")
	if err != nil {
		return err
	}
	reg, err := registry(c)
	if err != nil {
		return fmt.Errorf("query list: %w", err)
	}
	res := &queries.Result{Columns: []string{"name", "parameters", "description"}}
	for _, q := range reg.List() {
		var ps []string
		for _, p := range q.Params {
			if p.Required {
				ps = append(ps, p.Name)
			} else {
				ps = append(ps, "["+p.Name+"]")
			}
		}
		res.Rows = append(res.Rows, []any{q.Name, strings.Join(ps, " "), q.Description})
	}
	return res.Write(c.App.Writer, f, tableWidth(c))
}

func runQueryShow(c *cli.Context) error {
	args, done, err := interspersed(c)
	if done || err != nil {
		return err
	}
	q, err := getQuery(c, args, "query show")
	if err != nil {
		return err
	}
	if len(args) > 1 {
		return usagef("query show: one query at a time, not %d", len(args))
	}
	w := c.App.Writer
	origin := "built in"
	if !q.Builtin {
		origin = q.File
	}
	fmt.Fprintf(w, "%s — %s\n(%s)\n\n", q.Name, q.Description, origin)
	if len(q.Params) == 0 {
		fmt.Fprintln(w, "Parameters: none")
	} else {
		fmt.Fprintln(w, "Parameters:")
		for _, p := range q.Params {
			fmt.Fprintf(w, "  -p %s\n", p.Usage())
		}
	}
	fmt.Fprintln(w, "\nExample:")
	fmt.Fprintf(w, "  newsgraph query run %s\n", strings.Join(append([]string{q.Name}, q.ExampleArgs()...), " "))
	if q.Notes != "" {
		fmt.Fprintln(w, "\nNotes:")
		for _, ln := range strings.Split(q.Notes, "\n") {
			fmt.Fprintln(w, strings.TrimRight("  "+ln, " "))
		}
	}
	fmt.Fprintln(w, "\nCypher:")
	_, err = fmt.Fprintln(w, q.Cypher)
	return err
}

func runQueryRun(c *cli.Context) error {
	args, done, err := interspersed(c)
	if done || err != nil {
		return err
	}
	q, err := getQuery(c, args, "query run")
	if err != nil {
		return err
	}
	if len(args) > 1 {
		return withHint(usagef("query run: unexpected %q after the query name", args[1]),
			"parameters are given as -p key=value, e.g. "+strings.Join(append([]string{"newsgraph query run", q.Name}, q.ExampleArgs()...), " "))
	}
	f, err := outputFormat(c, "query run")
	if err != nil {
		return err
	}
	var given []string
	if pv, ok := c.Generic("p").(*multiValue); ok {
		given = pv.values
	}
	text, err := queries.ParseAssignments(given)
	if err != nil {
		return withHint(usagef("query run: -p: %v", err), q.Usage())
	}
	params, err := q.Values(text)
	if err != nil {
		var pe *queries.ParamError
		if errors.As(err, &pe) {
			return withHint(usagef("query run: %v", err), pe.Hint())
		}
		return err
	}
	cfg, err := neo4jConfig(c)
	if err != nil {
		return fmt.Errorf("query run: %w", err)
	}
	ctx := c.Context
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		return fmt.Errorf("query run: %w", err)
	}
	defer db.Close(context.WithoutCancel(ctx))
	res, err := queries.Run(ctx, db, q, params)
	if err != nil {
		return withHint(fmt.Errorf("query run: %w", err), runHint(err, q))
	}
	return res.Write(c.App.Writer, f, tableWidth(c))
}

func runQueryBench(c *cli.Context) error {
	args, done, err := interspersed(c)
	if done || err != nil {
		return err
	}
	f, err := outputFormat(c, "query bench")
	if err != nil {
		return err
	}
	runs, warmup := c.Int("runs"), c.Int("warmup")
	if runs < 1 || warmup < 0 {
		return usagef("query bench: --runs must be at least 1 and --warmup at least 0, not %d and %d", runs, warmup)
	}
	reg, err := registry(c)
	if err != nil {
		return fmt.Errorf("query bench: %w", err)
	}
	var list []*queries.Query
	if len(args) == 0 {
		list = reg.List()
	}
	for _, a := range args {
		q, err := getQuery(c, []string{a}, "query bench")
		if err != nil {
			return err
		}
		list = append(list, q)
	}
	cfg, err := neo4jConfig(c)
	if err != nil {
		return fmt.Errorf("query bench: %w", err)
	}
	ctx := c.Context
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		return fmt.Errorf("query bench: %w", err)
	}
	defer db.Close(context.WithoutCancel(ctx))
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	res := &queries.Result{Columns: []string{"query", "rows", "runs", "p50_ms", "p95_ms", "min_ms", "max_ms"}}
	bar := newProgress(c, int64(len(list)), "bench", false)
	for _, q := range list {
		bar.Describe(q.Name)
		params, err := q.ExampleValues()
		if err != nil {
			bar.Finish()
			return fmt.Errorf("query bench: %w", err)
		}
		t, err := queries.Time(ctx, db, q, params, warmup, runs)
		if err != nil {
			bar.Finish()
			return fmt.Errorf("query bench: %w", err)
		}
		res.Rows = append(res.Rows, []any{q.Name, int64(t.Rows), int64(t.Runs), ms(t.P50), ms(t.P95), ms(t.Min), ms(t.Max)})
		bar.Add(1)
	}
	bar.Finish()
	return res.Write(c.App.Writer, f, tableWidth(c))
}

// runHint says what to do about a query that Neo4j could not run.
func runHint(err error, q *queries.Query) string {
	if strings.Contains(err.Error(), "no such fulltext schema index") {
		return "the database has no newsgraph indexes yet: load a graph first (newsgraph build or newsgraph load create them)"
	}
	return "check the parameters (newsgraph query show " + q.Name + ")"
}

// tableWidth is the width tables are fitted to: --width when given, else
// the terminal's when stdout is one, else $COLUMNS, else 0 (no limit).
func tableWidth(c *cli.Context) int {
	if w := c.Int("width"); w >= 0 {
		return w
	}
	if f, ok := c.App.Writer.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if width, _, err := term.GetSize(int(f.Fd())); err == nil && width > 0 {
			return width
		}
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return 0
}

// multiValue is a repeatable flag whose values are kept as given (unlike
// cli.StringSliceFlag, it does not split them at commas: -p
// types=Person,Country is one parameter).
type multiValue struct{ values []string }

func (m *multiValue) Set(s string) error { m.values = append(m.values, s); return nil }
func (m *multiValue) String() string {
	if m == nil {
		return ""
	}
	return strings.Join(m.values, " ")
}

// interspersed lets a command's flags follow its arguments ("query run
// NAME -p key=value"): urfave/cli v2 stops reading flags at the first
// argument and leaves the rest among the arguments. It reads those flags,
// sets them on c and returns the arguments proper. "--" ends the flags.
// When one of them is --help it prints the command's help instead, and
// done is set: the command has nothing more to do.
func interspersed(c *cli.Context) (args []string, done bool, err error) {
	set := flag.NewFlagSet(c.Command.Name, flag.ContinueOnError)
	set.SetOutput(io.Discard)
	var settings [][2]string
	for _, f := range c.Command.Flags {
		_, isBool := f.(*cli.BoolFlag)
		names := f.Names()
		for _, n := range names {
			set.Var(&flagRecorder{name: names[0], isBool: isBool, out: &settings}, n, "")
		}
	}
	var pos []string
	rest := c.Args().Slice()
	for len(rest) > 0 {
		a := rest[0]
		if a == "--" {
			pos = append(pos, rest[1:]...)
			break
		}
		if !strings.HasPrefix(a, "-") || a == "-" {
			pos = append(pos, a)
			rest = rest[1:]
			continue
		}
		if err := set.Parse(rest); err != nil {
			return nil, false, usagef("%s", err)
		}
		n := set.Args()
		if consumed := len(rest) - len(n); consumed > 0 && rest[consumed-1] == "--" {
			pos = append(pos, n...)
			break
		}
		rest = n
	}
	for _, s := range settings {
		if s[0] == "help" {
			cli.HelpPrinter(c.App.Writer, cli.CommandHelpTemplate, c.Command)
			return nil, true, nil
		}
		if err := c.Set(s[0], s[1]); err != nil {
			return nil, false, usagef("invalid value %q for flag -%s: %v", s[1], s[0], err)
		}
	}
	return pos, false, nil
}

// flagRecorder records the flags interspersed reads.
type flagRecorder struct {
	name   string
	isBool bool
	out    *[][2]string
}

func (r *flagRecorder) Set(s string) error { *r.out = append(*r.out, [2]string{r.name, s}); return nil }
func (r *flagRecorder) String() string     { return "" }
func (r *flagRecorder) IsBoolFlag() bool   { return r.isBool }
