package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// normText is the typography-blind form of a text used to compare claim
// texts, snippets and boilerplate lines: NFKC, lower case, every kind of
// apostrophe or single quote as ', every kind of double quote as ", every
// kind of dash as -, and each run of white space as one space, trimmed.
// With dropQuotes, double quotes are removed altogether, so that a claim
// text compares the same with or without the quote marks around it.
func normText(s string, dropQuotes bool) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '‘', '’', '‚', '‛', '′', 'ʼ', '`', '´':
			r = '\''
		case '“', '”', '„', '‟', '″', '«', '»':
			r = '"'
		case '‐', '‑', '‒', '–', '—', '―', '−':
			r = '-'
		}
		if r == '"' && dropQuotes {
			continue
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// normName is the form in which entity names, aliases and mention texts are
// compared: normText, then without surrounding quotes, brackets, commas,
// colons and semicolons, without a leading "the " and without a final
// possessive ("Kremlin's" → "kremlin", "Democrats'" → "democrats").
// Periods are kept: "U.S." and "US" are different strings.
func normName(s string) string {
	s = normText(s, false)
	const edge = `"'()[],;: `
	s = strings.Trim(s, edge)
	s = strings.TrimPrefix(s, "the ")
	switch {
	case strings.HasSuffix(s, "'s"):
		s = strings.TrimSuffix(s, "'s")
	case strings.HasSuffix(s, "s'"):
		s = strings.TrimSuffix(s, "'")
	}
	return strings.Trim(s, edge)
}

// normSnippet is the form of a gold claim snippet: normText without double
// quotes and without final sentence punctuation, which an extractor may
// leave out of a claim text ("... between Russia and the U.S." is found in
// "... between Russia and the U.S").
func normSnippet(s string) string {
	return strings.TrimRight(normText(s, true), ".,;:!? ")
}
