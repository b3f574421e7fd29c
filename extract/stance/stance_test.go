package stance

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract/claim"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
)

var rec = ner.New(nil)

func stances(text string) []string {
	res := rec.Recognize(segment.Split(text), ner.Meta{ArticleID: "article:test"})
	claims := claim.Extract(res, nil)
	var out []string
	for _, s := range Extract(res, claims) {
		out = append(out, fmt.Sprintf("%s -> %s %s [%s]", res.Entities[s.Holder].Name, res.Entities[s.Target].Name, s.Polarity, s.Evidence))
	}
	return out
}

// Sentences are real ones from the corpus and the dev gold articles, and
// variants of them that must not give a stance.
func TestExtract(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"attitude noun in a claim: a soft spot for",
			"Both sources close to the president’s office noted that Russian elites generally have a “soft spot” for Trump.",
			[]string{"sources close to the president’s office -> Donald Trump positive [soft spot” for Trump]"}},
		{"attitude adjective: sympathetic to",
			"A senior regional official who spoke to Meduza on condition of anonymity said that he’s also sympathetic to Trump.",
			[]string{"senior regional official -> Donald Trump positive [sympathetic to Trump]"}},
		{"evaluation of the subject: Trump is an impulsive person",
			"“The reason for optimism is not very clear. Trump is an impulsive person — he wants to get his way,” said the source close to the government.",
			[]string{"source close to the government -> Donald Trump negative [Trump is an impulsive]"}},
		{"the quote judges the subject written before it",
			"Both sources close to the president’s office noted it.\n\nIn comparison, Kamala Harris “was perceived as someone totally incomprehensible,” the source added.",
			[]string{"sources close to the president’s office -> Kamala Harris negative [Kamala Harris “was perceived as someone totally incomprehensible]"}},
		{"stance verb of the sentence's subject: paid tribute to",
			"Mr Blair also paid tribute to Democrat John Kerry's campaign, saying he had helped make the presidential election a celebration.",
			[]string{"Tony Blair -> John Kerry positive [paid tribute to Democrat John Kerry]"}},
		{"congratulations sent",
			"President George W. Bush won. Earlier Tory leader Michael Howard sent Mr Bush his \"warmest congratulations\".",
			[]string{"Michael Howard -> George W. Bush positive [sent Mr Bush his \"warmest congratulations]"}},
		{"negation cancels a stance",
			"A senior regional official said that he is not sympathetic to Trump.",
			nil},
		{"general sentiment is not a stance",
			"Officials said the storm that hit Florida was terrible and the damage dangerous.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, stances(tc.text)); diff != "" {
				t.Errorf("stances of %q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
