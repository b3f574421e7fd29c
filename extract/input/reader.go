package input

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync/atomic"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/newsgraph/newsgraph/graph"
)

// DefaultMaxRecordBytes is the default limit on the size of one record
// (a JSON Lines line, a CSV row) or one-article file.
const DefaultMaxRecordBytes = 256 << 20

// Options tunes a Reader.
type Options struct {
	// Format forces the format of every input; FormatAuto (the zero value)
	// chooses by extension, and by content for stdin and other extensions.
	Format Format
	// MaxRecordBytes limits the size of one record or one-article file, so
	// that a huge binary file cannot exhaust memory; 0 means
	// DefaultMaxRecordBytes.
	MaxRecordBytes int
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
}

// Reader yields the articles of a list of inputs: files, directories (read
// recursively in name order, skipping hidden files and files of unknown
// extension) and "-" for stdin.
//
// A Reader is not safe for concurrent use, except that Size and Pos may be
// called from any goroutine (for a progress bar).
type Reader struct {
	opts   Options
	paths  []string
	items  []item
	walked bool
	next   int

	cur    source
	file   io.Closer
	curIt  item
	curPos int64 // bytes of the current input read so far

	size atomic.Int64
	pos  atomic.Int64
}

// item is one input to read, or an error to report in its place.
type item struct {
	path   string
	size   int64 // -1 when unknown
	format Format
	r      io.Reader // set for stdin and FromReader
	err    error
}

// Open returns a Reader over paths. Nothing is read until Next or Size.
func Open(paths []string, opts Options) *Reader {
	if opts.MaxRecordBytes <= 0 {
		opts.MaxRecordBytes = DefaultMaxRecordBytes
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	return &Reader{opts: opts, paths: paths}
}

// FromReader returns a Reader of the articles in r, named name in messages
// and ids; the format comes from opts.Format, else from name's extension,
// else from the content.
func FromReader(r io.Reader, name string, opts Options) *Reader {
	rd := Open(nil, opts)
	rd.items = []item{{path: name, size: -1, format: formatOf(name), r: r}}
	rd.walked = true
	rd.size.Store(-1)
	return rd
}

// Size returns the total size in bytes of all inputs, or -1 when it is not
// known (stdin, pipes). It walks the directories on the first call.
func (r *Reader) Size() int64 {
	r.walk()
	return r.size.Load()
}

// Pos returns how many bytes of the inputs have been read so far.
func (r *Reader) Pos() int64 { return r.pos.Load() }

func (r *Reader) walk() {
	if r.walked {
		return
	}
	r.walked = true
	w := walker{stdin: r.opts.Stdin}
	for _, p := range r.paths {
		w.path(p)
	}
	r.items = w.items
	var total int64
	for _, it := range r.items {
		if it.err != nil {
			continue
		}
		if it.size < 0 {
			total = -1
			break
		}
		total += it.size
	}
	r.size.Store(total)
}

// Next returns the next article, io.EOF at the end, or an error about one
// input (a *graph.ParseError naming the file, and the line when known);
// after such an error Next may be called again to go on with the rest.
func (r *Reader) Next() (*Article, error) {
	r.walk()
	for {
		if r.cur != nil {
			a, err := r.cur.next()
			if err == io.EOF {
				r.closeCur()
				continue
			}
			if err != nil {
				return nil, err
			}
			return a, nil
		}
		if r.next >= len(r.items) {
			return nil, io.EOF
		}
		it := r.items[r.next]
		r.next++
		if it.err != nil {
			return nil, it.err
		}
		if err := r.open(it); err != nil {
			r.closeCur()
			return nil, err
		}
	}
}

// Close releases the open file, if any.
func (r *Reader) Close() error {
	r.closeCur()
	r.next = len(r.items)
	return nil
}

func (r *Reader) closeCur() {
	if r.file != nil {
		r.file.Close()
		r.file = nil
	}
	if r.cur != nil || r.curIt.path != "" {
		// count the unread rest of the input as done, for the progress bar
		if rest := r.curIt.size - r.curPos; rest > 0 {
			r.pos.Add(rest)
		}
	}
	r.cur, r.curIt, r.curPos = nil, item{}, 0
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r  io.Reader
	rd *Reader
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.rd.curPos += int64(n)
	c.rd.pos.Add(int64(n))
	return n, err
}

// errBinary is the message for a file that is not text.
var errBinary = errors.New("binary file, not an article (is it compressed or an image? give text, HTML, JSON Lines or CSV)")

func (r *Reader) open(it item) error {
	r.curIt = it // even if it cannot be opened, its size counts as done
	var in io.Reader = it.r
	if in == nil {
		f, err := os.Open(it.path)
		if err != nil {
			return &graph.ParseError{File: it.path, Err: openErr(err)}
		}
		r.file = f
		in = f
	}
	br := bufio.NewReaderSize(&countingReader{r: in, rd: r}, 64<<10)
	head, err := br.Peek(8 << 10)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return &graph.ParseError{File: it.path, Err: fmt.Errorf("read: %w", err)}
	}
	var charset string
	if bom := utf16BOM(head); bom != nil {
		// UTF-16 with a byte order mark: decode to UTF-8 first.
		charset = bom.name
		br = bufio.NewReaderSize(transform.NewReader(br, bom.enc.NewDecoder()), 64<<10)
		head, _ = br.Peek(8 << 10)
	}
	if len(bytes.TrimSpace(head)) == 0 {
		return &graph.ParseError{File: it.path, Err: errors.New("empty file, no article")}
	}
	if looksBinary(head) {
		return &graph.ParseError{File: it.path, Err: errBinary}
	}
	format := r.opts.Format
	if format == FormatAuto {
		format = it.format
	}
	if format == FormatAuto {
		format = sniff(head)
	}
	max := r.opts.MaxRecordBytes
	switch format {
	case FormatJSONL:
		r.cur = &jsonlSource{name: it.path, r: br, max: max, charset: charset}
	case FormatJSON:
		r.cur = newJSONSource(it.path, br, charset)
	case FormatCSV:
		r.cur = newTableSource(it.path, newCSVRows(br), FormatCSV, charset)
	case FormatTSV:
		r.cur = newTableSource(it.path, &tsvRows{r: br, max: max}, FormatTSV, charset)
	default:
		data, err := io.ReadAll(io.LimitReader(br, int64(max)+1))
		if err != nil {
			return &graph.ParseError{File: it.path, Err: fmt.Errorf("read: %w", err)}
		}
		if len(data) > max {
			return &graph.ParseError{File: it.path, Err: fmt.Errorf("file larger than %d MiB, not one article (split it or raise the limit)", max>>20)}
		}
		a, err := readOne(it.path, format, data)
		if err != nil {
			return &graph.ParseError{File: it.path, Err: err}
		}
		if charset != "" {
			a.Charset = charset
		}
		r.cur = &oneSource{a: a}
	}
	return nil
}

func openErr(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file or directory (check the path)")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied (check the file's permissions)")
	}
	return err
}

// bomDecoder is the decoder a byte order mark calls for.
type bomDecoder struct {
	name string
	enc  encoding.Encoding
}

// source yields the articles of one input.
type source interface {
	// next returns the next article, io.EOF at the end, or an error about
	// one record; after an error that ends the input it returns io.EOF.
	next() (*Article, error)
}

// oneSource is the single article of a one-article file.
type oneSource struct{ a *Article }

func (s *oneSource) next() (*Article, error) {
	if s.a == nil {
		return nil, io.EOF
	}
	a := s.a
	s.a = nil
	return a, nil
}

// utf16BOM returns the decoder for a UTF-16 byte order mark at the start
// of head, or nil.
func utf16BOM(head []byte) *bomDecoder {
	switch {
	case bytes.HasPrefix(head, []byte{0xff, 0xfe}):
		return &bomDecoder{"utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)}
	case bytes.HasPrefix(head, []byte{0xfe, 0xff}):
		return &bomDecoder{"utf-16be", unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)}
	}
	return nil
}
