// Package ner finds the people, outlets, countries, organisations, events
// and anonymous sources of an article and resolves their mentions into
// entities.
//
// Recognition combines the curated lists of extract/gazetteer (countries
// with demonyms and capital metonyms, outlets, organisations with member
// nouns, well-known people, named events, titles, given names) with context
// rules for names the lists do not hold: a run of capitalised words is a
// Person when it starts with a given name, follows a title ("President X",
// "special correspondent X") or is the subject of a reporting verb; an
// Organization when it ends with an organisation head ("… Party",
// "… Ministry", "… Inc"); events are found by patterns ("the 2016 U.S.
// presidential election", "war in Ukraine", "X summit"); anonymous sources
// by their nouns and qualifiers ("a source close to the Kremlin", "Kremlin
// insiders", "people familiar with the matter").
//
// Resolution joins the mentions of one entity within the article: "Putin",
// "Vladimir Putin" and "Russian President Vladimir Putin" are one Person,
// "Mr Blair" joins "Tony Blair", "Kremlin insiders" and "insiders" one
// Source. Titles are kept apart from names. Ids are deterministic
// (graph.EntityID) so that the same entity merges across articles.
package ner

import (
	"sort"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lex"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

// Form says how a mention names its entity.
type Form uint8

// Mention forms.
const (
	FormName    Form = iota + 1 // a name: "Vladimir Putin", "Kremlin", "NATO"
	FormShort                   // a short form of a person's name: "Putin", "Mr Blair"
	FormDemonym                 // a country's demonym: "Russian"
	FormCapital                 // a capital city for its country's government: "Moscow"
	FormMember                  // a party's member noun: "Republicans", "Tory"
	FormPhrase                  // a descriptive phrase: events, sources
	FormAnaphor                 // a reference back to a source: "the source", "these sources"
)

// Mention is one occurrence of an entity in the body.
type Mention struct {
	Start, End int // bytes of the body
	T0, T1     int // tokens [T0, T1)
	Sent       int
	Label      graph.Label
	Form       Form
	// Entry is the gazetteer entry the mention names, if listed.
	Entry gazetteer.Entity
	// Name is the mention's name without titles, used to resolve it.
	Name string
	// Titles are the titles written before the name ("President").
	Titles []string
	// Ext is the mention with the titles and modifiers before it
	// ("Russian President Vladimir Putin"), when it has any.
	Ext string
	// Kind is an Organization's or Event's kind, when known.
	Kind   string
	Gender gazetteer.Gender
	// Entity is the index of the mention's entity in Result.Entities.
	Entity int

	src *sourceInfo // Sources only
	evt *eventInfo  // Events only
	// ambiguous is set on a person's short form that the lists give to
	// more than one person, or that is also a common surname.
	ambiguous bool
	// scoped is set on a national body named by a word other countries'
	// bodies share ("Parliament", "the Treasury", "Ministry of Defence"):
	// it is that country's only in an article that names the country.
	scoped bool
}

// Entity is a resolved entity with its mentions.
type Entity struct {
	ID      string
	Label   graph.Label
	Name    string
	Aliases []string
	Titles  []string
	Kind    string
	ISO2    string
	ISO3    string
	Date    string
	// Description and Anonymous describe a Source; CloseTo is the entity
	// id of what the source is close to or part of, when stated.
	Description string
	Anonymous   bool
	CloseTo     string
	// Prep is the word that ties a Source to CloseTo: "close" (to),
	// "from", "in", "of", "inside", ... or "" when CloseTo is a modifier
	// ("Kremlin insiders").
	Prep   string
	Plural bool
	Gender gazetteer.Gender
	Entry  gazetteer.Entity
	// Mentions are indexes into Result.Mentions, in text order.
	Mentions []int
}

// Role is a title or role phrase tying a person to an organisation or
// country: "Russian President Vladimir Putin", "Meduza special
// correspondent Andrey Pertsev", "Democrat John Kerry".
type Role struct {
	Person int // mention index of the person
	Of     int // mention index of the organisation, outlet or country
	// Title is the role word ("President", "correspondent", "leader"); ""
	// for a bare modifier ("Democrat John Kerry").
	Title    string
	Relation graph.RelType // suggested by the title; "" when none
	// Start and End are the byte span of the whole phrase (the evidence).
	Start, End int
}

// Result is what recognition finds in one article.
type Result struct {
	Text     *segment.Text
	Tokens   []string // token texts
	Lower    []string // token texts in lower case
	Mentions []Mention
	Entities []*Entity
	Roles    []Role
	// Candidates are descriptive noun phrases that name an unnamed person
	// or group ("a senior regional official", "Russian officials") but are
	// not sources unless something they say is reported; claim extraction
	// promotes them with PromoteSource.
	Candidates []Mention

	articleKey string
	rec        *Recognizer
	sorted     int // Mentions[:sorted] are in text order
}

// Recognizer finds entities. It is safe for concurrent use.
type Recognizer struct {
	gaz *gazetteer.Gazetteer
	// eventWords holds the lower-cased words that start a listed event or
	// head an event pattern (see eventWordsOf).
	eventWords *lex.WordBits
}

// New returns a Recognizer over the given lists (gazetteer.Default() when
// nil).
func New(g *gazetteer.Gazetteer) *Recognizer {
	if g == nil {
		g = gazetteer.Default()
	}
	return &Recognizer{gaz: g, eventWords: lex.NewWordBits(eventWordsOf(g))}
}

// Meta is what is known of the article apart from its text.
type Meta struct {
	ArticleID string // graph id "article:…", scopes Source ids
	Published string // ISO date, gives the year of undated events
	Outlet    string // the publishing outlet's name, whose home country is the article's when it names none
}

// Recognize finds and resolves the entities of a segmented body.
func (r *Recognizer) Recognize(t *segment.Text, meta Meta) *Result {
	res := &Result{Text: t, articleKey: meta.ArticleID, rec: r}
	b, _ := resultBufs.Get().(*buffers)
	if b == nil {
		b = &buffers{}
	}
	res.Tokens = grow(b.tokens, len(t.Tokens))
	res.Lower = grow(b.lower, len(t.Tokens))
	lowerTokens(t, res.Tokens, res.Lower)
	if n := len(t.Tokens)/8 + 8; cap(b.mentions) >= n {
		res.Mentions = b.mentions[:0]
	} else {
		res.Mentions = make([]Mention, 0, n)
	}
	d := &doc{r: r, res: res, t: t, toks: res.Tokens, lower: res.Lower, year: yearOf(meta.Published), published: meta.Published}
	if o, ok := r.gaz.Outlet(meta.Outlet); ok && meta.Outlet != "" {
		d.outletHome = o.Country
	}
	d.run()
	return res
}

// buffers are the per-token slices of a Result, kept for reuse by
// Release. Like segment.Text.Release, reusing them cuts the bytes
// allocated per article, and with them the garbage collector's work.
type buffers struct {
	tokens, lower []string
	mentions      []Mention
}

var resultBufs sync.Pool // of *buffers

// grow returns s with length n, reusing its array when it is large enough.
func grow(s []string, n int) []string {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]string, n)
}

// Release gives the result's per-token slices (Tokens, Lower, Mentions)
// back to be reused by a later Recognize, when nothing will read them
// again. The entities and the strings the result holds stay valid.
func (res *Result) Release() {
	b := &buffers{tokens: res.Tokens, lower: res.Lower, mentions: res.Mentions}
	clear(b.tokens[:cap(b.tokens)]) // no body or entry is kept alive by a buffer
	clear(b.lower[:cap(b.lower)])
	clear(b.mentions[:cap(b.mentions)])
	res.Tokens, res.Lower, res.Mentions = nil, nil, nil
	resultBufs.Put(b)
}

func yearOf(date string) string {
	if len(date) >= 4 && date[0] >= '1' && date[0] <= '2' {
		return date[:4]
	}
	return ""
}

// maxMentionTokens bounds how many tokens a mention spans, for lookups.
const maxMentionTokens = 24

// MentionAt returns the index of the mention of one of the given labels
// (any label when none) that covers token i, preferring the longest, or -1.
func (res *Result) MentionAt(i int, labels ...graph.Label) int {
	best := -1
	consider := func(k int) {
		m := &res.Mentions[k]
		if m.T0 > i || i >= m.T1 || !labelIn(m.Label, labels) {
			return
		}
		if best < 0 || m.T1-m.T0 > res.Mentions[best].T1-res.Mentions[best].T0 {
			best = k
		}
	}
	// the sorted prefix: mentions starting within reach of i
	n := res.sorted
	if n > len(res.Mentions) {
		n = len(res.Mentions)
	}
	hi := sort.Search(n, func(k int) bool { return res.Mentions[k].T0 > i })
	for k := hi - 1; k >= 0 && res.Mentions[k].T0 > i-maxMentionTokens; k-- {
		consider(k)
	}
	// mentions added since the last sort
	for k := n; k < len(res.Mentions); k++ {
		consider(k)
	}
	return best
}

// MentionsIn returns the indexes of mentions lying within tokens [t0, t1).
func (res *Result) MentionsIn(t0, t1 int) []int {
	var out []int
	for k := range res.Mentions {
		m := &res.Mentions[k]
		if m.T0 >= t1 {
			break
		}
		if m.T0 >= t0 && m.T1 <= t1 {
			out = append(out, k)
		}
	}
	return out
}

func labelIn(l graph.Label, ls []graph.Label) bool {
	if len(ls) == 0 {
		return true
	}
	for _, x := range ls {
		if x == l {
			return true
		}
	}
	return false
}

// Title reports whether s is a person's title or role word ("secretary of
// state", "judge"), in any letter case.
func (res *Result) Title(s string) (gazetteer.TitleInfo, bool) { return res.rec.gaz.Title(s) }

// Span returns the body text of tokens [t0, t1).
func (res *Result) Span(t0, t1 int) string {
	if t0 >= t1 {
		return ""
	}
	return res.Text.Body[res.Text.Tokens[t0].Start:res.Text.Tokens[t1-1].End]
}

// LatestPerson returns the person entity for which has is true whose
// latest mention ends before offset before, or -1: the holder of a title
// that "the senator" or "the president" refers back to.
func (res *Result) LatestPerson(before int, has func(*Entity) bool) int {
	best, bestEnd := -1, -1
	for ei, e := range res.Entities {
		if e.Label != graph.LabelPerson || !has(e) {
			continue
		}
		for _, mk := range e.Mentions {
			if m := &res.Mentions[mk]; m.End <= before && m.End > bestEnd {
				best, bestEnd = ei, m.End
			}
		}
	}
	return best
}

// Entity returns the entity of mention k.
func (res *Result) EntityOf(k int) *Entity {
	if k < 0 || k >= len(res.Mentions) || res.Mentions[k].Entity < 0 {
		return nil
	}
	return res.Entities[res.Mentions[k].Entity]
}

// lowerTokens fills toks with the tokens of t and lower with their lower
// case. The ASCII tokens with capitals are lowered into one string per
// article, which lower slices, rather than into one string each: the
// same strings.ToLower gives, without an allocation per token.
func lowerTokens(t *segment.Text, toks, lower []string) {
	var b strings.Builder
	for i := range t.Tokens {
		tok := t.Tok(i)
		toks[i] = tok
		lower[i] = tok
		if !t.Tokens[i].Upper && !hasUpper(tok) {
			continue
		}
		if !isASCII(tok) {
			lower[i] = strings.ToLower(tok)
			continue
		}
		if b.Cap() == 0 {
			b.Grow(len(t.Body)/8 + 64)
		}
		for j := 0; j < len(tok); j++ {
			c := tok[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		lower[i] = "" // filled from b below
	}
	if b.Len() == 0 {
		return
	}
	all, off := b.String(), 0
	for i, l := range lower {
		if l == "" && toks[i] != "" {
			n := len(toks[i])
			lower[i] = all[off : off+n]
			off += n
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
