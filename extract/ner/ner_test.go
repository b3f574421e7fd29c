package ner

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract/segment"
)

var rec = New(nil)

func entities(text string) []string {
	res := rec.Recognize(segment.Split(text), Meta{ArticleID: "article:test"})
	var out []string
	for _, e := range res.Entities {
		if len(e.Mentions) > 0 {
			out = append(out, string(e.Label)+" "+e.Name)
		}
	}
	sort.Strings(out)
	return out
}

// Sentences are real ones from the corpus and the dev gold articles.
func TestRecognize(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"title, demonym and listed person",
			"Back in September, Russian President Vladimir Putin claimed that the Kremlin was hoping for a Harris victory.",
			[]string{"Country Russia", "Organization Kremlin", "Person Kamala Harris", "Person Vladimir Putin"}},
		{"unlisted person after a role word, outlet before it",
			"Meduza special correspondent Andrey Pertsev spoke with sources inside the Kremlin.",
			[]string{"Organization Kremlin", "Outlet Meduza", "Person Andrey Pertsev", "Source sources inside the Kremlin"}},
		{"photo credit names a photographer and agencies",
			"Dmitry Lovetsky / AP / Scanpix / LETA",
			[]string{"Outlet Associated Press", "Outlet LETA", "Outlet Scanpix", "Person Dmitry Lovetsky"}},
		{"party member noun, title and surname resolution",
			"Mr Blair also paid tribute to Democrat John Kerry's campaign. Tony Blair has said he looks forward to it.",
			[]string{"Organization Democratic Party", "Person John Kerry", "Person Tony Blair"}},
		{"us the pronoun is never the United States",
			"All of us in positions of leadership have a responsibility. The US will act.",
			[]string{"Country United States"}},
		{"an editor's brackets inside a name",
			"The current president [Joe] Biden or [Vice President Kamala] Harris certainly wouldn't make any gestures towards Russia.",
			[]string{"Country Russia", "Person Joe Biden", "Person Kamala Harris"}},
		{"organisation by its head word",
			"Dmitri Trenin, the director of the Carnegie Moscow Center, said the situation would get worse.",
			[]string{"Organization Carnegie Moscow Center", "Person Dmitri Trenin"}},
		{"events: election, invasion and listed riot",
			"Support Meduza’s work during its full-scale invasion of Ukraine. Protests escalated to the point of storming the Capitol after the U.S. presidential election.",
			[]string{"Country Ukraine", "Country United States", "Event January 6 Capitol riot", "Event Russian invasion of Ukraine", "Event U.S. presidential election", "Outlet Meduza"}},
		{"anonymous sources with what they are close to",
			"A source close to the Kremlin summed up the situation. People familiar with the matter declined to comment.",
			[]string{"Organization Kremlin", "Source People familiar with the matter", "Source source close to the Kremlin"}},
		{"a month after a sentence-initial preposition is not a person",
			"In January, a Taliban attack on a popular Kabul restaurant killed more than a dozen people.",
			[]string{"Country Afghanistan", "Event Taliban attack", "Organization Taliban"}},
		{"an ambiguous club name is the person the article names",
			"National security adviser John Bolton met the Russians. Bolton said talks went well.",
			[]string{"Country Russia", "Person John Bolton"}},
		{"Korean names keep their hyphenated syllable",
			"North Korean leader Kim Jong-un met South Korean President Moon Jae-in.",
			[]string{"Country North Korea", "Country South Korea", "Person Kim Jong Un", "Person Moon Jae-in"}},
		{"a head of state's administration is the seat of government",
			"For more insight into how Putin’s administration views Trump’s victory, Vladimir Putin was asked.",
			[]string{"Organization Kremlin", "Person Donald Trump", "Person Vladimir Putin"}},
		{"figurative wars are not events",
			"The trade war with China has hurt farmers, said Agriculture Secretary Sonny Perdue.",
			[]string{"Country China", "Person Sonny Perdue"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, entities(tc.text)); diff != "" {
				t.Errorf("entities of %q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestResolveWithinArticle(t *testing.T) {
	text := "Russian President Vladimir Putin spoke. Putin said little. Vladimir Putin left."
	res := rec.Recognize(segment.Split(text), Meta{ArticleID: "article:test"})
	var putin *Entity
	for _, e := range res.Entities {
		if e.Name == "Vladimir Putin" {
			putin = e
		}
	}
	if putin == nil {
		t.Fatal("no Vladimir Putin")
	}
	if got, want := len(putin.Mentions), 3; got != want {
		t.Errorf("Putin has %d mentions, want %d", got, want)
	}
	if got, want := putin.ID, "person:vladimir-putin"; got != want {
		t.Errorf("id = %q, want %q", got, want)
	}
	if got := strings.Join(putin.Titles, ","); got != "President" {
		t.Errorf("titles = %q, want President (not part of the name)", got)
	}
	for _, mk := range putin.Mentions {
		m := res.Mentions[mk]
		if text[m.Start:m.End] != "Vladimir Putin" && text[m.Start:m.End] != "Putin" {
			t.Errorf("mention text %q includes more than the name", text[m.Start:m.End])
		}
	}
}
