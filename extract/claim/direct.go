package claim

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// blockQuotes finds paragraphs quoted after an attribution that ends with a
// colon: "One of them explained:" followed by the quoted paragraph.
func (x *extractor) blockQuotes() {
	paras := x.t.Paragraphs
	for pi := 0; pi+1 < len(paras); pi++ {
		p := paras[pi]
		if !strings.HasSuffix(x.t.Body[p.Start:p.End], ":") {
			continue
		}
		last := x.t.Sentences[p.Last-1]
		// the attribution: a cue in the last sentence of the paragraph
		c, ok := x.findCue(last.First, last.Last)
		if !ok {
			continue
		}
		next := paras[pi+1]
		if x.hasQuoteIn(next.Start, next.End) {
			continue // an ordinary quote follows; direct() handles it
		}
		q := Quote{Open: next.Start, Start: next.Start, End: next.End, Close: next.End, Para: pi + 1, Block: true, Closed: true}
		q.Words = countWords(x.t.Body[q.Start:q.End])
		x.quotes = append(x.quotes, q)
		x.usedQuote = append(x.usedQuote, true)
		x.usedCue[c.c0] = true
		_ = c
		x.pendingBlocks = append(x.pendingBlocks, pendingBlock{q: q, cue: c, sent: p.Last - 1})
	}
}

type pendingBlock struct {
	q    Quote
	cue  cue
	sent int
}

func (x *extractor) hasQuoteIn(start, end int) bool {
	for _, q := range x.quotes {
		if q.Open >= start && q.Open < end && !q.Block && q.Words >= 4 {
			return true
		}
	}
	return false
}

// findCue returns the first reporting cue in tokens [first, last).
func (x *extractor) findCue(first, last int) (cue, bool) {
	for i := first; i < last; i++ {
		if c, ok := x.cueAt(i, last); ok {
			return c, true
		}
	}
	return cue{}, false
}

// direct attributes the quote qi that opens in sentence si.
func (x *extractor) direct(qi, si int) {
	q := x.quotes[qi]
	s := x.t.Sentences[si]
	if ent, cu, ok := x.namingQuote(q, si); ok {
		x.usedQuote[qi] = true
		x.usedCue[cu.c0] = true
		x.addMin(ent, graph.KindDirect, cu.text, q.Start, q.End, si, 3)
		return
	}
	if isScare(x.t.Body, q, s.Start) {
		return
	}
	x.usedQuote[qi] = true
	closeTok := x.t.TokenAt(q.Close)
	openTok := x.t.TokenAt(q.Open)
	sentLast := s.Last
	// the attribution may sit in the sentence where the quote closes
	cs := x.t.SentenceOf(max(q.End-1, q.Start))
	if cs >= 0 {
		sentLast = x.t.Sentences[cs].Last
	}
	end := q.End
	unresolved := false

	// 1a. “…,” X, a long apposition without its closing comma, told Y
	if ent, cu, ok := x.appositiveSpeaker(closeTok, sentLast); ok {
		x.usedCue[cu.c0] = true
		end = x.continuation(qi, cu, sentLast, end)
		x.add(ent, graph.KindDirect, cu.text, q.Start, end, x.t.SentenceOf(x.t.Tokens[cu.c0].Start))
		return
	}
	// 1. after the quote: “…,” said X / “…,” X said / “…” he added
	if closeTok < sentLast {
		// (a long subject: “…,” the company's chief security officer
		// Joe Sullivan said)
		limit := min(sentLast, closeTok+11)
		if n := x.nextQuoteOpen(q.Close); n >= 0 {
			limit = min(limit, x.t.TokenAt(n))
		}
		for c := closeTok; c < limit; c++ {
			if c > closeTok+8 && x.clauseBetween(closeTok, c) {
				break // “…”, a reference to Adelson, who has pledged
			}
			cu, ok := x.cueAt(c, sentLast)
			if !ok || x.usedCue[c] || cu.lemma == "according to" {
				continue
			}
			var ent int
			between := c - closeTok
			if between > 0 && !(between == 1 && x.toks[closeTok] == ",") {
				ent, _ = x.speakerLeft(c, closeTok)
			} else {
				ent, _ = x.speakerRight(cu.c1, sentLast)
			}
			if ent < 0 {
				// an attribution names someone not found: the quote is
				// theirs, not a continuation of the last speaker's
				unresolved = true
				break
			}
			x.usedCue[c] = true
			end = x.continuation(qi, cu, sentLast, end)
			x.add(ent, graph.KindDirect, cu.text, q.Start, end, x.t.SentenceOf(x.t.Tokens[c].Start))
			return
		}
	}
	// 1b. “…?” Senate Majority Leader Mitch McConnell asked on Tuesday.
	// (a question or exclamation ends the sentence before its attribution)
	if !unresolved {
		if ent, cu, ok := x.attributionAfterQuestion(q, closeTok, cs); ok {
			x.usedCue[cu.c0] = true
			next := x.t.Sentences[cs+1]
			end = x.continuation(qi, cu, next.Last, end)
			x.add(ent, graph.KindDirect, cu.text, q.Start, end, cs+1)
			return
		}
	}
	// 2a. "Said Nancy Pelosi, the House speaker: “…”": the cue begins the sentence
	if openTok > s.First+1 && !x.usedCue[s.First] && x.lemmas[s.First] != "" && lex.IsSpeechVerb(x.lemmas[s.First]) &&
		!strings.HasSuffix(x.lower[s.First], "ing") && x.res.MentionAt(s.First) < 0 {
		if ent, _ := x.speakerRight(s.First+1, openTok); ent >= 0 {
			x.usedCue[s.First] = true
			end = x.continuation(qi, cue{c0: s.First, c1: s.First + 1, lemma: x.lemmas[s.First], text: x.toks[s.First]}, sentLast, end)
			x.add(ent, graph.KindDirect, x.toks[s.First], q.Start, end, si)
			return
		}
	}
	// 2. before the quote: X said: “…” / X said, “…” / saying: “…”
	if openTok > s.First {
		j := openTok - 1
		if x.toks[j] == ":" || x.toks[j] == "," {
			j--
		}
		if j >= s.First {
			// "X echoed this sentiment:", "X said in a statement:"
			for c := j; c >= s.First && j-c < 10; c-- {
				if x.toks[c] == "," || x.t.Tokens[c].Kind == segment.Quote && !x.possessiveMark(c) {
					break // ("said on CBN News' Faith Nation, “…”": a possessive mark is no quote)
				}
				cu, ok := x.cueAt(c, openTok)
				if !ok || x.usedCue[c] {
					continue
				}
				// past six words only a place or medium and a comma before
				// the quote: "said on CBN News' Faith Nation, “…”"
				if j-c >= 6 && (x.toks[openTok-1] != "," || cu.c1 >= openTok || !mediumPreps[x.lower[cu.c1]]) {
					break
				}
				ent := x.speakerFor(cu, s.First, openTok, si)
				if ent < 0 {
					unresolved = true
					break
				}
				x.usedCue[c] = true
				end = x.continuation(qi, cu, sentLast, end)
				x.add(ent, graph.KindDirect, cu.text, q.Start, end, si)
				return
			}
		}
		// the quote is part of a sentence: leave it to indirect speech
		if _, ok := x.findCue(s.First, s.Last); ok {
			x.usedQuote[qi] = false
			return
		}
	}
	// an attribution past the reach of step 1 after a quote that ends in a
	// comma ("“…,” Cliff May, president of the Foundation for Defense of
	// Democracies, told CBN"): the quote is the unresolved speaker's, no
	// continuation of the last one's
	if !unresolved && closeTok < sentLast && q.Closed && strings.HasSuffix(strings.TrimRight(x.t.Body[q.Start:q.End], " "), ",") &&
		x.speechCueIn(closeTok, sentLast) {
		unresolved = true
	}
	if unresolved {
		return
	}
	// 3. an attribution ending the paragraph before with a colon ("In a
	// statement, DJI said:"), then the quote as a paragraph of its own
	if ent, cu, ok := x.colonAttribution(q); ok {
		x.usedCue[cu.c0] = true
		x.add(ent, graph.KindDirect, cu.text, q.Start, q.End, si)
		return
	}
	// 4. no attribution: a quote paragraph continues the last speaker
	// (not a source cited with "according to", who said nothing aloud)
	if n := len(x.claims); n > 0 && strings.HasPrefix(strings.ToLower(x.claims[n-1].Cue), "according") {
		return
	}
	if x.lastSpeaker >= 0 && q.Open == x.t.Paragraphs[q.Para].Start {
		if len(x.claims) > 0 {
			lc := &x.claims[len(x.claims)-1]
			if x.t.Sentences[lc.Sent].Para == q.Para && lc.Kind == graph.KindDirect {
				lc.End = q.End
				return
			}
		}
		x.add(x.lastSpeaker, graph.KindDirect, "", q.Start, q.End, si)
		return
	}
	if x.lastSpeaker >= 0 && len(x.claims) > 0 {
		lc := &x.claims[len(x.claims)-1]
		if x.t.Sentences[lc.Sent].Para == q.Para && lc.Kind == graph.KindDirect && q.Open == s.Start {
			if qi > 0 && !x.quotes[qi-1].Closed && x.quotes[qi-1].Para == q.Para {
				// the quotation's next paragraph, on the same line
				x.add(x.lastSpeaker, graph.KindDirect, "", q.Start, q.End, si)
				return
			}
			lc.End = q.End // the quote goes on after its attribution
			return
		}
		// "Kennedy said he should apologise in person. “There is a
		// reservoir of goodwill …”": a quoted sentence with no attribution
		// of its own, right after the speaker's reported words in the same
		// paragraph, is the speaker's own claim
		if lc.Kind == graph.KindIndirect && lc.Sent == si-1 && x.t.Sentences[lc.Sent].Para == q.Para && q.Open == s.Start &&
			q.Words >= 4 && x.quoteEndsSentence(q, si) && x.spoken(*lc) {
			x.add(lc.Speaker, graph.KindDirect, "", q.Start, q.End, si)
		}
	}
}

// attributionAfterQuestion returns the speaker and cue of the short
// sentence right after quote q when the quote ends its sentence cs with a
// question or exclamation mark: "“…?” Senate Majority Leader Mitch
// McConnell, R-Ky., asked on Tuesday." The sentence must be no more than
// the attribution, its cue after a speaker that opens it.
func (x *extractor) attributionAfterQuestion(q Quote, closeTok, cs int) (int, cue, bool) {
	if cs < 0 || cs+1 >= len(x.t.Sentences) || !q.Closed {
		return -1, cue{}, false
	}
	text := strings.TrimRight(x.t.Body[q.Start:q.End], " ")
	if !strings.HasSuffix(text, "?") && !strings.HasSuffix(text, "!") {
		return -1, cue{}, false
	}
	s, next := x.t.Sentences[cs], x.t.Sentences[cs+1]
	if closeTok < s.Last-1 || next.Para != s.Para {
		return -1, cue{}, false
	}
	for c := next.First + 1; c < next.Last && c <= next.First+11; c++ {
		if x.t.Tokens[c].Kind == segment.Quote {
			break
		}
		cu, ok := x.cueAt(c, next.Last)
		if !ok || x.usedCue[c] || cu.lemma == "according to" {
			continue
		}
		if !x.restEmpty(cu.c1, next.Last) {
			break
		}
		ent, start := x.speakerLeft(c, next.First)
		if ent < 0 || start < next.First {
			break
		}
		// (only a title before the speaker: "Senate Majority Leader")
		for k := next.First; k < start; k++ {
			if !x.t.Tokens[k].Upper && x.lower[k] != "the" {
				return -1, cue{}, false
			}
		}
		return ent, cu, true
	}
	return -1, cue{}, false
}

// colonAttribution returns the speaker and cue of the paragraph before the
// one quote q opens, when that paragraph ends with a colon after a cue.
func (x *extractor) colonAttribution(q Quote) (int, cue, bool) {
	if q.Para == 0 || q.Open != x.t.Paragraphs[q.Para].Start {
		return -1, cue{}, false
	}
	pp := x.t.Paragraphs[q.Para-1]
	if !strings.HasSuffix(x.t.Body[pp.Start:pp.End], ":") {
		return -1, cue{}, false
	}
	si := pp.Last - 1
	last := x.t.Sentences[si]
	cu, ok := x.findCue(last.First, last.Last)
	if !ok || x.usedCue[cu.c0] {
		return -1, cue{}, false
	}
	ent := x.speakerFor(cu, last.First, last.Last, si)
	return ent, cu, ent >= 0
}

// speakerFor resolves the speaker of a cue: before it, else after it, else
// (for a participle such as "saying") the subject of the sentence.
func (x *extractor) speakerFor(cu cue, first, last, si int) int {
	lw := x.lower[cu.c0]
	if strings.HasSuffix(lw, "ing") && cu.c0 > first && (x.toks[cu.c0-1] == "," || isAdverbOrAux(x.lower[cu.c0-1])) {
		return x.subject(si, cu.c0)
	}
	// "He shared a photo on Facebook and wrote, “…”": the sentence's subject
	if cu.c0 > first && isConj(x.lower[cu.c0-1]) {
		return x.subject(si, cu.c0)
	}
	if ent, _ := x.speakerLeft(cu.c0, first); ent >= 0 {
		return ent
	}
	if ent, _ := x.speakerRight(cu.c1, last); ent >= 0 {
		return ent
	}
	// "Obama wrestled with …, asserted that …": a second verb of the person
	// who opens the sentence, joined by a comma
	if cu.c0 > first && x.toks[cu.c0-1] == "," && cu.c1 < last && x.lower[cu.c1] == "that" {
		return x.openingPerson(si, cu.c0)
	}
	return -1
}

// subject returns the speaker of an earlier claim in the sentence, else the
// first person, source or organisation the sentence names before token c.
func (x *extractor) subject(si, c int) int {
	if n := len(x.claims); n > 0 && x.claims[n-1].Sent == si && !x.relative(x.claims[n-1]) {
		return x.claims[n-1].Speaker
	}
	s := x.t.Sentences[si]
	first := x.clauseStart(s.First, c)
	// "He shared a photo on Facebook and wrote": the pronoun that begins
	// the clause, not a name after it
	if p, ok := pronounKind(x.lower[first]); ok && first < c {
		if e := x.pronoun(p, x.t.Tokens[first].Start); e >= 0 {
			return e
		}
	}
	// "The president thanked members of the military … and said": the
	// person the article gave the title that opens the clause
	if x.lower[first] == "the" && first < c {
		if e := x.titledAt(first, c); e >= 0 {
			return e
		}
	}
	if e := x.subjectFrom(first, c); e >= 0 {
		return e
	}
	if first > s.First && !subordinators[x.lower[s.First]] {
		// "In the address Trump detailed …, while calling on": the
		// introductory phrase had no comma of its own
		if e := x.subjectFrom(s.First, c); e >= 0 {
			return e
		}
	}
	for ci := range x.res.Candidates {
		cd := x.res.Candidates[ci]
		if cd.T0 >= s.First && cd.T0 <= s.First+2 && cd.T1 <= c && cd.T1 > 0 {
			mi := x.res.PromoteSource(ci)
			x.res.Candidates[ci].T1 = -1
			return x.res.Mentions[mi].Entity
		}
	}
	if k := s.First; k < c {
		if p, ok := pronounKind(x.lower[k]); ok {
			return x.pronoun(p, x.t.Tokens[k].Start)
		}
	}
	return -1
}

// subjectFrom returns the first person, source or organisation named
// within eight tokens of token first and before token c that is not the
// object of a preposition, or -1.
func (x *extractor) subjectFrom(first, c int) int {
	ms := x.res.Mentions
	for mi := range ms {
		m := &ms[mi]
		if m.T0 < first || m.Entity < 0 || m.Form == ner.FormDemonym {
			continue
		}
		if m.T0 >= c || m.T0 > first+8 {
			break
		}
		if m.Label != graph.LabelPerson && m.Label != graph.LabelSource && m.Label != graph.LabelOrganization && m.Label != graph.LabelCountry && m.Label != graph.LabelOutlet {
			continue
		}
		if m.Label == graph.LabelOutlet && (!(m.T0 == first || m.T0 == first+1 && x.lower[first] == "the") || !x.outletActs(m.T1, c)) {
			// an outlet speaks when it opens the clause ("Newsweek has
			// defended the photo, saying"), not from a dateline or an
			// interview ("WASHINGTON (Reuters) -", "in an interview with
			// the Boston Globe")
			continue
		}
		if m.T0 > first && placePrepositions[x.lower[m.T0-1]] {
			// "a spokesperson for Grassley fired back, telling": the spokesperson
			if e, _ := x.agentOf(m.T0, m.T1, first); e >= 0 {
				return e
			}
			// "shared a photo on Facebook": not the subject; but "a
			// statement from Biden’s office" is Biden’s office’s
			if !(m.T0-2 >= first && (docNouns[x.lower[m.T0-2]] || x.lower[m.T0-2] == "statement")) {
				continue
			}
		}
		if m.T1+1 < c && (possessiveS(x.toks[m.T1])) {
			// "Biden’s office said": the office, an agent of the possessor
			if e, _ := x.possessedAgent(m.T1+1, first); e >= 0 {
				return e
			}
			continue // "Bush’s brother Jeb": the possessor is not the subject
		}
		// "some senior Tories argued": some of the party's members
		if e, _ := x.memberGroup(m, first); e >= 0 {
			return e
		}
		// "Tory leader Michael Howard": the person the modifiers lead to,
		// after them, not a name inside m ("Office of Joe Biden" is
		// "Biden’s office"); a source phrase has its head already and
		// leads only to a name in apposition, over a title ("The foreign
		// minister of the UAE, Sheikh Abdullah, condemned", not "One of
		// the EU’s top leaders has criticised Donald Trump")
		for mj := mi + 1; mj < len(ms) && ms[mj].T0 <= m.T1+3 && ms[mj].T0 < c; mj++ {
			if n := &ms[mj]; n.Label == graph.LabelPerson && n.Entity >= 0 && m.Label != graph.LabelPerson && n.T0 >= m.T1 &&
				(m.Label != graph.LabelSource || x.toks[m.T1] == "," && x.capitalized(m.T1+1, n.T0)) {
				return n.Entity
			}
		}
		return m.Entity
	}
	return -1
}

// outletActs reports whether the verb after an outlet's name at token t
// (before c) is one of its own acts, not a report of someone else's
// ("The Guardian reports that Liam Fox …, writing") nor a noun the name
// modifies ("The Fox News host …, insisting").
func (x *extractor) outletActs(t, c int) bool {
	if t >= c || x.t.Tokens[t].Kind != segment.Word || !verbLike(x.lower[t]) {
		return false
	}
	if v, ok := lex.ReportingVerb(x.lower[t]); ok && v != "" {
		return false
	}
	if x.lower[t] == "has" || x.lower[t] == "had" {
		if t+1 < c {
			if v, ok := lex.ReportingVerb(x.lower[t+1]); ok && v != "" || x.lower[t+1] == "learned" {
				return false // "The Guardian has learned that …"
			}
		}
	}
	return true
}

// placePrepositions make the name after them an object, never the
// subject of the clause ("after" and "before" may open a clause of their
// own: "after Erdogan expressed his anger").
var placePrepositions = map[string]bool{
	"on": true, "in": true, "at": true, "with": true, "to": true, "of": true, "by": true, "for": true,
	"from": true, "about": true, "against": true, "into": true, "between": true, "among": true, "via": true,
	"toward": true, "towards": true, "under": true, "over": true, "without": true, "behind": true,
}

// clauseStart returns the first token of the main clause of a sentence
// starting at token first, past an introductory phrase set off by a comma
// ("After reporter Michael Scotto finished his report, Grimm …",
// "Traveling to the rally, educator Mercedes Martinez …", "Asked if
// …, she said"), when the
// comma comes before token c (it may be c itself).
func (x *extractor) clauseStart(first, c int) int {
	w := x.lower[first]
	participle := (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && x.res.MentionAt(first) < 0 // "Asked if …,"
	if !subordinators[w] && !prepositions[w] && !participle {
		return first
	}
	for k := first + 1; k < c; k++ {
		if x.toks[k] == "," {
			return k + 1
		}
	}
	return first
}

// relative reports whether claim cl was attributed in a relative clause
// ("the Mueller report, which found that …"), whose speaker is not the
// subject of its sentence.
func (x *extractor) relative(cl Claim) bool {
	k := x.t.TokenAt(cl.Start) - 1
	if k >= 0 && x.lower[k] == "that" {
		k--
	}
	if k < 0 || x.lemmas[k] == "" {
		return false
	}
	for k--; k >= 0 && isAdverbOrAux(x.lower[k]); k-- {
	}
	return k >= 0 && (x.lower[k] == "which" || x.lower[k] == "who")
}

// pronounKind returns the kind of the lower-case personal pronoun lw:
// "m" for he, "f" for she, "p" for they.
func pronounKind(lw string) (string, bool) {
	switch lw {
	case "he":
		return "m", true
	case "she":
		return "f", true
	case "they":
		return "p", true
	}
	return "", false
}

// nextQuoteOpen returns the offset of the next quote opening after off in
// the same paragraph, or -1.
func (x *extractor) nextQuoteOpen(off int) int {
	for _, q := range x.quotes {
		if q.Open >= off && !q.Block {
			return q.Open
		}
	}
	return -1
}

// continuation extends a quote's end over a second part after its
// attribution in the same sentence or paragraph: “…,” he said, “…”.
func (x *extractor) continuation(qi int, cu cue, sentLast, end int) int {
	q := x.quotes[qi]
	for k := qi + 1; k < len(x.quotes); k++ {
		n := x.quotes[k]
		if n.Block || n.Para != q.Para || n.Open < q.Close {
			continue
		}
		if x.programmeTitle(n, x.t.TokenAt(q.Close), x.t.TokenAt(n.Open)) {
			return end // and the quote after the title is no continuation either
		}
		if x.usedQuote[k] {
			continue
		}
		if !q.Closed {
			// a quote cut short by a new opening mark: a paragraph of a
			// quotation that runs over several, written on one line; the
			// next one is a claim of its own
			return end
		}
		between := x.t.Body[q.Close:n.Open]
		// only attribution words between: no other cue
		tk0, tk1 := x.t.TokenAt(q.Close), x.t.TokenAt(n.Open)
		if tk1-tk0 > 14 || strings.Contains(between, "\n") {
			return end
		}
		for c := tk0; c < tk1; c++ {
			if c != cu.c0 {
				if _, ok := x.cueAt(c, tk1); ok {
					return end
				}
			}
		}
		// it must not be attributed by a cue of its own after it
		after := x.t.TokenAt(n.Close)
		if after < len(x.toks) && (x.toks[after] == "," || x.t.Tokens[after].Kind == segment.Word) {
			if _, ok := x.findCue(after, min(after+4, len(x.toks))); ok {
				return end
			}
		}
		x.usedQuote[k] = true
		end = n.End
		q = n
	}
	return end
}

// programmeTitle reports whether quote n, whose opening mark is token
// tk1 and whose attribution starts at token tk0, is the title of the show
// the words were said on, not more of them: “…,” he said on CBS’
// “Face the Nation.”, told ABC’s “This Week.”. The title is a few
// capitalised words after "on" or an owner's possessive.
func (x *extractor) programmeTitle(n Quote, tk0, tk1 int) bool {
	if n.Words > 6 || tk1-1 <= tk0 {
		return false
	}
	switch p := x.lower[tk1-1]; {
	case p == "on", p == "’s" || p == "'s" || p == "’" || p == "'":
	default:
		return false
	}
	for t := x.t.TokenAt(n.Start); t < len(x.toks) && x.t.Tokens[t].Start < n.End; t++ {
		if x.t.Tokens[t].Kind == segment.Word && !x.t.Tokens[t].Upper && !titleSmallWords[x.lower[t]] {
			return false
		}
	}
	return true
}

// titleSmallWords stay lower-case in a title: "Meet the Press", "Face
// the Nation".
var titleSmallWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "with": true,
}

// flushBlocks adds the block quotes whose attribution is in sentence si.
func (x *extractor) flushBlocks(si int) {
	for i := 0; i < len(x.pendingBlocks); i++ {
		b := x.pendingBlocks[i]
		if b.sent != si {
			continue
		}
		s := x.t.Sentences[si]
		ent := x.speakerFor(b.cue, s.First, s.Last, si)
		if ent >= 0 {
			x.add(ent, graph.KindDirect, b.cue.text, b.q.Start, b.q.End, si)
		}
	}
}

// appositiveSpeaker reads “…,” Joseph Yun, a US Institute of Peace expert
// and former negotiator in the Trump administration told reporters: a
// person's name right after the quote, then an apposition (whose closing
// comma writers often drop) and the cue. It returns the person and the cue.
func (x *extractor) appositiveSpeaker(closeTok, sentLast int) (int, cue, bool) {
	p := closeTok
	if p < sentLast && x.toks[p] == "," {
		p++
	}
	mi := x.res.MentionAt(p, graph.LabelPerson)
	if mi < 0 {
		// titles the recogniser left out: "Representative Doug Collins",
		// "Vice Adm. Joseph Aucoin"
		for t := p; t < sentLast && t < p+3 && (x.t.Tokens[t].Upper && x.t.Tokens[t].Kind == segment.Word || x.toks[t] == "." && t > p); t++ {
			if n := x.res.MentionAt(t+1, graph.LabelPerson); n >= 0 && x.res.Mentions[n].T0 == t+1 {
				mi = n
				break
			}
		}
	} else if x.res.Mentions[mi].T0 != p {
		mi = -1
	}
	if mi < 0 || x.res.Mentions[mi].Entity < 0 {
		return -1, cue{}, false
	}
	m := x.res.Mentions[mi]
	k := m.T1
	// "Sen. Bob Corker (R) of Tennessee, chairman of …": a party tag
	if k+2 < sentLast && x.toks[k] == "(" {
		for t := k + 1; t < sentLast && t < k+6; t++ {
			if x.toks[t] == ")" {
				k = t + 1
				break
			}
		}
	}
	// "Doug Collins of Georgia, the top Republican …": a place after the name
	if k+1 < sentLast && x.lower[k] == "of" && x.t.Tokens[k+1].Upper {
		k++
		for k < sentLast && k < m.T1+5 && x.t.Tokens[k].Upper {
			k++
		}
	}
	if k+1 >= sentLast || x.toks[k] != "," {
		return -1, cue{}, false
	}
	if !isDet(x.toks[k+1]) && x.lower[k+1] != "who" {
		// a bare apposition closed by a comma before the verb: “…,”
		// Senator Thomas R. Carper, Democrat of Delaware, said
		// (or two: “…,” Dieter Zetsche, chairman of Daimler AG, maker of
		// Mercedes-Benz cars, said)
		commas := 0
		for c := k + 1; c < sentLast && c < k+20; c++ {
			if x.t.Tokens[c].Kind == segment.Quote {
				break
			}
			if x.toks[c] != "," || c == k+1 {
				continue
			}
			// (a nearer verb is the next step's: “…,” Sen. X, D-Mo., said)
			cu, ok := x.cueAt(c+1, sentLast)
			if ok && c+1-closeTok >= 8 && !x.usedCue[c+1] && lex.IsSpeechVerb(cu.lemma) {
				return m.Entity, cu, true
			}
			if commas++; commas == 2 || c+1 < sentLast && (isDet(x.toks[c+1]) || isConj(x.lower[c+1]) || x.t.Tokens[c+1].Upper) {
				break // a second apposition is a lower-case noun phrase: "maker of …"
			}
		}
		return -1, cue{}, false
	}
	for c := k + 2; c < sentLast && c < k+30; c++ {
		if x.t.Tokens[c].Kind == segment.Quote {
			break
		}
		cu, ok := x.cueAt(c, sentLast)
		if !ok || x.usedCue[c] || !lex.IsSpeechVerb(cu.lemma) {
			continue
		}
		return m.Entity, cu, true
	}
	return -1, cue{}, false
}

// namingVerb reports whether w is one of lex's naming verbs or "term": "which he called a
// “hoax”", "calls the order “a modern-day Fort Sumter”".
func namingVerb(w string) bool {
	return lex.IsNamingVerb(w) || w == "term" || w == "terms" || w == "termed" || w == "terming"
}

// namingQuote reads a short quote that a naming verb a few words before it
// attributes: “…” is the speaker's word for something, a claim however
// short. It returns the speaker and the cue.
func (x *extractor) namingQuote(q Quote, si int) (int, cue, bool) {
	if q.Block || q.Words > 12 {
		return -1, cue{}, false
	}
	s := x.t.Sentences[si]
	open := x.t.TokenAt(q.Open)
	for c := open - 1; c >= s.First && open-c <= 7; c-- {
		tk := x.t.Tokens[c]
		if tk.Kind == segment.Quote || tk.Kind == segment.Punct && !possessiveS(x.toks[c]) && x.toks[c] != "-" && x.toks[c] != "." {
			break
		}
		if !namingVerb(x.lower[c]) || c+1 < open && (x.lower[c+1] == "for" || x.lower[c+1] == "on") {
			continue
		}
		if c > s.First && x.lower[c-1] == "be" || c > s.First && (x.lower[c-1] == "is" || x.lower[c-1] == "was" || x.lower[c-1] == "are" || x.lower[c-1] == "were") {
			return -1, cue{}, false // "is called “…”": a name, not a claim
		}
		cu := cue{c0: c, c1: c + 1, lemma: "call", text: x.toks[c]}
		var ent int
		if strings.HasSuffix(x.lower[c], "ing") {
			ent = x.subject(si, c)
		} else {
			ent, _ = x.speakerLeft(c, s.First)
		}
		if ent < 0 {
			return -1, cue{}, false
		}
		return ent, cu, true
	}
	return -1, cue{}, false
}

// quoteEndsSentence reports whether nothing but punctuation follows quote q
// in its sentence, or the paragraph runs on past an unclosed quote: the
// quote is the whole rest of the sentence, with no attribution after it.
func (x *extractor) quoteEndsSentence(q Quote, si int) bool {
	s := x.t.Sentences[si]
	if !q.Closed {
		return true
	}
	for k := x.t.TokenAt(q.Close); k < s.Last; k++ {
		if k >= 0 && x.t.Tokens[k].Kind == segment.Word {
			return false
		}
	}
	return true
}

// spoken reports whether claim cl reports speech by someone who goes on
// speaking: a verb of saying ("said", "told", "noting") with a few words of
// content, not a source cited with "according to" or an outlet told
// something, whose next quote is the quoted person's.
func (x *extractor) spoken(cl Claim) bool {
	if cl.Cue == "" || x.res.Entities[cl.Speaker].Label == graph.LabelOutlet {
		return false
	}
	verb := cl.Cue
	if i := strings.LastIndexByte(verb, ' '); i >= 0 {
		verb = verb[i+1:]
	}
	lemma, ok := lex.ReportingVerb(strings.ToLower(verb))
	if !ok || !lex.IsSpeechVerb(lemma) {
		return false
	}
	return countWords(x.t.Body[cl.Start:cl.End]) >= 4
}

// clauseBetween reports whether a relative pronoun stands between tokens a
// and b: what follows the quote is a clause of its own, not its
// attribution.
func (x *extractor) clauseBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch x.lower[k] {
		case "who", "which", "that", "whose", "whom", "when", "where":
			return true
		}
	}
	return false
}

// capitalized reports whether every token in [a, b) is a capitalised word
// (titles before a name: "Sheikh", "Gen.").
func (x *extractor) capitalized(a, b int) bool {
	for k := a; k < b; k++ {
		if !x.t.Tokens[k].Upper && x.toks[k] != "." {
			return false
		}
	}
	return true
}

// speechCueIn reports whether a verb of saying stands in tokens [a, b),
// outside quotes.
func (x *extractor) speechCueIn(a, b int) bool {
	for c := a; c < b; c++ {
		if x.lemmas[c] == "" || x.insideQuote(x.t.Tokens[c].Start) {
			continue
		}
		if cu, ok := x.cueAt(c, b); ok && lex.IsSpeechVerb(cu.lemma) && !strings.HasSuffix(x.lower[c], "ing") {
			return true
		}
	}
	return false
}

// possessiveMark reports whether the quote-like token at c is the
// apostrophe of a plural possessive, set against the word before it: "CBN
// News' Faith Nation".
func (x *extractor) possessiveMark(c int) bool {
	if c == 0 || x.toks[c] != "'" && x.toks[c] != "’" {
		return false
	}
	p := x.t.Tokens[c-1]
	return p.End == x.t.Tokens[c].Start && p.Kind == segment.Word && strings.HasSuffix(x.lower[c-1], "s")
}

// mediumPreps introduce where something was said: "said on Fox News
// Sunday", "told reporters in Washington".
var mediumPreps = map[string]bool{"on": true, "in": true, "at": true, "during": true}
