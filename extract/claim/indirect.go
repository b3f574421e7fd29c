package claim

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// beForms are the forms of "be" before a passive participle.
var beForms = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "being": true}

// tellVerbs take the hearer as an object before what is said: "told
// Meduza (that) …".
var tellVerbs = map[string]bool{
	"tell": true, "inform": true, "assure": true, "warn": true, "remind": true, "brief": true,
	"advise": true, "ask": true, "urge": true,
}

// indirect finds the reported speech of sentence si whose cues were not
// used by a direct quote.
func (x *extractor) indirect(si int) {
	s := x.t.Sentences[si]
	for c := s.First; c < s.Last; c++ {
		if x.usedCue[c] {
			continue
		}
		cu, ok := x.cueAt(c, s.Last)
		if !ok {
			continue
		}
		if x.insideQuote(x.t.Tokens[c].Start) {
			continue // a cue inside quoted words is the speaker's, not an attribution
		}
		if cu.lemma == "ask" {
			continue // a question is not a claim; asked quotes are attributed as direct quotes
		}
		if c > s.First && x.lower[c-1] == "to" {
			continue // "for the president to tell voters …", "refused to say": not a report
		}
		if x.negated(c, s.First) {
			continue // "the campaign would not say where the ad would run"
		}
		if cu.lemma == "according to" {
			if x.according(cu, si) {
				x.usedCue[c] = true
			}
			c = cu.c1 - 1
			continue
		}
		lw := x.lower[c]
		progressive := c > s.First && progressiveAux[x.lower[c-1]] // "are calling for": a finite verb
		// "cited unnamed Russian and Israeli sources saying …", "cited
		// diplomats as saying …": the ones cited speak
		if strings.HasSuffix(lw, "ing") && !progressive {
			if ent := x.citedSpeaker(c, s.First); ent >= 0 {
				x.participleClaim(ent, si, c, c, cu, cu.text, 4)
				continue
			}
		}
		// "Justice Ginsburg was quoted as saying she was frightened"
		// ("Kim was quoted by KCNA as saying")
		if q := x.quotedAs(c, s.First); lw == "saying" && q >= 0 {
			j := q - 1
			for j > s.First && (x.lower[j] == "was" || x.lower[j] == "is" || x.lower[j] == "been" || x.lower[j] == "has" ||
				x.lower[j] == "have" || x.lower[j] == "were" || x.lower[j] == "are" || isAdverbOrAux(x.lower[j])) {
				j--
			}
			if ent, _ := x.speakerEndingAt(j, s.First); ent >= 0 {
				x.participleClaim(ent, si, c, j, cu, x.res.Span(q, c+1), 3)
			}
			continue
		}
		if strings.HasSuffix(lw, "ing") && !progressive {
			// ", saying …", ", adding …": the sentence's subject speaks
			p := c - 1
			if p > s.First && (lex.IsWeekday(x.toks[p]) || x.lower[p] == "today" || x.lower[p] == "yesterday") {
				p-- // "sent a memo Tuesday saying"
			}
			coord := x.coordinateParticiple(p, s.First)
			if c > s.First && (x.toks[p] == "," || isAdverbOrAux(x.lower[p]) || participleLinks[x.lower[p]] || coord) {
				ent := x.subject(si, c)
				if x.lower[p] == "by" {
					ent = x.byGerundSubject(p, s.First, ent)
				}
				if ent >= 0 {
					a0 := x.contentStart(cu, s.Last)
					if a1 := x.contentEnd(a0, s.Last); x.words(a0, a1) >= 4 && (!coord || x.clauseFollows(a0, s.Last)) && !x.reaction(cu, a0, a1) {
						x.usedCue[c] = true
						x.add(ent, x.kind(a0, a1), cu.text, x.t.Tokens[a0].Start, x.t.Tokens[a1-1].End, si)
					}
				}
			}
			continue
		}
		// "… have welcomed the results, but said they doubted …": the subject speaks
		if c > s.First && isConj(x.lower[c-1]) || c > s.First+1 && isConj(x.lower[c-2]) && isAdverbOrAux(x.lower[c-1]) {
			if ent := x.subject(si, c); ent >= 0 && !x.nested(c, ent) {
				a0 := x.contentStart(cu, s.Last)
				if a1 := x.contentEnd(a0, s.Last); a0 < s.Last && x.words(a0, a1) >= minWords(cu) && x.clauseOK(cu, a0, a1) {
					x.usedCue[c] = true
					x.add(ent, x.kind(a0, a1), cu.text, x.t.Tokens[a0].Start, x.t.Tokens[a1-1].End, si)
				}
			}
			continue
		}
		// "Obama wrestled with …, asserted that …": a second verb, after a
		// comma, of the person who opens the sentence
		if c > s.First && x.toks[c-1] == "," && cu.c1 < s.Last && x.lower[cu.c1] == "that" {
			if e, _ := x.speakerLeft(c, s.First); e < 0 {
				if ent := x.openingPerson(si, c); ent >= 0 && !x.nested(c, ent) {
					a0 := x.contentStart(cu, s.Last)
					if a1 := x.contentEnd(a0, s.Last); a0 < s.Last && x.words(a0, a1) >= minWords(cu) {
						x.usedCue[c] = true
						x.add(ent, x.kind(a0, a1), cu.text, x.t.Tokens[a0].Start, x.t.Tokens[a1-1].End, si)
						continue
					}
				}
			}
		}
		// X said …
		if ent, sp0 := x.speakerLeft(c, s.First); ent >= 0 {
			if x.nested(c, ent) {
				continue // "he expected …" inside what he is already reported to say
			}
			a0 := x.contentStart(cu, s.Last)
			a1 := x.contentEnd(a0, s.Last)
			sp0 = x.phraseStart(sp0, s.First)
			// (not after a conjunction: "…, while Republicans say wages are
			// flat" says nothing of the clause before)
			before := sp0 > s.First && x.words(s.First, sp0) >= 4 && x.endsClause(sp0) &&
				(!clauseJoiners[x.lower[sp0]] || x.hasQuoteIn(s.Start, x.t.Tokens[sp0].Start)) // "“…,” Sens. John McCain, R-Ariz., and Lindsey Graham, R-S.C., said"
			// "…, he added, saying …" / "…, Kosachev wrote, but …" / "…, he
			// said Wednesday at a business forum": the attribution is of
			// the clause before
			// ("…, three U.S. officials said on Monday, an indication …")
			// (but "In the same time period, Obama added …" fronts a setting)
			fronted := before && x.frontedPhrase(s.First, sp0)
			// ("… a “substantial reduction” in immigration, he said,
			// although he could not predict a figure")
			if before && !fronted && a0 < s.Last && (x.participleAt(a0, s.Last) || a0 > cu.c1 && x.toks[a0-1] == "," && (isConj(x.lower[a0]) || contrastJoiners[x.lower[a0]] ||
				a0-1 > cu.c1 && (x.lower[a0] == "a" || x.lower[a0] == "an")) || x.circumstance(a0, s.Last)) {
				x.usedCue[c] = true
				x.add(ent, x.kind(s.First, sp0), cu.text, x.t.Sentences[si].Start, x.t.Tokens[sp0-1].End, si)
				continue
			}
			// "Snowden’s main source of income, his lawyer said, is speaking
			// fees": the attribution stands inside the sentence it reports
			if before && x.toks[sp0-1] == "," {
				if r := x.parentheticalClose(cu, s.Last); r > 0 {
					end := x.contentEnd(r, s.Last)
					x.usedCue[c] = true
					x.add(ent, x.kind(s.First, end), cu.text, s.Start, x.t.Tokens[end-1].End, si)
					c = end - 1
					continue
				}
			}
			// "what the Mueller report says, and what Mueller himself said":
			// a comma and a conjunction go on the sentence, not what is said
			commaConj := a0 > cu.c1 && a0 < s.Last && x.toks[a0-1] == "," && isConj(x.lower[a0])
			for k := a0 + 1; commaConj && k < s.Last && k < a0+14; k++ {
				if x.lower[k] == "that" {
					commaConj = false // "said last month, and has repeated since, that he preferred …"
				}
			}
			// "As The New York Times reported last week, the company lost
			// money", "As two epidemiologists write in the New York Times
			// this week, we could have saved …": the clause after the
			// comma is what was said
			if sp0 == s.First+1 && x.lower[s.First] == "as" {
				if k := x.nextComma(cu.c1, s.Last, 10); k > 0 && !x.hasQuoteIn(x.t.Tokens[cu.c1].Start, x.t.Tokens[k].Start) {
					if a1 := x.contentEnd(k+1, s.Last); x.words(k+1, a1) >= 4 {
						x.usedCue[c] = true
						x.add(ent, x.kind(k+1, a1), cu.text, x.t.Tokens[k+1].Start, x.t.Tokens[a1-1].End, si)
						c = a1 - 1
						continue
					}
				}
			}
			// "what WikiLeaks had tweeted out the day before", "what
			// Secretary Clinton had said during her acceptance speech": the
			// object of a free relative is gone, what follows is no claim
			gapped := sp0 > s.First && gapWords[x.lower[sp0-1]] && a0 < s.Last && (prepositions[x.lower[a0]] && x.lower[a0] != "as" || x.lower[a0] == "during" || x.lower[a0] == "out")
			if a0 < s.Last && !commaConj && !gapped && x.words(a0, a1) >= minWords(cu) && x.clauseOK(cu, a0, a1) {
				x.usedCue[c] = true
				x.add(ent, x.kind(a0, a1), cu.text, x.t.Tokens[a0].Start, x.t.Tokens[a1-1].End, si)
				c = a1 - 1
				continue
			}
			// …, X said.
			if before && !fronted && x.restEmpty(cu.c1, s.Last) {
				x.usedCue[c] = true
				x.add(ent, x.kind(s.First, sp0), cu.text, x.t.Sentences[si].Start, x.t.Tokens[sp0-1].End, si)
			}
			if fronted {
				// "In a statement Monday, the White House urged passage of
				// the bill. “This legislation will …”": no claim here, but
				// the quote after is still the White House's
				x.lastSpeaker = ent
			}
			continue
		}
		// …, said X. (not "…, told the FT": who is told is no speaker;
		// but "…, warns José Manuel Barroso, …")
		// (nor "The dossier, …, accused Mr. Gubarev of hacking": a charge,
		// a demand or an attitude has its object after it, not its speaker)
		if c > s.First && x.endsClause(c) && (!tellVerbs[cu.lemma] || cu.lemma == "warn") && charges[cu.lemma] == "" &&
			!demands[cu.lemma] && !attitudeVerbs[cu.lemma] {
			if ent, end := x.speakerRight(cu.c1, s.Last); ent >= 0 && x.words(s.First, c) >= 4 && x.phraseEnds(end, s.Last) {
				x.usedCue[c] = true
				claimEnd, kind := x.t.Tokens[c-1].End, x.kind(s.First, c)
				// "The ministers' comments, said X of Y, were too weak": the
				// attribution stands inside the sentence, which goes on
				if r := x.parentheticalRest(end, s.Last); r > 0 {
					claimEnd = x.t.Tokens[r-1].End
					if x.kind(end, r) == graph.KindDirect {
						kind = graph.KindDirect
					}
				}
				x.add(ent, kind, cu.text, x.t.Sentences[si].Start, claimEnd, si)
				continue
			}
		}
		// "Peskov denied …, and when asked …, said …": the sentence's speaker again
		if c > s.First && x.toks[c-1] == "," && len(x.claims) > 0 && x.claims[len(x.claims)-1].Sent == si && lex.IsSpeechVerb(cu.lemma) {
			ent := x.claims[len(x.claims)-1].Speaker
			a0 := x.contentStart(cu, s.Last)
			if a1 := x.contentEnd(a0, s.Last); a0 < s.Last && x.words(a0, a1) >= 3 {
				x.usedCue[c] = true
				x.add(ent, x.kind(a0, a1), cu.text, x.t.Tokens[a0].Start, x.t.Tokens[a1-1].End, si)
			}
		}
	}
}

// participleLinks join a participle cue to its sentence's subject:
// "raised eyebrows after telling Fox News he supported the invasion".
var participleLinks = map[string]bool{
	"by": true, "after": true, "before": true, "while": true, "when": true,
	// "issued a statement saying", "sent a memo Tuesday saying"
	"statement": true, "memo": true, "letter": true, "release": true, "tweet": true, "post": true, "video": true,
	"note": true, "email": true, "report": true,
}

// isConj reports whether the lower-case word lw joins two clauses.
func isConj(lw string) bool {
	switch lw {
	case "but", "and", "yet":
		return true
	}
	return false
}

// participleAt reports whether a participle cue (", saying …") starts at token a.
func (x *extractor) participleAt(a, last int) bool {
	cu, ok := x.cueAt(a, last)
	return ok && strings.HasSuffix(x.lower[cu.c0], "ing")
}

// nested reports whether the cue at token c lies inside the text of a claim
// already made, so that it does not make a claim of its own: by the same
// speaker ("he said he expected …"), or with a verb of thinking rather than
// speech ("according to these sources, the Kremlin hoped …").
func (x *extractor) nested(c, ent int) bool {
	off := x.t.Tokens[c].Start
	lemma, _ := lex.ReportingVerb(x.toks[c])
	for _, cl := range x.claims {
		if off >= cl.Start && off < cl.End && (cl.Speaker == ent || !lex.IsSpeechVerb(lemma)) {
			return true
		}
	}
	return false
}

// phraseStart widens the start of a speaker's phrase over the titles and
// role words before the name, up to a comma or quote within a few words:
// "…, Mr Blair said", "…, Kremlin spokesman Dmitry Peskov said".
func (x *extractor) phraseStart(sp0, first int) int {
	for k := sp0 - 1; k >= first && sp0-k <= 6; k-- {
		if x.toks[k] == "," || x.t.Tokens[k].Kind == segment.Quote {
			return k + 1
		}
		if x.t.Tokens[k].Kind == segment.Punct && x.toks[k] != "." && x.toks[k] != "-" {
			break
		}
	}
	return sp0
}

// phraseEnds reports whether a speaker phrase written after its cue ends at
// token end: the sentence ends, or a comma, a relative clause or an
// apposition follows ("…, said Gordon Adams, a professor"), not a verb
// ("said Russia was …", where Russia begins what is said).
func (x *extractor) phraseEnds(end, last int) bool {
	if end >= last {
		return true
	}
	switch x.lower[end] {
	case ".", ",", ";", ":", "who", "in", "on", "at", "last", "this", "yesterday", "today", "during", "after", "before", "when", "of", "from", "to":
		return true
	}
	if sourceTail[x.lower[end]] {
		return true // "said a source directly involved in …"
	}
	// "said the US Environmental Protection Agency (EPA).": an acronym
	if x.toks[end] == "(" && end+2 < last && x.toks[end+2] == ")" && ner.IsAllCaps(x.toks[end+1]) {
		return x.phraseEnds(end+3, last)
	}
	return x.t.Tokens[end].Kind == segment.Quote
}

// insideQuote reports whether offset off lies inside a quotation.
func (x *extractor) insideQuote(off int) bool {
	for _, q := range x.quotes {
		if off >= q.Start && off < q.End && !q.Block {
			return true
		}
	}
	return false
}

// according handles "according to X, …" and "…, according to X."
func (x *extractor) according(cu cue, si int) bool {
	s := x.t.Sentences[si]
	ent, spEnd := x.speakerRight(cu.c1, s.Last)
	if ent < 0 {
		return false
	}
	// skip the rest of the speaker phrase to the comma
	k := spEnd
	for k < s.Last && x.toks[k] != "," && k-spEnd < 12 {
		k++
	}
	// "This provision, according to Kerry, is critical", "Shutting down
	// such a base, according to Rand, could be enough": an aside between
	// a subject and its verb; the whole sentence is what the source says
	if cu.c0-1 > s.First && x.toks[cu.c0-1] == "," && k+1 < s.Last && x.toks[k] == "," &&
		(finiteAux[x.lower[k+1]] || x.lower[k+1] == "are" || x.lower[k+1] == "were" || x.lower[k+1] == "have") {
		if a1 := x.contentEnd(k+1, s.Last); x.words(s.First, cu.c0-1)+x.words(k+1, a1) >= 4 {
			x.add(ent, x.kind(s.First, a1), cu.text, s.Start, x.t.Tokens[a1-1].End, si)
			return true
		}
	}
	if cu.c0 == s.First || (cu.c0 > s.First && x.toks[cu.c0-1] == ",") && k < s.Last-2 {
		// (not a relative clause of the source: "…, according to X, who
		// delivered the invitation")
		if k < s.Last && x.toks[k] == "," && !relativeAfter(x.lower[k+1]) {
			a0 := k + 1
			a1 := x.contentEnd(a0, s.Last)
			if x.words(a0, a1) >= 4 {
				x.add(ent, x.kind(a0, a1), cu.text, x.t.Tokens[a0].Start, x.t.Tokens[a1-1].End, si)
				return true
			}
		}
	}
	if v := cu.c0 - 2; v > s.First && x.toks[v+1] == "," && !x.t.Tokens[v].Upper && x.lemmas[v] != "" && lex.IsSpeechVerb(x.lemmas[v]) {
		// "“…,” he said, according to AP": X said it, the source only
		// reports that X did; the quote keeps its own attribution
		for k := v - 1; k > s.First && k >= v-10; k-- {
			if x.t.Tokens[k].Kind == segment.Quote {
				return false
			}
		}
	}
	if cu.c0 > s.First && x.words(s.First, cu.c0) >= 4 {
		// "The New York Times reports that …, although there were some
		// reports that …, according to Agence France-Presse": after
		// another speaker's claim, the source reports the last clause
		a0 := s.First
		if n := len(x.claims); n > 0 && x.claims[n-1].Sent == si && x.claims[n-1].Speaker != ent && x.claims[n-1].Kind == graph.KindIndirect {
			for k := cu.c0 - 2; k > s.First+1; k-- {
				if x.toks[k-1] == "," && contrastJoiners[x.lower[k]] && x.words(k+1, cu.c0) >= 4 &&
					!x.insideQuote(x.t.Tokens[k].Start) && x.cueBefore(s.First, k) {
					a0 = k + 1
					break
				}
			}
		}
		x.add(ent, x.kind(a0, cu.c0), cu.text, x.t.Tokens[a0].Start, x.t.Tokens[cu.c0-1].End, si)
		return true
	}
	return false
}

// cueBefore reports whether a reporting verb stands in tokens [a, k).
func (x *extractor) cueBefore(a, k int) bool {
	for j := a; j < k; j++ {
		if x.lemmas[j] != "" {
			return true
		}
	}
	return false
}

// contentStart returns the first token of what is said after a cue: past
// the hearer of "told Meduza", time and place phrases, and "that". A
// demand's content starts right after its cue, hearer included ("urged
// the world to seek peace").
func (x *extractor) contentStart(cu cue, last int) int {
	a := cu.c1
	if demands[cu.lemma] || charges[cu.lemma] != "" {
		return a
	}
	if tellVerbs[cu.lemma] && a < last {
		// a long hearer up to "that": "told an audience in South Africa
		// marking the 100th anniversary of Nelson Mandela’s birth that …"
		if isDet(x.lower[a]) {
			if k := x.thatAfterHearer(a, last); k > 0 {
				return k + 1
			}
		}
		// the hearer: a mention, a pronoun, or a few lower-case words
		if a+1 < last && x.lower[a] == "the" {
			if mi := x.res.MentionAt(a + 1); mi >= 0 && x.res.Mentions[mi].T0 == a+1 && x.res.Mentions[mi].Label == graph.LabelOutlet &&
				x.res.Mentions[mi].T1 < last && outletNoun(x.lower[x.res.Mentions[mi].T1]) {
				a++ // "told the BBC News website"
			}
		}
		if mi := x.res.MentionAt(a); mi >= 0 && x.res.Mentions[mi].T0 == a {
			a = x.res.Mentions[mi].T1
			if a < last && outletNoun(x.lower[a]) && x.res.Mentions[mi].Label == graph.LabelOutlet {
				a++ // "told BBC News website", "told the Fox News program"
				// "told BBC World Service programme Go Digital": its name
				for named := programmeNouns[x.lower[a-1]]; named && a < last && x.t.Tokens[a].Upper && x.t.Tokens[a].Kind == segment.Word; {
					a++
				}
			}
			// "told CNN's Dana Bash", "told NBC's “Meet the Press”": the
			// outlet's person or programme
			if a+1 < last && (possessiveS(x.toks[a])) && x.res.Mentions[mi].Label == graph.LabelOutlet {
				a++
				if x.t.Tokens[a].Kind == segment.Quote {
					for a++; a < last && x.t.Tokens[a].Kind != segment.Quote; a++ {
					}
					a++
				} else if m2 := x.res.MentionAt(a); m2 >= 0 && x.res.Mentions[m2].T0 == a {
					a = x.res.Mentions[m2].T1
				} else {
					// ("World at One", "Woman's Hour")
					for a < last && (x.t.Tokens[a].Upper && x.t.Tokens[a].Kind == segment.Word ||
						a > 0 && x.t.Tokens[a-1].Upper && a+1 < last && x.t.Tokens[a+1].Upper && titleJoiners[x.lower[a]]) {
						a++
					}
					if a < last && programmeNouns[x.lower[a]] {
						a++ // "told BBC Radio 4's Today programme"
					}
				}
			}
		} else if _, ok := lex.Pronoun(x.toks[a]); ok {
			a++
		} else {
			switch x.lower[a] {
			case "reporters", "journalists", "lawmakers", "parliament", "congress", "supporters", "viewers", "listeners", "students", "the", "a", "an":
				a++
				for a < last && !x.t.Tokens[a].Upper && x.toks[a] != "that" && x.t.Tokens[a].Kind == segment.Word && a-cu.c1 < 4 &&
					!isClauseStart(x.toks[a]) {
					a++
				}
			}
		}
	}
	// a time right after the cue: "said on Wednesday he would …", "said
	// Tuesday the plan", "said last week it was"
	a = x.skipTime(a, last)
	// "that" within a few tokens (after "on Monday", "in a statement"),
	// not the relative pronoun after an object ("announced a plan that")
	for k := a; k < last && k-a < 8; k++ {
		w := x.lower[k]
		if w == "that" {
			if x.demonstrative(k, last) {
				return k // "called that memo misleading": "that" points, it does not introduce
			}
			if k > a && x.relativeThat(k, last) {
				break // "claimed responsibility for the attack that shattered …": a relative "that"
			}
			return k + 1
		}
		if isDet(w) || w == "his" || w == "her" || w == "its" || w == "their" {
			if k == a || !prepositions[x.lower[k-1]] {
				break
			}
		}
		if subjectPronoun(w) {
			break // "says he will fix policy areas that disadvantage women": the clause has begun
		}
		if x.t.Tokens[k].Kind == segment.Punct && x.toks[k] != "," {
			break
		}
		// a quoted name in a phrase of place: "said on “Fox News Sunday” that"
		if x.t.Tokens[k].Kind == segment.Quote && (k == a || !prepositions[x.lower[a]]) {
			break
		}
	}
	if a < last && x.toks[a] == "," {
		a++
	}
	return a
}

// gapWords open a free relative whose object is the verb's: "what he
// said", "everything Obama said".
var gapWords = map[string]bool{"what": true, "whatever": true, "everything": true, "anything": true, "all": true}

// outletNouns follow an outlet's name for one of its channels: "the BBC
// News website", "the Guardian newspaper"; or one of its programmes (see
// programmeNouns): "the Fox News program".
var outletNouns = map[string]bool{
	"website": true, "newspaper": true, "magazine": true, "channel": true, "network": true,
}

// outletNoun reports whether w names one of an outlet's channels or
// programmes.
func outletNoun(w string) bool { return outletNouns[w] || programmeNouns[w] && w != "broadcast" }

// programmeNouns follow the name of an outlet's programme.
var programmeNouns = map[string]bool{
	"programme": true, "program": true, "show": true, "podcast": true, "broadcast": true,
}

// titleJoiners stand between the capitalised words of a title.
var titleJoiners = map[string]bool{"at": true, "of": true, "the": true, "and": true, "’s": true, "'s": true}

// relativeThat reports whether the "that" at token k begins a relative
// clause with no subject of its own: a finite auxiliary after it ("that
// have passed"), or a verb in -ed with its object or a preposition after
// it ("that shattered a period", "that led to"), not an adjective before
// its noun ("that targeted killings were", "that enhanced interrogation").
func (x *extractor) relativeThat(k, last int) bool {
	if k+2 >= last || x.t.Tokens[k+1].Upper {
		return false
	}
	switch n := x.lower[k+1]; n {
	case "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can":
		return true
	default:
		if !strings.HasSuffix(n, "ed") {
			return false
		}
	}
	n2 := x.lower[k+2]
	return isDet(n2) || prepositions[n2] || n2 == "its" || n2 == "his" || n2 == "her" || n2 == "their" || x.t.Tokens[k+2].Kind == segment.Number
}

// thatAfterHearer returns the "that" which ends a hearer phrase starting
// at token a, within sixteen tokens with no punctuation but possessives,
// no quote, no "to" and no clause of its own; else 0.
func (x *extractor) thatAfterHearer(a, last int) int {
	for k := a + 1; k < last && k-a <= 16; k++ {
		w := x.lower[k]
		if w == "that" {
			if x.demonstrative(k, last) || k+1 < last && (x.lemmas[k+1] != "" || isAdverbOrAux(x.lower[k+1])) {
				return 0 // "told a story about a fake story that said …": a relative "that"
			}
			return k
		}
		if x.t.Tokens[k].Kind != segment.Word && x.t.Tokens[k].Kind != segment.Number && w != "’s" && w != "'s" && w != "-" ||
			subjectPronoun(w) || w == "there" || w == "it" || w == "who" || w == "which" || w == "to" {
			return 0 // ("told the Senate to pass a rewrite that …": an order, and a relative "that")
		}
		if _, ok := x.cueAt(k, last); ok {
			return 0 // "told reporters the president said …"
		}
	}
	return 0
}

// skipTime returns the token after a time phrase starting at a ("on
// Wednesday", "Tuesday", "last week", "yesterday"), or a.
func (x *extractor) skipTime(a, last int) int {
	k := a
	if k < last && x.lower[k] == "on" {
		k++
	}
	switch {
	case k+1 < last && (possessiveS(x.toks[k+1])):
		return a // "said Sunday’s massacre …": the time belongs to what is said
	case k < last && (lex.IsWeekday(x.toks[k]) || (x.lower[k] == "yesterday" || x.lower[k] == "today") && k == a):
		k++
		if k < last && timeNouns[x.lower[k]] {
			if k+1 < last && (possessiveS(x.toks[k+1])) {
				return a // "said Tuesday night’s attack …"
			}
			k++ // "said Tuesday night"
		}
	case k+1 < last && lex.Months[x.toks[k]] > 0 && x.t.Tokens[k+1].Kind == segment.Number:
		k += 2 // "said on May 6, 2018 it applied", "said Sept. 12"
		if k+1 < last && x.toks[k] == "," && x.t.Tokens[k+1].Kind == segment.Number && len(x.toks[k+1]) == 4 {
			k += 2
		}
	case k == a && k+1 < last && (x.lower[k] == "this" || x.lower[k] == "last") && timeNouns[x.lower[k+1]]:
		k += 2
	default:
		return a
	}
	if k < last && x.toks[k] == "," {
		k++
	}
	return k
}

// subjectPronoun reports whether lower-case w is a pronoun that begins a
// clause as its subject.
func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

func isClauseStart(w string) bool {
	switch strings.ToLower(w) {
	case "he", "she", "they", "it", "we", "i", "there", "this", "the", "his", "her", "their":
		return true
	}
	return false
}

// contentEnd returns the end of what is said from token a: the sentence
// end, or a participle clause (", adding …") that starts another claim.
func (x *extractor) contentEnd(a, last int) int {
	for k := a; k+1 < last; k++ {
		evenAs := x.lower[k] == "as" && k > a && x.lower[k-1] == "even" // "…, even as European officials said"
		if (isConj(x.lower[k]) || contrastJoiners[x.lower[k]] || evenAs) && k > a+3 {
			for c := k + 1; c < last && c < k+14; c++ {
				if x.toks[c] == "that" {
					break
				}
				if cu, ok := x.cueAt(c, last); ok && !strings.HasSuffix(x.lower[c], "ing") {
					// "said the operation came after … and praised Moreno":
					// the subject's second verb, of any cue
					// (not the last of a list of the reported subject's
					// verbs: "had imprisoned …, closed … and dismissed …")
					if c == k+1 && strings.HasSuffix(x.lower[c], "ed") && !x.verbList(a, k) {
						return k
					}
					if (contrastJoiners[x.lower[k]] || evenAs) && !x.subjectBefore(k, c) {
						continue // "although" ends what is said only before a speaker of its own
					}
					if evenAs && lex.IsSpeechVerb(cu.lemma) {
						return k - 1
					}
					if _, pk := lex.Pronoun(x.toks[c-1]); lex.IsSpeechVerb(cu.lemma) && (pk || x.toks[c-1] == "," || c == k+1 || x.subjectBefore(k, c) && x.clauseBefore(a, k)) {
						return k
					}
				}
			}
		}
		if x.toks[k] != "," {
			continue
		}
		if cu, ok := x.cueAt(k+1, last); ok && strings.HasSuffix(x.lower[cu.c0], "ing") {
			return k
		}
		// ", he added", ", officials said": a parenthetical attribution
		if k+2 < last {
			if _, ok := x.cueAt(k+2, last); ok {
				if _, pk := lex.Pronoun(x.toks[k+1]); pk {
					return k
				}
			}
		}
		// ", Reuters reported.", ", the Interior Ministry said on
		// Monday.": a named speaker's attribution that ends the sentence
		// is another claim's, around this one
		if x.trailingAttribution(k+1, last) {
			return k
		}
	}
	// drop the final period
	end := last
	for end > a && x.t.Tokens[end-1].Kind == segment.Punct && (x.toks[end-1] == "." || x.toks[end-1] == ",") {
		end--
	}
	if end <= a {
		return last
	}
	return end
}

// subjectBefore reports whether the few words after the conjunction at k
// and before the cue at c are a speaker of their own: a name right after
// the conjunction, or a group, that ends right before the cue ("… but
// Russian authorities argued", "… but Pelosi said").
func (x *extractor) subjectBefore(k, c int) bool {
	if c-1 <= k || c-k > 5 {
		return false
	}
	for p := k + 1; p < c; p++ {
		if x.t.Tokens[p].Kind != segment.Word {
			return false // "…, Reuters reported": another clause's attribution
		}
	}
	if mi := x.res.MentionAt(c - 1); mi >= 0 {
		m := x.res.Mentions[mi]
		return m.T1 == c && (m.T0 == k+1 || m.T0 == k+2 && isDet(x.toks[k+1])) && speakerLabel(m.Label) && m.Form != ner.FormDemonym
	}
	w := x.lower[c-1]
	// (or a person's role after a determiner: "… but the defense lawyer
	// said", "… but a spokesman said")
	return ner.SourceNoun(w) && (strings.HasSuffix(w, "s") || isDet(x.toks[k+1]) && x.wordsOnly(k+1, c-1))
}

// clauseBefore reports whether the words before the conjunction at k,
// back to a comma or to a, hold a finite verb: a clause ends there ("the
// auction was state-sponsored theft but …"), not one of two subjects ("the
// Saudi king and Trump emphasized").
func (x *extractor) clauseBefore(a, k int) bool {
	p := k - 1
	if p > a && x.toks[p] == "," {
		p-- // "…, but Pelosi said"
	}
	for ; p >= a && x.toks[p] != ","; p-- {
		if finiteWord(x.lower[p]) || !x.t.Tokens[p].Upper && x.t.Tokens[p].Kind == segment.Word && strings.HasSuffix(x.lower[p], "ed") {
			return true
		}
	}
	return false
}

// frontedPhrase reports whether the words a..k, before a comma and the
// speaker, are one phrase of time or place with no verb ("In the same time
// period, President Obama added $1.3 trillion"): a setting, not what was
// said ("At least 40 people died, police said" has a verb).
func (x *extractor) frontedPhrase(a, k int) bool {
	if !frontedPreps[x.lower[a]] {
		return false
	}
	for p := a + 1; p < k-1; p++ {
		if x.toks[p] == "," || x.t.Tokens[p].Kind == segment.Quote {
			return false
		}
	}
	return !x.clauseBefore(a, k)
}

// frontedPreps open a phrase of time or place put before a clause.
var frontedPreps = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "since": true, "after": true, "before": true,
	"under": true, "over": true, "within": true, "throughout": true, "across": true, "by": true,
}

// trailingAttribution says whether tokens [a, last) are a named
// speaker's attribution that ends the sentence: a mention of a person,
// body, outlet or country (after "the"), a speech verb, then at most five
// words with no clause of their own ("on Monday", "in a statement").
func (x *extractor) trailingAttribution(a, last int) bool {
	if a < last && x.lower[a] == "the" {
		a++
	}
	if a >= last {
		return false
	}
	c := x.unnamedSpeakerEnd(a, last)
	if c < 0 {
		mi := x.res.MentionAt(a)
		if mi < 0 {
			return false
		}
		m := x.res.Mentions[mi]
		if m.T0 != a || m.Entity < 0 || !speakerLabel(m.Label) || m.Label == graph.LabelSource {
			return false
		}
		c = m.T1
	}
	cu, ok := x.cueAt(c, last)
	if !ok || !lex.IsSpeechVerb(cu.lemma) && cu.lemma != "report" || strings.HasSuffix(x.lower[c], "ing") {
		return false
	}
	tail := 0
	for k := cu.c1; k < last; k++ {
		if x.t.Tokens[k].Kind == segment.Word {
			tail++
		}
		if x.lower[k] == "that" || x.toks[k] == "," || tail > 5 {
			return false
		}
	}
	return true
}

// unnamedSpeakerEnd returns the end of an unnamed group or official that
// starts at token a ("two senior officials", "U.S. officials", "police"),
// or -1: up to three modifiers, lower case or a number, before a group or
// source noun.
func (x *extractor) unnamedSpeakerEnd(a, last int) int {
	for k := a; k < last && k-a <= 3; k++ {
		t := x.t.Tokens[k]
		if t.Kind != segment.Word && t.Kind != segment.Number {
			return -1
		}
		if groupNouns[x.lower[k]] || trailingSourceNouns[x.lower[k]] {
			return k + 1
		}
		if t.Kind == segment.Word && t.Upper && k > a {
			return -1
		}
	}
	return -1
}

// trailingSourceNouns head the unnamed speakers of a trailing
// attribution besides the group nouns: ", a senior official said".
var trailingSourceNouns = map[string]bool{
	"official": true, "source": true, "sources": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "diplomat": true,
}

// refusals are what is denied when a denial refuses rather than asserts.
var refusals = map[string]bool{
	"application": true, "request": true, "requests": true, "motion": true, "bail": true, "appeal": true,
	"permission": true, "access": true, "entry": true, "visa": true, "visas": true, "efforts": true,
	"petition": true, "permit": true, "applications": true, "funding": true,
}

// minWords is the fewest words the content of cue needs to be a claim: a
// denial may be short ("denied any wrongdoing").
func minWords(cu cue) int {
	if cu.lemma == "deny" {
		return 2
	}
	return 4
}

// objectVerbs are speech verbs that also take a plain object, which is not
// a statement: "announced her resignation", "denied the charges".
var objectVerbs = map[string]bool{
	"announce": true, "confirm": true, "deny": true, "reveal": true, "report": true, "disclose": true,
	"write": true, "acknowledge": true, "counter": true, "maintain": true, "recall": true,
	"tweet": true, "post": true, // "posted a photo of her visit", "tweeted a link to"
}

// clauseOK rejects a cue whose object is not a statement: "confirmed this
// account", "called him a liar".
func (x *extractor) clauseOK(cu cue, a0, a1 int) bool {
	if tellVerbs[cu.lemma] {
		// "told a harrowing tale of", "tells the story of two men", "told
		// that story in style": a story told is no statement
		for k := cu.c1; k < a1 && k <= cu.c1+4; k++ {
			if narrativeNouns[x.lower[k]] {
				return false
			}
			if x.t.Tokens[k].Kind != segment.Word && x.toks[k] != "-" {
				break
			}
		}
	}
	if a0 > cu.c1 && x.lower[a0-1] == "that" {
		return true
	}
	if attitudeVerbs[cu.lemma] {
		// "welcomed the renewal of dialogue and committed …": an attitude
		// to a thing; but "rejected the notion that he was embracing …"
		// puts a statement
		for k := a0; k+1 < a1 && k <= a0+3; k++ {
			if !propositionNouns[x.lower[k]] {
				continue
			}
			if x.lower[k+1] == "that" {
				return true
			}
			// "welcomed the fact there had been a quick conclusion"
			for j := k + 1; j < a1 && j <= k+4; j++ {
				if finiteWord(x.lower[j]) {
					return true
				}
			}
		}
		// "criticized Mr. Bush for failing to pay enough attention": a
		// charge, as with "blamed"
		for k := a0 + 1; k+1 < a1 && k <= a0+6; k++ {
			if x.lower[k] == "for" && strings.HasSuffix(x.lower[k+1], "ing") {
				return true
			}
		}
		return false
	}
	if demands[cu.lemma] {
		if x.lower[a0] == "that" && a1-a0 > 3 {
			return true // "are demanding that Barr release the report"
		}
		if cu.lemma == "call on" || cu.lemma == "urge" || cu.lemma == "demand" {
			// "called on the president to delay …", not "called on a reporter"
			for k := a0; k < a1 && k-a0 <= 8; k++ {
				if x.lower[k] == "to" {
					return a1-k > 2
				}
			}
			return false
		}
		return x.words(a0, a1) >= 3
	}
	if prep := charges[cu.lemma]; prep != "" {
		// "accused Turkish-backed forces of killing civilians"
		for k := a0 + 1; k < a1 && k-a0 <= 12; k++ {
			if x.lower[k] == prep {
				return a1-k > 2
			}
		}
		return false
	}
	if x.reaction(cu, a0, a1) {
		return false
	}
	first := x.lower[a0]
	if cu.lemma == "testify" && (first == "before" || first == "about" || first == "alongside") {
		return false // "testified before the Senate Foreign Relations Committee": where, not what
	}
	if cu.lemma == "deny" {
		// "has denied any involvement", "denied ever saying such a thing":
		// a denial is a claim whatever its object
		switch first {
		case "to", "with", "for", "against", "on", "over", "itself", "himself", "herself", "themselves", "him", "her", "them", "us", "me":
			return false // "denied him a visa": a refusal
		}
		for k := a0; k < a1 && k-a0 < 4; k++ {
			if refusals[x.lower[k]] {
				return false // "police denied its application", "the judge denied bail"
			}
		}
		return true
	}
	switch first {
	case "little":
		if a0+1 >= a1 || !finiteWord(x.lower[a0+1]) && x.lower[a0+1] != "could" && x.lower[a0+1] != "would" {
			return false // "has said little publicly about the report", not "said little could change"
		}
	case "to", "with", "for", "against", "on", "over", "itself", "himself", "herself", "themselves":
		// "claimed to distance himself", "vowed to destroy": an intention;
		// "countered with $1.3 billion", "asserted itself": not a statement
		return false
	case "this", "these", "those", "it", "so", "nothing", "anything", "something":
		// "said so", "said it often"; but "said it would hurt consumers"
		// is a clause
		if x.words(a0, a1) <= 4 && !(first == "it" && a0+1 < a1 && finiteAux[x.lower[a0+1]]) {
			return false
		}
	}
	if (cu.lemma == "tweet" || cu.lemma == "post") && (x.t.Tokens[a0].Kind == segment.Quote || x.colonIn(a0, a1)) {
		return true // "tweeted 'For 10 months, China …'", "tweeted in part: “Now he’s …”"
	}
	if objectVerbs[cu.lemma] && (subjectPronoun(first) || first == "how") {
		return true // "recalls she brought in measures", "recalled how her husband …"
	}
	if lex.IsSpeechVerb(cu.lemma) && !objectVerbs[cu.lemma] && !(cu.lemma == "add" && x.amountAt(a0, a1)) {
		// "added 1.33 million jobs", "added $400 billion to the debt": an
		// amount added is a statement only with a verb after it ("added
		// 104 people were wounded")
		return true
	}
	if wishVerbs[cu.lemma] {
		return false // "the Kremlin hoped …": a wish, a claim only with "that"
	}
	if beliefVerbs[cu.lemma] && (first == "in" || first == "so" || first == "of" || first == "about" ||
		finiteAux[first] || first == "likely" || strings.HasSuffix(first, "ly") || x.t.Tokens[a0].Kind == segment.Quote) {
		// "believes in God", "thinks so"; "the documents that Sanders
		// believes should be investigated": the object is missing
		return false
	}
	// a verb of thinking or finding needs a clause: a finite verb soon
	// after, in the same clause ("rejected the plan even before Trump
	// announced it" has none)
	for k := a0; k < a1 && k-a0 < 12; k++ {
		if x.toks[k] == "," || subordinators[x.lower[k]] {
			return false
		}
		switch x.lower[k] {
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should",
			"may", "might", "must", "did", "does", "do":
			return true
		}
		// (a past tense, not a participle after a preposition or a
		// determiner: "images of injured passengers", "a failed coup")
		if k > a0 && strings.HasSuffix(x.toks[k], "ed") && !x.t.Tokens[k].Upper && !prepositions[x.lower[k-1]] && !isDet(x.toks[k-1]) && !possessives[x.lower[k-1]] {
			return true
		}
	}
	return false
}

// reaction reports whether a response or an answer at a0..a1 is a deed
// or a manner, not words: "responded in kind to Trump’s tariffs",
// "responded by firing missiles", "responded harshly to the United
// Nations", "answer questions from reporters", "answered wild Republican
// allegations".
func (x *extractor) reaction(cu cue, a0, a1 int) bool {
	if cu.lemma != "respond" && cu.lemma != "answer" || a0 >= a1 {
		return false
	}
	switch first := x.lower[a0]; {
	case first == "to", first == "by", first == "in", first == "with", first == "quickly", first == "harshly", first == "angrily",
		first == "swiftly", first == "forcefully", first == "strongly":
		return true
	}
	for k := a0; k < a1 && k <= a0+4; k++ {
		if x.t.Tokens[k].Kind != segment.Word || finiteWord(x.lower[k]) || subjectPronoun(x.lower[k]) {
			return false
		}
		if answered[x.lower[k]] {
			return true
		}
	}
	return false
}

// answered are what one answers or responds to that is no statement.
var answered = map[string]bool{
	"question": true, "questions": true, "allegations": true, "allegation": true, "charges": true, "calls": true,
	"criticism": true, "critics": true, "session": true, "queries": true, "letter": true, "letters": true,
}

// amountAt reports whether an amount opens a0..a1: "1.33 million", "$400
// billion", "almost 300 points".
func (x *extractor) amountAt(a0, a1 int) bool {
	if a0 < a1 && approximators[x.lower[a0]] {
		a0++
	}
	if a0 < a1 && (x.toks[a0] == "$" || x.toks[a0] == "€" || x.toks[a0] == "£") {
		a0++
	}
	return a0 < a1 && x.toks[a0] != "" && x.toks[a0][0] >= '0' && x.toks[a0][0] <= '9'
}

// approximators come before an amount: "almost 300 points".
var approximators = map[string]bool{
	"almost": true, "nearly": true, "about": true, "roughly": true, "some": true, "another": true,
	"over": true, "around": true, "approximately": true, "just": true,
}

// attitudeVerbs take a thing as their object and report a statement only
// with "that": "welcomed the move", "rejected the plan", "accepted the
// cease-fire proposal".
var attitudeVerbs = map[string]bool{
	"welcome": true, "praise": true, "accept": true, "criticize": true, "criticise": true, "reject": true,
	"dismiss": true,
}

// propositionNouns hold a statement in a "that" clause after them.
var propositionNouns = map[string]bool{
	"notion": true, "idea": true, "claim": true, "claims": true, "suggestion": true, "suggestions": true,
	"assertion": true, "allegation": true, "allegations": true, "accusation": true, "accusations": true,
	"charge": true, "charges": true, "report": true, "reports": true, "view": true, "argument": true,
	"fact": true, "news": true,
}

// narrativeNouns are what one tells that is no statement of one's own.
var narrativeNouns = map[string]bool{
	"story": true, "stories": true, "tale": true, "tales": true, "joke": true, "jokes": true,
	"anecdote": true, "anecdotes": true, "lie": true, "lies": true, "truth": true,
}

// finiteAux are the auxiliaries and copulas that make "it …" a clause.
var finiteAux = map[string]bool{
	"is": true, "was": true, "would": true, "will": true, "could": true, "can": true, "should": true,
	"might": true, "may": true, "must": true, "has": true, "had": true, "’s": true, "'s": true,
}

// finiteWord reports whether w is a finite auxiliary or copula: a clause
// goes on around it.
func finiteWord(w string) bool { return finiteAux[w] || w == "are" || w == "were" || w == "have" }

// subordinators open a clause of their own inside the object of a verb.
var subordinators = map[string]bool{
	"before": true, "after": true, "when": true, "while": true, "because": true, "if": true, "since": true,
	"until": true, "even": true, "although": true, "though": true, "as": true, "unless": true, "whereas": true,
}

// endsClause reports whether the text before token i ends a clause that
// an attribution follows: a comma, or a closing quote.
func (x *extractor) endsClause(i int) bool {
	j := i - 1
	if j < 0 {
		return false
	}
	return x.toks[j] == "," || x.t.Tokens[j].Kind == segment.Quote
}

// restEmpty reports whether nothing but adverbs, a hearer and a period
// follow the cue ("…, she told BBC news.").
func (x *extractor) restEmpty(a, last int) bool {
	n := 0
	for k := a; k < last; k++ {
		if x.t.Tokens[k].Kind == segment.Word {
			n++
		}
	}
	return n <= 5
}

func (x *extractor) words(a, b int) int {
	n := 0
	for k := a; k < b && k < len(x.toks); k++ {
		if x.t.Tokens[k].Kind == segment.Word || x.t.Tokens[k].Kind == segment.Number {
			n++
		}
	}
	return n
}

// kind is "direct" when most of the text lies within quotation marks.
func (x *extractor) kind(a, b int) string {
	if a >= b {
		return graph.KindIndirect
	}
	start, end := x.t.Tokens[a].Start, x.t.Tokens[b-1].End
	in := 0
	for _, q := range x.quotes {
		lo, hi := max(q.Start, start), min(q.End, end)
		if hi > lo {
			in += hi - lo
		}
	}
	if in*2 > end-start {
		return graph.KindDirect
	}
	return graph.KindIndirect
}

// negated reports whether the cue at token c is negated: "did not say",
// "wouldn’t say", "never told".
func (x *extractor) negated(c, first int) bool {
	for k := c - 1; k >= first && c-k <= 2; k-- {
		switch x.lower[k] {
		case "not", "n’t", "n't", "never":
			return true
		}
	}
	return false
}

// parentheticalRest returns the end of the sentence when an attribution
// ending at token end is set inside it by commas and a predicate follows
// ("…, said X of Y, were too weak"), or 0.
func (x *extractor) parentheticalRest(end, last int) int {
	k := end
	for k < last && x.toks[k] != "," && k-end < 8 {
		if x.t.Tokens[k].Kind == segment.Quote || x.toks[k] == "." {
			return 0
		}
		k++
	}
	if k >= last || x.toks[k] != "," {
		return 0
	}
	e := x.contentEnd(k+1, last)
	if x.words(k+1, e) < 3 {
		return 0
	}
	switch x.lower[k+1] {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must":
		return e
	}
	return 0
}

// circumstance reports whether token a, after a cue, begins a phrase of
// place or time or a participle set off by a comma rather than what was
// said ("at a business forum", "ahead of the vote", ", escalating …"),
// with no "that" or quote after it in the sentence.
func (x *extractor) circumstance(a, last int) bool {
	switch w := x.lower[a]; {
	case w == "at", w == "in", w == "during", w == "ahead", w == "after", w == "before", w == "amid", w == "while",
		w == "when", w == "as", w == "on", w == "from", w == "via":
	case strings.HasSuffix(w, "ing") && a > 0 && x.toks[a-1] == "," && !x.t.Tokens[a].Upper:
		// "…, the committee’s senior Democrat said on Wednesday,
		// escalating …": a participle set off by a comma
	default:
		return false
	}
	// "said on “Fox News Sunday” that …": what was said comes later
	for k := a + 1; k < last; k++ {
		if x.lower[k] == "that" || x.t.Tokens[k].Kind == segment.Quote {
			return false
		}
	}
	return true
}

// parentheticalClose returns the token after the comma that closes an
// attribution set inside its sentence ("…, his lawyer said, is …", "…,
// the survey said, thought …"), when a predicate of three words or more
// follows it, or 0.
func (x *extractor) parentheticalClose(cu cue, last int) int {
	k := cu.c1
	// a hearer or a time: "told the BBC", "said on Monday"
	for k < last && x.toks[k] != "," && k-cu.c1 < 5 {
		if x.t.Tokens[k].Kind != segment.Word || x.lower[k] == "that" {
			return 0
		}
		k++
	}
	if k >= last || x.toks[k] != "," || k+1 >= last {
		return 0
	}
	r := k + 1
	if x.t.Tokens[r].Kind != segment.Word || x.t.Tokens[r].Upper || x.words(r, last) < 3 {
		return 0
	}
	// the predicate of the sentence goes on: "is speaking fees", "showed
	// how …", "detailed the motivations"; not a clause of its own ("said
	// Thursday, it was …") nor a participle ("…, he said, adding …")
	w := x.lower[r]
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "should", "may",
		"might", "must", "did", "does", "do", "sent", "made", "took", "gave", "kept", "left", "lost", "brought",
		"became", "went", "came", "found", "thought", "meant", "led", "began", "remains", "remained":
		return r
	}
	if strings.HasSuffix(w, "ed") && len(w) > 3 || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && len(w) > 3 && !x.t.Tokens[r].Upper {
		if isDet(w) || possessives[w] || prepositions[w] || subordinators[w] || isClauseStart(w) || isConj(w) {
			return 0
		}
		if _, pro := lex.Pronoun(w); pro {
			return 0
		}
		return r
	}
	return 0
}

// demonstrative reports whether "that" at token k points at a singular
// noun ("that memo", "that argument") rather than introducing a clause.
func (x *extractor) demonstrative(k, last int) bool {
	if k+2 >= last {
		return false
	}
	n := x.lower[k+1]
	switch n {
	case "was", "is", "has", "had", "will", "would", "could", "can", "should", "may", "might", "must", "wasn't",
		"wasn’t", "isn't", "isn’t":
		return true // "said that was the only contact": "that" is what was said about
	}
	if x.t.Tokens[k+1].Upper || x.t.Tokens[k+1].Kind != segment.Word || isDet(n) || isClauseStart(n) ||
		strings.HasSuffix(n, "ly") || strings.HasSuffix(n, "ing") || strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") {
		return false // "that funding was", "that prices rose": a clause
	}
	switch n {
	case "many", "some", "most", "all", "few", "several", "no", "each", "every", "more", "much", "such", "any":
		return false
	}
	if _, pro := lex.Pronoun(n); pro || subordinators[n] {
		return false
	}
	// "dismissed that suggestion at the time", "denied that claim.": a
	// statement named, with no verb after it
	if propositionNouns[n] && (prepositions[x.lower[k+2]] || x.t.Tokens[k+2].Kind == segment.Punct) {
		return true
	}
	// the word after the noun: a verb or an adjective of the object
	// ("that memo misleading", "that process could take", "that argument
	// doesn't wash")
	switch nx := x.lower[k+2]; nx {
	case "is", "was", "has", "had", "will", "would", "could", "can", "should", "may", "might", "must", "does",
		"doesn't", "doesn’t", "did", "didn't", "didn’t", "wasn't", "wasn’t", "isn't", "isn’t":
		return true
	}
	return false
}

// coordinateParticiple reports whether token p joins a participle cue to
// the participle right before it ("while laughing and saying he was
// infected") or contrasts it with a phrase set off by a comma ("calling it
// a “very powerful weapon,” but saying he didn’t want to use it"). ", and
// saying" is left alone: it often goes on a list whose own subject is not
// the sentence's ("with Sessions calling it …, and suggesting …").
func (x *extractor) coordinateParticiple(p, first int) bool {
	if p-1 < first {
		return false
	}
	b := p - 1
	switch x.lower[p] {
	case "but":
		return x.toks[b] == "," || x.t.Tokens[b].Kind == segment.Quote && b > first && x.toks[b-1] == ","
	case "and":
		// "while laughing and saying", not "their defense spending and
		// insisting" or "finding and countering" (gerunds)
		if !strings.HasSuffix(x.lower[b], "ing") || len(x.lower[b]) <= 5 || x.t.Tokens[b].Upper || b-1 < first {
			return false
		}
		return x.toks[b-1] == "," || participleLinks[x.lower[b-1]] && !docNouns[x.lower[b-1]] && !nounVerbs[x.lower[b-1]]
	}
	return false
}

// clauseFollows reports whether what is said from token a0 is plainly a
// clause: after "that", or opening with a personal pronoun ("saying he
// didn’t want to use it").
func (x *extractor) clauseFollows(a0, last int) bool {
	if a0 >= last {
		return false
	}
	if a0 > 0 && x.lower[a0-1] == "that" {
		return true
	}
	_, ok := pronounKind(x.lower[a0])
	return ok || x.lower[a0] == "it" || x.lower[a0] == "we" || x.lower[a0] == "i"
}

// quoteBefore returns the quote that opens sentence s and closes before
// token j, or -1.
func (x *extractor) quoteBefore(s segment.Sentence, j int) int {
	for qi, q := range x.quotes {
		if q.Open >= s.Start && q.Closed && q.Close <= x.t.Tokens[j].Start && q.Open <= x.t.Tokens[s.First].End {
			return qi
		}
	}
	return -1
}

// quotedAs returns the token of "quoted" in "quoted as saying" or "quoted
// by Interfax as saying" ending with "saying" at c, or -1.
func (x *extractor) quotedAs(c, first int) int {
	if c-2 < first || x.lower[c-1] != "as" {
		return -1
	}
	if x.lower[c-2] == "quoted" {
		return c - 2
	}
	for q := c - 3; q > first && q >= c-9; q-- {
		if x.lower[q] == "quoted" && x.lower[q+1] == "by" {
			return q
		}
		if x.t.Tokens[q].Kind == segment.Punct {
			break
		}
	}
	return -1
}

// participleClaim gives ent the claim of the participle cue at token c of
// sentence si ("was quoted as saying …", "quoted Kim as saying …"): the
// clause after the cue, of at least minWords words; or, when a time or a
// place follows the cue ("… as saying by Interfax", "… as saying early
// Sunday"), the quote before token before.
func (x *extractor) participleClaim(ent, si, c, before int, cu cue, cueText string, minWords int) {
	s := x.t.Sentences[si]
	a0 := x.contentStart(cu, s.Last)
	if a0 >= s.Last || prepositions[x.lower[a0]] || x.lower[a0] == "during" || x.lower[a0] == "early" || x.lower[a0] == "late" {
		if qi := x.quoteBefore(s, before); qi >= 0 {
			x.usedCue[c] = true
			x.usedQuote[qi] = true
			x.add(ent, graph.KindDirect, cueText, x.quotes[qi].Start, x.quotes[qi].End, si)
		}
		return
	}
	if a1 := x.contentEnd(a0, s.Last); x.words(a0, a1) >= minWords {
		x.usedCue[c] = true
		x.add(ent, x.kind(a0, a1), cueText, x.t.Tokens[a0].Start, x.t.Tokens[a1-1].End, si)
	}
}

// citedSpeaker returns the speaker that a form of "cite" names right before
// the participle cue at token c ("cited unnamed Russian and Israeli sources
// saying", "citing diplomats as saying"), or -1.
func (x *extractor) citedSpeaker(c, first int) int {
	j := c - 1
	if j > first && x.lower[j] == "as" {
		j--
	}
	if j <= first || x.t.Tokens[j].Kind != segment.Word {
		return -1
	}
	for k := j - 1; k >= first && j-k <= 8; k-- {
		switch x.lower[k] {
		case "cited", "cites", "cite", "citing", "quoted", "quoting", "quotes":
			if k > first && beForms[x.lower[k-1]] {
				return -1 // "was quoted by Roll Call as saying": the subject speaks
			}
			ent, start := x.speakerEndingAt(j, first)
			if ent < 0 || start <= k {
				return -1
			}
			return ent
		}
		if x.t.Tokens[k].Kind != segment.Word && x.toks[k] != "-" {
			return -1
		}
	}
	return -1
}

// verbList reports whether tokens [a, k) hold a comma and a past verb after
// it: a list of verbs that an "and" at k may end.
func (x *extractor) verbList(a, k int) bool {
	for p := a; p+1 < k; p++ {
		if x.toks[p] == "," && strings.HasSuffix(x.lower[p+1], "ed") && !x.t.Tokens[p+1].Upper {
			return true
		}
	}
	return false
}

// relativeAfter reports whether w, after a comma that follows a name,
// opens a relative clause about it: "X, who delivered".
func relativeAfter(w string) bool {
	return w == "who" || w == "whose" || w == "which"
}

// contrastJoiners open a contrasting clause inside what is said: "Critics
// say the laws could let businesses deny jobs, although legal experts
// argue …".
var contrastJoiners = map[string]bool{"although": true, "though": true, "whereas": true, "while": true}

// clauseJoiners open a clause of its own after a comma: a speaker after
// one reports what follows, not what came before (but "…, as Politico
// reported" attributes it); the contrastJoiners and a few more.
var clauseJoiners = func() map[string]bool {
	m := map[string]bool{"but": true, "and": true, "because": true, "since": true, "if": true, "when": true, "yet": true}
	for w := range contrastJoiners {
		m[w] = true
	}
	return m
}()

// colonIn reports whether a colon stands among tokens [a0, a1).
func (x *extractor) colonIn(a0, a1 int) bool {
	for k := a0; k < a1; k++ {
		if x.toks[k] == ":" {
			return true
		}
	}
	return false
}

// byGerundSubject returns the speaker of "by saying …" at the "by" at
// token p: the subject of the clause "by" belongs to, which a subordinate
// clause may open ("after Michael Gove … astonished the political world by
// announcing", "reminded her audience that Trump opened his campaign by
// suggesting"); else the sentence's subject ent. It returns -1 when the
// clause names no subject.
func (x *extractor) byGerundSubject(p, first, ent int) int {
	for k := p - 1; k > first; k-- {
		if x.toks[k] == ";" || byClauseOpeners[x.lower[k]] && !x.t.Tokens[k].Upper && !x.insideQuote(x.t.Tokens[k].Start) {
			return x.subjectFrom(k+1, p)
		}
	}
	return ent
}

// byClauseOpeners open a clause whose subject a "by …ing" later in it
// belongs to.
var byClauseOpeners = map[string]bool{
	"that": true, "after": true, "before": true, "when": true, "while": true, "because": true,
	"since": true, "if": true, "until": true, "once": true, "as": true, "although": true, "though": true,
}
