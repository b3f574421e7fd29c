package relation

import (
	"fmt"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/ner"
	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
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
		{"a party's member noun with a lead word and no article, on a committee",
			"Sen. Mark Warner, top Democrat on the Senate Intelligence Committee, offered Trump an ultimatum for the highly anticipated summit.",
			[]string{"Senate Intelligence Committee PART_OF United States Senate [Senate Intelligence Committee]",
				"Mark Warner MEMBER_OF United States Senate [Sen. Mark Warner]",
				"Mark Warner MEMBER_OF Senate Intelligence Committee [Mark Warner, top Democrat on the Senate Intelligence Committee]",
				"Mark Warner MEMBER_OF Democratic Party [Mark Warner, top Democrat on the Senate Intelligence Committee]"}},
		{"'the president' alone is the listed president the story names most, of a country it names",
			"She mistook Barack Obama for Abraham Lincoln, and his immigration amnesty for the Emancipation Proclamation. The president’s invitation to the millions south of the border guarantees that hell on the border will continue. The president and his lawyers are clever. For this is rule by diktat, the rejection of which sparked the American Revolution. Obama’s signature puts an end to the argument over amnesty.",
			[]string{"Barack Obama LEADER_OF United States [The president]"}},
		{"a country in the field of a role qualifies it; the body after it employs; a name before its own role is no apposition",
			"“There is a global rebalancing going on,” said Gordon Adams, a professor of U.S. foreign policy at American University in Washington. Sergei Lavrov, the minister of Russian foreign affairs, said it. The Treasury Department is also sanctioning the chairman of Russian energy giant Gazprom, Putin adviser Suleiman Kerimov and Kirill Shamalov.",
			[]string{"Suleiman Kerimov AFFILIATED_WITH Vladimir Putin [Putin adviser Suleiman Kerimov]",
				"Gordon Adams WORKS_FOR American University [Gordon Adams, a professor of U.S. foreign policy at American University in Washington]",
				"Sergei Lavrov AFFILIATED_WITH Russia [Sergei Lavrov, the minister of Russian foreign affairs]"}},
		{"an occupation of no listed role at a body, after the name or after 'is'; not a student, not a party",
			"“It is a tough sell,” said Douglas Irwin, a trade historian at Dartmouth College. David French is a staff writer for National Review. “I was scared,” said Jonas Pedersen, a medical student at the University of Copenhagen. Donald Trump is a powerful motivator for Democrats.",
			[]string{"Douglas Irwin WORKS_FOR Dartmouth College [Douglas Irwin, a trade historian at Dartmouth College]",
				"David French WORKS_FOR National Review [David French is a staff writer for National Review]"}},
		{"a title that begins inside the body's name: the campaign's chairman, the party's leader",
			"Clinton campaign chairman John Podesta said their camp would look at the issue. He appeared at an event in a “Trump 2020” campaign bus and had former Trump campaign manager Corey Lewandowski stumping for him. Labour Party leader Jeremy Corbyn said in a tweet he was shocked by the incident.",
			[]string{"John Podesta LEADER_OF Clinton campaign [Clinton campaign chairman John Podesta]",
				"Corey Lewandowski WORKS_FOR Trump campaign [former Trump campaign manager Corey Lewandowski]",
				"Jeremy Corbyn LEADER_OF Labour Party [Labour Party leader Jeremy Corbyn]"}},
		{"a person of a body whose name holds its article",
			"Anne Thompson of the Hollywood Reporter said that Million Dollar Baby was the favourite. “It is a push,” says Heather Conley of the Center for Strategic and International Studies, speaking of the broader Russian strategy.",
			[]string{"Anne Thompson WORKS_FOR The Hollywood Reporter [Anne Thompson of the Hollywood Reporter]",
				"Heather Conley WORKS_FOR Center for Strategic and International Studies [Heather Conley of the Center for Strategic and International Studies]"}},
		{"a party's member noun on a committee before the name; who sits on a committee",
			"The top Democrat on the Senate Intelligence Committee, Mark Warner, said he was worried about Trump being alone in the room with Putin. Chris Murphy spoke too. “We have split our alliances,” said Murphy, who sits on the Senate Foreign Relations Committee.",
			[]string{"Senate Intelligence Committee PART_OF United States Senate [Senate Intelligence Committee]",
				"Senate Foreign Relations Committee PART_OF United States Senate [Senate Foreign Relations Committee]",
				"Mark Warner MEMBER_OF Senate Intelligence Committee [The top Democrat on the Senate Intelligence Committee]",
				"Mark Warner MEMBER_OF Democratic Party [The top Democrat on the Senate Intelligence Committee]",
				"Chris Murphy MEMBER_OF Senate Foreign Relations Committee [Murphy, who sits on the Senate Foreign Relations Committee]"}},
		{"head of state title with demonym",
			"Back in September, Russian President Vladimir Putin claimed it.",
			[]string{"Vladimir Putin LEADER_OF Russia [Russian President Vladimir Putin]"}},
		{"a state and a party's member noun in apposition, with or without an article",
			"Democrats say all of the Republican candidates are opportunists on trade and that Sen. Joe Donnelly, Indiana Democrat, is the only consistent politician in the race. Rep. Dusty Johnson, a South Dakota Republican, tweeted a picture on a plane.",
			[]string{"Joe Donnelly MEMBER_OF Democratic Party [Joe Donnelly, Indiana Democrat]",
				"Dusty Johnson MEMBER_OF Republican Party [Dusty Johnson, a South Dakota Republican]"}},
		{"a congressional committee is part of its chamber, and a senator a member of the Senate",
			"“The operation has caused us to begin to re-examine force protection in Niger,” said Rhode Island Sen. Jack Reed, the top Democrat on the Senate Armed Services Committee.",
			[]string{"Senate Armed Services Committee PART_OF United States Senate [Senate Armed Services Committee]",
				"Jack Reed MEMBER_OF United States Senate [Sen. Jack Reed]",
				"Jack Reed MEMBER_OF Senate Armed Services Committee [Jack Reed, the top Democrat on the Senate Armed Services Committee]",
				"Jack Reed MEMBER_OF Democratic Party [Jack Reed, the top Democrat on the Senate Armed Services Committee]"}},
		{"a byline above the outlet's name",
			"Tom Vanden Brook\n\nUSA TODAY\n\nWASHINGTON — The U.S. effort to stabilize Afghanistan has mostly failed.",
			[]string{"Tom Vanden Brook WORKS_FOR USA Today [Tom Vanden Brook\n\nUSA TODAY]"}},
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
		{"party tag after a senator's name",
			"Republicans rallied. In the Senate, Sen. Lindsey Graham, R-S.C., said the S-400 will require sanctions.",
			[]string{
				"Lindsey Graham MEMBER_OF United States Senate [Sen. Lindsey Graham]",
				"Lindsey Graham MEMBER_OF Republican Party [Lindsey Graham, R-S.C.]",
			}},
		{"party tag in brackets, with the country before the title",
			"The GOP is split. U.S. Sen. Marco Rubio (R-Fla.) spoke in the Senate on Tuesday.",
			[]string{
				"Marco Rubio MEMBER_OF United States Senate [U.S. Sen. Marco Rubio]",
				"Marco Rubio MEMBER_OF Republican Party [Marco Rubio (R-Fla.)]",
			}},
		{"a body inside a role in apposition: the person's, the role no source of its own",
			"Roberta Metsola, a Maltese member of the European Parliament, told CNN on Sunday that countries from Northern Europe need to share the responsibility with their southern neighbors.",
			[]string{
				"Roberta Metsola MEMBER_OF European Parliament [Roberta Metsola, a Maltese member of the European Parliament]",
			}},
		{"an apposition longer than fourteen words",
			"Michael Hayden, a former director of the CIA and the National Security Agency under presidents of both parties, said Trump may technically have been within his rights.",
			[]string{"Michael Hayden LEADER_OF Central Intelligence Agency [Michael Hayden, a former director of the CIA and the National Security Agency under presidents of both parties]"}},
		{"a field between the role and the body",
			"He will continue to publicly and clearly state his point of view and not cower to the White House, said Gordon Adams, a professor of foreign policy at American University.",
			[]string{"Gordon Adams WORKS_FOR American University [Gordon Adams, a professor of foreign policy at American University]"}},
		{"the head of a department works for the body",
			"Bruce Hoffman, the head of the security studies department at Georgetown University, says the group can't be dismissed as a local group with local goals.",
			[]string{"Bruce Hoffman WORKS_FOR Georgetown University [Bruce Hoffman, the head of the security studies department at Georgetown University]"}},
		{"each of two roles after the name",
			"Brandon Judd, a Border Patrol agent and head of the National Border Patrol Council, said Ms. Nielsen’s remarks sent a wrong message to her employees.",
			[]string{
				"Brandon Judd LEADER_OF National Border Patrol Council [Brandon Judd, a Border Patrol agent and head of the National Border Patrol Council]",
				"Brandon Judd WORKS_FOR United States Border Patrol [Brandon Judd, a Border Patrol agent and head of the National Border Patrol Council]",
			}},
		{"a role for a person given with his title",
			"“It’s terrifying,” Cory Fritz, press secretary for House Speaker John A. Boehner, said.",
			[]string{
				"John A. Boehner LEADER_OF United States House of Representatives [House Speaker John A. Boehner]",
				"Cory Fritz WORKS_FOR John A. Boehner [Cory Fritz, press secretary for House Speaker John A. Boehner]",
			}},
		{"someone else's field ends the phrase",
			"John Allen, the White House's special envoy in the fight against ISIS, is among those traveling to Turkey.",
			[]string{"John Allen WORKS_FOR White House [John Allen, the White House's special envoy in the fight against ISIS]"}},
		{"a country before a department NER named with it",
			`The comments come a day after US Treasury Secretary John Snow said a strong dollar was "in America's interest".`,
			[]string{
				"John Snow AFFILIATED_WITH United States [US Treasury Secretary John Snow]",
				"United States Department of the Treasury LOCATED_IN United States [US Treasury]",
			}},
		{"a role in a relative clause",
			"Newt Gingrich, who was speaker of the House in the 1990s, had his own difficulties dealing with Republicans in the Senate.",
			[]string{"Newt Gingrich LEADER_OF United States House of Representatives [Newt Gingrich, who was speaker of the House in the 1990s]"}},
		{"a role served in a relative clause",
			"Joseph Glauber, who served as USDA's chief economist during the Obama administration, said it seems clear that the administration is racing against the political clock with the midterms coming up.",
			[]string{"Joseph Glauber WORKS_FOR United States Department of Agriculture [Joseph Glauber, who served as USDA's chief economist during the Obama administration]"}},
		{"an apposition of the body's role, with no determiner",
			"Don Wright, HHS's acting assistant secretary for health, will serve as acting secretary effective Saturday.",
			[]string{"Don Wright WORKS_FOR United States Department of Health and Human Services [Don Wright, HHS's acting assistant secretary for health]"}},
		{"an apposition of a person's role, with no determiner",
			`Raul Grijalva, called for Zinke's resignation in a USA Today op-ed last month, prompting Zinke to attack the Arizona Democrat's character in a post on Twitter. Keeping open the possibility of investigations into Zinke by the committee, Adam Sarvana, Grijalva's spokesman, told CNN on Saturday that "it is safe to say that our oversight of former Secretary Zinke has not even begun yet.`,
			[]string{"Adam Sarvana WORKS_FOR Raul Grijalva [Adam Sarvana, Grijalva's spokesman]"}},
		{"a leading verb in a relative clause",
			"Diane Black, who chairs the House Budget Committee, said senators broke their promise to “save” Americans from Obamacare.",
			[]string{"House Budget Committee PART_OF United States House of Representatives [House Budget Committee]",
				"Diane Black LEADER_OF House Budget Committee [Diane Black, who chairs the House Budget Committee]"}},
		{"an apposition that is a party's member noun",
			"“This economy has been damaged through no fault of anyone,” said Cuomo, a Democrat.",
			[]string{"Cuomo MEMBER_OF Democratic Party [Cuomo, a Democrat]"}},
		{"a party's member on a committee",
			"The Arizona Republican is known as a fierce critic of President Obama’s foreign policy, but his complaints were echoed by an unlikely source: Rep. Adam Smith, the ranking Democrat on the House Armed Services Committee.",
			[]string{
				"House Armed Services Committee PART_OF United States House of Representatives [House Armed Services Committee]",
				"Adam Smith MEMBER_OF United States House of Representatives [Rep. Adam Smith]",
				"Adam Smith MEMBER_OF House Armed Services Committee [Adam Smith, the ranking Democrat on the House Armed Services Committee]",
				"Adam Smith MEMBER_OF Democratic Party [Adam Smith, the ranking Democrat on the House Armed Services Committee]",
			}},
		{"an apposition of a body and its role, with no determiner",
			"Tom Heap, BBC rural affairs correspondent, said it appeared that hunstman had, for now, been sticking to the new rules.",
			[]string{"Tom Heap WORKS_FOR BBC News [Tom Heap, BBC rural affairs correspondent]"}},
		{"an outlet's contributor",
			"“This is the point where they need to show leadership ahead of the politics,” said columnist and Fox News contributor Charles Krauthammer.",
			[]string{"Charles Krauthammer WORKS_FOR Fox News [Fox News contributor Charles Krauthammer]"}},
		{"the kind of body before its name is no field",
			"The digital revolution is focused on letting people tell and share their own stories, according to Carly Fiorina, chief of technology giant Hewlett Packard.",
			[]string{"Carly Fiorina LEADER_OF Hewlett Packard [Carly Fiorina, chief of technology giant Hewlett Packard]"}},
		{"an ambassador works for the country that sends him, not the host",
			`"The Syrian regime has shown that it cannot and will not confront these safe havens effectively itself," Samantha Power, the U.S. ambassador to the U.N., wrote in a letter obtained by CNN.`,
			[]string{"Samantha Power WORKS_FOR United States [Samantha Power, the U.S. ambassador to the U.N.]"}},
		{"the body named after a country's possessive",
			"“Even if the weakest of these scenarios gains a consensus, its implementation can be a historic nightmare for the Americans,” Ali Shamkhani, the head of Iran’s National Security Council, was cited as saying by Iran’s semi-official Fars news agency.",
			[]string{
				"Ali Shamkhani LEADER_OF National Security Council [Ali Shamkhani, the head of Iran’s National Security Council]",
				"National Security Council LOCATED_IN Iran [Iran’s National Security Council]",
			}},
		{"a relative clause after the role has a role of its own",
			"In attendance were CAMC Chairman Luo Yan and Rafael Ramírez, a Chávez confidante who ran PDVSA and the oil ministry for a decade.",
			[]string{"Rafael Ramírez LEADER_OF PDVSA [Rafael Ramírez, a Chávez confidante who ran PDVSA]"}},
		{"a deputy of a leader works for the body",
			"Trump's claim came a day after news that former deputy FBI director Andrew McCabe authored a memo quoting Rosenstein as saying that Trump asked him to refer to the Russia investigation as a reason for recommending Comey's dismissal.",
			[]string{"Andrew McCabe WORKS_FOR Federal Bureau of Investigation [former deputy FBI director Andrew McCabe]"}},
		{"a district in the tag is a state legislator",
			"Democrats objected. Sen. Steve Gallardo, D-Phoenix, said the Senate bill was wrong.",
			[]string{"Steve Gallardo MEMBER_OF Democratic Party [Steve Gallardo, D-Phoenix]"}},
		{"a person before the role word",
			"The memo names Trump associate Carter Page. Biden spokeswoman Kendra Barkoff said no.",
			[]string{
				"Carter Page AFFILIATED_WITH Donald Trump [Trump associate Carter Page]",
				"Kendra Barkoff WORKS_FOR Joe Biden [Biden spokeswoman Kendra Barkoff]",
			}},
		{"an outlet's possessive and a hyphenated tie",
			"Fox News’ Judson Berger contributed. He named Clinton-tied activist/journalist Cody Shearer.",
			[]string{
				"Judson Berger WORKS_FOR Fox News [Fox News’ Judson Berger]",
				"Cody Shearer AFFILIATED_WITH Clinton [Clinton-tied activist/journalist Cody Shearer]",
			}},
		{"a sports club's boss leads it",
			"Spurs boss Martin Jol was angry, and Manchester United manager Sir Alex Ferguson agreed.",
			[]string{
				"Martin Jol LEADER_OF Tottenham Hotspur [Spurs boss Martin Jol]",
				"Alex Ferguson LEADER_OF Manchester United [Manchester United manager Sir Alex Ferguson]",
			}},
		{"a country's official works for it, a spy is tied to it, an actor is neither",
			"Kim Yong Chol, a top North Korean official, came. So did former British spy Christopher Steele and British actor Hugh Grant.",
			[]string{
				"Christopher Steele AFFILIATED_WITH United Kingdom [former British spy Christopher Steele]",
				"Kim Yong Chol WORKS_FOR North Korea [Kim Yong Chol, a top North Korean official]",
			}},
		{"a speaker leads the house, a minority leader is a member of the senate",
			"House Speaker Nancy Pelosi and Senate Minority Leader Chuck Schumer met.",
			[]string{
				"Nancy Pelosi LEADER_OF United States House of Representatives [House Speaker Nancy Pelosi]",
				"Chuck Schumer MEMBER_OF United States Senate [Senate Minority Leader Chuck Schumer]",
			}},
		{"the next person's title is not an apposition",
			"Nunes wrote to former FBI Director James Comey, former CIA Director John Brennan and others.",
			[]string{
				"James Comey LEADER_OF Federal Bureau of Investigation [former FBI Director James Comey]",
				"John Brennan LEADER_OF Central Intelligence Agency [former CIA Director John Brennan]",
			}},
		{"where a role is held is no tie",
			"“It was pulled out from under us,” John Allen, the former top U.S. commander in Afghanistan, told investigators.",
			[]string{"John Allen AFFILIATED_WITH United States [John Allen, the former top U.S. commander in Afghanistan]"}},
		{"a copula and a person of a country",
			"Wesley Pruden is editor emeritus of The Washington Times. Nicolas Sarkozy of France said he was worried.",
			[]string{
				"Wesley Pruden WORKS_FOR Washington Times [Wesley Pruden is editor emeritus of The Washington Times]",
				"Nicolas Sarkozy AFFILIATED_WITH France [Nicolas Sarkozy of France]",
			}},
		{"an organisation in a country, and a government body named with it",
			"After toppling the ruling Taliban in Afghanistan in 2001, forces stayed. Erdogan's office and the Turkish Foreign Ministry did not respond, with Turkey's government authorizing force.",
			[]string{
				"Taliban LOCATED_IN Afghanistan [Taliban in Afghanistan]",
				"Turkish Foreign Ministry LOCATED_IN Turkey [Turkish Foreign Ministry]",
				"Government of Turkey LOCATED_IN Turkey [Turkey's government]",
			}},
		{"a country's membership of an alliance",
			"“Turkey has been a valuable ally and member of NATO,” Graham said.",
			[]string{"Turkey MEMBER_OF NATO [Turkey has been a valuable ally and member of NATO]"}},
		{"a photo credit and a president's administration",
			"Erdogan speaks in the United States. (AP Photo/Patrick Semansky) He criticised President Barack Obama's administration.",
			[]string{
				"Barack Obama LEADER_OF United States [President Barack Obama]",
				"Patrick Semansky WORKS_FOR Associated Press [AP Photo/Patrick Semansky]",
				"Barack Obama LEADER_OF Obama administration [Barack Obama's administration]",
			}},
		{"an international body's officer works for it",
			"Federica Mogherini, the European Union's high representative for foreign affairs and security policy, spoke.",
			[]string{"Federica Mogherini WORKS_FOR European Union [Federica Mogherini, the European Union's high representative for foreign affairs and security policy]"}},
		{"a body the story named, referred back to by its noun",
			"Reaching for a Republican victory amid party chaos, the House Budget Committee has approved a fast-track bill to gut Obamacare. “Our goal here is to save this country from this disastrous law and start over,” said committee Chairman Tom Price, Georgia Republican.",
			[]string{"Tom Price LEADER_OF House Budget Committee [committee Chairman Tom Price]"}},
		{"a body's noun with a possessive before an apposed role",
			"The NRCC paid the two firms hundreds of thousands of dollars to help respond to the intrusion. The committee’s chief legal counsel, Chris Winkelman, devoted many hours to dealing with the matter.",
			[]string{"Chris Winkelman MEMBER_OF National Republican Congressional Committee [The committee’s chief legal counsel, Chris Winkelman]"}},
		{"a counsel works for the body",
			"Behind the scenes, White House Counsel Bob Bauer's office began investigating the matter when stories first surfaced.",
			[]string{"Bob Bauer WORKS_FOR White House [White House Counsel Bob Bauer]"}},
		{"a role word with no determiner after the name",
			"Tony Macklin, spokesman for Ask Jeeves, said the results reflected its own research.",
			[]string{"Tony Macklin WORKS_FOR Ask Jeeves [Tony Macklin, spokesman for Ask Jeeves]"}},
		{"the head of a part of a body works for the body",
			"\"The continuing economic expansion, combined with job growth, has consumers ending this year on a high note,\" said Lynn Franco, director of the Conference Board's consumer research centre.",
			[]string{"Lynn Franco WORKS_FOR Conference Board [Lynn Franco, director of the Conference Board's consumer research centre]"}},
		{"a body the name only qualifies, a place before -based",
			"Steve Reaves, president of Federal Emergency Management Agency union, said the shutdown could have consequences. Jamal Abdi, president of the Washington-based National Iranian American Council, urged Iran to show restraint.",
			[]string{"Jamal Abdi LEADER_OF National Iranian American Council [Jamal Abdi, president of the Washington-based National Iranian American Council]"}},
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

// TestSourceTies: a generic source that speaks is tied to the party its
// member noun names and to the body its staff works for; a source only
// close to something is tied to nothing. The candidates are promoted as
// claim extraction does when they speak.
// TestMembersInChamber: a group the claims make of a party's members in
// a chamber ("Senate Republicans", "Republicans in Congress") is a member
// of both.
func TestMembersInChamber(t *testing.T) {
	text := "On Tuesday, Senate Republicans conceded they were stuck. Senior Republicans in Congress have said they would oppose such deep cuts."
	res := rec.Recognize(segment.Split(text), ner.Meta{ArticleID: "article:test"})
	for _, span := range [][2]int{{3, 5}, {10, 14}} {
		res.NewSource(span[0], span[1], res.Text.SentenceOf(res.Text.Tokens[span[0]].Start), res.Span(span[0], span[1]))
	}
	var got []string
	for _, r := range Extract(res, gazetteer.Default()) {
		if res.Entities[r.Subject].Label == graph.LabelSource {
			got = append(got, fmt.Sprintf("%s %s %s", res.Entities[r.Subject].Name, r.Predicate, res.Entities[r.Object].Name))
		}
	}
	sort.Strings(got)
	want := []string{
		"Senate Republicans MEMBER_OF Republican Party", "Senate Republicans MEMBER_OF United States Senate",
		"Senior Republicans in Congress MEMBER_OF Republican Party", "Senior Republicans in Congress MEMBER_OF United States Congress",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

func TestSourceTies(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a party's lawmakers are its members",
			"But some Republican lawmakers have said they're not buying that argument, and want proof that Bergdahl's health was really in jeopardy.",
			[]string{"Republican lawmakers MEMBER_OF Republican Party [some Republican lawmakers]"}},
		{"a department's official works for it",
			"A Treasury Department official said Sunday night that Secretary Jack Lew spoke by phone with Arseniy Yatsenyuk.",
			[]string{"Treasury Department official WORKS_FOR United States Department of the Treasury [A Treasury Department official]"}},
		{"a body's role holder, with a possessive",
			`The Department of Justice's deputy attorney general sent a memo Tuesday saying that people can face federal terrorism charges for "purposeful exposure and infection."`,
			[]string{"Department of Justice's deputy attorney general WORKS_FOR United States Department of Justice [The Department of Justice's deputy attorney general]"}},
		{"close to is no stated tie",
			"A source close to the Kremlin summed up the situation.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := rec.Recognize(segment.Split(tc.text), ner.Meta{ArticleID: "article:test"})
			for c := range res.Candidates {
				res.PromoteSource(c)
			}
			var got []string
			for _, r := range Extract(res, gazetteer.Default()) {
				if res.Entities[r.Subject].Label == graph.LabelSource {
					got = append(got, fmt.Sprintf("%s %s %s [%s]", res.Entities[r.Subject].Name, r.Predicate, res.Entities[r.Object].Name, r.Evidence))
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("source relations of %q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
