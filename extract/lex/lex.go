// Package lex holds the small closed word lists of English that entity,
// claim and stance extraction share: reporting verbs with their
// inflections, organisation name heads, pronouns, calendar words, and the
// common lower-case words of news English (from word counts over a news
// corpus: a word is common when it is seen lower case at least as often as
// capitalised inside a sentence).
package lex

import (
	_ "embed"
	"strings"
	"unicode/utf8"
)

//go:embed data/common_words.txt
var commonWordsData string

var commonWords = func() map[string]bool {
	m := make(map[string]bool, 24000)
	for _, w := range strings.Split(commonWordsData, "\n") {
		if w = strings.TrimSpace(w); w != "" && w[0] != '#' {
			m[w] = true
		}
	}
	return m
}()

// IsCommonWord reports whether the lower-case form of w is an ordinary word
// of news English ("though", "society", "may"), as opposed to a name.
// Capitalised input is folded: IsCommonWord("Though") is true.
func IsCommonWord(w string) bool {
	if commonWords[w] {
		return true
	}
	return commonWords[strings.ToLower(w)]
}

// IsCommonLower is IsCommonWord for a word already in lower case.
func IsCommonLower(lw string) bool { return commonWords[lw] }

// reportingVerbs maps each inflected form of a verb of saying to its base
// form. Built from reportingLemmas.
var reportingVerbs = map[string]string{}

// reportingLemmas lists verbs that introduce speech or a stated position,
// with their irregular forms where they have them (base, 3sg, past, part,
// gerund; "" for the regular form).
var reportingLemmas = [][]string{
	{"say", "says", "said", "said", "saying"},
	{"tell", "tells", "told", "told", "telling"},
	{"write", "writes", "wrote", "written", "writing"},
	{"add"}, {"claim"}, {"note"}, {"warn"}, {"deny", "denies", "denied", "denied", "denying"},
	{"confirm"}, {"explain"}, {"argue", "argues", "argued", "argued", "arguing"},
	{"insist"}, {"state", "states", "stated", "stated", "stating"}, {"report"},
	{"announce", "announces", "announced", "announced", "announcing"},
	{"declare", "declares", "declared", "declared", "declaring"},
	{"suggest"}, {"assert"}, {"maintain"}, {"acknowledge", "acknowledges", "acknowledged", "acknowledged", "acknowledging"},
	{"admit", "admits", "admitted", "admitted", "admitting"}, {"predict"}, {"stress"},
	{"emphasize", "emphasizes", "emphasized", "emphasized", "emphasizing"},
	{"emphasise", "emphasises", "emphasised", "emphasised", "emphasising"},
	{"point", "points", "pointed", "pointed", "pointing"}, {"reply", "replies", "replied", "replied", "replying"},
	{"respond"}, {"answer"}, {"ask"}, {"recall"}, {"tweet"}, {"post"}, {"echo", "echoes", "echoed", "echoed", "echoing"},
	{"contend"}, {"allege", "alleges", "alleged", "alleged", "alleging"}, {"concede", "concedes", "conceded", "conceded", "conceding"},
	{"complain"}, {"observe", "observes", "observed", "observed", "observing"}, {"mention"},
	{"reveal"}, {"disclose", "discloses", "disclosed", "disclosed", "disclosing"},
	{"urge", "urges", "urged", "urged", "urging"}, {"believe", "believes", "believed", "believed", "believing"},
	{"think", "thinks", "thought", "thought", "thinking"}, {"estimate", "estimates", "estimated", "estimated", "estimating"},
	{"caution"}, {"agree", "agrees", "agreed", "agreed", "agreeing"}, {"accuse"}, {"charge", "charges", "charged", "charged", "charging"},
	{"promise", "promises", "promised", "promised", "promising"}, {"vow"}, {"pledge", "pledges", "pledged", "pledged", "pledging"},
	{"describe", "describes", "described", "described", "describing"}, {"call"}, {"welcome", "welcomes", "welcomed", "welcomed", "welcoming"},
	{"conclude", "concludes", "concluded", "concluded", "concluding"}, {"find", "finds", "found", "found", "finding"},
	{"sum", "sums", "summed", "summed", "summing"}, {"explain"}, {"continue", "continues", "continued", "continued", "continuing"},
	{"quip", "quips", "quipped", "quipped", "quipping"}, {"joke", "jokes", "joked", "joked", "joking"},
	{"boast"}, {"testify", "testifies", "testified", "testified", "testifying"}, {"recount"}, {"reiterate", "reiterates", "reiterated", "reiterated", "reiterating"},
	{"counter"}, {"retort"}, {"shout"}, {"exclaim"}, {"whisper"}, {"remark"}, {"comment"}, {"speculate", "speculates", "speculated", "speculated", "speculating"},
	{"fear"}, {"hope", "hopes", "hoped", "hoped", "hoping"}, {"expect"}, {"worry", "worries", "worried", "worried", "worrying"},
	{"doubt"}, {"question"}, {"propose", "proposes", "proposed", "proposed", "proposing"}, {"demand"}, {"insist"}, {"advocate"},
	{"assure", "assures", "assured", "assured", "assuring"}, {"inform"}, {"brief"}, {"advise", "advises", "advised", "advised", "advising"},
	{"recommend"}, {"acknowledge", "acknowledges", "acknowledged", "acknowledged", "acknowledging"},
	{"dismiss", "dismisses", "dismissed", "dismissed", "dismissing"}, {"reject"}, {"criticize", "criticizes", "criticized", "criticized", "criticizing"},
	{"criticise", "criticises", "criticised", "criticised", "criticising"}, {"praise", "praises", "praised", "praised", "praising"},
	{"blame", "blames", "blamed", "blamed", "blaming"}, {"accept"}, {"signal"}, {"hint"}, {"imply", "implies", "implied", "implied", "implying"},
	{"lament"}, {"bemoan"}, {"muse", "muses", "mused", "mused", "musing"}, {"opine", "opines", "opined", "opined", "opining"},
	{"posit"}, {"reckon"}, {"surmise", "surmises", "surmised", "surmised", "surmising"},
	{"underscore", "underscores", "underscored", "underscored", "underscoring"},
}

func init() {
	for _, f := range reportingLemmas {
		base := f[0]
		forms := f
		if len(f) == 1 {
			forms = regular(base)
		}
		for _, w := range forms {
			reportingVerbs[w] = base
			h, _ := foldHash(w)
			reportingFilter[h/64] |= 1 << (h % 64)
		}
	}
}

// reportingFilter is a one-hash Bloom filter of the reporting verbs' forms
// (foldHash): ReportingVerb runs on every word of an article (claim
// extraction's cue scan), and the filter rejects nearly all of them before
// the map lookup. It replaced a test of the first byte, which let most
// words through ("the", "that" share first bytes with verbs); with about
// 500 forms in 2^14 bits it lets about 3% of other words through.
var reportingFilter [filterBits / 64]uint64

const filterBits = 1 << 14

// foldHash is FNV-1a of the ASCII lower-case form of w, reduced to
// filterBits, and whether w is all ASCII (the only words it folds).
func foldHash(w string) (uint32, bool) {
	h := uint32(2166136261)
	var high byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		high |= c
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint32(c)
		h *= 16777619
	}
	return h & (filterBits - 1), high < utf8.RuneSelf
}

// mayBeReporting reports whether w, or its lower-case form, may be a form
// of a reporting verb. A word with non-ASCII bytes passes: its lower-case
// form may differ from its ASCII folding (the Kelvin sign "K" lowers to
// "k").
func mayBeReporting(w string) bool {
	h, ascii := foldHash(w)
	return !ascii || reportingFilter[h/64]&(1<<(h%64)) != 0
}

func regular(v string) []string {
	third := v + "s"
	past := v + "ed"
	ger := v + "ing"
	switch {
	case strings.HasSuffix(v, "e"):
		past, ger = v+"d", v[:len(v)-1]+"ing"
	case strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "x"):
		third = v + "es"
	}
	return []string{v, third, past, past, ger}
}

// ReportingVerb returns the base form of w when w is an inflected verb of
// saying ("said" → "say", "tweeted" → "tweet"), and whether it is one.
func ReportingVerb(w string) (string, bool) {
	if len(w) < 3 || !mayBeReporting(w) {
		return "", false
	}
	b, ok := reportingVerbs[w]
	if !ok && w != "" && w[0] >= 'A' && w[0] <= 'Z' {
		b, ok = reportingVerbs[strings.ToLower(w)]
	}
	return b, ok
}

// Speech verbs are the reporting verbs that nearly always report speech
// (unlike "find", "show", "hope"), strong enough to attribute a quote.
var speechVerbs = map[string]bool{
	"say": true, "tell": true, "write": true, "add": true, "claim": true, "note": true, "warn": true,
	"deny": true, "confirm": true, "explain": true, "argue": true, "insist": true, "state": true,
	"announce": true, "declare": true, "suggest": true, "assert": true, "maintain": true,
	"acknowledge": true, "admit": true, "predict": true, "stress": true, "emphasize": true,
	"emphasise": true, "reply": true, "respond": true, "answer": true, "ask": true, "recall": true,
	"tweet": true, "post": true, "echo": true, "contend": true, "allege": true, "concede": true,
	"complain": true, "observe": true, "mention": true, "reveal": true, "disclose": true, "urge": true,
	"caution": true, "quip": true, "joke": true, "boast": true, "testify": true, "recount": true,
	"reiterate": true, "counter": true, "retort": true, "shout": true, "exclaim": true, "whisper": true,
	"remark": true, "comment": true, "speculate": true, "sum": true, "continue": true, "assure": true,
	"report": true, "describe": true, "point": true, "lament": true, "bemoan": true, "muse": true, "opine": true,
	"surmise": true,
}

// IsSpeechVerb reports whether the base form v always reports speech.
func IsSpeechVerb(v string) bool { return speechVerbs[v] }

// namingVerbs name or label something in the speaker's words: "called it
// a hoax", "branded him a traitor".
var namingVerbs = map[string]bool{
	"call": true, "calls": true, "called": true, "calling": true, "dub": true, "dubs": true, "dubbed": true,
	"dubbing": true, "label": true, "labels": true, "labeled": true, "labelled": true, "labeling": true,
	"labelling": true, "brand": true, "brands": true, "branded": true, "branding": true,
}

// IsNamingVerb reports whether the lower-case word w names or labels
// something: "called", "dubbed", "branded", "labelled".
func IsNamingVerb(w string) bool { return namingVerbs[w] }

// NamingVerbs returns the naming verbs' forms, for callers that index them.
func NamingVerbs() []string {
	out := make([]string, 0, len(namingVerbs))
	for w := range namingVerbs {
		out = append(out, w)
	}
	return out
}

// orgHeads are the words that end an organisation's name: "Party",
// "Ministry", "Council", "Inc".
var orgHeads = map[string]string{
	"Party": "party", "Ministry": "government", "Department": "government", "Council": "government",
	"Committee": "government", "Commission": "government", "Agency": "government", "Office": "government",
	"Bureau": "government", "Service": "government", "Administration": "government", "Authority": "government",
	"Parliament": "legislature", "Assembly": "legislature", "Senate": "legislature", "Congress": "legislature",
	"Legislature": "legislature", "Court": "court", "Tribunal": "court", "Police": "government", "Army": "military", "Navy": "military",
	"Forces": "military", "Guard": "military", "Brigade": "military", "Command": "military",
	"Inc": "company", "Inc.": "company", "Corp": "company", "Corp.": "company", "Corporation": "company",
	"Ltd": "company", "Ltd.": "company", "LLC": "company", "PLC": "company", "plc": "company", "Co.": "company",
	"Company": "company", "Group": "company", "Holdings": "company", "Bank": "company", "Airlines": "company",
	"Airways": "company", "Motors": "company", "Industries": "company", "Technologies": "company",
	"Systems": "company", "Pharmaceuticals": "company", "Energy": "company", "Oil": "company",
	"Microsystems": "company", "Foods": "company", "Stores": "company", "Communications": "company",
	"Entertainment": "company", "Pictures": "company", "Studios": "company", "Records": "company", "Labs": "company",
	"Software": "company", "Electronics": "company", "Telecom": "company", "Semiconductor": "company",
	"Insurance": "company", "Brands": "company", "Enterprises": "company", "Partners": "company",
	"Securities": "company", "Investments": "company", "Advisors": "company", "Advisers": "company",
	"Associates": "company", "Consulting": "company", "Research": "company", "Markets": "company",
	"Forum":      "think_tank",
	"University": "university", "College": "university", "Institute": "think_tank", "Center": "think_tank",
	"Centre": "think_tank", "Foundation": "ngo", "Association": "ngo", "Society": "ngo", "Fund": "ngo",
	"Union": "other", "Federation": "other", "League": "other", "Alliance": "other", "Coalition": "other",
	"Organization": "other", "Organisation": "other", "Movement": "other", "Front": "other",
	"Church": "religious", "Club": "sports", "United": "sports", "Trust": "ngo", "Board": "government",
	"Secretariat": "government", "Cabinet": "government", "Directorate": "government", "Inspectorate": "government",
	"Academy": "university", "School": "university", "Hospital": "other", "Network": "other",
	"Mission": "government", "Embassy": "government", "Consulate": "government", "Delegation": "government",
	"Headquarters": "government", "Brigades": "militant", "Militia": "militant", "Regiment": "military",
	"Division": "military", "Corps": "military", "Fleet": "military", "Squadron": "military",
	"Watch": "ngo", "International": "ngo", "Initiative": "ngo", "Project": "ngo", "Caucus": "legislature",
	"Exchange": "company", "Laboratory": "other", "Laboratories": "company", "Institution": "think_tank",
}

// OrgHead reports whether w ends organisation names, and the organisation
// kind it suggests.
func OrgHead(w string) (string, bool) {
	k, ok := orgHeads[w]
	return k, ok
}

// occupations are nouns for people by the work they do at a place of work
// ("an analyst at", "a partner at"), besides the listed titles.
var occupations = map[string]bool{
	"expert": true, "analyst": true, "economist": true, "official": true, "executive": true, "strategist": true,
	"researcher": true, "professor": true, "lawyer": true, "attorney": true, "partner": true, "director": true,
	"manager": true, "officer": true, "fellow": true, "scholar": true, "scientist": true, "engineer": true,
	"consultant": true, "editor": true, "reporter": true, "correspondent": true, "employee": true,
	"worker": true, "staffer": true, "trader": true, "banker": true, "lecturer": true, "teacher": true,
	"physician": true, "surgeon": true, "internist": true, "nurse": true, "historian": true, "pollster": true,
	"lobbyist": true, "accountant": true, "architect": true, "programmer": true, "founder": true,
	"co-founder": true, "principal": true, "specialist": true, "associate": true, "investigator": true,
	"student": true, "doctor": true, "coach": true,
}

// IsOccupation reports whether a lower-case noun names someone by the work
// they do at a place of work: "an analyst at", "a teacher at".
func IsOccupation(w string) bool { return occupations[w] }

// orgNouns are lower-case nouns that introduce the name of an organisation
// right after them: "the website Quora", "tech company Palantir", "net
// provider Pipex".
var orgNouns = map[string]string{
	"company": "company", "firm": "company", "website": "company", "site": "company", "app": "company",
	"platform": "company", "startup": "company", "start-up": "company", "corporation": "company",
	"conglomerate": "company", "giant": "company", "maker": "company", "manufacturer": "company",
	"retailer": "company", "carrier": "company", "airline": "company", "bank": "company", "insurer": "company",
	"lender": "company", "brand": "company", "chain": "company", "network": "company", "group": "other",
	"organization": "other", "organisation": "other", "charity": "ngo", "nonprofit": "ngo", "non-profit": "ngo",
	"ngo": "ngo", "think-tank": "think_tank", "tank": "think_tank", "party": "party", "agency": "government",
	"ministry": "government", "union": "other", "militia": "militant", "faction": "militant",
	"provider": "company", "supplier": "company", "consultancy": "company", "distributor": "company",
	"utility": "company", "miner": "company", "studio": "company", "automaker": "company", "carmaker": "company",
	"chipmaker": "company", "drugmaker": "company", "planemaker": "company", "steelmaker": "company",
	"toymaker": "company", "truckmaker": "company",
}

// OrgNoun reports whether a lower-case word introduces an organisation's
// name ("website Quora"), and the organisation kind it suggests.
func OrgNoun(w string) (string, bool) {
	k, ok := orgNouns[w]
	return k, ok
}

// orgStarts begin organisation names of the form "Ministry of X".
var orgStarts = map[string]string{
	"Ministry": "government", "Department": "government", "University": "university",
	"Bank": "company", "Council": "government", "Committee": "government", "Office": "government",
	"Institute": "think_tank", "Court": "court", "Church": "religious", "House": "legislature",
	"Chamber": "legislature", "Board": "government", "Federation": "other", "Union": "other",
	"Organization": "other", "Organisation": "other", "League": "other", "Bureau": "government",
	"Commission": "government", "Party": "party", "Academy": "university", "College": "university",
	"Center": "think_tank", "Centre": "think_tank", "Foundation": "ngo", "Alliance": "other", "Coalition": "other",
	"Society": "ngo", "Association": "ngo", "Agency": "government", "Fund": "ngo",
}

// OrgStart reports whether w begins organisation names followed by "of",
// "for" or "on" ("Ministry of Defence", "Center for Arizona Policy").
func OrgStart(w string) (string, bool) {
	k, ok := orgStarts[w]
	return k, ok
}

var pronouns = map[string]string{
	"he": "m", "him": "m", "his": "m", "himself": "m",
	"she": "f", "her": "f", "hers": "f", "herself": "f",
	"they": "p", "them": "p", "their": "p", "theirs": "p", "themselves": "p",
	"it": "n", "its": "n", "itself": "n",
	"i": "1", "me": "1", "my": "1", "we": "1p", "us": "1p", "our": "1p", "you": "2", "your": "2",
}

// Pronoun reports the kind of a personal pronoun: "m", "f", "p" (plural),
// "n" (neuter), "1", "1p", "2".
func Pronoun(w string) (string, bool) {
	k, ok := pronouns[strings.ToLower(w)]
	return k, ok
}

var calendar = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true,
	"April": true, "May": true, "June": true, "July": true, "August": true, "September": true,
	"October": true, "November": true, "December": true, "Jan.": true, "Feb.": true, "Aug.": true,
	"Sept.": true, "Sep.": true, "Oct.": true, "Nov.": true, "Dec.": true, "Christmas": true,
	"Easter": true, "Ramadan": true, "Thanksgiving": true, "Hanukkah": true, "Eid": true,
}

// IsCalendar reports whether w names a weekday, a month or a holiday.
func IsCalendar(w string) bool { return calendar[w] }

var weekdays = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true,
}

// IsWeekday reports whether w names a day of the week.
func IsWeekday(w string) bool { return weekdays[w] }

// Months maps month names and abbreviations to their number.
var Months = map[string]int{
	"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
	"August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
	"Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8, "Sept.": 9,
	"Sep.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12,
}
