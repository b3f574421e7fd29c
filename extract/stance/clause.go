package stance

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// The shallow clause layer: over the tokens and entity mentions, without
// tagging every word, it finds the subject before a verb (past auxiliaries,
// adverbs, appositions and relative pronouns, with he/she resolved to the
// latest person and I/we to the speaker of the quote around them) and the
// entity that is the object after it (past determiners, titles and a few
// modifiers). It is enough for stance frames and cheap: one pass to index
// the mentions, then a few tokens of look-around per stance word.

// index maps tokens to the entity mentions covering and ending at them.
type index struct {
	res   *ner.Result
	ms    []ner.Mention // the mentions of res and the title references of refs.go, in text order
	lower []string
	toks  []segment.Token
	// at[i] is the longest resolved mention covering token i, or -1;
	// endAt[i] the longest one whose last token is i.
	at, endAt []int32
	// personAt[i] is the longest person mention starting at token i, or -1.
	personAt []int32
	buf      []int32 // holds at, endAt and personAt, for indexBufs
}

// indexBufs holds the arrays of indexes for reuse by the next article:
// three int32 per token are among the largest allocations of extraction,
// and the garbage collector's work grows with the bytes allocated.
var indexBufs sync.Pool // of *[]int32

func newIndex(res *ner.Result, ms []ner.Mention) *index {
	n := len(res.Tokens)
	var buf []int32
	if b, ok := indexBufs.Get().(*[]int32); ok && cap(*b) >= 3*n {
		buf = (*b)[:3*n]
	} else {
		buf = make([]int32, 3*n)
	}
	ix := &index{res: res, ms: ms, lower: res.Lower, toks: res.Text.Tokens, at: buf[:n:n], endAt: buf[n : 2*n : 2*n], personAt: buf[2*n:], buf: buf}
	for i := range ix.at {
		ix.at[i], ix.endAt[i], ix.personAt[i] = -1, -1, -1
	}
	span := func(k int32) int {
		if k < 0 {
			return 0
		}
		m := &ix.ms[k]
		return m.T1 - m.T0
	}
	for k := range ms {
		m := &ms[k]
		if m.Entity < 0 || m.T0 < 0 || m.T1 > n || m.T1 <= m.T0 {
			continue
		}
		for i := m.T0; i < m.T1; i++ {
			if span(ix.at[i]) < m.T1-m.T0 {
				ix.at[i] = int32(k)
			}
		}
		if m.Label == graph.LabelPerson && span(ix.personAt[m.T0]) < m.T1-m.T0 {
			ix.personAt[m.T0] = int32(k)
		}
		if span(ix.endAt[m.T1-1]) < m.T1-m.T0 {
			ix.endAt[m.T1-1] = int32(k)
		}
	}
	return ix
}

// mentionStarting returns the longest mention that starts at token i, or -1.
func (ix *index) mentionStarting(i int) int {
	if i < 0 || i >= len(ix.at) || ix.at[i] < 0 {
		return -1
	}
	k := int(ix.at[i])
	if ix.ms[k].T0 != i {
		return -1
	}
	// "John Kerry's campaign" is about John Kerry
	if p := ix.personAt[i]; p >= 0 && int(p) != k {
		m := &ix.ms[k]
		for q := m.T0; q < m.T1; q++ {
			if ix.lower[q] == "'s" || ix.lower[q] == "’s" {
				return int(p)
			}
		}
	}
	return k
}

// holderLabel reports whether mention m can hold a stance.
func holderLabel(m *ner.Mention) bool {
	switch m.Label {
	case graph.LabelPerson, graph.LabelOrganization, graph.LabelCountry, graph.LabelSource, graph.LabelOutlet:
		return m.Form != ner.FormDemonym
	}
	return false
}

// objectLabel reports whether mention m can be the target of a stance.
func objectLabel(m *ner.Mention) bool {
	switch m.Label {
	case graph.LabelPerson, graph.LabelOrganization, graph.LabelCountry, graph.LabelOutlet, graph.LabelEvent:
		return true
	}
	return false
}

// auxiliaries and adverbs stand between a subject and its verb: "has
// also", "would still", "repeatedly".
var auxiliaries = map[string]bool{
	"has": true, "have": true, "had": true, "will": true, "would": true, "shall": true, "should": true,
	"also": true, "still": true, "already": true, "then": true, "now": true, "later": true, "again": true,
	"just": true, "even": true, "once": true, "both": true, "all": true, "did": true, "does": true, "do": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "must": true, "to": true,
	"first": true, "quickly": true, "swiftly": true, "meanwhile": true, "too": true, "soon": true,
	"himself": true, "herself": true, "themselves": true, "itself": true,
	"can": true, "could": true, "may": true, "might": true, "perhaps": true, "reportedly": true,
	"allegedly": true, "not": true, "never": true, "no": true, "longer": true, "ever": true, "long": true,
	"often": true, "always": true, "sometimes": true, "usually": true,
}

// beForms mark a passive before a participle: "was denounced by".
var beForms = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"get": true, "got": true, "gets": true,
}

// prepositions end an object phrase: the entity after them is not the
// object ("the decision by Trump").
var prepositions = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "by": true, "for": true, "from": true, "to": true,
	"with": true, "about": true, "over": true, "after": true, "before": true, "during": true,
	"against": true, "into": true, "under": true, "between": true, "among": true, "through": true,
	"and": true, "or": true, "but": true, "that": true, "which": true, "who": true, "whom": true,
	"as": true, "than": true, "if": true, "when": true, "while": true, "because": true, "since": true,
	"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true, "him": true,
	"them": true, "us": true, "me": true, "is": true, "was": true, "are": true, "were": true,
	"has": true, "have": true, "had": true, "not": true, "would": true, "will": true,
}

// determiners open an object phrase.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"my": true, "your": true, "this": true, "these": true, "those": true, "both": true, "fellow": true,
}

// standIns are nouns whose "of X" stands for X itself: "welcome the
// words of Mr Snow", "criticised the actions of the ministry".
var standIns = map[string]bool{
	"words": true, "remarks": true, "comments": true, "statement": true, "decision": true, "actions": true,
	"efforts": true, "policies": true, "policy": true, "leadership": true, "handling": true, "conduct": true,
	"response": true, "role": true, "stance": true, "position": true, "behaviour": true, "behavior": true,
	"record": true, "approach": true, "treatment": true, "government": true, "regime": true,
	"integrity": true, "credibility": true, "legitimacy": true, "motives": true, "competence": true, "character": true,
	"tenure": true, "presidency": true, "performance": true, "proposal": true, "plan": true, "nomination": true,
	"candidacy": true, "agenda": true, "rhetoric": true, "tactics": true,
	"work": true, "contribution": true, "contributions": true, "service": true, "courage": true,
	"commitment": true, "achievements": true, "argument": true, "arguments": true, "claims": true,
	"allegations": true, "request": true, "demands": true,
}

// clauseMark reports whether token i ends a clause for look-around.
func (ix *index) clauseMark(i int) bool {
	tk := ix.toks[i]
	if tk.Kind == segment.Punct {
		w := ix.lower[i]
		return w != "-" && w != "–" && w != "'s" && w != "’s"
	}
	return false
}

// object finds the entity mention that is the object of a verb whose
// frame ends before token j, within sentence end e: "criticised [the]
// [Obama] administration", "a swipe at Democratic presidential hopeful
// Hillary Clinton", "the words of Mr Snow". It returns the mention index
// or -1.
func (ix *index) object(j, e int) int {
	skipped := 0
	for i := j; i < e && i < j+7; i++ {
		w := ix.lower[i]
		tk := ix.toks[i]
		if k := ix.mentionStarting(i); k >= 0 {
			m := &ix.ms[k]
			if !objectLabel(m) {
				return -1
			}
			if m.T1+1 < e && ix.lower[m.T1] == "-" && ix.toks[m.T1+1].Kind == segment.Word {
				// "U.S.-backed Kurdish forces": the name is a modifier; the
				// object is the name the participle leads to, if any
				if strings.HasSuffix(ix.lower[m.T1+1], "ed") && m.T1+2 < e {
					if n := ix.mentionStarting(m.T1 + 2); n >= 0 && objectLabel(&ix.ms[n]) && ix.ms[n].Form != ner.FormDemonym && ix.ms[n].Entity != m.Entity {
						return n
					}
				}
				return -1
			}
			// "rejected the Republican bill", "blocked Democratic
			// legislation": a party's measure stands for the party
			if m.Form == ner.FormMember && m.T1 < e && partyMeasures[ix.lower[m.T1]] && !strings.HasSuffix(ix.lower[m.T0], "s") {
				return k
			}
			// "a State Department employee", "the Christie plan", "the
			// Democratic presidential candidate": after an article, a name
			// before a common noun modifies it
			if m.Form != ner.FormDemonym && i > j && (ix.lower[i-1] == "a" || ix.lower[i-1] == "an" || ix.lower[i-1] == "the") && ix.nounAfter(m.T1, e) {
				if n := ix.mentionStarting(m.T1); n >= 0 && ix.ms[n].Label == graph.LabelPerson && ix.ms[n].Form == ner.FormAnaphor {
					return n // "the US president": a title reference
				}
				return -1
			}
			// a modifier of a name after it: "Democrat John Kerry", "Democratic
			// presidential hopeful Hillary Clinton"
			if n := ix.personAfter(m.T1, e); n >= 0 && m.Label != graph.LabelPerson {
				return n
			}
			// "toppling the ruling Taliban", "the embattled Maduro": a participle
			// after the determiner modifies the name
			participle := skipped == 1 && i-2 >= j && determiners[ix.lower[i-2]] && (strings.HasSuffix(ix.lower[i-1], "ing") || strings.HasSuffix(ix.lower[i-1], "ed")) &&
				(m.T1 >= e || ix.toks[m.T1].Kind != segment.Word || prepositions[ix.lower[m.T1]]) // not "the prolonged U.S. presence"
			if skipped > 0 && !participle && (m.Label != graph.LabelPerson || !roleNouns[ix.lower[i-1]] && !ix.toks[i-1].Upper) {
				// "praised a zinc supplement Conte": only a role may
				// stand between the verb and a name
				return -1
			}
			if m.Form == ner.FormDemonym && m.T1 < e && envoyNouns[ix.lower[m.T1]] {
				return k // "expelled the Russian ambassador": the state he stands for
			}
			if (m.Form == ner.FormDemonym || m.Form == ner.FormMember) && m.T1 < e && roleNouns[ix.lower[m.T1]] {
				return -1 // "the Republican president" is a person
			}
			// "accused Mr. Obama’s opponents": the object is the people on
			// the name's side, not the name
			if m.T1+1 < e && (ix.lower[m.T1] == "’s" || ix.lower[m.T1] == "'s") && (peopleNouns[ix.lower[m.T1+1]] || roleNouns[ix.lower[m.T1+1]]) {
				return -1 // also "London's mayor", "Russia's president": a person
			}
			if m.Form == ner.FormDemonym {
				// "expelled Russian diplomats", "suspended Turkish
				// participation": the demonym modifies the object noun;
				// but "the Syrian opposition" are the state's opponents
				if skipped > 0 || m.T1 >= e || ix.toks[m.T1].Kind != segment.Word || ix.toks[m.T1].Upper || dissenters[ix.lower[m.T1]] {
					return -1
				}
			}
			return k
		}
		switch {
		case tk.Kind == segment.Quote:
			continue
		case determiners[w], tk.Kind == segment.Number && i+1 < e && ix.mentionStarting(i+1) >= 0:
			continue // "expelled 35 Russian diplomats"
		case ix.clauseMark(i), prepositions[w], tk.Kind != segment.Word:
			// "the words of Mr Snow"
			if w == "of" && i > j && standIns[ix.lower[i-1]] {
				// past a determiner and a title: "of the", "of Mr Snow"
				for p := i + 1; p < e && p <= i+4; p++ {
					if k := ix.mentionStarting(p); k >= 0 {
						if objectLabel(&ix.ms[k]) {
							return k
						}
						break
					}
					// (and a role: "the work of his Anfield successor Rafael Benitez")
					if !determiners[ix.lower[p]] && !(ix.toks[p].Upper && ix.toks[p].Kind == segment.Word) && ix.lower[p] != "." && !roleNouns[ix.lower[p]] {
						break
					}
				}
			}
			return -1
		case strings.HasSuffix(w, "ly"), tk.Upper:
			// adverbs, titles ("President", "Sen.")
			continue
		default:
			skipped++
			if skipped > 2 && !standIns[w] {
				return -1
			}
		}
	}
	return -1
}

// clauseConjunctions are prepositions that also join a clause: "after
// Beijing criticized Morey", "since Congress rejected the plan".
var clauseConjunctions = map[string]bool{"after": true, "before": true, "since": true, "until": true, "as": true}

// envoyNouns stand for the state that sends them: "summoned the Turkish
// ambassador", "expelled 35 Russian diplomats".
var envoyNouns = map[string]bool{
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "diplomat": true, "diplomats": true,
	"embassy": true, "consul": true, "consulate": true, "charge": true,
}

// nounAfter reports whether token i, before e, is a common noun or
// adjective that a name before it may modify: a lower-case word that is
// no preposition, auxiliary, participle or gerund.
func (ix *index) nounAfter(i, e int) bool {
	if i >= e {
		return false
	}
	w := ix.lower[i]
	tk := ix.toks[i]
	if tk.Kind != segment.Word || tk.Upper || w == "’s" || w == "'s" || w == "’" || prepositions[w] || determiners[w] || auxiliaries[w] ||
		strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	return !plainVerbs[w] // "Supporters of Bernie Sanders say": a verb
}

// plainVerbs are verbs of saying that are no nouns: a name before one is
// its subject, not its modifier ("the Psaki tweet" is a noun).
var plainVerbs = map[string]bool{
	"say": true, "says": true, "said": true, "argue": true, "argues": true, "insist": true, "insists": true,
	"contend": true, "contends": true, "believe": true, "believes": true, "think": true, "thinks": true,
	"told": true, "tell": true, "tells": true, "add": true, "adds": true,
}

// personAfter returns a person mention that starts within three words
// after token i ("Democratic [presidential hopeful] Hillary Clinton"), or -1.
func (ix *index) personAfter(i, e int) int {
	for k := i; k < e && k < i+3; k++ {
		if m := ix.mentionStarting(k); m >= 0 {
			if ix.ms[m].Label == graph.LabelPerson {
				return m
			}
			return -1
		}
		if ix.toks[k].Kind != segment.Word || prepositions[ix.lower[k]] {
			return -1
		}
	}
	return -1
}

// subject finds the entity that is the subject of the verb at token v in
// sentence s: a mention right before it (past auxiliaries and adverbs), a
// pronoun resolved, the antecedent of "who"/"that", or a name before an
// apposition. speaker is the entity of the quote v is in, or -1, for "I"
// and "we". It returns the entity index (or -1), the token the subject
// search stopped at, and the weight of the negations and hedges seen.
func (ix *index) subject(v int, s segment.Sentence, speaker int) (ent int, mention int, weight float64) {
	weight = 1
	inf := false // an infinitive: "urged Trump to attack"
	i := v - 1
	for ; i >= s.First; i-- {
		w := ix.lower[i]
		if ix.at[i] >= 0 {
			break
		}
		// a parenthetical: "Turkey, in turn, has accused Syria"
		if w == "," {
			if p := ix.parenthetical(i, s.First); p >= 0 {
				i = p + 1 // the loop steps to p
				continue
			}
		}
		// a time between the subject and the verb: "Trump on Sunday
		// blamed", "Obama last week criticized", "Putin Tuesday said"
		if ix.timeWord(i, v) {
			continue
		}
		if (w == "week" || w == "month" || w == "year" || w == "weekend") && i-1 >= s.First && (ix.lower[i-1] == "last" || ix.lower[i-1] == "this" || ix.lower[i-1] == "earlier") {
			i--
			if i-1 >= s.First && (ix.lower[i-1] == "late" || ix.lower[i-1] == "early") {
				i-- // "late last month"
			}
			continue
		}
		if negated(w) {
			weight = 0
			continue
		}
		if h, ok := hedges[w]; ok {
			weight *= h
			continue
		}
		if w == "to" {
			inf = true
		}
		if auxiliaries[w] || strings.HasSuffix(w, "ly") && ix.toks[i].Kind == segment.Word && !ix.toks[i].Upper {
			continue
		}
		// "threatened to expel", "refused to condemn"
		if ok, found := controlVerbs[w]; found && i+1 < v && ix.lower[i+1] == "to" {
			if !ok {
				weight = 0
			}
			continue
		}
		break
	}
	if i < s.First {
		return -1, -1, weight
	}
	if k := ix.endAt[i]; k >= 0 {
		m := &ix.ms[k]
		if !holderLabel(m) || m.T1-1 != i {
			return -1, -1, weight
		}
		// "Ted Cruz (R-Texas) called": the one named before the affiliation
		b := m.T0
		if ix.lower[b] != "(" {
			b--
		}
		if b-1 >= s.First && ix.lower[b] == "(" && ix.endAt[b-1] >= 0 {
			if p := &ix.ms[ix.endAt[b-1]]; p.Label == graph.LabelPerson {
				return p.Entity, int(ix.endAt[b-1]), weight
			}
		}
		// "the memo from the White House criticised": not the subject (but
		// "after Beijing criticized Morey": a conjunction before a clause)
		if b := m.T0 - 1; b >= s.First && prepositions[ix.lower[b]] && ix.lower[b] != "and" && !clauseConjunctions[ix.lower[b]] {
			return -1, -1, weight
		}
		// "pushing the President to attack Rosenstein", "called for other
		// nations to support Egypt": the others' wish, not the name's act
		if inf && ix.urgedBefore(m.T0, s.First) {
			return -1, -1, weight
		}
		return m.Entity, int(k), weight
	}
	w := ix.lower[i]
	// "the Perry ad", "the Trump administration's plan": the entity that
	// names a thing stands for its author
	if subjectHeads[w] && i-1 >= s.First && ix.endAt[i-1] >= 0 {
		if m := &ix.ms[ix.endAt[i-1]]; holderLabel(m) {
			return m.Entity, int(ix.endAt[i-1]), weight
		}
	}
	switch w {
	case "he", "she":
		return ix.pronoun(i, w), -1, weight
	case "i", "we":
		return speaker, -1, weight
	case "who", "that", "which":
		p := i - 1
		if p >= s.First && (ix.lower[p] == "," || ix.lower[p] == "—" || ix.lower[p] == "–") {
			p-- // "President Donald Trump — who has accused China"
		}
		// "Jeff Flake (R-Ariz.) — who": the person before the affiliation
		if p-1 >= s.First && ix.lower[p] == ")" {
			for q := p - 1; q > s.First && q > p-6; q-- {
				if ix.lower[q] == "(" {
					if k := ix.endAt[q-1]; k >= 0 && ix.ms[k].Label == graph.LabelPerson {
						return ix.ms[k].Entity, int(k), weight
					}
					break
				}
			}
		}
		if p >= s.First && ix.endAt[p] >= 0 {
			m := &ix.ms[ix.endAt[p]]
			// "Alexander Torshin, the deputy head of Russia’s Central Bank
			// who was sanctioned": who is the person the phrase describes
			if w == "who" && m.Label != graph.LabelPerson {
				if k := ix.describedPerson(m.T0, s.First); k >= 0 {
					return ix.ms[k].Entity, k, weight
				}
			}
			// "a Republican who voted for Trump" is a person, not the party
			if holderLabel(m) && !(m.Form == ner.FormMember && m.T0 > s.First && (ix.lower[m.T0-1] == "a" || ix.lower[m.T0-1] == "an")) {
				return m.Entity, int(ix.endAt[p]), weight
			}
		} else if w == "who" && p >= s.First && ix.toks[p].Kind == segment.Word {
			// "Leigh Corfman, one of the women who accused him": the person
			// the phrase describes (not one in a list of such phrases: "a
			// voter who would rather sit out than vote for Trump, a
			// millennial who supported")
			if k := ix.describedPerson(p+1, s.First); k >= 0 && !ix.hasWord(s.First, ix.ms[k].T0, "who") {
				return ix.ms[k].Entity, k, weight
			}
		}
	case "and":
		// a second verb of the sentence's subject: "Trump has set his
		// sights on the FBI, and accused the Justice Department"
		if k := ix.openingSubject(i, s); k >= 0 {
			return ix.ms[k].Entity, k, weight
		}
	case ",":
		// the name as the apposition: "Iran’s OPEC governor, Hossein
		// Kazempour Ardebili, accused"
		if i-1 >= s.First && ix.endAt[i-1] >= 0 {
			k := ix.endAt[i-1]
			if m := &ix.ms[k]; m.Label == graph.LabelPerson && m.T0-1 > s.First && ix.lower[m.T0-1] == "," {
				return m.Entity, int(k), weight
			}
		}
		// an apposition: "Margaret Huang, executive director of Amnesty
		// International USA, criticised ...", "Tom Cotton, a Republican
		// from Arkansas and a strong opponent of the Iran nuclear deal,
		// accused"
		for p := i - 1; p > s.First && p > i-20; p-- {
			if ix.lower[p] != "," {
				if ix.toks[p].Kind == segment.Quote || ix.lower[p] == "said" {
					break
				}
				continue
			}
			k := ix.endAt[p-1]
			if k >= 0 && p+1 < i && (!ix.toks[p+1].Upper || determiners[ix.lower[p+1]] || ix.affiliation(p+1, i)) {
				if m := &ix.ms[k]; m.Label == graph.LabelPerson {
					return m.Entity, int(k), weight
				}
			}
			break
		}
	}
	return -1, -1, weight
}

// openingSubject returns the mention that opens sentence s (after "The")
// as the subject of a verb, when no clause of another subject (a quote,
// a relative or subordinate clause, a verb of saying) stands between it
// and token i; or -1.
func (ix *index) openingSubject(i int, s segment.Sentence) int {
	t0 := s.First
	if t0 < i && ix.lower[t0] == "the" {
		t0++
	}
	k := ix.mentionStarting(t0)
	if k < 0 {
		return -1
	}
	m := &ix.ms[k]
	// "Republican presidential candidate Ted Cruz tweeted …": the person
	if m.Form == ner.FormMember || m.Form == ner.FormDemonym {
		if p := ix.personAfter(m.T1, i); p >= 0 {
			k, m = p, &ix.ms[p]
		}
	}
	if !holderLabel(m) || m.T1 >= i {
		return -1
	}
	if n := ix.toks[m.T1]; n.Kind != segment.Word || n.Upper {
		return -1 // "Trump, who …", "Trump and Pence": not a plain subject
	}
	for p := m.T1; p < i; p++ {
		if ix.toks[p].Kind == segment.Quote {
			return -1
		}
		switch ix.lower[p] {
		case "that", "who", "which", "whom", "when", "if", "because", "while", "after", "before", "as", "said", "says",
			"told", "and", "but", "or", ";", ":":
			return -1
		}
	}
	return k
}

// describedPerson returns the person mention set off by a comma before a
// noun phrase that ends before token t ("Alexander Torshin, the deputy
// head of Russia’s Central Bank"), or -1.
func (ix *index) describedPerson(t, first int) int {
	for p := t - 1; p > first && p >= t-10; p-- {
		if ix.lower[p] == "," {
			if k := ix.endAt[p-1]; k >= 0 && ix.ms[k].Label == graph.LabelPerson && (determiners[ix.lower[p+1]] || ix.lower[p+1] == "one") {
				return int(k)
			}
			return -1
		}
		if ix.toks[p].Kind != segment.Word || auxiliaries[ix.lower[p]] {
			return -1
		}
	}
	return -1
}

// dissenters are groups a demonym names that stand apart from, or
// against, the state of the demonym: "the Syrian opposition", "Iraqi
// Kurds".
var dissenters = map[string]bool{
	"opposition": true, "rebels": true, "rebel": true, "fighters": true, "militants": true, "militias": true,
	"militia": true, "dissidents": true, "dissident": true, "refugees": true, "protesters": true, "protestors": true,
	"activists": true, "exiles": true, "kurds": true, "migrants": true, "insurgents": true, "separatists": true,
}

// partyMeasures are what a party puts forward in its name: "the
// Republican bill", "the Democratic plan".
var partyMeasures = map[string]bool{
	"bill": true, "bills": true, "plan": true, "plans": true, "proposal": true, "proposals": true,
	"legislation": true, "agenda": true, "budget": true, "amendment": true, "platform": true, "measure": true,
	"policies": true, "policy": true, "memo": true, "leadership": true, "leaders": true,
}

// timeWord reports whether token i, before the verb at v, is part of a
// time between a subject and its verb: "Trump on Sunday blamed", "Putin
// Tuesday said", "Obama yesterday".
func (ix *index) timeWord(i, v int) bool {
	w := ix.lower[i]
	return lex.IsWeekday(ix.res.Tokens[i]) || timeWords[w] || w == "on" && i+1 < v && lex.IsWeekday(ix.res.Tokens[i+1])
}

// timeWords may stand between a subject and its verb.
var timeWords = map[string]bool{"yesterday": true, "today": true, "tonight": true, "earlier": true, "later": true, "again": true}

// affiliation reports whether tokens [a, b), set off by commas after a
// name, give the person's party or standing rather than another name of a
// list: "R-Texas", "Texas Republican", "Fox News host".
func (ix *index) affiliation(a, b int) bool {
	if b-a >= 3 && (ix.res.Tokens[a] == "R" || ix.res.Tokens[a] == "D" || ix.res.Tokens[a] == "I") && ix.res.Tokens[a+1] == "-" {
		return true // a party tag
	}
	last := b - 1
	if k := ix.endAt[last]; k >= 0 && ix.ms[k].Form == ner.FormMember {
		return true // "Texas Republican"
	}
	return roleNouns[ix.lower[last]]
}

// urgeVerbs put their object up to the infinitive after it: "pushing the
// President to attack", "urged Congress to sanction".
var urgeVerbs = func() map[string]bool {
	m := map[string]bool{"for": true, "on": true} // "called for X to", "called on X to"
	// not causatives ("led Washington to impose sanctions"): their
	// object does act
	for _, v := range []string{"urge", "push", "press", "ask", "encourage", "tell", "invite", "want", "expect", "persuade", "convince", "pressure", "need", "order"} {
		for _, f := range inflect(v) {
			m[f] = true
		}
	}
	m["told"] = true
	return m
}()

// urgedBefore reports whether the phrase starting at token t0 is the
// object of a verb of urging: "pushing [the] President".
func (ix *index) urgedBefore(t0, first int) bool {
	for p := t0 - 1; p >= first && p >= t0-3; p-- {
		w := ix.lower[p]
		if urgeVerbs[w] || p == t0-1 && strings.HasSuffix(w, "ing") && !ix.toks[p].Upper && !strings.Contains(w, "-") && (p == first || ix.lower[p-1] != "-") {
			return true // also "nations battling ISIS to support": an object
		}
		if !determiners[w] && !(ix.toks[p].Upper && ix.toks[p].Kind == segment.Word) {
			return false
		}
	}
	return false
}

// pronoun resolves he or she at token i to the latest person mentioned
// before it in the last three sentences, of a compatible gender.
func (ix *index) pronoun(i int, w string) int {
	sent := ix.res.Text.SentenceOf(ix.toks[i].Start)
	for p := i - 1; p >= 0; p-- {
		k := ix.endAt[p]
		if k < 0 {
			continue
		}
		m := &ix.ms[k]
		if m.Sent < sent-2 {
			return -1
		}
		if m.Label != graph.LabelPerson {
			continue
		}
		e := ix.res.Entities[m.Entity]
		g := e.Gender
		if g == gazetteer.GenderUnknown || g == 0 || w == "he" && g == gazetteer.Male || w == "she" && g == gazetteer.Female {
			return m.Entity
		}
	}
	return -1
}

// bodyPronoun resolves "its" at token p to the nearest country or
// organisation before it in its sentence that no preposition governs, and
// "their" to such an organisation or a group (a source), not a country
// (coordinated countries and their plural "their" too often belong to
// someone else), or -1.
func (ix *index) bodyPronoun(p int, s segment.Sentence) int {
	their := ix.lower[p] == "their"
	for q := p - 1; q >= s.First; q-- {
		k := ix.endAt[q]
		if k < 0 {
			continue
		}
		m := &ix.ms[k]
		if !their && m.Label != graph.LabelCountry && m.Label != graph.LabelOrganization ||
			their && m.Label != graph.LabelOrganization && m.Label != graph.LabelSource || m.Form == ner.FormDemonym {
			continue
		}
		if m.T0 > s.First && prepositions[ix.lower[m.T0-1]] {
			return -1
		}
		return m.Entity
	}
	return -1
}

// negated reports whether a word denies what follows it.
func negated(w string) bool {
	return negators[w] || strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "n't")
}

// subjectHeads are nouns after a name that stand for the name's holder as
// a subject: "the Perry ad", "the Obama campaign".
var subjectHeads = map[string]bool{
	"ad": true, "ads": true, "campaign": true, "statement": true, "memo": true, "report": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "team": true, "lawyers": true,
}

// parenthetical returns the token before a short parenthetical that ends
// with the comma at i ("Turkey, meanwhile, is", "Turkey, in turn, has"),
// or -1.
func (ix *index) parenthetical(i, first int) int {
	for p := i - 1; p >= first && p >= i-4; p-- {
		w := ix.lower[p]
		if w == "," {
			if p == i-1 {
				return -1
			}
			return p - 1
		}
		if ix.toks[p].Kind != segment.Word || ix.toks[p].Upper && p != i-1 || ix.at[p] >= 0 {
			return -1
		}
	}
	return -1
}

// roleNouns name a person by office: "Democratic presidential hopeful
// Hillary Clinton", "the Republican president".
var roleNouns = map[string]bool{
	"president": true, "leader": true, "senator": true, "lawmaker": true, "candidate": true,
	"nominee": true, "governor": true, "congressman": true, "congresswoman": true, "hopeful": true,
	"minister": true, "chancellor": true, "premier": true, "secretary": true, "spokesman": true,
	"spokeswoman": true, "ambassador": true, "envoy": true, "chairman": true, "chief": true,
	"rival": true, "challenger": true, "counterpart": true, "incumbent": true, "mayor": true,
	"dictator": true, "king": true, "queen": true, "prince": true, "general": true, "commander": true,
	"representative": true, "rep.": true, "sen.": true, "gov.": true, "director": true, "speaker": true,
}

// hasWord reports whether the lower-case word w is among tokens [t0, t1).
func (ix *index) hasWord(t0, t1 int, w string) bool {
	for k := t0; k < t1; k++ {
		if ix.lower[k] == w {
			return true
		}
	}
	return false
}
