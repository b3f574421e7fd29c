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

// The columns of the labels and relationship types, in file order, after
// the id and :LABEL columns (or :START_ID, :END_ID and :TYPE): the
// properties of the schema (graph.Label.Props, graph.RelType.Props), which
// graph.Flatten writes.
var (
	nodeColumns = func() map[graph.Label][]Column {
		m := make(map[graph.Label][]Column, len(graph.Labels))
		for _, l := range graph.Labels {
			m[l] = columnsOf(l.Props())
		}
		return m
	}()
	relColumns = func() map[graph.RelType][]Column {
		m := make(map[graph.RelType][]Column, len(graph.RelTypes))
		for _, t := range graph.RelTypes {
			if cols := columnsOf(t.Props()); len(cols) > 0 {
				m[t] = cols
			}
		}
		return m
	}()
)

// columnsOf returns the columns of properties.
func columnsOf(props []graph.Prop) []Column {
	var cols []Column
	for _, p := range props {
		cols = append(cols, Column{Name: p.Name, Type: columnType[p.Type], Required: p.Required})
	}
	return cols
}

// columnType is the column type of each property type.
var columnType = map[graph.PropType]Type{
	graph.String:     String,
	graph.Int:        Long,
	graph.Float:      Double,
	graph.Bool:       Boolean,
	graph.StringList: StringList,
}

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

// Ends returns the labels a relationship of type t may start and end at
// (graph.RelType.Ends).
func Ends(t graph.RelType) (start, end []graph.Label) { return t.Ends() }

// joins reports whether relationships of type t may go from start to end.
func joins(t graph.RelType, start, end graph.Label) bool { return t.Joins(start, end) }
