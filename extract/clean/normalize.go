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
	if i := firstOdd(text); i >= 0 {
		text = normalizeFrom(text, i)
	}
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}
	return text
}

// firstOdd returns the index of the first byte of text that Normalize may
// change (before NFC), or -1.
func firstOdd(text string) int {
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 0x20 && c < 0x7f, c == '\n':
			continue
		case c < 0x80:
			return i // control character, '\r', '\t', DEL
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && n == 1 {
				return i // invalid UTF-8
			}
			if _, odd := mapRune(r); odd {
				return i
			}
			i += n - 1
		}
	}
	return -1
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
