package graph

import (
	"slices"
)

// The schema of the model, MODEL.md as one table: per label its id prefix,
// whether its nodes are shared by articles and its properties; per
// relationship type its ends, whether it is per article and its
// properties. Everything else is derived from it: Flatten (which
// properties a record gets), Document.Validate (ids and ends), the
// Writer's statements and its merge of shared nodes (MergeNodes), the
// constraints and indexes of EnsureSchema, and the columns, ends and merge
// of the CSV export and import.
//
// Adding a property is one row here plus the rule that extracts it (a field
// of the document's Entity, Article, Claim, Stance or Relation, filled by
// package extract); adding a label or a type is one row of nodeSchemas or
// relSchemas plus its constant.

// PropType is the type of a property's values in records (Node.Props,
// Rel.Props).
type PropType string

// The property types of the model.
const (
	String     PropType = "string"   // string
	Int        PropType = "int"      // int64
	Float      PropType = "float"    // float64
	Bool       PropType = "bool"     // bool
	StringList PropType = "string[]" // []string
)

// Merge is how a node shared by articles (NodeSchema.Shared) keeps the
// values that loads of several articles give one of its properties, the
// same whatever the order of the loads. The properties of the other nodes
// and of relationships are replaced by each load.
type Merge int

// The merge rules.
const (
	// MergeReplace keeps the value of the last load.
	MergeReplace Merge = iota
	// MergeName keeps the smallest value loaded (the names of one id
	// differ at most in case, accents or punctuation, having the same
	// slug); the other names become aliases.
	MergeName
	// MergeAliases keeps the sorted union of every value loaded and of the
	// names MergeName did not keep, without the name kept.
	MergeAliases
	// MergeUnion keeps the sorted union of every value loaded.
	MergeUnion
	// MergeMax keeps the greatest value loaded (so a full date wins over a
	// year).
	MergeMax
)

// Prop describes one property of a label or relationship type.
//
// Flatten writes a property when it is Required or a StringList (an empty
// list included), and otherwise only when its value is not the zero value:
// an article without url has no url property.
type Prop struct {
	Name     string
	Type     PropType
	Required bool
	// Merge is the rule of a shared node's property (MergeReplace for the
	// properties of other nodes and of relationships).
	Merge Merge
	// Indexed properties have a range index: the saved queries filter on
	// them.
	Indexed bool
	// Searchable properties are in the full-text index FulltextIndex.
	Searchable bool

	// value reads the property from what the record is made of.
	value func(source) any
}

// source is what a record's properties are read from: the document's
// article and its DocSHA256, and the entity, claim, stance or relation the
// record is made of.
type source struct {
	article  *Article
	docHash  string
	entity   *Entity
	claim    *Claim
	stance   *Stance
	relation *Relation
	about    string // the id of the entity an ABOUT ends at
}

// NodeSchema describes the nodes of one label.
type NodeSchema struct {
	Label    Label
	IDPrefix string
	// Entity labels are the types a document's entity can have.
	Entity bool
	// Shared nodes are shared by articles, never removed, and merged
	// property by property (Prop.Merge); the others belong to one article
	// and are replaced by each load of it.
	Shared bool
	Props  []Prop
}

// RelSchema describes the relationships of one type.
type RelSchema struct {
	Type RelType
	// From and To are the labels the relationships may start and end at.
	From, To []Label
	// PerArticle relationships carry the id of the article that states
	// them in `article`, part of their identity: two articles stating the
	// same fact give two relationships.
	PerArticle bool
	// Factual types are the predicates of a document's relations.
	Factual bool
	Props   []Prop
	// Composite, when set, names the properties of a composite range
	// index over the relationships, in its order: equality on the first,
	// a range on the second gives the relationships in that order.
	Composite []string
	// Backfill, when set, is the statement that gives the relationships
	// of a database written before Composite existed the properties it
	// indexes (see schemaStatement).
	Backfill string
}

// Readers of the values, one per field of the document.
func entityName(s source) any { return s.entity.Name }
func entityAliases(s source) any {
	return aliasList(s.entity.Aliases, s.entity.Name)
}

// The entity properties every entity label has.
var (
	sharedName    = Prop{Name: "name", Type: String, Required: true, Merge: MergeName, Indexed: true, Searchable: true, value: entityName}
	sharedAliases = Prop{Name: "aliases", Type: StringList, Merge: MergeAliases, Searchable: true, value: entityAliases}
)

// nodeSchemas are the labels of MODEL.md, in the order of Labels.
var nodeSchemas = []NodeSchema{
	{Label: LabelArticle, IDPrefix: "article:", Props: []Prop{
		{Name: "title", Type: String, value: func(s source) any { return s.article.Title }},
		{Name: "url", Type: String, value: func(s source) any { return s.article.URL }},
		{Name: "outlet", Type: String, Indexed: true, value: func(s source) any { return s.article.Outlet }},
		{Name: "published", Type: String, Indexed: true, value: func(s source) any { return s.article.Published }},
		{Name: "authors", Type: StringList, value: func(s source) any { return nonNil(s.article.Authors) }},
		{Name: "language", Type: String, value: func(s source) any { return s.article.Language }},
		{Name: "word_count", Type: Int, value: func(s source) any { return int64(s.article.WordCount) }},
		{Name: "sha256", Type: String, value: func(s source) any { return s.article.SHA256 }},
		// newsgraph's addition to MODEL.md: the hash of the whole document
		// as written (DocSHA256), by which the Writer skips unchanged ones.
		// Indexed: a load looks documents up by it (Writer.KnownHashes).
		{Name: "doc_sha256", Type: String, Indexed: true, value: func(s source) any { return s.docHash }},
	}},
	{Label: LabelPerson, IDPrefix: "person:", Entity: true, Shared: true, Props: []Prop{
		sharedName, sharedAliases,
		{Name: "titles", Type: StringList, Merge: MergeUnion, value: func(s source) any { return SortedUnique(s.entity.Titles) }},
	}},
	{Label: LabelOutlet, IDPrefix: "outlet:", Entity: true, Shared: true, Props: []Prop{
		sharedName, sharedAliases,
	}},
	{Label: LabelCountry, IDPrefix: "country:", Entity: true, Shared: true, Props: []Prop{
		sharedName, sharedAliases,
		{Name: "iso2", Type: String, Merge: MergeMax, value: func(s source) any { return s.entity.ISO2 }},
		{Name: "iso3", Type: String, Merge: MergeMax, value: func(s source) any { return s.entity.ISO3 }},
	}},
	{Label: LabelOrganization, IDPrefix: "org:", Entity: true, Shared: true, Props: []Prop{
		sharedName, sharedAliases,
		{Name: "kind", Type: String, Merge: MergeMax, value: func(s source) any { return s.entity.Kind }},
	}},
	{Label: LabelEvent, IDPrefix: "event:", Entity: true, Shared: true, Props: []Prop{
		sharedName, sharedAliases,
		{Name: "date", Type: String, Merge: MergeMax, value: func(s source) any { return s.entity.Date }},
	}},
	{Label: LabelSource, IDPrefix: "source:", Entity: true, Props: []Prop{
		{Name: "name", Type: String, Required: true, Searchable: true, value: entityName},
		{Name: "aliases", Type: StringList, Searchable: true, value: entityAliases},
		{Name: "description", Type: String, Searchable: true, value: func(s source) any {
			if s.entity.Description != "" {
				return s.entity.Description
			}
			return s.entity.Name
		}},
		{Name: "anonymous", Type: Bool, Required: true, value: func(s source) any { return s.entity.Anonymous }},
		{Name: "close_to", Type: String, Indexed: true, value: func(s source) any { return s.entity.CloseTo }},
	}},
	{Label: LabelClaim, IDPrefix: "claim:", Props: []Prop{
		{Name: "text", Type: String, Required: true, value: func(s source) any { return s.claim.Text }},
		{Name: "kind", Type: String, Required: true, Indexed: true, value: func(s source) any { return s.claim.Kind }},
		{Name: "cue", Type: String, value: func(s source) any { return s.claim.Cue }},
		{Name: "start", Type: Int, Required: true, value: func(s source) any { return int64(s.claim.Start) }},
		{Name: "end", Type: Int, Required: true, value: func(s source) any { return int64(s.claim.End) }},
		{Name: "sentence", Type: String, value: func(s source) any { return s.claim.Sentence }},
	}},
}

// The properties of the relationship types that have an article.
var (
	articleProp = Prop{Name: "article", Type: String, Required: true, Indexed: true,
		value: func(s source) any { return s.article.ID }}
	factualProps = []Prop{
		articleProp,
		{Name: "evidence", Type: String, value: func(s source) any { return s.relation.Evidence }},
	}
)

// relSchemas are the relationship types of MODEL.md, in the order of
// RelTypes.
var relSchemas = func() []RelSchema {
	article, claim := []Label{LabelArticle}, []Label{LabelClaim}
	entities := labelsWhere(func(s *NodeSchema) bool { return s.Entity })
	factual := func(t RelType) RelSchema {
		return RelSchema{Type: t, From: entities, To: entities, PerArticle: true, Factual: true, Props: factualProps}
	}
	return []RelSchema{
		{Type: RelPublishedBy, From: article, To: []Label{LabelOutlet}},
		{Type: RelWrittenBy, From: article, To: []Label{LabelPerson}},
		{Type: RelMentions, From: article, To: entities, Props: []Prop{
			{Name: "count", Type: Int, Required: true, value: func(s source) any { return int64(len(s.entity.Mentions)) }},
			{Name: "first", Type: Int, Required: true, value: func(s source) any {
				first := s.entity.Mentions[0].Start
				for _, m := range s.entity.Mentions[1:] {
					first = min(first, m.Start)
				}
				return int64(first)
			}},
		}},
		{Type: RelClaims, From: entities, To: claim},
		{Type: RelReportedIn, From: claim, To: article},
		// newsgraph's addition to MODEL.md: the claim's speaker type and
		// its article's date, copied onto each ABOUT, so that the claims
		// about an entity are filtered and ordered without reading the
		// claims, their speakers and their articles (claims-about). They
		// change only with the claim, which each load of its article
		// writes anew.
		//
		// And the id of the entity it ends at, entity: with the composite
		// index on (entity, published, speaker_type), the claims about an
		// entity come from the index in date order, so that claims-about
		// reads the first hundred of them, not all of them (70,000 for the
		// most-claimed-about person of 100,000 articles).
		{Type: RelAbout, From: claim, To: entities, Props: []Prop{
			{Name: "speaker_type", Type: String, value: func(s source) any { return string(LabelOfID(s.claim.Speaker)) }},
			{Name: "published", Type: String, value: func(s source) any { return s.article.Published }},
			{Name: "entity", Type: String, value: func(s source) any { return s.about }},
		}, Composite: []string{"entity", "published", "speaker_type"},
			Backfill: "MATCH ()-[r:ABOUT]->(e)\nWHERE r.entity IS NULL\nCALL (r, e) {\n  SET r.entity = e.id\n} IN TRANSACTIONS OF 10000 ROWS"},
		{Type: RelStance, From: entities, To: entities, PerArticle: true, Props: []Prop{
			{Name: "polarity", Type: String, Required: true, Indexed: true, value: func(s source) any { return s.stance.Polarity }},
			{Name: "score", Type: Float, Required: true, value: func(s source) any { return s.stance.Score }},
			{Name: "evidence", Type: String, value: func(s source) any { return s.stance.Evidence }},
			articleProp,
			{Name: "claim", Type: String, value: func(s source) any { return s.stance.Claim }},
		}},
		factual(RelLeaderOf),
		factual(RelAffiliatedWith),
		factual(RelWorksFor),
		factual(RelMemberOf),
		factual(RelLocatedIn),
		factual(RelPartOf),
	}
}()

// SummarySchema describes relationships that newsgraph derives from the
// model's and keeps exact on every write (newsgraph's addition to
// MODEL.md): counts that saved queries would otherwise recount from
// hundreds of thousands of records. They are not of the documents: Flatten,
// Validate and the CSV files never hold them; the Writer maintains them on
// each load and re-load (subtracting what an article contributed before,
// then adding its new version) and on WriteRecords (recounting what the
// records touch), and RecountSummaries recomputes them all (after
// neo4j-admin import or LOAD CSV).
type SummarySchema struct {
	Type RelType
	// From and To are the labels the relationships may start and end at.
	From, To []Label
	// Key properties are part of a relationship's identity, with its ends.
	Key []Prop
	// Counts are the integer properties that loads add to and subtract
	// from; a relationship whose counts are all 0 is removed.
	Counts []Prop
}

// RelQuotedBy is the summary of what a speaker said in an outlet's
// articles: speaker -[:QUOTED_BY {outlet, claims, direct, articles}]->
// Outlet for every outlet (PUBLISHED_BY) of an article reporting one of its
// claims, where outlet is the article's outlet property, claims counts the
// speaker's claims in the outlet's articles, direct the direct quotes among
// them and articles those articles.
const RelQuotedBy RelType = "QUOTED_BY"

// summarySchemas are the summaries, in the order of SummaryTypes.
var summarySchemas = []SummarySchema{
	{Type: RelQuotedBy, From: labelsWhere(func(s *NodeSchema) bool { return s.Entity }), To: []Label{LabelOutlet},
		Key: []Prop{{Name: "outlet", Type: String, Required: true}},
		Counts: []Prop{
			{Name: "claims", Type: Int, Required: true},
			{Name: "direct", Type: Int, Required: true},
			{Name: "articles", Type: Int, Required: true},
		}},
}

// SummaryTypes lists the summary relationship types (see SummarySchema).
var SummaryTypes = func() []RelType {
	out := make([]RelType, len(summarySchemas))
	for i, s := range summarySchemas {
		out[i] = s.Type
	}
	return out
}()

// SummarySchemaOf returns the schema of summary type t; ok is false for a
// type that is not a summary.
func SummarySchemaOf(t RelType) (s SummarySchema, ok bool) {
	for _, s := range summarySchemas {
		if s.Type == t {
			s.From, s.To = slices.Clone(s.From), slices.Clone(s.To)
			s.Key, s.Counts = slices.Clone(s.Key), slices.Clone(s.Counts)
			return s, true
		}
	}
	return SummarySchema{}, false
}

// labelsWhere lists the labels whose schema satisfies keep, in model order.
func labelsWhere(keep func(*NodeSchema) bool) []Label {
	var out []Label
	for i := range nodeSchemas {
		if keep(&nodeSchemas[i]) {
			out = append(out, nodeSchemas[i].Label)
		}
	}
	return out
}

func relTypesWhere(keep func(*RelSchema) bool) []RelType {
	var out []RelType
	for i := range relSchemas {
		if keep(&relSchemas[i]) {
			out = append(out, relSchemas[i].Type)
		}
	}
	return out
}

// nodeSchemaOf returns the schema of label l, or nil.
func nodeSchemaOf(l Label) *NodeSchema {
	for i := range nodeSchemas {
		if nodeSchemas[i].Label == l {
			return &nodeSchemas[i]
		}
	}
	return nil
}

// relSchemaOf returns the schema of type t, or nil.
func relSchemaOf(t RelType) *RelSchema {
	for i := range relSchemas {
		if relSchemas[i].Type == t {
			return &relSchemas[i]
		}
	}
	return nil
}

// Schema returns the schema of the label; ok is false for a label not of
// the model.
func (l Label) Schema() (s NodeSchema, ok bool) {
	p := nodeSchemaOf(l)
	if p == nil {
		return NodeSchema{}, false
	}
	s = *p
	s.Props = slices.Clone(s.Props)
	return s, true
}

// Schema returns the schema of the relationship type; ok is false for a
// type not of the model.
func (t RelType) Schema() (s RelSchema, ok bool) {
	p := relSchemaOf(t)
	if p == nil {
		return RelSchema{}, false
	}
	s = *p
	s.From, s.To, s.Props = slices.Clone(s.From), slices.Clone(s.To), slices.Clone(s.Props)
	return s, true
}

// Props returns the properties of the label's nodes, in model order (none
// for a label not of the model). A node's id is not one of them.
func (l Label) Props() []Prop {
	if s := nodeSchemaOf(l); s != nil {
		return slices.Clone(s.Props)
	}
	return nil
}

// Props returns the properties of the type's relationships, in model order.
func (t RelType) Props() []Prop {
	if s := relSchemaOf(t); s != nil {
		return slices.Clone(s.Props)
	}
	return nil
}

// Shared reports whether nodes of the label are shared by articles (see
// NodeSchema.Shared).
func (l Label) Shared() bool {
	s := nodeSchemaOf(l)
	return s != nil && s.Shared
}

// Ends returns the labels a relationship of type t may start and end at.
func (t RelType) Ends() (from, to []Label) {
	if s := relSchemaOf(t); s != nil {
		return slices.Clone(s.From), slices.Clone(s.To)
	}
	return nil, nil
}

// Joins reports whether relationships of type t may go from a node of
// label from to one of label to.
func (t RelType) Joins(from, to Label) bool {
	s := relSchemaOf(t)
	return s != nil && slices.Contains(s.From, from) && slices.Contains(s.To, to)
}

// props returns the properties of a record of the given properties read
// from src (see Prop for which are written).
func props(schema []Prop, src source) map[string]any {
	p := make(map[string]any, len(schema))
	for i := range schema {
		pr := &schema[i]
		v := pr.value(src)
		if pr.Required || pr.Type == StringList || !isZero(v) {
			p[pr.Name] = v
		}
	}
	return p
}

func isZero(v any) bool {
	switch v := v.(type) {
	case string:
		return v == ""
	case int64:
		return v == 0
	case float64:
		return v == 0
	case bool:
		return !v
	case []string:
		return len(v) == 0
	}
	return v == nil
}
