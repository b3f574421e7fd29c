package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Hit is one reading of a matched phrase.
type Hit struct {
	Entity  Entity
	Surface Surface
	// Ambiguous is set when the surface is listed as ambiguous for the
	// entry or when the phrase names more than one entry.
	Ambiguous bool
}

// Match is the longest listed phrase found at a token position.
type Match struct {
	Start, End int // the phrase is tokens[Start:End]
	// Hits lists every entry the phrase names, in list order: countries,
	// outlets, organisations, people, events. It is shared: do not modify.
	Hits []Hit
}

// Ambiguous reports whether the match needs context to be trusted: its
// first hit is flagged or the phrase names more than one entry.
func (m Match) Ambiguous() bool { return len(m.Hits) > 0 && m.Hits[0].Ambiguous }

// node is a node of a token trie.
type node struct {
	next map[string]*node
	hits []Hit // entity lists
	// block marks a listed non-entity phrase ("New Mexico").
	block bool
	val   int // other lists: index+1 into a side table, 0 for none
}

// trie maps token sequences to values.
type trie struct {
	root node
	// first is a one-hash Bloom filter of the keys' first tokens: a cheap
	// test that rejects most tokens before the map lookup.
	first [firstWords]uint64
}

const firstBits = 1 << 17
const firstWords = firstBits / 64

// tokenHash is FNV-1a of tok, reduced to firstBits.
func tokenHash(tok string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(tok); i++ {
		h ^= uint32(tok[i])
		h *= 16777619
	}
	return h & (firstBits - 1)
}

func (t *trie) mayStart(tok string) bool {
	h := tokenHash(tok)
	return t.first[h/64]&(1<<(h%64)) != 0
}

func (t *trie) insert(key []string) *node {
	h := tokenHash(key[0])
	t.first[h/64] |= 1 << (h % 64)
	n := &t.root
	for _, tok := range key {
		c := n.next[tok]
		if c == nil {
			if n.next == nil {
				n.next = make(map[string]*node, 1)
			}
			c = &node{}
			n.next[tok] = c
		}
		n = c
	}
	return n
}

// longest returns the deepest node with a value on the path of tokens[i:],
// and the end of its phrase.
func (t *trie) longest(tokens []string, i int, has func(*node) bool) (*node, int) {
	if !t.mayStart(tokens[i]) {
		return nil, 0
	}
	var best *node
	end := 0
	n := &t.root
	for j := i; j < len(tokens); j++ {
		n = n.next[tokens[j]]
		if n == nil {
			break
		}
		if has(n) {
			best, end = n, j+1
		}
	}
	return best, end
}

func hasHits(n *node) bool { return len(n.hits) > 0 || n.block }
func hasVal(n *node) bool  { return n.val > 0 }

// keyVariants returns the token sequences under which phrase is indexed:
// its tokens; with a lower-case first word capitalised; with "The"/"the"
// swapped; with apostrophes swapped; with accents removed; with
// abbreviations split from their period; and with a last word that is an
// abbreviation given its period. With fold set it also adds the
// all-lower-case, all-capitals and capitalised-words forms.
func keyVariants(phrase string, fold bool) [][]string {
	base := Tokenize(phrase)
	if len(base) == 0 {
		return nil
	}
	seen := map[string]bool{}
	var out [][]string
	add := func(k []string) {
		s := strings.Join(k, "\x00")
		if !seen[s] {
			seen[s] = true
			out = append(out, k)
		}
	}
	forms := [][]string{base}
	if f := Tokenize(foldAccents(phrase)); len(f) > 0 {
		forms = append(forms, f)
	}
	if fold {
		for _, f := range forms[:len(forms):len(forms)] {
			lower := make([]string, len(f))
			upper := make([]string, len(f))
			title := make([]string, len(f))
			for i, t := range f {
				lower[i] = strings.ToLower(t)
				upper[i] = strings.ToUpper(t)
				title[i] = capitalise(t)
				if i > 0 && isMinorWord(lower[i]) {
					title[i] = lower[i]
				}
			}
			forms = append(forms, lower, upper, title)
		}
	}
	for _, f := range forms {
		for _, v := range caseVariants(f) {
			for _, a := range apostropheVariants(v) {
				add(a)
				if s := splitPeriods(a); s != nil {
					add(s)
				}
				if s := bareInitials(a); s != nil {
					add(s) // "George W Bush", as British style writes him
				}
				if last := a[len(a)-1]; isAbbreviation(last) {
					// "Penn" at a sentence end is the one token "Penn."
					p := append(append([]string(nil), a[:len(a)-1]...), last+".")
					add(p)
				}
			}
		}
	}
	return out
}

func isMinorWord(w string) bool {
	switch w {
	case "of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "de", "du", "von", "van", "der", "al", "bin":
		return true
	}
	return false
}

// caseVariants adds the sentence-start form of a lower-case first word and
// the other case of a leading "The".
func caseVariants(k []string) [][]string {
	out := [][]string{k}
	switch first := k[0]; {
	case first == "The":
		out = append(out, replaceFirst(k, "the"))
	case first == "the":
		out = append(out, replaceFirst(k, "The"))
	default:
		if r, _ := utf8.DecodeRuneInString(first); unicode.IsLower(r) {
			out = append(out, replaceFirst(k, capitalise(first)))
		}
	}
	return out
}

func replaceFirst(k []string, first string) []string {
	c := append([]string(nil), k...)
	c[0] = first
	return c
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// apostropheVariants returns k and, if any token holds an apostrophe, the
// forms with all apostrophes typographic and all straight.
func apostropheVariants(k []string) [][]string {
	has := false
	for _, t := range k {
		if strings.ContainsAny(t, "'’") {
			has = true
			break
		}
	}
	if !has {
		return [][]string{k}
	}
	straight := make([]string, len(k))
	curly := make([]string, len(k))
	for i, t := range k {
		straight[i] = strings.ReplaceAll(t, "’", "'")
		curly[i] = strings.ReplaceAll(t, "'", "’")
	}
	return [][]string{k, straight, curly}
}

// splitPeriods returns k with listed abbreviations ("Sen.") split into word
// and period, or nil when k has none.
func splitPeriods(k []string) []string {
	var out []string
	for i, t := range k {
		if len(t) > 1 && strings.HasSuffix(t, ".") && isAbbreviation(t[:len(t)-1]) {
			if out == nil {
				out = append(make([]string, 0, len(k)+2), k[:i]...)
			}
			out = append(out, t[:len(t)-1], ".")
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	return out
}

// bareInitials returns k with the periods of its middle initials ("W."
// in "George W. Bush") dropped, or nil when it has none: British news
// style writes names without them.
func bareInitials(k []string) []string {
	var out []string
	for i, t := range k {
		if i > 0 && i < len(k)-1 && len(t) == 2 && t[1] == '.' && t[0] >= 'A' && t[0] <= 'Z' {
			if out == nil {
				out = append(make([]string, 0, len(k)), k[:i]...)
			}
			out = append(out, t[:1])
			continue
		}
		if out != nil {
			out = append(out, t)
		}
	}
	return out
}

// foldAccents removes combining accents: "Erdoğan" → "Erdogan".
func foldAccents(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}
