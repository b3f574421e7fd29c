package input

import (
	"bytes"
	"io"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/clean"
)

// fuzzRead reads data as the given format and checks what every reader
// promises: no panic, valid UTF-8 text, non-empty ids, and an end.
func fuzzRead(t *testing.T, data []byte, name string, f Format) {
	r := FromReader(bytes.NewReader(data), name, Options{Format: f, MaxRecordBytes: 1 << 20})
	for i := 0; ; i++ {
		if i > len(data)+10 {
			t.Fatalf("more results (%d) than the input can hold", i)
		}
		a, err := r.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			continue
		}
		if !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title) || a.ID == "" || a.Text == "" {
			t.Fatalf("bad article %+v", a)
		}
		if c := clean.Clean(a.Text); !utf8.ValidString(c.Body) {
			t.Fatalf("clean made invalid UTF-8 of %q", a.Text)
		}
	}
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","authors":["A","B"],"text":"One."}` + "\n" + `{"text":"Two.","authors":"A; B"}`))
	f.Add([]byte("{\"id\":1,\"text\":\"x\"}\n{broken\n[1]\n{\"text\":5}\n\xff\xfe"))
	f.Add([]byte(`[{"id":"a","text":"One."}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, "f.jsonl", FormatJSONL)
		fuzzRead(t, data, "f.json", FormatJSON)
	})
}

func FuzzCSV(f *testing.F) {
	f.Add([]byte("id,title,authors,text\na,T,A;B,\"One, two.\"\nb,,,Two.\n"))
	f.Add([]byte("text,text\n\"unclosed\nx,y,z\n"))
	f.Add([]byte("id\ttext\na\tOne\\n\\nTwo.\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, "f.csv", FormatCSV)
		fuzzRead(t, data, "f.tsv", FormatTSV)
	})
}

func FuzzHTML(f *testing.F) {
	f.Add([]byte(htmlPage))
	f.Add([]byte("<html><body><p>One.</p><script>x</script></body></html>"))
	f.Add([]byte("<meta charset=\"windows-1252\"><p>caf\xe9</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, "f.html", FormatHTML)
	})
}

func FuzzText(f *testing.F) {
	f.Add([]byte("Skip to main content\nnews\n\nA title here\n\nSource: Meduza\nBody."))
	f.Add([]byte("---\ntitle: T\n---\n# H\n\n*a* [b](c) `d`\n"))
	f.Add([]byte("\ufeffT\r\n\r\nbody\rmore\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, data, "f.txt", FormatText)
		fuzzRead(t, data, "f.md", FormatMarkdown)
		fuzzRead(t, data, filepath.Join("dir", "f.unknown"), FormatAuto)
	})
}
