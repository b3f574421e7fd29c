package ner

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// eventInfo describes an event phrase found by a pattern.
type eventInfo struct {
	kind    string // "election", "war", "summit", "investigation", "interference", ...
	sub     string // election kind ("presidential"), or "" for a war's plain form
	country int    // mention index of the country it is in / about, or -1
	agent   int    // mention index of the country that acts (invasions), or -1
	year    string
	name    string // canonical name when the phrase gives one
	generic bool   // "the election", "the war": points to the article's main one
	// definite marks "the incident", "the summit": a head noun alone that
	// points to a named event of its kind, or is one of its own
	definite bool
	// place is where a definite event is ("a summit in Valletta"): it
	// points only to a named event of that place
	place string
}

// Kinds of event trigger words (bits of Recognizer.eventWords).
const (
	startsListed  uint8 = 1 << iota // a listed event's name or alias starts with it
	headsPattern                    // it heads an event pattern: "election", "war", "summit"
	headsDefinite                   // "the <word>" is a singular event: "the incident", "the summit"
)

// eventWordsOf maps each lower-cased word that may start a listed event or
// head an event pattern to its trigger bits, so that the event pass looks
// each token up once.
func eventWordsOf(g *gazetteer.Gazetteer) map[string]uint8 {
	m := map[string]uint8{}
	for _, ev := range g.Events {
		for _, n := range append([]string{ev.Name}, ev.Aliases...) {
			if toks := gazetteer.Tokenize(n); len(toks) > 0 {
				m[strings.ToLower(toks[0])] |= startsListed
			}
		}
	}
	for _, w := range []string{"election", "elections", "vote", "midterms", "primaries", "nomination", "race"} {
		m[w] |= headsPattern
	}
	for w := range warHeads {
		m[w] |= headsPattern
	}
	for w := range eventHeads {
		m[w] |= headsPattern
	}
	for w := range definiteHeads {
		m[w] |= headsDefinite
	}
	for w := range placedOccasions {
		m[w] |= headsPattern
	}
	for w := range primaryHeads {
		m[w] |= headsPattern
	}
	return m
}

// definiteHeads are the event nouns that, singular after "the", refer to
// one event of the article ("the incident occurred Sunday", "ahead of the
// summit", "a source close to the investigation"), with their kinds. Not
// "the meeting", "the talks" or "the speech", which a story also uses for
// routine activities, nor "the war" or "the election", whose patterns
// resolve a generic use themselves.
var definiteHeads = map[string]string{
	"incident": "incident", "summit": "summit", "investigation": "investigation", "probe": "investigation",
	"inquiry": "investigation", "attack": "attack", "shooting": "attack", "bombing": "attack",
	"massacre": "attack", "raid": "attack", "crash": "disaster", "explosion": "disaster",
	"scandal": "scandal", "trial": "trial", "coup": "coup", "referendum": "referendum", "riot": "riot",
	"shutdown": "shutdown", "impeachment": "impeachment",
	// hearings, gatherings and journeys the story is about
	"hearing": "hearing", "rally": "rally", "convention": "convention", "ceremony": "ceremony",
	"funeral": "ceremony", "visit": "visit", "speech": "speech", "conference": "conference",
	// disasters and violent acts; a kind of its own where "the siege" or
	// "the hack" is no other named attack or scandal of the article
	"earthquake": "disaster", "hurricane": "disaster", "tsunami": "disaster", "outbreak": "disaster",
	"assassination": "assassination", "ambush": "attack", "kidnapping": "kidnapping", "hijacking": "hijacking",
	"siege": "siege", "airstrike": "attack", "standoff": "standoff", "hack": "hack", "crackdown": "crackdown",
	// only after a weapon: "the drone strike", "the missile strike" (not
	// "the strike" of workers)
	"strike": "strike",
	// routine occasions, only as a named one of the story told again:
	// "the meeting" after "the Trump Tower meeting"
	"meeting": "meeting", "debate": "debate",
}

// namedOnly are the kinds of definite heads that are an event only when
// they refer back to a named one: "a meeting" or "the debate" of their own
// are routine.
var namedOnly = map[string]bool{"meeting": true, "debate": true}

// kindsFor are the kinds of a named event of the article that a definite
// head refers back to: "the incident" after "the Fort Hood shooting".
var kindsFor = map[string][]string{
	"incident":      {"incident", "attack", "riot", "disaster", "protest", "scandal"},
	"investigation": {"investigation", "impeachment"},
	"impeachment":   {"impeachment"},
	"attack":        {"attack"},
	"disaster":      {"disaster"},
	"hack":          {"hack", "attack"},
	// "the drone strike" is no massacre or chemical attack named before it
	"strike": {"strike", "assassination"},
}

// definiteModifiers may stand between "the" and a definite event head:
// "the deadly attack", "the nuclear attack", "the failed coup".
var definiteModifiers = map[string]bool{
	"deadly": true, "recent": true, "latest": true, "failed": true, "attempted": true, "nuclear": true,
	"chemical": true, "terrorist": true, "terror": true, "mass": true, "suicide": true, "alleged": true,
	"apparent": true, "botched": true, "fatal": true, "bloody": true, "twin": true, "suspected": true,
	"upcoming": true, "planned": true, "historic": true,
	"ongoing": true, "criminal": true, "federal": true, "internal": true, "military": true,
	"news": true, "press": true, // "the news conference"
	"drone": true, "missile": true, "air": true, // "the drone strike", "the missile attack"
}

// definiteFollowers are the words that may follow a definite event head
// when it is the whole noun phrase: prepositions, conjunctions and
// auxiliaries ("the attack on", "the probe and", "the summit will"), as
// opposed to a compound noun ("the attack ads", "the trial judge").
var definiteFollowers = map[string]bool{
	"of": true, "in": true, "into": true, "on": true, "at": true, "with": true, "by": true, "for": true,
	"to": true, "from": true, "over": true, "about": true, "against": true, "between": true, "after": true,
	"before": true, "during": true, "since": true, "until": true, "as": true, "and": true, "or": true,
	"but": true, "that": true, "which": true, "who": true, "where": true, "when": true, "is": true,
	"was": true, "are": true, "were": true, "has": true, "had": true, "have": true, "will": true,
	"would": true, "could": true, "can": true, "may": true, "might": true, "should": true, "must": true,
	"did": true, "does": true, "also": true, "itself": true, "last": true, "this": true, "earlier": true,
	"later": true, "began": true, "begins": true, "came": true,
	"comes": true, "left": true, "led": true, "made": true, "ends": true, "shows": true, "highlights": true,
	"raises": true, "marks": true, "follows": true, "underscores": true, "remains": true, "appears": true,
	"seems": true, "occurs": true, "happens": true, "took": true, "sent": true, "drew": true, "brought": true,
	"went": true, "hasn": true, "hadn": true, "wasn": true, "isn": true, "didn": true, "won": true, "broke": true,
	"gave": true, "got": true, "killed": true, "continues": true, "continued": true, "ended": true, "happened": true,
}

// definiteEvent adds "the incident", "the summit": a singular event the
// article refers to as a thing. The head must be the whole noun phrase:
// what follows is punctuation, a function word or a verb.
func (d *doc) definiteEvent(i, first, last int) bool {
	if d.t.Tokens[i].Upper || d.t.Tokens[i].Kind != segment.Word {
		return false
	}
	if d.lower[i] == "conference" && (i-1 < first || d.lower[i-1] != "news" && d.lower[i-1] != "press") {
		return false // only "the news conference", "the press conference": one occasion of the story
	}
	// "the incident", "the deadly attack", "the failed coup"
	start := i - 1
	if start > first && definiteModifiers[d.lower[start]] && !d.t.Tokens[start].Upper {
		start--
	}
	if start < first || d.lower[start] != "the" {
		return false
	}
	if d.lower[i] == "strike" && (start == i-1 || !weaponWords[d.lower[i-1]]) {
		return false // "the strike" of workers, "the general strike"
	}
	// "the impeachment inquiry", "the coup attempt"
	end := i + 1
	for end < last && end-i < 3 && eventTails[d.lower[end]] && d.t.Tokens[end].Kind == segment.Word && !d.t.Tokens[end].Upper {
		end++
	}
	if end < last {
		nw := d.lower[end]
		if d.compoundAt(end) {
			return false // "the attack ads", "the trial judge"
		}
		if nw == "-" || nw == "’s" || nw == "'s" {
			return false // "the attack-helicopter", "the trial’s": a modifier
		}
	}
	name := strings.ToLower(d.res.Span(start+1, end))
	d.addEvent(start, end, &eventInfo{kind: definiteHeads[d.lower[i]], name: name, country: -1, agent: -1, generic: true, definite: true}, nil)
	return true
}

// weaponWords make a strike a military one: "the drone strike".
var weaponWords = map[string]bool{"drone": true, "missile": true, "air": true}

// compoundAt reports whether token k, right after an event head,
// continues its noun phrase as a compound ("the attack ads", "the debate
// stage") rather than following it: a lower-case word that is no
// preposition, conjunction, auxiliary, participle or verb of saying.
func (d *doc) compoundAt(k int) bool {
	nt, nw := d.t.Tokens[k], d.lower[k]
	if nt.Kind != segment.Word || nt.Upper || definiteFollowers[nw] || strings.HasSuffix(nw, "ed") {
		return false
	}
	_, verb := lex.ReportingVerb(nw)
	return !verb
}

var electionKinds = map[string]bool{
	"presidential": true, "parliamentary": true, "general": true, "midterm": true, "legislative": true,
	"local": true, "regional": true, "municipal": true, "mayoral": true, "gubernatorial": true,
	"congressional": true, "federal": true, "national": true, "snap": true, "early": true,
	"leadership": true, "primary": true, "european": true, "state": true, "senate": true, "runoff": true,
}

var warHeads = map[string]string{
	"war": "war", "invasion": "invasion", "conflict": "conflict", "occupation": "occupation",
	"annexation": "annexation", "offensive": "offensive", "incursion": "incursion",
}

var eventHeads = map[string]string{
	"summit": "summit", "investigation": "investigation", "probe": "investigation", "inquiry": "investigation",
	"interference": "interference", "meddling": "interference", "referendum": "referendum",
	"riot": "riot", "riots": "riot", "bombing": "attack", "bombings": "attack", "attack": "attack", "attacks": "attack",
	"massacre": "attack", "shooting": "attack", "impeachment": "impeachment", "trial": "trial",
	"olympics": "sports", "games": "sports", "protests": "protest", "uprising": "protest", "revolution": "protest",
	"crisis": "crisis", "scandal": "scandal", "talks": "summit", "report": "investigation",
	"coup": "coup", "shutdown": "shutdown", "insurgency": "insurgency",
	// occasions named by who holds them: "the Kavanaugh hearing", "Trump's
	// speech", "the Republican convention", "the CNN debate"
	"hearing": "hearing", "speech": "speech", "convention": "convention", "rally": "rally", "visit": "visit",
	"inauguration": "inauguration", "debate": "debate", "meeting": "meeting",
}

// occasionKinds are the event kinds of occasions a person or body holds,
// which a capitalised head makes a name of something else ("the Southern
// Baptist Convention", "the Albuquerque Convention Center").
var occasionKinds = map[string]bool{
	"hearing": true, "speech": true, "convention": true, "rally": true, "visit": true, "inauguration": true,
	"debate": true, "meeting": true,
}

// yearNamed are the event heads that a year alone identifies: "the 2016
// coup attempt", not "a 2016 report".
var yearNamed = map[string]bool{
	"coup": true, "shutdown": true, "summit": true, "referendum": true, "massacre": true, "uprising": true,
	"revolution": true,
}

// eventTails continue an event phrase after its head: "impeachment
// inquiry", "coup attempt", "Mueller investigation hearings".
var eventTails = map[string]bool{
	"inquiry": true, "investigation": true, "probe": true, "attempt": true, "trial": true, "hearing": true,
	"hearings": true, "vote": true, "proceedings": true, "summit": true, "talks": true, "crisis": true,
	"scandal": true, "bid": true,
}

// plainModifiers may stand, lower case, before some event heads: "the
// partial government shutdown".
var plainModifiers = map[string]map[string]bool{
	"shutdown": {"government": true, "federal": true, "partial": true},
}

func (d *doc) events(first, last int) {
	for i := first; i < last; i++ {
		trig := d.r.eventWords.Get(d.lower[i])
		if trig == 0 {
			continue // neither a listed event nor a pattern starts here
		}
		// a word inside a body's name: "the Federal Election Commission",
		// "the Watergate Committee", "Islamic Revolution Guards Corps"
		if mi := d.res.MentionAt(i, graph.LabelOrganization, graph.LabelOutlet); mi >= 0 && d.res.Mentions[mi].T1-d.res.Mentions[mi].T0 > 1 {
			i = d.res.Mentions[mi].T1 - 1
			continue
		}
		// listed events, also in lower case ("war in Ukraine", "the pandemic")
		if trig&startsListed == 0 {
			// no listed event starts here
		} else if gm, ok := d.r.gaz.Match(d.toks, i); ok && gm.End <= last && len(gm.Hits) > 0 {
			// (not an election a country before it owns: "Spain’s 2015
			// general election" is no listed British one; the election
			// pattern names it)
			if ev, isEvent := gm.Hits[0].Entity.(*gazetteer.Event); isEvent && (!gm.Hits[0].Ambiguous || d.capitalisedPhrase(i, gm.End, first)) &&
				!(ev.Kind == gazetteer.EventElection && d.otherCountryBefore(i, first, ev.Name) && !(gm.End < last && interferenceNouns[d.lower[gm.End]])) {
				d.addEvent(i, gm.End, &eventInfo{kind: ev.Kind, name: ev.Name, country: -1, agent: -1}, ev)
				i = gm.End - 1
				continue
			}
		}
		if d.lower[i] == "summit" && d.placedSummit(i, first, last) {
			continue
		}
		if trig&headsDefinite != 0 && d.definiteEvent(i, first, last) {
			continue
		}
		if trig&headsPattern == 0 || d.t.Tokens[i].Kind != segment.Word {
			continue
		}
		lw := d.lower[i]
		if placedOccasions[lw] != "" && d.placedOccasion(i, first, last) {
			continue
		}
		if placedAttacks[lw] && d.placedAttacks(i, first, last) {
			continue
		}
		switch {
		case lw == "election" || lw == "elections" || lw == "vote" && d.electionBefore(i, first) || lw == "midterms" || lw == "primaries",
			lw == "race" && i > first && d.lower[i-1] == "presidential": // "the 2016 presidential race"
			d.election(i, first, last)
		case lw == "nomination":
			d.nomination(i, first)
		case primaryHeads[lw]:
			d.primary(i, first, last)
		case warHeads[lw] != "":
			d.war(i, first, last, warHeads[lw])
		case eventHeads[lw] != "":
			d.namedHead(i, first, last, eventHeads[lw])
		}
	}
}

// capitalisedPhrase reports whether tokens [t0, t1), past a leading
// "the", are two or more capitalised words ending in a common noun, not at
// the start of the sentence: "the Civil War" names the listed war where
// "a civil war" does not.
func (d *doc) capitalisedPhrase(t0, t1, first int) bool {
	if d.lower[t0] == "the" {
		t0++
	}
	if t1-t0 < 2 || t0 == first {
		return false
	}
	for k := t0; k < t1; k++ {
		if !d.t.Tokens[k].Upper || d.t.Tokens[k].Kind != segment.Word {
			return false
		}
	}
	return lex.IsCommonLower(d.lower[t1-1])
}

// electionBefore reports whether a "vote" is an election ("presidential
// vote"), not a chamber's vote on a bill ("the Senate vote on the bill",
// "a congressional vote").
func (d *doc) electionBefore(i, first int) bool {
	if i <= first {
		return false
	}
	switch w := d.lower[i-1]; w {
	case "state", "senate", "congressional", "legislative", "federal":
		return false
	default:
		return electionKinds[w]
	}
}

// modifiersBefore walks left of token i over event modifiers, returning the
// start token, the year, the country mention and the kind words.
func (d *doc) modifiersBefore(i, first int, kinds map[string]bool) (start int, year string, country int, sub []string, det string) {
	start, country = i, -1
	for j := i - 1; j >= first && i-j <= 6; j-- {
		w := d.toks[j]
		lw := strings.ToLower(w)
		switch {
		case d.t.Tokens[j].Kind == segment.Number && len(w) == 4 && (w[0] == '1' || w[0] == '2'):
			year = w
			start = j
			continue
		case kinds[lw]:
			sub = append([]string{lw}, sub...)
			start = j
			continue
		case w == "-" || w == "re" || lw == "full" || lw == "scale" || lw == "led" || lw == "backed":
			start = j
			continue
		case lw == "the" || lw == "this" || lw == "last" || lw == "next" || lw == "upcoming" || lw == "year’s" || lw == "a":
			det = lw
			return
		}
		if mi := d.res.MentionAt(j, graph.LabelCountry); mi >= 0 {
			if country < 0 {
				country = mi
			}
			j = d.res.Mentions[mi].T0
			start = j
			continue
		}
		if w == "’s" || w == "'s" {
			if mi := d.res.MentionAt(j-1, graph.LabelCountry); mi >= 0 {
				country = mi
				j = d.res.Mentions[mi].T0
				start = j
				continue
			}
		}
		break
	}
	return
}

func (d *doc) election(i, first, last int) {
	start, year, country, sub, det := d.modifiersBefore(i, first, electionKinds)
	end := i + 1
	// "election of the US president", "elections in Russia", "election in 2016"
	if end+1 < last && (d.toks[end] == "in" || d.toks[end] == "of") {
		k := end + 1
		if d.toks[k] == "the" {
			k++
		}
		if k < last {
			if mi := d.res.MentionAt(k, graph.LabelCountry); mi >= 0 && country < 0 {
				country = mi
				end = d.res.Mentions[mi].T1
				if end < last && d.lower[end] == "president" {
					sub = append(sub, "presidential")
					end++
				}
			} else if d.t.Tokens[k].Kind == segment.Number && len(d.toks[k]) == 4 && year == "" {
				year = d.toks[k]
				end = k + 1
			}
		}
	}
	// "Russia's election interference", "Russian election meddling": the
	// country meddles; the election is another's, which the phrase does
	// not say
	if end < last && interferenceNouns[d.lower[end]] && country >= 0 && start < i {
		if c, ok := d.res.Mentions[country].Entry.(*gazetteer.Country); ok && c.ISO2 != "US" || d.res.Mentions[country].Form == FormDemonym {
			country = -1
		}
	}
	info := &eventInfo{kind: "election", country: country, agent: -1, year: year, sub: strings.Join(sub, " ")}
	info.generic = country < 0 && year == "" && len(sub) == 0
	if info.generic && end < last && interferenceNouns[d.lower[end]] {
		return // the interference is the event
	}
	if info.generic && det != "the" && det != "this" && det != "last" && det != "next" && det != "upcoming" {
		return // "an election", "elections" in general
	}
	if info.generic && start == i && i > first && d.toks[i-1] == "the" {
		start = i - 1
	}
	// "the 2016 presidential race" is the listed "2016 presidential
	// election" (the American one, unless the phrase names a country)
	var listed *gazetteer.Event
	if d.lower[i] == "race" && year != "" && country < 0 {
		for _, h := range d.r.gaz.Lookup(year + " presidential election") {
			if ev, ok := h.Entity.(*gazetteer.Event); ok {
				listed = ev
				break
			}
		}
	}
	d.addEvent(start, end, info, listed)
}

// interferenceNouns follow an election that someone else meddled in.
var interferenceNouns = map[string]bool{
	"interference": true, "meddling": true, "hacking": true, "hack": true, "tampering": true, "influence": true,
}

// nomination adds a party's presidential nomination, contested like an
// election: "the GOP presidential nomination", "the 2016 Republican
// presidential nomination".
func (d *doc) nomination(i, first int) {
	if i-2 < first || d.lower[i-1] != "presidential" {
		return
	}
	pm := d.res.MentionAt(i-2, graph.LabelOrganization)
	if pm < 0 || d.res.Mentions[pm].T1 != i-1 || d.res.Mentions[pm].Kind != gazetteer.OrgParty {
		return
	}
	m := d.res.Mentions[pm]
	party := strings.TrimSuffix(m.Name, " Party")
	start, year := m.T0, ""
	if start-1 >= first && d.t.Tokens[start-1].Kind == segment.Number && len(d.toks[start-1]) == 4 {
		start, year = start-1, d.toks[start-1]+" "
	}
	d.addEvent(start, i+1, &eventInfo{kind: "nomination", country: -1, agent: -1, name: year + party + " presidential nomination"}, nil)
}

func (d *doc) war(i, first, last int, head string) {
	start, _, agent, sub, _ := d.modifiersBefore(i, first, map[string]bool{"civil": true, "full": true, "scale": true, "military": true, "armed": true, "ground": true, "cold": false})
	end := i + 1
	country := -1
	// "war in Ukraine", "invasion of Ukraine", "conflict [with Ukraine]"
	k := end
	if k < last && d.toks[k] == "[" {
		k++
	}
	if k+1 < last {
		p := d.lower[k]
		// "war in Ukraine", "invasion of Iraq", "conflict with Ukraine"; not
		// "war against America" or "war on terror", which name no place
		// ("incursion into Syria", "offensive into northeastern Syria")
		if p == "in" || p == "of" || p == "with" && head == "conflict" || p == "into" && head != "war" && head != "conflict" {
			k++
			if d.toks[k] == "the" && k+1 < last {
				k++
			}
			if mi := d.res.MentionAt(k, graph.LabelCountry); mi >= 0 && d.res.Mentions[mi].Form != FormDemonym {
				country = mi
				end = d.res.Mentions[mi].T1
				if end < last && d.toks[end] == "]" {
					end++
				}
			}
		}
	}
	if start > first && nonMilitary[d.lower[start-1]] || start < i && nonMilitary[d.lower[start]] {
		return // "trade war with China", "culture war in America"
	}
	if country < 0 && agent >= 0 && head == "war" && !d.ledBy(agent, i) {
		// "Iraq war", "Syrian civil war": the country is where it is fought
		country, agent = agent, -1
	}
	if country < 0 {
		return
	}
	info := &eventInfo{kind: "war", sub: head, country: country, agent: agent}
	if len(sub) > 0 && sub[0] == "civil" {
		info.sub = "civil war"
	}
	d.addEvent(start, end, info, nil)
}

// nonMilitary words make a "war" figurative: "trade war", "price war".
var nonMilitary = map[string]bool{
	"trade": true, "culture": true, "price": true, "tariff": true, "currency": true, "political": true,
	"information": true, "cyber": true, "propaganda": true, "drug": true, "class": true, "turf": true,
	"bidding": true, "legal": true, "partisan": true, "budget": true, "media": true, "twitter": true,
	"word": true, "words": true, "flame": true, "tax": true, "cold": true,
}

// ledBy reports whether the country mention mi leads the war rather than
// hosts it: "the U.S.-led war".
func (d *doc) ledBy(mi, head int) bool {
	m := d.res.Mentions[mi]
	return m.T1+1 < head && d.toks[m.T1] == "-" && (d.lower[m.T1+1] == "led" || d.lower[m.T1+1] == "backed")
}

// namedHead handles "<Name> summit", "Mueller report", "Trump-Russia
// inquiry", "Russian meddling", "Brexit referendum".
func (d *doc) namedHead(i, first, last int, kind string) {
	j := i - 1
	if j < first || occasionKinds[kind] && d.t.Tokens[i].Upper {
		return
	}
	// the modifier must be a name (a mention or a capitalised run) or a
	// year: "2016 coup attempt"
	start, year := i, ""
	for j >= first && i-j <= 5 {
		w := d.toks[j]
		switch {
		case lex.IsCalendar(w):
			return // "the January 2021 riot": a date, which only the lists can name
		case d.t.Tokens[j].Upper || w == "-" || w == "’s" || w == "'s":
		case d.t.Tokens[j].Kind == segment.Number && len(w) == 4 && (w[0] == '1' || w[0] == '2'):
			year = w
		case d.t.Tokens[j].Kind == segment.Number && len(w) <= 2 && j-2 >= first && d.toks[j-1] == "-" && d.t.Tokens[j-2].Upper:
			// "the G-7 summit": a group's number after its letter
		case plainModifiers[d.lower[i]][d.lower[j]]:
		default:
			// "the Group of Seven summit": a name's own small word
			if mi := d.res.MentionAt(j, graph.LabelOrganization, graph.LabelCountry); mi >= 0 && d.res.Mentions[mi].T0 < j && d.res.Mentions[mi].T1 > j && d.res.Mentions[mi].T1 <= i {
				start = d.res.Mentions[mi].T0
				j = start - 1
				continue
			}
			j = first - 1 // stop
			continue
		}
		start = j
		j--
	}
	for start < i && (d.toks[start] == "’s" || d.toks[start] == "'s") {
		start++
	}
	if start == i {
		return
	}
	if d.toks[start] == "-" {
		start++
	}
	for start < i && (d.toks[start] == "The" || d.sentenceInitial(start, first) && d.dropInitial(start)) {
		start++
	}
	if start >= i {
		return
	}
	country := d.res.MentionAt(start, graph.LabelCountry)
	// the modifier must name something: a person, organisation or country
	// of the article ("Mueller report"), not any capitalised word
	// ("Morning Report")
	named := year != "" && yearNamed[d.lower[i]]
	for k := start; k < i; k++ {
		if d.res.MentionAt(k, graph.LabelPerson, graph.LabelOrganization, graph.LabelCountry) >= 0 {
			named = true
		}
	}
	// "the Helsinki summit", "the Sandy Hook shooting", "the G-7 summit":
	// "the" and a capitalised name that is no entity of the model (a
	// city, a place, a club of states) identify a summit, attack or scandal
	if !named && capNamed[kind] && !d.t.Tokens[i].Upper && start > first && d.lower[start-1] == "the" && d.capitalRun(start, i) {
		named = true
	}
	if plainModifiers[d.lower[i]] != nil && start < i {
		named = true // "the partial government shutdown": a thing of its own
		if year == "" {
			year = d.year
		}
	}
	end := i + 1
	for end < last && eventTails[d.lower[end]] && d.t.Tokens[end].Kind == segment.Word {
		end++
	}
	if !named || kind == "investigation" && d.lower[i] == "report" && d.res.MentionAt(i-1, graph.LabelPerson) < 0 {
		return
	}
	if pm := d.res.MentionAt(i-1, graph.LabelPerson, graph.LabelOutlet); d.lower[i] == "talks" && pm >= 0 &&
		(d.res.Mentions[pm].T0 == 0 || d.toks[d.res.Mentions[pm].T0-1] != "-") {
		return // "Trump talks to reporters": the verb; but "the Trump-Xi talks"
	}
	// "Trump's attack on Pelosi", "Obama's attacks on Romney": words, not
	// an event
	if kind == "attack" && (d.lower[i] == "attack" || d.lower[i] == "attacks") && d.possessedBy(start, i, graph.LabelPerson) {
		return
	}
	switch kind {
	case "interference":
		if country < 0 {
			return
		}
	case "attack", "riot", "protest", "crisis", "scandal", "trial", "sports":
		// need a place or a name that is not a person's role
	}
	if (kind == "meeting" || kind == "debate") && !d.namedOccasion(start, i, first, last, kind) {
		return
	}
	mods := d.res.Span(start, i)
	if p := i - 1; p > start && (d.toks[p] == "’s" || d.toks[p] == "'s") {
		// "the FBI's investigation" is the FBI investigation; "Special
		// Counsel Robert Mueller's investigation" the Mueller investigation
		if d.res.MentionAt(p-1, graph.LabelPerson) >= 0 {
			mods = d.holderName(start, p)
		} else {
			mods = d.res.Span(start, p)
		}
	}
	name := mods + " " + strings.ToLower(d.res.Span(i, end))
	switch {
	case kind == "meeting" || kind == "debate":
		// as written: "the Trump Tower meeting", "the CNN Republican debate"
		name = mods + " " + d.lower[i]
	case occasionKinds[kind]:
		name = d.holderName(start, i) + " " + d.lower[i]
	case kind == "investigation" && end == i+1 && d.lower[i] != "report" && d.possessedBy(start, i, graph.LabelPerson):
		// "Robert Mueller’s investigation", "Starr's probe": the "Mueller
		// investigation" the article may also name so
		name = d.holderName(start, i) + " investigation"
	case kind == "investigation" && end == i+1:
		name = mods + " investigation"
	case kind == "interference":
		name = mods + " interference"
	case plainModifiers[d.lower[i]] != nil:
		// "the partial government shutdown" of the article's year
		name = strings.TrimPrefix(strings.TrimPrefix(name, "partial "), "Partial ")
		if year != "" && !strings.Contains(name, year) {
			name = year + " " + name
		}
	}
	d.addEvent(start, end, &eventInfo{kind: kind, country: country, agent: -1, name: name, year: year}, nil)
}

// primaryHeads are the contests for a party's nomination in one state.
var primaryHeads = map[string]bool{"primary": true, "caucus": true, "caucuses": true}

// primaryModifiers may stand, lower case, between a primary's name and
// its head: "the New Hampshire presidential primary".
var primaryModifiers = map[string]bool{"presidential": true, "gubernatorial": true, "senate": true, "congressional": true, "mayoral": true}

// primary adds "the New Hampshire primary", "the 2008 Iowa caucuses", "the
// Democratic primary": "the", an optional year, and a capitalised state
// or party name before a lower-case head that ends the noun phrase (not
// "the Republican primary voters"). A party's caucus with no place is its
// group of legislators ("the Senate Republican caucus"), no event.
func (d *doc) primary(i, first, last int) {
	if d.t.Tokens[i].Upper || i+1 < last && d.t.Tokens[i+1].Kind == segment.Word && !definiteFollowers[d.lower[i+1]] {
		return
	}
	start, year, place := i, "", false
	for j := i - 1; j >= first && i-j <= 5; j-- {
		tk, w := d.t.Tokens[j], d.toks[j]
		switch {
		case tk.Kind == segment.Number && len(w) == 4 && (w[0] == '1' || w[0] == '2'):
			year = w
		case primaryModifiers[d.lower[j]] && !tk.Upper && start == i:
		case tk.Kind == segment.Word && tk.Upper && !lex.IsCalendar(w) && w != "The":
			if mi := d.res.MentionAt(j); mi >= 0 {
				m := d.res.Mentions[mi]
				if m.Label == graph.LabelOrganization && m.Kind != gazetteer.OrgParty || m.Label == graph.LabelPerson || m.Label == graph.LabelOutlet {
					return // "the Senate Republican caucus", "the Sanders primary"
				}
				place = place || m.Label == graph.LabelCountry
			} else {
				place = true
			}
		default:
			j = first // stop
			continue
		}
		start = j
	}
	for start < i && !d.t.Tokens[start].Upper && d.t.Tokens[start].Kind == segment.Word {
		start++ // a lower-case modifier is no name
	}
	if start == i || start-1 < first || d.lower[start-1] != "the" || d.lower[i] != "primary" && !place ||
		d.t.Tokens[start].Kind == segment.Number && !d.t.Tokens[start+1].Upper {
		return
	}
	name := d.res.Span(start, i) + " " + d.lower[i]
	d.addEvent(start, i+1, &eventInfo{kind: "primary", name: name, year: year, country: -1, agent: -1}, nil)
}

// possessedBy reports whether the modifiers [t0, t1) are a possessive of
// a mention with one of labels that ends right before the possessive mark:
// "Robert Mueller’s".
func (d *doc) possessedBy(t0, t1 int, labels ...graph.Label) bool {
	if t1-1 <= t0 || d.toks[t1-1] != "’s" && d.toks[t1-1] != "'s" {
		return false
	}
	mi := d.res.MentionAt(t1-2, labels...)
	return mi >= 0 && d.res.Mentions[mi].T0 == t0 && d.res.Mentions[mi].T1 == t1-1
}

// capNamed are the event kinds that "the" and a capitalised name of no
// entity identify: "the Helsinki summit", "the San Bernardino attacks".
var capNamed = map[string]bool{"summit": true, "attack": true, "scandal": true, "meeting": true, "debate": true}

// namedOccasion reports whether the modifiers [t0, t1) of a meeting or a
// debate make it one occasion of the story: after "the" ("the Trump Tower
// meeting", "the Oval Office meeting", not "Trump Jr. meeting with a
// lawyer"), ending the noun phrase, and for a debate only of a party or a
// broadcaster ("the CNN debate", "the Democratic debate"; "the Iran
// debate", "the TPP debate" and "the Senate debate" are about a policy or
// a bill).
func (d *doc) namedOccasion(t0, t1, first, last int, kind string) bool {
	if t0 == first || d.lower[t0-1] != "the" {
		return false
	}
	// the head ends the noun phrase: not "the CNN debate stage", "the
	// Trump Tower meeting emails"
	if t1+1 < last && d.compoundAt(t1+1) {
		return false
	}
	if kind != "debate" {
		return true
	}
	for k := t0; k < t1; k++ {
		mi := d.res.MentionAt(k)
		if mi < 0 {
			if d.toks[k] != "-" {
				return false
			}
			continue
		}
		m := d.res.Mentions[mi]
		if m.Label != graph.LabelOutlet && !(m.Label == graph.LabelOrganization && m.Kind == gazetteer.OrgParty) {
			return false
		}
		k = m.T1 - 1
	}
	return true
}

// capitalRun reports whether tokens [t0, t1) are capitalised words (with
// hyphens and a group's number: "G-7") of no calendar word.
func (d *doc) capitalRun(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		tk := d.t.Tokens[k]
		switch {
		case tk.Kind == segment.Word && tk.Upper && !lex.IsCalendar(d.toks[k]):
		case d.toks[k] == "-" && k > t0:
		case tk.Kind == segment.Number && k > t0 && d.toks[k-1] == "-":
		default:
			return false
		}
	}
	return true
}

// placedOccasions are the occasions that someone's phrase with a place
// identifies: "his speech at the Hiroshima Peace Memorial Park", "Obama’s
// trip to Afghanistan".
var placedOccasions = map[string]string{"speech": "speech", "address": "speech", "visit": "visit", "trip": "visit"}

// placedOccasion adds someone's speech or visit at a named place: a
// possessive ("his", "Obama’s", "the president’s") at most two words before
// the head, and "to", "at" or "in" with a capitalised name after it.
func (d *doc) placedOccasion(i, first, last int) bool {
	if d.t.Tokens[i].Upper || d.t.Tokens[i].Kind != segment.Word {
		return false
	}
	start, holder := -1, -1
	for j := i - 1; j >= first && i-j <= 4; j-- {
		lw := d.lower[j]
		if lw == "his" || lw == "her" || lw == "their" {
			start = j
			break
		}
		if lw == "’s" || lw == "'s" {
			start = j - 1
			if mi := d.res.MentionAt(j-1, graph.LabelPerson, graph.LabelOrganization, graph.LabelCountry); mi >= 0 {
				start, holder = d.res.Mentions[mi].T0, j
			}
			break
		}
		// "big", "first", "anti-war": lower-case modifiers only
		if d.t.Tokens[j].Kind == segment.Word && !d.t.Tokens[j].Upper && !definiteFollowers[lw] || lw == "-" {
			continue
		}
		return false
	}
	if start < first {
		return false
	}
	k := i + 1
	if k+1 >= last || d.lower[k] != "to" && d.lower[k] != "at" && (d.lower[k] != "in" || d.lower[i] == "address") {
		return false // not "his address in Spain", where he lives
	}
	p0 := k + 1
	if d.lower[p0] == "the" && p0+1 < last {
		p0++
	}
	p1 := p0
	if mi := d.res.MentionAt(p0); mi >= 0 && d.res.Mentions[mi].T0 == p0 {
		p1 = d.res.Mentions[mi].T1 // the place is one name: "to White House", not the headline after it
	} else {
		for p1 < last && p1-p0 < 5 && d.t.Tokens[p1].Upper && d.t.Tokens[p1].Kind == segment.Word && !lex.IsCalendar(d.toks[p1]) &&
			(p1 == p0 || d.res.MentionAt(p1) < 0) {
			p1++
		}
	}
	if p1 == p0 {
		return false
	}
	name := placedOccasions[d.lower[i]] + " " + d.lower[k] + " " + d.res.Span(p0, p1)
	if holder >= 0 {
		// "Abe’s visit to Pearl Harbor" is the "Abe visit" of the article
		name = d.holderName(start, holder) + " " + placedOccasions[d.lower[i]]
	}
	d.addEvent(start, p1, &eventInfo{kind: placedOccasions[d.lower[i]], name: name, country: -1, agent: -1}, nil)
	return true
}

// placedSummit adds "a summit in Valletta", "the summit in Helsinki": a
// summit that its place identifies, named "Valletta summit" unless the
// article names it otherwise.
func (d *doc) placedSummit(i, first, last int) bool {
	if d.t.Tokens[i].Upper {
		return false
	}
	start := i - 1
	for start > first && i-start <= 2 && d.t.Tokens[start].Kind == segment.Word && !d.t.Tokens[start].Upper && !isArticle(d.lower[start]) {
		start-- // "an emergency summit", "the annual summit"
	}
	if start < first || !isArticle(d.lower[start]) || i+2 >= last || d.lower[i+1] != "in" {
		return false
	}
	p0, p1 := i+2, i+2
	if mi := d.res.MentionAt(p0); mi >= 0 && d.res.Mentions[mi].T0 == p0 {
		if d.res.Mentions[mi].Label != graph.LabelCountry {
			return false // "a summit in Trump's first term"
		}
		p1 = d.res.Mentions[mi].T1
	} else {
		for p1 < last && p1-p0 < 3 && d.t.Tokens[p1].Upper && d.t.Tokens[p1].Kind == segment.Word && !lex.IsCalendar(d.toks[p1]) && d.res.MentionAt(p1) < 0 {
			p1++
		}
	}
	if p1 == p0 {
		return false
	}
	// like "the summit": the article's named summit of that place if it
	// has one, else an event of its own by this name
	place := d.res.Span(p0, p1)
	if mi := d.res.MentionAt(p0); mi >= 0 {
		place = d.res.Mentions[mi].Name // "Singapore", also for "the summit in Singapore's …"
	}
	d.addEvent(start, p1, &eventInfo{kind: "summit", name: place + " summit", country: -1, agent: -1, generic: true, definite: true, place: place}, nil)
	return true
}

func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// placedAttacks are plural attack nouns that "the" and a place make one
// event: "the terror attacks in Brussels", "the bombings in Boston".
var placedAttacks = map[string]bool{"attacks": true, "bombings": true, "shootings": true}

// placedAttacks adds "the [terror] attacks in Brussels" as the event
// "Brussels attacks".
func (d *doc) placedAttacks(i, first, last int) bool {
	if d.t.Tokens[i].Upper {
		return false
	}
	j := i - 1
	if j > first && definiteModifiers[d.lower[j]] {
		j--
	}
	if j < first || d.lower[j] != "the" || i+2 >= last || d.lower[i+1] != "in" {
		return false
	}
	p0 := i + 2
	p1 := p0
	if mi := d.res.MentionAt(p0); mi >= 0 && d.res.Mentions[mi].T0 == p0 {
		p1 = d.res.Mentions[mi].T1
	} else {
		for p1 < last && p1-p0 < 3 && d.t.Tokens[p1].Upper && d.t.Tokens[p1].Kind == segment.Word && !lex.IsCalendar(d.toks[p1]) {
			p1++
		}
	}
	if p1 == p0 {
		return false
	}
	place := d.res.Span(p0, p1)
	// a listed event of that name: "the attacks in Paris" are the "Paris attacks"
	for _, h := range d.r.gaz.Lookup(place + " " + d.lower[i]) {
		if ev, ok := h.Entity.(*gazetteer.Event); ok {
			d.addEvent(j, p1, &eventInfo{kind: ev.Kind, name: ev.Name, country: -1, agent: -1}, ev)
			return true
		}
	}
	d.addEvent(j, p1, &eventInfo{kind: "attack", name: place + " " + d.lower[i], country: d.res.MentionAt(p0, graph.LabelCountry), agent: -1}, nil)
	return true
}

// holderName names who holds an occasion from its modifiers [t0, t1), the
// same however the article writes them: a person by surname, without
// titles or possessives ("Mr. Pompeo’s" and "Secretary Pompeo's" are
// "Pompeo").
func (d *doc) holderName(t0, t1 int) string {
	var parts []string
	// a person holds it: "Donald Trump’s CPAC speech" is Trump's speech
	persons := false
	for k := t0; k < t1; k++ {
		persons = persons || d.res.MentionAt(k, graph.LabelPerson) >= 0
	}
	for k := t0; k < t1; k++ {
		if persons && d.res.MentionAt(k, graph.LabelPerson) < 0 && d.toks[k] != "-" {
			continue
		}
		w := d.toks[k]
		if mi := d.res.MentionAt(k); mi >= 0 {
			m := d.res.Mentions[mi]
			part := ""
			switch {
			case m.Label == graph.LabelPerson:
				part = d.toks[m.T1-1]
			case m.Form == FormCapital:
				part = d.res.Span(m.T0, m.T1) // "the Paris rally" is not France's
			case m.Name != "":
				part = m.Name
			default:
				part = d.res.Span(m.T0, m.T1)
			}
			if n := len(parts); n > 0 && strings.HasSuffix(parts[n-1], "-") {
				parts[n-1] += part
			} else {
				parts = append(parts, part)
			}
			k = max(k, m.T1-1)
			continue
		}
		if tm, ok := d.r.gaz.MatchTitle(d.toks, k); ok && tm.End > k && tm.End < t1 && d.res.MentionAt(tm.End, graph.LabelPerson) >= 0 {
			k = tm.End - 1 // "Mr.", "Secretary" before the person
			continue
		}
		switch {
		case w == "’s" || w == "'s":
		case w == "-" && len(parts) > 0 && k+1 < t1:
			parts[len(parts)-1] += "-" // "Obama-Abe"
		case len(parts) > 0 && strings.HasSuffix(parts[len(parts)-1], "-"):
			parts[len(parts)-1] += w
		default:
			parts = append(parts, w)
		}
	}
	return strings.Join(parts, " ")
}

func (d *doc) addEvent(t0, t1 int, info *eventInfo, ev *gazetteer.Event) {
	m := Mention{T0: t0, T1: t1, Label: graph.LabelEvent, Form: FormPhrase, evt: info, Kind: info.kind}
	if ev != nil {
		m.Entry = ev
		m.Name = ev.Name
		m.Form = FormName
	}
	d.add(m)
}

// otherCountryBefore reports whether a country's possessive or demonym
// stands right before token i and the listed event name does not name
// that country: "Spain’s 2015 general election" is no "2015 UK general
// election"; "America’s 2016 presidential election" is the "2016 US
// presidential election" (nor is "Russia’s 2016 election interference"
// Russia's election: the caller sees to that).
func (d *doc) otherCountryBefore(i, first int, name string) bool {
	p := i - 1
	if p > first && (d.toks[p] == "’s" || d.toks[p] == "'s") {
		p--
	}
	if p < first {
		return false
	}
	mi := d.res.MentionAt(p, graph.LabelCountry)
	if mi < 0 {
		return false
	}
	c, ok := d.res.Mentions[mi].Entry.(*gazetteer.Country)
	if !ok {
		return false
	}
	forms := append([]string{c.Name, c.ISO2}, c.Aliases...)
	forms = append(forms, c.Demonyms...)
	for _, f := range forms {
		if f != "" && (strings.Contains(" "+name+" ", " "+f+" ") || c.ISO2 == "GB" && strings.Contains(name, "UK ")) {
			return false
		}
	}
	return true
}
