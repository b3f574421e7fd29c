package input

import (
	"bytes"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// decodeFast decodes an article object of the usual shape by hand: its
// known keys spelt as jsonRecord spells them, each at most once, holding
// strings, null, a list of strings (authors) or a plain integer (id), and
// unknown keys holding strings, numbers, booleans or null. For anything
// else (nested values in unknown keys, keys differing from a known one by
// case only, surrogate escapes, syntax errors, invalid UTF-8) it reports
// false, and the caller decodes raw with encoding/json, to the same record
// and the same errors. raw must be valid UTF-8.
//
// encoding/json reads each record twice (validating, then decoding) one
// byte at a time through its state machine: decoding took 7% of the CPU
// profile of BenchmarkExtractCorpus (`newsgraph extract -j 1`). The fast
// decoder took the benchmark from 5.90 to 5.59 million instructions per
// article (cachegrind).
func decodeFast(raw []byte, rec *jsonRecord) bool {
	d := fastDecoder{b: raw}
	d.space()
	if !d.eat('{') {
		return false
	}
	d.space()
	if d.eat('}') {
		return d.end()
	}
	var seen uint16
	for {
		key, ok := d.key()
		if !ok {
			return false
		}
		d.space()
		if !d.eat(':') {
			return false
		}
		d.space()
		f := recordKey(key)
		if f < 0 {
			return false // a known key in other case: encoding/json matches it
		}
		if f > 0 {
			if seen&(1<<f) != 0 {
				return false // a repeated key
			}
			seen |= 1 << f
		}
		if !d.value(f, rec) {
			return false
		}
		d.space()
		if d.eat('}') {
			return d.end()
		}
		if !d.eat(',') {
			return false
		}
		d.space()
	}
}

// The keys of jsonRecord, numbered from 1.
const (
	keyID = iota + 1
	keyTitle
	keyURL
	keyOutlet
	keyPublished
	keyDate
	keyAuthors
	keyAuthor
	keyText
	keyBody
	keyContent
	keyLanguage
)

var recordKeys = [...]string{
	keyID: "id", keyTitle: "title", keyURL: "url", keyOutlet: "outlet", keyPublished: "published",
	keyDate: "date", keyAuthors: "authors", keyAuthor: "author", keyText: "text", keyBody: "body",
	keyContent: "content", keyLanguage: "language",
}

// recordKey returns the number of a known key, 0 for an unknown one and
// -1 for one that encoding/json would take for a known key but the fast
// decoder does not: other case, or non-ASCII letters that fold to ASCII.
func recordKey(k string) int {
	for f := keyID; f < len(recordKeys); f++ {
		if k == recordKeys[f] {
			return f
		}
	}
	for i := 0; i < len(k); i++ {
		if k[i] >= utf8.RuneSelf {
			return -1
		}
	}
	for f := keyID; f < len(recordKeys); f++ {
		if strings.EqualFold(k, recordKeys[f]) {
			return -1
		}
	}
	return 0
}

type fastDecoder struct {
	b []byte
	i int
}

func (d *fastDecoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *fastDecoder) eat(c byte) bool {
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

func (d *fastDecoder) peek() byte {
	if d.i < len(d.b) {
		return d.b[d.i]
	}
	return 0
}

// end reports whether only white space follows.
func (d *fastDecoder) end() bool {
	d.space()
	return d.i == len(d.b)
}

// key reads an object key without escapes.
func (d *fastDecoder) key() (string, bool) {
	if !d.eat('"') {
		return "", false
	}
	start := d.i
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			d.i++
			return string(d.b[start : d.i-1]), true
		case c == '\\' || c < 0x20:
			return "", false
		}
		d.i++
	}
	return "", false
}

// value reads the value of key f (0: an unknown key) into rec.
func (d *fastDecoder) value(f int, rec *jsonRecord) bool {
	c := d.peek()
	if c == 'n' {
		// null leaves a string as it is and sets a pointer to nil, which
		// it is, the key being seen once
		return d.literal("null")
	}
	switch f {
	case 0:
		switch {
		case c == '"':
			_, ok := d.str()
			return ok
		case c == 't':
			return d.literal("true")
		case c == 'f':
			return d.literal("false")
		}
		_, ok := d.number()
		return ok
	case keyID:
		if c == '"' {
			s, ok := d.str()
			rec.ID = jsonID(s)
			return ok
		}
		n, ok := d.number()
		if !ok || strings.ContainsAny(n, ".eE") {
			return false
		}
		rec.ID = jsonID(n)
		return true
	case keyAuthors, keyAuthor:
		al := &rec.Authors
		if f == keyAuthor {
			al = &rec.Author
		}
		return d.authors(al)
	case keyText, keyBody, keyContent:
		s, ok := d.str()
		switch f {
		case keyText:
			rec.Text = &s
		case keyBody:
			rec.Body = &s
		default:
			rec.Content = &s
		}
		return ok
	}
	s, ok := d.str()
	switch f {
	case keyTitle:
		rec.Title = s
	case keyURL:
		rec.URL = s
	case keyOutlet:
		rec.Outlet = s
	case keyPublished:
		rec.Published = s
	case keyDate:
		rec.Date = s
	case keyLanguage:
		rec.Language = s
	}
	return ok
}

// authors reads a string of names or a list of names and nulls, as
// authorList.UnmarshalJSON does.
func (d *fastDecoder) authors(al *authorList) bool {
	if d.peek() == '"' {
		s, ok := d.str()
		*al = SplitAuthors(s)
		return ok
	}
	if !d.eat('[') {
		return false
	}
	d.space()
	if d.eat(']') {
		return true
	}
	for {
		if d.peek() == 'n' {
			if !d.literal("null") {
				return false
			}
		} else {
			s, ok := d.str()
			if !ok {
				return false
			}
			if s = cleanAuthor(s); s != "" {
				*al = append(*al, s)
			}
		}
		d.space()
		if d.eat(']') {
			return true
		}
		if !d.eat(',') {
			return false
		}
		d.space()
	}
}

func (d *fastDecoder) literal(lit string) bool {
	if len(d.b)-d.i >= len(lit) && string(d.b[d.i:d.i+len(lit)]) == lit {
		d.i += len(lit)
		return true
	}
	return false
}

// number reads a JSON number and returns its text.
func (d *fastDecoder) number() (string, bool) {
	start := d.i
	d.eat('-')
	switch c := d.peek(); {
	case c == '0':
		d.i++
	case '1' <= c && c <= '9':
		d.digits()
	default:
		return "", false
	}
	if d.eat('.') && !d.digits() {
		return "", false
	}
	if c := d.peek(); c == 'e' || c == 'E' {
		d.i++
		if c := d.peek(); c == '+' || c == '-' {
			d.i++
		}
		if !d.digits() {
			return "", false
		}
	}
	return string(d.b[start:d.i]), true
}

// digits reads one or more digits.
func (d *fastDecoder) digits() bool {
	start := d.i
	for d.i < len(d.b) && '0' <= d.b[d.i] && d.b[d.i] <= '9' {
		d.i++
	}
	return d.i > start
}

// str reads a string value, unescaping it as encoding/json does.
func (d *fastDecoder) str() (string, bool) {
	if !d.eat('"') {
		return "", false
	}
	start := d.i
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			d.i++
			return string(d.b[start : d.i-1]), true
		case c == '\\':
			return d.unescape(start)
		case c < 0x20:
			return "", false
		}
		d.i++
	}
	return "", false
}

// unescape reads the rest of a string that has an escape at d.i, from
// its start. It builds the string in a strings.Builder sized to the
// escaped string, which does not copy it again to return it.
func (d *fastDecoder) unescape(start int) (string, bool) {
	end := d.i // the closing quote, or len(d.b)
	for {
		k := bytes.IndexByte(d.b[end:], '"')
		if k < 0 {
			end = len(d.b)
			break
		}
		end += k
		// escaped when an odd run of backslashes precedes it (there is
		// none before d.i)
		bs := 0
		for j := end - 1; j >= d.i && d.b[j] == '\\'; j-- {
			bs++
		}
		if bs%2 == 0 {
			break
		}
		end++
	}
	var out strings.Builder
	out.Grow(min(end, len(d.b)) - start)
	out.Write(d.b[start:d.i])
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			d.i++
			return out.String(), true
		case c < 0x20:
			return "", false
		case c != '\\':
			// copy the run of plain bytes up to the next quote, escape or
			// control byte at once
			j := d.i + 1
			for j+8 <= len(d.b) && plain8(d.b[j:]) {
				j += 8
			}
			for j < len(d.b) && plainByte[d.b[j]] {
				j++
			}
			out.Write(d.b[d.i:j])
			d.i = j
			continue
		}
		if d.i+1 >= len(d.b) {
			return "", false
		}
		e := d.b[d.i+1]
		d.i += 2
		switch e {
		case '"', '\\', '/':
			out.WriteByte(e)
		case 'b':
			out.WriteByte('\b')
		case 'f':
			out.WriteByte('\f')
		case 'n':
			out.WriteByte('\n')
		case 'r':
			out.WriteByte('\r')
		case 't':
			out.WriteByte('\t')
		case 'u':
			r, ok := hex4(d.b[d.i:])
			if !ok || utf16.IsSurrogate(r) {
				return "", false // pairs and lone halves: encoding/json's rules
			}
			out.WriteRune(r)
			d.i += 4
		default:
			return "", false
		}
	}
	return "", false
}

// plainByte marks the bytes a string copies as they are: not a quote, a
// backslash or a control byte.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 256; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// plain8 reports whether the first eight bytes of b are all plainByte,
// tested at once on a 64-bit word.
func plain8(b []byte) bool {
	_ = b[7]
	x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	q, bs := x^'"'*ones, x^'\\'*ones // a zero byte is a quote or a backslash
	return ((x-0x20*ones)&^x|(q-ones)&^q|(bs-ones)&^bs)&highs == 0
}

// hex4 reads the four hex digits of a \u escape.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}
