package stance

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
)

// Nominal stances: a noun of attitude or hostile action owned by its
// holder, with its target after a preposition: "Turkey’s offensive
// against the Kurds", "his criticism of Obama", "the Turkish offensive
// against", "American support for Israel", "Russia's annexation of".
// The owner is a name with "’s", he or she resolved by "his" or "her",
// or a demonym modifying the noun.

type nounFrame struct {
	weight float64
	preps  string // the prepositions that take the target, space-separated
}

var nominalNouns = map[string]nounFrame{
	"criticism": {-0.6, "of"}, "criticisms": {-0.6, "of"}, "condemnation": {-0.8, "of"},
	"attack": {-0.6, "on against"}, "attacks": {-0.6, "on against"}, "offensive": {-0.7, "against on into"},
	"war": {-0.7, "on against"}, "campaign": {-0.6, "against"}, "crackdown": {-0.7, "on against"},
	"sanctions": {-0.7, "on against"}, "opposition": {-0.6, "to"}, "hostility": {-0.7, "to toward towards"},
	"support": {0.6, "for of to behind"}, "backing": {0.6, "for of to behind"}, "praise": {0.7, "for of"},
	"endorsement": {0.7, "of"}, "defence": {0.5, "of"}, "defense": {0.5, "of"}, "alliance": {0.6, "with"},
	"accusations": {-0.6, "against"}, "invasion": {-0.8, "of"}, "fight": {-0.6, "against"},
	"threats": {-0.6, "against"}, "boycott": {-0.7, "of"}, "rejection": {-0.5, "of"},
	"contempt": {-0.8, "for"}, "admiration": {0.8, "for"}, "strikes": {-0.7, "on against"},
	"airstrikes": {-0.7, "on against"}, "assault": {-0.7, "on against"}, "hostilities": {-0.7, "against"},
	"annexation": {-0.8, "of"}, "blockade": {-0.7, "of on against"}, "embargo": {-0.7, "on against"},
	"tariffs": {-0.6, "on against"}, "revenge": {-0.8, "against on"}, "retaliation": {-0.7, "against"},
	"vendetta": {-0.8, "against"}, "grudge": {-0.7, "against"}, "lawsuit": {-0.6, "against"}, "disdain": {-0.8, "for"}, "distrust": {-0.7, "of"},
	"mistrust": {-0.7, "of"}, "embrace": {0.6, "of"}, "solidarity": {0.6, "with"},
	"thanks": {0.6, "to"}, "sympathy": {0.6, "for with"}, "gratitude": {0.7, "to"},
	"feud": {-0.7, "with"}, "spat": {-0.6, "with"}, "rift": {-0.6, "with"}, "quarrel": {-0.6, "with"},
	"rebuke": {-0.7, "of"}, "backlash": {-0.6, "against"}, "scorn": {-0.8, "for"}, "ridicule": {-0.7, "of"},
}

// nominalPreps is nominalNouns with the prepositions split, built once.
var nominalPreps = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for n, f := range nominalNouns {
		m[n] = map[string]bool{}
		for _, p := range strings.Fields(f.preps) {
			m[n][p] = true
		}
	}
	return m
}()

// removalNouns are the ends of someone's tenure that a demand for them
// is against: "called for Trump's impeachment", "demanded Barr's
// resignation".
var removalNouns = map[string]bool{
	"impeachment": true, "resignation": true, "ouster": true, "removal": true, "firing": true,
	"dismissal": true, "prosecution": true, "arrest": true, "indictment": true, "recall": true,
}

// demandHeads are the verbs (by form) that demand what follows them.
var demandHeads = map[string]bool{
	"called": true, "calls": true, "call": true, "calling": true, "demanded": true, "demands": true,
	"demand": true, "demanding": true, "urged": true, "urges": true, "sought": true, "seeks": true,
	"seek": true, "seeking": true, "pushed": true, "pushing": true, "pressed": true, "pressing": true,
}

// removal handles "<demand> (for) X's (…) <removal noun>" at token i: the
// demand's subject against X.
func (x *extractor) removal(si int, s segment.Sentence, i int) {
	p := i - 1
	if p > s.First && !x.t.Tokens[p].Upper && x.t.Tokens[p].Kind == segment.Word && !determiners[x.lower[p]] && x.lower[p] != "’s" && x.lower[p] != "'s" {
		p-- // "Trump's immediate impeachment"
	}
	if p-1 <= s.First || x.lower[p] != "’s" && x.lower[p] != "'s" {
		return
	}
	k := x.ix.endAt[p-1]
	if k < 0 || !objectLabel(&x.ms[k]) || x.ms[k].Form == ner.FormDemonym {
		return
	}
	v := x.ms[k].T0 - 1
	withFor := v > s.First && x.lower[v] == "for"
	if withFor {
		v--
	}
	// "called for X's resignation", not "called X's firing a mistake"
	if v < s.First || !demandHeads[x.lower[v]] || strings.HasPrefix(x.lower[v], "call") && !withFor {
		return
	}
	h, ci, wt := x.holderOf(si, s, v)
	x.emitBoth(Stance{Holder: h, Target: x.ms[k].Entity, Score: -0.7 * wt, Evidence: x.evidence(v, i+1), Claim: ci})
}

// nominal handles the stance noun at token i.
func (x *extractor) nominal(si int, s segment.Sentence, i int) {
	w := x.lower[i]
	if removalNouns[w] {
		x.removal(si, s, i)
		return
	}
	if i+2 < s.Last && x.lower[i+1] == "from" {
		x.received(s, i)
		return
	}
	if i+2 >= s.Last || !nominalPreps[w][x.lower[i+1]] {
		return
	}
	h := x.owner(i, s)
	wt := 1.0
	if h < 0 {
		if h, wt = x.lightSubject(i, s); h < 0 {
			return
		}
	}
	k := x.ix.object(i+2, s.Last)
	if k < 0 && x.ix.at[i] >= 0 {
		k = x.innerObject(i+2, x.ms[x.ix.at[i]].T1)
	}
	if k < 0 || x.ms[k].Form == ner.FormDemonym || x.modifiesNoun(k, s) {
		return // "the offensive against Kurdish fighters" is not against a country
	}
	x.emit(Stance{Holder: h, Target: x.ms[k].Entity, Score: nominalNouns[w].weight * wt * x.weigh(1, i, s.First), Evidence: x.evidence(x.ownerStart, x.ms[k].T1), Claim: x.claimAround(i)})
}

// receiveVerbs take an attitude from someone toward their subject:
// "drew sharp criticism from Republicans", "won praise from the UN".
var receiveVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range []string{"face", "draw", "receive", "attract", "earn", "win", "provoke", "spark",
		"prompt", "trigger", "invite", "incur", "get", "garner"} {
		for _, f := range inflect(v) {
			m[f] = true
		}
	}
	m["drew"], m["drawn"], m["won"], m["got"], m["gotten"] = true, true, true, true, true
	return m
}()

// received handles the stance noun at token i followed by "from": the
// one it comes from holds it toward the subject of the verb that
// received it, "Trump drew sharp criticism from Republicans".
func (x *extractor) received(s segment.Sentence, i int) {
	k := x.ix.object(i+2, s.Last)
	if k < 0 || !holderLabel(&x.ms[k]) || x.claimAround(i) >= 0 {
		return
	}
	for p := i - 1; p >= s.First && p >= i-4; p-- {
		lw := x.lower[p]
		if receiveVerbs[lw] {
			t, tm, wt := x.ix.subject(p, s, -1)
			if t < 0 || t == x.ms[k].Entity {
				return
			}
			if tm >= 0 && x.ms[tm].T0 > s.First {
				// "the calls to counter Russia have gotten support from": a
				// name after a verb is its object, not this subject
				if b := x.ms[tm].T0 - 1; x.t.Tokens[b].Kind == segment.Word && !x.t.Tokens[b].Upper && !determiners[x.lower[b]] && x.lower[b] != "and" {
					return
				}
			}
			x.emit(Stance{Holder: x.ms[k].Entity, Target: t, Score: nominalNouns[x.lower[i]].weight * wt, Evidence: x.evidence(p, x.ms[k].T1), Claim: claimOf(x.claims, x.t.SentenceOf(x.t.Tokens[i].Start))})
			return
		}
		tk := x.t.Tokens[p]
		if tk.Kind != segment.Word || tk.Upper || prepositions[lw] || x.ix.at[p] >= 0 {
			return
		}
	}
}

// lightVerbs give their object noun its sense: "offered only tacit
// support to", "expressed admiration for", "threw his support behind".
var lightVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range []string{"offer", "express", "voice", "pledge", "give", "lend", "throw", "show",
		"declare", "reiterate", "reaffirm", "signal", "extend", "announce", "receive", "win", "heap",
		"vow", "threaten", "seek", "file", "launch", "wage"} {
		for _, f := range inflect(v) {
			m[f] = true
		}
	}
	m["gave"], m["given"], m["lent"], m["threw"], m["thrown"], m["shown"], m["won"] = true, true, true, true, true, true, true
	delete(m, "receive") // "received support from X" is X's
	delete(m, "received")
	delete(m, "receives")
	delete(m, "receiving")
	delete(m, "win")
	delete(m, "wins")
	delete(m, "won")
	return m
}()

// lightSubject returns the subject of a light verb a few words before
// the noun at token i ("Trump has repeatedly expressed admiration for",
// "offered his public thanks to"), and the weight of its negations and
// hedges, or -1. It sets x.ownerStart to the verb.
func (x *extractor) lightSubject(i int, s segment.Sentence) (int, float64) {
	for p := i - 1; p >= s.First && p >= i-4; p-- {
		lw := x.lower[p]
		if lightVerbs[lw] {
			x.ownerStart = p
			ci := x.claimAround(p)
			speaker := -1
			if ci >= 0 {
				speaker = x.claims[ci].Speaker
			}
			h, _, wt := x.ix.subject(p, s, speaker)
			if h < 0 && p-1 >= s.First && x.lower[p-1] == "," {
				h = x.sentenceSubject(s) // "…, expressed solidarity with"
			}
			return h, wt
		}
		tk := x.t.Tokens[p]
		if tk.Kind != segment.Word || tk.Upper || prepositions[lw] && lw != "to" || x.ix.at[p] >= 0 {
			return -1, 0
		}
	}
	return -1, 0
}

// modifiesNoun reports whether mention k is followed by a common noun it
// modifies: "opposition to the Iran nuclear deal", "tariffs on US goods".
func (x *extractor) modifiesNoun(k int, s segment.Sentence) bool {
	return x.ix.nounAfter(x.ms[k].T1, s.Last)
}

// innerObject returns a name inside an event's name from token j to its
// end e, past a determiner: "[the Turkish invasion of Syria]", or -1.
func (x *extractor) innerObject(j, e int) int {
	if j < e && determiners[x.lower[j]] {
		j++
	}
	lo := sort.Search(len(x.ms), func(q int) bool { return x.ms[q].T0 >= j })
	for q := lo; q < len(x.ms) && x.ms[q].T0 == j; q++ {
		if m := &x.ms[q]; m.T1 <= e && m.Entity >= 0 && objectLabel(m) {
			return q
		}
	}
	return -1
}

// owner finds the holder of the noun at token i: "Turkey’s [three-week]
// offensive", "his [military] offensive", "the Turkish offensive". It
// sets x.ownerStart to the first token of the evidence.
func (x *extractor) owner(i int, s segment.Sentence) int {
	for p, mods := i-1, 0; p >= s.First && mods <= 2; p-- {
		lw := x.lower[p]
		switch lw {
		case "’s", "'s":
			if p-1 < s.First {
				return -1
			}
			k := x.ix.endAt[p-1]
			if k < 0 || !holderLabel(&x.ms[k]) {
				return -1
			}
			x.ownerStart = x.ms[k].T0
			return x.ms[k].Entity
		case "his", "her":
			x.ownerStart = p
			pr := "he"
			if lw == "her" {
				pr = "she"
			}
			return x.ix.pronoun(p, pr)
		case "its", "their":
			// "Russia has increased its support for Assad": the country or
			// body the clause is about ("pledged its support to" is the
			// light verb's)
			if p-1 >= s.First && lightVerbs[x.lower[p-1]] {
				return -1
			}
			x.ownerStart = p
			return x.ix.bodyPronoun(p, s)
		}
		if k := x.ix.endAt[p]; k >= 0 {
			m := &x.ms[k]
			// "the Turkish offensive", "American support": a demonym
			// opening the noun phrase
			if m.Form != ner.FormDemonym || mods > 1 || m.T0 > s.First && !determiners[x.lower[m.T0-1]] && x.t.Tokens[m.T0-1].Kind == segment.Word {
				return -1
			}
			x.ownerStart = m.T0
			return m.Entity
		}
		tk := x.t.Tokens[p]
		if tk.Kind != segment.Word && lw != "-" || tk.Upper || prepositions[lw] || determiners[lw] {
			return -1
		}
		mods++
	}
	return -1
}
