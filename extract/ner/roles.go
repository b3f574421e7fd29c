package ner

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// TitleOf returns the normalised title, in lower case, that tokens [t0,
// t1) spell ("secretary of state", "prime minister" for "UK premier"), if
// they spell one that is no form of address.
func (res *Result) TitleOf(t0, t1 int) (string, bool) {
	if t0 >= t1 {
		return "", false
	}
	phrase := res.Span(t0, t1)
	switch strings.ToLower(phrase) {
	case "uk premier", "british premier":
		return "prime minister", true
	}
	if ti, ok := res.Title(phrase); ok && !ti.Honorific {
		return strings.ToLower(ti.Normalised), true
	}
	return "", false
}

// KnownHolder returns the person of the article, named before offset
// before, whom the lists know to hold the role that tokens [t0, t1)
// describe: "the secretary of state" is John Kerry in a story that names
// him, "the Tory leader" Michael Howard. A body or country before the title
// must be the role's ("the Kremlin spokesman"). Of several holders the one
// named most often before wins; -1 when the article names none.
func (res *Result) KnownHolder(t0, t1, before int) int {
	if t0 >= t1 {
		return -1
	}
	title, ok := res.TitleOf(t0, t1)
	of := -1
	if !ok {
		for s := t0 + 1; s < t1 && !ok; s++ {
			if title, ok = res.TitleOf(s, t1); ok {
				mi := res.MentionAt(t0, graph.LabelCountry, graph.LabelOrganization, graph.LabelOutlet)
				// ("Hungary's prime minister": the body's possessive between)
				possessive := mi >= 0 && res.Mentions[mi].T1 == s-1 && (res.Tokens[s-1] == "’s" || res.Tokens[s-1] == "'s")
				if mi < 0 || res.Mentions[mi].T0 != t0 || res.Mentions[mi].T1 != s && !possessive || res.Mentions[mi].Entity < 0 {
					return -1 // "the deputy secretary", "the new leader": another role
				}
				of = res.Mentions[mi].Entity
			}
		}
	}
	if !ok {
		return -1
	}
	// the holder the story names most often before the phrase ("the
	// president" in a story on Trump that names Biden once)
	if e := res.namedMost(title, of, before, true); e >= 0 || of >= 0 {
		return e
	}
	// a story that names no country or body of the role: a holder it
	// names more often than any other ("Trump … attacked Mueller. Then
	// the president said")
	return res.namedMost(title, -1, before, false)
}

// namedMost returns the listed person holding the title (in entity of,
// or any when -1) whom the story names most often before offset before,
// or -1. With named, the role's country or body must be in the story;
// without, the holder must be named more often than any other.
func (res *Result) namedMost(title string, of, before int, named bool) int {
	best, bestN, second := -1, 0, 0
	for ei, e := range res.Entities {
		p, listed := e.Entry.(*gazetteer.Person)
		if !listed || e.Label != graph.LabelPerson {
			continue
		}
		if named && !res.holds(p, title, of) || !named && !holdsAnywhere(p, title) {
			continue
		}
		n := 0
		for _, mk := range e.Mentions {
			if res.Mentions[mk].End <= before {
				n++
			}
		}
		if n > bestN {
			best, bestN, second = ei, n, bestN
		} else if n > second {
			second = n
		}
	}
	if !named && bestN == second {
		return -1
	}
	return best
}

// holdsAnywhere reports whether listed person p holds the title
// somewhere.
func holdsAnywhere(p *gazetteer.Person, title string) bool {
	for _, r := range p.Roles {
		if strings.EqualFold(r.Title, title) && r.Of != "" {
			return true
		}
	}
	return false
}

// holds reports whether listed person p holds the title in entity of (any
// when -1) that the story names: "President@US" only in a story that names
// the United States, "Chairman@The Trump Organization" only in one that
// names the company.
func (res *Result) holds(p *gazetteer.Person, title string, of int) bool {
	for _, r := range p.Roles {
		if !strings.EqualFold(r.Title, title) || r.Of == "" {
			continue
		}
		if of >= 0 {
			if res.roleOf(r.Of, of) {
				return true
			}
			continue
		}
		for ei := range res.Entities {
			if len(res.Entities[ei].Mentions) > 0 && (res.Entities[ei].Label == graph.LabelCountry || res.Entities[ei].Label == graph.LabelOrganization) && res.roleOf(r.Of, ei) {
				return true
			}
		}
	}
	return false
}

// roleOf reports whether a listed role's Of (a country code or an
// organisation's name) is entity ei.
func (res *Result) roleOf(of string, ei int) bool {
	e := res.Entities[ei]
	if e.Label == graph.LabelCountry {
		return e.ISO2 == of
	}
	return strings.EqualFold(e.Name, of)
}
