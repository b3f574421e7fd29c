package gazetteer

import "github.com/newsgraph/newsgraph/graph"

// Entity is one entry of the entity lists: a *Country, *Outlet,
// *Organization, *Person or *Event.
type Entity interface {
	// Base returns the fields every entry has.
	Base() *Entry
	// ID returns the entity's node id in the graph model.
	ID() string
}

// Entry holds the fields every entity entry has.
type Entry struct {
	Label   graph.Label // LabelCountry, LabelOutlet, LabelOrganization, LabelPerson or LabelEvent
	Name    string      // canonical name, as most news uses it
	Aliases []string    // other names and short forms
	// Ambiguous lists the surfaces of the entry (name, aliases, demonyms,
	// metonyms, member nouns, short forms) that are also common words or
	// usually mean something else: "Chad", "Turkey", "Labour", "Apple",
	// "Washington". The recogniser should confirm them from context.
	Ambiguous []string

	id string // the node id, computed once when the lists load
}

// Base returns e.
func (e *Entry) Base() *Entry { return e }

// ID returns graph.EntityID of the entry's label and name.
func (e *Entry) ID() string {
	if e.id != "" {
		return e.id
	}
	return graph.EntityID(e.Label, e.Name)
}

// Country is a country or territory of ISO 3166-1 (plus Kosovo "XK" and
// the former codes "YU" and "AN").
type Country struct {
	Entry
	ISO2, ISO3 string
	// Official is the name in the base list when it differs from Name
	// ("Russian Federation" for "Russia"), else "".
	Official string
	Capital  string
	// Status is "official" (ISO 3166-1), "user-assigned" (XK) or "former".
	Status string
	// Demonyms lists the adjectives and nouns for the people: "American",
	// "Americans".
	Demonyms []string
	// Metonyms lists the place names that news uses for the country's
	// government: "Moscow", "Washington", "Downing Street" is not one (it
	// is an Organization).
	Metonyms []string
}

// ID returns the country's node id, "country:" and the lower-case alpha-2
// code.
func (c *Country) ID() string {
	if c.id != "" {
		return c.id
	}
	return graph.CountryID(c.ISO2)
}

// Outlet kinds.
const (
	OutletAgency      = "agency"
	OutletNewspaper   = "newspaper"
	OutletBroadcaster = "broadcaster"
	OutletMagazine    = "magazine"
	OutletOnline      = "online"
	OutletPhotoAgency = "photo_agency"
)

// Outlet is a news organisation or agency.
type Outlet struct {
	Entry
	Country string // ISO 3166-1 alpha-2 of its home country, or ""
	Kind    string // one of the Outlet* kinds
}

// Organization kinds.
const (
	OrgIntergovernmental = "intergovernmental"
	OrgGovernment        = "government"
	OrgLegislature       = "legislature"
	OrgCourt             = "court"
	OrgMilitary          = "military"
	OrgIntelligence      = "intelligence"
	OrgParty             = "party"
	OrgCompany           = "company"
	OrgNGO               = "ngo"
	OrgUniversity        = "university"
	OrgThinkTank         = "think_tank"
	OrgSports            = "sports"
	OrgReligious         = "religious"
	OrgMediaRegulator    = "media_regulator"
	OrgMilitant          = "militant"
	OrgOther             = "other"
)

// Organization is a government body, party, company, NGO or other
// institution.
type Organization struct {
	Entry
	// Members lists the nouns for its members or supporters:
	// "Republicans", "Tory", "Lib Dem".
	Members []string
	Kind    string // one of the Org* kinds
	Country string // ISO 3166-1 alpha-2, or "" for international bodies
}

// Gender of a person or a given name.
type Gender byte

// Genders.
const (
	GenderUnknown Gender = 'u'
	Male          Gender = 'm'
	Female        Gender = 'f'
)

func (g Gender) String() string {
	switch g {
	case Male:
		return "m"
	case Female:
		return "f"
	}
	return "u"
}

// Role is a stable title a person holds or held: President of "US",
// Chief Executive of "Tesla".
type Role struct {
	Title string // normalised title, as in titles.tsv: "President", "Prime Minister"
	// Of is an ISO 3166-1 alpha-2 code or the canonical name of an
	// Organization or Outlet of the lists; "" when the title stands alone.
	Of string
}

// Person is a person prominent in news.
type Person struct {
	Entry
	// Short lists the forms news uses alone after a first mention, usually
	// the surname: "Putin", "Xi", "Kim" (ambiguous).
	Short  []string
	Gender Gender
	Roles  []Role
}

// Event kinds.
const (
	EventWar      = "war"
	EventElection = "election"
	EventAttack   = "attack"
	EventSummit   = "summit"
	EventProtest  = "protest"
	EventDisaster = "disaster"
	EventSports   = "sports"
	EventCrisis   = "crisis"
	EventScandal  = "scandal"
	EventOther    = "other"
)

// Event is a named event.
type Event struct {
	Entry
	Date string // "YYYY", "YYYY-MM", "YYYY-MM-DD" or "YYYY/YYYY" (a span), or ""
	Kind string // one of the Event* kinds
}

// TitleInfo describes a person title or role word.
type TitleInfo struct {
	Title      string // as listed: "Sen.", "Defence Secretary"
	Normalised string // "Senator", "Defence Secretary"
	// Relation is the relation a "Title Name" or "Org Title Name" phrase
	// suggests between the person and the country or organisation it
	// names: LEADER_OF for "President", WORKS_FOR for "spokesman",
	// MEMBER_OF for "Senator"; "" for none.
	Relation graph.RelType
	// Honorific is set for forms of address that say nothing of a role:
	// "Mr", "Dr", "Sir".
	Honorific bool
	Gender    Gender // gender the title implies ("Queen", "Mrs"), or GenderUnknown
}

// SourceCue is a noun or phrase that makes a generic or anonymous source.
type SourceCue struct {
	Phrase string // as listed: "sources", "people familiar with the matter"
	// Standalone is set when the phrase alone makes a source ("sources
	// said"); otherwise it needs a qualifier ("official" needs "a senior
	// official", "a Kremlin official").
	Standalone bool
	Anonymous  bool // the source is anonymous (not just generic, like "witnesses")
}

// Surface says which kind of surface form a phrase matched.
type Surface uint8

// Surfaces.
const (
	SurfaceName    Surface = iota + 1 // canonical name
	SurfaceAlias                      // an alias (including a country's official name)
	SurfaceDemonym                    // a country's demonym: "Russian", "Americans"
	SurfaceCapital                    // a capital-city metonym: "Moscow"
	SurfaceMember                     // an organisation's member noun: "Republicans"
	SurfaceShort                      // a person's short form: "Putin"
)

func (s Surface) String() string {
	switch s {
	case SurfaceName:
		return "name"
	case SurfaceAlias:
		return "alias"
	case SurfaceDemonym:
		return "demonym"
	case SurfaceCapital:
		return "capital"
	case SurfaceMember:
		return "member"
	case SurfaceShort:
		return "short"
	}
	return "?"
}
