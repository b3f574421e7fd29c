package input

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Options tunes a Reader.
type Options struct{}

// Reader yields the articles of a list of inputs (files, directories, "-").
//
// PLACEHOLDER: only .jsonl and one-article text files; being replaced by the
// full implementation (HTML, CSV, directories, stdin, sniffing, errors).
type Reader struct {
	paths []string
	cur   *bufio.Scanner
	file  *os.File
	name  string
	line  int
}

// Open returns a Reader over paths. Nothing is opened until Next.
func Open(paths []string, opts Options) *Reader { return &Reader{paths: paths} }

// Next returns the next article, io.EOF at the end, or an error about one
// input (a *graph.ParseError when the position is known); after such an
// error Next may be called again to go on with the rest.
func (r *Reader) Next() (*Article, error) {
	for {
		if r.cur != nil {
			if r.cur.Scan() {
				r.line++
				var rec struct {
					ID, Title, URL, Outlet, Published, Text string
					Authors                                 []string
				}
				if strings.TrimSpace(r.cur.Text()) == "" {
					continue
				}
				if err := json.Unmarshal(r.cur.Bytes(), &rec); err != nil {
					return nil, &graph.ParseError{File: r.name, Line: r.line, Err: err}
				}
				return &Article{ID: rec.ID, Title: rec.Title, URL: rec.URL, Outlet: rec.Outlet,
					Published: rec.Published, Authors: rec.Authors, Text: rec.Text,
					Origin: Origin{File: r.name, Line: r.line}}, nil
			}
			r.file.Close()
			r.cur = nil
		}
		if len(r.paths) == 0 {
			return nil, io.EOF
		}
		p := r.paths[0]
		r.paths = r.paths[1:]
		if strings.HasSuffix(p, ".jsonl") {
			f, err := os.Open(p)
			if err != nil {
				return nil, err
			}
			r.file, r.name, r.line = f, p, 0
			r.cur = bufio.NewScanner(f)
			r.cur.Buffer(nil, 64<<20)
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		return &Article{ID: id, Text: string(data), Origin: Origin{File: p}}, nil
	}
}

// Close releases the open file, if any.
func (r *Reader) Close() error {
	if r.file != nil {
		return r.file.Close()
	}
	return nil
}
