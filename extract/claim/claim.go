// Package claim finds the claims of an article — every attributed
// statement, direct or indirect — with its speaker, its reporting cue and
// its exact text span.
//
// Direct quotes are found in every quotation style (curly and straight
// double quotes, guillemets, headline single quotes), including quotes
// split around their attribution (“…,” he said, “…”), quotes that run
// over several paragraphs, and block quotes introduced by a colon. Their
// speaker is read from the attribution next to the quote (“…,” said X /
// X said: “…” / “…,” X added); a quote with none continues the last
// speaker. Indirect speech is found from reporting cues: "X said (that)
// …", "X told Meduza (that) …", "according to X, …", "…, X said.",
// participles (", adding …", ", saying …") and parentheticals ("…, X told
// Y, …"). Speakers resolve to entities through the mentions of package
// ner: names, titles ("the prime minister"), pronouns (he/she/they, to
// the latest compatible speaker or person), definite descriptions ("the
// source", "the group") and unnamed role holders, which become Sources.
package claim

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// Claim is an attributed statement.
type Claim struct {
	// Speaker is the index of the speaker's entity in ner.Result.Entities.
	Speaker int
	Kind    string // graph.KindDirect or graph.KindIndirect
	Cue     string
	// Start and End delimit the claim's text in the body.
	Start, End int
	// Sent is the index of the sentence holding the attribution.
	Sent int
}

// Span is a byte range of the body.
type Span struct{ Start, End int }

// Extract finds the claims of a recognised article. Text inside skip
// (page furniture such as photo credits) is ignored. It may add Sources to
// res for unnamed speakers.
func Extract(res *ner.Result, skip []Span) []Claim {
	x := &extractor{res: res, t: res.Text, toks: res.Tokens, lower: res.Lower, skip: skip, lastSpeaker: -1, lastAgent: -1}
	x.quotes = FindQuotes(res.Text)
	x.lemmas = cueLemmas(res)
	x.usedCue = map[int]bool{}
	x.usedQuote = make([]bool, len(x.quotes))
	x.run()
	lemmaBufs.Put(&x.lemmas)
	return x.claims
}

type extractor struct {
	res    *ner.Result
	t      *segment.Text
	toks   []string
	lower  []string
	lemmas []string // per token: the reporting verb it inflects, "according", "express" or ""
	skip   []Span

	quotes    []Quote
	usedQuote []bool
	usedCue   map[int]bool
	claims    []Claim

	lastSpeaker int          // entity index
	docSpeaker  map[int]bool // entities that are documents: "the survey", "the editorial" (nil until one is)
	lastAgent   int          // the last speaker that is not a document
	lastPara    int

	pendingBlocks []pendingBlock
}

func (x *extractor) run() {
	x.blockQuotes()
	for si := range x.t.Sentences {
		x.sentence(si)
	}
	x.dropOverlaidContinuations()
	x.embeddedTweets()
}

// dropOverlaidContinuations removes the claims with no cue of their own (a
// quote taken to continue the last speaker) whose text another claim, one
// with a cue, also covers: the quote had an attribution after all
// ("“Right now our major concern …,” John D’Angelo told reporters").
func (x *extractor) dropOverlaidContinuations() {
	out := x.claims[:0]
	for i, c := range x.claims {
		if c.Cue == "" && x.cuedOver(i) {
			continue
		}
		out = append(out, c)
	}
	x.claims = out
}

// cuedOver reports whether a claim with a cue overlaps claim i's text.
func (x *extractor) cuedOver(i int) bool {
	c := x.claims[i]
	for j, o := range x.claims {
		if j != i && o.Cue != "" && o.Start < c.End && c.Start < o.End {
			return true
		}
	}
	return false
}

// sentence handles the direct quotes beginning in sentence si, then its
// indirect speech.
func (x *extractor) sentence(si int) {
	s := x.t.Sentences[si]
	if x.skipped(s.Start) {
		return
	}
	for qi := range x.quotes {
		q := x.quotes[qi]
		if x.usedQuote[qi] || q.Open < s.Start || q.Open >= s.End || q.Block {
			continue
		}
		x.direct(qi, si)
	}
	x.indirect(si)
	x.flushBlocks(si)
}

func (x *extractor) skipped(off int) bool {
	for _, sp := range x.skip {
		if off >= sp.Start && off < sp.End {
			return true
		}
	}
	return false
}

// lemmaBufs holds cueLemmas' slices for reuse by the next article: one
// string per token is among the largest allocations of extraction, and
// the garbage collector's work grows with the bytes allocated.
var lemmaBufs sync.Pool // of *[]string

// cueLemmas looks up once per article which tokens can begin a cue.
func cueLemmas(res *ner.Result) []string {
	var out []string
	if b, ok := lemmaBufs.Get().(*[]string); ok && cap(*b) >= len(res.Lower) {
		out = (*b)[:len(res.Lower)]
		clear(out)
	} else {
		out = make([]string, len(res.Lower))
	}
	for i, lw := range res.Lower {
		if res.Text.Tokens[i].Kind != segment.Word {
			continue
		}
		switch lw {
		case "according":
			out[i] = "according"
			continue
		case "expressed", "voiced", "raised", "expresses", "voices":
			out[i] = "express"
			continue
		case "pressed", "presses", "pressing", "press":
			if i+1 < len(res.Lower) && res.Lower[i+1] == "for" {
				out[i] = "press"
			}
			continue
		case "made", "makes", "make", "making":
			// "made it clear that", "made clear"
			if i+2 < len(res.Lower) && (res.Lower[i+1] == "clear" || res.Lower[i+1] == "it" && res.Lower[i+2] == "clear") {
				out[i] = "make clear"
			}
			continue
		}
		if lemma, ok := lex.ReportingVerb(lw); ok {
			out[i] = lemma
		}
	}
	return out
}

// thatWithin reports whether "that" comes within n words from token a.
func (x *extractor) thatWithin(a, last, n int) bool {
	for k := a; k < last && k < a+n; k++ {
		if x.lower[k] == "that" {
			return true
		}
		if x.t.Tokens[k].Kind == segment.Punct {
			return false
		}
	}
	return false
}

// clearOpeners may open what "made clear" reports; "making clear
// reference to" has none.
var clearOpeners = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "the": true, "his": true,
	"her": true, "their": true, "its": true, "there": true, "this": true, "no": true, "all": true,
}

// cue describes a reporting cue at tokens [c0, c1).
type cue struct {
	c0, c1 int
	lemma  string
	text   string
}

// cueAt reports whether a reporting cue starts at token i.
func (x *extractor) cueAt(i, last int) (cue, bool) {
	if i >= last {
		return cue{}, false // callers probe past a mention that ends the sentence
	}
	// "“…,” Ryan shot back": a retort (only with "back")
	if i+1 < last && x.lower[i+1] == "back" && backRetorts[x.lower[i]] && !x.t.Tokens[i].Upper {
		// next to a quote or before "that": not "hit back at criticism"
		if x.nearQuote(i+1, last) || i+2 < last && (x.lower[i+2] == "that" || x.lower[i+2] == ":") {
			return cue{c0: i, c1: i + 2, lemma: "retort", text: x.res.Span(i, i+2)}, true
		}
		return cue{}, false
	}
	// "“…,” the statement read": a document's words
	if (x.lower[i] == "read" || x.lower[i] == "reads") && i > 0 && readers[x.lower[i-1]] && x.nearQuote(i, last) {
		return cue{c0: i, c1: i + 1, lemma: "say", text: x.toks[i]}, true
	}
	if x.lemmas[i] == "" {
		return cue{}, false // not a word that can begin a cue
	}
	w := x.toks[i]
	tk := x.t.Tokens[i]
	lw := x.lower[i]
	if lw == "according" && i+1 < last && x.toks[i+1] == "to" {
		return cue{c0: i, c1: i + 2, lemma: "according to", text: x.res.Span(i, i+2)}, true
	}
	if (lw == "expressed" || lw == "voiced" || lw == "raised" || lw == "expresses" || lw == "voices") && i+1 < last {
		n := i + 1
		switch x.lower[n] {
		case "their", "his", "her", "its", "our":
			n++ // "voiced their concern that"
		}
		if n < last {
			switch x.lower[n] {
			case "doubt", "doubts", "concern", "concerns", "hope", "confidence", "fear", "fears", "skepticism",
				"scepticism", "optimism", "regret", "surprise", "support", "frustration", "disappointment":
				return cue{c0: i, c1: n + 1, lemma: "express", text: x.res.Span(i, n+1)}, true
			}
		}
	}
	// "made it clear that", "has made clear the plan is dead"
	if (lw == "made" || lw == "makes" || lw == "make" || lw == "making") && i+2 < last {
		n := i + 1
		if x.lower[n] == "it" {
			n++
		}
		if n < last && x.lower[n] == "clear" && n+1 < last && (x.lower[n+1] == "that" || clearOpeners[x.lower[n+1]] || x.t.Tokens[n+1].Upper ||
			prepositions[x.lower[n+1]] && x.thatWithin(n+2, last, 6)) { // "made clear on Twitter that"
			return cue{c0: i, c1: n + 1, lemma: "make clear", text: x.res.Span(i, n+1)}, true
		}
	}
	if tk.Upper && i != x.t.Sentences[x.t.SentenceOf(tk.Start)].First {
		return cue{}, false
	}
	lemma := x.lemmas[i]
	if lemma == "according" || lemma == "express" || lemma == "make clear" {
		return cue{}, false
	}
	if x.relativeAside(i, last) {
		return cue{}, false
	}
	// nouns that look like verbs: "the report", "a claim", "his comments",
	// "the secretary of state", "the president’s promised veto"
	// (but "fired back by saying …": the subject's words)
	if i > 0 && !(x.lower[i-1] == "by" && strings.HasSuffix(lw, "ing")) {
		switch x.lower[i-1] {
		case "a", "an", "the", "this", "that", "his", "her", "its", "their", "our", "my", "your", "these", "those",
			"of", "for", "in", "on", "at", "by", "with", "from", "’s", "'s":
			return cue{}, false
		}
	}
	// "the self-declared Donetsk People’s Republic", "the so-called
	// Islamic State": an adjective
	if i >= 2 && x.toks[i-1] == "-" && (x.lower[i-2] == "self" || x.lower[i-2] == "so" || x.lower[i-2] == "well" || x.lower[i-2] == "long") {
		return cue{}, false
	}
	if (lw == "state" || lw == "states") && x.stateNoun(i, last) || x.pluralNoun(i, last) ||
		x.lemmas[i] == "continue" && !x.nearQuote(i, last) && !x.toSay(i, last) ||
		x.lemmas[i] == "call" && i+1 < last && callParticles[x.lower[i+1]] && !(x.lower[i+1] == "out" && x.nearQuote(i, last)) ||
		x.lemmas[i] == "declare" && x.declaredAct(i, last) ||
		x.lemmas[i] == "testify" && i+1 < last && testifyAdjuncts[x.lower[i+1]] && !x.thatWithin(i+2, last, 8) && !x.inverted(i) {
		return cue{}, false
	}
	// "The Twitter post on Tuesday", "The Washington Post report
	// Thursday": a noun after a singular name, not a verb
	if nounVerbs[lw] && i > 0 && x.t.Tokens[i-1].Upper && !strings.HasSuffix(x.lower[i-1], "s") {
		return cue{}, false
	}
	// "the NSA report posted on Monday": a participle after a document
	if i > 0 && i+1 < last && !x.t.Tokens[i-1].Upper && (docNouns[x.lower[i-1]] || nounVerbs[x.lower[i-1]]) && strings.HasSuffix(lw, "ed") {
		switch nx := x.lower[i+1]; nx {
		case "on", "in", "at", "last", "this", "earlier", "yesterday", "today", "online":
			return cue{}, false
		}
	}
	// "a letter written by their son": a passive participle, not a cue
	if i+1 < last && x.lower[i+1] == "by" && !strings.HasSuffix(lw, "ing") {
		return cue{}, false
	}
	// ("the report finds that …": a document's findings are its claims)
	// ("It finds that …" after "An elaborate new paper …": the same)
	finds := lw == "finds" && i > 0 && (docNouns[x.lower[i-1]] || x.lower[i-1] == "it")
	// ("accuses", "blames": a charge in the present tense too; "are
	// demanding that": a demand, but not the noun "U.S. demands that")
	if !lex.IsSpeechVerb(lemma) && !strings.HasSuffix(lw, "ed") && lw != "found" && lw != "thought" && lw != "believes" && lw != "thinks" &&
		!finds && !phrasalDemand(lemma, x.lower, i, last) && lemma != "accuse" && lemma != "blame" && !(demands[lemma] && strings.HasSuffix(lw, "ing") && i+1 < last && x.lower[i+1] == "that") {
		return cue{}, false
	}
	// "if Trump thinks …", "asked whether he believed …": a belief put as
	// a condition or a question is nobody's claim
	if beliefVerbs[lemma] && x.conditional(i) {
		return cue{}, false
	}
	c := cue{c0: i, c1: i + 1, lemma: lemma, text: w}
	// phrasal: "summed up", "pointed out", "called for", "called on",
	// "pressed for"; past an adverb: "called not only for", "called again
	// for"
	if p := particleAt(x.lower, i, last); p > i {
		nx := x.lower[p]
		if (lemma == "sum" || lemma == "point") && (nx == "up" || nx == "out") ||
			lemma == "call" && (nx == "for" || nx == "on") || lemma == "press" && nx == "for" {
			c.c1, c.text = p+1, x.res.Span(i, p+1)
			c.lemma = lemma + " " + nx
		}
	}
	if (lemma == "sum" || lemma == "point") && c.c1 == i+1 {
		return cue{}, false
	}
	// the passive: "is expected to", "was asked" (not "was quoted as saying")
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		lw := x.lower[k]
		if lw == "is" || lw == "are" || lw == "was" || lw == "were" || lw == "be" || lw == "been" || lw == "being" {
			if !strings.HasSuffix(x.lower[i], "ing") {
				return cue{}, false
			}
			break
		}
		if !isAdverbOrAux(lw) || lw == "has" || lw == "have" || lw == "had" {
			break
		}
	}
	// auxiliaries before: "has said", "had told"
	if i > 0 {
		switch x.lower[i-1] {
		case "has", "have", "had":
			c.text = x.res.Span(i-1, c.c1)
		}
	}
	return c, true
}

// readers are the writings whose words "read": "the statement read", "the
// letter reads".
var readers = map[string]bool{
	"statement": true, "letter": true, "memo": true, "message": true, "post": true, "tweet": true,
	"email": true, "e-mail": true, "release": true, "note": true, "report": true, "document": true,
}

// backRetorts say "retorted" with "back": "shot back", "fired back",
// "snapped back", "hit back".
var backRetorts = map[string]bool{
	"shot": true, "shoots": true, "fired": true, "fires": true, "snapped": true, "snaps": true, "hit": true, "hits": true,
}

// stateNoun reports whether "state" or "states" at i is the noun ("EU
// member states", "Republican state Sen.", "states such as Georgia"), not
// the verb of "the report states that", "Comey states:", "…,” states
// Erica Grieder".
func (x *extractor) stateNoun(i, last int) bool {
	if i == 0 {
		return true
	}
	prevPunct := x.t.Tokens[i-1].Kind == segment.Punct || x.t.Tokens[i-1].Kind == segment.Quote
	if i+1 < last {
		nx := x.t.Tokens[i+1]
		switch lnx := x.lower[i+1]; {
		case lnx == "that" || lnx == ":" || lnx == "," || lnx == "." || lnx == ";" || nx.Kind == segment.Quote:
		case nx.Upper && prevPunct && x.personStartsAt(i+1):
			// "…,” states Erica Grieder" (not "…,” state Sen. Marlon Kimpson")
		case strings.HasSuffix(lnx, "ly") && len(lnx) > 4: // "states openly"
		default:
			return true
		}
	}
	if prevPunct {
		return false
	}
	switch pw := x.lower[i-1]; {
	case pw == "member":
		return true // "EU member states"
	case docNouns[pw], roleNoun(pw):
		return false
	case pw == "he" || pw == "she" || pw == "it" || pw == "they" || pw == "also" || pw == "clearly" ||
		pw == "explicitly" || pw == "to" || pw == "will" || pw == "would" || pw == "must":
		return false
	case i >= 2 && !x.t.Tokens[i-1].Upper && len(pw) > 3 && !quantifiers[pw] && (isDet(x.toks[i-2]) || possessiveS(x.toks[i-2])) &&
		(i+1 >= last || x.lower[i+1] == "that" || x.lower[i+1] == ":" || x.lower[i+1] == "." || x.t.Tokens[i+1].Kind == segment.Quote):
		return false // "the guide states:", "the ad’s narrator states that"
	}
	mi := x.res.MentionAt(i-1, graph.LabelPerson, graph.LabelOrganization, graph.LabelOutlet, graph.LabelCountry)
	if mi < 0 || x.res.Mentions[mi].T1 != i {
		return true
	}
	m := x.res.Mentions[mi]
	if m.Form == ner.FormDemonym || m.Form == ner.FormMember || m.T0 > 0 && x.toks[m.T0-1] == "-" ||
		m.Label == graph.LabelPerson && m.T0 > 0 && isDet(x.toks[m.T0-1]) {
		return true // "Arab states", "a Trump state"
	}
	// "U.S. states, as well as": a country's states unless it states that
	return m.Label == graph.LabelCountry && i+1 < last && x.lower[i+1] == ","
}

// nearQuote reports whether a quotation mark comes right after the verb at
// i ("He continued: “…") or shortly before it in its clause ("…,” he
// continued."): "continue" reports only there, not in "will continue a WTO
// case" or "continued trying to unmask".
func (x *extractor) nearQuote(i, last int) bool {
	for k := i + 1; k < last && k <= i+2; k++ {
		if x.t.Tokens[k].Kind == segment.Quote {
			return true
		}
		if w := x.toks[k]; w != "," && w != ":" {
			break
		}
	}
	first := x.t.Sentences[x.t.SentenceOf(x.t.Tokens[i].Start)].First
	for k := i - 1; k >= first && k >= i-6; k-- {
		if x.t.Tokens[k].Kind == segment.Quote {
			return true
		}
		if w := x.toks[k]; w == "." || w == ";" {
			break
		}
	}
	return false
}

// callParticles make "call" another verb: "called off a planned airstrike",
// "called up reserves" (but "“…,” a man called out" reports).
var callParticles = map[string]bool{"off": true, "up": true, "in": true, "out": true, "back": true, "into": true}

// inverted reports whether the verb at i attributes what comes before it:
// "… in the first days after being released, an ICE official testified to
// Congress last year."
func (x *extractor) inverted(i int) bool {
	first := x.t.Sentences[x.t.SentenceOf(x.t.Tokens[i].Start)].First
	for k := i - 1; k > first && k >= i-6; k-- {
		if x.toks[k] == "," || x.t.Tokens[k].Kind == segment.Quote {
			return x.words(first, k) >= 5
		}
	}
	return false
}

// testifyAdjuncts after "testify" tell where or how someone testified, not
// what: "will testify before the Armed Services Committee", "testified
// behind closed doors" (but "testified to the Senate that …" reports).
var testifyAdjuncts = map[string]bool{
	"before": true, "behind": true, "in": true, "at": true, "on": true, "to": true, "under": true,
	"falsely": true, "publicly": true, "privately": true, "for": true, "against": true,
}

// declaredAct reports whether "declare" at i puts an act, not a claim:
// "declared a state of emergency", "is declaring a national emergency",
// "declared war on".
func (x *extractor) declaredAct(i, last int) bool {
	for k := i + 1; k < last && k <= i+4; k++ {
		switch x.lower[k] {
		case "emergency", "war", "bankruptcy", "independence", "ceasefire", "cease-fire", "truce", "moratorium",
			"candidacy", "holiday", "disaster", "lockdown":
			return true
		case "that", ",", ":":
			return false
		}
	}
	return false
}

// toSay reports whether "to" and a reporting or belief verb follow the
// verb at i: "continues to deny that", "continue to believe that".
func (x *extractor) toSay(i, last int) bool {
	if i+2 >= last || x.lower[i+1] != "to" {
		return false
	}
	l := x.lemmas[i+2]
	return l != "" && (lex.IsSpeechVerb(l) || beliefVerbs[l])
}

// pluralNoun reports whether the word at i is the plural of a noun that
// is also a reporting verb: "rebutted claims that", "unconfirmed reports",
// "the Afghanistan remarks were", "NRA posts —"; and "claims
// responsibility" is no claim.
func (x *extractor) pluralNoun(i, last int) bool {
	lw := x.lower[i]
	if !strings.HasSuffix(lw, "s") || !nounVerbs[strings.TrimSuffix(lw, "s")] {
		return false
	}
	if i > 0 && !x.t.Tokens[i-1].Upper {
		if pw := x.lower[i-1]; len(pw) > 4 && strings.HasSuffix(pw, "ed") {
			return true // "rebutted claims", "unconfirmed reports"
		}
	}
	var nx string
	if i+1 < last {
		nx = x.lower[i+1]
	}
	switch lw {
	case "remarks", "comments", "tweets", "posts":
		// the verb says what follows: "Trump tweets: …", "he remarks that"
		if nx == "." && i > 0 && (x.t.Tokens[i-1].Upper || x.lower[i-1] == "he" || x.lower[i-1] == "she") {
			return false // "…,” he remarks."
		}
		return !(nx == "that" || nx == ":" || nx == "," || i+1 < last && x.t.Tokens[i+1].Kind == segment.Quote)
	case "claims":
		switch nx {
		case "responsibility", "credit", "victory", "ownership", "title":
			return true
		}
	}
	return false
}

// personStartsAt reports whether a person's mention begins at token i.
func (x *extractor) personStartsAt(i int) bool {
	pm := x.res.MentionAt(i, graph.LabelPerson)
	return pm >= 0 && x.res.Mentions[pm].T0 == i
}

// quantifiers and place words qualify "states" as a noun: "the other
// states", "the southern states".
var quantifiers = map[string]bool{
	"some": true, "many": true, "other": true, "several": true, "both": true, "most": true, "those": true,
	"these": true, "neighboring": true, "neighbouring": true, "southern": true, "northern": true, "eastern": true,
	"western": true, "battleground": true, "swing": true, "early": true, "remaining": true, "individual": true,
	"federal": true, "sovereign": true, "nation": true, "island": true, "police": true, "islamic": true,
}

// conditional reports whether the verb at i stands in a condition or an
// indirect question: "if he believes", "whether Trump thinks".
func (x *extractor) conditional(i int) bool {
	first := x.t.Sentences[x.t.SentenceOf(x.t.Tokens[i].Start)].First
	for k := i - 1; k >= first && k >= i-5; k-- {
		switch x.lower[k] {
		case "if", "whether", "unless", "asked", "asking", "question", "wonder", "wondered":
			return true
		case ",", ";", "that":
			return false
		}
	}
	return false
}

// phrasalDemand reports whether the verb at i with base form lemma makes a
// demand with the word after it: "calls for", "calling on", "presses for".
func phrasalDemand(lemma string, lower []string, i, last int) bool {
	if i+1 >= last {
		return false
	}
	p := particleAt(lower, i, last)
	if p <= i {
		return false
	}
	nx := lower[p]
	return lemma == "call" && (nx == "for" || nx == "on") || lemma == "press" && nx == "for"
}

// particleAt returns the token after the verb at i that may be its
// particle, past "not only", "again", "also" and the like, or i.
func particleAt(lower []string, i, last int) int {
	p := i + 1
	for p < last && p <= i+2 && particleAdverbs[lower[p]] {
		p++
	}
	if p >= last {
		return i
	}
	return p
}

// particleAdverbs, and days, may stand between a verb and its particle.
var particleAdverbs = map[string]bool{
	"not": true, "only": true, "again": true, "also": true, "repeatedly": true, "publicly": true, "openly": true,
	"once": true, "even": true, "instead": true, "now": true,
	// a day: "Hagel called Monday for shrinking the Army"
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "today": true, "yesterday": true,
}

// nounVerbs are base forms of reporting verbs that are also nouns.
var nounVerbs = map[string]bool{
	"post": true, "tweet": true, "report": true, "comment": true, "claim": true, "warning": true, "remark": true,
	"note": true, "statement": true, "blog": true, "message": true, "announcement": true,
}

// demands are cues whose content is what the speaker wants done, an
// infinitive or a noun phrase: "urged the world to seek peace", "called
// for a future without nuclear weapons", "called on the president to
// delay his address".
var demands = map[string]bool{
	"urge": true, "call for": true, "call on": true, "press for": true, "demand": true, "advocate": true,
}

// charges are cues that accuse or blame someone of or for something:
// "accuse X of killing civilians", "blamed religious zeal for inspiring
// war". Their content is the object and its of/for phrase.
var charges = map[string]string{"accuse": "of", "blame": "for", "charge": "with"}

// speakerLeft finds the speaker written before token c (the cue), skipping
// auxiliaries and adverbs and an appositive set off by commas. It returns
// the speaker's entity index and the first token of its phrase.
func (x *extractor) speakerLeft(c, first int) (ent, start int) {
	j := c - 1
	progressive := strings.HasSuffix(x.lower[c], "ing") // "are calling for", "keeps saying"
	// ("Ghani and Abdullah both said": a floating quantifier too, not the
	// "all" of "It all adds up")
	for j >= first && (isAdverbOrAux(x.lower[j]) || progressive && progressiveAux[x.lower[j]] || floatingQuantifier(x.lower[j]) && j > first && x.lower[j-1] != "it") && !x.namePart(j) {
		j--
	}
	// a time between the speaker and the verb: "Putin on Thursday said",
	// "Obama Friday told"
	if j > first && (lex.IsWeekday(x.toks[j]) || x.lower[j] == "yesterday" || x.lower[j] == "today") {
		j--
		if j > first && x.lower[j] == "on" {
			j--
		}
		for j >= first && isAdverbOrAux(x.lower[j]) && !x.namePart(j) {
			j--
		}
	} else if j > first+1 && timeNouns[strings.TrimSuffix(x.lower[j], "s")] {
		// "Commerce Secretary Wilbur Ross this week said", "Lawmakers in
		// recent weeks have warned", "officials over the weekend said"
		for k := j - 1; k > first && j-k <= 3; k-- {
			if lw := x.lower[k]; lw == "this" || lw == "last" || lw == "in" || lw == "over" || lw == "earlier" {
				j = k - 1
				if lw == "this" && j > first && x.lower[j] == "earlier" {
					j--
				}
				break
			}
		}
		for j >= first && isAdverbOrAux(x.lower[j]) && !x.namePart(j) {
			j--
		}
	}
	// an adverb set off by commas: "Trump, meanwhile, said": the word
	// before it, or the comma that closes an apposition ("Chuck Hagel,
	// speaking in Georgia …, however, rejected")
	if j-2 > first && x.toks[j] == "," && asideAdverbs[x.lower[j-1]] && x.toks[j-2] == "," {
		j -= 2
		if !x.appositionCloses(j, first) {
			j--
		}
	}
	// "members of Congress and others accuse": the group named first
	if j-2 >= first && x.lower[j] == "others" && x.lower[j-1] == "and" {
		j -= 2
	}
	if j < first {
		return -1, -1
	}
	// "A National Audit Office report on the 20 biggest projects says",
	// "An annual report to Congress on China’s evolving military
	// capability concluded": a document and what it is about
	if !strings.HasSuffix(x.lower[c], "ing") { // (not "wrote a letter to Barr saying": the writer)
		if e, s := x.documentAbout(j, first); e >= 0 {
			return e, s
		}
	}
	// appositive: "Myron Ebell, an adviser on climate change to President Bush, has said"
	// (or set off by dashes: "John McCain — who flew in from Arizona — told")
	if x.toks[j] == "," || x.toks[j] == ")" || x.dashAt(j) {
		open := "("
		if x.toks[j] == "," || x.dashAt(j) {
			open = x.toks[j]
		}
		for k := j - 1; k >= first && j-k < 40; k-- {
			if j-k >= 20 && (x.toks[k] != "," || k+1 >= j || !x.whoSoon(k+1, j) || !x.personEndsAt(k)) {
				continue // only a relative clause after a name runs this long: "Gerrard, who fired Liverpool into …, insisted"
			}
			if x.toks[k] == open {
				// "Jane Doe, 45, a teacher from Ohio, said": past the age
				if open == "," && k-2 > first && x.t.Tokens[k-1].Kind == segment.Number && x.toks[k-2] == "," {
					k -= 2
				}
				// "Her spokesman, Andrew Wilder, suggested": the name;
				// "Johnson’s running mate, former Massachusetts governor
				// William Weld, said": the name after its role
				if mi := x.res.MentionAt(j-1, graph.LabelPerson); mi >= 0 {
					if m := x.res.Mentions[mi]; m.T0 > k && m.T1 == j && m.Entity >= 0 && (m.T0 == k+1 || m.T1-m.T0 >= 2 && x.roleRun(k+1, m.T0)) {
						return m.Entity, m.T0
					}
				}
				// "Another moderate Democrat, Senator Bob Casey of
				// Pennsylvania, also said": the name in apposition to a
				// member noun
				if mm := x.res.MentionAt(k - 1); mm >= 0 && x.res.Mentions[mm].Form == ner.FormMember && !strings.HasSuffix(x.lower[k-1], "s") {
					for p := k + 1; p <= k+3 && p < j; p++ {
						if pm := x.res.MentionAt(p, graph.LabelPerson); pm >= 0 && x.res.Mentions[pm].T0 == p && x.res.Mentions[pm].Entity >= 0 {
							return x.res.Mentions[pm].Entity, p
						}
					}
				}
				// "Sen. Charles E. Grassley, the Iowa Republican who will
				// take charge of the Senate Finance Committee, which oversees
				// trade agreements, said": a name inside an earlier relative
				// clause is not the one this apposition describes
				if open == "," && x.lower[k+1] == "which" && x.relativeBefore(k, first) {
					continue
				}
				// "Logan Churchwell, spokesman for the Public Interest Legal
				// Foundation, which advocated for …, said": a relative
				// clause of the body in a person's apposition; the person
				if open == "," && (x.lower[k+1] == "which" || x.lower[k+1] == "who") {
					if e, s := x.personBeforeRole(k, first); e >= 0 {
						return e, s
					}
				}
				if e, s := x.speakerEndingAt(k-1, first); e >= 0 {
					e, s = x.personOfBody(e, s, first)
					return x.firstConjunct(e, s, first)
				}
				// "Rep. Bill Pascrell Jr. of New Jersey, the top Democrat …,
				// said": the person before a place that is no entity
				if e, s := x.personOfPlace(k-1, first); e >= 0 {
					return e, s
				}
				break
			}
		}
		return -1, -1
	}
	// "the conservative senator vying for the GOP presidential nomination
	// said": a role noun with a post-modifier refers back to a person
	for k := j; k > first && j-k < 12; k-- {
		if x.t.Tokens[k].Kind == segment.Punct || x.t.Tokens[k].Kind == segment.Quote {
			break
		}
		if !anaphorRoles[x.lower[k]] || k == j {
			continue
		}
		for d := k - 1; d >= first && k-d <= 3; d-- {
			if x.lower[d] == "the" {
				if e := x.roleAnaphor(d, j); e >= 0 {
					return e, d
				}
				break
			}
			if x.t.Tokens[d].Upper || x.t.Tokens[d].Kind != segment.Word {
				break
			}
		}
		break
	}
	// "Rep. Luis Gutierrez of Illinois said": a person of a place that is
	// not an entity
	if pe, ps := x.personOfPlace(j, first); pe >= 0 {
		return x.firstConjunct(pe, ps, first)
	}
	// "The Russian embassy in London tweeted": a body in a place
	if k := x.placeRunStart(j, first); k > first+1 && x.lower[k] == "in" && orgNoun(x.lower[k-1]) {
		if e, s := x.speakerEndingAt(k-1, first); e >= 0 {
			return x.firstConjunct(e, s, first)
		}
	}
	// "Some Republican senators who pushed the bill through the Legislature
	// are calling for": the head of the relative clause, not its object
	for k := j - 1; k > first && j-k < 12; k-- {
		if x.t.Tokens[k].Kind == segment.Punct || x.t.Tokens[k].Kind == segment.Quote {
			break
		}
		if x.lower[k] == "who" {
			if e, s := x.speakerEndingAt(k-1, first); e >= 0 {
				return x.firstConjunct(e, s, first)
			}
			break
		}
	}
	if e, s := x.speakerEndingAt(j, first); e >= 0 {
		e, s = x.personOfBody(e, s, first)
		return x.firstConjunct(e, s, first)
	}
	// a relative clause: "A senior regional official who spoke to Meduza on
	// condition of anonymity said"
	for k := j; k > first && j-k < 14; k-- {
		w := x.lower[k]
		if w == "who" || w == "which" {
			p := k - 1
			if x.toks[p] == "," && p > first {
				p--
			}
			// "the Log Cabin Republicans, a gay and lesbian group, which
			// said": the name before the apposition
			if a := x.appositionStart(p, first); a > first+1 && x.toks[a-1] == "," {
				b := a - 2
				// "Vasyl Oleksenko, 57, a retired geologist from central
				// Ukraine, who said": past the age
				if b-1 > first && x.t.Tokens[b].Kind == segment.Number && x.toks[b-1] == "," {
					b -= 2
				}
				if e, s := x.speakerEndingAt(b, first); e >= 0 && x.res.Entities[e].Label != graph.LabelSource {
					return x.firstConjunct(e, s, first)
				}
			}
			if e, s := x.speakerEndingAt(p, first); e >= 0 {
				// "who" is a person, not the place at the end of the
				// apposition before it ("a geologist from central Ukraine")
				if w == "who" && x.res.Entities[e].Label == graph.LabelCountry && s > first && prepositions[x.lower[s-1]] {
					break
				}
				return x.firstConjunct(e, s, first)
			}
			break
		}
		if x.t.Tokens[k].Kind == segment.Quote {
			break
		}
	}
	// "analysts and a British publication say": the first of two
	// speakers, when the second is no entity and the two open the clause
	// (not the last of a list: "The United States, China and other
	// regional powers had feared")
	for k := j; k > first+1 && j-k <= 4; k-- {
		if x.t.Tokens[k].Kind != segment.Word {
			break
		}
		if mi := x.res.MentionAt(k); mi >= 0 && x.res.Mentions[mi].Form != ner.FormDemonym {
			break
		}
		if x.lower[k] == "and" {
			if e, s := x.speakerEndingAt(k-1, first); e >= 0 &&
				(s == first || isConj(x.lower[s-1]) || x.toks[s-1] == "," && x.res.MentionAt(s-2) < 0) {
				return e, s
			}
			break
		}
	}
	return -1, -1
}

// personOfBody returns the person before "of", "at" or "from" when the
// speaker phrase e starting at token s is the body after it ("David
// Bernstein of George Mason University wrote", "Ms. Goitein of the Brennan
// Center says", "David Noone from Intervoice said"; after "from" even when
// the body was taken for a person's name), or before a comma and the role
// that leads to it; else e and s.
func (x *extractor) personOfBody(e, s, first int) (int, int) {
	p := s - 1
	if p > first && x.lower[p] == "the" {
		p--
	}
	if p-1 < first || (x.lower[p] != "of" && x.lower[p] != "at" && x.lower[p] != "from") ||
		x.res.Entities[e].Label == graph.LabelPerson && x.lower[p] != "from" {
		return e, s
	}
	// a name, not a role that only points back ("the chairman of the
	// House Armed Services Committee said" is no earlier person's)
	if pm := x.res.MentionAt(p-1, graph.LabelPerson); pm >= 0 && x.res.Mentions[pm].T1 == p && x.res.Mentions[pm].Entity >= 0 {
		if pe, ps := x.speakerEndingAt(p-1, first); pe >= 0 && x.res.Entities[pe].Label == graph.LabelPerson {
			return pe, ps
		}
	}
	// "John Houlihan, editor of Computerandvideogames.com told BBC News":
	// a name, a comma and the role, its closing comma left out
	k := p - 1
	for k > first && p-k <= 3 && x.t.Tokens[k].Kind == segment.Word && !x.t.Tokens[k].Upper && (roleWord(x.lower[k]) || agentNoun(x.lower[k])) {
		k--
	}
	if k < p-1 && k > first && x.toks[k] == "," {
		if pm := x.res.MentionAt(k-1, graph.LabelPerson); pm >= 0 && x.res.Mentions[pm].T1 == k && x.res.Mentions[pm].Entity >= 0 {
			return x.res.Mentions[pm].Entity, x.res.Mentions[pm].T0
		}
	}
	return e, s
}

// statementAuthor returns the speaker of the latest claim attributed to a
// statement ("said in a statement", "issued a statement saying"), or -1.
func (x *extractor) statementAuthor() int {
	for i := len(x.claims) - 1; i >= 0 && i >= len(x.claims)-6; i-- {
		c := x.claims[i]
		s := x.t.Sentences[c.Sent]
		for k := s.First; k < s.Last; k++ {
			if off := x.t.Tokens[k].Start; x.lower[k] == "statement" && (off < c.Start || off >= c.End) {
				return c.Speaker
			}
		}
	}
	return -1
}

// whoSoon reports whether "who" or "whose" is the word at a, or ends a
// short apposition from a ("the Iowa Republican who …").
func (x *extractor) whoSoon(a, j int) bool {
	for p := a; p < j && p < a+6; p++ {
		switch x.lower[p] {
		case "who", "whose":
			return true
		case ",":
			return false
		}
		if p == a && !isDet(x.lower[p]) {
			return false
		}
	}
	return false
}

// personBeforeRole returns the person named before an apposition that
// ends at the comma at token k ("Logan Churchwell, spokesman for the
// Public Interest Legal Foundation" before ", which …"): the apposition
// opens after a comma with a determiner or a lower-case word, and a person
// ends right before that comma. It returns -1 otherwise.
func (x *extractor) personBeforeRole(k, first int) (ent, start int) {
	for p := k - 1; p > first && k-p < 15; p-- {
		if x.t.Tokens[p].Kind == segment.Quote || x.lower[p] == "who" || x.lower[p] == "which" {
			return -1, -1
		}
		if x.toks[p] != "," {
			continue
		}
		if nx := x.t.Tokens[p+1]; nx.Upper && !isDet(x.toks[p+1]) {
			return -1, -1
		}
		if mi := x.res.MentionAt(p-1, graph.LabelPerson); mi >= 0 {
			if m := x.res.Mentions[mi]; m.T1 == p && m.Entity >= 0 {
				return m.Entity, m.T0
			}
		}
		return -1, -1
	}
	return -1, -1
}

// relativeBefore reports whether a "who" or "which" stands between token k
// and the comma before it: the words before k end a relative clause.
func (x *extractor) relativeBefore(k, first int) bool {
	for p := k - 1; p >= first && k-p < 20; p-- {
		switch x.lower[p] {
		case ",":
			return false
		case "who", "which":
			return true
		}
	}
	return false
}

// placeRunStart returns the token before the run of up to three
// capitalised words that no entity claims ending at token j (a place the
// recogniser left alone: "of New Jersey", "in London"), or -1.
func (x *extractor) placeRunStart(j, first int) int {
	k := j
	for k > first && j-k < 4 && x.t.Tokens[k].Upper && x.res.MentionAt(k) < 0 {
		k--
	}
	if k == j {
		return -1
	}
	return k
}

// personOfPlace returns the person named before "of" or "from" and the
// capitalised words of a place that is no entity, ending at token j
// ("Rep. Bill Pascrell Jr. of New Jersey"), or -1.
func (x *extractor) personOfPlace(j, first int) (int, int) {
	k := x.placeRunStart(j, first)
	if k-1 < first || x.lower[k] != "of" && x.lower[k] != "from" {
		return -1, -1
	}
	if pe, ps := x.speakerEndingAt(k-1, first); pe >= 0 && x.res.Entities[pe].Label == graph.LabelPerson {
		return pe, ps
	}
	return -1, -1
}

// floatingQuantifier reports whether w may stand between a subject and its
// verb: "Rubio and Cruz both said", "the officials all said".
func floatingQuantifier(w string) bool { return w == "both" || w == "all" || w == "each" }

// roleRun reports whether tokens [a, b) are a role before a name:
// "former Massachusetts governor", "Senate Majority Whip".
func (x *extractor) roleRun(a, b int) bool {
	if b-a > 6 || !x.isTitle(b-1) && !roleWord(x.lower[b-1]) && !agentNoun(x.lower[b-1]) {
		return false
	}
	for k := a; k < b; k++ {
		tk := x.t.Tokens[k]
		if x.toks[k] == "-" || x.toks[k] == "." {
			continue
		}
		// capitalised words and role words only: not "executive director
		// of the Police Executive Research Forum"
		if tk.Kind != segment.Word || !tk.Upper && !roleWord(x.lower[k]) && !agentNoun(x.lower[k]) {
			return false
		}
	}
	return true
}

// namePart reports whether token j, a word that may be an auxiliary, is
// part of a name: "Theresa May said", "Will Smith said".
func (x *extractor) namePart(j int) bool {
	return x.t.Tokens[j].Upper && x.res.MentionAt(j) >= 0
}

// appositionStart returns the first token of an indefinite noun phrase
// ("a gay men and lesbian group") ending at token p, or -1.
func (x *extractor) appositionStart(p, first int) int {
	for k := p; k >= first && p-k < 10; k-- {
		if x.lower[k] == "a" || x.lower[k] == "an" {
			return k
		}
		if x.t.Tokens[k].Kind != segment.Word {
			return -1
		}
	}
	return -1
}

// firstConjunct returns the first of coordinated speakers: "Kosachev and
// other senior officials said" is Kosachev's claim.
func (x *extractor) firstConjunct(ent, start, first int) (int, int) {
	if start-1 <= first || x.lower[start-1] != "and" {
		return ent, start
	}
	if e, s := x.speakerEndingAt(start-2, first); e >= 0 && e != ent {
		return e, s
	}
	return ent, start
}

// speakerEndingAt resolves the noun phrase that ends at token j.
func (x *extractor) speakerEndingAt(j, first int) (ent, start int) {
	if j < first {
		return -1, -1
	}
	w := x.toks[j]
	// "Trump himself said": the name before the reflexive
	if reflexives[x.lower[j]] && j > first {
		if e, s := x.speakerEndingAt(j-1, first); e >= 0 {
			return e, s
		}
	}
	if k, ok := lex.Pronoun(w); ok {
		return x.pronoun(k, x.t.Tokens[j].Start), j
	}
	// a mention ending here (the longest one)
	best := -1
	for mi := range x.res.Mentions {
		m := &x.res.Mentions[mi]
		if m.T1 != j+1 || m.Entity < 0 || !speakerLabel(m.Label) {
			continue
		}
		if best < 0 || m.T0 < x.res.Mentions[best].T0 {
			best = mi
		}
	}
	if best >= 0 {
		m := x.res.Mentions[best]
		// "A US official familiar with the situation in Syria tells": the
		// source whose phrase the place ends, not the place
		if m.Label == graph.LabelCountry && m.T0-1 > first && prepositions[x.lower[m.T0-1]] {
			if si := x.res.MentionAt(m.T0-2, graph.LabelSource); si >= 0 && x.res.Mentions[si].T1 == m.T0-1 && x.res.Mentions[si].Entity >= 0 {
				return x.res.Mentions[si].Entity, x.res.Mentions[si].T0
			}
		}
		// "Ted Cruz, R-Texas, … said", "the Ohio Republican said": a person
		if e, s, ok := x.partySpeaker(best, first, j+1); ok {
			return e, s
		}
		// "the former CIA director says" after "Former CIA Director John
		// Brennan": the person, not a source
		if m.Label == graph.LabelSource {
			t0 := m.T0
			if t0 > first && x.lower[t0-1] == "the" {
				t0--
			}
			if e := x.definiteRoleHolder(t0, j); e >= 0 {
				return e, t0
			}
		}
		// "a spokesman for Adam Schiff said": the unnamed spokesman
		if e, s := x.agentOf(m.T0, m.T1, first); e >= 0 {
			return e, s
		}
		// "A report to Congress concluded": the document, not whom it
		// went to or what it is about
		if e, s := x.documentTo(m.T0, j, first); e >= 0 && x.toks[m.T1] != "," {
			return e, s
		}
		// "two Democrats in the Senate said", "Republicans in Congress
		// said": the party's members there, not the chamber
		if e, s := x.membersIn(&m, first); e >= 0 {
			return e, s
		}
		// "Russian President Vladimir Putin": the person, not the country
		if m.Form == ner.FormDemonym && m.Label == graph.LabelCountry {
			return -1, -1
		}
		if e, s := x.memberGroup(&m, first); e >= 0 {
			return e, s
		}
		return m.Entity, m.T0
	}
	// "the Mueller report, which found": the person inside the phrase
	for mi := range x.res.Mentions {
		m := &x.res.Mentions[mi]
		if m.T1 == j+1 && m.Label == graph.LabelEvent {
			for _, k := range x.res.MentionsIn(m.T0, m.T1) {
				if n := x.res.Mentions[k]; n.Label == graph.LabelPerson && n.Entity >= 0 {
					return n.Entity, m.T0
				}
			}
			// "the Mueller report" after "Robert Mueller": the person
			// whose surname names the document
			if docNouns[x.lower[j]] {
				if e := x.surnameOf(m.T0, j, m.Start); e >= 0 {
					return e, m.T0
				}
			}
		}
	}
	// a weak source phrase that now speaks: "Russian officials say"
	for ci := range x.res.Candidates {
		c := x.res.Candidates[ci]
		if c.T1 == j+1 && c.T0 >= first {
			// "the former CIA director says" after "Former CIA Director
			// John Brennan": the person who holds that role
			if e := x.definiteRoleHolder(c.T0, j); e >= 0 {
				return e, c.T0
			}
			mi := x.res.PromoteSource(ci)
			x.res.Candidates[ci].T1 = -1 // used
			return x.res.Mentions[mi].Entity, x.res.Mentions[mi].T0
		}
	}
	// "his lawyer said", "Trump’s spokeswoman said": an unnamed agent of
	// someone named
	if e, s := x.possessedAgent(j, first); e >= 0 {
		return e, s
	}
	// "…, police said", "state prosecutors said": a group with no article
	if e, s := x.bareGroup(j, first); e >= 0 {
		return e, s
	}
	// "Police in southeastern England said", "officials at the scene said":
	// the group before a place, named with it when it is a name
	if e, s := x.groupInPlace(j, first); e >= 0 {
		return e, s
	}
	// a definite description: "the source", "the prime minister", "the group"
	return x.description(j, first)
}

// agentNouns name a person who speaks for someone else: "a spokesman for
// X", "his lawyer", "Trump’s attorney".
var agentNouns = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "lawyer": true, "lawyers": true,
	"attorney": true, "attorneys": true, "aide": true, "aides": true, "adviser": true, "advisers": true,
	"advisor": true, "advisors": true, "representative": true, "representatives": true, "publicist": true,
	"staff": true, "staffers": true, "allies": true, "supporters": true, "campaign": true, "office": true,
	"spokespeople": true, "spokesmen": true, "family": true,
}

// agentOf resolves "a spokesman for X" / "an aide to X" / "a teacher at X"
// whose X is the mention starting at token t0: a Source described by the
// whole phrase, or -1.
func (x *extractor) agentOf(t0, end, first int) (ent, start int) {
	p := t0 - 1
	if p > first && honorifics[x.lower[p]] {
		p-- // "lawyers for Mr. Trump"
	}
	// "a spokesman for Russian President Vladimir Putin": a title and its
	// country before the name
	name := t0
	for p > first && t0-p <= 4 && x.t.Tokens[p].Upper && x.titleWord(p) {
		p--
		name = p + 1
	}
	// "A spokesman for top Democrat on the House Intelligence Committee,
	// Adam Schiff said": the agent phrase before a role and a comma
	if p > first && x.toks[p] == "," {
		for k := p - 1; k > first && p-k <= 10; k-- {
			if x.t.Tokens[k].Kind != segment.Word {
				break
			}
			if (x.lower[k] == "for" || x.lower[k] == "to") && agentNouns[x.lower[k-1]] {
				p = k
				break
			}
		}
	}
	if p-1 < first || (x.lower[p] != "for" && x.lower[p] != "to" && x.lower[p] != "of" && x.lower[p] != "at") {
		return -1, -1
	}
	n := p - 1
	if x.lower[p] == "at" {
		// "a sixth-grade teacher at Sidwell Friends said": someone who works there
		if !lex.IsOccupation(x.lower[n]) || x.t.Tokens[n].Upper {
			return -1, -1
		}
	} else if !agentNouns[x.lower[n]] || x.lower[n] == "campaign" || x.lower[n] == "office" || x.lower[n] == "family" {
		return -1, -1
	}
	d := n - 1
	for d >= first && n-d <= 4 && (x.t.Tokens[d].Kind == segment.Word || x.toks[d] == "-") && !x.t.Tokens[d].Upper && !isDet(x.lower[d]) && !isConj(x.lower[d]) {
		d-- // "a senior aide to", "a longtime spokesman for", "a sixth-grade teacher at"
	}
	if d < first || !(x.lower[d] == "a" || x.lower[d] == "an" || x.lower[d] == "one") {
		// "lawyers for Mr. Trump": a plural with no determiner
		if !strings.HasSuffix(x.lower[n], "s") || d >= first && (x.t.Tokens[d].Kind == segment.Word && !isConj(x.lower[d]) && !isAdverbOrAux(x.lower[d])) {
			return -1, -1
		}
		d = n
	}
	// the mention is the agent ("A spokesman"), so that the name after
	// "for" stays a mention of its own; the description names both
	// ("spokesman for Adam Schiff")
	a0 := d
	if d < n {
		a0 = d + 1
	}
	desc := x.res.Span(a0, p+1) + " " + x.res.Span(name, end)
	mi := x.res.NewSource(d, p, x.t.SentenceOf(x.t.Tokens[d].Start), desc)
	return x.res.Mentions[mi].Entity, d
}

// titleWord reports whether token k is a title or a country's adjective
// before a name: "Russian President", "Senate Majority Leader".
func (x *extractor) titleWord(k int) bool {
	if _, ok := x.res.Title(x.toks[k]); ok {
		return true
	}
	if k+2 < len(x.toks) {
		if _, ok := x.res.TitleOf(k, k+2); ok {
			return true // "Prime" of "Prime Minister"
		}
	}
	mi := x.res.MentionAt(k)
	return mi >= 0 && (x.res.Mentions[mi].Form == ner.FormDemonym || x.res.Mentions[mi].Label == graph.LabelCountry)
}

// openingDocument returns the speaker of the document that opens sentence
// si as its subject ("An elaborate new paper from two Federal Reserve
// economists tallies …", "But the May 25 IG report clearly stated …"):
// its author when the story names one, else the document; or -1.
func (x *extractor) openingDocument(si int) int {
	s := x.t.Sentences[si]
	k := s.First
	for k < s.Last && sentenceOpeners[x.lower[k]] {
		k++
	}
	if k >= s.Last || !isDet(x.lower[k]) {
		return -1
	}
	for j := k + 1; j < s.Last && j <= k+5; j++ {
		if docNouns[x.lower[j]] {
			if e, _ := x.documentSpeaker(k, j); e >= 0 {
				return e
			}
			return -1
		}
		if x.t.Tokens[j].Kind != segment.Word && x.toks[j] != "-" {
			return -1
		}
	}
	return -1
}

// documentAbout resolves a document phrase with its topic ending at token
// j, "<det> [modifiers] <document> on|to|about|into|of <words>", to the
// document's speaker, or -1. The topic holds words only: no verb, no
// punctuation, and at most ten tokens.
func (x *extractor) documentAbout(j, first int) (ent, start int) {
	if x.t.Tokens[j].Kind != segment.Word {
		return -1, -1
	}
	for p := j - 1; p > first+1 && j-p <= 10; p-- {
		if x.t.Tokens[p].Kind != segment.Word && x.t.Tokens[p].Kind != segment.Number && !possessiveS(x.toks[p]) {
			return -1, -1
		}
		possessive := (possessiveS(x.toks[p])) && x.t.Tokens[p-1].Upper // "China’s", no "is"
		if finiteWord(x.lower[p]) && !possessive || x.lemmas[p] != "" || subordinators[x.lower[p]] || clauseWords[x.lower[p]] ||
			docParticiples[x.lower[p]] || lex.IsWeekday(x.toks[p+1]) {
			// a clause of its own ("the report that Trump said"), a
			// participle ("documents released to POLITICO"), a time ("a
			// report on Tuesday")
			return -1, -1
		}
		if !docTopics[x.lower[p]] || !docNouns[x.lower[p-1]] {
			continue
		}
		if x.lower[p] == "to" && !(isDet(x.lower[p+1]) || x.t.Tokens[p+1].Upper) {
			return -1, -1 // "records to investigate claims": a purpose, not an addressee
		}
		d := x.docDeterminer(p-1, first, 5, true) // "an annual report", "A National Audit Office report"
		if d < 0 {
			return -1, -1
		}
		if x.lower[d] == "a" || x.lower[d] == "an" {
			// a new document, not one named before: its author in the
			// phrase ("A National Audit Office report"), else itself
			for _, mi := range x.res.MentionsIn(d, p-1) {
				if m := x.res.Mentions[mi]; m.Entity >= 0 && speakerLabel(m.Label) && m.Form != ner.FormDemonym {
					return m.Entity, d
				}
			}
			return x.newDocument(d, j), d
		}
		return x.documentSpeaker(d, p-1)
	}
	return -1, -1
}

// newDocument makes the document phrase [d, j], its determiner d, a
// source of its own described without the determiner.
func (x *extractor) newDocument(d, j int) int {
	return x.documentSource(d, j+1, x.res.Span(d+1, j+1))
}

// documentSource makes tokens [t0, t1) a source described by desc that is
// a document: no "he", "she" or "they" (papers do not speak as people).
func (x *extractor) documentSource(t0, t1 int, desc string) int {
	mi := x.res.NewSource(t0, t1, x.t.SentenceOf(x.t.Tokens[t0].Start), desc)
	if x.docSpeaker == nil {
		x.docSpeaker = map[int]bool{}
	}
	x.docSpeaker[x.res.Mentions[mi].Entity] = true
	return x.res.Mentions[mi].Entity
}

// documentTo resolves "a report to X" / "the study on X" ending at token
// j, X the mention starting at t0: the document speaks (its author when
// the story names one), not its addressee or subject; or -1.
func (x *extractor) documentTo(t0, j, first int) (ent, start int) {
	p := t0 - 1
	if p-1 < first || !docTopics[x.lower[p]] || !docNouns[x.lower[p-1]] {
		return -1, -1
	}
	d := x.docDeterminer(p-1, first, 3, false) // "an annual report", "a new study"
	if d < 0 {
		return -1, -1
	}
	if x.lower[d] == "the" {
		if e := x.documentAuthor(x.lower[p-1], d); e >= 0 {
			return e, d // "the report to Congress" after "the Pentagon's report"
		}
	}
	return x.newDocument(d, j), d
}

// docDeterminer returns the determiner of the document noun at token n,
// past at most reach-1 modifiers (capitalised ones too when caps), or -1;
// none after a preposition ("in a letter to Trump": where it was said).
func (x *extractor) docDeterminer(n, first, reach int, caps bool) int {
	d := n - 1
	for d >= first && n-d <= reach && x.t.Tokens[d].Kind == segment.Word && (caps || !x.t.Tokens[d].Upper) &&
		!isDet(x.lower[d]) && !possessiveS(x.toks[d]) {
		d--
	}
	if d < first || !isDet(x.lower[d]) || d > first && prepositions[x.lower[d-1]] {
		return -1
	}
	return d
}

// docTopics join a document to whom it goes or what it is about.
var docTopics = map[string]bool{"to": true, "on": true, "about": true, "into": true, "of": true}

// honorifics may stand between "for" and a name the recogniser took
// without them.
var honorifics = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"sir": true, "dame": true, "lord": true, "lady": true,
}

var reflexives = map[string]bool{"himself": true, "herself": true, "themselves": true, "itself": true}

// possessedAgent resolves "his lawyer", "her spokeswoman", "Trump’s
// attorney" ending at token j to a Source described by the phrase, or -1.
func (x *extractor) possessedAgent(j, first int) (ent, start int) {
	if !agentNouns[x.lower[j]] && !possessedRoles[x.lower[j]] {
		return -1, -1
	}
	body := x.lower[j] == "office" || x.lower[j] == "campaign" // a body, not a person
	p := j - 1
	for p >= first && j-p <= 3 && x.t.Tokens[p].Kind == segment.Word && !x.t.Tokens[p].Upper && !possessives[x.lower[p]] &&
		!possessiveS(x.toks[p]) {
		p-- // "his longtime lawyer", "her chief spokeswoman"
	}
	if p < first {
		return -1, -1
	}
	d := -1
	switch {
	case possessives[x.lower[p]]:
		if body {
			return -1, -1 // "his office": no name for the body
		}
		d = p
	case possessiveS(x.toks[p]):
		for mi := range x.res.Mentions {
			if m := &x.res.Mentions[mi]; m.T1 == p && m.Entity >= 0 && m.T0 >= first && m.Form != ner.FormDemonym {
				d = m.T0
				break
			}
		}
	}
	if d < 0 {
		return -1, -1
	}
	if e := x.namedAfter(j); e >= 0 {
		return e, d // "Putin’s spokesman, Dmitry Peskov, said"
	}
	if mi := x.res.MentionAt(j+1, graph.LabelPerson); j+1 < len(x.toks) && mi >= 0 && x.res.Mentions[mi].T0 == j+1 && x.res.Mentions[mi].Entity >= 0 {
		return x.res.Mentions[mi].Entity, d // "Bush’s brother Jeb, who …, raised eyebrows after telling"
	}
	if body {
		// "Biden’s office", "Trump’s campaign": an organisation named so
		kind := "government"
		if x.lower[j] == "campaign" {
			kind = "other"
		}
		mi := x.res.NewOrganization(d, j+1, x.t.SentenceOf(x.t.Tokens[d].Start), x.res.Span(d, j+1), kind)
		return x.res.Mentions[mi].Entity, d
	}
	// "France's interior minister" after "Interior Minister Bernard
	// Cazeneuve": the person the article gave that title
	// (an office, not a hired role: "its spokesman" is not the article's
	// other spokesman; and not when the name follows: "China’s ambassador,
	// Liu Jieyi,")
	named := j+2 < len(x.toks) && x.toks[j+1] == "," && x.t.Tokens[j+2].Upper
	if ti, ok := x.titleOf(p+1, j+1); ok && !agentNouns[x.lower[j]] && !named {
		if e := x.personWithTitle(ti, x.t.Tokens[d].Start); e >= 0 {
			return e, d
		}
		if soleHolder(strings.ToLower(ti)) {
			// "Israel’s prime minister" is a known person, no anonymous
			// source: the listed holder the story names, before or after
			// ("Hungary's prime minister says …. Viktor Orban said …")
			if e := x.res.KnownHolder(d, j+1, len(x.t.Body)); e >= 0 {
				return e, d
			}
			return -1, -1
		}
	}
	mi := x.res.NewSource(d, j+1, x.t.SentenceOf(x.t.Tokens[d].Start), x.res.Span(d, j+1))
	return x.res.Mentions[mi].Entity, d
}

// groupNouns are plural speakers that news cites with no determiner:
// "police said", "federal prosecutors said".
var groupNouns = map[string]bool{
	"police": true, "prosecutors": true, "investigators": true, "authorities": true, "officials": true,
	"witnesses": true, "residents": true, "organizers": true, "organisers": true, "analysts": true,
	"experts": true, "critics": true, "observers": true, "economists": true, "researchers": true,
	"scientists": true, "doctors": true, "diplomats": true, "lawmakers": true, "activists": true,
	"protesters": true, "campaigners": true, "officers": true, "rescuers": true, "firefighters": true,
	"users": true, "voters": true, "supporters": true, "opponents": true, "leaders": true,
	// people who speak as a body of their trade or standing: "regulators
	// said", "shareholders complained", "opposition parties said"
	"regulators": true, "shareholders": true, "investors": true, "traders": true, "bankers": true,
	"parties": true, "workers": true, "employees": true, "students": true, "parents": true, "teachers": true,
	"nurses": true, "farmers": true, "unions": true, "companies": true, "firms": true, "pollsters": true,
	"creditors": true, "detractors": true, "rivals": true, "veterans": true, "judges": true, "families": true,
	"relatives": true, "neighbours": true, "neighbors": true, "commentators": true, "pundits": true,
	"advocates": true, "strategists": true, "historians": true, "academics": true, "scholars": true,
	"customers": true, "consumers": true, "businesses": true, "manufacturers": true, "retailers": true,
	"fans": true, "soldiers": true, "agents": true, "groups": true, "people": true,
	// bodies that speak as a group: "U.S. intelligence agencies have
	// concluded", "international aid agencies warned"
	"agencies": true, "insiders": true,
}

// groupComplement are the words after which a bare group belongs to
// another noun phrase: "thousands of FBI agents", "a group representing
// farmers".
var groupComplement = map[string]bool{"of": true, "represents": true, "representing": true, "among": true, "for": true, "with": true, "by": true}

// groupQuantifiers make a group of some of a kind: "some users", "many
// economists", "most people".
var groupQuantifiers = map[string]bool{"some": true, "many": true, "several": true, "other": true, "most": true, "few": true}

// bareGroup resolves a plural group noun ending at token j with at most
// two modifiers and no determiner ("police", "Munich police", "federal
// prosecutors") to a Source, or -1.
func (x *extractor) bareGroup(j, first int) (ent, start int) {
	k := x.bareGroupStart(j, first)
	if k < 0 {
		return -1, -1
	}
	return x.groupSource(k, j+1), k
}

// groupSource makes the plural Source of tokens [k, end).
func (x *extractor) groupSource(k, end int) int {
	mi := x.res.NewSource(k, end, x.t.SentenceOf(x.t.Tokens[k].Start), x.res.Span(k, end))
	e := x.res.Mentions[mi].Entity
	x.res.Entities[e].Plural = true // "police" are they, never he or she
	return e
}

// placeNouns end a place phrase that is not a name: "officials at the
// scene", "soldiers in his platoon".
var placeNouns = map[string]bool{
	"scene": true, "region": true, "area": true, "city": true, "town": true, "village": true, "province": true,
	"country": true, "capital": true, "platoon": true, "unit": true, "rally": true, "hospital": true, "ministry": true,
	"legislature": true, "nation": true, "countries": true, "nations": true, "field": true, "time": true,
}

// groupInPlace resolves a bare group followed by where it is, ending at
// token j ("Police in Sydney", "officials at the scene", "soldiers in his
// platoon", "officials from the TPP countries"), to a Source named with a
// named place ("Police in Sydney") and without another ("officials"), or
// -1.
func (x *extractor) groupInPlace(j, first int) (ent, start int) {
	named := x.t.Tokens[j].Upper
	if !named && !placeNouns[x.lower[j]] {
		return -1, -1
	}
	for p := j - 1; p > first && j-p <= 5; p-- {
		lw := x.lower[p]
		if x.t.Tokens[p].Kind != segment.Word || isConj(lw) || lw == "who" || lw == "which" || lw == "that" {
			return -1, -1
		}
		if _, ok := lex.ReportingVerb(lw); ok {
			return -1, -1
		}
		if lw != "in" && lw != "at" && lw != "from" && lw != "across" {
			continue
		}
		k := x.bareGroupStart(p-1, first)
		if k < 0 {
			return -1, -1
		}
		if named && lw != "across" {
			return x.groupSource(k, j+1), k
		}
		return x.groupSource(k, p), k
	}
	return -1, -1
}

// bareGroupStart is the first token of the bare group ending at token j,
// or -1.
func (x *extractor) bareGroupStart(j, first int) int {
	if !groupNouns[x.lower[j]] {
		return -1
	}
	k := j
	for k > first && j-k < 2 {
		t := x.t.Tokens[k-1]
		lw := x.lower[k-1]
		if t.Kind != segment.Word || isDet(lw) || possessives[lw] || prepositions[lw] || isConj(lw) || isAdverbOrAux(lw) ||
			demonstratives[lw] || groupQuantifiers[lw] || lw == "who" || lw == "which" || lw == "whom" || lw == "’s" || lw == "'s" {
			break // ("Tarrant, who police say carried out")
		}
		if mi := x.res.MentionAt(k-1, graph.LabelPerson); mi >= 0 {
			break
		}
		if _, ok := lex.ReportingVerb(lw); ok {
			break
		}
		k--
	}
	if k > first && x.t.Tokens[k-1].Kind == segment.Number {
		k-- // "24 academics", "the 24 academics"
	}
	if k > first && (isDet(x.lower[k-1]) || possessives[x.lower[k-1]] || demonstratives[x.lower[k-1]]) {
		return -1 // "the police", "his critics": a description
	}
	if k > first && groupComplement[x.lower[k-1]] {
		// "the association that represents thousands of FBI agents
		// warned", "the number of workers who reported": the group
		// belongs to another noun phrase, which is the speaker
		return -1
	}
	quantified := false
	if k > first && groupQuantifiers[x.lower[k-1]] {
		k-- // "some users", "many economists"
		quantified = true
	} else if k-2 >= first && x.lower[k-1] == "of" && (x.lower[k-2] == "lots" || x.lower[k-2] == "lot" && k-3 >= first && x.lower[k-3] == "a") {
		k -= 2 // "a lot of people", "lots of fans"
		if x.lower[k] == "lot" {
			k--
		}
		quantified = true
	}
	if x.lower[j] == "people" && (!quantified || j-k > 3) {
		return -1 // "people" alone, or with modifiers ("young people"), is no source
	}
	return k
}

// possessedRoles are roles that, possessed by a body, describe an unnamed
// person: "the Pentagon’s top general", "Mueller’s team", "one of his
// colleagues". Titles with one holder ("Russia’s president") are not
// among them: they name a person.
var possessedRoles = map[string]bool{
	"general": true, "commander": true, "official": true, "officials": true, "envoy": true, "negotiator": true,
	"diplomat": true, "diplomats": true, "team": true, "colleagues": true, "colleague": true, "friends": true,
	"friend": true, "relatives": true, "neighbours": true, "neighbors": true, "investigators": true,
	"prosecutors": true, "lawmakers": true, "chief": true, "economist": true, "analyst": true,
	"minister": true, "ministers": true, "ambassador": true, "father": true, "mother": true, "son": true,
	"daughter": true, "brother": true, "sister": true, "wife": true, "husband": true, "widow": true, "uncle": true,
	"cousin": true, "parents": true,
}

// partitives take some of a group: "two of the officials", "several of
// the people".
var partitives = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "several": true, "both": true,
	"some": true, "many": true, "most": true, "all": true,
}

var demonstratives = map[string]bool{"these": true, "those": true, "this": true, "that": true, "such": true}

var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true}

func speakerLabel(l graph.Label) bool {
	switch l {
	case graph.LabelPerson, graph.LabelSource, graph.LabelOrganization, graph.LabelOutlet, graph.LabelCountry:
		return true
	}
	return false
}

// relativeAside reports whether the verb at token i heads a relative
// clause that is an aside to the sentence's own attribution: "Sen. Ted
// Cruz, R-Texas, who has criticized other Obama regulations, said that …"
// (the sentence's reporting verb follows the clause), "…,” said a
// Republican lobbyist who advocated against the amendment" (an earlier
// verb has reported). Such a verb reports nothing of its own.
func (x *extractor) relativeAside(i, last int) bool {
	k := i - 1
	first := x.t.Sentences[x.t.SentenceOf(x.t.Tokens[i].Start)].First
	for k > first && isAdverbOrAux(x.lower[k]) {
		k--
	}
	if k <= first || (x.lower[k] != "who" && x.lower[k] != "which") {
		return false
	}
	// ("…, said Menendez, who said it would help the economy" reports
	// twice: a verb of saying is a claim of its own)
	for p := first; p < k; p++ {
		if x.usedCue[p] {
			return !lex.IsSpeechVerb(x.lemmas[i])
		}
	}
	for p := i + 1; p < last && p < i+16; p++ {
		if x.t.Tokens[p].Kind == segment.Quote || x.lower[p] == "that" {
			return false
		}
		if x.toks[p] != "," {
			continue
		}
		q := p + 1
		for q < last && isAdverbOrAux(x.lower[q]) {
			q++
		}
		return q < last && x.lemmas[q] != "" && lex.IsSpeechVerb(x.lemmas[q])
	}
	return false
}

// isAdverbOrAux reports whether the lower-case word lw is an auxiliary
// or an adverb that may stand between a speaker and a verb of saying.
func isAdverbOrAux(lw string) bool {
	switch lw {
	case "has", "have", "had", "also", "later", "earlier", "previously", "then", "repeatedly", "again",
		"reportedly", "recently", "once", "would", "will", "did", "does", "do", "not", "never", "long",
		"publicly", "privately", "separately", "further", "firmly", "explicitly", "already", "often",
		"has also", "just", "still", "even", "quickly", "flatly", "angrily", "bluntly", "simply", "only",
		"first", "subsequently", "since", "initially", "originally", "had previously", "may", "might", "could",
		"always", "now", "twice", "soon":
		return true
	}
	return len(lw) > 4 && strings.HasSuffix(lw, "ly") && !strings.HasSuffix(lw, "ply") && lw != "italy" && lw != "family"
}

// description resolves a definite description ending at token j: a title
// ("the prime minister") to the person holding it, an organisation noun
// ("the group", "the ministry") to the latest organisation, a person noun
// with no name ("the head of the committee") to a new Source.
func (x *extractor) description(j, first int) (ent, start int) {
	// find the phrase start: walk back to a determiner
	k := j
	for k >= first && j-k < 14 {
		lw := x.lower[k]
		if lw == "the" || lw == "a" || lw == "an" || lw == "one" || lw == "another" || lw == "both" ||
			partitives[lw] && k+1 <= j && x.lower[k+1] == "of" {
			// "the head of the Duma’s committee", "a spokesman for the
			// firm": go on to the first determiner
			if k-2 >= first && (x.toks[k-1] == "of" || x.toks[k-1] == "for") {
				k -= 2
				continue
			}
			break
		}
		if x.t.Tokens[k].Kind == segment.Punct && x.toks[k] != "-" && x.toks[k] != "’s" || x.t.Tokens[k].Kind == segment.Quote {
			return -1, -1
		}
		// "Thursday’s report": a day in the possessive stands for "the"
		if k-1 >= first && k < j && (possessiveS(x.toks[k])) && (lex.IsWeekday(x.toks[k-1]) || x.lower[k-1] == "today" || x.lower[k-1] == "yesterday") &&
			docNouns[x.lower[j]] && !legalDocs[x.lower[j]] {
			// only a named author: "Wednesday’s ethics report basically
			// confirmed" is no source of its own
			if e, s := x.documentSpeaker(k, j); e >= 0 && x.res.Entities[e].Label != graph.LabelSource {
				return e, s
			}
			return -1, -1
		}
		k--
	}
	if k < first {
		return -1, -1
	}
	// "one of the officials", "two of them": the group
	if k+2 <= j && x.lower[k+1] == "of" && (x.lower[k] == "one" || partitives[x.lower[k]]) {
		k += 2
	}
	for p := k; p <= j; p++ {
		switch x.lower[p] {
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "who", "which", "that",
			"should", "could", "can", "may", "might", "must", "whether":
			return -1, -1 // a clause, not a noun phrase
		case "to":
			// "the chairman of a committee to determine whether": an
			// infinitive, not a description (but "close to the White House")
			if p < j && !x.t.Tokens[p+1].Upper && !isDet(x.toks[p+1]) && x.lower[p-1] != "close" {
				return -1, -1
			}
		}
		if p > k+1 && p < j && strings.HasSuffix(x.lower[p], "ed") && !x.t.Tokens[p].Upper &&
			(prepositions[x.lower[p+1]] || isDet(x.toks[p+1]) || x.lower[p+1] == "back" || x.lower[p+1] == "up") {
			return -1, -1 // "the president pushed back against critics": a verb
		}
	}
	head := x.lower[j]
	det := x.lower[k]
	phrase := x.res.Span(k, j+1)
	if v, ok := lex.ReportingVerb(head); ok && v != head && j > k+1 && strings.HasSuffix(head, "ed") {
		return -1, -1 // "the president responded saying": a clause, its verb no head noun
	}
	// a title: the person of the article with that title
	if ti, ok := x.titleOf(k+1, j+1); ok && det == "the" {
		if e := x.personWithTitle(ti, x.t.Tokens[k].Start); e >= 0 {
			return e, k
		}
		// "the official said" after "a senior official told Meduza" (not
		// "the prime minister" after "a minister in the Commons")
		if e := x.res.LatestSource(x.lower[j], x.t.Tokens[k].Start); e >= 0 && !strings.Contains(strings.TrimSpace(ti), " ") {
			return e, k
		}
		// "the president said": an office with one holder is the person
		// the article quotes, unless it is an office "of" something,
		// which the story names its holder for ("the secretary of state
		// said" after John Kerry); "the official" is not the last speaker
		known := x.res.KnownHolder(k+1, j+1, x.t.Tokens[k].Start)
		switch {
		case known >= 0 && strings.Contains(ti, " of "):
			return known, k
		case soleHolder(ti) && x.lastSpeaker >= 0 && x.res.Entities[x.lastSpeaker].Label == graph.LabelPerson:
			return x.lastSpeaker, k
		case known >= 0:
			return known, k
		}
	}
	if k+1 <= j && (roleNoun(x.lower[k+1]) || agentNouns[x.lower[k+1]]) && k+2 <= j && (x.lower[k+2] == "of" || x.lower[k+2] == "for") {
		desc := x.res.Span(k+1, j+1)
		mi := x.res.NewSource(k, j+1, x.t.SentenceOf(x.t.Tokens[k].Start), desc)
		return x.res.Mentions[mi].Entity, k
	}
	// "the report says", "the GOP memo says": the body or person whose
	// document it is
	if docNouns[head] {
		return x.documentSpeaker(k, j)
	}
	// "said the operative" after "a Republican operative said": the source
	// the article introduced
	// (not a title: "the president said" is the article's president)
	if _, title := x.titleOf(k+1, j+1); det == "the" && j == k+1 && !title {
		if e := x.res.LatestSource(head, x.t.Tokens[k].Start); e >= 0 {
			return e, k
		}
	}
	switch head {
	case "them":
		// "one of them", "both of them"
		return x.pluralSpeaker(x.t.Tokens[k].Start), k
	}
	if orgNoun(head) && j > k+1 && det == "the" {
		// "the Russian government": the country's government
		if cm := x.res.MentionAt(j-1, graph.LabelCountry); cm >= 0 && x.res.Mentions[cm].T1 == j && x.res.Mentions[cm].T0 == k+1 {
			name := x.res.Span(k+1, j+1)
			mi := x.res.NewOrganization(k+1, j+1, x.t.SentenceOf(x.t.Tokens[k].Start), name, "government")
			return x.res.Mentions[mi].Entity, k
		}
		// "the Syrian opposition group", "the U.S. military": a body the
		// article does not name; a generic source of its own
		desc := x.res.Span(k+1, j+1)
		mi := x.res.NewSource(k, j+1, x.t.SentenceOf(x.t.Tokens[k].Start), desc)
		return x.res.Mentions[mi].Entity, k
	}
	// "according to the command" after "U.S. Central Command said", "the
	// commission found" after "the Federal Election Commission": the
	// latest body of that name, and no other
	if det == "the" && j == k+1 && namedHeads[head] {
		if e := x.latestNamed(x.t.Tokens[k].Start, head); e >= 0 {
			return e, k
		}
		return -1, -1
	}
	switch head {
	case "group", "organization", "organisation", "ministry", "agency", "company", "department", "party",
		"government", "administration", "office", "committee", "council", "firm", "newspaper", "paper", "network",
		"campaign", "embassy", "union", "bank", "court", "military", "army", "police", "statement", "kremlin",
		"airline", "carrier", "automaker", "carmaker", "retailer", "lender", "insurer", "giant", "conglomerate",
		"manufacturer", "utility", "broadcaster", "publisher":
		if det == "the" && companyNouns[head] {
			// "the airline said", "the German giant said": the latest
			// company; "the broadcaster": the latest outlet
			if head == "broadcaster" || head == "publisher" {
				if e := x.latestEntity(x.t.Tokens[k].Start, graph.LabelOutlet); e >= 0 {
					return e, k
				}
				return -1, -1
			}
			if e := x.latestCompany(x.t.Tokens[k].Start, head == "airline" || head == "carrier"); e >= 0 {
				return e, k
			}
			return -1, -1
		}
		if det == "the" && head == "statement" {
			// "“…,” the statement said" after "Netanyahu said in a
			// statement": who made the statement, not a body it names
			if e := x.statementAuthor(); e >= 0 {
				return e, k
			}
		}
		if det == "the" {
			// "the administration": the latest organisation of that name
			// ("Trump administration"), else the latest one
			if head != "company" && head != "group" && head != "firm" && !companyNouns[head] {
				if e := x.latestNamed(x.t.Tokens[k].Start, head); e >= 0 {
					return e, k
				}
			}
			if head == "government" && j == k+1 {
				// "according to the government" in a story about Brazil:
				// the country, as "the Brazilian government" is; never the
				// latest company or agency; the country the story names
				// most, not one it named last ("a US bankruptcy court")
				return x.mainCountry(x.t.Tokens[k].Start), k
			}
			// "the company said": the latest company before any other body
			if head == "company" || head == "firm" {
				if e := x.latestCompany(x.t.Tokens[k].Start, false); e >= 0 {
					return e, k
				}
			}
			// "the newspaper reported": the latest outlet, not the latest body
			if head == "newspaper" || head == "paper" || head == "network" {
				if e := x.latestEntity(x.t.Tokens[k].Start, graph.LabelOutlet); e >= 0 {
					return e, k
				}
			}
			if e := x.latestEntity(x.t.Tokens[k].Start, graph.LabelOrganization, graph.LabelOutlet); e >= 0 {
				return e, k
			}
		}
		return -1, -1
	}
	// "the Turkish president" after "Turkish President Recep Tayyip
	// Erdogan", "the former CIA director" after "Former CIA Director John
	// Brennan": the person the article gave that role
	if det == "the" && j > k+1 {
		if e := x.definiteRoleHolder(k, j); e >= 0 {
			return e, k
		}
	}
	// "the conservative senator vying for the GOP presidential nomination",
	// "the presidential hopeful": the person the article is about
	if det == "the" {
		if e := x.roleAnaphor(k, j); e >= 0 {
			return e, k
		}
	}
	// "the researchers said", "the appellate judges noted": a group the
	// article spoke of before ("researchers at MIT found"), else a group
	// of its own
	if det == "the" && groupNouns[head] && j-k <= 3 && x.lower[j] != "people" && x.wordsOnly(k+1, j) {
		if e := x.res.LatestSource(head, x.t.Tokens[k].Start); e >= 0 {
			return e, k
		}
		desc := x.res.Span(k+1, j+1)
		mi := x.res.NewSource(k, j+1, x.t.SentenceOf(x.t.Tokens[k].Start), desc)
		x.res.Entities[x.res.Mentions[mi].Entity].Plural = true
		return x.res.Mentions[mi].Entity, k
	}
	// "The head of the Duma’s foreign affairs committee": an unnamed person
	if personHead(x.toks[k+1 : j+1]) {
		desc := x.res.Span(k+1, j+1)
		mi := x.res.NewSource(k, j+1, x.t.SentenceOf(x.t.Tokens[k].Start), desc)
		return x.res.Mentions[mi].Entity, k
	}
	_ = phrase
	return -1, -1
}

// wordsOnly says whether tokens [a, b] are all words, lower case: the
// modifiers of a group ("the appellate judges"), no name in them.
func (x *extractor) wordsOnly(a, b int) bool {
	for t := a; t <= b; t++ {
		if x.t.Tokens[t].Kind != segment.Word || x.t.Tokens[t].Upper || x.res.MentionAt(t) >= 0 {
			return false
		}
	}
	return true
}

// bareDocs are papers that "according to" cites with no determiner as a
// generic source: "according to court documents", "according to police
// records".
var bareDocs = map[string]bool{"documents": true, "records": true, "filings": true, "papers": true, "polls": true, "surveys": true,
	"data": true, "figures": true, "estimates": true, "statistics": true}

// hasPrep reports whether a preposition lies in tokens [a, b).
func (x *extractor) hasPrep(a, b int) bool {
	for k := a; k < b; k++ {
		if prepositions[x.lower[k]] {
			// "data from the Pew Research Center", "research by Gartner":
			// a document's author
			if (x.lower[k] == "from" || x.lower[k] == "by") && k > a && (docNouns[x.lower[k-1]] || bareDocs[x.lower[k-1]] || x.lower[k-1] == "research") {
				continue
			}
			return true
		}
	}
	return false
}

// docParticiples follow a document and end its phrase: "a poll released
// Tuesday", "emails obtained by POLITICO".
var docParticiples = map[string]bool{
	"released": true, "published": true, "obtained": true, "conducted": true, "unsealed": true, "filed": true,
	"issued": true, "seen": true, "reviewed": true, "sent": true, "made": true, "posted": true, "dated": true,
}

// docNouns are the documents that news quotes as if they spoke: "the
// report says", "the memo alleges", "the indictment states".
var docNouns = map[string]bool{
	"report": true, "memo": true, "memorandum": true, "study": true, "survey": true, "poll": true, "letter": true,
	"audit": true, "analysis": true, "review": true, "indictment": true, "complaint": true, "lawsuit": true,
	"filing": true, "ruling": true, "assessment": true, "editorial": true, "article": true, "documents": true,
	"records": true, "document": true, "suit": true, "piece": true, "story": true, "cable": true,
	"affidavit": true, "transcript": true, "petition": true,
}

var publishVerbs = map[string]bool{
	"released": true, "issued": true, "published": true, "produced": true, "commissioned": true,
	"wrote": true, "sent": true, "filed": true, "releases": true, "issues": true, "publishes": true,
}

// legalDocs speak for no named author in court stories: "the indictment
// says" is a generic source of its own.
var legalDocs = map[string]bool{"indictment": true, "complaint": true, "lawsuit": true, "filing": true, "suit": true}

// documentSpeaker resolves a document named by tokens [k, j] (a determiner
// to the head noun) to its author: a name inside the phrase ("the GOP
// memo"), else the author of the latest earlier mention of such a
// document ("a report released Thursday by the inspector general", "the
// committee's report"). A legal document with no author is a Source.
func (x *extractor) documentSpeaker(k, j int) (ent, start int) {
	// "the Mueller report": the person whose document it is; a document
	// that is itself a named thing speaks for no source of its own
	named := false
	for _, mi := range x.res.MentionsIn(k, j+1) {
		if m := x.res.Mentions[mi]; m.Label == graph.LabelPerson && m.Entity >= 0 {
			return m.Entity, k
		}
		named = true
	}
	for t := j - 1; t > k; t-- {
		if mi := x.res.MentionAt(t); mi >= 0 {
			if m := x.res.Mentions[mi]; m.Entity >= 0 && speakerLabel(m.Label) && m.Form != ner.FormDemonym {
				return m.Entity, k
			}
		}
	}
	head := x.lower[j]
	if e := x.documentAuthor(head, k); e >= 0 {
		return e, k
	}
	// "the survey said", "the editorial said": a document whose author the
	// article does not name speaks as a source of its own
	if legalDocs[head] || !named && (x.lower[k] == "the" || x.lower[k] == "a" || x.lower[k] == "an") {
		return x.newDocument(k, j), k
	}
	return -1, -1
}

// documentAuthor finds the author of the latest document called head
// before token before: "X's report", "X report", "report ... by X".
func (x *extractor) documentAuthor(head string, before int) int {
	for i := before - 1; i >= 0; i-- {
		if x.lower[i] != head && x.lower[i] != head+"s" {
			continue
		}
		p := i - 1
		if p >= 0 && (possessiveS(x.toks[p])) {
			p--
		}
		if p >= 0 {
			if mi := x.res.MentionAt(p); mi >= 0 {
				if m := x.res.Mentions[mi]; m.Entity >= 0 && speakerLabel(m.Label) && m.T1 == p+1 && m.Form != ner.FormDemonym {
					return m.Entity
				}
			}
		}
		sent := x.t.Sentences[x.t.SentenceOf(x.t.Tokens[i].Start)]
		// "X released a new report", "X issued its annual review"
		for v := i - 1; v > sent.First && v >= i-4; v-- {
			if !publishVerbs[x.lower[v]] {
				continue
			}
			if mi := x.res.MentionAt(v - 1); mi >= 0 {
				if m := x.res.Mentions[mi]; m.Entity >= 0 && speakerLabel(m.Label) && m.T1 == v && m.Form != ner.FormDemonym {
					return m.Entity
				}
			}
			break
		}
		for b := i + 1; b < sent.Last && b < i+8; b++ {
			if x.t.Tokens[b].Kind == segment.Punct || x.t.Tokens[b].Kind == segment.Quote {
				break
			}
			if x.lower[b] != "by" {
				continue
			}
			a := b + 1
			if a < sent.Last && x.lower[a] == "the" {
				a++
			}
			if mi := x.res.MentionAt(a); mi >= 0 {
				if m := x.res.Mentions[mi]; m.Entity >= 0 && speakerLabel(m.Label) && m.Form != ner.FormDemonym {
					return m.Entity
				}
			}
			break
		}
	}
	return -1
}

// timeNouns follow "this" or "last" in a time phrase: "this week".
var timeNouns = map[string]bool{"week": true, "month": true, "year": true, "weekend": true, "morning": true,
	"afternoon": true, "evening": true, "night": true, "day": true}

// progressiveAux stand before a cue in -ing: "are calling for", "keeps
// saying", "has been warning".
var progressiveAux = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "been": true, "be": true, "keeps": true, "kept": true,
	"keep": true, "now": true,
}

// memberQualifiers before a party's member noun make a group of its
// members: "prominent Republicans", "two Democrats", "some Tories".
var memberQualifiers = map[string]bool{
	"prominent": true, "some": true, "two": true, "three": true, "several": true, "many": true, "senior": true,
	"top": true, "leading": true, "moderate": true, "conservative": true, "liberal": true, "progressive": true,
	"fellow": true, "other": true, "few": true, "most": true, "rebel": true, "centrist": true, "younger": true,
}

// memberGroup makes "Prominent Republicans", "two Democrats", "some
// Senate Democrats" (a party's member noun m, plural, after a qualifier)
// some of the party's members, a generic source rather than the party,
// and returns it with its first token, or -1.
func (x *extractor) memberGroup(m *ner.Mention, first int) (ent, start int) {
	q := m.T0 - 1
	chamber := false
	if q >= first && memberChambers[x.lower[q]] {
		q-- // "some Senate Democrats", "two House Republicans"
		chamber = true
	}
	if m.Form != ner.FormMember || !strings.HasSuffix(x.lower[m.T1-1], "s") {
		return -1, -1
	}
	if chamber && (q < first || !memberQualifiers[x.lower[q]]) {
		// "Senate Republicans said": the party's members in a chamber
		mi := x.res.NewSource(q+1, m.T1, x.t.SentenceOf(x.t.Tokens[q+1].Start), x.res.Span(q+1, m.T1))
		return x.res.Mentions[mi].Entity, q + 1
	}
	if q < first || !memberQualifiers[x.lower[q]] {
		return -1, -1
	}
	q0 := q
	if q0 > first && memberQualifiers[x.lower[q0-1]] {
		q0--
	}
	mi := x.res.NewSource(q0, m.T1, x.t.SentenceOf(x.t.Tokens[q0].Start), x.res.Span(q0, m.T1))
	return x.res.Mentions[mi].Entity, q0
}

// membersIn makes "two Democrats in the Senate", "Republicans in
// Congress" (a party's plural member noun, "in" and the body of mention b)
// a generic source of the party's members there, and returns it with its
// first token, or -1.
func (x *extractor) membersIn(b *ner.Mention, first int) (ent, start int) {
	if b.Label != graph.LabelOrganization {
		return -1, -1
	}
	p := b.T0 - 1
	if p > first && x.lower[p] == "the" {
		p--
	}
	if p <= first || x.lower[p] != "in" {
		return -1, -1
	}
	mi := x.res.MentionAt(p-1, graph.LabelOrganization)
	if mi < 0 {
		return -1, -1
	}
	m := x.res.Mentions[mi]
	if m.Form != ner.FormMember || m.T1 != p || !strings.HasSuffix(x.lower[m.T1-1], "s") {
		return -1, -1
	}
	q := m.T0
	for q > first && q > m.T0-2 && memberQualifiers[x.lower[q-1]] {
		q--
	}
	si := x.res.NewSource(q, b.T1, x.t.SentenceOf(x.t.Tokens[q].Start), x.res.Span(q, b.T1))
	return x.res.Mentions[si].Entity, q
}

// memberChambers may stand between a qualifier and a party's member noun:
// "some Senate Democrats", "two House Republicans".
var memberChambers = map[string]bool{"senate": true, "house": true, "congressional": true, "parliamentary": true}

// anaphorRoles are role nouns that "the" makes a reference back to a
// person the article has named: "the senator", "the presidential hopeful".
var anaphorRoles = map[string]bool{
	"senator": true, "congressman": true, "congresswoman": true, "lawmaker": true, "governor": true,
	"hopeful": true, "candidate": true, "nominee": true, "billionaire": true, "mogul": true, "businessman": true,
	"businesswoman": true, "actor": true, "actress": true, "singer": true, "star": true, "striker": true,
	"midfielder": true, "defender": true, "goalkeeper": true, "veteran": true, "politician": true,
	"legislator": true, "mayor": true, "minister": true, "diplomat": true, "general": true, "commander": true,
	"prince": true, "princess": true, "monarch": true, "pontiff": true, "journalist": true, "reporter": true,
	"columnist": true, "author": true, "activist": true, "lawyer": true, "attorney": true, "economist": true,
	"scientist": true, "professor": true, "executive": true, "entrepreneur": true, "director": true,
	"filmmaker": true, "writer": true, "comedian": true, "host": true, "anchor": true, "rapper": true,
	"musician": true, "player": true, "manager": true, "coach": true, "chancellor": true, "premier": true,
	"teacher": true, "historian": true, "psychologist": true, "boss": true, "skipper": true, "captain": true,
	"forward": true, "winger": true, "champion": true, "investor": true, "pitcher": true,
	"quarterback": true, "native": true,
}

// roleAnaphor resolves "the [adjectives] <role> [post-modifier]" over tokens
// [k, j] to the person it refers back to: one with that title in the
// article, else the subject of the sentence before, else the last speaker,
// when a person.
func (x *extractor) roleAnaphor(k, j int) int {
	r := -1
	p0, reach, demonym := k+1, k+4, false
	// "the 36-year-old", "the 28-year-old striker": an age names the person
	if p0+4 <= j && x.t.Tokens[p0].Kind == segment.Number && x.toks[p0+1] == "-" && x.lower[p0+2] == "year" &&
		x.toks[p0+3] == "-" && x.lower[p0+4] == "old" {
		r, p0, reach = p0+4, p0+5, p0+7
	}
	for p := p0; p <= j && p <= reach; p++ {
		// "the Mexican-born journalist": a compound adjective may be capitalised
		hyphen := strings.Contains(x.toks[p], "-") || p+1 <= j && x.toks[p+1] == "-"
		if mi := x.res.MentionAt(p); mi >= 0 && (x.res.Mentions[mi].Form == ner.FormDemonym || x.res.Mentions[mi].Label == graph.LabelCountry) {
			demonym = demonym || !hyphen // "the Mexican-born journalist" is no office of Mexico
			continue                     // "the Swiss star"
		}
		// "the Gloucester fly-half", "the Sale full-back": a club or a place
		// that is nobody's name qualifies the role
		if x.t.Tokens[p].Upper && !hyphen && x.res.MentionAt(p, graph.LabelPerson) < 0 && x.qualifiedRole(p+1, j) {
			reach = j // a club or a place, not a country: "the Lions coach" is the article's coach
			continue
		}
		if x.t.Tokens[p].Upper && !hyphen || x.t.Tokens[p].Kind != segment.Word && x.toks[p] != "-" {
			return -1
		}
		if anaphorRoles[x.lower[p]] {
			r = p
			break
		}
		if p+2 <= j && x.toks[p+1] == "-" && sportsRoles[x.lower[p]+"-"+x.lower[p+2]] {
			r = p + 2 // "the fly-half"
			break
		}
	}
	if r < 0 || (r < j && !strings.HasSuffix(x.lower[r+1], "ing") && x.lower[r+1] != "who" && x.lower[r+1] != "of" && x.lower[r+1] != "from") {
		return -1
	}
	if _, office := x.res.Title(x.lower[r]); demonym && office {
		return -1 // "the French prime minister" is not the article's prime minister
	}
	off := x.t.Tokens[k].Start
	if e := x.personWithTitle(x.lower[r], off); e >= 0 {
		return e
	}
	if si := x.t.SentenceOf(off); si > 0 {
		if e := x.sentenceSubject(si - 1); e >= 0 {
			return e
		}
	}
	if x.lastSpeaker >= 0 && x.res.Entities[x.lastSpeaker].Label == graph.LabelPerson {
		return x.lastSpeaker
	}
	return -1
}

// sportsRoles are hyphened positions in a team: "the Gloucester fly-half".
var sportsRoles = map[string]bool{
	"fly-half": true, "scrum-half": true, "full-back": true, "centre-back": true, "center-back": true,
	"left-back": true, "right-back": true, "wing-back": true, "stand-off": true, "left-winger": true,
	"right-winger": true, "play-maker": true,
}

// qualifiedRole reports whether tokens [p, j] are the rest of a role
// phrase ending at j: lower-case words, a hyphened position, a role noun
// last ("fly-half", "cross-country champion").
func (x *extractor) qualifiedRole(p, j int) bool {
	if p > j || j-p > 4 {
		return false
	}
	for k := p; k <= j; k++ {
		if x.t.Tokens[k].Upper || x.t.Tokens[k].Kind != segment.Word && x.toks[k] != "-" {
			return false
		}
	}
	return anaphorRoles[x.lower[j]] || j-2 >= p && x.toks[j-1] == "-" && sportsRoles[x.lower[j-2]+"-"+x.lower[j]]
}

// companyNouns name a company by its trade: "the airline said", "the
// German giant said" are the latest organisation.
var companyNouns = map[string]bool{
	"airline": true, "carrier": true, "automaker": true, "carmaker": true, "retailer": true, "lender": true,
	"insurer": true, "giant": true, "conglomerate": true, "manufacturer": true, "utility": true,
	"broadcaster": true, "publisher": true,
}

// latestCompany returns the entity of the latest mention before offset off
// of a company (its kind a company's, listed or read from its name), or
// with airline set of an airline ("EgyptAir", "Delta Air Lines", not
// "Airbus"); or -1.
func (x *extractor) latestCompany(off int, airline bool) int {
	best, bestEnd := -1, -1
	for _, m := range x.res.Mentions {
		if m.Entity < 0 || m.End > off || m.Label != graph.LabelOrganization || m.End <= bestEnd {
			continue
		}
		e := x.res.Entities[m.Entity]
		if airline {
			if airlineName(e.Name) {
				best, bestEnd = m.Entity, m.End
			}
			continue
		}
		if e.Kind == gazetteer.OrgCompany {
			best, bestEnd = m.Entity, m.End
		}
	}
	return best
}

// airlineName reports whether an organisation's name is an airline's.
func airlineName(name string) bool {
	for _, w := range strings.Fields(name) {
		switch lw := strings.ToLower(w); {
		case lw == "air" || lw == "airlines" || lw == "airways" || lw == "airline":
			return true
		case strings.HasSuffix(lw, "air") && len(lw) > 3: // "EgyptAir", "Ryanair"
			return true
		}
	}
	return false
}

// soleHolder reports whether a title has one holder in a story, so that
// "the president" is the person the article quotes.
func soleHolder(title string) bool {
	switch title {
	case "president", "prime minister", "premier", "chancellor", "king", "queen", "pope", "mayor",
		"governor", "vice president", "secretary of state", "speaker", "chief executive", "ceo", "chairman",
		"chairwoman", "coach", "manager", "leader":
		return true
	}
	return false
}

// wishVerbs report hopes and fears rather than statements; they make a
// claim only with an explicit "that".
var wishVerbs = map[string]bool{"hope": true, "expect": true, "fear": true, "worry": true}

// beliefVerbs report a belief, a claim when a clause follows: "Sun
// believes computing capacity is …", not "believes in", not "if he thinks".
var beliefVerbs = map[string]bool{"believe": true, "think": true}

// personHead reports whether a phrase ("head of the Duma’s committee",
// "senior official") names a person by role.
func orgNoun(w string) bool {
	switch w {
	case "group", "organization", "organisation", "ministry", "agency", "company", "department", "party",
		"government", "administration", "office", "committee", "council", "firm", "newspaper", "paper", "network",
		"campaign", "embassy", "union", "bank", "court", "military", "army", "police", "movement", "coalition",
		"delegation":
		return true
	}
	return false
}

// roleWord reports whether a lower-case word may stand in a role phrase
// between an organisation and a name: "chief operating officer",
// "foreign affairs spokesman".
func roleWord(w string) bool {
	switch w {
	case "chief", "operating", "executive", "financial", "officer", "senior", "deputy", "vice", "general", "press",
		"foreign", "affairs", "national", "security", "adviser", "advisor", "spokesman", "spokeswoman",
		"spokesperson", "secretary", "director", "president", "chairman", "chairwoman", "head", "minister",
		"correspondent", "editor", "reporter", "analyst", "economist", "strategist", "leader", "manager",
		"coach", "boss", "founder", "co-founder", "member", "official", "former", "top", "lead", "special":
		return true
	}
	return false
}

func roleNoun(w string) bool {
	switch w {
	case "head", "chairman", "chair", "chairwoman", "director", "spokesman", "spokeswoman", "spokesperson",
		"leader", "chief", "president", "secretary", "minister", "ambassador", "commander", "member", "deputy":
		return true
	}
	return false
}

// sourceTail may follow the head of an unnamed person's description: "a
// source directly involved in", "an official familiar with", "a diplomat
// who".
var sourceTail = map[string]bool{
	"of": true, "familiar": true, "close": true, "directly": true, "involved": true, "who": true, "with": true,
	"briefed": true, "at": true, "from": true, "for": true, "in": true, "knowledgeable": true, "speaking": true,
}

// sourceWithTail makes a Source of a candidate phrase c and the
// description that follows it to the end of the clause ("a source" +
// "directly involved in the policy discussions"), when one of sourceTail
// other than "of" follows it; else it returns -1.
func (x *extractor) sourceWithTail(c ner.Mention, last int) (ent, end int) {
	if c.T1 >= last || !sourceTail[x.lower[c.T1]] || x.lower[c.T1] == "of" {
		return -1, -1
	}
	end = c.T1
	for end < last && x.t.Tokens[end].Kind == segment.Word && end-c.T1 < 10 {
		end++
	}
	if end < last && x.t.Tokens[end].Kind == segment.Word {
		return -1, -1 // too long to be a description
	}
	if x.res.Circumstance(x.lower[c.T1], c.T1+1, end) {
		return -1, -1 // "a federal judge in December": when, not who
	}
	d0 := c.T0
	if isDet(x.lower[d0]) {
		d0++ // "a senior official who …" is described as "senior official who …"
	}
	mi := x.res.NewSource(c.T0, end, x.t.SentenceOf(x.t.Tokens[c.T0].Start), x.res.Span(d0, end))
	return x.res.Mentions[mi].Entity, end
}

func personHead(toks []string) bool {
	if len(toks) == 0 {
		return false
	}
	for i, w := range toks {
		lw := strings.ToLower(w)
		if i == 0 && (lw == "head" || lw == "chairman" || lw == "chair" || lw == "director" || lw == "spokesman" ||
			lw == "spokeswoman" || lw == "spokesperson" || lw == "leader" || lw == "chief" || lw == "president" ||
			lw == "secretary" || lw == "minister" || lw == "ambassador" || lw == "commander") {
			return true
		}
		switch lw {
		case "official", "officials", "spokesman", "spokeswoman", "spokesperson", "diplomat", "aide", "adviser",
			"advisor", "analyst", "expert", "lawyer", "attorney", "officer", "executive", "envoy", "deputy",
			"lawmaker", "senator", "minister", "ambassador", "director", "chairman", "chief", "commander", "researcher",
			"professor", "economist", "investigator", "prosecutor", "judge", "negotiator", "representative", "source",
			"head", "resident", "witness", "doctor", "activist", "member",
			// people in the news by their walk of life or their ties
			"colleague", "friend", "neighbor", "neighbour", "relative", "demonstrator", "protester", "journalist",
			"reporter", "correspondent", "coordinator", "organizer", "organiser", "volunteer", "worker", "employee",
			"staffer", "strategist", "operative", "donor", "voter", "supporter", "critic", "fighter", "soldier",
			"militant", "rebel", "survivor", "father", "mother", "son", "daughter", "brother", "sister", "participant",
			"observer", "owner", "manager", "teacher", "student", "nurse", "farmer", "pilot", "driver", "passenger":
			if i == len(toks)-1 || (i+1 < len(toks) && sourceTail[strings.ToLower(toks[i+1])]) {
				return true
			}
		}
	}
	return false
}

func (x *extractor) titleOf(t0, t1 int) (string, bool) { return x.res.TitleOf(t0, t1) }

func (x *extractor) personWithTitle(title string, before int) int {
	title = strings.ToLower(title)
	return x.res.LatestPerson(before, func(e *ner.Entity) bool {
		for _, t := range e.Titles {
			lt := strings.ToLower(t)
			if lt == title || strings.HasSuffix(lt, " "+title) && !subordinateTitle(strings.TrimSuffix(lt, title)) {
				return true
			}
		}
		return false
	})
}

// subordinateTitle reports whether the words before a title make it
// another office: "vice president" and "deputy minister" are no
// "president" or "minister".
func subordinateTitle(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	switch strings.TrimSuffix(f[len(f)-1], "-") {
	case "vice", "deputy", "assistant", "associate", "under", "lieutenant", "co", "shadow":
		return true
	}
	return false
}

// latestEntity returns the entity of the latest mention of the given
// labels before offset off.
// mainCountry returns the country named most often before offset off
// (by name, not demonym: "the Russians" in a story about Washington; by
// demonym only when none is named), the latest of those tied, or -1.
func (x *extractor) mainCountry(off int) int {
	byName, byDemonym := map[int]int{}, map[int]int{}
	best, bestN, demBest, demN := -1, 0, -1, 0
	for _, m := range x.res.Mentions {
		if m.Entity < 0 || m.End > off || m.Label != graph.LabelCountry {
			continue
		}
		if m.Form == ner.FormDemonym {
			if byDemonym[m.Entity]++; byDemonym[m.Entity] >= demN {
				demBest, demN = m.Entity, byDemonym[m.Entity]
			}
			continue
		}
		if byName[m.Entity]++; byName[m.Entity] >= bestN {
			best, bestN = m.Entity, byName[m.Entity]
		}
	}
	if best < 0 {
		return demBest // "Iranians gathered … after the government admitted"
	}
	return best
}

func (x *extractor) latestEntity(off int, labels ...graph.Label) int {
	best, bestEnd := -1, -1
	for _, m := range x.res.Mentions {
		if m.Entity < 0 || m.End > off {
			continue
		}
		ok := false
		for _, l := range labels {
			if m.Label == l {
				ok = true
			}
		}
		if o, isOutlet := x.res.Entities[m.Entity].Entry.(*gazetteer.Outlet); isOutlet && o.Kind == gazetteer.OutletPhotoAgency {
			continue // a photo credit ("Getty Images") reports nothing
		}
		if ok && m.End > bestEnd && m.Form != ner.FormDemonym {
			best, bestEnd = m.Entity, m.End
		}
	}
	return best
}

// latestNamed returns the entity of the latest organisation mention before
// offset off whose name has the word head ("Trump administration" for "the
// administration", "Government of Turkey" for "the government"), or -1.
func (x *extractor) latestNamed(off int, head string) int {
	best, bestEnd := -1, -1
	for _, m := range x.res.Mentions {
		if m.Entity < 0 || m.End > off || m.End <= bestEnd || m.Label != graph.LabelOrganization {
			continue
		}
		// the head word ends the name or begins "<head> of …": not
		// "Government Accountability Office" for "the government"
		f := strings.Fields(strings.ToLower(x.res.Entities[m.Entity].Name))
		if n := len(f); n >= 2 && (f[n-1] == head || f[0] == head && f[1] == "of") {
			best, bestEnd = m.Entity, m.End
		}
	}
	return best
}

// pronoun resolves he/she/they/it at offset off: the last speaker when it
// agrees, else the latest agreeing person (or plural source/organisation).
func (x *extractor) pronoun(kind string, off int) int {
	agrees := func(ei int) bool {
		if ei < 0 || x.docSpeaker[ei] {
			return false // "the survey said … she said": a document is not he, she or they
		}
		e := x.res.Entities[ei]
		switch kind {
		case "m", "f":
			if e.Label == graph.LabelSource {
				// "a spokeswoman" is she, "a spokesman" he
				n := strings.ToLower(e.Name)
				if kind == "m" && strings.Contains(n, "woman") || kind == "f" && strings.Contains(n, "man") && !strings.Contains(n, "woman") {
					return false
				}
				// "Clinton’s team", "his family" are no he or she
				// (the head before a post-modifier, "chairman of the
				// committee"; a person noun last is the head of a body's
				// name before it, "Department for Education spokeswoman")
				last := lastWord(n)
				collective := collectiveNouns[headWord(n)] && !(ner.SourceNoun(last) && !collectiveNouns[last])
				return !e.Plural && !collective
			}
			if e.Label != graph.LabelPerson {
				return false
			}
			g := e.Gender.String()
			return g == "u" || g == kind
		case "p":
			if e.Label == graph.LabelSource {
				// "documents", "records" are no "they" who speak
				return e.Plural && !docNouns[strings.ToLower(lastWord(e.Name))]
			}
			return e.Label == graph.LabelOrganization || e.Label == graph.LabelCountry
		case "n":
			return e.Label == graph.LabelOrganization || e.Label == graph.LabelOutlet || e.Label == graph.LabelCountry
		}
		return false
	}
	// a pronoun that begins its sentence continues the subject of the
	// sentence before: "Jonathan Winer detailed an exchange with Steele, a
	// friend of his. He said …" is Winer; "…,” said Jol. Mendes could not
	// believe it. He said: …" is Mendes
	if kind == "m" || kind == "f" {
		if ti := x.t.TokenAt(off); ti >= 0 {
			// the pronoun starts its sentence, or is the subject of an
			// attribution after a quote: “…,” he told NBC News
			// or begins the sentence's main clause: "Asked if …, she said"
			// or stands in an attribution set off by commas: "Washington,
			// he said, isn’t working"
			// (but a person who opens the sentence comes first: "Mr. Sanders
			// is paying …, but in his court documents he said …")
			// (and no other person named between: "Mr. Baier asked Mr.
			// Comey whether he had testified")
			si := x.t.SentenceOf(off)
			opener := -1
			if ti > x.t.Sentences[si].First && !x.attributionSubject(ti) && !x.commaAttribution(ti) {
				opener = x.soleOpener(si, ti)
			}
			if si > 0 && !agrees(opener) && (x.t.Sentences[si].First == ti || x.attributionSubject(ti) || x.commaAttribution(ti) ||
				ti > x.t.Sentences[si].First && x.clauseStart(x.t.Sentences[si].First, ti) == ti) {
				// the speaker of a claim in that sentence ("It was no good
				// Mr Blair claiming …, argued Mr Howard. Pointing to …, he
				// added") is its subject
				// (after a quote of several sentences, the sentence before
				// the quote: "Ted Cruz tweeted support …. “… You're alone
				// with your tormentors. …,” he wrote")
				prev := si - 1
				if ti > x.t.Sentences[si].First && x.attributionSubject(ti) {
					prev = min(prev, x.quoteOpeningBefore(ti)-1)
				}
				if prev >= 0 {
					if n := len(x.claims); n > 0 && x.claims[n-1].Sent == prev && agrees(x.claims[n-1].Speaker) {
						return x.claims[n-1].Speaker
					}
					if e := x.sentenceSubject(prev); agrees(e) {
						return e
					}
				}
			}
			// later in a sentence that a person begins, the pronoun is
			// that person: "Biden has not joined these calls — instead,
			// he has said Trump must be investigated"
			// (not in an attribution set off by commas: "Foley stood up
			// to his captors, he said", "Obama, he says, can …")
			if si := x.t.SentenceOf(off); ti > x.t.Sentences[si].First && !x.attributionSubject(ti) && !x.commaAttribution(ti) {
				if e := x.openingPerson(si, ti); agrees(e) {
					return e
				}
			}
		}
	}
	// "The Justice Department released a report on Friday. It said …":
	// "it" opening a sentence is the body that opened the one before;
	// "Some legal experts echoed that view. They said …": "they", the
	// group or body
	if kind == "n" || kind == "p" {
		if ti := x.t.TokenAt(off); ti >= 0 {
			if si := x.t.SentenceOf(off); si > 0 && x.t.Sentences[si].First == ti {
				// unless the sentence before is an attribution: "…, CNN
				// said. It added that …"
				if n := len(x.claims); n > 0 && x.claims[n-1].Sent == si-1 && agrees(x.claims[n-1].Speaker) {
					return x.claims[n-1].Speaker
				}
				if e := x.openingBody(si - 1); agrees(e) {
					return e
				}
				// "But the ITC report on NAFTA issued in January, 1993,
				// predicted only modest gains. It said …": the document
				if kind == "n" {
					if e := x.openingDocument(si - 1); e >= 0 {
						return e
					}
				}
				// "The company also unveiled plans …. It added that …": the
				// company the article named last
				if p := x.t.Sentences[si-1].First; kind == "n" && x.lower[p] == "the" && p+1 < x.t.Sentences[si-1].Last &&
					(companyNouns[x.lower[p+1]] || x.lower[p+1] == "company" || x.lower[p+1] == "firm") {
					if e := x.latestCompany(x.t.Tokens[p].Start, x.lower[p+1] == "airline" || x.lower[p+1] == "carrier"); agrees(e) {
						return e
					}
				}
			}
		}
	}
	if agrees(x.lastAgent) {
		return x.lastAgent
	}
	switch kind {
	case "m", "f":
		best, bestEnd := -1, -1
		for _, m := range x.res.Mentions {
			if m.Entity < 0 || m.End > off || m.Label != graph.LabelPerson {
				continue
			}
			if agrees(m.Entity) && m.End > bestEnd {
				best, bestEnd = m.Entity, m.End
			}
		}
		return best
	case "p":
		return x.pluralSpeaker(off)
	}
	return -1
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// headWord returns the head of a lower-case source description: its last
// word before a post-modifier ("chairman" of "chairman of the
// committee", "official" of "official who briefed the media").
func headWord(desc string) string {
	prev := ""
	for w := range strings.FieldsSeq(desc) {
		if ner.PostModifier(w) && prev != "" {
			return prev
		}
		prev = w
	}
	return prev
}

// collectiveNouns head a group that one person's pronoun never stands for.
var collectiveNouns = map[string]bool{
	"team": true, "campaign": true, "group": true, "staff": true, "committee": true, "office": true,
	"family": true, "panel": true, "board": true, "council": true, "government": true, "administration": true,
	"department": true, "agency": true, "media": true, "camp": true, "party": true,
}

// attributionSubject reports whether token ti, right after a closing
// quote (and a comma), is followed by a verb of saying: “…,” he said.
func (x *extractor) attributionSubject(ti int) bool {
	if ti < 1 || ti+1 >= len(x.toks) {
		return false
	}
	p := ti - 1
	if x.toks[p] == "," && p > 0 {
		p--
	}
	if x.t.Tokens[p].Kind != segment.Quote {
		return false
	}
	v, ok := lex.ReportingVerb(x.lower[ti+1])
	return ok && lex.IsSpeechVerb(v)
}

// titledObject are the prepositions that make a titled name after them no
// subject: "launched by President John F. Kennedy", "alongside Ukrainian
// Prime Minister Arseniy Yatsenyuk" (not "the stance of House Speaker
// Nancy Pelosi, who", where the name is the topic).
var titledObject = map[string]bool{"by": true, "with": true, "alongside": true, "against": true, "to": true}

// quoteOpeningBefore returns the sentence in which the quote that closes
// right before token ti (past a comma) opens, or len(sentences).
func (x *extractor) quoteOpeningBefore(ti int) int {
	p := ti - 1
	if p > 0 && x.toks[p] == "," {
		p--
	}
	for _, q := range x.quotes {
		if !q.Block && x.t.TokenAt(max(q.Close-1, q.Open)) == p {
			return x.t.SentenceOf(q.Open)
		}
	}
	return len(x.t.Sentences)
}

// sentenceSubject returns the first person of sentence si that is not the
// object of a preposition, or -1.
func (x *extractor) sentenceSubject(si int) int {
	s := x.t.Sentences[si]
	if w := x.lower[s.First]; w == "he" || w == "she" {
		return -1 // "He lauded Trump for …": the subject is someone named before
	}
	first, end := -1, s.Last
	for _, m := range x.res.Mentions {
		if m.T0 < s.First || m.Entity < 0 {
			continue
		}
		if m.T0 >= s.Last {
			break
		}
		if m.Label != graph.LabelPerson || x.insideQuote(m.Start) {
			continue
		}
		// (past a title or an owner before the name: "launched by
		// President John F. Kennedy", "Pressed by ABC News’ George
		// Stephanopoulos", "Standing alongside Ukrainian Prime Minister
		// Arseniy Yatsenyuk")
		p := m.T0 - 1
		for p > s.First && (x.t.Tokens[p].Upper || x.possessiveMark(p) || x.toks[p] == "’s" || x.toks[p] == "'s" ||
			x.toks[p] == "of" && x.t.Tokens[p-1].Upper) { // ("Secretary of State John F. Kerry")
			p--
		}
		if m.T0 > s.First && prepositions[x.lower[m.T0-1]] || p >= s.First && p < m.T0-1 && titledObject[x.lower[p]] {
			continue
		}
		first, end = m.Entity, m.T0
		break
	}
	// "The president didn’t have to pay …", "The pressure prompted the
	// prime minister to say …": a role before any name is the person the
	// article gave it (not inside a quote: "“… The president has made a
	// very reasonable offer …,” he said")
	for k := s.First; k < end && k-s.First < 20 && x.t.Tokens[k].Kind != segment.Quote; k++ {
		if x.lower[k] != "the" || k > s.First && (prepositions[x.lower[k-1]] || subordinators[x.lower[k-1]] || clauseWords[x.lower[k-1]] || x.lemmas[k-1] != "") ||
			x.insideQuote(x.t.Tokens[k].Start) {
			continue // (not in a clause of its own: "whatever the chancellor gives away", "says the prime minister went back")
		}
		if e := x.titledAt(k, s.Last); e >= 0 {
			return e
		}
	}
	return first
}

// clauseWords open a subordinate clause whose subject is not the
// sentence's.
var clauseWords = map[string]bool{
	"whatever": true, "what": true, "whether": true, "that": true, "which": true, "who": true, "whom": true,
	"given": true, "where": true, "how": true, "why": true,
}

// titledAt resolves "the [adjectives] <title>" at token k, followed by a
// verb, to the listed holder the story names most, else the person it
// gave the title last; or -1.
func (x *extractor) titledAt(k, last int) int {
	for r := k + 1; r < last-1 && r <= k+3; r++ {
		if _, title := x.res.Title(x.lower[r]); !title && !anaphorRoles[x.lower[r]] {
			continue
		}
		v := r + 1
		if x.t.Tokens[v].Kind != segment.Word || x.t.Tokens[v].Upper || prepositions[x.lower[v]] && x.lower[v] != "to" || x.lower[v] == "who" {
			return -1
		}
		off := x.t.Tokens[k].Start
		if e := x.res.KnownHolder(k+1, r+1, off); e >= 0 {
			return e
		}
		return x.personWithTitle(x.res.Span(k+1, r+1), off)
	}
	return -1
}

// openingBody returns the organisation, outlet, country or source that
// opens sentence si as the subject of a verb ("The Justice Department
// released", "Delta has cut", "Some legal experts echoed"), or -1; a
// group of the body that opens it ("White House officials say") is a
// source of its own. Not a modifier ("US firm Verizon said") nor a name
// inside the sentence ("To hear him draw a connection
// between the deal and China's transformation").
func (x *extractor) openingBody(si int) int {
	s := x.t.Sentences[si]
	t0 := s.First
	if t0 < s.Last && x.lower[t0] == "the" {
		t0++
	}
	mi := x.res.MentionAt(t0, graph.LabelOrganization, graph.LabelOutlet, graph.LabelCountry, graph.LabelSource)
	if mi < 0 {
		return -1
	}
	m := x.res.Mentions[mi]
	if m.T0 != t0 || m.T1 >= s.Last || m.Form == ner.FormDemonym {
		return -1
	}
	next := x.lower[m.T1]
	if x.t.Tokens[m.T1].Kind != segment.Word || x.t.Tokens[m.T1].Upper {
		return -1
	}
	if ner.SourceNoun(next) && m.Label != graph.LabelSource {
		// "White House officials aren't promising …", "FBI examiners
		// often analyze": the group of the body is the subject
		if v := m.T1 + 1; v < s.Last && strings.HasSuffix(next, "s") && x.t.Tokens[v].Kind == segment.Word && !x.t.Tokens[v].Upper &&
			!prepositions[x.lower[v]] && !functionWords[x.lower[v]] {
			return x.res.Mentions[x.res.NewSource(t0, m.T1+1, si, x.res.Span(t0, m.T1+1))].Entity
		}
		return -1
	}
	if verbLike(next) && (m.Label != graph.LabelCountry || !strings.HasSuffix(next, "s")) {
		return m.Entity
	}
	if _, ok := lex.ReportingVerb(next); ok {
		return m.Entity
	}
	return -1
}

// verbLike reports whether word w after a subject may be its verb or
// what comes before it: an auxiliary or adverb, a past tense, a present
// in -s ("Delta has cut", "the agency says").
func verbLike(w string) bool {
	return isAdverbOrAux(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// commaAttribution reports whether the pronoun at ti follows a comma and
// precedes a verb of saying: "…, he said."
func (x *extractor) commaAttribution(ti int) bool {
	if ti < 1 || ti+1 >= len(x.toks) || x.toks[ti-1] != "," {
		return false
	}
	k := ti + 1
	if isAdverbOrAux(x.lower[k]) && k+1 < len(x.toks) {
		k++ // ", he also said", ", he has said"
	}
	v, ok := lex.ReportingVerb(x.lower[k])
	return ok && lex.IsSpeechVerb(v)
}

// openingPerson returns the person whose name opens sentence si (after a
// conjunction or an adverb such as "But" or "Meanwhile"), when no quote
// stands between it and token ti; else -1.
func (x *extractor) openingPerson(si, ti int) int {
	s := x.t.Sentences[si]
	k := s.First
	if n := datelineLen(x.t.Body[s.Start:s.End]); n > 0 {
		k = max(k, x.t.TokenAt(s.Start+n)) // "London (CNN) Boris Johnson, …, announced he"
	}
	for k < ti && (sentenceOpeners[x.lower[k]] || x.toks[k] == ",") {
		k++
	}
	// "At the United Nations, Russia's deputy ambassador, Vladimir
	// Safronkov, strongly criticized what he called …": past a setting
	// and the role before the name
	if frontedPreps[x.lower[k]] {
		if c := x.nextComma(k, ti, 8); c > 0 && x.frontedPhrase(k, c+1) {
			k = c + 1
		}
	}
	if x.res.MentionAt(k, graph.LabelPerson) < 0 {
		if c := x.nextComma(k, ti, 5); c > 0 && x.rolePhrase(k, c) {
			k = c + 1
		}
	}
	if k+1 < ti && honorifics[x.lower[k]] && x.res.MentionAt(k, graph.LabelPerson) < 0 {
		k++ // "Mr. Sanders is paying …"
	}
	mi := x.res.MentionAt(k, graph.LabelPerson)
	if mi < 0 || x.res.Mentions[mi].T0 != k || x.res.Mentions[mi].T1 >= ti || x.res.Mentions[mi].Entity < 0 {
		return -1
	}
	for j := s.First; j < ti; j++ {
		if x.t.Tokens[j].Kind == segment.Quote {
			return -1
		}
	}
	return x.res.Mentions[mi].Entity
}

// nextComma returns the first comma in tokens [k, k+n] before ti, or -1.
func (x *extractor) nextComma(k, ti, n int) int {
	for j := k; j < ti && j <= k+n; j++ {
		if x.toks[j] == "," {
			return j
		}
	}
	return -1
}

// rolePhrase reports whether tokens [k, c) are a role set before a name:
// lower-case words, after at most one capitalised word and its possessive,
// ending in a role ("Russia's deputy ambassador", "the agency's director").
func (x *extractor) rolePhrase(k, c int) bool {
	if c-k < 2 || !x.roleBefore(c-1) {
		return false
	}
	for j := k; j < c-1; j++ {
		switch {
		case possessiveS(x.toks[j]):
		case x.t.Tokens[j].Kind != segment.Word:
			return false
		case x.t.Tokens[j].Upper && j > k:
			return false
		}
	}
	return true
}

// soleOpener is openingPerson(si, ti) when no other person is named
// between it and token ti ("Mr. Baier asked Mr. Comey whether he had
// testified" is no Baier's), else -1.
func (x *extractor) soleOpener(si, ti int) int {
	e := x.openingPerson(si, ti)
	if e < 0 {
		return -1
	}
	for _, m := range x.res.Mentions {
		if m.T0 >= ti {
			break
		}
		if m.Label == graph.LabelPerson && m.Entity >= 0 && m.Entity != e && m.T0 >= x.t.Sentences[si].First {
			return -1
		}
	}
	return e
}

// namedHeads end the names of bodies that "the <head>" refers back to
// only when the article named one: "the command", "the commission".
var namedHeads = map[string]bool{
	"command": true, "commission": true, "bureau": true, "authority": true, "board": true,
	"institute": true, "foundation": true, "service": true, "tribunal": true, "panel": true,
}

// asideAdverbs stand set off by commas between a subject and its verb:
// "Hagel, speaking in Georgia, however, rejected".
var asideAdverbs = map[string]bool{
	"however": true, "meanwhile": true, "though": true, "too": true, "also": true, "moreover": true,
	"nonetheless": true, "nevertheless": true, "instead": true, "likewise": true, "similarly": true,
	"separately": true, "furthermore": true, "meantime": true,
}

// sentenceOpeners may stand before a sentence's subject.
var sentenceOpeners = map[string]bool{
	"but": true, "and": true, "yet": true, "so": true, "still": true, "meanwhile": true, "however": true,
	"now": true, "instead": true, "later": true, "then": true, "also": true,
}

var prepositions = map[string]bool{
	"with": true, "to": true, "of": true, "by": true, "for": true, "from": true, "at": true, "about": true,
	"against": true, "on": true, "in": true, "into": true, "between": true, "among": true, "like": true,
	"than": true, "under": true, "over": true, "after": true, "before": true, "without": true, "toward": true,
	"towards": true, "behind": true, "via": true, "as": true,
}

// pluralSpeaker is the latest plural source (or organisation) before off.
func (x *extractor) pluralSpeaker(off int) int {
	if x.lastSpeaker >= 0 {
		if e := x.res.Entities[x.lastSpeaker]; e.Label == graph.LabelSource && e.Plural {
			return x.lastSpeaker
		}
	}
	best, bestEnd := -1, -1
	for _, m := range x.res.Mentions {
		if m.Entity < 0 || m.End > off || m.Label != graph.LabelSource {
			continue
		}
		if e := x.res.Entities[m.Entity]; e.Plural && m.End > bestEnd {
			best, bestEnd = m.Entity, m.End
		}
	}
	return best
}

// speakerRight finds the speaker written right after the cue ("said a
// source close to …", "said Gordon Adams", "said he").
func (x *extractor) speakerRight(c1, last int) (ent, end int) {
	if c1 >= last {
		return -1, -1
	}
	if k, ok := lex.Pronoun(x.toks[c1]); ok && (k == "m" || k == "f" || k == "p") {
		return x.pronoun(k, x.t.Tokens[c1].Start), c1 + 1
	}
	// titles before the name: "said Representative Trey Gowdy", "said Sen. Lindsey Graham"
	n0 := c1
	for n0 < last && n0 < c1+4 && x.t.Tokens[n0].Upper && x.res.MentionAt(n0) < 0 {
		if _, ok := x.res.Title(x.toks[n0]); !ok {
			break
		}
		n0++
	}
	// a role in lower case or a title with "of" before the name: "said
	// former NSA Director Michael Hayden", "said deputy national security
	// adviser Ben Rhodes", "said Secretary of State John Kerry"
	if p := x.roledPerson(c1, last); p >= 0 {
		m := x.res.Mentions[p]
		return m.Entity, m.T1
	}
	if p := x.describedName(c1, last); p >= 0 {
		m := x.res.Mentions[p]
		return m.Entity, m.T1
	}
	best := -1
	for mi := range x.res.Mentions {
		m := &x.res.Mentions[mi]
		if m.T0 > n0+1 {
			break
		}
		if (m.T0 == c1 || m.T0 == n0 || (m.T0 == c1+1 && isDet(x.toks[c1]))) && m.Entity >= 0 && speakerLabel(m.Label) && m.Form != ner.FormDemonym {
			if best < 0 || m.T1 > x.res.Mentions[best].T1 {
				best = mi
			}
		}
	}
	// a source phrase that starts here and runs past the mention: "according
	// to a U.S. official" is the official, not the United States
	for ci := range x.res.Candidates {
		c := x.res.Candidates[ci]
		if (c.T0 == c1 || (c.T0 == c1+1 && isDet(x.toks[c1]))) && c.T1 > 0 && (best < 0 || c.T1 > x.res.Mentions[best].T1) {
			if e, end := x.sourceWithTail(c, last); e >= 0 {
				x.res.Candidates[ci].T1 = -1
				return e, end
			}
			mi := x.res.PromoteSource(ci)
			x.res.Candidates[ci].T1 = -1
			return x.res.Mentions[mi].Entity, x.res.Mentions[mi].T1
		}
	}
	if best >= 0 {
		// "said a Republican lobbyist", "said the Ohio Republican": a person
		if e, s, ok := x.partySpeaker(best, c1, last); ok {
			if e < 0 {
				return -1, -1
			}
			return e, max(s, x.res.Mentions[best].T1)
		}
		// "said Russian President Vladimir Putin": skip modifiers to the person
		// ("said Sun's chief operating officer Jonathan Schwartz": over a
		// possessive and lower-case role words too)
		m := x.res.Mentions[best]
		reach := m.T1
		for reach < last && reach-m.T1 < 6 && (possessiveS(x.toks[reach]) ||
			x.t.Tokens[reach].Kind == segment.Word && !x.t.Tokens[reach].Upper && roleWord(x.lower[reach])) {
			reach++
		}
		for mi := best + 1; mi < len(x.res.Mentions) && x.res.Mentions[mi].T0 <= max(m.T1+3, reach) && x.res.Mentions[mi].T0 < last; mi++ {
			n := x.res.Mentions[mi]
			if x.punctIn(m.T1, n.T0) {
				break // "according to Reuters, Soleimani was …": the clause after the comma
			}
			if n.Label == graph.LabelPerson && n.Entity >= 0 && m.Label != graph.LabelPerson && m.Label != graph.LabelSource && (n.T0 <= m.T1+3 || n.T0 == reach) {
				return n.Entity, n.T1
			}
			// "according to the U.S. Department of Agriculture": the body
			// of the country, not the country
			if m.Label == graph.LabelCountry && n.T0 == m.T1 && n.Entity >= 0 && (n.Label == graph.LabelOrganization || n.Label == graph.LabelOutlet) {
				return n.Entity, n.T1
			}
		}
		return m.Entity, m.T1
	}
	for ci := range x.res.Candidates {
		c := x.res.Candidates[ci]
		if c.T0 == c1 || (c.T0 == c1+1 && isDet(x.toks[c1])) {
			mi := x.res.PromoteSource(ci)
			x.res.Candidates[ci].T1 = -1
			return x.res.Mentions[mi].Entity, x.res.Mentions[mi].T1
		}
	}
	// "according to a report released Thursday by the inspector general",
	// "according to a statement from the Wildlife Conservation Society":
	// the document's author
	if isDet(x.toks[c1]) {
		for d := c1 + 1; d < last && d <= c1+3; d++ {
			if !docNouns[x.lower[d]] && x.lower[d] != "statement" {
				continue
			}
			for b := d + 1; b < last && b < d+8; b++ {
				if x.t.Tokens[b].Kind == segment.Punct {
					break
				}
				if x.lower[b] == "by" || x.lower[b] == "from" && b == d+1 {
					a := b + 1
					if a < last && x.lower[a] == "the" {
						a++
					}
					// "by the country's State Planning Organisation", "by
					// its research arm": past an owner that is no name
					if a+1 < last && x.t.Tokens[a].Kind == segment.Word && !x.t.Tokens[a].Upper && possessiveS(x.toks[a+1]) {
						a += 2
					} else if a < last && (x.lower[a] == "its" || x.lower[a] == "their") {
						a++
					}
					if mi := x.res.MentionAt(a); mi >= 0 {
						if m := x.res.Mentions[mi]; m.Entity >= 0 && speakerLabel(m.Label) {
							return m.Entity, m.T1
						}
					}
					break
				}
			}
			// "according to a Pentagon statement", "according to a CNN
			// poll": the body that names the document
			if mi := x.res.MentionAt(d - 1); mi >= 0 {
				if m := x.res.Mentions[mi]; m.T1 == d && m.T0 > c1 && m.Entity >= 0 && speakerLabel(m.Label) && m.Form != ner.FormDemonym {
					return m.Entity, d + 1
				}
			}
			if e := x.documentAuthor(x.lower[d], c1); e >= 0 {
				return e, d + 1
			}
			break
		}
	}
	// "said the prime minister", "said the head of …": a description up to the end
	end = c1
	for end < last && (x.t.Tokens[end].Kind != segment.Punct || x.toks[end] == "-") && x.t.Tokens[end].Kind != segment.Quote && end-c1 < 10 {
		end++
	}
	according := c1-2 >= 0 && x.lower[c1-2] == "according" && x.lower[c1-1] == "to"
	// "according to a poll released Tuesday", "according to a report
	// obtained by The Times": the document ends before its participle
	for d := c1 + 1; according && d < end-1; d++ {
		if (docNouns[x.lower[d]] || bareDocs[x.lower[d]]) && docParticiples[x.lower[d+1]] {
			end = d + 1
			break
		}
	}
	// "according to the regulator Ofcom", "according to broadcaster RTBF":
	// a role noun before the name is the named body or person
	if r := c1; according && r < end {
		if isDet(x.toks[r]) {
			r++
		}
		if r+1 < end && !x.t.Tokens[r].Upper && x.t.Tokens[r].Kind == segment.Word {
			if mi := x.res.MentionAt(end - 1); mi >= 0 {
				m := x.res.Mentions[mi]
				if m.T1 == end && m.T0 > r && m.T0-r <= 4 && m.Entity >= 0 && speakerLabel(m.Label) && x.wordsOnly(r, m.T0-1) && !x.hasPrep(r, m.T0) {
					return m.Entity, end // (not "a spokesman for the US Pacific Command": the spokesman)
				}
			}
		}
	}
	if end > c1 && isDet(x.toks[c1]) {
		if e, _ := x.description(end-1, c1); e >= 0 {
			return e, end
		}
	}
	// "said a source directly involved in the policy discussions"
	if end > c1+1 && isDet(x.toks[c1]) && x.lower[c1] != "the" && personHead(x.toks[c1+1:end]) {
		mi := x.res.NewSource(c1, end, x.t.SentenceOf(x.t.Tokens[c1].Start), x.res.Span(c1+1, end))
		return x.res.Mentions[mi].Entity, end
	}
	// "according to foreign policy experts", "said police"
	if end > c1 && end-c1 <= 3 {
		if e, s := x.bareGroup(end-1, c1); e >= 0 && s == c1 {
			return e, end
		}
		// "according to court documents", "according to police records":
		// papers with no determiner, a generic source of their own
		if bareDocs[x.lower[end-1]] && c1-2 >= 0 && x.lower[c1-1] == "to" && x.lower[c1-2] == "according" {
			return x.documentSource(c1, end, x.res.Span(c1, end)), end
		}
	}
	return -1, -1
}

// roledPerson returns the mention of a person named after a role phrase
// that starts at token c1 ("former NSA Director", "Secretary of State",
// "clinical psychologist", "Human Rights Campaign President"), or -1. The
// phrase holds only capitalised words, role words and "of", and the word
// right before the name is a role: a title or a lower-case agent noun.
// So "said Russia was …" and "said officials in …" are not read as roles.
func (x *extractor) roledPerson(c1, last int) int {
	if c1 >= last {
		return -1
	}
	tk := x.t.Tokens[c1]
	// ("said rally driver Dave Hawkins": a noun qualifying the role)
	qualified := c1+2 < last && !tk.Upper && x.describedBefore(c1, c1+2) && x.res.MentionAt(c1+2, graph.LabelPerson) >= 0
	if tk.Kind != segment.Word || tk.Upper && !x.hasOfTitle(c1, last) && !x.titledName(c1, last) && !x.ledRole(c1, last) ||
		!tk.Upper && !roleWord(x.lower[c1]) && !agentNoun(x.lower[c1]) && !roleModifier(x.lower[c1]) && !qualified {
		return -1
	}
	ofTitle := tk.Upper && x.hasOfTitle(c1, last)
	reach := c1 + 7
	if ofTitle {
		reach = c1 + 10 // "Minister of State for Foreign Affairs Dr. Anwar Gargash"
	}
	for k := c1 + 1; k < last && k <= reach; k++ {
		if mi := x.res.MentionAt(k, graph.LabelPerson); mi >= 0 {
			m := x.res.Mentions[mi]
			if m.T0 == k && m.Entity >= 0 && (x.roleBefore(k-1) || ofTitle || qualified && k == c1+2) {
				return mi
			}
			if m.T0 < k || m.T0 == k {
				return -1
			}
		}
		t := x.t.Tokens[k]
		if (possessiveS(x.toks[k])) && k+1 < last {
			if mi := x.res.MentionAt(k+1, graph.LabelPerson); mi >= 0 && x.res.Mentions[mi].T0 == k+1 && x.res.Mentions[mi].Entity >= 0 {
				return mi // "MSN's Blake Irving"
			}
			return -1
		}
		if ofTitle && k+1 < last && (x.lower[k] == "for" && x.t.Tokens[k+1].Upper || x.toks[k] == "." && x.isTitle(k-1)) {
			continue // "Secretary of State for Health", "Dr."
		}
		if t.Kind != segment.Word || lex.IsWeekday(x.toks[k]) {
			return -1
		}
		if !t.Upper && !roleWord(x.lower[k]) && !agentNoun(x.lower[k]) && !roleModifier(x.lower[k]) &&
			x.lower[k] != "of" && x.lower[k] != "and" && !(qualified && k == c1+1) {
			return -1
		}
	}
	return -1
}

// ledRole reports whether one or two capitalised words from token i (a
// demonym, a company, a place) lead lower-case role words or a possessive
// right before a person's name: "French finance minister Herve Gaymard",
// "RCA spokeswoman Sue Bradburn", "MSN's Blake Irving".
func (x *extractor) ledRole(i, last int) bool {
	k := i
	for k < last && k < i+2 && x.t.Tokens[k].Upper && x.t.Tokens[k].Kind == segment.Word && !lex.IsCalendar(x.toks[k]) {
		if _, ok := x.res.Title(x.toks[k]); ok {
			return false
		}
		k++
	}
	if k == i || k >= last {
		return false
	}
	if possessiveS(x.toks[k]) {
		mi := x.res.MentionAt(k+1, graph.LabelPerson)
		return mi >= 0 && x.res.Mentions[mi].T0 == k+1
	}
	return !x.t.Tokens[k].Upper && (roleWord(x.lower[k]) || agentNoun(x.lower[k]) || roleModifier(x.lower[k]))
}

// namedAfter returns the person whose name follows the role phrase that
// ends at token j, set off by a comma ("France's ambassador to the United
// States, Gerard Araud,", "one of his friends, Alex Sherman of Bloomberg
// News,"), or -1.
func (x *extractor) namedAfter(j int) int {
	if j+1 < len(x.toks) && x.toks[j+1] != "," && !prepositions[x.lower[j+1]] {
		return -1 // only the role's own phrase stands before the comma
	}
	for k := j + 1; k < len(x.toks) && k <= j+8; k++ {
		if x.toks[k] != "," {
			if x.t.Tokens[k].Kind == segment.Punct || x.t.Tokens[k].Kind == segment.Quote || k > j+1 && !x.t.Tokens[k].Upper && !isDet(x.toks[k]) {
				return -1
			}
			continue
		}
		mi := x.res.MentionAt(k+1, graph.LabelPerson)
		if mi < 0 || x.res.Mentions[mi].T0 != k+1 || x.res.Mentions[mi].Entity < 0 {
			return -1
		}
		// the name ends the apposition: "Petraeus’ former executive officer
		// Pete Mansoor" names someone else first
		if e := x.res.Mentions[mi].T1; e < len(x.toks) && (x.toks[e] == "," || prepositions[x.lower[e]]) {
			return x.res.Mentions[mi].Entity
		}
		return -1
	}
	return -1
}

// isTitle reports whether token k is a capitalised title: "Dr", "Sen".
func (x *extractor) isTitle(k int) bool {
	if !x.t.Tokens[k].Upper {
		return false
	}
	_, ok := x.res.Title(x.toks[k])
	return ok
}

// describedName returns the person mention that ends an inverted
// attribution after a few words describing them, none of which the
// role lists know: "said British firebrand preacher Anjem Choudhary,",
// "said Knights of Columbus chief Carl Anderson.", "said Aviator star
// Alan Alda, a family friend"; or -1. The words are plain words (an
// "of" only before a capital), no verbs, and the name ends the phrase.
func (x *extractor) describedName(c1, last int) int {
	k := c1
	if k < last && isDet(x.toks[k]) {
		k++
	}
	for start, skipped := k, 0; k < last && k-start-skipped < 6; k++ {
		if mi := x.res.MentionAt(k, graph.LabelPerson); mi >= 0 {
			m := x.res.Mentions[mi]
			if m.T0 != k || m.Entity < 0 || k == start {
				return -1
			}
			if m.T1 < last && x.t.Tokens[m.T1].Kind != segment.Punct {
				return -1 // "said actor Alan Alda will …": not the end of the phrase
			}
			return mi
		}
		t := x.t.Tokens[k]
		lw := x.lower[k]
		if lw == "of" && k+1 < last && x.t.Tokens[k+1].Upper && k > start {
			continue
		}
		// an owner's possessive ("said Turkey's deputy prime minister"),
		// and a comma between the role and the name ("…, Numan Kurtulmus")
		if possessiveS(lw) && k > start && x.t.Tokens[k-1].Upper ||
			lw == "," && k > start+1 && k+1 < last && x.roleBefore(k-1) && x.res.MentionAt(k+1, graph.LabelPerson) >= 0 {
			skipped++
			continue
		}
		if t.Kind != segment.Word || prepositions[lw] || isConj(lw) || isDet(lw) || lex.IsWeekday(x.toks[k]) ||
			strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing") || lw == "that" || lw == "who" || lw == "which" {
			return -1
		}
		if _, ok := lex.Pronoun(x.toks[k]); ok {
			return -1
		}
		if !t.Upper && x.res.MentionAt(k) >= 0 {
			return -1 // a lower-case word of another entity's name
		}
	}
	return -1
}

// describedBefore reports whether tokens [a, b) are lower-case content
// words, a description before a name ("rally driver", "motorcycle
// racer"): no determiner, preposition, pronoun, conjunction or verb.
func (x *extractor) describedBefore(a, b int) bool {
	for k := a; k < b; k++ {
		w := x.lower[k]
		if x.t.Tokens[k].Kind != segment.Word || x.t.Tokens[k].Upper || isDet(w) || prepositions[w] || isConj(w) ||
			functionWords[w] || subjectPronoun(w) || x.lemmas[k] != "" || finiteWord(w) {
			return false
		}
	}
	return true
}

// roleBefore reports whether token k, right before a name, ends a role:
// "Director", "adviser", "psychologist", "player".
func (x *extractor) roleBefore(k int) bool {
	if x.t.Tokens[k].Upper {
		_, ok := x.res.Title(x.toks[k])
		return ok
	}
	return roleWord(x.lower[k]) || agentNoun(x.lower[k])
}

// titledName reports whether the capitalised words from token i lead to a
// title right before a person's name: "Human Rights Campaign President
// Chad Griffin".
func (x *extractor) titledName(i, last int) bool {
	for k := i; k < last && k < i+6; k++ {
		if !x.t.Tokens[k].Upper || x.t.Tokens[k].Kind != segment.Word || lex.IsWeekday(x.toks[k]) {
			return false
		}
		if mi := x.res.MentionAt(k+1, graph.LabelPerson); mi >= 0 && x.res.Mentions[mi].T0 == k+1 {
			_, ok := x.res.Title(x.toks[k])
			return ok
		}
	}
	return false
}

// agentNoun reports whether a lower-case word names a person by what they
// do: "psychologist", "player", "senator", "historian", "consultant".
func agentNoun(w string) bool {
	if len(w) < 6 {
		return false
	}
	switch w {
	case "whether", "however", "another", "neither", "either", "rather", "further", "former", "other", "under",
		"after", "never", "later", "earlier", "together", "over", "number", "order", "member":
		return w == "member"
	}
	for _, suf := range []string{"ist", "er", "or", "ian", "ant", "ent"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// roleModifier reports whether a lower-case word may qualify a role before
// a name: "clinical psychologist", "keyboard player", "veteran diplomat".
func roleModifier(w string) bool {
	switch w {
	case "clinical", "keyboard", "veteran", "longtime", "political", "chief", "senior", "retired", "independent",
		"democratic", "republican", "conservative", "liberal", "prominent", "leading", "top", "then", "acting",
		"interim", "assistant", "associate", "principal", "regional", "local", "state", "federal", "county",
		"city", "police", "military", "intelligence", "defense", "defence", "party", "campaign", "team",
		"club", "band", "lead", "fellow", "legal", "policy", "research", "investment", "market", "energy",
		"economic", "foreign", "health", "science", "tech", "technology", "industry", "finance", "trade",
		"interior", "justice", "education", "environment", "transport", "agriculture", "labour", "labor",
		"home", "culture", "sports", "communications", "committee", "council", "company", "department",
		"ministry", "embassy", "agency", "union", "court", "board", "hospital", "school", "university":
		return true
	}
	return false
}

// hasOfTitle reports whether a title with "of" starts at token i:
// "Secretary of State", "Minister of Defence".
func (x *extractor) hasOfTitle(i, last int) bool {
	return i+2 < last && x.lower[i+1] == "of" && x.t.Tokens[i+2].Upper && roleWord(x.lower[i])
}

// personEndsAt reports whether a person's name ends right before token k.
func (x *extractor) personEndsAt(k int) bool {
	mi := x.res.MentionAt(k-1, graph.LabelPerson)
	return mi >= 0 && x.res.Mentions[mi].T1 == k && x.res.Mentions[mi].Entity >= 0
}

// isDash reports whether w is a dash that sets off a parenthesis.
func isDash(w string) bool { return w == "—" || w == "–" || w == "--" }

// possessiveS reports whether token w is the possessive "'s" or "’s".
func possessiveS(w string) bool { return w == "’s" || w == "'s" }

// dashAt reports whether token k is a dash, or a hyphen set apart by
// spaces as one: "Mr Hawkins - a paraplegic himself - says".
func (x *extractor) dashAt(k int) bool {
	if isDash(x.toks[k]) {
		return true
	}
	return x.toks[k] == "-" && k > 0 && k+1 < len(x.toks) &&
		x.t.Tokens[k-1].End < x.t.Tokens[k].Start && x.t.Tokens[k].End < x.t.Tokens[k+1].Start
}

func isDet(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "the", "one", "another", "both":
		return true
	}
	return false
}

// add records a claim and makes its speaker the last speaker.
func (x *extractor) add(speaker int, kind, cueText string, start, end, sent int) {
	x.addMin(speaker, kind, cueText, start, end, sent, 8)
}

// addMin is add for a claim text of at least minLen bytes.
func (x *extractor) addMin(speaker int, kind, cueText string, start, end, sent, minLen int) {
	start, end = x.trim(start, end)
	if speaker < 0 || end-start < minLen {
		return
	}
	for _, cl := range x.claims {
		if cl.Speaker == speaker && cl.Start == start && cl.End == end {
			return // "according to a Reuters report": one claim, not one per cue
		}
	}
	x.claims = append(x.claims, Claim{Speaker: speaker, Kind: kind, Cue: cueText, Start: start, End: end, Sent: sent})
	x.lastSpeaker = speaker
	if !x.docSpeaker[speaker] {
		x.lastAgent = speaker
	}
	x.lastPara = x.t.Sentences[sent].Para
}

// datelineLen returns the length of a dateline that begins s ("WASHINGTON
// — ", "LONDON (Reuters) - ", "NEW YORK, Jan. 5 — "), or 0: the place in
// capitals, an optional agency or date, a dash.
func datelineLen(s string) int {
	if n := agencyDateline(s); n > 0 {
		return n
	}
	i, caps := 0, 0
	for ; i < len(s) && i < 60; i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			caps++
		} else if !(c == ' ' || c == '.' || c == ',' || c == '\'' || c == '-' && caps > 0 && i+1 < len(s) && s[i+1] != ' ') {
			break // the end of the place in capitals
		}
	}
	if caps < 3 {
		return 0
	}
	rest := s[i:]
	if p := strings.IndexAny(rest, "—–-"); p >= 0 && p <= 30 {
		// an agency in brackets or a date may stand before the dash
		if mid := rest[:p]; strings.ContainsAny(mid, ".!?\"“") {
			return 0
		}
		k := skipDashes(s, i+p)
		if k >= len(s) || s[k] < 'A' || s[k] > 'Z' {
			return 0 // "NATO — the alliance — said": an aside, not a dateline
		}
		return k
	}
	return 0
}

// agencyDateline returns the length of a dateline in the agencies' own
// style, a place in title case and the agency in brackets ("London (CNN)
// ", "Hong Kong (CNN) — "), or 0.
func agencyDateline(s string) int {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return 0
	}
	open := strings.IndexByte(s[:min(len(s), 40)], '(')
	if open < 2 || s[open-1] != ' ' {
		return 0
	}
	for _, w := range strings.Fields(s[:open]) {
		if w[0] < 'A' || w[0] > 'Z' {
			return 0 // "the protest (which …)": no place
		}
	}
	closing := strings.IndexByte(s[open:], ')')
	if closing < 0 || !datelineAgencies[s[open+1:open+closing]] {
		return 0
	}
	return skipDashes(s, open+closing+1)
}

// skipDashes returns the offset past the spaces and dashes (-, —, –) at
// offset k of s.
func skipDashes(s string, k int) int {
	for k < len(s) && (s[k] == ' ' || s[k] == '-' || strings.HasPrefix(s[k:], "—") || strings.HasPrefix(s[k:], "–")) {
		if s[k] == ' ' || s[k] == '-' {
			k++
		} else {
			k += len("—")
		}
	}
	return k
}

// datelineAgencies sign datelines with their name in brackets.
var datelineAgencies = map[string]bool{"CNN": true, "Reuters": true, "AP": true, "AFP": true, "CNN Business": true, "CNNMoney": true}

// trim removes spaces, commas, a final period and unbalanced outer quotes
// from the ends of a text span.
func (x *extractor) trim(start, end int) (int, int) {
	b := x.t.Body
	start += datelineLen(b[start:end])
	for start < end {
		r, n := decodeAt(b, start)
		if r == ' ' || r == ',' || r == '\n' || r == ':' || r == '—' || r == '–' {
			start += n
			continue
		}
		break
	}
	for end > start {
		r, n := decodeBefore(b, end)
		if r == ' ' || r == ',' || r == '\n' || r == '.' || r == ':' || r == ';' || r == '—' || r == '–' {
			end -= n
			continue
		}
		break
	}
	return start, end
}

// roleHolder returns the person that an earlier role phrase tied to the
// country or organisation named at token t0 with the role in tokens
// (t0's mention, t1): "the Turkish president" is the person of "Turkish
// President Recep Tayyip Erdogan", "the Kremlin spokesman" the one of
// "Kremlin spokesman Dmitry Peskov". It returns -1 when none did.
func (x *extractor) roleHolder(t0, t1, before int) int {
	mi := x.res.MentionAt(t0)
	if mi < 0 {
		return -1
	}
	m := x.res.Mentions[mi]
	if m.T0 != t0 || m.T1 >= t1 || m.Entity < 0 || m.Label != graph.LabelCountry && m.Label != graph.LabelOrganization {
		return -1
	}
	title := x.res.Span(m.T1, t1)
	best, bestEnd := -1, -1
	for _, r := range x.res.Roles {
		if r.End > before || r.End <= bestEnd || r.Of < 0 || r.Person < 0 {
			continue
		}
		if x.res.Mentions[r.Of].Entity == m.Entity && (strings.EqualFold(r.Title, title) || headTitles[strings.ToLower(r.Title)] && headTitles[strings.ToLower(title)]) {
			best, bestEnd = x.res.Mentions[r.Person].Entity, r.End
		}
	}
	return best
}

// headTitles all name the head of a body: "the CIA chief" is its director.
var headTitles = map[string]bool{"director": true, "chief": true, "head": true, "boss": true, "leader": true}

// definiteRoleHolder returns the person the article gave the role that
// the definite phrase [t0, j] describes ("the former CIA director", "the
// special counsel"), or -1.
func (x *extractor) definiteRoleHolder(t0, j int) int {
	if x.lower[t0] != "the" || j-t0 < 2 {
		return -1
	}
	k := t0 + 1
	if x.lower[k] == "former" || x.lower[k] == "then" {
		k++
	}
	off := x.t.Tokens[t0].Start
	if e := x.roleHolder(k, j+1, off); e >= 0 {
		return e
	}
	if !x.t.Tokens[k].Upper && k < j {
		if e := x.personWithTitle(x.res.Span(k, j+1), off); e >= 0 {
			return e // "the special counsel"
		}
	}
	return x.res.KnownHolder(k, j+1, off)
}

// surnameOf returns the person named earlier than offset before whose
// surname is one of the capitalised tokens [t0, t1): "Mueller" of "the
// Mueller report" is Robert Mueller. It returns -1 when none or several
// match.
func (x *extractor) surnameOf(t0, t1, before int) int {
	found := -1
	for t := t0; t < t1; t++ {
		if !x.t.Tokens[t].Upper {
			continue
		}
		for ei, e := range x.res.Entities {
			if e.Label != graph.LabelPerson || len(e.Mentions) == 0 || x.res.Mentions[e.Mentions[0]].Start >= before {
				continue
			}
			if sp := strings.LastIndexByte(e.Name, ' '); sp < 0 || e.Name[sp+1:] != x.toks[t] {
				continue
			}
			if found >= 0 && found != ei {
				return -1
			}
			found = ei
		}
	}
	return found
}

// appositionCloses reports whether the comma at token j closes an
// apposition or a participle phrase opened by an earlier comma: ", a
// professor at Harvard Law School,", ", speaking in Georgia …,", ",
// who …,".
func (x *extractor) appositionCloses(j, first int) bool {
	for k := j - 1; k > first && j-k < 40; k-- {
		if x.toks[k] != "," {
			continue
		}
		switch w := x.lower[k+1]; {
		case w == "a" || w == "an" || w == "the" || w == "who" || w == "whose" || w == "his" || w == "her":
			return true
		case strings.HasSuffix(w, "ing") && !x.t.Tokens[k+1].Upper:
			return true
		}
		return false
	}
	return false
}

// punctIn reports whether a punctuation mark other than a hyphen stands
// among tokens [a, b).
func (x *extractor) punctIn(a, b int) bool {
	for k := a; k < b; k++ {
		if x.t.Tokens[k].Kind == segment.Punct && x.toks[k] != "-" {
			return true
		}
	}
	return false
}
