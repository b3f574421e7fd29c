package stance

import (
	"math"
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// fromVerbs finds the stances of stance verbs and verbs of naming in every
// sentence: holder the verb's subject, target its object.
func (x *extractor) fromVerbs() {
	for si, s := range x.t.Sentences {
		for i := s.First; i < s.Last; i++ {
			if x.ix.at[i] >= 0 {
				// "the Turkish invasion of Syria" may be an event's name
				if m := &x.ms[x.ix.at[i]]; m.Label == graph.LabelEvent && triggers.Get(x.lower[i])&trigNominal != 0 {
					x.nominal(si, s, i)
				} else if m.Label == graph.LabelSource && triggers.Get(x.lower[i])&trigSide != 0 {
					// "Lindsey Graham, a close ally of Donald Trump": the
					// recogniser names "ally of Donald Trump" a source
					x.side(si, s, i)
				}
				continue
			}
			if x.t.Tokens[i].Kind != segment.Word {
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
			if kind&trigNominal != 0 {
				x.nominal(si, s, i)
			}
			if kind&trigSide != 0 {
				x.side(si, s, i)
			}
			if kind&trigUnder != 0 {
				x.underFire(si, s, i)
			}
			for _, f := range verbForms[w] {
				if x.verb(si, s, i, f) {
					break
				}
			}
		}
	}
}

// emitBoth emits s, and s again for the subject conjoined with its
// holder that holderOf found: "Britain and France condemned".
func (x *extractor) emitBoth(s Stance) {
	x.emit(s)
	if s.Holder < 0 {
		return
	}
	for _, h := range x.coHolders {
		s.Holder = h
		x.emit(s)
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
// sentence. Inside a quote only the speaker may hold it ("I fully welcome
// the words of Mr Snow"): what a speaker says of others' attitudes is
// theirs to claim. In reported speech a named subject's action is a
// stance the article reports: "Biden thanked the UAE ..., according to
// accounts from both nations".
func (x *extractor) holderOf(si int, s segment.Sentence, i int) (holder, claimIdx int, weight float64) {
	ci := x.claimAround(i)
	speaker := -1
	if ci >= 0 {
		speaker = x.claims[ci].Speaker
	}
	h, hm, wt := x.ix.subject(i, s, speaker)
	x.coHolders = x.coHolders[:0]
	if h >= 0 && hm >= 0 && h != speaker {
		x.coHolders = x.conjoined(x.coHolders, hm, s)
	}
	if h < 0 && i-1 > s.First && x.lower[i-1] == "and" && !strings.HasSuffix(x.lower[i], "ing") && wt > 0 {
		// a second verb of the subject: "Mr Blair backed Gordon Brown and
		// criticised Michael Howard"
		h = x.coordinateSubject(i, s)
	}
	if h < 0 && strings.HasSuffix(x.lower[i], "ing") && i-1 >= s.First {
		if x.lower[i-1] == "," {
			// "the Justice Department said Monday, blaming Beijing": the
			// speaker of the sentence's claim, else its subject
			if c := claimOf(x.claims, si); c >= 0 && ci < 0 && x.t.Tokens[i].Start >= x.claims[c].End {
				h = x.claims[c].Speaker
			} else if e := x.reportedSubject(ci, s, i); e >= 0 {
				// "Bloomberg Businessweek reports that Iraq seems to have
				// scrambled its limited air force, attacking ISIS forces":
				// the subject of the reported clause, not of the sentence
				h = e
			} else {
				h = x.sentenceSubject(s)
			}
		} else if i-1 == s.First && openers[x.lower[i-1]] {
			h = x.mainSubject(i, s)
		} else if a := x.gerundAgent(i, s); a >= 0 {
			h = a
		} else {
			var w float64
			h, w = x.documentAuthor(i, s, speaker)
			wt *= w
		}
	}
	if ci >= 0 && h != speaker && (x.claims[ci].Kind != graph.KindIndirect || h < 0 || x.pronounSubject(i, s)) {
		return -1, ci, 0
	}
	if ci < 0 {
		ci = claimOf(x.claims, si)
	}
	return h, ci, wt
}

// gerundAgent returns the doer of the gerund at token i when the name
// before "for" or "of" is it: "is angered at the U.S. for supporting the
// Kurdish forces", "accused Turkey of backing the militants"; or the owner
// of a role in it: "thanked the UAE for its role in fighting ISIS",
// "Britain's part in bombing Libya". Else -1.
func (x *extractor) gerundAgent(i int, s segment.Sentence) int {
	p := i - 1
	switch x.lower[p] {
	case "for", "of":
		if p-1 < s.First {
			return -1
		}
		k := x.ix.endAt[p-1]
		if k < 0 || !holderLabel(&x.ms[k]) {
			return -1
		}
		// "jailed in Turkey for supporting", "criticised by the U.S. for
		// backing": a place or an agent does not do what the other is
		// blamed for
		b := x.ms[k].T0 - 1
		if b-1 >= s.First && (x.lower[b] == "’s" || x.lower[b] == "'s") && x.ix.endAt[b-1] >= 0 {
			b = x.ms[x.ix.endAt[b-1]].T0 - 1 // "rebuked by Canada’s House of Commons for"
		}
		if b >= s.First {
			switch x.lower[b] {
			case "in", "from", "by", "within", "across", "throughout", "inside", "outside":
				return -1
			}
		}
		return x.ms[k].Entity
	case "in":
		if p-2 < s.First || !agentRoles[x.lower[p-1]] {
			return -1
		}
		switch o := x.lower[p-2]; o {
		case "’s", "'s":
			if p-3 < s.First {
				return -1
			}
			if k := x.ix.endAt[p-3]; k >= 0 && holderLabel(&x.ms[k]) {
				return x.ms[k].Entity
			}
		case "its", "their":
			// the latest organisation or country named before it in the
			// sentence: "thanked the UAE for its role"
			for q := p - 3; q >= s.First; q-- {
				if k := x.ix.endAt[q]; k >= 0 {
					if m := &x.ms[k]; holderLabel(m) && m.Label != graph.LabelPerson {
						return m.Entity
					}
					return -1
				}
			}
		}
	}
	return -1
}

// agentRoles are nouns of taking part whose owner does what follows
// "in": "its role in fighting ISIS".
var agentRoles = map[string]bool{"role": true, "part": true, "roles": true, "efforts": true, "help": true}

// coordinateSubject returns the subject of the verb conjoined before the
// verb at token i ("Mr Blair backed Gordon Brown and criticised", "the
// White House said Obama reiterated that Israel has a right to defend
// itself and condemned"): the nearest name before it that is followed by
// a verb of the same tense, or -1.
func (x *extractor) coordinateSubject(i int, s segment.Sentence) int {
	// only the past: a present "votes" is as often a noun, and so is the
	// "activists" after a name
	if !strings.HasSuffix(x.lower[i], "ed") {
		return -1
	}
	for p := i - 2; p >= s.First && p > i-40; p-- {
		if x.t.Tokens[p].Kind == segment.Quote {
			// a short quoted phrase: "called the caravan a “disgrace” and
			// blamed"; a longer quote ends the search
			o := p - 1
			for o > p-6 && o >= s.First && x.t.Tokens[o].Kind != segment.Quote {
				o--
			}
			if o <= p-6 || o < s.First {
				return -1
			}
			p = o
			continue
		}
		if x.lower[p] == "who" || x.lower[p] == "which" {
			return -1 // "Mr. Putin, who has invaded eastern Ukraine, ... and viewed"
		}
		k := x.ix.endAt[p]
		if k < 0 {
			continue
		}
		m := &x.ms[k]
		p = m.T0 // step over the name
		q := m.T1
		for q < i && (strings.HasSuffix(x.lower[q], "ly") || x.lower[q] == "also" || x.ix.timeWord(q, i)) {
			q++ // "Trump on Sunday called"
		}
		v := x.lower[q]
		if q >= i-1 || x.t.Tokens[q].Kind != segment.Word || x.t.Tokens[q].Upper || prepositions[v] || auxiliaries[v] {
			continue
		}
		if !strings.HasSuffix(v, "ed") && !irregularPast[v] {
			continue
		}
		if !holderLabel(m) || m.T0 > s.First && prepositions[x.lower[m.T0-1]] {
			return -1
		}
		return m.Entity
	}
	return -1
}

// irregularPast are common past-tense verbs that a subject's first verb
// may be before its second: "Jeremy Hunt said … and praised Moreno".
var irregularPast = map[string]bool{
	"said": true, "told": true, "wrote": true, "spoke": true, "met": true, "made": true, "took": true,
	"gave": true, "held": true, "sent": true, "led": true, "went": true, "came": true, "saw": true,
	"found": true, "left": true, "won": true, "lost": true, "thought": true, "knew": true, "began": true,
	"brought": true, "sought": true, "struck": true, "fought": true, "stood": true, "spent": true,
}

// openers introduce a participle clause that opens a sentence and
// shares the main clause's subject: "After toppling the ruling Taliban in
// Afghanistan in 2001, U.S., allied and Afghan forces there have sought".
var openers = map[string]bool{
	"after": true, "before": true, "since": true, "by": true, "while": true, "upon": true, "when": true,
}

// mainSubject returns the entity named right after the first comma past
// token i in sentence s, the subject of the main clause, or -1.
func (x *extractor) mainSubject(i int, s segment.Sentence) int {
	for p := i + 1; p < s.Last && p < i+25; p++ {
		if x.t.Tokens[p].Kind == segment.Quote {
			return -1
		}
		if x.lower[p] != "," {
			continue
		}
		q := p + 1
		if q < s.Last && determiners[x.lower[q]] {
			q++
		}
		if k := x.ix.mentionStarting(q); k >= 0 && holderLabel(&x.ms[k]) {
			return x.ms[k].Entity
		}
		return -1
	}
	return -1
}

// documents are the things an author issues that may carry a stance
// verb's -ing: "released a statement praising President Donald Trump's
// vision", "introduced legislation denouncing Turkey’s targeting".
var documents = map[string]bool{
	"statement": true, "statements": true, "resolution": true, "letter": true, "legislation": true,
	"bill": true, "ad": true, "ads": true, "advert": true, "advertisement": true, "tweet": true,
	"tweets": true, "op-ed": true, "editorial": true, "memo": true, "motion": true, "video": true,
	"speech": true, "post": true, "posts": true, "column": true, "report": true, "essay": true,
	"article": true, "message": true, "petition": true, "amendment": true, "communique": true,
}

// issueVerbs put out a document as its author's: "issued a statement",
// "introduced legislation", "sent out a series of tweets".
var issueVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range []string{"issue", "release", "introduce", "approve", "adopt", "pass", "send", "post",
		"publish", "sign", "sponsor", "write", "pen", "deliver", "share", "air", "submit", "file",
		"unveil", "circulate", "draft", "put", "run", "launch", "give", "make", "co-sponsor", "tweet"} {
		for _, f := range inflect(v) {
			m[f] = true
		}
	}
	m["wrote"], m["written"], m["gave"], m["given"], m["made"], m["sent"], m["ran"] = true, true, true, true, true, true, true
	return m
}()

// documentAuthor returns the author of a document named right before the
// -ing verb at token i and the weight of the negations and hedges on its
// issue: the document's owner ("Mr. Perry’s statement on Tuesday
// criticizing") or the subject of the verb that issued it ("Orrin Hatch
// issued a brief, pointed statement criticizing"). It returns -1 when
// there is none: "replied to a tweet accusing the president" does not say
// whose the tweet is.
func (x *extractor) documentAuthor(i int, s segment.Sentence, speaker int) (int, float64) {
	d := i - 1
	// "statement on Tuesday criticizing"
	if d-2 >= s.First && (x.lower[d-1] == "on" || x.lower[d-1] == "last") && x.t.Tokens[d].Upper {
		d -= 2
	}
	if !documents[x.lower[d]] {
		return -1, 0
	}
	if h := x.owner(d, s); h >= 0 {
		return h, 1
	}
	for p := d - 1; p >= s.First && p >= d-5; p-- {
		lw := x.lower[p]
		if issueVerbs[lw] {
			h, _, wt := x.ix.subject(p, s, speaker)
			return h, wt
		}
		if lw == "out" || lw == "of" || lw == "series" || lw == "pair" || lw == "," || determiners[lw] ||
			x.t.Tokens[p].Kind == segment.Word && !x.t.Tokens[p].Upper && !prepositions[lw] && !urgeVerbs[lw] {
			continue // "sent out a series of tweets", "a brief, pointed statement"
		}
		break
	}
	return -1, 0
}

// conjoined appends to out the entities joined by "and" before subject
// mention k, and by commas before that: "Britain and France condemned",
// "China, Russia and Iran fully support".
func (x *extractor) conjoined(out []int, k int, s segment.Sentence) []int {
	m := &x.ms[k]
	a := m.T0 - 1
	if a-1 < s.First || x.lower[a] != "and" {
		return out
	}
	if a-1 > s.First && x.lower[a-1] == "," {
		a-- // "China, Russia, and Iran"
	}
	for len(out) < 4 {
		j := x.ix.endAt[a-1]
		if j < 0 {
			return out
		}
		n := &x.ms[j]
		if !holderLabel(n) || n.Label != m.Label && (n.Label == graph.LabelPerson) != (m.Label == graph.LabelPerson) {
			return out // "the Senate and Obama", a person and a body, are seldom one subject
		}
		b := n.T0 - 1
		if b > s.First && x.lower[b] == "," && x.ix.endAt[b-1] >= 0 {
			out = append(out, n.Entity)
			a = b // one more before a comma
			continue
		}
		if b >= s.First && len(out) == 0 && (prepositions[x.lower[b]] && x.lower[b] != "and" ||
			x.t.Tokens[b].Kind == segment.Word && !x.t.Tokens[b].Upper && !determiners[x.lower[b]]) {
			return out // "between Russia and China", "sanctions on Iran and Syria"
		}
		if b >= s.First && len(out) > 0 && listPrepositions[x.lower[b]] {
			return out[:0] // "sanctions on Iran, Syria and Russia"
		}
		return append(out, n.Entity)
	}
	return out
}

// listPrepositions before the first of a list of names make the list an
// object, no subject: "sanctions on Iran, Syria and Russia".
var listPrepositions = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "to": true,
	"with": true, "about": true, "over": true, "against": true, "into": true, "between": true, "among": true,
	"including": true, "like": true,
}

// pronounSubject reports whether the subject of the verb at token i is a
// pronoun: in reported speech "he" may be the speaker or another, so only
// a named subject holds the stance of a reported action.
func (x *extractor) pronounSubject(i int, s segment.Sentence) bool {
	for p := i - 1; p >= s.First && p >= i-4; p-- {
		switch x.lower[p] {
		case "he", "she", "i", "we":
			return true
		}
		if x.ix.at[p] >= 0 {
			return false
		}
	}
	return false
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

// reportedSubject returns the holder that opens the text of claim ci,
// when the claim lies inside sentence s before token i; or -1.
func (x *extractor) reportedSubject(ci int, s segment.Sentence, i int) int {
	if ci < 0 || x.claims[ci].Start <= s.Start {
		return -1
	}
	return x.subjectFrom(x.t.TokenAt(x.claims[ci].Start), i)
}

// subjectFrom returns the holder whose name opens token a (after "the"),
// before token end; or -1 ("bombing Iran, attacking North Korea" opens
// with no subject).
func (x *extractor) subjectFrom(a, end int) int {
	if a >= 0 && a+1 < end && x.lower[a] == "the" {
		a++
	}
	if a < 0 || a >= end {
		return -1
	}
	if k := x.ix.mentionStarting(a); k >= 0 && holderLabel(&x.ms[k]) {
		return x.ms[k].Entity
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
	if len(f.after) == 0 && x.compound(si, s, i, f) {
		return true
	}
	if len(f.after) == 0 && x.passive(si, s, i, f) {
		return true
	}
	// "the memo, denounced by X": a participle that is not the verb of
	// its clause, whose agent holds a stance toward the noun it follows
	if j < s.Last && x.lower[j] == "by" && strings.HasSuffix(w, "ed") {
		x.reduced(si, s, i, f)
		return true
	}
	if f.lemma == "blame" && len(f.after) == 0 && x.blameOn(si, s, i, j, f) {
		return true
	}
	k := x.ix.object(j, s.Last)
	if f.lemma == "summon" && (k < 0 || x.ms[k].Label == graph.LabelPerson) {
		return true // "summoned the Swiss ambassador" protests; "summoned McCabe" calls an aide
	}
	if k < 0 && len(f.after) == 0 {
		// "criticized the nationalist style of politics embraced by
		// President Trump": the one whose the thing is
		var turn float64
		if k, turn = x.agentOfObject(j, s.Last); k >= 0 {
			f.weight *= turn
		}
	}
	if k < 0 {
		x.pronounObject(si, s, i, j, f)
		return true
	}

	// "hit Biden with a sharply formulated statement", "hit China with
	// tariffs": hit takes a direct object only with what it is hit with
	if f.lemma == "hit" && len(f.after) == 0 && (x.ms[k].T1 >= s.Last || x.lower[x.ms[k].T1] != "with") {
		return true
	}
	holder, ci, wt := x.holderOf(si, s, i)
	t := x.ms[k].Entity
	x.emitBoth(Stance{Holder: holder, Target: t, Score: f.weight * wt, Evidence: x.evidence(i, x.ms[k].T1), Claim: ci})
	// a second object: "accused the United States and Saudi Arabia"
	if e := x.ms[k].T1; e+1 < s.Last && x.lower[e] == "and" {
		if n := x.ix.object(e+1, s.Last); n >= 0 && x.ms[n].T0 <= e+2 && x.ms[n].Label == x.ms[k].Label {
			x.emitBoth(Stance{Holder: holder, Target: x.ms[n].Entity, Score: f.weight * wt, Evidence: x.evidence(i, x.ms[n].T1), Claim: ci})
		}
	}
	return true
}

// agentOfObject returns the agent of a participle in a noun phrase object
// that starts at token j, "the nationalist style of politics embraced by
// President Trump", "guidelines proposed by the CDC", or -1; and -1 as
// its factor when the participle is a hostile stance verb of its own,
// which turns the stance ("endorsing a law opposed by Obama"), else 1.
func (x *extractor) agentOfObject(j, e int) (int, float64) {
	if j >= e || prepositions[x.lower[j]] || isConjunction(x.lower[j]) || j-2 >= 0 && auxiliaries[x.lower[j-2]] {
		return -1, 0 // "was praised and admired by", "accused of getting outmaneuvered by": passive
	}
	for p := j; p+2 < e && p < j+8; p++ {
		if x.ix.at[p] >= 0 || x.t.Tokens[p].Kind != segment.Word || prepositions[x.lower[p]] && x.lower[p] != "of" {
			return -1, 0 // ("in a report published by": the phrase is no object)
		}
		if p > j && strings.HasSuffix(x.lower[p], "ed") && x.lower[p+1] == "by" {
			k := x.ix.object(p+2, e)
			if k < 0 || x.ms[k].T0 > p+3 {
				return -1, 0
			}
			turn := 1.0
			for _, pf := range verbForms[x.lower[p]] {
				if len(pf.after) == 0 {
					turn = math.Copysign(1, pf.weight)
					break
				}
			}
			return k, turn
		}
	}
	return -1, 0
}

func isConjunction(w string) bool { return w == "and" || w == "or" || w == "but" }

// blameOn handles "blame X on Y", whose target is Y: "incidents which the
// U.S. also blamed on Iran", "blamed the attack on Hamas". It reports
// whether it found "on" (and Y, if any, got the stance).
func (x *extractor) blameOn(si int, s segment.Sentence, i, j int, f frame) bool {
	for on := j; on < s.Last && on <= j+8; on++ {
		if k := x.ix.at[on]; k >= 0 && x.ms[k].Label == graph.LabelEvent {
			on = x.ms[k].T1 - 1 // "blamed the attack on …": what is blamed, never the target
			continue
		}
		if x.ix.clauseMark(on) || x.ix.at[on] >= 0 || x.lower[on] == "for" || x.lower[on] == "over" || x.lower[on] == "after" {
			return false // "blamed Israel for …": the object comes first
		}
		if x.lower[on] != "on" {
			continue
		}
		k := x.ix.object(on+1, s.Last)
		if k < 0 {
			return true // "blamed the attack on a little-watched Internet video": not the attack
		}
		if m := &x.ms[k]; m.Form == ner.FormDemonym && (m.T1 >= s.Last || !agentNouns[x.lower[m.T1]]) {
			return false // "blamed a cyberattack on the Ukrainian power grid on Russia"
		}
		holder, ci, wt := x.holderOf(si, s, i)
		x.emitBoth(Stance{Holder: holder, Target: x.ms[k].Entity, Score: f.weight * wt, Evidence: x.evidence(i, x.ms[k].T1), Claim: ci})
		return true
	}
	return false
}

// agentNouns after a demonym make a country's agents: "blamed the attacks
// on Israeli forces".
var agentNouns = map[string]bool{
	"forces": true, "troops": true, "military": true, "government": true, "authorities": true,
	"officials": true, "agents": true, "hackers": true, "intelligence": true, "militias": true,
}

// pronounObject handles a pronoun object of the stance verb at i, whose
// frame ends before token j: "praised him", "criticized his remarks",
// "welcomed her decision" (a possessive only when the holder is no person
// of its gender, whose own it would be). The pronoun is the person of its gender named
// last before it, in this sentence or the one before, other than the
// holder: "McHenry … praised him" is Schock, whom the sentence named.
func (x *extractor) pronounObject(si int, s segment.Sentence, i, j int, f frame) {
	if j >= s.Last {
		return
	}
	end := j + 1
	switch w := x.lower[j]; {
	case w == "him" || w == "her" && (end >= s.Last || x.t.Tokens[end].Kind != segment.Word || !standIns[x.lower[end]] && x.ix.nounAfter(end, s.Last) == false):
		// "praised him", "thanked her for"
	case w == "his" || w == "her":
		// "his remarks", "her handling of the crisis": a stand-in noun
		for end < s.Last && end <= j+2 && !standIns[x.lower[end]] && x.t.Tokens[end].Kind == segment.Word && !x.t.Tokens[end].Upper {
			end++
		}
		if end >= s.Last || !standIns[x.lower[end]] || end+1 < s.Last && x.lower[end+1] == "of" {
			return // "his handling of Syria" is about Syria
		}
		end++
	default:
		return
	}
	holder, ci, wt := x.holderOf(si, s, i)
	if holder < 0 {
		return
	}
	gender := gazetteer.Male
	if x.lower[j] == "her" {
		gender = gazetteer.Female
	}
	// "Jenky stood by his comments", "defended her record": a possessive
	// is most often the subject's own
	if x.lower[j] != "him" && x.res.Entities[holder].Label == graph.LabelPerson {
		if hg := x.res.Entities[holder].Gender; hg == gender || hg == gazetteer.GenderUnknown || hg == 0 {
			return
		}
	}
	t := x.personBefore(j, gender, holder)
	if t < 0 {
		return
	}
	x.emitBoth(Stance{Holder: holder, Target: t, Score: f.weight * wt, Evidence: x.evidence(i, end), Claim: ci})
}

// personBefore is the person of gender g (or of unknown gender) named
// last before token i, in its sentence or the one before, other than
// entity not; -1 when another person of that gender comes first.
func (x *extractor) personBefore(i int, g gazetteer.Gender, not int) int {
	sent := x.t.SentenceOf(x.t.Tokens[i].Start)
	for p := i - 1; p >= 0; p-- {
		k := x.ix.endAt[p]
		if k < 0 {
			continue
		}
		m := &x.ms[k]
		if m.Sent < sent-1 {
			return -1
		}
		if m.Label != graph.LabelPerson || m.Entity == not {
			continue
		}
		eg := x.res.Entities[m.Entity].Gender
		if eg == g || eg == gazetteer.GenderUnknown || eg == 0 {
			return m.Entity
		}
		return -1 // "she praised him" after another man: unclear
	}
	return -1
}

// compound handles a participle joined to its agent by a hyphen before
// the noun it modifies: "U.S.-backed Kurdish forces", "Iranian-backed
// Houthi rebels", "Kremlin-backed separatists". It reports whether the
// verb at i is such a compound.
func (x *extractor) compound(si int, s segment.Sentence, i int, f frame) bool {
	if i-2 < s.First || x.lower[i-1] != "-" || !strings.HasSuffix(x.lower[i], "ed") {
		return false
	}
	h := x.ix.endAt[i-2]
	if h < 0 {
		return true
	}
	hm := &x.ms[h]
	if !holderLabel(hm) && hm.Form != ner.FormDemonym {
		return true
	}
	k := x.ix.object(i+1, s.Last)
	if k < 0 || x.ms[k].T0 > i+4 || x.ms[k].Form == ner.FormDemonym {
		return true // "Ankara-backed Syrian fighters" are not Syria
	}
	x.emit(Stance{Holder: hm.Entity, Target: x.ms[k].Entity, Score: f.weight, Evidence: x.evidence(hm.T0, x.ms[k].T1), Claim: x.claimAround(i)})
	return true
}

// reduced handles a participle with its agent after the name it follows:
// "the Kurdish forces, backed by the U.S.", "Ted Cruz, denounced by
// Donald Trump". The agent holds the stance toward the name.
func (x *extractor) reduced(si int, s segment.Sentence, i int, f frame) {
	p := i - 1
	if p >= s.First && x.lower[p] == "," {
		p--
	}
	if p < s.First || x.ix.endAt[p] < 0 {
		return
	}
	tm := &x.ms[x.ix.endAt[p]]
	if !objectLabel(tm) || tm.Form == ner.FormDemonym {
		return
	}
	a := x.ix.object(i+2, s.Last)
	if a < 0 || !holderLabel(&x.ms[a]) {
		return
	}
	m := &x.ms[a]
	x.emit(Stance{Holder: m.Entity, Target: tm.Entity, Score: f.weight, Evidence: x.evidence(tm.T0, m.T1), Claim: x.claimAround(i)})
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
	for p >= s.First && (strings.HasSuffix(x.lower[p], "ly") || x.lower[p] == "also" || x.lower[p] == "being") {
		p-- // "is being supported", "was widely criticized"
	}
	// ("has been criticized": "been" is the form of be)
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
	j := -1
	relative := false
	if k < 0 || x.ms[k].T0 > i+3 {
		// "the YPG militia, which Ankara considers a terrorist group": the
		// object is the name before the relative pronoun
		if k = x.relativeObject(i, s); k < 0 {
			return
		}
		j, relative = i+1, true
	}
	m := &x.ms[k]
	if j < 0 {
		j = m.T1
	}
	if j < s.Last && (x.lower[j] == "’s" || x.lower[j] == "'s") {
		j += 2 // "Harry's actions"
	}
	neg := false
	dismiss := strings.HasPrefix(x.lower[i], "dismiss")
	for q := j; q < s.Last && q < j+6; q++ {
		lw := x.lower[q]
		tk := x.t.Tokens[q]
		if lw == "as" && dismiss && q+1 < s.Last && !x.ix.clauseMark(q+1) {
			// "dismissed the Syrian request as foot dragging"
			holder, ci, wt := x.holderOf(si, s, i)
			x.emitBoth(Stance{Holder: holder, Target: m.Entity, Score: -0.6 * wt, Evidence: x.evidence(i, min(q+4, s.Last)), Claim: ci})
			return
		}
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
			if relative {
				// the subject of the relative clause: "which Ankara considers"
				holder, ci, wt, x.coHolders = -1, x.claimAround(i), 1, x.coHolders[:0]
				if w := x.lower[i-1]; w == "he" || w == "she" {
					holder = x.ix.pronoun(i-1, w)
				} else if sm := &x.ms[x.ix.endAt[i-1]]; holderLabel(sm) {
					holder = sm.Entity
				}
			}
			x.emitBoth(Stance{Holder: holder, Target: m.Entity, Score: sc * wt, Evidence: x.evidence(i, q+1), Claim: ci})
			return
		}
	}
}

// relativeObject returns the name a relative clause before the verb at
// token i is about, "X, which Ankara considers": the subject must be a
// name right after the pronoun, and the name right before it. Or -1.
func (x *extractor) relativeObject(i int, s segment.Sentence) int {
	if i-1 < s.First {
		return -1
	}
	r := i - 2 // "which he called a hoax": a pronoun subject
	if w := x.lower[i-1]; w != "he" && w != "she" {
		sm := x.ix.endAt[i-1]
		if sm < 0 {
			return -1
		}
		r = x.ms[sm].T0 - 1
	}
	if r-1 < s.First || x.lower[r] != "which" && x.lower[r] != "whom" {
		return -1
	}
	p := r - 1
	if x.lower[p] == "," {
		p--
	}
	if p-1 >= s.First && x.ix.endAt[p] < 0 && x.t.Tokens[p].Kind == segment.Word && !x.t.Tokens[p].Upper {
		p-- // "the Kurdish YPG militia, which"
	}
	if p < s.First || x.ix.endAt[p] < 0 {
		return -1
	}
	k := int(x.ix.endAt[p])
	if !objectLabel(&x.ms[k]) || x.ms[k].Form == ner.FormDemonym {
		return -1
	}
	return k
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
	x.emitBoth(Stance{Holder: holder, Target: x.ms[k].Entity, Score: sc * wt, Evidence: x.evidence(i, x.ms[k].T1), Claim: ci})
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
	v := i
	// "China demanded an apology from the United States": against X
	if w == "apology" && i+2 < s.Last && x.lower[i+1] == "from" {
		if k := x.ix.object(i+2, s.Last); k >= 0 {
			for p := i - 1; p >= s.First && p >= i-3; p-- {
				if demandHeads[x.lower[p]] || x.lower[p] == "wants" || x.lower[p] == "wanted" {
					h, hc, wt := x.holderOf(si, s, p)
					x.emitBoth(Stance{Holder: h, Target: x.ms[k].Entity, Score: -0.6 * wt, Evidence: x.evidence(p, x.ms[k].T1), Claim: hc})
					break
				}
			}
		}
		return
	}
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
	if modal < 0 || ci < 0 {
		x.urgedTo(si, s, v, i)
		return
	}
	speaker := x.claims[ci].Speaker
	target, _, wt := x.ix.subject(v, s, -1)
	if target < 0 || target == speaker {
		return
	}
	x.emit(Stance{Holder: speaker, Target: target, Score: -0.6 * wt, Evidence: x.evidence(modal, i+1), Claim: ci})
}

// demandVerbs ask someone to do what those who blame them ask: "called
// on Trump to resign", "urged Sessions to step down", "asked him to
// apologise".
var demandVerbs = func() map[string]bool {
	m := map[string]bool{"on": true} // "called on"
	for _, v := range []string{"urge", "press", "push", "pressure", "ask", "tell", "want"} {
		for _, f := range inflect(v) {
			m[f] = true
		}
	}
	m["told"] = true
	return m
}()

// urgedTo handles a demand that a named one resign or apologise, the verb
// of the demand at token v (the demanded act ending at token i): "Bernie
// Sanders called on Donald Trump to resign". The subject of the demand
// holds a negative stance toward the one it is made of.
func (x *extractor) urgedTo(si int, s segment.Sentence, v, i int) {
	if v-3 < s.First || x.lower[v-1] != "to" {
		return
	}
	k := x.ix.endAt[v-2]
	if k < 0 || !objectLabel(&x.ms[k]) || x.ms[k].Form == ner.FormDemonym {
		return
	}
	m := &x.ms[k]
	u := m.T0 - 1
	if u < s.First || !demandVerbs[x.lower[u]] || x.lower[u] == "on" && (u-1 < s.First || !strings.HasPrefix(x.lower[u-1], "call")) {
		return
	}
	if x.lower[u] == "on" {
		u--
	}
	if x.lower[i] == "step" {
		i++ // "step down"
	}
	holder, ci, wt := x.holderOf(si, s, u)
	x.emitBoth(Stance{Holder: holder, Target: m.Entity, Score: -0.6 * wt, Evidence: x.evidence(u, i+1), Claim: ci})
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
	trigNominal
	trigSide
	trigUnder
)

// triggers maps every word that may start a frame to its kinds.
var triggers = lex.NewWordBits(func() map[string]uint8 {
	m := map[string]uint8{"for": trigFor, "under": trigUnder}
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
	for w := range nominalNouns {
		m[w] |= trigNominal
	}
	for w := range removalNouns {
		m[w] |= trigNominal
	}
	for w := range sideNouns {
		m[w] |= trigSide
	}
	return m
}())
