package clean

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalizeSlow is Normalize as it was before its fast paths (firstOdd a
// byte at a time, the NFC check over the whole text).
func normalizeSlow(text string) string {
	odd := -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= 0x20 && c < 0x7f, c == '\n':
			continue
		case c < 0x80:
			odd = i
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			if _, o := mapRune(r); o || r == utf8.RuneError && n == 1 {
				odd = i
			}
			i += n - 1
		}
		if odd >= 0 {
			break
		}
	}
	if odd >= 0 {
		text = normalizeFrom(text, odd)
	}
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}
	return text
}

// TestNormalizeFastPaths: the eight-byte test of firstOdd and the NFC
// check that starts before the first non-ASCII byte change nothing, on
// random texts of the pieces where they could (combining marks after
// ASCII letters, controls, DEL, invalid UTF-8, spaces Normalize maps) and
// on corpus-like text.
func TestNormalizeFastPaths(t *testing.T) {
	pieces := []string{"a", "e", "Z", " ", "\n", "\r", "\t", "\x7f", "\x00", "\x1f", "~", "0123456789",
		"the quick brown fox ", "\u0301", "\u0308", "\u0327", "é", "e\u0301", "\u00a0", "\u2009", "\u200b", "\ufeff",
		"\xff", "\xe2\x80", "“", "”", "’", "한", "\u1100\u1161", "Å", "A\u030a", "\u212b", "\u0085", "\u2028", "ﬁ", "\U0001F600"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(30); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := Normalize(s), normalizeSlow(s); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestASCIILower: the eight-byte lowering of asciiLower gives what a byte
// at a time does, on random texts of capitals, their neighbours ('@',
// '[', '`', '{') and non-ASCII bytes.
func TestASCIILower(t *testing.T) {
	slow := func(s string) string {
		b := []byte(s)
		for i, c := range b {
			if c >= 'A' && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	alphabet := []byte("AZaz@[`{ 09\x00\x7f\x80\xc1\xda\xdb\xe2\xff")
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.Intn(1200))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		if rng.Intn(2) == 0 { // mostly lower case, as text is
			for i := range b {
				if rng.Intn(8) != 0 {
					b[i] = 'x'
				}
			}
		}
		if got, want := asciiLower(string(b)), slow(string(b)); got != want {
			t.Fatalf("asciiLower(%q) = %q, want %q", b, got, want)
		}
	}
}
