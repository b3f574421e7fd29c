package extract

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/newsgraph/newsgraph/extract/claim"
	"github.com/newsgraph/newsgraph/extract/clean"
	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/relation"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/extract/stance"
	"github.com/newsgraph/newsgraph/graph"
)

// Options tunes an Extractor.
type Options struct {
	// Gazetteer holds the lists entity recognition looks names up in;
	// gazetteer.Default() when nil.
	Gazetteer *gazetteer.Gazetteer
}

// Extractor turns articles into documents. It is safe for concurrent use.
type Extractor struct {
	gaz *gazetteer.Gazetteer
	ner *ner.Recognizer
}

// New returns an Extractor.
func New(opts Options) *Extractor {
	g := opts.Gazetteer
	if g == nil {
		g = gazetteer.Default()
	}
	return &Extractor{gaz: g, ner: ner.New(g)}
}

// Analysis is everything extraction found in one article, before it is
// turned into a document: the cleaned and segmented body, the entity
// mentions and the claims. Tests and benchmarks use it to look at one
// stage at a time.
type Analysis struct {
	Clean     clean.Result
	Text      *segment.Text
	NER       *ner.Result
	Claims    []claim.Claim
	Stances   []stance.Stance
	Relations []relation.Relation
}

// Analyze runs every stage of extraction on one article.
func (x *Extractor) Analyze(a *input.Article) *Analysis {
	an := &Analysis{Clean: clean.CleanWithTitle(a.Text, a.Title)}
	an.Text = segment.Split(an.Clean.Body)
	an.NER = x.ner.Recognize(an.Text, ner.Meta{ArticleID: graph.ArticleID(a.ID), Published: a.Published, Outlet: a.Outlet})
	skip := make([]claim.Span, 0, len(an.Clean.Furniture))
	for _, f := range an.Clean.Furniture {
		skip = append(skip, claim.Span{Start: f.Start, End: f.End})
	}
	an.Claims = claim.Extract(an.NER, skip)
	an.Stances = stance.Extract(an.NER, an.Claims)
	an.Relations = relation.Extract(an.NER, x.gaz)
	return an
}

// Extract turns one article into a document. It never fails: an article
// with no text gives a document with no entities.
func (x *Extractor) Extract(a *input.Article) *graph.Document {
	an := x.Analyze(a)
	doc := x.document(a, an)
	// The document holds none of the analysis's per-token slices: give
	// them back for the next article.
	an.NER.Release()
	an.Text.Release()
	return doc
}

// document turns the analysis of one article into its document.
func (x *Extractor) document(a *input.Article, an *Analysis) *graph.Document {
	doc := &graph.Document{Article: x.article(a, an)}
	var idOf []string
	doc.Entities, idOf = entities(an)
	var claimID []string
	doc.Claims, claimID = claims(doc.Article.ID, an, idOf)
	doc.Stances = stances(an.Stances, idOf, claimID)
	doc.Relations = relations(an.Relations, idOf)
	return doc
}

// article decides the article's own properties: the input's metadata, the
// outlet under its canonical name and what is measured on the cleaned body.
func (x *Extractor) article(a *input.Article, an *Analysis) graph.Article {
	sum := bodySHA256(an.Text.Body)
	return graph.Article{
		ID:        graph.ArticleID(a.ID),
		Title:     a.Title,
		URL:       a.URL,
		Outlet:    x.outletName(a.Outlet, an.Clean.Outlet),
		Published: a.Published,
		Authors:   nonNil(a.Authors),
		Language:  cmp.Or(a.Language, input.DefaultLanguage),
		WordCount: wordCount(an.Text),
		SHA256:    hex.EncodeToString(sum[:]),
	}
}

// entities decides which recognised entities become nodes: those with an
// id and at least one mention (a Source only when it speaks or holds a
// stance), merged by id (aliases and mentions pooled),
// a Source's CloseTo kept only when it names an entity of the article.
// idOf maps each recognised entity to its id, "" when it was dropped.
func entities(an *Analysis) (list []graph.Entity, idOf []string) {
	res, body := an.NER, an.Text.Body
	list = make([]graph.Entity, 0, len(res.Entities))
	idOf = make([]string, len(res.Entities))
	at := make(map[string]int, len(res.Entities))
	voiced := voicedEntities(an)
	for ei, e := range res.Entities {
		if len(e.Mentions) == 0 || e.ID == "" {
			continue
		}
		if e.Label == graph.LabelSource && !voiced[ei] {
			continue // a source is cited as saying or holding something, else it is only a phrase
		}
		idOf[ei] = e.ID
		k, seen := at[e.ID]
		if !seen {
			list = append(list, graph.Entity{
				ID: e.ID, Type: e.Label, Name: e.Name,
				// sized for an entity not merged with another, the usual case
				Aliases: make([]string, 0, len(e.Aliases)), Mentions: make([]graph.Mention, 0, len(e.Mentions)),
				Titles: e.Titles, Kind: e.Kind, ISO2: e.ISO2, ISO3: e.ISO3, Date: e.Date,
				Description: e.Description, Anonymous: e.Anonymous && e.Label == graph.LabelSource,
				CloseTo: e.CloseTo,
			})
			k = len(list) - 1
			at[e.ID] = k
		}
		ge := &list[k]
		for _, al := range e.Aliases {
			if al != ge.Name && !contains(ge.Aliases, al) {
				ge.Aliases = append(ge.Aliases, al)
			}
		}
		for _, mk := range e.Mentions {
			m := res.Mentions[mk]
			ge.Mentions = append(ge.Mentions, graph.Mention{Start: m.Start, End: m.End, Text: body[m.Start:m.End]})
		}
	}
	for i := range list {
		if c := list[i].CloseTo; c != "" {
			if _, ok := at[c]; !ok {
				list[i].CloseTo = ""
			}
		}
	}
	return list, idOf
}

// voicedEntities marks the entities that speak in a claim or hold a stance.
func voicedEntities(an *Analysis) []bool {
	voiced := make([]bool, len(an.NER.Entities))
	for _, c := range an.Claims {
		if c.Speaker >= 0 && c.Speaker < len(voiced) {
			voiced[c.Speaker] = true
		}
	}
	for _, st := range an.Stances {
		if st.Holder >= 0 && st.Holder < len(voiced) {
			voiced[st.Holder] = true
		}
	}
	return voiced
}

// claims decides which claims are kept (those whose speaker is an entity
// of the document), numbers them in order and finds what each is about:
// the entities, other than its speaker and anonymous sources, mentioned
// within it. claimID maps each extracted claim to its id, "" when dropped.
func claims(article string, an *Analysis, idOf []string) (list []graph.Claim, claimID []string) {
	body, mentions := an.Text.Body, an.NER.Mentions
	list = []graph.Claim{}
	claimID = make([]string, len(an.Claims))
	for n, c := range an.Claims {
		if c.Speaker < 0 || c.Speaker >= len(idOf) || idOf[c.Speaker] == "" {
			continue
		}
		claimID[n] = graph.ClaimID(article, len(list)+1)
		gc := graph.Claim{
			ID:      claimID[n],
			Speaker: idOf[c.Speaker],
			Kind:    c.Kind,
			Cue:     c.Cue,
			Text:    body[c.Start:c.End],
			Start:   c.Start,
			End:     c.End,
			About:   []string{},
		}
		if c.Sent >= 0 && c.Sent < len(an.Text.Sentences) {
			s := an.Text.Sentences[c.Sent]
			gc.Sentence = body[s.Start:s.End]
		}
		for _, m := range mentions {
			if m.Start >= c.End {
				break
			}
			if m.Start < c.Start || m.End > c.End || m.Entity < 0 || m.Label == graph.LabelSource {
				continue
			}
			id := idOf[m.Entity]
			if id != "" && id != gc.Speaker && !contains(gc.About, id) {
				gc.About = append(gc.About, id)
			}
		}
		list = append(list, gc)
	}
	return list, claimID
}

// stances keeps the stances between two distinct entities of the document,
// linked to their claim when they come from one.
func stances(found []stance.Stance, idOf, claimID []string) []graph.Stance {
	list := []graph.Stance{}
	for _, st := range found {
		h, t := idOf[st.Holder], idOf[st.Target]
		if h == "" || t == "" || h == t {
			continue
		}
		gs := graph.Stance{Holder: h, Target: t, Polarity: st.Polarity, Score: st.Score, Evidence: st.Evidence}
		if st.Claim >= 0 {
			gs.Claim = claimID[st.Claim]
		}
		list = append(list, gs)
	}
	return list
}

// relations keeps the relations between two distinct entities of the
// document.
func relations(found []relation.Relation, idOf []string) []graph.Relation {
	list := []graph.Relation{}
	for _, r := range found {
		s, o := idOf[r.Subject], idOf[r.Object]
		if s == "" || o == "" || s == o {
			continue
		}
		list = append(list, graph.Relation{Subject: s, Predicate: r.Predicate, Object: o, Evidence: r.Evidence})
	}
	return list
}

// outletName is the article's outlet under its canonical name: the one the
// input gives, else the one a "Source: X" line names.
func (x *Extractor) outletName(given, fromText string) string {
	name := strings.TrimSpace(given)
	if name == "" {
		name = strings.TrimSpace(fromText)
	}
	if name == "" {
		return ""
	}
	if o, ok := x.gaz.Outlet(name); ok {
		return o.Name
	}
	return name
}

// bodySHA256 is the SHA-256 of body, fed to the hash through a buffer on
// the stack: sha256.Sum256([]byte(body)) copied each body to the heap,
// 4.6 KB per article, and the garbage collector's work grows with the
// bytes allocated.
func bodySHA256(body string) [sha256.Size]byte {
	h := sha256.New()
	var buf [1024]byte
	for len(body) > 0 {
		n := copy(buf[:], body)
		h.Write(buf[:n])
		body = body[n:]
	}
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

func wordCount(t *segment.Text) int {
	n := 0
	for _, tk := range t.Tokens {
		if tk.Kind == segment.Word || tk.Kind == segment.Number {
			n++
		}
	}
	return n
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
