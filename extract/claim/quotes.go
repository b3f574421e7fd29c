package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/segment"
)

// Quote is a quotation in the body: the text between its marks, or a whole
// paragraph set off as a block quote after a colon.
type Quote struct {
	Open, Close int // offsets of the opening mark and just after the closing mark
	Start, End  int // the quoted text
	Para        int
	Block       bool // a paragraph quoted after "X explained:"
	Closed      bool // its closing mark was found in the paragraph
	Words       int
}

func decodeAt(s string, i int) (rune, int) {
	if i >= len(s) || i < 0 {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

func decodeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return utf8.RuneError, 0
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// opening reports whether the mark at i (of width n) opens a quotation by
// its surroundings: a space or start before, a letter, digit or bracket after.
func opening(s string, i, n int) bool {
	before, _ := decodeBefore(s, i)
	after, _ := decodeAt(s, i+n)
	startOK := i == 0 || unicode.IsSpace(before) || before == '(' || before == '[' || before == '—' || before == '–' || before == '-' || before == ':' || before == '/'
	return startOK && !unicode.IsSpace(after) && after != utf8.RuneError
}

func closing(s string, i, n int) bool {
	before, _ := decodeBefore(s, i)
	after, _ := decodeAt(s, i+n)
	endOK := i+n >= len(s) || unicode.IsSpace(after) || unicode.IsPunct(after) || after == '\n'
	return endOK && !unicode.IsSpace(before)
}

// FindQuotes finds the quotations of each paragraph. Curly quotes and
// guillemets pair by direction; straight double quotes pair by their
// surroundings; single curly quotes count only when they cannot be
// apostrophes. A quotation left open at the end of a paragraph runs to
// the paragraph's end (news convention: the next paragraph reopens it).
func FindQuotes(t *segment.Text) []Quote {
	var out []Quote
	body := t.Body
	for pi, p := range t.Paragraphs {
		s := body[p.Start:p.End]
		var cur *Quote
		var curMark rune
		for i := 0; i < len(s); {
			if c := s[i]; c == '\'' && cur != nil && (curMark == '"' || curMark == '“') && i+1 < len(s) && s[i+1] == '\'' && closing(s, i, 2) {
				// two apostrophes '' closing a quotation ("…,'' Spicer told
				// reporters"), as ’’ below
				cur.End, cur.Close, cur.Closed = p.Start+i, p.Start+i+2, true
				out = append(out, *cur)
				cur = nil
				i += 2
				continue
			}
			if c := s[i]; c < 0x80 && c != '"' {
				i++ // plain ASCII: no quotation mark
				continue
			}
			r, n := decodeAt(s, i)
			if n == 0 {
				break
			}
			abs := p.Start + i
			switch r {
			case '“', '«', '„':
				if cur != nil { // an unclosed quote is reopened: close the first
					cur.End = trimRight(body, abs)
					out = append(out, *cur)
				}
				cur = &Quote{Open: abs, Start: abs + n, Para: pi}
				curMark = r
			case '”', '»':
				if cur != nil && curMark != '‘' {
					cur.End, cur.Close, cur.Closed = abs, abs+n, true
					out = append(out, *cur)
					cur = nil
				}
			case '"':
				switch {
				case cur != nil && curMark == '"' && closing(s, i, n):
					cur.End, cur.Close, cur.Closed = abs, abs+n, true
					out = append(out, *cur)
					cur = nil
				case opening(s, i, n):
					if cur != nil {
						cur.End = trimRight(body, abs)
						out = append(out, *cur)
					}
					cur = &Quote{Open: abs, Start: abs + n, Para: pi}
					curMark = '"'
				case cur != nil && curMark == '“':
					// a straight quote closing a curly one: sloppy, but seen
					cur.End, cur.Close, cur.Closed = abs, abs+n, true
					out = append(out, *cur)
					cur = nil
				}
			case '’':
				// a doubled apostrophe ’’ closing a “ (a typesetting habit of
				// some wires): without this the quotation runs on over its
				// attribution and the next quotation.
				if cur != nil && curMark == '“' && strings.HasPrefix(s[i+n:], "’") && closing(s, i, 2*n) {
					cur.End, cur.Close, cur.Closed = abs, abs+2*n, true
					out = append(out, *cur)
					cur = nil
					i += 2 * n
					continue
				}
			case '‘':
				if cur == nil && opening(s, i, n) {
					// a single-quoted quotation (headline style): only if it
					// closes with ’ followed by space or punctuation.
					if j := findSingleClose(s, i+n); j > 0 {
						out = append(out, Quote{Open: abs, Start: abs + n, End: p.Start + j, Close: p.Start + j + len("’"), Para: pi, Closed: true})
						i = j + len("’")
						continue
					}
				}
			}
			i += n
		}
		if cur != nil {
			cur.End = trimRight(body, p.End)
			cur.Close = p.End
			out = append(out, *cur)
		}
	}
	for k := range out {
		out[k].Words = countWords(body[out[k].Start:out[k].End])
	}
	return out
}

// findSingleClose finds the ’ that closes a ‘ opened before i in s.
func findSingleClose(s string, i int) int {
	for j := i; j < len(s); {
		r, n := decodeAt(s, j)
		if r == '’' && closing(s, j, n) {
			after, _ := decodeAt(s, j+n)
			if after != 's' {
				return j
			}
		}
		if r == '\n' {
			return -1
		}
		j += n
	}
	return -1
}

func trimRight(s string, end int) int {
	for end > 0 && (s[end-1] == ' ' || s[end-1] == '\n') {
		end--
	}
	return end
}

func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w || r == '’' || r == '\'' || r == '-'
	}
	return n
}

// isScare reports whether q is a scare quote or a quoted phrase inside a
// sentence rather than a quoted statement: short, and not a sentence of its
// own (no sentence punctuation at its end, not at the start of a sentence).
func isScare(body string, q Quote, sentStart int) bool {
	if q.Block {
		return false
	}
	inner := strings.TrimSpace(body[q.Start:q.End])
	if q.Words >= 8 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(inner)
	ends := last == '.' || last == ',' || last == '?' || last == '!' || last == '…'
	if q.Open == sentStart && (ends || q.Words >= 4) {
		return false
	}
	return !ends || q.Words < 3
}
