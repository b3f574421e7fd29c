package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// The end-to-end bad-input suite: each kind of bad input of issue 8 is put
// in a directory beside good articles and run through the real command
// line, in-process. Each must give one message naming the file (and the
// line where there is one), the good articles must still come out, and the
// exit status must be 3 with --keep-going and 1 without. Inputs that are
// odd but readable (a byte order mark, old line ends, a one-word article)
// must simply be read.

// badGood are the good articles every case directory holds beside its bad
// input. Their names sort after "bad", so that without --keep-going the run
// stops at the bad input.
var badGood = map[string]string{
	"good1.txt": "Talks go on\n\nPrime Minister Tony Blair said on Monday that the talks would go on.\n",
	"good2.jsonl": `{"id":"g2a","title":"Second","text":"Officials in Kyiv did not comment on the talks."}` + "\n" +
		`{"id":"g2b","title":"Third","text":"The Kremlin said nothing."}` + "\n",
}

// badGoodIDs are the article ids and titles of badGood, in input order.
var badGoodIDs = []string{"article:good1 Talks go on", "article:g2a Second", "article:g2b Third"}

// badCase is one kind of bad input.
type badCase struct {
	name  string
	files map[string]string // bad files, by path relative to the case directory
	// setup, when set, makes what files cannot: links, permissions.
	setup func(t *testing.T, dir string)
	// ids are the documents ("id title") that come out of the bad files,
	// in input order, before the good ones.
	ids []string
	// msgs are the messages about the bad inputs, with paths relative to
	// the case directory; none means the input is read without complaint.
	msgs []string
	// words are the word counts of some of those documents.
	words map[string]int
	// warn is a warning printed at the end of a run that succeeds.
	warn string
	// asNobody runs the case as user nobody when the tests run as root,
	// who can read anything (unreadable files).
	asNobody bool
}

const (
	wrongShape   = `want an object with "text" (or "body", "content") and optionally "id", "title", "url", "outlet", "published", "authors"`
	wrongColumns = `want a header row naming "text" (or "body", "content") and optionally "id", "title", "url", "outlet", "published", "authors"`
)

// badCases returns the cases; big ones are built only when asked for.
func badCases() []badCase {
	// A JSON Lines record of 50 MB on one line that breaks off at its
	// end, followed by a good record: the reader must get through it.
	huge := `{"id":"huge","text":"` + strings.Repeat("All work and no play makes Jack a dull boy. ", 50<<20/44)
	words := strings.TrimSpace(strings.Repeat("Negotiators met again. ", 200000/3+1))
	return []badCase{
		{name: "empty file", files: map[string]string{"bad.txt": ""},
			msgs: []string{"bad.txt: empty file, no article"}},
		{name: "blank JSON Lines file", files: map[string]string{"bad.jsonl": "\n\r\n \t\n"},
			msgs: []string{"bad.jsonl: empty file, no article"}},
		{name: "binary file", files: map[string]string{"bad.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"},
			msgs: []string{"bad.txt: binary file, not an article (is it compressed or an image? give text, HTML, JSON Lines or CSV)"}},
		{name: "gzip file named .jsonl", files: map[string]string{"bad.jsonl": "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd\xc9\xc9\x07\x00"},
			msgs: []string{"bad.jsonl: binary file, not an article (is it compressed or an image? give text, HTML, JSON Lines or CSV)"}},
		{name: "invalid UTF-8", files: map[string]string{"bad.txt": "Caf\xc3\xa9 \xff\xfe talks\n\nOwners say \xff no."},
			ids:  []string{"article:bad Café \ufffd\ufffd talks"},
			warn: "newsgraph: extract: warning: 1 article had invalid UTF-8, replaced with U+FFFD (is the input in another encoding?)"},
		{name: "Windows-1252 text", files: map[string]string{"bad.txt": "\x93Quoted\x94 caf\xe9\n\nOwners say no."},
			ids: []string{"article:bad “Quoted” café"}},
		{name: "UTF-8 byte order mark", files: map[string]string{"bad.txt": "\ufeffTalks resume\n\nBody here.", "bad2.jsonl": "\ufeff" + `{"id":"b2","title":"BOM line","text":"Body."}` + "\n"},
			ids: []string{"article:bad Talks resume", "article:b2 BOM line"}},
		{name: "UTF-16 byte order mark", files: map[string]string{"bad.txt": utf16LE("Talks resume\r\n\r\nBody here.")},
			ids: []string{"article:bad Talks resume"}},
		{name: "CRLF line ends", files: map[string]string{"bad.txt": "Talks resume\r\n\r\nLine one.\r\nLine two.\r\n", "bad2.csv": "id,title,text\r\nc1,CRLF row,\"One.\r\nTwo.\"\r\n"},
			ids: []string{"article:bad Talks resume", "article:c1 CRLF row"}},
		{name: "old Mac CR line ends", files: map[string]string{"bad.txt": "Talks resume\r\rLine one.\rLine two.\r"},
			ids: []string{"article:bad Talks resume"}},
		{name: "50 MB single line", files: map[string]string{"bad.jsonl": huge + "\n" + `{"id":"after","title":"After","text":"Fine."}` + "\n"},
			ids: []string{"article:after After"},
			// the column of the last byte of the line, trailing space trimmed
			msgs: []string{"bad.jsonl:1:" + strconv.Itoa(len(strings.TrimSpace(huge))) + ": invalid JSON: unexpected end of JSON input"}},
		{name: "HTML with no body", files: map[string]string{"bad.html": "<html><head><title>Nothing</title></head></html>"},
			msgs: []string{"bad.html: no article text found in the HTML page"}},
		{name: "HTML that is mostly scripts", files: map[string]string{"bad.html": "<html><head><title>App</title><script>" + strings.Repeat("var a = 1;\n", 2000) +
			"</script></head><body><div id=root></div><script src=app.js></script><noscript>Enable JavaScript.</noscript></body></html>"},
			msgs: []string{"bad.html: no article text found in the HTML page"}},
		{name: "JSON Lines with one broken line", files: map[string]string{"bad.jsonl": `{"id":"l1","title":"Line one","text":"One."}` + "\n" +
			`{"id":"l2","text":"Two.` + "\n" + `{"id":"l3","title":"Line three","text":"Three."}` + "\n"},
			ids:  []string{"article:l1 Line one", "article:l3 Line three"},
			msgs: []string{"bad.jsonl:2:23: invalid JSON: unexpected end of JSON input"}},
		{name: "JSON object of the wrong shape", files: map[string]string{"bad.jsonl": `{"headline":"H","body_html":"<p>x</p>"}` + "\n" +
			`{"id":"w2","title":"Fine","text":"Fine."}` + "\n" + `{"id":"w3","text":["a","b"]}` + "\n" + `[1,2]` + "\n"},
			ids: []string{"article:w2 Fine"},
			msgs: []string{
				`bad.jsonl:1: no "text" field; ` + wrongShape,
				`bad.jsonl:3: field "text" is a list, want a string`,
				`bad.jsonl:4: record is a JSON array, ` + wrongShape,
			}},
		{name: "JSON array with a bad element", files: map[string]string{"bad.json": `[{"id":"a1","title":"First","text":"One."},{"id":"a2"},{"id":"a3","title":"Third","text":"Three."}]`},
			ids:  []string{"article:a1 First", "article:a3 Third"},
			msgs: []string{`bad.json: object 2: no "text" field; ` + wrongShape}},
		{name: "pretty-printed JSON named .jsonl", files: map[string]string{"bad.jsonl": "{\n  \"id\": \"p\",\n  \"text\": \"One.\"\n}\n"},
			msgs: []string{"bad.jsonl:1: a JSON value spread over lines, not JSON Lines (one object per line); name the file .json or use --input-format json"}},
		{name: "CSV with ragged rows", files: map[string]string{"bad.csv": "id,title,text\nr1,Row one,One.\nr2,Row two\nr3,Row three,Three.,extra\nr4,Row four,Four.\n"},
			ids: []string{"article:r1 Row one", "article:r4 Row four"},
			msgs: []string{
				"bad.csv:3: row has 2 fields, the header 3: no text (a missing comma or line break inside an unquoted field?)",
				"bad.csv:4: row has 4 fields, the header 3 (an unquoted comma in a field? quote the field)",
			}},
		{name: "CSV with an unclosed quote", files: map[string]string{"bad.csv": "id,title,text\nq1,Row one,One.\nq2,Row two,\"Two.\nq3,Row three,Three.\n"},
			ids:  []string{"article:q1 Row one"},
			msgs: []string{`bad.csv:3: quoted field not closed: a quote opened on line 3 runs to line 4 (close the quote; a quote inside a field is written "")`}},
		{name: "CSV with a stray quote", files: map[string]string{"bad.csv": "id,title,text\ns1,Row one,He said \"no\" twice.\ns2,Row two,Two.\n"},
			ids:  []string{"article:s2 Row two"},
			msgs: []string{`bad.csv:2:20: stray quote in an unquoted field (quote the whole field and write a quote inside it as "")`}},
		{name: "CSV with a wrong header", files: map[string]string{"bad.csv": "headline,summary,link\nH,S,https://x.org\n"},
			msgs: []string{`bad.csv:1: the header row has no text column (columns: "headline", "summary", "link"); ` + wrongColumns}},
		{name: "CSV without a header", files: map[string]string{"bad.csv": "x1,Talks go on,Prime Minister Tony Blair said so.\n"},
			msgs: []string{`bad.csv:1: the header row has no text column (columns: "x1", "Talks go on", "Prime Minister Tony Blair said so."); ` + wrongColumns}},
		{name: "CSV with a duplicated column", files: map[string]string{"bad.csv": "id,text,title,Text\nd1,One.,T,Two.\n"},
			msgs: []string{`bad.csv:1:4: columns 2 ("text") and 4 ("Text") both give the text; keep one of them`}},
		{name: "article of one word", files: map[string]string{"bad.txt": "Word"},
			ids: []string{"article:bad "}},
		{name: "article of 200,000 words", files: map[string]string{"bad.txt": "A long read\n\n" + words},
			ids: []string{"article:bad A long read"}, words: map[string]int{"article:bad": 200001}},
		{name: "unreadable file", files: map[string]string{"bad.txt": "Secret."}, asNobody: true,
			setup: func(t *testing.T, dir string) { chmod(t, filepath.Join(dir, "bad.txt"), 0) },
			msgs:  []string{"bad.txt: permission denied (check the file's permissions)"}},
		{name: "unreadable directory", files: map[string]string{"bad/x.txt": "Secret."}, asNobody: true,
			setup: func(t *testing.T, dir string) { chmod(t, filepath.Join(dir, "bad"), 0) },
			msgs:  []string{"bad: read directory: permission denied (check the file's permissions)"}},
		{name: "symlink loop", files: map[string]string{"bad/x.txt": "Inside.\n"},
			setup: func(t *testing.T, dir string) { symlink(t, "..", filepath.Join(dir, "bad", "up")) },
			ids:   []string{"article:x "},
			msgs:  []string{"bad/up: symlink loop: it points back to a directory that contains it (skipped)"}},
		{name: "symlink to itself", setup: func(t *testing.T, dir string) { symlink(t, "bad.txt", filepath.Join(dir, "bad.txt")) },
			msgs: []string{"bad.txt: symlink loop (the link points back to itself)"}},
		{name: "broken symlink", setup: func(t *testing.T, dir string) { symlink(t, "nowhere.txt", filepath.Join(dir, "bad.txt")) },
			msgs: []string{"bad.txt: broken symlink (its target does not exist)"}},
	}
}

func utf16LE(s string) string {
	b := []byte{0xff, 0xfe}
	for _, r := range s { // ASCII only
		b = append(b, byte(r), 0)
	}
	return string(b)
}

func chmod(t *testing.T, path string, mode os.FileMode) {
	t.Helper()
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(path, 0o755) }) // so that TempDir can remove it
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
}

// writeTree writes files under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// caseDir makes the directory of one case: the good articles and the bad
// inputs.
func caseDir(t *testing.T, root string, c badCase) string {
	t.Helper()
	dir := filepath.Join(root, "in")
	writeTree(t, dir, badGood)
	writeTree(t, dir, c.files)
	if c.setup != nil {
		c.setup(t, dir)
	}
	return dir
}

// summaryLine is the summary extract prints on stderr when not quiet.
var summaryLine = regexp.MustCompile(`^extracted \d+ articles?: \d+ entities, \d+ claims in \d+\.\d s, \d+ articles/s$`)

func TestExtractBadInputKinds(t *testing.T) {
	for _, c := range badCases() {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			dir := caseDir(t, root, c)
			wantIDs := append(slices.Clone(c.ids), badGoodIDs...)

			t.Run("keep going", func(t *testing.T) {
				code, stdout, stderr := runAs(t, c.asNobody, root, "extract", "--keep-going", dir)
				var wantErr []string
				for _, m := range c.msgs {
					wantErr = append(wantErr, "newsgraph: extract: skipped "+m)
				}
				wantCode := exitOK
				if len(c.msgs) > 0 {
					wantCode = exitSomeFailed
					wantErr = append(wantErr, "newsgraph: extract: skipped "+nInputs(len(c.msgs))+": some inputs failed")
				}
				if c.warn != "" {
					wantErr = append(wantErr, c.warn)
				}
				if code != wantCode {
					t.Errorf("exit code %d, want %d", code, wantCode)
				}
				if diff := cmp.Diff(wantErr, stderrLines(t, stderr, dir)); diff != "" {
					t.Errorf("stderr (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff(wantIDs, readDocs(t, stdout)); diff != "" {
					t.Errorf("documents (-want +got):\n%s", diff)
				}
				if c.words != nil {
					if diff := cmp.Diff(c.words, wordCounts(t, stdout, c.words)); diff != "" {
						t.Errorf("word counts (-want +got):\n%s", diff)
					}
				}
			})
			if len(c.msgs) == 0 {
				return
			}
			t.Run("stop", func(t *testing.T) {
				code, stdout, stderr := runAs(t, c.asNobody, root, "extract", dir)
				if code != exitFailure {
					t.Errorf("exit code %d, want %d", code, exitFailure)
				}
				lines := strings.Split(strings.TrimSuffix(strings.ReplaceAll(stderr, dir+string(filepath.Separator), ""), "\n"), "\n")
				if got, want := lines[0], "newsgraph: extract: "+c.msgs[0]; got != want {
					t.Errorf("first stderr line %q, want %q", got, want)
				}
				hint := "hint: fix or remove that input, or skip bad inputs with --keep-going ("
				if len(lines) != 2 || !strings.HasPrefix(lines[1], hint) {
					t.Errorf("stderr lines %q, want the error and a hint starting %q", lines, hint)
				}
				if strings.Contains(stdout, "article:good1") {
					t.Errorf("documents after the bad input were written: %q", stdout)
				}
			})
		})
	}
}

// wordCounts returns the word_count of the documents of data named in ids.
func wordCounts(t *testing.T, data string, ids map[string]int) map[string]int {
	t.Helper()
	got := map[string]int{}
	dr := graph.NewDocumentReader(strings.NewReader(data), "stdout")
	for {
		doc, err := dr.Read()
		if err != nil {
			return got
		}
		if _, ok := ids[doc.Article.ID]; ok {
			got[doc.Article.ID] = doc.Article.WordCount
		}
	}
}

// stderrLines returns the lines of stderr with dir/ cut from paths and the
// summary line left out (it has timings); it fails on a panic.
func stderrLines(t *testing.T, stderr, dir string) []string {
	t.Helper()
	if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
		t.Fatalf("the command panicked:\n%s", stderr)
	}
	var out []string
	for _, l := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
		if l == "" || summaryLine.MatchString(l) {
			continue
		}
		if dir != "" {
			l = strings.ReplaceAll(l, dir+string(filepath.Separator), "")
		}
		out = append(out, l)
	}
	return out
}

// runAs runs newsgraph in-process, or, when asNobody is set and the tests
// run as root, as a separate process of user nobody, for whom file
// permissions count. root is made readable to nobody.
func runAs(t *testing.T, asNobody bool, root string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	if !asNobody || os.Geteuid() != 0 {
		var out, errb bytes.Buffer
		code = run(t.Context(), append([]string{"newsgraph"}, args...), &out, &errb)
		return code, out.String(), errb.String()
	}
	if runtime.GOOS != "linux" {
		t.Skip("running as nobody needs Linux")
	}
	bin := buildNewsgraph(t)
	for _, d := range []string{filepath.Dir(bin), filepath.Dir(filepath.Dir(bin)), root, filepath.Dir(root)} {
		if err := os.Chmod(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.CommandContext(t.Context(), bin, args...)
	cmd.Env = []string{"PATH=/usr/bin:/bin", "HOME=/nonexistent"}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		code = ee.ExitCode()
	default:
		t.Skipf("cannot run as user nobody: %v", err)
	}
	return code, out.String(), errb.String()
}

// buildNewsgraph builds the command into a temporary directory.
func buildNewsgraph(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "newsgraph")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestBuildBadInputKinds runs newsgraph build over one directory that holds
// every kind of bad input beside the good articles: the good articles and
// the good records of partly bad files are loaded, each bad input is named.
func TestBuildBadInputKinds(t *testing.T) {
	db := loadEnv(t)
	root := t.TempDir()
	dir := filepath.Join(root, "in")
	writeTree(t, dir, badGood)
	wantIDs := slices.Clone(badGoodIDs)
	var wantMsgs []string
	for i, c := range badCases() {
		if c.asNobody {
			continue // root reads anything; see TestExtractBadInputKinds
		}
		// Each case in a directory of its own, whose name sorts before
		// "good", so that a run without --keep-going stops at the first.
		sub := fmt.Sprintf("case%02d", i)
		d := filepath.Join(dir, sub)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		writeTree(t, d, c.files)
		if c.setup != nil {
			c.setup(t, d)
		}
		wantIDs = append(wantIDs, c.ids...)
		for _, m := range c.msgs {
			wantMsgs = append(wantMsgs, "newsgraph: build: skipped "+sub+"/"+m)
		}
	}

	t.Run("keep going", func(t *testing.T) {
		neo4jtest.Reset(t, db)
		code, _, stderr := runCLI(t.Context(), "--quiet", "build", "--keep-going", "--batch-size", "3", dir)
		if code != exitSomeFailed {
			t.Errorf("exit code %d, want %d", code, exitSomeFailed)
		}
		want := append(slices.Clone(wantMsgs), "newsgraph: build: skipped "+nInputs(len(wantMsgs))+": some inputs failed")
		if diff := cmp.Diff(want, stderrLines(t, stderr, dir)); diff != "" {
			t.Errorf("stderr (-want +got):\n%s", diff)
		}
		// Several cases make an article:bad; the last one loaded stays.
		var ids []string
		for _, id := range wantIDs {
			ids = append(ids, strings.Fields(id)[0])
		}
		slices.Sort(ids)
		if diff := cmp.Diff(slices.Compact(ids), articleIDs(t, db)); diff != "" {
			t.Errorf("articles loaded (-want +got):\n%s", diff)
		}
	})
	t.Run("stop", func(t *testing.T) {
		neo4jtest.Reset(t, db)
		code, _, stderr := runCLI(t.Context(), "--quiet", "build", "--batch-size", "1", dir)
		if code != exitFailure {
			t.Errorf("exit code %d, want %d", code, exitFailure)
		}
		lines := stderrLines(t, stderr, dir)
		first := strings.TrimPrefix(wantMsgs[0], "newsgraph: build: skipped ")
		if len(lines) != 2 || lines[0] != "newsgraph: build: "+first ||
			!strings.HasPrefix(lines[1], "hint: fix or remove that input, or skip bad inputs with --keep-going (") {
			t.Errorf("stderr lines %q, want %q and a hint", lines, "newsgraph: build: "+first)
		}
		if n := neo4jtest.Count(t, db, "MATCH (a:Article) WHERE a.id STARTS WITH 'article:g' RETURN count(*)", nil); n != 0 {
			t.Errorf("%d good articles after the bad input were loaded, want 0", n)
		}
	})
}

// The lines of a document file for TestLoadBadDocuments; each bad one
// breaks the model in one way.
var badDocLines = []struct{ doc, msg string }{
	{doc: "meduza"},
	{`{"article":{"id":"article:x2"},"entities":[{"id":"person:a","type":"Person","name":"A"}],` +
		`"claims":[{"id":"claim:x2:1","speaker":"person:a","kind":"direct","text":"t","start":0,"end":1,"about":["person:nobody"]}]}`,
		`invalid document article:x2: claim "claim:x2:1": about "person:nobody" is not an entity of this document`},
	{`{"article":{"id":"article:x3"},"entities":[],` +
		`"claims":[{"id":"claim:x3:1","speaker":"person:ghost","kind":"indirect","text":"t","start":0,"end":1}]}`,
		`invalid document article:x3: claim "claim:x3:1": speaker "person:ghost" is not an entity of this document`},
	{`{"article":{"id":"article:x4"},"entities":[{"id":"person:a","type":"Person","name":"A"}],` +
		`"stances":[{"holder":"person:a","target":"country:zz","polarity":"negative","score":-0.5}]}`,
		`invalid document article:x4: stance 0: target "country:zz" is not an entity of this document`},
	{`{"article":{"id":"article:x5"},"entities":[{"id":"person:a","type":"Human","name":"A"}]}`,
		`invalid document article:x5: entity 0 ("person:a"): unknown type "Human" (want one of Person, Outlet, Country, Organization, Event, Source)`},
	{`{"article":{"id":"article:x6"},"entities":[{"id":"person:a","type":"Person","name":"A"},{"id":"country:ru","type":"Country","name":"Russia"}],` +
		`"relations":[{"subject":"person:a","predicate":"HATES","object":"country:ru"}]}`,
		`invalid document article:x6: relation 0: predicate "HATES" (want one of LEADER_OF, AFFILIATED_WITH, WORKS_FOR, MEMBER_OF, LOCATED_IN, PART_OF)`},
	{doc: "bbc"},
	{`{"id":"bbc-1","title":"An article, not a document","text":"Text."}`,
		`not a newsgraph document: json: unknown field "id"`},
	{`{"article":{"id":"article:x9"},"entities":[{"id":`, `not a newsgraph document: unexpected EOF`},
	{`{"article":{"id":9}}`, `not a newsgraph document: field "article.id" has the wrong type (number, want string)`},
	{`{"article":{"title":"No id"}}`, "not a newsgraph document: no article.id (is this an article rather than extracted document JSON? run `newsgraph extract` first)"},
	{doc: "guardian"},
}

// TestLoadBadDocuments loads a document file whose lines break the model
// in each way graph.Validate and the document reader check.
func TestLoadBadDocuments(t *testing.T) {
	db := loadEnv(t)
	data, err := os.ReadFile(articlesFile)
	if err != nil {
		t.Fatal(err)
	}
	good := strings.Split(strings.TrimSpace(string(data)), "\n") // meduza, bbc, guardian
	var b strings.Builder
	var wantMsgs []string
	name := filepath.Join(t.TempDir(), "docs.jsonl")
	for i, l := range badDocLines {
		switch l.doc {
		case "meduza":
			b.WriteString(good[0])
		case "bbc":
			b.WriteString(good[1])
		case "guardian":
			b.WriteString(good[2])
		default:
			b.WriteString(l.doc)
			wantMsgs = append(wantMsgs, fmt.Sprintf("newsgraph: load: skipped %s:%d: %s", name, i+1, l.msg))
		}
		b.WriteString("\n")
	}
	if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	all := []string{"article:allsides-73Wmu4FGtYpyfk6P", "article:bbc-politics-189", "article:meduza-kremlin-trump"}

	t.Run("keep going", func(t *testing.T) {
		neo4jtest.Reset(t, db)
		code, _, stderr := runCLI(t.Context(), "--quiet", "load", "--keep-going", "--batch-size", "2", name)
		if code != exitSomeFailed {
			t.Errorf("exit code %d, want %d", code, exitSomeFailed)
		}
		want := append(wantMsgs, fmt.Sprintf("newsgraph: load: skipped %d bad lines: some inputs failed", len(wantMsgs)))
		if diff := cmp.Diff(want, stderrLines(t, stderr, "")); diff != "" {
			t.Errorf("stderr (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(all, articleIDs(t, db)); diff != "" {
			t.Errorf("articles loaded (-want +got):\n%s", diff)
		}
	})
	t.Run("stop", func(t *testing.T) {
		neo4jtest.Reset(t, db)
		code, _, stderr := runCLI(t.Context(), "--quiet", "load", "--batch-size", "1", name)
		if code != exitFailure {
			t.Errorf("exit code %d, want %d", code, exitFailure)
		}
		want := []string{
			strings.Replace(wantMsgs[0], "skipped ", "", 1),
			"hint: nothing of the batch holding this line was written (1 article loaded before it); fix the line, or skip bad lines with --keep-going",
		}
		if diff := cmp.Diff(want, stderrLines(t, stderr, "")); diff != "" {
			t.Errorf("stderr (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(all[2:], articleIDs(t, db)); diff != "" {
			t.Errorf("articles loaded (-want +got):\n%s", diff)
		}
	})
}

// TestImportBadInputKinds runs newsgraph import over a directory holding a
// good node file and a bad CSV file of each kind: every problem is named
// with file, line and column; with --skip-bad-rows the good rows load and
// the exit status is 3, without it nothing is written and it is 1.
func TestImportBadInputKinds(t *testing.T) {
	db := loadEnv(t)
	const good = "id:ID(Person),:LABEL,name\nperson:good-a,Person,Good A\nperson:good-b,Person,Good B\n"
	labels := "Article, Person, Outlet, Country, Organization, Event, Source, Claim"
	types := "PUBLISHED_BY, WRITTEN_BY, MENTIONS, CLAIMS, REPORTED_IN, ABOUT, STANCE, LEADER_OF, AFFILIATED_WITH, WORKS_FOR, MEMBER_OF, LOCATED_IN, PART_OF"
	tests := []struct {
		name  string
		files map[string]string
		msgs  []string // problems, in order
		rows  int      // bad rows skipped with --skip-bad-rows (the rest are whole files)
		ids   []string // ids of the bad files loaded with --skip-bad-rows
	}{
		{name: "unknown label in the header", files: map[string]string{"Human.csv": "id:ID(Human),name\nhuman:x,X\n"},
			msgs: []string{`Human.csv:1:1: unknown label "Human" in id:ID(Human) (want one of: ` + labels + ")"}},
		{name: "unknown label in a row", files: map[string]string{"People.csv": "id:ID(Person),:LABEL,name\nperson:p1,Person,P One\nperson:p2,Human,P Two\n"},
			msgs: []string{`People.csv:3:2: label "Human" in a file of Person nodes (the label is the id column's, id:ID(Person); one label per file)`},
			rows: 1, ids: []string{"person:p1"}},
		{name: "unknown relationship type", files: map[string]string{"Rel.csv": ":START_ID(Person),:END_ID(Person),:TYPE,article\nperson:good-a,person:good-b,HATES,article:a1\n"},
			msgs: []string{`Rel.csv:2:3: unknown relationship type "HATES" (want one of: ` + types + ")"}, rows: 1},
		{name: "unknown property column", files: map[string]string{"Extra.csv": "id:ID(Person),:LABEL,name,salary\nperson:s1,Person,S,100\n"},
			msgs: []string{`Extra.csv:1:4: unknown column "salary" for label Person (want one of: id, name, aliases, titles)`}},
		{name: "relationship to an unknown node", files: map[string]string{"WORKS_FOR.csv": ":START_ID(Person),:END_ID(Organization),:TYPE,article\nperson:good-a,org:nowhere,WORKS_FOR,article:a1\n"},
			msgs: []string{"WORKS_FOR.csv:2:2: end node org:nowhere is not in the files given nor in the database"}, rows: 1},
		{name: "id without its label's prefix", files: map[string]string{"Prefix.csv": "id:ID(Person),:LABEL,name\norg:x,Person,Org X\nperson:ok,Person,OK\n"},
			msgs: []string{`Prefix.csv:2:1: id "org:x" does not fit label Person (its ids start with "person:")`}, rows: 1, ids: []string{"person:ok"}},
		{name: "value of the wrong type", files: map[string]string{"Mentions.csv": ":START_ID(Article),:END_ID(Person),:TYPE,count:long,first:long\narticle:zz,person:good-a,MENTIONS,abc,1\n"},
			msgs: []string{`Mentions.csv:2:4: count: "abc" is not an integer`}, rows: 1},
		{name: "ragged rows", files: map[string]string{"Ragged.csv": "id:ID(Person),:LABEL,name\nperson:r1,Person,R One\nperson:r2,Person\nperson:r3,Person,R Three,extra\n"},
			msgs: []string{
				"Ragged.csv:3: row has 2 fields, the header 3 (an unquoted comma or line break in a field? quote the field)",
				"Ragged.csv:4: row has 4 fields, the header 3 (an unquoted comma or line break in a field? quote the field)",
			}, rows: 2, ids: []string{"person:r1"}},
		{name: "unbalanced quotes", files: map[string]string{"Quote.csv": "id:ID(Person),:LABEL,name\nperson:q1,Person,\"Q One\nperson:q2,Person,Q Two\n"},
			msgs: []string{`Quote.csv:2:3: quoted field not closed: the quote opened on line 2 runs to the end of the file (close it; a quote inside a field is written "")`}, rows: 1},
		{name: "duplicated column", files: map[string]string{"Dup.csv": "id:ID(Person),:LABEL,name,name\nperson:d1,Person,D,E\n"},
			msgs: []string{"Dup.csv:1:4: column name appears twice (columns 3 and 4); keep one"}},
		{name: "empty file", files: map[string]string{"Empty.csv": ""},
			msgs: []string{"Empty.csv: empty file, no header row"}},
		{name: "binary file", files: map[string]string{"Bin.csv": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
			msgs: []string{"Bin.csv: binary file, not an article (is it compressed or an image? give text, HTML, JSON Lines or CSV); or, for a node file, write id:ID(Label) and for a relationship file :START_ID(Label), :END_ID(Label) and :TYPE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, "in")
			writeTree(t, dir, map[string]string{"Person.csv": good})
			writeTree(t, dir, tt.files)
			var want []string
			for _, m := range tt.msgs {
				want = append(want, "newsgraph: import: "+m)
			}

			t.Run("skip bad rows", func(t *testing.T) {
				neo4jtest.Reset(t, db)
				rejects := filepath.Join(root, "rejects.csv")
				code, _, stderr := runCLI(t.Context(), "-q", "import", "--skip-bad-rows", "--rejects", rejects, dir)
				if code != exitSomeFailed {
					t.Errorf("exit code %d, want %d", code, exitSomeFailed)
				}
				lines := stderrLines(t, stderr, dir)
				if len(lines) < len(want) {
					t.Fatalf("stderr lines %q, want %d problems first", lines, len(want))
				}
				if diff := cmp.Diff(want, lines[:len(want)]); diff != "" {
					t.Errorf("problems (-want +got):\n%s", diff)
				}
				ids := []string{"person:good-a", "person:good-b"}
				ids = append(ids, tt.ids...)
				slices.Sort(ids)
				var got []string
				for _, r := range neo4jtest.Query(t, db, "MATCH (n) RETURN n.id AS id ORDER BY id", nil) {
					got = append(got, r["id"].(string))
				}
				if diff := cmp.Diff(ids, got); diff != "" {
					t.Errorf("nodes loaded (-want +got):\n%s", diff)
				}
			})
			t.Run("stop", func(t *testing.T) {
				neo4jtest.Reset(t, db)
				code, _, stderr := runCLI(t.Context(), "-q", "import", dir)
				if code != exitFailure {
					t.Errorf("exit code %d, want %d", code, exitFailure)
				}
				lines := stderrLines(t, stderr, dir)
				if len(lines) < len(want) {
					t.Fatalf("stderr lines %q, want %d problems first", lines, len(want))
				}
				if diff := cmp.Diff(want, lines[:len(want)]); diff != "" {
					t.Errorf("problems (-want +got):\n%s", diff)
				}
				if rest := lines[len(want):]; len(rest) != 2 || !strings.HasSuffix(rest[0], "in the files; nothing was written") || !strings.HasPrefix(rest[1], "hint: ") {
					t.Errorf("after the problems: %q, want that nothing was written and a hint", rest)
				}
				if n := neo4jtest.Count(t, db, "MATCH (n) RETURN count(n)", nil); n != 0 {
					t.Errorf("%d nodes written, want none", n)
				}
			})
		})
	}
}

// TestInputNamedHelp reads inputs named like urfave/cli's help command,
// which were once taken for it: the help was shown, the input ignored and
// the exit status 0.
func TestInputNamedHelp(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, name := range []string{"help", "h"} {
		if err := os.WriteFile(name, []byte("Talks go on\n\nPrime Minister Tony Blair said the talks would go on.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := runCLI(t.Context(), "-q", "extract", name)
		if code != exitOK {
			t.Errorf("extract %s: exit code %d, want 0\n%s", name, code, stderr)
		}
		if diff := cmp.Diff([]string{"article:" + name + " Talks go on"}, readDocs(t, stdout)); diff != "" {
			t.Errorf("extract %s: documents (-want +got):\n%s", name, diff)
		}
	}
	if code, stdout, _ := runCLI(t.Context(), "extract", "--help"); code != exitOK || !strings.Contains(stdout, "newsgraph extract - ") {
		t.Errorf("extract --help: exit code %d, stdout %.60q; want the help", code, stdout)
	}
}
