package relation

import (
	"slices"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// bodyNoun says which organisation a lower-case noun such as "committee"
// or "group" can refer back to: one whose name holds the word (Name), or,
// for nouns that name no part of a name, one of the kinds.
type bodyNoun struct {
	name  string
	kinds []string
}

// bodyNouns are the nouns by which a story refers back to an organisation
// it has named: "committee Chairman Devin Nunes", "the group’s executive
// director", "The center's president, Cathi Herrod".
var bodyNouns = map[string]bodyNoun{
	"committee":    {name: "Committee"},
	"subcommittee": {name: "Subcommittee"},
	"center":       {name: "Center"},
	"centre":       {name: "Centre"},
	"institute":    {name: "Institute"},
	"foundation":   {name: "Foundation"},
	"council":      {name: "Council"},
	"commission":   {name: "Commission"},
	"agency":       {name: "Agency"},
	"university":   {name: "University"},
	"union":        {name: "Union"},
	"association":  {name: "Association"},
	"company":      {kinds: []string{gazetteer.OrgCompany}},
	"firm":         {kinds: []string{gazetteer.OrgCompany}},
	"group":        {kinds: []string{gazetteer.OrgNGO, gazetteer.OrgOther, gazetteer.OrgThinkTank}},
	"organization": {kinds: []string{gazetteer.OrgNGO, gazetteer.OrgOther}},
	"organisation": {kinds: []string{gazetteer.OrgNGO, gazetteer.OrgOther}},
	"club":         {kinds: []string{gazetteer.OrgSports}},
}

// bodyBefore returns the organisation entity that the lower-case noun at
// token k refers back to, or -1: the last one named before it whose name
// holds the noun ("the committee" after "the House Intelligence
// Committee"); for a noun that names no part of a name ("the group"), the
// last organisation named before it, if of a kind that the noun fits.
func (x *extractor) bodyBefore(k int) int {
	res := x.res
	if k < 0 || k >= len(res.Tokens) || res.Text.Tokens[k].Upper {
		return -1
	}
	bn, ok := bodyNouns[res.Lower[k]]
	if !ok {
		return -1
	}
	found, foundEnd := -1, -1
	for mi := range res.Mentions {
		m := &res.Mentions[mi]
		if m.T0 >= k {
			break
		}
		if m.T1 > k || m.Label != graph.LabelOrganization || m.Entity < 0 || m.End <= foundEnd {
			continue
		}
		if bn.name == "" || containsWord(res.Entities[m.Entity].Name, bn.name) {
			found, foundEnd = m.Entity, m.End
		}
	}
	if found >= 0 && bn.name == "" && !slices.Contains(bn.kinds, res.Entities[found].Kind) {
		return -1
	}
	return found
}

// containsWord reports whether name holds word as a whole word.
func containsWord(name, word string) bool {
	for i := 0; i+len(word) <= len(name); i++ {
		if name[i:i+len(word)] == word && (i == 0 || name[i-1] == ' ') && (i+len(word) == len(name) || name[i+len(word)] == ' ') {
			return true
		}
	}
	return false
}
