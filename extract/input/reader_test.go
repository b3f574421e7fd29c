package input

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/graph"
)

// got is what a test looks at in an article.
type got struct {
	ID, Title, URL, Outlet, Published string
	Authors                           []string `cmp:"ignoreempty"`
	Text                              string
	Line                              int
	Format                            Format
	InvalidUTF8                       int
	Charset                           string
}

func summary(a *Article) got {
	return got{ID: a.ID, Title: a.Title, URL: a.URL, Outlet: a.Outlet, Published: a.Published,
		Authors: a.Authors, Text: a.Text, Line: a.Origin.Line, Format: a.Format,
		InvalidUTF8: a.InvalidUTF8, Charset: a.Charset}
}

// readAll reads everything, returning the articles and the error messages
// (with the directory prefix dir removed, so that they are stable).
func readAll(t *testing.T, r *Reader, dir string) ([]got, []string) {
	t.Helper()
	var arts []got
	var errs []string
	for i := 0; ; i++ {
		if i > 10000 {
			t.Fatal("Next does not end")
		}
		a, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *graph.ParseError
			if !errors.As(err, &pe) {
				t.Errorf("error %v is not a *graph.ParseError", err)
			}
			msg := err.Error()
			if dir != "" {
				msg = strings.ReplaceAll(msg, dir+string(filepath.Separator), "")
			}
			errs = append(errs, msg)
			continue
		}
		if !utf8.ValidString(a.Text) || a.ID == "" {
			t.Errorf("article %q: invalid UTF-8 text or empty id", a.ID)
		}
		arts = append(arts, summary(a))
	}
	if err := r.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	return arts, errs
}

// writeFiles creates files (name → content) in a new temporary directory.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const body = "The minister said on Monday that the talks would go on.\n\nOfficials in Kyiv did not comment."

func TestReadFormats(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []got
		errs  []string
	}{
		{
			name:  "text with title",
			files: map[string]string{"talks-go-on.txt": "Talks to go on, minister says\n\n" + body + "\n"},
			want:  []got{{ID: "talks-go-on", Title: "Talks to go on, minister says", Text: body, Format: FormatText}},
		},
		{
			name:  "text with furniture above the title",
			files: map[string]string{"meduza.txt": "Skip to main content\nnews\n\nPutin administration hoped for a Harris win, insiders say\n\nSource: Meduza\nDmitry Lovetsky / AP / Scanpix / LETA\n\n" + body},
			want: []got{{ID: "meduza", Title: "Putin administration hoped for a Harris win, insiders say", Outlet: "Meduza",
				Text: "Skip to main content\nnews\n\nSource: Meduza\nDmitry Lovetsky / AP / Scanpix / LETA\n\n" + body, Format: FormatText}},
		},
		{
			name:  "text without title",
			files: map[string]string{"a.txt": body},
			want:  []got{{ID: "a", Text: body, Format: FormatText}},
		},
		{
			name:  "text with byline",
			files: map[string]string{"a.txt": "Talks to go on\n\nBy Jane Doe and John Roe\n\n" + body},
			want:  []got{{ID: "a", Title: "Talks to go on", Authors: []string{"Jane Doe", "John Roe"}, Text: body, Format: FormatText}},
		},
		{
			name: "markdown",
			files: map[string]string{"story.md": "---\ntitle: \"Front title\"\nauthor: Jane Doe; John Roe\ndate: March 5, 2024\nurl: https://example.org/story\n---\n" +
				"## The *talks* go on\n\nThe **minister** said [on Monday](https://example.org) that the talks would `go on`.\n![a photo](p.jpg)\n\n> Officials in _Kyiv_ did not comment.\n\n- one\n- two\n\n---\n"},
			want: []got{{ID: "story", Title: "Front title", Authors: []string{"Jane Doe", "John Roe"}, Published: "2024-03-05", URL: "https://example.org/story",
				Text: "The talks go on\n\nThe minister said on Monday that the talks would go on.\n\n\nOfficials in Kyiv did not comment.\n\none\ntwo", Format: FormatMarkdown}},
		},
		{
			name:  "markdown heading as title",
			files: map[string]string{"story.markdown": "# Talks go on\n\n" + body},
			want:  []got{{ID: "story", Title: "Talks go on", Text: body, Format: FormatMarkdown}},
		},
		{
			name:  "html",
			files: map[string]string{"page.html": htmlPage},
			want: []got{{ID: "page", Title: "Talks to go on, minister says", URL: "https://news.example.org/talks", Outlet: "Example News",
				Published: "2024-11-08", Authors: []string{"Jane Doe", "John Roe"}, Text: htmlText, Format: FormatHTML}},
		},
		{
			name: "json lines",
			files: map[string]string{"c.jsonl": `{"id":"a-1","title":"T1","url":"http://x/1","outlet":"BBC News","published":"2019-03-25","authors":["Ann Lee"," Bo Ma "],"text":"First.","extra":{"x":1}}` + "\n\n" +
				`{"id":42,"title":"T2","authors":"Ann Lee; Bo Ma","body":"Second.","published":"2019-03-25T10:00:00Z"}` + "\r\n" +
				`{"title":"no id","content":"Third.","published":"25 March 2019"}`},
			want: []got{
				{ID: "a-1", Title: "T1", URL: "http://x/1", Outlet: "BBC News", Published: "2019-03-25", Authors: []string{"Ann Lee", "Bo Ma"}, Text: "First.", Line: 1, Format: FormatJSONL},
				{ID: "42", Title: "T2", Published: "2019-03-25", Authors: []string{"Ann Lee", "Bo Ma"}, Text: "Second.", Line: 3, Format: FormatJSONL},
				{ID: HashID("Third."), Title: "no id", Published: "2019-03-25", Text: "Third.", Line: 4, Format: FormatJSONL},
			},
		},
		{
			name:  "json array",
			files: map[string]string{"c.json": "[\n {\"id\": \"a\", \"text\": \"First.\"},\n {\"id\": \"b\", \"text\": \"Second.\"}\n]\n"},
			want: []got{
				{ID: "a", Text: "First.", Format: FormatJSON},
				{ID: "b", Text: "Second.", Format: FormatJSON},
			},
		},
		{
			name: "csv",
			files: map[string]string{"c.csv": "\ufeffid,Title,outlet,published,authors,text,notes\n" +
				"a,T1,Reuters,2020-01-02,Ann Lee; Bo Ma|Cy Ng,\"First para, with comma.\n\nSecond \"\"para\"\".\",x\n" +
				"b,T2,,,,Only text.,\n"},
			want: []got{
				{ID: "a", Title: "T1", Outlet: "Reuters", Published: "2020-01-02", Authors: []string{"Ann Lee", "Bo Ma", "Cy Ng"}, Text: "First para, with comma.\n\nSecond \"para\".", Line: 2, Format: FormatCSV},
				{ID: "b", Title: "T2", Text: "Only text.", Line: 5, Format: FormatCSV},
			},
		},
		{
			name:  "csv with semicolons",
			files: map[string]string{"c.csv": "id;title;body\na;T;Text here.\n"},
			want:  []got{{ID: "a", Title: "T", Text: "Text here.", Line: 2, Format: FormatCSV}},
		},
		{
			name:  "tsv",
			files: map[string]string{"c.tsv": "id\ttitle\ttext\na\tT\tFirst para.\\n\\nSecond \"para\".\n"},
			want:  []got{{ID: "a", Title: "T", Text: "First para.\n\nSecond \"para\".", Line: 2, Format: FormatTSV}},
		},
		{
			name: "directory: recursive, sorted, hidden and unknown skipped",
			files: map[string]string{"d/b.txt": "Bee.", "d/a/z.txt": "Zed.", "d/.hidden.txt": "Hidden.", "d/.git/x.txt": "Git.",
				"d/notes.docx": "x", "d/c.jsonl": `{"id":"c","text":"Sea."}`},
			want: []got{
				{ID: "z", Text: "Zed.", Format: FormatText},
				{ID: "b", Text: "Bee.", Format: FormatText},
				{ID: "c", Text: "Sea.", Line: 1, Format: FormatJSONL},
			},
		},
		{
			name:  "unknown extension named on purpose is sniffed",
			files: map[string]string{"feed.out": `{"id":"x","text":"Sniffed."}`},
			want:  []got{{ID: "x", Text: "Sniffed.", Line: 1, Format: FormatJSONL}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, tt.files)
			var paths []string
			if _, err := os.Stat(filepath.Join(dir, "d")); err == nil {
				paths = []string{filepath.Join(dir, "d")}
			} else {
				for name := range tt.files {
					paths = append(paths, filepath.Join(dir, name))
				}
			}
			arts, errs := readAll(t, Open(paths, Options{}), dir)
			if diff := cmp.Diff(tt.want, arts); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.errs, errs); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

const htmlPage = `<!DOCTYPE html>
<html><head>
<title>Talks to go on, minister says | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="og:title" content="Talks to go on, minister says">
<meta name="author" content="By Jane Doe and John Roe">
<meta property="article:published_time" content="2024-11-08T09:30:00Z">
<link rel="canonical" href="https://news.example.org/talks">
<script>var tracking = "not text";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Talks to go on, minister says</h1>
<p>The minister said on Monday that the talks would go on for another week, despite the objections of the opposition parties in parliament.</p>
<p>Officials in Kyiv did not comment on the talks, which began last month in Geneva under the auspices of the United Nations.</p>
<p>“We will stay as long as it takes,” the minister told reporters outside the building on Monday evening.</p>
</article>
<footer>© Example News</footer>
</body></html>`

const htmlText = "The minister said on Monday that the talks would go on for another week, despite the objections of the opposition parties in parliament.\n\n" +
	"Officials in Kyiv did not comment on the talks, which began last month in Geneva under the auspices of the United Nations.\n\n" +
	"“We will stay as long as it takes,” the minister told reporters outside the building on Monday evening."
