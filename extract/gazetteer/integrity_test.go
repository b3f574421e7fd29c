package gazetteer

import (
	"fmt"
	"slices"
	"sort"
	"testing"
)

// surfacesOf returns the listed surfaces of e that must be unambiguous
// unless flagged (short forms of people are derived and may be shared).
func surfacesOf(e Entity) []string {
	b := e.Base()
	out := append([]string{b.Name}, b.Aliases...)
	switch e := e.(type) {
	case *Country:
		if e.Official != "" {
			out = append(out, e.Official)
		}
		out = append(out, e.Demonyms...)
		out = append(out, e.Metonyms...)
	case *Organization:
		out = append(out, e.Members...)
	}
	return out
}

func allEntities(g *Gazetteer) []Entity {
	var out []Entity
	for _, c := range g.Countries {
		out = append(out, c)
	}
	for _, o := range g.Outlets {
		out = append(out, o)
	}
	for _, o := range g.Organizations {
		out = append(out, o)
	}
	for _, p := range g.People {
		out = append(out, p)
	}
	for _, e := range g.Events {
		out = append(out, e)
	}
	return out
}

// TestSharedSurfacesAreFlagged checks that a surface naming more than one
// entry is listed as ambiguous by every entry that has it.
func TestSharedSurfacesAreFlagged(t *testing.T) {
	g := Default()
	var problems []string
	for _, e := range allEntities(g) {
		for _, s := range surfacesOf(e) {
			if slices.Contains(e.Base().Ambiguous, s) {
				continue
			}
			hits := g.Lookup(s)
			var others []string
			for _, h := range hits {
				if h.Entity != e {
					others = append(others, fmt.Sprintf("%s %q", h.Entity.Base().Label, h.Entity.Base().Name))
				}
			}
			if len(others) > 0 {
				problems = append(problems, fmt.Sprintf("%s %q: surface %q also names %v", e.Base().Label, e.Base().Name, s, others))
			}
		}
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Error(p)
	}
}
