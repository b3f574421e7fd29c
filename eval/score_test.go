package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// perfect builds the prediction that matches gold exactly: every entity,
// claim (with the snippet as its text), stance and relation of the gold.
func perfect(g *Gold) *graph.Document {
	art := graph.ArticleID(g.Doc)
	doc := &graph.Document{Article: graph.Article{ID: art, Title: g.Meta.Title, Outlet: g.Meta.Outlet, Authors: g.Meta.Authors}}
	ids := make(map[string]string)
	for _, e := range g.Entities {
		id := graph.EntityID(e.Type, e.Name)
		if e.Type == graph.LabelSource {
			id = graph.SourceID(art, e.Name)
		}
		ids[e.Name] = id
		doc.Entities = append(doc.Entities, graph.Entity{ID: id, Type: e.Type, Name: e.Name, Aliases: e.Aliases})
	}
	for i, c := range g.Claims {
		doc.Claims = append(doc.Claims, graph.Claim{ID: graph.ClaimID(art, i+1), Speaker: ids[c.Speaker], Kind: c.Kind, Cue: c.Cue, Text: c.Snippet})
	}
	for _, s := range g.Stances {
		doc.Stances = append(doc.Stances, graph.Stance{Holder: ids[s.Holder], Target: ids[s.Target], Polarity: s.Polarity, Evidence: s.Evidence})
	}
	for _, r := range g.Relations {
		doc.Relations = append(doc.Relations, graph.Relation{Subject: ids[r.Subject], Predicate: r.Predicate, Object: ids[r.Object], Evidence: r.Evidence})
	}
	return doc
}

func loadSmall(t testing.TB) *Gold {
	t.Helper()
	g, err := LoadGold("testdata/small.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestScorePerfect scores each real dev gold against the prediction built
// from it: every figure must be exactly 1.
func TestScorePerfect(t *testing.T) {
	golds, err := LoadGoldDir(corpus.GoldDir(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range golds {
		t.Run(g.Doc, func(t *testing.T) {
			doc := perfect(g)
			if err := doc.Validate(); err != nil {
				t.Fatalf("perfect prediction is not a valid document: %v", err)
			}
			r := Score(doc, g)
			if len(r.Misses) > 0 {
				t.Errorf("got misses %v, want none", r.Misses)
			}
			goldItems := map[string]int{"entities": len(g.Entities), "claims": len(g.Claims), "claims text": len(g.Claims),
				"claims speaker": len(g.Claims), "stances": len(g.Stances), "relations": len(g.Relations)}
			for name, c := range map[string]Counts{
				"entities": r.EntityMicro(), "claims": r.Claims.Full, "claims text": r.Claims.Text,
				"claims speaker": r.Claims.Speaker, "stances": r.Stances, "relations": r.Relations,
			} {
				if c == (Counts{}) && goldItems[name] == 0 {
					continue // nothing of this kind in the article: nothing to score
				}
				if f, ok := c.F1(); !ok || f != 1 {
					t.Errorf("%s: got F1 %v (defined %v) from %+v, want exactly 1", name, f, ok, c)
				}
			}
			if got, want := r.EntityMicro().TP, len(g.Entities); got != want {
				t.Errorf("got %d entity TP, want %d", got, want)
			}
			if got, want := r.Claims.KindAgree, len(g.Claims); got != want {
				t.Errorf("got kind agreement %d, want %d", got, want)
			}
		})
	}
}

// ent is a predicted entity; mentions are texts of mentions.
func ent(typ graph.Label, id, name string, aliases []string, mentions ...string) graph.Entity {
	e := graph.Entity{ID: id, Type: typ, Name: name, Aliases: aliases}
	for _, m := range mentions {
		e.Mentions = append(e.Mentions, graph.Mention{Text: m})
	}
	return e
}

func TestScoreEntities(t *testing.T) {
	putin := ent("Person", "person:vladimir-putin", "Vladimir Putin", nil)
	us := ent("Country", "country:us", "United States", nil)
	kremlin := ent("Organization", "org:kremlin", "Kremlin", nil)
	source := ent("Source", "source:small:source-close-to-the-kremlin", "source close to the Kremlin", nil)
	counts := func(person, country, org, source Counts) map[graph.Label]Counts {
		return map[graph.Label]Counts{"Person": person, "Outlet": {}, "Country": country, "Organization": org, "Event": {}, "Source": source}
	}
	tp, fn, fp := Counts{TP: 1}, Counts{FN: 1}, Counts{FP: 1}
	tests := []struct {
		name   string
		pred   []graph.Entity
		want   map[graph.Label]Counts
		misses []string
	}{
		{"all", []graph.Entity{putin, us, kremlin, source}, counts(tp, tp, tp, tp), nil},
		{"none", nil, counts(fn, fn, fn, fn), []string{
			`entity Person FN: Person "Vladimir Putin" aliases ["Putin"]`,
			`entity Country FN: Country "United States" aliases ["U.S.", "American"]`,
			`entity Organization FN: Organization "Kremlin" aliases ["Putin’s administration"]`,
			`entity Source FN: Source "source close to the Kremlin" match_any ["close to the Kremlin"]`,
		}},
		{"one missing", []graph.Entity{putin, us, source}, counts(tp, tp, fn, tp), []string{
			`entity Organization FN: Organization "Kremlin" aliases ["Putin’s administration"]`,
		}},
		{"wrong type", []graph.Entity{putin, us, ent("Country", "country:kremlin", "Kremlin", nil), source},
			counts(tp, Counts{TP: 1, FP: 1}, fn, tp), []string{
				`entity Organization FN: Organization "Kremlin" aliases ["Putin’s administration"]`,
				`entity Country FP: Country "Kremlin" [country:kremlin]`,
			}},
		{"by alias, case and typography", []graph.Entity{
			ent("Person", "person:putin", "PUTIN", nil),
			ent("Country", "country:usa", "USA", []string{"American"}),
			ent("Organization", "org:putins-administration", "Putin's Administration", nil),
			ent("Source", "source:small:x", "the source close to the Kremlin’s", nil),
		}, counts(tp, tp, tp, tp), nil},
		{"by mention", []graph.Entity{ent("Person", "person:x", "Mr X", nil, "V. Putin", "Putin")}, counts(tp, fn, fn, fn), nil},
		{"periods matter", []graph.Entity{ent("Country", "country:us", "US", nil, "US")}, counts(fn, fp.Add(fn), fn, fn), nil},
		{"source by match_any in description", []graph.Entity{
			{ID: "source:small:a", Type: "Source", Name: "a source", Description: "a source close to the Kremlin"},
		}, counts(fn, fn, fn, tp), nil},
		{"source by match_any in mention", []graph.Entity{
			ent("Source", "source:small:a", "one of the sources", nil, "sources close to the Kremlin"),
		}, counts(fn, fn, fn, tp), nil},
		{"match_any is for sources only", []graph.Entity{
			ent("Organization", "org:x", "people close to the Kremlin", nil),
		}, counts(fn, fn, Counts{FN: 1, FP: 1}, fn), nil},
		{"duplicate prediction", []graph.Entity{putin, ent("Person", "person:putin", "Putin", nil), us, kremlin, source},
			counts(Counts{TP: 1, FP: 1}, tp, tp, tp), []string{`entity Person FP: Person "Putin" [person:putin]`}},
		{"partial name is no match", []graph.Entity{ent("Person", "person:vladimir", "Vladimir", nil)}, counts(Counts{FN: 1, FP: 1}, fn, fn, fn), nil},
	}
	g := loadSmall(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(&graph.Document{Article: graph.Article{ID: "article:small"}, Entities: tt.pred}, g)
			if diff := cmp.Diff(tt.want, r.Entities); diff != "" {
				t.Errorf("entity counts mismatch (-want +got):\n%s", diff)
			}
			if tt.misses != nil {
				var got []string
				for _, m := range r.Misses {
					if m.Category == CategoryEntity {
						got = append(got, m.String())
					}
				}
				if diff := cmp.Diff(tt.misses, got); diff != "" {
					t.Errorf("entity misses mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// TestAssignMaximum checks that the one-to-one assignment finds the most
// pairs even when taking the strongest pair first would block another.
func TestAssignMaximum(t *testing.T) {
	tests := []struct {
		name     string
		strength [][]int // [gold][pred]
		want     []int
	}{
		{"empty", nil, []int{}},
		{"no pairs", [][]int{{0, 0}}, []int{-1}},
		{"strongest first", [][]int{{1, 3}}, []int{1}},
		{"augment", [][]int{{3, 1}, {1, 0}}, []int{1, 0}},
		{"chain", [][]int{{3, 2, 0}, {3, 0, 0}, {0, 3, 1}}, []int{1, 0, 2}},
		{"more gold than pred", [][]int{{1}, {1}, {2}}, []int{-1, -1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			np := 0
			if len(tt.strength) > 0 {
				np = len(tt.strength[0])
			}
			got := assign(len(tt.strength), np, func(g, p int) int { return tt.strength[g][p] })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("assign mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestScoreClaims(t *testing.T) {
	g := loadSmall(t)
	ents := []graph.Entity{
		ent("Person", "person:vladimir-putin", "Vladimir Putin", nil),
		ent("Source", "source:small:kremlin-source", "a source close to the Kremlin", nil),
		ent("Person", "person:donald-trump", "Donald Trump", nil),
	}
	const putin, src, trump = "person:vladimir-putin", "source:small:kremlin-source", "person:donald-trump"
	claim := func(speaker, kind, text string) graph.Claim {
		return graph.Claim{ID: "claim:small:1", Speaker: speaker, Kind: kind, Text: text}
	}
	good1 := claim(putin, "indirect", "that the Kremlin was hoping for a Harris victory in the U.S. election")
	good2 := claim(src, "direct", "It’s not exactly rational")
	tests := []struct {
		name     string
		pred     []graph.Claim
		want     ClaimCounts
		wantMiss []string
	}{
		{"both", []graph.Claim{good1, good2}, ClaimCounts{Full: Counts{TP: 2}, Text: Counts{TP: 2}, Speaker: Counts{TP: 2}, KindAgree: 2}, nil},
		{"none", nil, ClaimCounts{Full: Counts{FN: 2}, Text: Counts{FN: 2}, Speaker: Counts{FN: 2}}, []string{
			`claim FN: Vladimir Putin (indirect, cue "claimed"): "hoping for a Harris victory"`,
			`claim FN: source close to the Kremlin (direct, cue "said"): "It’s not exactly rational"`,
		}},
		{"right text, wrong speaker", []graph.Claim{claim(trump, "indirect", good1.Text), good2},
			ClaimCounts{Full: Counts{TP: 1, FP: 1, FN: 1}, Text: Counts{TP: 2}, Speaker: Counts{TP: 1, FP: 1, FN: 1}, KindAgree: 1}, []string{
				`claim FN: Vladimir Putin (indirect, cue "claimed"): "hoping for a Harris victory" (text found, attributed to Donald Trump [person:donald-trump])`,
				`claim FP: Donald Trump [person:donald-trump] (indirect, cue ""): "that the Kremlin was hoping for a Harris victory in the U.S. election"`,
			}},
		{"right speaker, wrong text", []graph.Claim{good1, claim(src, "direct", "He is our guy.")},
			ClaimCounts{Full: Counts{TP: 1, FP: 1, FN: 1}, Text: Counts{TP: 1, FP: 1, FN: 1}, Speaker: Counts{TP: 2}, KindAgree: 1}, nil},
		{"text cut short", []graph.Claim{claim(putin, "indirect", "hoping for a Harris"), good2},
			ClaimCounts{Full: Counts{TP: 1, FP: 1, FN: 1}, Text: Counts{TP: 1, FP: 1, FN: 1}, Speaker: Counts{TP: 2}, KindAgree: 1}, nil},
		{"wrong kind", []graph.Claim{good1, claim(src, "indirect", good2.Text)},
			ClaimCounts{Full: Counts{TP: 2}, Text: Counts{TP: 2}, Speaker: Counts{TP: 2}, KindAgree: 1}, []string{
				`claim WRONG-KIND: source close to the Kremlin (direct, cue "said"): "It’s not exactly rational" (predicted indirect)`,
			}},
		{"typography and quote marks", []graph.Claim{
			claim(putin, "indirect", "HOPING  for a\nHarris victory"),
			claim(src, "direct", "“It's not exactly rational,” said a source"),
		}, ClaimCounts{Full: Counts{TP: 2}, Text: Counts{TP: 2}, Speaker: Counts{TP: 2}, KindAgree: 2}, nil},
		{"duplicate claim", []graph.Claim{good1, good1, good2},
			ClaimCounts{Full: Counts{TP: 2, FP: 1}, Text: Counts{TP: 2, FP: 1}, Speaker: Counts{TP: 2, FP: 1}, KindAgree: 2}, nil},
		{"unknown speaker id", []graph.Claim{claim("person:nobody", "indirect", good1.Text)},
			ClaimCounts{Full: Counts{FP: 1, FN: 2}, Text: Counts{TP: 1, FN: 1}, Speaker: Counts{FP: 1, FN: 2}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(&graph.Document{Article: graph.Article{ID: "article:small"}, Entities: ents, Claims: tt.pred}, g)
			if diff := cmp.Diff(tt.want, r.Claims); diff != "" {
				t.Errorf("claim counts mismatch (-want +got):\n%s", diff)
			}
			if tt.wantMiss != nil {
				var got []string
				for _, m := range r.Misses {
					if m.Category == CategoryClaim {
						got = append(got, m.String())
					}
				}
				if diff := cmp.Diff(tt.wantMiss, got); diff != "" {
					t.Errorf("claim misses mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
}

func TestScoreStancesAndRelations(t *testing.T) {
	g := loadSmall(t)
	ents := []graph.Entity{
		ent("Person", "person:putin", "Putin", nil),
		ent("Organization", "org:kremlin", "The Kremlin", nil),
		ent("Source", "source:small:s", "source close to the Kremlin", nil),
		ent("Country", "country:ru", "Russia", nil),
	}
	stance := func(h, tg, pol string) graph.Stance { return graph.Stance{Holder: h, Target: tg, Polarity: pol} }
	rel := func(s string, p graph.RelType, o string) graph.Relation {
		return graph.Relation{Subject: s, Predicate: p, Object: o}
	}
	tests := []struct {
		name          string
		stances       []graph.Stance
		relations     []graph.Relation
		wantStances   Counts
		wantRelations Counts
		wantMiss      []string
	}{
		{"right", []graph.Stance{stance("source:small:s", "person:putin", "positive")},
			[]graph.Relation{rel("person:putin", "LEADER_OF", "org:kremlin")}, Counts{TP: 1}, Counts{TP: 1}, nil},
		{"wrong polarity and predicate", []graph.Stance{stance("source:small:s", "person:putin", "negative")},
			[]graph.Relation{rel("person:putin", "MEMBER_OF", "org:kremlin")}, Counts{FP: 1, FN: 1}, Counts{FP: 1, FN: 1}, []string{
				`stance FN: source close to the Kremlin → Vladimir Putin: positive`,
				`stance FP: source close to the Kremlin [source:small:s] → Putin [person:putin]: negative`,
				`relation FN: Vladimir Putin LEADER_OF Kremlin`,
				`relation FP: Putin [person:putin] MEMBER_OF The Kremlin [org:kremlin]`,
			}},
		{"swapped holder and target", []graph.Stance{stance("person:putin", "source:small:s", "positive")},
			[]graph.Relation{rel("org:kremlin", "LEADER_OF", "person:putin")}, Counts{FP: 1, FN: 1}, Counts{FP: 1, FN: 1}, nil},
		{"wrong object", nil, []graph.Relation{rel("person:putin", "LEADER_OF", "country:ru")}, Counts{FN: 1}, Counts{FP: 1, FN: 1}, nil},
		{"case of enumerations", []graph.Stance{stance("source:small:s", "person:putin", "Positive")},
			[]graph.Relation{rel("person:putin", "leader_of", "org:kremlin")}, Counts{TP: 1}, Counts{TP: 1}, nil},
		{"one-to-one", []graph.Stance{stance("source:small:s", "person:putin", "positive"), stance("source:small:s", "person:putin", "positive")},
			nil, Counts{TP: 1, FP: 1}, Counts{FN: 1}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(&graph.Document{Article: graph.Article{ID: "article:small"}, Entities: ents, Stances: tt.stances, Relations: tt.relations}, g)
			if diff := cmp.Diff(tt.wantStances, r.Stances); diff != "" {
				t.Errorf("stance counts mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantRelations, r.Relations); diff != "" {
				t.Errorf("relation counts mismatch (-want +got):\n%s", diff)
			}
			if tt.wantMiss != nil {
				var got []string
				for _, m := range r.Misses {
					if m.Category == CategoryStance || m.Category == CategoryRelation {
						got = append(got, m.String())
					}
				}
				if diff := cmp.Diff(tt.wantMiss, got); diff != "" {
					t.Errorf("misses mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// TestScoreBoilerplate checks the boilerplate figure on the real Meduza
// article: its raw text still holds all three gold lines.
func TestScoreBoilerplate(t *testing.T) {
	g, err := LoadGold(corpus.GoldDir(t) + "/meduza-kremlin-trump.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(corpus.GoldDir(t) + "/meduza-kremlin-trump.txt")
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, line := range strings.Split(string(raw), "\n") {
		if !strings.HasPrefix(line, "Skip to") && !strings.HasPrefix(line, "Our journalists") {
			kept = append(kept, line)
		}
	}
	tests := []struct {
		name, body string
		want       BoilerplateCounts
		left       []string
	}{
		{"raw text", string(raw), BoilerplateCounts{Articles: 1, Lines: 3, Left: 3}, g.Boilerplate},
		{"two lines removed", strings.Join(kept, "\n"), BoilerplateCounts{Articles: 1, Lines: 3, Left: 1},
			[]string{"Even though we’re outlawed in Russia, we continue to deliver exclusive reporting"}},
		{"straight apostrophe still counts", "Even though we're outlawed in Russia,\nwe continue to deliver exclusive reporting",
			BoilerplateCounts{Articles: 1, Lines: 3, Left: 1}, []string{"Even though we’re outlawed in Russia, we continue to deliver exclusive reporting"}},
		{"clean", "Back in September, Russian President Vladimir Putin claimed ...", BoilerplateCounts{Articles: 1, Lines: 3}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Result{}
			r.ScoreBoilerplate(g, tt.body)
			if diff := cmp.Diff(&tt.want, r.Boilerplate); diff != "" {
				t.Errorf("boilerplate mismatch (-want +got):\n%s", diff)
			}
			var left []string
			for _, m := range r.Misses {
				left = append(left, m.Item)
			}
			if diff := cmp.Diff(tt.left, left); diff != "" {
				t.Errorf("lines left mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func BenchmarkScore(b *testing.B) {
	golds, err := LoadGoldDir(corpus.GoldDir(b))
	if err != nil {
		b.Fatal(err)
	}
	docs := make([]*graph.Document, len(golds))
	for i, g := range golds {
		docs[i] = perfect(g)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, g := range golds {
			Score(docs[i], g)
		}
	}
}

// TestScoreEntityPreference checks which gold entity a predicted entity is
// paired with when it matches two: the one whose canonical name it has.
func TestScoreEntityPreference(t *testing.T) {
	g := &Gold{Doc: "bush", Entities: []GoldEntity{
		{Type: "Person", Name: "Laura Bush", Aliases: []string{"Bush", "Mrs Bush"}},
		{Type: "Person", Name: "George W. Bush", Aliases: []string{"Bush"}},
	}}
	tests := []struct {
		name string
		pred graph.Entity
		want string // the gold entity left unmatched
	}{
		{"canonical name first", ent("Person", "person:george-w-bush", "George W. Bush", []string{"Bush"}), `Person "Laura Bush"`},
		{"alias before mention", ent("Person", "person:president-bush", "President Bush", []string{"George W. Bush"}, "Laura Bush"), `Person "Laura Bush"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score(&graph.Document{Article: graph.Article{ID: "article:bush"}, Entities: []graph.Entity{tt.pred}}, g)
			if got := r.Entities["Person"]; got != (Counts{TP: 1, FN: 1}) {
				t.Fatalf("got Person counts %+v, want 1 TP and 1 FN", got)
			}
			if len(r.Misses) != 1 || !strings.HasPrefix(r.Misses[0].Item, tt.want) {
				t.Errorf("got misses %v, want one FN for %s", r.Misses, tt.want)
			}
		})
	}
}

// TestScoreClaimNotes checks the clues given with missed claims.
func TestScoreClaimNotes(t *testing.T) {
	g := &Gold{Doc: "notes",
		Entities: []GoldEntity{{Type: "Person", Name: "Dmitry Peskov"}, {Type: "Person", Name: "Donald Trump"}},
		Claims: []GoldClaim{
			{Speaker: "Dmitry Peskov", Kind: "direct", Snippet: "We haven’t seen the report itself"},
			{Speaker: "Dmitry Peskov", Kind: "direct", Snippet: "not the initiator"},
			{Speaker: "Donald Trump", Kind: "indirect", Snippet: "the relationship between Russia and the U.S."},
		},
	}
	doc := &graph.Document{
		Article: graph.Article{ID: "article:notes"},
		Entities: []graph.Entity{
			ent("Person", "person:dmitry-peskov", "Dmitry Peskov", nil),
			ent("Person", "person:donald-trump", "Donald Trump", nil),
		},
		Claims: []graph.Claim{
			{ID: "claim:notes:1", Speaker: "person:dmitry-peskov", Kind: "direct", Text: "We haven’t seen the report itself. We are not the initiator."},
			{ID: "claim:notes:2", Speaker: "person:dmitry-peskov", Kind: "indirect", Text: "Trump can change the relationship between Russia and the U.S"},
		},
	}
	r := Score(doc, g)
	want := ClaimCounts{Full: Counts{TP: 1, FP: 1, FN: 2}, Text: Counts{TP: 2, FN: 1}, Speaker: Counts{TP: 2, FN: 1}, KindAgree: 1}
	if diff := cmp.Diff(want, r.Claims); diff != "" {
		t.Errorf("claim counts mismatch (-want +got):\n%s", diff)
	}
	var got []string
	for _, m := range r.Misses {
		if m.Kind == KindFN {
			got = append(got, m.Note)
		}
	}
	wantNotes := []string{
		"text found in a claim by Dmitry Peskov [person:dmitry-peskov] paired with another gold claim",
		"text found, attributed to Dmitry Peskov [person:dmitry-peskov]",
	}
	if diff := cmp.Diff(wantNotes, got); diff != "" {
		t.Errorf("notes mismatch (-want +got):\n%s", diff)
	}
}
