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
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// Relation is a factual relation between two entities of a ner.Result.
type Relation struct {
	Subject, Object int // entity indexes
	Predicate       graph.RelType
	Evidence        string
}

// headOfState titles lead a country.
var headOfState = map[string]bool{
	"president": true, "prime minister": true, "premier": true, "chancellor": true, "king": true,
	"queen": true, "emir": true, "supreme leader": true, "leader": true, "sultan": true, "monarch": true,
	"dictator": true, "head of state": true, "taoiseach": true, "first minister": true,
}

// leaderTitles lead an organisation.
var leaderTitles = map[string]bool{
	"leader": true, "head": true, "chairman": true, "chairwoman": true, "chair": true, "director": true,
	"director general": true, "director-general": true, "secretary general": true, "secretary-general": true,
	"ceo": true, "chief executive": true, "chief executive officer": true, "president": true, "founder": true,
	"commander": true, "chief": true, "speaker": true, "general secretary": true, "party leader": true,
	"executive director": true, "managing director": true, "editor-in-chief": true, "editor in chief": true,
	"owner": true, "publisher": true, "rector": true, "governor": true, "prime minister": true,
}

// predicate decides the relation of a person with the given title to the
// entity of.
func predicate(title string, hint graph.RelType, of *ner.Entity) graph.RelType {
	t := strings.ToLower(strings.TrimSpace(title))
	switch of.Label {
	case graph.LabelCountry:
		if headOfState[t] {
			return graph.RelLeaderOf
		}
		if t == "" {
			return ""
		}
		return graph.RelAffiliatedWith
	case graph.LabelOrganization:
		switch of.Kind {
		case gazetteer.OrgParty, gazetteer.OrgLegislature:
			if leaderTitles[t] && t != "president" && t != "prime minister" {
				return graph.RelLeaderOf
			}
			return graph.RelMemberOf
		}
		if t == "" {
			return ""
		}
		if leaderTitles[t] {
			return graph.RelLeaderOf
		}
		return graph.RelWorksFor
	case graph.LabelOutlet:
		if t == "" {
			return ""
		}
		if leaderTitles[t] {
			return graph.RelLeaderOf
		}
		return graph.RelWorksFor
	case graph.LabelPerson:
		if t == "" {
			return ""
		}
		return graph.RelAffiliatedWith
	}
	_ = hint
	return ""
}

// Extract finds the relations of a recognised article.
func Extract(res *ner.Result, gaz *gazetteer.Gazetteer) []Relation {
	x := &extractor{res: res, gaz: gaz, seen: map[[3]string]bool{}}
	x.roles()
	x.appositions()
	x.sources()
	x.knownRoles()
	x.roleReferences()
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
	if s.Label == graph.LabelCountry || s.Label == graph.LabelEvent || o.Label == graph.LabelEvent || o.Label == graph.LabelSource {
		return
	}
	key := [3]string{s.ID, string(pred), o.ID}
	if x.seen[key] || s.ID == "" || o.ID == "" {
		return
	}
	x.seen[key] = true
	x.out = append(x.out, Relation{Subject: subj, Object: obj, Predicate: pred, Evidence: evidence})
}

// roles turns the title phrases found by recognition into relations.
func (x *extractor) roles() {
	body := x.res.Text.Body
	for _, r := range x.res.Roles {
		pe := x.res.Mentions[r.Person].Entity
		oe := x.res.Mentions[r.Of].Entity
		if pe < 0 || oe < 0 {
			continue
		}
		pred := predicate(r.Title, r.Relation, x.res.Entities[oe])
		if r.Title == "" && r.Relation == graph.RelMemberOf {
			pred = graph.RelMemberOf
		}
		x.add(pe, oe, pred, body[r.Start:r.End])
	}
}

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
		// after: "X, the Kremlin spokesman,"
		if m.T1+2 < s.Last && res.Tokens[m.T1] == "," {
			x.apposition(m.Entity, m.T1+1, s.Last, m.Start)
		}
		// before: "the director of the Carnegie Moscow Center, X"
		if m.T0-2 >= s.First && res.Tokens[m.T0-1] == "," {
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
			x.apposition(m.Entity, k, m.T0-1, -1)
		}
	}
}

// apposition reads a role phrase in tokens [a, limit) describing person pe:
// a determiner, a role word, and an organisation, outlet, country or
// person before or after it ("the Kremlin spokesman", "a professor … at
// American University", "an adviser … to President Bush").
func (x *extractor) apposition(pe, a, limit, personStart int) {
	res := x.res
	t := res.Text
	toks := res.Tokens
	if a >= limit {
		return
	}
	a0 := a
	switch strings.ToLower(toks[a]) {
	case "the", "a", "an", "another", "its", "his", "her", "their", "former", "longtime", "then":
		a++
	default:
		if personStart >= 0 {
			return // "X, who…", "X, Y and Z": not a role
		}
	}
	end := a
	for end < limit && end-a < 14 && toks[end] != "," && t.Tokens[end].Kind != segment.Quote && toks[end] != "." && toks[end] != ";" {
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
	role, rEnd := "", -1
	for k := a; k < end; k++ {
		if role != "" && isPrep(toks[k]) {
			break // the role's own phrase begins: "an adviser … to President Bush"
		}
		if tm, ok := x.gaz.MatchTitle(toks, k); ok && tm.End <= end && !tm.Honorific {
			// the last role word of a compound ("foreign affairs spokesman")
			role, rEnd = tm.Normalised, tm.End
		}
	}
	if role == "" {
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
		k0++
	}
	for k := k0; k < end && k <= k0+3 && obj < 0; k++ {
		if mi := res.MentionAt(k); mi >= 0 {
			if l := res.Mentions[mi].Label; l != graph.LabelEvent && l != graph.LabelSource && res.Mentions[mi].Entity >= 0 && res.Mentions[mi].Entity != pe {
				obj = res.Mentions[mi].Entity
			}
		}
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
	if obj < 0 {
		// "the national security adviser, John Bolton": a role the lists know
		if of := x.knownRoleOf(pe, role); of >= 0 {
			x.add(pe, of, predicate(role, "", res.Entities[of]), evidence)
		}
		return
	}
	pred := predicate(role, "", res.Entities[obj])
	// "the chair of the Federation Council’s committee": a member of the body
	if om := x.mentionOf(obj, a, end); om >= 0 && res.Mentions[om].T1 < end {
		if nx := toks[res.Mentions[om].T1]; (nx == "’s" || nx == "'s") && res.Entities[obj].Label == graph.LabelOrganization {
			pred = graph.RelMemberOf
		}
	}
	x.add(pe, obj, pred, evidence)
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
	}
}

// knownRoles uses the roles the lists know a well-known person holds when
// the article gives the person that title: "President Bush" leads the
// United States.
func (x *extractor) knownRoles() {
	res := x.res
	for ei, e := range res.Entities {
		p, ok := e.Entry.(*gazetteer.Person)
		if !ok || e.Label != graph.LabelPerson {
			continue
		}
		for _, mk := range e.Mentions {
			m := res.Mentions[mk]
			for _, title := range m.Titles {
				for _, role := range p.Roles {
					if !strings.EqualFold(role.Title, title) || role.Of == "" {
						continue
					}
					obj := x.entityOfRole(role.Of)
					if obj < 0 {
						continue
					}
					ev := m.Ext
					if ev == "" {
						ev = res.Text.Body[m.Start:m.End]
					}
					x.add(ei, obj, predicate(title, "", res.Entities[obj]), ev)
				}
			}
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
