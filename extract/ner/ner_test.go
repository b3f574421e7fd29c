package ner

import (
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/extract/segment"
	"github.com/newsgraph/newsgraph/graph"
)

var rec = New(nil)

func entities(text string) []string {
	res := rec.Recognize(segment.Split(text), Meta{ArticleID: "article:test"})
	var out []string
	for _, e := range res.Entities {
		if len(e.Mentions) > 0 {
			out = append(out, string(e.Label)+" "+e.Name)
		}
	}
	sort.Strings(out)
	return out
}

// Sentences are real ones from the corpus and the dev gold articles.
func TestRecognize(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"title, demonym and listed person",
			"Back in September, Russian President Vladimir Putin claimed that the Kremlin was hoping for a Harris victory.",
			[]string{"Country Russia", "Organization Kremlin", "Person Kamala Harris", "Person Vladimir Putin"}},
		{"unlisted person after a role word, outlet before it",
			"Meduza special correspondent Andrey Pertsev spoke with sources inside the Kremlin.",
			[]string{"Organization Kremlin", "Outlet Meduza", "Person Andrey Pertsev", "Source sources inside the Kremlin"}},
		{"photo credit names a photographer and agencies",
			"Dmitry Lovetsky / AP / Scanpix / LETA",
			[]string{"Outlet Associated Press", "Outlet LETA", "Outlet Scanpix", "Person Dmitry Lovetsky"}},
		{"party member noun, title and surname resolution",
			"Mr Blair also paid tribute to Democrat John Kerry's campaign. Tony Blair has said he looks forward to it.",
			[]string{"Organization Democratic Party", "Organization Kerry campaign", "Person John Kerry", "Person Tony Blair"}},
		{"a title word ending a given name's run is a surname, and after a form of address too",
			"\"Net firms are realising that it's not just about anti-virus and firewalls,\" said Paul King, chief security architect at Cisco. Mr King said the only way to properly combat these attacks was with intelligent net-based systems. \"Mr President, we thank you,\" the letter said.",
			[]string{"Organization Cisco", "Person Paul King"}},
		{"exchanges, laboratories and institutions are organisations by their last word",
			"The Chicago Mercantile Exchange, however, told Cohan that the trades were of no concern. Los Alamos National Laboratory and the Smithsonian Institution disagreed.",
			[]string{"Organization Chicago Mercantile Exchange", "Organization Los Alamos National Laboratory", "Organization Smithsonian Institution"}},
		{"two initials make a given name; not D.C.",
			"“The arrest indicates how the tension is rapidly escalating,” said T.J. Pempel, a professor at Berkeley. National Security Council spokesman P.J. Crowley said it in Washington, D.C. Wiesel spoke later.",
			[]string{"Organization Berkeley", "Organization National Security Council", "Person P.J. Crowley", "Person T.J. Pempel"}},
		{"us the pronoun is never the United States",
			"All of us in positions of leadership have a responsibility. The US will act.",
			[]string{"Country United States"}},
		{"an editor's brackets inside a name",
			"The current president [Joe] Biden or [Vice President Kamala] Harris certainly wouldn't make any gestures towards Russia.",
			[]string{"Country Russia", "Person Joe Biden", "Person Kamala Harris"}},
		{"a listed one-word name before another name is a first name; a dam is no person",
			"Lately, Meghan McCain said that she was fine, said Francis Collins, the director of the National Institutes of Health. The Mosul Dam — once known as the Saddam Dam — is located north of the city.",
			[]string{"Organization National Institutes of Health", "Person Francis Collins", "Person Meghan McCain"}},
		{"a listed body after 'of the' in a person's run",
			"“At the stage of the game, the appointment of a senior U.S. envoy dedicated to [the North Korea] process would make a great deal of sense,” said Suzanne DiMaggio of the New America think tank.",
			[]string{"Country North Korea", "Country United States", "Organization New America", "Person Suzanne DiMaggio"}},
		{"after a title's 'of', the body or remit, then the holder: no person named 'of EgyptAir'",
			"Later in the day, Ahmed Adel, Vice President of EgyptAir, told CNN the debris found Thursday was not from Flight 804. It will retaliate against the “groundless” tariffs, China’s Vice Minister of Commerce Wang Shouwen said in written comments to Bloomberg. They rushed to get in line for a ceremonial picture with the new Speaker of the House Nancy Pelosi.",
			[]string{"Country China", "Organization United States House of Representatives", "Outlet Bloomberg", "Outlet CNN",
				"Person Ahmed Adel", "Person Nancy Pelosi", "Person Wang Shouwen"}},
		{"no person begins with a preposition; a shared surname is the one the article names in full",
			"Some Democrats on Capitol Hill said the legislation appeared to be more about “embarrassing” the president. Senior Editor-at-Large Joel B. Pollak edits Breitbart California. Now France will have two weeks of ferocious fighting between the two finalists — Macron and the populist National Front leader Marine Le Pen. Supporters of Le Pen note that her 22 percent of the vote was a significant improvement.",
			[]string{"Country France", "Organization Democratic Party", "Organization National Rally", "Outlet Breitbart News",
				"Person Emmanuel Macron", "Person Joel B. Pollak", "Person Marine Le Pen"}},
		{"laws, bases and awards named after people are no persons",
			"Cotton is not going to face prosecution for violating the Logan Act. Qatar hosts the forward headquarters of the Central Command at its vast Al Udeid Air Base.",
			[]string{"Country Qatar", "Organization United States Central Command", "Person Cotton"}},
		{"a title 'for' a remit, then the holder's name: a person, no office",
			"Still, then-Deputy Assistant Secretary for Diplomatic Security Charlene Lamb testified in October that the size of the attack -- and not the money -- was the problem. The Special Inspector General for Afghanistan Reconstruction released the report.",
			[]string{"Organization Special Inspector General for Afghanistan Reconstruction", "Person Charlene Lamb"}},
		{"a person's 'talks' is the verb; two leaders' talks are negotiations",
			"Eric Holder spoke at length. Holder talks about his mother, too. So whatever the outcome of the Trump-Xi talks at G-20 later this week, the early disruptions may leave lasting damage.",
			[]string{"Event Trump-Xi talks", "Organization G20", "Person Donald Trump", "Person Eric Holder", "Person Xi Jinping"}},
		{"a demonym right after a given name is a surname, not a country",
			"“This is very unfortunate, and no one would have wished for this,” said Howard French, an associate professor at Columbia. The criticism came from public figures such as Patricia Arquette, Mark Cuban, Kim Kardashian West and Kanye West.",
			[]string{"Organization Columbia University", "Person Howard French", "Person Kanye West", "Person Kim Kardashian", "Person Mark Cuban", "Person Patricia Arquette"}},
		{"territories are no countries: Hong Kong, Puerto Rico, Guam, Jersey",
			"Republicans in four states will vote on Saturday, followed by Puerto Rico on Sunday. Protesters in Hong Kong clashed with police as China warned the United States.",
			[]string{"Country China", "Country United States", "Organization Republican Party", "Source Protesters in Hong Kong"}},
		{"a capital as a place is no country: from a city, owning a named place",
			"Among the airports being advised to add extra security are Amsterdam's Schiphol airport and London's Gatwick Airport. Jabeen Bhatti reported from Berlin. Meanwhile, Washington is trying to game out how a peace deal would work.",
			[]string{"Country United States", "Person Jabeen Bhatti"}},
		{"the Cabinet is the article's country's; not in a sentence about another country",
			"“These gentlemen are coming home and I look forward to seeing you,” Trump said during a Cabinet meeting on Wednesday. Italian Prime Minister Matteo Renzi called an emergency Cabinet meeting in Rome.",
			[]string{"Country Italy", "Organization Cabinet of the United States", "Person Donald Trump", "Person Matteo Renzi"}},
		{"no organisation begins with a preposition",
			"Members of Congress have alleged that the administration broke the law by not giving them 30 days notice.",
			[]string{"Organization United States Congress", "Source Members of Congress"}},
		{"a body after a plural possessive; the name inside a body is no mention of the person, the name alone is",
			"She also crushed Sanders in the South, beating him badly among voters of color. Sanders' campaign may be vowing to fight to the Philadelphia convention.",
			[]string{"Organization Sanders campaign", "Person Sanders"}},
		{"organisation by its head word",
			"Dmitri Trenin, the director of the Carnegie Moscow Center, said the situation would get worse.",
			[]string{"Organization Carnegie Moscow Center", "Person Dmitri Trenin"}},
		{"events: election, invasion and listed riot",
			"Support Meduza’s work during its full-scale invasion of Ukraine. Protests escalated to the point of storming the Capitol after the U.S. presidential election.",
			[]string{"Country Ukraine", "Country United States", "Event January 6 Capitol riot", "Event Russian invasion of Ukraine", "Event U.S. presidential election", "Outlet Meduza"}},
		{"Georgia beside a state's office is the American state",
			"Georgia Gov. Brian Kemp (R) faced backlash from mayors in his state. The ballots were safe, said Georgia Secretary of State Brad Raffensperger.",
			[]string{"Organization Republican Party", "Person Brad Raffensperger", "Person Brian Kemp"}},
		{"Georgia beside Russia's neighbours is the country",
			"Russian-led fighting in eastern Ukraine, support for civil strife in Ukraine, Georgia, Moldova and other neighboring countries. Georgia Gov. Brian Kemp said no.",
			[]string{"Country Georgia", "Country Moldova", "Country Russia", "Country Ukraine", "Person Brian Kemp"}},
		{"a listed name may end with a number or a hyphenated one",
			"Number 10 said an error was made but now Harry had apologised the matter was closed. Green told BBC Radio 4’s Today programme that the G-20 had failed to stop MS-13.",
			[]string{"Organization Downing Street", "Organization G20", "Organization MS-13", "Outlet BBC Radio 4", "Person Green"}},
		{"a listed name that begins with a number, but not a year",
			"“We therefore deny its emergency motion for a stay,” the 9th Circuit panel wrote. The case could shape the 2016 election.",
			[]string{"Event 2016 US presidential election", "Organization United States Court of Appeals for the Ninth Circuit"}},
		{"a listed name across a possessive, unless a country owns the rest",
			"Psaki said, using the initials for North Korea's official name, the Democratic People's Republic of Korea. In Beijing, China's Foreign Ministry outwardly praised the move.",
			[]string{"Country China", "Country North Korea", "Organization Ministry of Foreign Affairs of China", "Person Jen Psaki"}},
		{"an ambiguous club before its member's role and name, even first in a sentence",
			"\"That would be an opening into a new area of football.\" Arsenal boss Arsene Wenger also used the incident to highlight the need for video technology.",
			[]string{"Event incident", "Organization Arsenal", "Person Arsene Wenger"}},
		{"a listed name runs on past a lower-case word or a pronoun-like word",
			"Ryan took a pass on running for president in 2016 to focus on his post as chairman of the powerful House Ways and Means Committee. The United States has flouted trade rules, Vice Premier Liu He told reporters. Baghdadi was the leader of al Qaeda before it expanded.",
			[]string{"Country United States", "Organization House Ways and Means Committee", "Organization al-Qaeda", "Person Abu Bakr al-Baghdadi", "Person Liu He", "Person Ryan", "Source leader of al Qaeda"}},
		{"a lone suffix or hyphened part is nobody",
			"Joel B. Pollak is Senior Editor-at-Large at Breitbart News. Sen. Angus S. King Jr. agreed, Jr. said.",
			[]string{"Outlet Breitbart News", "Person Joel B. Pollak"}},
		{"anonymous sources with what they are close to",
			"A source close to the Kremlin summed up the situation. People familiar with the matter declined to comment.",
			[]string{"Organization Kremlin", "Source People familiar with the matter", "Source source close to the Kremlin"}},
		{"a noun like a verb of saying ends no source's description",
			"Several people familiar with Flournoy's thinking say she decided to withdraw her name in part out of concern over dealing with White House micromanagement. Many experts in the state emphasized that the quirks of this cycle not only underscore the importance of South Carolina but also demonstrate why candidates shouldn’t ignore the state.",
			[]string{"Organization White House", "Source experts in the state", "Source people familiar with Flournoy's thinking"}},
		{"a titled person on the body he sits on is two names",
			"“We will do what is necessary to confirm Judge Gorsuch on the Supreme Court, yes,” Thune told reporters.",
			[]string{"Organization Supreme Court of the United States", "Person John Thune", "Person Neil Gorsuch"}},
		{"a cabinet title's department is no party",
			"When it comes to job creation, \"there are a lot of things that can be done on a bipartisan basis,\" said Secretary of Labor Tom Perez.",
			[]string{"Person Tom Perez"}},
		{"a titled person for a body is two names, and a passive after being goes on in a source's description",
			"Plans being discussed would have the president and first lady Michelle Obama, either separately or together, campaigning throughout the next month, according to people familiar with what’s being discussed. “He helps us make our case, and he helps excite the base,” said Lon Johnson, the Michigan Democratic Party chairman, who’s expecting the president to campaign for both Rep. Gary Peters for Senate and former Rep. Mark Schauer for governor.",
			[]string{"Organization Democratic Party", "Organization United States Senate", "Person Gary Peters", "Person Lon Johnson",
				"Person Mark Schauer", "Person Michelle Obama", "Source people familiar with what’s being discussed"}},
		{"a verb after its subject is no modifier of a source",
			"The latest announcement of a troop deployment angered liberal activists, who called it a “desperate political stunt.” The president thanked members of the military for their service and said, “America does not bend. We do not waver. And we will never, ever yield.”",
			[]string{"Country United States", "Source members of the military"}},
		{"a listed election is not the one another country's possessive owns",
			"Spain’s 2015 general election will feature the country’s two dominant parties. The intelligence community assessed that Russia deliberately interfered in America’s 2016 presidential election and tried to tip the vote in Trump’s favor.",
			[]string{"Country Russia", "Country Spain", "Country United States", "Event 2015 Spanish general election",
				"Event 2016 US presidential election", "Person Donald Trump"}},
		{"an event word inside a body's name makes no event",
			"Ryan’s counsel, Timothy Kronquist, sent a letter to the Federal Election Commission on Monday disavowing the organization. The report, commissioned in the wake of the Sandy Hook Elementary School shooting, recommended properly trained armed employees to provide \"an important layer of security in schools.\"",
			[]string{"Event Sandy Hook Elementary School shooting", "Organization Federal Election Commission", "Person Ryan", "Person Timothy Kronquist"}},
		{"a listed surname after a first name the lists lack, where a story introduces someone, is another person",
			"\"First rule of law, then the economy,\" says Radwan Hadi, deputy managing director of Aberdeen-based oil and gas consultancy Blackwatch Petroleum Services, which entered Iraq in 2003. Mr Hadi's view about what the new government's priorities should be is shared by many Iraqis.",
			[]string{"Country Iraq", "Organization Blackwatch Petroleum Services", "Person Radwan Hadi"}},
		{"a listed attack named in the plural",
			"An attorney for family members of the couple responsible for the San Bernardino attacks appeared to allude to the informant tactic Friday during a press conference as he discussed the appearance of one FBI agent who interviewed the family members for hours.",
			[]string{"Event 2015 San Bernardino attack", "Organization Federal Bureau of Investigation", "Source members of the couple responsible"}},
		{"a month after a sentence-initial preposition is not a person",
			"In January, a Taliban attack on a popular Kabul restaurant killed more than a dozen people.",
			[]string{"Country Afghanistan", "Event Taliban attack", "Organization Taliban"}},
		{"an ambiguous club name is the person the article names",
			"National security adviser John Bolton met the Russians. Bolton said talks went well.",
			[]string{"Country Russia", "Person John Bolton"}},
		{"Korean names keep their hyphenated syllable",
			"North Korean leader Kim Jong-un met South Korean President Moon Jae-in.",
			[]string{"Country North Korea", "Country South Korea", "Person Kim Jong Un", "Person Moon Jae-in"}},
		{"bodies named after a person: administration, campaign, government",
			"Rubio has also opposed the Obama administration’s negotiations with Iran, saying that closer ties would only help the communist Castro government keep power, at a time that Rubio's campaign portrays others.",
			[]string{"Country Iran", "Organization Castro government", "Organization Obama administration", "Organization Rubio campaign", "Person Barack Obama", "Person Marco Rubio"}},
		{"a country's government by possessive or of, not by demonym",
			"The issue has arisen at a sensitive time, with Turkey's government authorizing the use of military force. He advocated to increase aid to the government of Ukraine. The Russian government declined to comment.",
			[]string{"Country Russia", "Country Turkey", "Country Ukraine", "Organization Government of Turkey", "Organization Government of Ukraine"}},
		{"events named by a year, compound heads and a shutdown",
			"Turkey is angered at the U.S. for refusing to extradite a Muslim cleric it accuses of fomenting a 2016 coup attempt against Erdogan. Trump met Erdogan after the first public hearings in the House impeachment inquiry. The deal temporarily ends the partial government shutdown. A 2016 report found nothing.",
			[]string{"Country Turkey", "Country United States", "Event 2016 coup attempt", "Event House impeachment inquiry", "Event government shutdown", "Organization United States House of Representatives", "Person Donald Trump", "Person Recep Tayyip Erdogan"}},
		{"summits and attacks named by a capitalised place or group (the G7 is one)",
			"Russia and ISIS topped the agenda as the leaders of the industrialized democracies gathered in Germany this past weekend for the G-7 summit. Ukraine, however, is working more and more closely with NATO, as evidenced by the Wales summit. That said, it's plenty scary if the San Bernardino attacks were merely inspired by ISIS.",
			[]string{"Country Germany", "Country Russia", "Country Ukraine", "Event 2015 San Bernardino attack", "Event G-7 summit", "Event Wales summit", "Organization G7", "Organization Islamic State", "Organization NATO", "Source leaders of the industrialized democracies"}},
		{"primaries and caucuses named by a state or a party",
			"She began her cycle of donations on January 30, 2008 – early in the primary season and just days after then-Senator Obama defeated Hillary Clinton in the South Carolina primary. Carly Fiorina will not be one of them despite beating rivals John Kasich and Chris Christie in the Iowa caucus.",
			[]string{"Event Iowa caucus", "Event South Carolina primary", "Person Barack Obama", "Person Carly Fiorina", "Person Chris Christie", "Person Hillary Clinton", "Person John Kasich"}},
		{"a party's primary is an event, the party a body of its own",
			"\"Republicans crossed over en masse to vote in the Democratic primary, and then the religious factor came in,\" Abercrombie said.",
			[]string{"Event Democratic primary", "Organization Democratic Party", "Organization Republican Party", "Person Abercrombie"}},
		{"a person's investigation is the investigation named after the person",
			"So long as Mueller’s probe can be cast as compromised by bias, a large share of the president’s supporters will discount its findings, they believe.",
			[]string{"Event Mueller investigation", "Person Robert Mueller"}},
		{"the federal government is the government of the article's federation",
			"We have been in frequent contact with our allies and we are marshaling the full power of the federal government and the private sector to protect the American people.",
			[]string{"Country United States", "Organization Government of United States"}},
		{"places and companies are not people",
			"The lawsuit, filed in Washington County, alleges Wal-Mart deceived customers. Economists point out that whatever Europe says, in the short term a weaker dollar is a boon. Sun Microsystems has launched a pay-as-you-go service. But, as yet, Japan is not ready for an Ellis Island.",
			[]string{"Country Japan", "Organization Sun Microsystems", "Organization Walmart"}},
		{"organisations: a lower-case Arabic article, X for Y, an office with its remit",
			"Forces there have sought to establish a stable country that could prevent insurgents from harboring al-Qaeda terrorists. The bill was pushed by the Center for Arizona Policy, a social conservative group. The effort has mostly failed, according to a report released Thursday by the Special Inspector General for Afghanistan Reconstruction.",
			[]string{"Organization Center for Arizona Policy", "Organization Special Inspector General for Afghanistan Reconstruction", "Organization al-Qaeda"}},
		{"an organisation's name holds 'and'; a listed person's body takes the person's short form",
			"“We’ve told the Chinese we spy on them,” said James Lewis, a fellow in cybersecurity at the Center for Strategic and International Studies in Washington. North Korean leader Kim Jong Un met Xi. Congress imposed new sanctions on Kim Jong Un’s regime.",
			[]string{"Country China", "Country North Korea", "Organization Center for Strategic and International Studies", "Organization Kim regime", "Organization United States Congress", "Person James Lewis", "Person Kim Jong Un", "Person Xi Jinping"}},
		{"a party tag after a politician's name names the party",
			"The man was charged after the incident occurred Sunday, New Jersey Attorney General Gurbir Grewal (D) said in a statement. Sen. Lindsey Graham, R-S.C., acknowledged Turkey’s concerns.",
			[]string{"Country Turkey", "Event incident", "Organization Democratic Party", "Organization Republican Party", "Person Gurbir Grewal", "Person Lindsey Graham"}},
		{"a capital as a place is the city, as a speaker its government",
			"The European ministers' comments, said Junya Tanase of JPMorgan Chase bank in Tokyo, were too weak. Moscow denied it.",
			[]string{"Country Russia", "Organization JPMorgan Chase", "Person Junya Tanase"}},
		{"a state's legislature, an institute named after a country, a party by its member noun",
			"The Arizona Legislature passed a bill last week. Joseph Yun, a US Institute of Peace expert, told reporters. It is about respect to the people who fought the Nazis.",
			[]string{"Organization Arizona Legislature", "Organization Nazi Party", "Organization US Institute of Peace", "Person Joseph Yun"}},
		{"a party's presidential nomination and an insurgency are events",
			"Jeb Bush has all but formally announced his bid for the Republican presidential nomination. The Taliban insurgency grew.",
			[]string{"Event Republican presidential nomination", "Event Taliban insurgency", "Organization Republican Party", "Organization Taliban", "Person Jeb Bush"}},
		{"a company by the first word of its name: no person, no newspaper",
			"Sun Microsystems has launched a pay-as-you-go service. Sun Grid costs users $1 for an hour's worth of processing. Some of them want to book computing capacity of more than 5,000 processors each, Sun said.",
			[]string{"Organization Sun Microsystems"}},
		{"a head of state's administration is the seat of government",
			"For more insight into how Putin’s administration views Trump’s victory, Vladimir Putin was asked.",
			[]string{"Organization Kremlin", "Person Donald Trump", "Person Vladimir Putin"}},
		{"a surname that is a modal verb stays in the name",
			"Before Masood was publicly identified, Prime Minister Theresa May said the attacker was British-born.",
			[]string{"Country United Kingdom", "Person Theresa May"}},
		{"a month is not a person, even when the article has one of that name",
			"Prime Minister Theresa May spoke to Mayor Dawn Zimmer, who said she wrote the entry in May 2013, met her last May and wrote to May since.",
			[]string{"Person Dawn Zimmer", "Person Theresa May"}},
		{"a weekday is never part of a name",
			"Russian President Vladimir Putin Thursday said the talks had failed. Obama on Friday signed the bill.",
			[]string{"Country Russia", "Person Barack Obama", "Person Vladimir Putin"}},
		{"a listed surname before an unknown word is another person's first name",
			"\"Tariffs need to be repealed to protect newspapers,\" said Paul Boyle, head of the coalition.",
			[]string{"Person Paul Boyle"}},
		{"places and compass words are not people, whatever follows",
			"A provision targeted New York state legislators. The plane was en route to St. Petersburg from the reclusive East Asian nation.",
			nil},
		{"a name suffix joins the listed name; a hyphen parts two names",
			"The stakes for the Trump-Kim summit could not be higher. Trump Jr. said he had no meetings with Russians.",
			[]string{"Country Russia", "Event Trump-Kim summit", "Person Donald Trump Jr."}},
		{"a lower-case noun that introduces an organisation",
			"The question-and-answer website Quora said hackers had stolen the data of 100 million users.",
			[]string{"Organization Quora"}},
		{"a first name alone is the person of the article with that first name",
			"Bernie Sanders is a senator. Bernie told the crowd that the system was rigged.",
			[]string{"Person Bernie Sanders"}},
		{"a title before a common word is not a person",
			"The Budget, likely the last before the General Election, in the Asia-Pacific region.",
			[]string{"Event general election"}},
		{"a person of an organisation is two names; a listed surname after another first name is another person",
			"David Bernstein of George Mason University wrote at the Washington Post. The Bank of America and the University of Chicago agreed.",
			[]string{"Organization Bank of America", "Organization George Mason University", "Organization University of Chicago",
				"Outlet The Washington Post", "Person David Bernstein"}},
		{"an unlisted organisation after an occupation and 'at', or after a company noun, and named again",
			"Malcolm Seagrave, security expert at Energis, said the most common types of attacks hit sites with 10 megabytes of data. Maria Capella, spokeswoman for net provider Pipex, said that customers were getting hit every four to five days. Energis took a similar approach, said Mr Seagrave.",
			[]string{"Organization Energis", "Organization Pipex", "Person Malcolm Seagrave", "Person Maria Capella"}},
		{"a titled name of an organisation is two names; of a place it is one person",
			"Manafort met with former Arizona Republican Congressman Jim Kolbe of the International Republican Institute. On Saturday, Mayor Ed Murray of Seattle announced a ban on city employees traveling to Indiana.",
			[]string{"Organization International Republican Institute", "Organization Republican Party", "Person Ed Murray", "Person Jim Kolbe", "Person Paul Manafort"}},
		{"a public body whose name holds 'and'; not a listed name, place or title before it",
			"Turkey's Labor and Social Security Ministry said the mine had been inspected five times since 2012. The U.S. Fish and Wildlife Service said in a written notice issued Thursday that permitting elephants from Zimbabwe and Zambia to be brought back as trophies will raise money for conservation programs.",
			[]string{"Country Turkey", "Country Zambia", "Country Zimbabwe", "Organization Labor and Social Security Ministry", "Organization U.S. Fish and Wildlife Service"}},
		{"an unlisted body's name that ends a longer one's is that body",
			"\"The Senate Finance Committee must report the bill no later than 15 session days after the House passes the bill,\" the Senate Republican Policy Committee website states. \"If the Finance Committee fails to report the bill, it is automatically placed on the Senate calendar for a vote.\"",
			[]string{"Organization Senate Finance Committee", "Organization Senate Republican Policy Committee", "Organization United States House of Representatives", "Organization United States Senate"}},
		{"an acronym the article defines is the body it defines it by",
			"Civil liberties group the Electronic Frontier Foundation (EFF) has joined a legal fight between three US online journalists and Apple.\n\nThe EFF says the case threatens the basic freedoms of the press.",
			[]string{"Country United States", "Organization Apple", "Organization Electronic Frontier Foundation"}},
		{"a listed body's name over 'and' takes the head after it",
			"Separately, the Health and Human Services Department said Thursday that Medicare would extend certain key benefits to same-sex spouses.",
			[]string{"Organization United States Department of Health and Human Services"}},
		{"a name after a role 'for' a body and a comma, or ending the sentence after a role and a comma",
			"In that audio recording, a spokesman for the Islamic State, Abu Mohammed al-Adnani, warned \"that the matter is more dangerous than you have imagined.\" In Turkey, around 130,000 Kurdish refugees fleeing Islamic State militants have crossed the border from Syria into Turkey over the past four days, said Turkey's deputy prime minister, Numan Kurtulmus.",
			[]string{"Country Syria", "Country Turkey", "Organization Islamic State", "Person Abu Mohammed al-Adnani", "Person Numan Kurtulmus"}},
		{"a name before a comma and a bare title 'of' or 'at' a body",
			"Naureen Shah, director of Amnesty International USA’s security with human rights program, said in a statement. Analyst Soner Cagaptay, director of the Turkish Research Program at The Washington Institute, told AFP.",
			[]string{"Country Turkey", "Country United States", "Organization Amnesty International", "Organization Washington Institute for Near East Policy", "Outlet Agence France-Presse", "Person Naureen Shah", "Person Soner Cagaptay"}},
		{"'the 2016 presidential race' is the election",
			"Left unspoken, though, was perhaps the biggest way Obama's presence will influence Cruz and other senators poised to jump into the 2016 presidential race.",
			[]string{"Event 2016 US presidential election", "Person Barack Obama", "Person Ted Cruz"}},
		{"a president's administration is named as the years' administration is",
			"Economists point out that whatever Europe says, in the short term a weaker dollar is a boon to President George W Bush's administration.",
			[]string{"Organization George W. Bush administration", "Person George W. Bush"}},
		{"the coalition against an organisation holds its name",
			"Last week, the administration’s special envoy for the anti-ISIS coalition, Brett McGurk, characterized a hypothetical withdrawal as reckless.",
			[]string{"Organization Islamic State", "Organization anti-ISIS coalition", "Person Brett McGurk"}},
		{"an event named by a body whose name holds 'of'; not a body whose name ends with an event word",
			"Having left the Group of Seven summit in Canada early, Trump’s announcement torpedoed a fragile consensus. The evidence in the indictment was collected by the Federal Bureau of Investigation and other agencies over the years.",
			[]string{"Country Canada", "Event Group of Seven summit", "Organization Federal Bureau of Investigation", "Organization G7", "Person Donald Trump"}},
		{"an acronym is the listed body the article names in full with those initials",
			"And Greece desperately needs the European Central Bank to restart money flows to re-open up its shuttered banks. The ECB however said Monday that it was not ready to do so yet.",
			[]string{"Country Greece", "Organization European Central Bank"}},
		{"a website by its domain, listed or not",
			"The story was first reported by DailyWire.com on Monday. Another WebBank.com employee said they were not talking to the press.",
			[]string{"Organization WebBank.com", "Outlet The Daily Wire"}},
		{"an incursion into a country is a war there",
			"Turkey launched its long-threatened incursion into Syria after President Donald Trump ordered a small contingent of U.S. troops out of the way.",
			[]string{"Country Syria", "Country Turkey", "Country United States", "Event war in Syria", "Person Donald Trump"}},
		{"a summit its place identifies; a second one elsewhere is another",
			"Tusk was writing to 27 EU leaders ahead of a summit in Valletta on Friday to debate the future. Next year's leaders will meet at a summit in Lisbon.",
			[]string{"Event Lisbon summit", "Event Valletta summit", "Organization European Union", "Person Donald Tusk"}},
		{"an unknown name between a role and its comma, and a comma after, is a person",
			"\"Without liquidity, the business climate will remain negative,\" Energean's CEO, Matthaios Rigas, told the FT in a May 2015 interview.",
			[]string{"Outlet Financial Times", "Person Matthaios Rigas"}},
		{"an unknown name after a role of a body and a comma is a person",
			"The head of the Hindu nationalist RSS organisation, Mohan Bhagwat, echoed the comments and said his group welcomed the decision.",
			[]string{"Organization Rashtriya Swayamsevak Sangh", "Person Mohan Bhagwat"}},
		{"a surname particle in a name before an apposition is no common word",
			"\"I agree that we do not need to cut supply if the prices are as much as this,\" Fathi Bin Shatwan, Libya's oil minister, told Reuters.",
			[]string{"Country Libya", "Outlet Reuters", "Person Fathi Bin Shatwan"}},
		{"a surname with its particle is the person named before with it",
			"That's because it's a sensitive issue, says Etienne de Durand, a defense expert at the French Institute for International Relations. Analyst de Durand disagrees.",
			[]string{"Organization French Institute for International Relations", "Person Etienne de Durand"}},
		{"a weapon's strike is an event; a strike alone is not (it may be a workers' one)",
			"Former U.S. Ambassador to the United Nations Nikki Haley praised President Donald Trump for ordering the drone strike that killed Iran's top general last week. The Israeli army confirmed the strike.",
			[]string{"Country Iran", "Country United States", "Event drone strike", "Organization Israel Defense Forces", "Organization United Nations", "Person Donald Trump", "Person Nikki Haley"}},
		{"a function word that opens a sentence is no given name",
			"In Willowbrook, one of the communities in L.A. County with the highest percentage of Black residents, the rate of infections per 100,000 was 22 times greater in the third week of June than in early April. In Washington, Ambassador Susan E. Rice said the vote was illegal. Can Obama rebuild his standing enough to force action on some of his priorities?",
			[]string{"Person Barack Obama", "Person Susan E. Rice"}},
		{"a listed person's short form that is a given name, before another name word, is another person; before a place word it is a place",
			"Witness Bashir Ahmad told Al Jazeera he heard a bang. Earlier this month, accountancy firm Ernst & Young said that revenues were too low. Like many parts of the country, Harris County has seen surges in Covid-19 hospitalizations since Memorial Day weekend.",
			[]string{"Organization Ernst & Young", "Outlet Al Jazeera", "Person Bashir Ahmad"}},
		{"a party and state tag is not part of the name",
			"Sen. Ted Cruz R-Texas spoke about the bill with Rep. Elijah Cummings (D-Md.).",
			[]string{"Organization Democratic Party", "Person Elijah Cummings", "Person Ted Cruz"}},
		{"a source's place ends with the name, before the verb",
			"The aide said military officials in Afghanistan spent recent months pushing for a stronger deal than was ultimately struck, but were “superseded” by the White House and State Department.",
			[]string{"Country Afghanistan", "Organization United States Department of State", "Organization White House", "Source military officials in Afghanistan"}},
		{"a country's ministry written in lower case",
			"Argentina’s foreign ministry named five of the victims. Tubaigy, holds a senior position in the Saudi interior ministry. The United Arab Emirates' foreign ministry hit Biden with a sharply formulated statement Saturday.",
			[]string{"Country Argentina", "Country Saudi Arabia", "Country United Arab Emirates", "Organization Ministry of Foreign Affairs of Argentina",
				"Organization Ministry of Foreign Affairs of the United Arab Emirates", "Organization Ministry of Internal Affairs of Saudi Arabia", "Person Joe Biden"}},
		{"an ambiguous listed event confirmed by its capitals",
			"In the US, a thanksgiving day was not an official holiday until Lincoln made it one during the Civil War. Others note that some Europeans could be sympathetic to a Russian claim, if it moved into Ukraine, that it acted to restore order where a civil war threatened.",
			[]string{"Country Russia", "Country Ukraine", "Country United States", "Event American Civil War", "Person Lincoln"}},
		{"a leader's office speaks for the leader",
			"Reacting to Trump’s tweets, Trudeau’s office said: “We are focused on everything we accomplished here at the summit.",
			[]string{"Event summit", "Organization Office of Justin Trudeau", "Person Donald Trump", "Person Justin Trudeau"}},
		{"a coalition named by who leads it",
			"Yemen's Houthi rebels and their allies agreed Sunday to a five-day cease-fire offered by the Saudi-led coalition that has been conducting airstrikes in the country, Yemen's state news agency reported.",
			[]string{"Country Saudi Arabia", "Country Yemen", "Organization Houthis", "Organization Saudi-led coalition"}},
		{"occasions named by who holds them, the same however the person is written",
			"The key audience for Mr. Pompeo’s speech may have been France, Germany and Britain. What the Obama-Abe visit will demonstrate is that reconciliation is not a one-and-done. Inside the Trump rally, demonstrators shouted. Secretary Pompeo’s speech was short.",
			[]string{"Country France", "Country Germany", "Country United Kingdom", "Event Obama-Abe visit", "Event Pompeo speech", "Event Trump rally",
				"Person Barack Obama", "Person Donald Trump", "Person Mike Pompeo", "Person Shinzo Abe"}},
		{"a person's occasion is named by the person alone",
			"I had to take a break from this newsletter to listen to Donald Trump’s CPAC speech. The most interesting moment of CPAC wasn’t Trump’s speech — it was Steve Bannon’s performance.",
			[]string{"Event Trump speech", "Person Donald Trump", "Person Steve Bannon"}},
		{"someone's speech or visit at a named place",
			"The accord, he said in his address to The Heritage Foundation, proved to be “a loser” with huge, negative repercussions throughout the Middle East. First, the US had some misgivings about an Abe visit to Pearl Harbor so soon after Obama’s trip to Hiroshima because there were concerns it would look like a “quid pro quo,” Mr. Abe said.",
			[]string{"Country United States", "Event Abe visit", "Event Obama visit", "Event speech to Heritage Foundation", "Organization Heritage Foundation", "Person Barack Obama", "Person Shinzo Abe"}},
		{"the attacks in a place: the listed event of that name, else its own",
			"In the wake of the terror attacks in Paris, Rubio has further emphasized national security in his stump speech. In Cuba, President Obama prefaced his public remarks with a mention of the attacks in Belgium.",
			[]string{"Country Belgium", "Country Cuba", "Event Belgium attacks", "Event November 2015 Paris attacks", "Person Barack Obama", "Person Marco Rubio"}},
		{"a capitalised occasion head names a body",
			"The largest group was the Southern Baptist Convention, with 437 members.",
			[]string{"Organization Southern Baptist Convention"}},
		{"a possessive inside an organisation's name, not after a person's",
			"Born in 1942 in Tredegar to a miner father and nurse mother, he attended Lewis Boys' School in nearby Pengam. Addicott is now a law professor at St. Mary’s University in San Antonio, Texas. Ted Heath snatched victory from Harold Wilson's Labour Party.",
			[]string{"Organization Labour Party", "Organization Lewis Boys' School", "Organization St. Mary’s University", "Person Harold Wilson", "Person Ted Heath"}},
		{"figurative wars are not events",
			"The trade war with China has hurt farmers, said Agriculture Secretary Sonny Perdue.",
			[]string{"Country China", "Person Sonny Perdue"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, entities(tc.text)); diff != "" {
				t.Errorf("entities of %q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestResolveWithinArticle(t *testing.T) {
	text := "Russian President Vladimir Putin spoke. Putin said little. Vladimir Putin left."
	res := rec.Recognize(segment.Split(text), Meta{ArticleID: "article:test"})
	var putin *Entity
	for _, e := range res.Entities {
		if e.Name == "Vladimir Putin" {
			putin = e
		}
	}
	if putin == nil {
		t.Fatal("no Vladimir Putin")
	}
	if got, want := len(putin.Mentions), 3; got != want {
		t.Errorf("Putin has %d mentions, want %d", got, want)
	}
	if got, want := putin.ID, "person:vladimir-putin"; got != want {
		t.Errorf("id = %q, want %q", got, want)
	}
	if got := strings.Join(putin.Titles, ","); got != "President" {
		t.Errorf("titles = %q, want President (not part of the name)", got)
	}
	for _, mk := range putin.Mentions {
		m := res.Mentions[mk]
		if text[m.Start:m.End] != "Vladimir Putin" && text[m.Start:m.End] != "Putin" {
			t.Errorf("mention text %q includes more than the name", text[m.Start:m.End])
		}
	}
}

// TestAddressedSurname: a form of address before a common word is the
// person named earlier with that surname ("John Snow … Mr Snow", from a BBC
// business story); with no such person it is no name ("Miss Universe").
func TestAddressedSurname(t *testing.T) {
	people := func(text string) map[string]int {
		res := rec.Recognize(segment.Split(text), Meta{ArticleID: "article:test"})
		out := map[string]int{}
		for _, e := range res.Entities {
			if e.Label == graph.LabelPerson {
				out[e.Name] = len(e.Mentions)
			}
		}
		return out
	}
	got := people("The comments come a day after US Treasury Secretary John Snow said a strong dollar was \"in America's interest\". \"I fully welcome the words of Mr Snow,\" said Joaquin Almunia.")
	if diff := cmp.Diff(map[string]int{"John Snow": 2, "Joaquin Almunia": 1}, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	got = people("She was crowned Miss Universe in 1996 and later met Donald Trump.")
	if diff := cmp.Diff(map[string]int{"Donald Trump": 1}, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// entityNames recognises text and returns "Label Name" of its entities of
// the given labels, in order.
func entityNames(text string, labels ...graph.Label) []string {
	res := rec.Recognize(segment.Split(text), Meta{ArticleID: "article:test"})
	var got []string
	for _, e := range res.Entities {
		for _, l := range labels {
			if e.Label == l {
				got = append(got, string(e.Label)+" "+e.Name)
			}
		}
	}
	return got
}

// TestAppositiveRole: an unlisted name followed by a role in apposition is
// a person, and the role is no source of its own.
func TestAppositiveRole(t *testing.T) {
	got := entityNames("Marc Ostwald, a strategist at Monument Securities told Reuters that no immediate market impact could be expected.",
		graph.LabelPerson, graph.LabelSource)
	if diff := cmp.Diff([]string{"Person Marc Ostwald"}, got); diff != "" {
		t.Errorf("people and sources (-want +got):\n%s", diff)
	}
}

// TestAppositiveRoleWithPlace: a place or body may stand before the role
// ("an Iraq expert"); a role that owns a noun or speaks is no apposition.
func TestAppositiveRoleWithPlace(t *testing.T) {
	got := entityNames("\"It's difficult to imagine that the dam will not be immediately contested,\" Ramzy Mardini, an Iraq expert with the Washington-based Atlantic Council, said of Thursday's Mosul Dam seizure. Iraqi forces recaptured Tel Afar, the Iraqi official said.",
		graph.LabelPerson)
	if diff := cmp.Diff([]string{"Person Ramzy Mardini"}, got); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
}

// TestHomeCountryByBodies: an election with no country of its own is the
// story's country, which its bodies say as much as its country names do.
func TestHomeCountryByBodies(t *testing.T) {
	got := entityNames("Russia denied it. The Kremlin and Russia's ambassador were named. The FBI briefed Congress, and Democrats and Republicans on Capitol Hill said the general election would be close.",
		graph.LabelEvent)
	if diff := cmp.Diff([]string{"Event U.S. general election"}, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// TestChamberVote: a chamber's vote on a bill is no election.
func TestChamberVote(t *testing.T) {
	got := entityNames("Within hours of returning to Capitol Hill, Landrieu called for a Senate vote on the Keystone bill, which is now teed up for next Tuesday. The Senate vote on the proposal could come as early as Thursday.",
		graph.LabelEvent)
	if diff := cmp.Diff([]string(nil), got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// TestElectionCountry: midterms are American whatever else the article
// names, and a country meddling in an election is not its host.
func TestElectionCountry(t *testing.T) {
	got := entityNames("Georgia's president spoke in Tbilisi. Getting out the vote in a typically sluggish midterm election is critical.", graph.LabelEvent)
	if diff := cmp.Diff([]string{"Event U.S. midterm election"}, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	got = entityNames("But Nicholas Burns, a former senior State Department official who supported Hillary Clinton in the presidential race warned that Russian election hacking represented a severe threat to US security.", graph.LabelEvent)
	for _, e := range got {
		if strings.Contains(e, "Russian") && strings.Contains(e, "election") {
			t.Errorf("events = %q: Russia meddles in the election, it does not hold it", got)
		}
	}
}

// TestInauguration: a person's inauguration is an occasion of the article.
func TestInauguration(t *testing.T) {
	got := entityNames("More than 40 congressional Democrats now say they're boycotting President-elect Donald Trump's inauguration on Friday.", graph.LabelEvent)
	if diff := cmp.Diff([]string{"Event Trump inauguration"}, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// TestDefiniteEvent: "the incident", "the investigation" is the named event
// of its kind that the article has, or an event of its own, scoped to the
// article; a compound noun ("the trial judge") is none.
func TestDefiniteEvent(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "id aliases"
	}{
		{"an incident of its own",
			"The attempted terror attack by two Muslim-Americans in Garland, Texas, Sunday so far appears to confirm what terrorism experts have been saying for months. But the incident shows that the Islamic State’s ability to inspire remains a challenge.",
			[]string{"event:test-incident the incident"}},
		{"an investigation and a probe are one",
			"Police said the investigation was still in the early stages. Officers widened the probe on Friday.",
			[]string{"event:test-investigation the investigation|the probe"}},
		{"the investigation is the named one",
			"And he passed up a chance to break from the president’s characterization of the Mueller investigation as a “witch hunt.” FBI Director Christopher Wray and Barr have all maintained that they do not believe the investigation to be a witch hunt.",
			[]string{"event:mueller-investigation the investigation"}},
		{"the summit joins the named summit, which keeps its name",
			"But spokesman Baek Tae-hyun didn’t directly say Wednesday whether Seoul thinks the Trump-Kim summit is in jeopardy. Even the threat of killing the summit stunned Washington, though.",
			[]string{"event:trump-kim-summit the summit"}},
		{"a possessive name before the head names the event without it",
			"It was widely speculated that Manafort would receive the first charges in Special Counsel Robert Mueller’s investigation.",
			[]string{"event:mueller-investigation Special Counsel Robert Mueller’s investigation"}},
		{"a head noun with its tail",
			"Klobuchar was one of four senators still running for president while also serving as jurors in the impeachment trial of Trump.",
			[]string{"event:test-impeachment-trial the impeachment trial"}},
		{"a modifier between the article and the head",
			"Europe suffered fewer natural disasters, but 191 people were killed and more than 2,000 injured in March after the terrorist attack on train stations in Madrid.",
			[]string{"event:test-terrorist-attack the terrorist attack"}},
		{"a disaster and a gathering of the story",
			"Analysts chalked up the slower hiring to the hurricane and pointed to strength in revisions. The governor did not attend the rally and has yet to make an endorsement.",
			[]string{"event:test-hurricane the hurricane", "event:test-rally the rally"}},
		{"a hack is its own event, not another scandal",
			"The exposé tried to whitewash Russian culpability in the hack of DNC emails by blaming the hack instead on a bogus conspiracy.",
			[]string{"event:test-hack the hack"}},
		{"the speech is the named speech before it",
			"The key audience for Mr. Pompeo’s speech may have been France. The speech sparked a swift rejection from Tehran.",
			[]string{"event:test-pompeo-speech Mr. Pompeo’s speech|The speech"}},
		{"a definite head before an irregular verb",
			"In Egypt, Hagel took the lead in trying to convince defense minister Abdel Fatah el-Sisi not to depose Egypt's first-ever democratically elected president in a coup; Hagel failed and the coup went ahead.",
			[]string{"event:test-coup the coup"}},
		{"the news conference is an occasion of the story; a conference alone is not",
			"Warren was not at the news conference, and neither she nor her staff would comment for this article. The conference on trade opened in Geneva.",
			[]string{"event:test-news-conference the news conference"}},
		{"a meeting or a debate named by who or where, after the article and ending the noun phrase",
			"She arrived at the Trump meeting after huddling with the founder of Fusion GPS. Simpson’s research ended up in the Trump Tower meeting in the form of a four-page memo. The former Florida governor walked onto the CNN debate stage on Tuesday, and Sanders referenced the Democratic debate in October.",
			[]string{"event:test-trump-meeting ", "event:test-trump-tower-meeting ", "event:test-democratic-debate "}},
		{"the meeting or the debate is the named one told again; alone it is routine",
			"Simpson’s research ended up in the Trump Tower meeting in the form of a four-page memo. Kushner left the meeting after twenty minutes. Rubio did well in the CNBC debate on Wednesday, and the debate drew record ratings.",
			[]string{"event:test-trump-tower-meeting the meeting", "event:test-cnbc-debate the debate"}},
		{"a person's attacks on someone are words, no event",
			"Trump's attacks on the press have intensified, and Clinton’s attack on Sanders fell flat.",
			nil},
		{"a meeting of no name is no event",
			"Trump Jr. attended a meeting in June 2016 and said the meeting was short.",
			nil},
		{"a debate on a policy or in a chamber is no occasion",
			"Clinton said the Iran debate was settled. Republicans walked out of the Senate debate on Thursday.",
			nil},
		{"a compound noun is no event",
			"Even though the trial judge had been alerted to his experience of sexual abuse and mental illness, he was sentenced to a two-year detention and training order.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := rec.Recognize(segment.Split(tc.text), Meta{ArticleID: "article:test"})
			var got []string
			for _, e := range res.Entities {
				if e.Label == graph.LabelEvent && len(e.Mentions) > 0 {
					got = append(got, e.ID+" "+strings.Join(e.Aliases, "|"))
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("events of %q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestNewSource: the speaker phrase a claim finds is a Source, unless an
// organisation noun heads it.
func TestNewSource(t *testing.T) {
	tests := []struct {
		name, text string
		t0, t1     int
		want       string // "Label Name"
	}{
		{"an unnamed body is an organisation",
			"The Chinese foreign ministry said Japan should not forget the “grave suffering” it inflicted on its neighbours during the war.",
			0, 4, "Organization Chinese foreign ministry"},
		{"an unnamed person is a source",
			"The aide said military officials in Afghanistan spent recent months pushing for a stronger deal.",
			0, 2, "Source The aide"},
		{"a person of a body is a source",
			"Leaders of the House Foreign Affairs Committee said they would hold hearings.",
			0, 7, "Source Leaders of the House Foreign Affairs Committee"},
		{"an outlet's agency is the outlet",
			"The official Xinhua news agency on Thursday accused Japan of “fishing in troubled waters”.",
			0, 5, "Outlet Xinhua News Agency"},
		{"a demonym's government is no outlet",
			"The Australian government said on Sunday it would deploy its armed forces.",
			0, 3, "Organization Australian government"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := rec.Recognize(segment.Split(tc.text), Meta{ArticleID: "article:test"})
			mi := res.NewSource(tc.t0, tc.t1, 0, res.Span(tc.t0, tc.t1))
			e := res.EntityOf(mi)
			if e == nil {
				t.Fatalf("NewSource(%d, %d) gave mention %d with no entity", tc.t0, tc.t1, mi)
			}
			if got := string(e.Label) + " " + e.Name; got != tc.want {
				t.Errorf("NewSource(%q) = %q, want %q", res.Span(tc.t0, tc.t1), got, tc.want)
			}
		})
	}
}

// TestMonthOrPerson checks which "May" is Theresa May: after "to" yes, in a
// date ("in May 2013", "last May") no.
func TestMonthOrPerson(t *testing.T) {
	text := "Prime Minister Theresa May spoke to Mayor Dawn Zimmer, who wrote the entry in May 2013, met her last May and wrote to May since."
	res := rec.Recognize(segment.Split(text), Meta{ArticleID: "article:test"})
	var got []string
	for _, e := range res.Entities {
		if e.Name != "Theresa May" {
			continue
		}
		for _, mk := range e.Mentions {
			m := res.Mentions[mk]
			got = append(got, text[m.Start-3:m.End])
		}
	}
	want := []string{"er Theresa May", "to May"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mentions of Theresa May (with 3 bytes before) (-want +got):\n%s", diff)
	}
}

// TestPeerAlias: a peer's title stays with the name as an alias, the way
// British news calls the person.
func TestPeerAlias(t *testing.T) {
	text := "Former Labour MP Lord Janner, who is a high profile member of Britain's Jewish community, branded Harry's actions stupid."
	res := rec.Recognize(segment.Split(text), Meta{ArticleID: "article:test"})
	for _, e := range res.Entities {
		if e.Name != "Janner" {
			continue
		}
		for _, a := range e.Aliases {
			if a == "Lord Janner" {
				return
			}
		}
		t.Fatalf("got aliases %q for Janner, want one to be %q", e.Aliases, "Lord Janner")
	}
	t.Fatal("got no person Janner")
}

// TestSourceCandidates: generic speaker nouns are candidates that a claim
// promotes; a bare plural group is not the singular source before it.
func TestSourceCandidates(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // candidate descriptions, then "=" and the promoted sources
	}{
		{"a modified plural of a speaker noun",
			"Federal agents said that at the time of Butina's arrest last weekend, her apartment was full of boxes.",
			[]string{"Federal agents", "=", "Federal agents"}},
		{"a possessor that is no entity describes the group",
			"In the probe, the president’s defenders argued — accurately — that those charges didn’t mention anything about Trump himself.",
			[]string{"president’s defenders", "=", "president’s defenders"}},
		{"news reports speak; a weak noun with a place is only a candidate",
			"Other reports this week said the Deutsche Boerse might even consider selling. In response to the death threats, Charb told advocates at one point that he was not afraid.",
			[]string{"reports", "advocates", "=", "advocates", "reports"}},
		{"noun modifiers of a field stay in the description",
			"Immigrant-rights advocates had expected the ruling and had been working ahead of time to discredit Judge Hanen. Some religious leaders plan to defy coronavirus bans.",
			[]string{"Immigrant-rights advocates", "religious leaders", "=", "Immigrant-rights advocates", "religious leaders"}},
		{"a group after with, of or represents belongs to another speaker",
			"One coordinator with the Kurdish defenders told The New York Times that their defenses were holding. On Thursday, the association that represents thousands of FBI agents warned that the shutdown could cause laboratory delays.",
			[]string{"="}},
		{"media speak, but not social media nor media before the noun they modify",
			"Also Tuesday, Turkish media reported that police in Istanbul clashed with hundreds of demonstrators. Pakistani media reports suggest there have been virtually no drone strikes in the region. The group's followers on social media claim they've found a sense of community.",
			[]string{"Turkish media", "demonstrators", "reports", "=", "Turkish media", "demonstrators", "reports"}},
		{"'those' known by where they stand are a source; 'those' alone is not",
			"The nationwide campaign will target hundreds of families, said those familiar with the plan. Those close to Boehner say they expect another motion. Those who left said nothing.",
			[]string{"=", "Those close to Boehner", "those familiar with the plan"}},
		{"a name's noun before a verb of saying stays in the description; an adverb after the name does not",
			"People familiar with Trump transition talks told POLITICO earlier this year that there was a belief at State. Critics of the Iran deal argue that Iran is so intent on getting a deal that Tehran could have been pushed. Members of Congress also complain about restricted access for their staffs.",
			[]string{"=", "Critics of the Iran deal", "Members of Congress", "People familiar with Trump transition talks"}},
		{"experts are not the expert before them, who is the person named in apposition",
			"Jonathan Turley, a constitutional law expert at George Washington University in Washington, said a pardon does not give Trump license. Trump's ability to punch back against the inquiry is limited, experts said.",
			[]string{"experts", "=", "experts"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := rec.Recognize(segment.Split(tc.text), Meta{ArticleID: "article:test"})
			var got []string
			n := len(res.Candidates)
			for _, c := range res.Candidates {
				got = append(got, c.Name)
			}
			got = append(got, "=")
			for c := 0; c < n; c++ {
				res.PromoteSource(c)
			}
			var srcs []string
			for _, e := range res.Entities {
				if e.Label == graph.LabelSource && len(e.Mentions) > 0 {
					srcs = append(srcs, e.Name)
				}
			}
			sort.Strings(srcs)
			got = append(got, srcs...)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("sources of %q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestCabinetByOutlet: an article that names no country has its outlet's
// home country's Cabinet.
func TestCabinetByOutlet(t *testing.T) {
	text := "Veteran Labour MP and former Cabinet minister Jack Cunningham has said he will stand down at the next election."
	for outlet, want := range map[string]string{"BBC News": "Cabinet of the United Kingdom", "Fox News": "Cabinet of the United States"} {
		res := rec.Recognize(segment.Split(text), Meta{ArticleID: "article:test", Outlet: outlet})
		got := ""
		for _, e := range res.Entities {
			if e.Label == graph.LabelOrganization && strings.HasPrefix(e.Name, "Cabinet") && len(e.Mentions) > 0 {
				got = e.Name
			}
		}
		if got != want {
			t.Errorf("outlet %s: cabinet %q, want %q", outlet, got, want)
		}
	}
}

// TestTheAdministration: "the administration" is the one the article
// names, else the one in office when an American story was published.
func TestTheAdministration(t *testing.T) {
	tests := []struct{ text, outlet, published, want string }{
		{"While Biden is known for making blunt statements that sometimes embarrass the administration, Turkey is particularly sensitive.", "CNN", "2014-10-05", "Obama administration"},
		{"Six days on, the administration is dealing with damage from the firing.", "CNN", "2017-05-15", "Trump administration"},
		{"The Obama administration imposed sanctions. Six days on, the administration is dealing with damage.", "CNN", "2019-05-15", "Obama administration"},
		{"Six days on, the administration is dealing with damage from the firing.", "BBC News", "2017-05-15", ""},
	}
	for _, tc := range tests {
		res := rec.Recognize(segment.Split(tc.text), Meta{ArticleID: "article:test", Outlet: tc.outlet, Published: tc.published})
		got := ""
		for _, m := range res.Mentions {
			if m.Label == graph.LabelOrganization && res.Span(m.T0, m.T1) == "administration" && m.Entity >= 0 {
				got = res.Entities[m.Entity].Name
			}
		}
		if got != tc.want {
			t.Errorf("%q (%s, %s): the administration is %q, want %q", tc.text, tc.outlet, tc.published, got, tc.want)
		}
	}
}

// TestNationalBodyByCountry: a national body's shared name ("the
// Treasury", "Parliament") is the outlet's country's when the article
// names no other, and no body at all in an article about another country.
func TestNationalBodyByCountry(t *testing.T) {
	tests := []struct{ text, outlet, want string }{
		{"Chancellor Gordon Brown will deliver his Budget to the House of Commons on 16 March, the Treasury has announced.", "BBC News", "HM Treasury"},
		{"Syrian President Bashar al-Assad addresses Parliament members in Damascus in 2016.", "National Review", ""},
	}
	for _, tc := range tests {
		res := rec.Recognize(segment.Split(tc.text), Meta{ArticleID: "article:test", Outlet: tc.outlet})
		got := ""
		for _, m := range res.Mentions {
			if s := res.Span(m.T0, m.T1); m.Label == graph.LabelOrganization && (s == "Treasury" || s == "Parliament") && m.Entity >= 0 {
				got = res.Entities[m.Entity].Name
			}
		}
		if got != tc.want {
			t.Errorf("%q (%s): the body is %q, want %q", tc.text, tc.outlet, got, tc.want)
		}
	}
}
