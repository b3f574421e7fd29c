package gazetteer

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/extract/segment"
)

// TestTokenizeAgreesWithSegment checks the tokenisation contract: the
// recogniser's tokens (extract/segment) and Tokenize cut text the same way.
func TestTokenizeAgreesWithSegment(t *testing.T) {
	article, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"article":       string(article),
		"abbreviations": "Sen. Ted Cruz, R-Texas, and Lt. Gen. H.R. McMaster met U.S. and U.K. envoys in Washington, D.C., on Jan. 5.",
		"possessives":   "People’s Daily and Putin's aides quoted O’Brien, who doesn't agree.",
		"hyphens":       "al-Qaeda, the U.S.-led coalition and AT&T's 5G plans in the 1990s cost $2,000 on 9/11.",
		"quotes":        "“Yes,” she said. ‘No’ — he replied (twice).",
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			seg := segment.Split(text)
			var want []string
			for i := range seg.Tokens {
				want = append(want, seg.Tok(i))
			}
			if diff := cmp.Diff(want, Tokenize(text)); diff != "" {
				t.Errorf("Tokenize and segment.Split disagree (-segment +Tokenize):\n%s", diff)
			}
		})
	}
}
