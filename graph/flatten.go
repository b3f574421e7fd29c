package graph

import (
	"slices"
)

// Node is one node record: what a loader MERGEs on (Label, ID) and the
// properties it sets. Props never holds "id". Values are string, int64,
// float64, bool or []string.
type Node struct {
	Label Label
	ID    string
	Props map[string]any
}

// Rel is one relationship record. Its identity, what a loader MERGEs on, is
// (Type, start, end) plus Props["article"] when Type.PerArticle().
type Rel struct {
	Type       RelType
	StartLabel Label
	StartID    string
	EndLabel   Label
	EndID      string
	Props      map[string]any
}

// Article returns the `article` property of a per-article relationship, or "".
func (r Rel) Article() string {
	s, _ := r.Props["article"].(string)
	return s
}

// Flatten turns a valid document (see Document.Validate) into the node and
// relationship records of MODEL.md. It is the one mapping from document JSON
// to graph records: the Neo4j writer, the CSV export and the CSV import all
// follow it.
//
// Nodes, in this order (each id at most once):
//
//   - Article: title, url, outlet, published, authors, language, word_count,
//     sha256.
//   - every entity of the document: name and aliases; titles for a Person;
//     kind for an Organization; iso2, iso3 for a Country; date for an Event;
//     description (the entity's description, else its name), anonymous and,
//     when known, close_to (the id of the entity the source is close to)
//     for a Source.
//   - Outlet "outlet:<Slug(article.outlet)>" {name: article.outlet} when the
//     document has no entity with that id, and likewise Person
//     "person:<Slug(author)>" {name: author} for each author.
//   - every Claim: text, kind, cue, start, end, sentence.
//
// Relationships, in this order:
//
//   - PUBLISHED_BY Article → its outlet; WRITTEN_BY Article → each author.
//   - MENTIONS Article → each entity with at least one mention {count: number
//     of mentions, first: smallest mention start}.
//   - CLAIMS speaker → Claim, REPORTED_IN Claim → Article, ABOUT Claim → each
//     entity of the claim's about list.
//   - STANCE holder → target {polarity, score, evidence, article, claim}.
//   - LEADER_OF, AFFILIATED_WITH, WORKS_FOR, MEMBER_OF, LOCATED_IN, PART_OF
//     subject → object {article, evidence}.
//
// Property rules: absent optional values are left out rather than written as
// "" or 0 (an article without url has no url property; a Country without
// iso3 has no iso3), except the list properties authors, aliases and titles,
// which are always written, possibly empty. Required values are always
// written: Claim text, kind, start, end; STANCE polarity, score, article;
// the article of factual relationships; MENTIONS count and first; Source
// anonymous. Lists of names are sorted and unique, and aliases never hold
// the entity's own name. Integers are int64, score is float64.
//
// A relationship's identity is (type, start, end), plus `article` for STANCE
// and the factual types (RelType.PerArticle); when a document repeats an
// identity (two stances of one holder toward one target, the same author
// twice), the first occurrence is kept.
func Flatten(doc *Document) (nodes []Node, rels []Rel) {
	a := &doc.Article
	nodes = make([]Node, 0, 2+len(doc.Entities)+len(a.Authors)+len(doc.Claims))
	seen := make(map[string]bool, cap(nodes))
	addNode := func(n Node) {
		if !seen[n.ID] {
			seen[n.ID] = true
			nodes = append(nodes, n)
		}
	}
	relSeen := make(map[relKey]bool)
	addRel := func(r Rel) {
		k := keyOf(r)
		if !relSeen[k] {
			relSeen[k] = true
			rels = append(rels, r)
		}
	}

	addNode(Node{Label: LabelArticle, ID: a.ID, Props: articleProps(a)})
	for i := range doc.Entities {
		addNode(entityNode(&doc.Entities[i]))
	}
	var outletID string
	if a.Outlet != "" && Slug(a.Outlet) != "" {
		outletID = EntityID(LabelOutlet, a.Outlet)
		addNode(Node{Label: LabelOutlet, ID: outletID, Props: map[string]any{
			"name": a.Outlet, "aliases": []string{},
		}})
	}
	var authorIDs []string
	for _, au := range a.Authors {
		if Slug(au) == "" {
			continue
		}
		id := EntityID(LabelPerson, au)
		authorIDs = append(authorIDs, id)
		addNode(Node{Label: LabelPerson, ID: id, Props: map[string]any{
			"name": au, "aliases": []string{}, "titles": []string{},
		}})
	}
	for i := range doc.Claims {
		addNode(claimNode(&doc.Claims[i]))
	}

	rel := func(t RelType, from, to string, props map[string]any) Rel {
		return Rel{Type: t, StartLabel: LabelOfID(from), StartID: from, EndLabel: LabelOfID(to), EndID: to, Props: props}
	}
	if outletID != "" {
		addRel(rel(RelPublishedBy, a.ID, outletID, map[string]any{}))
	}
	for _, id := range authorIDs {
		addRel(rel(RelWrittenBy, a.ID, id, map[string]any{}))
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if len(e.Mentions) == 0 {
			continue
		}
		first := e.Mentions[0].Start
		for _, m := range e.Mentions[1:] {
			first = min(first, m.Start)
		}
		addRel(rel(RelMentions, a.ID, e.ID, map[string]any{
			"count": int64(len(e.Mentions)), "first": int64(first),
		}))
	}
	for i := range doc.Claims {
		c := &doc.Claims[i]
		addRel(rel(RelClaims, c.Speaker, c.ID, map[string]any{}))
		addRel(rel(RelReportedIn, c.ID, a.ID, map[string]any{}))
		for _, ab := range c.About {
			addRel(rel(RelAbout, c.ID, ab, map[string]any{}))
		}
	}
	for _, s := range doc.Stances {
		p := map[string]any{"polarity": s.Polarity, "score": s.Score, "article": a.ID}
		putString(p, "evidence", s.Evidence)
		putString(p, "claim", s.Claim)
		addRel(rel(RelStance, s.Holder, s.Target, p))
	}
	for _, r := range doc.Relations {
		p := map[string]any{"article": a.ID}
		putString(p, "evidence", r.Evidence)
		addRel(rel(r.Predicate, r.Subject, r.Object, p))
	}
	return nodes, rels
}

func articleProps(a *Article) map[string]any {
	p := map[string]any{"authors": nonNil(a.Authors)}
	putString(p, "title", a.Title)
	putString(p, "url", a.URL)
	putString(p, "outlet", a.Outlet)
	putString(p, "published", a.Published)
	putString(p, "language", a.Language)
	putString(p, "sha256", a.SHA256)
	if a.WordCount != 0 {
		p["word_count"] = int64(a.WordCount)
	}
	return p
}

func entityNode(e *Entity) Node {
	p := map[string]any{"name": e.Name, "aliases": aliasList(e.Aliases, e.Name)}
	switch e.Type {
	case LabelPerson:
		p["titles"] = SortedUnique(e.Titles)
	case LabelOrganization:
		putString(p, "kind", e.Kind)
	case LabelCountry:
		putString(p, "iso2", e.ISO2)
		putString(p, "iso3", e.ISO3)
	case LabelEvent:
		putString(p, "date", e.Date)
	case LabelSource:
		desc := e.Description
		if desc == "" {
			desc = e.Name
		}
		putString(p, "description", desc)
		p["anonymous"] = e.Anonymous
		putString(p, "close_to", e.CloseTo)
	}
	return Node{Label: e.Type, ID: e.ID, Props: p}
}

func claimNode(c *Claim) Node {
	p := map[string]any{
		"text": c.Text, "kind": c.Kind,
		"start": int64(c.Start), "end": int64(c.End),
	}
	putString(p, "cue", c.Cue)
	putString(p, "sentence", c.Sentence)
	return Node{Label: LabelClaim, ID: c.ID, Props: p}
}

// aliasList returns the sorted, unique, non-empty aliases other than name.
func aliasList(aliases []string, name string) []string {
	out := SortedUnique(aliases)
	return slices.DeleteFunc(out, func(s string) bool { return s == name })
}

// SortedUnique returns the non-empty strings of list sorted and without
// duplicates, as a new, never nil, slice.
func SortedUnique(list []string) []string {
	out := make([]string, 0, len(list))
	for _, s := range list {
		if s != "" {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func putString(p map[string]any, k, v string) {
	if v != "" {
		p[k] = v
	}
}

func nonNil(list []string) []string {
	if list == nil {
		return []string{}
	}
	return slices.Clone(list)
}

// relKey is the MERGE identity of a relationship.
type relKey struct {
	t          RelType
	start, end string
	article    string
}

func keyOf(r Rel) relKey {
	k := relKey{t: r.Type, start: r.StartID, end: r.EndID}
	if r.Type.PerArticle() {
		k.article = r.Article()
	}
	return k
}
