package gazetteer_test

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
)

func ExampleGazetteer_Match() {
	g := gazetteer.Default()
	toks := gazetteer.Tokenize("Russian President Vladimir Putin met the U.S. envoy in New Mexico.")
	for i := 0; i < len(toks); {
		m, ok := g.Match(toks, i)
		if !ok {
			i++
			continue
		}
		text := strings.Join(toks[m.Start:m.End], " ")
		if len(m.Hits) == 0 {
			fmt.Printf("%s: not an entity\n", text)
		} else {
			h := m.Hits[0]
			fmt.Printf("%s: %s %s (%s), ambiguous=%v\n", text, h.Entity.Base().Label, h.Entity.Base().Name, h.Surface, m.Ambiguous())
		}
		i = m.End
	}
	// Output:
	// Russian: Country Russia (demonym), ambiguous=false
	// Vladimir Putin: Person Vladimir Putin (name), ambiguous=false
	// U.S.: Country United States (alias), ambiguous=false
	// New Mexico: not an entity
}

func ExampleGazetteer_Title() {
	g := gazetteer.Default()
	t, _ := g.Title("Sen.")
	fmt.Println(t.Normalised, t.Relation, t.Honorific)
	// Output: Senator MEMBER_OF false
}
