package stance

import (
	"math"
	"strings"

	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// Judgements in quotes: what a speaker says of an entity's conduct or
// character, scored with the evaluative words around the entity's mention
// inside the claim, and read with the clause layer so that only words said
// of the entity count:
//
//   - a verb of conduct with the entity as its subject: "Erdogan
//     suppresses free speech", "President Obama often disagrees with that
//     simple truth", "the coalition undermined the very government";
//   - an evaluative modifier of the entity or its title: "our rogue
//     president";
//   - an evaluative noun phrase the entity owns: "Obama's failed policies";
//   - a pronoun subject's predicate: "he's an old friend".

// minJudgement is the least strength of an evaluative word in a claim,
// before negations and hedges: VADER's 1.25 of 4, a clear judgement.
const minJudgement = 0.5

// conductVerbs judge what their subject does, by lemma: "X lied", "X
// suppresses dissent". Verbs of feeling ("fears", "suffered") and of
// saying tell the subject's state or words, not the speaker's view of it,
// and are not here; nor are the stance verbs of lexicon.go, whose subject
// holds a stance of its own.
var conductVerbs = map[string]float64{
	"lie": -0.7, "cheat": -0.7, "betray": -0.8, "undermine": -0.6, "suppress": -0.6, "oppress": -0.7,
	"repress": -0.7, "persecute": -0.8, "mislead": -0.6, "deceive": -0.7, "abuse": -0.7, "exploit": -0.6,
	"disagree": -0.5, "exacerbate": -0.6, "sabotage": -0.7, "obstruct": -0.6, "bully": -0.7,
	"intimidate": -0.7, "harass": -0.7, "violate": -0.6, "flout": -0.6, "scream": -0.6, "whine": -0.6,
	"meddle": -0.6, "squander": -0.6, "botch": -0.7, "bungle": -0.7, "neglect": -0.6, "endanger": -0.6,
	"jeopardize": -0.6, "jeopardise": -0.6, "mismanage": -0.7, "distort": -0.6, "fabricate": -0.7,
	"excel": 0.6, "inspire": 0.6,
}

// conductForms maps each inflection of a conduct verb to its weight.
var conductForms = func() map[string]float64 {
	m := map[string]float64{}
	for v, w := range conductVerbs {
		for _, f := range inflect(v) {
			m[f] = w
		}
	}
	m["lied"], m["lying"], m["misled"] = -0.7, -0.7, -0.6
	return m
}()

// peopleNouns name people by their side: "Trump's critics", "Obama's
// supporters" say nothing of the speaker's view of Trump or Obama.
var peopleNouns = map[string]bool{
	"critics": true, "critic": true, "supporters": true, "supporter": true, "opponents": true, "opponent": true,
	"enemies": true, "enemy": true, "allies": true, "ally": true, "friends": true, "friend": true,
	"rivals": true, "rival": true, "fans": true, "foes": true, "foe": true, "detractors": true,
	"victims": true, "victim": true, "accusers": true, "defenders": true, "admirers": true,
}

// intensifiers raise the word after them: "very good friends".
var intensifiers = map[string]bool{
	"very": true, "really": true, "so": true, "extremely": true, "deeply": true, "truly": true, "totally": true,
	"utterly": true, "completely": true, "incredibly": true, "most": true,
}

// conduct finds a verb of conduct after the subject mention m, past
// auxiliaries and adverbs, within claim tokens up to b.
func (x *extractor) conduct(m *ner.Mention, b int) (float64, string) {
	wt := 1.0
	if m.Form != ner.FormAnaphor && m.Label != graph.LabelPerson && !x.heads(m) {
		return 0, ""
	}
	for k := m.T1; k < b && k < m.T1+5; k++ {
		lw := x.lower[k]
		if x.t.Tokens[k].Kind != segment.Word {
			return 0, ""
		}
		if w, ok := conductForms[lw]; ok {
			return w * wt, x.t.Body[m.Start:x.t.Tokens[k].End]
		}
		switch {
		case negated(lw):
			return 0, ""
		case hedges[lw] != 0:
			wt *= hedges[lw]
		case auxiliaries[lw], strings.HasSuffix(lw, "ly") && !x.t.Tokens[k].Upper:
		default:
			return 0, ""
		}
	}
	return 0, ""
}

// modifier finds an evaluative word between a determiner and mention m:
// "our rogue president", "the disgraceful Trump administration". Only
// words of the noun phrase count, so the determiner must open it: in
// "strengthened ISIS" or "extremists in Syria" nothing modifies the name.
func (x *extractor) modifier(m *ner.Mention, a int) (float64, string) {
	if !x.heads(m) {
		return 0, ""
	}
	best, at := 0.0, -1
	for k := m.T0 - 1; k >= a && k >= m.T0-3; k-- {
		lw := x.lower[k]
		tk := x.t.Tokens[k]
		if refDeterminers[lw] || determiners[lw] {
			if at < 0 || math.Abs(best) < minJudgement {
				return 0, ""
			}
			return x.weigh(best, k, a), x.t.Body[x.t.Tokens[at].Start:m.End]
		}
		if tk.Kind != segment.Word || tk.Upper || prepositions[lw] {
			return 0, ""
		}
		if _, state := attitudeAdjectives[lw]; state {
			return 0, "" // "an angry Trump" is Trump's own state
		}
		if counterfeit[lw] {
			return 0, "" // "a fake Paypal.com": an imitation of the name, no verdict on it
		}
		if s := adjectiveSentiment(lw); math.Abs(s) > math.Abs(best) {
			best, at = s, k
		}
	}
	return 0, ""
}

// counterfeit are adjectives that make the name an imitation of itself.
var counterfeit = map[string]bool{
	"fake": true, "false": true, "bogus": true, "counterfeit": true, "phony": true, "phoney": true,
	"imitation": true, "spoof": true, "sham": true, "forged": true,
}

// adjectiveSentiment is the sentiment of a word that may modify a name:
// a curated judgement, or a VADER word not shaped like a verb or a plural
// ("the media protects Hillary", "the stolen NSA documents").
func adjectiveSentiment(lw string) float64 {
	if s, ok := evaluative[lw]; ok {
		return s
	}
	if strings.HasSuffix(lw, "s") || strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "en") || strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly") {
		return 0
	}
	return sentiment(lw)
}

// heads reports whether mention m ends its noun phrase: "the stolen NSA
// documents" is about the documents.
func (x *extractor) heads(m *ner.Mention) bool {
	if m.T1 >= len(x.lower) {
		return true
	}
	tk := x.t.Tokens[m.T1]
	lw := x.lower[m.T1]
	return tk.Kind != segment.Word || tk.Upper || auxiliaries[lw] || prepositions[lw] || strings.HasSuffix(lw, "ly") ||
		conductForms[lw] != 0 || strings.HasSuffix(lw, "ed")
}

// subjectPosition reports whether mention m may be the subject of what
// follows it: it opens its clause. "withdraw US troops from Syria is a
// mistake" and "calls to remove Schiff were ridiculous" say nothing of
// Syria or Schiff.
func (x *extractor) subjectPosition(m *ner.Mention, a int) bool {
	p := m.T0 - 1
	for p >= a && x.title(p) {
		p-- // titles: "President Obama", "Turkish President Erdogan"
	}
	if p < a {
		return true
	}
	tk := x.t.Tokens[p]
	if tk.Kind != segment.Word {
		return true
	}
	switch x.lower[p] {
	case "that", "and", "but", "because", "while", "if", "when", "as", "although", "though", "so", "since",
		"the", "our", "their", "my", "your", "this", "then", "now", "also", "believe", "think", "said", "says":
		return true
	}
	return false
}

// possessive finds an evaluative noun phrase that mention m owns: "Obama's
// failed policies". Attitude nouns ("Russia's support for") are the
// owner's stance, not a judgement of it, and are left to nounFrame.
func (x *extractor) possessive(m *ner.Mention, b int) (float64, string) {
	k := m.T1
	if k >= b || x.lower[k] != "’s" && x.lower[k] != "'s" {
		return 0, ""
	}
	for q := k + 1; q < b && q <= k+2; q++ {
		lw := x.lower[q]
		if x.t.Tokens[q].Kind != segment.Word || prepositions[lw] || peopleNouns[lw] {
			return 0, ""
		}
		if _, att := attitudeNouns[lw]; att {
			return 0, ""
		}
		if strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") && evaluative[lw] == 0 {
			return 0, "" // a verb: "the Kremlin's political team hoped"
		}
		// only the curated judgements: VADER rates "argument", "desire",
		// "original" that say nothing of the owner
		if s := evaluative[lw]; math.Abs(s) >= minJudgement {
			return s, x.t.Body[m.Start:x.t.Tokens[q].End]
		}
	}
	return 0, ""
}

// ownSide reports whether entity e is the speaker's own organisation or
// country by a role the article states ("Democratic Senator X" speaks for
// the Democrats, not of them).
func (x *extractor) ownSide(speaker, e int) bool {
	// "Kremlin insiders" of the Kremlin
	if sp := x.res.Entities[speaker]; sp.CloseTo != "" && sp.CloseTo == x.res.Entities[e].ID {
		return true
	}
	for _, r := range x.res.Roles {
		if r.Person < 0 || r.Of < 0 || r.Person >= len(x.res.Mentions) || r.Of >= len(x.res.Mentions) {
			continue
		}
		if x.res.Mentions[r.Person].Entity == speaker && x.res.Mentions[r.Of].Entity == e {
			return true
		}
	}
	return false
}

// pronounJudgements reads the predicates of he and she inside a claim:
// "Erdogan told me, he’s an old friend". A pronoun that is the speaker is
// skipped with the rest.
func (x *extractor) pronounJudgements(ci, a, b int) {
	speaker := x.claims[ci].Speaker
	for i := a; i < b; i++ {
		lw := x.lower[i]
		if lw != "he" && lw != "she" {
			continue
		}
		e := x.ix.pronoun(i, lw)
		if e < 0 || e == speaker || x.ownSide(speaker, e) {
			continue
		}
		m := &ner.Mention{Start: x.t.Tokens[i].Start, End: x.t.Tokens[i].End, T0: i, T1: i + 1, Label: graph.LabelPerson, Entity: e}
		s, ev, _ := x.predicateWord(i+1, b, m, true)
		if s == 0 {
			s, ev = x.conduct(m, b)
		}
		if s != 0 {
			x.emit(Stance{Holder: speaker, Target: e, Score: s, Evidence: ev, Claim: ci})
		}
	}
}

// conjunct returns the entity joined to mention m by "and" before it ("he
// and Turkish President Recep Tayyip Erdogan are"), with I and we the
// speaker, or -1.
func (x *extractor) conjunct(m *ner.Mention, a, speaker int) int {
	p := m.T0 - 1
	for p > a && x.title(p) {
		p-- // titles before the name
	}
	if p-1 < a || x.lower[p] != "and" {
		return -1
	}
	switch w := x.lower[p-1]; w {
	case "i", "we":
		return speaker
	case "he", "she":
		return x.ix.pronoun(p-1, w)
	}
	if k := x.ix.endAt[p-1]; k >= 0 && holderLabel(&x.ms[k]) {
		return x.ms[k].Entity
	}
	return -1
}

// title reports whether token p is a capitalised word before a name: a
// title or a demonym ("Turkish President").
func (x *extractor) title(p int) bool {
	tk := x.t.Tokens[p]
	if !tk.Upper || tk.Kind != segment.Word {
		return false
	}
	k := x.ix.at[p]
	return k < 0 || x.ms[k].Form == ner.FormDemonym
}

// relational words state a tie between the two sides of a subject:
// "he and Erdogan are very good friends".
var relational = map[string]bool{
	"friend": true, "friends": true, "ally": true, "allies": true, "partner": true, "partners": true,
	"enemy": true, "enemies": true, "rival": true, "rivals": true,
}
