package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// titleHit is a title or role word written before a name.
type titleHit struct {
	t0, t1 int    // tokens
	title  string // normalised, lower case
}

// chainEnt is an entity written in the title phrase before a name, with
// the title that follows it (-1 for none: "Democrat John Kerry", "Fox
// News’ Judson Berger").
type chainEnt struct {
	mention int
	title   int    // index into the chain's titles
	inTitle bool   // the entity is part of the title: "House Speaker"
	rel     string // "tied" for "Clinton-tied activist"
}

// titleEnding returns the longest title or role word that ends right
// before token end and starts at or after first.
func (x *extractor) titleEnding(end, first int) (titleHit, bool) {
	res := x.res
	for j := end - 4; j < end; j++ {
		if j < first {
			continue
		}
		if tm, ok := x.gaz.MatchTitle(res.Tokens, j); ok && tm.End == end {
			if tm.Honorific {
				return titleHit{t0: j, t1: end}, true
			}
			return titleHit{t0: j, t1: end, title: strings.ToLower(tm.Normalised)}, true
		}
	}
	if end-1 >= first && res.Text.Tokens[end-1].Kind == segment.Word {
		if w, ok := roleWords[res.Lower[end-1]]; ok {
			return titleHit{t0: end - 1, t1: end, title: w}, true
		}
	}
	return titleHit{}, false
}

// mentionEnding returns the entity mention (Organization, Outlet, Country
// or Person) whose last token is end-1, or -1.
func (x *extractor) mentionEnding(end int) int {
	if end <= 0 {
		return -1
	}
	mi := x.res.MentionAt(end-1, graph.LabelOrganization, graph.LabelOutlet, graph.LabelCountry, graph.LabelPerson)
	if mi < 0 || x.res.Mentions[mi].T1 != end || x.res.Mentions[mi].Entity < 0 {
		return -1
	}
	return mi
}

func isPossessive(w string) bool {
	switch w {
	case "'s", "’s", "'", "’":
		return true
	}
	return false
}

// chainModifier reports whether a lower-case word may stand inside a title
// phrase: "former", "top", "foreign affairs", "presidential".
func chainModifier(w string) bool {
	switch w {
	case "former", "top", "senior", "then", "longtime", "acting", "current", "late", "veteran", "new",
		"deputy", "chief", "assistant", "associate", "interim", "outgoing", "incoming", "retired", "ex":
		return true
	case "the", "a", "an", "and", "or", "of", "to", "for", "with", "by", "from", "in", "on", "at", "as",
		"said", "says", "told", "but", "that", "who", "which", "when", "while", "than", "also", "his", "her",
		"its", "their", "our", "my", "your", "is", "was", "are", "were", "be", "been", "has", "had", "have",
		"will", "would", "could", "should", "may", "might", "not", "after", "before", "since", "including",
		"like", "between", "among", "against", "about", "into", "over", "under", "both", "all", "this",
		"these", "those", "such", "if", "so", "because", "where", "how", "what", "whom", "whose", "it",
		"he", "she", "they", "we", "i", "you", "him", "them", "us", "can", "did", "do", "does", "then,":
		return false
	}
	if len(w) < 3 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	for _, r := range w {
		if (r < 'a' || r > 'z') && r != '-' {
			return false
		}
	}
	return true
}

// leadModifier words qualify a whole title phrase: "former FBI Director".
var leadModifier = map[string]bool{"former": true, "late": true, "then": true, "top": true, "acting": true, "ex": true, "longtime": true, "current": true, "senior": true}

// tieWords join an entity and a role with a hyphen: "Clinton-tied
// activist", "Kremlin-backed candidate".
var tieWords = map[string]bool{"tied": true, "backed": true, "linked": true, "allied": true, "aligned": true, "affiliated": true, "funded": true}

// titlesBefore reads the title phrase written before person mention pm:
// "Russian President Vladimir Putin", "Senate Minority Leader Chuck
// Schumer", "former White House chief of staff John Kelly", "Sun's chief
// operating officer Jonathan Schwartz", "GOP Rep. Trey Gowdy", "Democrat
// John Kerry", "Fox News’ Judson Berger", "Trump associate Carter Page".
func (x *extractor) titlesBefore(pm int) {
	res := x.res
	m := &res.Mentions[pm]
	pe := m.Entity
	first := res.Text.Sentences[m.Sent].First
	var titles []titleHit
	var ents []chainEnt
	deptCountry := -1
	k := m.T0
	mods := 0 // modifiers since the last title
	for steps := 0; k > first && steps < 14; steps++ {
		j := k - 1
		tok := res.Tokens[j]
		if tok == "[" || tok == "]" || tok == "/" && len(titles) > 0 && titles[len(titles)-1].t0 == k {
			k = j // "activist/journalist"
			continue
		}
		if isPossessive(tok) {
			om := x.mentionEnding(j)
			if om < 0 || res.Mentions[om].Entity == pe {
				break
			}
			ents = append(ents, chainEnt{mention: om, title: len(titles) - 1})
			k = res.Mentions[om].T0
			mods = 0
			continue
		}
		if tieWords[res.Lower[j]] && j-1 > first && res.Tokens[j-1] == "-" {
			if om := x.mentionEnding(j - 1); om >= 0 && res.Mentions[om].Entity != pe {
				ents = append(ents, chainEnt{mention: om, title: len(titles) - 1, rel: "tied"})
				k = res.Mentions[om].T0
				mods = 0
				continue
			}
			break
		}
		if om := x.mentionEnding(k); om >= 0 {
			o := &res.Mentions[om]
			if o.Entity == pe {
				break
			}
			if o.Label == graph.LabelPerson && (len(titles) == 0 || mods > 0 || titles[len(titles)-1].t0 != k) {
				break // a name before a name is no title: "Trump Tuesday"
			}
			ents = append(ents, chainEnt{mention: om, title: len(titles) - 1})
			k = o.T0
			mods = 0
			if o.Label == graph.LabelPerson {
				break
			}
			continue
		}
		if th, ok := x.titleEnding(k, first); ok {
			if th.title != "" {
				// an entity inside the title: "House Speaker"
				if om := res.MentionAt(th.t0, graph.LabelOrganization); om >= 0 && res.Mentions[om].T0 == th.t0 && res.Mentions[om].T1 < th.t1 && res.Mentions[om].Entity >= 0 {
					ents = append(ents, chainEnt{mention: om, title: len(titles), inTitle: true})
				}
				// "US Treasury Secretary": the department NER named with
				// its country is the title's; the country is the tie
				if c := x.titleCountry(th); c >= 0 {
					deptCountry = c
					th.t0 = res.Mentions[res.MentionAt(th.t0, graph.LabelOrganization)].T0
				}
				titles = append(titles, th)
				// "Trump campaign chairman Paul Manafort": the title
				// ("campaign chairman") begins inside the body's name
				if om := res.MentionAt(th.t0, graph.LabelOrganization); om >= 0 && res.Mentions[om].T0 < th.t0 && res.Mentions[om].T1 > th.t0 &&
					res.Mentions[om].T1 <= th.t1 && res.Mentions[om].Entity >= 0 && res.Mentions[om].Entity != pe {
					titles[len(titles)-1].title = strings.ToLower(res.Span(res.Mentions[om].T1, th.t1)) // "chairman"
					ents = append(ents, chainEnt{mention: om, title: len(titles) - 1})
					k = res.Mentions[om].T0
					mods = 0
					continue
				}
			}
			k = th.t0
			mods = 0
			continue
		}
		if !res.Text.Tokens[j].Upper && res.Text.Tokens[j].Kind == segment.Word && chainModifier(res.Lower[j]) && mods < 3 && len(titles) > 0 {
			k = j
			mods++
			continue
		}
		// "the chairman of the Joint Chiefs of Staff Gen. Mark Milley"
		break
	}
	if len(titles) == 0 && len(ents) == 0 {
		return
	}
	if deptCountry >= 0 && len(ents) == 0 {
		th := titles[len(titles)-1]
		x.add(pe, deptCountry, predicate(th.title, res.Entities[deptCountry]), res.Span(th.t0, m.T1))
	}
	// "committee Chairman Devin Nunes", "the agency’s director X": the
	// body the story named before
	if len(ents) == 0 {
		th := titles[len(titles)-1]
		j := th.t0 - 1
		if j > first && isPossessive(res.Tokens[j]) {
			j--
		}
		if j >= first {
			if be := x.bodyBefore(j); be >= 0 && be != pe {
				x.add(pe, be, predicate(th.title, res.Entities[be]), res.Span(j, m.T1))
			}
		}
	}
	// the phrase runs from its leftmost title or entity, with the
	// modifiers that qualify it ("former"), to the name
	start := m.T0
	for _, th := range titles {
		start = min(start, th.t0)
	}
	for _, ce := range ents {
		start = min(start, res.Mentions[ce.mention].T0)
	}
	for start > k && leadModifier[res.Lower[start-1]] {
		start--
	}
	evidence := res.Span(start, m.T1)
	country := -1
	hasLegislature := false
	for _, ce := range ents {
		e := res.Entities[res.Mentions[ce.mention].Entity]
		if e.Label == graph.LabelCountry {
			country = res.Mentions[ce.mention].Entity
		}
		if e.Kind == gazetteer.OrgLegislature {
			hasLegislature = true
		}
	}
	for _, ce := range ents {
		oe := res.Mentions[ce.mention].Entity
		o := res.Entities[oe]
		title := ""
		if ce.title >= 0 {
			title = titles[ce.title].title
		}
		if ce.inTitle && o.Kind != gazetteer.OrgLegislature && o.Kind != gazetteer.OrgParty {
			continue // "Treasury Secretary": the title's department, not a stated tie
		}
		var pred graph.RelType
		switch {
		case ce.rel == "tied":
			pred = graph.RelAffiliatedWith
		case o.Label == graph.LabelPerson && title == "":
			continue
		default:
			pred = predicate(title, o)
			if pred == graph.RelLeaderOf && ce.title >= 0 && subordinate(res.Lower, start, titles[ce.title].t0, title) {
				pred = underling(o) // "former deputy FBI director Andrew McCabe"
			}
		}
		if x.otherKnownRole(pe, title, oe) {
			continue // "told CNN President Francois Hollande": the lists know whose president he is
		}
		if o.Label == graph.LabelCountry && isLegislator(title) {
			continue // "U.S. Sen.": a member of the country's senate, below
		}
		x.add(pe, oe, pred, evidence)
	}
	// "Sen. Lindsey Graham": a member of the article's senate
	if tg, ok := res.PartyTag(pm); !hasLegislature && (!ok || !tg.District) {
		for _, th := range titles {
			if body, ok := legislatorBody[th.title]; ok {
				if le := x.legislature(body, country); le >= 0 {
					x.add(pe, le, graph.RelMemberOf, evidence)
				}
				break
			}
		}
	}
	// a listed person's known role under the title: "President Donald
	// Trump" leads the United States
	if len(ents) == 0 {
		for _, th := range titles {
			if of := x.knownRoleOf(pe, th.title); of >= 0 {
				x.add(pe, of, predicate(th.title, res.Entities[of]), evidence)
			}
		}
	}
}

// legislature returns the article's one legislature whose name holds word
// ("Senate", "House") and that belongs to the given country entity (any
// when -1), or -1 when there is none or more than one.
func (x *extractor) legislature(word string, country int) int {
	iso := ""
	if country >= 0 {
		iso = x.res.Entities[country].ISO2
	}
	found := -1
	for ei, e := range x.res.Entities {
		if e.Label != graph.LabelOrganization || e.Kind != gazetteer.OrgLegislature || len(e.Mentions) == 0 || !strings.Contains(e.Name, word) {
			continue
		}
		if word == "House" && !strings.Contains(e.Name, "Representatives") || strings.Contains(e.Name, "Committee") {
			continue // a committee is no chamber: "Senate Foreign Relations Committee"
		}
		if o, ok := e.Entry.(*gazetteer.Organization); ok && iso != "" && o.Country != iso {
			continue
		}
		if found >= 0 && x.res.Entities[found].ID != e.ID {
			return -1
		}
		found = ei
	}
	return found
}

// otherKnownRole reports whether a listed person holds the title, by the
// lists, in something other than entity oe.
func (x *extractor) otherKnownRole(pe int, title string, oe int) bool {
	p, ok := x.res.Entities[pe].Entry.(*gazetteer.Person)
	if !ok || title == "" {
		return false
	}
	for _, r := range p.Roles {
		if r.Of != "" && strings.EqualFold(r.Title, title) {
			// a party, a house or an employer may go with the office; another
			// country or an outlet may not
			o := x.res.Entities[oe]
			if of := x.entityOfRole(r.Of); of != oe && (o.Label == graph.LabelOutlet || o.Label == graph.LabelCountry && of >= 0) {
				return true
			}
		}
	}
	return false
}

// titleCountry returns the country entity of a title whose first word is
// the end of an organisation that NER read with its country ("US
// Treasury" in "US Treasury Secretary"), or -1: the country must be
// written before the title and be the organisation's.
func (x *extractor) titleCountry(th titleHit) int {
	res := x.res
	om := res.MentionAt(th.t0, graph.LabelOrganization)
	if om < 0 {
		return -1
	}
	o := &res.Mentions[om]
	if o.T0 >= th.t0 || o.T1 > th.t1 || o.Entity < 0 {
		return -1
	}
	org, ok := res.Entities[o.Entity].Entry.(*gazetteer.Organization)
	if !ok || org.Country == "" {
		return -1
	}
	for _, h := range x.gaz.Lookup(res.Span(o.T0, th.t0)) {
		if c, ok := h.Entity.(*gazetteer.Country); ok && c.ISO2 == org.Country {
			return x.entityByID(graph.CountryID(c.ISO2))
		}
	}
	return -1
}
