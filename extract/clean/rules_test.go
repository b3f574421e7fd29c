package clean

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCleanRules(t *testing.T) {
	const story = "The minister said on Monday that the talks would go on for another week."
	tests := []struct {
		name      string
		title     string
		in        string
		body      string
		outlet    string
		removed   []string
		furniture []string // "kind: text"
	}{
		{name: "skip link and section label", in: "Skip to main content\nnews\n\n" + story,
			body: story, removed: []string{"Skip to main content", "news"}},
		{name: "known section label", in: "World\n\n" + story, body: story, removed: []string{"World"}},
		{name: "capitalised short line is not a section label", in: "Sean Illing\n\n" + story,
			body: "Sean Illing\n\n" + story},
		{name: "section label only at the top", in: story + "\n\nnews\n\n" + story,
			body: story + "\n\nnews\n\n" + story},
		{name: "source line at the top gives the outlet", in: "Some headline here\n\nSource: Meduza\n" + story,
			body: "Some headline here\n\n" + story, outlet: "Meduza", removed: []string{"Source: Meduza"}},
		{name: "source line in the body is furniture", in: story + "\n\nSource: LPL Financial\n\n" + story,
			body: story + "\n\nSource: LPL Financial\n\n" + story, furniture: []string{"source: Source: LPL Financial"}},
		{name: "source sentence is not a source line", in: "Source: the minister said it.\n\n" + story,
			body: "Source: the minister said it.\n\n" + story},
		{name: "title repeated", title: "Talks to go on", in: "Talks to Go On.\n\n" + story,
			body: story, removed: []string{"Talks to Go On."}},
		{name: "title repeated with other quotes", title: "Russia: 'It has proved what we knew'",
			in: "Russia: ‘It has proved what we knew’\n\n" + story, body: story,
			removed: []string{"Russia: ‘It has proved what we knew’"}},
		{name: "title not repeated", title: "Another title", in: story, body: story},
		{name: "appeal with its outlet-voice paragraph",
			in:   story + "\n\n\nEven though we’re outlawed in Russia, we continue to deliver exclusive reporting and analysis from inside the country. \n\nOur journalists on the ground take risks to keep you informed. Support Meduza’s work today.\n\n\n" + story,
			body: story + "\n\n" + story,
			removed: []string{"Even though we’re outlawed in Russia, we continue to deliver exclusive reporting and analysis from inside the country.",
				"Our journalists on the ground take risks to keep you informed. Support Meduza’s work today."}},
		{name: "appeal keeps a first-person story paragraph",
			in:      "So maybe we’ll have a breakthrough in our ability to treat the symptoms.\n\nSupport Vox’s explanatory journalism\n\n" + story,
			body:    "So maybe we’ll have a breakthrough in our ability to treat the symptoms.\n\n" + story,
			removed: []string{"Support Vox’s explanatory journalism"}},
		{name: "quoted appeal is news", in: "“Support our work today,” the editor wrote in a letter to readers.",
			body: "“Support our work today,” the editor wrote in a letter to readers."},
		{name: "newsletter", in: story + "\nSign up for Daily Newsletters Manage Newsletters\n" + story,
			body: story + "\n" + story, removed: []string{"Sign up for Daily Newsletters Manage Newsletters"}},
		{name: "inbox promo", in: story + "\n\nGet the Monitor Stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy\n\n" + story,
			body: story + "\n\n" + story, removed: []string{"Get the Monitor Stories you care about delivered to your inbox. By signing up, you agree to our Privacy Policy"}},
		{name: "share widgets", in: "Share this article\nShare on Facebook\nCopy link\nSHARE THIS ARTICLE Share Tweet Post Email\nLISTEN TO ARTICLE 4:27\n" + story,
			body: story, removed: []string{"Share this article", "Share on Facebook", "Copy link", "SHARE THIS ARTICLE Share Tweet Post Email", "LISTEN TO ARTICLE 4:27"}},
		{name: "read more teaser", in: story + "\n\nNo collusion, plenty of corruption: Trump is not in the clear | Richard Wolffe Read more\n\n" + story,
			body: story + "\n\n" + story, removed: []string{"No collusion, plenty of corruption: Trump is not in the clear | Richard Wolffe Read more"}},
		{name: "sentence about reading more is kept", in: "He urged voters to read more before they decide.",
			body: "He urged voters to read more before they decide."},
		{name: "video label", in: story + "\n\nPlay Video 2:19 Bernie Sanders, Kamala Harris react to completion of Trump-Russia inquiry – video\n\nCandidates react – video\n\n" + story,
			body: story + "\n\n" + story, removed: []string{"Play Video 2:19 Bernie Sanders, Kamala Harris react to completion of Trump-Russia inquiry – video", "Candidates react – video"}},
		{name: "media playback and placeholders", in: "Media playback is unsupported on your device\n{articleGUID}\n[pullquote]\n" + story,
			body: story, removed: []string{"Media playback is unsupported on your device", "{articleGUID}", "[pullquote]"}},
		{name: "advertisement markers", in: story + "\n\nAdvertisement\n\nADVERTISEMENT\n\nAdvertisement:\n\nAD\n\nStory Continued Below\n\n" + story,
			body: story + "\n\n" + story, removed: []string{"Advertisement", "ADVERTISEMENT", "Advertisement:", "AD", "Story Continued Below"}},
		{name: "copyright and click here", in: story + "\n\nCopyright © 2019 The Washington Times, LLC. Click here for reprint permission.\n\nCan't see the video? Click here.",
			body: story, removed: []string{"Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.", "Can't see the video? Click here."}},
		{name: "copyright as a subject is kept", in: "Copyright law was not written for the internet age.", body: "Copyright law was not written for the internet age."},
		{name: "follow us", in: story + "\n\nFollow us on Twitter @CNNOpinion.\n\nFollow Chuck on Twitter",
			body: story, removed: []string{"Follow us on Twitter @CNNOpinion.", "Follow Chuck on Twitter"}},
		{name: "separators and age notes", in: "This article is more than 1 year old\n\n" + story + "\n\n___\n\n• • •\n\nSlideshow (2 Images)\n\n" + story,
			body: story + "\n\n" + story, removed: []string{"This article is more than 1 year old", "___", "• • •", "Slideshow (2 Images)"}},
		{name: "photo credit kept as furniture", in: "Source: Meduza\nDmitry Lovetsky / AP / Scanpix / LETA\n\n" + story,
			body: "Dmitry Lovetsky / AP / Scanpix / LETA\n\n" + story, outlet: "Meduza",
			removed: []string{"Source: Meduza"}, furniture: []string{"credit: Dmitry Lovetsky / AP / Scanpix / LETA"}},
		{name: "photo prefix credit", in: story + "\n\nPhoto: Reuters\n\n" + story,
			body: story + "\n\nPhoto: Reuters\n\n" + story, furniture: []string{"credit: Photo: Reuters"}},
		{name: "enlarge toggle caption", in: story + "\n\nEnlarge this image toggle caption Saul Loeb/AFP/Getty Images Saul Loeb/AFP/Getty Images\n\n" + story,
			body: story + "\n\nSaul Loeb/AFP/Getty Images\n\n" + story, removed: []string{"Enlarge this image toggle caption", "Saul Loeb/AFP/Getty Images"},
			furniture: []string{"credit: Saul Loeb/AFP/Getty Images"}},
		{name: "guardian caption", in: story + "\n\nFacebook Twitter Pinterest The meeting in Brussels on Thursday. Photograph: Olivier Matthys/AFP/Getty Images\n\n" + story,
			body:    story + "\n\nThe meeting in Brussels on Thursday. Photograph: Olivier Matthys/AFP/Getty Images\n\n" + story,
			removed: []string{"Facebook Twitter Pinterest"}, furniture: []string{"caption: The meeting in Brussels on Thursday. Photograph: Olivier Matthys/AFP/Getty Images"}},
		{name: "caption with credit in parentheses", in: "A crew member works on a cell tower in Orem, Utah, on Dec. 10, 2019. (George Frey/AFP via Getty Images)",
			body:      "A crew member works on a cell tower in Orem, Utah, on Dec. 10, 2019. (George Frey/AFP via Getty Images)",
			furniture: []string{"caption: A crew member works on a cell tower in Orem, Utah, on Dec. 10, 2019. (George Frey/AFP via Getty Images)"}},
		{name: "story sentence with a slash is not a credit", in: "Voters in Ohio/Kentucky said it was Good/Bad news for the party and its leaders.",
			body: "Voters in Ohio/Kentucky said it was Good/Bad news for the party and its leaders."},
		{name: "bbc image labels", in: "Image copyright Getty Images\nImage caption Mr Blair met Mr Bush in Washington\n\n" + story,
			body:      "Getty Images\nMr Blair met Mr Bush in Washington\n\n" + story,
			removed:   []string{"Image copyright", "Image caption"},
			furniture: []string{"credit: Getty Images", "caption: Mr Blair met Mr Bush in Washington"}},
		{name: "subscribe and donate", in: story + "\n\nSubscribe to our newsletter\n\nDonate\n\nSign up for The Week in Review",
			body: story, removed: []string{"Subscribe to our newsletter", "Donate", "Sign up for The Week in Review"}},
		{name: "contributed line", in: story + "\n\nThe Associated Press contributed to this report.",
			body: story + "\n\nThe Associated Press", removed: []string{"contributed to this report."},
			furniture: []string{"credit: The Associated Press"}},
		{name: "contributed line naming a reporter", in: story + "\n\nAssociated Press reporter Jill Colvin contributed to this report.",
			body: story + "\n\nAssociated Press reporter Jill Colvin", removed: []string{"contributed to this report."},
			furniture: []string{"credit: Associated Press reporter Jill Colvin"}},
		{name: "contributed line with an outlet's possessive", in: story + "\n\nFox News’ Judson Berger contributed to this report.",
			body: story + "\n\nFox News’ Judson Berger", removed: []string{"contributed to this report."},
			furniture: []string{"credit: Fox News’ Judson Berger"}},
		{name: "caption with an AP photo credit",
			in:        "Turkish President Recep Tayyip Erdogan speaks at a news conference alongside President Donald Trump in the East Room of the White House, Wednesday, Nov. 13, 2019, in Washington. (AP Photo/Patrick Semansky)\n\n" + story,
			body:      "(AP Photo/Patrick Semansky)\n\n" + story,
			removed:   []string{"Turkish President Recep Tayyip Erdogan speaks at a news conference alongside President Donald Trump in the East Room of the White House, Wednesday, Nov. 13, 2019, in Washington."},
			furniture: []string{"credit: (AP Photo/Patrick Semansky)"}},
		{name: "file photo with a Reuters credit",
			in:        "FILE PHOTO: Conservative commentator and best-selling author, Dinesh D'Souza exits the Manhattan Federal Courthouse after pleading guilty in New York, May 20, 2014. REUTERS/Lucas Jackson\n" + story,
			body:      "REUTERS/Lucas Jackson\n" + story,
			removed:   []string{"FILE PHOTO: Conservative commentator and best-selling author, Dinesh D'Souza exits the Manhattan Federal Courthouse after pleading guilty in New York, May 20, 2014."},
			furniture: []string{"credit: REUTERS/Lucas Jackson"}},
		{name: "caption with a Reuters credit",
			in:        "People watch a television broadcasting a news report on North Korea firing what appeared to be a short-range ballistic missile, at a railway station in Seoul, South Korea, May 29, 2017. REUTERS/Kim Hong-Ji\n" + story,
			body:      "REUTERS/Kim Hong-Ji\n" + story,
			removed:   []string{"People watch a television broadcasting a news report on North Korea firing what appeared to be a short-range ballistic missile, at a railway station in Seoul, South Korea, May 29, 2017."},
			furniture: []string{"credit: REUTERS/Kim Hong-Ji"}},
		{name: "sentence about Reuters is kept", in: "The company said it would sell the unit, according to a statement seen by Reuters.",
			body: "The company said it would sell the unit, according to a statement seen by Reuters."},
		{name: "read link", in: story + "\n\nRead: Bernie Sanders meets his biggest threat\n\n" + story,
			body: story + "\n\n" + story, removed: []string{"Read: Bernie Sanders meets his biggest threat"}},
		{name: "bracketed read link", in: story + "\n\n[Read: Why Tunisia, Arab Spring’s sole success story, suffers from Islamist violence]\n\n" + story,
			body: story + "\n\n" + story, removed: []string{"[Read: Why Tunisia, Arab Spring’s sole success story, suffers from Islamist violence]"}},
		{name: "lire aussi", in: story + "\n\nLire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement\n\n" + story,
			body: story + "\n\n" + story, removed: []string{"Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement"}},
		{name: "opinion label", in: "ANALYSIS/OPINION:\n\n" + story, body: story, removed: []string{"ANALYSIS/OPINION:"}},
		{name: "story highlights label", in: "Story highlights Vice President Joe Biden apologizes to the UAE\n\n" + story,
			body: "Vice President Joe Biden apologizes to the UAE\n\n" + story, removed: []string{"Story highlights"},
			furniture: []string{"caption: Vice President Joe Biden apologizes to the UAE"}},
		{name: "video player furniture",
			in:      story + "\n\nJUST WATCHED Biden regrets saying allies helped ISIS Replay More Videos ... MUST WATCH Biden regrets saying allies helped ISIS 02:07\n\n" + story,
			body:    story + "\n\n" + story,
			removed: []string{"JUST WATCHED Biden regrets saying allies helped ISIS Replay More Videos ... MUST WATCH Biden regrets saying allies helped ISIS 02:07"}},
		{name: "continue reading the main story", in: story + "\nContinue reading the main story\n" + story,
			body: story + "\n" + story, removed: []string{"Continue reading the main story"}},
		{name: "print edition note",
			in:      story + "\n\nA version of this article appears in print on January 13, 2017, on Page A7 of the New York edition with the headline: Sanctions on Sudan Will Be Lifted.\n",
			body:    story,
			removed: []string{"A version of this article appears in print on January 13, 2017, on Page A7 of the New York edition with the headline: Sanctions on Sudan Will Be Lifted."}},
		{name: "provided by", in: "© Provided by Business Insider Inc\n\n" + story, body: story, removed: []string{"© Provided by Business Insider Inc"}},
		{name: "powered by", in: story + "\n\nPowered by Livefyre\n", body: story, removed: []string{"Powered by Livefyre"}},
		{name: "blank lines and spaces", in: "\n\n  " + story + "   \n\n\n\n" + story + "\n \n",
			body: story + "\n\n" + story},
		{name: "removed line inside a paragraph keeps the line break", in: story + "\nAdvertisement\n" + story,
			body: story + "\n" + story, removed: []string{"Advertisement"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := CleanWithTitle(tt.in, tt.title)
			if got.Body != tt.body {
				t.Errorf("Body = %q, want %q", got.Body, tt.body)
			}
			if got.Outlet != tt.outlet {
				t.Errorf("Outlet = %q, want %q", got.Outlet, tt.outlet)
			}
			if diff := cmp.Diff(tt.removed, got.Removed); diff != "" {
				t.Errorf("Removed (-want +got):\n%s", diff)
			}
			var furn []string
			for _, s := range got.Furniture {
				furn = append(furn, s.Kind+": "+got.Body[s.Start:s.End])
			}
			if diff := cmp.Diff(tt.furniture, furn); diff != "" {
				t.Errorf("Furniture (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"crlf", "a\r\nb\r\n", "a\nb\n"},
		{"old mac", "a\rb\r\rc", "a\nb\n\nc"},
		{"odd spaces", "a\u00a0b\u2009c\u3000d\te", "a b c d e"},
		{"zero width and soft hyphen", "Ze\u200brо\u00adth\u200d\ufeffing", "Zerоthing"},
		{"controls", "a\x00b\x07c\u0085d", "abc\nd"},
		{"line separators", "a\u2028b\u2029c", "a\nb\nc"},
		{"nfc", "Cafe\u0301", "Café"},
		{"quotes kept", "“Yes,” he said — it’s ‘fine’", "“Yes,” he said — it’s ‘fine’"},
		{"invalid utf-8", "a\xffb", "a\ufffdb"},
		{"plain", "nothing to do\n", "nothing to do\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanFurnitureSpansInBody(t *testing.T) {
	in := "Photo: Reuters\n\nThe talks went on.\n\nEvan Vucci/AP\n\nIt ended."
	got := Clean(in)
	want := []Span{{0, 14, "credit"}, {36, 49, "credit"}}
	if diff := cmp.Diff(want, got.Furniture); diff != "" {
		t.Errorf("Furniture (-want +got):\n%s", diff)
	}
	for _, s := range got.Furniture {
		if strings.Contains(got.Body[s.Start:s.End], "\n") {
			t.Errorf("span %v crosses a line: %q", s, got.Body[s.Start:s.End])
		}
	}
}
