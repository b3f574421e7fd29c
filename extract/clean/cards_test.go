package clean

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Lines are real ones from The Hill in the corpus.
func TestStripCards(t *testing.T) {
	tests := []struct {
		name, line, want string
		cards            int
	}{
		{"a card glued to its headlines",
			"In a letter to Nadler and Senate Judiciary Committee Chairman Lindsey Graham Lindsey Olin GrahamGOP senators balk at lengthy impeachment trial Warren goes local in race to build 2020 movement MORE (R-S.C.), the group said it would act.",
			"In a letter to Nadler and Senate Judiciary Committee Chairman Lindsey Graham (R-S.C.), the group said it would act.", 1},
		{"a full name ending with a digit glue, and a second card",
			"Sen. John McCain John Sidney McCain2020 Democrats make play for veterans' votes MORE (R-Ariz.) and President Trump Donald John TrumpGOP senators balk at lengthy impeachment trial MORE disagreed.",
			"Sen. John McCain (R-Ariz.) and President Trump disagreed.", 2},
		{"a card with no glue",
			"The secretary also spoke with Speaker Paul Ryan Paul Davis Ryan Retirees should say 'no thanks' to Romney's Social Security plan MORE (R-Wis.) last week.",
			"The secretary also spoke with Speaker Paul Ryan (R-Wis.) last week.", 1},
		{"capitals that are no card",
			"“NATO countries must pay MORE, the United States must pay LESS,” he wrote.",
			"“NATO countries must pay MORE, the United States must pay LESS,” he wrote.", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, cards := stripCards(tc.line)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("line (-want +got):\n%s", diff)
			}
			if len(cards) != tc.cards {
				t.Errorf("%d cards removed, want %d: %q", len(cards), tc.cards, cards)
			}
		})
	}
}
