package graph

import (
	"errors"
	"fmt"
	"strings"
)

// Validate checks that d obeys the model: ids carry the prefix of their
// label, every reference (claim speaker, about, stance holder and target,
// relation subject and object) names an entity of the document, mention
// offsets are well formed, and enumerations hold known values. It returns all
// problems found, joined, or nil.
func (d *Document) Validate() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	a := &d.Article
	if !strings.HasPrefix(a.ID, "article:") || len(a.ID) == len("article:") {
		bad("article id %q must look like \"article:<id>\"", a.ID)
	}
	ids := make(map[string]Label, len(d.Entities)+len(d.Claims))
	for i, e := range d.Entities {
		switch {
		case !e.Type.IsEntity():
			bad("entity %d (%q): unknown type %q (want one of Person, Outlet, Country, Organization, Event, Source)", i, e.ID, e.Type)
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
		if t, ok := ids[c.Speaker]; !ok || !t.IsEntity() {
			bad("claim %q: speaker %q is not an entity of this document", c.ID, c.Speaker)
		}
		if c.Kind != KindDirect && c.Kind != KindIndirect {
			bad("claim %q: kind %q (want %q or %q)", c.ID, c.Kind, KindDirect, KindIndirect)
		}
		if c.Start < 0 || c.End < c.Start {
			bad("claim %q: bad offsets [%d,%d)", c.ID, c.Start, c.End)
		}
		for _, ab := range c.About {
			if t, ok := ids[ab]; !ok || !t.IsEntity() {
				bad("claim %q: about %q is not an entity of this document", c.ID, ab)
			}
		}
	}
	for i, s := range d.Stances {
		if t, ok := ids[s.Holder]; !ok || !t.IsEntity() {
			bad("stance %d: holder %q is not an entity of this document", i, s.Holder)
		}
		if t, ok := ids[s.Target]; !ok || !t.IsEntity() {
			bad("stance %d: target %q is not an entity of this document", i, s.Target)
		}
		if s.Polarity != Positive && s.Polarity != Negative {
			bad("stance %d: polarity %q (want %q or %q)", i, s.Polarity, Positive, Negative)
		}
		if s.Score < -1 || s.Score > 1 {
			bad("stance %d: score %v outside -1..1", i, s.Score)
		}
		if s.Claim != "" && ids[s.Claim] != LabelClaim {
			bad("stance %d: claim %q is not a claim of this document", i, s.Claim)
		}
	}
	for i, r := range d.Relations {
		if !r.Predicate.IsFactual() {
			bad("relation %d: predicate %q (want one of LEADER_OF, AFFILIATED_WITH, WORKS_FOR, MEMBER_OF, LOCATED_IN, PART_OF)", i, r.Predicate)
		}
		if t, ok := ids[r.Subject]; !ok || !t.IsEntity() {
			bad("relation %d: subject %q is not an entity of this document", i, r.Subject)
		}
		if t, ok := ids[r.Object]; !ok || !t.IsEntity() {
			bad("relation %d: object %q is not an entity of this document", i, r.Object)
		}
	}
	return errors.Join(errs...)
}
