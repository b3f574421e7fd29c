// Package show renders one article's extraction as a self-contained HTML
// page: the article text with every entity mention marked in its type's
// Neo4j Browser colour (newsgraph.grass), each claim marked with its
// speaker and cue, the stances and relations listed with their evidence
// linked to the text, and the article's metadata. Given a gold annotation
// it also lists, category by category, what the extraction missed and what
// it found that the gold does not have, as package eval scores them.
//
// The page needs nothing from the network: its CSS is inline, it uses the
// system fonts and has no scripts. It fits a phone's screen as well as a
// desktop's.
package show

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/graph"
)

// Page is what a page shows.
type Page struct {
	// Doc is the article's extraction.
	Doc *graph.Document
	// Body is the cleaned article body that Doc's offsets refer to; ""
	// when it is not known (a document read from JSON does not carry it),
	// and then the page lists what was found without the text.
	Body string
	// Gold, when set, is the article's gold annotation: the page then
	// shows the extraction's misses and spurious items against it.
	Gold *eval.Gold
}

// ErrOtherText means that Page.Body is not the text the document was
// extracted from: its SHA-256 differs from the document's, so the offsets
// would mark the wrong words.
var ErrOtherText = errors.New("the text is not the one the document was extracted from (its sha256 differs)")

//go:embed page.html.tmpl
var pageTemplate string

//go:embed page.css
var pageCSS string

var tmpl = template.Must(template.New("page").Funcs(template.FuncMap{
	"join": strings.Join,
}).Parse(pageTemplate))

// Render writes p as one HTML page to w.
func Render(w io.Writer, p Page) error {
	if p.Doc == nil {
		return errors.New("render: no document")
	}
	if p.Body != "" {
		if err := CheckText(p.Doc, p.Body); err != nil {
			return fmt.Errorf("render %s: %w", p.Doc.Article.ID, err)
		}
	}
	v := build(p)
	var b bytes.Buffer
	if err := tmpl.Execute(&b, v); err != nil {
		return fmt.Errorf("render %s: %w", p.Doc.Article.ID, err)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// CheckText returns ErrOtherText when body is not the text doc was
// extracted from, as the SHA-256 the document records says; a document
// without one is taken on trust.
func CheckText(doc *graph.Document, body string) error {
	if doc.Article.SHA256 == "" {
		return nil
	}
	sum := sha256.Sum256([]byte(body))
	if hex.EncodeToString(sum[:]) != doc.Article.SHA256 {
		return ErrOtherText
	}
	return nil
}

// view is what the template reads.
type view struct {
	CSS       template.CSS
	Lang      string
	ID        string
	Title     string
	Outlet    string
	Published string
	Authors   []string
	URL       string
	WordCount int
	GoldMeta  []string // where the gold's metadata differs from the document's

	Legend   []legendItem
	NClaims  int
	Body     template.HTML
	BodyNote string
	Unplaced int // spans whose offsets do not fit the body

	Entities  []entityGroup
	Claims    []claimItem
	Stances   []stanceItem
	Relations []relationItem
	Gold      *goldView
}

type legendItem struct {
	Type  graph.Label
	Count int
}

type entityGroup struct {
	Type  graph.Label
	Items []entityItem
}

type entityItem struct {
	ID, Name string
	Aliases  []string
	Mentions int
	Anchor   string // id of the first mention in the text, or ""
}

type claimItem struct {
	N           int
	Anchor      string // id of the claim in the text, or ""
	Speaker     string
	SpeakerType graph.Label
	Kind, Cue   string
	Text        string
}

type stanceItem struct {
	Holder, Target         string
	HolderType, TargetType graph.Label
	Polarity               string
	Score                  string
	Evidence               string
	Anchor                 string
	Claim                  int // number of the claim it comes from, or 0
}

type relationItem struct {
	Subject, Object         string
	SubjectType, ObjectType graph.Label
	Predicate               graph.RelType
	Evidence                string
	Anchor                  string
}

type goldView struct {
	Doc    string
	File   string
	Rows   []scoreRow
	Groups []missGroup
}

type scoreRow struct {
	Name       string
	Total      bool // a sum of the rows above
	TP, FP, FN int
	P, R, F1   string
}

type missGroup struct {
	Name      string
	Missed    []eval.Miss // in the gold, not found
	Spurious  []eval.Miss // found, not in the gold
	WrongKind []eval.Miss // matched claims of the other kind
}

// ref is a document entity as the page names it.
type ref struct {
	name string
	typ  graph.Label
}

func build(p Page) *view {
	doc := p.Doc
	a := doc.Article
	colours := Colours()
	v := &view{
		CSS:       template.CSS(pageCSS) + typeCSS(colours),
		Lang:      a.Language,
		ID:        a.ID,
		Title:     a.Title,
		Outlet:    a.Outlet,
		Published: a.Published,
		Authors:   a.Authors,
		URL:       a.URL,
		WordCount: a.WordCount,
		NClaims:   len(doc.Claims),
	}
	if v.Lang == "" {
		v.Lang = "en"
	}
	if v.Title == "" {
		v.Title = a.ID
	}

	refs := make(map[string]ref, len(doc.Entities))
	for _, e := range doc.Entities {
		name := e.Name
		if name == "" {
			name = e.Description
		}
		if name == "" {
			name = e.ID
		}
		if _, dup := refs[e.ID]; !dup {
			refs[e.ID] = ref{name, e.Type}
		}
	}
	who := func(id string) ref {
		if r, ok := refs[id]; ok {
			return r
		}
		return ref{name: id}
	}

	var spans []span
	placed := p.Body != ""
	fits := func(start, end int) bool { return placed && start >= 0 && start < end && end <= len(p.Body) }

	// Entities, grouped by type in the order of graph.EntityLabels.
	counts := map[graph.Label]int{}
	groups := map[graph.Label]*entityGroup{}
	for ei, e := range doc.Entities {
		counts[e.Type]++
		it := entityItem{ID: e.ID, Name: who(e.ID).name, Aliases: e.Aliases, Mentions: len(e.Mentions)}
		title := template.HTMLEscapeString(string(e.Type) + " · " + it.Name)
		for _, m := range e.Mentions {
			if !fits(m.Start, m.End) {
				continue
			}
			s := span{start: m.Start, end: m.End, kind: kindMention, tag: "mark",
				attrs: ` class="m t-` + template.HTMLEscapeString(string(e.Type)) + `" data-entity="` +
					template.HTMLEscapeString(e.ID) + `" title="` + title + `"`}
			if it.Anchor == "" {
				it.Anchor = "e-" + strconv.Itoa(ei+1)
				s.id = it.Anchor
			}
			spans = append(spans, s)
		}
		g := groups[e.Type]
		if g == nil {
			g = &entityGroup{Type: e.Type}
			groups[e.Type] = g
		}
		g.Items = append(g.Items, it)
	}
	for _, l := range graph.EntityLabels {
		if g := groups[l]; g != nil {
			sort.SliceStable(g.Items, func(i, j int) bool { return g.Items[i].Mentions > g.Items[j].Mentions })
			v.Entities = append(v.Entities, *g)
			v.Legend = append(v.Legend, legendItem{l, counts[l]})
			delete(groups, l)
		}
	}
	for _, g := range groups { // a type outside the model: still listed
		v.Entities = append(v.Entities, *g)
		v.Legend = append(v.Legend, legendItem{g.Type, counts[g.Type]})
	}

	// Claims.
	claimNo := make(map[string]int, len(doc.Claims))
	for ci, c := range doc.Claims {
		n := ci + 1
		if c.ID != "" {
			claimNo[c.ID] = n
		}
		sp := who(c.Speaker)
		it := claimItem{N: n, Speaker: sp.name, SpeakerType: sp.typ, Kind: c.Kind, Cue: c.Cue, Text: c.Text}
		if fits(c.Start, c.End) {
			it.Anchor = "c-" + strconv.Itoa(n)
			cue := c.Cue
			if cue == "" {
				cue = "(no cue)"
			}
			cls := "badge"
			if sp.typ != "" {
				cls += " t-" + template.HTMLEscapeString(string(sp.typ))
			}
			badge := `<a class="` + cls + `" href="#claim-` + strconv.Itoa(n) + `">` +
				`<b>` + strconv.Itoa(n) + `</b> ` + template.HTMLEscapeString(sp.name) + ` · <i>` + template.HTMLEscapeString(cue) + `</i></a>`
			spans = append(spans, span{start: c.Start, end: c.End, kind: kindClaim, tag: "span",
				attrs: ` class="claim ` + template.HTMLEscapeString(c.Kind) + `" data-claim="` + template.HTMLEscapeString(c.ID) +
					`" data-speaker="` + template.HTMLEscapeString(c.Speaker) + `" data-cue="` + template.HTMLEscapeString(c.Cue) + `"`,
				id: it.Anchor, badge: badge})
		}
		v.Claims = append(v.Claims, it)
	}

	// Stances and relations, their evidence found in the text: within
	// the claim a stance comes from, else the first occurrence.
	for si, s := range doc.Stances {
		h, t := who(s.Holder), who(s.Target)
		it := stanceItem{Holder: h.name, HolderType: h.typ, Target: t.name, TargetType: t.typ,
			Polarity: s.Polarity, Score: strconv.FormatFloat(s.Score, 'f', 2, 64), Evidence: s.Evidence, Claim: claimNo[s.Claim]}
		lo, hi := 0, len(p.Body)
		if it.Claim > 0 {
			if c := doc.Claims[it.Claim-1]; fits(c.Start, c.End) {
				lo, hi = c.Start, c.End
			}
		}
		if start, ok := find(p.Body, s.Evidence, lo, hi); placed && ok {
			it.Anchor = "s-" + strconv.Itoa(si+1)
			spans = append(spans, span{start: start, end: start + len(s.Evidence), kind: kindEvidence, tag: "span",
				attrs: ` class="ev ` + template.HTMLEscapeString(strings.ToLower(s.Polarity)) + `" title="stance ` + strconv.Itoa(si+1) + `"`,
				id:    it.Anchor})
		} else if it.Claim > 0 {
			it.Anchor = v.Claims[it.Claim-1].Anchor // the claim itself, if placed
		}
		v.Stances = append(v.Stances, it)
	}
	for ri, r := range doc.Relations {
		s, o := who(r.Subject), who(r.Object)
		it := relationItem{Subject: s.name, SubjectType: s.typ, Object: o.name, ObjectType: o.typ, Predicate: r.Predicate, Evidence: r.Evidence}
		if start, ok := find(p.Body, r.Evidence, 0, len(p.Body)); placed && ok {
			it.Anchor = "r-" + strconv.Itoa(ri+1)
			spans = append(spans, span{start: start, end: start + len(r.Evidence), kind: kindEvidence, tag: "span",
				attrs: ` class="ev rel" title="relation ` + strconv.Itoa(ri+1) + `"`, id: it.Anchor})
		}
		v.Relations = append(v.Relations, it)
	}

	if placed {
		v.Body, v.Unplaced = markup(p.Body, spans)
	} else {
		v.BodyNote = "A document does not carry its article's text, so it cannot be marked here. " +
			"Show the article itself (newsgraph show ARTICLE), or give the article along with the document."
	}
	if p.Gold != nil {
		v.Gold = goldOf(p)
		v.GoldMeta = metaDiff(a, p.Gold.Meta)
	}
	return v
}

// find returns where the first occurrence of s in body[lo:hi] starts.
func find(body, s string, lo, hi int) (int, bool) {
	if s == "" || lo < 0 || hi > len(body) || lo >= hi {
		return 0, false
	}
	i := strings.Index(body[lo:hi], s)
	if i < 0 {
		return 0, false
	}
	return lo + i, true
}

// goldOf scores the document against the gold with eval.Score and sorts
// the misses into missed and spurious items per category.
func goldOf(p Page) *goldView {
	res := eval.Score(p.Doc, p.Gold)
	if p.Body != "" {
		res.ScoreBoilerplate(p.Gold, p.Body)
	}
	g := &goldView{Doc: p.Gold.Doc, File: p.Gold.Path}
	for _, l := range graph.EntityLabels {
		if c := res.Entities[l]; c != (eval.Counts{}) {
			g.Rows = append(g.Rows, row(string(l), c, false))
		}
	}
	g.Rows = append(g.Rows, row("Entities", res.EntityMicro(), true))
	g.Rows = append(g.Rows, row("Claims", res.Claims.Full, true))
	g.Rows = append(g.Rows, row("Stances", res.Stances, true))
	g.Rows = append(g.Rows, row("Relations", res.Relations, true))

	cats := []struct{ cat, name string }{
		{eval.CategoryEntity, "Entities"}, {eval.CategoryClaim, "Claims"},
		{eval.CategoryStance, "Stances"}, {eval.CategoryRelation, "Relations"},
		{eval.CategoryBoilerplate, "Boilerplate left in the text"},
	}
	for _, c := range cats {
		mg := missGroup{Name: c.name}
		for _, m := range res.Misses {
			if m.Category != c.cat {
				continue
			}
			m.Item = strings.TrimPrefix(m.Item, string(m.Type)+" ") // the type is shown apart
			switch m.Kind {
			case eval.KindFN, eval.KindLeft:
				mg.Missed = append(mg.Missed, m)
			case eval.KindFP:
				mg.Spurious = append(mg.Spurious, m)
			case eval.KindWrongKind:
				mg.WrongKind = append(mg.WrongKind, m)
			}
		}
		if c.cat == eval.CategoryBoilerplate && len(mg.Missed) == 0 {
			continue
		}
		g.Groups = append(g.Groups, mg)
	}
	return g
}

func row(name string, c eval.Counts, total bool) scoreRow {
	f := func(x float64, ok bool) string {
		if !ok {
			return "–"
		}
		return strconv.FormatFloat(x, 'f', 2, 64)
	}
	return scoreRow{Name: name, Total: total, TP: c.TP, FP: c.FP, FN: c.FN,
		P: f(c.Precision()), R: f(c.Recall()), F1: f(c.F1())}
}

// metaDiff lists the gold's metadata fields that differ from what was
// read, as "field: gold value".
func metaDiff(a graph.Article, m eval.Meta) []string {
	var out []string
	if m.Title != "" && m.Title != a.Title {
		out = append(out, "title: "+m.Title)
	}
	if m.Outlet != "" && m.Outlet != a.Outlet {
		out = append(out, "outlet: "+m.Outlet)
	}
	if m.Published != "" && m.Published != a.Published {
		out = append(out, "published: "+m.Published)
	}
	if len(m.Authors) > 0 && strings.Join(m.Authors, "\x00") != strings.Join(a.Authors, "\x00") {
		out = append(out, "authors: "+strings.Join(m.Authors, ", "))
	}
	return out
}
