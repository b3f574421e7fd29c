package graph

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug turns a name into the lower-case ASCII form used in ids:
// "Vladimir Putin" → "vladimir-putin", "Putin’s administration" →
// "putins-administration", "Zelenskyy" → "zelenskyy", "Élysée" → "elysee".
// Apostrophes vanish, every other run of non-alphanumerics becomes one dash.
func Slug(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	dash := false
	decomposed := name
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			decomposed = norm.NFKD.String(name) // accents to strip: "Élysée"
			break
		}
	}
	for _, r := range decomposed {
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining accent of a decomposed letter: drop it
		case r == '\'' || r == '’' || r == 'ʼ' || r == '‘':
			// apostrophes join: "Putin's" → "putins"
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			// a letter outside ASCII with no ASCII decomposition (Cyrillic,
			// CJK, ß, ø): keep it rather than lose the name.
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteString(strings.ToLower(string(r)))
		default:
			dash = true
		}
	}
	return b.String()
}

// ArticleID is the id of the article whose stable id is key (the input's own
// id, a file's base name, or a hash of the body).
func ArticleID(key string) string { return "article:" + key }

// ArticleKey returns the stable part of an article id ("article:x" → "x").
func ArticleKey(articleID string) string { return strings.TrimPrefix(articleID, "article:") }

// EntityID is the deterministic id of a Person, Outlet, Organization or Event
// with the given canonical name. Countries use CountryID and Sources SourceID.
func EntityID(l Label, name string) string { return l.IDPrefix() + Slug(name) }

// CountryID is the id of the country with the ISO 3166-1 alpha-2 code iso2.
func CountryID(iso2 string) string { return "country:" + strings.ToLower(iso2) }

// SourceID is the id of an anonymous source, scoped to its article: two
// anonymous sources in two articles are not known to be the same.
func SourceID(articleID, description string) string {
	return "source:" + ArticleKey(articleID) + ":" + Slug(description)
}

// ClaimID is the id of the n-th claim of an article.
func ClaimID(articleID string, n int) string {
	return "claim:" + ArticleKey(articleID) + ":" + strconv.Itoa(n)
}
