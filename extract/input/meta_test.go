package input

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPageMetadata reads the real news pages of testdata/pages (see the
// NOTICE there) and checks the metadata of each against what the page
// states, checked by hand in its markup: the date of article:published_time,
// itemprop=datePublished, <time datetime>, JSON-LD or the URL; the
// canonical URL (some pages have a stray element in the <head>); the
// language the text is in (liberation-1 declares "en" for French); the
// authors (no dates, times or counts run into a name, no desks, not the
// outlet); the outlet (a site name that is a URL becomes its host).
func TestPageMetadata(t *testing.T) {
	type meta struct {
		URL, Published, Language, Outlet string
		Authors                          []string
	}
	tests := map[string]meta{
		"aktualne": {"https://sport.aktualne.cz/fotbal/zahranici/west-ham-hrozi-gigantum-okouzlil-i-linekera-souckovu-praci-j/r~8fa032ba3add11ec8a900cc47ab5f122/",
			"2021-11-01", "cs", "Aktuálně.cz", []string{"Aleš Vávra"}},
		// og:article:author is the outlet: no author.
		"bbc-1": {"http://www.bbc.com/news/world-us-canada-33646704", "2015-07-24", "en", "BBC News", nil},
		// The byline runs into "22 Dec, 2016" and a comment count.
		"breitbart": {"http://www.breitbart.com/tech/2016/12/22/neutral-snopes-fact-checker-david-emery-un-angry-trump-supporters/",
			"2016-12-22", "en", "Breitbart", []string{"Lucas Nolan"}},
		// The date is only in the text ("posted on April 21, 2015").
		"buzzfeed-1": {"http://www.buzzfeed.com/markdistefano/diet-pills-burns-up", "", "en", "BuzzFeed", []string{"Mark Di Stefano"}},
		"citylab-1": {"https://www.citylab.com/design/2019/04/neon-signage-20th-century-history/588400/",
			"2019-04-30", "en", "CityLab", []string{"Sarah Archer"}},
		// itemprop=datePublished on a <time content> inside the author's Person.
		"cnet": {"https://www.cnet.com/news/zuckerberg-offers-peek-at-facebooks-acquisition-strategies/",
			"2017-01-18", "en", "CNET", []string{"Steven Musil"}},
		"cnn": {"http://money.cnn.com/2016/02/01/news/economy/poverty-inequality-united-states/index.html",
			"2016-02-01", "en", "CNNMoney", []string{"Ahiza Garcia"}},
		"folha": {"https://www1.folha.uol.com.br/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml",
			"2018-12-21", "pt", "Folha de S.Paulo", []string{"Bruno (Henrique Zecchin) Rodrigues"}},
		"guardian-1": {"https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings",
			"2019-01-03", "en", "the Guardian", []string{"Eleanor Ainge Roy"}},
		// article:publicationdate "Fri Mar 13 21:30:09 EST 2015".
		"herald-sun-1": {"http://www.heraldsun.com.au/news/opinion/angry-media-wont-buckle-over-new-surveillance-laws/story-fni0fha6-1227261886014",
			"2015-03-13", "en", "HeraldSun", []string{"Laurie Oakes"}},
		// No site name, no date but in the title.
		"la-nacion": {"http://www.lanacion.com.ar/2089096-una-solucion-no-violenta-para-la-cuestion-mapuche", "", "es", "lanacion.com.ar", nil},
		// "Martin Untersinger (avec Damien Leloup et Morgane Tual)".
		"lemonde-1": {"http://www.lemonde.fr/pixels/article/2015/05/04/que-contient-la-loi-sur-le-renseignement_4627068_4408996.html",
			"2015-05-04", "fr", "Le Monde.fr", []string{"Martin Untersinger", "Damien Leloup", "Morgane Tual"}},
		// <html lang="en">, in French; "Par Sébastien Farcis".
		"liberation-1": {"http://www.liberation.fr/monde/2015/04/30/un-troisieme-francais-mort-dans-le-seisme-au-nepal_1278483",
			"2015-04-30", "fr", "Libération.fr", []string{"Sébastien Farcis"}},
		// A syndicated story: the canonical URL is the original's.
		"msn": {"http://www.businessinsider.com/super-mario-run-december-15-2016-11", "2016-11-15", "en", "MSN", []string{"Alex Perry"}},
		"nytimes-1": {"https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html",
			"2017-01-13", "en", "nytimes.com", []string{"Jeffrey Gettleman"}},
		"nytimes-2": {"https://www.nytimes.com/2016/07/30/business/dealbook/yahoos-sale-to-verizon-leaves-shareholders-with-little-say.html",
			"2016-07-29", "en", "nytimes.com", []string{"Steven Davidoff Solomon"}},
		"nytimes-3": {"https://www.nytimes.com/2019/02/21/nyregion/winter-weather-manholes-pipes.html",
			"2019-02-21", "en", "nytimes.com", []string{"Corey Kilgannon"}},
		// The date only in the URL, no site name.
		"salon-1": {"http://www.salon.com/2015/02/01/the_sharing_economy_is_a_lie_uber_ayn_rand_and_the_truth_about_tech_and_libertarians/",
			"2015-02-01", "en", "salon.com", []string{"Joanna Rothkopf"}},
		// The byline is "April 28, 2019 at 6:01 am Updated April 29, …".
		"seattletimes-1": {"https://www.seattletimes.com/business/amazon/alaskan-halibut-caught-by-a-century-old-seattle-boat-provides-a-glimpse-of-amazons-strategy-with-whole-foods/",
			"2019-04-28", "en", "The Seattle Times", []string{"Benjamin Romano"}},
		// "Our Foreign Staff" is a desk.
		"telegraph": {"http://www.telegraph.co.uk/news/2017/11/16/zimbabwes-robert-mugabe-wife-grace-insisting-finishes-term-priest/",
			"2017-11-16", "en", "The Telegraph", nil},
		"theverge": {"https://www.theverge.com/23752959/apple-vision-pro-headset-hands-on-demo-impressions",
			"2023-06-07", "en", "The Verge", []string{"Alex Heath"}},
		// og:site_name is "http://www.tmz.com".
		"tmz-1": {"http://www.tmz.com/2015/02/26/lupita-nyongo-pearl-dress-stolen-oscars/", "2015-02-26", "en", "tmz.com", nil},
		"wapo-1": {"http://www.washingtonpost.com/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/00202e76-cd73-11e4-8730-4f473416e759_story.html",
			"2015-03-18", "en", "Washington Post", []string{"Erin Cunningham"}},
		"wapo-2": {"http://www.washingtonpost.com/business/economy/netanyahu-win-points-to-two-more-years-of-strained-us-israel-ties/2015/03/18/ca175d64-cd76-11e4-a2a7-9517a3a70506_story.html",
			"2015-03-18", "en", "Washington Post", []string{"Steven Mufson"}},
		// The first itemprop=datePublished is a video's; the byline is
		// "GILLIAN MOHNEY March 11, 2015 3:46 PM".
		"yahoo-3": {"https://gma.yahoo.com/veteran-wraps-baby-american-flag-photo-sparks-controversy-175203890--abc-news-topstories.html",
			"2015-03-11", "en", "Yahoo", []string{"Gillian Mohney"}},
	}
	files, err := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(tests) {
		t.Errorf("got %d pages in testdata/pages, want %d", len(files), len(tests))
	}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "pages", name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			a, err := readHTML(data)
			if err != nil {
				t.Fatal(err)
			}
			if msg := finish(a); msg != "" {
				t.Fatal(msg)
			}
			got := meta{a.URL, a.Published, a.Language, a.Outlet, a.Authors}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("metadata (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAuthorNames(t *testing.T) {
	tests := []struct {
		name   string
		raw    []string
		outlet string
		want   []string
	}{
		{"by", []string{"By Corey Kilgannon"}, "", []string{"Corey Kilgannon"}},
		{"par", []string{"Par Sébastien Farcis"}, "", []string{"Sébastien Farcis"}},
		{"date and count run in", []string{"Lucas Nolan22 Dec 2016651"}, "", []string{"Lucas Nolan"}},
		{"capitals and a date", []string{"GILLIAN MOHNEY March 11, 2015 3:46 PM"}, "", []string{"Gillian Mohney"}},
		{"dates only", []string{"April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm"}, "", nil},
		{"with", []string{"Martin Untersinger (avec Damien Leloup et Morgane Tual)"}, "", []string{"Martin Untersinger", "Damien Leloup", "Morgane Tual"}},
		{"list", []string{"By Peter Baker and Julie Hirschfeld Davis"}, "", []string{"Peter Baker", "Julie Hirschfeld Davis"}},
		{"the outlet", []string{"BBC News"}, "BBC News", nil},
		{"a desk", []string{"Our Foreign Staff"}, "", nil},
		{"a URL", []string{"https://www.theguardian.com/profile/eleanor-ainge-roy"}, "", nil},
		{"twice", []string{"Alex Heath", "By Alex Heath"}, "", []string{"Alex Heath"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, authorNames(tt.raw, tt.outlet)); diff != "" {
				t.Errorf("authorNames(%q) (-want +got):\n%s", tt.raw, diff)
			}
		})
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"en", "The prime minister said on Tuesday that the government would not change its plans for the budget, which has been criticised by the opposition and by many of its own members.", "en"},
		{"fr", "Le projet de loi sur le renseignement a été adopté par l'Assemblée nationale. Il est critiqué par les associations de défense des libertés, qui dénoncent une surveillance de masse.", "fr"},
		{"es", "El gobierno anunció que los precios de la energía se mantendrán estables durante el invierno, pero la oposición dijo que las medidas no son suficientes para las familias.", "es"},
		{"too short", "Donald Trump", ""},
		{"ja", "東京都は９日、新型コロナウイルスの感染者が新たに確認されたと発表した。", "ja"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := detectLanguage(tt.text); got != tt.want {
				t.Errorf("detectLanguage: got %q, want %q", got, tt.want)
			}
		})
	}
}
