package graph

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// Validate checks that d obeys the model: ids carry the prefix of their
// label, every reference (claim speaker, about, stance holder and target,
// relation subject and object) names an entity of the document whose label
// the relationship it makes may join (RelType.Ends), mention
// offsets are well formed, and enumerations hold known values. It returns all
// problems found, joined, or nil.
func (d *Document) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	a := &d.Article
	if LabelOfID(a.ID) != LabelArticle {
		bad("article id %q must look like \"article:<id>\"", a.ID)
	}
	ids := make(map[string]Label, len(d.Entities)+len(d.Claims))
	// joins reports whether id is a node of the document that a
	// relationship of type t may start (or end) at.
	joins := func(t RelType, start bool, id string) bool {
		l, ok := ids[id]
		if !ok {
			return false
		}
		rs := relSchemaOf(t)
		if rs == nil {
			return l.IsEntity() // an unknown predicate, reported as such
		}
		from, to := rs.From, rs.To
		if start {
			return slices.Contains(from, l)
		}
		return slices.Contains(to, l)
	}
	for i, e := range d.Entities {
		switch {
		case !e.Type.IsEntity():
			bad("entity %d (%q): unknown type %q (want one of %s)", i, e.ID, e.Type, join(EntityLabels, ", "))
		case LabelOfID(e.ID) != e.Type:
			bad("entity %d: id %q must start with %q for type %s", i, e.ID, e.Type.IDPrefix(), e.Type)
		}
		if _, dup := ids[e.ID]; dup {
			bad("entity %d: duplicate id %q", i, e.ID)
		}
		ids[e.ID] = e.Type
		for j, m := range e.Mentions {
			if m.Start < 0 || m.End < m.Start {
				bad("entity %q mention %d: bad offsets [%d,%d)", e.ID, j, m.Start, m.End)
			}
		}
	}
	for _, e := range d.Entities {
		if e.CloseTo == "" {
			continue
		}
		if e.Type != LabelSource {
			bad("entity %q: close_to is for sources only", e.ID)
		} else if t, ok := ids[e.CloseTo]; !ok || !t.IsEntity() {
			bad("source %q: close_to %q is not an entity of this document", e.ID, e.CloseTo)
		}
	}
	for i, c := range d.Claims {
		if LabelOfID(c.ID) != LabelClaim {
			bad("claim %d: id %q must start with \"claim:\"", i, c.ID)
		}
		if _, dup := ids[c.ID]; dup {
			bad("claim %d: duplicate id %q", i, c.ID)
		}
		ids[c.ID] = LabelClaim
		if !joins(RelClaims, true, c.Speaker) {
			bad("claim %q: speaker %q is not an entity of this document", c.ID, c.Speaker)
		}
		if c.Kind != KindDirect && c.Kind != KindIndirect {
			bad("claim %q: kind %q (want %q or %q)", c.ID, c.Kind, KindDirect, KindIndirect)
		}
		if c.Start < 0 || c.End < c.Start {
			bad("claim %q: bad offsets [%d,%d)", c.ID, c.Start, c.End)
		}
		for _, ab := range c.About {
			if !joins(RelAbout, false, ab) {
				bad("claim %q: about %q is not an entity of this document", c.ID, ab)
			}
		}
	}
	for i, s := range d.Stances {
		if !joins(RelStance, true, s.Holder) {
			bad("stance %d: holder %q is not an entity of this document", i, s.Holder)
		}
		if !joins(RelStance, false, s.Target) {
			bad("stance %d: target %q is not an entity of this document", i, s.Target)
		}
		if s.Polarity != Positive && s.Polarity != Negative {
			bad("stance %d: polarity %q (want %q or %q)", i, s.Polarity, Positive, Negative)
		}
		if !(s.Score >= -1 && s.Score <= 1) { // NaN too
			bad("stance %d: score %v outside -1..1", i, s.Score)
		}
		if s.Claim != "" && ids[s.Claim] != LabelClaim {
			bad("stance %d: claim %q is not a claim of this document", i, s.Claim)
		}
	}
	for i, r := range d.Relations {
		if !r.Predicate.IsFactual() {
			bad("relation %d: predicate %q (want one of %s)", i, r.Predicate, join(FactualRelTypes, ", "))
		}
		if !joins(r.Predicate, true, r.Subject) {
			bad("relation %d: subject %q is not an entity of this document", i, r.Subject)
		}
		if !joins(r.Predicate, false, r.Object) {
			bad("relation %d: object %q is not an entity of this document", i, r.Object)
		}
	}
	return errors.Join(errs...)
}

// join joins names: join(EntityLabels, ", ") is "Person, Outlet, Country, …".
func join[T ~string](list []T, sep string) string {
	s := make([]string, len(list))
	for i, v := range list {
		s[i] = string(v)
	}
	return strings.Join(s, sep)
}
