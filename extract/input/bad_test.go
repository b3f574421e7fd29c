package input

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadBadInput(t *testing.T) {
	long := strings.Repeat("word ", 200000)
	tests := []struct {
		name  string
		files map[string]string
		opts  Options
		want  []got
		errs  []string
	}{
		{name: "empty file", files: map[string]string{"e.txt": ""}, errs: []string{"e.txt: empty file, no article"}},
		{name: "blank file", files: map[string]string{"e.jsonl": "\n \n\t\n"}, errs: []string{"e.jsonl: empty file, no article"}},
		{name: "binary file", files: map[string]string{"b.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
			errs: []string{"b.txt: binary file, not an article (is it compressed or an image? give text, HTML, JSON Lines or CSV)"}},
		{name: "invalid utf-8 in utf-8 text is repaired and counted", files: map[string]string{"u.txt": "Caf\xc3\xa9 owners say \xff no."},
			want: []got{{ID: "u", Text: "Café owners say \ufffd no.", Format: FormatText, InvalidUTF8: 1}}},
		{name: "windows-1252 text is decoded", files: map[string]string{"w.txt": "\x93Quoted\x94 caf\xe9."},
			want: []got{{ID: "w", Text: "“Quoted” café.", Format: FormatText, Charset: "windows-1252"}}},
		{name: "invalid utf-8 in json lines", files: map[string]string{"u.jsonl": "{\"id\":\"x\",\"text\":\"bad \xff byte\"}\n"},
			want: []got{{ID: "x", Text: "bad \ufffd byte", Line: 1, Format: FormatJSONL, InvalidUTF8: 1}}},
		{name: "utf-8 bom", files: map[string]string{"bom.txt": "\ufeffTalks go on\n\nBody here."},
			want: []got{{ID: "bom", Title: "Talks go on", Text: "Body here.", Format: FormatText}}},
		{name: "utf-16 with bom", files: map[string]string{"u16.txt": utf16le("Talks go on\r\n\r\nBody here.")},
			want: []got{{ID: "u16", Title: "Talks go on", Text: "Body here.", Format: FormatText, Charset: "utf-16le"}}},
		{name: "crlf and cr line ends", files: map[string]string{"a.txt": "Talks go on\r\n\r\nLine one.\r\nLine two.\rLine three."},
			want: []got{{ID: "a", Title: "Talks go on", Text: "Line one.\nLine two.\nLine three.", Format: FormatText}}},
		{name: "html with no body", files: map[string]string{"h.html": "<html><head><title>Nothing</title></head></html>"},
			errs: []string{"h.html: no article text found in the HTML page"}},
		{name: "html of scripts", files: map[string]string{"h.html": "<html><body><script>" + strings.Repeat("var a = 1;\n", 500) + "</script><noscript></noscript></body></html>"},
			errs: []string{"h.html: no article text found in the HTML page"}},
		{name: "json lines with one broken line", files: map[string]string{"c.jsonl": "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\n{\"id\":\"c\",\"text\":\"Three.\"}\n"},
			want: []got{{ID: "a", Text: "One.", Line: 1, Format: FormatJSONL}, {ID: "c", Text: "Three.", Line: 3, Format: FormatJSONL}},
			errs: []string{"c.jsonl:2:22: invalid JSON: unexpected end of JSON input"}},
		{name: "json object of the wrong shape", files: map[string]string{"c.jsonl": "{\"foo\":1}\n{\"id\":\"a\",\"text\":5}\n[1,2]\n{\"id\":\"b\",\"text\":\"Ok.\",\"authors\":[1]}\n{\"id\":{},\"text\":\"x\"}\n{\"id\":\"c\",\"text\":\"  \"}\n"},
			errs: []string{
				`c.jsonl:1: no "text" field; want an object with "text" (or "body", "content") and optionally "id", "title", "url", "outlet", "published", "authors"`,
				`c.jsonl:2: field "text" is a number, want a string`,
				`c.jsonl:3: record is a JSON array, want an object with "text" (or "body", "content") and optionally "id", "title", "url", "outlet", "published", "authors"`,
				`c.jsonl:4: field "authors" holds a number, want names as strings`,
				`c.jsonl:5: field "id" is an object, want a string or a number`,
				`c.jsonl:6: empty text (the "text" field holds no article)`,
			}},
		{name: "pretty-printed json named .jsonl", files: map[string]string{"p.jsonl": "{\n  \"id\": \"a\",\n  \"text\": \"One.\"\n}\n"},
			errs: []string{"p.jsonl:1: a JSON value spread over lines, not JSON Lines (one object per line); name the file .json or use --input-format json"}},
		{name: "json lines record over the limit", opts: Options{MaxRecordBytes: 100},
			files: map[string]string{"c.jsonl": "{\"id\":\"a\",\"text\":\"" + strings.Repeat("x", 200) + "\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n"},
			want:  []got{{ID: "b", Text: "Two.", Line: 2, Format: FormatJSONL}},
			errs:  []string{"c.jsonl:1: record longer than 0 MiB, skipped"}},
		{name: "json array with a bad element and broken syntax", files: map[string]string{"c.json": `[{"id":"a","text":"One."},{"id":"b"},{"id":"c","text":"Three."},{"id": }]`},
			want: []got{{ID: "a", Text: "One.", Format: FormatJSON}, {ID: "c", Text: "Three.", Format: FormatJSON}},
			errs: []string{
				`c.json: object 2: no "text" field; want an object with "text" (or "body", "content") and optionally "id", "title", "url", "outlet", "published", "authors"`,
				`c.json: invalid JSON at byte 68: invalid character '}' looking for beginning of value (the rest of the file is skipped)`,
			}},
		{name: "csv ragged rows", files: map[string]string{"c.csv": "id,title,text\na,T,One.\nb,T\nc,T,Three.,extra\nd,T,Four.\n"},
			want: []got{{ID: "a", Title: "T", Text: "One.", Line: 2, Format: FormatCSV}, {ID: "d", Title: "T", Text: "Four.", Line: 5, Format: FormatCSV}},
			errs: []string{
				"c.csv:3: row has 2 fields, the header 3: no text (a missing comma or line break inside an unquoted field?)",
				"c.csv:4: row has 4 fields, the header 3 (an unquoted comma in a field? quote the field)",
			}},
		{name: "csv stray quote", files: map[string]string{"c.csv": "id,text\na,He said \"no\" twice.\nb,Two.\n"},
			want: []got{{ID: "b", Text: "Two.", Line: 3, Format: FormatCSV}},
			errs: []string{`c.csv:2:11: stray quote in an unquoted field (quote the whole field and write a quote inside it as "")`}},
		{name: "csv unclosed quote", files: map[string]string{"c.csv": "id,text\na,One.\nb,\"Two.\nc,Three.\n"},
			want: []got{{ID: "a", Text: "One.", Line: 2, Format: FormatCSV}},
			errs: []string{`c.csv:3: quoted field not closed: a quote opened on line 3 runs to line 4 (close the quote; a quote inside a field is written "")`}},
		{name: "csv without a text column", files: map[string]string{"c.csv": "id,headline,summary\na,T,S\n"},
			errs: []string{`c.csv:1: the header row has no text column (columns: "id", "headline", "summary"); want a header row naming "text" (or "body", "content") and optionally "id", "title", "url", "outlet", "published", "authors"`}},
		{name: "csv with a duplicated column", files: map[string]string{"c.csv": "id,text,title,Text\na,One,T,Two\n"},
			errs: []string{`c.csv:1:4: columns 2 ("text") and 4 ("Text") both give the text; keep one of them`}},
		{name: "article of one word", files: map[string]string{"one.txt": "Word"},
			want: []got{{ID: "one", Text: "Word", Format: FormatText}}},
		{name: "article of 200,000 words", files: map[string]string{"long.txt": long},
			want: []got{{ID: "long", Text: strings.TrimSpace(long), Format: FormatText}}},
		{name: "missing file", files: map[string]string{}, errs: []string{"missing.txt: no such file or directory (check the path)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, tt.files)
			var paths []string
			for name := range tt.files {
				paths = append(paths, filepath.Join(dir, name))
			}
			if len(paths) == 0 {
				paths = []string{filepath.Join(dir, "missing.txt")}
			}
			arts, errs := readAll(t, Open(paths, tt.opts), dir)
			if diff := cmp.Diff(tt.want, arts); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.errs, errs); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

func utf16le(s string) string {
	b := []byte{0xff, 0xfe}
	for _, r := range s { // ASCII only in the tests
		b = append(b, byte(r), 0)
	}
	return string(b)
}

// TestReadHugeLine reads a JSON Lines record of 50 MB, which a
// bufio.Scanner with its default token limit could not.
func TestReadHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB record")
	}
	text := strings.Repeat("All work and no play. ", 50<<20/22)
	data := `{"id":"big","text":"` + text + "\"}\n" + `{"id":"small","text":"Small."}` + "\n"
	r := FromReader(strings.NewReader(data), "big.jsonl", Options{})
	a, err := r.Next()
	if err != nil {
		t.Fatalf("Next: %v", err)
	}
	if a.ID != "big" || len(a.Text) != len(strings.TrimSpace(text)) {
		t.Errorf("got id %q and %d bytes of text, want big and %d", a.ID, len(a.Text), len(strings.TrimSpace(text)))
	}
	if a, err = r.Next(); err != nil || a.ID != "small" {
		t.Errorf("second record: got %v, %v; want small", a, err)
	}
}

func TestReadDirectoryProblems(t *testing.T) {
	dir := writeFiles(t, map[string]string{"d/a.txt": "Aye.", "d/sub/b.txt": "Bee.", "d/secret/c.txt": "Sea.", "d/locked.txt": "Locked."})
	d := filepath.Join(dir, "d")
	// a symlink loop, a broken symlink, and a second link to sub
	for link, target := range map[string]string{"loop": ".", "sub/up": "..", "broken.txt": "nowhere.txt", "again": "sub"} {
		if err := os.Symlink(target, filepath.Join(d, link)); err != nil {
			t.Skipf("no symlinks here: %v", err)
		}
	}
	root := os.Geteuid() == 0 // root reads whatever the permissions say
	if !root {
		if err := os.Chmod(filepath.Join(d, "secret"), 0); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(filepath.Join(d, "locked.txt"), 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(filepath.Join(d, "secret"), 0o755) })
	}
	r := Open([]string{d}, Options{})
	if got, want := r.Size(), int64(len("Aye.")+len("Bee.")+len("Sea.")+len("Locked.")); got != want && root {
		t.Errorf("Size() = %d, want %d", got, want)
	}
	arts, errs := readAll(t, r, dir)
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	// sub is read once, through the first link to it ("again")
	const loop = ": symlink loop: it points back to a directory that contains it (skipped)"
	wantIDs := []string{"a", "b", "locked", "c"}
	wantErrs := []string{"d/again/up" + loop, "d/broken.txt: broken symlink (its target does not exist)", "d/loop" + loop}
	if !root {
		// the unreadable cases cannot be made when the tests run as root
		wantIDs = []string{"a", "b"}
		wantErrs = []string{
			"d/again/up" + loop,
			"d/broken.txt: broken symlink (its target does not exist)",
			"d/locked.txt: permission denied (check the file's permissions)",
			"d/loop" + loop,
			"d/secret: read directory: permission denied (check the file's permissions)",
		}
	}
	if diff := cmp.Diff(wantIDs, ids); diff != "" {
		t.Errorf("ids (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantErrs, errs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if r.Pos() != r.Size() && r.Size() >= 0 {
		t.Errorf("Pos() = %d at the end, want Size() = %d", r.Pos(), r.Size())
	}
}

func TestReadStdinSniffing(t *testing.T) {
	tests := []struct {
		name, in string
		want     got
	}{
		{"json lines", `{"id":"x","text":"Hi."}`, got{ID: "x", Text: "Hi.", Line: 1, Format: FormatJSONL}},
		{"pretty json object", "{\n \"id\": \"x\",\n \"text\": \"Hi.\"\n}\n", got{ID: "x", Text: "Hi.", Format: FormatJSON}},
		{"html", htmlPage, got{ID: HashID(htmlText), Title: "Talks to go on, minister says", URL: "https://news.example.org/talks", Outlet: "Example News",
			Published: "2024-11-08", Authors: []string{"Jane Doe", "John Roe"}, Text: htmlText, Format: FormatHTML}},
		{"csv", "title,text\nT,Hi.\n", got{ID: HashID("Hi."), Title: "T", Text: "Hi.", Line: 2, Format: FormatCSV}},
		{"tsv", "title\ttext\nT\tHi.\n", got{ID: HashID("Hi."), Title: "T", Text: "Hi.", Line: 2, Format: FormatTSV}},
		{"markdown", "# Title here\n\nHi.", got{ID: HashID("Hi."), Title: "Title here", Text: "Hi.", Format: FormatMarkdown}},
		{"text", "Hi there.", got{ID: HashID("Hi there."), Text: "Hi there.", Format: FormatText}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Open([]string{"-"}, Options{Stdin: bytes.NewReader([]byte(tt.in))})
			if r.Size() != -1 {
				t.Errorf("Size() = %d for stdin, want -1", r.Size())
			}
			arts, errs := readAll(t, r, "")
			if diff := cmp.Diff([]got{tt.want}, arts); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			if len(errs) > 0 {
				t.Errorf("errors: %q", errs)
			}
		})
	}
}

func TestSanitizeID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"bbc-politics-189", "bbc-politics-189"},
		{"  two  words\there ", "two-words-here"},
		{"ctl\x00\x1fchars\u200b", "ctlchars"},
		{"article:x1", "x1"},
		{"\n\t", ""},
		{"Ünïcode/ok:1", "Ünïcode/ok:1"},
	}
	for _, tt := range tests {
		if got := SanitizeID(tt.in); got != tt.want {
			t.Errorf("SanitizeID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-03-25", "2019-03-25"},
		{"2019-03-25T10:00:00+03:00", "2019-03-25"},
		{"March 25, 2019", "2019-03-25"},
		{"25 March 2019", "2019-03-25"},
		{"Mon, 25 Mar 2019 10:00:00 GMT", "2019-03-25"},
		{"", ""},
		{"yesterday", ""},
		{"2019-02-30", ""},
	}
	for _, tt := range tests {
		if got := NormalizeDate(tt.in); got != tt.want {
			t.Errorf("NormalizeDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
