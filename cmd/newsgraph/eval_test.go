package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// Gold fixtures: one article in a text file beside its gold, one in a
// corpus JSON Lines file.
const (
	evalSmallGold = `{
  "doc": "small",
  "text_file": "small.txt",
  "meta": {"title": "A small article", "outlet": "Test Outlet", "authors": []},
  "boilerplate": ["Subscribe to our newsletter"],
  "entities": [
    {"type": "Person", "name": "Vladimir Putin", "aliases": ["Putin"]},
    {"type": "Country", "name": "United States", "aliases": ["U.S."]},
    {"type": "Organization", "name": "Kremlin", "aliases": []},
    {"type": "Source", "name": "source close to the Kremlin", "match_any": ["close to the Kremlin"]}
  ],
  "claims": [
    {"speaker": "Vladimir Putin", "kind": "indirect", "cue": "claimed", "snippet": "hoping for a Harris victory"},
    {"speaker": "source close to the Kremlin", "kind": "direct", "cue": "said", "snippet": "It’s not exactly rational"}
  ],
  "stances": [{"holder": "source close to the Kremlin", "target": "Vladimir Putin", "polarity": "positive"}],
  "relations": [{"subject": "Vladimir Putin", "predicate": "LEADER_OF", "object": "Kremlin"}]
}`
	evalSmallText = "Subscribe to our newsletter\n\nPresident Vladimir Putin claimed that the Kremlin was hoping for a Harris victory in the U.S. election.\n\n“It’s not exactly rational,” said a source close to the Kremlin.\n"
	evalTinyGold  = `{
  "doc": "tiny-2",
  "corpus_file": "tiny.jsonl",
  "meta": {"title": "Blair congratulates Bush", "outlet": "BBC News", "authors": []},
  "boilerplate": [],
  "entities": [
    {"type": "Person", "name": "Tony Blair", "aliases": ["Blair"]},
    {"type": "Person", "name": "George W. Bush", "aliases": ["Bush"]},
    {"type": "Country", "name": "United Kingdom", "aliases": ["UK"]}
  ],
  "claims": [{"speaker": "Tony Blair", "kind": "indirect", "cue": "said", "snippet": "looks forward to working with Bush"}],
  "stances": [{"holder": "Tony Blair", "target": "George W. Bush", "polarity": "positive"}],
  "relations": [{"subject": "Tony Blair", "predicate": "LEADER_OF", "object": "United Kingdom"}]
}`
	evalTinyCorpus = `{"id": "tiny-1", "title": "Other", "outlet": "BBC News", "text": "Nothing here."}
{"id": "tiny-2", "title": "Blair congratulates Bush", "outlet": "BBC News", "text": "UK Prime Minister Tony Blair said he looks forward to working with Bush."}
{"id": "tiny-3", "title": "Another", "outlet": "BBC News", "text": "Nothing here either."}
`
)

// evalWriteTree writes files (path relative to root → content) and returns root.
func evalWriteTree(t *testing.T, root string, files map[string]string) string {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// evalPerfectDoc is the document that matches gold exactly.
func evalPerfectDoc(t *testing.T, g *eval.Gold) *graph.Document {
	t.Helper()
	art := graph.ArticleID(g.Doc)
	doc := &graph.Document{Article: graph.Article{ID: art, Title: g.Meta.Title}}
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
		doc.Stances = append(doc.Stances, graph.Stance{Holder: ids[s.Holder], Target: ids[s.Target], Polarity: s.Polarity})
	}
	for _, r := range g.Relations {
		doc.Relations = append(doc.Relations, graph.Relation{Subject: ids[r.Subject], Predicate: r.Predicate, Object: ids[r.Object]})
	}
	if err := doc.Validate(); err != nil {
		t.Fatal(err)
	}
	return doc
}

// evalWriteDocs writes documents as JSON Lines to a file of dir.
func evalWriteDocs(t *testing.T, path string, docs ...*graph.Document) string {
	t.Helper()
	var b bytes.Buffer
	w := graph.NewDocumentWriter(&b, false)
	for _, d := range docs {
		if err := w.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func evalCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), append([]string{"newsgraph"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

// evalFixture lays out shared/gold/dev (the two gold files and small.txt) and
// shared/corpus/tiny.jsonl in a temporary folder, and returns the gold
// folder and the loaded golds.
func evalFixture(t *testing.T) (goldDir string, small, tiny *eval.Gold) {
	t.Helper()
	root := evalWriteTree(t, t.TempDir(), map[string]string{
		"shared/gold/dev/small.gold.json": evalSmallGold,
		"shared/gold/dev/small.txt":       evalSmallText,
		"shared/gold/dev/tiny.gold.json":  evalTinyGold,
		"shared/corpus/tiny.jsonl":        evalTinyCorpus,
	})
	goldDir = filepath.Join(root, "shared", "gold", "dev")
	golds, err := eval.LoadGoldDir(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	return goldDir, golds[0], golds[1]
}

const evalPerfectTable = `category   type              tp    fp    fn precision  recall      f1
entities   Person             3     0     0     1.000   1.000   1.000
entities   Outlet             0     0     0         -       -       -
entities   Country            2     0     0     1.000   1.000   1.000
entities   Organization       1     0     0     1.000   1.000   1.000
entities   Event              0     0     0         -       -       -
entities   Source             1     0     0     1.000   1.000   1.000
entities   micro              7     0     0     1.000   1.000   1.000
claims     speaker+text       3     0     0     1.000   1.000   1.000
claims     text only          3     0     0     1.000   1.000   1.000
claims     speaker only       3     0     0     1.000   1.000   1.000
stances    all                2     0     0     1.000   1.000   1.000
relations  all                2     0     0     1.000   1.000   1.000

claim speaker accuracy: 1.000 (3 of 3 claims found by text)
claim kind accuracy:    1.000 (3 of 3 matched claims)
boilerplate left:       not scored (no cleaned body)
articles:               2
`

func TestEvalDocuments(t *testing.T) {
	goldDir, small, tiny := evalFixture(t)
	dir := t.TempDir()
	perfect := evalWriteDocs(t, filepath.Join(dir, "perfect.jsonl"), evalPerfectDoc(t, small), evalPerfectDoc(t, tiny))
	lessSmall := evalPerfectDoc(t, small)
	lessSmall.Entities = append(lessSmall.Entities[:1], lessSmall.Entities[2:]...) // no United States
	missing := evalWriteDocs(t, filepath.Join(dir, "missing.jsonl"), lessSmall, evalPerfectDoc(t, tiny))
	onlyTiny := evalWriteDocs(t, filepath.Join(dir, "tiny.jsonl"), evalPerfectDoc(t, tiny))
	onlySmall := evalWriteDocs(t, filepath.Join(dir, "small.jsonl"), evalPerfectDoc(t, small))
	other := evalPerfectDoc(t, small)
	other.Article.ID = "article:other"
	withOther := evalWriteDocs(t, filepath.Join(dir, "other.jsonl"), other, evalPerfectDoc(t, tiny))
	badLine := filepath.Join(dir, "bad.jsonl")
	tinyLine, _ := json.Marshal(evalPerfectDoc(t, tiny))
	if err := os.WriteFile(badLine, []byte("{\"article\": 3}\n"+string(tinyLine)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	goldFile := filepath.Join(goldDir, "small.gold.json")
	tinyGoldFile := filepath.Join(goldDir, "tiny.gold.json")

	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string // exact, when set
		outHas   []string
		wantErr  string // exact
	}{
		{"perfect", []string{perfect}, 0, evalPerfectTable, nil, ""},
		{"perfect, two files", []string{onlyTiny, onlySmall}, 0, evalPerfectTable, nil, ""},
		{"perfect meets --min-f1 1", []string{"--min-f1", "1", perfect}, 0, evalPerfectTable, nil, ""},
		{"missing entity below --min-f1", []string{"--min-f1", "0.95", missing}, 1, "",
			[]string{"entities   Country            1     0     1     1.000   0.500   0.667", "entities   micro              6     0     1     1.000   0.857   0.923"},
			"newsgraph: eval: entity micro F1 0.923 is below --min-f1 0.950\n"},
		{"missing entity above --min-f1", []string{"--min-f1", "0.9", missing}, 0, "", []string{"entities   micro              6     0     1"}, ""},
		{"verbose", []string{"--verbose", missing}, 0, "", []string{
			"\n== small (" + goldFile + ")\n" +
				"entities F1 0.857 (tp 3, fp 0, fn 1)  claims F1 1.000 (tp 2, fp 0, fn 0)  stances F1 1.000 (tp 1, fp 0, fn 0)  relations F1 1.000 (tp 1, fp 0, fn 0)\n" +
				"  entity Country FN: Country \"United States\" aliases [\"U.S.\"]\n" +
				"\n== tiny-2 (" + tinyGoldFile + ")\n" +
				"entities F1 1.000 (tp 3, fp 0, fn 0)  claims F1 1.000 (tp 1, fp 0, fn 0)  stances F1 1.000 (tp 1, fp 0, fn 0)  relations F1 1.000 (tp 1, fp 0, fn 0)\n",
		}, ""},
		{"a gold article without document", []string{onlyTiny}, 3, "", []string{"articles:               1\n"},
			"newsgraph: eval: " + goldFile + ": no document article:small in the inputs; extract the article with `newsgraph extract`, or run eval without arguments to extract it now\n" +
				"newsgraph: eval: 1 of 2 gold articles scored, with 1 problems (see above): some inputs failed\n" +
				"hint: the scores cover only the articles that could be read; fix the inputs named above\n"},
		{"documents without gold are ignored", []string{withOther}, 3, "", []string{"articles:               1\n"},
			"newsgraph: eval: " + goldFile + ": no document article:small in the inputs; extract the article with `newsgraph extract`, or run eval without arguments to extract it now\n" +
				"newsgraph: eval: ignored 1 documents that have no gold annotation\n" +
				"newsgraph: eval: 1 of 2 gold articles scored, with 1 problems (see above): some inputs failed\n" +
				"hint: the scores cover only the articles that could be read; fix the inputs named above\n"},
		{"bad line", []string{badLine, onlySmall}, 3, evalPerfectTable, nil,
			"newsgraph: eval: " + badLine + ":1: not a newsgraph document: field \"article\" has the wrong type (number, want graph.Article)\n" +
				"newsgraph: eval: 2 of 2 gold articles scored, with 1 problems (see above): some inputs failed\n" +
				"hint: the scores cover only the articles that could be read; fix the inputs named above\n"},
		{"missing file", []string{filepath.Join(dir, "nope.jsonl"), perfect}, 3, evalPerfectTable, nil,
			"newsgraph: eval: open documents: open " + filepath.Join(dir, "nope.jsonl") + ": no such file or directory\n" +
				"newsgraph: eval: 2 of 2 gold articles scored, with 1 problems (see above): some inputs failed\n" +
				"hint: the scores cover only the articles that could be read; fix the inputs named above\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := evalCLI(t, append([]string{"eval", "--gold", goldDir}, tt.args...)...)
			if code != tt.wantCode {
				t.Errorf("got exit code %d, want %d; stderr:\n%s", code, tt.wantCode, errOut)
			}
			if tt.wantOut != "" {
				if diff := cmp.Diff(tt.wantOut, out); diff != "" {
					t.Errorf("stdout mismatch (-want +got):\n%s", diff)
				}
			}
			for _, s := range tt.outHas {
				if !strings.Contains(out, s) {
					t.Errorf("stdout does not contain %q; got:\n%s", s, out)
				}
			}
			if diff := cmp.Diff(tt.wantErr, errOut); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEvalDocumentsJSON(t *testing.T) {
	goldDir, small, tiny := evalFixture(t)
	docs := evalWriteDocs(t, filepath.Join(t.TempDir(), "docs.jsonl"), evalPerfectDoc(t, small), evalPerfectDoc(t, tiny))
	code, out, errOut := evalCLI(t, "eval", "--gold", goldDir, "--format", "json", docs)
	if code != 0 {
		t.Fatalf("got exit code %d, want 0; stderr:\n%s", code, errOut)
	}
	var got struct {
		Total struct {
			Docs          []string
			EntitiesMicro eval.Counts `json:"entities_micro"`
			Claims        eval.ClaimCounts
			Misses        []eval.Miss
		}
		Articles []struct {
			Docs          []string
			EntitiesMicro eval.Counts `json:"entities_micro"`
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if diff := cmp.Diff([]string{"small", "tiny-2"}, got.Total.Docs); diff != "" {
		t.Errorf("total docs mismatch (-want +got):\n%s", diff)
	}
	if want := (eval.Counts{TP: 7}); got.Total.EntitiesMicro != want {
		t.Errorf("got total entities %+v, want %+v", got.Total.EntitiesMicro, want)
	}
	if want := (eval.Counts{TP: 3}); got.Total.Claims.Full != want {
		t.Errorf("got total claims %+v, want %+v", got.Total.Claims.Full, want)
	}
	if len(got.Articles) != 2 || got.Articles[1].Docs[0] != "tiny-2" || got.Articles[1].EntitiesMicro != (eval.Counts{TP: 3}) {
		t.Errorf("got articles %+v, want small then tiny-2 with 3 entity TP", got.Articles)
	}
}

// TestEvalExtract runs the extractor on the evalFixture articles. Its quality
// is not tested here: only that every gold article is found and counted
// (TP + FN is the number of gold items whatever the extractor finds).
func TestEvalExtract(t *testing.T) {
	goldDir, _, _ := evalFixture(t)
	root := filepath.Dir(filepath.Dir(filepath.Dir(goldDir)))
	otherCorpus := evalWriteTree(t, t.TempDir(), map[string]string{
		"tiny.jsonl": "not json\n" + evalTinyCorpus,
	})
	noCorpus := evalWriteTree(t, t.TempDir(), map[string]string{
		"gold/small.gold.json": evalSmallGold,
		"gold/small.txt":       evalSmallText,
		"gold/tiny.gold.json":  evalTinyGold,
	})
	fallback := evalWriteTree(t, t.TempDir(), map[string]string{
		"gold/small.gold.json": evalSmallGold,
		"gold/small.txt":       evalSmallText,
		"gold/tiny.gold.json":  evalTinyGold,
		"corpus/tiny.jsonl":    evalTinyCorpus,
	})
	wrongID := evalWriteTree(t, t.TempDir(), map[string]string{
		"gold/dev/tiny.gold.json": strings.Replace(evalTinyGold, `"tiny-2"`, `"tiny-9"`, 1),
		"corpus/tiny.jsonl":       evalTinyCorpus,
	})
	tests := []struct {
		name     string
		args     []string
		wantCode int
		want     evalTotals
		wantErr  string
	}{
		{"default corpus", []string{"--gold", goldDir}, 0, evalTotals{[]string{"small", "tiny-2"}, 7, 3, 2, 2, &[2]int{1, 2}}, ""},
		{"--corpus with an unreadable line", []string{"--gold", goldDir, "--corpus", otherCorpus}, 0, evalTotals{[]string{"small", "tiny-2"}, 7, 3, 2, 2, &[2]int{1, 2}}, ""},
		{"corpus in ../corpus", []string{"--gold", filepath.Join(fallback, "gold")}, 0, evalTotals{[]string{"small", "tiny-2"}, 7, 3, 2, 2, &[2]int{1, 2}}, ""},
		{"no gold files", []string{"--gold", filepath.Join(root, "shared", "gold")}, 1, evalTotals{},
			"newsgraph: eval: no *.gold.json files in " + filepath.Join(root, "shared", "gold") + "\n" +
				"hint: fix the gold files named above, or pass --gold DIR, the folder of *.gold.json files\n"},
		{"no corpus", []string{"--gold", filepath.Join(noCorpus, "gold")}, 3, evalTotals{[]string{"small"}, 4, 2, 1, 1, &[2]int{1, 1}},
			"newsgraph: eval: " + filepath.Join(noCorpus, "gold", "tiny.gold.json") + ": corpus_file tiny.jsonl not found in " +
				filepath.Join(noCorpus, "..", "corpus") + " or " + filepath.Join(noCorpus, "corpus") + "\n" +
				"hint: pass --corpus DIR, the folder of the corpus JSON Lines files\n" +
				"newsgraph: eval: 1 of 2 gold articles scored, with 1 problems (see above): some inputs failed\n" +
				"hint: the scores cover only the articles that could be read; fix the inputs named above\n"},
		{"record not in corpus", []string{"--gold", filepath.Join(wrongID, "gold", "dev")}, 1, evalTotals{},
			"newsgraph: eval: " + filepath.Join(wrongID, "gold", "dev", "tiny.gold.json") + ": no record with id \"tiny-9\" in " +
				filepath.Join(wrongID, "corpus", "tiny.jsonl") + "; check the gold's \"doc\" and \"corpus_file\"\n" +
				"newsgraph: eval: none of the 1 gold articles could be scored\n" +
				"hint: see the problems above; with document files as arguments, check that they hold the gold articles\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := evalCLI(t, append([]string{"eval", "--format", "json"}, tt.args...)...)
			if code != tt.wantCode {
				t.Errorf("got exit code %d, want %d; stderr:\n%s", code, tt.wantCode, errOut)
			}
			if diff := cmp.Diff(tt.wantErr, errOut); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
			if tt.want.Docs == nil {
				if out != "" {
					t.Errorf("got output %q, want none", out)
				}
				return
			}
			var got struct{ Total json.RawMessage }
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("output is not JSON: %v\n%s", err, out)
			}
			if diff := cmp.Diff(tt.want, evalGoldTotals(t, got.Total)); diff != "" {
				t.Errorf("gold totals mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// evalTotals are the articles of a result and its number of gold items per
// category.
type evalTotals struct {
	Docs                                 []string
	Entities, Claims, Stances, Relations int
	// Boilerplate lines and the articles they come from; nil when the
	// boilerplate was not scored.
	Boilerplate *[2]int
}

// evalGoldTotals reads the articles and the number of gold items (TP + FN)
// per category from a result's JSON.
func evalGoldTotals(t *testing.T, data []byte) evalTotals {
	t.Helper()
	var r struct {
		Docs          []string
		EntitiesMicro eval.Counts `json:"entities_micro"`
		Claims        eval.ClaimCounts
		Stances       eval.Counts
		Relations     eval.Counts
		Boilerplate   *eval.BoilerplateCounts
	}
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	n := func(c eval.Counts) int { return c.TP + c.FN }
	tot := evalTotals{r.Docs, n(r.EntitiesMicro), n(r.Claims.Full), n(r.Stances), n(r.Relations), nil}
	if b := r.Boilerplate; b != nil {
		tot.Boilerplate = &[2]int{b.Lines, b.Articles}
	}
	return tot
}

// TestEvalDevGold runs eval with the extractor on the real dev gold, whose
// articles come from a text file and from two corpus files (one of them
// 35 MB, streamed). Scores depend on the extractor; the gold totals do not.
func TestEvalDevGold(t *testing.T) {
	code, out, errOut := evalCLI(t, "eval", "--gold", corpus.GoldDir(t), "--format", "json")
	if code != 0 {
		t.Fatalf("got exit code %d, want 0; stderr:\n%s", code, errOut)
	}
	var got struct{ Total json.RawMessage }
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	// Every gold article is scored, and every gold item counts once (TP or
	// FN), whatever the extractor finds.
	golds, err := eval.LoadGoldDir(corpus.GoldDir(t))
	if err != nil {
		t.Fatal(err)
	}
	want := evalTotals{Boilerplate: &[2]int{0, len(golds)}}
	for _, g := range golds {
		want.Docs = append(want.Docs, g.Doc)
		want.Entities += len(g.Entities)
		want.Claims += len(g.Claims)
		want.Stances += len(g.Stances)
		want.Relations += len(g.Relations)
		want.Boilerplate[0] += len(g.Boilerplate)
	}
	if len(want.Docs) < 30 {
		t.Fatalf("got %d dev gold articles, want at least 30", len(want.Docs))
	}
	if diff := cmp.Diff(want, evalGoldTotals(t, got.Total)); diff != "" {
		t.Errorf("gold totals mismatch (-want +got):\n%s", diff)
	}
}

func TestEvalUsage(t *testing.T) {
	goldDir, _, _ := evalFixture(t)
	bad := evalWriteTree(t, t.TempDir(), map[string]string{
		"x.gold.json": `{"doc": "x", "corpus_file": "c.jsonl", "entities": [], "claims": [` + "\n" +
			`{"speaker": "Nobody", "kind": "direct", "cue": "", "snippet": "s"}]}`,
	})
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"no --gold", nil, 2, "newsgraph: Required flag \"gold\" not set\n"},
		{"bad format", []string{"--gold", goldDir, "--format", "xml"}, 2, "newsgraph: eval: --format \"xml\": want table or json\n"},
		{"bad --min-f1", []string{"--gold", goldDir, "--min-f1", "1.5"}, 2, "newsgraph: eval: --min-f1 1.5: want a number from 0 to 1\n"},
		{"missing gold dir", []string{"--gold", filepath.Join(goldDir, "nope")}, 1,
			"newsgraph: eval: gold directory: stat " + filepath.Join(goldDir, "nope") + ": no such file or directory\n" +
				"hint: fix the gold files named above, or pass --gold DIR, the folder of *.gold.json files\n"},
		{"invalid gold", []string{"--gold", bad}, 1,
			"newsgraph: eval: " + filepath.Join(bad, "x.gold.json") + ":2: claims[0]: speaker \"Nobody\" is not the name of a gold entity; add it to \"entities\" or fix the spelling\n" +
				"hint: fix the gold files named above, or pass --gold DIR, the folder of *.gold.json files\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := evalCLI(t, append([]string{"eval"}, tt.args...)...)
			if code != tt.wantCode {
				t.Errorf("got exit code %d, want %d", code, tt.wantCode)
			}
			if diff := cmp.Diff(tt.wantErr, errOut); diff != "" {
				t.Errorf("stderr mismatch (-want +got):\n%s", diff)
			}
			if strings.Contains(out, "category   type") {
				t.Errorf("got a score table on a failed run:\n%s", out)
			}
		})
	}
}
