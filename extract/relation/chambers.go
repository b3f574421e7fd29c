package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// chamberNames are the American chambers that a committee's first word
// names: "Senate Foreign Relations Committee", "House Intelligence
// Committee".
var chamberNames = map[string]string{
	"Senate": "United States Senate",
	"House":  "United States House of Representatives",
}

// chambers reads the chamber in a congressional committee's name: the
// committee is PART_OF it, and the chamber is an entity of the article even
// when the story never names it alone (then "Sen. Marco Rubio" is a member
// of it too). Only in an American story: one that names the United States
// or whose committee the lists place there.
func (x *extractor) chambers() {
	res := x.res
	us := x.entityByID(graph.CountryID("US")) >= 0
	for mi := 0; mi < len(res.Mentions); mi++ {
		m := res.Mentions[mi]
		if m.Label != graph.LabelOrganization || m.Entity < 0 || m.T1-m.T0 < 3 {
			continue
		}
		chamber, ok := chamberNames[res.Tokens[m.T0]]
		e := res.Entities[m.Entity]
		if !ok || !strings.HasSuffix(e.Name, "Committee") && !strings.HasSuffix(e.Name, "Subcommittee") {
			continue
		}
		if o, listed := e.Entry.(*gazetteer.Organization); !us && !(listed && o.Country == "US") {
			continue
		}
		ce := x.entityByID(graph.EntityID(graph.LabelOrganization, chamber))
		if ce < 0 {
			// the chamber's word inside the committee's name is its mention
			ci := res.NewOrganization(m.T0, m.T0+1, m.Sent, chamber, gazetteer.OrgLegislature)
			ce = res.Mentions[ci].Entity
			if ci <= mi {
				mi++ // the committee's mention moved one on
			}
		}
		x.add(m.Entity, ce, graph.RelPartOf, res.Span(m.T0, m.T1))
	}
}
