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
// follow it. The properties of each record are those of its label or type
// in the schema (Label.Props, RelType.Props), read from the document.
//
// Nodes, in this order (each id at most once):
//
//   - the Article, with the document's DocSHA256 in doc_sha256;
//   - every entity of the document;
//   - Outlet "outlet:<Slug(article.outlet)>" {name: article.outlet} when the
//     document has no entity with that id, and likewise Person
//     "person:<Slug(author)>" {name: author} for each author;
//   - every Claim.
//
// Relationships, in this order:
//
//   - PUBLISHED_BY Article → its outlet; WRITTEN_BY Article → each author.
//   - MENTIONS Article → each entity with at least one mention.
//   - CLAIMS speaker → Claim, REPORTED_IN Claim → Article, ABOUT Claim → each
//     entity of the claim's about list.
//   - STANCE holder → target.
//   - LEADER_OF, AFFILIATED_WITH, WORKS_FOR, MEMBER_OF, LOCATED_IN, PART_OF
//     subject → object.
//
// Property rules (see Prop): absent optional values are left out rather
// than written as "" or 0 (an article without url has no url property; a
// Country without iso3 has no iso3), except list properties, which are
// always written, possibly empty; required values are always written.
// Lists of names are sorted and unique, and aliases never hold the
// entity's own name. Integers are int64, score is float64.
//
// A relationship's identity is (type, start, end), plus `article` for STANCE
// and the factual types (RelType.PerArticle); when a document repeats an
// identity (two stances of one holder toward one target, the same author
// twice), the first occurrence is kept.
func Flatten(doc *Document) (nodes []Node, rels []Rel) {
	return flatten(doc, DocSHA256(doc))
}

// flatten is Flatten with the document's DocSHA256 already computed.
func flatten(doc *Document, hash string) (nodes []Node, rels []Rel) {
	a := &doc.Article
	nodes = make([]Node, 0, 2+len(doc.Entities)+len(a.Authors)+len(doc.Claims))
	seen := make(map[string]bool, cap(nodes))
	addNode := func(n Node) {
		if !seen[n.ID] {
			seen[n.ID] = true
			nodes = append(nodes, n)
		}
	}
	nrels := 1 + len(a.Authors) + len(doc.Entities) + len(doc.Stances) + len(doc.Relations)
	for i := range doc.Claims {
		nrels += 2 + len(doc.Claims[i].About)
	}
	relSeen := make(map[relKey]bool, nrels)
	addRel := func(t RelType, from, to string, src source) {
		// keyOf of the relationship, before its properties are read: the
		// article of every relationship here is a.
		k := relKey{t: t, start: from, end: to}
		if t.PerArticle() {
			k.article = a.ID
		}
		if !relSeen[k] {
			relSeen[k] = true
			if rels == nil {
				rels = make([]Rel, 0, nrels)
			}
			rels = append(rels, Rel{Type: t, StartLabel: LabelOfID(from), StartID: from, EndLabel: LabelOfID(to), EndID: to,
				Props: props(relSchemaOf(t).Props, src)})
		}
	}

	addNode(Node{Label: LabelArticle, ID: a.ID, Props: props(nodeSchemaOf(LabelArticle).Props, source{article: a, docHash: hash})})
	for i := range doc.Entities {
		addNode(entityNode(&doc.Entities[i]))
	}
	var outletID string
	if a.Outlet != "" && Slug(a.Outlet) != "" {
		outletID = EntityID(LabelOutlet, a.Outlet)
		addNode(entityNode(&Entity{ID: outletID, Type: LabelOutlet, Name: a.Outlet}))
	}
	var authorIDs []string
	for _, au := range a.Authors {
		if Slug(au) == "" {
			continue
		}
		id := EntityID(LabelPerson, au)
		authorIDs = append(authorIDs, id)
		addNode(entityNode(&Entity{ID: id, Type: LabelPerson, Name: au}))
	}
	claims := nodeSchemaOf(LabelClaim).Props
	for i := range doc.Claims {
		c := &doc.Claims[i]
		addNode(Node{Label: LabelClaim, ID: c.ID, Props: props(claims, source{claim: c})})
	}

	none := source{article: a}
	if outletID != "" {
		addRel(RelPublishedBy, a.ID, outletID, none)
	}
	for _, id := range authorIDs {
		addRel(RelWrittenBy, a.ID, id, none)
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		if len(e.Mentions) == 0 {
			continue
		}
		addRel(RelMentions, a.ID, e.ID, source{article: a, entity: e})
	}
	for i := range doc.Claims {
		c := &doc.Claims[i]
		addRel(RelClaims, c.Speaker, c.ID, none)
		addRel(RelReportedIn, c.ID, a.ID, none)
		for _, ab := range c.About {
			addRel(RelAbout, c.ID, ab, source{article: a, claim: c, about: ab})
		}
	}
	for i := range doc.Stances {
		addRel(RelStance, doc.Stances[i].Holder, doc.Stances[i].Target, source{article: a, stance: &doc.Stances[i]})
	}
	for i := range doc.Relations {
		r := &doc.Relations[i]
		addRel(r.Predicate, r.Subject, r.Object, source{article: a, relation: r})
	}
	return nodes, rels
}

// entityNode is the node of an entity (of a valid document: its type is an
// entity label).
func entityNode(e *Entity) Node {
	return Node{Label: e.Type, ID: e.ID, Props: props(nodeSchemaOf(e.Type).Props, source{entity: e})}
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
