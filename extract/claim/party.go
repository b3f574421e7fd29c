package claim

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// A party stands in for a person in two common ways of American and
// British news, and neither makes the party the speaker:
//
//   - a party tag after a name: "Sen. Ted Cruz, R-Texas, who has
//     criticized …, said", "Bob Corker (R-Tenn.), the retiring chairman
//     …, said" are the senator's words;
//   - a singular member noun: "the Ohio Republican said" is a person the
//     article has named (found by party and state, else described),
//     "an Iowa Republican predicted" and "said a Republican lobbyist" are
//     people it has not.

// partySpeaker resolves the party mention mi that a speaker phrase ends
// with (or, after a cue, starts with). ok is false when the mention is
// neither a party tag nor a singular member noun, and the party may speak.
func (x *extractor) partySpeaker(mi, first, last int) (ent, start int, ok bool) {
	m := x.res.Mentions[mi]
	if m.Label != graph.LabelOrganization {
		return -1, -1, false
	}
	if p := x.taggedPerson(mi); p >= 0 {
		return x.res.Mentions[p].Entity, x.res.Mentions[p].T0, true
	}
	if m.Form != ner.FormMember || strings.HasSuffix(x.lower[m.T1-1], "s") {
		return -1, -1, false
	}
	// the determiner, past two modifiers: "the Ohio Republican", "another
	// moderate Democrat"
	d := m.T0 - 1
	for d >= first && m.T0-d <= 3 && !isDet(x.lower[d]) && x.t.Tokens[d].Kind == segment.Word && !functionWords[x.lower[d]] {
		d--
	}
	if d < first || !isDet(x.lower[d]) {
		return -1, -1, false
	}
	// a person noun after the party: "a Republican lobbyist", "the GOP
	// strategist"
	end := m.T1
	for end < last && end-m.T1 < 2 && x.t.Tokens[end].Kind == segment.Word && !x.t.Tokens[end].Upper && !functionWords[x.lower[end]] {
		end++
	}
	if end > m.T1 && !ner.SourceNoun(x.lower[end-1]) {
		return -1, -1, false
	}
	if x.lower[d] == "the" && end > m.T1 {
		return -1, -1, false // "the Republican leader": descriptions decide
	}
	off := x.t.Tokens[d].Start
	if x.lower[d] == "the" {
		// "the Republican said" after "an Iowa Republican said"
		if e := x.res.LatestSource(x.lower[m.T0], off); e >= 0 {
			return e, d, true
		}
		state, n := x.res.StateAt(d+1, m.T0)
		if d+1+n != m.T0 {
			state = "" // "the Ohio Republican": the state right before the noun
		}
		if e := x.partyPerson(m.Entity, state, off); e >= 0 {
			return e, d, true
		}
		// "Rep. Jerrold Nadler on Sunday defended … “I think it was very
		// important,” the New York Democrat told": the person named last,
		// unless tagged with another party or state
		if state != "" {
			if e := x.nearPerson(m.Entity, state, off); e >= 0 {
				return e, d, true
			}
		}
	}
	si := x.t.SentenceOf(off)
	mi = x.res.NewSource(d, end, si, x.res.Span(d+1, end))
	return x.res.Mentions[mi].Entity, d, true
}

// functionWords end a run of modifiers: a member noun is not read across
// a verb or a clause.
var functionWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true,
	"had": true, "who": true, "which": true, "that": true, "and": true, "or": true, "but": true, "of": true,
	"to": true, "in": true, "for": true, "on": true, "at": true, "by": true, "with": true, "from": true,
	"as": true, "said": true, "says": true, "told": true, "not": true, "also": true, "will": true, "would": true,
}

// taggedPerson returns the person mention whose party tag is mention mi,
// or -1.
func (x *extractor) taggedPerson(mi int) int {
	m := x.res.Mentions[mi]
	for p := mi - 1; p >= 0 && p >= mi-4; p-- {
		pm := x.res.Mentions[p]
		if pm.Label != graph.LabelPerson || pm.Entity < 0 {
			continue
		}
		if tg, ok := x.res.PartyTag(p); ok && tg.T0 == m.T0 && tg.T1 == m.T1 {
			return p
		}
	}
	return -1
}

// partyPerson is the person of party e (and of the US state, unless "")
// the article named last before byte off: by a party tag ("Sen. Rob
// Portman, R-Ohio"), a member noun before the name ("Republican Sen. Rob
// Portman") or in apposition after it ("Rob Portman, an Ohio
// Republican"), or, for the state, "of Ohio" after the name. No one else:
// the last person quoted may be of another party or state.
func (x *extractor) partyPerson(e int, state string, off int) int {
	for p := len(x.res.Mentions) - 1; p >= 0; p-- {
		pm := x.res.Mentions[p]
		if pm.Start >= off || pm.Label != graph.LabelPerson || pm.Entity < 0 {
			continue
		}
		if tg, ok := x.res.PartyTag(p); ok {
			if tg.Party == x.res.Entities[e].Name && (state == "" || tg.State == state) {
				return pm.Entity
			}
			continue
		}
		if state != "" {
			// "Sen. Ron Wyden of Oregon", "Jim Himes, a Connecticut Democrat,"
			if pm.T1+1 < len(x.toks) && x.lower[pm.T1] == "of" {
				if st, _ := x.res.StateAt(pm.T1+1, len(x.toks)); st == state {
					return pm.Entity
				}
			}
			if pm.T1+2 < len(x.toks) && x.toks[pm.T1] == "," {
				a := pm.T1 + 1
				if isDet(x.lower[a]) {
					a++
				}
				if st, n := x.res.StateAt(a, len(x.toks)); st == state {
					if qm := x.res.MentionAt(a+n, graph.LabelOrganization); qm >= 0 && x.res.Mentions[qm].Entity == e && x.res.Mentions[qm].T0 == a+n {
						return pm.Entity
					}
				}
			}
			continue
		}
		for q := p - 1; q >= 0 && q >= p-2; q-- {
			if qm := x.res.Mentions[q]; qm.Entity == e && qm.T1 >= pm.T0-2 {
				return pm.Entity
			}
		}
		for q := p + 1; q < len(x.res.Mentions) && q <= p+2; q++ {
			if qm := x.res.Mentions[q]; qm.Entity == e && qm.T0 <= pm.T1+4 && pm.T1 < len(x.toks) && x.toks[pm.T1] == "," {
				return pm.Entity
			}
		}
	}
	return -1
}

// nearPerson returns the person with an elected title ("Sen.", "Rep.",
// "Gov.", "Minority Leader", "Chairman") mentioned last in the two
// sentences before the one at byte off (not in its own: "“… let Nancy
// Pelosi pass it,” the Kentucky Republican said"), whom no party tag gives a party
// other than e's or a state other than state; or -1.
func (x *extractor) nearPerson(e int, state string, off int) int {
	si := x.t.SentenceOf(off)
	first, last := x.t.Sentences[max(si-2, 0)].Start, x.t.Sentences[si].Start
	for p := len(x.res.Mentions) - 1; p >= 0; p-- {
		pm := x.res.Mentions[p]
		if pm.Start >= last || pm.Entity < 0 || pm.Label != graph.LabelPerson {
			continue
		}
		if pm.Start < first {
			return -1
		}
		pe := x.res.Entities[pm.Entity]
		if !electedTitle(pe.Titles) {
			continue
		}
		other := false
		for _, q := range pe.Mentions {
			if tg, ok := x.res.PartyTag(q); ok && (tg.Party != x.res.Entities[e].Name || tg.State != "" && tg.State != state) {
				other = true
			}
		}
		if !other {
			return pm.Entity
		}
	}
	return -1
}

// electedTitle reports whether one of titles is an elected office's or a
// post in a legislature.
func electedTitle(titles []string) bool {
	for _, t := range titles {
		switch lastWord(t) {
		case "Senator", "Representative", "Congressman", "Congresswoman", "Governor", "Chairman",
			"Chairwoman", "Chair", "Speaker", "Leader", "Whip", "Lawmaker", "Mayor":
			return true
		}
	}
	return false
}
