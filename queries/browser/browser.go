// Package browser makes a newsgraph graph pleasant to explore in Neo4j
// Browser: a style sheet (newsgraph.grass) that gives each label a colour
// and a caption, the saved queries as Browser scripts and favourites, and
// links that open Browser on a database with a query in its editor.
package browser

import (
	"archive/zip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/queries"
)

//go:embed newsgraph.grass
var style []byte

// Style returns the GraSS style sheet newsgraph.grass: a colour and a
// caption for every label (name, or title for an Article, description for
// a Source, text for a Claim) and the polarity as the caption of STANCE.
// Load it in Browser by dropping the file on the Favorites drawer, or by
// running `:style` followed by its text (see StyleCommand).
func Style() []byte { return append([]byte(nil), style...) }

var hexColour = regexp.MustCompile(`#([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})\b`)

// StyleCommand returns the Browser command that applies the style: `:style`
// and the style sheet, with colours written as rgb() and on one line, so that
// it survives being passed in a Browser URL (see Link), which cannot carry
// '#'.
func StyleCommand() string {
	s := hexColour.ReplaceAllStringFunc(string(style), func(h string) string {
		m := hexColour.FindStringSubmatch(h)
		var c [3]int64
		for i := range c {
			c[i], _ = strconv.ParseInt(m[i+1], 16, 0)
		}
		return fmt.Sprintf("rgb(%d,%d,%d)", c[0], c[1], c[2])
	})
	return ":style " + strings.Join(strings.Fields(s), " ")
}

// Starter is the query Browser's editor opens with: the most-mentioned
// person, the latest articles that mention them and their outlets, and the
// stances those articles report toward them — a small graph to click
// through.
const Starter = `// newsgraph: the most-mentioned person, recent articles about them, their outlets and the stances they report
MATCH (p:Person)
WITH p ORDER BY COUNT { (p)<-[:MENTIONS]-() } DESC LIMIT 1
MATCH (p)<-[:MENTIONS]-(a:Article)-[:PUBLISHED_BY]->(o:Outlet)
WITH p, a, o ORDER BY a.published DESC LIMIT 20
OPTIONAL MATCH (h)-[s:STANCE {article: a.id}]->(p)
RETURN p, a, o, h, s`

// Link says where Neo4j Browser is and what it should connect to.
type Link struct {
	// HTTP is the server's HTTP address, such as http://127.0.0.1:7474;
	// Browser is at its /browser/ path.
	HTTP string
	// Bolt is the URI Browser connects to, such as neo4j://127.0.0.1:7687;
	// user information in it is replaced by User.
	Bolt string
	// User fills in the user of Browser's connection form.
	User string
	// Database is the database to use ("" for the server's default).
	Database string
	// Editor is put in Browser's editor, not run: a query, or a command
	// such as StyleCommand(). It must not contain '&' or '#', which
	// Browser's reading of its URL cannot carry.
	Editor string
}

// URL returns the Browser URL of l:
//
//	http://127.0.0.1:7474/browser/?dbms=neo4j://neo4j@127.0.0.1:7687&db=neo4j&cmd=edit&arg=...
//
// The password is never part of it: Browser asks for it.
func (l Link) URL() (string, error) {
	base, err := url.Parse(l.HTTP)
	if err != nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return "", fmt.Errorf("browser address %q is not an http:// or https:// URL", l.HTTP)
	}
	bolt, err := url.Parse(l.Bolt)
	if err != nil || bolt.Host == "" {
		return "", fmt.Errorf("bolt URI %q is not a URI such as neo4j://127.0.0.1:7687", l.Bolt)
	}
	bolt.User = nil
	if l.User != "" {
		bolt.User = url.User(l.User)
	}
	if strings.ContainsAny(l.Editor, "&#") {
		return "", errors.New("the editor text contains '&' or '#', which Neo4j Browser cannot read from a URL")
	}
	base.Path = strings.TrimSuffix(base.Path, "/") + "/browser/"
	base.RawQuery = ""
	base.Fragment = ""
	q := "dbms=" + url.QueryEscape(bolt.String())
	if l.Database != "" {
		q += "&db=" + url.QueryEscape(l.Database)
	}
	if l.Editor != "" {
		q += "&cmd=edit&arg=" + escapeArg(l.Editor)
	}
	return base.String() + "?" + q, nil
}

// escapeArg percent-encodes s like JavaScript's encodeURIComponent: Browser
// decodes the whole URL once, after turning '+' into spaces, so spaces are
// %20 and '+' is %2B.
func escapeArg(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}

// Script returns q as a Neo4j Browser script: a first comment line with its
// name and description (Browser's name for a favourite), a line saying how
// to set its parameters, and the query. Browser shows the rows of a script
// of one statement only, so the parameters are set apart, by ParamScript.
func Script(q *queries.Query) string {
	var b strings.Builder
	fmt.Fprintf(&b, "// %s: %s\n", q.Name, q.Description)
	if len(q.Params) > 0 {
		fmt.Fprintf(&b, "// Set the parameters first: run %q (or :param NAME => VALUE for each of %s).\n",
			ParamScriptName(q), paramNames(q))
	}
	b.WriteString(q.Cypher)
	b.WriteString("\n")
	return b.String()
}

// ParamScriptName is the name of q's ParamScript in Browser.
func ParamScriptName(q *queries.Query) string { return q.Name + ": parameters" }

// ParamScript returns a Browser script that sets q's parameters, one
// `:param name => value;` line each, to the values of the query's example,
// else the defaults: edit them and run it before Script(q). The arrow form
// keeps integers integers (`:params {...}` would make them floats). It is
// "" when q takes no parameters.
func ParamScript(q *queries.Query) (string, error) {
	if len(q.Params) == 0 {
		return "", nil
	}
	params, err := q.ExampleValues()
	if err != nil {
		return "", fmt.Errorf("parameter script of %s: %w", q.Name, err)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "// %s\n", ParamScriptName(q))
	for _, p := range q.Params {
		fmt.Fprintf(&b, ":param %s => %s;\n", p.Name, queries.CypherLiteral(params[p.Name]))
	}
	return b.String(), nil
}

func paramNames(q *queries.Query) string {
	names := make([]string, len(q.Params))
	for i, p := range q.Params {
		names[i] = p.Name
	}
	return strings.Join(names, ", ")
}

// Folder is the favourites folder of the scripts WriteFavorites writes.
const Folder = "newsgraph"

// Files returns the Browser scripts of the queries by file name:
// NAME.cypher (Script) and, for a query with parameters,
// NAME.params.cypher (ParamScript).
func Files(qs []*queries.Query) (map[string]string, error) {
	out := make(map[string]string, 2*len(qs))
	for _, q := range qs {
		out[q.Name+queries.Ext] = Script(q)
		ps, err := ParamScript(q)
		if err != nil {
			return nil, err
		}
		if ps != "" {
			out[q.Name+".params"+queries.Ext] = ps
		}
	}
	return out, nil
}

// WriteFavorites writes the queries' Browser scripts (see Files) as a zip,
// Folder/FILE each, as Browser itself exports favourites: drop the file on
// Browser's Favorites drawer to import them all into a "newsgraph" folder.
func WriteFavorites(w io.Writer, qs []*queries.Query) error {
	files, err := Files(qs)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	zw := zip.NewWriter(w)
	for _, n := range names {
		f, err := zw.CreateHeader(&zip.FileHeader{
			Name:     Folder + "/" + n,
			Method:   zip.Deflate,
			Modified: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), // reproducible
		})
		if err != nil {
			return fmt.Errorf("write favourites: %w", err)
		}
		if _, err := io.WriteString(f, files[n]); err != nil {
			return fmt.Errorf("write favourites: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write favourites: %w", err)
	}
	return nil
}
