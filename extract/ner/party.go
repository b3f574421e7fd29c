package ner

import (
	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// partyLetters are the party tags of American politicians: "(R-S.C.)",
// ", D-N.Y.,", "(D)".
var partyLetters = map[string]string{"R": "Republican Party", "D": "Democratic Party"}

// State returns the name of the US state that s names or abbreviates as
// party tags do ("Ky.", "KY", "Kentucky"), or "".
func State(s string) string { return usStates[s] }

// StateAt returns the US state that capitalised tokens from k name, in one
// or two words before end ("Connecticut", "New York", "Ky."), and how many
// tokens it takes; "" and 0 when none.
func (res *Result) StateAt(k, end int) (string, int) {
	if k+1 < end && res.Text.Tokens[k].Upper && res.Text.Tokens[k+1].Upper {
		if st := usStates[res.Span(k, k+2)]; st != "" {
			return st, 2
		}
	}
	if k < end && res.Text.Tokens[k].Upper {
		if st := usStates[res.Tokens[k]]; st != "" {
			return st, 1
		}
	}
	return "", 0
}

// usStates maps the forms a state takes in a party tag to the state's
// name, so that "R-Texas" (a state) can be told from "D-Phoenix" (a
// district: a state legislator) and "the Kentucky Republican" found as
// the senator tagged "R-Ky.".
var usStates = map[string]string{
	"Alabama": "Alabama", "Ala.": "Alabama", "AL": "Alabama", "Alaska": "Alaska", "AK": "Alaska",
	"Arizona": "Arizona", "Ariz.": "Arizona", "AZ": "Arizona", "Arkansas": "Arkansas",
	"Ark.": "Arkansas", "AR": "Arkansas", "California": "California", "Calif.": "California",
	"CA": "California", "Colorado": "Colorado", "Colo.": "Colorado", "CO": "Colorado",
	"Connecticut": "Connecticut", "Conn.": "Connecticut", "CT": "Connecticut", "Delaware": "Delaware",
	"Del.": "Delaware", "DE": "Delaware", "Florida": "Florida", "Fla.": "Florida", "FL": "Florida",
	"Georgia": "Georgia", "Ga.": "Georgia", "GA": "Georgia", "Hawaii": "Hawaii", "HI": "Hawaii",
	"Idaho": "Idaho", "ID": "Idaho", "Illinois": "Illinois", "Ill.": "Illinois", "IL": "Illinois",
	"Indiana": "Indiana", "Ind.": "Indiana", "IN": "Indiana", "Iowa": "Iowa", "IA": "Iowa",
	"Kansas": "Kansas", "Kan.": "Kansas", "Kans.": "Kansas", "KS": "Kansas", "Kentucky": "Kentucky",
	"Ky.": "Kentucky", "KY": "Kentucky", "Louisiana": "Louisiana", "La.": "Louisiana",
	"LA": "Louisiana", "Maine": "Maine", "ME": "Maine", "Maryland": "Maryland", "Md.": "Maryland",
	"MD": "Maryland", "Massachusetts": "Massachusetts", "Mass.": "Massachusetts",
	"MA": "Massachusetts", "Michigan": "Michigan", "Mich.": "Michigan", "MI": "Michigan",
	"Minnesota": "Minnesota", "Minn.": "Minnesota", "MN": "Minnesota", "Mississippi": "Mississippi",
	"Miss.": "Mississippi", "MS": "Mississippi", "Missouri": "Missouri", "Mo.": "Missouri",
	"MO": "Missouri", "Montana": "Montana", "Mont.": "Montana", "MT": "Montana",
	"Nebraska": "Nebraska", "Neb.": "Nebraska", "NE": "Nebraska", "Nevada": "Nevada", "Nev.": "Nevada",
	"NV": "Nevada", "New Hampshire": "New Hampshire", "N.H.": "New Hampshire", "NH": "New Hampshire",
	"New Jersey": "New Jersey", "N.J.": "New Jersey", "NJ": "New Jersey", "New Mexico": "New Mexico",
	"N.M.": "New Mexico", "NM": "New Mexico", "New York": "New York", "N.Y.": "New York",
	"NY": "New York", "North Carolina": "North Carolina", "N.C.": "North Carolina",
	"NC": "North Carolina", "North Dakota": "North Dakota", "N.D.": "North Dakota",
	"ND": "North Dakota", "Ohio": "Ohio", "OH": "Ohio", "Oklahoma": "Oklahoma", "Okla.": "Oklahoma",
	"OK": "Oklahoma", "Oregon": "Oregon", "Ore.": "Oregon", "OR": "Oregon",
	"Pennsylvania": "Pennsylvania", "Pa.": "Pennsylvania", "PA": "Pennsylvania",
	"Rhode Island": "Rhode Island", "R.I.": "Rhode Island", "RI": "Rhode Island",
	"South Carolina": "South Carolina", "S.C.": "South Carolina", "SC": "South Carolina",
	"South Dakota": "South Dakota", "S.D.": "South Dakota", "SD": "South Dakota",
	"Tennessee": "Tennessee", "Tenn.": "Tennessee", "TN": "Tennessee", "Texas": "Texas", "TX": "Texas",
	"Utah": "Utah", "UT": "Utah", "Vermont": "Vermont", "Vt.": "Vermont", "VT": "Vermont",
	"Virginia": "Virginia", "Va.": "Virginia", "VA": "Virginia", "Washington": "Washington",
	"Wash.": "Washington", "WA": "Washington", "West Virginia": "West Virginia",
	"W.Va.": "West Virginia", "WV": "West Virginia", "Wisconsin": "Wisconsin", "Wis.": "Wisconsin",
	"WI": "Wisconsin", "Wyoming": "Wyoming", "Wyo.": "Wyoming", "WY": "Wyoming",
}

// PartyTag is an American politician's party tag after the name: ",
// R-S.C.,", "(R-Fla.)", "(D)".
type PartyTag struct {
	Party    string // the party's canonical name
	State    string // the state's name: "South Carolina" for "R-S.C."
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
		tg.State = usStates[place]
		if tg.State == "" {
			tg.State = usStates[res.Tokens[tg.End+1]]
		}
		tg.District = tg.State == ""
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
