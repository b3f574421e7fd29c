package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"
)

// Exit codes.
const (
	exitOK         = 0
	exitFailure    = 1 // the command failed
	exitUsage      = 2 // bad flags or arguments
	exitSomeFailed = 3 // the command ran, but some inputs could not be processed
)

// newApp builds the newsgraph command line.
func newApp(stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:  "newsgraph",
		Usage: "turn news articles into a knowledge graph in Neo4j",
		Description: "newsgraph extracts people, outlets, countries, organisations, events,\n" +
			"anonymous sources, claims and stances from news articles and loads them\n" +
			"into Neo4j. Neo4j is found through NEO4J_URI, NEO4J_USERNAME,\n" +
			"NEO4J_PASSWORD (or NEO4J_PASSWORD_FILE) and NEO4J_DATABASE.",
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no progress bars or summaries on stderr"},
		},
		Commands: []*cli.Command{
			extractCommand(),
			loadCommand(),
			buildCommand(),
			evalCommand(),
			showCommand(),
			exportCommand(),
			importCommand(),
			queryCommand(),
			browserCommand(),
			benchCommand(),
		},
		ExitErrHandler: func(*cli.Context, error) {}, // run reports errors itself
	}
	// Commands that take files have no help subcommand: urfave/cli would
	// show the help, and exit 0, for an input named "help" or "h".
	for _, c := range app.Commands {
		if len(c.Subcommands) == 0 {
			c.HideHelpCommand = true
		}
	}
	return app
}

// run runs the CLI and turns its error into an exit code, printing the error
// once, as "newsgraph: <command>: <message>", with a hint when there is one.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	app := newApp(stdout, stderr)
	err := app.RunContext(ctx, args)
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(stderr, "newsgraph: %s\n", strings.TrimSpace(err.Error()))
	var h interface{ Hint() string }
	if errors.As(err, &h) && h.Hint() != "" {
		fmt.Fprintf(stderr, "hint: %s\n", h.Hint())
	}
	var ec cli.ExitCoder
	switch {
	case errors.As(err, &ec) && ec.ExitCode() != 0:
		return ec.ExitCode()
	case errors.Is(err, errSomeInputsFailed):
		return exitSomeFailed
	case isUsageError(err):
		return exitUsage
	}
	return exitFailure
}

// errSomeInputsFailed is wrapped by commands that processed what they could
// but had to skip some inputs; the exit code is then exitSomeFailed.
var errSomeInputsFailed = errors.New("some inputs failed")

// usageError is a mistake in how the command was called.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// stdinOnce checks that - (stdin) is among the inputs of command cmd at
// most once.
func stdinOnce(cmd string, inputs []string) error {
	n := 0
	for _, in := range inputs {
		if in == "-" {
			n++
		}
	}
	if n > 1 {
		return usagef("%s: - (stdin) can be given only once", cmd)
	}
	return nil
}

// atLeastOne reads the int flag name of command cmd, which must be at
// least 1: --workers, --batch-size.
func atLeastOne(c *cli.Context, cmd, name string) (int, error) {
	v := c.Int(name)
	if v < 1 {
		return 0, usagef("%s: --%s must be at least 1, not %d", cmd, name, v)
	}
	return v, nil
}

func isUsageError(err error) bool {
	var u usageError
	if errors.As(err, &u) {
		return true
	}
	// urfave/cli's own complaints about flags
	msg := err.Error()
	return strings.HasPrefix(msg, "flag provided but not defined") ||
		strings.HasPrefix(msg, "Required flag") ||
		strings.HasPrefix(msg, "invalid value")
}

// hintError adds a suggestion of what to do next to an error.
type hintError struct {
	err  error
	hint string
}

func (e hintError) Error() string { return e.err.Error() }
func (e hintError) Unwrap() error { return e.err }
func (e hintError) Hint() string  { return e.hint }

func withHint(err error, hint string) error {
	if err == nil {
		return nil
	}
	return hintError{err, hint}
}
