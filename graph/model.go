package graph

// Label is a node label of the model.
type Label string

// The node labels of MODEL.md.
const (
	LabelArticle      Label = "Article"
	LabelPerson       Label = "Person"
	LabelOutlet       Label = "Outlet"
	LabelCountry      Label = "Country"
	LabelOrganization Label = "Organization"
	LabelEvent        Label = "Event"
	LabelSource       Label = "Source"
	LabelClaim        Label = "Claim"
)

// Labels lists every node label in a fixed order.
var Labels = labelsWhere(func(*NodeSchema) bool { return true })

// EntityLabels lists the labels an extracted entity can have.
var EntityLabels = labelsWhere(func(s *NodeSchema) bool { return s.Entity })

// IDPrefix returns the prefix every id of the label starts with ("person:").
func (l Label) IDPrefix() string {
	if s := nodeSchemaOf(l); s != nil {
		return s.IDPrefix
	}
	return ""
}

// Valid reports whether l is a label of the model.
func (l Label) Valid() bool { return nodeSchemaOf(l) != nil }

// IsEntity reports whether l is one of the six extracted entity labels.
func (l Label) IsEntity() bool {
	s := nodeSchemaOf(l)
	return s != nil && s.Entity
}

// LabelOfID returns the label an id belongs to by its prefix, or "" when the
// prefix is not one of the model's.
func LabelOfID(id string) Label {
	for i := range nodeSchemas {
		p := nodeSchemas[i].IDPrefix
		if len(id) > len(p) && id[:len(p)] == p {
			return nodeSchemas[i].Label
		}
	}
	return ""
}

// RelType is a relationship type of the model.
type RelType string

// The relationship types of MODEL.md.
const (
	RelPublishedBy    RelType = "PUBLISHED_BY"
	RelWrittenBy      RelType = "WRITTEN_BY"
	RelMentions       RelType = "MENTIONS"
	RelClaims         RelType = "CLAIMS"
	RelReportedIn     RelType = "REPORTED_IN"
	RelAbout          RelType = "ABOUT"
	RelStance         RelType = "STANCE"
	RelLeaderOf       RelType = "LEADER_OF"
	RelAffiliatedWith RelType = "AFFILIATED_WITH"
	RelWorksFor       RelType = "WORKS_FOR"
	RelMemberOf       RelType = "MEMBER_OF"
	RelLocatedIn      RelType = "LOCATED_IN"
	RelPartOf         RelType = "PART_OF"
)

// RelTypes lists every relationship type in a fixed order.
var RelTypes = relTypesWhere(func(*RelSchema) bool { return true })

// FactualRelTypes lists the predicates a Relation may carry.
var FactualRelTypes = relTypesWhere(func(s *RelSchema) bool { return s.Factual })

// Valid reports whether t is a relationship type of the model.
func (t RelType) Valid() bool { return relSchemaOf(t) != nil }

// IsFactual reports whether t is one of the factual relation predicates.
func (t RelType) IsFactual() bool {
	s := relSchemaOf(t)
	return s != nil && s.Factual
}

// PerArticle reports whether relationships of type t carry an `article`
// property that is part of their identity, so that two articles stating the
// same fact give two relationships.
func (t RelType) PerArticle() bool {
	s := relSchemaOf(t)
	return s != nil && s.PerArticle
}

// Claim kinds.
const (
	KindDirect   = "direct"
	KindIndirect = "indirect"
)

// Stance polarities.
const (
	Positive = "positive"
	Negative = "negative"
)

// Document is everything extracted from one article: the unit of extraction
// output and of loading. Its JSON form is the document JSON of MODEL.md.
type Document struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Claims    []Claim    `json:"claims"`
	Stances   []Stance   `json:"stances"`
	Relations []Relation `json:"relations"`
}

// Article is one news article.
type Article struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	URL       string   `json:"url"`
	Outlet    string   `json:"outlet"`
	Published string   `json:"published"`
	Authors   []string `json:"authors"`
	Language  string   `json:"language,omitempty"`
	WordCount int      `json:"word_count"`
	SHA256    string   `json:"sha256,omitempty"`
}

// Entity is a Person, Outlet, Country, Organization, Event or Source found in
// an article, with every mention of it.
type Entity struct {
	ID      string   `json:"id"`
	Type    Label    `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	// Titles holds a Person's titles ("President", "special correspondent").
	Titles []string `json:"titles,omitempty"`
	// Kind is an Organization's kind ("party", "government", "company", ...).
	Kind string `json:"kind,omitempty"`
	// ISO2 and ISO3 are a Country's ISO 3166-1 codes.
	ISO2 string `json:"iso2,omitempty"`
	ISO3 string `json:"iso3,omitempty"`
	// Date is an Event's date (ISO 8601, possibly only a year) when known.
	Date string `json:"date,omitempty"`
	// Description and Anonymous describe a Source; CloseTo is the id of the
	// entity it is close to or part of, when the article says so ("a source
	// close to the Kremlin", "Kremlin insiders").
	Description string    `json:"description,omitempty"`
	Anonymous   bool      `json:"anonymous,omitempty"`
	CloseTo     string    `json:"close_to,omitempty"`
	Mentions    []Mention `json:"mentions"`
}

// Mention is one occurrence of an entity: Text == body[Start:End].
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Claim is something a speaker asserted, as reported in one article.
type Claim struct {
	ID string `json:"id"`
	// Speaker is the id of the entity that made the claim.
	Speaker string `json:"speaker"`
	Kind    string `json:"kind"`
	Cue     string `json:"cue"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	// Sentence is the sentence that attributes the claim (the one holding the
	// cue), for context when the claim is read on its own.
	Sentence string `json:"sentence,omitempty"`
	// About lists the ids of the entities the claim mentions.
	About []string `json:"about"`
}

// Stance is a holder's attitude toward a target.
type Stance struct {
	Holder   string  `json:"holder"`
	Target   string  `json:"target"`
	Polarity string  `json:"polarity"`
	Score    float64 `json:"score"`
	Evidence string  `json:"evidence"`
	// Claim is the id of the claim the stance was read from, if any.
	Claim string `json:"claim,omitempty"`
}

// Relation is a factual relation between two entities stated in an article.
type Relation struct {
	Subject   string  `json:"subject"`
	Predicate RelType `json:"predicate"`
	Object    string  `json:"object"`
	Evidence  string  `json:"evidence"`
}

// Entity returns the entity with the given id, or nil.
func (d *Document) Entity(id string) *Entity {
	for i := range d.Entities {
		if d.Entities[i].ID == id {
			return &d.Entities[i]
		}
	}
	return nil
}
