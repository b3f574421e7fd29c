package importer

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Kind is the kind of a CSV file, told by its header.
type Kind int

// The kinds of CSV file Import reads.
const (
	// Articles is a CSV file of articles, with the columns of the JSON Lines
	// corpus (id, title, url, outlet, published, authors, text), read by
	// extract/input and extracted.
	Articles Kind = iota + 1
	// Nodes is a node file: an id:ID(Label) column and property columns.
	Nodes
	// Relationships is a relationship file: :START_ID(Label),
	// :END_ID(Label), :TYPE and property columns.
	Relationships
)

func (k Kind) String() string {
	switch k {
	case Articles:
		return "articles"
	case Nodes:
		return "nodes"
	case Relationships:
		return "relationships"
	}
	return "unknown"
}

// field kinds of a node or relationship header
const (
	fieldProp = iota
	fieldID
	fieldLabel
	fieldStart
	fieldEnd
	fieldType
	fieldIgnore
)

// header is the parsed header of a node or relationship file.
type header struct {
	kind  Kind
	label graph.Label // nodes: the ID space, which is the label
	// relationships: the ID spaces of the ends, which are their labels
	start, end graph.Label
	line       int
	fields     []int    // per field: fieldProp, fieldID, ...
	cols       []Column // per field: the property column when fieldProp
	// positions (0-based) of the special fields; -1 when absent
	id, labelAt, startAt, endAt, typeAt int
}

// headerField is one field of a header, split as neo4j-admin reads it:
// name:TYPE(group).
type headerField struct {
	name, typ, group string
}

func splitHeaderField(s string) (headerField, error) {
	name, spec, typed := strings.Cut(s, ":")
	f := headerField{name: strings.TrimSpace(name)}
	if !typed {
		return f, nil
	}
	spec = strings.TrimSpace(spec)
	if i := strings.IndexByte(spec, '('); i >= 0 {
		if !strings.HasSuffix(spec, ")") {
			return f, fmt.Errorf("column %q: unclosed parenthesis (write :ID(Label))", s)
		}
		f.group = strings.TrimSpace(spec[i+1 : len(spec)-1])
		spec = strings.TrimSpace(spec[:i])
	}
	f.typ = spec
	return f, nil
}

// special field types, as neo4j-admin spells them
var specialTypes = map[string]int{
	"ID": fieldID, "LABEL": fieldLabel, "START_ID": fieldStart, "END_ID": fieldEnd,
	"TYPE": fieldType, "IGNORE": fieldIgnore,
}

// kindOf tells the kind of a file from its header fields: a relationship
// file has a :START_ID, :END_ID or :TYPE field, a node file an :ID or
// :LABEL field; anything else is taken for a file of articles.
func kindOf(fields []string) Kind {
	kind := Articles
	for _, s := range fields {
		hf, err := splitHeaderField(s)
		if err != nil {
			continue
		}
		switch specialTypes[strings.ToUpper(hf.typ)] {
		case fieldStart, fieldEnd, fieldType:
			return Relationships
		case fieldID, fieldLabel:
			kind = Nodes
		}
	}
	return kind
}

// typeMatches reports whether a header's type name gives the column's type:
// neo4j-admin's int and long both load as a 64-bit integer, float and double
// as a 64-bit float (with --normalize-types, its default), and no type
// means string.
func typeMatches(c Column, typ string) bool {
	switch strings.ToLower(typ) {
	case "", "string":
		return c.Type == String
	case "long", "int":
		return c.Type == Long
	case "double", "float":
		return c.Type == Double
	case "boolean":
		return c.Type == Boolean
	case "string[]":
		return c.Type == StringList
	}
	return false
}

// parseHeader parses and checks the header of a node or relationship file
// against the model. Every problem is returned, each with its column.
func parseHeader(file string, rec *record, kind Kind) (*header, []*graph.ParseError) {
	h := &header{kind: kind, line: rec.line, id: -1, labelAt: -1, startAt: -1, endAt: -1, typeAt: -1,
		fields: make([]int, len(rec.fields)), cols: make([]Column, len(rec.fields))}
	var errs []*graph.ParseError
	bad := func(i int, format string, args ...any) {
		errs = append(errs, &graph.ParseError{File: file, Line: rec.lines[i], Column: i + 1, Err: fmt.Errorf(format, args...)})
	}
	parsed := make([]headerField, len(rec.fields))
	// The special fields first: they say what the properties are of.
	for i, s := range rec.fields {
		hf, err := splitHeaderField(s)
		if err != nil {
			bad(i, "%v", err)
			h.fields[i] = fieldIgnore
			continue
		}
		parsed[i] = hf
		if hf.typ == "" && hf.name == "" {
			bad(i, "empty column name (remove the column, or name it; :IGNORE skips a column)")
			h.fields[i] = fieldIgnore
			continue
		}
		special, ok := specialTypes[strings.ToUpper(hf.typ)]
		if !ok {
			continue // a property
		}
		h.fields[i] = special
		seen := func(at *int, what string) bool {
			if *at >= 0 {
				bad(i, "second %s column (the first is column %d); keep one", what, *at+1)
				return true
			}
			*at = i
			return false
		}
		group := func(what string) graph.Label {
			l := graph.Label(hf.group)
			switch {
			case hf.group == "":
				bad(i, "the %s column names no label: write %s(Label), one of %s", what, s, labelNames())
			case !l.Valid():
				bad(i, "unknown label %q in %s (want one of: %s)", hf.group, s, labelNames())
			default:
				return l
			}
			return ""
		}
		switch special {
		case fieldID:
			if kind != Nodes {
				bad(i, "an :ID column in a relationship file (a node file has :ID, a relationship file :START_ID and :END_ID)")
				continue
			}
			if seen(&h.id, ":ID") {
				continue
			}
			if hf.name != "" && hf.name != "id" {
				bad(i, "the id column is named %q: write id:ID(Label) (the model's nodes keep their id in the property id)", hf.name)
			}
			h.label = group("id")
		case fieldLabel:
			if kind != Nodes {
				bad(i, "a :LABEL column in a relationship file (the label of the ends is in :START_ID(Label) and :END_ID(Label))")
				continue
			}
			seen(&h.labelAt, ":LABEL")
		case fieldStart:
			if !seen(&h.startAt, ":START_ID") {
				h.start = group(":START_ID")
			}
		case fieldEnd:
			if !seen(&h.endAt, ":END_ID") {
				h.end = group(":END_ID")
			}
		case fieldType:
			seen(&h.typeAt, ":TYPE")
		}
	}
	line := rec.line
	missing := func(format string, args ...any) {
		errs = append(errs, &graph.ParseError{File: file, Line: line, Err: fmt.Errorf(format, args...)})
	}
	switch kind {
	case Nodes:
		if h.id < 0 {
			missing("no id column: a node file needs id:ID(Label), Label one of %s", labelNames())
		}
	case Relationships:
		if h.startAt < 0 {
			missing("no :START_ID(Label) column")
		}
		if h.endAt < 0 {
			missing("no :END_ID(Label) column")
		}
		if h.typeAt < 0 {
			missing("no :TYPE column")
		}
	}
	if len(errs) > 0 {
		return h, errs // the properties cannot be checked without the labels
	}

	// The properties.
	names := map[string]int{}
	for i, hf := range parsed {
		if h.fields[i] != fieldProp {
			continue
		}
		if j, dup := names[hf.name]; dup {
			bad(i, "column %s appears twice (columns %d and %d); keep one", hf.name, j+1, i+1)
			continue
		}
		names[hf.name] = i
		var c Column
		var ok bool
		if kind == Nodes {
			c, ok = columnOf(nodeColumns[h.label], hf.name)
			if !ok {
				bad(i, "unknown column %q for label %s (want one of: %s)", hf.name, h.label, columnNames(h.label))
				continue
			}
		} else {
			c, ok = relColumn(hf.name)
			if !ok {
				bad(i, "unknown column %q for relationships (want one of: %s)", hf.name, strings.Join(relColumnNames(), ", "))
				continue
			}
			if !h.anyTypeHas(c.Name) {
				bad(i, "column %s belongs to no relationship type from %s to %s (%s has it)", c.Name, h.start, h.end, strings.Join(typesWith(c.Name), ", "))
				continue
			}
		}
		if !typeMatches(c, hf.typ) {
			bad(i, "column %s is a %s: write %s (neo4j-admin would load %q as %s)", c.Name, c.Type, c.Header(), rec.fields[i], typeName(hf.typ))
			continue
		}
		h.cols[i] = c
	}
	if kind == Nodes {
		for _, c := range nodeColumns[h.label] {
			if _, ok := names[c.Name]; !ok && c.Required {
				missing("no %s column: %s nodes need %s", c.Header(), h.label, requiredNames(h.label))
			}
		}
	}
	return h, errs
}

// anyTypeHas reports whether some relationship type that joins the header's
// labels has the property.
func (h *header) anyTypeHas(name string) bool {
	for _, t := range graph.RelTypes {
		if _, ok := columnOf(relColumns[t], name); ok && joins(t, h.start, h.end) {
			return true
		}
	}
	return false
}

// column returns the index of the field holding the property, or -1.
func (h *header) column(name string) int {
	for i, f := range h.fields {
		if f == fieldProp && h.cols[i].Name == name {
			return i
		}
	}
	return -1
}

func columnOf(cols []Column, name string) (Column, bool) {
	for _, c := range cols {
		if c.Name == name {
			return c, true
		}
	}
	return Column{}, false
}

func typesWith(name string) []string {
	var out []string
	for _, t := range graph.RelTypes {
		if _, ok := columnOf(relColumns[t], name); ok {
			out = append(out, string(t))
		}
	}
	return out
}

func typeName(t string) string {
	if t == "" {
		return "string"
	}
	return t
}

func labelNames() string {
	names := make([]string, len(graph.Labels))
	for i, l := range graph.Labels {
		names[i] = string(l)
	}
	return strings.Join(names, ", ")
}

func typeNames() string {
	names := make([]string, len(graph.RelTypes))
	for i, t := range graph.RelTypes {
		names[i] = string(t)
	}
	return strings.Join(names, ", ")
}

// columnNames lists the columns of a label's file, for messages.
func columnNames(l graph.Label) string {
	names := []string{"id"}
	for _, c := range nodeColumns[l] {
		names = append(names, c.Name)
	}
	return strings.Join(names, ", ")
}

func requiredNames(l graph.Label) string {
	var names []string
	for _, c := range nodeColumns[l] {
		if c.Required {
			names = append(names, c.Header())
		}
	}
	return strings.Join(names, ", ")
}

// nodeHeader returns the header fields of a label's node file.
func nodeHeader(l graph.Label, integerIDs bool) []cell {
	cells := []cell{{s: "id:ID(" + string(l) + ")"}, {s: ":LABEL"}}
	if integerIDs {
		// the :ID is a hash of the id, which is a property of its own
		cells = []cell{{s: ":ID(" + string(l) + ")"}, {s: "id"}, {s: ":LABEL"}}
	}
	for _, c := range nodeColumns[l] {
		cells = append(cells, cell{s: c.Header()})
	}
	return cells
}

// relHeader returns the header fields of a relationship file.
func relHeader(t graph.RelType, start, end graph.Label) []cell {
	cells := []cell{{s: ":START_ID(" + string(start) + ")"}, {s: ":END_ID(" + string(end) + ")"}, {s: ":TYPE"}}
	for _, c := range relColumns[t] {
		cells = append(cells, cell{s: c.Header()})
	}
	return cells
}
