package show_test

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/clean"
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/chromium"
	"github.com/newsgraph/newsgraph/show"
)

// TestChromium extracts a real BBC article (testdata, with its gold
// annotation), renders its page and opens it in headless Chromium with a
// phone's screen, checking that a known mention is marked in its type's
// colour, that claims carry their speaker and cue, that the gold's misses
// are shown side by side, and that nothing is wider than the phone. It
// saves a screenshot of the text on the phone and one of the top of the
// page on a desktop (t.ArtifactDir:
// keep them with go test -artifacts -outputdir DIR).
func TestChromium(t *testing.T) {
	bin := chromium.Find(t)
	r := input.Open([]string{"testdata/bbc-politics-120.jsonl"}, input.Options{})
	a, err := r.Next()
	r.Close()
	if err != nil {
		t.Fatal(err)
	}
	gold, err := eval.LoadGold("testdata/bbc-politics-120.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	doc := extract.New(extract.Options{}).Extract(a)
	var page bytes.Buffer
	if err := show.Render(&page, show.Page{Doc: doc, Body: clean.CleanWithTitle(a.Text, a.Title).Body, Gold: gold}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "bbc-politics-120.html")
	if err := os.WriteFile(file, page.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	var howard *graph.Entity
	for i, e := range doc.Entities {
		if e.ID == "person:michael-howard" {
			howard = &doc.Entities[i]
		}
	}
	if howard == nil || len(doc.Claims) == 0 {
		t.Fatalf("extraction found no Michael Howard or no claim in the fixture; got %d entities, %d claims", len(doc.Entities), len(doc.Claims))
	}
	first := doc.Claims[0]
	speaker := doc.Entity(first.Speaker)
	if speaker == nil {
		t.Fatalf("claim 1's speaker %s is not among the entities", first.Speaker)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := chromium.Start(t, bin, 1280, 900)
	artifacts := t.ArtifactDir()
	step := func(what string, err error) {
		t.Helper()
		if err != nil {
			shot := filepath.Join(artifacts, "failure.png")
			if c.Screenshot(ctx, shot) == nil {
				t.Logf("screenshot of the failure: %s", shot)
			}
			t.Fatalf("%s: %v", what, err)
		}
	}
	// A phone: 390 CSS pixels wide, as an iPhone 12 to 15.
	step("emulate a phone", c.Call(ctx, "Emulation.setDeviceMetricsOverride",
		map[string]any{"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": true}, nil))
	u := (&url.URL{Scheme: "file", Path: file}).String()
	step("open "+u, c.Call(ctx, "Page.navigate", map[string]any{"url": u}, nil))
	step("wait for the page", c.WaitFor(ctx, `document.readyState == 'complete' && document.querySelector('#gold')`, 30*time.Second))

	// The first mention of Michael Howard, marked in Person's colour.
	var mark struct {
		Text, Background, Colour, Title string
		Found                           bool
	}
	step("read the mark", c.Eval(ctx, `(() => {
  const m = document.querySelector('mark[data-entity="person:michael-howard"]');
  if (!m) return {Found: false};
  const s = getComputedStyle(m);
  return {Found: true, Text: m.textContent, Background: s.backgroundColor, Colour: s.color, Title: m.title};
})()`, &mark))
	if !mark.Found {
		t.Fatalf("no mark for person:michael-howard")
	}
	want := howard.Mentions[0].Text
	if mark.Text != want || mark.Background != "rgb(76, 142, 218)" || mark.Colour != "rgb(255, 255, 255)" || mark.Title != "Person · Michael Howard" {
		t.Errorf("got mark %+v, want %q on rgb(76, 142, 218) (#4C8EDA, Person in newsgraph.grass) in rgb(255, 255, 255), titled Person · Michael Howard", mark, want)
	}

	// Claim 1, marked in the text with its speaker and cue.
	var claim struct {
		Found        bool
		Badge, Cue   string
		Speaker, ID  string
		HasText      bool
		ListedWithIt bool
	}
	step("read claim 1", c.Eval(ctx, `(() => {
  const c = document.getElementById('c-1');
  if (!c) return {Found: false};
  const b = c.querySelector('a.badge');
  const li = document.getElementById('claim-1');
  return {Found: true, Badge: b ? b.textContent : '', Cue: c.dataset.cue, Speaker: c.dataset.speaker, ID: c.dataset.claim,
    HasText: c.textContent.length > (b ? b.textContent.length : 0),
    ListedWithIt: !!li && li.querySelector('a[href="#c-1"]') !== null};
})()`, &claim))
	wantBadge := "1 " + speaker.Name + " · " + first.Cue
	if !claim.Found || claim.Badge != wantBadge || claim.Cue != first.Cue || claim.Speaker != first.Speaker || claim.ID != first.ID || !claim.HasText || !claim.ListedWithIt {
		t.Errorf("got claim marker %+v, want badge %q for %s and a link from the claims list", claim, wantBadge, first.ID)
	}
	var claims int
	step("count claims", c.Eval(ctx, `document.querySelectorAll('.text .claim[id]').length`, &claims))
	if claims != len(doc.Claims) {
		t.Errorf("got %d claims marked in the text, want %d", claims, len(doc.Claims))
	}

	// The gold's misses: missed and spurious items side by side (on a
	// phone, one above the other).
	var sides struct{ Missed, Spurious, Groups int }
	step("read the gold section", c.Eval(ctx, `({Missed: document.querySelectorAll('#gold .side.missed li').length,
  Spurious: document.querySelectorAll('#gold .side.spurious li').length,
  Groups: document.querySelectorAll('#gold .sides').length})`, &sides))
	res := eval.Score(doc, gold)
	wantMissed, wantSpurious := 0, 0
	for _, m := range res.Misses {
		switch m.Kind {
		case eval.KindFN:
			wantMissed++
		case eval.KindFP:
			wantSpurious++
		}
	}
	if sides.Groups != 4 || sides.Missed != wantMissed || sides.Spurious != wantSpurious {
		t.Errorf("got %+v, want 4 groups (entities, claims, stances, relations), %d missed and %d spurious items as eval.Score lists them",
			sides, wantMissed, wantSpurious)
	}

	// Nothing sticks out of the phone's screen.
	var width struct{ Scroll, Inner, Widest int }
	step("measure the page", c.Eval(ctx, `({Scroll: document.documentElement.scrollWidth, Inner: window.innerWidth,
  Widest: Math.max(...Array.from(document.querySelectorAll('body *')).filter(e => !e.closest('.scroll')).map(e => Math.ceil(e.getBoundingClientRect().right)))})`, &width))
	if width.Inner != 390 || width.Scroll > width.Inner || width.Widest > width.Inner {
		t.Errorf("on a 390 px phone the page is %d px wide and its widest element ends at %d px (window %d px): it scrolls sideways",
			width.Scroll, width.Widest, width.Inner)
	}
	step("scroll to the text", c.Eval(ctx, `document.querySelector('main').scrollIntoView()`, nil))
	shot := filepath.Join(artifacts, "show-phone.png")
	step("screenshot", c.Screenshot(ctx, shot))
	t.Logf("screenshot of the article text on a phone: %s", shot)

	// And on a desktop, the text and the lists side by side.
	step("emulate a desktop", c.Call(ctx, "Emulation.setDeviceMetricsOverride",
		map[string]any{"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": false}, nil))
	step("scroll to the top", c.Eval(ctx, `window.scrollTo(0, 0)`, nil))
	var columns int
	step("count the columns", c.Eval(ctx, `getComputedStyle(document.querySelector('.layout')).gridTemplateColumns.split(' ').length`, &columns))
	if columns != 2 {
		t.Errorf("got %d columns on a desktop, want the text and the lists side by side", columns)
	}
	shot = filepath.Join(artifacts, "show-desktop.png")
	step("screenshot", c.Screenshot(ctx, shot))
	t.Logf("screenshot of the page's top, with the gold's misses, on a desktop: %s", shot)
	for _, f := range []string{"show-phone.png", "show-desktop.png"} {
		if st, err := os.Stat(filepath.Join(artifacts, f)); err != nil || st.Size() < 20_000 {
			t.Errorf("screenshot %s is missing or nearly empty (%v)", f, err)
		}
	}
	if !strings.Contains(page.String(), `id="gold"`) {
		t.Errorf("the page has no gold section")
	}
}
