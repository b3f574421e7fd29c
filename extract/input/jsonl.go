package input

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// jsonlSource reads JSON Lines: one article object per line. Lines may be
// of any length up to the record limit (no bufio.Scanner token limit).
type jsonlSource struct {
	name    string
	r       *bufio.Reader
	max     int
	charset string
	line    int
	buf     []byte
	done    bool
}

// errTooLong is returned by readLine for a line over the limit.
var errTooLong = errors.New("line too long")

// readLine reads one line without its end, reusing buf. A line longer
// than max is skipped to its end and gives errTooLong.
func readLine(r *bufio.Reader, buf []byte, max int) ([]byte, error) {
	buf = buf[:0]
	tooLong := false
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > max+1 {
				tooLong = true
				buf = buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch err {
		case nil:
			if tooLong {
				return buf, errTooLong
			}
			return bytes.TrimRight(buf, "\r\n"), nil
		case bufio.ErrBufferFull:
			continue
		case io.EOF:
			if tooLong {
				return buf, errTooLong
			}
			if len(buf) == 0 {
				return nil, io.EOF
			}
			return bytes.TrimRight(buf, "\r\n"), nil
		default:
			return buf, err
		}
	}
}

func (s *jsonlSource) next() (*Article, error) {
	for !s.done {
		raw, err := readLine(s.r, s.buf, s.max)
		s.buf = raw[:0]
		if err == io.EOF {
			s.done = true
			break
		}
		s.line++
		if err == errTooLong {
			return nil, s.errorf(0, "record longer than %d MiB, skipped", s.max>>20)
		}
		if err != nil {
			s.done = true
			return nil, s.errorf(0, "read: %w", err)
		}
		raw = bytes.TrimSpace(raw)
		if s.line == 1 {
			raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
		}
		if len(raw) == 0 {
			continue
		}
		if len(raw) == 1 && (raw[0] == '{' || raw[0] == '[') {
			// pretty-printed JSON: every following line would fail too
			s.done = true
			return nil, s.errorf(0, "a JSON value spread over lines, not JSON Lines (one object per line); name the file .json or use --input-format json")
		}
		a, col, err := decodeRecord(raw)
		if err != nil {
			return nil, s.errorf(col, "%w", err)
		}
		a.Origin = Origin{File: s.name, Line: s.line}
		a.Format, a.Charset = FormatJSONL, s.charset
		return a, nil
	}
	return nil, io.EOF
}

func (s *jsonlSource) errorf(col int, format string, args ...any) error {
	return &graph.ParseError{File: s.name, Line: s.line, Column: col, Err: fmt.Errorf(format, args...)}
}

// jsonRecord is an article object. Text may come as "text", "body" or
// "content"; unknown keys are ignored.
type jsonRecord struct {
	ID        jsonID     `json:"id"`
	Title     string     `json:"title"`
	URL       string     `json:"url"`
	Outlet    string     `json:"outlet"`
	Published string     `json:"published"`
	Date      string     `json:"date"`
	Authors   authorList `json:"authors"`
	Author    authorList `json:"author"`
	Text      *string    `json:"text"`
	Body      *string    `json:"body"`
	Content   *string    `json:"content"`
	Language  string     `json:"language"`
}

// jsonID accepts a string or a number.
type jsonID string

func (id *jsonID) UnmarshalJSON(b []byte) error {
	switch {
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*id = jsonID(s)
	case string(b) == "null":
	case len(b) > 0 && (b[0] == '-' || b[0] >= '0' && b[0] <= '9'):
		*id = jsonID(b)
	default:
		return fmt.Errorf("field \"id\" is %s, want a string or a number", jsonKind(b))
	}
	return nil
}

// authorList accepts a list of names or one string of names.
type authorList []string

func (al *authorList) UnmarshalJSON(b []byte) error {
	switch {
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*al = SplitAuthors(s)
	case len(b) > 0 && b[0] == '[':
		var raw []json.RawMessage
		if err := json.Unmarshal(b, &raw); err != nil {
			return err
		}
		for _, r := range raw {
			var s string
			if err := json.Unmarshal(r, &s); err != nil {
				if string(r) == "null" {
					continue
				}
				return fmt.Errorf("field \"authors\" holds %s, want names as strings", jsonKind(r))
			}
			if s = cleanAuthor(s); s != "" {
				*al = append(*al, s)
			}
		}
	case string(b) == "null":
	default:
		return fmt.Errorf("field \"authors\" is %s, want a list of names or a string", jsonKind(b))
	}
	return nil
}

// decodeRecord decodes one article object, returning the byte column of a
// syntax error when there is one.
func decodeRecord(raw []byte) (*Article, int, error) {
	bad := 0
	valid := utf8.Valid(raw)
	if !valid {
		_, bad = repairUTF8(raw) // encoding/json replaces them with U+FFFD
	}
	var rec jsonRecord
	if !valid || !decodeFast(raw, &rec) {
		rec = jsonRecord{} // what the fast decoder read before giving up
		if err := json.Unmarshal(raw, &rec); err != nil {
			var se *json.SyntaxError
			var te *json.UnmarshalTypeError
			switch {
			case errors.As(err, &se):
				return nil, int(se.Offset), fmt.Errorf("invalid JSON: %v", se)
			case errors.As(err, &te) && te.Field == "":
				return nil, 0, fmt.Errorf("record is a JSON %s, want an object with %s", te.Value, expectedColumns)
			case errors.As(err, &te):
				return nil, 0, fmt.Errorf("field %q is %s, want %s", te.Field, article(te.Value), "a string")
			}
			if strings.HasPrefix(err.Error(), "unexpected end of JSON input") {
				return nil, 0, errors.New("invalid JSON: the record is cut short")
			}
			return nil, 0, err
		}
	}
	text := rec.Text
	if text == nil {
		text = rec.Body
	}
	if text == nil {
		text = rec.Content
	}
	if text == nil {
		return nil, 0, fmt.Errorf("no \"text\" field; want an object with %s", expectedColumns)
	}
	a := &Article{
		ID: string(rec.ID), Title: rec.Title, URL: rec.URL, Outlet: rec.Outlet,
		Published: rec.Published, Authors: rec.Authors, Text: *text, InvalidUTF8: bad,
		Language: rec.Language,
	}
	if a.Published == "" {
		a.Published = rec.Date
	}
	if len(a.Authors) == 0 {
		a.Authors = rec.Author
	}
	if msg := finish(a); msg != "" {
		return nil, 0, errors.New(msg + " (the \"text\" field holds no article)")
	}
	return a, 0, nil
}

// jsonKind names the JSON type of a value for messages.
func jsonKind(b []byte) string {
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return "empty"
	}
	switch b[0] {
	case '{':
		return "an object"
	case '[':
		return "a list"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// article puts "a"/"an" before an encoding/json type name.
func article(v string) string {
	switch v {
	case "array":
		return "a list"
	case "object":
		return "an object"
	case "number", "string", "bool":
		if v == "bool" {
			v = "boolean"
		}
		return "a " + v
	}
	if strings.HasPrefix(v, "number") {
		return "a number"
	}
	return v
}

// jsonSource reads a .json file: an array of article objects, or objects
// one after another. A syntax error ends the file, since a JSON stream
// cannot be resynchronised.
type jsonSource struct {
	name    string
	dec     *json.Decoder
	charset string
	array   bool
	started bool
	n       int
	done    bool
}

func newJSONSource(name string, br *bufio.Reader, charset string) *jsonSource {
	// skip a byte order mark and white space to see whether an array starts
	for {
		b, err := br.Peek(3)
		if len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf {
			br.Discard(3)
			continue
		}
		if len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
			br.Discard(1)
			continue
		}
		s := &jsonSource{name: name, dec: json.NewDecoder(br), charset: charset}
		if err == nil || len(b) > 0 {
			s.array = b[0] == '['
		}
		return s
	}
}

func (s *jsonSource) next() (*Article, error) {
	if s.done {
		return nil, io.EOF
	}
	if !s.started {
		s.started = true
		if s.array {
			if _, err := s.dec.Token(); err != nil {
				return s.fail(err)
			}
		}
	}
	if !s.dec.More() {
		s.done = true
		if s.array {
			if _, err := s.dec.Token(); err != nil && err != io.EOF {
				return s.fail(err)
			}
		}
		return nil, io.EOF
	}
	var raw json.RawMessage
	if err := s.dec.Decode(&raw); err != nil {
		if err == io.EOF {
			s.done = true
			return nil, io.EOF
		}
		return s.fail(err)
	}
	s.n++
	a, _, err := decodeRecord(raw)
	if err != nil {
		return nil, &graph.ParseError{File: s.name, Err: fmt.Errorf("object %d: %w", s.n, err)}
	}
	a.Origin = Origin{File: s.name}
	a.Format, a.Charset = FormatJSON, s.charset
	return a, nil
}

func (s *jsonSource) fail(err error) (*Article, error) {
	s.done = true
	msg := err.Error()
	var se *json.SyntaxError
	if errors.As(err, &se) {
		msg = fmt.Sprintf("invalid JSON at byte %d: %v (the rest of the file is skipped)", se.Offset, se)
	}
	return nil, &graph.ParseError{File: s.name, Err: errors.New(msg)}
}
