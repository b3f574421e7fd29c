package relation

import (
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// partyLetters are the party tags of American politicians: "(R-S.C.)",
// ", D-N.Y.,", "(D)".
var partyLetters = map[string]string{"R": "Republican Party", "D": "Democratic Party"}

// usStates are the forms a state takes in a party tag, so that "R-Texas"
// (a state) can be told from "D-Phoenix" (a district: a state legislator).
var usStates = map[string]bool{
	"Ala.": true, "Alaska": true, "Ariz.": true, "Ark.": true, "Calif.": true, "Colo.": true, "Conn.": true,
	"Del.": true, "Fla.": true, "Ga.": true, "Hawaii": true, "Idaho": true, "Ill.": true, "Ind.": true,
	"Iowa": true, "Kan.": true, "Kans.": true, "Ky.": true, "La.": true, "Maine": true, "Md.": true, "Mass.": true,
	"Mich.": true, "Minn.": true, "Miss.": true, "Mo.": true, "Mont.": true, "Neb.": true, "Nev.": true,
	"N.H.": true, "N.J.": true, "N.M.": true, "N.Y.": true, "N.C.": true, "N.D.": true, "Ohio": true,
	"Okla.": true, "Ore.": true, "Pa.": true, "R.I.": true, "S.C.": true, "S.D.": true, "Tenn.": true,
	"Texas": true, "Utah": true, "Vt.": true, "Va.": true, "Wash.": true, "W.Va.": true, "Wis.": true,
	"Wyo.": true, "AL": true, "AK": true, "AZ": true, "AR": true, "CA": true, "CO": true, "CT": true,
	"DE": true, "FL": true, "GA": true, "HI": true, "ID": true, "IL": true, "IN": true, "IA": true,
	"KS": true, "KY": true, "LA": true, "ME": true, "MD": true, "MA": true, "MI": true, "MN": true,
	"MS": true, "MO": true, "MT": true, "NE": true, "NV": true, "NH": true, "NJ": true, "NM": true,
	"NY": true, "NC": true, "ND": true, "OH": true, "OK": true, "OR": true, "PA": true, "RI": true,
	"SC": true, "SD": true, "TN": true, "TX": true, "UT": true, "VT": true, "VA": true, "WA": true,
	"WV": true, "WI": true, "WY": true, "Florida": true, "California": true, "Illinois": true,
	"Arizona": true, "Georgia": true, "Kentucky": true, "Nevada": true, "Oregon": true, "Wisconsin": true,
	"Michigan": true, "Minnesota": true, "Missouri": true, "Montana": true, "Nebraska": true,
	"Colorado": true, "Virginia": true, "Maryland": true, "Delaware": true, "Alabama": true,
	"Tennessee": true, "Louisiana": true, "Oklahoma": true, "Kansas": true, "Arkansas": true,
	"Mississippi": true, "Indiana": true, "Connecticut": true, "Massachusetts": true, "Vermont": true,
	"Pennsylvania": true, "Washington": true, "Wyoming": true,
}

// tag is a party tag after a name.
type tag struct {
	party    string // the party's canonical name
	district bool   // the place is no state: "D-Phoenix", a state legislator
	end      int    // the token after the tag
}

// parseTag reads the party tag after person mention pm: ", R-S.C.,",
// "(R-Fla.)", "(D)".
func (x *extractor) parseTag(pm int) (tag, bool) {
	res := x.res
	m := &res.Mentions[pm]
	s := res.Text.Sentences[m.Sent]
	k := m.T1
	if k+1 >= s.Last || (res.Tokens[k] != "," && res.Tokens[k] != "(") {
		return tag{}, false
	}
	open := res.Tokens[k]
	party, ok := partyLetters[res.Tokens[k+1]]
	if !ok {
		return tag{}, false
	}
	tg := tag{party: party, end: k + 2}
	if tg.end < s.Last && res.Tokens[tg.end] == "-" {
		// one or two place words: "S.C.", "Texas", "New York"
		p := tg.end + 1
		for p < s.Last && p < tg.end+3 && res.Text.Tokens[p].Upper && res.Text.Tokens[p].Kind == segment.Word {
			p++
		}
		if p == tg.end+1 {
			return tag{}, false
		}
		place := res.Span(tg.end+1, p)
		tg.district = !usStates[place] && !usStates[res.Tokens[tg.end+1]]
		tg.end = p
	}
	// the tag closes: "(R-Fla.)", ", R-S.C.," or ends the sentence
	if tg.end < s.Last {
		switch c := res.Tokens[tg.end]; {
		case open == "(" && c == ")":
			tg.end++
		case open == "," && (c == "," || c == "." || c == ";" || res.Text.Tokens[tg.end].Kind == segment.Quote):
		default:
			return tag{}, false
		}
	}
	return tg, true
}

// partyTag reads the party tag written after a politician's name: "Sen.
// Lindsey Graham, R-S.C.," or "U.S. Sen. Marco Rubio (R-Fla.)" make the
// person a member of the Republican Party, when the article names it.
func (x *extractor) partyTag(pm int) {
	tg, ok := x.parseTag(pm)
	if !ok {
		return
	}
	m := &x.res.Mentions[pm]
	if pe := x.entityByID(graph.EntityID(graph.LabelOrganization, tg.party)); pe >= 0 {
		x.add(m.Entity, pe, graph.RelMemberOf, x.res.Span(m.T0, tg.end))
	}
}
