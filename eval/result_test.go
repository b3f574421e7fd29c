package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
)

func TestCounts(t *testing.T) {
	tests := []struct {
		name          string
		c             Counts
		p, r, f1      float64
		pOK, rOK, fOK bool
	}{
		{"perfect", Counts{TP: 4}, 1, 1, 1, true, true, true},
		{"nothing predicted", Counts{FN: 3}, 0, 0, 0, false, true, true},
		{"nothing at all", Counts{}, 0, 0, 0, false, false, false},
		{"mixed", Counts{TP: 3, FP: 1, FN: 2}, 0.75, 0.6, 6.0 / 9, true, true, true},
		{"only false positives", Counts{FP: 2}, 0, 0, 0, true, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, pOK := tt.c.Precision()
			r, rOK := tt.c.Recall()
			f, fOK := tt.c.F1()
			if p != tt.p || pOK != tt.pOK || r != tt.r || rOK != tt.rOK || f != tt.f1 || fOK != tt.fOK {
				t.Errorf("got P %v/%v R %v/%v F1 %v/%v, want P %v/%v R %v/%v F1 %v/%v",
					p, pOK, r, rOK, f, fOK, tt.p, tt.pOK, tt.r, tt.rOK, tt.f1, tt.fOK)
			}
		})
	}
}

// twoResults scores the small gold twice: once against a prediction with
// a missing entity, a misattributed claim and a wrong relation, once
// against the perfect prediction, the first with a cleaned body.
func twoResults(t *testing.T) (*Result, *Result) {
	g := loadSmall(t)
	doc := perfect(g)
	doc.Entities = append(doc.Entities[:1], doc.Entities[2:]...) // no United States
	doc.Claims[1].Speaker = doc.Claims[0].Speaker                // Putin said it
	doc.Relations[0].Predicate = graph.RelMemberOf
	r1 := Score(doc, g)
	r1.ScoreBoilerplate(g, "Subscribe to our newsletter\n\nPresident Vladimir Putin ...")
	r2 := Score(perfect(g), g)
	return r1, r2
}

func TestResultAdd(t *testing.T) {
	r1, r2 := twoResults(t)
	var total Result
	total.Add(r1)
	total.Add(r2)
	want := Result{
		Docs: []string{"small", "small"},
		Entities: map[graph.Label]Counts{
			"Person": {TP: 2}, "Outlet": {}, "Country": {TP: 1, FN: 1}, "Organization": {TP: 2}, "Event": {}, "Source": {TP: 2},
		},
		Claims: ClaimCounts{
			Full:      Counts{TP: 3, FP: 1, FN: 1},
			Text:      Counts{TP: 4},
			Speaker:   Counts{TP: 3, FP: 1, FN: 1},
			KindAgree: 3,
		},
		Stances:     Counts{TP: 2},
		Relations:   Counts{TP: 1, FP: 1, FN: 1},
		Boilerplate: &BoilerplateCounts{Articles: 1, Lines: 1, Left: 1},
		Misses: []Miss{
			{Doc: "small", Category: "entity", Kind: "fn", Type: "Country", Item: `Country "United States" aliases ["U.S.", "American"]`},
			{Doc: "small", Category: "claim", Kind: "fn", Item: `source close to the Kremlin (direct, cue "said"): "It’s not exactly rational"`,
				Note: "text found, attributed to Vladimir Putin [person:vladimir-putin]"},
			{Doc: "small", Category: "claim", Kind: "fp", Item: `Vladimir Putin [person:vladimir-putin] (direct, cue "said"): "It’s not exactly rational"`},
			{Doc: "small", Category: "relation", Kind: "fn", Item: "Vladimir Putin LEADER_OF Kremlin"},
			{Doc: "small", Category: "relation", Kind: "fp", Item: "Vladimir Putin [person:vladimir-putin] MEMBER_OF Kremlin [org:kremlin]"},
			{Doc: "small", Category: "boilerplate", Kind: "left", Item: "Subscribe to our newsletter"},
		},
	}
	if diff := cmp.Diff(want, total); diff != "" {
		t.Errorf("Add mismatch (-want +got):\n%s", diff)
	}
}

func TestTable(t *testing.T) {
	r1, r2 := twoResults(t)
	r1.Add(r2)
	want := `category   type              tp    fp    fn precision  recall      f1
entities   Person             2     0     0     1.000   1.000   1.000
entities   Outlet             0     0     0         -       -       -
entities   Country            1     0     1     1.000   0.500   0.667
entities   Organization       2     0     0     1.000   1.000   1.000
entities   Event              0     0     0         -       -       -
entities   Source             2     0     0     1.000   1.000   1.000
entities   micro              7     0     1     1.000   0.875   0.933
claims     speaker+text       3     1     1     0.750   0.750   0.750
claims     text only          4     0     0     1.000   1.000   1.000
claims     speaker only       3     1     1     0.750   0.750   0.750
stances    all                2     0     0     1.000   1.000   1.000
relations  all                1     1     1     0.500   0.500   0.500

claim speaker accuracy: 0.750 (3 of 4 claims found by text)
claim kind accuracy:    1.000 (3 of 3 matched claims)
boilerplate left:       1 of 1 gold lines (1 articles)
articles:               2
`
	if diff := cmp.Diff(want, r1.Table()); diff != "" {
		t.Errorf("Table mismatch (-want +got):\n%s", diff)
	}
}

func TestResultJSON(t *testing.T) {
	_, r2 := twoResults(t)
	data, err := json.Marshal(r2)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	one := map[string]any{"tp": 1.0, "fp": 0.0, "fn": 0.0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
	two := map[string]any{"tp": 2.0, "fp": 0.0, "fn": 0.0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
	zero := map[string]any{"tp": 0.0, "fp": 0.0, "fn": 0.0, "precision": nil, "recall": nil, "f1": nil}
	want := map[string]any{
		"docs":                   []any{"small"},
		"entities":               map[string]any{"Person": one, "Outlet": zero, "Country": one, "Organization": one, "Event": zero, "Source": one},
		"entities_micro":         map[string]any{"tp": 4.0, "fp": 0.0, "fn": 0.0, "precision": 1.0, "recall": 1.0, "f1": 1.0},
		"claims":                 map[string]any{"speaker_and_text": two, "text_only": two, "speaker_only": two, "kind_agree": 2.0},
		"stances":                one,
		"relations":              one,
		"claim_speaker_accuracy": 1.0,
		"claim_kind_accuracy":    1.0,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON mismatch (-want +got):\n%s", diff)
	}

	// The counts read back into a Result.
	var back Result
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(*r2, back); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
	}
}

func ExampleScore() {
	gold, err := LoadGold("testdata/small.gold.json")
	if err != nil {
		panic(err)
	}
	doc := &graph.Document{
		Article: graph.Article{ID: "article:small"},
		Entities: []graph.Entity{
			{ID: "person:vladimir-putin", Type: "Person", Name: "Vladimir Putin"},
			{ID: "person:harris", Type: "Person", Name: "Harris"},
		},
		Claims: []graph.Claim{{ID: "claim:small:1", Speaker: "person:vladimir-putin", Kind: "indirect",
			Text: "the Kremlin was hoping for a Harris victory in the U.S. election"}},
	}
	r := Score(doc, gold)
	r.WriteTable(os.Stdout)
	for _, m := range r.Misses {
		if m.Category == CategoryEntity {
			fmt.Println(m)
		}
	}
	// Output:
	// category   type              tp    fp    fn precision  recall      f1
	// entities   Person             1     1     0     0.500   1.000   0.667
	// entities   Outlet             0     0     0         -       -       -
	// entities   Country            0     0     1         -   0.000   0.000
	// entities   Organization       0     0     1         -   0.000   0.000
	// entities   Event              0     0     0         -       -       -
	// entities   Source             0     0     1         -   0.000   0.000
	// entities   micro              1     1     3     0.500   0.250   0.333
	// claims     speaker+text       1     0     1     1.000   0.500   0.667
	// claims     text only          1     0     1     1.000   0.500   0.667
	// claims     speaker only       1     0     1     1.000   0.500   0.667
	// stances    all                0     0     1         -   0.000   0.000
	// relations  all                0     0     1         -   0.000   0.000
	//
	// claim speaker accuracy: 1.000 (1 of 1 claims found by text)
	// claim kind accuracy:    1.000 (1 of 1 matched claims)
	// boilerplate left:       not scored (no cleaned body)
	// articles:               1
	// entity Country FN: Country "United States" aliases ["U.S.", "American"]
	// entity Organization FN: Organization "Kremlin" aliases ["Putin’s administration"]
	// entity Source FN: Source "source close to the Kremlin" match_any ["close to the Kremlin"]
	// entity Person FP: Person "Harris" [person:harris]
}
