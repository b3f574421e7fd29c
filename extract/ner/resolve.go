package ner

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// sortMentions puts the mentions in text order (longer first at the same
// start) and remaps the roles that point at them.
func (d *doc) sortMentions() {
	ms := d.res.Mentions
	inOrder := true
	for k := 1; k < len(ms) && inOrder; k++ {
		inOrder = ms[k-1].T0 < ms[k].T0 || ms[k-1].T0 == ms[k].T0 && ms[k-1].T1 >= ms[k].T1
	}
	if inOrder {
		d.res.sorted = len(ms)
		return
	}
	idx := make([]int, len(ms))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		x, y := &ms[idx[a]], &ms[idx[b]]
		if x.T0 != y.T0 {
			return x.T0 < y.T0
		}
		return x.T1 > y.T1
	})
	// apply the permutation in place, following its cycles
	where := make([]int, len(ms))
	for to, from := range idx {
		where[from] = to
	}
	for i := range ms {
		for where[i] != i {
			j := where[i]
			ms[i], ms[j] = ms[j], ms[i]
			where[i], where[j] = where[j], where[i]
		}
	}
	for to, from := range idx {
		where[from] = to
	}
	d.res.sorted = len(ms)
	for k := range d.res.Roles {
		r := &d.res.Roles[k]
		r.Person, r.Of = where[r.Person], where[r.Of]
	}
	for k := range ms {
		if s := ms[k].src; s != nil && s.closeTo >= 0 {
			s.closeTo = where[s.closeTo]
		}
		if e := ms[k].evt; e != nil {
			if e.country >= 0 {
				e.country = where[e.country]
			}
			if e.agent >= 0 {
				e.agent = where[e.agent]
			}
		}
	}
}

// resolver groups mentions into entities.
type resolver struct {
	d      *doc
	byKey  map[string]int
	shorts map[int][]string // entity → its short forms, see shortForms
}

func (d *doc) resolve() {
	d.sortMentions()
	d.acronyms()
	d.shortNames()
	rv := &resolver{d: d, byKey: map[string]int{}}
	ms := d.res.Mentions
	usGeorgia, georgiaKnown := false, false // the state or the country, decided once when needed
	// 1. everything named by a listed entry or a full name
	for k := range ms {
		m := &ms[k]
		switch m.Label {
		case graph.LabelPerson:
			if m.Form == FormName && (m.Entry == nil || m.Entry.Base().Label == graph.LabelPerson) {
				rv.person(k)
			}
		case graph.LabelCountry:
			if c, ok := m.Entry.(*gazetteer.Country); ok && c.ISO2 == "GE" {
				if !georgiaKnown {
					usGeorgia, georgiaKnown = d.georgiaIsState(), true
				}
				if usGeorgia {
					continue // the state: "Georgia Gov. Brian Kemp"
				}
			}
			rv.named(k)
		case graph.LabelOutlet, graph.LabelOrganization:
			if m.scoped && !d.namesCountryOf(m) {
				continue // "addresses Parliament members in Damascus": not Westminster
			}
			rv.named(k)
		}
	}
	// 2. short forms of people: "Putin", "Mr Blair"
	for k := range ms {
		if ms[k].Label == graph.LabelPerson && ms[k].Entity < 0 {
			rv.short(k)
		}
	}
	// 3. events
	rv.events()
	// 4. sources, in text order
	for k := range ms {
		if ms[k].Label == graph.LabelSource {
			rv.source(k)
		}
	}
	// drop mentions left without an entity (an anaphor with nothing before it)
	rv.finish()
}

// scopedKinds are the kinds of national bodies whose generic names
// ("Parliament", "the Treasury", "the High Court") other countries'
// bodies share.
var scopedKinds = map[string]bool{"legislature": true, "government": true, "court": true}

// namesCountryOf reports whether the article can mean the country of the
// scoped body m: its outlet is of that country or unknown, or it names
// that country (d.countries) or a body of it by a name of its own, or no
// country at all.
func (d *doc) namesCountryOf(m *Mention) bool {
	if d.bodyCountries == nil {
		d.bodyCountries = map[string]bool{}
		for k := range d.res.Mentions {
			n := &d.res.Mentions[k]
			if e, ok := n.Entry.(*gazetteer.Organization); ok && !n.scoped && e.Country != "" {
				d.bodyCountries[e.Country] = true
			}
		}
	}
	named := func(iso string) bool { return d.countries[iso] > 0 || d.bodyCountries[iso] }
	o := m.Entry.(*gazetteer.Organization)
	return d.outletHome == "" || o.Country == d.outletHome || len(d.countries) == 0 && len(d.bodyCountries) == 0 ||
		named(o.Country) || named(sovereign[o.Country])
}

// sovereign gives the state a territory with bodies of its own belongs
// to: an article about Hong Kong's Legislative Council names China.
var sovereign = map[string]string{"HK": "CN", "MO": "CN", "PR": "US", "GI": "GB"}

// acronyms reads an acronym as the body the article names in full with
// those initials: "ECB" beside "the European Central Bank" is the bank,
// not the England and Wales Cricket Board the lists also know by it;
// "SDF" beside "the Syrian Democratic Forces" is no Japanese force, and
// "ICC" beside "the International Criminal Court" no cricket council.
//
// An acronym the article defines, "the Islamic Revolutionary Guards Corps
// (IRGC)", "the Electronic Frontier Foundation (EFF)", is that body
// whether or not the lists know the name so spelt.
func (d *doc) acronyms() {
	ms := d.res.Mentions
	for k := range ms {
		m := &ms[k]
		if m.Label != graph.LabelOrganization && m.Label != graph.LabelOutlet || m.T1-m.T0 != 1 || !isAllCaps(d.toks[m.T0]) {
			continue
		}
		acr := d.toks[m.T0]
		if o := d.definedAcronym(acr); o >= 0 && o != k {
			def := &ms[o]
			if def.Entry == nil && m.Entry != nil && similarNames(def.Name, m.Entry.Base().Name) {
				// "Islamic Revolutionary Guards Corps (IRGC)": the listed
				// body, spelt otherwise
				def.Entry, def.Name, def.Label, def.Kind = m.Entry, m.Name, m.Label, m.Kind
				continue
			}
			m.Entry, m.Name, m.Label, m.Kind = def.Entry, def.Name, def.Label, def.Kind
			continue
		}
		if d.namedInFull(k) {
			continue // the acronym's own body is in the article too
		}
		for j := range ms {
			// a listed body with those initials: "ICC" is the International
			// Criminal Court named in the article, not a spelling of the
			// acronym's own body ("Americans Civil Liberties Union")
			o := &ms[j]
			if j == k || o.Label != graph.LabelOrganization && o.Label != graph.LabelOutlet || o.T1-o.T0 < 2 ||
				o.Entry == nil || o.Entry == m.Entry || !hasInitials(o.Entry.Base().Name, acr) {
				continue
			}
			m.Entry, m.Name, m.Label, m.Kind = o.Entry, o.Name, o.Label, o.Kind
			break
		}
	}
}

// shortNames reads an unlisted body's name that ends a longer body's name
// in the article as that body: "the Finance Committee" beside "the Senate
// Finance Committee", "the Liaison Department" beside "the Chinese
// Communist Party's International Liaison Department".
func (d *doc) shortNames() {
	ms := d.res.Mentions
	for k := range ms {
		m := &ms[k]
		if m.Label != graph.LabelOrganization || m.Entry != nil || m.T1-m.T0 < 2 {
			continue
		}
		if p := m.T0 - 1; p >= 0 && (d.t.Tokens[p].Upper || d.toks[p] == "’s" || d.toks[p] == "'s") {
			continue // "U.S. Space Command" is no "Air Force Space Command"
		}
		// the nearest such body before, else the first after: "the
		// Foreign Ministry" is the one the article named last
		best := -1
		for j := range ms {
			o := &ms[j]
			if j == k || o.Label != graph.LabelOrganization || o.T1-o.T0 <= m.T1-m.T0 ||
				len(o.Name) <= len(m.Name) || !strings.HasSuffix(o.Name, " "+m.Name) {
				continue
			}
			if best < 0 || o.T0 < m.T0 && (ms[best].T0 > m.T0 || o.T0 > ms[best].T0) {
				best = j
			}
		}
		if best >= 0 {
			o := &ms[best]
			m.Entry, m.Name, m.Kind = o.Entry, o.Name, o.Kind
		}
	}
}

// definedAcronym returns the organisation or outlet mention that the
// article defines acr by, "Full Name (ACR)" with the name's initials; or
// -1.
func (d *doc) definedAcronym(acr string) int {
	ms := d.res.Mentions
	for j := range ms {
		o := &ms[j]
		if o.Label != graph.LabelOrganization && o.Label != graph.LabelOutlet || o.T1-o.T0 < 2 || o.T1+2 >= len(d.toks) {
			continue
		}
		if d.toks[o.T1] == "(" && d.toks[o.T1+1] == acr && d.toks[o.T1+2] == ")" && hasInitials(o.Name, acr) {
			return j
		}
	}
	return -1
}

// similarNames reports whether two names of a body share at least half
// of the longer one's words, a final "s" or "z"/"s" spelling aside:
// "Islamic Revolutionary Guards Corps" and "Islamic Revolutionary Guard
// Corps", "Office of National Statistics" and "Office for National
// Statistics".
func similarNames(a, b string) bool {
	fold := func(w string) string {
		w = strings.TrimSuffix(strings.ToLower(w), "s")
		return strings.ReplaceAll(w, "z", "s")
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	shared := 0
	for _, x := range wa {
		for _, y := range wb {
			if fold(x) == fold(y) {
				shared++
				break
			}
		}
	}
	return 2*shared >= max(len(wa), len(wb))
}

// namedInFull reports whether the body of acronym mention k (its listed
// entry, or its own name) is named in the article in more than one word.
func (d *doc) namedInFull(k int) bool {
	m := &d.res.Mentions[k]
	for j := range d.res.Mentions {
		o := &d.res.Mentions[j]
		if j != k && o.T1-o.T0 >= 2 && (m.Entry != nil && o.Entry == m.Entry || m.Entry == nil && o.Name == m.Name) {
			return true
		}
	}
	return false
}

// hasInitials reports whether acr is the capital initials of name's
// words, past the small words: "European Central Bank" has "ECB",
// "Syrian Democratic Forces" "SDF". It allocates nothing: it runs for
// every acronym against every body of an article.
func hasInitials(name, acr string) bool {
	n := 0
	for w := range strings.FieldsFuncSeq(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch w {
		case "of", "for", "the", "and", "on", "in", "de", "&", "The":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || n >= len(acr) || rune(acr[n]) != r {
			return false
		}
		n++
	}
	return n == len(acr) && n > 0
}

// georgiaIsState reports whether the article's "Georgia" is the American
// state: it names another state, and nothing of the country (Tbilisi,
// Abkhazia, South Ossetia) nor Georgia next to a neighbour of it
// ("Moldova and Georgia", "Georgia and Ukraine").
func (d *doc) georgiaIsState() bool {
	state, georgia := false, false
	for i, w := range d.toks {
		switch {
		case w == "Georgia" || w == "Georgian" || w == "Georgians":
			georgia = true
			for j := max(0, i-3); j < min(len(d.toks), i+4); j++ {
				if formerSoviet[d.toks[j]] {
					return false
				}
			}
			if i+1 < len(d.toks) && stateOffice[d.toks[i+1]] {
				state = true // "Georgia Gov. Brian Kemp", "Georgia Republican"
			}
		case georgianPlaces[w]:
			return false
		case w == "Atlanta" || len(w) > 4 && usStates[w] == w && w != "Washington":
			state = true
		}
	}
	return georgia && state
}

// formerSoviet are the countries a Georgia beside them is the country;
// stateOffice the words after which it is the state ("Georgia Gov.");
// georgianPlaces are the country's own names.
var (
	formerSoviet = map[string]bool{
		"Russia": true, "Ukraine": true, "Moldova": true, "Armenia": true, "Azerbaijan": true,
		"Belarus": true, "Kazakhstan": true, "Russian": true, "Soviet": true,
	}
	stateOffice = map[string]bool{
		"Gov.": true, "Governor": true, "Secretary": true, "Attorney": true, "Lt.": true, "Rep.": true,
		"Sen.": true, "Senator": true, "Republican": true, "Republicans": true, "Democrat": true,
		"Democrats": true, "Democratic": true, "GOP": true, "state": true, "legislature": true,
	}
	georgianPlaces = map[string]bool{
		"Tbilisi": true, "Abkhazia": true, "Ossetia": true, "Saakashvili": true, "Batumi": true,
	}
)

func (rv *resolver) entity(key string, m *Mention) int {
	if i, ok := rv.byKey[key]; ok {
		return i
	}
	e := &Entity{Label: m.Label, Entry: m.Entry}
	rv.d.res.Entities = append(rv.d.res.Entities, e)
	i := len(rv.d.res.Entities) - 1
	rv.byKey[key] = i
	return i
}

func (rv *resolver) attach(k, ei int) {
	m := &rv.d.res.Mentions[k]
	m.Entity = ei
	e := rv.d.res.Entities[ei]
	e.Mentions = append(e.Mentions, k)
	if !knownGender(e.Gender) {
		e.Gender = m.Gender
	}
}

// named resolves a country, outlet or organisation mention.
func (rv *resolver) named(k int) {
	m := &rv.d.res.Mentions[k]
	key := ""
	if m.Entry != nil {
		key = m.Entry.ID()
	} else {
		key = graph.EntityID(m.Label, strings.TrimPrefix(m.Name, "the "))
	}
	rv.attach(k, rv.entity(key, m))
}

// nameKey is how full names of one person compare: first and last word
// ("John F. Kerry" and "John Kerry").
func nameKey(name string) string {
	f := nameWords(name)
	if len(f) < 2 {
		return name
	}
	return f[0] + " " + f[len(f)-1]
}

func (rv *resolver) person(k int) {
	m := &rv.d.res.Mentions[k]
	var key string
	if m.Entry != nil {
		key = m.Entry.ID()
	} else {
		f := strings.Fields(m.Name)
		if len(f) < 2 {
			return // a one-word name is a short form
		}
		// "Analyst de Durand" after "Etienne de Durand": a surname with its
		// particle is the short form of a person named before
		if rv.particleFirst(f) {
			for ei, e := range rv.d.res.Entities {
				if e.Label == graph.LabelPerson && len(e.Mentions) > 0 && slices.Contains(rv.shortForms(ei), m.Name) {
					rv.attach(k, ei)
					return
				}
			}
		}
		key = "name:" + nameKey(m.Name)
		// a listed person written in a way the phrase index missed
		for _, h := range rv.d.r.gaz.Lookup(m.Name) {
			if h.Entity.Base().Label == graph.LabelPerson {
				m.Entry = h.Entity
				key = h.Entity.ID()
				break
			}
		}
	}
	rv.attach(k, rv.entity(key, m))
}

// surnames returns the last name word(s) an entity can be called by alone.
func (rv *resolver) shortForms(ei int) []string {
	if sf, ok := rv.shorts[ei]; ok {
		return sf
	}
	if rv.shorts == nil {
		rv.shorts = map[int][]string{}
	}
	e := rv.d.res.Entities[ei]
	var out []string
	if p, ok := e.Entry.(*gazetteer.Person); ok {
		out = append(out, p.Short...)
	}
	for _, mk := range e.Mentions {
		f := nameWords(rv.d.res.Mentions[mk].Name)
		if len(f) >= 2 {
			out = append(out, f[len(f)-1])
			if len(f) >= 3 && rv.d.r.gaz.IsSurnameParticle(f[len(f)-2]) {
				out = append(out, f[len(f)-2]+" "+f[len(f)-1])
			}
		}
	}
	rv.shorts[ei] = out
	return out
}

func (rv *resolver) short(k int) {
	m := &rv.d.res.Mentions[k]
	name := m.Name
	if m.Entry != nil {
		name = rv.d.nameText(m.T0, m.T1) // the surface, not the listed name
	}
	// the person of the article with this surname; when several share it
	// ("Duncan Hunter" and "Margaret Hunter"), the one the title's gender
	// fits, else the one introduced first: news calls its main subject by
	// the surname alone.
	best, bestPos := -1, -1
	for ei, e := range rv.d.res.Entities {
		if e.Label != graph.LabelPerson || len(e.Mentions) == 0 {
			continue
		}
		if knownGender(m.Gender) && knownGender(e.Gender) && m.Gender != e.Gender {
			continue
		}
		for _, s := range rv.shortForms(ei) {
			if s != name {
				continue
			}
			pos := e.Mentions[0]
			if best < 0 || pos < bestPos {
				best, bestPos = ei, pos
			}
		}
	}
	// "May" alone is the month unless a title says otherwise ("Mrs May"):
	// never in a date ("in May", "May 16"), and never without the full name
	if len(m.Titles) == 0 && lex.IsCalendar(name) && (best < 0 || rv.d.inDate(m.T0, m.T1)) {
		return
	}
	if best >= 0 {
		rv.attach(k, best)
		return
	}
	// a first name alone: the one person of the article with that first
	// name ("Bernie" after "Bernie Sanders"), else nobody known enough to
	// be in the graph, unless listed or titled
	if _, given := rv.d.r.gaz.IsGivenName(name); given && !strings.Contains(name, " ") {
		if ei := rv.byFirstName(name); ei >= 0 {
			rv.attach(k, ei)
			return
		}
		if m.Entry == nil && len(m.Titles) == 0 {
			return
		}
	}
	if m.Entry != nil && !m.ambiguous {
		if _, ok := m.Entry.(*gazetteer.Person); ok {
			rv.attach(k, rv.entity(m.Entry.ID(), m))
			return
		}
	}
	// "Cairn said" in an article about Cairn Energy: the organisation
	if m.Entry == nil || m.ambiguous {
		for ei, e := range rv.d.res.Entities {
			if (e.Label == graph.LabelOrganization || e.Label == graph.LabelOutlet) && len(e.Mentions) > 0 {
				if first := strings.Fields(rv.d.res.Mentions[e.Mentions[0]].Name); len(first) > 1 && first[0] == name {
					if personBodies[strings.ToLower(first[len(first)-1])] != "" {
						// "the Sanders campaign": the name inside the body
						// is the body's word, not a mention of the
						// person; "Sanders said" elsewhere is the person
						if om := rv.d.res.MentionAt(m.T0, graph.LabelOrganization); om >= 0 && rv.d.res.Mentions[om].T1 > m.T1 {
							return
						}
						continue
					}
					m.Label, m.Entry, m.Form = e.Label, nil, FormShort
					rv.attach(k, ei)
					return
				}
			}
		}
	}
	if m.ambiguous && m.T1-m.T0 > 1 && m.Entry != nil {
		// "al-Assad", "Le Pen" with no full name in the article: the
		// first listed holder of the name
		if _, ok := m.Entry.(*gazetteer.Person); ok {
			rv.attach(k, rv.entity(m.Entry.ID(), m))
			return
		}
	}
	if m.ambiguous {
		m.Entry = nil // "Jackson" alone is not Ketanji Brown Jackson
		m.Name = name
	}
	if !rv.personWord(name) {
		return // "Jr.", "at-Large", "Army" alone are nobody
	}
	rv.attach(k, rv.entity("short:"+name, m))
}

// personWord reports whether a one-word name left unresolved can be a
// person's: not a suffix ("Jr."), not a hyphened word with a lower-case
// part ("at-Large", but "al-Baghdadi"), not a word the lists give only to
// something else ("House", "Democrats", "Pentagon").
func (rv *resolver) personWord(name string) bool {
	if nameSuffix(name) {
		return false
	}
	if strings.Contains(name, "-") {
		for _, part := range strings.Split(name, "-") {
			if part != "" && part[0] >= 'a' && part[0] <= 'z' && !arabicArticle[part] {
				return false // "at-Large", but "al-Baghdadi"
			}
		}
	}
	hits := rv.d.r.gaz.Lookup(name)
	for _, h := range hits {
		if h.Entity.Base().Label == graph.LabelPerson {
			return true
		}
	}
	return len(hits) == 0
}

// byFirstName returns the one person entity with a full name whose first
// word is first, or -1 when there is none or more than one.
func (rv *resolver) byFirstName(first string) int {
	found := -1
	for ei, e := range rv.d.res.Entities {
		if e.Label != graph.LabelPerson || len(e.Mentions) == 0 {
			continue
		}
		match := false
		if p, ok := e.Entry.(*gazetteer.Person); ok {
			match = strings.HasPrefix(p.Name, first+" ")
		}
		for _, mk := range e.Mentions {
			if f := nameWords(rv.d.res.Mentions[mk].Name); len(f) >= 2 && f[0] == first {
				match = true
			}
		}
		if match {
			if found >= 0 && found != ei {
				return -1
			}
			found = ei
		}
	}
	return found
}

// events resolves event mentions: listed events by entry, elections by
// country, kind and year, wars by the country fought over.
func (rv *resolver) events() {
	d := rv.d
	ms := d.res.Mentions
	countryOf := func(mi int) string {
		if mi < 0 || ms[mi].Entry == nil {
			return ""
		}
		if c, ok := ms[mi].Entry.(*gazetteer.Country); ok {
			return c.ISO2
		}
		return ""
	}
	type election struct {
		ei             int
		iso, sub, year string
		country        int
		mentions       int
	}
	var elections []*election
	wars := map[string]int{}
	// specific mentions first
	order := make([]int, 0)
	for k := range ms {
		if ms[k].Label == graph.LabelEvent {
			order = append(order, k)
		}
	}
	spec := func(k int) int {
		e := ms[k].evt
		if e == nil || ms[k].Entry != nil {
			return 10
		}
		n := 0
		if e.country >= 0 {
			n++
		}
		if e.year != "" {
			n++
		}
		if e.sub != "" {
			n++
		}
		return n
	}
	sort.SliceStable(order, func(a, b int) bool { return spec(order[a]) > spec(order[b]) })
	var definite []int
	for _, k := range order {
		m := &ms[k]
		e := m.evt
		switch {
		case e != nil && e.definite:
			definite = append(definite, k)
		case m.Entry != nil:
			rv.attach(k, rv.entity(m.Entry.ID(), m))
			// a listed war names the war about its country
		case e.kind == "election":
			iso := countryOf(e.country)
			var match *election
			for _, el := range elections {
				if (iso == "" || el.iso == "" || iso == el.iso) &&
					(e.sub == "" || el.sub == "" || e.sub == el.sub) &&
					(e.year == "" || el.year == "" || e.year == el.year) {
					if match == nil || el.mentions > match.mentions {
						match = el
					}
				}
			}
			if match == nil {
				if ei := rv.listedElection(iso, e.year); ei >= 0 {
					rv.attach(k, ei) // "the US elections" and the listed "2016 US presidential election"
					continue
				}
				if e.generic {
					continue
				}
				country := e.country
				if iso == "" && strings.Contains(e.sub, "midterm") {
					iso, country = "US", -1 // midterms are American
				}
				if iso == "" {
					// "the general election" of a British story is the UK's
					iso, country = rv.homeCountry()
				}
				key := "election:" + iso + "|" + e.sub + "|" + e.year
				match = &election{ei: rv.entity(key, m), iso: iso, sub: e.sub, year: e.year, country: country}
				elections = append(elections, match)
			}
			match.mentions++
			rv.attach(k, match.ei)
		case e.kind == "war":
			iso := countryOf(e.country)
			if ei, ok := wars[iso]; ok {
				rv.attach(k, ei)
				continue
			}
			// a listed war about the same country: "war in Ukraine" and the
			// listed "Russian invasion of Ukraine"
			if ei := rv.listedWar(iso); ei >= 0 {
				wars[iso] = ei
				rv.attach(k, ei)
				continue
			}
			ei := rv.entity("war:"+iso, m)
			wars[iso] = ei
			rv.attach(k, ei)
		default:
			ei := rv.entity("event:"+graph.Slug(e.name), m)
			// "Pompeo speech", "Trump rally": one of many a person gives,
			// known to be the same only within the article
			if ent := rv.d.res.Entities[ei]; (occasionKinds[e.kind] || e.kind == "primary" && e.year == "") && ent.ID == "" && rv.d.res.articleKey != "" {
				ent.ID = graph.EntityID(graph.LabelEvent, graph.ArticleKey(rv.d.res.articleKey)+" "+e.name)
			}
			rv.attach(k, ei)
		}
	}
	for _, k := range definite {
		rv.definiteEvent(k)
	}
	// names
	for _, el := range elections {
		ent := d.res.Entities[el.ei]
		ent.Name = electionName(rv, el.country, el.iso, el.sub, el.year)
		ent.Date = el.year
		ent.Kind = "election"
	}
}

// definiteEvent resolves "the incident", "the summit": to the named event
// of its kind nearest before it (else after it), or to an event of its own,
// one per kind ("the probe" is "the investigation"), scoped to the article like a Source, since "the
// incident" of two articles are not known to be the same.
func (rv *resolver) definiteEvent(k int) {
	ms := rv.d.res.Mentions
	m := &ms[k]
	kinds := kindsFor[m.evt.kind]
	if kinds == nil {
		kinds = []string{m.evt.kind}
	}
	before, after := -1, -1
	for j := range ms {
		o := &ms[j]
		if o.Label != graph.LabelEvent || o.Entity < 0 || o.evt != nil && o.evt.definite {
			continue
		}
		// of the kind, or named for it: the listed "Mueller investigation"
		if !slices.Contains(kinds, o.Kind) && !strings.Contains(strings.ToLower(o.Name), m.evt.kind) &&
			(o.evt == nil || !strings.Contains(strings.ToLower(o.evt.name), m.evt.kind)) && !listedAs(o.Entry, m.evt.kind) {
			continue
		}
		// "a summit in Singapore" is no "Hanoi summit"
		if m.evt.place != "" && !rv.eventNamesPlace(o.Entity, m.evt.place) {
			continue
		}
		if o.End <= m.Start {
			before = o.Entity
		} else if after < 0 {
			after = o.Entity
		}
	}
	switch {
	case before >= 0:
		rv.attach(k, before)
	case after >= 0:
		rv.attach(k, after)
	case namedOnly[m.evt.kind]:
		// no named meeting or debate to refer to: no event
	default:
		key := "definite:" + m.evt.kind
		if m.evt.place != "" {
			key += ":" + m.evt.place // "the summit in Quebec" and "a summit in Laos" of one article are two
		}
		ei := rv.entity(key, m)
		if e := rv.d.res.Entities[ei]; e.ID == "" && rv.d.res.articleKey != "" {
			e.ID = graph.EntityID(graph.LabelEvent, graph.ArticleKey(rv.d.res.articleKey)+" "+m.evt.name)
		}
		rv.attach(k, ei)
	}
}

// particleFirst reports whether name words f begin with a lower-case
// surname particle: "de Durand", "van Schaick", a short form of a person.
func (rv *resolver) particleFirst(f []string) bool {
	return rv.d.r.gaz.IsSurnameParticle(f[0]) && f[0] == strings.ToLower(f[0])
}

// listedAs reports whether a listed event has an alias holding the word:
// "the drone strike" may be the listed killing whose alias is "Soleimani
// strike".
func listedAs(e gazetteer.Entity, word string) bool {
	ev, ok := e.(*gazetteer.Event)
	if !ok {
		return false
	}
	for _, a := range ev.Aliases {
		if strings.Contains(strings.ToLower(a), word) {
			return true
		}
	}
	return false
}

// eventNamesPlace reports whether event entity ei's name, or the text of
// one of its mentions so far, holds the place.
func (rv *resolver) eventNamesPlace(ei int, place string) bool {
	if strings.Contains(rv.d.res.Entities[ei].Name, place) {
		return true
	}
	body := rv.d.res.Text.Body
	for _, o := range rv.d.res.Mentions {
		if o.Entity == ei && (strings.Contains(o.Name, place) || strings.Contains(body[o.Start:o.End], place)) {
			return true
		}
	}
	return false
}

// listedWar returns the entity of a listed war of the article fought in the
// country iso, or -1.
func (rv *resolver) listedWar(iso string) int {
	c, ok := rv.d.r.gaz.Country(iso)
	if !ok {
		return -1
	}
	for ei, e := range rv.d.res.Entities {
		ev, ok := e.Entry.(*gazetteer.Event)
		if !ok || ev.Kind != gazetteer.EventWar {
			continue
		}
		for _, n := range append([]string{ev.Name}, ev.Aliases...) {
			if strings.HasSuffix(n, " "+c.Name) || strings.HasPrefix(n, c.Name+" ") {
				return ei
			}
		}
	}
	return -1
}

// listedElection returns the entity of a listed election of the article in
// the country iso and the year (when given), or -1.
func (rv *resolver) listedElection(iso, year string) int {
	for ei, e := range rv.d.res.Entities {
		ev, ok := e.Entry.(*gazetteer.Event)
		if !ok || ev.Kind != gazetteer.EventElection {
			continue
		}
		if year != "" && !strings.HasPrefix(ev.Date, year) {
			continue
		}
		if iso != "" {
			c, ok := rv.d.r.gaz.Country(iso)
			if !ok {
				continue
			}
			in := false
			for _, n := range append([]string{ev.Name}, ev.Aliases...) {
				if strings.Contains(n, c.Name) || iso == "US" && (strings.Contains(n, "US") || strings.Contains(n, "U.S.")) ||
					iso == "GB" && strings.Contains(n, "UK") {
					in = true
					break
				}
			}
			if !in {
				continue
			}
		}
		return ei
	}
	return -1
}

func electionName(rv *resolver, country int, iso, sub, year string) string {
	var parts []string
	if year != "" {
		parts = append(parts, year)
	}
	if iso != "" {
		parts = append(parts, countryShort(rv, country, iso))
	}
	if sub != "" {
		parts = append(parts, sub)
	}
	parts = append(parts, "election")
	return strings.Join(parts, " ")
}

// countryShort is how event names write a country: "U.S.", "UK", or the
// demonym the article used ("Russian"), else the country's name.
func countryShort(rv *resolver, mi int, iso string) string {
	switch iso {
	case "US":
		return "U.S."
	case "GB":
		return "UK"
	}
	m := rv.d.res.Mentions[mi]
	if c, ok := m.Entry.(*gazetteer.Country); ok {
		if len(c.Demonyms) > 0 {
			return c.Demonyms[0]
		}
		return c.Name
	}
	return m.Name
}

// source resolves a source mention: an anaphor ("the source", "these
// sources") points to the latest source; a described source joins an
// earlier one with the same head noun whose qualifiers include its own or
// are included in them ("insiders" and "Kremlin insiders").
func (rv *resolver) source(k int) {
	d := rv.d
	m := &d.res.Mentions[k]
	if m.Form == FormAnaphor {
		if ei := rv.latestSource(k); ei >= 0 {
			rv.attach(k, ei)
		}
		return
	}
	if ei := rv.matchSource(m.src, k); ei >= 0 {
		rv.attach(k, ei)
		return
	}
	ei := rv.newSource(m)
	rv.attach(k, ei)
}

func (rv *resolver) newSource(m *Mention) int {
	d := rv.d
	e := &Entity{Label: graph.LabelSource, Description: m.src.desc, Name: m.src.desc, Anonymous: m.src.anonymous, Plural: m.src.plural}
	e.ID = graph.SourceID(d.res.articleKey, m.src.desc)
	d.res.Entities = append(d.res.Entities, e)
	return len(d.res.Entities) - 1
}

// latestSource returns the entity of the last source mention before k.
func (rv *resolver) latestSource(k int) int {
	ms := rv.d.res.Mentions
	best, bestEnd := -1, -1
	for j := range ms {
		if j == k || ms[j].Label != graph.LabelSource || ms[j].Entity < 0 || ms[j].End > ms[k].Start {
			continue
		}
		if ms[j].End > bestEnd {
			best, bestEnd = ms[j].Entity, ms[j].End
		}
	}
	return best
}

func (rv *resolver) matchSource(s *sourceInfo, k int) int {
	ms := rv.d.res.Mentions
	best, bestEnd := -1, -1
	for j := range ms {
		o := ms[j].src
		if j == k || o == nil || ms[j].Entity < 0 || ms[j].Form == FormAnaphor || o.head != s.head {
			continue
		}
		switch {
		case len(s.quals) == 0 && s.plural && !o.plural && !s.definite:
			// "experts" after "a top expert": a group, not the one
			continue
		case len(s.quals) == 0:
			// "insiders" after "Kremlin insiders": the latest with this head
		case len(o.quals) == 0:
			// "Officials say …" then "Russian officials": a bare plural
			// group takes the first description of the same plural head
			if !o.plural || !s.plural || rv.d.res.Entities[ms[j].Entity].Description != o.desc {
				continue
			}
		case !subset(s.quals, o.quals) && !subset(o.quals, s.quals):
			continue
		}
		if ms[j].End > bestEnd {
			best, bestEnd = ms[j].Entity, ms[j].End
		}
	}
	return best
}

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// PromoteSource makes the candidate phrase c (from Result.Candidates) a
// Source, joining an existing source when it describes the same one, and
// returns the index of its mention in Mentions. Mentions stay in text
// order, so indexes of later mentions shift by one.
func (res *Result) PromoteSource(c int) int {
	m := res.Candidates[c]
	d := &doc{r: res.rec, res: res, t: res.Text, toks: res.Tokens, lower: res.Lower}
	// insert in text order
	at := sort.Search(len(res.Mentions), func(i int) bool { return res.Mentions[i].T0 > m.T0 })
	res.insertMention(at, m)
	rv := &resolver{d: d}
	rv.source(at)
	if res.Mentions[at].Entity >= 0 {
		rv.fillEntity(res.Mentions[at].Entity)
	}
	return at
}

// SourceHead returns the singular head noun of source mention k
// ("official" for "senior Pentagon officials"), or "" when k is no source
// phrase.
func (res *Result) SourceHead(k int) string {
	if k < 0 || k >= len(res.Mentions) || res.Mentions[k].src == nil {
		return ""
	}
	return res.Mentions[k].src.head
}

// LatestSource returns the entity of the latest Source mention before
// offset off whose head noun is head ("official" for "a senior official"),
// or -1.
func (res *Result) LatestSource(head string, off int) int {
	head = singular(head)
	best, bestEnd := -1, -1
	for _, m := range res.Mentions {
		if m.Label != graph.LabelSource || m.Entity < 0 || m.src == nil || m.End > off {
			continue
		}
		if m.src.head == head && m.End > bestEnd {
			best, bestEnd = m.Entity, m.End
		}
	}
	return best
}

// NewSource adds a Source for an unnamed speaker described by tokens
// [t0, t1) ("the head of the Duma’s foreign affairs committee") and returns
// its mention index.
//
// A phrase headed by an organisation noun ("the attorney general's
// office", "the Chinese foreign ministry", "the state health department")
// is an unnamed body, not a person: it becomes an Organization.
func (res *Result) NewSource(t0, t1, sent int, desc string) int {
	if kind, ok := bodyHeads[res.Lower[t1-1]]; ok && !res.Text.Tokens[t1-1].Upper {
		// "the state-run Xinhua news agency", "the New York Times
		// communications department": the outlet it names (not "the
		// Australian government")
		for _, mi := range res.MentionsIn(t0, t1) {
			if !mediaHeads[res.Lower[t1-1]] {
				break
			}
			if m := res.Mentions[mi]; m.Label == graph.LabelOutlet && m.Entity >= 0 && m.T1 >= t1-2 {
				return mi
			}
		}
		b0 := t0
		for b0 < t1-1 && bodyDeterminers[res.Lower[b0]] {
			b0++
		}
		of := false
		for k := b0; k < t1; k++ {
			of = of || res.Lower[k] == "of"
		}
		if !of && b0 < t1-1 && !vagueModifiers[res.Lower[b0]] { // not "leaders of the committee", not "the ministry" alone
			return res.NewOrganization(b0, t1, sent, res.Span(b0, t1), kind)
		}
	}
	// "the Justice Department’s inspector general" is an office of the
	// department, not an anonymous source
	if t1-t0 >= 3 && res.Lower[t1-2] == "inspector" && res.Lower[t1-1] == "general" {
		for _, mi := range res.MentionsIn(t0, t1-2) {
			if o := res.Mentions[mi]; o.Label == graph.LabelOrganization && o.Entity >= 0 && o.T1 < t1 && (res.Lower[o.T1] == "’s" || res.Lower[o.T1] == "'s") {
				return res.NewOrganization(t0, t1, sent, res.Entities[o.Entity].Name+" Inspector General", gazetteer.OrgGovernment)
			}
		}
	}
	m := Mention{T0: t0, T1: t1, Sent: sent, Label: graph.LabelSource, Form: FormPhrase, Name: desc, Entity: -1,
		src: &sourceInfo{head: desc, desc: desc, closeTo: -1, anonymous: true, plural: pluralNoun(res.Lower[res.headEnd(t0, t1)-1])}}
	m.Start, m.End = res.Text.Tokens[t0].Start, res.Text.Tokens[t1-1].End
	res.Candidates = append(res.Candidates, m)
	return res.PromoteSource(len(res.Candidates) - 1)
}

// headEnd returns the end of the head of the noun phrase [t0, t1): the
// token before its first preposition ("lawyer" of "the lawyer for the
// three bloggers"), else t1.
func (res *Result) headEnd(t0, t1 int) int {
	for k := t0 + 1; k < t1; k++ {
		if PostModifier(res.Lower[k]) {
			return k
		}
	}
	return t1
}

// PostModifier reports whether lower-case word w, after a source's head
// noun, opens what follows the head rather than going on with it: "the
// lawyer for …", "a source close to …", "the official who …".
func PostModifier(w string) bool {
	switch w {
	case "of", "for", "with", "at", "in", "from", "on", "to", "close", "familiar", "who", "that":
		return true
	}
	return false
}

// mediaHeads head a phrase that may name an outlet's own body.
var mediaHeads = map[string]bool{"agency": true, "newspaper": true, "paper": true, "network": true, "department": true}

// bodyHeads are the lower-case nouns that head a phrase naming an unnamed
// government body or organisation, with the kind they suggest.
var bodyHeads = map[string]string{
	"office": "government", "department": "government", "ministry": "government", "agency": "government",
	"committee": "legislature", "commission": "government", "council": "government", "government": "government",
	"administration": "government", "court": "court", "board": "government", "bureau": "government",
	"embassy": "government", "consulate": "government", "party": "party", "company": "company", "firm": "company",
}

// vagueModifiers leave a body unnamed: "the only agency", "the other party".
var vagueModifiers = map[string]bool{"only": true, "other": true, "same": true, "whole": true, "entire": true, "losing": true, "winning": true}

var bodyDeterminers = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

// NewOrganization adds an Organization named by tokens [t0, t1) ("the
// Russian government" when it speaks) and returns its mention index.
func (res *Result) NewOrganization(t0, t1, sent int, name, kind string) int {
	m := Mention{T0: t0, T1: t1, Sent: sent, Label: graph.LabelOrganization, Form: FormName, Name: name, Kind: kind, Entity: -1}
	m.Start, m.End = res.Text.Tokens[t0].Start, res.Text.Tokens[t1-1].End
	d := &doc{r: res.rec, res: res, t: res.Text, toks: res.Tokens, lower: res.Lower}
	at := sort.Search(len(res.Mentions), func(i int) bool { return res.Mentions[i].T0 > m.T0 })
	res.insertMention(at, m)
	rv := &resolver{d: d, byKey: map[string]int{}}
	for ei, e := range res.Entities {
		if e.Label == graph.LabelOrganization && e.ID == graph.EntityID(graph.LabelOrganization, name) {
			rv.byKey[graph.EntityID(graph.LabelOrganization, name)] = ei
		}
	}
	rv.named(at)
	rv.fillEntity(res.Mentions[at].Entity)
	return at
}

// finish names the entities, gives them ids and aliases.
func (rv *resolver) finish() {
	for ei := range rv.d.res.Entities {
		rv.fillEntity(ei)
	}
}

func (rv *resolver) fillEntity(ei int) {
	d := rv.d
	e := d.res.Entities[ei]
	ms := d.res.Mentions
	sort.Ints(e.Mentions)
	if len(e.Mentions) == 0 {
		return
	}
	first := &ms[e.Mentions[0]]
	switch x := e.Entry.(type) {
	case *gazetteer.Country:
		e.Name, e.ISO2, e.ISO3 = x.Name, x.ISO2, x.ISO3
	case *gazetteer.Organization:
		e.Name, e.Kind = x.Name, x.Kind
	case gazetteer.Entity:
		e.Name = x.Base().Name
		if ev, ok := x.(*gazetteer.Event); ok {
			e.Date, e.Kind = ev.Date, ev.Kind
		}
	}
	if e.Name == "" {
		switch e.Label {
		case graph.LabelPerson:
			e.Name = rv.personName(e)
		case graph.LabelEvent:
			e.Name = rv.eventName(e)
		default:
			e.Name = strings.TrimPrefix(first.Name, "the ")
		}
	}
	if e.Kind == "" && e.Label == graph.LabelOrganization {
		e.Kind = first.Kind
	}
	if e.ID == "" {
		if c, ok := e.Entry.(*gazetteer.Country); ok {
			e.ID = graph.CountryID(c.ISO2)
		} else {
			e.ID = graph.EntityID(e.Label, e.Name)
		}
	}
	if e.Label == graph.LabelSource {
		for _, mk := range e.Mentions {
			if s := ms[mk].src; s != nil && s.closeTo >= 0 && ms[s.closeTo].Entity >= 0 {
				e.CloseTo = d.res.Entities[ms[s.closeTo].Entity].ID
				e.Prep = s.prep
				if e.CloseTo == "" {
					rv.fillEntity(ms[s.closeTo].Entity)
					e.CloseTo = d.res.Entities[ms[s.closeTo].Entity].ID
				}
				break
			}
		}
	}
	seen := map[string]bool{e.Name: true}
	e.Aliases = e.Aliases[:0]
	e.Titles = e.Titles[:0]
	seenTitle := map[string]bool{}
	for _, mk := range e.Mentions {
		m := &ms[mk]
		for _, s := range []string{d.res.Text.Body[m.Start:m.End], m.Ext} {
			s = stripBrackets(s)
			if s != "" && !seen[s] {
				seen[s] = true
				e.Aliases = append(e.Aliases, s)
			}
		}
		for _, t := range m.Titles {
			if !seenTitle[t] {
				seenTitle[t] = true
				e.Titles = append(e.Titles, t)
			}
		}
		// "Lord Janner", "Sir Alex Ferguson": a peer's or knight's title is
		// part of how the person is called
		if n := len(m.Titles); n > 0 && e.Label == graph.LabelPerson && peerTitles[m.Titles[n-1]] {
			if s := m.Titles[n-1] + " " + m.Name; !seen[s] {
				seen[s] = true
				e.Aliases = append(e.Aliases, s)
			}
		}
	}
}

// peerTitles are the titles that stay with a British name: "Lord Janner".
var peerTitles = map[string]bool{"Lord": true, "Lady": true, "Sir": true, "Dame": true, "Baroness": true, "Baron": true}

// personName is the most used full form of an unlisted person's name, or
// the short form when no full form is written.
func (rv *resolver) personName(e *Entity) string {
	count := map[string]int{}
	best, particled := "", ""
	for _, mk := range e.Mentions {
		n := rv.d.res.Mentions[mk].Name
		f := strings.Fields(n)
		if len(f) < 2 {
			continue
		}
		if rv.particleFirst(f) {
			if particled == "" {
				particled = n // a short form with its particle, "de Léon": the name only if there is no other
			}
			continue
		}
		count[n]++
		if best == "" || count[n] > count[best] {
			best = n
		}
	}
	if best == "" {
		best = particled
	}
	if best == "" {
		best = rv.d.res.Mentions[e.Mentions[0]].Name
	}
	return best
}

func (rv *resolver) eventName(e *Entity) string {
	ms := rv.d.res.Mentions
	// wars: the most telling form among the mentions
	var inv, war *Mention
	for _, mk := range e.Mentions {
		m := &ms[mk]
		if m.evt == nil {
			continue
		}
		if m.evt.kind == "war" {
			switch m.evt.sub {
			case "invasion":
				if inv == nil || (inv.evt.agent < 0 && m.evt.agent >= 0) {
					inv = m
				}
			default:
				if war == nil {
					war = m
				}
			}
		} else if m.evt.name != "" && !m.evt.definite {
			return m.evt.name
		}
	}
	// "the incident" alone: its own name, when no named mention joined it
	for _, mk := range e.Mentions {
		if m := &ms[mk]; m.evt != nil && m.evt.definite && inv == nil && war == nil {
			return m.evt.name
		}
	}
	country := func(m *Mention) string {
		if m.evt.country < 0 {
			return ""
		}
		if c, ok := ms[m.evt.country].Entry.(*gazetteer.Country); ok {
			return c.Name
		}
		return ms[m.evt.country].Name
	}
	if inv != nil {
		if inv.evt.agent >= 0 {
			if c, ok := ms[inv.evt.agent].Entry.(*gazetteer.Country); ok && len(c.Demonyms) > 0 {
				return c.Demonyms[0] + " invasion of " + country(inv)
			}
		}
		return "invasion of " + country(inv)
	}
	if war != nil {
		if war.evt.sub == "civil war" {
			return "civil war in " + country(war)
		}
		return "war in " + country(war)
	}
	return rv.d.res.Text.Body[ms[e.Mentions[0]].Start:ms[e.Mentions[0]].End]
}

// stripBrackets removes an editor's square brackets from an alias:
// "Vice President Kamala] Harris" → "Vice President Kamala Harris".
func stripBrackets(s string) string {
	if !strings.ContainsAny(s, "[]") {
		return s
	}
	s = strings.NewReplacer("[", "", "]", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// nameWords splits a person's name into words without a generational
// suffix: "William Mayville Jr." → William, Mayville.
func nameWords(name string) []string {
	f := strings.Fields(name)
	for len(f) > 2 {
		if !nameSuffix(f[len(f)-1]) {
			break
		}
		f = f[:len(f)-1]
	}
	return f
}

func knownGender(g gazetteer.Gender) bool { return g == gazetteer.Male || g == gazetteer.Female }

// homeCountry returns the country the article mentions most (its ISO code
// and one of its mentions), or "" and -1.
func (rv *resolver) homeCountry() (string, int) {
	count := map[string]int{}
	where := map[string]int{}
	for k, m := range rv.d.res.Mentions {
		switch e := m.Entry.(type) {
		case *gazetteer.Country:
			count[e.ISO2]++
			if _, seen := where[e.ISO2]; !seen {
				where[e.ISO2] = k
			}
		case *gazetteer.Organization:
			// a country's bodies and parties say whose story it is too:
			// the FBI, Congress and the Democrats in a story on Russian
			// meddling
			if e.Country != "" {
				count[e.Country]++
			}
		}
	}
	best := ""
	for iso, n := range count {
		if best == "" || n > count[best] || n == count[best] && iso < best {
			best = iso
		}
	}
	if best == "" {
		return "", -1
	}
	if k, ok := where[best]; ok {
		return best, k
	}
	return best, -1
}

// insertMention puts m at index at of the mentions, which stay in text
// order, and shifts every index that points past it.
func (res *Result) insertMention(at int, m Mention) {
	res.Mentions = append(res.Mentions, Mention{})
	copy(res.Mentions[at+1:], res.Mentions[at:])
	res.Mentions[at] = m
	res.sorted = len(res.Mentions)
	for _, e := range res.Entities {
		for j, mk := range e.Mentions {
			if mk >= at {
				e.Mentions[j] = mk + 1
			}
		}
	}
	for k := range res.Roles {
		if res.Roles[k].Person >= at {
			res.Roles[k].Person++
		}
		if res.Roles[k].Of >= at {
			res.Roles[k].Of++
		}
	}
	for k := range res.Mentions {
		if s := res.Mentions[k].src; s != nil && s.closeTo >= at && k != at {
			s.closeTo++
		}
		if e := res.Mentions[k].evt; e != nil && k != at {
			if e.country >= at {
				e.country++
			}
			if e.agent >= at {
				e.agent++
			}
		}
	}
}

// dateWords come before a month or a weekday: "in May", "last Friday".
// Words that also come before a person ("to", "from", "after", "by": "spoke
// to May") are left out.
var dateWords = map[string]bool{
	"in": true, "on": true, "since": true, "until": true, "till": true, "last": true, "next": true,
	"early": true, "late": true, "mid": true, "of": true, "through": true, "this": true, "each": true,
	"every": true, "during": true,
}

// inDate reports whether tokens [t0, t1) are part of a date: after "in",
// "last", … or before a number ("May 16").
func (d *doc) inDate(t0, t1 int) bool {
	if t0 > 0 && dateWords[d.lower[t0-1]] {
		return true
	}
	return t1 < len(d.toks) && d.t.Tokens[t1].Kind == segment.Number
}
