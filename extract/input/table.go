package input

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// rows reads the rows of a table file.
type rows interface {
	// row returns the next row and the line it starts on. A *rowError is
	// about one row; reading may go on after it unless it is fatal.
	row() ([]string, int, error)
}

// rowError is an error about one row of a table.
type rowError struct {
	line, col int
	err       error
	fatal     bool // the rest of the file cannot be read
}

func (e *rowError) Error() string { return e.err.Error() }

// csvRows reads RFC 4180 CSV with encoding/csv. Quotes must be balanced:
// a stray quote in an unquoted field is reported for its row, an
// unterminated quoted field at the end of the file.
type csvRows struct {
	r *csv.Reader
}

func newCSVRows(br *bufio.Reader) *csvRows {
	r := csv.NewReader(br)
	r.FieldsPerRecord = -1 // ragged rows are checked against the header by tableSource
	r.ReuseRecord = true
	if head, _ := br.Peek(4 << 10); sniffSemicolon(head) {
		r.Comma = ';'
	}
	return &csvRows{r: r}
}

// sniffSemicolon reports a header row separated by semicolons (the CSV of
// spreadsheets in many locales).
func sniffSemicolon(head []byte) bool {
	first, _, _ := strings.Cut(string(head), "\n")
	return strings.Count(first, ";") > 0 && strings.Count(first, ",") == 0
}

func (c *csvRows) row() ([]string, int, error) {
	rec, err := c.r.Read()
	if err == io.EOF {
		return nil, 0, io.EOF
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			e := &rowError{line: pe.StartLine, col: pe.Column, err: pe.Err}
			switch {
			case errors.Is(pe.Err, csv.ErrQuote) && pe.Line > pe.StartLine:
				e.col = 0 // the column is where the file ended, not where the quote opened
				e.err = fmt.Errorf("quoted field not closed: a quote opened on line %d runs to line %d (close the quote; a quote inside a field is written \"\")", pe.StartLine, pe.Line)
			case errors.Is(pe.Err, csv.ErrQuote):
				e.err = errors.New("unbalanced quote in a quoted field (a quote inside a field is written \"\")")
			case errors.Is(pe.Err, csv.ErrBareQuote):
				e.err = errors.New("stray quote in an unquoted field (quote the whole field and write a quote inside it as \"\")")
			}
			return nil, pe.StartLine, e
		}
		return nil, 0, &rowError{err: fmt.Errorf("read: %w", err), fatal: true}
	}
	line, _ := c.r.FieldPos(0)
	return rec, line, nil
}

// tsvRows reads tab-separated values: one row per line, no quoting, with
// the escapes \n, \r, \t and \\ inside fields (so a body may hold
// paragraphs).
type tsvRows struct {
	r    *bufio.Reader
	max  int
	line int
	buf  []byte
}

func (t *tsvRows) row() ([]string, int, error) {
	for {
		raw, err := readLine(t.r, t.buf, t.max)
		t.buf = raw[:0]
		if err == io.EOF {
			return nil, 0, io.EOF
		}
		t.line++
		if err == errTooLong {
			return nil, t.line, &rowError{line: t.line, err: fmt.Errorf("row longer than %d MiB, skipped", t.max>>20)}
		}
		if err != nil {
			return nil, t.line, &rowError{line: t.line, err: fmt.Errorf("read: %w", err), fatal: true}
		}
		if strings.TrimSpace(string(raw)) == "" {
			continue
		}
		fields := strings.Split(string(raw), "\t")
		for i, f := range fields {
			if strings.IndexByte(f, '\\') >= 0 {
				fields[i] = tsvUnescape.Replace(f)
			}
		}
		return fields, t.line, nil
	}
}

var tsvUnescape = strings.NewReplacer(`\n`, "\n", `\r`, "\r", `\t`, "\t", `\\`, `\`)

// tableSource turns the rows of a CSV or TSV file with a header row into
// articles.
type tableSource struct {
	name    string
	rows    rows
	format  Format
	charset string
	cols    []field // field of each column
	width   int
	started bool
	done    bool
}

func newTableSource(name string, r rows, format Format, charset string) *tableSource {
	return &tableSource{name: name, rows: r, format: format, charset: charset}
}

func (s *tableSource) errAt(line, col int, err error) error {
	return &graph.ParseError{File: s.name, Line: line, Column: col, Err: err}
}

// header reads and checks the header row.
func (s *tableSource) header() error {
	head, line, err := s.rows.row()
	if err == io.EOF {
		return s.errAt(0, 0, errors.New("empty file, no header row"))
	}
	if err != nil {
		var re *rowError
		if errors.As(err, &re) {
			return s.errAt(re.line, re.col, fmt.Errorf("header row: %w", re.err))
		}
		return s.errAt(line, 0, err)
	}
	s.width = len(head)
	s.cols = make([]field, len(head))
	seen := map[field]int{}
	hasText := false
	for i, h := range head {
		f, ok := columnField[normColumn(h)]
		if !ok {
			continue // unknown columns are ignored
		}
		if j, dup := seen[f]; dup {
			return s.errAt(line, i+1, fmt.Errorf("columns %d (%q) and %d (%q) both give the %s; keep one of them", j+1, strings.TrimSpace(head[j]), i+1, strings.TrimSpace(h), f))
		}
		seen[f] = i
		s.cols[i] = f
		hasText = hasText || f == fieldText
	}
	if !hasText {
		names := make([]string, len(head))
		for i, h := range head {
			names[i] = fmt.Sprintf("%q", strings.TrimSpace(h))
		}
		return s.errAt(line, 0, fmt.Errorf("the header row has no text column (columns: %s); want a header row naming %s", strings.Join(names, ", "), expectedColumns))
	}
	return nil
}

func (s *tableSource) next() (*Article, error) {
	if s.done {
		return nil, io.EOF
	}
	if !s.started {
		s.started = true
		if err := s.header(); err != nil {
			s.done = true
			return nil, err
		}
	}
	for {
		rec, line, err := s.rows.row()
		if err == io.EOF {
			s.done = true
			return nil, io.EOF
		}
		if err != nil {
			var re *rowError
			if errors.As(err, &re) {
				s.done = re.fatal
				return nil, s.errAt(re.line, re.col, re.err)
			}
			s.done = true
			return nil, s.errAt(line, 0, err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) > s.width {
			return nil, s.errAt(line, 0, fmt.Errorf("row has %d fields, the header %d (an unquoted comma in a field? quote the field)", len(rec), s.width))
		}
		a := &Article{Origin: Origin{File: s.name, Line: line}, Format: s.format, Charset: s.charset}
		hasText := false
		for i, v := range rec {
			fixed, bad := repairUTF8([]byte(v))
			a.InvalidUTF8 += bad
			switch s.cols[i] {
			case fieldID:
				a.ID = fixed
			case fieldTitle:
				a.Title = fixed
			case fieldURL:
				a.URL = fixed
			case fieldOutlet:
				a.Outlet = fixed
			case fieldPublished:
				a.Published = fixed
			case fieldAuthors:
				a.Authors = SplitAuthors(fixed)
			case fieldText:
				a.Text, hasText = fixed, true
			case fieldLanguage:
				a.Language = fixed
			}
		}
		if !hasText {
			return nil, s.errAt(line, 0, fmt.Errorf("row has %d fields, the header %d: no text (a missing comma or line break inside an unquoted field?)", len(rec), s.width))
		}
		if msg := finish(a); msg != "" {
			return nil, s.errAt(line, 0, errors.New(msg+" (the text column is empty)"))
		}
		return a, nil
	}
}
