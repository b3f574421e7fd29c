package ner

import (
	"github.com/newsgraph/newsgraph/extract/gazetteer"
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

// PartyTag is an American politician's party tag after the name: ",
// R-S.C.,", "(R-Fla.)", "(D)".
type PartyTag struct {
	Party    string // the party's canonical name
	District bool   // the place is no state: "D-Phoenix", a state legislator
	T0, T1   int    // the tag's tokens, brackets included ("(D)", "R-S.C.")
	End      int    // the token after the tag
}

// PartyTag reads the party tag after person mention pm: ", R-S.C.,",
// "(R-Fla.)", "(D)".
func (res *Result) PartyTag(pm int) (PartyTag, bool) {
	m := &res.Mentions[pm]
	s := res.Text.Sentences[m.Sent]
	k := m.T1
	if k+1 >= s.Last || (res.Tokens[k] != "," && res.Tokens[k] != "(") {
		return PartyTag{}, false
	}
	open := res.Tokens[k]
	party, ok := partyLetters[res.Tokens[k+1]]
	if !ok {
		return PartyTag{}, false
	}
	tg := PartyTag{Party: party, T0: k + 1, End: k + 2}
	if tg.End < s.Last && res.Tokens[tg.End] == "-" {
		// one or two place words: "S.C.", "Texas", "New York"
		p := tg.End + 1
		for p < s.Last && p < tg.End+3 && res.Text.Tokens[p].Upper && res.Text.Tokens[p].Kind == segment.Word {
			p++
		}
		if p == tg.End+1 {
			return PartyTag{}, false
		}
		place := res.Span(tg.End+1, p)
		tg.District = !usStates[place] && !usStates[res.Tokens[tg.End+1]]
		tg.End = p
	}
	// the tag closes: "(R-Fla.)", ", R-S.C.," or ends the sentence
	if tg.End < s.Last {
		switch c := res.Tokens[tg.End]; {
		case open == "(" && c == ")":
			tg.T0--
			tg.End++
		case open == "," && (c == "," || c == "." || c == ";" || res.Text.Tokens[tg.End].Kind == segment.Quote):
		default:
			return PartyTag{}, false
		}
	}
	tg.T1 = tg.End
	return tg, true
}

// partyTags adds the party tags written after people's names as mentions
// of their party: "Sen. Lindsey Graham, R-S.C.," names the Republican Party.
func (d *doc) partyTags() {
	n := len(d.res.Mentions)
	for k := 0; k < n; k++ {
		if d.res.Mentions[k].Label != graph.LabelPerson {
			continue
		}
		tg, ok := d.res.PartyTag(k)
		if !ok {
			continue
		}
		for _, h := range d.r.gaz.Lookup(tg.Party) {
			if o, ok := h.Entity.(*gazetteer.Organization); ok {
				d.sent = d.res.Mentions[k].Sent
				d.add(Mention{T0: tg.T0, T1: tg.T1, Label: graph.LabelOrganization, Entry: o, Name: o.Name, Kind: o.Kind, Form: FormName})
				break
			}
		}
	}
}
