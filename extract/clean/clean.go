// Package clean turns the raw text of a news article into the final body
// that extraction works on, and tells which parts of it are not the story.
//
// Cleaning is line based. Each line of the normalised text (see Normalize)
// is kept, removed as page furniture (navigation, share widgets, "Read
// more" teasers, video labels, newsletter and donation appeals,
// advertisement markers, copyright lines, a section label or a line
// repeating the title at the top), or kept but reported as furniture (photo
// credits and captions, "contributed to this report" lines), since their
// names count as mentions but their sentences are not claims. Inside a kept
// line only the hover cards some sites print after a name are cut (see
// stripCards). The rules are general ones found on a corpus of real
// scraped articles, not strings of particular articles.
//
// All later offsets are byte offsets into Result.Body, so Body is final.
package clean

import (
	"encoding/binary"
	"strings"
	"unicode"
)

// Result is a cleaned article body.
type Result struct {
	// Body is the cleaned text: lines trimmed, paragraphs separated by one
	// blank line, no blank lines at either end.
	Body string
	// Outlet is X of a "Source: X" line at the top of the text, which is
	// removed from Body; "" when there is none.
	Outlet string
	// Removed lists the lines (or line prefixes) removed from the text, in
	// order, for debugging and evaluation.
	Removed []string
	// Furniture lists the byte spans of Body that are page furniture kept
	// in the body (photo credits, captions), in order. Claim extraction
	// should ignore them; entity extraction may use them.
	Furniture []Span
}

// Span is a byte span [Start, End) of a cleaned body.
type Span struct {
	Start, End int
	Kind       string // "credit", "caption" or "source"
}

// Clean cleans an article body whose title is not known.
func Clean(text string) Result { return CleanWithTitle(text, "") }

// CleanWithTitle cleans an article body and also removes a line at its top
// that repeats title (ignoring case, spacing, quote style and final
// punctuation).
func CleanWithTitle(text, title string) Result {
	text = Normalize(text)
	low := asciiLower(text)
	lines := splitLines(text)
	c := cleaner{text: text, low: low, lines: lines, title: titleKey(title)}
	c.classify()
	return c.build()
}

// line is one trimmed line of the normalised text, text[start:end].
type line struct {
	start, end int
	words      int    // number of words (spaces + 1)
	flags      uint32 // trigger words found in the line
	verdict    verdict
	cut        int // bytes cut off the front of the line (a widget prefix)
	tail       int // bytes cut off its end (a repeated credit)
}

type verdict uint8

const (
	keep verdict = iota
	drop
	credit  // furniture: photo credit
	caption // furniture: photo caption
	source  // furniture: "Source: X" below the top of the text
)

func (v verdict) furniture() string {
	switch v {
	case credit:
		return "credit"
	case caption:
		return "caption"
	case source:
		return "source"
	}
	return ""
}

type cleaner struct {
	text, low string
	lines     []line
	title     string
	outlet    string
	removed   []string
}

// splitLines returns the lines of text with spaces trimmed; blank lines are
// kept (start == end) to mark paragraph breaks.
func splitLines(text string) []line {
	n := strings.Count(text, "\n") + 1
	lines := make([]line, 0, n)
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && text[s] == ' ' {
			s++
		}
		for e > s && text[e-1] == ' ' {
			e--
		}
		lines = append(lines, line{start: s, end: e, words: countWords(text[s:e])})
		start = end + 1
	}
	return lines
}

func countWords(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, " ") + 1 // lines are trimmed; double spaces are rare
}

// asciiLower lower-cases the ASCII letters of s and leaves every other byte
// alone, so that offsets in the result are offsets in s.
func asciiLower(s string) string {
	k := 0
	for k+8 <= len(s) && upper8(le64(s[k:])) == 0 {
		k += 8
	}
	for k < len(s) && !(s[k] >= 'A' && s[k] <= 'Z') {
		k++
	}
	if k == len(s) {
		return s // nothing to lower: no copy
	}
	// one copy, built in place (a []byte and string(b) made two), lowered
	// eight bytes at a time
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:k])
	var buf [512]byte
	for k < len(s) {
		n := copy(buf[:], s[k:])
		i := 0
		for ; i+8 <= n; i += 8 {
			x := binary.LittleEndian.Uint64(buf[i:])
			binary.LittleEndian.PutUint64(buf[i:], x|upper8(x)>>2) // 0x80>>2 is 'a'-'A'
		}
		for ; i < n; i++ {
			if c := buf[i]; c >= 'A' && c <= 'Z' {
				buf[i] = c + 'a' - 'A'
			}
		}
		b.Write(buf[:n])
		k += n
	}
	return b.String()
}

// upper8 sets the high bit of each byte of x that is an ASCII capital.
func upper8(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	h := x &^ highs             // each byte's low seven bits: no carry between bytes below
	ge := h + (0x80-'A')*ones   // high bit set when h >= 'A'
	gt := h + (0x80-'Z'-1)*ones // high bit set when h > 'Z'
	return ge &^ gt &^ x & highs
}

// le64 reads the first eight bytes of s, little-endian.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// classify gives each line its verdict.
func (c *cleaner) classify() {
	header := true // still at the top of the text, before the first story paragraph
	seen := 0      // non-blank lines seen
	titleDone := c.title == ""
	var appeals []int
	for i := range c.lines {
		ln := &c.lines[i]
		if ln.start == ln.end {
			continue
		}
		seen++
		if seen > 12 {
			header = false
		}
		l, ll := c.text[ln.start:ln.end], c.low[ln.start:ln.end]
		ln.flags = triggers(ll)
		if header && c.headerRule(ln, l, ll, seen) {
			ln.verdict = drop
			continue
		}
		ln.verdict = lineRule(ln, l, ll)
		if ln.verdict == keep && !titleDone {
			titleDone = true
			if len(l) < 2*len(c.title)+8 && titleKey(l) == c.title {
				ln.verdict = drop
				continue
			}
		}
		if ln.verdict == keep && isAppeal(ln, ll) {
			ln.verdict = drop
			appeals = append(appeals, i)
		}
		if ln.verdict == keep && header && isStoryLine(ln, l) {
			header = false
		}
	}
	for _, i := range appeals {
		c.dropAppealNeighbours(i)
	}
}

// headerRule reports whether a line at the top of the text is to be
// removed: a section label or a "Source: X" line (which gives the outlet).
func (c *cleaner) headerRule(ln *line, l, ll string, seen int) bool {
	if seen <= 3 && isSectionLabel(ln, l, ll) {
		return true
	}
	if x, ok := SourceLine(l); ok {
		if c.outlet == "" {
			c.outlet = x
		}
		return true
	}
	return false
}

// isStoryLine tells whether a kept line looks like a paragraph of the story
// (which ends the header zone): a sentence of 8 words or more, or any line
// of 30 words or more.
func isStoryLine(ln *line, l string) bool {
	if ln.words >= 30 {
		return true
	}
	if ln.words < 8 {
		return false
	}
	return endsSentence(l)
}

func endsSentence(l string) bool {
	l = strings.TrimRight(l, `"”’')]`)
	return strings.HasSuffix(l, ".") || strings.HasSuffix(l, "!") || strings.HasSuffix(l, "?")
}

// dropAppealNeighbours removes the paragraphs next to an appeal line at i
// that speak in the outlet's own voice ("we continue to deliver
// exclusive reporting…"), up to three on each side.
func (c *cleaner) dropAppealNeighbours(i int) {
	for _, step := range []int{-1, 1} {
		for n, j := 0, i+step; n < 3 && j >= 0 && j < len(c.lines); j += step {
			ln := &c.lines[j]
			if ln.start == ln.end {
				continue
			}
			if ln.verdict == drop {
				n++
				continue
			}
			if ln.verdict != keep || ln.words > 120 || !outletVoice(c.low[ln.start:ln.end]) {
				break
			}
			ln.verdict = drop
			n++
		}
	}
}

// build writes the body from the verdicts.
func (c *cleaner) build() Result {
	var b strings.Builder
	b.Grow(len(c.text))
	var spans []Span
	sep := 0 // newlines owed before the next kept line
	for i := range c.lines {
		ln := &c.lines[i]
		if ln.start == ln.end {
			if b.Len() > 0 {
				sep = 2
			}
			continue
		}
		if ln.verdict == drop {
			c.removed = append(c.removed, c.text[ln.start:ln.end])
			continue
		}
		if ln.cut > 0 {
			c.removed = append(c.removed, strings.TrimSpace(c.text[ln.start:ln.start+ln.cut]))
		}
		if ln.tail > 0 {
			c.removed = append(c.removed, strings.TrimSpace(c.text[ln.end-ln.tail:ln.end]))
		}
		if b.Len() > 0 {
			if sep < 1 {
				sep = 1
			}
			b.WriteString("\n\n"[:sep])
		}
		sep = 1
		start := b.Len()
		text, cards := stripCards(c.text[ln.start+ln.cut : ln.end-ln.tail])
		c.removed = append(c.removed, cards...)
		b.WriteString(text)
		if k := ln.verdict.furniture(); k != "" {
			spans = append(spans, Span{Start: start, End: b.Len(), Kind: k})
		}
	}
	return Result{Body: b.String(), Outlet: c.outlet, Removed: c.removed, Furniture: spans}
}

// titleKey is the form in which a title and a line are compared.
func titleKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch r {
		case '‘', '’', '‛', '`', '´':
			r = '\''
		case '“', '”', '„':
			r = '"'
		case '–', '—':
			r = '-'
		}
		if r == ' ' || r == '\t' || r == '\n' || r == 0xa0 {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimRight(b.String(), ".:;, ")
}

// IsFurnitureLine reports whether Clean removes the line s when it stands at the
// top of an article ("Skip to main content", a section label such as
// "news", "Source: Meduza", a share bar). Readers use it to find the title
// below such lines.
func IsFurnitureLine(s string) bool {
	l := strings.TrimSpace(Normalize(s))
	if l == "" || strings.Contains(l, "\n") {
		return false
	}
	ln := line{end: len(l), words: countWords(l)}
	ll := asciiLower(l)
	ln.flags = triggers(ll)
	var c cleaner
	if c.headerRule(&ln, l, ll, 1) {
		return true
	}
	return lineRule(&ln, l, ll) == drop || isAppeal(&ln, ll)
}
