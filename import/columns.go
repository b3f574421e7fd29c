package importer

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// Type is the type of a property column, as the neo4j-admin header names it
// after the colon ("count:long").
type Type string

// The column types of the model.
const (
	String     Type = "string"
	Long       Type = "long"
	Double     Type = "double"
	Boolean    Type = "boolean"
	StringList Type = "string[]"
)

// Column is a property column of a node or relationship file.
type Column struct {
	Name string
	Type Type
	// Required columns have a value in every record graph.Flatten makes;
	// an empty field in an optional column means the property is absent.
	// List columns are neither: Flatten always writes them, and an empty
	// field is an empty list.
	Required bool
}

// Header returns the column's neo4j-admin header: the name, plus the type
// unless it is string ("count:long", "name").
func (c Column) Header() string {
	if c.Type == String {
		return c.Name
	}
	return c.Name + ":" + string(c.Type)
}

// The columns of the labels, in file order, after id and :LABEL: the node
// properties graph.Flatten writes (see its doc).
var nodeColumns = map[graph.Label][]Column{
	graph.LabelArticle: {
		{Name: "title", Type: String}, {Name: "url", Type: String}, {Name: "outlet", Type: String},
		{Name: "published", Type: String}, {Name: "authors", Type: StringList}, {Name: "language", Type: String},
		{Name: "word_count", Type: Long}, {Name: "sha256", Type: String},
	},
	graph.LabelPerson: {
		{Name: "name", Type: String, Required: true}, {Name: "aliases", Type: StringList}, {Name: "titles", Type: StringList},
	},
	graph.LabelOutlet: {
		{Name: "name", Type: String, Required: true}, {Name: "aliases", Type: StringList},
	},
	graph.LabelCountry: {
		{Name: "name", Type: String, Required: true}, {Name: "aliases", Type: StringList},
		{Name: "iso2", Type: String}, {Name: "iso3", Type: String},
	},
	graph.LabelOrganization: {
		{Name: "name", Type: String, Required: true}, {Name: "aliases", Type: StringList}, {Name: "kind", Type: String},
	},
	graph.LabelEvent: {
		{Name: "name", Type: String, Required: true}, {Name: "aliases", Type: StringList}, {Name: "date", Type: String},
	},
	graph.LabelSource: {
		{Name: "name", Type: String, Required: true}, {Name: "aliases", Type: StringList},
		{Name: "description", Type: String}, {Name: "anonymous", Type: Boolean, Required: true},
		{Name: "close_to", Type: String},
	},
	graph.LabelClaim: {
		{Name: "text", Type: String, Required: true}, {Name: "kind", Type: String, Required: true},
		{Name: "cue", Type: String}, {Name: "start", Type: Long, Required: true},
		{Name: "end", Type: Long, Required: true}, {Name: "sentence", Type: String},
	},
}

var (
	factualColumns = []Column{{Name: "article", Type: String, Required: true}, {Name: "evidence", Type: String}}
	// The columns of the relationship types, after :START_ID, :END_ID and
	// :TYPE: the relationship properties graph.Flatten writes.
	relColumns = map[graph.RelType][]Column{
		graph.RelMentions: {{Name: "count", Type: Long, Required: true}, {Name: "first", Type: Long, Required: true}},
		graph.RelStance: {
			{Name: "polarity", Type: String, Required: true}, {Name: "score", Type: Double, Required: true},
			{Name: "evidence", Type: String}, {Name: "article", Type: String, Required: true}, {Name: "claim", Type: String},
		},
		graph.RelLeaderOf:       factualColumns,
		graph.RelAffiliatedWith: factualColumns,
		graph.RelWorksFor:       factualColumns,
		graph.RelMemberOf:       factualColumns,
		graph.RelLocatedIn:      factualColumns,
		graph.RelPartOf:         factualColumns,
	}
)

// NodeColumns returns the property columns of a label's node file, after
// the id and :LABEL columns, or nil for a label not of the model.
func NodeColumns(l graph.Label) []Column { return slices.Clone(nodeColumns[l]) }

// RelColumns returns the property columns of a relationship type's files,
// after :START_ID, :END_ID and :TYPE (none for PUBLISHED_BY, WRITTEN_BY,
// CLAIMS, REPORTED_IN and ABOUT).
func RelColumns(t graph.RelType) []Column { return slices.Clone(relColumns[t]) }

// relColumn returns the column of any relationship type with the given name:
// a name has one type across the model.
func relColumn(name string) (Column, bool) {
	for _, t := range graph.RelTypes {
		for _, c := range relColumns[t] {
			if c.Name == name {
				return c, true
			}
		}
	}
	return Column{}, false
}

// relColumnNames lists every relationship property name once, in model
// order, for messages.
func relColumnNames() []string {
	var out []string
	for _, t := range graph.RelTypes {
		for _, c := range relColumns[t] {
			if !slices.Contains(out, c.Name) {
				out = append(out, c.Name)
			}
		}
	}
	return out
}

// Ends returns the labels a relationship of type t may start and end at:
// the documents' rules (graph.Document.Validate) turned into records.
func Ends(t graph.RelType) (start, end []graph.Label) {
	entities := graph.EntityLabels
	switch t {
	case graph.RelPublishedBy:
		return []graph.Label{graph.LabelArticle}, []graph.Label{graph.LabelOutlet}
	case graph.RelWrittenBy:
		return []graph.Label{graph.LabelArticle}, []graph.Label{graph.LabelPerson}
	case graph.RelMentions:
		return []graph.Label{graph.LabelArticle}, entities
	case graph.RelClaims:
		return entities, []graph.Label{graph.LabelClaim}
	case graph.RelReportedIn:
		return []graph.Label{graph.LabelClaim}, []graph.Label{graph.LabelArticle}
	case graph.RelAbout:
		return []graph.Label{graph.LabelClaim}, entities
	}
	if t == graph.RelStance || t.IsFactual() {
		return entities, entities
	}
	return nil, nil
}

// joins reports whether relationships of type t may go from start to end.
func joins(t graph.RelType, start, end graph.Label) bool {
	s, e := Ends(t)
	return slices.Contains(s, start) && slices.Contains(e, end)
}

// shared reports whether nodes of the label are shared by articles, and
// merged as graph.Writer merges them (see its doc).
func shared(l graph.Label) bool {
	switch l {
	case graph.LabelPerson, graph.LabelOutlet, graph.LabelCountry, graph.LabelOrganization, graph.LabelEvent:
		return true
	}
	return false
}
