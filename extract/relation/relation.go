// Package relation finds the factual relations of MODEL.md that an article
// states: LEADER_OF ("Russian President Vladimir Putin"), WORKS_FOR
// ("Meduza special correspondent Andrey Pertsev", "Dmitry Peskov, the
// Kremlin spokesman"), MEMBER_OF ("Democrat John Kerry", "a State Duma
// deputy from the United Russia party"), AFFILIATED_WITH ("Environment
// Secretary …", "an adviser … to President Bush").
//
// Relations come from three places, each with the text that states it as
// evidence: titles and role words written before a name (found by package
// ner as Roles), appositions ("X, the Kremlin spokesman," / "the director
// of the Carnegie Moscow Center, X"), and sources tied to a party or body
// ("a deputy from the United Russia party"). The predicate follows from the
// role word and from what kind of thing the other end is: a head of state
// leads a country, a spokesman works for a ministry but is a member of a
// party.
package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// Relation is a factual relation between two entities of a ner.Result.
type Relation struct {
	Subject, Object int // entity indexes
	Predicate       graph.RelType
	Evidence        string
}

// Extract finds the relations of a recognised article.
func Extract(res *ner.Result, gaz *gazetteer.Gazetteer) []Relation {
	x := &extractor{res: res, gaz: gaz, seen: map[[3]string]bool{}}
	x.chambers()
	for mi := range res.Mentions {
		if m := &res.Mentions[mi]; m.Label == graph.LabelPerson && m.Entity >= 0 {
			x.titlesBefore(mi)
			x.partyTag(mi)
		}
	}
	x.appositions()
	x.orgRelations()
	x.sources()
	x.roleReferences()
	x.definiteLeaders()
	return x.out
}

type extractor struct {
	res  *ner.Result
	gaz  *gazetteer.Gazetteer
	out  []Relation
	seen map[[3]string]bool
}

func (x *extractor) add(subj, obj int, pred graph.RelType, evidence string) {
	if subj < 0 || obj < 0 || subj == obj || pred == "" {
		return
	}
	s, o := x.res.Entities[subj], x.res.Entities[obj]
	switch {
	case o.Label == graph.LabelEvent || o.Label == graph.LabelSource:
		return
	case s.Label == graph.LabelCountry && (pred != graph.RelMemberOf || o.Label != graph.LabelOrganization):
		return // only "Turkey … member of NATO"
	case s.Label == graph.LabelEvent && pred != graph.RelLocatedIn:
		return
	}
	key := [3]string{s.ID, string(pred), o.ID}
	if x.seen[key] || s.ID == "" || o.ID == "" {
		return
	}
	x.seen[key] = true
	x.out = append(x.out, Relation{Subject: subj, Object: obj, Predicate: pred, Evidence: evidence})
}

// knownRoleOf returns the entity that a listed person's known role with
// this title is held in ("National Security Adviser" of the US), when the
// article mentions it, or -1.
func (x *extractor) knownRoleOf(pe int, title string) int {
	p, ok := x.res.Entities[pe].Entry.(*gazetteer.Person)
	if !ok {
		return -1
	}
	for _, r := range p.Roles {
		if strings.EqualFold(r.Title, title) && r.Of != "" {
			return x.entityOfRole(r.Of)
		}
	}
	return -1
}

// sources ties unnamed sources to the party or body they are from: "a
// State Duma deputy from the United Russia party", "the head of the Duma’s
// foreign affairs committee".
func (x *extractor) sources() {
	res := x.res
	for ei, e := range res.Entities {
		if e.Label != graph.LabelSource || len(e.Mentions) == 0 {
			continue
		}
		first := res.Mentions[e.Mentions[0]]
		evidence := res.Text.Body[first.Start:first.End]
		if e.CloseTo != "" && (e.Prep == "from" || e.Prep == "of") {
			if oi := x.entityByID(e.CloseTo); oi >= 0 {
				o := res.Entities[oi]
				if o.Label == graph.LabelOrganization && (o.Kind == gazetteer.OrgParty || o.Kind == gazetteer.OrgLegislature) {
					x.add(ei, oi, graph.RelMemberOf, evidence)
					continue
				}
			}
		}
		// "head of the Duma’s committee": a member of the body named inside
		for _, mk := range res.MentionsIn(first.T0, first.T1) {
			m := res.Mentions[mk]
			if m.Entity < 0 || m.Label != graph.LabelOrganization {
				continue
			}
			o := res.Entities[m.Entity]
			if o.Kind != gazetteer.OrgLegislature && o.Kind != gazetteer.OrgParty {
				continue
			}
			if m.T1 < first.T1 && (res.Tokens[m.T1] == "’s" || res.Tokens[m.T1] == "'s") {
				x.add(ei, m.Entity, graph.RelMemberOf, evidence)
			}
		}
		x.sourceTies(ei, e)
		x.sourceRole(ei, e)
	}
}

// sourceRole reads an unnamed holder of a role in a body the source's
// phrase names: "the Department of Justice's deputy attorney general"
// (the body's, with a possessive) and "the international head of the Red
// Cross" (the role's own "of"). The predicate follows from the role as
// for a named person.
func (x *extractor) sourceRole(ei int, e *ner.Entity) {
	res := x.res
	toks := res.Tokens
	first := res.Mentions[e.Mentions[0]]
	for _, mk := range res.MentionsIn(first.T0, first.T1) {
		m := res.Mentions[mk]
		if m.Entity < 0 || m.Entity == ei || (m.Label != graph.LabelOrganization && m.Label != graph.LabelOutlet) {
			continue
		}
		title := ""
		switch {
		case m.T1 < first.T1 && isPossessive(toks[m.T1]):
			// the role after the body: up to the end or its own phrase
			for j := m.T1 + 1; j < first.T1 && title == ""; j++ {
				if tm, ok := x.gaz.MatchTitle(toks, j); ok && !tm.Honorific && (tm.End == first.T1 || tm.End < first.T1 && isPrep(toks[tm.End])) {
					title = tm.Normalised
				}
			}
		case m.T0-1 > first.T0 && res.Lower[m.T0-1] == "of" || m.T0-2 > first.T0 && res.Lower[m.T0-2] == "of" && res.Lower[m.T0-1] == "the":
			p := m.T0 - 1
			if res.Lower[p] != "of" {
				p--
			}
			// the role right before "of"
			for j := max(first.T0, p-4); j < p && title == ""; j++ {
				if tm, ok := x.gaz.MatchTitle(toks, j); ok && !tm.Honorific && tm.End == p {
					title = tm.Normalised
				}
			}
		}
		if title != "" && !memberTitles[strings.ToLower(title)] {
			x.add(ei, m.Entity, predicate(title, res.Entities[m.Entity]), res.Text.Body[first.Start:first.End])
		}
		return // only the first body
	}
}

// staffHeads are the source nouns of people who work for the body they
// are of: "officials at the Pentagon", "State Department officials".
var staffHeads = map[string]bool{
	"official": true, "officer": true, "employee": true, "staffer": true, "aide": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "diplomat": true, "executive": true, "prosecutor": true,
	"investigator": true, "negotiator": true,
}

// legislatorHeads are the source nouns of members of a legislature or party.
var legislatorHeads = map[string]bool{
	"lawmaker": true, "legislator": true, "senator": true, "congressman": true, "congresswoman": true,
	"member": true, "representative": true,
}

// sourceTies reads what a generic source is part of from its first
// phrase: a party's member noun ("Prominent Republicans", "two Democrats",
// "Republican senators") makes its members; staff of a body named as a
// modifier or after at/from/in/of ("Pentagon officials", "officials at
// the European Commission") work for it. A source only close to something
// ("a source close to the Kremlin") has no stated tie.
func (x *extractor) sourceTies(ei int, e *ner.Entity) {
	res := x.res
	fm := e.Mentions[0]
	first := res.Mentions[fm]
	head := res.SourceHead(fm)
	evidence := res.Text.Body[first.Start:first.End]
	switch e.Prep {
	case "", "at", "from", "in", "of", "inside", "within":
	default:
		return
	}
	// "Senate Republicans", "two Democrats in the Senate": a party's
	// members are members of the chamber the phrase names
	members := false
	for _, mk := range res.MentionsIn(first.T0, first.T1) {
		if m := res.Mentions[mk]; m.Form == ner.FormMember && m.Entity >= 0 && m.Entity != ei {
			members = true
		}
	}
	for _, mk := range res.MentionsIn(first.T0, first.T1) {
		m := res.Mentions[mk]
		if m.Entity < 0 || m.Entity == ei {
			continue
		}
		o := res.Entities[m.Entity]
		switch {
		case o.Label == graph.LabelOrganization && o.Kind == gazetteer.OrgParty && (m.Form == ner.FormMember || legislatorHeads[head] || staffHeads[head]):
			x.add(ei, m.Entity, graph.RelMemberOf, evidence)
		case o.Label == graph.LabelOrganization && o.Kind == gazetteer.OrgLegislature && (legislatorHeads[head] || members):
			x.add(ei, m.Entity, graph.RelMemberOf, evidence)
		case (o.Label == graph.LabelOrganization || o.Label == graph.LabelOutlet) && staffHeads[head] &&
			o.Kind != gazetteer.OrgParty && o.Kind != gazetteer.OrgLegislature:
			x.add(ei, m.Entity, graph.RelWorksFor, evidence)
		}
	}
}

func (x *extractor) entityOfRole(of string) int {
	if len(of) == 2 && strings.ToUpper(of) == of {
		return x.entityByID(graph.CountryID(of))
	}
	for _, l := range []graph.Label{graph.LabelOrganization, graph.LabelOutlet} {
		if i := x.entityByID(graph.EntityID(l, of)); i >= 0 {
			return i
		}
	}
	return -1
}

func (x *extractor) entityByID(id string) int {
	for i, e := range x.res.Entities {
		if e.ID == id && len(e.Mentions) > 0 {
			return i
		}
	}
	return -1
}

func isPrep(w string) bool {
	switch w {
	case "of", "at", "for", "to", "with", "in", "from":
		return true
	}
	return false
}

func isDet(w string) bool {
	switch w {
	case "the", "a", "an", "another", "its", "his", "her", "their", "former":
		return true
	}
	return false
}

// definiteLeaders reads "the president", "the prime minister" with no name
// after them as the one listed person of the article who holds that title
// in a country the article names: "The president and his lawyers" in a
// story about Barack Obama is a leader of the United States. With two such
// holders named about as often (Obama and Trump) it says nothing.
func (x *extractor) definiteLeaders() {
	res := x.res
	done := map[string]bool{}
	for k := 1; k+1 < len(res.Tokens); k++ {
		if res.Lower[k-1] != "the" || res.Text.Tokens[k].Upper && k-1 > 0 {
			continue
		}
		var title string
		switch res.Lower[k] {
		case "president":
			title = "President"
		case "prime":
			if res.Lower[k+1] != "minister" {
				continue
			}
			title = "Prime Minister"
		default:
			continue
		}
		end := k + 1
		if title == "Prime Minister" {
			end++
		}
		if done[title] || end < len(res.Tokens) && (res.Text.Tokens[end].Upper || res.Lower[end] == "of" || res.Lower[end] == "-") {
			continue // "the president of Ukraine", "the President Obama", "the president-elect": not the bare role
		}
		done[title] = true
		// the holder the story names most, by twice as many mentions as
		// any other ("the president" of a story about Obama that also
		// names Lincoln once)
		holder, country, most, second := -1, -1, 0, 0
		for pe, e := range res.Entities {
			p, ok := e.Entry.(*gazetteer.Person)
			if !ok || len(e.Mentions) == 0 {
				continue
			}
			for _, r := range p.Roles {
				if !strings.EqualFold(r.Title, title) || len(r.Of) != 2 {
					continue
				}
				c := x.entityOfRole(r.Of)
				if c < 0 {
					continue
				}
				switch n := len(e.Mentions); {
				case n > most:
					holder, country, most, second = pe, c, n, most
				case n > second:
					second = n
				}
				break
			}
		}
		if holder >= 0 && most >= 2*second {
			x.add(holder, country, graph.RelLeaderOf, res.Span(k-1, end))
		}
	}
}

// roleReferences reads a country's leader named by role alone — "the UK
// premier", "the Russian president" — as the person of the article whose
// listed role is that title in that country.
func (x *extractor) roleReferences() {
	res := x.res
	for mi := range res.Mentions {
		m := &res.Mentions[mi]
		if m.Label != graph.LabelCountry || m.Entity < 0 || m.T0 == 0 || m.T1 >= len(res.Tokens) {
			continue
		}
		if res.Lower[m.T0-1] != "the" {
			continue
		}
		tm, ok := x.gaz.MatchTitle(res.Tokens, m.T1)
		if !ok || res.Text.Tokens[m.T1].Upper {
			continue // "the Russian President Vladimir Putin" is a title before a name
		}
		title := tm.Normalised
		if holderless := res.MentionAt(tm.End, graph.LabelPerson); holderless >= 0 {
			continue // a name follows after all
		}
		if strings.EqualFold(res.Tokens[m.T1], "premier") {
			title = "Prime Minister"
		}
		if !headOfState[strings.ToLower(title)] {
			continue
		}
		c, ok := x.res.Entities[m.Entity].Entry.(*gazetteer.Country)
		if !ok {
			continue
		}
		// only when one person of the article fits: with Blair and Brown
		// both in the story, "the UK premier" could be either
		holder := -1
		for pe, e := range res.Entities {
			p, ok := e.Entry.(*gazetteer.Person)
			if !ok || len(e.Mentions) == 0 {
				continue
			}
			for _, r := range p.Roles {
				if strings.EqualFold(r.Title, title) && r.Of == c.ISO2 {
					if holder >= 0 && holder != pe {
						holder = -2
					} else if holder == -1 {
						holder = pe
					}
				}
			}
		}
		if holder >= 0 {
			x.add(holder, m.Entity, graph.RelLeaderOf, res.Span(m.T0-1, tm.End))
		}
	}
}
