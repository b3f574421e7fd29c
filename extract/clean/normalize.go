package clean

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns text in the form every later stage relies on, with
// nothing removed but invisible characters:
//
//   - CRLF and lone CR (old Mac) line ends, U+2028, U+2029 and NEL become LF;
//   - tabs, no-break spaces and the other Unicode spaces become ' ';
//   - zero-width characters, soft hyphens, byte order marks, bidi controls
//     and other control characters are dropped;
//   - the result is in Unicode normal form C.
//
// Quotes, apostrophes and dashes are kept as they are. Normalize does not
// trim lines or collapse blank lines; Clean does.
func Normalize(text string) string {
	i, high := firstOdd(text)
	switch {
	case i >= 0:
		text, high = normalizeFrom(text, i), 0
	case high < 0:
		return text // printable ASCII and newlines: in NFC already
	}
	// The ASCII before the first other byte is in NFC and composes with
	// nothing after it but its last character (a base a combining mark
	// may follow): the check starts there.
	if !norm.NFC.IsNormalString(text[max(high-1, 0):]) {
		text = norm.NFC.String(text)
	}
	return text
}

// firstOdd returns the index of the first byte of text that Normalize may
// change (before NFC), or -1; and, when it returns -1, the index of the
// first non-ASCII byte, or -1 when there is none.
func firstOdd(text string) (odd, high int) {
	high = -1
	for i := 0; i < len(text); {
		if i+8 <= len(text) && plainASCII8(text[i:]) {
			i += 8
			continue
		}
		c := text[i]
		switch {
		case c >= 0x20 && c < 0x7f, c == '\n':
			i++
			continue
		case c < 0x80:
			return i, -1 // control character, '\r', '\t', DEL
		}
		if high < 0 {
			high = i
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			return i, -1 // invalid UTF-8
		}
		if _, odd := mapRune(r); odd {
			return i, -1
		}
		i += n
	}
	return -1, high
}

// plainASCII8 reports whether the first eight bytes of s are all printable
// ASCII (0x20 to 0x7e), tested at once on a 64-bit word. A false answer
// sends them to the byte-by-byte test.
func plainASCII8(s string) bool {
	x := le64(s)
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	del := x ^ 0x7f*ones
	// no high bit, no byte below 0x20, no 0x7f (a zero byte of del)
	return x&highs == 0 && (x-0x20*ones)&^x&highs == 0 && (del-ones)&^del&highs == 0
}

// mapRune tells what Normalize does with r: the rune to write instead (-1
// to drop it) and whether r is changed at all.
func mapRune(r rune) (rune, bool) {
	switch {
	case r == '\t' || r == '\v' || r == '\f':
		return ' ', true
	case r < 0x20 && r != '\n':
		return -1, true // '\r' is handled by the caller
	case r == 0x7f:
		return -1, true
	case r == 0x85: // NEL
		return '\n', true
	case r >= 0x80 && r < 0xa0: // C1 controls
		return -1, true
	case r == 0xa0, r == 0x1680, r >= 0x2000 && r <= 0x200a, r == 0x202f, r == 0x205f, r == 0x3000:
		return ' ', true
	case r == 0xad, r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e,
		r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069, r == 0xfeff:
		// soft hyphen, zero-width space/joiners, LRM/RLM, bidi embeddings
		// and isolates, word joiner, invisible operators, BOM
		return -1, true
	case r == 0x2028 || r == 0x2029:
		return '\n', true
	}
	return r, false
}

func normalizeFrom(text string, start int) string {
	var b strings.Builder
	b.Grow(len(text))
	b.WriteString(text[:start])
	for i := start; i < len(text); {
		c := text[i]
		if c >= 0x20 && c < 0x7f || c == '\n' {
			b.WriteByte(c)
			i++
			continue
		}
		if c == '\r' {
			b.WriteByte('\n')
			i++
			if i < len(text) && text[i] == '\n' {
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError) // invalid byte: make the text valid UTF-8
			continue
		}
		if m, odd := mapRune(r); odd {
			if m >= 0 {
				b.WriteRune(m)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
