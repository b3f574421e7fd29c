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
		{"prepositional verb frame: paid tribute to, past a party modifier",
			"Mr Blair also paid tribute to Democrat John Kerry's campaign, saying he had helped make the presidential election a celebration.",
			[]string{"Tony Blair -> John Kerry positive [paid tribute to Democrat John Kerry]"}},
		{"congratulations sent",
			"President George W. Bush won. Earlier Tory leader Michael Howard sent Mr Bush his \"warmest congratulations\".",
			[]string{"Michael Howard -> George W. Bush positive [sent Mr Bush his \"warmest congratulations]"}},
		{"verb with its preposition: sympathised with",
			"Manchester United manager Sir Alex Ferguson sympathised with Tottenham and said the incident highlighted the need for video technology.",
			[]string{"Alex Ferguson -> Tottenham Hotspur positive [sympathised with Tottenham]"}},
		{"subject past a parenthetical: Turkey, in turn, has accused",
			"Turkey, in turn, has accused Syria of fomenting the unrest that has led to ISIS taking hold in the region.",
			[]string{"Turkey -> Syria negative [accused Syria]"}},
		{"attitude adjective after the copula: is angered at",
			"Turkey, meanwhile, is angered at the U.S. for supporting the Kurdish forces it views as a threat.",
			[]string{"Turkey -> United States negative [angered at the U.S.]"}},
		{"a sanction on a demonym's noun: suspended Turkish participation",
			"The system poses such a threat to NATO security that the U.S. suspended Turkish participation in the multinational F-35 fighter jet program.",
			[]string{"United States -> Turkey negative [suspended Turkish]"}},
		{"a role between the verb and the name: took a swipe at",
			"In his speech Marco Rubio also took a swipe at Democratic presidential hopeful Hillary Clinton.",
			[]string{"Marco Rubio -> Hillary Clinton negative [took a swipe at Democratic presidential hopeful Hillary Clinton]"}},
		{"passive with its agent: was denounced by",
			"The senator was praised by Barack Obama. Ted Cruz was denounced by Donald Trump on Tuesday.",
			[]string{"Donald Trump -> Ted Cruz negative [denounced by Donald Trump]"}},
		{"a verb of naming with an evaluation: branded X's actions stupid",
			"Prince Harry has apologised.\n\nFormer Labour MP Lord Janner, who is a high profile member of Britain's Jewish community, branded Harry's action's \"stupid and evil\".",
			[]string{"Janner -> Prince Harry negative [branded Harry's action's \"stupid]"}},
		{"a demand for an apology in a quote",
			"The apology came hours after Erdogan expressed his anger over the comments to reporters in Istanbul, saying, \"Biden has to apologize for his statements.\"",
			[]string{"Recep Tayyip Erdogan -> Joe Biden negative [has to apologize]"}},
		{"it was appalling for X to",
			"Senate Minority Leader Chuck Schumer, D-N.Y., said it was “mindboggling” and “appalling” for Trump to roll out a red carpet for Erdogan after the invasion of Syria.",
			[]string{"Chuck Schumer -> Donald Trump negative [it was “mindboggling” and “appalling” for Trump]"}},
		{"VADER judgement in a quote: a valuable ally",
			"“Turkey has been a valuable ally and member of NATO,” Lindsey Graham said.",
			[]string{"Lindsey Graham -> Turkey positive [Turkey has been a valuable]"}},
		{"a title reference as the subject: the senator",
			"U.S. Sen. Marco Rubio (R-Fla.) set forth a foreign policy vision Wednesday.\n\nIn Wednesday's speech the senator also took a swipe at Democratic presidential hopeful Hillary Clinton.",
			[]string{"Marco Rubio -> Hillary Clinton negative [took a swipe at Democratic presidential hopeful Hillary Clinton]"}},
		{"a title reference in a claim: the prince should apologise",
			"Prince Harry has apologised. But former Buckingham Palace press spokesman Dicky Arbiter said the prince should make a personal, broadcast apology.",
			[]string{"Dicky Arbiter -> Prince Harry negative [should make a personal, broadcast apology]"}},
		{"a verb of conduct of the subject in a quote",
			"“Erdogan suppresses free speech, arrests opponents and does so many other terribly things to his country,” Schumer said.",
			[]string{"Chuck Schumer -> Recep Tayyip Erdogan negative [Erdogan suppresses]"}},
		{"a verb of conduct past auxiliaries",
			"Alexei Pushkov, another senator, tweeted on Sunday evening that: “Mueller found no facts of collusion between Trump and Moscow. But Democrats will still scream that there was collusion.”",
			[]string{"Alexei Pushkov -> Democratic Party negative [Democrats will still scream]"}},
		{"a tie between the two sides of a subject: he and X are friends",
			"WASHINGTON (AP) — President Donald Trump says he and Turkish President Recep Tayyip Erdogan are “very good friends,” but their meeting Wednesday at the White House failed to resolve an issue.",
			[]string{"Donald Trump -> Recep Tayyip Erdogan positive [Recep Tayyip Erdogan are “very good friends]"}},
		{"a pronoun's predicate in a quote: he's an old friend",
			"On Turkey's alleged role, Biden said, \"President (Recep Tayyip) Erdogan told me, he's an old friend, said, 'You were right.'\"",
			[]string{"Joe Biden -> Recep Tayyip Erdogan positive [he's an old friend]"}},
		{"a verb before a name is no modifier of it",
			"Biden told attendees that the militant Islamist group had been inadvertently strengthened by actions allies took. \"Allies strengthened ISIS,\" Biden said.",
			nil},
		{"the speaker's own side is no target: insiders of the Kremlin",
			"Kremlin insiders said the Kremlin’s political team hoped for a deal.",
			nil},
		{"a name after a preposition is no subject of the predicate",
			"A senior administration official told CNN's Jake Tapper that the President's decision to withdraw US troops from Syria is \"a mistake of colossal proportions.\"",
			nil},
		{"a name that modifies a noun is not judged by its adjective",
			"\"Following the disclosure of the stolen NSA documents, terrorists are changing how they communicate,\" Matthew G. Olsen said.",
			nil},
		{"an owned attitude noun is the owner's, not the speaker's",
			"Democratic Rep. Adam Schiff noted in a tweet that Trump’s opposition to Mueller testifying follows his opposition to having a former White House counsel testify.",
			[]string{"Donald Trump -> Robert Mueller negative [Trump’s opposition to Mueller]"}},
		{"what happens to the subject is no judgement",
			"“Rex Tillerson was fired this morning,” White House officials said.",
			nil},
		{"refused to condemn cancels the stance",
			"Avigdor Lieberman refused to condemn Donald Trump on Tuesday.",
			nil},
		{"a hedge weakens a stance below the threshold",
			"Avigdor Lieberman might perhaps criticize Donald Trump on Tuesday.",
			nil},
		{"an idiom is no attitude: with respect to",
			"A former senior official said the bureau acted with respect to the Clinton campaign.",
			nil},
		{"what the speaker says of others' attitudes is not the speaker's stance, but the named subject's",
			"Biden said Turkey supported ISIL fighters.",
			[]string{"Turkey -> Islamic State positive [supported ISIL]"}},
		{"in reported speech a pronoun subject holds nothing",
			"Biden said he supported ISIL fighters.",
			[]string{"Joe Biden -> Islamic State positive [supported ISIL]"}},
		{"a reported action: according to",
			"Biden thanked the UAE for its role in fighting ISIS and terrorism in the region, according to accounts from both nations.",
			[]string{"Joe Biden -> United Arab Emirates positive [thanked the UAE]"}},
		{"the object of a verb of urging is not the subject of the infinitive",
			"Harris pushes Twitter to suspend Trump.",
			nil},
		{"the object of a participle is not the subject of the infinitive",
			"In a statement, Egypt's Foreign Ministry called for other nations battling ISIS to support Egypt's efforts and to target terrorists in Libya, as well.",
			nil},
		{"a hyphened agent: Iran-backed",
			"29 American missile strike on the Iran-backed Kata’ib Hezbollah militia, killing 25.",
			[]string{"Iran -> Kataib Hezbollah positive [Iran-backed Kata’ib Hezbollah]"}},
		{"a hyphened agent is no object: his offensive against U.S.-backed forces",
			"Erdogan used the meeting as a chance to defend his military offensive against U.S.-backed Kurdish forces in northeastern Syria.",
			nil},
		{"a hyphened demonym agent does not make the country a target",
			"He said that Turkish forces, with Ankara-backed Syrian fighters known as the Syrian National Army, had begun to eradicate what he called “the threat of terror” against Turkey.",
			nil},
		{"a reduced passive with its agent: Riyadh, backed by",
			"Since March, when Houthi rebels chased a Saudi sock puppet from power, Riyadh, backed by U.S. ordinance and intel, has been bombing that poorest of nations in the Arab world.",
			[]string{"United States -> Saudi Arabia positive [Riyadh, backed by U.S.]"}},
		{"a document's -ing: the subject of the verb that issued it",
			"Senate Minority Leader Chuck Schumer also released a statement blasting Zinke. Ryan Zinke was one of the members of the cabinet.",
			[]string{"Chuck Schumer -> Ryan Zinke negative [blasting Zinke]"}},
		{"a document's -ing: its owner",
			"The new ad follows Mr. Perry’s statement on Tuesday criticizing the Obama administration’s announcement that the United States would use all the elements of diplomacy.",
			[]string{"Perry -> Obama administration negative [criticizing the Obama administration]"}},
		{"a document with no author is no stance",
			"Jeez, Hume replied sarcastically to a tweet accusing the president of using the murders. President Donald Trump said nothing.",
			nil},
		{"a verb of conduct past a frequency adverb",
			"\"Sadly, I believe President Obama often disagrees with that simple truth,\" Rubio added.",
			[]string{"Marco Rubio -> Barack Obama negative [Obama often disagrees]"}},
		{"a light verb's subject holds its noun: expressed admiration for",
			"Still, Trump has repeatedly expressed admiration for Putin, calling him a “strong leader”.",
			[]string{"Donald Trump -> Vladimir Putin positive [expressed admiration for Putin]"}},
		{"a light verb past a possessive: pledged its support to",
			"Two months ago, Boko Haram pledged its support to ISIS.",
			[]string{"Boko Haram -> Islamic State positive [pledged its support to ISIS]"}},
		{"a nominal stance owned by his",
			"Cruz has been one of the more muted presidential rivals in his criticisms of Mr. Trump.",
			[]string{"Ted Cruz -> Donald Trump negative [his criticisms of Mr. Trump]"}},
		{"a nominal stance owned by a name",
			"That meant Hong Kong was exempt from Trump’s punitive tariffs on China, can import certain sensitive technologies and enjoys U.S. support.",
			[]string{"Donald Trump -> China negative [Trump’s punitive tariffs on China]"}},
		{"a nominal stance owned by a demonym",
			"The prime minister described the American attack on the Iraqi armed forces as an unacceptable vicious assault. Officials said the Russian invasion of Crimea in 2014 and the Turkish invasion of Syria were both condemned.",
			[]string{"Turkey -> Syria negative [Turkish invasion of Syria]"}},
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
