package stance

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// Side nouns name a person or body by their side toward another: "Roger
// Stone, a longtime ally of President Trump", "Russia, a staunch
// supporter of Syria", "Graham is a close ally of Trump", and before a
// name, "Trump ally Roger Stone", "Kremlin critic Alexei Navalny". The
// one so named holds the stance toward the other.
var sideNouns = map[string]float64{
	"ally": 0.6, "allies": 0.6, "supporter": 0.6, "supporters": 0.6, "backer": 0.6, "backers": 0.6,
	"loyalist": 0.6, "loyalists": 0.6, "confidant": 0.5, "defender": 0.6, "admirer": 0.7,
	"friend": 0.5, "critic": -0.6, "critics": -0.6, "opponent": -0.6, "opponents": -0.6,
	"foe": -0.6, "foes": -0.6, "detractor": -0.6, "detractors": -0.6, "adversary": -0.6,
}

// side handles the side noun at token i.
func (x *extractor) side(si int, s segment.Sentence, i int) {
	w := x.lower[i]
	sc := sideNouns[w]
	if i+2 < s.Last && x.lower[i+1] == "of" {
		k := x.ix.object(i+2, s.Last)
		if k < 0 && x.ix.at[i] >= 0 {
			// the noun opens a source's name, "ally of President Trump": the
			// name inside it, past a title
			src := &x.ms[x.ix.at[i]]
			for j := i + 2; k < 0 && j < src.T1 && j <= i+4; j++ {
				k = x.innerObject(j, src.T1)
				if j > i+2 && !x.t.Tokens[j-1].Upper {
					break
				}
			}
		}
		if k < 0 || x.ms[k].Form == ner.FormDemonym || x.modifiesNoun(k, s) ||
			x.ms[k].T1 < s.Last && x.lower[x.ms[k].T1] == "-" {
			return // "a fierce opponent of an Iran deal", "supporters of an Iran-backed group"
		}
		h, a := x.sideHolder(i, s)
		if h < 0 {
			// "Critics of Moon’s engagement policy say": the group the
			// source phrase names holds it
			if h, a = x.sideGroup(i); h < 0 {
				return
			}
		}
		x.emit(Stance{Holder: h, Target: x.ms[k].Entity, Score: sc, Evidence: x.evidence(a, x.ms[k].T1), Claim: x.claimAround(i)})
		return
	}
	// "McCain, one of Trump's fiercest critics": one of an owner's side
	if x.oneOfSide(s, i, sc) {
		return
	}
	// "Trump ally Roger Stone": a name, the noun, then a person
	if i-1 < s.First || i+1 >= s.Last {
		return
	}
	t := x.ix.endAt[i-1]
	if t < 0 && (x.lower[i-1] == "’s" || x.lower[i-1] == "'s") && i-2 >= s.First {
		t = x.ix.endAt[i-2] // "Putin's ally Bashar Assad"
	}
	if t < 0 {
		return
	}
	tm := &x.ms[t]
	if !objectLabel(tm) || tm.Form == ner.FormMember || tm.Form == ner.FormDemonym && sc < 0 {
		return // "Democratic opponent Hillary Clinton" is a Democrat
	}
	if w == "defender" {
		return // "Arsenal defender Ashley Cole" plays for Arsenal
	}
	h := x.ix.mentionStarting(i + 1)
	if h < 0 && i+2 < s.Last && x.t.Tokens[i+1].Upper {
		h = x.ix.mentionStarting(i + 2) // "Trump ally Sen. Lindsey Graham"
	}
	if h < 0 && (x.lower[i-1] != "’s" && x.lower[i-1] != "'s") {
		// "Sen. Lindsey Graham, a staunch Trump ally, said": the name
		// before the apposition
		if a, e := x.sideHolder(tm.T0, s); a >= 0 && x.res.Entities[a].Label == graph.LabelPerson && a != tm.Entity {
			x.emit(Stance{Holder: a, Target: tm.Entity, Score: sc, Evidence: x.evidence(e, i+1), Claim: x.claimAround(i)})
			return
		}
	}
	if h < 0 || x.ms[h].Label != graph.LabelPerson {
		// "Trump's critics say": the group the source phrase names
		if g, _ := x.sideGroup(i); g >= 0 && g != tm.Entity {
			x.emit(Stance{Holder: g, Target: tm.Entity, Score: sc, Evidence: x.evidence(tm.T0, i+1), Claim: x.claimAround(i)})
		}
		return
	}
	x.emit(Stance{Holder: x.ms[h].Entity, Target: tm.Entity, Score: sc, Evidence: x.evidence(tm.T0, x.ms[h].T1), Claim: x.claimAround(i)})
}

// oneOfSide handles a plural side noun at token i after "one of" and its
// owner's possessive, past two modifiers: "McCain, one of Trump's fiercest
// critics", "Saudi Arabia is one of Washington’s closest allies". The one
// named before the comma, or the subject of the copula, holds it.
func (x *extractor) oneOfSide(s segment.Sentence, i int, sc float64) bool {
	p := i - 1
	for p > s.First && i-p <= 2 && x.t.Tokens[p].Kind == segment.Word && !x.t.Tokens[p].Upper && x.lower[p] != "’s" && x.lower[p] != "'s" {
		p-- // "fiercest", "most vociferous"
	}
	if p-1 < s.First || x.lower[p] != "’s" && x.lower[p] != "'s" {
		return false
	}
	t := x.ix.endAt[p-1]
	if t < 0 || !objectLabel(&x.ms[t]) || x.ms[t].Form == ner.FormDemonym {
		return false
	}
	o := x.ms[t].T0 - 2
	if o-1 < s.First || x.lower[o] != "one" || x.lower[o+1] != "of" {
		return false
	}
	h, a := -1, 0
	switch x.lower[o-1] {
	case ",":
		if o-2 < s.First {
			break
		}
		k := x.ix.endAt[o-2]
		if x.lower[o-2] == ")" && o-3 >= s.First {
			// "Lindsey Graham (R-S.C.), one of": the one before the tag
			for b := o - 3; b > s.First && b > o-8; b-- {
				if x.lower[b] == "(" {
					k = x.ix.endAt[b-1]
					break
				}
			}
		}
		if k >= 0 && holderLabel(&x.ms[k]) && x.ms[k].Form != ner.FormMember {
			h, a = x.ms[k].Entity, x.ms[k].T0
		}
	case "is", "was", "been", "became", "remains", "remained", "be":
		if e, hm, wt := x.ix.subject(o-1, s, -1); e >= 0 && wt >= 1 && hm >= 0 && x.ms[hm].Form != ner.FormMember {
			h, a = e, x.ms[hm].T0
		}
	}
	if h < 0 || h == x.ms[t].Entity {
		return false
	}
	x.emit(Stance{Holder: h, Target: x.ms[t].Entity, Score: sc, Evidence: x.evidence(a, i+1), Claim: x.claimAround(i)})
	return true
}

// sideGroup returns the source whose phrase a plural side noun at token i
// heads ("Trump's critics", "supporters of Bernie Sanders") and the first
// token of that phrase, or -1: the group is on that side by its name.
func (x *extractor) sideGroup(i int) (int, int) {
	if x.ix.at[i] < 0 || !strings.HasSuffix(x.lower[i], "s") {
		return -1, -1
	}
	src := &x.ms[x.ix.at[i]]
	if src.Label != graph.LabelSource || src.Entity < 0 {
		return -1, -1
	}
	return src.Entity, src.T0
}

// sideHolder returns the one a side noun at token i names and the first
// token of the evidence: the name before the apposition ("Stone, a
// longtime ally of") or the subject of the copula ("Graham is a close ally
// of"), or -1.
func (x *extractor) sideHolder(i int, s segment.Sentence) (int, int) {
	p := i - 1
	for mods := 0; p >= s.First && mods < 3 && x.t.Tokens[p].Kind == segment.Word && !x.t.Tokens[p].Upper && !determiners[x.lower[p]] && !prepositions[x.lower[p]] && (x.ix.at[p] < 0 || x.ms[x.ix.at[p]].Label == graph.LabelSource); p-- {
		mods++ // "a longtime", "a close personal"
	}
	if p < s.First {
		return -1, 0
	}
	switch x.lower[p] {
	case "a", "an", "the", "one":
	default:
		return -1, 0
	}
	if p-1 < s.First {
		return -1, 0
	}
	if x.lower[p] == "one" || p-2 >= s.First && x.lower[p-1] == "of" && x.lower[p-2] == "one" {
		// "one of the closest allies of": not handled
		return -1, 0
	}
	b := x.lower[p-1]
	switch b {
	case ",", "(", "–", "—":
		if p-2 < s.First {
			return -1, 0
		}
		k := x.ix.endAt[p-2]
		if k >= 0 {
			// "Doug Collins (R-Ga.), an outspoken defender of": the one named
			// is before the affiliation
			if o := x.ms[k].T0; x.lower[o] == "(" && o-1 >= s.First && x.ix.endAt[o-1] >= 0 {
				k = x.ix.endAt[o-1]
			}
		}
		if k < 0 || !holderLabel(&x.ms[k]) || x.ms[k].Form == ner.FormMember {
			return -1, 0
		}
		return x.ms[k].Entity, x.ms[k].T0
	case "is", "was", "been", "became", "remains", "remained", "be":
		h, hm, wt := x.ix.subject(p-1, s, -1)
		if h < 0 || wt < 1 || hm < 0 || x.ms[hm].Form == ner.FormMember {
			return -1, 0
		}
		return h, x.ms[hm].T0
	}
	return -1, 0
}

// underFire handles "came under fire from X" at "under", token i: X
// holds a negative stance toward the subject. "Obama, who has come under
// criticism from Republicans", "Turkey has also come under fire on
// Capitol Hill" (a body where it sits).
func (x *extractor) underFire(si int, s segment.Sentence, i int) {
	if i+3 >= s.Last || i-1 < s.First {
		return
	}
	switch x.lower[i+1] {
	case "fire", "attack", "criticism":
	default:
		return
	}
	switch x.lower[i-1] {
	case "come", "came", "comes", "coming", "is", "was", "are", "were", "been", "remains", "remained":
	default:
		return
	}
	p := x.lower[i+2]
	if p != "from" && p != "on" {
		return
	}
	k := x.ix.object(i+3, s.Last)
	if k < 0 || !holderLabel(&x.ms[k]) || p == "on" && x.ms[k].Label != graph.LabelOrganization {
		return
	}
	t, _, wt := x.ix.subject(i-1, s, -1)
	if t < 0 {
		return
	}
	x.emit(Stance{Holder: x.ms[k].Entity, Target: t, Score: -0.6 * wt, Evidence: x.evidence(i-1, x.ms[k].T1), Claim: x.claimAround(i)})
}
