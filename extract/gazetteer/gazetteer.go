package gazetteer

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// index builds the phrase tries of the parsed lists, and caches every
// entry's node id (recognition asks for it on every mention).
func (g *Gazetteer) index() {
	for _, c := range g.Countries {
		c.id = graph.CountryID(c.ISO2)
	}
	for _, o := range g.Outlets {
		o.id = graph.EntityID(o.Label, o.Name)
	}
	for _, o := range g.Organizations {
		o.id = graph.EntityID(o.Label, o.Name)
	}
	for _, p := range g.People {
		p.id = graph.EntityID(p.Label, p.Name)
	}
	for _, e := range g.Events {
		e.id = graph.EntityID(e.Label, e.Name)
	}
	for _, c := range g.Countries {
		e := &c.Entry
		g.addSurface(c, e.Name, SurfaceName)
		if c.Official != "" && !strings.Contains(c.Official, "(") {
			g.addSurface(c, c.Official, SurfaceAlias)
		}
		g.addSurfaces(c, e.Aliases, SurfaceAlias)
		g.addSurfaces(c, c.Demonyms, SurfaceDemonym)
		g.addSurfaces(c, c.Metonyms, SurfaceCapital)
	}
	for _, o := range g.Outlets {
		g.addSurface(o, o.Name, SurfaceName)
		g.addSurfaces(o, o.Aliases, SurfaceAlias)
	}
	for _, o := range g.Organizations {
		g.addSurface(o, o.Name, SurfaceName)
		g.addSurfaces(o, o.Aliases, SurfaceAlias)
		g.addSurfaces(o, o.Members, SurfaceMember)
	}
	for _, p := range g.People {
		g.addSurface(p, p.Name, SurfaceName)
		g.addSurfaces(p, p.Aliases, SurfaceAlias)
		g.addSurfaces(p, p.Short, SurfaceShort)
	}
	for _, e := range g.Events {
		g.addSurface(e, e.Name, SurfaceName)
		g.addSurfaces(e, e.Aliases, SurfaceAlias)
		if e.Kind == EventAttack {
			// "the San Bernardino attacks", "the Boston Marathon bombings":
			// news counts one attack's acts in the plural
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				if p, ok := incidentPlural(a); ok && !slices.Contains(e.Aliases, p) {
					g.addSurface(e, p, SurfaceAlias)
				}
			}
		}
	}
	for _, b := range g.blocked {
		for _, k := range keyVariants(b, false) {
			g.phrases.insert(k).block = true
		}
	}
	markShared(&g.phrases.root)

	for i, t := range g.titleList {
		for _, k := range keyVariants(t.Title, true) {
			if n := g.titles.insert(k); n.val == 0 {
				n.val = i + 1
			}
		}
	}
	for i, c := range g.cueList {
		for _, k := range keyVariants(c.Phrase, true) {
			if n := g.sources.insert(k); n.val == 0 {
				n.val = i + 1
			}
		}
	}
}

func (g *Gazetteer) addSurfaces(e Entity, surfaces []string, s Surface) {
	for _, v := range surfaces {
		g.addSurface(e, v, s)
	}
}

// addSurface indexes one surface form of e. A phrase keeps one hit per
// entity: the first surface it was added under.
func (g *Gazetteer) addSurface(e Entity, surface string, s Surface) {
	amb := slices.Contains(e.Base().Ambiguous, surface)
	for _, k := range keyVariants(surface, false) {
		n := g.phrases.insert(k)
		if !slices.ContainsFunc(n.hits, func(h Hit) bool { return h.Entity == e }) {
			n.hits = append(n.hits, Hit{Entity: e, Surface: s, Ambiguous: amb})
		}
	}
}

// markShared flags every hit of a phrase that names more than one entry.
func markShared(n *node) {
	if len(n.hits) > 1 {
		for i := range n.hits {
			n.hits[i].Ambiguous = true
		}
	}
	for _, c := range n.next {
		markShared(c)
	}
}

// Match returns the longest listed phrase that starts at tokens[i], tokens
// being cut by the package's tokenisation contract. It reports false when
// no phrase starts there. A match with no Hits is a listed non-entity
// phrase (data/non_entities.tsv: "New Mexico", "Vice President", "Latin
// America"): the recogniser should skip its tokens as a whole, so that the
// "Mexico" in "New Mexico" is not taken for the country. A phrase that
// starts with "the" is not reported when a phrase starting at the next
// token ends later: at "the National Guard" Match reports nothing at "the"
// (not the outlet "The National") and "National Guard" at the next token.
func (g *Gazetteer) Match(tokens []string, i int) (Match, bool) {
	if i < 0 || i >= len(tokens) {
		return Match{}, false
	}
	n, end := g.phrases.longest(tokens, i, hasHits)
	if n == nil {
		return Match{}, false
	}
	if t := tokens[i]; (t == "the" || t == "The") && end-i > 1 {
		// "the National" (an outlet) must not hide "National Guard".
		if _, end2 := g.phrases.longest(tokens, i+1, hasHits); end2 > end {
			return Match{}, false
		}
	}
	if n.block {
		return Match{Start: i, End: end}, true // a non-entity phrase wins over an entry of the same surface ("Hong Kong")
	}
	return Match{Start: i, End: end, Hits: n.hits}, true
}

// MatchWithin is Match for a phrase that ends by token limit: "China" of
// "China's Foreign Ministry" when the run of names ends after "China".
func (g *Gazetteer) MatchWithin(tokens []string, i, limit int) (Match, bool) {
	if i < 0 || i >= limit || limit > len(tokens) {
		return Match{}, false
	}
	return g.Match(tokens[:limit], i)
}

// Lookup returns the entries that the whole of phrase names, e.g. "U.S."
// or "The New York Times", under the same rules as Match. A leading "the"
// that no listed phrase has is ignored: "the Kremlin" finds "Kremlin".
func (g *Gazetteer) Lookup(phrase string) []Hit {
	var one [1]string
	toks := one[:0]
	if plainWord(phrase) {
		toks = append(toks, phrase) // a single word: no tokenising
	} else {
		toks = Tokenize(phrase)
	}
	if hits := g.lookup(toks); hits != nil {
		return hits
	}
	if len(toks) > 1 && (toks[0] == "the" || toks[0] == "The") {
		return g.lookup(toks[1:])
	}
	return nil
}

func (g *Gazetteer) lookup(toks []string) []Hit {
	if len(toks) == 0 {
		return nil
	}
	n := &g.phrases.root
	for _, t := range toks {
		if n = n.next[t]; n == nil {
			return nil
		}
	}
	return n.hits // nil for a non-entity phrase
}

// Country returns the country with the ISO 3166-1 alpha-2 code iso2
// (upper case).
func (g *Gazetteer) Country(iso2 string) (*Country, bool) {
	c, ok := g.byISO2[iso2]
	return c, ok
}

// Outlet returns the outlet that name names (its canonical name or an
// alias, e.g. an outlet label of an input corpus such as "Fox News").
func (g *Gazetteer) Outlet(name string) (*Outlet, bool) {
	for _, h := range g.Lookup(name) {
		if o, ok := h.Entity.(*Outlet); ok {
			return o, true
		}
	}
	return nil, false
}

// TitleMatch is a title phrase found at a token position.
type TitleMatch struct {
	Start, End int // the title is tokens[Start:End]
	TitleInfo
}

// Title returns what the whole of s is as a title ("Prime Minister",
// "Sen.", "spokeswoman"), in any letter case.
func (g *Gazetteer) Title(s string) (TitleInfo, bool) {
	var one [1]string
	toks := one[:0]
	if plainWord(s) {
		toks = append(toks, s) // the common case, a single word: no tokenising
	} else {
		toks = Tokenize(s)
	}
	if n, end := g.titles.longest(toks, 0, hasVal); n != nil && end == len(toks) {
		return g.titleList[n.val-1], true
	}
	return TitleInfo{}, false
}

// plainWord reports whether s is one word of ASCII letters, which Tokenize
// would return as it is.
func plainWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// MatchTitle returns the longest title phrase starting at tokens[i] ("Lt.
// Gen.", "Secretary of State", "Foreign Minister").
func (g *Gazetteer) MatchTitle(tokens []string, i int) (TitleMatch, bool) {
	if i < 0 || i >= len(tokens) {
		return TitleMatch{}, false
	}
	if n, end := g.titles.longest(tokens, i, hasVal); n != nil {
		return TitleMatch{Start: i, End: end, TitleInfo: g.titleList[n.val-1]}, true
	}
	return TitleMatch{}, false
}

// SourceMatch is a source-cue phrase found at a token position.
type SourceMatch struct {
	Start, End int // the cue is tokens[Start:End]
	SourceCue
}

// MatchSource returns the longest anonymous-source cue starting at
// tokens[i] ("people familiar with the matter", "officials"), in any
// letter case.
func (g *Gazetteer) MatchSource(tokens []string, i int) (SourceMatch, bool) {
	if i < 0 || i >= len(tokens) {
		return SourceMatch{}, false
	}
	if n, end := g.sources.longest(tokens, i, hasVal); n != nil {
		return SourceMatch{Start: i, End: end, SourceCue: g.cueList[n.val-1]}, true
	}
	return SourceMatch{}, false
}

// IsGivenName reports whether s is a listed given name ("Vladimir",
// "Dmitry", "Fatima") and the gender it usually has. Names are listed
// capitalised; s must be too.
func (g *Gazetteer) IsGivenName(s string) (Gender, bool) {
	gd, ok := g.given[s]
	return gd, ok
}

// IsSurnameParticle reports whether s is a particle that may start a
// surname: "van", "von", "de", "bin", "al".
func (g *Gazetteer) IsSurnameParticle(s string) bool { return g.particles[s] }

// GivenNames returns how many given names are listed.
func (g *Gazetteer) GivenNames() int { return len(g.given) }

// Titles returns the listed titles.
func (g *Gazetteer) Titles() []TitleInfo { return g.titleList }

// SourceCues returns the listed source cues.
func (g *Gazetteer) SourceCues() []SourceCue { return g.cueList }

// incidentPlural returns the plural of a name that ends with a singular
// word for a violent incident ("San Bernardino attack" → "… attacks").
func incidentPlural(name string) (string, bool) {
	for _, w := range []string{" attack", " shooting", " bombing"} {
		if strings.HasSuffix(name, w) {
			return name + "s", true
		}
	}
	return "", false
}
