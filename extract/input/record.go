package input

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode"

	"github.com/itlightning/dateparse"
)

// field is a column of a record (JSON key or CSV header).
type field int

const (
	fieldNone field = iota
	fieldID
	fieldTitle
	fieldURL
	fieldOutlet
	fieldPublished
	fieldAuthors
	fieldText
	fieldLanguage
)

var fieldNames = [...]string{"", "id", "title", "url", "outlet", "published", "authors", "text", "language"}

func (f field) String() string { return fieldNames[f] }

// columnField maps column names (normalised by normColumn) to fields; the
// first name of each field is its own, the others are accepted aliases.
var columnField = map[string]field{
	"id": fieldID, "title": fieldTitle, "headline": fieldTitle,
	"url": fieldURL, "link": fieldURL,
	"outlet": fieldOutlet, "publisher": fieldOutlet, "sitename": fieldOutlet,
	"published": fieldPublished, "date": fieldPublished, "publishedat": fieldPublished,
	"authors": fieldAuthors, "author": fieldAuthors, "byline": fieldAuthors,
	"text": fieldText, "body": fieldText, "content": fieldText,
	"language": fieldLanguage, "lang": fieldLanguage,
}

// expectedColumns is said in errors about the shape of a record.
const expectedColumns = `"text" (or "body", "content") and optionally "id", "title", "url", "outlet", "published", "authors"`

func normColumn(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff")))
	s = strings.Trim(s, `"'`)
	return strings.NewReplacer("_", "", "-", "", " ", "").Replace(s)
}

// SanitizeID makes an input's own id usable as an article id: control
// characters go, runs of white space become '-', an "article:" prefix is
// dropped. It returns "" when nothing is left.
func SanitizeID(id string) string {
	id = strings.TrimPrefix(strings.TrimSpace(id), "article:")
	var b strings.Builder
	dash := false
	for _, r := range id {
		switch {
		case unicode.IsSpace(r):
			dash = true
		case unicode.IsControl(r) || r == '\uFFFD' || unicode.Is(unicode.Cf, r):
		default:
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// HashID is the id of an article that has none of its own: the first 16
// hex digits of the SHA-256 of its text.
func HashID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// NormalizeDate returns s as an ISO 8601 date (YYYY-MM-DD), or "" when it
// is not a date that can be read.
func NormalizeDate(s string) (date string) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return ""
	}
	if len(s) >= 10 && isISODate(s[:10]) && (len(s) == 10 || s[10] == 'T' || s[10] == ' ') {
		return s[:10]
	}
	defer func() {
		if recover() != nil { // the date parser is not to be trusted with garbage
			date = ""
		}
	}()
	t, err := dateparse.ParseIn(s, time.UTC)
	if err != nil || t.Year() < 1000 || t.Year() > 9999 {
		return ""
	}
	return t.Format("2006-01-02")
}

func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

// SplitAuthors splits a cell or string of author names on ';' or '|' and
// drops a leading "By ".
func SplitAuthors(s string) []string {
	var out []string
	for _, a := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' || r == '\n' }) {
		if a = cleanAuthor(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

func cleanAuthor(a string) string {
	a = strings.Join(strings.Fields(a), " ")
	if rest, ok := strings.CutPrefix(a, "By "); ok {
		a = rest
	} else if rest, ok := strings.CutPrefix(a, "by "); ok {
		a = rest
	}
	return a
}

// cleanField trims a metadata value and folds its white space.
func cleanField(s string) string {
	if strings.ContainsAny(s, "\n\r\t") || strings.Contains(s, "  ") {
		return strings.Join(strings.Fields(s), " ")
	}
	return strings.TrimSpace(s)
}

// finish fills in what every article needs: an id, a valid date, tidy
// metadata and LF line ends. It returns an error message when the article
// has no text.
func finish(a *Article) string {
	a.Text = strings.TrimSpace(normalizeNewlines(a.Text))
	if a.Text == "" {
		return "empty text"
	}
	a.Title = cleanField(a.Title)
	a.URL = strings.TrimSpace(a.URL)
	a.Outlet = cleanField(a.Outlet)
	a.Published = NormalizeDate(a.Published)
	if a.Language = languageTag(a.Language); a.Language == "" {
		if a.Language = detectLanguage(a.Text); a.Language == "" {
			a.Language = DefaultLanguage
		}
	}
	a.ID = SanitizeID(a.ID)
	if a.ID == "" {
		a.ID = HashID(a.Text)
	}
	return ""
}
