package importer

import (
	"errors"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// rowError builds the error about a field of a record (field is 0-based;
// -1 for the whole record).
func rowError(file string, rec *record, field int, err error) *graph.ParseError {
	if field < 0 || field >= len(rec.lines) {
		return &graph.ParseError{File: file, Line: rec.line, Err: err}
	}
	return &graph.ParseError{File: file, Line: rec.lines[field], Column: field + 1, Err: err}
}

// checkWidth reports a record whose number of fields is not the header's.
func (h *header) checkWidth(file string, rec *record) *graph.ParseError {
	if len(rec.fields) == len(h.fields) {
		return nil
	}
	return rowError(file, rec, -1, fmt.Errorf("row has %d fields, the header %d (an unquoted comma or line break in a field? quote the field)",
		len(rec.fields), len(h.fields)))
}

// node turns a record of a node file into a node record as graph.Flatten
// makes them, checking every field against the model.
func (h *header) node(file string, rec *record, delim rune) (graph.Node, *graph.ParseError) {
	if err := h.checkWidth(file, rec); err != nil {
		return graph.Node{}, err
	}
	bad := func(field int, format string, args ...any) (graph.Node, *graph.ParseError) {
		return graph.Node{}, rowError(file, rec, field, fmt.Errorf(format, args...))
	}
	id := rec.fields[h.id]
	switch {
	case id == "":
		return bad(h.id, "missing id")
	case graph.LabelOfID(id) != h.label:
		return bad(h.id, "id %q does not fit label %s (its ids start with %q)", id, h.label, h.label.IDPrefix())
	}
	if h.labelAt >= 0 {
		if l := rec.fields[h.labelAt]; l != "" && l != string(h.label) {
			return bad(h.labelAt, "label %q in a file of %s nodes (the label is the id column's, id:ID(%s); one label per file)", l, h.label, h.label)
		}
	}
	props := make(map[string]any, len(h.fields))
	for i, f := range h.fields {
		if f != fieldProp {
			continue
		}
		c := h.cols[i]
		v, err := decode(c, rec.fields[i], delim)
		if err != nil {
			return bad(i, "%s: %v", c.Name, err)
		}
		if v != nil {
			props[c.Name] = v
		}
	}
	// Flatten always writes the lists.
	for _, c := range nodeColumns[h.label] {
		if _, ok := props[c.Name]; !ok && c.Type == StringList {
			props[c.Name] = []string{}
		}
	}
	if h.label == graph.LabelClaim {
		if k := props["kind"]; k != graph.KindDirect && k != graph.KindIndirect {
			return bad(h.column("kind"), "kind %q: want %s or %s", k, graph.KindDirect, graph.KindIndirect)
		}
		start, end := props["start"].(int64), props["end"].(int64)
		if start < 0 || end < start {
			return bad(h.column("end"), "bad offsets [%d,%d): want 0 <= start <= end", start, end)
		}
	}
	return graph.Node{Label: h.label, ID: id, Props: props}, nil
}

// rel turns a record of a relationship file into a relationship record as
// graph.Flatten makes them, checking every field against the model.
func (h *header) rel(file string, rec *record, delim rune) (graph.Rel, *graph.ParseError) {
	if err := h.checkWidth(file, rec); err != nil {
		return graph.Rel{}, err
	}
	bad := func(field int, format string, args ...any) (graph.Rel, *graph.ParseError) {
		return graph.Rel{}, rowError(file, rec, field, fmt.Errorf(format, args...))
	}
	start, end := rec.fields[h.startAt], rec.fields[h.endAt]
	switch {
	case start == "":
		return bad(h.startAt, "missing start id")
	case graph.LabelOfID(start) != h.start:
		return bad(h.startAt, "start id %q does not fit label %s (its ids start with %q)", start, h.start, h.start.IDPrefix())
	case end == "":
		return bad(h.endAt, "missing end id")
	case graph.LabelOfID(end) != h.end:
		return bad(h.endAt, "end id %q does not fit label %s (its ids start with %q)", end, h.end, h.end.IDPrefix())
	}
	t := graph.RelType(rec.fields[h.typeAt])
	switch {
	case t == "":
		return bad(h.typeAt, "missing relationship type")
	case !t.Valid():
		return bad(h.typeAt, "unknown relationship type %q (want one of: %s)", t, typeNames())
	case !joins(t, h.start, h.end):
		s, e := Ends(t)
		return bad(h.typeAt, "%s does not go from %s to %s (it goes from %s to %s)", t, h.start, h.end, labelList(s), labelList(e))
	}
	props := map[string]any{}
	for i, f := range h.fields {
		if f != fieldProp {
			continue
		}
		c, ok := columnOf(relColumns[t], h.cols[i].Name)
		if !ok {
			if rec.fields[i] != "" {
				return bad(i, "%s relationships have no %s (leave the field empty)", t, h.cols[i].Name)
			}
			continue
		}
		v, err := decode(c, rec.fields[i], delim)
		if errors.Is(err, errMissing) {
			return bad(i, "%s: missing value (%s relationships need one)", c.Name, t)
		}
		if err != nil {
			return bad(i, "%s: %v", c.Name, err)
		}
		if v != nil {
			props[c.Name] = v
		}
	}
	for _, c := range relColumns[t] {
		if c.Required && h.column(c.Name) < 0 {
			return bad(h.typeAt, "%s relationships need a %s column", t, c.Header())
		}
		if c.Required && c.Type == String && props[c.Name] == "" {
			return bad(h.column(c.Name), "%s: missing value (%s relationships need one)", c.Name, t)
		}
	}
	if t == graph.RelStance {
		if p := props["polarity"]; p != graph.Positive && p != graph.Negative {
			return bad(h.column("polarity"), "polarity %q: want %s or %s", p, graph.Positive, graph.Negative)
		}
		if s := props["score"].(float64); s < -1 || s > 1 {
			return bad(h.column("score"), "score %v outside -1..1", s)
		}
	}
	return graph.Rel{Type: t, StartLabel: h.start, StartID: start, EndLabel: h.end, EndID: end, Props: props}, nil
}

func labelList(ls []graph.Label) string {
	if len(ls) == len(graph.EntityLabels) {
		return "an entity (" + strings.Trim(fmt.Sprint(ls), "[]") + ")"
	}
	names := make([]string, len(ls))
	for i, l := range ls {
		names[i] = string(l)
	}
	return strings.Join(names, " or ")
}

// relKey is the identity of a relationship, what MERGE matches on: (type,
// start, end), plus the article for per-article types.
func relKey(r graph.Rel) string {
	k := string(r.Type) + "\x00" + r.StartID + "\x00" + r.EndID
	if r.Type.PerArticle() {
		k += "\x00" + r.Article()
	}
	return k
}
