package relation

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
)

var rec = ner.New(nil)

func relations(text string) []string {
	res := rec.Recognize(segment.Split(text), ner.Meta{ArticleID: "article:test"})
	var out []string
	for _, r := range Extract(res, gazetteer.Default()) {
		out = append(out, fmt.Sprintf("%s %s %s [%s]", res.Entities[r.Subject].Name, r.Predicate, res.Entities[r.Object].Name, r.Evidence))
	}
	return out
}

// Sentences are real ones from the corpus and the dev gold articles.
func TestExtract(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"head of state title with demonym",
			"Back in September, Russian President Vladimir Putin claimed it.",
			[]string{"Vladimir Putin LEADER_OF Russia [Russian President Vladimir Putin]"}},
		{"outlet and role word before the name",
			"Meduza special correspondent Andrey Pertsev spoke with sources inside the Kremlin.",
			[]string{"Andrey Pertsev WORKS_FOR Meduza [Meduza special correspondent Andrey Pertsev]"}},
		{"party leader and party member noun",
			"Earlier Tory leader Michael Howard spoke. Mr Blair also paid tribute to Democrat John Kerry's campaign.",
			[]string{
				"Michael Howard LEADER_OF Conservative Party [Tory leader Michael Howard]",
				"John Kerry MEMBER_OF Democratic Party [Democrat John Kerry]",
			}},
		{"a party spokesman is a member",
			"Lib Dem foreign affairs spokesman Menzies Campbell said a win would help.",
			[]string{"Menzies Campbell MEMBER_OF Liberal Democrats [Lib Dem foreign affairs spokesman Menzies Campbell]"}},
		{"apposition after the name",
			"“We haven’t seen the report itself,” said Dmitry Peskov, the Kremlin spokesman.",
			[]string{"Dmitry Peskov WORKS_FOR Kremlin [Dmitry Peskov, the Kremlin spokesman]"}},
		{"apposition before the name, with the role's own phrase",
			"The situation, said the director of the Carnegie Moscow Center, Dmitri Trenin, would get worse.",
			[]string{"Dmitri Trenin LEADER_OF Carnegie Moscow Center [the director of the Carnegie Moscow Center, Dmitri Trenin]"}},
		{"a member of a body's committee is a member of the body",
			"“The long-awaited Mueller report has proved what we knew,” wrote Konstantin Kosachev, the chair of the Federation Council’s committee on foreign affairs.",
			[]string{"Konstantin Kosachev MEMBER_OF Federation Council [Konstantin Kosachev, the chair of the Federation Council’s committee on foreign affairs]"}},
		{"an adviser to a person",
			"George W. Bush won a second term. But Myron Ebell, an adviser on climate change to President Bush, has said there would be no change.",
			[]string{
				"Myron Ebell AFFILIATED_WITH George W. Bush [Myron Ebell, an adviser on climate change to President Bush]",
			}},
		{"an unnamed deputy from a party",
			"A State Duma deputy from the United Russia party echoed this sentiment.",
			[]string{"State Duma deputy from the United Russia party MEMBER_OF United Russia [A State Duma deputy from the United Russia party]"}},
		{"a country's leader named by role alone",
			"Tony Blair spoke. There was an umbilical cord between Mr Bush and the UK premier.",
			[]string{"Tony Blair LEADER_OF United Kingdom [the UK premier]"}},
		{"no role, no relation",
			"Putin met Trump in Helsinki, Finland, in 2018.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, relations(tc.text)); diff != "" {
				t.Errorf("relations of %q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
