package segment

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func sentences(t *Text) []string {
	var out []string
	for _, s := range t.Sentences {
		out = append(out, t.Body[s.Start:s.End])
	}
	return out
}

func tokens(t *Text) []string {
	var out []string
	for i := range t.Tokens {
		out = append(out, t.Tok(i))
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"possessive", "Putin’s administration", []string{"Putin", "’s", "administration"}},
		{"straight possessive", "Harris's victory", []string{"Harris", "'s", "victory"}},
		{"contraction kept", "doesn’t insult", []string{"doesn’t", "insult"}},
		{"irish name", "O’Brien said", []string{"O’Brien", "said"}},
		{"dotted abbreviation", "the U.S. election", []string{"the", "U.S.", "election"}},
		{"U.S.A.", "U.S.A. today", []string{"U.S.A.", "today"}},
		{"possessive after a number", "told BBC Radio 4's Today programme", []string{"told", "BBC", "Radio", "4", "'s", "Today", "programme"}},
		{"title", "Mr. Adams said", []string{"Mr.", "Adams", "said"}},
		{"initial", "George W. Bush", []string{"George", "W.", "Bush"}},
		{"hyphen splits", "Trump-Russia inquiry", []string{"Trump", "-", "Russia", "inquiry"}},
		{"numbers", "1,400 people in 2016 and 3.5% on 9/11", []string{"1,400", "people", "in", "2016", "and", "3.5", "%", "on", "9/11"}},
		{"ordinals", "the 2nd term", []string{"the", "2nd", "term"}},
		{"quotes", "“soft spot” for", []string{"“", "soft", "spot", "”", "for"}},
		{"sentence period", "He left.", []string{"He", "left", "."}},
		{"guillemets", "«Да» he", []string{"«", "Да", "»", "he"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tokens(Split(tc.in))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("tokens of %q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"simple", "One. Two! Three?", []string{"One.", "Two!", "Three?"}},
		{"title abbreviation", "Mr. Blair said so. He left.", []string{"Mr. Blair said so.", "He left."}},
		{"U.S. inside", "The U.S. Senate voted. It passed.", []string{"The U.S. Senate voted.", "It passed."}},
		{"U.S. at end", "relations between Russia and the U.S. However, nothing changed.",
			[]string{"relations between Russia and the U.S.", "However, nothing changed."}},
		{"month", "On Jan. 6 the riot began.", []string{"On Jan. 6 the riot began."}},
		{"initials", "George W. Bush won. Kerry lost.", []string{"George W. Bush won.", "Kerry lost."}},
		{"quote closes", "“It is over.” He left.", []string{"“It is over.”", "He left."}},
		{"quote question lower", "“Is it?” he asked.", []string{"“Is it?” he asked."}},
		{"comma inside quote", "“We won,” she said.", []string{"“We won,” she said."}},
		{"line break", "Source: Meduza\nDmitry Lovetsky / AP", []string{"Source: Meduza", "Dmitry Lovetsky / AP"}},
		{"decimal", "It grew 3.5 percent. Then fell.", []string{"It grew 3.5 percent.", "Then fell."}},
		{"ellipsis", "Wait… Now go.", []string{"Wait…", "Now go."}},
		{"straight quotes", `"Iraq will remain an issue." Even before`, []string{`"Iraq will remain an issue."`, "Even before"}},
		{"abbreviation then a quote going on", `In a Twitter post on Thursday night, Trump said the U.S. "would only join TPP if the deal were substantially better." Markets rose.`,
			[]string{`In a Twitter post on Thursday night, Trump said the U.S. "would only join TPP if the deal were substantially better."`, "Markets rose."}},
		{"abbreviation then a quote opening a sentence", `relations with the U.S. "It is over," he said.`,
			[]string{"relations with the U.S.", `"It is over," he said.`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentences(Split(tc.in))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("sentences of %q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	txt := Split("First one. Second.\n\nThird para.\nSame para.\n\n\nLast.")
	var got []string
	for _, p := range txt.Paragraphs {
		got = append(got, txt.Body[p.Start:p.End])
	}
	want := []string{"First one. Second.", "Third para.\nSame para.", "Last."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
	if got, want := txt.Paragraphs[1].Last-txt.Paragraphs[1].First, 2; got != want {
		t.Errorf("sentences in paragraph 2: got %d, want %d", got, want)
	}
}

func TestOffsetsLookups(t *testing.T) {
	txt := Split("Alpha beta. Gamma delta.")
	if got := txt.SentenceOf(13); got != 1 {
		t.Errorf("SentenceOf(13) = %d, want 1", got)
	}
	if got := txt.Tok(txt.TokenAt(13)); got != "Gamma" {
		t.Errorf("TokenAt(13) = %q, want Gamma", got)
	}
}
