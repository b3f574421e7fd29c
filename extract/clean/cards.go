package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stripCards removes the hover cards that some sites (The Hill) print after
// a person's name in the text: "Sen. Lindsey Graham Lindsey Olin GrahamGOP
// senators balk at lengthy impeachment trial … MORE (R-S.C.)" reads "Sen.
// Lindsey Graham (R-S.C.)". A card is the person's full name glued to the
// first of a few headlines and ends with "MORE"; it follows the name as the
// story wrote it, whose last word the glued name repeats. It returns the
// line and the cards removed.
func stripCards(s string) (string, []string) {
	if !strings.Contains(s, " MORE") {
		return s, nil
	}
	var out strings.Builder
	var cards []string
	from := 0
	for {
		m := strings.Index(s[from:], " MORE")
		if m < 0 {
			break
		}
		m += from
		end := m + len(" MORE")
		if end < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				out.WriteString(s[from:end])
				from = end
				continue
			}
		}
		start, ok := cardStart(s, from, m)
		if !ok {
			out.WriteString(s[from:end])
			from = end
			continue
		}
		out.WriteString(s[from:start])
		cards = append(cards, strings.TrimSpace(s[start:end]))
		from = end
	}
	if len(cards) == 0 {
		return s, nil
	}
	out.WriteString(s[from:])
	return out.String(), cards
}

// cardStart returns where the card that ends before byte m of s begins
// (the space after the name as written), looking no further back than lo
// nor 700 bytes: the glued word ("GrahamGOP", "McCain2020") whose name part
// is the word written a few words before it ("Graham").
func cardStart(s string, lo, m int) (int, bool) {
	lo = max(lo, m-700)
	words := strings.Fields(s[lo:m])
	// word offsets, to map back
	offs := make([]int, 0, len(words))
	p := lo
	for _, w := range words {
		i := strings.Index(s[p:], w)
		offs = append(offs, p+i)
		p += i + len(w)
	}
	for wi := 1; wi < len(words); wi++ {
		w := words[wi]
		for _, g := range glues(w) {
			if k := nameBefore(words, wi, w[:g]); k >= 0 {
				return offs[k] + len(words[k]), true
			}
		}
	}
	// no glue ("Speaker Paul Ryan Paul Davis Ryan Retirees should …"): the
	// full name repeats the written name, its first word and its last
	for wi := 2; wi < len(words); wi++ {
		if w := words[wi]; w != "" && unicode.IsUpper(rune(w[0])) {
			if k := nameBefore(words, wi, w); k >= 1 && words[k+1] == words[k-1] {
				return offs[k] + len(words[k]), true
			}
		}
	}
	return 0, false
}

// nameBefore returns the index of the word, two to four words before wi,
// that ends the name as the story wrote it (name itself, or name and a
// suffix such as "Jr."), when every word between is a part of a full name
// (capitalised or in brackets); else -1.
func nameBefore(words []string, wi int, name string) int {
	for k := wi - 2; k >= 0 && k >= wi-5; k-- {
		end := k
		if words[k] != name {
			if k > 0 && words[k-1] == name && nameSuffixes[words[k]] {
				end = k
			} else {
				continue
			}
		}
		for j := end + 1; j < wi; j++ {
			if r, _ := utf8.DecodeRuneInString(words[j]); !unicode.IsUpper(r) && r != '(' {
				return -1
			}
		}
		return end
	}
	return -1
}

// nameSuffixes may end a name before its card: "Donald Trump Jr.".
var nameSuffixes = map[string]bool{"Jr.": true, "Sr.": true, "II": true, "III": true, "Jr": true}

// glues returns the byte offsets inside w where a lower-case letter meets
// an upper-case letter, a digit or an opening quote: "Graham|GOP",
// "McCain|2020", "Love|Former".
func glues(w string) []int {
	var out []int
	prevLower := false
	for i, r := range w {
		if prevLower && i > 0 && (unicode.IsUpper(r) || unicode.IsDigit(r) || r == '‘' || r == '“' || r == '\'' || r == '"') {
			out = append(out, i)
		}
		prevLower = unicode.IsLower(r)
	}
	return out
}
