package graph

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// DocumentReader reads document JSON Lines, one Document per line, keeping
// track of line numbers for error messages. Blank lines are skipped. A whole
// JSON array of documents (the --format json output) is read as well.
type DocumentReader struct {
	name  string
	r     *bufio.Reader
	line  int
	array *json.Decoder // set when the input is a JSON array
	fatal error         // the error no reading goes past, once met
}

// NewDocumentReader returns a reader of documents from r; name is used in
// errors (a file name, or "-" for stdin).
func NewDocumentReader(r io.Reader, name string) *DocumentReader {
	return &DocumentReader{name: name, r: bufio.NewReaderSize(r, 1<<16)}
}

// Line returns the line number of the document last returned by Read.
func (dr *DocumentReader) Line() int { return dr.line }

// Read returns the next document, or io.EOF at the end. A document that
// cannot be read gives a *ParseError naming its line (or array element);
// whether reading may go on after it is for Skippable to say.
func (dr *DocumentReader) Read() (*Document, error) {
	raw, err := dr.ReadRaw()
	if err != nil {
		return nil, err
	}
	return dr.Decode(raw)
}

// Skippable reports whether err, returned by Read, is about one document
// only — a line or an array element that is not a valid document — so
// that Read may be called again for the next one. An I/O error or a broken
// JSON array is not: no reading goes past it, and Read returns it again.
func (dr *DocumentReader) Skippable(err error) bool {
	return err != nil && err != io.EOF && err != dr.fatal
}

// RawDocument is one document as read, not yet decoded: a line of JSON
// Lines (or an element of a JSON array) and the SHA-256 of its bytes.
// The lines `newsgraph extract` writes are the canonical JSON of their
// documents, so their SHA256 is the document's DocSHA256, and a load can
// tell an unchanged document without decoding it (Writer.KnownHashes).
type RawDocument struct {
	Data   []byte
	SHA256 string
	line   int
}

// ReadRaw returns the next document undecoded, or io.EOF at the end; Decode
// decodes it. Its errors are those of Read that are not about one document
// (see Skippable), and the error of a bad array element.
func (dr *DocumentReader) ReadRaw() (RawDocument, error) {
	if dr.fatal != nil {
		return RawDocument{}, dr.fatal
	}
	var raw []byte
	var err error
	if dr.array != nil {
		raw, err = dr.readArrayRaw()
	} else {
		raw, err = dr.readLine()
		if err == nil && dr.line == 1 && raw[0] == '[' {
			raw, err = dr.startArrayRaw(raw)
		}
	}
	if err != nil {
		if err != io.EOF {
			dr.fatal = err
		}
		return RawDocument{}, err
	}
	sum := sha256.Sum256(raw)
	return RawDocument{Data: raw, SHA256: hex.EncodeToString(sum[:]), line: dr.line}, nil
}

// Decode decodes a document ReadRaw returned. Its error, a *ParseError
// naming the line, is about that document only: reading may go on. It
// changes nothing of dr, so it may run in another goroutine than ReadRaw,
// on documents ReadRaw handed over.
func (dr *DocumentReader) Decode(raw RawDocument) (*Document, error) {
	doc, err := decodeDocument(raw.Data)
	if err != nil {
		if dr.array != nil {
			return nil, &ParseError{File: dr.name, Err: fmt.Errorf("array element %d: %w", raw.line, err)}
		}
		return nil, &ParseError{File: dr.name, Line: raw.line, Err: err}
	}
	return doc, nil
}

// readLine returns the next non-blank line, trimmed.
func (dr *DocumentReader) readLine() ([]byte, error) {
	for {
		raw, err := dr.r.ReadBytes('\n')
		if len(raw) == 0 && err != nil {
			if err == io.EOF {
				return nil, io.EOF
			}
			return nil, &ParseError{File: dr.name, Line: dr.line + 1, Err: err}
		}
		dr.line++
		raw = bytes.TrimSpace(raw)
		if dr.line == 1 {
			raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
		}
		if len(raw) > 0 {
			return raw, nil
		}
	}
}

func (dr *DocumentReader) startArrayRaw(first []byte) ([]byte, error) {
	rest := io.MultiReader(bytes.NewReader(first), bytes.NewReader([]byte("\n")), dr.r)
	dr.array = json.NewDecoder(rest)
	if _, err := dr.array.Token(); err != nil { // '['
		return nil, &ParseError{File: dr.name, Line: 1, Err: err}
	}
	return dr.readArrayRaw()
}

func (dr *DocumentReader) readArrayRaw() ([]byte, error) {
	if !dr.array.More() {
		return nil, io.EOF
	}
	var raw json.RawMessage
	if err := dr.array.Decode(&raw); err != nil {
		return nil, &ParseError{File: dr.name, Err: fmt.Errorf("in JSON array: %w", err)}
	}
	dr.line++ // element number stands in for the line
	return raw, nil
}

// DecodeDocument parses one document from JSON and checks it against the
// model. Unknown fields are rejected so that a file of another shape (a raw
// article, say) is reported instead of loading as an empty document.
func DecodeDocument(data []byte) (*Document, error) { return decodeDocument(data) }

func decodeDocument(data []byte) (*Document, error) {
	doc, err := decodeFast(data)
	if err != nil {
		// The reference decoder decides, and says what is wrong in its
		// words: the fast one rejects nothing it accepts that matters,
		// and a bad line is rare.
		doc, err = decodeStd(data)
	}
	if err != nil {
		return nil, err
	}
	if doc.Article.ID == "" {
		return nil, errors.New("not a newsgraph document: no article.id (is this an article rather than extracted document JSON? run `newsgraph extract` first)")
	}
	if err := doc.Validate(); err != nil {
		return nil, fmt.Errorf("invalid document %s: %w", doc.Article.ID, err)
	}
	return doc, nil
}

// fastOptions make the decoder of github.com/go-json-experiment/json (the
// proposed encoding/json/v2, two to three times faster on documents)
// decode as encoding/json does: invalid UTF-8 replaced, the last of
// duplicate names kept; and unknown members rejected, as decodeStd does.
// Its member names match in their own case only (its case-insensitive
// matching ignores '_' too): a name in another case, which encoding/json
// accepts, takes the slow path.
var fastOptions = jsonv2.JoinOptions(
	jsonv2.RejectUnknownMembers(true),
	jsontext.AllowInvalidUTF8(true),
	jsontext.AllowDuplicateNames(true),
)

// decodeFast decodes one document with the fast decoder; any error, a
// second JSON value included, sends the line to decodeStd.
func decodeFast(data []byte) (*Document, error) {
	var doc Document
	if err := jsonv2.Unmarshal(data, &doc, fastOptions); err != nil {
		return nil, err
	}
	return &doc, nil
}

// decodeStd decodes one document with encoding/json, the reference.
func decodeStd(data []byte) (*Document, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var doc Document
	if err := dec.Decode(&doc); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			return nil, fmt.Errorf("not a newsgraph document: field %q has the wrong type (%s, want %s)", ute.Field, ute.Value, ute.Type)
		}
		return nil, fmt.Errorf("not a newsgraph document: %w", err)
	}
	if dec.More() {
		return nil, errors.New("not a newsgraph document: more than one JSON value on the line")
	}
	return &doc, nil
}

// DocumentWriter writes documents as JSON Lines or as one JSON array.
type DocumentWriter struct {
	w     *bufio.Writer
	array bool
	n     int
	buf   []byte // a line of JSON Lines, reused
}

// NewDocumentWriter returns a writer of JSON Lines, or of one indented JSON
// array when array is true. Close must be called to flush.
func NewDocumentWriter(w io.Writer, array bool) *DocumentWriter {
	return &DocumentWriter{w: bufio.NewWriterSize(w, 1<<16), array: array}
}

// Write writes one document.
func (dw *DocumentWriter) Write(doc *Document) error {
	var data []byte
	var err error
	if dw.array {
		sep := ",\n"
		if dw.n == 0 {
			sep = "[\n"
		}
		if _, err := dw.w.WriteString(sep); err != nil {
			return err
		}
		data, err = json.MarshalIndent(doc, "  ", "  ")
		if err == nil {
			_, err = dw.w.WriteString("  ")
		}
	} else {
		var ok bool
		if dw.buf, ok = appendDocument(dw.buf[:0], doc); ok {
			data = append(dw.buf, '\n')
			dw.buf = data
			if _, err := dw.w.Write(data); err != nil {
				return err
			}
			dw.n++
			return nil
		}
		data, err = json.Marshal(doc) // for its error
	}
	if err != nil {
		return fmt.Errorf("encode document %s: %w", doc.Article.ID, err)
	}
	if _, err := dw.w.Write(data); err != nil {
		return err
	}
	dw.n++
	if !dw.array {
		return dw.w.WriteByte('\n')
	}
	return nil
}

// Close finishes the output (the closing bracket of an array) and flushes it.
// It does not close the underlying writer.
func (dw *DocumentWriter) Close() error {
	if dw.array {
		end := "\n]\n"
		if dw.n == 0 {
			end = "[]\n"
		}
		if _, err := dw.w.WriteString(end); err != nil {
			return err
		}
	}
	return dw.w.Flush()
}

// ReadDocumentsFile reads every document of a document JSON Lines (or JSON
// array) file at once; for files that fit in memory, such as test data.
// Large inputs are read one document at a time with a DocumentReader.
func ReadDocumentsFile(path string) ([]*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dr := NewDocumentReader(f, path)
	var docs []*Document
	for {
		d, err := dr.Read()
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
}

// appendDocument appends the JSON of doc to dst: the bytes json.Marshal
// gives (fields in the order of the types, omitempty as tagged, HTML
// characters, U+2028/U+2029 and invalid UTF-8 escaped as encoding/json
// does), without its reflection. It fails only on a score json.Marshal
// cannot encode (NaN or infinite); the caller then asks json.Marshal for
// its error. TestAppendDocument and the extract corpus test check it
// against json.Marshal byte for byte.
func appendDocument(dst []byte, doc *Document) ([]byte, bool) {
	a := &doc.Article
	dst = append(dst, `{"article":{"id":`...)
	dst = appendJSONString(dst, a.ID)
	dst = append(dst, `,"title":`...)
	dst = appendJSONString(dst, a.Title)
	dst = append(dst, `,"url":`...)
	dst = appendJSONString(dst, a.URL)
	dst = append(dst, `,"outlet":`...)
	dst = appendJSONString(dst, a.Outlet)
	dst = append(dst, `,"published":`...)
	dst = appendJSONString(dst, a.Published)
	dst = append(dst, `,"authors":`...)
	dst = appendJSONStrings(dst, a.Authors)
	if a.Language != "" {
		dst = append(dst, `,"language":`...)
		dst = appendJSONString(dst, a.Language)
	}
	dst = append(dst, `,"word_count":`...)
	dst = strconv.AppendInt(dst, int64(a.WordCount), 10)
	if a.SHA256 != "" {
		dst = append(dst, `,"sha256":`...)
		dst = appendJSONString(dst, a.SHA256)
	}
	dst = append(dst, `},"entities":`...)
	if doc.Entities == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '[')
		for i := range doc.Entities {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendEntity(dst, &doc.Entities[i])
		}
		dst = append(dst, ']')
	}
	dst = append(dst, `,"claims":`...)
	if doc.Claims == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '[')
		for i := range doc.Claims {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendClaim(dst, &doc.Claims[i])
		}
		dst = append(dst, ']')
	}
	dst = append(dst, `,"stances":`...)
	if doc.Stances == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '[')
		for i := range doc.Stances {
			if i > 0 {
				dst = append(dst, ',')
			}
			var ok bool
			if dst, ok = appendStance(dst, &doc.Stances[i]); !ok {
				return dst, false
			}
		}
		dst = append(dst, ']')
	}
	dst = append(dst, `,"relations":`...)
	if doc.Relations == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '[')
		for i := range doc.Relations {
			if i > 0 {
				dst = append(dst, ',')
			}
			r := &doc.Relations[i]
			dst = append(dst, `{"subject":`...)
			dst = appendJSONString(dst, r.Subject)
			dst = append(dst, `,"predicate":`...)
			dst = appendJSONString(dst, string(r.Predicate))
			dst = append(dst, `,"object":`...)
			dst = appendJSONString(dst, r.Object)
			dst = append(dst, `,"evidence":`...)
			dst = appendJSONString(dst, r.Evidence)
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
	}
	return append(dst, '}'), true
}

func appendEntity(dst []byte, e *Entity) []byte {
	dst = append(dst, `{"id":`...)
	dst = appendJSONString(dst, e.ID)
	dst = append(dst, `,"type":`...)
	dst = appendJSONString(dst, string(e.Type))
	dst = append(dst, `,"name":`...)
	dst = appendJSONString(dst, e.Name)
	dst = append(dst, `,"aliases":`...)
	dst = appendJSONStrings(dst, e.Aliases)
	if len(e.Titles) > 0 {
		dst = append(dst, `,"titles":`...)
		dst = appendJSONStrings(dst, e.Titles)
	}
	for _, f := range [...]struct{ key, v string }{
		{`,"kind":`, e.Kind}, {`,"iso2":`, e.ISO2}, {`,"iso3":`, e.ISO3},
		{`,"date":`, e.Date}, {`,"description":`, e.Description},
	} {
		if f.v != "" {
			dst = append(dst, f.key...)
			dst = appendJSONString(dst, f.v)
		}
	}
	if e.Anonymous {
		dst = append(dst, `,"anonymous":true`...)
	}
	if e.CloseTo != "" {
		dst = append(dst, `,"close_to":`...)
		dst = appendJSONString(dst, e.CloseTo)
	}
	dst = append(dst, `,"mentions":`...)
	if e.Mentions == nil {
		dst = append(dst, "null"...)
	} else {
		dst = append(dst, '[')
		for i := range e.Mentions {
			if i > 0 {
				dst = append(dst, ',')
			}
			m := &e.Mentions[i]
			dst = append(dst, `{"start":`...)
			dst = strconv.AppendInt(dst, int64(m.Start), 10)
			dst = append(dst, `,"end":`...)
			dst = strconv.AppendInt(dst, int64(m.End), 10)
			dst = append(dst, `,"text":`...)
			dst = appendJSONString(dst, m.Text)
			dst = append(dst, '}')
		}
		dst = append(dst, ']')
	}
	return append(dst, '}')
}

func appendClaim(dst []byte, c *Claim) []byte {
	dst = append(dst, `{"id":`...)
	dst = appendJSONString(dst, c.ID)
	dst = append(dst, `,"speaker":`...)
	dst = appendJSONString(dst, c.Speaker)
	dst = append(dst, `,"kind":`...)
	dst = appendJSONString(dst, c.Kind)
	dst = append(dst, `,"cue":`...)
	dst = appendJSONString(dst, c.Cue)
	dst = append(dst, `,"text":`...)
	dst = appendJSONString(dst, c.Text)
	dst = append(dst, `,"start":`...)
	dst = strconv.AppendInt(dst, int64(c.Start), 10)
	dst = append(dst, `,"end":`...)
	dst = strconv.AppendInt(dst, int64(c.End), 10)
	if c.Sentence != "" {
		dst = append(dst, `,"sentence":`...)
		dst = appendJSONString(dst, c.Sentence)
	}
	dst = append(dst, `,"about":`...)
	dst = appendJSONStrings(dst, c.About)
	return append(dst, '}')
}

func appendStance(dst []byte, s *Stance) ([]byte, bool) {
	dst = append(dst, `{"holder":`...)
	dst = appendJSONString(dst, s.Holder)
	dst = append(dst, `,"target":`...)
	dst = appendJSONString(dst, s.Target)
	dst = append(dst, `,"polarity":`...)
	dst = appendJSONString(dst, s.Polarity)
	dst = append(dst, `,"score":`...)
	var ok bool
	if dst, ok = appendJSONFloat(dst, s.Score); !ok {
		return dst, false
	}
	dst = append(dst, `,"evidence":`...)
	dst = appendJSONString(dst, s.Evidence)
	if s.Claim != "" {
		dst = append(dst, `,"claim":`...)
		dst = appendJSONString(dst, s.Claim)
	}
	return append(dst, '}'), true
}

// appendJSONStrings appends a list of strings, null when it is nil.
func appendJSONStrings(dst []byte, list []string) []byte {
	if list == nil {
		return append(dst, "null"...)
	}
	dst = append(dst, '[')
	for i, s := range list {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendJSONString(dst, s)
	}
	return append(dst, ']')
}

// appendJSONFloat appends f as encoding/json writes a float64, false when
// f is NaN or infinite.
func appendJSONFloat(dst []byte, f float64) ([]byte, bool) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return dst, false
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		n := len(dst)
		if n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst, true
}

// jsonSafe marks the ASCII bytes encoding/json (with HTML escaping, as
// json.Marshal does) writes as they are.
var jsonSafe = func() (t [256]bool) { // none of 0x80 and above
	for b := 0x20; b < utf8.RuneSelf; b++ {
		t[b] = b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'
	}
	return t
}()

const jsonHex = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json's appendString does
// with HTML escaping on.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		for i < len(s) && jsonSafe[s[i]] { // a tight loop over the plain run
			i++
		}
		if i == len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', jsonHex[b>>4], jsonHex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', jsonHex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
