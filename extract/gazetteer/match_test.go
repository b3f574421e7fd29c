package gazetteer

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// scan matches s left to right the way a recogniser would, skipping the
// tokens of every match, and describes each match as
// "surface => Label:Name(surface kind)", with "?" for an ambiguous match
// and "-" for a non-entity phrase.
func scan(g *Gazetteer, s string) []string {
	toks := Tokenize(s)
	var out []string
	for i := 0; i < len(toks); {
		m, ok := g.Match(toks, i)
		if !ok {
			i++
			continue
		}
		text := strings.Join(toks[m.Start:m.End], " ")
		if len(m.Hits) == 0 {
			out = append(out, text+" => -")
		} else {
			var hs []string
			for _, h := range m.Hits {
				hs = append(hs, fmt.Sprintf("%s:%s(%s)", h.Entity.Base().Label, h.Entity.Base().Name, h.Surface))
			}
			q := ""
			if m.Ambiguous() {
				q = "?"
			}
			out = append(out, text+" => "+q+strings.Join(hs, "; "))
		}
		i = m.End
	}
	return out
}

func TestMatchSentences(t *testing.T) {
	// Sentences from the corpus (shared/corpus) and the dev gold texts.
	tests := []struct {
		name, text string
		want       []string
	}{
		{
			name: "a middle initial without its period",
			text: "His comments came as President George W Bush said the US backed Russian entry.",
			want: []string{
				"George W Bush => Person:George W. Bush(name)",
				"US => ?Country:United States(alias)",
				"Russian => Country:Russia(demonym)",
			},
		},
		{
			name: "meduza lead",
			text: "Russian President Vladimir Putin believes that Kamala Harris would be a more predictable U.S. president, Kremlin insiders told Meduza.",
			want: []string{
				"Russian => Country:Russia(demonym)",
				"Vladimir Putin => Person:Vladimir Putin(name)",
				"Kamala Harris => Person:Kamala Harris(name)",
				"U.S. => Country:United States(alias)",
				"Kremlin => Organization:Kremlin(name)",
				"Meduza => Outlet:Meduza(name)",
			},
		},
		{
			name: "the Kremlin and Moscow",
			text: "The Kremlin said Moscow would respond, and the State Duma agreed.",
			want: []string{
				"Kremlin => Organization:Kremlin(name)",
				"Moscow => Country:Russia(capital)",
				"State Duma => Organization:State Duma(name)",
			},
		},
		{
			name: "bbc politics",
			text: "Mr Blair told the Commons that the UK and the US would work with Tory leader Michael Howard and the Lib Dems.",
			want: []string{
				"Blair => Person:Tony Blair(short)",
				"Commons => Organization:House of Commons(alias)",
				"UK => Country:United Kingdom(alias)",
				"US => ?Country:United States(alias)",
				"Tory => Organization:Conservative Party(member)",
				"Michael Howard => Person:Michael Howard(name)",
				"Lib Dems => Organization:Liberal Democrats(alias)",
			},
		},
		{
			name: "lower-case us is a pronoun",
			text: "He told us that the US would act.",
			want: []string{"US => ?Country:United States(alias)"},
		},
		{
			name: "New Mexico is not Mexico",
			text: "citizen by virtue of his birth in New Mexico in 1971, was killed by an American drone in Yemen along with another U.S.",
			want: []string{
				"New Mexico => -",
				"American => Country:United States(demonym)",
				"Yemen => Country:Yemen(name)",
				"U.S. => Country:United States(alias)",
			},
		},
		{
			name: "possessive and typographic apostrophe",
			text: "Washington and Beijing should not try to force each other into submission, argued an editorial Saturday in the People’s Daily, the ruling Communist party’s mouthpiece.",
			want: []string{
				"Washington => ?Country:United States(capital)",
				"Beijing => Country:China(capital)",
				"People ’s Daily => Outlet:People's Daily(name)",
			},
		},
		{
			name: "hyphenated names",
			text: "These groups, like Boko Haram, like al-Shabaab, like al-Qaeda, are not able to prey on young people.",
			want: []string{
				"Boko Haram => Organization:Boko Haram(name)",
				"al - Shabaab => Organization:al-Shabab(alias)",
				"al - Qaeda => Organization:al-Qaeda(name)",
			},
		},
		{
			name: "U.S.-led",
			text: "The Afghan capital has seen a spate of attacks as the U.S.-led military coalition prepares to withdraw.",
			want: []string{
				"Afghan => Country:Afghanistan(demonym)",
				"U.S. => Country:United States(alias)",
			},
		},
		{
			name: "the Hill is Capitol Hill here",
			text: "“If he punts the ball 16 blocks, all hell’s liable to break loose on the Hill,” said former NSA Director Michael Hayden.",
			want: []string{
				"the Hill => ?Outlet:The Hill(name)",
				"NSA => Organization:National Security Agency(alias)",
				"Michael Hayden => Person:Michael Hayden(name)",
			},
		},
		{
			name: "article with Associated Press and 9/11",
			text: "Militants attacked Iraqi army barracks north of Baghdad, according to a report by The Associated Press, around the anniversary of 9/11.",
			want: []string{
				"Iraqi => Country:Iraq(demonym)",
				"Baghdad => Country:Iraq(capital)",
				"Associated Press => Outlet:Associated Press(name)",
				"9/11 => Event:September 11 attacks(alias)",
			},
		},
		{
			name: "vice president is a title, not Vice",
			text: "Acting director Meroe Park introduced Trump and Vice President Mike Pence.",
			want: []string{
				"Park => ?Person:Park Geun-hye(short)",
				"Trump => Person:Donald Trump(short)",
				"Vice President => -",
				"Mike Pence => Person:Mike Pence(name)",
			},
		},
		{
			name: "Islamic State long form",
			text: "The strongest is the Islamic State of Iraq and al-Sham (ISIS), by far the more brutal.",
			want: []string{
				"Islamic State of Iraq and al - Sham => Organization:Islamic State(alias)",
				"ISIS => Organization:Islamic State(alias)",
			},
		},
		{
			name: "events",
			text: "Since the full-scale invasion of Ukraine and the January 6 Capitol riot, the Mueller report is old news.",
			want: []string{
				"full - scale invasion of Ukraine => Event:Russian invasion of Ukraine(alias)",
				"January 6 Capitol riot => Event:January 6 Capitol riot(name)",
				"Mueller report => Event:Mueller investigation(alias)",
			},
		},
		{
			name: "sentence-initial lower-case alias",
			text: "War in Ukraine dominated the talks.",
			want: []string{"War in Ukraine => Event:Russian invasion of Ukraine(alias)"},
		},
		{
			name: "shared surname",
			text: "Bush met Clinton in Kyiv.",
			want: []string{
				"Bush => ?Person:George H. W. Bush(short); Person:George W. Bush(short); Person:Jeb Bush(short)",
				"Clinton => ?Person:Bill Clinton(short); Person:Hillary Clinton(short)",
				"Kyiv => Country:Ukraine(capital)",
			},
		},
		{
			name: "an article-led outlet does not hide a longer name",
			text: "The National Guard and the National Security Council met; the National reported it.",
			want: []string{
				"National Guard => Organization:National Guard(name)",
				"National Security Council => Organization:National Security Council(name)",
				"the National => ?Outlet:The National(name)",
			},
		},
		{
			name: "accent folding",
			text: "Recep Tayyip Erdoğan and Erdogan are the same man.",
			want: []string{
				"Recep Tayyip Erdoğan => Person:Recep Tayyip Erdogan(alias)",
				"Erdogan => Person:Recep Tayyip Erdogan(short)",
			},
		},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, scan(g, tt.text)); diff != "" {
				t.Errorf("scan(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
