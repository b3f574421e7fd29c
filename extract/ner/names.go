package ner

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// doc is the working state of one Recognize call.
type doc struct {
	r     *Recognizer
	res   *Result
	t     *segment.Text
	toks  []string
	lower []string // toks in lower case
	year  string
	sent  int // current sentence index

	// pending are capitalised runs not typed on first sight; they become
	// people when a later mention shows them to be a surname.
	pending []Mention
	// countries counts the mentions of each country so far (ISO code).
	countries map[string]int
	// outletHome is the home country of the article's outlet, or "".
	outletHome string
	// published is the article's ISO date, or "".
	published string
	// deferred are ambiguous one-word listed names read after the people.
	deferred []deferredHit
	// companies are the mentions of companies of several words, in text
	// order, by their first word (see companyFirstWord).
	companies map[string][]companyName
	// orgNames are the names of the unlisted organisations named so far,
	// with their kinds (see namedOrg).
	orgNames map[string]string
	// bodyCountries are the countries of the listed bodies the article
	// names by names of their own (see namesCountryOf).
	bodyCountries map[string]bool
}

// companyName is a company's first mention.
type companyName struct {
	name, kind string
	t0         int
}

func (d *doc) run() {
	for si, s := range d.t.Sentences {
		d.sent = si
		d.names(s.First, s.Last)
	}
	d.resolvePending()
	d.administrations()
	d.partyTags()
	d.sortMentions()
	for si, s := range d.t.Sentences {
		d.sent = si
		d.events(s.First, s.Last)
	}
	d.sortMentions()
	for si, s := range d.t.Sentences {
		d.sent = si
		d.sources(s.First, s.Last)
	}
	d.resolve()
}

// isNameTok reports whether token i can be part of a proper name.
func (d *doc) isNameTok(i int) bool {
	tk := d.t.Tokens[i]
	if tk.Kind != segment.Word || !tk.Upper {
		return false
	}
	w := d.toks[i]
	if w == "I" {
		return i+1 < len(d.toks) && d.toks[i+1] == "." // an initial, not the pronoun
	}
	if len(w) > 2 && w[0] == 'I' && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")) {
		return false // "I’ve", "I’ll", "I'm"
	}
	if (w == "R" || w == "D") && i+1 < len(d.toks) && d.toks[i+1] == "-" {
		return false // a party and state tag: "Ted Cruz (R-Texas)", "Sen. Ted Cruz R-Texas"
	}
	// a capitalised function word inside a run is title case, not a name:
	// "Charlie Cooke On Why N.Y. Gun Measure Threatens"
	if titleCaseWords[d.lower[i]] && i > 0 && d.isNameTokPlain(i-1) {
		return false
	}
	return true
}

// isNameTokPlain reports whether token i is a capitalised word.
func (d *doc) isNameTokPlain(i int) bool {
	tk := d.t.Tokens[i]
	return tk.Kind == segment.Word && tk.Upper
}

// placePrefixes begin place names more often than people's names: "Santa
// Barbara", "San Diego", "Fort Worth".
// Compass words ("North Carolina", "East Asian") and "New" ("New York") too.
var placePrefixes = map[string]bool{
	"Santa": true, "San": true, "Saint": true, "Sao": true, "São": true, "Fort": true, "Port": true,
	"Mount": true, "Cape": true, "Lake": true, "Los": true, "Las": true, "Grand": true, "Palm": true,
	"St.": true, "St": true, "Ste.": true, "Mt.": true, "Ft.": true, "New": true, "North": true,
	"South": true, "East": true, "West": true, "Northern": true, "Southern": true, "Eastern": true,
	"Western": true, "Central": true, "Upper": true, "Lower": true, "Greater": true,
}

// orgNamedAfter are the organisation words that a person's or place's
// name may precede: "John F. Kennedy School of Government".
var orgNamedAfter = map[string]bool{
	"School": true, "Institute": true, "Center": true, "Centre": true, "College": true, "Academy": true,
	"Foundation": true, "University": true,
}

// placeHeads end the names of places, never a person's: "Mobile County",
// "Stewart Island".
var placeHeads = map[string]bool{
	"County": true, "Island": true, "Islands": true, "Street": true, "Avenue": true, "Road": true, "River": true,
	"Lake": true, "Mountain": true, "Mountains": true, "Valley": true, "Park": true, "Square": true, "Bridge": true,
	"Bay": true, "Beach": true, "Airport": true, "Station": true, "Province": true, "District": true,
	"Peninsula": true, "Strait": true, "Sea": true, "Ocean": true, "Desert": true, "Canyon": true, "Heights": true,
	"Harbor": true, "Harbour": true, "Coast": true, "Gulf": true, "Plaza": true, "Boulevard": true, "Prison": true,
	"Stadium": true, "Arena": true, "Township": true, "Parish": true, "Borough": true, "Creek": true, "Falls": true,
	"Dam": true, "Canal": true, "Reservoir": true,
}

// titleCaseWords are function words that headlines capitalise; inside a
// run of capitalised words they end the name before them. Words that are
// also surnames stay out ("may": Theresa May).
var titleCaseWords = map[string]bool{
	"on": true, "why": true, "how": true, "what": true, "when": true, "where": true, "who": true,
	"and": true, "or": true, "but": true, "to": true, "in": true, "with": true, "at": true, "by": true,
	"from": true, "is": true, "are": true, "was": true, "were": true, "will": true, "can": true,
	"says": true, "said": true, "as": true, "after": true, "over": true, "into": true, "about": true,
	"a": true, "an": true, "be": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"his": true, "her": true, "its": true, "their": true, "not": true, "no": true, "if": true, "than": true,
	"this": true, "that": true, "these": true, "those": true, "has": true, "have": true, "had": true,
	"would": true, "could": true, "should": true, "might": true, "must": true, "do": true,
	"does": true, "did": true, "up": true, "out": true, "off": true, "down": true, "amid": true,
}

// connectors may stand inside a name between capitalised words.
var connectors = map[string]bool{
	"of": true, "for": true, "on": true, "de": true, "del": true, "della": true, "di": true,
	"da": true, "du": true, "van": true, "von": true, "der": true, "den": true, "la": true,
	"le": true, "bin": true, "ibn": true, "al": true, "el": true, "&": true, "y": true, "dos": true,
}

// chunkEnd returns the end of the run of name tokens starting at i.
func (d *doc) chunkEnd(i, last int) int {
	j := i + 1
	for j < last {
		switch {
		case d.isNameTok(j):
			j++
		case (d.toks[j] == "]" || d.toks[j] == "[") && j+1 < last && d.isNameTok(j+1):
			j++ // an editor's insertion inside a quote: "[Joe] Biden"
		case d.toks[j] == "-" && j+1 < last && d.isNameTok(j+1) &&
			d.t.Tokens[j].Start == d.t.Tokens[j-1].End && d.t.Tokens[j+1].Start == d.t.Tokens[j].End:
			j += 2 // "Al-Qaeda", "Smith-Jones"
		case d.toks[j] == "-" && j+1 < last && d.t.Tokens[j+1].Kind == segment.Word && len(d.toks[j+1]) <= 4 &&
			d.t.Tokens[j].Start == d.t.Tokens[j-1].End && d.t.Tokens[j+1].Start == d.t.Tokens[j].End &&
			!d.t.Tokens[j+1].Upper && j-1 > i:
			j += 2 // Korean names: "Jong-un", "Jae-in", "Geun-hye"
		case d.possessiveInName(i, j, last):
			j++ // "St. Mary’s University", "Workers' Educational Association"
		case d.toks[j] == "and" && j-i <= 3:
			// "Labor and Social Security Ministry", "Fish and Wildlife
			// Service": a body whose name holds "and"
			k := d.andBodyEnd(i, j, last)
			if k < 0 {
				return j
			}
			return k
		case connectors[d.toks[j]] && j+2 < last && d.toks[j+1] == "-" && d.isNameTok(j+2):
			j += 3 // "Bashar al-Assad", "Osama bin-Laden"
		case connectors[d.toks[j]] && j+1 < last:
			k := j + 1
			if d.toks[k] == "the" && (d.toks[j] == "of" || d.toks[j] == "for" || d.toks[j] == "on") && k+1 < last {
				k++
			}
			if !d.isNameTok(k) {
				return j
			}
			j = k + 1
		default:
			return j
		}
	}
	return j
}

// andBodyHeads end the name of a public body that may hold "and" between
// two of its fields: "the Energy and Commerce Committee", "Turkey's Labor
// and Social Security Ministry".
var andBodyHeads = map[string]bool{
	"Ministry": true, "Service": true, "Department": true, "Commission": true, "Agency": true,
	"Bureau": true, "Committee": true, "Office": true, "Board": true, "Authority": true, "Council": true,
	"Subcommittee": true, "Administration": true,
}

// andBodyEnd returns the end of a body's name that goes on over "and" at
// token j after the name tokens [i, j): one to three name tokens after it
// end with a body's head, and the words before it are no listed name of
// their own nor a given name ("Clinton and State Department officials"
// are two). It returns -1 when the name does not go on.
func (d *doc) andBodyEnd(i, j, last int) int {
	if d.lower[i] == "the" {
		i++ // "The U.S. Fish and Wildlife Service said" opening a sentence
	}
	for p := i; p < j; p++ {
		gm, listed := d.r.gaz.Match(d.toks, p)
		if listed && gm.End > j {
			return -1 // a listed name over "and": "Health and Human Services"
		}
		if listed && p == i && gm.End < j && len(gm.Hits) > 0 && !gm.Ambiguous() && gm.Hits[0].Entity.Base().Label == graph.LabelCountry {
			p = gm.End - 1 // "the U.S. Fish and Wildlife Service"
			continue
		}
		// a listed name, place or title of its own, or a given name:
		// "Times Square and Port Authority", "the President and
		// Administration" (but "Labor", listed as ambiguous, may be a field)
		listed = listed && (len(gm.Hits) == 0 || !gm.Ambiguous())
		_, title := d.r.gaz.MatchTitle(d.toks, p)
		if _, given := d.r.gaz.IsGivenName(d.toks[p]); listed || title || given || !d.isNameTokPlain(p) {
			return -1
		}
	}
	for k := j + 1; k < last && k <= j+3; k++ {
		if !d.isNameTokPlain(k) {
			return -1
		}
		if andBodyHeads[d.toks[k]] {
			if k+1 < last && d.isNameTokPlain(k+1) {
				return -1 // "the Reliability and Service Awards"
			}
			return k + 1
		}
	}
	return -1
}

// possessiveHeads end organisation names that hold a possessive: "St.
// Mary’s University", "Lewis Boys' School", "the Cook County Sheriff's
// Office", "the People's Party".
var possessiveHeads = map[string]bool{
	"School": true, "University": true, "College": true, "Hospital": true, "Office": true, "Association": true,
	"Church": true, "Academy": true, "Society": true, "Union": true, "League": true, "Party": true, "Army": true,
	"Fund": true, "Council": true,
}

// possessiveInName reports whether the possessive at token j, after the
// name tokens [i, j), belongs to an organisation's name: one to three name
// tokens follow it up to an organisation head, and what precedes it is no
// organisation or listed name of its own ("Harvard University’s Kennedy
// School", "Britain's Labour Party", "Obama’s Cabinet" are two names).
func (d *doc) possessiveInName(i, j, last int) bool {
	tk := d.t.Tokens[j]
	switch {
	case tk.Kind == segment.Word && (d.toks[j] == "’s" || d.toks[j] == "'s"):
	case tk.Kind == segment.Quote && (d.toks[j] == "'" || d.toks[j] == "’") && tk.Start == d.t.Tokens[j-1].End &&
		strings.HasSuffix(d.toks[j-1], "s"):
	default:
		return false
	}
	k := j + 1
	for k < last && k-j <= 3 && d.isNameTok(k) {
		k++
	}
	if k == j+1 || !possessiveHeads[d.toks[k-1]] {
		return false
	}
	if _, org := lex.OrgHead(d.toks[j-1]); org {
		return false
	}
	for s := i; s < j; s++ {
		if gm, ok := d.r.gaz.Match(d.toks, s); ok && len(gm.Hits) > 0 {
			return false // "BBC One's Fame Academy"
		}
	}
	// "Harold Wilson's Labour Party": a person's, unless a plural
	// possessive ("Lewis Boys' School")
	if _, given := d.r.gaz.IsGivenName(d.toks[i]); given && tk.Kind == segment.Word {
		return false
	}
	return true
}

// sentenceInitial reports whether token i starts its sentence (or a quote
// or a parenthesis within it).
func (d *doc) sentenceInitial(i, first int) bool {
	if i == first {
		return true
	}
	p := d.toks[i-1]
	if q := d.t.Tokens[i-1]; q.Kind == segment.Quote && i-2 >= first {
		// a quote closed after a comma, set against it and apart from
		// the word after ("…,” Power said"), starts nothing
		if prev := d.t.Tokens[i-2]; prev.End == q.Start && q.End < d.t.Tokens[i].Start && d.toks[i-2] == "," {
			return false
		}
	}
	return d.t.Tokens[i-1].Kind == segment.Quote || p == "(" || p == "—" || p == ":" || p == "–" || p == "["
}

func (d *doc) names(first, last int) {
	for i := first; i < last; {
		// a listed name that begins with a number: "60 Minutes", "9th
		// Circuit", "10 Downing Street"
		// (a year is left to the events: "2016 election")
		if d.t.Tokens[i].Kind == segment.Number && i+1 < last && d.isNameTok(i+1) && !yearShape(d.toks[i]) {
			if gm, ok := d.r.gaz.Match(d.toks, i); ok && len(gm.Hits) > 0 && gm.End > i+1 {
				end := max(d.chunkEnd(i+1, last), gm.End)
				d.chunk(i, end, first, last)
				i = end
				continue
			}
		}
		if !d.isNameTok(i) {
			i++
			continue
		}
		end := d.chunkEnd(i, last)
		// a listed name across a possessive is one name ("Democratic
		// People's Republic of Korea"), unless a country owns the rest
		// ("China's Foreign Ministry": see ownedListed)
		if end < last && (d.toks[end] == "’s" || d.toks[end] == "'s") {
			if gm, ok := d.r.gaz.Match(d.toks, i); ok && len(gm.Hits) > 0 && gm.End > end+1 {
				if cm, ok := d.r.gaz.MatchWithin(d.toks, i, end); !ok || cm.End != end || len(cm.Hits) == 0 || cm.Hits[0].Entity.Base().Label != graph.LabelCountry {
					end = gm.End
				}
			}
		}
		// a listed name runs on past what ends a run of names: "House Ways
		// and Means Committee", "Center for a New American Security", "Liu
		// He", "Ursula von der Leyen"
		// ("The House Ways and Means Committee", "Vice Premier Liu He":
		// from any word of the run)
		listed := false
		for g := i; g < end && !listed; g++ {
			if gm, ok := d.r.gaz.Match(d.toks, g); ok && len(gm.Hits) > 0 && gm.End > end && gm.End <= last && !gm.Ambiguous() &&
				d.wordsOnly(end, gm.End) {
				end, listed = gm.End, true
			}
		}
		// "Center for Strategic and International Studies": an
		// organisation's name may hold "and"
		if _, org := lex.OrgStart(d.toks[i]); org && !listed && end+1 < last && end-i >= 3 && (d.lower[i+1] == "of" || d.lower[i+1] == "for" || d.lower[i+1] == "on") &&
			(d.toks[end] == "and" || d.toks[end] == "&") && d.isNameTok(end+1) {
			// (two words at least after it: not "House of Fraser and
			// Woolworths", "… and CEO")
			if tail := d.chunkEnd(end+1, last); tail-(end+1) >= 2 {
				end = tail
			}
		}
		a := i
		// "al Qaeda", "al Shabab": a listed name with its article apart
		if i-1 >= first && arabicArticle[d.toks[i-1]] && d.t.Tokens[i].Start == d.t.Tokens[i-1].End+1 {
			if gm, ok := d.r.gaz.Match(d.toks, i-1); ok && len(gm.Hits) > 0 && gm.End > i {
				a = i - 1
				end = max(end, gm.End)
			}
		}
		// a name that begins with a lower-case Arabic article: "al-Qaeda",
		// "al-Nusra", "el-Sisi"
		if i-2 >= first && d.toks[i-1] == "-" && arabicArticle[d.toks[i-2]] &&
			d.t.Tokens[i-1].Start == d.t.Tokens[i-2].End && d.t.Tokens[i].Start == d.t.Tokens[i-1].End &&
			(i-3 < first || !d.isNameTok(i-3)) {
			a = i - 2
		}
		// a capitalised ordinary word that starts the sentence is not a name
		if d.sentenceInitial(a, first) && d.dropInitial(a) {
			a++
		}
		if a < end {
			d.chunk(a, end, first, last)
		}
		i = end
		// "the Health and Human Services Department": a listed body's name
		// that ran over "and" takes the head written after it, which is no
		// name of its own
		if listed && i < last && andBodyHeads[d.toks[i]] && (i+1 >= last || !d.isNameTok(i+1) && !orgLinks[d.lower[i+1]]) {
			if n := len(d.res.Mentions); n > 0 && d.res.Mentions[n-1].T1 == i && d.res.Mentions[n-1].Label == graph.LabelOrganization {
				m := &d.res.Mentions[n-1]
				m.T1, m.End = i+1, d.t.Tokens[i].End
				i++
			}
		}
	}
}

// orgLinks join a body's head to its remit: "Office for Civil Rights".
var orgLinks = map[string]bool{"of": true, "for": true, "on": true}

// yearShape reports whether a number token looks like a year: "2016".
func yearShape(w string) bool {
	return len(w) == 4 && (w[0] == '1' || w[0] == '2') && strings.Trim(w, "0123456789") == ""
}

// wordsOnly reports whether tokens [a, b) are all words or "&", and no
// possessive: the inside of a listed name.
func (d *doc) wordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if d.t.Tokens[k].Kind != segment.Word && d.toks[k] != "&" || d.toks[k] == "’s" || d.toks[k] == "'s" {
			return false // (a possessive is the owner's: see ownedListed)
		}
	}
	return true
}

var arabicArticle = map[string]bool{"al": true, "el": true, "ar": true, "as": true, "ash": true, "ad": true, "an": true}

// namedSurname reports whether w is the last word of a person's name
// found earlier in the article.
func (d *doc) namedSurname(w string) bool {
	for i := range d.res.Mentions {
		m := &d.res.Mentions[i]
		if m.Label == graph.LabelPerson && m.T1-m.T0 >= 2 && d.toks[m.T1-1] == w {
			return true
		}
	}
	return false
}

// titleSurname reports whether the one-word title at token p, which ends
// the run at b, is the surname of the given name before it: "Julie
// Bishop", "Mary Judge" (titles come before names, not after); or, alone
// or after a form of address, the surname of a person named earlier
// ("Bishop said", "Mr King said").
func (d *doc) titleSurname(segs []seg, p, end, b int) bool {
	n := len(segs)
	// (or before "of" and a place: "Sen. Angus King of Maine", where
	// "King of Maine" reads as a title)
	// (not a title that goes on with "of": "Georgia Secretary of State")
	ofPlace := end == p+1 && p+1 < b && (d.toks[p+1] == "of" || d.toks[p+1] == "at")
	if (end != p+1 || end != b) && !ofPlace {
		return false
	}
	if n == 0 {
		return d.namedSurname(d.toks[p]) // "Bishop said" after "Julie Bishop"
	}
	last := segs[n-1]
	if last.t1 != p {
		return false
	}
	if last.kind == segTitle {
		// "Mr King said", "Sen. King told" after "Paul King", "Angus
		// King"; not "Mr President"
		return d.namedSurname(d.toks[p])
	}
	// "Paul King," "Mary Judge": an unknown word before, or a listed one
	// that is a given name ("Paul" is also Rand Paul's surname)
	if last.kind != segUnknown && (last.kind != segGaz || last.t0 != p-1) {
		return false
	}
	_, given := d.r.gaz.IsGivenName(d.toks[p-1])
	return given
}

// dropInitial reports whether a capitalised token at a sentence start is an
// ordinary word to leave out of the name ("Though", "Back", "Earlier").
func (d *doc) dropInitial(i int) bool {
	w := d.toks[i]
	if gm, ok := d.r.gaz.Match(d.toks, i); ok && len(gm.Hits) > 0 {
		return false
	}
	if titleCaseWords[d.lower[i]] && i+1 < len(d.toks) {
		if gm, ok := d.r.gaz.Match(d.toks, i+1); ok && len(gm.Hits) > 0 {
			return true // "Can Trump win?", "But Baker said": a listed name follows
		}
	}
	if _, ok := d.r.gaz.IsGivenName(w); ok && i+1 < len(d.toks) && d.isNameTok(i+1) &&
		!(lex.IsCommonLower(d.lower[i]) && (lex.IsCalendar(d.toks[i+1]) || lex.IsCommonLower(d.lower[i+1]))) {
		return false // "Will Smith", but not "In January"
	}
	if _, ok := d.r.gaz.MatchTitle(d.toks, i); ok {
		return false
	}
	return lex.IsCommonLower(d.lower[i]) || lex.IsCalendar(w)
}

type segKind uint8

const (
	segUnknown segKind = iota
	segGaz
	segTitle
	segBlocked // a listed non-entity phrase
)

type seg struct {
	kind   segKind
	t0, t1 int
	gm     gazetteer.Match
	title  gazetteer.TitleMatch
}

// segments cuts the chunk [a, b) into gazetteer phrases, titles and runs of
// unknown tokens.
func (d *doc) segments(a, b int) []seg {
	var segs []seg
	for p := a; p < b; {
		if w := d.toks[p]; w == "[" || w == "]" {
			p++
			continue
		}
		gm, ok := d.r.gaz.Match(d.toks, p)
		if ok && gm.End > b && !d.lowerTail(b, gm.End) {
			// a longer listed phrase runs past the run: the one within it
			// ("China" when "China's Foreign Ministry" was split)
			gm, ok = d.r.gaz.MatchWithin(d.toks, p, b)
			if ok && (gm.Ambiguous() || gm.Hits[0].Entity.Base().Label != graph.LabelCountry) {
				ok = false // only a country: "People" of "Donetsk People's Republic" is no magazine
			}
		}
		if ok && (gm.End <= b || d.lowerTail(b, gm.End)) {
			if len(gm.Hits) > 0 {
				segs = append(segs, seg{kind: segGaz, t0: p, t1: gm.End, gm: gm})
				p = gm.End
				continue
			}
			// a listed non-entity ("New Mexico", "Middle East"), unless a title
			if tm, ok := d.r.gaz.MatchTitle(d.toks, p); !ok || tm.End < gm.End {
				end := min(gm.End, b)
				segs = append(segs, seg{kind: segBlocked, t0: p, t1: end})
				p = end
				continue
			}
		}
		if d.toks[p] == "-" && len(segs) > 0 && segs[len(segs)-1].kind != segUnknown {
			p++ // "Trump-Kim summit": two names
			continue
		}
		if lex.IsWeekday(d.toks[p]) {
			// a weekday is never part of a name: "Putin Thursday" (a
			// listed "Good Friday Agreement" matched above)
			segs = append(segs, seg{kind: segBlocked, t0: p, t1: p + 1})
			p++
			continue
		}
		if tm, ok := d.r.gaz.MatchTitle(d.toks, p); ok && tm.End <= b && d.isNameTok(p) && !d.titleSurname(segs, p, tm.End, b) {
			segs = append(segs, seg{kind: segTitle, t0: p, t1: tm.End, title: tm})
			p = tm.End
			continue
		}
		// a dotted acronym the lists have without dots: "I.R.S.", "F.B.I."
		if w := d.toks[p]; len(w) > 3 && strings.Count(w, ".") >= 2 {
			if hits := d.r.gaz.Lookup(strings.ReplaceAll(w, ".", "")); len(hits) > 0 {
				segs = append(segs, seg{kind: segGaz, t0: p, t1: p + 1, gm: gazetteer.Match{Start: p, End: p + 1, Hits: hits}})
				p++
				continue
			}
		}
		// a website by its domain: "NPR.org", "Facebook.com", "DailyWire.com"
		if end := d.domainEnd(p); end > p {
			base := d.toks[p]
			hits := d.r.gaz.Lookup(base)
			if words := splitCamel(base); len(hits) == 0 && words != base {
				hits = d.r.gaz.Lookup(words)
			}
			if len(hits) > 0 {
				segs = append(segs, seg{kind: segGaz, t0: p, t1: end, gm: gazetteer.Match{Start: p, End: end, Hits: hits}})
				p = end
				continue
			}
		}
		if n := len(segs); n > 0 && segs[n-1].kind == segUnknown {
			segs[n-1].t1 = p + 1
		} else {
			segs = append(segs, seg{kind: segUnknown, t0: p, t1: p + 1})
		}
		p++
	}
	// An ambiguous listed phrase next to unknown name words is part of a
	// longer unknown name ("Jordan Peterson", "Chad Smith").
	for k := 0; k < len(segs); k++ {
		s := &segs[k]
		if s.kind != segGaz || !s.gm.Ambiguous() {
			continue
		}
		if sf := s.gm.Hits[0].Surface; sf == gazetteer.SurfaceMember || sf == gazetteer.SurfaceDemonym {
			continue // "Virginia Democrat": a party member, not a name's last word
		}
		nextUnk := k+1 < len(segs) && segs[k+1].kind == segUnknown
		prevUnk := k > 0 && segs[k-1].kind == segUnknown
		if s.gm.Hits[0].Surface == gazetteer.SurfaceShort {
			// a person's short form stays ("Kim", "Bush") unless it is part
			// of another name: "Thomas Graham" is not Clarence Thomas
			// nor "Paul Boyle" Rand Paul
			nextShort := k+1 < len(segs) && (segs[k+1].kind == segUnknown && !nameSuffix(d.toks[segs[k+1].t0]) ||
				segs[k+1].kind == segGaz && segs[k+1].gm.Hits[0].Surface == gazetteer.SurfaceShort)
			prevShort := k > 0 && (segs[k-1].kind == segUnknown || segs[k-1].kind == segGaz && segs[k-1].gm.Hits[0].Surface == gazetteer.SurfaceShort)
			if nextShort || prevShort {
				s.kind = segUnknown
			}
			continue
		}
		if nextUnk || prevUnk {
			s.kind = segUnknown
		}
	}
	// "Howard French", "David French": a demonym right after a given name
	// is a surname
	for k := 1; k < len(segs); k++ {
		s, prev := &segs[k], &segs[k-1]
		if s.kind != segGaz || s.t1-s.t0 != 1 || s.gm.Hits[0].Surface != gazetteer.SurfaceDemonym || prev.t1 != s.t0 || prev.t1-prev.t0 != 1 {
			continue
		}
		if _, given := d.r.gaz.IsGivenName(d.toks[prev.t0]); given && !lex.IsCommonLower(d.lower[prev.t0]) && !strings.HasSuffix(d.toks[s.t0], "s") &&
			(prev.kind == segUnknown || prev.kind == segGaz && prev.gm.Hits[0].Entity.Base().Label == graph.LabelPerson) && d.nameFollower(s.t1) {
			s.kind, prev.kind = segUnknown, segUnknown
		}
	}
	// a listed person's one-word name that is also a given name, before an
	// unknown name, is another person's first name: "Francis Collins" is not
	// Pope Francis
	for k := 0; k+1 < len(segs); k++ {
		s := &segs[k]
		next := segs[k+1]
		nextName := next.kind == segUnknown && !nameSuffix(d.toks[next.t0]) ||
			next.kind == segGaz && next.gm.Hits[0].Surface == gazetteer.SurfaceShort && next.gm.Hits[0].Entity.Base().Label == graph.LabelPerson
		if s.kind != segGaz || s.t1-s.t0 != 1 || !nextName || s.gm.Hits[0].Surface == gazetteer.SurfaceShort ||
			s.gm.Hits[0].Entity.Base().Label != graph.LabelPerson {
			continue
		}
		if strings.Contains(s.gm.Hits[0].Entity.Base().Name, " "+d.toks[next.t0]) {
			continue // "Omarosa Manigault Newman": the listed person's own surname
		}
		if _, ok := d.r.gaz.IsGivenName(d.toks[s.t0]); ok {
			s.kind = segUnknown
		}
	}
	// a listed person's short form that is also a given name, before an
	// unknown name word, is another person's first name: "Bashir Ahmad" is
	// not Omar al-Bashir (but "Warren Campaign" stays Warren's)
	for k := 0; k+1 < len(segs); k++ {
		s, next := &segs[k], segs[k+1]
		if s.kind != segGaz || s.t1-s.t0 != 1 || s.gm.Ambiguous() ||
			s.gm.Hits[0].Surface != gazetteer.SurfaceShort && s.gm.Hits[0].Surface != gazetteer.SurfaceAlias ||
			s.gm.Hits[0].Entity.Base().Label != graph.LabelPerson || next.kind != segUnknown || next.t0 != s.t1 {
			continue
		}
		w := d.toks[next.t0]
		if placeHeads[w] {
			s.kind = segUnknown // "Harris County": a place, named after someone perhaps
			continue
		}
		if nameSuffix(w) || lex.IsCommonLower(d.lower[next.t0]) || orgNamedAfter[w] ||
			strings.Contains(s.gm.Hits[0].Entity.Base().Name, w) {
			continue
		}
		if _, ok := d.r.gaz.IsGivenName(d.toks[s.t0]); ok {
			s.kind = segUnknown
		}
	}
	// a listed surname after an unknown first name is another person:
	// "David Bernstein" is not Carl Bernstein, "Radwan Hadi" not
	// Abd-Rabbu Mansour Hadi (a first name the given-name list lacks, but
	// shaped like one and no part of the listed name)
	for k := 1; k < len(segs); k++ {
		s, prev := &segs[k], segs[k-1]
		if s.kind == segGaz && s.gm.Hits[0].Surface == gazetteer.SurfaceShort && prev.kind == segUnknown &&
			s.gm.Hits[0].Entity.Base().Label == graph.LabelPerson {
			w := d.toks[prev.t1-1]
			if _, ok := d.r.gaz.IsGivenName(w); ok || prev.t1-prev.t0 == 1 && nameShaped(w) && !lex.IsCommonLower(d.lower[prev.t0]) &&
				!lex.IsCalendar(w) && !strings.Contains(s.gm.Hits[0].Entity.Base().Name, w) && d.introduced(prev.t0, s.t1) {
				s.kind = segUnknown
			}
		}
	}
	// merge adjacent unknowns
	out := segs[:0]
	for _, s := range segs {
		if n := len(out); n > 0 && s.kind == segUnknown && out[n-1].kind == segUnknown {
			out[n-1].t1 = s.t1
			continue
		}
		out = append(out, s)
	}
	return out
}

// lowerTail reports whether tokens [b, end) are lower-case words, numbers,
// hyphens or dots, which a listed phrase may end with ("United Russia
// party", "Number 10", "MS-13", "Townhall.com").
func (d *doc) lowerTail(b, end int) bool {
	for k := b; k < end; k++ {
		if d.t.Tokens[k].Kind == segment.Number || d.toks[k] == "-" || d.toks[k] == "." {
			continue // "Number 10", "G-20", "MS-13", "Townhall.com"
		}
		if d.t.Tokens[k].Kind != segment.Word || d.t.Tokens[k].Upper {
			return false
		}
	}
	return end-b <= 2
}

// chunk types the capitalised run [a, b) of a sentence [first, last).
// Each step below decides one reading and reports whether it took the
// run: a name with an editor's brackets, a weekday that splits it, one
// listed phrase, a person of an organisation, an organisation by its
// shape, a title and the name after it, a group named with a party's
// member noun; else the listed phrases and unknown runs one by one.
func (d *doc) chunk(a, b, first, last int) {
	// leading "The" is not part of a name unless listed ("The Hill")
	if d.toks[a] == "The" {
		if gm, ok := d.r.gaz.Match(d.toks, a); !ok || gm.End <= a+1 {
			a++
			if a >= b {
				return
			}
		}
	}
	if d.bracketedName(a, b, first) {
		return
	}
	if d.ownedListed(a, b) {
		return
	}
	segs := d.segments(a, b)
	if n := len(segs); n > 0 && segs[n-1].t1 > b {
		b = segs[n-1].t1
	}
	switch {
	case d.splitAtWeekday(a, b, first, last, segs),
		d.wholeListed(a, b, first, segs),
		d.personOfOrg(a, b, first, last, segs),
		d.orgByShape(a, b, segs),
		d.titledName(a, b, first, segs),
		d.memberGroup(a, b, first, segs):
		return
	}
	d.untitled(a, b, first, last, segs)
}

// ownedListed types the run [a, b) after a country's possessive as the
// listed name that the two make together ("China's Foreign Ministry" is the
// Ministry of Foreign Affairs of China; "China" stays a mention of its
// own), and reports whether it did.
func (d *doc) ownedListed(a, b int) bool {
	if a < 2 || d.toks[a-1] != "’s" && d.toks[a-1] != "'s" {
		return false
	}
	cm := d.res.MentionAt(a-2, graph.LabelCountry)
	if cm < 0 || d.res.Mentions[cm].T1 != a-1 {
		return false
	}
	hits := d.r.gaz.Lookup(d.res.Span(d.res.Mentions[cm].T0, b))
	if len(hits) == 0 || hits[0].Entity.Base().Label != graph.LabelOrganization {
		return false
	}
	d.addGaz(seg{kind: segGaz, t0: a, t1: b, gm: gazetteer.Match{Start: a, End: b, Hits: hits}}, nil, "")
	return true
}

// bracketedName reads a name with an editor's brackets: "[Vice President
// Kamala] Harris".
func (d *doc) bracketedName(a, b, first int) bool {
	// a name with an editor's brackets: "[Vice President Kamala] Harris"
	if d.hasBracket(a, b) {
		for p := a; p < b; p++ {
			if d.toks[p] == "[" || d.toks[p] == "]" {
				continue
			}
			if hits := d.r.gaz.Lookup(d.nameText(p, b)); len(hits) > 0 && hits[0].Entity.Base().Label == graph.LabelPerson {
				var titles []string
				if tm, ok := d.r.gaz.MatchTitle(d.toks, a); ok && tm.End <= p {
					titles = append(titles, tm.Normalised)
				}
				pm := d.add(Mention{T0: p, T1: b, Label: graph.LabelPerson, Entry: hits[0].Entity, Name: hits[0].Entity.Base().Name,
					Titles: titles, Form: FormName, Ext: d.nameText(a, b)})
				if pm >= 0 && len(titles) == 0 {
					d.roleFromLeft(pm, a, first, nil) // "The current president [Joe] Biden"
				}
				return true
			}
		}
	}
	return false
}

// splitAtWeekday types the parts of a run a weekday splits: "Putin on
// Friday", "Tuesday Clinton said".
func (d *doc) splitAtWeekday(a, b, first, last int, segs []seg) bool {
	// a weekday splits the run: "Putin on Friday", "Tuesday Clinton said"
	for _, s := range segs {
		if s.kind == segBlocked && s.t1-s.t0 == 1 && lex.IsWeekday(d.toks[s.t0]) {
			end := s.t0
			if end > a && connectors[d.toks[end-1]] {
				end--
			}
			if end > a {
				d.chunk(a, end, first, last)
			}
			if s.t1 < b {
				d.chunk(s.t1, b, first, last)
			}
			return true
		}
	}

	return false
}

// wholeListed types a run that is one listed phrase; an ambiguous one-word
// name waits for the people of the article.
func (d *doc) wholeListed(a, b, first int, segs []seg) bool {
	// One listed phrase covering the whole run.
	if len(segs) == 1 && segs[0].kind == segGaz && b-a == 1 && segs[0].gm.Ambiguous() &&
		segs[0].gm.Hits[0].Entity.Base().Label != graph.LabelPerson && segs[0].gm.Hits[0].Entity.Base().Label != graph.LabelCountry {
		d.deferred = append(d.deferred, deferredHit{s: segs[0], sent: d.sent})
		return true
	}
	if len(segs) == 1 && segs[0].kind == segGaz {
		if pm := d.addGaz(segs[0], nil, ""); pm >= 0 && d.res.Mentions[pm].Label == graph.LabelPerson {
			d.roleFromLeft(pm, a, first, nil)
		}
		return true
	}

	return false
}

// personOfOrg types "David Bernstein of George Mason University" as two
// names.
func (d *doc) personOfOrg(a, b, first, last int, segs []seg) bool {
	// "David Bernstein of George Mason University": a person of an
	// organisation, two names
	if p := d.personOf(a, b, segs); p > 0 {
		d.chunk(a, p, first, last)
		if p+2 < b && d.toks[p+1] == "the" {
			if gm, ok := d.r.gaz.Match(d.toks, p+2); ok && len(gm.Hits) > 0 && gm.End == b {
				p++ // "Bohuslav Sobotka of the Czech Republic": the listed name after "the" (all of it)
			}
		}
		d.chunk(p+1, b, first, last)
		return true
	}
	return false
}

// orgByShape types a run that its words show to be an organisation.
func (d *doc) orgByShape(a, b int, segs []seg) bool {
	// "… Party", "… Ministry", "Carnegie Moscow Center": an organisation.
	if b-a >= 2 {
		if kind, ok := lex.OrgHead(d.toks[b-1]); ok && !(segs[len(segs)-1].kind == segGaz && segs[len(segs)-1].t0 < b-1) {
			s := a
			for k := 0; k < len(segs) && segs[k].kind == segTitle; k++ {
				s = segs[k].t1
			}
			if b-s >= 2 {
				d.addOrg(s, b, kind)
				return true
			}
		}
		if kind, ok := lex.OrgStart(d.toks[a]); ok && b-a >= 3 && (d.toks[a+1] == "of" || d.toks[a+1] == "for" || d.toks[a+1] == "on") {
			d.addOrg(a, b, kind) // "Ministry of Defence", "Center for Arizona Policy", "Council on Foreign Relations"
			return true
		}
		// "John F. Kennedy School of Government", "London School of
		// Economics": a name, then an organisation's "X of Y"
		for k := a + 1; k+2 < b; k++ {
			if kind, ok := lex.OrgStart(d.toks[k]); ok && (d.toks[k+1] == "of" || d.toks[k+1] == "for") && orgNamedAfter[d.toks[k]] {
				d.addOrg(a, b, kind)
				return true
			}
		}
	}

	return false
}

// shadowed returns title as the office the word at token p makes of it:
// "Shadow Chancellor" after "shadow" ("shadow chancellor Oliver Letwin"
// is no chancellor), else title itself.
func (d *doc) shadowed(p, first int, title string) string {
	if p >= first && d.lower[p] == "shadow" {
		return "Shadow " + title
	}
	return title
}

// titledName types the name after the last title of the run, with its
// titles and the roles of the modifiers before them.
func (d *doc) titledName(a, b, first int, segs []seg) bool {
	// Titles: everything after the last title is the name.
	lastTitle := -1
	firstTitle := -1
	for k, s := range segs {
		if s.kind == segTitle {
			lastTitle = k
			if firstTitle < 0 {
				firstTitle = k
			}
		}
	}
	if lastTitle >= 0 {
		var titles []string
		for k := firstTitle; k <= lastTitle; k++ {
			if segs[k].kind == segTitle {
				titles = append(titles, segs[k].title.Normalised)
			}
		}
		titles[0] = d.shadowed(segs[firstTitle].t0-1, first, titles[0])
		mods := d.addModifiers(segs[:firstTitle])
		if lastTitle+1 < len(segs) {
			h0, h1 := segs[lastTitle+1].t0, segs[len(segs)-1].t1
			var pm int
			if _, org := lex.OrgHead(d.toks[h1-1]); org && h1-h0 == 1 {
				return true // "General Headquarters", "President Office"
			}
			if d.lower[h0] == "of" && h1-h0 >= 2 {
				// "Vice President of EgyptAir", "Secretary of the Interior
				// Bernard Cazeneuve", "Minister of Commerce Wang Shouwen":
				// the title's body or remit, then perhaps the name
				d.titleOf(h0+1, h1, first, d.t.Sentences[d.t.SentenceOf(d.t.Tokens[a].Start)].Last)
				return true
			}
			if d.lower[h0] == "for" && h1-h0 >= 2 { // not "Crown Prince of Abu Dhabi": a title of a place
				if _, given := d.r.gaz.IsGivenName(d.toks[h0+1]); !given {
					// "Deputy Assistant Secretary for Diplomatic Security
					// Charlene Lamb": the remit, then the holder's name
					if p := d.holderStart(h0+2, h1); p > 0 {
						d.chunk(p, h1, first, d.t.Sentences[d.t.SentenceOf(d.t.Tokens[a].Start)].Last)
						return true
					}
					// "Special Inspector General for Afghanistan Reconstruction":
					// an office, named by its title and its remit
					d.addOrg(a, h1, gazetteer.OrgGovernment)
					return true
				}
			}
			// "the General Election", "Secretary General"; but a form of
			// address before the surname of a person named earlier is
			// that person: "John Snow … Mr Snow" (not "Miss Universe")
			if h1-h0 == 1 && segs[lastTitle+1].kind == segUnknown && lex.IsCommonLower(d.lower[h0]) &&
				!(segs[lastTitle].title.Honorific && d.namedSurname(d.toks[h0])) {
				return true
			}
			if len(segs) == lastTitle+2 && segs[lastTitle+1].kind == segGaz &&
				segs[lastTitle+1].gm.Hits[0].Entity.Base().Label == graph.LabelPerson {
				pm = d.addGaz(segs[lastTitle+1], titles, d.nameText(a, h1))
			} else {
				pm = d.addPerson(h0, h1, titles, d.nameText(a, h1))
			}
			if pm >= 0 && d.res.Mentions[pm].Label == graph.LabelPerson {
				tm := segs[lastTitle].title
				for _, mi := range mods {
					d.addRole(pm, mi, tm.Normalised, tm.Relation, a, h1)
				}
				if len(mods) == 0 {
					d.roleFromLeft(pm, a, first, titles)
				}
			}
		}
		return true
	}

	return false
}

// memberGroup types "Log Cabin Republicans", "Young Democrats".
func (d *doc) memberGroup(a, b, first int, segs []seg) bool {
	// "Log Cabin Republicans", "Young Democrats": unknown names before a
	// party's plural member noun name a group of its own
	if n := len(segs); n >= 2 && segs[n-1].kind == segGaz && segs[n-1].t1 == b && strings.HasSuffix(d.toks[b-1], "s") {
		if h := d.pickHit(segs[n-1].gm.Hits); h.Surface == gazetteer.SurfaceMember {
			unknown := true
			for _, sg := range segs[:n-1] {
				unknown = unknown && sg.kind == segUnknown
			}
			if unknown && !(d.sentenceInitial(a, first) && lex.IsCommonLower(d.lower[a])) {
				d.addOrg(a, b, gazetteer.OrgOther)
				return true
			}
		}
	}
	return false
}

// untitled types a run without a title: its listed phrases and its
// unknown runs one by one.
func (d *doc) untitled(a, b, first, last int, segs []seg) {
	// No title: listed phrases and unknown runs.
	var prevMods []int
	for k, s := range segs {
		switch s.kind {
		case segGaz:
			mi := d.addGaz(s, nil, "")
			if mi >= 0 && d.res.Mentions[mi].Label == graph.LabelPerson {
				for _, pmi := range prevMods {
					if d.res.Mentions[pmi].Form == FormMember {
						d.addRole(mi, pmi, "", graph.RelMemberOf, a, s.t1)
					}
				}
				if k == 0 {
					d.roleFromLeft(mi, a, first, nil)
				}
				prevMods = nil
			} else if mi >= 0 {
				prevMods = append(prevMods, mi)
			}
		case segUnknown:
			if end := d.domainEnd(s.t0); s.t1 == s.t0+1 && end > s.t0 {
				d.addOrg(s.t0, end, "company") // "WebBank.com", "PolitiFact.com": a website
				prevMods = nil
				continue
			}
			if kind, ok := d.orgNounBefore(s.t0, a, first); ok && s.t1-s.t0 <= 3 {
				d.addOrg(s.t0, s.t1, kind) // "the website Quora said"
				prevMods = nil
				continue
			}
			if len(segs) == 1 && s.t1-s.t0 <= 3 && d.workplaceBefore(a, first) && !d.nameGoesOn(s.t1, last) && !placeHeads[d.toks[s.t1-1]] {
				d.addOrg(s.t0, s.t1, "other") // "security expert at Energis"
				prevMods = nil
				continue
			}
			if t0, kind, ok := d.namedOrg(s.t0, s.t1); ok {
				d.addOrg(t0, s.t1, kind) // "…, Retail Decisions said"
				prevMods = nil
				continue
			}
			// "Sun" after "Sun Microsystems": a company by the first word
			// of its name; "Sun Grid", then, is no person
			if name, kind, ok := d.companyFirstWord(s.t0); ok {
				if s.t1-s.t0 == 1 {
					d.add(Mention{T0: s.t0, T1: s.t1, Label: graph.LabelOrganization, Name: name, Kind: kind, Form: FormShort})
				}
				prevMods = nil
				continue
			}
			if d.personish(s.t0, s.t1, a, b, first, last) {
				pm := d.addPerson(s.t0, s.t1, nil, d.nameText(a, s.t1))
				if pm >= 0 {
					for _, mi := range prevMods {
						if d.res.Mentions[mi].Form == FormMember {
							d.addRole(pm, mi, "", graph.RelMemberOf, a, s.t1)
						}
					}
					if k == 0 {
						d.roleFromLeft(pm, a, first, nil)
					}
				}
			} else {
				d.pending = append(d.pending, Mention{T0: s.t0, T1: s.t1, Sent: d.sent, Label: graph.LabelPerson})
			}
			prevMods = nil
		}
	}
}

// personOf returns the position of the "of", "at" or "on the" in a run
// that starts with a person's name ("David Bernstein of George Mason
// University", "Vladimir Putin of Russia"), or -1.
func (d *doc) personOf(a, b int, segs []seg) int {
	for p := a + 2; p < b-1; p++ {
		// ("Judge Gorsuch on the Supreme Court" too, not "Council on
		// Foreign Relations"; and "for" after a title only: "Rep. Gary
		// Peters for Senate", not "Rafik Hariri Center for the Middle East")
		w := d.toks[p]
		if w != "of" && w != "at" && !(w == "on" && d.toks[p+1] == "the") && w != "for" {
			continue
		}
		for _, s := range segs {
			if s.kind == segTitle && s.t0 < p && p < s.t1 {
				return -1 // inside a title: "Georgia Secretary of State Brad Raffensperger"
			}
		}
		if s := segs[0]; s.kind == segGaz && s.t0 == a && s.t1 == p && s.gm.Hits[0].Entity.Base().Label == graph.LabelPerson && w != "for" {
			return p
		}
		// "former Arizona Republican Congressman Jim Kolbe of the
		// International Republican Institute": a titled name, then "of"
		// (an organisation after it, not a place: "Mayor Ed Murray of
		// Seattle", "Doug Collins of Georgia")
		for _, s := range segs {
			if s.kind == segTitle && s.t1 < p && p-s.t1 <= 3 && d.capitalRun(s.t1, p) && d.orgShaped(p+1, b) {
				if _, given := d.r.gaz.IsGivenName(d.toks[s.t1]); given || w != "for" {
					return p // (not "Treasury Inspector General for Tax Administration")
				}
			}
		}
		if _, ok := d.r.gaz.IsGivenName(d.toks[a]); (ok || d.invertedSpeaker(a)) && p-a <= 3 && !placePrefixes[d.toks[a]] && w != "for" {
			if _, org := lex.OrgStart(d.toks[a]); !org {
				return p
			}
		}
		return -1
	}
	return -1
}

// orgShaped reports whether the run [a, b), after a leading "the", reads
// as an organisation's name: an organisation's head or start word, or a
// listed organisation or outlet.
func (d *doc) orgShaped(a, b int) bool {
	if a < b && d.lower[a] == "the" {
		a++
	}
	if a >= b {
		return false
	}
	if _, ok := lex.OrgHead(d.toks[b-1]); ok {
		return true
	}
	if _, ok := lex.OrgStart(d.toks[a]); ok {
		return true
	}
	gm, ok := d.r.gaz.Match(d.toks, a)
	if !ok || gm.End != b || len(gm.Hits) == 0 {
		return false
	}
	l := gm.Hits[0].Entity.Base().Label
	return l == graph.LabelOrganization || l == graph.LabelOutlet
}

// workplaceBefore reports whether the run at token a follows "at" after a
// lower-case word for someone's occupation ("security expert at Energis",
// "an analyst at Analysys"): the run names where they work.
func (d *doc) workplaceBefore(a, first int) bool {
	if a-2 < first || d.lower[a-1] != "at" || d.t.Tokens[a-2].Upper || d.t.Tokens[a-2].Kind != segment.Word {
		return false
	}
	if lex.IsOccupation(d.lower[a-2]) {
		return true
	}
	tm, title := d.r.gaz.MatchTitle(d.toks, a-2)
	return title && tm.End == a-1
}

// namedOrg reports whether the run [t0, t1), perhaps with one or two
// capitalised words before it that a run may have dropped ("Retail"),
// names an unlisted organisation that the article has named before
// ("Anti-fraud consultancy Retail Decisions says …", then "…, Retail
// Decisions said"), with its start and kind.
func (d *doc) namedOrg(t0, t1 int) (int, string, bool) {
	if len(d.orgNames) == 0 {
		return 0, "", false
	}
	for k := t0; k >= 0 && k >= t0-2 && d.t.Tokens[k].Upper; k-- {
		if kind, ok := d.orgNames[d.nameText(k, t1)]; ok {
			return k, kind, true
		}
	}
	return 0, "", false
}

// nameGoesOn reports whether the token at end carries a name on past a run
// of capitals: a possessive, a hyphen or a conjunction ("Atlanta’s Carter
// Center", "Atlanta-based", "Franklin and Marshall College").
func (d *doc) nameGoesOn(end, last int) bool {
	if end >= last {
		return false
	}
	switch d.toks[end] {
	case "’s", "'s", "-", "and", "&":
		return true
	}
	return false
}

// orgNounBefore reports whether the run starting at token t0, the start of
// the chunk a, follows a lower-case noun that introduces an organisation
// ("website", "company"), and the kind it suggests.
func (d *doc) orgNounBefore(t0, a, first int) (string, bool) {
	if t0 != a || a <= first || d.t.Tokens[a-1].Upper {
		return "", false
	}
	return lex.OrgNoun(d.lower[a-1])
}

// addModifiers adds the listed phrases before a title as mentions and
// returns their indexes.
func (d *doc) addModifiers(segs []seg) []int {
	var out []int
	for _, s := range segs {
		if s.kind == segGaz {
			if mi := d.addGaz(s, nil, ""); mi >= 0 && d.res.Mentions[mi].Label != graph.LabelPerson {
				out = append(out, mi)
			}
		}
	}
	return out
}

// roleFromLeft looks left of a person's name for lower-case role words and
// an organisation before them: "Meduza special correspondent Andrey
// Pertsev", "Tory leader Michael Howard", "Kremlin spokesman Dmitry Peskov".
func (d *doc) roleFromLeft(pm, a, first int, titles []string) {
	j := a - 1
	for j >= first && (d.toks[j] == "[" || d.toks[j] == "]") {
		j--
	}
	// the role word ends right before the name: "correspondent Andrey
	// Pertsev", not "director came after Trump"
	var role gazetteer.TitleMatch
	found := false
	for k := j; k >= first && k >= j-2; k-- {
		if d.t.Tokens[k].Kind != segment.Word || d.t.Tokens[k].Upper {
			break
		}
		if tm, ok := d.r.gaz.MatchTitle(d.toks, k); ok && tm.End == j+1 && !tm.Honorific {
			role, found = tm, true
			j = k - 1
			break
		}
	}
	if !found {
		return
	}
	title := d.shadowed(j, first, role.Normalised)
	// modifiers between the organisation and the role: "Lib Dem foreign
	// affairs spokesman"
	for steps := 0; j >= first && steps < 3 && !d.t.Tokens[j].Upper && d.t.Tokens[j].Kind == segment.Word && roleModifier(d.lower[j]); steps++ {
		j--
	}
	m := &d.res.Mentions[pm]
	m.Titles = append(m.Titles, title)
	if title != role.Normalised {
		return // a shadow office: no role of the body before it
	}
	// the organisation right before the role words
	if j >= first {
		if oi := d.mentionEndingAt(j + 1); oi >= 0 {
			o := d.res.Mentions[oi]
			if o.Label == graph.LabelOrganization || o.Label == graph.LabelOutlet || o.Label == graph.LabelCountry {
				d.addRole(pm, oi, role.Normalised, role.Relation, o.T0, m.T1)
			}
		}
	}
}

// roleModifier reports whether a lower-case word may stand between an
// organisation and a role word ("special", "foreign affairs", "senior").
func roleModifier(w string) bool {
	if len(w) < 3 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || titleCaseWords[w] {
		return false // a verb or a function word: "came", "after", "the"
	}
	switch w {
	case "said", "says", "told", "came", "went", "met", "for", "after", "before", "since", "then", "also", "its", "their":
		return false
	}
	_, verb := lex.ReportingVerb(w)
	return !verb
}

// mentionEndingAt returns the mention whose last token is end-1.
func (d *doc) mentionEndingAt(end int) int {
	for k := len(d.res.Mentions) - 1; k >= 0; k-- {
		m := &d.res.Mentions[k]
		if m.T1 == end {
			return k
		}
		if m.T1 < end-8 {
			break
		}
	}
	return -1
}

// addRole records a role phrase over tokens [t0, t1).
func (d *doc) addRole(pm, of int, title string, rel graph.RelType, t0, t1 int) {
	start, end := d.t.Tokens[t0].Start, d.t.Tokens[t1-1].End
	d.res.Roles = append(d.res.Roles, Role{Person: pm, Of: of, Title: title, Relation: rel, Start: start, End: end})
}

// nameSuffix reports whether w ends a person's name: "Jr.", "Sr.", "III".
func nameSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jr", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

// titledAt reports whether a lower-case role word ends right before the
// run starting at t0, the start of the chunk a: "correspondent Andrey
// Pertsev", "spokesman Peskov".
func (d *doc) titledAt(t0, a, first int) bool {
	if t0 != a || a <= first {
		return false
	}
	for k := a - 1; k >= first && k >= a-2; k-- {
		if tm, ok := d.r.gaz.MatchTitle(d.toks, k); ok && tm.End == a && !d.t.Tokens[k].Upper {
			return true
		}
	}
	return false
}

// compoundGiven reports whether the run [t0, t1) opens with a compound
// European given name and goes on to a surname: "Frank-Juergen Weise",
// "Hans-Werner Sinn" (not "Kimberly-Clark", "Asia-Pacific").
func (d *doc) compoundGiven(t0, t1 int) bool {
	if t0+3 >= t1 || !compoundHeads[d.toks[t0]] {
		return false
	}
	_, ok := d.r.gaz.IsGivenName(d.toks[t0+2])
	return ok
}

// compoundHeads begin compound given names.
var compoundHeads = map[string]bool{
	"Jean": true, "Marie": true, "Anne": true, "Hans": true, "Karl": true, "Carl": true, "Frank": true,
	"Jan": true, "Eva": true, "Anna": true, "Pierre": true, "Klaus": true, "Maria": true, "Jose": true,
	"José": true, "Juan": true, "Luis": true, "Ann": true, "Mary": true, "Paul": true, "Jens": true,
}

// titleOf reads the words [a, b) after a title's "of": the body or remit
// the title is of ("the Interior", "EgyptAir", "the United States"),
// then the holder's name when one follows, each as a chunk of its own.
func (d *doc) titleOf(a, b, first, last int) {
	if a < b && d.lower[a] == "the" {
		a++
	}
	if p := d.holderStart(a+1, b); p > 0 {
		d.body(a, p, first, last)
		d.chunk(p, b, first, last)
		return
	}
	d.body(a, b, first, last)
}

// holderStart returns where, within tokens [from, b), a title's holder's
// name begins after the body or remit it is of or for: the first given
// name or listed person with a word after it; or -1.
func (d *doc) holderStart(from, b int) int {
	for p := from; p < b; p++ {
		_, given := d.r.gaz.IsGivenName(d.toks[p])
		person := false
		if gm, ok := d.r.gaz.Match(d.toks, p); ok && len(gm.Hits) > 0 && gm.Hits[0].Entity.Base().Label == graph.LabelPerson {
			person = true
		}
		if (given || person) && b-p >= 2 {
			return p
		}
	}
	return -1
}

// body chunks the words [a, b) after a title's "of" when they name a
// listed entity or have an organisation's shape ("the Iranian Atomic
// Energy Organization"); a remit ("Naval Operations", "Canterbury") is no
// name of anyone.
func (d *doc) body(a, b, first, last int) {
	if a >= b {
		return
	}
	_, org := lex.OrgHead(d.toks[b-1])
	if gm, ok := d.r.gaz.Match(d.toks, a); ok && len(gm.Hits) > 0 || org && b-a >= 2 {
		d.chunk(a, b, first, last)
	}
}

// personish decides whether the unknown run [t0, t1), part of the chunk
// [a, b), names a person.
func (d *doc) personish(t0, t1, a, b, first, last int) bool {
	n := t1 - t0
	w0 := d.toks[t0]
	if nameSuffix(w0) {
		return false // "Trump Jr." with Trump listed: not a person "Jr."
	}
	if !d.t.Tokens[t0].Upper && !d.r.gaz.IsSurnameParticle(w0) {
		return false // "Democrats on Capitol Hill": a name starts with a capital or a particle ("de Blasio")
	}
	for i := t0; i < t1; i++ {
		if lex.IsCalendar(d.toks[i]) {
			return false // "Easter Egg Roll", "Christmas Day"
		}
	}
	if n >= 2 && placePrefixes[w0] && !d.titledAt(t0, a, first) {
		return false // "New York state", "St. Petersburg", "East Asian"
	}
	if n >= 2 && (placeHeads[d.toks[t1-1]] || thingHeads[d.toks[t1-1]]) {
		return false // "Mobile County", "Stewart Island", "Fleet Street", "Logan Act"
	}
	// "T.J. Bonner", "K.J. Smith": initials as the given name
	if n >= 2 && n <= 3 && doubleInitial(w0) && w0 != "D.C." && len(d.r.gaz.Lookup(strings.ReplaceAll(w0, ".", ""))) == 0 && d.t.Tokens[t1-1].Upper && !isAllCaps(d.toks[t1-1]) && !lex.IsCommonLower(d.lower[t1-1]) {
		return true
	}
	if n >= 2 && n <= 5 {
		if _, ok := d.r.gaz.IsGivenName(w0); ok && (d.toks[t0+1] != "-" || d.compoundGiven(t0, t1)) { // not "Asia-Pacific"
			return true
		}
		if d.r.gaz.IsSurnameParticle(d.toks[t1-2]) {
			return true
		}
	}
	if d.nameWords(t0, t1) > 4 {
		return false // a person's name has at most four words (and its particles)
	}
	// all words must look like names, not ordinary words or all-caps acronyms
	for i := t0; i < t1; i++ {
		w := d.toks[i]
		if w == "-" || connectors[w] || isInitial(w) {
			continue
		}
		if lex.IsCalendar(w) || isAllCaps(w) {
			return false
		}
	}
	// a role word right before: "correspondent Andrey Pertsev", "spokesman Peskov"
	if d.titledAt(t0, a, first) {
		return true
	}
	// a role in apposition after: "Marillyn Hewson, the chief executive of
	// Lockheed Martin,", "Marillyn Hewson, Lockheed Martin's chief executive,"
	if n >= 2 && n <= 3 && t1 == b && d.appositiveRole(t1, last) {
		for i := t0; i < t1; i++ {
			// ("Fathi Bin Shatwan": a particle is no common word)
			if lex.IsCommonLower(d.lower[i]) && !(i == t0 && commonGivenNames[d.toks[i]] && t0 > first) && !(i > t0 && d.r.gaz.IsSurnameParticle(d.lower[i])) {
				return false
			}
		}
		return true
	}
	// a role and a comma before, a comma or the sentence's end after:
	// "Energean's CEO, Matthaios Rigas, told", "Her spokesman, Andrew
	// Wilder, said", "…, said Turkey's deputy prime minister, Numan
	// Kurtulmus."
	if nw := d.nameWords(t0, t1); nw >= 2 && nw <= 3 && t1 == b && (t1 >= last || d.toks[t1] == "," || d.toks[t1] == ".") && !orgHeadLast(d.toks[t1-1]) && d.roleBeforeComma(t0, first) {
		for i := t0; i < t1; i++ {
			if lex.IsCommonLower(d.lower[i]) && !(i > t0 && d.r.gaz.IsSurnameParticle(d.lower[i])) {
				return false
			}
		}
		return true
	}
	if n >= 2 && surnameShape(d.toks[t1-1]) && !lex.IsCommonLower(d.lower[t1-1]) {
		return true
	}
	// the speaker of an inverted attribution: "…, said Junya Tanase of JPMorgan"
	if n >= 2 && n <= 3 && t0 > first && d.invertedSpeaker(t0) {
		common := false
		for i := t0; i < t1; i++ {
			// (a listed given name may be a common word: "said Art
			// Hogan", "said Norm Roule")
			common = common || lex.IsCommonLower(d.lower[i]) && !(i == t0 && commonGivenNames[d.toks[i]])
		}
		if !common {
			return true
		}
	}
	// "…,” said Pound.": a surname alone of a person named before
	if n == 1 && t0 > first && d.invertedSpeaker(t0) && d.namedSurname(d.toks[t0]) {
		return true
	}
	// subject of a reporting verb or an appositive: "Pushkov tweeted", "Gordon Adams, a professor"
	// (not "the Beast tell", where an article shows a common noun or a title)
	if t0 > first && (d.lower[t0-1] == "the" || d.lower[t0-1] == "a" || d.lower[t0-1] == "an") {
		return false
	}
	if t1 == b && b < last {
		nx := d.toks[b]
		// ("Gulf states", "House members state" are nouns, not speech)
		if v, ok := lex.ReportingVerb(nx); ok && lex.IsSpeechVerb(v) && !d.t.Tokens[b].Upper && nx != "states" && nx != "state" {
			for i := t0; i < t1; i++ {
				// a common word, unless a person of that surname was
				// named: "Samantha Power … Power said"
				if lex.IsCommonLower(d.lower[i]) && n == 1 && !d.namedSurname(d.toks[i]) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// commonGivenNames are given names that are also common words, which the
// given-name list leaves out: before a surname in an attribution ("said
// Art Hogan, chief market strategist") they are names.
var commonGivenNames = map[string]bool{
	"Art": true, "Norm": true, "Will": true, "Rich": true, "Chase": true, "Grant": true, "Hope": true,
	"Faith": true, "Joy": true, "Dawn": true, "Rob": true, "Pat": true, "Sue": true, "Jack": true, "Bob": true,
	"Mark": true, "Frank": true, "Ray": true, "Bill": true, "Don": true, "Matt": true, "Bud": true, "Skip": true,
	"Chip": true, "Hunter": true, "Carter": true, "Sage": true, "Iris": true, "Ruby": true, "Rose": true,
}

// appositiveRole reports whether a person's role follows token t1 in
// apposition: ", the chief executive of", ", a spokesman for", ", Lockheed
// Martin's chief executive".
func (d *doc) appositiveRole(t1, last int) bool {
	if t1+2 >= last || d.toks[t1] != "," {
		return false
	}
	k := t1 + 1
	switch d.lower[k] {
	case "the", "a", "an":
		k++
	default:
		// a lower-case title and its body: ", director of the National
		// Security Program at Third Way,"
		if tm, ok := d.r.gaz.MatchTitle(d.toks, k); ok && !tm.Honorific && !d.t.Tokens[k].Upper && tm.End < last {
			switch d.lower[tm.End] {
			case "of", "at", "for":
				return true
			}
		}
		// an owner: capitalised words and a possessive
		j := k
		for j < last && j < k+4 && d.t.Tokens[j].Upper && d.t.Tokens[j].Kind == segment.Word {
			j++
		}
		if j == k || j >= last || d.toks[j] != "’s" && d.toks[j] != "'s" {
			return false
		}
		k = j + 1
	}
	for j := k; j < last && j < k+4; j++ {
		if d.t.Tokens[j].Kind != segment.Word && d.toks[j] != "-" {
			return false
		}
		if d.t.Tokens[j].Upper || d.toks[j] == "-" {
			continue // a place or body before the role: "an Iraq expert", "a White House aide"
		}
		if tm, ok := d.r.gaz.MatchTitle(d.toks, j); ok && !tm.Honorific {
			return d.roleEnds(tm.End, last)
		}
		if SourceNoun(d.lower[j]) && !strings.HasSuffix(d.lower[j], "s") || kinNouns[d.lower[j]] {
			return d.roleEnds(j+1, last)
		}
	}
	return false
}

// orgHeadLast reports whether w, the last word of a run, heads an
// organisation's name: "Maritime Self-Defence Force".
func orgHeadLast(w string) bool {
	_, org := lex.OrgHead(w)
	return org
}

// nameWords counts the words of tokens [t0, t1) that are neither hyphens
// nor surname particles: "Abu Mohammed al-Adnani" has three.
func (d *doc) nameWords(t0, t1 int) int {
	n := 0
	for i := t0; i < t1; i++ {
		if d.toks[i] != "-" && !(i > t0 && d.r.gaz.IsSurnameParticle(d.lower[i])) {
			n++
		}
	}
	return n
}

// roleBeforeComma reports whether a person's role and a comma stand right
// before token t0: "Energean's CEO, ", "the company's spokeswoman, ", "the
// governor of Somalia's Lower Shabelle region, ".
func (d *doc) roleBeforeComma(t0, first int) bool {
	c := t0 - 1
	if c-1 < first || d.toks[c] != "," {
		return false
	}
	if d.roleEndsAt(c, first) {
		return true
	}
	// a role of, for or at a place or body: "The governor of Somalia's
	// Lower Shabelle region, Abdiqadir Mohamed Nor, told", "a spokesman
	// for the Islamic State, Abu Mohammed al-Adnani, warned"
	for j := c - 1; j-1 >= first && j >= c-8; j-- {
		if tk := d.t.Tokens[j]; tk.Kind != segment.Word && d.toks[j] != "’s" && d.toks[j] != "'s" {
			return false
		}
		if d.lower[j] == "of" || d.lower[j] == "for" || d.lower[j] == "at" {
			return d.roleEndsAt(j, first)
		}
	}
	return false
}

// roleEndsAt reports whether a person's role ends right before token e: a
// lower-case person noun ("spokeswoman", "friend") or a listed title of up
// to four words ("CEO", "chief executive").
func (d *doc) roleEndsAt(e, first int) bool {
	if w := d.lower[e-1]; !d.t.Tokens[e-1].Upper && (SourceNoun(w) && !strings.HasSuffix(w, "s") || kinNouns[w]) {
		return true
	}
	for j := e - 1; j >= first && j >= e-4; j-- {
		if tm, ok := d.r.gaz.MatchTitle(d.toks, j); ok && tm.End == e && !tm.Honorific {
			return true
		}
	}
	return false
}

// kinNouns name a person by a tie or a walk of life, in apposition after a
// name: "Magdi Badr, a family friend,", "Julde Juli, a farmer,".
var kinNouns = map[string]bool{
	"friend": true, "neighbor": true, "neighbour": true, "relative": true, "cousin": true, "brother": true,
	"sister": true, "father": true, "mother": true, "son": true, "daughter": true, "wife": true, "husband": true,
	"widow": true, "uncle": true, "aunt": true, "nephew": true, "niece": true, "grandmother": true,
	"grandfather": true, "student": true, "teacher": true, "farmer": true, "worker": true, "volunteer": true,
	"survivor": true, "mother-of-two": true, "retiree": true, "shopkeeper": true, "nurse": true, "doctor": true,
}

// roleEnds reports whether the role phrase that ends before token e is an
// apposition, not the owner of a noun ("Winfield House, the U.S.
// ambassador’s residence") nor the subject of an attribution ("Tel Afar,
// the Iraqi official said").
func (d *doc) roleEnds(e, last int) bool {
	if e >= last {
		return true
	}
	if w := d.toks[e]; w == "’s" || w == "'s" {
		return false
	}
	v, ok := lex.ReportingVerb(d.lower[e])
	return !ok || !lex.IsSpeechVerb(v)
}

// invertedSpeaker reports whether the run at token t0 follows the verb of
// an inverted attribution: "…, said Junya Tanase", "“…” said X".
func (d *doc) invertedSpeaker(t0 int) bool {
	if t0 < 2 || !(d.toks[t0-2] == "," || d.t.Tokens[t0-2].Kind == segment.Quote) {
		return false
	}
	v, ok := lex.ReportingVerb(d.lower[t0-1])
	return ok && lex.IsSpeechVerb(v)
}

// surnameShape reports whether w ends like a surname of a family of names
// that news transliterates often (Russian, Ukrainian, Polish, Armenian,
// Georgian, Serbian, Greek, Romanian, Turkish).
func surnameShape(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, suf := range []string{"ov", "ev", "ova", "eva", "sky", "ski", "skiy", "skaya", "enko", "chuk", "yan", "ian", "dze", "shvili", "vich", "ovic", "evic", "poulos", "escu", "oglu", "ayev", "iyev", "yev"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// doubleInitial reports whether w is two initials: "T.J.", "J.D.".
func doubleInitial(w string) bool {
	return len(w) == 4 && w[1] == '.' && w[3] == '.' && w[0] >= 'A' && w[0] <= 'Z' && w[2] >= 'A' && w[2] <= 'Z'
}

func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// IsAllCaps reports whether w is written in capitals, two or more of them:
// an acronym such as "IPPR" or "U.S.".
func IsAllCaps(w string) bool { return isAllCaps(w) }

func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// resolvePending types the capitalised runs left open: a run whose last
// word is the surname (or whose words are the name) of a person found
// elsewhere in the article is that person.
func (d *doc) resolvePending() {
	if len(d.pending) == 0 && len(d.deferred) == 0 {
		return
	}
	surnames := map[string]bool{}
	for _, m := range d.res.Mentions {
		if m.Label != graph.LabelPerson {
			continue
		}
		for _, w := range strings.Fields(m.Name) {
			if !isInitial(w) {
				surnames[w] = true
			}
		}
	}
	for _, p := range d.pending {
		if surnames[d.toks[p.T1-1]] && !lex.IsCommonLower(d.lower[p.T1-1]) {
			d.sent = p.Sent
			d.addPerson(p.T0, p.T1, nil, "")
		} else if t0, kind, ok := d.namedOrg(p.T0, p.T1); ok {
			d.sent = p.Sent
			d.addOrg(t0, p.T1, kind)
		}
	}
	// "Bolton" is the club Bolton Wanderers unless the article has a John
	// Bolton; "Chelsea" the club unless it has a Chelsea Clinton
	for _, df := range d.deferred {
		d.sent = df.sent
		if surnames[d.toks[df.s.t0]] {
			d.addPerson(df.s.t0, df.s.t1, nil, "")
		} else if name, kind, ok := d.companyFirstWord(df.s.t0); ok {
			// "Sun" after "Sun Microsystems", not the newspaper The Sun
			d.add(Mention{T0: df.s.t0, T1: df.s.t1, Label: graph.LabelOrganization, Name: name, Kind: kind, Form: FormShort})
		} else {
			d.addGaz(df.s, nil, "")
		}
	}
}

// locatives before a capital make it the city: "in Tokyo", "near Kabul".
var locatives = map[string]bool{"in": true, "near": true, "outside": true, "across": true, "around": true, "downtown": true}

// placeVerbs take a city as a place: "depart Washington", "visited Moscow".
var placeVerbs = map[string]bool{
	"depart": true, "departs": true, "departed": true, "leave": true, "leaves": true, "left": true, "leaving": true,
	"visit": true, "visits": true, "visited": true, "visiting": true, "toured": true, "reached": true, "fled": true,
}

// cityAsPlace reports whether the capital named by tokens [t0, t1) stands
// for the city, not its government: after "from" or a verb of travel
// ("a flight from Washington to Salt Lake City", "will depart Washington"),
// or owning a named place ("London's Tate Britain gallery").
func (d *doc) cityAsPlace(t0, t1 int) bool {
	if t0 > 0 && (d.lower[t0-1] == "from" || placeVerbs[d.lower[t0-1]]) {
		return true
	}
	return t1+1 < len(d.toks) && (d.toks[t1] == "’s" || d.toks[t1] == "'s") && d.t.Tokens[t1+1].Upper
}

// deferredHit is an ambiguous one-word listed name whose reading waits for
// the people of the article to be known.
type deferredHit struct {
	s    seg
	sent int
}

// addGaz adds the mention of a listed phrase and returns its index, or -1.
func (d *doc) addGaz(s seg, titles []string, ext string) int {
	h := d.pickHit(s.gm.Hits)
	e := h.Entity.Base()
	m := Mention{T0: s.t0, T1: s.t1, Label: e.Label, Entry: h.Entity, Name: e.Name, Titles: titles, Form: FormName}
	switch h.Surface {
	case gazetteer.SurfaceDemonym:
		m.Form = FormDemonym
	case gazetteer.SurfaceCapital:
		m.Form = FormCapital
		if s.t0 > 0 && locatives[d.lower[s.t0-1]] && s.t1-s.t0 == 1 || d.cityAsPlace(s.t0, s.t1) {
			return -1 // "a bank in Tokyo": the city as a place, not its government
		}
	case gazetteer.SurfaceMember:
		m.Form = FormMember
	case gazetteer.SurfaceShort:
		m.Form = FormShort
	}
	if o, ok := h.Entity.(*gazetteer.Organization); ok && h.Ambiguous && o.Country != "" && scopedKinds[o.Kind] {
		m.scoped = true
	}
	if e.Label == graph.LabelPerson && s.t1-s.t0 == 1 {
		m.Form = FormShort
		m.ambiguous = h.Ambiguous || len(s.gm.Hits) > 1
	} else if e.Label == graph.LabelPerson && h.Surface == gazetteer.SurfaceShort && len(s.gm.Hits) > 1 {
		m.ambiguous = true // "Le Pen": Marine or Jean-Marie, as the article names them
	}
	if m.ambiguous {
		m.Gender = 0 // which person is meant is not known yet: only a title tells
	}
	if h.Ambiguous && !d.confirmAmbiguous(s, h) {
		return -1
	}
	switch x := h.Entity.(type) {
	case *gazetteer.Organization:
		m.Kind = x.Kind
	case *gazetteer.Person:
		if !m.ambiguous {
			m.Gender = x.Gender // "Warren" alone is not known to be Elizabeth Warren
		}
	case *gazetteer.Event:
		m.Kind = x.Kind
	}
	if ext != "" && ext != d.res.Span(s.t0, s.t1) {
		m.Ext = ext
	}
	if e.Label == graph.LabelPerson && len(titles) == 0 {
		if tm, ok := d.r.gaz.MatchTitle(d.toks, s.t0); ok && tm.End < s.t1 {
			m.Titles = []string{tm.Normalised}
		}
	}
	for _, ti := range m.Titles {
		if info, ok := d.r.gaz.Title(ti); ok && knownGender(info.Gender) {
			m.Gender = info.Gender // "Mrs Jackson"
		}
	}
	return d.add(m)
}

// preferredPeople win a name they share with another listed person when the
// article does not say which one it means: "George Bush" and "President
// Bush" in news since 2000 are George W. Bush.
var preferredPeople = map[string]bool{
	"George W. Bush": true,
}

// pickHit chooses among the entries a phrase names ("Congress": the United
// States Congress or India's Congress party) the one of the country the
// article is about: the country mentioned most so far, else the outlet's
// own, else the United States, then the United Kingdom (the lists are of
// English-language news), else the first listed.
func (d *doc) pickHit(hits []gazetteer.Hit) gazetteer.Hit {
	if len(hits) == 1 {
		return hits[0]
	}
	// people: the one news of 2000–2024 means by the shared name
	for _, h := range hits {
		if preferredPeople[h.Entity.Base().Name] {
			return h
		}
	}
	home, best := "", 0
	for iso, n := range d.countries {
		if n > best || n == best && iso < home {
			home, best = iso, n
		}
	}
	for i, want := range []string{home, d.outletHome, "US", "GB"} {
		if want == "" {
			continue
		}
		for _, h := range hits {
			// (not a court for the outlet's country: a British paper's
			// "Supreme Court" is as often another country's)
			if hitCountry(h.Entity) == want && !(i == 1 && hitKind(h.Entity) == gazetteer.OrgCourt) {
				return h
			}
		}
	}
	return hits[0]
}

func hitKind(e gazetteer.Entity) string {
	if o, ok := e.(*gazetteer.Organization); ok {
		return o.Kind
	}
	return ""
}

func hitCountry(e gazetteer.Entity) string {
	switch x := e.(type) {
	case *gazetteer.Country:
		return x.ISO2
	case *gazetteer.Organization:
		return x.Country
	case *gazetteer.Outlet:
		return x.Country
	}
	return ""
}

// confirmAmbiguous decides whether an ambiguous listed phrase ("Chad",
// "Turkey", "Labour", "Washington", "Bush") means the listed entry here.
func (d *doc) confirmAmbiguous(s seg, h gazetteer.Hit) bool {
	// "Arsenal boss Arsene Wenger", "Chelsea manager José Mourinho": a body
	// before its member's role and name, even at a sentence's start
	if e := h.Entity.Base(); e.Label == graph.LabelOrganization && s.t1+1 < len(d.toks) && memberRoles[d.lower[s.t1]] &&
		d.res.MentionAt(s.t1+1, graph.LabelPerson) >= 0 {
		return true
	}
	if s.t1-s.t0 == 1 && lex.IsCommonLower(d.lower[s.t0]) && d.sentenceInitial(s.t0, d.t.Sentences[d.sent].First) {
		return false
	}
	switch h.Surface {
	case gazetteer.SurfaceShort:
		return true // resolution checks it against the article's people
	case gazetteer.SurfaceCapital:
		// "Washington said", "Moscow denied": fine; "in Washington" is the city,
		// which news still uses for the government often enough to keep.
		return true
	}
	// A capitalised phrase that is not the first word of the sentence is
	// most likely the name.
	if d.t.Tokens[s.t0].Upper && !d.sentenceInitial(s.t0, d.t.Sentences[d.sent].First) {
		return true
	}
	return !lex.IsCommonLower(d.lower[s.t0])
}

// memberRoles are the roles that a body's name before a person's names:
// "Arsenal boss", "United goalkeeper".
var memberRoles = map[string]bool{
	"boss": true, "manager": true, "coach": true, "chairman": true, "captain": true, "striker": true,
	"goalkeeper": true, "defender": true, "midfielder": true, "forward": true, "owner": true, "spokesman": true,
	"spokeswoman": true, "chief": true, "director": true, "president": true,
}

// addOrg adds an unlisted organisation named by tokens [t0, t1).
func (d *doc) addOrg(t0, t1 int, kind string) int {
	// "Members of Congress", "The Secretary of the Navy" with the first
	// words dropped: the body after the preposition, read on its own
	if t1-t0 >= 2 && !d.t.Tokens[t0].Upper && leadingPreps[d.lower[t0]] {
		k := t0 + 1
		if k < t1 && d.lower[k] == "the" {
			k++
		}
		if k < t1 {
			s := d.t.Sentences[d.t.SentenceOf(d.t.Tokens[k].Start)]
			d.chunk(k, t1, s.First, s.Last)
		}
		return -1
	}
	name := d.nameText(t0, t1)
	label := graph.LabelOrganization
	for k := t0; k < t1; k++ {
		if outletWords[d.toks[k]] {
			label, kind = graph.LabelOutlet, "" // "Kyodo News Service", "Tehran Times"
			break
		}
	}
	return d.add(Mention{T0: t0, T1: t1, Label: label, Name: name, Kind: kind, Form: FormName})
}

// companyFirstWord reports whether token i is the first word of a company
// the article named before ("Sun" for "Sun Microsystems"), with its name and
// kind.
func (d *doc) companyFirstWord(i int) (name, kind string, ok bool) {
	cs := d.companies[d.toks[i]]
	for k := len(cs) - 1; k >= 0; k-- {
		if cs[k].t0 < i {
			return cs[k].name, cs[k].kind, true // the latest before i
		}
	}
	return "", "", false
}

// outletWords in an unlisted organisation's name make it a news outlet.
var outletWords = map[string]bool{
	"News": true, "Press": true, "Newspaper": true, "Broadcasting": true, "Television": true,
	"Radio": true, "TV": true, "Gazette": true, "Tribune": true, "Herald": true, "Journal": true,
	"Newswire": true, "Wire": true, "Media": true,
}

// addPerson adds an unlisted person named by tokens [t0, t1) (or a listed
// one, when the name turns out to be listed).
func (d *doc) addPerson(t0, t1 int, titles []string, ext string) int {
	// a lower-case preposition is no part of a name: "the loss of Reid's
	// clout", "a vote for Hillary"
	stripped := false
	for t1-t0 >= 2 && !d.t.Tokens[t0].Upper && leadingPreps[d.lower[t0]] {
		t0++
		stripped = true
		if t1-t0 >= 3 && d.toks[t0] == "-" {
			t0 += 2 // "editor-at-Large Joel B. Pollak", "speaker-to-be Nancy Pelosi"
		}
	}
	if stripped && !d.nameAfterPrep(t0, t1) {
		return -1 // "on Capitol Hill", "in January": a place or a time after its preposition
	}
	if d.lower[t0] == "the" || d.toks[t0] == "-" || d.toks[t0] == "&" {
		return -1 // "on the Supreme Court", "Ernst & Young": no name
	}
	name := d.nameText(t0, t1)
	m := Mention{T0: t0, T1: t1, Label: graph.LabelPerson, Name: name, Titles: titles, Form: FormName}
	if t1-t0 == 1 {
		m.Form = FormShort
	}
	if ext != "" && ext != name {
		m.Ext = ext
	}
	if g, ok := d.r.gaz.IsGivenName(d.toks[t0]); ok && t1-t0 >= 2 {
		m.Gender = g
	}
	for _, ti := range titles {
		if info, ok := d.r.gaz.Title(ti); ok && knownGender(info.Gender) {
			m.Gender = info.Gender
		}
	}
	return d.add(m)
}

// nameAfterPrep reports whether tokens [t0, t1), found after a
// preposition, still read as a person's name: a listed person ("of
// Sanders", "of Koh") or a given name and more ("for Caroline Keegan").
func (d *doc) nameAfterPrep(t0, t1 int) bool {
	if gm, ok := d.r.gaz.Match(d.toks, t0); ok && len(gm.Hits) > 0 {
		return gm.Hits[0].Entity.Base().Label == graph.LabelPerson
	}
	_, given := d.r.gaz.IsGivenName(d.toks[t0])
	return given && t1-t0 >= 2 || t1-t0 == 1 && d.namedSurname(d.toks[t0])
}

// nameFollower reports whether token i may follow a person's name: the
// end, punctuation, or a verb or function word ("David French wrote",
// "Howard French, a professor"; not "Christian American voters").
func (d *doc) nameFollower(i int) bool {
	if i >= len(d.toks) || d.t.Tokens[i].Kind != segment.Word {
		return true
	}
	if d.t.Tokens[i].Upper {
		return false
	}
	if _, ok := lex.ReportingVerb(d.lower[i]); ok {
		return true
	}
	switch d.lower[i] {
	case "who", "and", "of", "in", "is", "was", "has", "had", "have", "at", "on", "for", "with", "to", "from":
		return true
	}
	return false
}

// thingHeads end names of laws, plans and buildings, never a person's:
// "Logan Act", "Travis Air Force Base", "Russell Office Building".
var thingHeads = map[string]bool{
	"Act": true, "Acts": true, "Amendment": true, "Resolution": true, "Doctrine": true, "Base": true,
	"Building": true, "Memorial": true, "Prize": true, "Award": true, "Awards": true, "Trophy": true, "Cup": true,
}

// leadingPreps are the prepositions a run of name words may begin with
// by mistake.
var leadingPreps = map[string]bool{"of": true, "for": true, "on": true, "at": true, "in": true, "to": true, "by": true, "from": true, "with": true}

// add appends a mention, filling in offsets and the sentence, unless a
// mention of the same label already covers the tokens.
func (d *doc) add(m Mention) int {
	for m.T0 < m.T1 && (d.toks[m.T0] == "[" || d.toks[m.T0] == "]") {
		m.T0++
	}
	for m.T1 > m.T0 && (d.toks[m.T1-1] == "[" || d.toks[m.T1-1] == "]") {
		m.T1--
	}
	if m.T0 >= m.T1 {
		return -1
	}
	for k := len(d.res.Mentions) - 1; k >= 0; k-- {
		o := &d.res.Mentions[k]
		if o.T1 <= m.T0 && o.Sent < d.sent {
			break
		}
		if o.Label == m.Label && o.T0 < m.T1 && m.T0 < o.T1 &&
			!(m.Kind == gazetteer.OrgMilitary && strings.HasSuffix(m.Name, " coalition") && o.T0 >= m.T0 && o.T1 <= m.T1) {
			return -1 // (but "the anti-ISIS coalition" holds the ISIS it fights)
		}
	}
	if m.Label == graph.LabelPerson && m.Entry == nil {
		// "Darrell Issa of California", "Antonio Reina of Spain": the name
		// ends before "of"
		for k := m.T0 + 1; k < m.T1; k++ {
			if w := d.lower[k]; w == "of" || w == "for" || w == "on" || w == "&" {
				m.T1 = k
				break
			}
		}
	}
	if m.Label == graph.LabelPerson {
		m.Name = d.nameText(m.T0, m.T1)
		if m.Entry != nil && m.Form != FormShort {
			m.Name = m.Entry.Base().Name
		} else {
			m.Name = fixShouting(m.Name) // "Donald TRUMP" → "Donald Trump"
		}
	}
	m.Start = d.t.Tokens[m.T0].Start
	m.End = d.t.Tokens[m.T1-1].End
	m.Sent = d.sent
	m.Entity = -1
	if c, ok := m.Entry.(*gazetteer.Country); ok {
		if d.countries == nil {
			d.countries = map[string]int{}
		}
		d.countries[c.ISO2]++
	}
	d.res.Mentions = append(d.res.Mentions, m)
	if m.Label == graph.LabelOrganization && m.Entry == nil {
		if d.orgNames == nil {
			d.orgNames = map[string]string{}
		}
		d.orgNames[m.Name] = m.Kind
	}
	if m.Label == graph.LabelOrganization && m.Kind == gazetteer.OrgCompany && m.T1-m.T0 >= 2 && m.Form == FormName {
		if d.companies == nil {
			d.companies = map[string][]companyName{}
		}
		w := d.toks[m.T0]
		cs := append(d.companies[w], companyName{m.Name, m.Kind, m.T0})
		slices.SortStableFunc(cs, func(a, b companyName) int { return a.t0 - b.t0 })
		d.companies[w] = cs
	}
	return len(d.res.Mentions) - 1
}

func (d *doc) hasBracket(a, b int) bool {
	for p := a; p < b; p++ {
		if d.toks[p] == "[" || d.toks[p] == "]" {
			return true
		}
	}
	return false
}

// nameText is the text of tokens [t0, t1) without an editor's brackets:
// "[Joe] Biden" → "Joe Biden".
func (d *doc) nameText(t0, t1 int) string {
	var b strings.Builder
	prevEnd := -1
	for i := t0; i < t1; i++ {
		w := d.toks[i]
		if w == "[" || w == "]" {
			continue
		}
		tk := d.t.Tokens[i]
		if prevEnd >= 0 && strings.ContainsAny(d.t.Body[prevEnd:tk.Start], " \n\t[]") {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		prevEnd = tk.End
	}
	return b.String()
}

// administrations adds the bodies news names after a person or a country:
// "Trump administration", "the Rubio campaign", "Castro government", "Kim
// regime" (a person's name and a head noun), "Turkey's government", "the
// Turkish government", "government of Ukraine" (a country's government).
func (d *doc) administrations() {
	n := len(d.res.Mentions)
	for k := 0; k < n; k++ {
		m := d.res.Mentions[k]
		switch m.Label {
		case graph.LabelPerson:
			d.personBody(m)
		case graph.LabelCountry:
			d.countryGovernment(m)
			d.coalition(m)
		case graph.LabelOrganization:
			d.coalition(m)
		}
	}
	d.federalGovernment()
	d.cabinet()
	d.theAdministration()
}

// usAdministrations are the United States' administrations by the date
// they began, as news names them.
var usAdministrations = []struct{ from, name string }{
	{"1993-01-20", "Clinton administration"}, {"2001-01-20", "George W. Bush administration"},
	{"2009-01-20", "Obama administration"}, {"2017-01-20", "Trump administration"},
	{"2021-01-20", "Biden administration"}, {"2025-01-20", "Trump administration"},
}

// theAdministration reads "the administration" as a body: the
// administration the article names ("the Trump administration … the
// administration said"), else, in a story about the United States, the
// one in office on the day it was published.
func (d *doc) theAdministration() {
	named := ""
	for _, m := range d.res.Mentions {
		if m.Label == graph.LabelOrganization && strings.HasSuffix(m.Name, " administration") {
			if named != "" && named != m.Name {
				return // two administrations: which one is meant is not known
			}
			named = m.Name
		}
	}
	if named == "" {
		// an American outlet's story, or one about the United States most
		if d.published < "1993" || d.outletHome != "US" && (d.countries["US"] == 0 || d.countries["US"] < maxCount(d.countries)) {
			return
		}
		for _, a := range usAdministrations {
			if d.published >= a.from {
				named = a.name
			}
		}
	}
	for i := 1; i < len(d.toks); i++ {
		if d.lower[i] != "administration" || d.t.Tokens[i].Upper || d.lower[i-1] != "the" || d.res.MentionAt(i) >= 0 {
			continue
		}
		if k := i + 1; k < len(d.toks) && d.t.Tokens[k].Kind == segment.Word && !definiteFollowers[d.lower[k]] {
			continue // "the administration officials": a modifier
		}
		d.sent = d.t.SentenceOf(d.t.Tokens[i].Start)
		d.add(Mention{T0: i, T1: i + 1, Label: graph.LabelOrganization, Name: named, Kind: gazetteer.OrgGovernment, Form: FormName})
	}
}

// maxCount returns the largest count of m, or 0.
func maxCount(m map[string]int) int {
	best := 0
	for _, n := range m {
		best = max(best, n)
	}
	return best
}

// cabinet adds "the Cabinet" (capitalised, no name of its own around it)
// as the cabinet of the article's country: the United Kingdom's when the
// article names it more than the United States, else the United States'.
func (d *doc) cabinet() {
	// the United States unless the article names the United Kingdom more,
	// or, naming neither, its outlet is British ("former Cabinet minister
	// Jack Cunningham" in a BBC story)
	home := "US"
	if d.countries["GB"] > d.countries["US"] || d.countries["GB"]+d.countries["US"] == 0 && d.outletHome == "GB" {
		home = "GB"
	}
	name := map[string]string{"US": "Cabinet of the United States", "GB": "Cabinet of the United Kingdom"}[home]
	for i := 0; i < len(d.toks); i++ {
		if d.toks[i] != "Cabinet" || d.res.MentionAt(i) >= 0 || d.sentenceInitial(i, d.t.Sentences[d.t.SentenceOf(d.t.Tokens[i].Start)].First) ||
			i > 0 && d.lower[i-1] == "shadow" {
			continue // not the opposition's "shadow Cabinet"
		}
		// a name of its own: "Shadow Cabinet", "Cabinet Office", "Cabinet Secretary"
		if i > 0 && d.t.Tokens[i-1].Upper && d.t.Tokens[i-1].Kind == segment.Word || i+1 < len(d.toks) && d.t.Tokens[i+1].Upper && d.t.Tokens[i+1].Kind == segment.Word {
			continue
		}
		if d.foreignSentence(i, home) {
			continue // "Italian Prime Minister Matteo Renzi called an emergency Cabinet meeting in Rome"
		}
		d.sent = d.t.SentenceOf(d.t.Tokens[i].Start)
		d.add(Mention{T0: i, T1: i + 1, Label: graph.LabelOrganization, Name: name, Kind: gazetteer.OrgGovernment, Form: FormName})
	}
}

// foreignSentence reports whether the sentence of token i names a country
// other than home (by name, demonym or capital).
func (d *doc) foreignSentence(i int, home string) bool {
	s := d.t.Sentences[d.t.SentenceOf(d.t.Tokens[i].Start)]
	for _, m := range d.res.Mentions {
		if m.T0 >= s.First && m.T1 <= s.Last && m.Label == graph.LabelCountry {
			if c, ok := m.Entry.(*gazetteer.Country); ok && c.ISO2 != home {
				return true
			}
		}
	}
	return false
}

// federations are the countries whose central government news calls "the
// federal government".
var federations = map[string]bool{
	"US": true, "CA": true, "DE": true, "AU": true, "NG": true, "RU": true, "BR": true, "IN": true, "MX": true,
	"CH": true, "AT": true, "BE": true, "PK": true, "IQ": true, "ET": true, "MY": true, "AR": true, "VE": true,
}

// federalGovernment adds "the federal government" as the government of
// the article's country, when that country is a federation: "Government of United States", as "America's government".
// The head must end the noun phrase: not "the federal government
// shutdown" or "federal government workers".
func (d *doc) federalGovernment() {
	// the United States when the article names it at all (English news
	// uses the phrase mostly for it: "the wall with Mexico" does not make
	// Mexico's), else the country it names most
	home, best := "US", d.countries["US"]
	if best == 0 {
		// the federation it names most; the United States when it names
		// none ("a congressional trip to Afghanistan")
		for iso, n := range d.countries {
			if federations[iso] && (n > best || n == best && iso < home) {
				home, best = iso, n
			}
		}
	}
	c, ok := d.r.gaz.Country(home)
	if !ok {
		return
	}
	for i := 1; i+1 < len(d.lower); i++ {
		if d.lower[i] != "federal" || d.lower[i+1] != "government" || d.lower[i-1] != "the" {
			continue
		}
		if k := i + 2; k < len(d.lower) && d.t.Tokens[k].Kind == segment.Word && !definiteFollowers[d.lower[k]] {
			continue
		}
		if d.res.MentionAt(i) >= 0 || d.res.MentionAt(i+1) >= 0 {
			continue
		}
		d.sent = d.t.SentenceOf(d.t.Tokens[i].Start)
		d.add(Mention{T0: i, T1: i + 2, Label: graph.LabelOrganization, Name: "Government of " + c.Name, Kind: gazetteer.OrgGovernment, Form: FormName})
	}
}

// personBodies are the head nouns of a body named after a person, with
// the kind of organisation they make.
var personBodies = map[string]string{
	"administration": gazetteer.OrgGovernment, "government": gazetteer.OrgGovernment, "regime": gazetteer.OrgGovernment,
	"campaign": "campaign", "office": gazetteer.OrgGovernment,
}

// headAfter returns the token after mention m, past a possessive, when it
// lies in the same sentence, or -1.
func (d *doc) headAfter(m Mention) int {
	j := m.T1
	if j < len(d.toks) && (d.toks[j] == "’s" || d.toks[j] == "'s") {
		j++
	} else if j < len(d.toks) && (d.toks[j] == "'" || d.toks[j] == "’") && strings.HasSuffix(d.toks[j-1], "s") &&
		d.t.Tokens[j].Start == d.t.Tokens[j-1].End {
		j++ // "Stacey Abrams' campaign"
	}
	if j >= len(d.toks) || d.t.SentenceOf(d.t.Tokens[j].Start) != m.Sent {
		return -1
	}
	return j
}

// personBody adds "Trump administration", "Rubio's campaign": the body is
// named by the person's surname and the head noun.
func (d *doc) personBody(m Mention) {
	j := d.headAfter(m)
	if j < 0 {
		return
	}
	head := d.lower[j]
	kind, ok := personBodies[head]
	if !ok {
		return
	}
	// "the campaign trail", "the administration's", "campaign finance":
	// a noun compound, not the body
	if head == "campaign" && j+1 < len(d.toks) && d.t.Tokens[j+1].Kind == segment.Word && !d.t.Tokens[j+1].Upper &&
		(d.lower[j+1] == "trail" || d.lower[j+1] == "finance" || d.lower[j+1] == "promise" || d.lower[j+1] == "promises" || d.lower[j+1] == "rally" || d.lower[j+1] == "rallies" || d.lower[j+1] == "event" || d.lower[j+1] == "stop" || d.lower[j+1] == "speech" || d.lower[j+1] == "ad" || d.lower[j+1] == "ads") {
		return
	}
	short := d.nameText(m.T0, m.T1)
	if p, ok := m.Entry.(*gazetteer.Person); ok && len(p.Short) > 0 {
		short = p.Short[0] // "Kim regime", not "Un regime"
	} else if f := nameWords(short); len(f) > 1 {
		short = f[len(f)-1]
	}
	d.sent = m.Sent
	name := short + " " + head
	if head == "office" {
		// "Erdogan’s office said": the staff speaking for a leader, named
		// after the whole name; not "the office" of a lower-case phrase
		if j == m.T1 || m.Name == "" {
			return // "Trump office": no possessive, no body
		}
		name = "Office of " + m.Name
		if m.Entry != nil {
			name = "Office of " + m.Entry.Base().Name // "Moon’s office": Moon Jae-in's
		}
	}
	am := Mention{T0: m.T0, T1: j + 1, Label: graph.LabelOrganization, Name: name, Kind: kind, Form: FormName}
	// "Putin’s administration" is the Kremlin; "Trump administration" is
	// an organisation of its own
	if head == "administration" {
		if o := d.presidentialAdministration(m.Entry); o != nil {
			am.Entry, am.Name = o, o.Name
		} else if m.Entry != nil {
			// "President George W Bush's administration" is the "George W.
			// Bush administration" that "the administration" of his years
			// is, not a "Bush administration" of its own
			for _, a := range usAdministrations {
				if a.name == m.Entry.Base().Name+" administration" {
					am.Name = a.name
				}
			}
		}
	}
	d.add(am)
}

// countryGovernment adds "Turkey's government", "the Turkish government",
// "the government of Ukraine" as the organisation "Government of <country>".
func (d *doc) countryGovernment(m Mention) {
	c, ok := m.Entry.(*gazetteer.Country)
	if !ok || m.Form == FormCapital {
		return
	}
	t0, t1 := m.T0, -1
	// not "the Turkish government", "the U.S. government": with a demonym or
	// a modifier the phrase mostly stands for the country itself
	if j := d.headAfter(m); j > m.T1 && (d.lower[j] == "government" || d.lower[j] == "regime") {
		t1 = j + 1
	} else if m.Form == FormName {
		// "government of Ukraine", "the government of the United States"
		g := m.T0 - 1
		if g >= 1 && d.lower[g] == "the" {
			g--
		}
		if g >= 1 && d.lower[g] == "of" && (d.lower[g-1] == "government" || d.lower[g-1] == "regime") &&
			d.t.SentenceOf(d.t.Tokens[g-1].Start) == m.Sent {
			t0, t1 = g-1, m.T1
		}
	}
	if t1 < 0 {
		d.countryMinistry(m, c)
		return
	}
	d.sent = m.Sent
	d.add(Mention{T0: t0, T1: t1, Label: graph.LabelOrganization, Name: "Government of " + c.Name, Kind: gazetteer.OrgGovernment, Form: FormName})
}

// ministryRemits are the lower-case words that say what a ministry is for,
// with the words of its formal name.
var ministryRemits = map[string]string{
	"foreign": "Foreign Affairs", "defence": "Defence", "defense": "Defense", "interior": "Internal Affairs",
	"finance": "Finance", "health": "Health", "justice": "Justice", "economy": "Economy", "trade": "Trade",
	"education": "Education", "energy": "Energy", "agriculture": "Agriculture", "culture": "Culture",
	"environment": "Environment", "transport": "Transport", "information": "Information", "intelligence": "Intelligence",
	"oil": "Oil", "emergencies": "Emergency Situations", "labour": "Labour", "labor": "Labor", "economic": "Economy",
}

// coalition adds "the U.S.-led coalition", "the Saudi-led military
// coalition" after a country, and "the anti-ISIS coalition" around an
// organisation: alliances that news names by who leads them or whom they
// fight.
func (d *doc) coalition(m Mention) {
	n := len(d.toks)
	var t0, j int
	var name string
	switch {
	case m.Label == graph.LabelCountry && m.T1+2 < n && d.toks[m.T1] == "-" && (d.lower[m.T1+1] == "led" || d.lower[m.T1+1] == "backed"):
		t0, j = m.T0, m.T1+2
		lead := d.res.Span(m.T0, m.T1)
		if c, ok := m.Entry.(*gazetteer.Country); ok && c.ISO2 == "US" {
			lead = "U.S."
		}
		name = lead + "-" + d.lower[m.T1+1]
	case m.Label == graph.LabelOrganization && m.T0 >= 2 && d.toks[m.T0-1] == "-" && d.lower[m.T0-2] == "anti":
		t0, j = m.T0-2, m.T1
		name = "anti-" + d.res.Span(m.T0, m.T1)
	default:
		return
	}
	if j < n && d.lower[j] == "military" {
		j++
	}
	if j >= n || d.lower[j] != "coalition" || d.t.Tokens[j].Upper || d.t.SentenceOf(d.t.Tokens[j].Start) != m.Sent {
		return
	}
	d.sent = m.Sent
	d.add(Mention{T0: t0, T1: j + 1, Label: graph.LabelOrganization, Name: name + " coalition", Kind: gazetteer.OrgMilitary, Form: FormName})
}

// countryWithArticle writes "the" before a country name that takes it in
// running text: "the United Arab Emirates", "the Netherlands".
func countryWithArticle(name string) string {
	if strings.HasPrefix(name, "United ") || strings.HasSuffix(name, "lands") || strings.HasSuffix(name, "ines") ||
		strings.HasSuffix(name, "mas") || strings.HasPrefix(name, "Republic ") || strings.HasSuffix(name, "Islands") {
		return "the " + name
	}
	return name
}

// countryMinistry adds "the Cuban foreign ministry", "Russia's defence
// ministry", "the United Arab Emirates' foreign ministry" as the listed
// ministry, else as "Ministry of <Remit> of <country>". Capitalised forms
// ("the Russian Foreign Ministry") are names, read with the others.
func (d *doc) countryMinistry(m Mention, c *gazetteer.Country) {
	if m.Form != FormName && m.Form != FormDemonym {
		return
	}
	j := m.T1
	if j < len(d.toks) && (d.toks[j] == "’s" || d.toks[j] == "'s" || d.toks[j] == "’" || d.toks[j] == "'") {
		if m.Form == FormDemonym {
			return
		}
		j++
	}
	if j+1 >= len(d.toks) || d.t.Tokens[j].Upper || d.t.Tokens[j+1].Upper {
		return
	}
	remit, ok := ministryRemits[d.lower[j]]
	end := j + 1
	if ok && d.lower[j] == "foreign" && end < len(d.toks) && d.lower[end] == "affairs" {
		end++
	}
	if !ok || end >= len(d.toks) || d.lower[end] != "ministry" || d.t.SentenceOf(d.t.Tokens[end].Start) != m.Sent {
		return
	}
	name := "Ministry of " + remit + " of " + countryWithArticle(c.Name)
	om := Mention{T0: m.T0, T1: end + 1, Label: graph.LabelOrganization, Name: name, Kind: gazetteer.OrgGovernment, Form: FormName}
	for _, h := range d.r.gaz.Lookup(name) {
		if o, ok := h.Entity.(*gazetteer.Organization); ok {
			om.Entry, om.Name = o, o.Name
			break
		}
	}
	d.sent = m.Sent
	d.add(om)
}

// presidentialAdministrations are the bodies that news calls a head of
// state's administration, by country: the Russian Presidential
// Administration is the Kremlin. Elsewhere "Trump administration" is the
// government of one term, an organisation of its own.
var presidentialAdministrations = map[string]string{"RU": "Kremlin"}

// presidentialAdministration returns the body a listed president's or
// prime minister's administration is, or nil (see presidentialAdministrations).
func (d *doc) presidentialAdministration(e gazetteer.Entity) *gazetteer.Organization {
	p, ok := e.(*gazetteer.Person)
	if !ok {
		return nil
	}
	for _, r := range p.Roles {
		if r.Title != "President" && r.Title != "Prime Minister" {
			continue
		}
		name, ok := presidentialAdministrations[r.Of]
		if !ok {
			continue
		}
		for _, h := range d.r.gaz.Lookup(name) {
			if o, ok := h.Entity.(*gazetteer.Organization); ok {
				return o
			}
		}
	}
	return nil
}

// fixShouting writes the all-capitals words of a name (three letters or
// more, no periods) in title case, as a byline or caption may shout a
// surname: "Donald TRUMP" → "Donald Trump".
func fixShouting(name string) string {
	words := strings.Fields(name)
	changed := false
	for i, w := range words {
		if len(w) >= 3 && isAllCaps(w) && !strings.ContainsAny(w, ".&") {
			r := []rune(strings.ToLower(w))
			r[0] = unicode.ToUpper(r[0])
			words[i] = string(r)
			changed = true
		}
	}
	if !changed {
		return name
	}
	return strings.Join(words, " ")
}

// domainEnd returns the end of a website's domain that begins with the
// name at token p ("DailyWire" "." "com"), or p.
func (d *doc) domainEnd(p int) int {
	if p+2 >= len(d.toks) || d.toks[p+1] != "." {
		return p
	}
	switch d.toks[p+2] {
	case "com", "org", "net":
	default:
		return p
	}
	tk := d.t.Tokens
	if tk[p+1].Start != tk[p].End || tk[p+2].Start != tk[p+1].End {
		return p
	}
	return p + 3
}

// splitCamel splits a name written in one word at its inner capitals:
// "TheBlaze" is "The Blaze", "DailyWire" "Daily Wire"; an acronym stays.
func splitCamel(w string) string {
	var b strings.Builder
	prevLower := false
	for _, r := range w {
		upper := r >= 'A' && r <= 'Z'
		if upper && prevLower {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prevLower = r >= 'a' && r <= 'z'
	}
	return b.String()
}

// introduced reports whether the name [t0, t1) stands where a story
// introduces someone: after "said" ("…, says Radwan Hadi") or before a
// role in apposition (", deputy managing director of …").
func (d *doc) introduced(t0, t1 int) bool {
	return d.invertedSpeaker(t0) || d.appositiveRole(t1, d.t.Sentences[d.sent].Last)
}

// nameShaped reports whether w is written like a name: a capital, then
// at least two lower-case letters ("Radwan"; not "NATO", "U.S.", "Mc").
func nameShaped(w string) bool {
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
