package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// appositions reads "X, the Kremlin spokesman," and "the director of the
// Carnegie Moscow Center, X".
func (x *extractor) appositions() {
	res := x.res
	t := res.Text
	for mi := range res.Mentions {
		m := &res.Mentions[mi]
		if m.Label != graph.LabelPerson || m.Entity < 0 {
			continue
		}
		s := t.Sentences[m.Sent]
		// after: "X, the Kremlin spokesman,"; "X is editor emeritus of Y."
		if m.T1+2 < s.Last && res.Tokens[m.T1] == "," && res.Lower[m.T1+1] == "who" {
			// "Panetta, who was director of the CIA,"
			if k := x.relativeCopula(m.T1+2, s.Last); k > 0 {
				x.apposition(m.Entity, k, s.Last, m.Start, true)
			} else {
				x.leadVerb(m.Entity, m.T1+2, s.Last, m.Start)
			}
		} else if m.T1+2 < s.Last && res.Tokens[m.T1] == "," {
			x.apposition(m.Entity, m.T1+1, s.Last, m.Start, false)
		} else if m.T1+2 < s.Last && (res.Lower[m.T1] == "is" || res.Lower[m.T1] == "was") {
			x.apposition(m.Entity, m.T1+1, s.Last, m.Start, true)
		}
		// "Nicolas Sarkozy of France", "Junya Tanase of JPMorgan Chase"
		x.personOf(mi)
		// before: "the director of the Carnegie Moscow Center, X" (not a
		// name that qualifies a role of its own: "the chairman of Gazprom,
		// Putin adviser Suleiman Kerimov and …")
		_, nextRole := roleWords[res.Lower[min(m.T1, s.Last-1)]]
		if m.T0-2 >= s.First && res.Tokens[m.T0-1] == "," && !(m.T1 < s.Last && nextRole) {
			k := m.T0 - 2
			for k > s.First && m.T0-k < 12 && res.Tokens[k] != "," && t.Tokens[k].Kind != segment.Quote {
				k--
			}
			if res.Tokens[k] == "," {
				k++
			}
			// the role phrase starts at its determiner: "…, said the director of …, X"
			for k < m.T0-1 && !isDet(res.Lower[k]) {
				k++
			}
			x.apposition(m.Entity, k, m.T0-1, -1, false)
		}
	}
}

// apposition reads a role phrase in tokens [a, limit) describing person pe:
// a determiner, a role word, and an organisation, outlet, country or
// person before or after it ("the Kremlin spokesman", "a professor … at
// American University", "an adviser … to President Bush"). personStart
// is the byte offset of the person's name when the phrase follows it, -1
// when it comes before; after a copula ("X is editor emeritus of Y") the
// determiner may be missing.
func (x *extractor) apposition(pe, a, limit, personStart int, copula bool) {
	res := x.res
	t := res.Text
	toks := res.Tokens
	if a >= limit {
		return
	}
	a0 := a
	if copula && res.Lower[a] == "not" {
		return // "X is not the first Japanese prime minister to …"
	}
	// "Tim Cook, Apple's chief executive,", "Giuliani, Trump's lawyer,"
	owner := -1
	if om := res.MentionAt(a, graph.LabelOrganization, graph.LabelOutlet, graph.LabelCountry, graph.LabelPerson); om >= 0 && personStart >= 0 {
		if o := &res.Mentions[om]; o.T0 == a && o.T1 < limit && o.Entity >= 0 && o.Entity != pe && isPossessive(toks[o.T1]) {
			owner = o.Entity
		}
	}
	switch strings.ToLower(toks[a]) {
	case "the", "a", "an", "another", "its", "his", "her", "their", "former", "longtime", "then":
		a++
	default:
		if personStart >= 0 && !copula && owner < 0 && !x.bareRole(a, limit) && !x.bodyRole(a, limit) && !stateMember(res, a, limit) && !bareMember(res, a, limit) {
			return // "X, who…", "X, Y and Z": not a role
		}
	}
	end := a
	for end < limit && end-a < 20 && toks[end] != "," && t.Tokens[end].Kind != segment.Quote && toks[end] != "." && toks[end] != ";" {
		end++
	}
	if personStart >= 0 && end < limit && toks[end] != "," && toks[end] != "." && toks[end] != ";" {
		return
	}
	// a phrase naming another person is that person's role: "a joint news
	// appearance with Russian president Vladimir Putin, Trump …"
	for k := a; k < limit && personStart < 0; k++ {
		if mi := res.MentionAt(k, graph.LabelPerson); mi >= 0 && res.Mentions[mi].Entity != pe {
			return
		}
	}
	// the role word
	role, rStart, rEnd := "", -1, -1
	for k := a; k < end; k++ {
		if isPrep(toks[k]) || toks[k] == "and" || toks[k] == "between" || toks[k] == "who" || toks[k] == "which" || toks[k] == "that" {
			// the role's own phrase begins: "an adviser … to President
			// Bush"; before any role word, the phrase is headed by
			// something else: "the first meeting between a U.S. president …"
			break
		}
		if tm, ok := x.gaz.MatchTitle(toks, k); ok && tm.End <= end && !tm.Honorific {
			// the last role word of a compound ("foreign affairs spokesman")
			role, rStart, rEnd = tm.Normalised, k, tm.End
			k = tm.End - 1 // "high representative", not "representative"
		} else if w, ok := roleWords[res.Lower[k]]; ok {
			role, rStart, rEnd = w, k, k+1
		}
	}
	if role == "" {
		if personStart >= 0 && a > a0 && x.occupationAt(pe, a, end, personStart, copula) {
			return
		}
		if personStart >= 0 {
			x.partyMember(pe, a, end, personStart)
		} else if !strings.HasSuffix(res.Lower[end-1], "s") || !strings.HasSuffix(res.Lower[a], "s") {
			// "The top Democrat on the House Intelligence Committee, Adam
			// Schiff," (not "the Republicans, Sanders": the party's people)
			x.partyMember(pe, a, end, t.Tokens[a0].Start)
		}
		return
	}
	// a title right before another name is that person's: "Comey, former
	// CIA Director John Brennan"
	if mi := res.MentionAt(rEnd, graph.LabelPerson); personStart >= 0 && mi >= 0 && res.Mentions[mi].T0 == rEnd {
		return
	}
	start := t.Tokens[a0].Start
	if personStart >= 0 {
		start = personStart
	}
	evEnd := t.Tokens[end-1].End
	if personStart < 0 {
		evEnd = t.Tokens[limit].End
		for k := limit; k < len(toks) && k < limit+6; k++ {
			if mi := res.MentionAt(k, graph.LabelPerson); mi >= 0 {
				evEnd = res.Mentions[mi].End
				break
			}
		}
	}
	evidence := t.Body[start:evEnd]
	// an entity in the phrase: after the role ("of/at/to X") or before it
	obj := -1
	// the role's own phrase: "of/at/for/to/with/in (the) X" right after it
	k0 := rEnd
	for k0 < end && k0 < rEnd+4 && !isPrep(toks[k0]) {
		if w := res.Lower[k0]; w == "who" || w == "which" || w == "that" {
			// "the RNC chairman who has signed on to serve as …": the
			// clause is no phrase of the role; it may hold a role of its
			// own ("a former US diplomat who was deputy director of …")
			if w == "who" && personStart >= 0 && k0+1 < limit {
				if k := x.relativeCopula(k0+1, limit); k > 0 {
					x.apposition(pe, k, limit, personStart, true)
				} else {
					x.leadVerb(pe, k0+1, limit, personStart)
				}
			}
			k0 = end
			break
		}
		if toks[k0] == "and" {
			// "a professor and former head of X": X is the second role's
			// with its own phrase ("Iran's foreign minister and chief
			// negotiator" keeps the first)
			role2, rEnd2 := "", -1
			for k := k0 + 1; k < end && k < k0+5 && !isPrep(toks[k]); k++ {
				if tm, ok := x.gaz.MatchTitle(toks, k); ok && tm.End <= end && !tm.Honorific {
					role2, rEnd2, k = tm.Normalised, tm.End, tm.End-1
				} else if w, ok := roleWords[res.Lower[k]]; ok {
					role2, rEnd2 = w, k+1
				}
			}
			if rEnd2 > 0 && rEnd2 < end && isPrep(toks[rEnd2]) {
				if personStart >= 0 {
					// after the name, each role is read: "the former UK
					// prime minister and a U.N. special envoy for …"
					x.apposition(pe, k0+1, limit, personStart, true)
					k0 = end
					break
				}
				role, rEnd, k0 = role2, rEnd2, rEnd2-1
			}
		}
		k0++
	}
	possessed := false // "director of the Conference Board's research centre"
	reach := k0 + 3
	field := false // "the head of the security studies department at X"
	fieldObj := false
	crossed := false   // a preposition after the field: "director of research at X"
	countryField := -1 // "the minister of Russian foreign affairs": the country, when no body follows
	for k := k0; k < end && k <= reach && obj < 0; k++ {
		mi := res.MentionAt(k)
		if mi >= 0 && res.Mentions[mi].Label == graph.LabelSource {
			// "a member of the European Parliament" read as a source: the
			// body inside it
			mi = res.MentionAt(k, graph.LabelOrganization, graph.LabelOutlet, graph.LabelCountry, graph.LabelPerson)
		}
		if mi < 0 && k > k0 && reach < k0+8 && toks[k0] != "to" && fieldWord(t, toks, k) {
			// "professor of quantum mechanical engineering at MIT", "an
			// analyst with research firm The Yankee Group": the field or
			// kind of the body comes before it
			reach++
			field = true
			continue
		}
		if mi < 0 && field && (toks[k] == "at" || toks[k] == "with" || toks[k] == "for") {
			crossed = true
		} else if mi < 0 && field && !fieldWord(t, toks, k) && !isDet(toks[k]) {
			break // "a lawyer for the family of X", "the envoy in the fight against X"
		}
		if mi >= 0 {
			if l := res.Mentions[mi].Label; l != graph.LabelEvent && l != graph.LabelSource && res.Mentions[mi].Entity >= 0 && res.Mentions[mi].Entity != pe {
				n := res.Mentions[mi].T1
				if l == graph.LabelCountry && k > k0 && toks[k0] == "of" && n < end && fieldWord(t, toks, n) {
					// "a professor of U.S. foreign policy at American
					// University", "a fellow for China studies at X": the
					// country qualifies the field
					k, reach, field = n-1, max(reach, n+3), true
					if countryField < 0 {
						countryField = res.Mentions[mi].Entity
					}
					continue
				}
				switch {
				case n < end && toks[n] == "-":
					// "the Washington-based council": a place, not the employer
					k, reach = n+1, n+4
					continue
				case n < end && isPossessive(toks[n]):
					possessed = true
					// "leader of Tunisia's Democratic Progressive Party": the
					// body named after the possessive
					if om := res.MentionAt(n+1, graph.LabelOrganization, graph.LabelOutlet); om >= 0 && res.Mentions[om].T0 == n+1 && res.Mentions[om].Entity >= 0 && res.Mentions[mi].Label != graph.LabelPerson {
						mi, possessed = om, false
					}
				case n < end && bodyParts[res.Lower[n]]:
					// "president of FEMA union": the role is in a body
					// the name only qualifies
					return
				}
				obj = res.Mentions[mi].Entity
				fieldObj = crossed
				// "the spokesman for former House Speaker Dennis Hastert":
				// the body is in the title of the person the role is for
				if tm, ok := x.gaz.MatchTitle(toks, n); ok && tm.End < end {
					if pm := res.MentionAt(tm.End, graph.LabelPerson); pm >= 0 && res.Mentions[pm].T0 == tm.End && res.Mentions[pm].Entity >= 0 {
						obj = res.Mentions[pm].Entity
					}
				}
			}
		}
	}
	if obj < 0 && countryField >= 0 {
		obj = countryField
	}
	if fieldObj {
		possessed = true // the head of a field or unit works for the body
	}
	// "Trump's ambassador to the United Nations": where the role is
	// held, not whom for
	if obj >= 0 && k0 < end && toks[k0] == "to" && (strings.Contains(strings.ToLower(role), "ambassador") || strings.Contains(strings.ToLower(role), "envoy")) {
		obj = -1
	}
	// "the former top U.S. commander in Afghanistan": where the role is
	// held, not whom for
	if obj >= 0 && k0 < end && toks[k0] == "in" && res.Entities[obj].Label == graph.LabelCountry {
		obj = -1
	}
	if obj < 0 {
		for k := a; k < rEnd; k++ {
			if mi := res.MentionAt(k); mi >= 0 {
				if l := res.Mentions[mi].Label; l == graph.LabelOrganization || l == graph.LabelOutlet || l == graph.LabelCountry {
					obj = res.Mentions[mi].Entity
				}
			}
		}
	}
	if obj < 0 && owner >= 0 && res.Entities[owner].Label == graph.LabelPerson {
		obj = owner
	}
	if obj < 0 && a < rEnd {
		// "the group’s executive director", "the committee chairman": the
		// body the story named before
		obj = x.bodyBefore(a)
	}
	if obj < 0 {
		// "the national security adviser, John Bolton": a role the lists know
		if of := x.knownRoleOf(pe, role); of >= 0 {
			x.add(pe, of, predicate(role, res.Entities[of]), evidence)
		}
		return
	}
	pred := predicate(role, res.Entities[obj])
	if possessed && pred == graph.RelLeaderOf {
		pred = graph.RelWorksFor // the head of a part of it works for it
	}
	if pred == graph.RelLeaderOf && rStart >= a && subordinate(res.Lower, a, rStart, role) {
		pred = underling(res.Entities[obj]) // "the deputy head of Russia's Central Bank"
	}
	// "the chair of the Federation Council’s committee": a member of the body
	if om := x.mentionOf(obj, a, end); om >= 0 && res.Mentions[om].T1 < end {
		if nx := toks[res.Mentions[om].T1]; (nx == "’s" || nx == "'s") && (res.Entities[obj].Kind == gazetteer.OrgLegislature || res.Entities[obj].Kind == gazetteer.OrgParty) {
			pred = graph.RelMemberOf
		}
	}
	x.add(pe, obj, pred, evidence)
}

// occupationAt reads a role phrase of no listed role word after person
// pe's name and its determiner: lower-case nouns, then "at", "with" or
// "for" and the organisation or outlet that ends the phrase ("Douglas
// Irwin, a trade historian at Dartmouth College,", "Gary Davis, chief
// consumer security evangelist for McAfee,"): the person works for it.
func (x *extractor) occupationAt(pe, a, end, personStart int, copula bool) bool {
	res := x.res
	toks := res.Tokens
	k := a
	for k < end && k-a < 6 && res.Text.Tokens[k].Kind == segment.Word && !res.Text.Tokens[k].Upper && !isPrep(toks[k]) {
		w := res.Lower[k]
		if w == "who" || w == "which" || w == "that" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
			return false
		}
		k++
	}
	if k == a || k+1 >= end || (toks[k] != "at" && toks[k] != "with" && toks[k] != "for") {
		return false
	}
	head := res.Lower[k-1]
	if students[head] {
		return false // "a medical student at the University of Copenhagen"
	}
	// after "is" only an agent noun: "X is a staff writer for National
	// Review", not "X is a significant blow for the administration"
	if copula && !agentNoun(head) {
		return false
	}
	o := k + 1
	if isDet(res.Lower[o]) {
		o++
	}
	mi := res.MentionAt(o, graph.LabelOrganization, graph.LabelOutlet)
	if mi < 0 {
		return false
	}
	m := &res.Mentions[mi]
	if m.T0 != o || m.T1 != end || m.Entity < 0 || m.Entity == pe || res.Entities[m.Entity].Kind == gazetteer.OrgParty {
		return false
	}
	x.add(pe, m.Entity, graph.RelWorksFor, res.Text.Body[personStart:res.Text.Tokens[end-1].End])
	return true
}

// students study at a body, they do not work for it.
var students = map[string]bool{
	"student": true, "students": true, "junior": true, "senior": true, "sophomore": true, "freshman": true,
	"graduate": true, "undergraduate": true, "alumnus": true, "alumna": true, "fan": true, "customer": true,
	"member": true, "patient": true, "visitor": true, "guest": true,
}

// agentNoun reports whether lower-case w has the ending of a noun for a
// person by what they do: writer, scientist, professor, historian.
func agentNoun(w string) bool {
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "ee", "ate"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// bodyParts are nouns for a body within or tied to the organisation
// named before them: "FEMA union", "the party's youth wing".
var bodyParts = map[string]bool{
	"union": true, "office": true, "bureau": true, "unit": true, "division": true, "branch": true,
	"team": true, "program": true, "programme": true, "chapter": true, "panel": true, "wing": true,
	"subcommittee": true, "caucus": true, "affiliate": true, "subsidiary": true, "council": true,
}

// bareRole reports whether tokens from a start with a lower-case role
// word and its own phrase, with no determiner: "Jen Psaki, spokeswoman for
// the White House", "Margaret Huang, executive director of Amnesty
// International". A capitalised word after the comma more often starts
// the next item of a list.
func (x *extractor) bareRole(a, limit int) bool {
	res := x.res
	k := a
	for k < limit && k-a < 2 && !res.Text.Tokens[k].Upper && leadModifier[res.Lower[k]] {
		k++
	}
	if k >= limit || res.Text.Tokens[k].Kind != segment.Word || res.Text.Tokens[k].Upper && !allCaps(res.Tokens[k]) {
		return false // an all-capitals title may lead: "Sundar Pichai, CEO of Google"
	}
	end := -1
	if tm, ok := x.gaz.MatchTitle(res.Tokens, k); ok && !tm.Honorific {
		end = tm.End
	} else if _, ok := roleWords[res.Lower[k]]; ok {
		end = k + 1
	}
	if end < 0 || end >= limit {
		return false
	}
	switch res.Lower[end] {
	case "of", "for", "at", "to", "with":
		return true
	}
	return false
}

// mentionOf returns the first mention of entity ei within tokens [a, end).
func (x *extractor) mentionOf(ei, a, end int) int {
	for _, mk := range x.res.MentionsIn(a, end) {
		if x.res.Mentions[mk].Entity == ei {
			return mk
		}
	}
	return -1
}

// personOf reads "Nicolas Sarkozy of France" and "Junya Tanase of
// JPMorgan Chase": a person tied to the organisation, outlet or country
// written right after "of".
func (x *extractor) personOf(pm int) {
	res := x.res
	m := &res.Mentions[pm]
	k := m.T1
	if k+1 >= len(res.Tokens) || res.Lower[k] != "of" {
		return
	}
	k++
	the := res.Lower[k] == "the"
	if the {
		k++
	}
	om := res.MentionAt(k, graph.LabelOrganization, graph.LabelOutlet, graph.LabelCountry)
	if om < 0 || res.Mentions[om].T0 != k && !(the && res.Mentions[om].T0 == k-1) || res.Mentions[om].Entity < 0 || res.Mentions[om].Sent != m.Sent {
		return // ("of the Hollywood Reporter": the outlet's name holds its "the")
	}
	o := res.Entities[res.Mentions[om].Entity]
	if n := res.Mentions[om].T1; n < len(res.Tokens) && isPossessive(res.Tokens[n]) {
		return // "X of the Kremlin's …"
	}
	var pred graph.RelType
	switch {
	case o.Label == graph.LabelCountry:
		pred = graph.RelAffiliatedWith
	case o.Kind == gazetteer.OrgParty || o.Kind == gazetteer.OrgLegislature:
		pred = graph.RelMemberOf
	default:
		pred = graph.RelWorksFor
	}
	x.add(m.Entity, res.Mentions[om].Entity, pred, res.Span(m.T0, res.Mentions[om].T1))
}

// fieldWord reports whether token k is a plain lower-case word (no
// preposition or determiner) that may name a field or kind of body
// inside a role's own phrase: "quantum mechanical engineering".
func fieldWord(t *segment.Text, toks []string, k int) bool {
	w := toks[k]
	return !t.Tokens[k].Upper && t.Tokens[k].Kind == segment.Word && !isPrep(w) && !isDet(w) && chainModifier(w)
}

// relativeCopula returns the token after the copula of a relative clause
// starting at k ("is", "was", "has been", "served as", "is now"), or 0.
func (x *extractor) relativeCopula(k, limit int) int {
	lw := x.res.Lower
	if k+1 < limit && (lw[k] == "now" || lw[k] == "later" || lw[k] == "previously" || lw[k] == "once") {
		k++
	}
	switch {
	case k+1 >= limit:
		return 0
	case lw[k] == "is" || lw[k] == "was":
		k++
	case (lw[k] == "has" || lw[k] == "had") && lw[k+1] == "been",
		(lw[k] == "served" || lw[k] == "serves" || lw[k] == "worked" || lw[k] == "works") && lw[k+1] == "as":
		k += 2
	default:
		return 0
	}
	if k < limit && (lw[k] == "now" || lw[k] == "also" || lw[k] == "currently") {
		k++
	}
	if k+1 >= limit {
		return 0
	}
	return k
}

// allCaps reports whether w is a short all-capitals word: "CEO", "CFO".
func allCaps(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// leadVerbs are the verbs of a relative clause that make its subject the
// head of the body they take: "X, who heads Amazon,", "who led the CIA".
var leadVerbs = map[string]bool{
	"heads": true, "headed": true, "leads": true, "led": true, "chairs": true, "chaired": true,
	"runs": true, "ran": true, "founded": true, "directs": true, "directed": true,
}

// leadVerb reads "X, who heads Amazon," and "X, who led the CIA under
// Obama,": a person leading the organisation or outlet named whole right
// after the verb.
func (x *extractor) leadVerb(pe, k, limit, personStart int) {
	res := x.res
	pred := graph.RelLeaderOf
	if k+2 < limit && memberVerbs[res.Lower[k]] && res.Lower[k+1] == "on" {
		pred = graph.RelMemberOf // "who sits on the Senate Foreign Relations Committee"
		k++
	} else if k+1 >= limit || !leadVerbs[res.Lower[k]] {
		return
	}
	k++
	if res.Lower[k] == "the" {
		k++
	}
	om := res.MentionAt(k, graph.LabelOrganization, graph.LabelOutlet)
	if om < 0 || res.Mentions[om].T0 != k || res.Mentions[om].Entity < 0 {
		return
	}
	o := &res.Mentions[om]
	if o.T1 < limit {
		switch res.Lower[o.T1] {
		case ",", ".", ";", "(", "since", "from", "until", "under", "in", "for", "and":
		default:
			return // "who runs the Kremlin's website", "who leads the IMF delegation"
		}
	}
	x.add(pe, o.Entity, pred, res.Text.Body[personStart:o.End])
}

// memberVerbs take "on" and a body the subject is a member of: "sits on
// the committee", "served on the board".
var memberVerbs = map[string]bool{"sits": true, "sat": true, "serves": true, "served": true}

// stateMember reports whether the apposition at a is a state and a
// party's member noun closed by a comma: "Joe Donnelly, Indiana Democrat,".
func stateMember(res *ner.Result, a, limit int) bool {
	_, n := res.StateAt(a, limit)
	if n == 0 {
		return false
	}
	pm := res.MentionAt(a+n, graph.LabelOrganization)
	if pm < 0 {
		return false
	}
	m := &res.Mentions[pm]
	return m.T0 == a+n && m.Form == ner.FormMember && m.T1 < limit && res.Tokens[m.T1] == ","
}

// bareMember reports whether tokens from a are a party's member noun with
// no article, after at most two lead words: "Adam Schiff, ranking Democrat
// on the House intelligence committee,", "X, top Republican on …".
func bareMember(res *ner.Result, a, limit int) bool {
	k := a
	for k < limit && k < a+2 && !res.Text.Tokens[k].Upper && (leadModifier[res.Lower[k]] || res.Lower[k] == "ranking") {
		k++
	}
	if k == a {
		return false // "X, Democrats and …": a list
	}
	pm := res.MentionAt(k, graph.LabelOrganization)
	return pm >= 0 && res.Mentions[pm].T0 == k && res.Mentions[pm].Form == ner.FormMember && !strings.HasSuffix(res.Lower[k], "s")
}

// partyMember reads an apposition that is a party's member noun: "Adam
// Schiff, a Democrat,", "Ted Cruz, a Republican from Texas,", and with a
// committee, "the top Democrat on the House Intelligence Committee".
func (x *extractor) partyMember(pe, a, end, personStart int) {
	res := x.res
	toks := res.Tokens
	k := a
	for k < end && k < a+2 && !res.Text.Tokens[k].Upper && (leadModifier[res.Lower[k]] || res.Lower[k] == "fellow" || res.Lower[k] == "ranking") {
		k++
	}
	_, sn := res.StateAt(k, end) // "a Connecticut Democrat", "Indiana Democrat"
	k += sn
	pm := res.MentionAt(k, graph.LabelOrganization)
	if pm < 0 || res.Mentions[pm].T0 != k || res.Mentions[pm].Form != ner.FormMember || res.Mentions[pm].Entity < 0 {
		return
	}
	p := &res.Mentions[pm]
	if res.Entities[p.Entity].Kind != gazetteer.OrgParty {
		return
	}
	n := p.T1
	evEnd := p.End
	if n < end {
		switch res.Lower[n] {
		case "from", "of", "on":
		default:
			return // "a Democratic strategist": another role
		}
		// "the top Democrat on the House Intelligence Committee"
		j := n + 1
		if j < end && res.Lower[j] == "the" {
			j++
		}
		if res.Lower[n] == "on" {
			cm := res.MentionAt(j, graph.LabelOrganization)
			if cm < 0 || res.Mentions[cm].T0 != j || res.Mentions[cm].Entity < 0 || !isCommittee(res.Entities[res.Mentions[cm].Entity]) {
				return
			}
			evEnd = res.Mentions[cm].End
			x.add(pe, res.Mentions[cm].Entity, graph.RelMemberOf, res.Text.Body[personStart:evEnd])
		}
	}
	_ = toks
	x.add(pe, p.Entity, graph.RelMemberOf, res.Text.Body[personStart:evEnd])
}

// bodyRole reports whether tokens from a are a body named whole and a
// role that ends the apposition, with no determiner: "Laura Kuenssberg,
// BBC political editor,", "Hope Hicks, White House communications
// director,".
func (x *extractor) bodyRole(a, limit int) bool {
	res := x.res
	om := res.MentionAt(a, graph.LabelOrganization, graph.LabelOutlet)
	if om < 0 || res.Mentions[om].T0 != a || res.Mentions[om].Entity < 0 {
		return false
	}
	k := res.Mentions[om].T1
	for n := 0; k < limit && n < 4; n++ {
		if res.Text.Tokens[k].Upper || res.Text.Tokens[k].Kind != segment.Word {
			return false
		}
		end := -1
		if tm, ok := x.gaz.MatchTitle(res.Tokens, k); ok && !tm.Honorific {
			end = tm.End
		} else if _, ok := roleWords[res.Lower[k]]; ok {
			end = k + 1
		}
		if end > 0 && end < limit && (res.Tokens[end] == "," || res.Tokens[end] == ".") {
			return true
		}
		if !chainModifier(res.Lower[k]) {
			return false
		}
		k++
	}
	return false
}
