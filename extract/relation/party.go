package relation

import (
	"github.com/newsgraph/newsgraph/graph"
)

// partyTag reads the party tag written after a politician's name: "Sen.
// Lindsey Graham, R-S.C.," or "U.S. Sen. Marco Rubio (R-Fla.)" make the
// person a member of the Republican Party, when the article names it.
func (x *extractor) partyTag(pm int) {
	tg, ok := x.res.PartyTag(pm)
	if !ok {
		return
	}
	m := &x.res.Mentions[pm]
	if pe := x.entityByID(graph.EntityID(graph.LabelOrganization, tg.Party)); pe >= 0 {
		x.add(m.Entity, pe, graph.RelMemberOf, x.res.Span(m.T0, tg.End))
	}
}
