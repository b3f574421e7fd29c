package stance

import (
	"maps"
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// Title references: a speaker or a reporter often names a person by
// office alone once the name is given, "the senator also took a swipe
// at", "the prince should make a personal, broadcast apology", "our
// rogue president has crossed a historic line". Recognition leaves these
// unresolved; here a determiner, at most two modifiers and a title of the
// title list that no mention covers make a reference to the person with
// that title (written before a name in the article, or a role the people
// list gives them) who was mentioned last before it.

// refDeterminers open a title reference.
var refDeterminers = map[string]bool{"the": true, "our": true, "my": true, "your": true, "this": true, "that": true}

// refDeterminerFilter rejects most words before the lookup in
// refDeterminers, which runs on every word (lex.WordFilter).
var refDeterminerFilter = lex.NewWordFilter(maps.Keys(refDeterminers))

// withTitleRefs returns the mentions of res with the title references
// merged in text order; res.Mentions itself when there are none.
func withTitleRefs(res *ner.Result) []ner.Mention {
	var refs []ner.Mention
	toks := res.Text.Tokens
	covered := func(i int) bool { return res.MentionAt(i) >= 0 }
	for i := 1; i < len(toks); i++ {
		if toks[i].Kind != segment.Word || !refDeterminerFilter.MayHave(res.Lower[i-1]) || !refDeterminers[res.Lower[i-1]] {
			continue
		}
		// the title within three words of the determiner
		for j := i; j < len(toks) && j < i+3; j++ {
			if toks[j].Kind != segment.Word {
				break
			}
			lw := res.Lower[j]
			if !titleCandidate(lw) {
				continue
			}
			ti, ok := res.Title(lw)
			if !ok {
				if subordinate[lw] {
					break // "the vice president" is another office
				}
				continue // a modifier: "the Turkish president", "our rogue president"
			}
			if ti.Honorific {
				break
			}
			// "the president of the club", "the President Obama": not a
			// bare reference
			if j+1 < len(toks) && (res.Lower[j+1] == "of" || toks[j+1].Upper && toks[j+1].Kind == segment.Word) {
				break
			}
			if covered(j) {
				break
			}
			var e int
			if j > i && covered(i) {
				// "the US president", "the Tory leader": the holder the
				// lists know in the country or body named before the title
				e = res.KnownHolder(i, j+1, toks[i-1].Start)
			} else {
				e = personTitled(res, ti.Normalised, toks[i-1].Start)
			}
			if e < 0 {
				break
			}
			refs = append(refs, ner.Mention{Start: toks[j].Start, End: toks[j].End, T0: j, T1: j + 1,
				Sent: res.Text.SentenceOf(toks[j].Start), Label: graph.LabelPerson, Form: ner.FormAnaphor, Entity: e})
			break
		}
	}
	if len(refs) == 0 {
		return res.Mentions
	}
	ms := make([]ner.Mention, 0, len(res.Mentions)+len(refs))
	k := 0
	for _, m := range res.Mentions {
		for k < len(refs) && refs[k].T0 < m.T0 {
			ms = append(ms, refs[k])
			k++
		}
		ms = append(ms, m)
	}
	return append(ms, refs[k:]...)
}

// subordinate words make a title before them another office.
var subordinate = map[string]bool{
	"vice": true, "deputy": true, "assistant": true, "associate": true, "under": true, "lieutenant": true,
	"former": true, "acting": true, "then": true,
}

// titleCandidate is a cheap test before the title lookup: role words are
// plain lower-case nouns.
func titleCandidate(lw string) bool {
	return len(lw) >= 4 && !determiners[lw] && !prepositions[lw] && !strings.HasSuffix(lw, "ly")
}

// personTitled returns the person titled title whose latest mention ends
// before offset before, or -1. A title the article writes before a name
// wins over a role the people list gives: "Sen. Marco Rubio ... the
// senator" is Rubio even when a former senator was named since.
func personTitled(res *ner.Result, title string, before int) int {
	for _, listed := range []bool{false, true} {
		if best := res.LatestPerson(before, func(e *ner.Entity) bool { return hasTitle(e, title, listed) }); best >= 0 {
			return best
		}
	}
	return -1
}

// hasTitle reports whether entity e bears title: written in the article,
// or, when listed is set, as a role the people list gives.
func hasTitle(e *ner.Entity, title string, listed bool) bool {
	if !listed {
		for _, t := range e.Titles {
			if strings.EqualFold(t, title) {
				return true
			}
		}
		return false
	}
	if p, ok := e.Entry.(*gazetteer.Person); ok {
		for _, r := range p.Roles {
			if strings.EqualFold(r.Title, title) {
				return true
			}
		}
	}
	return false
}
