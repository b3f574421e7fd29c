package main

import (
	"bytes"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"

	"github.com/urfave/cli/v2"

	"github.com/newsgraph/newsgraph/queries/browser"
)

func browserCommand() *cli.Command {
	return &cli.Command{
		Name:  "browser",
		Usage: "print (or open) a Neo4j Browser URL for the configured database, with a starter query",
		Description: "Prints the URL of Neo4j Browser, connecting to the configured database\n" +
			"with a starter query in its editor (--query NAME puts a saved query there\n" +
			"instead, with its parameters as :param lines; --style the command that\n" +
			"applies newsgraph's colours and captions). Browser asks for the password.\n\n" +
			"`newsgraph browser export DIR` writes the style sheet newsgraph.grass and\n" +
			"the saved queries as Browser scripts and as a favourites zip: drop the\n" +
			"zip (or the .grass file) on Browser's Favorites drawer to import it.\n" +
			"Each query comes with a script that sets its parameters (:param lines):\n" +
			"run that first, then the query.",
		ArgsUsage: " ",
		Flags: append([]cli.Flag{
			&cli.BoolFlag{Name: "open", Usage: "open the URL in the desktop's web browser too"},
			&cli.StringFlag{Name: "query", Usage: "put the saved query `NAME` in the editor instead of the starter query"},
			&cli.BoolFlag{Name: "style", Usage: "put the :style command that applies newsgraph.grass in the editor (run it once)"},
			&cli.StringFlag{Name: "http", EnvVars: []string{"NEWSGRAPH_NEO4J_HTTP_URL"},
				Usage: "the server's HTTP `URL`, where Browser is (default: port 7474 of the --uri host)"},
			&cli.GenericFlag{Name: "dir", Value: &multiValue{}, EnvVars: []string{"NEWSGRAPH_QUERY_DIR"},
				Usage: "also read the saved queries (.cypher files) in `DIR` (repeatable)"},
		}, neo4jFlags()...),
		Action: runBrowser,
		Subcommands: []*cli.Command{
			{
				Name:      "export",
				Usage:     "write newsgraph.grass and the saved queries as Browser scripts and favourites",
				ArgsUsage: "DIR",
				Description: "Writes into DIR (created if missing):\n" +
					"  newsgraph.grass            the style sheet: drop it on Browser's Favorites\n" +
					"                             drawer, or run :style and paste it\n" +
					"  newsgraph-favorites.zip    every saved query as a favourite, in a\n" +
					"                             \"newsgraph\" folder: drop it on the Favorites drawer\n" +
					"  scripts/NAME.cypher        each saved query as a Browser script\n" +
					"  scripts/NAME.params.cypher the :param lines that set its parameters (to the\n" +
					"                             example's values): run them first",
				Flags: []cli.Flag{
					&cli.GenericFlag{Name: "dir", Value: &multiValue{}, EnvVars: []string{"NEWSGRAPH_QUERY_DIR"},
						Usage: "also export the saved queries (.cypher files) in `DIR` (repeatable)"},
				},
				Action: runBrowserExport,
			},
		},
	}
}

func runBrowser(c *cli.Context) error {
	args, done, err := interspersed(c)
	if done || err != nil {
		return err
	}
	if len(args) > 0 {
		return usagef("browser: unexpected argument %q (to write the style and scripts: newsgraph browser export DIR)", args[0])
	}
	cfg, err := neo4jConfig(c)
	if err != nil {
		return fmt.Errorf("browser: %w", err)
	}
	editor := browser.Starter
	then := "" // what to do after running the editor
	switch name := c.String("query"); {
	case name != "" && c.Bool("style"):
		return usagef("browser: --query and --style both fill the editor: give one")
	case c.Bool("style"):
		editor = browser.StyleCommand()
	case name != "":
		q, err := getQuery(c, []string{name}, "browser")
		if err != nil {
			return err
		}
		if editor, err = browser.ParamScript(q); err != nil {
			return fmt.Errorf("browser: %w", err)
		}
		if editor == "" {
			editor = browser.Script(q)
		} else {
			then = "then run the query " + q.Name + ": the favourite of that name (see `newsgraph browser export`), or paste it from `newsgraph query show " + q.Name + "`"
		}
	}
	httpURL := c.String("http")
	if httpURL == "" {
		httpURL, err = defaultHTTP(cfg.URI)
		if err != nil {
			return withHint(fmt.Errorf("browser: %w", err), "give Browser's address with --http http://HOST:7474")
		}
	}
	link := browser.Link{HTTP: httpURL, Bolt: cfg.URI, User: cfg.Username, Database: cfg.Database, Editor: editor}
	u, err := link.URL()
	if err != nil {
		return withHint(usagef("browser: %v", err), "check --http and --uri")
	}
	fmt.Fprintln(c.App.Writer, u)
	if !c.Bool("quiet") {
		fmt.Fprintf(c.App.ErrWriter, "Open it, log in as %s with the Neo4j password, and press Ctrl+Enter to run what is in the editor.\n", cfg.Username)
		if then != "" {
			fmt.Fprintf(c.App.ErrWriter, "It sets the parameters; %s.\n", then)
		}
		if !c.Bool("style") {
			fmt.Fprintln(c.App.ErrWriter, "For newsgraph's colours and captions run once what `newsgraph browser --style` puts in the editor.")
		}
	}
	if c.Bool("open") {
		if err := openURL(u); err != nil {
			return withHint(fmt.Errorf("browser: open the URL: %w", err), "copy the URL above into a web browser")
		}
	}
	return nil
}

// defaultHTTP guesses Browser's address from the Bolt URI: the same host,
// port 7474.
func defaultHTTP(boltURI string) (string, error) {
	u, err := url.Parse(boltURI)
	if err != nil || u.Hostname() == "" {
		return "", fmt.Errorf("cannot tell Browser's address from the Neo4j URI %q", boltURI)
	}
	return "http://" + net.JoinHostPort(u.Hostname(), "7474"), nil
}

// openURL opens u in the desktop's web browser: $BROWSER when set, else
// the platform's opener.
func openURL(u string) error {
	var cmd *exec.Cmd
	switch b := os.Getenv("BROWSER"); {
	case b != "":
		cmd = exec.Command(b, u)
	case runtime.GOOS == "darwin":
		cmd = exec.Command("open", u)
	case runtime.GOOS == "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", u)
	default:
		cmd = exec.Command("xdg-open", u)
	}
	return cmd.Start()
}

func runBrowserExport(c *cli.Context) error {
	args, done, err := interspersed(c)
	if done || err != nil {
		return err
	}
	if len(args) != 1 {
		return usagef("browser export: give one directory to write into (e.g. newsgraph browser export browser-files)")
	}
	dir := args[0]
	reg, err := registry(c)
	if err != nil {
		return fmt.Errorf("browser export: %w", err)
	}
	qs := reg.List()
	var zipped bytes.Buffer
	if err := browser.WriteFavorites(&zipped, qs); err != nil {
		return fmt.Errorf("browser export: %w", err)
	}
	files := map[string][]byte{
		"newsgraph.grass":         browser.Style(),
		"newsgraph-favorites.zip": zipped.Bytes(),
	}
	scripts, err := browser.Files(qs)
	if err != nil {
		return fmt.Errorf("browser export: %w", err)
	}
	for name, s := range scripts {
		files[filepath.Join("scripts", name)] = []byte(s)
	}
	if err := os.MkdirAll(filepath.Join(dir, "scripts"), 0o755); err != nil {
		return withHint(fmt.Errorf("browser export: %w", err), "give a directory you can write to")
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return withHint(fmt.Errorf("browser export: %w", err), "give a directory you can write to")
		}
	}
	if !c.Bool("quiet") {
		fmt.Fprintf(c.App.ErrWriter, "wrote %s: newsgraph.grass, newsgraph-favorites.zip and %d scripts\n", dir, len(scripts))
	}
	return nil
}
