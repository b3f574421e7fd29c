package show

import (
	"html/template"
	"sort"
	"strings"
	"unicode/utf8"
)

// Span kinds, outermost first: where spans of different kinds cover the
// same text, the claim encloses the evidence and the evidence the mention.
const (
	kindClaim = iota
	kindEvidence
	kindMention
)

// span is a stretch of the body to mark up: [start, end) in bytes.
type span struct {
	start, end int
	kind       int
	// tag is the element name; attrs its attributes on every piece, which
	// the caller has escaped. id goes on the first piece only, with badge
	// (markup to put at its start, escaped by the caller).
	tag   string
	attrs string
	id    string
	badge string
}

// markup returns body as HTML: paragraphs (separated by blank lines) as
// <p> elements, the text escaped, and each span as an element around its
// text. Spans nest by extent (the longer outside), then by kind; a span
// that crosses the end of an enclosing one, or a paragraph break, is cut
// into pieces, each a complete element, so the HTML is always well formed.
// Spans that are empty, outside the body or not on UTF-8 character
// boundaries are left out; their number is returned.
func markup(body string, spans []span) (template.HTML, int) {
	var ok []span
	bad := 0
	for _, s := range spans {
		if s.start < 0 || s.end > len(body) || s.start >= s.end ||
			!boundary(body, s.start) || !boundary(body, s.end) {
			bad++
			continue
		}
		ok = append(ok, s)
	}
	var b strings.Builder
	started := make([]bool, len(ok)) // the first piece (with id and badge) is written
	for _, p := range paragraphs(body) {
		var pieces []piece
		for i, s := range ok {
			if s.start < p.end && s.end > p.start {
				pieces = append(pieces, piece{max(s.start, p.start), min(s.end, p.end), i})
			}
		}
		sort.SliceStable(pieces, func(i, j int) bool {
			a, b := pieces[i], pieces[j]
			if a.start != b.start {
				return a.start < b.start
			}
			if a.end != b.end {
				return a.end > b.end
			}
			return ok[a.span].kind < ok[b.span].kind
		})
		m := &marker{b: &b, body: body, spans: ok, pieces: pieces, started: started, pos: p.start}
		b.WriteString("<p>")
		m.paragraph(p.end)
		b.WriteString("</p>\n")
	}
	return template.HTML(b.String()), bad
}

// piece is the part of span number span that lies in one paragraph.
type piece struct{ start, end, span int }

// marker writes the pieces of one paragraph.
type marker struct {
	b       *strings.Builder
	body    string
	spans   []span
	pieces  []piece
	started []bool
	stack   []int // open pieces, outermost first
	pos     int   // body written up to here
}

// paragraph writes the text up to end with its pieces.
func (m *marker) paragraph(end int) {
	next := 0 // the next piece to open
	for {
		at := end
		for _, k := range m.stack {
			at = min(at, m.pieces[k].end)
		}
		if next < len(m.pieces) && m.pieces[next].start < at {
			at = m.pieces[next].start
		}
		m.b.WriteString(template.HTMLEscapeString(m.body[m.pos:at]))
		m.pos = at
		m.closeEnded(at)
		for next < len(m.pieces) && m.pieces[next].start == at {
			m.open(next)
			next++
		}
		if at == end {
			return
		}
	}
}

func (m *marker) open(k int) {
	i := m.pieces[k].span
	s := &m.spans[i]
	m.b.WriteString("<" + s.tag + s.attrs)
	if !m.started[i] {
		m.started[i] = true
		if s.id != "" {
			m.b.WriteString(` id="` + s.id + `"`)
		}
		m.b.WriteString(">" + s.badge)
	} else {
		m.b.WriteString(">")
	}
	m.stack = append(m.stack, k)
}

// closeEnded closes the pieces that end at pos, closing and reopening the
// pieces inside them that go on.
func (m *marker) closeEnded(pos int) {
	first := -1 // the outermost open piece that ends here
	for j, k := range m.stack {
		if m.pieces[k].end <= pos {
			first = j
			break
		}
	}
	if first < 0 {
		return
	}
	inner := append([]int(nil), m.stack[first:]...)
	for j := len(m.stack) - 1; j >= first; j-- {
		m.b.WriteString("</" + m.spans[m.pieces[m.stack[j]].span].tag + ">")
	}
	m.stack = m.stack[:first]
	for _, k := range inner {
		if m.pieces[k].end > pos {
			m.open(k)
		}
	}
}

// para is a paragraph of the body: [start, end) in bytes.
type para struct{ start, end int }

// paragraphs splits body at blank lines (two or more line breaks, with
// nothing but spaces between them); an empty body has no paragraph.
func paragraphs(body string) []para {
	var ps []para
	start := 0
	for start < len(body) {
		end, after := nextBreak(body, start)
		if strings.TrimSpace(body[start:end]) != "" {
			ps = append(ps, para{start, end})
		}
		start = after
	}
	return ps
}

// nextBreak finds the first blank line at or after from: the paragraph
// ends at end and the next one starts at after.
func nextBreak(body string, from int) (end, after int) {
	i := from
	for {
		j := strings.IndexByte(body[i:], '\n')
		if j < 0 {
			return len(body), len(body)
		}
		nl := i + j
		k := nl + 1
		for k < len(body) && (body[k] == ' ' || body[k] == '\t' || body[k] == '\r') {
			k++
		}
		if k < len(body) && body[k] == '\n' {
			after = k + 1
			for after < len(body) && (body[after] == '\n' || body[after] == ' ' || body[after] == '\t' || body[after] == '\r') {
				after++
			}
			return nl, after
		}
		if k >= len(body) {
			return nl, len(body)
		}
		i = nl + 1
	}
}

func boundary(s string, i int) bool {
	return i == 0 || i == len(s) || utf8.RuneStart(s[i])
}
