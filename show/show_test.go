package show

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/graph"
)

func TestMarkup(t *testing.T) {
	m := func(start, end int, name string) span {
		return span{start: start, end: end, kind: kindMention, tag: "mark", attrs: ` class="` + name + `"`}
	}
	tests := []struct {
		name    string
		body    string
		spans   []span
		want    string
		wantBad int
	}{
		{
			name: "text is escaped",
			body: `Tom & Jerry <script>alert("x")</script> isn't it`,
			want: `<p>Tom &amp; Jerry &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; isn&#39;t it</p>` + "\n",
		},
		{
			name:  "a mark around an escaped mention",
			body:  `say <b>hi</b> now`,
			spans: []span{m(4, 13, "m")},
			want:  `<p>say <mark class="m">&lt;b&gt;hi&lt;/b&gt;</mark> now</p>` + "\n",
		},
		{
			name: "paragraphs at blank lines, single line breaks kept",
			body: "one\nline\n\n\ntwo\n \nthree\n",
			want: "<p>one\nline</p>\n<p>two</p>\n<p>three</p>\n",
		},
		{
			name: "mention inside a claim, id and badge on the first piece",
			body: "Putin said it was nonsense.",
			spans: []span{
				m(0, 5, "m"),
				{start: 11, end: 26, kind: kindClaim, tag: "span", attrs: ` class="claim"`, id: "c-1", badge: `<a>1</a>`},
				m(18, 26, "n"),
			},
			want: `<p><mark class="m">Putin</mark> said <span class="claim" id="c-1"><a>1</a>it was <mark class="n">nonsense</mark></span>.</p>` + "\n",
		},
		{
			name: "same extent: the claim outside the mention",
			body: "Nonsense",
			spans: []span{
				m(0, 8, "m"),
				{start: 0, end: 8, kind: kindClaim, tag: "span", attrs: ` class="claim"`},
			},
			want: `<p><span class="claim"><mark class="m">Nonsense</mark></span></p>` + "\n",
		},
		{
			name: "crossing spans are cut, the id only on the first piece",
			body: "abcdef",
			spans: []span{
				{start: 0, end: 4, kind: kindClaim, tag: "span", id: "c-1"},
				{start: 2, end: 6, kind: kindEvidence, tag: "em", id: "s-1"},
			},
			want: `<p><span id="c-1">ab<em id="s-1">cd</em></span><em>ef</em></p>` + "\n",
		},
		{
			name:  "a span over a paragraph break is cut at it",
			body:  "ab\n\ncd",
			spans: []span{{start: 1, end: 5, kind: kindClaim, tag: "q", id: "c-1", badge: "*"}},
			want:  "<p>a<q id=\"c-1\">*b</q></p>\n<p><q>c</q>d</p>\n",
		},
		{
			name: "nested claims: the inner one inside the outer",
			body: `"Hi," he said, per TASS.`,
			spans: []span{
				{start: 0, end: 13, kind: kindClaim, tag: "span", id: "c-2"},
				{start: 1, end: 3, kind: kindClaim, tag: "span", id: "c-1"},
			},
			want: `<p><span id="c-2">&#34;<span id="c-1">Hi</span>,&#34; he said</span>, per TASS.</p>` + "\n",
		},
		{
			name: "spans that do not fit are left out",
			body: "Zürich",
			spans: []span{
				m(0, 2, "cut"),     // inside ü
				m(3, 99, "beyond"), // past the end
				m(4, 4, "empty"),
				m(-1, 1, "before"),
				m(3, 7, "ok"),
			},
			want:    `<p>Zü<mark class="ok">rich</mark></p>` + "\n",
			wantBad: 4,
		},
		{
			name: "empty body",
			body: "",
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, bad := markup(tt.body, tt.spans)
			if diff := cmp.Diff(tt.want, string(got)); diff != "" {
				t.Errorf("markup mismatch (-want +got):\n%s", diff)
			}
			if bad != tt.wantBad {
				t.Errorf("got %d spans left out, want %d", bad, tt.wantBad)
			}
		})
	}
}

// doc returns a document of body with its checksum, as extraction makes it.
func doc(body string) *graph.Document {
	sum := sha256.Sum256([]byte(body))
	return &graph.Document{
		Article: graph.Article{ID: "article:x", Title: "A <b>title</b>", Outlet: "Meduza", Published: "2024-11-08",
			Authors: []string{"Andrey Pertsev"}, SHA256: hex.EncodeToString(sum[:])},
	}
}

func render(t *testing.T, p Page) string {
	t.Helper()
	var b bytes.Buffer
	if err := Render(&b, p); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestRenderEscapesArticleText(t *testing.T) {
	body := "Putin said: <script>alert('owned')</script> & more.\n\n<img src=x onerror=alert(1)>"
	d := doc(body)
	d.Entities = []graph.Entity{{ID: "person:vladimir-putin", Type: graph.LabelPerson, Name: `Putin "<i>"`,
		Mentions: []graph.Mention{{Start: 0, End: 5, Text: "Putin"}}}}
	d.Claims = []graph.Claim{{ID: "claim:x:1", Speaker: "person:vladimir-putin", Kind: "direct", Cue: "said",
		Text: "<script>alert('owned')</script>", Start: 12, End: 43}}
	page := render(t, Page{Doc: d, Body: body})

	wantText := `<article class="text">` + "\n" +
		`<p><mark class="m t-Person" data-entity="person:vladimir-putin" title="Person · Putin &#34;&lt;i&gt;&#34;" id="e-1">Putin</mark> said: ` +
		`<span class="claim direct" data-claim="claim:x:1" data-speaker="person:vladimir-putin" data-cue="said" id="c-1">` +
		`<a class="badge t-Person" href="#claim-1"><b>1</b> Putin &#34;&lt;i&gt;&#34; · <i>said</i></a>` +
		`&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;</span> &amp; more.</p>` + "\n" +
		`<p>&lt;img src=x onerror=alert(1)&gt;</p>` + "\n" +
		`</article>`
	if !strings.Contains(page, wantText) {
		t.Errorf("the article text is not marked up and escaped as\n%s\ngot the page\n%s", wantText, page)
	}
	if strings.Contains(page, "<script") || strings.Contains(page, "<img") {
		t.Errorf("the page holds an element from the article text:\n%s", page)
	}
	for _, want := range []string{
		`<title>A &lt;b&gt;title&lt;/b&gt; · newsgraph</title>`,
		`<q>&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;</q>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not hold %s", want)
		}
	}
}

func TestRenderSelfContained(t *testing.T) {
	body := "Vladimir Putin spoke."
	d := doc(body)
	d.Article.URL = "https://meduza.io/en/feature/x"
	page := render(t, Page{Doc: d, Body: body})
	for _, want := range []string{
		`<meta name="viewport" content="width=device-width, initial-scale=1">`,
		`<meta charset="utf-8">`,
		`.t-Person{--t-fill:#4C8EDA;--t-border:#2870C2;--t-ink:#FFFFFF}`,
		`<a href="https://meduza.io/en/feature/x" rel="noreferrer">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not hold %s", want)
		}
	}
	// Nothing is fetched: no scripts, style sheets, images, frames, fonts
	// or imports; the only URL is the article's, as a link.
	for _, re := range []string{`<script`, `<link`, `<img`, `<iframe`, `\bsrc=`, `@import`, `@font-face`, `url\(`} {
		if regexp.MustCompile(re).MatchString(page) {
			t.Errorf("the page holds %s", re)
		}
	}
	if n := strings.Count(page, "://"); n != 2 { // the link's href and text
		t.Errorf("got %d URLs in the page, want only the article's link", n)
	}
}

func TestRenderEvidenceAndLists(t *testing.T) {
	body := "Russian President Vladimir Putin said Trump is a brave man."
	d := doc(body)
	d.Entities = []graph.Entity{
		{ID: "country:ru", Type: graph.LabelCountry, Name: "Russia", Mentions: []graph.Mention{{Start: 0, End: 7, Text: "Russian"}}},
		{ID: "person:vladimir-putin", Type: graph.LabelPerson, Name: "Vladimir Putin", Mentions: []graph.Mention{{Start: 18, End: 32, Text: "Vladimir Putin"}}},
		{ID: "person:donald-trump", Type: graph.LabelPerson, Name: "Donald Trump", Mentions: []graph.Mention{{Start: 38, End: 43, Text: "Trump"}}},
	}
	d.Claims = []graph.Claim{{ID: "claim:x:1", Speaker: "person:vladimir-putin", Kind: "indirect", Cue: "said", Text: "Trump is a brave man", Start: 38, End: 58}}
	d.Stances = []graph.Stance{{Holder: "person:vladimir-putin", Target: "person:donald-trump", Polarity: "positive", Score: 0.7,
		Evidence: "brave man", Claim: "claim:x:1"}}
	d.Relations = []graph.Relation{
		{Subject: "person:vladimir-putin", Predicate: graph.RelLeaderOf, Object: "country:ru", Evidence: "Russian President Vladimir Putin"},
		{Subject: "person:vladimir-putin", Predicate: graph.RelMemberOf, Object: "org:nowhere", Evidence: "not in the text"},
	}
	page := render(t, Page{Doc: d, Body: body})
	for _, want := range []string{
		// evidence marked in the text, the relation's around the mentions
		`<p><span class="ev rel" title="relation 1" id="r-1"><mark class="m t-Country"`,
		`<span class="ev positive" title="stance 1" id="s-1">brave man</span></span>.</p>`,
		// and linked from the lists
		`<a href="#s-1">“brave man”</a>`,
		`<a href="#r-1">“Russian President Vladimir Putin”</a>`,
		`“not in the text” <small>(not found in the text)</small>`,
		`<span class="chip t-Person">Vladimir Putin</span> <b class="pred">LEADER_OF</b> <span class="chip t-Country">Russia</span>`,
		`<span class="chip t-Person">Vladimir Putin</span> <b class="pred">MEMBER_OF</b> <span class="chip">org:nowhere</span>`,
		`<b class="pol">positive 0.70</b> (claim 1)`,
		`<li id="claim-1" value="1"><span class="who"><span class="chip t-Person">Vladimir Putin</span> <i>said</i> · indirect</span>`,
		`<li data-entity="person:vladimir-putin"><a href="#e-2">Vladimir Putin</a>`,
		`<dd>Meduza</dd>`, `<dd>2024-11-08</dd>`, `<dd>Andrey Pertsev</dd>`,
		`<li class="chip t-Person">Person <b>2</b></li>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page does not hold\n%s", want)
		}
	}
}

func TestRenderDocumentWithoutText(t *testing.T) {
	d := doc("some text")
	d.Entities = []graph.Entity{{ID: "person:x", Type: graph.LabelPerson, Name: "X", Mentions: []graph.Mention{{Start: 0, End: 4, Text: "some"}}}}
	page := render(t, Page{Doc: d})
	if strings.Contains(page, `<article`) || !strings.Contains(page, "A document does not carry its article&#39;s text") {
		t.Errorf("a page without the text does not say why:\n%s", page)
	}
	if !strings.Contains(page, `<li data-entity="person:x">X <span class="n">×1</span>`) {
		t.Errorf("the entity is not listed, unlinked")
	}
}

func TestRenderOtherText(t *testing.T) {
	err := Render(&bytes.Buffer{}, Page{Doc: doc("the text"), Body: "another text"})
	if !errors.Is(err, ErrOtherText) {
		t.Errorf("got %v, want ErrOtherText", err)
	}
}

func TestColours(t *testing.T) {
	got := Colours()
	want := map[graph.Label]Colour{
		graph.LabelPerson:  {"#4C8EDA", "#2870C2", "#FFFFFF"},
		graph.LabelCountry: {"#57C7E3", "#23B3D7", "#2A2C34"},
		graph.LabelSource:  {"#FFC454", "#D7A013", "#2A2C34"},
	}
	for l, w := range want {
		if diff := cmp.Diff(w, got[l]); diff != "" {
			t.Errorf("%s colour mismatch (-want +got):\n%s", l, diff)
		}
	}
	for _, l := range graph.Labels {
		if got[l].Fill == "" {
			t.Errorf("no colour for %s", l)
		}
	}
}

func TestRenderGold(t *testing.T) {
	body := "Vladimir Putin said the talks failed, TASS reported."
	d := doc(body)
	d.Entities = []graph.Entity{
		{ID: "person:vladimir-putin", Type: graph.LabelPerson, Name: "Vladimir Putin", Mentions: []graph.Mention{{Start: 0, End: 14, Text: "Vladimir Putin"}}},
		{ID: "org:talks", Type: graph.LabelOrganization, Name: "Talks", Mentions: []graph.Mention{{Start: 24, End: 29, Text: "talks"}}},
	}
	d.Claims = []graph.Claim{{ID: "claim:x:1", Speaker: "person:vladimir-putin", Kind: "indirect", Cue: "said", Text: "the talks failed", Start: 20, End: 36}}
	g, err := eval.ParseGold([]byte(`{"doc": "x", "text_file": "x.txt", "meta": {"title": "Talks fail", "outlet": "Meduza", "authors": []},
		"entities": [{"type": "Person", "name": "Vladimir Putin", "aliases": []}, {"type": "Outlet", "name": "TASS", "aliases": []}],
		"claims": [{"speaker": "Vladimir Putin", "kind": "indirect", "cue": "said", "snippet": "the talks failed"},
		           {"speaker": "TASS", "kind": "indirect", "cue": "reported", "snippet": "Vladimir Putin said"}],
		"stances": [], "relations": []}`), "x.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	page := render(t, Page{Doc: d, Body: body, Gold: g})
	gold := page[strings.Index(page, `<section id="gold"`):strings.Index(page, `</section>`)]
	for _, want := range []string{
		`<tr class="total"><th>Entities</th><td>1</td><td>1</td><td>1</td><td>0.50</td><td>0.50</td><td>0.50</td></tr>`,
		`<tr class="total"><th>Claims</th><td>1</td><td>0</td><td>1</td><td>1.00</td><td>0.50</td><td>0.67</td></tr>`,
		`<div class="side missed"><h4>Missed <b>1</b></h4><ul><li><span class="chip t-Outlet">Outlet</span> &#34;TASS&#34;</li></ul>`,
		`<div class="side spurious"><h4>Spurious <b>1</b></h4><ul><li><span class="chip t-Organization">Organization</span> &#34;Talks&#34; [org:talks]</li></ul>`,
		`<li>TASS (indirect, cue &#34;reported&#34;): &#34;Vladimir Putin said&#34;</li>`,
	} {
		if !strings.Contains(gold, want) {
			t.Errorf("the gold section does not hold\n%s\ngot:\n%s", want, gold)
		}
	}
	if !strings.Contains(page, `<p class="note">The gold reads title: Talks fail.</p>`) {
		t.Errorf("the page does not say the gold's title differs")
	}
}
