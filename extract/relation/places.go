package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// orgRelations reads what the article states of organisations and events
// themselves: where they are ("the ruling Taliban in Afghanistan", "the
// Turkish Foreign Ministry", "Turkey's government"), which alliance a
// country belongs to ("Turkey has been a valuable ally and member of
// NATO"), who leads an administration ("President Barack Obama's
// administration") and whom a photographer works for ("AP Photo/Patrick
// Semansky").
func (x *extractor) orgRelations() {
	res := x.res
	for mi := range res.Mentions {
		m := &res.Mentions[mi]
		if m.Entity < 0 {
			continue
		}
		switch m.Label {
		case graph.LabelOrganization, graph.LabelEvent:
			x.locatedIn(mi)
			if m.Label == graph.LabelOrganization {
				x.alliance(mi)
				x.administration(mi)
			}
		case graph.LabelOutlet:
			x.credit(mi)
		}
	}
}

// placedEvent are the kinds of event that "in <Country>" places.
var placedEvent = map[string]bool{
	gazetteer.EventWar: true, gazetteer.EventElection: true, gazetteer.EventAttack: true, gazetteer.EventSummit: true,
	gazetteer.EventProtest: true, gazetteer.EventDisaster: true, gazetteer.EventSports: true,
}

// locatedIn reads "<Org or Event> in <Country>" and "<Country>('s) <Org>"
// for a government body.
func (x *extractor) locatedIn(mi int) {
	res := x.res
	m := &res.Mentions[mi]
	e := res.Entities[m.Entity]
	if e.Kind == gazetteer.OrgIntergovernmental || e.Kind == gazetteer.OrgParty || e.Kind == gazetteer.OrgLegislature {
		return
	}
	if m.Label == graph.LabelEvent && !placedEvent[e.Kind] {
		return // "interference in Ukraine" is aimed at it, not held there
	}
	if k := m.T1; k+1 < len(res.Tokens) && res.Lower[k] == "in" {
		if cm := res.MentionAt(k+1, graph.LabelCountry); cm >= 0 && res.Mentions[cm].T0 == k+1 && res.Mentions[cm].Sent == m.Sent {
			if n := res.Mentions[cm].T1; n >= len(res.Tokens) || !isPossessive(res.Tokens[n]) {
				x.add(m.Entity, res.Mentions[cm].Entity, graph.RelLocatedIn, res.Span(m.T0, res.Mentions[cm].T1))
				return
			}
		}
	}
	if m.Label != graph.LabelOrganization || e.Kind != gazetteer.OrgGovernment || m.T0 == 0 {
		return
	}
	// the country inside the name as written: "the Turkish Foreign
	// Ministry", "Turkey's government"
	if cm := res.MentionAt(m.T0, graph.LabelCountry); cm >= 0 && res.Mentions[cm].T0 == m.T0 && res.Mentions[cm].T1 < m.T1 && res.Mentions[cm].Entity >= 0 {
		x.add(m.Entity, res.Mentions[cm].Entity, graph.RelLocatedIn, res.Span(m.T0, m.T1))
		return
	}
	for _, h := range x.gaz.Lookup(res.Tokens[m.T0]) {
		if c, ok := h.Entity.(*gazetteer.Country); ok && m.T1-m.T0 > 1 {
			if ci := x.entityByID(graph.CountryID(c.ISO2)); ci >= 0 {
				x.add(m.Entity, ci, graph.RelLocatedIn, res.Span(m.T0, m.T1))
				return
			}
		}
	}
	k := m.T0
	if isPossessive(res.Tokens[k-1]) {
		k--
	}
	if cm := res.MentionAt(k-1, graph.LabelCountry); cm >= 0 && res.Mentions[cm].T1 == k && res.Mentions[cm].Entity >= 0 {
		x.add(m.Entity, res.Mentions[cm].Entity, graph.RelLocatedIn, res.Span(res.Mentions[cm].T0, m.T1))
	}
}

// alliance reads a country's membership of an international body: "Turkey
// has been a valuable ally and member of NATO", "Turkey, a NATO member,".
func (x *extractor) alliance(mi int) {
	res := x.res
	m := &res.Mentions[mi]
	if res.Entities[m.Entity].Kind != gazetteer.OrgIntergovernmental {
		return
	}
	first := res.Text.Sentences[m.Sent].First
	k := m.T0
	if k-1 >= first && res.Lower[k-1] == "the" {
		k--
	}
	member := k-2 >= first && res.Lower[k-1] == "of" && (res.Lower[k-2] == "member" || res.Lower[k-2] == "members")
	if !member && m.T1 < len(res.Tokens) && (res.Lower[m.T1] == "member" || res.Lower[m.T1] == "ally") && k-1 >= first && res.Lower[k-1] == "a" {
		member = true // "Turkey, a NATO member"
	}
	if !member {
		return
	}
	// the country the clause is about: the nearest before, with no other
	// between
	for j := k - 1; j >= first && j >= k-12; j-- {
		if res.Tokens[j] == ";" || res.Text.Tokens[j].Kind == 0 {
			break
		}
		if cm := res.MentionAt(j, graph.LabelCountry); cm >= 0 && res.Mentions[cm].Entity >= 0 {
			c := &res.Mentions[cm]
			if c.T1 < len(res.Tokens) && isPossessive(res.Tokens[c.T1]) {
				return
			}
			x.add(c.Entity, m.Entity, graph.RelMemberOf, res.Span(c.T0, m.T1))
			return
		}
		if res.MentionAt(j, graph.LabelPerson, graph.LabelOrganization) >= 0 {
			return
		}
	}
}

// administration reads "President Barack Obama's administration": the
// person leads the administration named after them.
func (x *extractor) administration(mi int) {
	res := x.res
	m := &res.Mentions[mi]
	e := res.Entities[m.Entity]
	if !strings.HasSuffix(strings.ToLower(e.Name), " administration") {
		return
	}
	// the person inside the mention or right before it, with a possessive
	for k := m.T0; k < m.T1; k++ {
		if !isPossessive(res.Tokens[k]) || k == m.T0 {
			continue
		}
		if pm := res.MentionAt(k-1, graph.LabelPerson); pm >= 0 && res.Mentions[pm].T1 == k && res.Mentions[pm].Entity >= 0 && res.Lower[k+1] == "administration" {
			x.add(res.Mentions[pm].Entity, m.Entity, graph.RelLeaderOf, res.Span(res.Mentions[pm].T0, m.T1))
		}
	}
}

// credit reads a photo credit: "AP Photo/Patrick Semansky".
func (x *extractor) credit(mi int) {
	x.byline(mi)
	res := x.res
	m := &res.Mentions[mi]
	k := m.T1
	if k+1 >= len(res.Tokens) || res.Tokens[k] != "/" {
		return
	}
	if pm := res.MentionAt(k+1, graph.LabelPerson); pm >= 0 && res.Mentions[pm].T0 == k+1 && res.Mentions[pm].Entity >= 0 {
		x.add(res.Mentions[pm].Entity, m.Entity, graph.RelWorksFor, res.Span(m.T0, res.Mentions[pm].T1))
	}
}

// byline reads a byline block: a paragraph that is only a person's name
// ("By" allowed) right above one that is only the outlet mentioned at mi
// ("Tom Vanden Brook" / "USA TODAY"): the person works for the outlet.
func (x *extractor) byline(mi int) {
	res := x.res
	m := &res.Mentions[mi]
	si := res.Text.SentenceOf(m.Start)
	if si < 1 {
		return
	}
	s, p := res.Text.Sentences[si], res.Text.Sentences[si-1]
	if s.First != m.T0 || s.Last-m.T1 > 1 || p.Para != s.Para-1 {
		return
	}
	first := p.First
	if first < p.Last && res.Lower[first] == "by" {
		first++
	}
	pm := res.MentionAt(first, graph.LabelPerson)
	if pm < 0 || res.Mentions[pm].T0 != first || p.Last-res.Mentions[pm].T1 > 1 || res.Mentions[pm].Entity < 0 {
		return
	}
	x.add(res.Mentions[pm].Entity, m.Entity, graph.RelWorksFor, res.Span(res.Mentions[pm].T0, m.T1))
}
