package gazetteer

import (
	"unicode"
	"unicode/utf8"
)

// Abbreviations lists the words that keep a following period as part of the
// token (besides dotted abbreviations like "U.S." and single capital
// initials like "W."). Keys are the word without its period. It is the
// list of extract/segment, so that both cut text the same way; a test checks
// that they agree.
var Abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true,
	"Sen": true, "Rep": true, "Reps": true, "Sens": true, "Gov": true,
	"Lt": true, "Gen": true, "Col": true, "Maj": true, "Capt": true, "Cmdr": true,
	"Adm": true, "Sgt": true, "Cpl": true, "Pvt": true, "Cdr": true,
	"Supt": true, "Insp": true, "Det": true, "Pres": true,
	"Rev": true, "Fr": true, "Hon": true,
	"Jr": true, "Sr": true, "St": true, "Mt": true, "Ft": true, "Co": true,
	"Corp": true, "Inc": true, "Ltd": true, "Bros": true, "Dept": true, "Univ": true,
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true,
	"Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
	"No": true, "Nos": true, "vs": true, "etc": true, "approx": true, "Ave": true,

	"Cpt": true, "Messrs": true, "Mme": true, "Mlle": true, "Vol": true, "Art": true,
	"Fig": true, "Blvd": true, "Calif": true, "Ariz": true, "Fla": true, "Mass": true,
	"Conn": true, "Mich": true, "Minn": true, "Wash": true, "Ill": true, "Pa": true,
	"Va": true, "Tenn": true, "Okla": true, "Ore": true, "Wis": true, "Ky": true,
	"Md": true, "Ala": true, "Ga": true, "Nev": true, "Colo": true, "Del": true,
	"Neb": true, "Kan": true, "Ind": true, "Tex": true, "Penn": true, "Mo": true,
	"Wyo": true, "Ark": true, "Vt": true, "al": true, "cf": true, "est": true,
}

// Tokenize cuts s into tokens by the package's tokenisation contract (see
// the package documentation).
func Tokenize(s string) []string {
	if s == "" {
		return nil
	}
	out := make([]string, 0, len(s)/5+4)
	i := 0
	for i < len(s) {
		r, n := decode(s, i)
		switch {
		case r == ' ' || r == '\n' || unicode.IsSpace(r):
			i += n
		case unicode.IsDigit(r):
			j := number(s, i)
			out = append(out, s[i:j])
			i = j
		case unicode.IsLetter(r):
			var toks [2]string
			var k int
			k, i = word(s, i, &toks)
			out = append(out, toks[:k]...)
		default:
			out = append(out, s[i:i+n])
			i += n
		}
	}
	return out
}

func decode(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isWordRuneAt(s string, i int) bool {
	r, n := decode(s, i)
	return n > 0 && isWordRune(r)
}

// number returns the end of the number starting at i.
func number(s string, i int) int {
	for i < len(s) {
		r, n := decode(s, i)
		switch {
		case unicode.IsDigit(r):
			i += n
			continue
		case (r == ',' || r == '.' || r == ':' || r == '/') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			i++
			continue
		case unicode.IsLetter(r): // "2nd", "1990s", "5G"
			for i < len(s) {
				r2, n2 := decode(s, i)
				if !isWordRune(r2) {
					break
				}
				i += n2
			}
		}
		break
	}
	return i
}

// word reads the word starting at i into toks (the word and possibly a
// possessive "'s") and returns how many tokens it wrote and where it ended.
func word(s string, i int, toks *[2]string) (int, int) {
	start := i
	for i < len(s) {
		r, n := decode(s, i)
		if isWordRune(r) {
			i += n
			continue
		}
		if isApostrophe(r) {
			nr, nn := decode(s, i+n)
			if !unicode.IsLetter(nr) {
				break
			}
			if (nr == 's' || nr == 'S') && !isWordRuneAt(s, i+n+nn) {
				break // possessive: its own token
			}
			i += n
			continue
		}
		break
	}
	end := i
	if i < len(s) && s[i] == '.' {
		if j := dottedAbbrev(s, start, i); j > 0 {
			end = j
		} else if w := s[start:i]; Abbreviations[w] || isInitial(w) {
			end = i + 1
		}
	}
	toks[0] = s[start:end]
	k := 1
	i = end
	if r, n := decode(s, i); isApostrophe(r) {
		if nr, nn := decode(s, i+n); (nr == 's' || nr == 'S') && !isWordRuneAt(s, i+n+nn) {
			toks[1] = s[i : i+n+nn]
			k = 2
			i += n + nn
		}
	}
	return k, i
}

// isInitial reports whether w is one capital letter.
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// dottedAbbrev recognises letter-dot sequences like "U.S.", "U.S.A.",
// "D.C." starting at start whose first letter run ends at dot. It returns
// the offset after the final period, or 0.
func dottedAbbrev(s string, start, dot int) int {
	if dot-start > 2 {
		return 0
	}
	i := dot
	parts := 1
	for i < len(s) && s[i] == '.' {
		r, n := decode(s, i+1)
		if !unicode.IsLetter(r) {
			break
		}
		k := i + 1 + n
		if r2, _ := decode(s, k); unicode.IsLetter(r2) {
			break
		}
		if k < len(s) && s[k] == '.' {
			parts++
			i = k
			continue
		}
		break
	}
	if parts >= 2 {
		return i + 1
	}
	return 0
}
