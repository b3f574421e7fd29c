// Package stance finds the clear attitudes of a holder toward a target
// entity that an article reports, with their polarity and the text that
// shows them.
//
// Every rule is a general frame over a shallow clause layer (clause.go):
//
//   - a stance verb with its subject as holder and its object as target:
//     "Biden thanked the UAE", "Ferguson sympathised with Tottenham",
//     "took a swipe at Hillary Clinton", "threatened to expel", and the
//     passive "was denounced by the Log Cabin Republicans" (lexicon.go);
//   - a verb of naming with an evaluation: "called Schiff a liar";
//   - an attitude noun or adjective with a preposition: "a soft spot for
//     Trump", "is angered at the U.S.", "his strong relationship with X";
//   - in a claim, its speaker's judgement of an entity: "Turkey has been a
//     valuable ally", "Kamala Harris 'was perceived as someone totally
//     incomprehensible'", scored with the VADER sentiment lexicon
//     (sentiment.go) and a short curated list of judgements; also a verb
//     of conduct of the entity ("Erdogan suppresses free speech"), an
//     evaluative modifier of it ("our rogue president") and a he/she
//     predicate ("he's an old friend") (judgement.go).
//
// People named by title alone ("the senator", "the prince") are resolved
// to the person of that title mentioned last (refs.go).
//
// Negation ("not", "never", "no longer", "refused to") cancels a stance and
// hedges ("might", "could", "perhaps") weaken it; a stance below the
// threshold is dropped. Precision comes first: a wrong stance is worse than
// a missing one.
package stance

import (
	"math"
	"strings"

	"github.com/newsgraph/newsgraph/extract/claim"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// Stance is an attitude of one entity toward another.
type Stance struct {
	Holder, Target int // entity indexes in ner.Result.Entities
	Polarity       string
	Score          float64
	Evidence       string
	Claim          int // index of the claim it comes from, or -1
}

// Threshold is the least absolute score a stance must reach.
const Threshold = 0.45

// Extract finds the stances of a recognised article with its claims.
func Extract(res *ner.Result, claims []claim.Claim) []Stance {
	ms := withTitleRefs(res)
	x := &extractor{res: res, ms: ms, toks: res.Tokens, lower: res.Lower, t: res.Text, ix: newIndex(res, ms), claims: claims}
	for ci, c := range claims {
		x.fromClaim(ci, c)
	}
	x.fromVerbs()
	x.fromSentences(claims)
	indexBufs.Put(&x.ix.buf)
	return x.out
}

type extractor struct {
	res   *ner.Result
	ms    []ner.Mention // res.Mentions with the title references, in text order
	t     *segment.Text
	toks  []string
	lower []string
	out   []Stance

	ix     *index
	claims []claim.Claim
	// ownerStart is the first token of the owner owner found last.
	ownerStart int
	// coHolders are the entities conjoined with the subject holderOf found
	// last, or -1.
	coHolders []int
}

func (x *extractor) emit(s Stance) {
	if s.Holder < 0 || s.Target < 0 || s.Holder == s.Target || math.Abs(s.Score) < Threshold {
		return
	}
	s.Score = math.Round(s.Score*100) / 100
	if s.Score > 0 {
		s.Polarity = graph.Positive
	} else {
		s.Polarity = graph.Negative
	}
	for i := range x.out {
		o := &x.out[i]
		if o.Holder == s.Holder && o.Target == s.Target {
			if o.Polarity == s.Polarity {
				if math.Abs(s.Score) > math.Abs(o.Score) {
					*o = s
				}
				return
			}
		}
	}
	x.out = append(x.out, s)
}

// targetLabel reports whether entities of label l can be stance targets.
func targetLabel(l graph.Label) bool {
	switch l {
	case graph.LabelPerson, graph.LabelOrganization, graph.LabelCountry, graph.LabelOutlet:
		return true
	}
	return false
}

func (x *extractor) fromClaim(ci int, c claim.Claim) {
	a := x.t.TokenAt(c.Start)
	b := x.t.TokenAt(c.End)
	found := false
	for mi := range x.ms {
		m := &x.ms[mi]
		if m.T0 >= b {
			break
		}
		if m.T0 < a || m.Entity < 0 || !targetLabel(m.Label) || m.Entity == c.Speaker || m.Form == ner.FormDemonym {
			continue
		}
		if x.ownSide(c.Speaker, m.Entity) {
			continue
		}
		// "he and Erdogan are very good friends": a tie of the two sides
		if h := x.conjunct(m, a, c.Speaker); h >= 0 {
			if score, ev, k := x.predicateWord(m.T1, b, m, false); k >= 0 && relational[x.lower[k]] {
				x.emit(Stance{Holder: h, Target: m.Entity, Score: score, Evidence: ev, Claim: ci})
				found = true
				continue
			}
		}
		if score, ev := x.local(m, a, b); score != 0 {
			x.emit(Stance{Holder: c.Speaker, Target: m.Entity, Score: score, Evidence: ev, Claim: ci})
			found = true
		}
	}
	x.pronounJudgements(ci, a, b)
	if found {
		return
	}
	// the quote says something of the sentence's subject written before it:
	// In comparison, Kamala Harris “was perceived as someone totally incomprehensible,”
	if c.Kind == graph.KindDirect && a > 0 {
		s := x.t.Sentences[x.t.SentenceOf(c.Start)]
		for mi := range x.ms {
			m := &x.ms[mi]
			if m.T0 < s.First || m.Entity < 0 || !targetLabel(m.Label) || m.Entity == c.Speaker {
				continue
			}
			if m.T1 > a {
				break
			}
			// the mention must lead straight into the quote
			if a-m.T1 <= 1 {
				if score, ev := x.predicate(m.T1, b, m); score != 0 {
					x.emit(Stance{Holder: c.Speaker, Target: m.Entity, Score: score, Evidence: ev, Claim: ci})
				}
			}
		}
	}
}

// local scores the stance toward mention m expressed around it within
// tokens [a, b).
func (x *extractor) local(m *ner.Mention, a, b int) (float64, string) {
	best, ev := 0.0, ""
	try := func(s float64, e string) {
		if math.Abs(s) > math.Abs(best) {
			best, ev = s, e
		}
	}
	try(x.before(m, a))
	if x.subjectPosition(m, a) {
		try(x.predicate(m.T1, b, m))
		try(x.conduct(m, b))
	}
	try(x.modifier(m, a))
	try(x.possessive(m, b))
	return best, ev
}

// skipBack walks left from token i over words that may stand between a
// stance word and its target: prepositions are handled by callers; here
// titles, determiners, possessives, quotes and modifier mentions.
func (x *extractor) skipBack(i, a int) int {
	for i > a {
		p := i - 1
		w := x.lower[p]
		tk := x.t.Tokens[p]
		switch {
		case tk.Kind == segment.Quote, w == "the", w == "his", w == "her", w == "their", w == "its", w == "[", w == "]":
			i = p
		case tk.Upper && tk.Kind == segment.Word:
			i = p // "President", "Democrat"
		default:
			return i
		}
	}
	return i
}

// before finds an attitude word written before the target: "soft spot
// for X", "sympathetic to X", "strong relationship with X". Verbs are
// fromVerbs' business.
func (x *extractor) before(m *ner.Mention, a int) (float64, string) {
	i := x.skipBack(m.T0, a)
	if i <= a {
		return 0, ""
	}
	prep := x.lower[i-1]
	evEnd := m.End
	switch prep {
	case "for", "toward", "towards", "to", "of", "with", "on", "at", "against", "by":
	default:
		return 0, ""
	}
	j := i - 1 // the preposition
	// the word before the preposition, past a closing quote: "soft spot” for"
	k := j
	if k-1 >= a && x.t.Tokens[k-1].Kind == segment.Quote {
		k--
	}
	if k-1 < a {
		return 0, ""
	}
	w1 := x.lower[k-1]
	w2 := ""
	if k-2 >= a {
		w2 = x.lower[k-2] + " " + w1
	}
	if s, ok := attitudeNouns[w2]; ok && prep != "with" && prep != "against" {
		return x.weigh(s, k-2, a), x.t.Body[x.t.Tokens[k-2].Start:evEnd]
	}
	if k-2 >= a && (x.lower[k-2] == "with" || x.lower[k-2] == "in") {
		return 0, "" // "with respect to", "in support of" the idioms
	}
	if s, ok := attitudeNouns[w1]; ok && (prep == "for" || prep == "toward" || prep == "towards" || prep == "to" || prep == "of" && s < 0) {
		if x.owned(k-1, a) {
			return 0, "" // "Trump’s opposition to Mueller" is Trump's
		}
		return x.weigh(s, k-1, a), x.t.Body[x.t.Tokens[k-1].Start:evEnd]
	}
	if s, ok := attitudeAdjectives[w1]; ok && prep != "for" {
		return x.weigh(s, k-1, a), x.t.Body[x.t.Tokens[k-1].Start:evEnd]
	}
	// "strong relationship with X"
	if relationNouns[w1] && prep == "with" {
		for q := k - 2; q >= a && q >= k-3; q-- {
			if s, ok := relationModifiers[x.lower[q]]; ok {
				return x.weigh(s, q, a), x.t.Body[x.t.Tokens[q].Start:evEnd]
			}
		}
	}
	return 0, ""
}

// owned reports whether the noun at token k has an owner before it, past
// a modifier: "Trump’s opposition", "his strong support".
func (x *extractor) owned(k, a int) bool {
	for p := k - 1; p >= a && p >= k-2; p-- {
		switch x.lower[p] {
		case "’s", "'s", "his", "her", "their", "its":
			return true
		}
	}
	return false
}

// predicate finds an evaluation said of the target after it: "X is an
// impulsive person", "X was perceived as someone totally incomprehensible",
// "he and Erdogan are “very good friends”". The strongest word of the
// evaluating phrase counts, raised by an intensifier before it.
func (x *extractor) predicate(i, b int, m *ner.Mention) (float64, string) {
	s, ev, _ := x.predicateWord(i, b, m, false)
	return s, ev
}

// predicateWord is predicate that also returns the token of the
// evaluating word. With pronoun set the subject is a pronoun, whose "’s"
// is "is": "he’s an old friend".
func (x *extractor) predicateWord(i, b int, m *ner.Mention, pronoun bool) (float64, string, int) {
	for i < b && (x.t.Tokens[i].Kind == segment.Quote) {
		i++
	}
	if i >= b {
		return 0, "", -1
	}
	w := x.lower[i]
	switch w {
	case "is", "was", "are", "were", "remains", "seems", "appears", "’s", "'s", "has", "had":
	default:
		return 0, "", -1
	}
	if (w == "’s" || w == "'s") && !pronoun {
		// "Trump’s an impulsive man" is rare; "Trump’s approach" is common: skip
		return 0, "", -1
	}
	j := i + 1
	if w == "has" || w == "had" {
		if j < b && x.toks[j] == "been" {
			j++
		} else {
			return 0, "", -1
		}
	}
	// "perceived as", "seen as", "considered", "regarded as", "viewed as"
	if j < b {
		switch x.lower[j] {
		case "perceived", "seen", "viewed", "regarded", "considered", "described", "known", "widely", "often":
			j++
			for j < b && (x.lower[j] == "as" || x.lower[j] == "seen" || x.lower[j] == "viewed") {
				j++
			}
		}
	}
	for j < b && x.t.Tokens[j].Kind == segment.Quote {
		j++ // are “very good friends,”
	}
	neg := false
	for k := j; k < b && k < j+7; k++ {
		lw := x.lower[k]
		tk := x.t.Tokens[k]
		if tk.Kind == segment.Quote && k+1 < b && x.t.Tokens[k+1].Kind == segment.Word && k > j {
			continue // scare quotes: is a “terrible” governor
		}
		if tk.Kind == segment.Punct && lw != "-" || tk.Kind == segment.Quote {
			break
		}
		if negators[lw] {
			neg = true
			continue
		}
		if lw == "in" || lw == "on" || lw == "at" || lw == "to" || lw == "for" || lw == "with" || lw == "by" || lw == "from" || lw == "about" || lw == "of" || lw == "over" {
			break // "Harry was in a privileged position": not said of Harry
		}
		// adverbs ("clearly", "incredibly") only qualify what follows
		if strings.HasSuffix(lw, "ly") && evaluative[lw] == 0 {
			continue
		}
		// a state of the subject ("was hoping", "is angry") is not a
		// judgement of it
		if _, state := attitudeAdjectives[lw]; state {
			continue
		}
		// a verb ("was meeting", "was fired", "has been threatened") tells
		// what happened to the subject, not what the speaker thinks of it
		if (strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed")) && evaluative[lw] == 0 {
			break
		}
		if s := sentiment(lw); s != 0 {
			if neg {
				return 0, "", -1
			}
			// a stronger word of the same phrase: "very good friends"
			for q := k + 1; q < b && q <= k+2 && x.t.Tokens[q].Kind == segment.Word; q++ {
				if t := sentiment(x.lower[q]); t*s > 0 && math.Abs(t) > math.Abs(s) {
					s, k = t, q
				}
			}
			if k-1 >= j && intensifiers[x.lower[k-1]] || k-2 >= j && intensifiers[x.lower[k-2]] {
				s = math.Max(-1, math.Min(1, s*1.25))
			}
			return x.weigh(s, i, i), x.t.Body[m.Start:x.t.Tokens[k].End], k
		}
		if lw == "that" || lw == "who" || lw == "which" || lw == "but" {
			break
		}
	}
	return 0, "", -1
}

// weigh applies negation and hedges in the few words before token at (not
// before a).
func (x *extractor) weigh(s float64, at, a int) float64 {
	for k := at - 1; k >= a && k >= at-4; k-- {
		lw := x.lower[k]
		if negators[lw] || strings.HasSuffix(lw, "n’t") || strings.HasSuffix(lw, "n't") {
			return 0
		}
		if h, ok := hedges[lw]; ok {
			s *= h
		}
		if x.t.Tokens[k].Kind == segment.Punct && lw != "-" {
			break
		}
	}
	return s
}

// fromSentences finds stances stated by a sentence's subject: "Mr Blair
// paid tribute to Democrat John Kerry's campaign", "Michael Howard sent Mr
// Bush his warmest congratulations".
func (x *extractor) fromSentences(claims []claim.Claim) {
	for si, s := range x.t.Sentences {
		// the subject: the first person, source, organisation or country
		// at the start of the sentence
		subj := -1
		var sm *ner.Mention
		for mi := range x.ms {
			m := &x.ms[mi]
			if m.T0 < s.First || m.Entity < 0 {
				continue
			}
			if m.T0 >= s.Last || m.T0 > s.First+6 {
				break
			}
			if m.Label == graph.LabelPerson || m.Label == graph.LabelSource || m.Label == graph.LabelOrganization || m.Label == graph.LabelCountry {
				if m.Form == ner.FormDemonym {
					continue
				}
				subj, sm = m.Entity, m
				// a later, longer name of the same phrase ("Tory leader Michael Howard")
				if m.Label != graph.LabelPerson {
					for mj := mi + 1; mj < len(x.ms) && x.ms[mj].T0 <= m.T1+3; mj++ {
						n := &x.ms[mj]
						if n.Label == graph.LabelPerson && n.Entity >= 0 && n.T0 < s.Last {
							subj, sm = n.Entity, n
							break
						}
					}
				}
				break
			}
		}
		if subj < 0 {
			continue
		}
		// the verb right after the subject (past adverbs)
		v := sm.T1
		for v < s.Last && (strings.HasSuffix(x.lower[v], "ly") || x.lower[v] == "also" || x.lower[v] == "has" || x.lower[v] == "have") {
			v++
		}
		if v >= s.Last {
			continue
		}
		vw := x.lower[v]
		sent := strings.ToLower(vw)
		if sent == "sent" || sent == "offered" || sent == "extended" || sent == "conveyed" {
			// "sent Mr Bush his warmest congratulations"
			for mi := range x.ms {
				m := &x.ms[mi]
				if m.T0 <= v || m.T0 > v+3 || m.Entity < 0 || !targetLabel(m.Label) || m.Entity == subj {
					continue
				}
				for k := m.T1; k < s.Last && k < m.T1+5; k++ {
					lw := x.lower[k]
					if sc, ok := attitudeNouns[lw]; ok {
						x.emit(Stance{Holder: subj, Target: m.Entity, Score: sc, Evidence: x.t.Body[x.t.Tokens[v].Start:x.t.Tokens[k].End], Claim: claimOf(claims, si)})
						break
					}
				}
				break
			}
			continue
		}
		// "paid tribute to X", "praised X": the target within a few words
		for mi := range x.ms {
			m := &x.ms[mi]
			if m.T0 <= v || m.Entity < 0 || !targetLabel(m.Label) || m.Entity == subj || m.Form == ner.FormDemonym {
				continue
			}
			if m.T0 > v+6 {
				break
			}
			if x.modifiesNext(mi) {
				continue // "Democrat" in "Democrat John Kerry"
			}
			if k := x.ix.mentionStarting(m.T0); k >= 0 && k != mi {
				continue // "John Kerry's campaign" is John Kerry's
			}
			if sc, ev := x.before(m, v); sc != 0 {
				x.emit(Stance{Holder: subj, Target: m.Entity, Score: sc, Evidence: ev, Claim: claimOf(claims, si)})
				break
			}
		}
	}
}

// claimOf returns the index of a claim attributed in sentence si, or -1.
func claimOf(claims []claim.Claim, si int) int {
	for i, c := range claims {
		if c.Sent == si {
			return i
		}
	}
	return -1
}

// modifiesNext reports whether mention mi is a modifier of a person named
// right after it: "Democrat John Kerry", "Russian President Vladimir Putin".
func (x *extractor) modifiesNext(mi int) bool {
	m := &x.ms[mi]
	for mj := mi + 1; mj < len(x.ms) && x.ms[mj].T0 <= m.T1+2; mj++ {
		if n := &x.ms[mj]; n.Label == graph.LabelPerson && n.T0 >= m.T1 {
			return m.Label != graph.LabelPerson
		}
	}
	return false
}
