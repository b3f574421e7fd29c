package input

import (
	"errors"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"

	"github.com/newsgraph/newsgraph/extract/clean"
)

// readOne reads a one-article file (text, Markdown or HTML).
func readOne(path string, format Format, data []byte) (*Article, error) {
	var a *Article
	var err error
	switch format {
	case FormatHTML:
		a, err = readHTML(data)
	case FormatMarkdown:
		a = readMarkdown(decodeText(data))
	default:
		format = FormatText
		a = readText(decodeText(data))
	}
	if err != nil {
		return nil, err
	}
	a.Format = format
	a.Origin = Origin{File: path}
	if path != "-" {
		base := filepath.Base(path)
		a.ID = strings.TrimSuffix(base, filepath.Ext(base))
	}
	if msg := finish(a); msg != "" {
		if format == FormatHTML {
			return nil, errors.New("no article text found in the HTML page")
		}
		return nil, errors.New("empty file, no article")
	}
	return a, nil
}

// decoded is the text of a file made valid UTF-8.
type decoded struct {
	text    string
	bad     int    // invalid sequences replaced with U+FFFD
	charset string // "windows-1252" when decoded from it
}

// decodeText makes data valid UTF-8: a BOM goes; invalid sequences in
// UTF-8 text become U+FFFD; text with no valid multi-byte sequence but
// invalid bytes is taken as Windows-1252.
func decodeText(data []byte) decoded {
	data = trimBOM(data)
	text, bad := repairUTF8(data)
	if bad > 0 && !hasMultibyte(data) {
		if s, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil {
			return decoded{text: normalizeNewlines(string(s)), charset: "windows-1252"}
		}
	}
	return decoded{text: normalizeNewlines(text), bad: bad}
}

func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf {
		return b[3:]
	}
	return b
}

// readText reads a plain-text article. The title is the first line when
// the file starts "title, blank line, body" (a short line not ending like a
// sentence), after any page furniture above it ("Skip to main content", a
// section label, "Source: X", which also gives the outlet). The title line
// and a "By X and Y" byline under it are taken out of the text; the
// furniture is left for clean to remove.
func readText(d decoded) *Article {
	a := &Article{InvalidUTF8: d.bad, Charset: d.charset}
	lines := strings.Split(d.text, "\n")
	seen := 0
	for i := 0; i < len(lines) && seen < 8; i++ {
		l := strings.TrimSpace(lines[i])
		if l == "" {
			continue
		}
		seen++
		if x, ok := clean.SourceLine(l); ok {
			if a.Outlet == "" {
				a.Outlet = x
			}
			continue
		}
		if clean.IsFurnitureLine(l) {
			continue
		}
		if a.Title == "" && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) == "" && looksLikeTitle(l) {
			a.Title = l
			lines = cutLines(lines, i)
			i--
			continue
		}
		if a.Title != "" && len(a.Authors) == 0 {
			if by := byline(l); by != nil {
				a.Authors = by
				lines = cutLines(lines, i)
				i--
				continue
			}
		}
		break
	}
	a.Text = strings.Join(lines, "\n")
	return a
}

// cutLines removes line i and the blank line after it.
func cutLines(lines []string, i int) []string {
	j := i + 1
	if j < len(lines) && strings.TrimSpace(lines[j]) == "" {
		j++
	}
	return append(lines[:i:i], lines[j:]...)
}

// looksLikeTitle reports a headline: one line of 2 to 40 words, at most
// 300 bytes, that does not end like a sentence or a label.
func looksLikeTitle(l string) bool {
	if len(l) > 300 {
		return false
	}
	n := len(strings.Fields(l))
	if n < 2 || n > 40 {
		return false
	}
	last := l[len(l)-1]
	if last == '.' && !strings.HasSuffix(l, "...") || last == ',' || last == ';' || last == ':' {
		return false
	}
	r := []rune(l)[0]
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘", r)
}

var bylineRE = regexp.MustCompile(`^(?:By|BY|by)\s+(\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]+){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]+){0,3})*)$`)

// byline returns the names of a "By X and Y" line, or nil.
func byline(l string) []string {
	m := bylineRE.FindStringSubmatch(l)
	if m == nil {
		return nil
	}
	var out []string
	for _, part := range regexp.MustCompile(`\s*(?:,|\band\b|&)\s*`).Split(m[1], -1) {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// readMarkdown reads a Markdown article: YAML-style front matter (title,
// author(s), date, url, outlet) when present, a first "# heading" as the
// title, and the body with Markdown syntax reduced to plain text.
func readMarkdown(d decoded) *Article {
	a := &Article{InvalidUTF8: d.bad, Charset: d.charset}
	text := frontMatter(d.text, a)
	var out []string
	inCode := false
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			inCode = !inCode
			continue
		}
		if inCode {
			out = append(out, l)
			continue
		}
		if isRule(t) || linkDef.MatchString(t) {
			out = append(out, "")
			continue
		}
		if h := strings.TrimLeft(t, "#"); h != t && (h == "" || h[0] == ' ') {
			h = strings.TrimSpace(strings.TrimRight(h, "# "))
			if a.Title == "" && len(t)-len(strings.TrimLeft(t, "#")) == 1 && strings.TrimSpace(strings.Join(out, "")) == "" {
				a.Title = mdInline(h)
				continue
			}
			out = append(out, mdInline(h))
			continue
		}
		t = strings.TrimLeft(t, "> ")
		if m := listItem.FindStringIndex(t); m != nil {
			t = t[m[1]:]
		}
		out = append(out, mdInline(t))
	}
	a.Text = strings.Join(out, "\n")
	if a.Title == "" {
		// no heading: the plain-text rule for a title line applies
		b := readText(decoded{text: a.Text})
		a.Title, a.Text = b.Title, b.Text
		if a.Outlet == "" {
			a.Outlet = b.Outlet
		}
		if len(a.Authors) == 0 {
			a.Authors = b.Authors
		}
	}
	return a
}

var (
	linkDef  = regexp.MustCompile(`^\[[^\]]+\]:\s*\S+`)
	listItem = regexp.MustCompile(`^(?:[-*+]|\d{1,3}[.)])\s+`)
	image    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	link     = regexp.MustCompile(`\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])`)
	autolink = regexp.MustCompile(`<(https?://[^>\s]+)>`)
	strong   = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
	emph     = regexp.MustCompile(`(^|[^\w*])[*_](\S(?:[^*_]*?\S)?)[*_]($|[^\w*])`)
	code     = regexp.MustCompile("`([^`]*)`")
)

// mdInline reduces inline Markdown to its text: images go, links become
// their text, emphasis and code marks go.
func mdInline(s string) string {
	if !strings.ContainsAny(s, "[]*_`<!") {
		return s
	}
	s = image.ReplaceAllString(s, "")
	s = link.ReplaceAllString(s, "$1")
	s = autolink.ReplaceAllString(s, "$1")
	s = code.ReplaceAllString(s, "$1")
	s = strong.ReplaceAllString(s, "$2")
	s = emph.ReplaceAllString(s, "$1$2$3")
	return strings.TrimSpace(s)
}

func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	return strings.Trim(t, string(c)+" ") == ""
}

// frontMatter reads "---" delimited key: value lines at the top of text
// into a and returns the rest.
func frontMatter(text string, a *Article) string {
	if !strings.HasPrefix(text, "---\n") {
		return text
	}
	end := strings.Index(text[4:], "\n---")
	if end < 0 {
		return text
	}
	block := text[4 : 4+end]
	rest := text[4+end+4:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[i+1:]
	} else {
		rest = ""
	}
	for _, l := range strings.Split(block, "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title":
			a.Title = v
		case "author", "authors", "byline":
			a.Authors = SplitAuthors(strings.Trim(v, "[]"))
		case "date", "published":
			a.Published = v
		case "url", "link", "canonical":
			a.URL = v
		case "outlet", "source", "publisher", "site":
			a.Outlet = v
		case "id":
			a.ID = v
		}
	}
	return rest
}
