package importer

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// The CSV dialect of the files: RFC 4180 with a comma between fields and
// the double quote as quote, a quote inside a quoted field written twice.
// Line breaks inside quoted fields are kept exactly ("\r\n" stays "\r\n",
// which encoding/csv would turn into "\n"); records end with "\n" or
// "\r\n".
const (
	comma = ','
	quote = '"'
)

// maxFieldBytes bounds one field, so that a binary or broken file (a quote
// that is never closed) cannot exhaust memory.
const maxFieldBytes = 64 << 20

// cell is one field to write: a quoted string, or raw text (a number, a
// boolean, a header name) written as it is; the zero cell is an empty,
// unquoted field, which both neo4j-admin and LOAD CSV read as null.
type cell struct {
	s      string
	quoted bool
}

// csvWriter writes records of cells.
type csvWriter struct {
	w *bufio.Writer
	// multiline is set once a written value holds a line break, which
	// neo4j-admin must be told of (--multiline-fields).
	multiline bool
	// escapes is set once a written value holds a backslash before a
	// quote or another backslash, or at its end, which LOAD CSV reads as
	// an escape unless the server's dbms.import.csv.legacy_quote_escaping
	// is false.
	escapes bool
	rows    int64
	scratch []byte // one record, encoded
}

func newCSVWriter(w io.Writer) *csvWriter {
	return &csvWriter{w: bufio.NewWriterSize(w, 64<<10)}
}

// write writes one record; errors stick in the bufio.Writer and come out of
// flush.
func (cw *csvWriter) write(cells []cell) {
	var ml, esc bool
	cw.scratch, ml, esc = appendRecord(cw.scratch[:0], cells)
	cw.writeEncoded(cw.scratch, 1, ml, esc)
}

// writeEncoded writes rows records appendRecord encoded, and what it said
// of them.
func (cw *csvWriter) writeEncoded(b []byte, rows int64, multiline, escapes bool) {
	cw.w.Write(b)
	cw.rows += rows
	cw.multiline = cw.multiline || multiline
	cw.escapes = cw.escapes || escapes
}

// appendRecord appends one record to dst, and reports whether a value holds
// a line break (multiline) or a backslash LOAD CSV would read as an escape
// (see csvWriter). The export's files are written with it rather than with
// gocsv, which the package keeps for the rejects file: gocsv marshals one
// struct type per file by reflection, where these columns come from the
// schema, and its encoding/csv would rewrite line breaks inside values;
// appending to a byte slice also lets Prepare encode rows on every core
// and Commit copy them, for the bulk path of newsgraph load.
func appendRecord(dst []byte, cells []cell) (b []byte, multiline, escapes bool) {
	for i, c := range cells {
		if i > 0 {
			dst = append(dst, comma)
		}
		if !c.quoted {
			dst = append(dst, c.s...)
			continue
		}
		if !plain(c.s) {
			if strings.ContainsAny(c.s, "\r\n") {
				multiline = true
			}
			if strings.Contains(c.s, `\"`) || strings.Contains(c.s, `\\`) || strings.HasSuffix(c.s, `\`) {
				escapes = true
			}
		}
		dst = append(dst, quote)
		s := c.s
		for {
			i := strings.IndexByte(s, quote)
			if i < 0 {
				break
			}
			dst = append(dst, s[:i+1]...)
			dst = append(dst, quote)
			s = s[i+1:]
		}
		dst = append(dst, s...)
		dst = append(dst, quote)
	}
	return append(dst, '\n'), multiline, escapes
}

// plain says whether s holds no line break and no backslash, as most
// values do: one pass over it rather than one per question.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\r', '\n', '\\':
			return false
		}
	}
	return true
}

func (cw *csvWriter) flush() error { return cw.w.Flush() }

// record is one record read: its fields, whether each was quoted, the line
// each field starts on, and the raw text of the record, for the rejects
// file.
type record struct {
	fields []string
	quoted []bool
	lines  []int
	line   int // the line the record starts on
	raw    string
}

func (r *record) add(s string, quoted bool, line int) {
	r.fields = append(r.fields, s)
	r.quoted = append(r.quoted, quoted)
	r.lines = append(r.lines, line)
}

// syntaxError is a CSV syntax error at a line and field.
type syntaxError struct {
	line, field int // field is 1-based
	err         error
	// fatal errors end the file: the rest cannot be read (a quote that is
	// never closed, a read error).
	fatal bool
}

func (e *syntaxError) Error() string { return e.err.Error() }

// csvReader reads records in the dialect of the package, keeping the line of
// every field and the raw record.
type csvReader struct {
	r    *bufio.Reader
	line int // line breaks read so far
	raw  bytes.Buffer
	buf  bytes.Buffer
	done bool
}

func newCSVReader(r io.Reader) *csvReader {
	br := bufio.NewReaderSize(r, 64<<10)
	if bom, err := br.Peek(3); err == nil && string(bom) == "\ufeff" {
		br.Discard(3)
	}
	return &csvReader{r: br}
}

// readByte reads one byte, keeping it in the raw record and counting lines.
func (cr *csvReader) readByte() (byte, error) {
	b, err := cr.r.ReadByte()
	if err != nil {
		return 0, err
	}
	if cr.raw.Len() < maxFieldBytes {
		cr.raw.WriteByte(b)
	}
	if b == '\n' {
		cr.line++
	}
	return b, nil
}

// read returns the next record, io.EOF at the end, or a *syntaxError about
// one record; reading may go on after an error that is not fatal. Blank
// lines are skipped.
func (cr *csvReader) read() (*record, error) {
	for !cr.done {
		cr.raw.Reset()
		rec := &record{line: cr.line + 1}
		err := cr.readRecord(rec)
		if err == io.EOF {
			cr.done = true
			return nil, io.EOF
		}
		if err != nil {
			var se *syntaxError
			if !errors.As(err, &se) {
				se = &syntaxError{line: cr.line + 1, err: fmt.Errorf("read: %w", err), fatal: true}
			}
			if !se.fatal {
				// go on with the next line
				if err := cr.skipLine(); err != nil && err != io.EOF {
					se.fatal = true
				}
			}
			cr.done = se.fatal
			return nil, se
		}
		if len(rec.fields) == 1 && rec.fields[0] == "" && !rec.quoted[0] {
			continue // a blank line
		}
		rec.raw = strings.TrimRight(cr.raw.String(), "\r\n")
		return rec, nil
	}
	return nil, io.EOF
}

// skipLine reads up to and including the next line end, after a syntax
// error, so that reading goes on with the next record.
func (cr *csvReader) skipLine() error {
	if cr.raw.Len() > 0 && cr.raw.Bytes()[cr.raw.Len()-1] == '\n' {
		return nil
	}
	for {
		b, err := cr.readByte()
		if err != nil {
			return err
		}
		if b == '\n' {
			return nil
		}
	}
}

// readRecord reads the fields of one record into rec. It returns io.EOF
// when the input ends before the record starts.
func (cr *csvReader) readRecord(rec *record) error {
	for {
		ended, err := cr.readField(rec)
		if err != nil {
			return err
		}
		if ended {
			return nil
		}
	}
}

// readField reads one field and the comma or line end after it into rec,
// and reports whether that ended the record.
func (cr *csvReader) readField(rec *record) (ended bool, err error) {
	n := len(rec.fields) + 1
	line := cr.line + 1
	bad := func(fatal bool, format string, args ...any) error {
		return &syntaxError{line: line, field: n, err: fmt.Errorf(format, args...), fatal: fatal}
	}
	cr.buf.Reset()
	b, err := cr.readByte()
	switch {
	case err == io.EOF && n == 1:
		return true, io.EOF
	case err == io.EOF:
		rec.add("", false, line) // "a,b," at the end of the file
		return true, nil
	case err != nil:
		return true, bad(true, "read: %w", err)
	case b == quote:
		return cr.quotedField(rec, n, line)
	}
	// An unquoted field: up to a comma or the line end.
	for {
		switch b {
		case comma:
			rec.add(cr.buf.String(), false, line)
			return false, nil
		case '\n':
			rec.add(strings.TrimSuffix(cr.buf.String(), "\r"), false, line)
			return true, nil
		case quote:
			return true, bad(false, "stray quote in an unquoted field (quote the whole field, and write a quote inside it as \"\")")
		}
		if cr.buf.Len() >= maxFieldBytes {
			return true, bad(true, "field longer than %d MiB (is this a CSV file?)", maxFieldBytes>>20)
		}
		cr.buf.WriteByte(b)
		b, err = cr.readByte()
		if err == io.EOF {
			rec.add(strings.TrimSuffix(cr.buf.String(), "\r"), false, line)
			return true, nil
		}
		if err != nil {
			return true, bad(true, "read: %w", err)
		}
	}
}

// quotedField reads the rest of a quoted field whose opening quote was read,
// and the comma or line end after it.
func (cr *csvReader) quotedField(rec *record, n, line int) (ended bool, err error) {
	for {
		b, err := cr.readByte()
		if err == io.EOF {
			return true, &syntaxError{line: line, field: n, fatal: true,
				err: fmt.Errorf("quoted field not closed: the quote opened on line %d runs to the end of the file (close it; a quote inside a field is written \"\")", line)}
		}
		if err != nil {
			return true, &syntaxError{line: cr.line + 1, field: n, fatal: true, err: fmt.Errorf("read: %w", err)}
		}
		if b != quote {
			if cr.buf.Len() >= maxFieldBytes {
				return true, &syntaxError{line: line, field: n, fatal: true,
					err: fmt.Errorf("quoted field longer than %d MiB (a quote that is never closed?)", maxFieldBytes>>20)}
			}
			cr.buf.WriteByte(b)
			continue
		}
		// A quote: doubled, or the end of the field.
		b, err = cr.readByte()
		if err == io.EOF {
			rec.add(cr.buf.String(), true, line)
			return true, nil
		}
		if err != nil {
			return true, &syntaxError{line: cr.line + 1, field: n, fatal: true, err: fmt.Errorf("read: %w", err)}
		}
		switch b {
		case quote:
			cr.buf.WriteByte(quote)
			continue
		case comma:
			rec.add(cr.buf.String(), true, line)
			return false, nil
		case '\n':
			rec.add(cr.buf.String(), true, line)
			return true, nil
		case '\r':
			if next, err := cr.r.Peek(1); err == io.EOF || (err == nil && next[0] == '\n') {
				if err == nil {
					cr.readByte()
				}
				rec.add(cr.buf.String(), true, line)
				return true, nil
			}
		}
		return true, &syntaxError{line: cr.line + 1, field: n,
			err: errors.New("text after the closing quote of a quoted field (a quote inside a field is written \"\")")}
	}
}
