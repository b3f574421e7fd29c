package relation

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/graph"
)

// headOfState titles lead a country.
var headOfState = map[string]bool{
	"president": true, "prime minister": true, "premier": true, "chancellor": true, "king": true,
	"queen": true, "emir": true, "supreme leader": true, "leader": true, "sultan": true, "monarch": true,
	"dictator": true, "head of state": true, "taoiseach": true, "first minister": true, "emperor": true,
	"empress": true, "president-elect": true, "pm": true,
}

// leaderTitles lead an organisation.
var leaderTitles = map[string]bool{
	"leader": true, "head": true, "chairman": true, "chairwoman": true, "chair": true, "chairperson": true,
	"director": true, "director general": true, "director-general": true, "secretary general": true,
	"secretary-general": true, "ceo": true, "chief executive": true, "chief executive officer": true,
	"president": true, "founder": true, "commander": true, "chief": true, "speaker": true,
	"general secretary": true, "party leader": true, "executive director": true, "managing director": true,
	"editor-in-chief": true, "editor in chief": true, "owner": true, "publisher": true, "rector": true,
	"governor": true, "prime minister": true, "boss": true, "administrator": true, "dean": true,
	"president and ceo": true, "police chief": true, "mayor": true,
}

// roleWords are role nouns that the title list lacks, written before a
// name or in an apposition ("Spurs boss Martin Jol", "Trump associate
// Carter Page", "Democratic presidential hopeful Hillary Clinton").
var roleWords = map[string]string{
	"boss": "boss", "nominee": "nominee", "hopeful": "hopeful", "candidate": "candidate",
	"contender": "candidate", "challenger": "candidate", "spy": "spy", "associate": "associate",
	"ally": "ally", "confidant": "associate", "confidante": "associate", "player": "player",
	"keeper": "goalkeeper", "goalkeeper": "goalkeeper", "winger": "player", "forward": "player",
	"captain": "captain", "staffer": "staffer", "loyalist": "associate", "operative": "associate",
	"manager": "manager", "coach": "coach", "spokesperson": "spokesperson", "adviser": "adviser",
	"advisor": "adviser", "aide": "aide", "official": "official",
	"lawyer": "lawyer", "attorney": "lawyer", "strategist": "adviser", "donor": "associate",
	"controller": "controller", "expert": "expert", "employee": "employee", "engineer": "employee",
	"economist": "economist", "analyst": "analyst", "researcher": "researcher", "professor": "professor",
	"contributor": "contributor",
}

// legislature words: what body a legislator title makes a person a member
// of, by a word of the body's name.
var legislatorBody = map[string]string{
	"senator": "Senate", "representative": "House", "congressman": "House", "congresswoman": "House",
}

// countryWorkTitles make a person work for the country they are given with
// ("a top North Korean official"); countryTitles only tie them to it
// ("Environment Secretary", "former British spy"). Other titles written
// with a country are nationality, not a tie ("British actor").
var countryWorkWords = []string{"official", "diplomat", "ambassador", "envoy", "spokes", "negotiator", "consul"}
var countryTieWords = []string{
	"minister", "secretary", "chancellor", "commander", "general", "admiral", "adviser", "advisor",
	"spy", "agent", "intelligence", "vice president", "attorney general", "solicitor general",
	"prosecutor general", "trade representative", "chief of staff", "commissioner", "colonel",
}

// memberTitles make a person a member of an organisation rather than
// working for it.
var memberTitles = map[string]bool{
	"member": true, "goalkeeper": true, "player": true, "striker": true, "midfielder": true,
	"defender": true, "captain": true, "senator": true, "representative": true, "congressman": true,
	"congresswoman": true, "mp": true, "mep": true, "msp": true, "lawmaker": true, "legislator": true,
	"deputy": true, "nominee": true, "hopeful": true, "candidate": true, "councillor": true,
	"council member": true, "assemblyman": true, "assemblywoman": true, "delegate": true,
	"parliamentarian": true, "fellow": true, "senior fellow": true, "majority leader": true,
	"minority leader": true, "whip": true, "vice chairman": true, "deputy chairman": true,
	"deputy leader": true,
}

// workForPerson titles make a person work for the person they are given
// with ("Biden spokeswoman Kendra Barkoff"); any other title ties them
// ("Trump associate Carter Page", "an adviser to President Bush").
var workForPerson = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "press secretary": true,
	"chief of staff": true, "deputy chief of staff": true, "aide": true, "staffer": true,
	"secretary": true, "communications director": true, "press officer": true,
}

func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isLegislator reports whether a title makes a person a member of a
// legislature ("Sen.", "Rep.", "MP").
func isLegislator(t string) bool {
	switch t {
	case "senator", "representative", "congressman", "congresswoman", "mp", "mep", "msp", "lawmaker",
		"legislator", "assemblyman", "assemblywoman", "parliamentarian":
		return true
	}
	return false
}

// isCommittee reports whether an organisation is a body within another.
func isCommittee(e *ner.Entity) bool {
	return strings.Contains(e.Name, "Committee") || strings.Contains(e.Name, "Subcommittee")
}

// predicate decides the relation of a person with the given title
// (normalised, any case; "" for none) to the entity of.
func predicate(title string, of *ner.Entity) graph.RelType {
	t := strings.ToLower(strings.TrimSpace(title))
	t = strings.TrimPrefix(t, "former ")
	switch of.Label {
	case graph.LabelCountry:
		switch {
		case headOfState[t]:
			return graph.RelLeaderOf
		case t == "" || isLegislator(t) || strings.Contains(t, "prince") || strings.Contains(t, "princess"):
			return ""
		case hasAny(t, countryWorkWords):
			return graph.RelWorksFor
		case hasAny(t, countryTieWords):
			return graph.RelAffiliatedWith
		}
		return ""
	case graph.LabelOrganization:
		switch of.Kind {
		case gazetteer.OrgParty:
			if leaderTitles[t] && t != "president" && t != "prime minister" && t != "governor" && t != "mayor" && t != "speaker" {
				return graph.RelLeaderOf
			}
			return graph.RelMemberOf
		case gazetteer.OrgLegislature:
			if t == "speaker" || t == "president" || t == "chairman" || t == "chairwoman" {
				return graph.RelLeaderOf
			}
			if t == "" || memberTitles[t] || isLegislator(t) || leaderTitles[t] {
				return graph.RelMemberOf
			}
			return graph.RelWorksFor
		case gazetteer.OrgSports:
			if t == "manager" || t == "coach" || t == "head coach" {
				return graph.RelLeaderOf
			}
		}
		if t == "" {
			return ""
		}
		if isCommittee(of) && (memberTitles[t] || isLegislator(t)) {
			return graph.RelMemberOf
		}
		if leaderTitles[t] {
			return graph.RelLeaderOf
		}
		if memberTitles[t] {
			return graph.RelMemberOf
		}
		if t == "associate" || t == "ally" || t == "activist" || t == "campaigner" || t == "expert" || t == "co-founder" || t == "contributor" {
			return graph.RelAffiliatedWith
		}
		return graph.RelWorksFor
	case graph.LabelOutlet:
		switch {
		case t == "ceo" || t == "chief executive" || t == "chairman" || t == "chairwoman" || t == "owner" || t == "publisher" || t == "director-general" || t == "director general" || t == "president" || t == "founder":
			return graph.RelLeaderOf
		case t == "associate" || t == "ally":
			return graph.RelAffiliatedWith
		}
		return graph.RelWorksFor
	case graph.LabelPerson:
		if t == "" {
			return ""
		}
		if workForPerson[t] {
			return graph.RelWorksFor
		}
		return graph.RelAffiliatedWith
	}
	return ""
}

// subordinate reports whether a leader's title is held under another: its
// normalised form or the words of its phrase in lower[from:to] say
// deputy, assistant, associate or vice ("the deputy head of", "former
// deputy FBI director", "FBI assistant director").
func subordinate(lower []string, from, to int, title string) bool {
	t := strings.ToLower(title)
	for _, p := range []string{"deputy", "assistant", "associate", "vice"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	for k := max(from, 0); k < to && k < len(lower); k++ {
		switch lower[k] {
		case "deputy", "assistant", "associate", "vice":
			return true
		}
	}
	return false
}

// underling is the relation of a deputy to the body whose leader's title
// he holds under someone: a member of a party or house, else staff.
func underling(o *ner.Entity) graph.RelType {
	if o.Kind == gazetteer.OrgParty || o.Kind == gazetteer.OrgLegislature {
		return graph.RelMemberOf
	}
	return graph.RelWorksFor
}
