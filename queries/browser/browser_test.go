package browser_test

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/chromium"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
	"github.com/newsgraph/newsgraph/queries"
	"github.com/newsgraph/newsgraph/queries/browser"
	"github.com/newsgraph/newsgraph/queries/querytest"
)

func builtin(t *testing.T, name string) *queries.Query {
	t.Helper()
	reg, err := queries.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	q, err := reg.Get(name)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestStyle(t *testing.T) {
	style := string(browser.Style())
	captions := map[graph.Label]string{
		graph.LabelArticle: "{title}", graph.LabelPerson: "{name}", graph.LabelOutlet: "{name}",
		graph.LabelCountry: "{name}", graph.LabelOrganization: "{name}", graph.LabelEvent: "{name}",
		graph.LabelSource: "{description}", graph.LabelClaim: "{text}",
	}
	colours := map[string]graph.Label{}
	for _, l := range graph.Labels {
		m := regexp.MustCompile(`(?s)\nnode\.` + string(l) + ` \{(\n.*?)\n\}`).FindStringSubmatch(style)
		if m == nil {
			t.Errorf("no style for %s", l)
			continue
		}
		if !strings.Contains(m[1], `caption: "`+captions[l]+`";`) {
			t.Errorf("%s: caption is not %s:%s", l, captions[l], m[1])
		}
		c := regexp.MustCompile(`\n  color: (#[0-9A-F]{6});`).FindStringSubmatch(m[1])
		if c == nil {
			t.Errorf("%s: no colour:%s", l, m[1])
			continue
		}
		if other, ok := colours[c[1]]; ok {
			t.Errorf("%s has the colour of %s", l, other)
		}
		colours[c[1]] = l
	}

	cmd := browser.StyleCommand()
	if !strings.HasPrefix(cmd, ":style node { diameter: 50px; color: rgb(165,171,182);") || strings.ContainsAny(cmd, "#\n&") {
		t.Errorf("StyleCommand does not start like the style sheet, or holds '#', '&' or a line break: %.120s", cmd)
	}
	if !strings.Contains(cmd, "node.Source { color: rgb(255,196,84);") {
		t.Errorf("StyleCommand: Source is not rgb(255,196,84) (#FFC454): %s", cmd)
	}
}

// browserArg reads the editor text out of a Browser URL as Neo4j Browser
// 5.24 does (populateEditorFromUrlEpic): '+' becomes a space, the whole
// URL is decoded once, and each arg= runs to the next '&' or '#'.
func browserArg(t *testing.T, u string) string {
	t.Helper()
	dec, err := url.PathUnescape(strings.ReplaceAll(u, "+", " "))
	if err != nil {
		t.Fatalf("Browser cannot decode %s: %v", u, err)
	}
	var args []string
	for _, m := range regexp.MustCompile(`[?&]arg=([^&#]*)`).FindAllStringSubmatch(dec, -1) {
		args = append(args, m[1])
	}
	return strings.Join(args, "\n")
}

func TestLinkURL(t *testing.T) {
	link := browser.Link{HTTP: "http://127.0.0.1:7474", Bolt: "neo4j://someone@127.0.0.1:7687", User: "neo4j", Database: "neo4j",
		Editor: "MATCH (n) RETURN n"}
	got, err := link.URL()
	if err != nil {
		t.Fatal(err)
	}
	want := "http://127.0.0.1:7474/browser/?dbms=neo4j%3A%2F%2Fneo4j%40127.0.0.1%3A7687&db=neo4j&cmd=edit&arg=MATCH%20%28n%29%20RETURN%20n"
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	u, _ := url.Parse(got)
	if dbms := u.Query().Get("dbms"); dbms != "neo4j://neo4j@127.0.0.1:7687" {
		t.Errorf("got dbms %q, want neo4j://neo4j@127.0.0.1:7687", dbms)
	}

	// Everything newsgraph puts in the editor survives Browser's reading.
	reg, err := queries.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{browser.Starter, browser.StyleCommand(), "RETURN 1 + 2 AS `100%`, '50% off' AS s"}
	for _, q := range reg.List() {
		ps, err := browser.ParamScript(q)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, ps, browser.Script(q))
	}
	for _, text := range texts {
		if text == "" {
			continue
		}
		link.Editor = text
		u, err := link.URL()
		if err != nil {
			t.Errorf("URL of %.40q: %v", text, err)
			continue
		}
		if got := browserArg(t, u); got != text {
			t.Errorf("Browser reads the editor text\n%s\nas\n%s", text, got)
		}
	}

	for _, bad := range []browser.Link{
		{HTTP: "ftp://x", Bolt: "bolt://x:7687"},
		{HTTP: "http://x:7474", Bolt: "not a uri"},
		{HTTP: "http://x:7474", Bolt: "bolt://x:7687", Editor: "RETURN 1 // a & b"},
		{HTTP: "http://x:7474", Bolt: "bolt://x:7687", Editor: "RETURN '#1'"},
	} {
		if _, err := bad.URL(); err == nil {
			t.Errorf("URL of %+v: got no error", bad)
		}
	}
}

func TestScripts(t *testing.T) {
	q := builtin(t, "stances-toward")
	ps, err := browser.ParamScript(q)
	if err != nil {
		t.Fatal(err)
	}
	wantPS := `// stances-toward: parameters
:param target => 'Donald Trump';
:param polarity => '';
:param min_score => 0.0;
:param limit => 50;
`
	if diff := cmp.Diff(wantPS, ps); diff != "" {
		t.Errorf("ParamScript mismatch (-want +got):\n%s", diff)
	}
	s := browser.Script(q)
	wantHead := "// stances-toward: " + q.Description + "\n" +
		`// Set the parameters first: run "stances-toward: parameters" (or :param NAME => VALUE for each of target, polarity, min_score, limit).` + "\n" +
		q.Cypher + "\n"
	if diff := cmp.Diff(wantHead, s); diff != "" {
		t.Errorf("Script mismatch (-want +got):\n%s", diff)
	}
	if ps, err := browser.ParamScript(builtin(t, "overview")); ps != "// overview: parameters\n:param top => 10;\n" || err != nil {
		t.Errorf("overview ParamScript: got %q, %v", ps, err)
	}
}

func TestWriteFavorites(t *testing.T) {
	reg, err := queries.NewRegistry()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := browser.WriteFavorites(&b, reg.List()); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	files, err := browser.Files(reg.List())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(r)
		r.Close()
		got[f.Name] = string(data)
	}
	want := map[string]string{}
	for n, s := range files {
		want["newsgraph/"+n] = s
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("zip mismatch (-want +got):\n%s", diff)
	}
	if _, ok := got["newsgraph/claims-by.params.cypher"]; !ok || len(got) != 2*len(reg.List()) {
		t.Errorf("got %d files, want a script and a parameter script for each of the %d queries", len(got), len(reg.List()))
	}
	// Reproducible: the same bytes again.
	var again bytes.Buffer
	if err := browser.WriteFavorites(&again, reg.List()); err != nil || !bytes.Equal(b.Bytes(), again.Bytes()) {
		t.Errorf("a second WriteFavorites differs (%v)", err)
	}
}

// httpAddress is where the test Neo4j serves Browser: $NEWSGRAPH_NEO4J_HTTP_URL
// (scripts/neo4j.sh env sets it), else port 7474 of the Bolt host.
func httpAddress(t *testing.T, boltURI string) string {
	t.Helper()
	if u := os.Getenv("NEWSGRAPH_NEO4J_HTTP_URL"); u != "" {
		return u
	}
	u, err := url.Parse(boltURI)
	if err != nil {
		t.Fatal(err)
	}
	return "http://" + net.JoinHostPort(u.Hostname(), "7474")
}

// paste puts text into Browser's editor the way a user's paste does (typing
// it would let the editor close brackets on its own).
func paste(ctx context.Context, t *testing.T, c *chromium.Chrome, text string) {
	t.Helper()
	js, _ := json.Marshal(text)
	err := c.Eval(ctx, `(() => {
  const ta = document.querySelector('[data-testid=activeEditor] textarea');
  ta.focus();
  const dt = new DataTransfer();
  dt.setData('text/plain', `+string(js)+`);
  ta.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true}));
})()`, nil)
	if err != nil {
		t.Fatalf("paste into the editor: %v", err)
	}
}

// TestBrowser opens the real Neo4j Browser of the test server in headless
// Chromium, logs in through its connection form, sets the parameters of the
// saved query stances-toward with its parameter script, runs the query and
// checks its rows, then applies newsgraph.grass and draws a graph, checking
// the colours; it saves a screenshot of each (t.ArtifactDir: keep them with
// go test -artifacts -outputdir DIR).
func TestBrowser(t *testing.T) {
	bin := chromium.Find(t)
	querytest.Load(t)
	cfg := neo4jtest.Config(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	q := builtin(t, "stances-toward")
	params, err := browser.ParamScript(q)
	if err != nil {
		t.Fatal(err)
	}
	link := browser.Link{HTTP: httpAddress(t, cfg.URI), Bolt: cfg.URI, User: cfg.Username, Database: cfg.Database, Editor: params}
	u, err := link.URL()
	if err != nil {
		t.Fatal(err)
	}
	c := chromium.Start(t, bin, 1400, 1000)
	artifacts := t.ArtifactDir()
	fail := func(format string, args ...any) {
		t.Helper()
		shot := filepath.Join(artifacts, "failure.png")
		if err := c.Screenshot(ctx, shot); err == nil {
			t.Logf("screenshot of the failure: %s", shot)
		}
		t.Fatalf(format, args...)
	}
	step := func(what string, err error) {
		t.Helper()
		if err != nil {
			fail("%s: %v", what, err)
		}
	}

	step("enable page events", c.Call(ctx, "Page.enable", nil, nil))
	step("open "+u, c.Call(ctx, "Page.navigate", map[string]any{"url": u}, nil))
	step("wait for the connection form", c.WaitFor(ctx, `document.querySelector('[data-testid=password]')`, 90*time.Second))
	var form struct{ User, DB string }
	step("read the form", c.Eval(ctx, `({User: document.querySelector('[data-testid=username]').value, DB: document.querySelector('[data-testid=database]')?.value ?? ''})`, &form))
	if form.User != cfg.Username {
		fail("the URL filled in user %q, want %q", form.User, cfg.Username)
	}
	step("focus the password field", c.Eval(ctx, `document.querySelector('[data-testid=password]').focus()`, nil))
	step("type the password", c.Call(ctx, "Input.insertText", map[string]any{"text": cfg.Password}, nil))
	step("connect", c.Eval(ctx, `document.querySelector('[data-testid=connect]').click()`, nil))
	step("wait to be connected", c.WaitFor(ctx, `!document.querySelector('[data-testid=disconnectedBanner]') && document.body.innerText.includes('You are connected as user `+cfg.Username+`')`, 60*time.Second))

	// The parameter script, from the URL, is in the editor.
	step("run the parameter script", c.Eval(ctx, `document.querySelector('[data-testid=editor-Run]').click()`, nil))
	step("wait for the parameters", c.WaitFor(ctx, `document.querySelectorAll('[data-testid=multi-statement-list-icon][title="Status: success"]').length == `+
		strconv.Itoa(len(q.Params)), 60*time.Second))

	paste(ctx, t, c, browser.Script(q))
	step("run the query", c.Eval(ctx, `document.querySelector('[data-testid=editor-Run]').click()`, nil))
	step("wait for its rows", c.WaitFor(ctx, `document.querySelector('[data-testid=frame]').innerText.includes('senior regional official')`, 60*time.Second))
	var frame string
	step("read the result", c.Eval(ctx, `document.querySelector('[data-testid=frame]').innerText`, &frame))
	row := regexp.MustCompile(`(?m)^.*"senior regional official".*$`).FindString(frame)
	if !strings.Contains(row, `"Donald Trump"`) || !strings.Contains(row, `"positive"`) || !strings.Contains(row, `"Meduza"`) {
		fail("got the row %q, want Donald Trump, senior regional official, positive, Meduza; the frame:\n%s", row, frame)
	}
	if !strings.Contains(frame, "Started streaming") {
		fail("the frame does not say the query completed:\n%s", frame)
	}
	shot := filepath.Join(artifacts, "stances-toward.png")
	step("screenshot", c.Screenshot(ctx, shot))
	t.Logf("screenshot of stances-toward in Neo4j Browser: %s", shot)

	// The style, then a graph drawn with it.
	paste(ctx, t, c, browser.StyleCommand())
	step("run :style", c.Eval(ctx, `document.querySelector('[data-testid=editor-Run]').click()`, nil))
	step("wait for the style", c.WaitFor(ctx, `document.querySelector('[data-testid=frame]').innerText.includes('node.Source')`, 30*time.Second))
	paste(ctx, t, c, "MATCH (a:Article {id: 'article:"+querytest.Meduza+"'})<-[:REPORTED_IN]-(c:Claim)<-[:CLAIMS]-(s:Source) RETURN a, c, s")
	step("run a graph query", c.Eval(ctx, `document.querySelector('[data-testid=editor-Run]').click()`, nil))
	step("wait for the graph", c.WaitFor(ctx, `document.querySelectorAll('svg g.node').length >= 10`, 60*time.Second))
	time.Sleep(2 * time.Second) // let the layout settle for the screenshot
	var fills []string
	step("read the node colours", c.Eval(ctx, `Array.from(document.querySelectorAll('svg g.node circle')).map(e => e.getAttribute('fill')).filter(Boolean)`, &fills))
	for _, want := range []string{"rgb(201,144,192)", "rgb(217,200,174)", "rgb(255,196,84)"} { // Article, Claim, Source
		if !slices.Contains(fills, want) {
			fail("no node drawn in %s (newsgraph.grass); got fills %v", want, fills)
		}
	}
	shot = filepath.Join(artifacts, "graph.png")
	step("screenshot", c.Screenshot(ctx, shot))
	t.Logf("screenshot of a styled graph in Neo4j Browser: %s", shot)
	for _, f := range []string{"stances-toward.png", "graph.png"} {
		if st, err := os.Stat(filepath.Join(artifacts, f)); err != nil || st.Size() < 20_000 {
			t.Errorf("screenshot %s is missing or nearly empty (%v)", f, err)
		}
	}
}
