package ner

import (
	"maps"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// sourceInfo describes an anonymous or generic source phrase.
type sourceInfo struct {
	head      string   // singular head noun: "source", "insider", "official"
	quals     []string // content words of modifiers and post-modifiers, lower case, sorted
	desc      string   // the phrase without its determiner
	plural    bool
	anonymous bool
	definite  bool   // "the", "these", "both": may point back to an earlier source
	closeTo   int    // mention index of what it is close to / part of, or -1
	prep      string // the post-modifier's first word: "close", "from", "in", ...
	strong    bool   // a source in itself, not only when it speaks
}

// sourceModifiers are lower-case words that may qualify a source noun.
var sourceModifiers = map[string]bool{
	"senior": true, "top": true, "high": true, "ranking": true, "level": true, "junior": true,
	"former": true, "current": true, "regional": true, "local": true, "federal": true,
	"state": true, "government": true, "administration": true, "military": true, "intelligence": true,
	"security": true, "defense": true, "defence": true, "diplomatic": true, "western": true,
	"foreign": true, "anonymous": true, "unnamed": true, "informed": true, "knowledgeable": true,
	"well": true, "placed": true, "reliable": true, "independent": true, "party": true,
	"police": true, "justice": true, "department": true, "campaign": true, "congressional": true,
	"european": true, "other": true, "several": true, "two": true, "three": true, "four": true,
	"many": true, "some": true, "few": true, "numerous": true, "multiple": true, "various": true,
	"law": true, "enforcement": true, "agency": true, "ministry": true, "health": true,
	"industry": true, "banking": true, "company": true, "palace": true, "presidential": true,
	"official": true, "diplomatic-level": true, "parliamentary": true, "legislative": true,
	"opposition": true, "ruling": true, "army": true, "navy": true, "pentagon": true, "kremlin": true,
	"cabinet": true, "republican": true, "democratic": true, "conservative": true, "liberal": true,
	"pro": true, "anti": true, "us": false, "american": true, "russian": true, "chinese": true, "european-level": true,
}

// roleTails continue a source noun into a compound role.
var roleTails = map[string]bool{
	"attorney": true, "general": true, "secretary": true, "director": true, "minister": true, "counsel": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true,
}

// nounModifiers are nouns that qualify a source noun: "human rights
// groups", "trade experts".
var nounModifiers = map[string]bool{
	"rights": true, "aid": true, "trade": true, "market": true, "finance": true, "business": true, "civil": true,
	"labor": true, "labour": true, "human": true, "eurozone": true, "oil": true, "tech": true, "energy": true,
	"currency": true, "climate": true, "privacy": true, "advocacy": true, "consumer": true, "watchdog": true,
	"freedom": true, "immigration": true, "immigrant": true, "gun": true, "abortion": true, "policy": true,
	"election": true, "polling": true, "refugee": true, "religious": true, "environmental": true,
}

var sourceDeterminers = map[string]string{
	"a": "", "an": "", "the": "def", "these": "def", "those": "def", "this": "def", "that": "def",
	"both": "def", "another": "", "one": "", "two": "", "three": "", "several": "", "some": "",
	"many": "", "other": "", "most": "", "all": "", "each": "def", "either": "def", "few": "",
}

// postmodifiers open a phrase that says where a source stands.
var postmodifiers = [][]string{
	{"close", "to"}, {"familiar", "with"}, {"with", "knowledge", "of"}, {"with", "direct", "knowledge", "of"},
	{"knowledgeable", "about"}, {"briefed", "on"}, {"inside"}, {"within"}, {"in"}, {"at"}, {"from"},
	{"of"}, {"involved", "in"}, {"linked", "to"}, {"connected", "to"}, {"loyal", "to"},
	{"working", "with"}, {"working", "for"}, {"working", "on"},
}

// complementOf are the words after which a noun phrase belongs to another
// one, which is the speaker: "a coordinator with the Kurdish defenders
// told", "the association that represents FBI agents warned".
var complementOf = map[string]bool{
	"with": true, "of": true, "for": true, "represents": true, "representing": true, "among": true, "by": true,
}

// complementBefore reports whether the noun phrase that ends at a source
// noun starting its modifiers at s0 (past capitalised words and a
// determiner it left out: "with the Kurdish defenders") follows a word of
// complementOf.
func (d *doc) complementBefore(s0, first int) bool {
	k := s0 - 1
	for k >= first && s0-k <= 4 && (d.t.Tokens[k].Upper && d.t.Tokens[k].Kind == segment.Word || d.lower[k] == "the" || d.lower[k] == "-") {
		k--
	}
	return k >= first && complementOf[d.lower[k]]
}

// anonymity clauses mark a source as anonymous.
var anonymityPhrases = []string{
	"on condition of anonymity", "on the condition of anonymity", "not authorized to", "asked not to be named",
	"declined to be named", "requested anonymity", "not to be identified", "speaking anonymously",
	"who declined to be identified", "anonymity",
}

// Circumstance reports whether tokens [np0, np1) after preposition prep
// tell when or how someone spoke rather than who they are: "in December",
// "in a conference call with reporters", "at the time". It is no part of a
// source's description: "a federal judge in December".
func (res *Result) Circumstance(prep string, np0, np1 int) bool {
	switch prep {
	case "in", "on", "at", "during", "over":
	default:
		return false
	}
	for k := np0; k < np1; k++ {
		w := res.Lower[k]
		if lex.IsCalendar(res.Tokens[k]) || circumstanceNouns[w] {
			return true
		}
		if w == "with" || w == "of" || w == "to" {
			break // "in a call with reporters": the head came first
		}
	}
	return false
}

// circumstanceNouns head the phrases that tell how a source spoke.
var circumstanceNouns = map[string]bool{
	"call": true, "interview": true, "statement": true, "briefing": true, "meeting": true, "email": true,
	"e-mail": true, "letter": true, "conference": true, "speech": true, "hearing": true, "testimony": true,
	"remarks": true, "tweet": true, "post": true, "message": true, "week": true, "weekend": true, "month": true,
	"year": true, "morning": true, "evening": true, "afternoon": true, "night": true, "time": true,
}

func (d *doc) sources(first, last int) {
	for i := first; i < last; i++ {
		head, hEnd, cue, ok := d.sourceHead(i, last)
		if !ok {
			continue
		}
		// compound roles: "deputy attorney general", "senior adviser"
		for hEnd < last && hEnd-i < 3 && roleTails[d.lower[hEnd]] && !d.t.Tokens[hEnd].Upper {
			hEnd++
		}
		// "official John Smith", "aide Huma Abedin": a title, not a source
		if hEnd < last && d.isNameTok(hEnd) {
			if _, ok := d.r.gaz.IsGivenName(d.toks[hEnd]); ok || d.res.MentionAt(hEnd, graph.LabelPerson) >= 0 {
				continue
			}
		}
		info := &sourceInfo{head: head, closeTo: -1, anonymous: cue.Anonymous}
		info.plural = pluralNoun(d.lower[hEnd-1])
		// left: modifiers, then a determiner
		s0 := i
		var quals []string
		for j := i - 1; j >= first && i-j <= 6; j-- {
			w := d.toks[j]
			lw := strings.ToLower(w)
			if det, ok := sourceDeterminers[lw]; ok {
				if (lw == "that" || lw == "this") && info.plural {
					break // "writes that sources told her": "that" opens a clause; "those sources" points
				}
				if det == "def" {
					info.definite = true
				}
				// "one of the sources", "two of the officials"
				if j-2 >= first && d.toks[j-1] == "of" && (lw == "the" || lw == "these" || lw == "those") {
					if _, ok := sourceDeterminers[d.lower[j-2]]; ok {
						j -= 2
						info.definite = true
					}
				}
				s0 = j
				break
			}
			if mi := d.res.MentionAt(j); mi >= 0 && d.res.Mentions[mi].Label != graph.LabelEvent {
				m := d.res.Mentions[mi]
				if m.Label == graph.LabelOrganization || m.Label == graph.LabelCountry || m.Label == graph.LabelOutlet {
					if info.closeTo < 0 || m.Label != graph.LabelCountry {
						info.closeTo = mi
					}
				}
				quals = append(quals, strings.ToLower(d.res.Span(m.T0, m.T1)))
				j = m.T0
				s0 = j
				// a possessive or a hyphen before? keep going
				continue
			}
			// "the president’s defenders", "the company’s lawyers": a
			// possessor that is no entity describes the group
			if (w == "’s" || w == "'s") && j-2 >= first && d.lower[j-2] == "the" && d.t.Tokens[j-1].Kind == segment.Word &&
				!d.t.Tokens[j-1].Upper && d.res.MentionAt(j-1) < 0 {
				quals = append(quals, d.lower[j-1])
				s0 = j - 2
				break
			}
			if w == "-" || w == "’s" || w == "'s" {
				s0 = j
				continue
			}
			// a lower-case compound: "the left-wing groups", "far-right
			// activists", "anti-war protesters"
			if j-2 >= first && d.toks[j-1] == "-" && d.t.Tokens[j].Kind == segment.Word && d.t.Tokens[j-2].Kind == segment.Word &&
				!d.t.Tokens[j].Upper && (!d.t.Tokens[j-2].Upper || d.sentenceInitial(j-2, first)) &&
				d.t.Tokens[j-1].Start == d.t.Tokens[j-2].End && d.t.Tokens[j].Start == d.t.Tokens[j-1].End && d.res.MentionAt(j-2) < 0 &&
				!countCompound[lw] && !(j-3 >= first && d.toks[j-3] == "-") {
				// (not a count: "two-term", "half-dozen", "70-year-old")
				quals = append(quals, d.lower[j-2]+"-"+lw)
				j -= 2
				s0 = j
				continue
			}
			// (a capitalised modifier only at the sentence start: "Political observers")
			if d.t.Tokens[j].Kind == segment.Word && (!d.t.Tokens[j].Upper || d.sentenceInitial(j, first)) &&
				(sourceModifiers[lw] || adjectiveShape(lw) && !d.verbAfterSubject(j, first) || nounModifiers[lw]) {
				quals = append(quals, lw)
				s0 = j
				continue
			}
			break
		}
		// right: a post-modifier phrase
		e1 := hEnd
		post := false
		if pm, n := d.matchPost(hEnd, last); n > 0 {
			np0 := hEnd + n
			np1 := d.npEnd(np0, last)
			if np1 > np0 && !d.res.Circumstance(pm[0], np0, np1) && (pm[0] == "close" || pm[0] == "familiar" || pm[0] == "with" || pm[0] == "knowledgeable" ||
				pm[0] == "briefed" || pm[0] == "linked" || pm[0] == "connected" || pm[0] == "loyal" || d.hasEntity(np0, np1) ||
				d.shortDeterminedNP(np0, np1) || (pm[0] == "in" || pm[0] == "from") && d.properNP(np0, np1)) {
				post = true
				e1 = np1
				for k := np0; k < np1; k++ {
					if d.t.Tokens[k].Kind == segment.Word {
						lw := d.lower[k]
						if _, det := sourceDeterminers[lw]; !det && lw != "’s" && lw != "'s" {
							quals = append(quals, lw)
						}
					}
				}
				for _, mi := range d.res.MentionsIn(np0, np1) {
					m := d.res.Mentions[mi]
					if m.Label == graph.LabelOrganization || m.Label == graph.LabelCountry || m.Label == graph.LabelOutlet || m.Label == graph.LabelPerson {
						info.closeTo = mi
						info.prep = pm[0]
						break
					}
				}
			}
		}
		anonClause := d.anonymityAfter(e1, last)
		if anonClause {
			info.anonymous = true
		}
		// "sources inside the Kremlin" are "Kremlin insiders"
		if info.head == "source" && (info.prep == "inside" || info.prep == "within") {
			info.head = "insider"
		}
		sort.Strings(quals)
		info.quals = quals
		switch {
		case cue.Standalone && (len(quals) > 0 || post || !info.definite):
			info.strong = true
		case cue.Standalone:
			// "the source", "these sources": points back
		case info.head == "person" && (!post || info.prep == "of" || info.prep == "in"):
			continue // "an impulsive person", "the people of the United States"
		case d.weakSource(i) && d.complementBefore(s0, first):
			continue // "an official with the region's insurgents", "thousands of FBI agents"
		case d.weakSource(i) && (len(quals) > 0 || post || info.plural && !info.definite):
			// a candidate however it is described
		case post || (anonClause && len(quals) > 0):
			info.strong = true
		case len(quals) > 0 || (info.plural && !info.definite):
			// a candidate: a source only if it speaks
		default:
			continue
		}
		// a possessive or hyphen left over from an unrecognised name
		// ("Epstein’s former lawyer", "high-ranking officials")
		for s0 < i && (d.toks[s0] == "’s" || d.toks[s0] == "'s" || d.toks[s0] == "-") {
			s0++
		}
		descStart := i
		if s0 < i {
			descStart = s0
			for descStart < i {
				lw := d.lower[descStart]
				if _, det := sourceDeterminers[lw]; det || lw == "of" {
					descStart++
					continue
				}
				break
			}
		}
		// "Marillyn Hewson, the chief executive of Lockheed Martin,": the
		// role of the person named right before, no source of its own
		if c := d.appositionComma(s0, first); c > first && !info.plural && d.lower[hEnd-1] != "people" {
			if pm := d.mentionEndingAt(c); pm >= 0 && d.res.Mentions[pm].Label == graph.LabelPerson {
				i = e1 - 1
				continue
			}
		}
		info.desc = d.res.Span(descStart, e1)
		m := Mention{T0: s0, T1: e1, Label: graph.LabelSource, Form: FormPhrase, Name: info.desc, src: info, Entity: -1, Sent: d.sent}
		if cue.Standalone && info.definite && len(quals) == 0 && !post {
			m.Form = FormAnaphor
		}
		m.Start, m.End = d.t.Tokens[m.T0].Start, d.t.Tokens[m.T1-1].End
		if info.strong || m.Form == FormAnaphor {
			d.res.Mentions = append(d.res.Mentions, m)
		} else {
			d.res.Candidates = append(d.res.Candidates, m)
		}
		i = e1 - 1
	}
}

// appositionComma returns the comma before the phrase at s0, past a
// determiner and lower-case modifiers ("X, the chief executive of"), or -1.
func (d *doc) appositionComma(s0, first int) int {
	for k := s0 - 1; k >= first && k >= s0-4; k-- {
		if d.toks[k] == "," {
			return k
		}
		if d.t.Tokens[k].Kind != segment.Word || d.t.Tokens[k].Upper || !appositionModifiers[d.lower[k]] {
			return -1
		}
	}
	return -1
}

// appositionModifiers may open a role in apposition: "X, the former chief
// executive of", not "X, according to three people".
var appositionModifiers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "former": true,
	"chief": true, "senior": true, "deputy": true, "top": true, "longtime": true, "then": true, "veteran": true,
	"executive": true, "managing": true, "vice": true, "assistant": true, "associate": true, "acting": true,
}

// sourceNoun describes a noun that can head a source phrase.
type sourceNoun struct {
	head       string // singular
	standalone bool   // a source by itself: "sources said"
	anonymous  bool   // unnamed by nature, not just generic ("witnesses")
	// weak nouns name a source only when it speaks, never by a
	// post-modifier alone ("told colleagues at one point")
	weak bool
}

// sourceNouns are the nouns that head anonymous or generic source phrases.
var sourceNouns = func() map[string]sourceNoun {
	m := map[string]sourceNoun{}
	add := func(standalone, anonymous bool, forms ...string) {
		for i := 0; i+1 < len(forms); i += 2 {
			n := sourceNoun{head: forms[i], standalone: standalone, anonymous: anonymous}
			m[forms[i]], m[forms[i+1]] = n, n
		}
	}
	add(true, true, "source", "sources", "insider", "insiders", "whistleblower", "whistleblowers")
	add(false, true, "official", "officials", "diplomat", "diplomats", "aide", "aides", "staffer", "staffers",
		"adviser", "advisers", "advisor", "advisors", "deputy", "deputies", "lawmaker", "lawmakers",
		"legislator", "legislators", "backbencher", "backbenchers", "person", "people", "figure", "figures", "officer", "officers",
		"executive", "executives", "employee", "employees", "member", "members", "negotiator", "negotiators",
		"strategist", "strategists", "operative", "operatives", "confidant", "confidants", "ally", "allies")
	add(false, false, "economist", "economists", "representative", "representatives", "leader", "leaders",
		"minister", "ministers", "scientist", "scientists", "investor", "investors", "trader", "traders",
		"banker", "bankers", "lawyer", "lawyers", "attorney", "attorneys", "prosecutor", "prosecutors",
		"investigator", "investigators", "campaigner", "campaigners", "protester", "protesters", "protestor",
		"protestors", "demonstrator", "demonstrators", "bystander", "bystanders", "onlooker", "onlookers",
		"defector", "defectors", "group", "groups", "supporter", "supporters", "opponent", "opponents", "voter", "voters",
		"account", "accounts", "senator", "senators", "congressman", "congressmen", "congresswoman", "congresswomen",
		"governor", "governors", "mayor", "mayors")
	add(false, false, "analyst", "analysts", "expert", "experts", "observer", "observers", "critic", "critics",
		"witness", "witnesses", "resident", "residents", "spokesman", "spokesmen", "spokeswoman", "spokeswomen",
		"spokesperson", "spokespeople", "authority", "authorities", "activist", "activists", "researcher", "researchers")
	// people who speak for a side or a field: "human rights advocates say",
	// "constitutional scholars said", "Border Patrol agents said"
	addWeak := func(forms ...string) {
		for i := 0; i+1 < len(forms); i += 2 {
			n := sourceNoun{head: forms[i], weak: true}
			m[forms[i]], m[forms[i+1]] = n, n
		}
	}
	addWeak("advocate", "advocates", "pundit", "pundits", "scholar", "scholars", "commentator", "commentators",
		"defender", "defenders", "proponent", "proponents", "backer", "backers", "participant", "participants",
		"respondent", "respondents", "organizer", "organizers", "organiser", "organisers", "specialist", "specialists",
		"agent", "agents", "rebel", "rebels", "militant", "militants", "fighter", "fighters",
		"commander", "commanders", "donor", "donors", "eyewitness", "eyewitnesses",
		"watcher", "watchers", "insurgent", "insurgents", "lobbyist", "lobbyists", "consultant", "consultants",
		"pollster", "pollsters", "fundraiser", "fundraisers", "epidemiologist", "epidemiologists",
		"historian", "historians", "virologist", "virologists", "physician", "physicians")
	// words that are adjectives in the singular head a source only as
	// plurals: "conservatives said", not "conservative lawmakers"
	for _, w := range []string{"conservatives", "liberals", "progressives", "moderates", "hawks"} {
		m[w] = sourceNoun{head: w[:len(w)-1], weak: true}
	}
	// "news reports said", "media reports say"; the singular "report" is
	// a document or an inquiry
	m["reports"] = sourceNoun{head: "report", weak: true}
	// "according to local media", "Turkish media reported"
	m["media"] = sourceNoun{head: "media", weak: true}
	return m
}()

// SourceNoun reports whether lower-case word w can head a phrase naming
// a person or group that speaks: "official", "strategist", "lobbyists".
func SourceNoun(w string) bool {
	_, ok := sourceNouns[w]
	return ok && w != "group" && w != "groups" && w != "account" && w != "accounts" && w != "reports"
}

// sourceNounFilter rejects most words before the lookup in sourceNouns,
// which runs on every word (lex.WordFilter).
var sourceNounFilter = lex.NewWordFilter(maps.Keys(sourceNouns))

// sourceHead finds a source noun at token i.
func (d *doc) sourceHead(i, last int) (head string, end int, cue gazetteer.SourceCue, ok bool) {
	tk := d.t.Tokens[i]
	if tk.Kind != segment.Word || (tk.Upper && !d.sentenceInitial(i, d.t.Sentences[d.sent].First)) {
		return "", 0, cue, false
	}
	if d.lower[i] == "those" && i+1 < last {
		// "according to those familiar with the talks", "those close to
		// the president say": people known by where they stand
		if pm, n := d.matchPost(i+1, last); n > 0 {
			switch pm[0] {
			case "close", "familiar", "with", "knowledgeable", "briefed":
				return "person", i + 1, gazetteer.SourceCue{Phrase: "person", Standalone: true, Anonymous: true}, true
			}
		}
		return "", 0, cue, false
	}
	if !sourceNounFilter.MayHave(d.lower[i]) {
		return "", 0, cue, false // most words: no map lookup
	}
	n, found := sourceNouns[d.lower[i]]
	if !found {
		return "", 0, cue, false
	}
	if d.lower[i] == "media" && !d.mediaSource(i, last) {
		return "", 0, cue, false
	}
	return n.head, i + 1, gazetteer.SourceCue{Phrase: n.head, Standalone: n.standalone, Anonymous: n.anonymous}, true
}

// mediaSource reports whether "media" at token i heads a source ("local
// media reported", "according to Turkish media"): not social media, and
// not a modifier of the noun after it ("media reports suggest", "media
// outlets").
func (d *doc) mediaSource(i, last int) bool {
	if i > 0 && d.lower[i-1] == "social" {
		return false
	}
	if i+1 < last {
		switch d.lower[i+1] {
		case "reports", "report", "reporting", "posts", "outlets", "outlet", "coverage", "accounts", "organizations",
			"organisations", "companies", "company", "platforms", "giant", "giants", "attention", "figures", "personalities":
			return false
		}
	}
	return true
}

// weakSource reports whether the source noun at token i names a source
// only when it speaks.
func (d *doc) weakSource(i int) bool {
	return sourceNouns[d.lower[i]].weak
}

func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "people"):
		return "person"
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}

// countCompound are the second halves of compounds that count or date
// their noun rather than describe it: "two-term", "half-dozen".
var countCompound = map[string]bool{
	"term": true, "dozen": true, "year": true, "old": true, "time": true, "month": true, "week": true,
	"day": true, "hour": true, "member": true, "person": true,
}

// verbAfterSubject reports whether the "-ed" word at token j is a verb
// after its subject rather than a modifier: "The president thanked
// members of the military", not "two unnamed officials" or "senior
// elected officials".
func (d *doc) verbAfterSubject(j, first int) bool {
	if !strings.HasSuffix(d.lower[j], "ed") || j <= first || participleAdjectives[d.lower[j]] {
		return false
	}
	p := j - 1
	if d.t.Tokens[p].Kind != segment.Word {
		return false
	}
	if d.res.MentionAt(p) >= 0 {
		return true // "Trump thanked members"
	}
	lp := d.lower[p]
	if _, det := sourceDeterminers[lp]; det || d.t.Tokens[p].Upper || sourceModifiers[lp] || nounModifiers[lp] || adjectiveShape(lp) || strings.HasSuffix(lp, "ly") {
		return false
	}
	return true
}

// participleAdjectives are "-ed" words that qualify people as adjectives
// wherever they stand: "of registered voters", "the embattled leader".
var participleAdjectives = map[string]bool{
	"registered": true, "undecided": true, "embattled": true, "published": true, "affiliated": true,
	"unaffiliated": true, "unnamed": true, "unidentified": true, "elected": true, "retired": true,
	"concerned": true, "informed": true, "disaffected": true, "armed": true, "masked": true,
	"detained": true, "displaced": true, "wounded": true, "injured": true, "experienced": true,
	"respected": true, "renowned": true, "hundred": true, "frustrated": true, "worried": true,
}

// adjectiveShape reports whether a lower-case word looks like an adjective
// that could qualify a source ("regional", "diplomatic", "high-ranking").
func adjectiveShape(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, suf := range []string{"al", "ary", "ive", "ic", "ian", "ean", "ese", "ish", "ed"} {
		if strings.HasSuffix(w, suf) {
			if _, verb := lex.ReportingVerb(w); verb || w == "cited" || w == "quoted" {
				return false // "cited anonymous officials": the verb before its object
			}
			return true
		}
	}
	return false
}

func (d *doc) matchPost(i, last int) ([]string, int) {
	for _, pm := range postmodifiers {
		if i+len(pm) > last {
			continue
		}
		ok := true
		for k, w := range pm {
			if d.lower[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return pm, len(pm)
		}
	}
	return nil, 0
}

// nounBeforeSaying reports whether the lower-case word at j, and at most
// one more, is followed by a verb of saying or by a comma or the
// sentence's end: the words are nouns, not a verb phrase.
func (d *doc) nounBeforeSaying(j, last int) bool {
	if notNouns[d.lower[j]] || strings.HasSuffix(d.lower[j], "ly") {
		return false // "members of Congress also complain", "the Cabinet once told"
	}
	for k := j + 1; k < last && k <= j+2; k++ {
		tk := d.t.Tokens[k]
		if tk.Kind == segment.Punct {
			return d.toks[k] == "," || d.toks[k] == "."
		}
		if _, verb := lex.ReportingVerb(d.lower[k]); verb && !tk.Upper {
			return true
		}
		if tk.Kind != segment.Word || tk.Upper || strings.HasSuffix(d.lower[k], "ed") || notNouns[d.lower[k]] || strings.HasSuffix(d.lower[k], "ly") {
			return false
		}
	}
	return false
}

// notNouns are lower-case words that follow a name without being a noun
// it modifies: adverbs and common irregular verbs.
var notNouns = map[string]bool{
	"also": true, "once": true, "still": true, "then": true, "now": true, "again": true, "already": true,
	"never": true, "often": true, "soon": true, "later": true, "too": true, "even": true, "just": true,
	"gave": true, "took": true, "made": true, "got": true, "went": true, "came": true, "told": true,
	"has": true, "have": true, "had": true, "is": true, "are": true, "was": true, "were": true,
}

// npEnd returns the end of a short noun phrase starting at i: it stops at
// punctuation, verbs, conjunctions and relative pronouns.
func (d *doc) npEnd(i, last int) int {
	j := i
	for j < last && j-i < 7 {
		tk := d.t.Tokens[j]
		w := d.toks[j]
		lw := strings.ToLower(w)
		if tk.Kind == segment.Punct && w != "-" || tk.Kind == segment.Quote {
			break
		}
		if w == "’s" || w == "'s" || w == "-" {
			j++
			continue
		}
		// (not a noun that looks like one, after its determiner or before
		// the verb: "officials in the report", "voters in the deeply
		// conservative state said")
		if _, verb := lex.ReportingVerb(lw); verb && j > i && !tk.Upper && !bodyDeterminers[d.lower[j-1]] && !d.reportingVerbAt(j+1, last) {
			break
		}
		// a verb after the noun: "the matter declined to comment"
		if j > i && strings.HasSuffix(lw, "ed") && !tk.Upper {
			switch d.lower[j-1] {
			case "the", "a", "an", "his", "her", "its", "their", "this", "that", "our",
				"being", "been": // ("people familiar with what’s being discussed")
			default:
				return j
			}
		}
		// a lower-case word right after a name begins a verb phrase:
		// "officials in Afghanistan spent", "members of the House of
		// Representatives began"; not "the U.S. embassy", "Kremlin aides"
		// (but a noun the name modifies when a verb of saying or the
		// phrase's end follows: "people familiar with Trump transition
		// talks told", "familiar with the Trump transition said")
		if j > i && tk.Kind == segment.Word && !tk.Upper && d.t.Tokens[j-1].Upper && !strings.HasSuffix(lw, "s") && d.namedEnding(j) &&
			!d.nounBeforeSaying(j, last) {
			if _, org := lex.OrgNoun(lw); !org {
				if _, src := sourceNouns[lw]; !src && lw != "of" && lw != "for" && lw != "and" {
					return j
				}
			}
		}
		switch lw {
		case "expressed", "voiced", "raised", "spoke", "speaks", "saw", "sees", "views", "viewed", "hoped", "expected",
			"believed", "believe", "believes", "feared", "fear", "fears", "think", "thinks", "thought", "knew", "know", "say":
			return j
		case "and", "or", "but", "who", "that", "which", "whom", "whose", "said", "is", "are", "was", "were",
			"has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "did", "does",
			"on", "in", "to", "as", "for", "with", "about", "because", "when", "while", "if", "after", "before",
			"during", "since", "until", "over", "through", "across", "against", "under", "amid", "despite", "like", "than":
			if j == i && lw != "and" {
				j++
				continue
			}
			return j
		}
		j++
	}
	return j
}

// namedEnding reports whether a name (not a demonym or a party's member
// noun, which qualify a noun: "the Republican caucus") ends before token j.
func (d *doc) namedEnding(j int) bool {
	mi := d.res.MentionAt(j - 1)
	if mi < 0 || d.res.Mentions[mi].T1 != j {
		return false
	}
	switch d.res.Mentions[mi].Form {
	case FormName, FormShort, FormCapital:
		return true
	}
	return false
}

// reportingVerbAt reports whether token j, before last, is a lower-case
// verb of saying.
func (d *doc) reportingVerbAt(j, last int) bool {
	if j >= last || d.t.Tokens[j].Upper {
		return false
	}
	_, ok := lex.ReportingVerb(d.lower[j])
	return ok
}

// shortDeterminedNP reports whether tokens [t0, t1) are a short noun phrase
// with a determiner or quantifier of its own ("both nations", "the room"),
// which may say where a group stands: "accounts from both nations",
// "several people in the room".
func (d *doc) shortDeterminedNP(t0, t1 int) bool {
	if t1-t0 < 2 || t1-t0 > 3 {
		return false
	}
	switch d.lower[t0] {
	case "both", "the", "all", "each", "several", "many", "two", "three":
	default:
		return false
	}
	for k := t0 + 1; k < t1; k++ {
		if d.t.Tokens[k].Kind != segment.Word || d.t.Tokens[k].Upper {
			return false
		}
	}
	return true
}

// properNP reports whether tokens [t0, t1) are a short proper name that
// is no entity of the model, such as a state: "observers in Arizona".
func (d *doc) properNP(t0, t1 int) bool {
	if t1-t0 < 1 || t1-t0 > 3 {
		return false
	}
	for k := t0; k < t1; k++ {
		if !d.t.Tokens[k].Upper || d.t.Tokens[k].Kind != segment.Word {
			return false
		}
	}
	return true
}

func (d *doc) hasEntity(t0, t1 int) bool {
	for k := t0; k < t1; k++ {
		if d.res.MentionAt(k) >= 0 {
			return true
		}
	}
	return false
}

func (d *doc) anonymityAfter(i, last int) bool {
	if i >= last {
		return false
	}
	rest := strings.ToLower(d.res.Span(i, min(last, i+14)))
	for _, p := range anonymityPhrases {
		if strings.Contains(rest, p) {
			return true
		}
	}
	return false
}

// pluralNoun reports whether the head noun w of a source phrase is plural:
// "officials", not "boss".
func pluralNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}
