package claim

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
)

var recognizer = ner.New(nil)

// got is a claim as the tests compare it: speaker name, kind, cue, text.
type got struct {
	Speaker, Kind, Cue, Text string
}

func extract(text string) []got {
	res := recognizer.Recognize(segment.Split(text), ner.Meta{ArticleID: "article:test"})
	var out []got
	for _, c := range Extract(res, nil) {
		e := res.Entities[c.Speaker]
		out = append(out, got{Speaker: e.Name, Kind: c.Kind, Cue: c.Cue, Text: text[c.Start:c.End]})
	}
	return out
}

// want describes an expected claim; Text is a piece the claim's text must
// contain, and Not a piece it must not.
type want struct {
	Speaker, Kind, Cue, Text, Not string
}

// Sentences are real ones from the corpus and the dev gold articles.
var tests = []struct {
	name string
	text string
	want []want
}{
	{
		name: "curly quote then inverted cue and source",
		text: "“Society there is even more polarized now, and back then, protests escalated to the point of storming the Capitol,” said a source close to Putin’s administration.",
		want: []want{{"source close to Putin’s administration", "direct", "said", "Society there is even more polarized now", "said a source"}},
	},
	{
		name: "straight quotes, speaker then cue",
		text: `"Once again, it must be clear to anyone who would plot against America and try to do Americans harm that we will not tolerate safe havens for terrorists who threaten our people," Obama said.`,
		want: []want{{"Barack Obama", "direct", "said", "we will not tolerate safe havens", "Obama said"}},
	},
	{
		name: "guillemets",
		text: "Jean-Marie Le Pen said: « Je parle librement, ce qui choque un certain nombre de gens ».",
		want: []want{{"Jean-Marie Le Pen", "direct", "said", "Je parle librement", ""}},
	},
	{
		name: "quote split around its cue",
		text: "“My view is that the report is very good news for Trump, but Russia will remain toxic for most in the US establishment and the media,” said Dmitri Trenin, the director of the Carnegie Moscow Center. “Too much has been said about the Kremlin to back down now.”",
		want: []want{{"Dmitri Trenin", "direct", "said", "Too much has been said about the Kremlin", ""}},
	},
	{
		name: "quote running over two paragraphs",
		text: "“There is a global rebalancing going on,” said Gordon Adams, a professor of U.S. foreign policy at American University in Washington. “It’s really messy and I think it’s going to pose the biggest challenge to American leadership.\n\n“Not only China, but Iran, the Saudis, the Turks, the Brazilians, they’re all asserting themselves in their own regions,” he said.",
		want: []want{
			{"Gordon Adams", "direct", "said", "There is a global rebalancing going on", ""},
			{"Gordon Adams", "direct", "said", "they’re all asserting themselves", ""},
		},
	},
	{
		name: "block quote after a colon, speaker one of a plural source",
		text: "Both sources close to the president’s office noted that Russian elites generally have a “soft spot” for Trump. One of them explained:\n\nIt’s not exactly rational. He’s just a familiar type, a flashy guy — no, not just a guy, more like our kind of guy.",
		want: []want{
			{"sources close to the president’s office", "indirect", "noted", "generally have a “soft spot” for Trump", ""},
			{"sources close to the president’s office", "direct", "explained", "more like our kind of guy", ""},
		},
	},
	{
		name: "the source added",
		text: "Both sources close to the president’s office noted that Russian elites generally have a “soft spot” for Trump.\n\nIn comparison, Kamala Harris “was perceived as someone totally incomprehensible,” the source added.",
		want: []want{
			{"sources close to the president’s office", "indirect", "noted", "soft spot", ""},
			{"sources close to the president’s office", "direct", "added", "was perceived as someone totally incomprehensible", ""},
		},
	},
	{
		name: "told Meduza that",
		text: "Kremlin insiders told Meduza that Putin’s political team was banking on Republicans refusing to accept the results and sparking protests that could lead to civil unrest.",
		want: []want{{"Kremlin insiders", "indirect", "told", "banking on Republicans refusing to accept the results", "Meduza that"}},
	},
	{
		name: "clause, X told Y",
		text: "In the lead-up to the U.S. presidential election, the Kremlin’s political team hoped the results might spark protests reminiscent of the January 2021 riot at the Capitol, insiders told Meduza.",
		want: []want{{"insiders", "indirect", "told", "hoped the results might spark protests", "insiders told"}},
	},
	{
		name: "parenthetical cue",
		text: "For a long time, Kremlin insiders told Meduza, Russian officials saw Kamala Harris’s victory as the most likely, “baseline” scenario.",
		want: []want{{"Kremlin insiders", "indirect", "told", "saw Kamala Harris’s victory as the most likely", ""}},
	},
	{
		name: "according to, at the start",
		text: "According to these sources, the Kremlin hoped such a crisis would force American authorities to focus on domestic issues rather than their standoff with Russia.",
		want: nil, // "these sources" point back to a source the text does not have
	},
	{
		name: "according to, at the end",
		text: "The United States sees the move as Russia stepping up its ground activity in Syria to attack those forces, according to a U.S. official.",
		want: []want{{"U.S. official", "indirect", "according to", "stepping up its ground activity", "according to"}},
	},
	{
		name: "claimed that with title and demonym",
		text: "Back in September, Russian President Vladimir Putin claimed that the Kremlin was hoping for a Harris victory in the U.S. presidential election.",
		want: []want{{"Vladimir Putin", "indirect", "claimed", "was hoping for a Harris victory", "claimed"}},
	},
	{
		name: "warned at the end",
		text: "Solving the conflict in the Middle East was the world's single most \"pressing political challenge\" of the present day, Mr Blair warned.",
		want: []want{{"Tony Blair", "indirect", "warned", "Solving the conflict in the Middle East", "Mr Blair"}},
	},
	{
		name: "denied, then a second cue after and",
		text: "Peskov denied Russia had attempted to meddle in the US elections and when asked whether Moscow was ready to improve ties with Washington, said Russia was “not the initiator” of the breakdown in relations.",
		want: []want{
			{"Dmitry Peskov", "indirect", "denied", "Russia had attempted to meddle in the US elections", "said Russia"},
			{"Dmitry Peskov", "", "said", "not the initiator", ""},
		},
	},
	{
		name: "pronoun speaker",
		text: "But Myron Ebell, an adviser on climate change to President Bush, has said there would be no change in the US stance. He claimed the US was the only country with independent scientists.",
		want: []want{
			{"Myron Ebell", "indirect", "has said", "there would be no change in the US stance", ""},
			{"Myron Ebell", "indirect", "claimed", "the only country with independent scientists", ""},
		},
	},
	{
		name: "participle adding",
		text: "Lib Dem foreign affairs spokesman Menzies Campbell said a win by Mr Kerry would have given Mr Blair the chance of a fresh start, adding it was almost as if there was an \"umbilical cord\" between Mr Bush and the UK premier.",
		want: []want{
			{"Menzies Campbell", "indirect", "said", "the chance of a fresh start", "adding"},
			{"Menzies Campbell", "indirect", "adding", "umbilical cord", ""},
		},
	},
	{
		name: "relative clause between speaker and cue",
		text: "A senior regional official who spoke to Meduza on condition of anonymity said that he’s also sympathetic to Trump, whom he sees as a “flashy politician.”",
		want: []want{{"senior regional official", "indirect", "said", "sympathetic to Trump", ""}},
	},
	{
		name: "coordinated subjects: the first speaks",
		text: "However, a source close to the Russian government and one of the sources close to the Kremlin expressed doubt that Trump’s election can drastically change the relationship between Russia and the U.S.",
		want: []want{{"source close to the Russian government", "indirect", "expressed doubt", "drastically change the relationship", ""}},
	},
	{
		name: "unnamed role holder becomes a source",
		text: "The head of the Duma’s foreign affairs committee said: “All of these myths about the infamous Russian meddling was simply invented as a pretext to continue pressure against our country.”",
		want: []want{{"head of the Duma’s foreign affairs committee", "direct", "said", "simply invented as a pretext", ""}},
	},
	{
		name: "editorial disclaimer is not a claim",
		text: "Please note: The sources cited in this article do not make key decisions about Russia’s foreign policy. Their statements represent only their personal views.",
		want: nil,
	},
	{
		name: "a confirmation of a noun phrase is not a claim",
		text: "Another Kremlin insider confirmed this account.",
		want: nil,
	},
	{
		name: "a time between the speaker and the verb",
		text: "Putin on Thursday said the talks with Kyiv had failed again. Obama Friday said the deal was good for America.",
		want: []want{
			{"Vladimir Putin", "indirect", "said", "the talks with Kyiv had failed again", "Thursday"},
			{"Barack Obama", "indirect", "said", "the deal was good for America", "Friday"},
		},
	},
	{
		name: "the official is the anonymous official quoted before, not the last speaker",
		text: "President Vladimir Putin said the economy was growing faster than expected. A senior Russian official told Meduza that the Kremlin was preparing new measures. The official said the plans would be announced soon after the election.",
		want: []want{
			{"Vladimir Putin", "indirect", "said", "the economy was growing", ""},
			{"senior Russian official", "indirect", "told", "the Kremlin was preparing new measures", ""},
			{"senior Russian official", "indirect", "said", "the plans would be announced", ""},
		},
	},
	{
		name: "what figures show is not a claim",
		text: "Figures from the Office for National Statistics showed that growth had slowed to 0.4% in the last three months of the year.",
		want: nil,
	},
	{
		name: "an intention is not a statement",
		text: "When President Donald Trump placed his businesses in a trust upon entering the White House, he put his sons in charge and claimed to distance himself from his sprawling empire.",
		want: nil,
	},
	{
		name: "a quote whose attribution names someone not found is not the last speaker's",
		text: "“We will win this fight,” Mike Rogers said.\n\n“It appears to me as if neither the administration nor much of the Congress is focused on military readiness,” said the retired Army commando of the old school.",
		want: []want{{"Mike Rogers", "direct", "said", "We will win this fight", "military readiness"}},
	},
	{
		name: "a person of an organisation speaks, not the organisation",
		text: "David Bernstein of George Mason University wrote at the Washington Post that the invitation violates constitutional norms observed for generations.",
		want: []want{{"David Bernstein", "indirect", "wrote", "the invitation violates constitutional norms", ""}},
	},
	{
		name: "an infinitive and a plain object are not reports",
		text: "Mr. Axelrod said it was a mistake for the president to tell voters that the midterm elections were about him. Brazile has subsequently announced her resignation from CNN.",
		want: []want{{"David Axelrod", "indirect", "said", "it was a mistake", ""}},
	},
	{
		name: "quote, then the name and an apposition that drops its closing comma",
		text: "“We can continue to narrow the gap and get to a place where we do have a meaningful dialogue towards an eventual resolution,” Joseph Yun, a US Institute of Peace expert and former top North Korea negotiator in the Trump administration told reporters on Friday.",
		want: []want{{"Joseph Yun", "direct", "told", "We can continue to narrow the gap", "Joseph Yun"}},
	},
	{
		name: "a document speaks for the body named in it",
		text: "The newly released GOP memo says the FBI and Justice Department relied heavily on the Trump dossier and downplayed its Democratic roots.",
		want: []want{{"Republican Party", "indirect", "says", "the FBI and Justice Department relied heavily", "memo"}},
	},
	{
		name: "a document speaks for the author of its first mention",
		text: "The Senate Intelligence Committee released a report on Tuesday. The report says the agency misled the public about its program.",
		want: []want{{"Senate Intelligence Committee", "indirect", "says", "the agency misled the public", ""}},
	},
	{
		name: "a sentence-initial pronoun continues the subject before it",
		text: "In a Washington Post column, Jonathan Winer detailed an extensive exchange of documents with Steele, a friend of his since 2009. He said he shared “more than 100 of Steele’s reports with the Russia experts at the State Department” over a period of two years.",
		want: []want{{"Jonathan Winer", "direct", "said", "more than 100 of Steele’s reports", ""}},
	},
	{
		name: "blame X for, then urge X to: charges and demands",
		text: "Obama blamed “religious zeal” or “nationalist fervor” for inspiring humankind to war throughout history, but urged the world to seek a future filled with peace.",
		want: []want{
			{"Barack Obama", "indirect", "blamed", "for inspiring humankind to war", "urged"},
			{"Barack Obama", "indirect", "urged", "the world to seek a future filled with peace", ""},
		},
	},
	{
		name: "called on X to: a demand, not a visit",
		text: "In the last few weeks, the fight turned particularly nasty -- with Trump canceling a Democratic congressional trip to Afghanistan after House Speaker Nancy Pelosi called on Trump to delay his State of the Union address or submit it in writing. When Erdogan called on a female Turkish reporter, Graham leaned over.",
		want: []want{{"Nancy Pelosi", "indirect", "called on", "Trump to delay his State of the Union address", ""}},
	},
	{
		name: "a one-word quote after a naming verb",
		text: "Trump said he was busy and didn’t watch a minute of the televised hearings, which he called a “hoax.” The center's president, Cathi Herrod, has been deriding what she called \"fear-mongering\" from the measure's opponents.",
		want: []want{
			{"Donald Trump", "direct", "called", "hoax", ""},
			{"Donald Trump", "indirect", "said", "he was busy", ""},
			{"Cathi Herrod", "direct", "called", "fear-mongering", ""},
		},
	},
	{
		name: "paragraphs of one quotation written on one line are claims of their own",
		text: "Spurs boss Martin Jol said his team were \"robbed\" at Manchester United after Pedro Mendes' shot clearly crossed the line but was not given.\n\n" +
			`"The referee is already wearing an earpiece so why can't we just stop the game and get the decision right," said Jol after the 0-0 draw. "But at the end of the day it's so obvious that Pedro's shot was over the line it's incredible. "We feel robbed but it's difficult for the linesman and referee to see it." Mendes shot from 50 yards. Mendes could not believe the 'goal' was not given after seeing a replay. He said: "My reaction on the pitch was to celebrate. "It's not every game you score from the halfway line."`,
		want: []want{
			{"Martin Jol", "indirect", "said", "his team were", ""},
			{"Martin Jol", "direct", "said", "But at the end of the day", "We feel robbed"},
			{"Martin Jol", "direct", "", "We feel robbed but it's difficult", ""},
			{"Pedro Mendes", "direct", "said", "My reaction on the pitch was to celebrate", "halfway"},
			{"Pedro Mendes", "direct", "", "It's not every game you score from the halfway line", ""},
		},
	},
	{
		name: "generic speakers: economists, leaders; a group named with a party's member noun",
		text: "European leaders have openly blamed the US for the sharp rise in the value of the euro. Economists point out that whatever Europe says, in the short term a weaker dollar is a boon to the administration. The Perry ad was denounced by the Log Cabin Republicans, a gay men and lesbian group, which said it was “wrong for Governor Perry to assume being a person of faith does not afford one to support equality.”",
		want: []want{
			{"European leaders", "indirect", "blamed", "for the sharp rise in the value of the euro", ""},
			{"Economists", "indirect", "point out", "a weaker dollar is a boon", ""},
			{"Log Cabin Republicans", "direct", "said", "wrong for Governor Perry", "lesbian group"},
		},
	},
	{
		name: "an object's relative clause is not what was said; a negated cue says nothing",
		text: "President Trump on Saturday announced a compromise plan that funded the wall while extending protections for 700,000 illegal immigrants. The Perry campaign did not say where the ad would run, but the focus of the budget has been in Iowa.",
		want: []want{{"Donald Trump", "indirect", "announced", "a compromise plan that funded the wall", ""}},
	},
	{
		name: "a participle after 'after'; the possessor is not the subject",
		text: "Bush’s brother Jeb, who has all but formally announced his bid for the Republican presidential nomination, raised eyebrows Monday after telling Fox News he supported the invasion even now that he knows Iraq did not have weapons of mass destruction. Jeb Bush later said he had misunderstood the question.",
		want: []want{
			{"Jeb Bush", "indirect", "telling", "he supported the invasion even now", ""},
			{"Jeb Bush", "indirect", "said", "he had misunderstood the question", ""},
		},
	},
	{
		name: "the pronoun of an attribution after a quote follows the subject before",
		text: "Pat Buchanan hints not of civil war but of revolution. Rep. Luis Gutierrez of Illinois said he had two words for the dissenters: “Stop whining.”\n\n“Mitch McConnell,” he told NBC News, “they should stop whining, and start legislating, and start saying what they’re going to do.”",
		want: []want{
			{"Luis Gutierrez", "indirect", "said", "he had two words for the dissenters", ""},
			{"Luis Gutierrez", "direct", "told", "they should stop whining", ""},
		},
	},
	{
		name: "a role noun with a post-modifier refers back to the person",
		text: "Sen. Marco Rubio spoke on Wednesday. In comments delivered at the Council on Foreign Relations, the conservative senator vying for the GOP presidential nomination said the world would be safer if the U.S. military had a bigger budget.",
		want: []want{{"Marco Rubio", "indirect", "said", "the world would be safer", ""}},
	},
	{
		name: "said, then an organisation's role words and the name",
		text: "Sun Microsystems has launched a service. The system could mature in the same way utilities such as electricity and water have developed, said Sun's chief operating officer Jonathan Schwartz.",
		want: []want{{"Jonathan Schwartz", "indirect", "said", "The system could mature", ""}},
	},
	{
		name: "a statement saying: the body that issued it",
		text: "The Department of Justice sent a memo Tuesday saying that people can face federal terrorism charges for purposeful exposure and infection.",
		want: []want{{"United States Department of Justice", "indirect", "saying", "people can face federal terrorism charges", ""}},
	},
	{
		name: "a description with a verb in it is no speaker: the critics are",
		text: "In a speech on Friday, the president pushed back against critics who said the deal was a mistake.",
		want: []want{{"critics", "indirect", "said", "the deal was a mistake", ""}},
	},
	{
		name: "an attribution set inside its sentence",
		text: `The European ministers' comments, said Junya Tanase of JPMorgan Chase bank in Tokyo, were "generally too weak to produce a market reaction".`,
		want: []want{{"Junya Tanase", "direct", "said", "generally too weak to produce a market reaction", ""}},
	},
	{
		name: "some of a party's members; a relative clause's head; progressive cues",
		text: "Prominent Republicans are calling for Ariz. Gov. Jan Brewer to veto a controversial bill that would allow businesses to deny service over religious beliefs. Some Republican senators who pushed the bill through the Legislature are now calling for a veto as well. Representatives from both countries said the apology came in a phone call.",
		want: []want{
			{"Prominent Republicans", "indirect", "calling for", "Jan Brewer to veto a controversial bill", ""},
			{"Republican senators", "indirect", "calling for", "a veto as well", ""},
			{"Representatives from both countries", "indirect", "said", "the apology came in a phone call", ""},
		},
	},
	{
		name: "some of a party's members as the subject of a participle",
		text: "Some Democrats are also arguing that Trump’s blaming of the collapse of the talks on last week’s car bomb attack was an excuse.",
		want: []want{
			{"Some Democrats", "indirect", "arguing", "Trump’s blaming of the collapse of the talks", ""},
		},
	},
	{
		name: "some of a party's members in a chamber",
		text: "Three House Republicans said last week they would not seek another term next year, catching party strategists off guard. Some House Democrats have raised concerns about whether the deal’s labor and environmental standards are enforceable.",
		want: []want{
			{"Three House Republicans", "indirect", "said", "they would not seek another term next year", ""},
			{"Some House Democrats", "indirect", "raised concerns", "the deal’s labor and environmental standards are enforceable", ""},
		},
	},
	{
		name: "agencies speak as a group",
		text: "U.S. intelligence agencies have concluded the Kremlin orchestrated an operation that included hacking and online propaganda. International aid agencies warned of an escalating humanitarian crisis.",
		want: []want{
			{"U.S. intelligence agencies", "indirect", "have concluded", "the Kremlin orchestrated an operation", ""},
			{"International aid agencies", "indirect", "warned", "of an escalating humanitarian crisis", ""},
		},
	},
	{
		name: "the group said: one spoken of before, or a group of its own",
		text: "U.S. officials briefed on the investigation say the hackers took personnel files. What they stole may never be fully assessed, the officials say. The appellate judges said Mr. Trump botched the order on the whole by writing it so broadly.",
		want: []want{
			{"U.S. officials briefed on the investigation", "indirect", "say", "the hackers took personnel files", ""},
			{"U.S. officials briefed on the investigation", "indirect", "say", "What they stole may never be fully assessed", ""},
			{"appellate judges", "indirect", "said", "Mr. Trump botched the order on the whole", ""},
		},
	},
	{
		name: "a named speaker's attribution that ends the sentence is a claim around the claim",
		text: "Still, Mattis said the U.S. was fully committed to working with its global partners, Reuters reported.",
		want: []want{
			{"Jim Mattis", "indirect", "said", "the U.S. was fully committed to working with its global partners", "Reuters"},
			{"Reuters", "indirect", "reported", "Mattis said the U.S. was fully committed", ""},
		},
	},
	{
		name: "an unnamed speaker's attribution that ends the sentence is a claim around the claim",
		text: "Mr. Cohen said he initially lied because he did not want to contradict his congressional testimony, prosecutors said.",
		want: []want{
			{"Cohen", "indirect", "said", "he initially lied because he did not want to contradict his congressional testimony", "prosecutors"},
			{"prosecutors", "indirect", "said", "Mr. Cohen said he initially lied", ""},
		},
	},
	{
		name: "according to a report by X; the report finds",
		text: "WASHINGTON — The U.S. government’s 17-year effort to stabilize parts of war-torn Afghanistan has mostly failed, according to a report released Thursday by the Special Inspector General for Afghanistan Reconstruction.\n\nThe damning report finds that much of the $4.7 billion spent on programs to stabilize areas cleared of insurgents has been largely wasted.",
		want: []want{
			{"Special Inspector General for Afghanistan Reconstruction", "indirect", "according to", "effort to stabilize parts of war-torn Afghanistan has mostly failed", "WASHINGTON"},
			{"Special Inspector General for Afghanistan Reconstruction", "indirect", "finds", "has been largely wasted", ""},
		},
	},
	{
		name: "'that' pointing at a noun stays in what was said; introducing a clause it goes",
		text: "Democrats say that argument doesn't wash. Pascal Lamy stressed that funding was available to countries such as Bangladesh.",
		want: []want{
			{"Democratic Party", "indirect", "say", "that argument doesn't wash", ""},
			{"Pascal Lamy", "indirect", "stressed", "funding was available", "that funding"},
		},
	},
	{
		name: "a source placed in a state",
		text: "Political observers in Arizona cautioned that the governor is deliberate and not prone to act hastily, despite the growing calls from business.",
		want: []want{{"Political observers in Arizona", "indirect", "cautioned", "the governor is deliberate", ""}},
	},
	{
		name: "a lower-case role before the name after the cue",
		text: "“If he punts the ball 16 blocks, all hell’s liable to break loose on the Hill,” said former NSA Director Michael Hayden.",
		want: []want{{"Michael Hayden", "direct", "said", "all hell’s liable to break loose", ""}},
	},
	{
		name: "a title with 'of' before the name after the cue",
		text: `If Congress scuttles the deal "we will have squandered the best chance we have to solve this problem through peaceful means," said Secretary of State John Kerry, who appeared alongside Energy Secretary Ernest Moniz.`,
		want: []want{{"John Kerry", "direct", "said", "squandered the best chance", ""}},
	},
	{
		name: "an unnamed spokesman for someone named",
		text: "A spokesman for Boehner said the date for filing the litigation remains up in the air.",
		want: []want{{"spokesman for Boehner", "indirect", "said", "the date for filing the litigation", ""}},
	},
	{
		name: "a spokesman for a body the article does not name",
		text: "The company will cut 400 jobs, a spokesman for the firm told the BBC.",
		want: []want{{"spokesman for the firm", "indirect", "told", "The company will cut 400 jobs", "spokesman"}},
	},
	{
		name: "a possessed agent: his lawyer",
		text: "Representative Michael Grimm was charged on Monday. His lawyer said then that the congressman intended to cooperate fully.",
		want: []want{{"His lawyer", "indirect", "said", "the congressman intended to cooperate fully", "then"}},
	},
	{
		name: "an apposition that names the agent is the speaker",
		text: "Meanwhile, the deputy director of Metrojet, Viktor Yung, told reporters that he did not believe the crash was caused by technical or human error.",
		want: []want{{"Viktor Yung", "indirect", "told", "he did not believe the crash", ""}},
	},
	{
		name: "an attribution inside its sentence, the predicate after it",
		text: "The road to moderation, Ted Cruz said, was a road to defeat for the Republican Party.",
		want: []want{{"Ted Cruz", "indirect", "said", "The road to moderation, Ted Cruz said, was a road to defeat", ""}},
	},
	{
		name: "a time after the cue, then a clause of its own: no parenthesis",
		text: "Soraya Sarhaddi Nelson had said Thursday, it was absolute chaos in the city's Independence Square.",
		want: []want{{"Soraya Sarhaddi Nelson", "indirect", "had said", "absolute chaos", "Nelson"}},
	},
	{
		name: "police with no determiner",
		text: "Virtually all continued to Germany, where the city of Munich had received more than 17,500 people, police said.",
		want: []want{{"police", "indirect", "said", "the city of Munich had received more than 17,500 people", "police"}},
	},
	{
		name: "a person from a body; a survey with no author speaks; a pronoun after it is not the survey",
		text: "Paul Hirsch runs the study. Mr Hirsch from Retail Banking Research said the number of cash machines actually at risk was low. One in three women, the survey said, thought if they lost their phones, it would mean they would lose touch with people altogether. He said it should be up to mobile operators to provide back-up services on the network itself.",
		want: []want{
			{"Paul Hirsch", "indirect", "said", "the number of cash machines actually at risk was low", ""},
			{"survey", "indirect", "said", "thought if they lost their phones", ""},
			{"Paul Hirsch", "indirect", "said", "it should be up to mobile operators", ""},
		},
	},
	{
		name: "a capitalised compound before a role noun that refers back",
		text: "Jorge Ramos was escorted out of the news conference. “He tried to silence me,” the Mexican-born journalist told Fox News’ Megyn Kelly in August.",
		want: []want{{"Jorge Ramos", "direct", "told", "He tried to silence me", ""}},
	},
	{
		name: "a claim made in a relative clause is not the sentence's subject",
		text: "Russian officials have welcomed the results of the Mueller report, which found that neither Donald Trump nor any of his aides colluded with Russia during the 2016 US election, but said they doubted relations between Russia and the west would improve as a result.",
		want: []want{{"Russian officials", "indirect", "said", "they doubted relations between Russia and the west", ""}},
	},
	{
		name: "a role in lower case with a modifier before the name",
		text: "“We just really wanted to make a great Duran Duran album,” said keyboard player Nick Rhodes.",
		want: []want{{"Nick Rhodes", "direct", "said", "make a great Duran Duran album", ""}},
	},
	{
		name: "an organisation and its title before the name",
		text: "“With today’s ruling, committed and loving gay and lesbian married couples will now be treated equally under our nation’s federal tax laws,” said Human Rights Campaign President Chad Griffin.",
		want: []want{{"Chad Griffin", "direct", "said", "treated equally under our nation’s federal tax laws", ""}},
	},
	{
		name: "a time phrase between the speaker and the cue",
		text: "Commerce Secretary Wilbur Ross this week said any “Phase 1” agreement would be general and cover trade in specific areas.",
		want: []want{{"Wilbur Ross", "indirect", "said", "any “Phase 1” agreement would be general", ""}},
	},
	{
		name: "a time after the cue is not what was said; a possessive day is",
		text: "Guaido said on Wednesday he would consider a proposal from public workers. Mr. Obama said Sunday’s massacre, by a gunman with a handgun, is another brutal reminder.",
		want: []want{
			{"Juan Guaido", "indirect", "said", "he would consider a proposal", "Wednesday"},
			{"Barack Obama", "indirect", "said", "Sunday’s massacre", ""},
		},
	},
	{
		name: "a place after the cue: the clause before is what was said",
		text: "Such hacking has nothing to do with the interests of Russia, Vladimir Putin said Wednesday at a business forum in Moscow.",
		want: []want{{"Vladimir Putin", "indirect", "said", "Such hacking has nothing to do with the interests of Russia", "forum"}},
	},
	{
		name: "a body’s unnamed officer",
		text: "The Pentagon’s top general said Tuesday that the failed special forces mission to rescue James Foley was the toughest he’s ever seen.",
		want: []want{{"Pentagon’s top general", "indirect", "said", "the failed special forces mission", "Tuesday"}},
	},
	{
		name: "a group with a qualifier and no determiner",
		text: "Some users said AutoLink would only be fair if websites had to sign up to allow the feature to work on their pages.",
		want: []want{{"Some users", "indirect", "said", "AutoLink would only be fair", ""}},
	},
	{
		name: "a source with its description after the cue",
		text: "The troops will stay in the north for now, said a source familiar with the plan.",
		want: []want{{"source familiar with the plan", "indirect", "said", "The troops will stay in the north", "source"}},
	},
	{
		name: "a lawsuit speaks; 'that' before 'was' is what was said about",
		text: "“Marijuana flows from this gap into neighboring states,” the suit says. Nick Clegg confirmed he had attended the meeting but said that was the only contact he had with the group.",
		want: []want{
			{"suit", "direct", "says", "Marijuana flows from this gap", ""},
			{"Nick Clegg", "indirect", "confirmed", "he had attended the meeting", "that was"},
			{"Nick Clegg", "indirect", "said", "that was the only contact", ""},
		},
	},
	{
		name: "denials are claims whatever their object; refusals are not",
		text: "Iran, which supports the Houthis in Yemen's war, has denied any involvement. Vladimir Putin has always denied involvement in the election. A judge denied those efforts, but his sentence was reduced to 15 years.",
		want: []want{
			{"Iran", "indirect", "has denied", "any involvement", ""},
			{"Vladimir Putin", "indirect", "denied", "involvement in the election", ""},
		},
	},
	{
		name: "quoted as saying",
		text: "Mr. Trump’s remarks came in a telephone interview two days after Justice Ruth Bader Ginsburg was quoted as saying she was frightened about what the nation would look like if he were elected.",
		want: []want{{"Ruth Bader Ginsburg", "indirect", "quoted as saying", "she was frightened about what the nation", ""}},
	},
	{
		name: "a pronoun subject, a cue after 'and', then a quote",
		text: "Tim Tebow landed safely in Brussels. He shared a photo on Facebook and wrote, \"God is good. I am in Brussels Airport with this craziness.\"",
		want: []want{{"Tim Tebow", "direct", "wrote", "God is good", ""}},
	},
	{
		name: "an introductory clause before the subject",
		text: "After reporter Michael Scotto finished his report, Michael Grimm stormed back, leaned into him and said, \"Let me be clear to you.\"",
		want: []want{{"Michael Grimm", "direct", "said", "Let me be clear to you", ""}},
	},
	{
		name: "a body in a place; a time phrase with 'in recent weeks'",
		text: "The Russian embassy in London tweeted on Friday that the Guardian story was another example of disinformation. Lawmakers in recent weeks have warned that the administration lacks congressional approval to use military force.",
		want: []want{
			{"Russian embassy", "indirect", "tweeted", "the Guardian story was another example", "Friday"},
			{"Lawmakers", "indirect", "have warned", "the administration lacks congressional approval", ""},
		},
	},
	{
		name: "plural agents with no determiner after a conjunction; the first conjunct speaks",
		text: "Both the White House and lawyers for Mr. Trump vigorously denied the BuzzFeed report even before the special counsel’s office weighed in. Lawyers for Mr. Trump said the report was false and defamatory.",
		want: []want{
			{"White House", "indirect", "denied", "the BuzzFeed report", ""},
			{"Lawyers for Trump", "indirect", "said", "the report was false and defamatory", ""},
		},
	},
	{
		name: "someone’s office is an organisation; a statement from it speaks",
		text: "A statement from Biden's office avoided the word \"apology,\" but said he clarified that his recent remarks were not meant to imply that the UAE had facilitated or supported ISIL.",
		want: []want{{"Office of Joe Biden", "indirect", "said", "his recent remarks were not meant to imply", ""}},
	},
	{
		name: "a name and a reflexive",
		text: "Ben Smith defended the story. Donald Trump himself said Friday evening that the controversy was a very sad day for journalism.",
		want: []want{{"Donald Trump", "indirect", "said", "the controversy was a very sad day", "Friday"}},
	},
	{
		name: "an agent phrase before a role, a comma and the name",
		text: "A spokesman for top Democrat on the House Intelligence Committee, Adam Schiff said the California lawmaker was travelling and not available for an interview.",
		want: []want{{"spokesman for Adam Schiff", "indirect", "said", "the California lawmaker was travelling", ""}},
	},
	{
		name: "a pronoun that begins the main clause refers to the subject of the sentence before",
		text: "Hillary Clinton said the budget for security in Libya had been adequate. Deputy Assistant Secretary Charlene Lamb appeared before the committee in October. Asked if there was any budget consideration that led her not to increase the security force, she said the answer was no.",
		want: []want{
			{"Hillary Clinton", "indirect", "said", "the budget for security in Libya had been adequate", ""},
			{"Charlene Lamb", "indirect", "said", "the answer was no", ""},
		},
	},
	{
		name: "a pronoun after a sentence with a claim is that claim's speaker, not its first name",
		text: "It was no good Mr Blair claiming tax pledges were being left to the manifesto, argued Michael Howard. Pointing to national insurance, he added: \"Everyone knows tax will go up under Labour.\"",
		want: []want{
			{"Michael Howard", "indirect", "argued", "It was no good Mr Blair claiming", ""},
			{"Michael Howard", "direct", "added", "Everyone knows tax will go up under Labour", ""},
		},
	},
	{
		name: "she is not a spokesman",
		text: "Kellyanne Conway criticised the president. A spokesman for Barack Obama said the criticism was not worth answering. “I guess he’s auditioning to be a political pundit after his job is over soon,” she said at the time.",
		want: []want{
			{"spokesman for Barack Obama", "indirect", "said", "the criticism was not worth answering", ""},
			{"Kellyanne Conway", "direct", "said", "auditioning to be a political pundit", ""},
		},
	},
	{
		name: "a name that is also an auxiliary: Theresa May said",
		text: "In an emergency statement to the Commons, Theresa May said people from around the world had been caught up in the attack.",
		want: []want{{"Theresa May", "indirect", "said", "people from around the world had been caught up", ""}},
	},
	{
		name: "an age in the apposition",
		text: "Fabrice Perticoz, 48, who was manning a Paris newsstand, said people lined up at 6:15 a.m. for his 120 copies.",
		want: []want{{"Fabrice Perticoz", "indirect", "said", "people lined up at 6:15 a.m.", ""}},
	},
	{
		name: "the cue begins the sentence before its speaker and quote",
		text: "Added Sen. Ron Wyden, Oregon Democrat: “These reports, if true, are of the gravest possible concern.”",
		want: []want{{"Ron Wyden", "direct", "Added", "of the gravest possible concern", ""}},
	},
	{
		name: "a place after the cue but a 'that' clause later: the clause is what was said",
		text: "Just hours before the White House meeting, Senator Bob Corker said on “Fox News Sunday” that a small but growing group of Republicans had begun considering a deal.",
		want: []want{{"Bob Corker", "indirect", "said", "a small but growing group of Republicans", "Just hours"}},
	},
	{
		name: "a participle after the cue without a comma is what was said; a passive participle is no cue",
		text: "The town’s mayor, Yasuo Takei, says watching the spectacle in silence only makes it more poignant. The Kassigs also released a letter written by their 26-year-old son in which he thanked them for their strength.",
		want: []want{{"Yasuo Takei", "indirect", "says", "watching the spectacle in silence", "mayor"}},
	},
	{
		name: "a noun that looks like a cue after a name or a document is not one",
		text: "The Twitter post on Tuesday morning followed an article in The Daily Caller, a conservative publication. The NSA report posted on Monday describes a cyberattack that lasted until just before Election Day.",
		want: nil,
	},
	{
		name: "a time, a comma and an indefinite apposition after the cue: the clause before is what was said",
		text: "Funding is in place for the special counsel investigation through the end of the fiscal year, three U.S. officials said on Monday, an indication the probe has money to keep it going.",
		want: []want{{"U.S. officials", "indirect", "said", "Funding is in place for the special counsel investigation", "indication"}},
	},
	{
		name: "said, then a long title with for and Dr. before the name",
		text: "They were \"far from the truth, especially with relation to the UAE's role in confronting extremism and terrorism,\" said Minister of State for Foreign Affairs Dr. Anwar Mohammed Gargash.",
		want: []want{{"Anwar Mohammed Gargash", "direct", "said", "far from the truth, especially", "Minister"}},
	},
	{
		name: "the demonym and title of an earlier role phrase name its person",
		text: "WASHINGTON (AP) — Trump and Turkish President Recep Tayyip Erdogan concluded a visit without achieving an agreement.\n\nThe Turkish president told reporters he might be persuaded to use the U.S.-made Patriot system “as well” as the Russian S-400.",
		want: []want{{"Recep Tayyip Erdogan", "indirect", "told", "he might be persuaded to use the U.S.-made Patriot system", "reporters"}},
	},
	{
		name: "a report named by its day speaks for its author",
		text: "WASHINGTON — The U.S. government’s 17-year effort to stabilize parts of war-torn Afghanistan has mostly failed, according to a report released Thursday by the Special Inspector General for Afghanistan Reconstruction.\n\nThursday’s report finds that bad strategy and policies in Afghanistan have led to billions wasted, more than 2,200 U.S. troops killed and a dysfunctional country left behind.",
		want: []want{
			{"Special Inspector General for Afghanistan Reconstruction", "indirect", "according to", "has mostly failed", ""},
			{"Special Inspector General for Afghanistan Reconstruction", "indirect", "finds", "bad strategy and policies in Afghanistan have led to billions wasted", "Thursday"},
		},
	},
	{
		name: "a report named after a person speaks for that person",
		text: "Robert Mueller delivered his findings on Friday.\n\nRussian officials have welcomed the results of the Mueller report, which found that neither Donald Trump nor any of his aides colluded with Russia during the 2016 US election, but said they doubted relations between Russia and the west would improve as a result.",
		want: []want{
			{"Robert Mueller", "indirect", "found", "neither Donald Trump nor any of his aides colluded with Russia", "doubted"},
			{"Russian officials", "indirect", "said", "they doubted relations between Russia and the west would improve", ""},
		},
	},
	{
		name: "states the noun is no cue, states the verb is",
		text: "Meanwhile, EU member states have reached a consensus about imposing sanctions on Ukrainian officials, Poland's deputy foreign minister Piotr Serafin told reporters Wednesday.\n\nThe indictment states that Winner has blonde hair and is five-feet-five.",
		want: []want{
			{"Piotr Serafin", "indirect", "told", "EU member states have reached a consensus", ""},
			{"indictment", "indirect", "states", "Winner has blonde hair and is five-feet-five", ""},
		},
	},
	{
		name: "an infinitive clause after a role is no speaker's description",
		text: "Instead of using his immense power as the chairman of a powerful Senate committee to determine whether Trump's presidency should continue, or at least to get straight answers about why Barr apparently misled Americans about the content of Mueller's report, Graham is now making a show of rolling over.",
		want: nil,
	},
	{
		name: "plural nouns that are also cues",
		text: "Bannon has also made anti-Catholic comments about Speaker Paul Ryan on his radio show. Gen. Michael Hayden rebutted claims that agency officials lied about the program. \"I think this is because the food industry and the environment have improved,\" he remarks.",
		want: []want{{"Michael Hayden", "direct", "remarks", "I think this is because the food industry and the environment have improved", ""}},
	},
	{
		name: "continue reports next to a quote or before a reporting verb",
		text: "Working-class white voters continued their decadeslong defection from the Democratic Party. Sergei Lavrov spoke in Moscow. He continued: \"We're referring here exclusively to the operation of the Russian air force.\" Putin himself continues to deny that Russia is behind the drip of Democratic Party emails.",
		want: []want{
			{"Sergei Lavrov", "direct", "continued", "We're referring here exclusively to the operation of the Russian air force", ""},
			{"Vladimir Putin", "indirect", "continues", "Russia is behind the drip of Democratic Party emails", ""},
		},
	},
	{
		name: "call with a particle, declare with an act are other verbs",
		text: "President Trump called off a planned airstrike at the last moment. Israel called up reserves. President Donald Trump has declared a national emergency at the southern border in an attempt to get his border wall built.",
		want: nil,
	},
	{
		name: "the administration is the latest organisation of that name",
		text: "The Trump administration asked the Supreme Court late Thursday to let the revised travel ban take effect. It applied to travelers from the six countries as the Homeland Security Department scrambled to figure out who the order covered. Rather than pursue an appeal, the administration said it would revise the policy.",
		want: []want{{"Trump administration", "indirect", "said", "it would revise the policy", ""}},
	},
	{
		name: "a pronoun later in a sentence a person opens is that person, not in a comma attribution",
		text: "National Security Adviser H.R. McMaster was added to the list Thursday when President Trump announced he was replacing McMaster with John Bolton.\n\nBolton is a hawk's hawk who has repeatedly said he believes the United States has the right to take the first shot to handle potential threats.\n\nJournalist Didier Francois told French radio Europe 1 that he and Foley were in the same cell at one point.\n\nFoley stood up to his captors and often asked the militants for simple things like bread for the other prisoners, he said.",
		want: []want{
			{"Donald Trump", "indirect", "announced", "he was replacing McMaster with John Bolton", ""},
			{"John Bolton", "indirect", "believes", "the United States has the right to take the first shot", ""},
			{"Didier Francois", "indirect", "told", "he and Foley were in the same cell at one point", ""},
			{"Didier Francois", "indirect", "said", "Foley stood up to his captors", ""},
		},
	},
	{
		name: "according to an outlet at the end of a sentence is the outlet, not the next sentence's person",
		text: "The Defense Department is on alert for possible retaliation from ISIS in the wake of the killing of its leader, Abu Bakr al-Baghdadi, by U.S. special forces last weekend, according to The Associated Press.\n\nGen. Kenneth McKenzie spoke of the possible threat Wednesday.",
		want: []want{{"Associated Press", "indirect", "according to", "The Defense Department is on alert for possible retaliation from ISIS", ""}},
	},
	{
		name: "a long subject after a quote attributes it; a relative clause does not",
		text: "\"We disclose user data to government in accordance with the law,\" the spokesperson said.\n\n\"Protecting the privacy of our users and their data is a top priority for Facebook,\" the company's chief security officer Joe Sullivan said in a statement.\n\nDeason said that he and his father would probably write a check to a Super Pac but stressed that “we’re waiting to see what Sheldon Adelson does”, a reference to billionaire Adelson, who has pledged some $100m to help Trump.",
		want: []want{
			{"spokesperson", "direct", "said", "We disclose user data to government", ""},
			{"Joe Sullivan", "direct", "said", "Protecting the privacy of our users", ""},
			{"Deason", "direct", "stressed", "we’re waiting to see what Sheldon Adelson does", ""},
			{"Deason", "indirect", "said", "he and his father would probably write a check", ""},
		},
	},
	{
		name: "two apostrophes close a quotation",
		text: "\"He believes that Mike Flynn should go testify,'' Spicer told reporters Friday. \"Gen. Flynn certainly has a story to tell, and he very much wants to tell it,'' Kelner said.",
		want: []want{
			{"Sean Spicer", "direct", "told", "He believes that Mike Flynn should go testify", "Kelner"},
			{"Kelner", "direct", "said", "Gen. Flynn certainly has a story to tell", ""},
		},
	},
	{
		name: "a quote paragraph does not continue a source cited with according to",
		text: "The lira has now passed the Argentine peso as the worst performing currency of 2018, according to Bloomberg data.\n\n\"I have just authorized a doubling of Tariffs on Steel and Aluminum with respect to Turkey as their currency, the Turkish Lira, slides rapidly downward against our very strong Dollar!\"",
		want: []want{{"Bloomberg", "indirect", "according to", "The lira has now passed the Argentine peso", ""}},
	},
	{
		name: "self-declared and so-called are adjectives, not cues",
		text: "The head of Libya's self-declared government, Omar al-Hassi, was inside the hotel at the time of the attack but was evacuated safely, Naass said. UN mediator Lahkdar Brahimi, who has been overseeing the so-called Geneva 2 talks, must try to bridge this yawning gap.",
		want: []want{{"Naass", "indirect", "said", "The head of Libya's self-declared government, Omar al-Hassi, was inside the hotel", ""}},
	},
	{
		name: "a bare group after a relative pronoun",
		text: "Tarrant, who police say carried out at least one of the shootings, posted a jumbled, 74-page manifesto on social media.",
		want: []want{{"police", "indirect", "say", "carried out at least one of the shootings", ""}},
	},
	{
		name: "a role the lists know a named person holds is that person",
		text: "James Comey testifies before the Senate Intelligence Committee, June 8, 2017.\n\nThe former FBI director says he made memos contemporaneous to, or immediately after, all nine of the meetings or phone calls he recalls having had with Donald Trump.\n\nMichael Howard has launched an attack on the cost of Britain's asylum system.\n\nThe Tory leader said English local authorities have spent more than £3bn on asylum since Labour won power in 1997.",
		want: []want{
			{"James Comey", "indirect", "says", "he made memos contemporaneous to", ""},
			{"Michael Howard", "indirect", "said", "English local authorities have spent more than £3bn", ""},
		},
	},
	{
		name: "testifying before a committee is no claim, testifying that is",
		text: "Holder will testify before the Senate Judiciary Committee. Gina Haspel testified that she agreed with Rodriguez that the tapes needed to be destroyed. Some 30 percent of illegal-immigrant parents caught and released with an ankle bracelet cut the bracelet off, an ICE official testified to Congress last year.",
		want: []want{
			{"Gina Haspel", "indirect", "testified", "she agreed with Rodriguez", ""},
			{"ICE official", "indirect", "testified", "Some 30 percent of illegal-immigrant parents", ""},
		},
	},
	{
		name: "shot back and fired back report next to a quote, not hit back at",
		text: "Rep. Dan Donovan faced the challenger. Donovan, a former district attorney, shot back: “I was a prosecutor for 20 years, I put people like him in prison.” China hit back immediately via duties on U.S. shipments including soybeans and automobiles.",
		want: []want{{"Dan Donovan", "direct", "shot back", "I was a prosecutor for 20 years", ""}},
	},
	{
		name: "a letter reads",
		text: "“You attempt to use this image to somehow imply Senator Murkowski’s support,” the letter reads.",
		want: []want{{"letter", "direct", "reads", "You attempt to use this image to somehow imply Senator Murkowski’s support", ""}},
	},
	{
		name: "quoted as saying by an agency: the quote before is what was said",
		text: "“We do not participate in Twitter diplomacy,” Kremlin spokesman Dmitry Peskov was quoted as saying by Interfax.",
		want: []want{{"Dmitry Peskov", "direct", "quoted as saying", "We do not participate in Twitter diplomacy", "Interfax"}},
	},
	{
		name: "quoted by an outlet as saying",
		text: "Qantas chief executive Geoff Dixon was quoted by The Australian newspaper as saying the carrier could no longer afford to remain \"all-Australian\".",
		want: []want{{"Geoff Dixon", "indirect", "quoted by The Australian newspaper as saying", "the carrier could no longer afford to remain", ""}},
	},
	{
		name: "lament, muse and surmise report",
		text: "President Barack Obama delivered a pious anti-war address in Hiroshima highlighting “humanity’s core contradiction” of war, lamenting that humanity tried to justify war because of religion.",
		want: []want{{"Barack Obama", "indirect", "lamenting", "humanity tried to justify war because of religion", ""}},
	},
	{
		name: "a second verb after a comma, or past a long apposition, is the opening person's",
		text: "Obama wrestled with mankind history of using science and technological innovation to destroy each other, asserted that the nuclear bombs that ended World War II proved the horror. Stewart Patrick, a senior fellow at the Council on Foreign Relations who served on former Secretary of State Colin Powell’s policy planning staff, said that such threats to aid run the risk of triggering a nationalist backlash.",
		want: []want{
			{"Barack Obama", "indirect", "asserted", "the nuclear bombs that ended World War II proved the horror", ""},
			{"Stewart Patrick", "indirect", "said", "such threats to aid run the risk", ""},
		},
	},
	{
		name: "an adverb between a verb and its particle",
		text: "Trump called again for repealing ObamaCare, overhauling the tax code and advancing a $1 trillion infrastructure plan.",
		want: []want{{"Donald Trump", "indirect", "called again for", "repealing ObamaCare, overhauling the tax code", ""}},
	},
	{
		name: "a state official's title is no cue",
		text: "Alabama Democratic state Rep. Anthony Daniels, who serves as the state House Democratic leader, told The Hill that he thinks Jones could win.",
		want: []want{{"Anthony Daniels", "indirect", "told", "he thinks Jones could win", ""}},
	},
	{
		name: "a comma and a conjunction after the cue go on the sentence",
		text: "Labour MP Terry Telford was asked about the campaign. Mr Telford agreed, but added it was becoming increasingly difficult to think of an answer when people asked \"What has Labour done for the North East?\"",
		want: []want{{"Terry Telford", "indirect", "added", "it was becoming increasingly difficult", "but added"}},
	},
	{
		name: "participle cue coordinated with a participle",
		text: "George Falcone, 50, from Freehold, N.J., was charged with terroristic threats.\n\nFalcone allegedly leaned forward within three feet of her and purposefully coughed, while laughing and saying he was infected with the virus.",
		want: []want{{"George Falcone", "indirect", "saying", "he was infected with the virus", "laughing"}},
	},
	{
		name: "participle cue contrasted with a phrase set off by a comma",
		text: "President Trump made reference to his previous threats to declare a national emergency, calling it a “very powerful weapon,” but saying he didn’t want to use it.",
		want: []want{
			{"Donald Trump", "direct", "calling", "very powerful weapon", ""},
			{"Donald Trump", "indirect", "saying", "he didn’t want to use it", "weapon"},
		},
	},
	{
		name: "gerunds joined by and are not a participle cue",
		text: "David Laufman declined to comment on the cases Mueller filed, but said the urgency of finding and countering foreign intelligence operations should be obvious.",
		want: []want{{"David Laufman", "indirect", "said", "the urgency of finding and countering foreign intelligence operations should be obvious", ""}},
	},
	{
		name: "quoted sentence after reported speech, no attribution of its own",
		text: "But Lib Dem leader Charles Kennedy said Harry was in a privileged position and said he should apologise in person. \"There is a reservoir of goodwill for Prince Harry, and Prince William with him, in this country, but I think he needs to remember that it can't last forever.\" He added that Sandhurst would probably be good for Harry as it would teach him some self discipline.",
		want: []want{
			{"Charles Kennedy", "indirect", "said", "Harry was in a privileged position", "apologise"},
			{"Charles Kennedy", "indirect", "said", "he should apologise in person", ""},
			{"Charles Kennedy", "direct", "", "There is a reservoir of goodwill for Prince Harry", "Sandhurst"},
			{"Charles Kennedy", "indirect", "added", "Sandhurst would probably be good for Harry", ""},
		},
	},
	{
		name: "a doubled apostrophe closes a curly quotation",
		text: "Michigan voters elected Rashida Tlaib.\n\nDeb Haaland and Sharice Davids: First Native American congresswomen\n\nHaaland is a New Mexico Democrat and member of the Pueblo of Laguna tribe.\n\n“I’m so excited to be here,’’ said Haaland, sporting native garb, before rushing off to cast a vote. “It took native women 240 years to get on the House floor.”",
		want: []want{
			{"Deb Haaland", "direct", "said", "I’m so excited to be here", "Kansas"},
		},
	},
	{
		name: "a title and a place between the quote and the apposition",
		text: "Sarah Huckabee Sanders said the request was a fishing expedition.\n\n“After recklessly prejudging the president for obstruction, Chairman Nadler is pursuing evidence to back up his conclusion,” Representative Doug Collins of Georgia, the top Republican on the Judiciary Committee, said in a statement.",
		want: []want{
			{"Sarah Huckabee Sanders", "indirect", "said", "the request was a fishing expedition", ""},
			{"Doug Collins", "direct", "said", "After recklessly prejudging the president", "Representative"},
		},
	},
	{
		name: "a quote said by someone according to an outlet stays the speaker's",
		text: "Spokesman Behrouz Kamalvandi said Iran would keep enriching uranium.\n\n\"Iran's reserves are every day increasing at a more rapid rate. As soon as they carry out their commitments, things will naturally go back to their original state,\" he said, according to AP.\n\nThat sentiment was echoed.",
		want: []want{
			{"Behrouz Kamalvandi", "indirect", "said", "Iran would keep enriching uranium", ""},
			{"Behrouz Kamalvandi", "direct", "said", "Iran's reserves are every day increasing", "according"},
		},
	},
	{
		name: "bare groups of a trade or standing speak as sources",
		text: "A few weeks ago, shares in GW Pharma lost a third of their value after UK regulators said they wanted more evidence about the drug's benefits. Mueller's supporters say he needs to be allowed to finish his job. Detractors say it's gone on long enough and that there still haven't been any actual charges related to the Trump campaign colluding with Russia.",
		want: []want{
			{"UK regulators", "indirect", "said", "they wanted more evidence", ""},
			{"Mueller's supporters", "indirect", "say", "he needs to be allowed", ""},
			{"Detractors", "indirect", "say", "any actual charges", ""},
		},
	},
	{
		name: "quantified people and groups",
		text: "Many people argued it was a mistake at the time. Many farmers, who tend to vote Republican, have argued that they want the Trump administration to broker new deals to expand overseas markets for agricultural goods.",
		want: []want{
			{"Many people", "indirect", "argued", "it was a mistake at the time", ""},
			{"Many farmers", "indirect", "have argued", "they want the Trump administration", ""},
		},
	},
	{
		name: "papers cited with no determiner",
		text: "He was found guilty of the lesser charge of uttering threats and sentenced to one day in jail, with credit for 66 days already served, according to court documents.",
		want: []want{{"court documents", "indirect", "according to", "found guilty of the lesser charge", "according"}},
	},
	{
		name: "a numbered group after a determiner is a description, not a bare group",
		text: "A letter to Clinton by the 24 academics, including former U.S. Ambassador to Nigeria John Campbell of the Council on Foreign Relations, said a terrorist designation would raise Boko Haram's international profile and possibly link the United States to abuses by Nigerian forces cracking down on the group.",
		want: nil,
	},
	{
		name: "a group inside another noun phrase is not the speaker",
		text: "On Thursday, the association that represents thousands of FBI agents warned that the shutdown could cause laboratory delays, reduce money for investigations and make it harder to recruit and retain agents.",
		want: nil,
	},
	{
		name: "a party tag after a name is the person's, and a relative clause before the reporting verb reports nothing",
		text: "Sen. Ted Cruz, R-Texas, who has criticized other Obama regulations, said that net neutrality \"puts the government in charge of determining Internet pricing, terms of service, and what types of products and services can be delivered.\" But Sen. Bob Corker (R-Tenn.), the retiring chairman of the Foreign Relations Committee, said: “Without having some kind of tangible reasons for doing so, which there may be that I’m not aware of, I don’t like it at all.”",
		want: []want{
			{"Ted Cruz", "direct", "said", "puts the government in charge", "criticized"},
			{"Bob Corker", "direct", "said", "I don’t like it at all", ""},
		},
	},
	{
		name: "the state and party of a member noun find the person",
		text: "Sen. Rand Paul of Kentucky said Tuesday that President Obama is being “disingenuous” on the NSA’s bulk data collection program. “Here’s the thing about the president: He’s disingenuous about this,” the Kentucky Republican said on “CBS This Morning.”",
		want: []want{
			{"Rand Paul", "indirect", "said", "President Obama is being", ""},
			{"Rand Paul", "direct", "said", "He’s disingenuous about this", ""},
		},
	},
	{
		name: "a member noun of another state is not the person tagged last",
		text: "“It’s getting harder,” said Sen. Patty Murray (D-Wash.), calling GOP insistence on moving their own spending bills a “waste of time.” “I want to put the chairman on notice: The president will veto bills at this allocation,” the Maryland Democrat warned at a recent spending mark-up.",
		want: []want{
			{"Patty Murray", "direct", "said", "It’s getting harder", ""},
			{"Maryland Democrat", "direct", "warned", "The president will veto bills", ""},
		},
	},
	{
		name: "an unnamed member of a party speaks as a source, a named one in apposition as the person",
		text: "An Iowa Republican remarked, “This is the most wide open contest I have ever seen.” \"You have a lot of prominent Republicans who have come a long way on this,\" said a Republican lobbyist who advocated against the amendment. Another moderate Democrat, Senator Bob Casey of Pennsylvania, also said he would reject Judge Gorsuch and join the filibuster effort.",
		want: []want{
			{"Iowa Republican", "direct", "remarked", "most wide open contest", ""},
			{"Republican lobbyist who advocated against the amendment", "direct", "said", "prominent Republicans", ""},
			{"Bob Casey", "indirect", "said", "he would reject Judge Gorsuch", ""},
		},
	},
	{
		name: "a quote attributed after a long bare apposition is not the last speaker's continuation",
		text: "“We do not give the ‘well qualified’ rating lightly,” said Nancy Scott Degan, an official of the bar association.\n\n“I don’t think we should move forward on the Gorsuch nomination until the nomination of Merrick Garland has been dealt with fairly,” Senator Thomas R. Carper, Democrat of Delaware, said on Thursday, signaling his support for a filibuster.",
		want: []want{
			{"Nancy Scott Degan", "direct", "said", "We do not give", ""},
			{"Thomas R. Carper", "direct", "said", "move forward on the Gorsuch nomination", "Carper"},
		},
	},
	{
		name: "how or when a source spoke is no part of its description",
		text: "State department employees were to practice discretion in assessing whether family bonds described by visa applicants were “bona fide”, according to a senior state department official in a conference call with reporters. \"Calculators will have to wait,\" said an IMF official in a briefing on Wednesday.",
		want: []want{
			{"senior state department official", "indirect", "according to", "practice discretion", "conference call"},
			{"IMF official", "direct", "said", "Calculators will have to wait", ""},
		},
	},
	{
		name: "a title word after a given name is a surname, alone too once named; a name after its role in an apposition",
		text: "“There’s a global reshuffling going on in terms of how international relations work,” Andrew Bishop, deputy director of research for the Eurasia Group, said in an email.\n\n“There’s no doubt President Trump has upended U.S. relationships across the world, but his has not been a one-size-fits-all approach,” Bishop said.\n\nJohnson’s running mate, former Massachusetts governor William Weld, said he’d seen interest and fundraising pick up as Trump’s campaign has floundered.",
		want: []want{
			{"Andrew Bishop", "direct", "said", "global reshuffling", ""},
			{"Andrew Bishop", "direct", "said", "one-size-fits-all approach", ""},
			{"William Weld", "indirect", "said", "he’d seen interest", ""},
		},
	},
	{
		name: "a short clause after it is a claim; a statement from a body is the body's",
		text: "“It’s definitely on the agenda,” said Menendez, who said it would help the economy.\n\nNadia's symptoms were first noticed on March 27, and zoo officials decided to test her \"out of an abundance of caution,\" according to a statement from the Wildlife Conservation Society.",
		want: []want{
			{"Bob Menendez", "direct", "said", "definitely on the agenda", ""},
			{"Bob Menendez", "indirect", "said", "it would help the economy", ""},
			{"Wildlife Conservation Society", "indirect", "according to", "zoo officials decided to test her", "statement"},
		},
	},
	{
		name: "made it clear, made clear and voiced their concern report",
		text: "Still, by the standards of diplomacy the European ministers were forthright. And the European Union's monetary affairs commissioner, Joaquin Almunia, made it clear that action was necessary. The eurozone finance ministers voiced their concern that the rise of the european currency was harming exports. Donald Trump spoke.\n\nTrump later made clear on Twitter that he regarded a wall as necessary.",
		want: []want{
			{"Joaquin Almunia", "indirect", "made it clear", "action was necessary", ""},
			{"eurozone finance ministers", "indirect", "voiced their concern", "harming exports", ""},
			{"Donald Trump", "indirect", "made clear", "he regarded a wall as necessary", "Twitter"},
		},
	},
	{
		name: "believes and thinks report a belief, not in a condition or with the object missing",
		text: "“I think it will happen, and it probably should happen,” Trump said at a news conference with British Prime Minister Theresa May.\n\nMay, who is leaving office on Friday after failing to arrange Britain’s exit from the E.U., said she still believes it is in the country’s best interests to leave with an agreement for withdrawal.\n\n\"The Betamax principles stand as the Magna Carta for the technology industry,\" said Gary Shapiro, chief executive of the Consumer Electronics Association. CEA boss Mr Shapiro thinks the case is the most important that the Supreme Court will hear this year.\n\nIf Mr. Trump thinks he is sending a strong message of resolve to North Korea, he is again mistaken.",
		want: []want{
			{"Donald Trump", "direct", "said", "I think it will happen", ""},
			{"Theresa May", "indirect", "believes", "in the country’s best interests", ""},
			{"Gary Shapiro", "direct", "said", "Magna Carta", ""},
			{"Gary Shapiro", "indirect", "thinks", "the case is the most important", ""},
		},
	},
	{
		name: "a definite role is the person the article gave it, past former, a head's title for another",
		text: "Former CIA Director John Brennan said on Tuesday that he had concerns that Russian officials may have successfully recruited aides from Donald Trump’s campaign. The former CIA chief noted that classified intelligence is routinely shared with foreign countries, but that if Trump made a spontaneous decision to do so, he would have violated “two protocols.”",
		want: []want{
			{"John Brennan", "indirect", "said", "he had concerns", ""},
			{"John Brennan", "indirect", "noted", "classified intelligence is routinely shared", ""},
		},
	},
	{
		name: "who after an apposition with an age and a place is the person named first",
		text: "\"The revolution turned into a war with the authorities,\" said Vasyl Oleksenko, 57, a retired geologist from central Ukraine, who said he fled the night's violence fearing for his life, but returned to the square in the morning, feeling ashamed.",
		want: []want{
			{"Vasyl Oleksenko", "direct", "said", "turned into a war", ""},
			{"Vasyl Oleksenko", "indirect", "said", "he fled the night's violence", ""},
		},
	},
	{
		name: "a role led by a demonym, a company or a possessive before the name after the cue",
		text: "\"Asia should engage in greater currency flexibility,\" said French finance minister Herve Gaymard, after a meeting with his German counterpart Hans Eichel.\n\n\"This is a simple tool for people to express themselves,\" said MSN's Blake Irving.\n\n“We’re not surprised to see Donald Trump continue his destructive race to the bottom,” said Clinton spokeswoman Jennifer Palmieri in response to the press conference.\n\nState Department spokeswoman Jen Psaki said, \"There is no greater priority for us than the welfare and safety of U.S. citizens abroad.\"",
		want: []want{
			{"Herve Gaymard", "direct", "said", "greater currency flexibility", ""},
			{"Blake Irving", "direct", "said", "a simple tool", ""},
			{"Jennifer Palmieri", "direct", "said", "destructive race", ""},
			{"Jen Psaki", "direct", "said", "no greater priority", ""},
		},
	},
	{
		name: "a date or a part of a day after the cue is no part of what is said",
		text: "ZTE said on May 6, 2018 it applied to the U.S. Commerce Department for a stay of the order.\n\nMayor Bill de Blasio said Tuesday morning he is “absolutely convinced” that there was no danger to schoolchildren in New York.\n\nMark Oaten, for the Liberal Democrats, said Monday night's vote showed the government had \"lost the confidence of all sides of the House\".",
		want: []want{
			{"ZTE", "indirect", "said", "it applied to the U.S.", "May 6"},
			{"Bill de Blasio", "indirect", "said", "he is “absolutely convinced”", "morning"},
			{"Mark Oaten", "indirect", "said", "Monday night's vote showed", ""},
		},
	},
	{
		name: "an age or a demonym before a role refers back to the person the sentence before is about",
		text: "Former Chelsea captain Marcel Desailly believes Manchester United have lost their fear factor. \"Mentally they are much stronger, even though a lot of their players are young,\" the 36-year-old said.\n\nJeremy Irons was among the stars at the ceremony. \"I questioned whether I should come when such a tragedy had happened,\" the British actor said.\n\nRaffarin met Tony Blair in London. The French prime minister said French high school students were among the injured.",
		want: []want{
			{"Marcel Desailly", "indirect", "believes", "lost their fear factor", ""},
			{"Marcel Desailly", "direct", "said", "Mentally they are much stronger", ""},
			{"Jeremy Irons", "direct", "said", "I questioned whether", ""},
			{"French prime minister", "indirect", "said", "French high school students", ""},
		},
	},
	{
		name: "a country's office is the person the article gave it, else a source; a name after the comma is the speaker",
		text: "Belgium's interior minister said that man placed a bomb at the airport and left.\n\nInterior Minister Bernard Cazeneuve visited the scene. A municipal official was seriously wounded in that attack, France's interior minister said.\n\nRussian President Vladimir Putin’s spokesman, Dmitry Peskov, rejected the accusations, saying, “We don’t have information about who may have hacked pharmaceutical companies and research centers in Britain.”\n\n“Our goal here is to save this country from this disastrous law and start over,” said committee Chairman Tom Price, Georgia Republican.",
		want: []want{
			{"Belgium's interior minister", "indirect", "said", "man placed a bomb", ""},
			{"Bernard Cazeneuve", "indirect", "said", "A municipal official was seriously wounded", ""},
			{"Dmitry Peskov", "direct", "saying", "We don’t have information", ""},
			{"Tom Price", "direct", "said", "save this country", ""},
		},
	},
	{
		name: "a compound given name, a parenthesis in dashes, a source named again, a delegation",
		text: "\"There are clear signs of a revival in domestic demand,\" said Frank-Juergen Weise, head of the Federal Labour Agency, in a statement.\n\nIsraeli Prime Minister Benjamin Netanyahu – who tried to block it – said in March that Iran was “gobbling up four countries right now.”\n\n\"Do you really want to go up against Harry Reid?\" said one national GOP operative, pointing out Reid's bare-knuckles style of campaigning. \"It's a totally different race with him out,\" the operative said.\n\nThe Palestinian delegation has told Egypt an end to the closure is key to any solution for Gaza.",
		want: []want{
			{"Frank-Juergen Weise", "direct", "said", "clear signs of a revival", ""},
			{"Benjamin Netanyahu", "", "said", "gobbling up four countries", ""},
			{"national GOP operative", "direct", "said", "Do you really want", ""},
			{"national GOP operative", "indirect", "pointing out", "bare-knuckles style", ""},
			{"national GOP operative", "direct", "said", "a totally different race", ""},
			{"Palestinian delegation", "indirect", "has told", "an end to the closure", ""},
		},
	},
	{
		name: "a club, a place or a party before a role refers back to the person before",
		text: "England full-back Jason Robinson was upbeat. \"There is no lack of confidence in the team,\" said the Sale full-back.\n\nDonald Trump held a rally. \"I couldn’t believe it when I saw it,\" the presumptive Republican nominee said.",
		want: []want{
			{"Jason Robinson", "direct", "said", "no lack of confidence", ""},
			{"Donald Trump", "direct", "said", "I couldn’t believe it", ""},
		},
	},
	{
		name: "the newspaper is the latest outlet, not the latest body",
		text: "The Wall Street Journal reported that Iranian hackers had broken into the Navy Department's network. The paper reported that the hackers were able to remain in the network until this past November.",
		want: []want{
			{"The Wall Street Journal", "indirect", "reported", "Iranian hackers had broken into", ""},
			{"The Wall Street Journal", "indirect", "reported", "the hackers were able to remain", ""},
		},
	},
	{
		name: "a state or a team before an office refers back to its holder",
		text: "Bernie Sanders met Clinton on Thursday. The Vermont senator said he still plans to compete in next Tuesday’s Washington, D.C., primary, the final contest on the calendar.",
		want: []want{
			{"Bernie Sanders", "indirect", "said", "he still plans to compete", ""},
		},
	},
	{
		name: "the airline, the giant: the latest company of that trade; a kin noun in apposition makes a person",
		text: "British Airways is to end its flights to Saudi Arabia. The airline said the decision was a commercial one due to reduced passenger demand for the services.\n\nFor its part, Google is looking at it. The search giant said it was looking into the issue.\n\nMagdi Badr, a family friend, said, \"we pray for the victims.\"",
		want: []want{
			{"British Airways", "indirect", "said", "the decision was a commercial one", ""},
			{"Google", "indirect", "said", "it was looking into the issue", ""},
			{"Magdi Badr", "direct", "said", "we pray for the victims", ""},
		},
	},
	{
		name: "the company is the latest company, not the latest body",
		text: "\"We are doing research into the possibilities we have,\" Michael Lamberty, a Lufthansa spokesman told the BBC. The company said that it had to cancel 77 short and medium-distance flights, affecting about 5,000 passengers.",
		want: []want{
			{"Michael Lamberty", "direct", "told", "We are doing research", ""},
			{"Lufthansa", "indirect", "said", "it had to cancel 77", ""},
		},
	},
	{
		name: "accuse and blame in the present tense and as participles; 'and others' after the group",
		text: "Legislators from both parties accuse the administration of failing to provide 30 days' advance notice to Congress of a transfer of Guantanamo detainees.\n\nDarrell Issa is accusing the president of misleading the public about the attack.\n\nMembers of Congress and others accuse Turkish-backed forces of killing Kurdish civilians.",
		want: []want{
			{"Legislators from both parties", "indirect", "accuse", "the administration of failing to provide", ""},
			{"Darrell Issa", "indirect", "accusing", "the president of misleading the public", ""},
			{"Members of Congress", "indirect", "accuse", "Turkish-backed forces of killing", ""},
		},
	},
	{
		name: "according to a role and a name, data from a body, a document and its participle",
		text: "About 14 million households in the UK, 60%, have digital TV, according to the communications regulator Ofcom.\n\nIn fact, more Mexicans were returning to Mexico than coming to the U.S., according to data from the Pew Research Center.\n\nIt took $40.8m (£21m) in weekend ticket sales, according to studio estimates released on Sunday.",
		want: []want{
			{"Ofcom", "indirect", "according to", "have digital TV", ""},
			{"Pew Research Center", "indirect", "according to", "more Mexicans were returning", ""},
			{"studio estimates", "indirect", "according to", "in weekend ticket sales", ""},
		},
	},
	{
		name: "people by their walk of life or their ties speak as sources; a kin noun before a name is that person",
		text: "Troops had the hotel surrounded, a journalist for ORTM told CNN from the scene.\n\n“We’re born into this era and if there is a crackdown, we would resist till the last moment,” one demonstrator told the Guardian.\n\nJeb Bush spoke too. Bush’s brother Jeb, who has all but formally announced his bid for the Republican presidential nomination, raised eyebrows Monday after telling Fox News he supported the invasion even now.",
		want: []want{
			{"journalist for ORTM", "indirect", "told", "Troops had the hotel surrounded", ""},
			{"demonstrator", "direct", "told", "we would resist till the last moment", ""},
			{"Jeb Bush", "indirect", "telling", "he supported the invasion", ""},
		},
	},
	{
		name: "'it' opening a sentence is the body that opened the one before as a verb's subject",
		text: "To hear him draw a connection between the nuclear deal and China's transformation, then, was striking. It suggested that he does see it as a possibility.\n\nThe Muslim Council of Britain has complained to broadcasting watchdog Ofcom. It says the programme breaches editorial guidelines.\n\nDelta Airlines has been hit recently by pressures of rising fuel costs and fierce competition. It has said it needs to cut between 6,000 and 7,000 jobs.\n\nThe Transportation Security Administration had also alerted local law enforcement agencies responsible for security around airports in the state, CNN said. It added that some U.S. cities had increased their security, but gave no further details.",
		want: []want{
			{"Muslim Council of Britain", "indirect", "says", "the programme breaches editorial guidelines", ""},
			{"Delta Airlines", "indirect", "has said", "it needs to cut between 6,000 and 7,000 jobs", ""},
			{"CNN", "indirect", "said", "The Transportation Security Administration had also alerted", ""},
			{"CNN", "indirect", "added", "some U.S. cities had increased their security", ""},
		},
	},
	{
		name: "'the government' is the country's, never the latest body",
		text: "Amnesty International has released satellite imagery of Baga and Doron Baga, two towns in northeastern Nigeria that were attacked by Boko Haram. Amnesty International has consistently said that the Islamic militants tore through the towns, burning buildings and killing as many as 2,000 people. The government, however, has denied those claims, saying the death toll is closer to 150.",
		want: []want{
			{"Amnesty International", "indirect", "said", "the Islamic militants tore through the towns", ""},
			{"Nigeria", "indirect", "has denied", "those claims", ""},
			{"Nigeria", "indirect", "saying", "the death toll is closer to 150", ""},
		},
	},
	{
		name: "an 'according to' aside between a subject and its verb gives the whole sentence",
		text: "Rex Tillerson spoke on Friday. The amendments, according to Tillerson, would include specific “trigger points” that would automatically reimpose U.S. nuclear sanctions on Iran.\n\nThe catch, according to Senate investigators, was that neither of the U.S. banks approached by the office would process the transfer.",
		want: []want{
			{"Rex Tillerson", "indirect", "according to", "The amendments, according to Tillerson, would include specific", ""},
			{"Senate investigators", "indirect", "according to", "The catch, according to Senate investigators, was that neither", ""},
		},
	},
	{
		name: "some of a group named before speaks as that group",
		text: "Trump’s lawyers said the questions would undercut the investigation. Some of the lawyers had worried that if Trump had submitted to the interview, it could expose him to charges of lying. Officials familiar with the discussion said the meeting was tense and long. Mr. Schumer interjected, calling on Ms. Pelosi, two of the officials familiar with the discussion said.",
		want: []want{
			{"Trump’s lawyers", "indirect", "said", "the questions would undercut the investigation", ""},
			{"Trump’s lawyers", "indirect", "had worried", "if Trump had submitted to the interview", ""},
			{"Officials familiar with the discussion", "indirect", "said", "the meeting was tense and long", ""},
			{"Chuck Schumer", "indirect", "calling on", "Ms. Pelosi", ""},
			{"Officials familiar with the discussion", "indirect", "said", "Mr. Schumer interjected", ""},
		},
	},
	{
		name: "'the president' is no vice president, 'the prime minister' no deputy prime minister",
		text: "President Donald Trump was impeached on Wednesday. The inquiry concerned former Vice President Joe Biden and his son. The president has denied wrongdoing and accused Democrats of a partisan attack.\n\nPrime Minister Tony Blair met Deputy Prime Minister John Prescott on Monday. But the prime minister said he had discussed these claims with the chancellor and dismissed them.",
		want: []want{
			{"Donald Trump", "indirect", "has denied", "wrongdoing", ""},
			{"Tony Blair", "indirect", "said", "he had discussed these claims with the chancellor", ""},
		},
	},
	{
		name: "a surname that is a common word speaks after a quote once its person is named",
		text: "U.S. Ambassador Samantha Power spoke after the vote. “What's important is that the Security Council unites,” Power said. Joel Wit, a former State Department official, agreed. “This is negotiating 101,” Wit said.",
		want: []want{
			{"Samantha Power", "direct", "said", "What's important is that the Security Council unites", ""},
			{"Joel Wit", "direct", "said", "This is negotiating 101", ""},
		},
	},
	{
		name: "an inverted speaker: a surname alone that is a common word, a given name that is one",
		text: "WADA chief Dick Pound spoke on Monday. \"If she is found guilty she should be stripped of all her medals and banned for two years,\" said Pound. “The healthcare hurdle pushes everything in Trump’s agenda to 2018,” said Art Hogan, chief market strategist at Wunderlich Securities in New York.",
		want: []want{
			{"Dick Pound", "direct", "said", "she should be stripped of all her medals", ""},
			{"Art Hogan", "direct", "said", "The healthcare hurdle pushes everything", ""},
		},
	},
	{
		name: "an inverted speaker named after words no role list knows",
		text: "\"There is only one legal term for this, and that is genocide,\" said Knights of Columbus chief Carl Anderson. \"Ossie was my hero, and he still is,\" said Aviator star Alan Alda, a family friend for over forty years.",
		want: []want{
			{"Carl Anderson", "direct", "said", "that is genocide", ""},
			{"Alan Alda", "direct", "said", "Ossie was my hero", ""},
		},
	},
	{
		name: "a party's members in a chamber are a group, not the party or the chamber",
		text: "On Tuesday, Senate Republicans conceded they were “stuck” and without a way forward on the bill. Senior Republicans in Congress have said they would oppose such deep cuts to the military. Democrats said the plan would fail in the end. Some congressional Democrats have asserted that the summit was rushed.",
		want: []want{
			{"Senate Republicans", "indirect", "conceded", "they were “stuck”", ""},
			{"Senior Republicans in Congress", "indirect", "have said", "they would oppose such deep cuts", ""},
			{"Democratic Party", "indirect", "said", "the plan would fail in the end", ""},
			{"Some congressional Democrats", "indirect", "have asserted", "the summit was rushed", ""},
		},
	},
	{
		name: "a group before where it is speaks, named with a named place",
		text: "Updated at noon Eastern time: Police in Sydney said early Tuesday the siege was over after armed officers were seen storming the cafe.\n\nOfficials from EgyptAir initially said debris from the plane was found off the Greek island of Karpathos.\n\nUkrainian officials at the time denied there was any threat to Russian citizens in Crimea.",
		want: []want{
			{"Police in Sydney", "indirect", "said", "the siege was over", ""},
			{"Officials from EgyptAir", "indirect", "said", "debris from the plane was found", ""},
			{"Ukrainian officials", "indirect", "denied", "there was any threat to Russian citizens", ""},
		},
	},
	{
		name: "a 'that' inside the reported clause does not start it again",
		text: "Charles Kennedy spoke in London. Mr Kennedy says he wants to deal with policy areas that disadvantage women.",
		want: []want{
			{"Charles Kennedy", "indirect", "says", "he wants to deal with policy areas that disadvantage women", ""},
		},
	},
	{
		name: "a long relative clause after a name, not after a body",
		text: "Steven Gerrard, who fired Liverpool into the last 16 of this season's competition with a brilliant goal in December's win over Olympiakos, insisted he was still fully focused on helping Liverpool to glory this season.\n\nJohn McLaughlin, a former acting director of the CIA, who was not listed as having his clearance under review but has criticized the president's policies in the past, said he thought the move was political.",
		want: []want{
			{"Steven Gerrard", "indirect", "insisted", "he was still fully focused", ""},
			{"John McLaughlin", "indirect", "thought", "the move was political", ""},
		},
	},
	{
		name: "a quote that opens a paragraph and has its own attribution continues nobody",
		text: "EXCLUSIVE - A $28,500 deposit was made to Syed Farook’s bank account, a source close to the investigation told Fox News Monday.\n\n“Right now our major concern at the FBI, the ATF, and the JTTF (Joint Terrorism Task Force) is determining how those firearms got from Marquez to Farook and to Malik,” assistant special agent in charge with the Bureau of Alcohol, Tobacco and Firearms, John D’Angelo, told reporters in California Monday.",
		want: []want{
			{"source close to the investigation", "indirect", "told", "A $28,500 deposit was made", ""},
			{"John D’Angelo", "direct", "told", "Right now our major concern", ""},
		},
	},
	{
		name: "a named person of 'the' body speaks, also before an apposition",
		text: "Ms. Goitein of the Brennan Center says there are no public signs of intentional misuse of Section 702.\n\nProfessor Ryan Goodman of New York University, a former special counsel at the US defense department, said that Prince’s testimony “looks a lot like perjury” in light of the disclosure.",
		want: []want{
			{"Goitein", "indirect", "says", "there are no public signs of intentional misuse", ""},
			{"Ryan Goodman", "indirect", "said", "Prince’s testimony", ""},
		},
	},
	{
		name: "a name, a comma and its role of a body: the person, with or without the closing comma",
		text: "\"It is obviously very, very encouraging for Sony because Microsoft briefly outsold them last week,\" John Houlihan, editor of Computerandvideogames.com told BBC News.\n\nRon Faucheux, president of Clarus Research Group, a nonpartisan polling company, said there was broad support for including even minor candidates.",
		want: []want{
			{"John Houlihan", "direct", "told", "very encouraging for Sony", ""},
			{"Ron Faucheux", "indirect", "said", "there was broad support", ""},
		},
	},
	{
		name: "the subject's second verb ends what it said; the last of a list of reported verbs does not",
		text: "Sen. Dianne Feinstein of California said the strikes were \"a limited but necessary response\" and called on Trump to \"develop a comprehensive strategy to end Syria's civil war.\"\n\nTwo Democratic senators said the Turkish government had imprisoned more than 80,000 Turkish citizens, closed more than 1,500 non-governmental organizations on terrorism-related grounds and dismissed or suspended more than 130,000 civil servants from their jobs.",
		want: []want{
			{"Dianne Feinstein", "direct", "called on", "develop a comprehensive strategy", ""},
			{"Dianne Feinstein", "direct", "said", "the strikes were", "called on"},
			{"Democratic senators", "indirect", "said", "dismissed or suspended more than 130,000", ""},
		},
	},
	{
		name: "a long hearer after 'told' ends at 'that'",
		text: "Without ever mentioning Mr. Trump by name, Mr. Obama told an audience in South Africa marking the 100th anniversary of Nelson Mandela’s birth that the world is living in “strange and uncertain times.”\n\nSenate Intelligence Committee Chairwoman Dianne Feinstein told the Los Angeles Times in a story published Sunday that the panel had to get the report out.",
		want: []want{
			{"Barack Obama", "indirect", "told", "the world is living in", "South Africa"},
			{"Dianne Feinstein", "indirect", "told", "the panel had to get the report out", "Los Angeles"},
		},
	},
	{
		name: "who is told is no speaker; a quote whose attribution is not resolved continues nobody; a titled, tagged name after a quote speaks",
		text: "Libya's prime minister Abdullah al-Thani said production had doubled since June.\n\n\"We don't know where they are and we don't know what is happening to them,\" one parent, who declined to be identified, told Deutsche Welle.\n\n“You have turned Iran from being a pariah into now Congress, Congress being a pariah,” Sen. Bob Corker (R) of Tennessee, chairman of the Senate Foreign Relations Committee, told Kerry when he appeared before the committee.",
		want: []want{
			{"Abdullah al-Thani", "indirect", "said", "production had doubled", ""},
			{"Bob Corker", "direct", "told", "You have turned Iran from being a pariah", "Sen."},
		},
	},
	{
		name: "'the statement said' is who made the statement, not a body it names",
		text: "“Israel rejects this shameful anti-Israel resolution at the UN and will not abide by its terms,” Israeli Prime Minister Benjamin Netanyahu said in a statement released from his office.\n\n“At a time when the Security Council does nothing to stop the slaughter of half a million people in Syria, it disgracefully gangs up on the one true democracy in the Middle East,” the statement said.",
		want: []want{
			{"Benjamin Netanyahu", "direct", "said", "Israel rejects this shameful", ""},
			{"Benjamin Netanyahu", "direct", "said", "the Security Council does nothing", ""},
		},
	},
	{
		name: "a relative 'that' does not start what is said; a complementizer after an adjective-like word does",
		text: "The Somali rebel group al-Shabaab, which is linked to Al Qaeda, claimed responsibility for the attack that shattered a period of calm in Mogadishu.\n\nPresident Obama argued forcefully last year that targeted killings were a necessary tool in the fight against terrorism.",
		want: []want{
			{"al-Shabab", "indirect", "claimed", "responsibility for the attack that shattered", ""},
			{"Barack Obama", "indirect", "argued", "targeted killings were a necessary tool", "forcefully"},
		},
	},
	{
		name: "a person of a place, then an apposition; a body in a relative clause of the apposition is no speaker",
		text: "Rep. Bill Pascrell Jr. of New Jersey, the top Democrat on the House Ways and Means Committee’s trade panel, said he doesn’t believe Mr. Trump would carry out the threat.\n\nSen. Charles E. Grassley, the Iowa Republican who next year will take charge of the Senate Finance Committee, which oversees trade agreements, said the president has Congress over a barrel.",
		want: []want{
			{"Bill Pascrell Jr.", "indirect", "said", "he doesn’t believe Mr. Trump would carry out the threat", ""},
			{"Charles E. Grassley", "indirect", "said", "the president has Congress over a barrel", ""},
		},
	},
	{
		name: "an outlet's reporter or programme is part of who is told",
		text: "Sen. Marco Rubio, R-Florida, told CNN's Wolf Blitzer he would do everything in his power to block the nomination.\n\nSen. Dianne Feinstein, California Democrat, told CNN’s “State of the Union” that her party would never compromise on the wall.",
		want: []want{
			{"Marco Rubio", "indirect", "told", "he would do everything in his power", "Blitzer"},
			{"Dianne Feinstein", "indirect", "told", "her party would never compromise", "State of the Union"},
		},
	},
	{
		name: "a floating 'both' between the speakers and the verb; a possessive mark inside a medium before a quote",
		text: "Afghanistan's election commission named Ashraf Ghani Ahmadzai as the winner of the country's presidential election Sunday, hours after Ahmadzai signed a power sharing agreement with opponent Abdullah Abdullah. The pact was brokered between Kerry and Karzai late last year, but Karzai refused to sign the agreement. Ghani and Abdullah both said that they would sign the deal.\n\nTrump attorney Jay Sekulow said on CBN News' Faith Nation, \"It'll be very interesting to see what happens in the days ahead.\"",
		want: []want{
			{"Ashraf Ghani", "indirect", "said", "they would sign the deal", ""},
			{"Jay Sekulow", "direct", "said", "It'll be very interesting to see what happens", ""},
		},
	},
	{
		name: "quoted or cited X (as) saying: X speaks; passive 'was quoted by Y as saying': the subject does",
		text: "Reuters quotes a resident in Raqqa as saying there is an \"exodus\" from the city in the wake of the bombardment.\n\nBoth pieces cited anonymous US law enforcement officials saying that Malik had posted a now-deleted pledge of allegiance on her personal Facebook page.\n\nRepresentative John Carter was quoted by the Capitol Hill newspaper Roll Call as saying that an election year is not the time to press forward.",
		want: []want{
			{"resident in Raqqa", "indirect", "saying", "there is an", ""},
			{"anonymous US law enforcement officials", "indirect", "saying", "Malik had posted a now-deleted pledge", ""},
			{"John Carter", "indirect", "quoted by the Capitol Hill newspaper Roll Call as saying", "an election year is not the time", ""},
		},
	},
	{
		name: "the first of two speakers when the second is no entity; not the last of a list",
		text: "However, analysts and a British publication say Syria is hiding much of its stockpile from the U.N.\n\nA group of MPs and peers has called for a tightening of regulations controlling betting on sport.\n\nThe United States, China and other regional powers had feared that North Korea might mark Saturday by conducting its sixth nuclear test.",
		want: []want{
			{"analysts", "indirect", "say", "Syria is hiding much of its stockpile", ""},
			{"group of MPs", "indirect", "has called for", "a tightening of regulations", ""},
		},
	},
	{
		name: "two cues of one attribution make one claim",
		text: "Russian Deputy Foreign Minister Gennady Gatilov said on Monday that Syria plans to send a large shipment of toxic agents out of the country this month and can remove all its chemical stockpile by March 1, according to a Reuters report.",
		want: []want{
			{"Gennady Gatilov", "indirect", "said", "Syria plans to send a large shipment", ""},
			{"Reuters", "indirect", "according to", "Syria plans to send a large shipment", ""},
		},
	},
	{
		name: "an unlisted company named again speaks; someone who works at a place speaks, not the place",
		text: "Anti-fraud consultancy Retail Decisions says 'card-not-present' fraud has risen since the start of the year. But the clampdown has caused fraudsters to change tack, Retail Decisions said.\n\nA sixth-grade teacher at Sidwell Friends said the notes were hers.",
		want: []want{
			{"Retail Decisions", "indirect", "says", "fraud has risen since the start of the year", ""},
			{"Retail Decisions", "indirect", "said", "the clampdown has caused fraudsters to change tack", ""},
			{"sixth-grade teacher at Sidwell Friends", "indirect", "said", "the notes were hers", ""},
		},
	},
	{
		name: "a source phrase that opens the sentence speaks its second verb, not the object of its first",
		text: "One of the EU’s top leaders has criticised Donald Trump for his “worrying declarations” and said the new administration in Washington is contributing to the dangers facing Europe.\n\nPolitical consultants from both parties praised Schultz's business background, but said an independent bid would likely split the anti-Trump vote with the Democratic nominee.",
		want: []want{
			{"EU’s top leaders", "indirect", "said", "the new administration in Washington is contributing", ""},
			{"Political consultants from both parties", "indirect", "said", "an independent bid would likely split", ""},
		},
	},
	{
		name: "the holder of an office 'of' something that the article named with it speaks",
		text: "Secretary of State John F. Kerry struck a note of optimism on Syria Monday.\n\nThe secretary of state said he and Mr. Lavrov talked about “the possibility of trying to encourage a ceasefire.”\n\nWhite House chief of staff John Kelly has declined all requests to appear on the Sunday show circuit.\n\n“Certainly the president is, you know, somewhat embarrassed, frankly,” the chief of staff said of the Russia probe.",
		want: []want{
			{"John Kerry", "", "said", "he and Mr. Lavrov talked about", ""},
			{"John Kelly", "direct", "said", "Certainly the president is", ""},
		},
	},
	{
		name: "'the New York Democrat' is the elected official named just before when no tag says otherwise",
		text: "Rep. Jerrold Nadler on Sunday defended Robert Mueller’s testimony to two congressional panels last week about his Russia investigation, but a new poll shows his appearance failed to move the needle on whether President Trump should be impeached.\n\n“I think it was very important that he testified,” the New York Democrat told ABC’s “This Week.”",
		want: []want{
			{"Jerry Nadler", "direct", "told", "I think it was very important that he testified", ""},
		},
	},
	{
		name: "the show's title after the attribution is no more of the quote",
		text: "\"They are one plane ticket away from U.S. shores,\" Rogers said on NBC's \"Meet the Press.\"\n\n\"I believe strongly that ISIS does plan on attacking the United States,\" Rep. Peter King said on \"Fox News Sunday.\"",
		want: []want{
			{"Rogers", "direct", "said", "They are one plane ticket away from U.S. shores", "Meet the Press"},
			{"Peter King", "direct", "said", "ISIS does plan on attacking the United States", "Fox News Sunday"},
		},
	},
	{
		name: "'they' opening a sentence is the group that opened the one before, or the group of the body that did",
		text: "Democrats said on Thursday the report contained disturbing evidence of wrongdoing by Trump that could fuel congressional investigations.\n\nSome legal experts echoed that view. They said the evidence should have given prosecutors a strong basis for bringing an obstruction case against Trump.\n\nWhite House officials aren't promising bold new initiatives for 2016. They say Obama will focus on protecting his achievements from the past year.",
		want: []want{
			{"Democratic Party", "indirect", "said", "the report contained disturbing evidence", ""},
			{"legal experts", "indirect", "said", "the evidence should have given prosecutors", ""},
			{"White House officials", "indirect", "say", "Obama will focus on protecting his achievements", ""},
		},
	},
	{
		name: "'the president' in a story that names no country is the listed president it names most",
		text: "WASHINGTON – In at least one way, Donald Trump is like so many people in Washington – he's anxious to see \"the Mueller report.\"\n\nAmid speculation that special counsel Robert Mueller will soon issue findings on his investigation into Russian election interference, Trump on Wednesday again proclaimed his innocence and attacked Mueller. Then the president said he doesn't mind if the special counsel's report is made public.",
		want: []want{
			{"Donald Trump", "indirect", "said", "he doesn't mind if the special counsel's report is made public", ""},
		},
	},
	{
		name: "said, then a role with its owner and a comma before the name: the name speaks",
		text: "Negotiators agreed to a “phased cancellation” of tariff hikes if talks progress, said a Commerce Ministry spokesman, Gao Feng.\n\n“There are no winners in a trade war,” said the chamber’s chairman, William Zarit, in a statement.\n\nIn Turkey, around 130,000 Kurdish refugees fleeing Islamic State militants have crossed the border from Syria into Turkey over the past four days, said Turkey's deputy prime minister, Numan Kurtulmus.",
		want: []want{
			{"Gao Feng", "indirect", "said", "Negotiators agreed to a “phased cancellation”", ""},
			{"William Zarit", "direct", "said", "There are no winners in a trade war", ""},
			{"Numan Kurtulmus", "indirect", "said", "around 130,000 Kurdish refugees", "deputy prime minister"},
		},
	},
	{
		name: "'…, according to X, who …': what comes before is X's, not the relative clause",
		text: "They will be logistics and communications experts who will assess the situation and advise Nigerian officials, according to Pentagon spokesman Col. Steve Warren, who said the U.S. military has no plans to carry out a rescue mission.",
		want: []want{
			{"Steve Warren", "indirect", "according to", "They will be logistics and communications experts", ""},
			{"Steve Warren", "indirect", "said", "the U.S. military has no plans to carry out a rescue mission", ""},
		},
	},
	{
		name: "a speaker after ', and' or ', while' reports nothing of the clause before; after ', as' it does",
		text: "Mr. Bush launched combat operations in two countries in the war on terrorism, but Mr. Obama has boasted about troop withdrawals.\n\nLate last week, the FBI publicly blamed North Korea in the incident, though Pyongyang has denied involvement.\n\nLabor ran ads in those states slamming those lawmakers, as Politico reported.",
		want: []want{
			{"Politico", "indirect", "reported", "Labor ran ads in those states", ""},
		},
	},
	{
		name: "an outlet that opens the clause speaks its participle; not one that reports another's words",
		text: "CNN is also reporting that the attackers were two men.\n\nThe Guardian is less complimentary, calling him a man who \"promised much but accomplished little.\"\n\nThe Washington Post reports that Russia initially disputed Turkey's version of events, saying the plane was likely downed \"due to shelling from the ground.\"",
		want: []want{
			{"CNN", "indirect", "reporting", "the attackers were two men", ""},
			{"The Guardian", "", "calling", "promised much but accomplished little", ""},
			{"Russia", "", "saying", "due to shelling from the ground", ""},
			{"The Washington Post", "indirect", "reports", "Russia initially disputed", ""},
		},
	},
	{
		name: "a day between a demand's verb and its particle",
		text: "Defense Secretary Chuck Hagel called Monday for shrinking the U.S. Army to its smallest size in decades, along with other cuts.\n\nMr. Trump called Sunday on Mexico and Central American governments to keep the migrants within their nations.",
		want: []want{
			{"Chuck Hagel", "indirect", "called Monday for", "shrinking the U.S. Army to its smallest size", ""},
			{"Donald Trump", "indirect", "called Sunday on", "Mexico and Central American governments to keep the migrants", ""},
		},
	},
	{
		name: "'maintain' with a plain object keeps something; with a clause it asserts",
		text: "Under Kim Jong Un's watch, North Korea has maintained a torrid pace in weapons tests, including its most powerful nuclear test to date.\n\nRussia maintains it has not armed rebels in eastern Ukraine or contributed to the conflict there.",
		want: []want{
			{"Russia", "indirect", "maintains", "it has not armed rebels in eastern Ukraine", ""},
		},
	},
	{
		name: "'…, but X said' ends what the first speaker said; two subjects of one verb do not",
		text: "Yukos has always insisted the auction was state-sponsored theft but Russian authorities argued they were imposing the law, trying to recover billions in unpaid taxes.\n\nRussia says it launched airstrikes against ISIS on Wednesday, but some experts say the terror group doesn't operate in the areas that were hit.",
		want: []want{
			{"Yukos", "indirect", "insisted", "the auction was state-sponsored theft", "authorities"},
			{"Russian authorities", "indirect", "argued", "they were imposing the law", ""},
			{"Russia", "indirect", "says", "it launched airstrikes against ISIS", "experts"},
			{"experts", "indirect", "say", "the terror group doesn't operate", ""},
		},
	},
	{
		name: "backbenchers, demonstrators and onlookers speak as groups",
		text: "The Conservatives have been \"a lot smarter\" in the way they have conducted the general election campaign, a Labour backbencher has said.\n\nOnlookers say they heard sporadic gunfire as the hostage situation continued.\n\nDemonstrators said they were prepared for the process of ousting Maduro to last a long time.",
		want: []want{
			{"Labour backbencher", "", "has said", "The Conservatives have been", ""},
			{"Onlookers", "indirect", "say", "they heard sporadic gunfire", ""},
			{"Demonstrators", "indirect", "said", "they were prepared for the process", ""},
		},
	},
	{
		name: "a demand with 'that' and a subjunctive, in any tense",
		text: "(CNN) House Democrats are demanding that Attorney General William Barr release special counsel Robert Mueller's report to the public.\n\nThe president demanded that Castro stop harboring fugitives and criminals like Joanne Chesimard.",
		want: []want{
			{"House Democrats", "indirect", "demanding", "Barr release special counsel Robert Mueller's report", ""},
			{"president", "indirect", "demanded", "Castro stop harboring fugitives", ""},
		},
	},
	{
		name: "'…, while X says' or 'though X says' ends what the first speaker said",
		text: "Putin has said the plane was attacked a kilometer inside Syrian territory, while Erdogan says it crashed in Turkey, injuring two people, after being in Turkish airspace for 17 seconds.\n\nMrs. Clinton’s team says the documents weren’t marked classified at the time, though the FBI says that doesn’t mean the information wasn’t secret and shouldn’t have been protected.",
		want: []want{
			{"Vladimir Putin", "indirect", "has said", "the plane was attacked a kilometer inside Syrian territory", "Erdogan"},
			{"Recep Tayyip Erdogan", "indirect", "says", "it crashed in Turkey", ""},
			{"Clinton’s team", "indirect", "says", "the documents weren’t marked classified at the time", "FBI"},
			{"Federal Bureau of Investigation", "indirect", "says", "doesn’t mean the information wasn’t secret", ""},
		},
	},
	{
		name: "a department's inspector general is an office of the department",
		text: "Though more than two years old, that recommendation has not been fully implemented by the Diplomatic Security office, the State Department’s inspector general recently warned.",
		want: []want{
			{"United States Department of State Inspector General", "indirect", "warned", "that recommendation has not been fully implemented", ""},
		},
	},
	{
		name: "an acronym in brackets after an inverted speaker",
		text: "Online communities set up by the UK government could encourage public debate and build trust, says the Institute of Public Policy Research (IPPR).",
		want: []want{
			{"Institute for Public Policy Research", "indirect", "says", "Online communities set up by the UK government", ""},
		},
	},
	{
		name: "a team or a family is no he or she",
		text: "Mrs. Clinton’s team signaled they wanted a “fact-checked” debate that would pound Mr. Trump, and they got it.\n\nMr. Trump scored points when he said Mrs. Clinton has been in public life for 30 years, and yet doesn’t have a record she can run on.",
		want: []want{
			{"Clinton’s team", "indirect", "signaled", "they wanted a", ""},
			{"Donald Trump", "indirect", "said", "Mrs. Clinton has been in public life for 30 years", ""},
		},
	},
	{
		name: "a source 'working for' someone is the source, not whom it works for",
		text: "In a court filing Monday, prosecutors working for special counsel Robert Mueller wrote that Manafort and one of his associates \"repeatedly\" contacted two witnesses in an effort to influence their testimony.",
		want: []want{
			{"prosecutors working for special counsel Robert Mueller", "indirect", "wrote", "Manafort and one of his associates", ""},
		},
	},
	{
		name: "a story, a tale or the truth told is no statement",
		text: "When Sen. Dianne Feinstein took to the Senate floor last March, she told a harrowing tale of spying, intrigue and possible law-breaking — all by the CIA.\n\nSideways tells the story of two men who take a road trip through California's wine regions and also stars Paul Giamatti.",
		want: nil,
	},
	{
		name: "after the cue, a country's body speaks, not the country",
		text: "Mexican imports of U.S. soybean meal, used to feed chickens and livestock, fell 29 percent in the first 11 months of 2017, compared with the same period the previous year, according to the U.S. Department of Agriculture.",
		want: []want{
			{"United States Department of Agriculture", "indirect", "according to", "Mexican imports of U.S. soybean meal", ""},
		},
	},
	{
		name: "welcoming a person or a thing is no statement; rejecting a notion that … is",
		text: "Polish leaders welcomed Mr. Obama warmly and expressed appreciation for the proposed security program, which is called the “European reassurance initiative.”\n\n\"We took this seriously,\" John Kirby said at the start of an interview on the network's \"Fox & Friends\" on Thursday.\n\nKirby also flatly rejected the notion that there is a \"cover-up\" at Foggy Bottom.",
		want: []want{
			{"John Kirby", "direct", "said", "We took this seriously", ""},
			{"John Kirby", "indirect", "rejected", "there is a", ""},
		},
	},
	{
		name: "a photo posted is no statement; a quote tweeted is",
		text: "Last week, Sarah Palin posted a photo of her visit to a Chick-fil-A in California on her Facebook page.\n\nUS President Donald Trump has often repeated that China pays for US tariffs on its goods. On 5 May he tweeted: 'For 10 months, China has been paying Tariffs to the USA.'",
		want: []want{
			{"Donald Trump", "indirect", "tweeted", "For 10 months, China has been paying Tariffs", ""},
		},
	},
	{
		name: "a quote paragraph after a paragraph ending in an attribution and a colon is that speaker's",
		text: "DJI offered a bounty for researchers to uncover bugs in its drones, although Walker said Johns Hopkins didn't accept any money.\n\nIn a statement, DJI said:\n\n\"At DJI, safety is at the core of everything we do, and the security of our technology has been independently verified by the U.S. government and leading U.S. businesses.\"",
		want: []want{
			{"Walker", "indirect", "said", "Johns Hopkins didn't accept any money", ""},
			{"DJI", "direct", "said", "At DJI, safety is at the core", ""},
		},
	},
	{
		name: "a question ends the sentence before its attribution, which is the next sentence",
		text: "“If Judge Gorsuch can’t achieve 60 votes in the Senate, could any judge appointed by a Republican president be approved with 60 or more votes in the Senate?” Senate Majority Leader Mitch McConnell, R-Ky., asked on Tuesday.",
		want: []want{
			{"Mitch McConnell", "direct", "asked", "If Judge Gorsuch can’t achieve 60 votes", ""},
		},
	},
	{
		name: "he after a quote of several sentences is the subject of the sentence before the quote, not of one inside it",
		text: "Obama has announced the technology giant will expand Wi-Fi access on the island.\n\nRepublican presidential candidate Ted Cruz tweeted support for the Cuban people and criticized the visit.\n\n\"Political prisoners languishing in dungeons across the island will hear this message: Nobody has your back. You're alone with your tormentors. The world has forgotten about you,\" he wrote in Politico.",
		want: []want{
			{"Barack Obama", "indirect", "has announced", "the technology giant will expand", ""},
			{"Ted Cruz", "direct", "wrote", "Political prisoners languishing", ""},
		},
	},
	{
		name: "a sentence before the quote whose subject is he names no new speaker",
		text: "\"Brett Kavanaugh lived a life we should all be proud of,\" Graham said Wednesday.\n\nHe lauded Trump for sticking with Kavanaugh.\n\n\"A lot of people would have pulled the plug on him. Mr. President, thank you for not pulling the plug,\" he said.",
		want: []want{
			{"Graham", "direct", "said", "Brett Kavanaugh lived a life", ""},
			{"Graham", "direct", "said", "A lot of people would have pulled the plug", ""},
		},
	},
	{
		name: "a titled name after by is no subject",
		text: "Obama called on Congress to lift the embargo.\n\nThat embargo, launched by President John F. Kennedy, is now solidified by decades of congressional legislation - a fact Obama alluded to in his remarks.\n\n“The embargo that has been imposed for decades is now codified in legislation. As these changes unfold, I look forward to engaging Congress in an honest and serious debate about lifting the embargo,” he said.",
		want: []want{
			{"Barack Obama", "indirect", "called on", "Congress to lift the embargo", ""},
			{"Barack Obama", "direct", "said", "The embargo that has been imposed", ""},
		},
	},
	{
		name: "a study by a body behind an owner that is no name is the body's",
		text: "If admitted into the EU, Turkey would contribute almost 6bn euros ($8bn; £6bn) to its budget by 2014, according to a recent impact study by the country's State Planning Organisation.",
		want: []want{
			{"State Planning Organisation", "indirect", "according to", "Turkey would contribute almost 6bn euros", ""},
		},
	},
	{
		name: "an adverb set off by commas after an apposition leaves the speaker before the apposition",
		text: "Mark Tushnet, a professor at Harvard Law School, however, told CNBC that “the weight of the arguments lies in favor of finding that the president has the power to self-pardon” because the Constitution gives the chief executive authority to make sure that laws are faithfully executed.\n\nDefense Secretary Chuck Hagel, speaking in Georgia where he's meeting with government and defense officials, however, rejected the suggestion that the strikes open a new front in the war against the Islamic State or that they represent an escalation of U.S. military operations, according to the Associated Press.",
		want: []want{
			{"Mark Tushnet", "direct", "told", "the weight of the arguments", ""},
			{"Chuck Hagel", "indirect", "rejected", "the suggestion that the strikes open a new front", ""},
			{"Associated Press", "indirect", "according to", "Defense Secretary Chuck Hagel", ""},
		},
	},
	{
		name: "the command is the command the article named",
		text: "A mix of fighters and bombers conducted four airstrikes Saturday to help defend the dam, U.S. Central Command said. The strikes destroyed five Humvees, one armed vehicle, a checkpoint and damaged a bunker, according to the command.",
		want: []want{
			{"United States Central Command", "indirect", "said", "A mix of fighters and bombers", ""},
			{"United States Central Command", "indirect", "according to", "The strikes destroyed five Humvees", ""},
		},
	},
	{
		name: "the title that opens the clause is the subject of its participle",
		text: "Republicans are still searching for their first major legislative victory since President Trump took office, and hope that the tax overhaul will charge up the economy and help their standing with voters.\n\nThe president quickly backed the plan Thursday morning, calling it a step toward \"massive tax relief for the American people.\"",
		want: []want{
			{"Donald Trump", "direct", "calling", "massive tax relief for the American people", ""},
		},
	},
	{
		name: "according to a body's document, and a name after the comma is no part of the source",
		text: "According to a Pentagon statement, Soleimani was developing plans to attack American diplomats and service members in Iraq and around the region, which isn’t hard to believe, since that was his job.\n\nThat year, 56 percent of people expressed overall confidence in the police, and in 2019, this number declined slightly to 53 percent, according to a recurring Gallup survey.",
		want: []want{
			{"United States Department of Defense", "indirect", "According to", "Soleimani was developing plans", ""},
			{"Gallup", "indirect", "according to", "56 percent of people expressed", ""},
		},
	},
	{
		name: "a relative clause of the body in a person's apposition leaves the person the speaker",
		text: "Logan Churchwell, spokesman for the Public Interest Legal Foundation, which advocated for voter integrity measures, said the bill “is doomed on all fronts.”",
		want: []want{
			{"Logan Churchwell", "direct", "said", "is doomed on all fronts", ""},
		},
	},
	{
		name: "a hyphenated modifier is part of a source's description",
		text: "The left-wing groups cheered the bill’s passage, calling it a historic step, and said it would curb many of the excesses they see in the Trump administration and GOP-led legislative chambers.",
		want: []want{
			{"left-wing groups", "indirect", "said", "it would curb many of the excesses", ""},
		},
	},
	{
		name: "by saying: the subject of the clause it ends",
		text: "Austria opened the floodgates by announcing that \"every refugee in Austria can apply for asylum.\"\n\nJohnson dropped out after Justice Secretary Michael Gove, Johnson's ally in the EU \"leave\" campaign, astonished the political world by announcing that he was running to succeed Prime Minister David Cameron.",
		want: []want{
			{"Austria", "direct", "announcing", "every refugee in Austria can apply for asylum", ""},
			{"Michael Gove", "indirect", "announcing", "he was running to succeed", ""},
		},
	},
	{
		name: "the government is the country the story names most, not the one named last",
		text: "Baikal paid 260.75bn roubles ($9.37bn: £4.8bn) for Yugansk - nowhere near the $27bn Russia says Yukos owes in taxes. Meanwhile, Tim Osborne, head of Yukos main shareholders' group Menatep, said that Yukos may have to declare itself bankrupt, and that legal action would be taken, outside Russia, against the auction winners.\n\nThe sale came despite a restraining order issued by a US court dealing with the firm's bankruptcy application for Chapter 11 protection.\n\nThe unit was seized by the government which claims the oil giant owes more than $27bn in taxes and fines.",
		want: []want{
			{"Russia", "indirect", "says", "Yukos owes in taxes", ""},
			{"Tim Osborne", "indirect", "said", "Yukos may have to declare itself bankrupt", ""},
			{"Russia", "indirect", "claims", "the oil giant owes more than $27bn", ""},
		},
	},
	{
		name: "a participle after a preposition makes no clause of a plain object",
		text: "Murphy quickly tweeted images of injured passengers and first responders inside his overturned café car.",
		want: nil,
	},
	{
		name: "a title word as a surname before \"of\" a place, and after a title once named",
		text: "In the Senate, nine Democrats have already signed on as cosponsors (including Sen. Angus King of Maine, who is technically an independent caucusing with Democrats), with several more supporters said to be waiting in the wings.\n\nBut the dynamics may change now that a framework for a deal is in hand. \"I'm not in if it's a partisan weapon,\" Sen. King told Everett.",
		want: []want{
			{"Angus King", "direct", "told", "I'm not in if it's a partisan weapon", ""},
		},
	},
	{
		name: "a role after a determiner speaks a clause of its own after but",
		text: "Prosecutors said Mr. Lowry acted alone, but the defense lawyer said the lack of controls could implicate the way evidence has been collected and secured by other agents, too.",
		want: []want{
			{"Prosecutors", "indirect", "said", "Mr. Lowry acted alone", "defense"},
			{"defense lawyer", "indirect", "said", "the lack of controls could implicate", ""},
		},
	},
	{
		name: "an amount added is no statement",
		text: "President Trump added 1.33 million jobs from January through September versus Obama’s record of losing 4.59 million jobs in that same first nine months. In the same time period, President Obama added $1.3 trillion debt (a 12% increase).",
		want: nil,
	},
	{
		name: "a fronted setting is not what was said, but its speaker goes on",
		text: "In a statement Monday, the White House urged passage of the bill.\n\n\"This legislation will help strengthen Americans' confidence in the government's use of these important national security authorities.\"",
		want: []want{{"White House", "direct", "", "This legislation will help strengthen", ""}},
	},
	{
		name: "testifying before a committee is no statement",
		text: "Obama's position was reiterated by U.S. Secretary of State John Kerry, who testified before the Senate Foreign Relations Committee about the administration's plan to defeat ISIS, the terror group that refers to itself as the Islamic State.",
		want: nil,
	},
	{
		name: "a pronoun after a setting and a role is the person they name",
		text: "But a spokesman for Russian President Vladimir Putin warned that the strikes dealt \"a significant blow\" to relations between Moscow and Washington.\n\nAt the United Nations, Russia's deputy ambassador, Vladimir Safronkov, strongly criticized what he called the U.S. \"flagrant violation of international law and an act of aggression\" whose \"consequences for regional and international security could be extremely serious.\"",
		want: []want{
			{"spokesman for Russian President Vladimir Putin", "indirect", "warned", "the strikes dealt", ""},
			{"Vladimir Safronkov", "direct", "called", "flagrant violation of international law", ""},
		},
	},
	{
		name: "a spokesman for a titled person",
		text: "A spokesman for German Chancellor Angela Merkel, who was instrumental in the peace talks, says the rebels are committing \"a massive violation\" of the temporary peace.",
		want: []want{{"spokesman for German Chancellor Angela Merkel", "indirect", "says", "the rebels are committing", ""}},
	},
	{
		name: "a pronoun in a comma attribution is the subject of the sentence before",
		text: "On 28 December, another senior economic adviser called the sale \"the swindle of the century\".\n\nMr Gref, a well-known opponent of nationalisation in competitive parts of the market, was keen to distance himself from Mr Iliaronov's comments. The privatisation of companies such as Yukos in the 1990s had been badly handled, he said. But he stressed that the government needed to get out of oil.",
		want: []want{
			{"senior economic adviser", "direct", "called", "the swindle of the century", ""},
			{"Herman Gref", "indirect", "said", "The privatisation of companies such as Yukos", ""},
			{"Herman Gref", "indirect", "stressed", "the government needed to get out of oil", ""},
		},
	},
	{
		name: "a role opening the sentence before is the person holding it",
		text: "Barack Obama fell in love with the sound of his voice at an early age. It’s the love that dares shout its name, and will not die even when everybody else has quit listening.\n\nThe president traveled this week to Hollywood, the reliable refueling stop for Democratic candidates, and preached to show-biz friends who paid up to $65,000 each for supper and had to eat it in a tent in the backyard. Everybody who was anybody was there, Jeffrey Katzenberg, Tom Rothman, James Brolin.\n\nThe president didn’t have to pay for a plate of beans and cornbread, so he returned the gift with his voice. Washington, he said, isn’t working because it’s “dysfunctional” and despite everything he has done “there’s still disquiet around the country.”",
		want: []want{{"Barack Obama", "indirect", "said", "isn’t working because", ""}},
	},
	{
		name: "told an outlet's programme",
		text: "On Thursday, Mr Howard told BBC Radio 4's Today programme Mr Blair had initially refused the law change, then had come round to the idea and was now backtracking again.",
		want: []want{{"Howard", "indirect", "told", "Mr Blair had initially refused", "programme"}},
	},
	{
		name: "told an outlet's programme whose title has a lower-case word",
		text: "Asked on Thursday about Mr Smith's position Mr Johnson told BBC Radio 4's World at One he thought it was a \"non-story\".",
		want: []want{{"Johnson", "indirect", "told", "he thought it was a", "One"}},
	},
	{
		name: "a role before any name in the sentence before is the person holding it",
		text: "Tory leader Michael Howard has accused Tony Blair of performing U-turns over rules on using force against burglars.\n\nHome Secretary Charles Clarke said ministers had kept to their pledge to review the law.\n\nMetropolitan Police Commissioner Sir John Stevens last month backed a Tory attempt to change the law so only householders using \"grossly disproportionate\" force could be prosecuted. The pressure prompted the prime minister to say the police and Crown Prosecution Service would be consulted as part of a review of the law. He told MPs: \"If we get the right response from those people, we will, of course, support a change in the law.\"",
		want: []want{
			{"Michael Howard", "indirect", "has accused", "Tony Blair of performing U-turns", ""},
			{"Charles Clarke", "indirect", "said", "ministers had kept to their pledge", ""},
			{"Tony Blair", "direct", "told", "If we get the right response", ""},
		},
	},
	{
		name: "a cable and an affidavit speak as documents",
		text: "The cable warns that the U.S. is losing prospective allies among Syria’s majority Sunni population in its fight against the Sunni extremist group Islamic State while the regime “continues to bomb and starve” them.\n\nAn internal audit determined that six people had accessed and printed the intelligence report, the affidavit says.",
		want: []want{
			{"cable", "indirect", "warns", "the U.S. is losing prospective allies", ""},
			{"affidavit", "indirect", "says", "An internal audit determined", ""},
		},
	},
	{
		name: "a charge after a comma names its object, not its speaker",
		text: "The dossier, orchestrated by Democrats and the firm Fusion GPS and written by former British spy Christopher Steele, accused Mr. Gubarev of hacking Democratic Party computers under pressure from Russian intelligence.",
		want: nil,
	},
	{
		name: "a response in deeds or in kind is no statement",
		text: "Lawmakers responded Thursday by staging a symbolic vote in the Senate Judiciary Committee on an amendment to affirm that the U.S. will not tailor its immigration and visitor policies based on religion. So far, China has responded in kind to Trump’s tariffs – slapping an equivalent $53 billion in U.S. exports to China, much of which has been U.S. agricultural goods.",
		want: nil,
	},
	{
		name: "'it' after a sentence that 'the company' opens is the company",
		text: "BT has moved to pre-empt a possible break-up of its business by offering to cut wholesale broadband prices and open its network to rivals.\n\nThe company also unveiled plans to cut the wholesale prices of its most popular broadband product by about 8% from April in areas of high customer demand.\n\nIt added that it plans to invest £10bn in the next five years to create a \"21st Century network\".",
		want: []want{{"BT Group", "indirect", "added", "it plans to invest £10bn", ""}},
	},
	{
		name: "an embedded tweet is its author's",
		text: "Rep. Ron DeSantis also tweeted Thursday:\n\nThe classified report compiled by House Intelligence is deeply troubling and raises serious questions about the upper echelon of the Obama DOJ and Comey FBI as it relates to the so-called collusion investigation. — Ron DeSantis (@RepDeSantis) January 18, 2018\n\nWhile the report is classified as Top Secret, I believe the select committee should, pursuant to House rules, vote to make the report publicly available as soon as possible. This is a matter of national significance and the American people deserve the truth. — Ron DeSantis (@RepDeSantis) January 18, 2018",
		want: []want{
			{"Ron DeSantis", "direct", "tweeted", "The classified report compiled by House Intelligence", ""},
			{"Ron DeSantis", "direct", "", "While the report is classified as Top Secret", "@RepDeSantis"},
		},
	},
	{
		name: "'that' before plural sources opens a clause, it points at nothing",
		text: "Carter also writes that sources told her “they would not be surprised if it leads to the end of Robert Mueller’s Special Counsel investigation into President Trump and his associates.”",
		want: []want{
			{"sources", "direct", "told", "they would not be surprised", ""},
			{"Carter", "", "writes", "sources told her", ""},
		},
	},
	{
		name: "a report to Congress speaks, not Congress",
		text: "Obama has not declared a target figure for Syrian refugee admissions for FY 2017, although a recent report to Congress said the administration “aims to admit a significantly higher number” of Syrian refugees in the new fiscal year than the 10,000 target initially set for FY 2016.",
		want: []want{{"recent report to Congress", "indirect", "said", "the administration “aims to admit", ""}},
	},
	{
		name: "recalling a thing and saying little are no statements; recalling that one did is",
		text: "Former Liberal Democrat MP Jackie Ballard recalled a stream of remarks from a leading MP on topics such as women's legs or their sexual persuasion. The president has said little publicly about the report, other than that he would like it to be made public as soon as possible.\n\nLondon (CNN) Boris Johnson, one of the leading voices in the Brexit campaign and the man considered to be the favorite to replace outgoing Prime Minister David Cameron, delivered a bombshell Thursday when he announced he didn't want the job.",
		want: []want{{"Boris Johnson", "indirect", "announced", "he didn't want the job", ""}},
	},
	{
		name: "'it' after a sentence that a document opens is the document",
		text: "A National Audit Office report on the 20 biggest projects says costs have risen by £1.7bn in the past year. It says there is \"little evidence\" the MoD's performance had improved, despite the introduction of a \"smart acquisition\" policy six years ago.",
		want: []want{
			{"National Audit Office", "indirect", "says", "costs have risen by £1.7bn", ""},
			{"National Audit Office", "indirect", "says", "there is \"little evidence\"", ""},
		},
	},
	{
		name: "a new document and what it is about speaks",
		text: "An annual report to Congress on China’s evolving military capability concluded that the modernization was being driven in part by growing territorial disputes in the East and South China seas, as well as by Beijing’s desire to expand its presence and influence abroad.",
		want: []want{{"annual report to Congress on China’s evolving military capability", "indirect", "concluded", "the modernization was being driven", ""}},
	},
	{
		name: "a country's sole office is its listed holder named later; 'even as' opens another speaker's clause",
		text: "Meanwhile, Hungary's prime minister says his country is doing all it can to manage a growing migrant crisis, even as European officials said they will meet this month in Brussels to discuss an effort to \"strengthen the European response\" to the situation.\n\nViktor Orban said the influx of refugees into his country is really \"a German problem\" because that is the intended destination for most of them.",
		want: []want{
			{"Viktor Orban", "indirect", "says", "his country is doing all it can", "even"},
			{"officials", "indirect", "said", "they will meet this month in Brussels", ""},
			{"Viktor Orban", "indirect", "said", "the influx of refugees", ""},
		},
	},
	{
		name: "a pronoun later in a sentence that a titled name opens is that person",
		text: "Clinton spokesman Brian Fallon said Friday the Sanders breach of voter files was not an accident, and Sanders staffers not only looked at the data but at one point tried — apparently unsuccessfully — to download data into a spreadsheet for storage and use later.\n\nMr. Sanders is paying $10,000 a month for access to the files, but in his court documents he said losing access to the files and his campaign’s work on them is costing his operation more than $600,000 a day in value because he cannot access mailing lists he’s used to raise money.",
		want: []want{
			{"Brian Fallon", "indirect", "said", "the Sanders breach of voter files was not an accident", ""},
			{"Sanders", "indirect", "said", "losing access to the files", ""},
		},
	},
	{
		name: "a name after a cue and a lower-case description of its own",
		text: "\"We use the latest technology supplied by an Italian company,\" said rally driver Dave Hawkins who runs the company. \"Laura Ashley is a bit of a shrivelled husk of a company,\" said retail analyst Nick Bubb of Evolution Securities.",
		want: []want{
			{"Dave Hawkins", "direct", "said", "We use the latest technology", ""},
			{"Nick Bubb", "direct", "said", "Laura Ashley is a bit of a shrivelled husk", ""},
		},
	},
	{
		name: "an apposition set off by spaced hyphens",
		text: "Mr Hawkins - a paraplegic himself - says his customers have included right or left arm amputees, quadriplegics, people who have had strokes and a woman who had had all four limbs amputated. Mr Howard - himself the son of immigrants - will acknowledge that racial discrimination still exists in the UK.",
		want: []want{
			{"Hawkins", "indirect", "says", "his customers have included", ""},
			{"Howard", "indirect", "acknowledge", "racial discrimination still exists", ""},
		},
	},
	{
		name: "what someone said, then a phrase of time or place, is no claim",
		text: "CNN has now obtained a copy of the email, which lists September 14 as the date sent and contains a decryption key that matches what WikiLeaks had tweeted out the day before.",
		want: nil,
	},
	{
		name: "'As X noted in Y,' attributes the clause after the comma",
		text: "As Joe Simonson observes in the Washington Examiner, the Vermont senator’s predictions of massive turnout were proven wrong repeatedly, suggesting he’d built his battle plan on materialist theory rather than political reality.",
		want: []want{
			{"Joe Simonson", "indirect", "observes", "the Vermont senator’s predictions of massive turnout were proven wrong", "Examiner"},
			{"Joe Simonson", "indirect", "suggesting", "he’d built his battle plan", ""},
		},
	},
	{
		name: "epidemiologists speak as a group",
		text: "As two epidemiologists write in the New York Times this week, we could have saved thousands of lives had coronavirus been taken more seriously, earlier.",
		want: []want{{"epidemiologists", "indirect", "write", "we could have saved thousands of lives", ""}},
	},
	{
		name: "'that suggestion' points at a statement, it opens no clause",
		text: "American officials dismissed that suggestion at the time, saying that the request had not come from Mr. Maliki.",
		want: []want{{"American officials", "indirect", "saying", "the request had not come from Mr. Maliki", ""}},
	},
	{
		name: "'according to' after another speaker's clause and 'although' reports the last clause",
		text: "The New York Times reports that today ISIS fighters are advancing on Samarra, only 70 miles north of Baghdad, although there were some reports that after facing resistance, ISIS bypassed Samarra, according to Agence France-Presse.",
		want: []want{
			{"The New York Times", "indirect", "reports", "today ISIS fighters are advancing on Samarra", ""},
			{"Agence France-Presse", "indirect", "according to", "there were some reports that after facing resistance", "The New York Times"},
		},
	},
	{
		name: "a spokesman for a person with a title of two words",
		text: "But a spokesman for British Prime Minister David Cameron said following Monday's call that the West agreed that the EU should move a \"strong package of sectoral sanctions as swiftly as possible.\"",
		want: []want{{"spokesman for British Prime Minister David Cameron", "", "said", "the West agreed that the EU should move", ""}},
	},
	{
		name: "told an outlet's website or newspaper: the hearer, not what was said",
		text: "Ms Simonetti told the BBC News website she had received no warning or further explanation when she was suspended on 25 September. She told the Guardian newspaper there would be no \"Las Vegas-style\" super-casinos, as rumoured in the press.",
		want: []want{
			{"Simonetti", "indirect", "told", "she had received no warning", "website"},
			{"Simonetti", "indirect", "told", "there would be no", "newspaper"},
		},
	},
	{
		name: "a place after a source's post-modifier is the source's",
		text: "A US official familiar with the situation in Syria tells CNN there is growing concern that Turkey's operation in Syria has grown in ambition and that Ankara seeks to control an area stretching from the Iraq border all the way to areas in northwest Syria already under Turkish control -- an area inhabited mostly by Kurds and other minorities.",
		want: []want{{"US official familiar with the situation", "indirect", "tells", "Turkey's operation in Syria has grown in ambition", ""}},
	},
	{
		name: "a quote's speaker with two appositions before the cue",
		text: "“Most refugees are young, well educated, and highly motivated,” Dieter Zetsche, chairman of Daimler AG, maker of Mercedes-Benz cars, said in a newspaper interview. “Those are exactly the people we’re searching for.”",
		want: []want{{"Dieter Zetsche", "direct", "said", "Most refugees are young", ""}},
	},
	{
		name: "an attribution before ', although' is of the clause before",
		text: "Mr Howard said nearly 160,000 people were settling in the UK every year - the size of a city like Peterborough. The plans would help achieve a \"substantial reduction\" in immigration, he said, although he could not predict a figure.",
		want: []want{
			{"Howard", "indirect", "said", "nearly 160,000 people were settling", ""},
			{"Howard", "indirect", "said", "The plans would help achieve", "although"},
		},
	},
}

func TestExtract(t *testing.T) {
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gotClaims := extract(tc.text)
			if len(gotClaims) != len(tc.want) {
				t.Fatalf("got %d claims, want %d:\n%s", len(gotClaims), len(tc.want), dump(gotClaims))
			}
			for i, w := range tc.want {
				g := gotClaims[i]
				if g.Speaker != w.Speaker || (w.Kind != "" && g.Kind != w.Kind) || g.Cue != w.Cue ||
					!strings.Contains(g.Text, w.Text) || (w.Not != "" && strings.Contains(g.Text, w.Not)) {
					t.Errorf("claim %d: got %+v,\nwant speaker %q kind %q cue %q with text containing %q and not %q", i, g, w.Speaker, w.Kind, w.Cue, w.Text, w.Not)
				}
			}
		})
	}
}

func dump(cs []got) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString("  ")
		b.WriteString(c.Speaker + " [" + c.Kind + " " + c.Cue + "] " + c.Text + "\n")
	}
	return b.String()
}

func TestDatelineLen(t *testing.T) {
	tests := []struct{ in, want string }{
		{"WASHINGTON — The U.S. government’s effort has failed", "The U.S. government’s effort has failed"},
		{"LONDON (Reuters) - Britain said on Monday", "Britain said on Monday"},
		{"NEW YORK — A judge ruled", "A judge ruled"},
		{"London (CNN) Boris Johnson, one of the leading voices", "Boris Johnson, one of the leading voices"},
		{"Hong Kong (CNN) — Protesters returned", "Protesters returned"},
		{"Washington (in theory) works", "Washington (in theory) works"},
		{"The U.S. government’s effort has failed", "The U.S. government’s effort has failed"},
		{"NATO — the alliance — said", "NATO — the alliance — said"},
		{"I — for one — disagree", "I — for one — disagree"},
	}
	for _, tc := range tests {
		if got := tc.in[datelineLen(tc.in):]; got != tc.want {
			t.Errorf("after the dateline of %q: got %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestShadowTitle: "shadow chancellor Oliver Letwin" holds no chancellor's
// title, so "the chancellor … He said" is the chancellor the story named.
func TestShadowTitle(t *testing.T) {
	text := "Gordon Brown has issued a rallying cry, telling supporters the \"stakes are too high\" to stay at home or protest vote in the forthcoming general election.\n\nThe chancellor said the vote - expected to fall on 5 May - will give a \"clear and fundamental\" choice between Labour investment and Conservative cuts. Speaking at Labour's spring conference in Gateshead, Mr Brown claimed the NHS was not safe in Conservative hands. He said Tory plans to cut £35bn tax would \"cut deep into public service\".\n\nTo a packed audience at Gateshead's Sage Centre, the chancellor said the cuts proposed by shadow chancellor Oliver Letwin were the equivalent of sacking every teacher, GP and nurse in the country, he told activists. Laying into the Conservative's record in government he said: \"I give you this promise - with Labour, Britain will never return to the mistakes of ERM and 10% inflation, 15% interest rates, £3bn in lost reserves, 250,000 repossessed, one million in negative equity and three million unemployed. \"Never again Tory boom and bust.\n\n\"This will be the central dividing line at the election, between a Conservative Party taking Britain back and planning deep cuts of £35bn in our services, and a Labour government taking Britain forward, which on a platform of stability will reform and renew our hospitals, schools and public services and, I am proud to say, spend by 2008 £60bn more.\" Turning to the economy, the chancellor pledged to continue economic stability and growth in a third term in power.\n\nHe said after seven years Labour had transformed from a party not trusted with the economy to \"the only party trusted with the economy\". "
	var speaker string
	for _, c := range extract(text) {
		if strings.HasPrefix(c.Text, "after seven years Labour had transformed") {
			speaker = c.Speaker
		}
	}
	if speaker != "Gordon Brown" {
		t.Errorf("speaker of \"after seven years …\" = %q, want Gordon Brown", speaker)
	}
}
