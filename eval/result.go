package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Counts are the true positives (gold items matched by a predicted item),
// false positives (predicted items left unmatched) and false negatives
// (gold items left unmatched) of one category.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Precision is TP/(TP+FP); ok is false when there is no predicted item.
func (c Counts) Precision() (p float64, ok bool) { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN); ok is false when there is no gold item.
func (c Counts) Recall() (r float64, ok bool) { return ratio(c.TP, c.TP+c.FN) }

// F1 is 2TP/(2TP+FP+FN), the harmonic mean of precision and recall (0 when
// nothing matched); ok is false when there is neither a gold nor a
// predicted item.
func (c Counts) F1() (f float64, ok bool) { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

// Add returns the sum of two counts.
func (c Counts) Add(o Counts) Counts { return Counts{c.TP + o.TP, c.FP + o.FP, c.FN + o.FN} }

// MarshalJSON writes the counts with their precision, recall and F1; a
// figure that is undefined (nothing to divide by) is null.
func (c Counts) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		TP        int      `json:"tp"`
		FP        int      `json:"fp"`
		FN        int      `json:"fn"`
		Precision *float64 `json:"precision"`
		Recall    *float64 `json:"recall"`
		F1        *float64 `json:"f1"`
	}{c.TP, c.FP, c.FN, ptr(c.Precision()), ptr(c.Recall()), ptr(c.F1())})
}

// ClaimCounts are the claim figures. Full is the score: a claim matches when
// both its speaker and its text do. Text and Speaker match on one of the
// two alone, to tell a missed claim from a misattributed one. KindAgree
// counts the pairs of Full whose kind (direct or indirect) agrees.
type ClaimCounts struct {
	Full      Counts `json:"speaker_and_text"`
	Text      Counts `json:"text_only"`
	Speaker   Counts `json:"speaker_only"`
	KindAgree int    `json:"kind_agree"`
}

// SpeakerAccuracy is the share of the claims found by their text that are
// also attributed to the right speaker: Full.TP/Text.TP.
func (c ClaimCounts) SpeakerAccuracy() (float64, bool) { return ratio(c.Full.TP, c.Text.TP) }

// KindAccuracy is the share of matched claims whose kind agrees:
// KindAgree/Full.TP.
func (c ClaimCounts) KindAccuracy() (float64, bool) { return ratio(c.KindAgree, c.Full.TP) }

// Add returns the sum of two claim counts.
func (c ClaimCounts) Add(o ClaimCounts) ClaimCounts {
	return ClaimCounts{c.Full.Add(o.Full), c.Text.Add(o.Text), c.Speaker.Add(o.Speaker), c.KindAgree + o.KindAgree}
}

// BoilerplateCounts tell how well boilerplate was removed: of Lines gold
// boilerplate lines in Articles articles, Left are still in the cleaned
// body.
type BoilerplateCounts struct {
	Articles int `json:"articles"`
	Lines    int `json:"lines"`
	Left     int `json:"left"`
}

// Miss categories.
const (
	CategoryEntity      = "entity"
	CategoryClaim       = "claim"
	CategoryStance      = "stance"
	CategoryRelation    = "relation"
	CategoryBoilerplate = "boilerplate"
)

// Miss kinds.
const (
	KindFP        = "fp"         // a predicted item that matches no gold item
	KindFN        = "fn"         // a gold item that no predicted item matches
	KindWrongKind = "wrong-kind" // a matched claim whose kind disagrees
	KindLeft      = "left"       // a boilerplate line left in the cleaned body
)

// Miss is one error, for debugging: Item describes the gold item (for fn,
// wrong-kind and left) or the predicted one (for fp), and Note, when set,
// gives a clue (a missed claim whose text was found under another speaker).
type Miss struct {
	Doc      string      `json:"doc"`
	Category string      `json:"category"`
	Kind     string      `json:"kind"`
	Type     graph.Label `json:"type,omitempty"` // of an entity
	Item     string      `json:"item"`
	Note     string      `json:"note,omitempty"`
}

func (m Miss) String() string {
	s := m.Category
	if m.Type != "" {
		s += " " + string(m.Type)
	}
	s += " " + strings.ToUpper(m.Kind) + ": " + m.Item
	if m.Note != "" {
		s += " (" + m.Note + ")"
	}
	return s
}

// Result is the score of one article, or of several added together.
type Result struct {
	// Docs lists the articles scored, by gold doc id.
	Docs []string `json:"docs"`
	// Entities holds the counts per entity type; every type of
	// graph.EntityLabels is present.
	Entities  map[graph.Label]Counts `json:"entities"`
	Claims    ClaimCounts            `json:"claims"`
	Stances   Counts                 `json:"stances"`
	Relations Counts                 `json:"relations"`
	// Boilerplate is nil when no cleaned body was scored.
	Boilerplate *BoilerplateCounts `json:"boilerplate,omitempty"`
	Misses      []Miss             `json:"misses,omitempty"`
}

// EntityMicro returns the entity counts summed over all types, from which
// the micro-averaged precision, recall and F1 follow.
func (r *Result) EntityMicro() Counts {
	var c Counts
	for _, v := range r.Entities {
		c = c.Add(v)
	}
	return c
}

// Add adds the counts, articles and misses of o to r.
func (r *Result) Add(o *Result) {
	r.Docs = append(r.Docs, o.Docs...)
	if r.Entities == nil {
		r.Entities = make(map[graph.Label]Counts)
		for _, l := range graph.EntityLabels {
			r.Entities[l] = Counts{}
		}
	}
	for l, c := range o.Entities {
		r.Entities[l] = r.Entities[l].Add(c)
	}
	r.Claims = r.Claims.Add(o.Claims)
	r.Stances = r.Stances.Add(o.Stances)
	r.Relations = r.Relations.Add(o.Relations)
	if o.Boilerplate != nil {
		if r.Boilerplate == nil {
			r.Boilerplate = &BoilerplateCounts{}
		}
		r.Boilerplate.Articles += o.Boilerplate.Articles
		r.Boilerplate.Lines += o.Boilerplate.Lines
		r.Boilerplate.Left += o.Boilerplate.Left
	}
	r.Misses = append(r.Misses, o.Misses...)
}

// MarshalJSON writes the result with its derived figures: the entity micro
// counts and the claim speaker and kind accuracies (null when undefined).
func (r Result) MarshalJSON() ([]byte, error) {
	type plain Result
	return json.Marshal(struct {
		plain
		EntitiesMicro   Counts   `json:"entities_micro"`
		SpeakerAccuracy *float64 `json:"claim_speaker_accuracy"`
		KindAccuracy    *float64 `json:"claim_kind_accuracy"`
	}{plain(r), r.EntityMicro(), ptr(r.Claims.SpeakerAccuracy()), ptr(r.Claims.KindAccuracy())})
}

// entityTypes returns the entity types of r in table order: those of
// graph.EntityLabels, then any other in name order.
func (r *Result) entityTypes() []graph.Label {
	types := append([]graph.Label(nil), graph.EntityLabels...)
	var extra []graph.Label
	for l := range r.Entities {
		if !l.IsEntity() {
			extra = append(extra, l)
		}
	}
	sort.Slice(extra, func(i, j int) bool { return extra[i] < extra[j] })
	return append(types, extra...)
}

// Table returns the result as a plain-text table; see WriteTable.
func (r *Result) Table() string {
	var b strings.Builder
	r.WriteTable(&b) // a strings.Builder does not fail
	return b.String()
}

// WriteTable writes the result as a plain-text table: one row per entity
// type and their micro average, the claims (speaker and text, then text
// only and speaker only), stances and relations, with tp, fp, fn,
// precision, recall and F1 ("-" when undefined); then the claim speaker
// and kind accuracies and the boilerplate figure.
func (r *Result) WriteTable(w io.Writer) error {
	var b strings.Builder
	row := func(cat, typ string, c Counts) {
		fmt.Fprintf(&b, "%-10s %-14s %5d %5d %5d %9s %7s %7s\n", cat, typ, c.TP, c.FP, c.FN,
			num(c.Precision()), num(c.Recall()), num(c.F1()))
	}
	fmt.Fprintf(&b, "%-10s %-14s %5s %5s %5s %9s %7s %7s\n", "category", "type", "tp", "fp", "fn", "precision", "recall", "f1")
	for _, l := range r.entityTypes() {
		typ := string(l)
		if typ == "" {
			typ = `""`
		}
		row("entities", typ, r.Entities[l])
	}
	row("entities", "micro", r.EntityMicro())
	row("claims", "speaker+text", r.Claims.Full)
	row("claims", "text only", r.Claims.Text)
	row("claims", "speaker only", r.Claims.Speaker)
	row("stances", "all", r.Stances)
	row("relations", "all", r.Relations)
	fmt.Fprintf(&b, "\nclaim speaker accuracy: %s (%d of %d claims found by text)\n",
		num(r.Claims.SpeakerAccuracy()), r.Claims.Full.TP, r.Claims.Text.TP)
	fmt.Fprintf(&b, "claim kind accuracy:    %s (%d of %d matched claims)\n",
		num(r.Claims.KindAccuracy()), r.Claims.KindAgree, r.Claims.Full.TP)
	if bp := r.Boilerplate; bp != nil {
		fmt.Fprintf(&b, "boilerplate left:       %d of %d gold lines (%d articles)\n", bp.Left, bp.Lines, bp.Articles)
	} else {
		fmt.Fprintf(&b, "boilerplate left:       not scored (no cleaned body)\n")
	}
	fmt.Fprintf(&b, "articles:               %d\n", len(r.Docs))
	_, err := io.WriteString(w, b.String())
	return err
}

func ratio(a, b int) (float64, bool) {
	if b == 0 {
		return 0, false
	}
	return float64(a) / float64(b), true
}

func ptr(f float64, ok bool) *float64 {
	if !ok {
		return nil
	}
	return &f
}

func num(f float64, ok bool) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%.3f", f)
}
