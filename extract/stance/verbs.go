package stance

import (
	"math"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// fromVerbs finds the stances of stance verbs and verbs of naming in every
// sentence: holder the verb's subject, target its object.
func (x *extractor) fromVerbs() {
	for si, s := range x.t.Sentences {
		for i := s.First; i < s.Last; i++ {
			if x.ix.at[i] >= 0 || x.t.Tokens[i].Kind != segment.Word {
				continue
			}
			w := x.lower[i]
			kind := triggers.Get(w) // one lookup for most words, which are none
			if kind == 0 {
				continue
			}
			if kind&trigNaming != 0 {
				x.naming(si, s, i)
			}
			if kind&trigAdjective != 0 {
				x.adjective(si, s, i, attitudeAdjectives[w])
			}
			if kind&trigDemand != 0 {
				x.demand(si, s, i)
			}
			if kind&trigFor != 0 {
				x.itIsFor(si, s, i)
			}
			for _, f := range verbForms[w] {
				if x.verb(si, s, i, f) {
					break
				}
			}
		}
	}
}

// claimAround returns the index of the claim whose text holds token i, or -1.
func (x *extractor) claimAround(i int) int {
	off := x.t.Tokens[i].Start
	for ci, c := range x.claims {
		if c.Start <= off && off < c.End {
			return ci
		}
	}
	return -1
}

// holderOf returns the subject of the verb at token i and the weight its
// negations and hedges give: the subject itself; or, for a participle after
// a comma ("…, calling her tenure ineffective"), the subject of the
// sentence. Inside a claim only the speaker may hold it ("I fully welcome
// the words of Mr Snow"): what a speaker says of others' attitudes is
// theirs to claim, not a stance the article reports.
func (x *extractor) holderOf(si int, s segment.Sentence, i int) (holder, claimIdx int, weight float64) {
	ci := x.claimAround(i)
	speaker := -1
	if ci >= 0 {
		speaker = x.claims[ci].Speaker
	}
	h, _, wt := x.ix.subject(i, s, speaker)
	if h < 0 && strings.HasSuffix(x.lower[i], "ing") && i-1 >= s.First && x.lower[i-1] == "," {
		h = x.sentenceSubject(s)
	}
	if ci >= 0 && h != speaker {
		return -1, ci, 0
	}
	if ci < 0 {
		ci = claimOf(x.claims, si)
	}
	return h, ci, wt
}

// sentenceSubject returns the entity named first in sentence s when it
// opens the sentence (within its first six tokens, not after a
// preposition), or -1.
func (x *extractor) sentenceSubject(s segment.Sentence) int {
	for i := s.First; i < s.Last && i < s.First+6; i++ {
		if k := x.ix.mentionStarting(i); k >= 0 {
			m := &x.ms[k]
			if !holderLabel(m) || i > s.First && prepositions[x.lower[i-1]] {
				return -1
			}
			return m.Entity
		}
		if x.t.Tokens[i].Kind == segment.Quote {
			return -1
		}
	}
	return -1
}

// verb tries frame f of the stance verb at token i. It reports whether
// the frame matched its words (whether or not it gave a stance).
func (x *extractor) verb(si int, s segment.Sentence, i int, f frame) bool {
	j := i + 1
	for _, a := range f.after {
		if j >= s.Last || x.lower[j] != a {
			return false
		}
		j++
	}
	w := x.lower[i]
	if len(f.after) == 0 && x.passive(si, s, i, f) {
		return true
	}
	// "the memo, denounced by X": a participle that is not the verb of
	// its clause
	if j < s.Last && x.lower[j] == "by" && strings.HasSuffix(w, "ed") {
		return true
	}
	k := x.ix.object(j, s.Last)
	if k < 0 {
		return true
	}
	holder, ci, wt := x.holderOf(si, s, i)
	t := x.ms[k].Entity
	x.emit(Stance{Holder: holder, Target: t, Score: f.weight * wt, Evidence: x.evidence(i, x.ms[k].T1), Claim: ci})
	return true
}

// passive handles "X was denounced by Y" and "X has been criticised by
// Y": the subject is the target and the agent after "by" the holder. It
// reports whether the verb at i is a passive participle.
func (x *extractor) passive(si int, s segment.Sentence, i int, f frame) bool {
	w := x.lower[i]
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") && w != "hit" && w != "cut" {
		return false
	}
	p := i - 1
	for p >= s.First && (strings.HasSuffix(x.lower[p], "ly") || x.lower[p] == "also" || x.lower[p] == "been" && p-1 >= s.First && beForms[x.lower[p-1]] == false) {
		p--
	}
	if p < s.First || !beForms[x.lower[p]] {
		return false
	}
	if i+1 >= s.Last || x.lower[i+1] != "by" {
		return true // no agent: "Turkey has been criticized for repression"
	}
	a := x.ix.object(i+2, s.Last)
	if a < 0 || !holderLabel(&x.ms[a]) {
		return true
	}
	t, _, wt := x.ix.subject(i, s, -1)
	if t < 0 {
		return true
	}
	ci := x.claimAround(i)
	if ci >= 0 {
		return true
	}
	m := &x.ms[a]
	x.emit(Stance{Holder: m.Entity, Target: t, Score: f.weight * wt, Evidence: x.evidence(i, m.T1), Claim: claimOf(x.claims, si)})
	return true
}

// naming handles verbs of naming with an evaluation of their object:
// "called Schiff a liar", "branded Harry's actions stupid and evil",
// "described Trump as a decent man".
func (x *extractor) naming(si int, s segment.Sentence, i int) {
	k := x.ix.object(i+1, s.Last)
	if k < 0 {
		return
	}
	m := &x.ms[k]
	if m.T0 > i+3 {
		return // the object must follow the verb closely
	}
	j := m.T1
	if j < s.Last && (x.lower[j] == "’s" || x.lower[j] == "'s") {
		j += 2 // "Harry's actions"
	}
	neg := false
	for q := j; q < s.Last && q < j+6; q++ {
		lw := x.lower[q]
		tk := x.t.Tokens[q]
		if tk.Kind == segment.Quote || lw == "as" || determiners[lw] {
			continue
		}
		if x.ix.clauseMark(q) || x.ix.at[q] >= 0 || lw == "that" || lw == "who" || lw == "which" || lw == "to" || lw == "for" {
			return
		}
		if negated(lw) {
			neg = true
			continue
		}
		if sc := sentiment(lw); sc != 0 && !neg {
			holder, ci, wt := x.holderOf(si, s, i)
			x.emit(Stance{Holder: holder, Target: m.Entity, Score: sc * wt, Evidence: x.evidence(i, q+1), Claim: ci})
			return
		}
	}
}

// evidence is the body text of tokens [a, b).
func (x *extractor) evidence(a, b int) string {
	if b > len(x.t.Tokens) {
		b = len(x.t.Tokens)
	}
	end := x.t.Tokens[b-1].End
	return x.t.Body[x.t.Tokens[a].Start:end]
}

// adjective handles an attitude adjective said of the subject with its
// target after a preposition: "Turkey, meanwhile, is angered at the U.S.",
// "she is critical of the ministry".
func (x *extractor) adjective(si int, s segment.Sentence, i int, sc float64) {
	if i+1 >= s.Last {
		return
	}
	switch x.lower[i+1] {
	case "at", "of", "to", "toward", "towards", "with", "about", "over":
	default:
		return
	}
	p := i - 1
	for p >= s.First && (strings.HasSuffix(x.lower[p], "ly") || x.lower[p] == "very" || x.lower[p] == "so" || x.lower[p] == "deeply") {
		p--
	}
	if p < s.First {
		return
	}
	switch x.lower[p] {
	case "is", "are", "was", "were", "been", "be", "remains", "remained", "became", "become", "grew", "seems", "seemed":
	default:
		return
	}
	k := x.ix.object(i+2, s.Last)
	if k < 0 {
		return
	}
	holder, ci, wt := x.holderOf(si, s, p)
	x.emit(Stance{Holder: holder, Target: x.ms[k].Entity, Score: sc * wt, Evidence: x.evidence(i, x.ms[k].T1), Claim: ci})
}

// demands are the acts a speaker demands of someone they blame:
// "Biden has to apologize", "the prince should make a personal apology",
// "he must resign".
var demands = map[string]bool{
	"apologise": true, "apologize": true, "apology": true, "resign": true, "quit": true, "step": true,
}

// demand handles a speaker's demand that an entity apologise or resign,
// inside the speaker's claim: "Biden has to apologize for his statements,"
// Erdogan said.
func (x *extractor) demand(si int, s segment.Sentence, i int) {
	w := x.lower[i]
	if w == "step" && (i+1 >= s.Last || x.lower[i+1] != "down") {
		return
	}
	ci := x.claimAround(i)
	if ci < 0 {
		return
	}
	v := i
	if w == "apology" {
		// "make a personal, broadcast apology", "issue an apology"
		v = -1
		for p := i - 1; p >= s.First && p >= i-5; p-- {
			if lw := x.lower[p]; lw == "make" || lw == "issue" || lw == "offer" || lw == "give" {
				v = p
				break
			}
		}
		if v < 0 {
			return
		}
	}
	// a modal of obligation before the verb
	modal := -1
	for p := v - 1; p >= s.First && p >= v-3; p-- {
		lw := x.lower[p]
		if lw == "should" || lw == "must" || lw == "ought" {
			modal = p
			break
		}
		if lw == "to" && p-1 >= s.First && (x.lower[p-1] == "has" || x.lower[p-1] == "have" || x.lower[p-1] == "needs" || x.lower[p-1] == "need") {
			modal = p - 1
			break
		}
	}
	if modal < 0 {
		return
	}
	speaker := x.claims[ci].Speaker
	target, _, wt := x.ix.subject(v, s, -1)
	if target < 0 || target == speaker {
		return
	}
	x.emit(Stance{Holder: speaker, Target: target, Score: -0.6 * wt, Evidence: x.evidence(modal, i+1), Claim: ci})
}

// itIsFor handles a judgement of what an entity did: "it was
// “mindboggling” and “appalling” for Trump to roll out a red carpet".
// The speaker of the claim around it holds the stance.
func (x *extractor) itIsFor(si int, s segment.Sentence, i int) {
	if i+2 >= s.Last || x.lower[i+2] != "to" && (i+3 >= s.Last || x.lower[i+3] != "to") {
		return
	}
	k := x.ix.mentionStarting(i + 1)
	if k < 0 || !objectLabel(&x.ms[k]) {
		return
	}
	m := &x.ms[k]
	if m.T1 >= s.Last || x.lower[m.T1] != "to" {
		return
	}
	// back to "it is/was": the words between are the judgement
	sc := 0.0
	p := i - 1
	for ; p >= s.First && p >= i-8; p-- {
		lw := x.lower[p]
		if lw == "is" || lw == "was" || lw == "’s" || lw == "'s" {
			break
		}
		if negated(lw) {
			return
		}
		if v := sentiment(lw); math.Abs(v) > math.Abs(sc) {
			sc = v
		}
	}
	if p < s.First+1 || x.lower[p-1] != "it" || sc == 0 {
		return
	}
	ci := x.claimAround(i)
	if ci < 0 {
		ci = claimOf(x.claims, si)
		if ci < 0 || x.claims[ci].Kind != graph.KindIndirect {
			return
		}
	}
	x.emit(Stance{Holder: x.claims[ci].Speaker, Target: m.Entity, Score: sc, Evidence: x.evidence(p-1, m.T1), Claim: ci})
}

// Kinds of trigger words.
const (
	trigVerb uint8 = 1 << iota
	trigNaming
	trigAdjective
	trigDemand
	trigFor
)

// triggers maps every word that may start a frame to its kinds.
var triggers = lex.NewWordBits(func() map[string]uint8 {
	m := map[string]uint8{"for": trigFor}
	for w := range verbForms {
		m[w] |= trigVerb
	}
	for w := range callVerbs {
		m[w] |= trigNaming
	}
	for w := range attitudeAdjectives {
		m[w] |= trigAdjective
	}
	for w := range demands {
		m[w] |= trigDemand
	}
	return m
}())
