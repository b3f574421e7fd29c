package gazetteer

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/graph"
)

func TestListSizes(t *testing.T) {
	g := Default()
	tests := []struct {
		name     string
		got, min int
	}{
		{"countries", len(g.Countries), 249},
		{"outlets", len(g.Outlets), 400},
		{"organizations", len(g.Organizations), 600},
		{"people", len(g.People), 600},
		{"events", len(g.Events), 150},
		{"titles", len(g.Titles()), 150},
		{"given names", g.GivenNames(), 3000},
		{"source cues", len(g.SourceCues()), 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got < tt.min {
				t.Errorf("got %d entries, want at least %d", tt.got, tt.min)
			}
		})
	}
}

func TestCountryNames(t *testing.T) {
	tests := []struct{ iso2, iso3, name, id string }{
		{"RU", "RUS", "Russia", "country:ru"},
		{"US", "USA", "United States", "country:us"},
		{"GB", "GBR", "United Kingdom", "country:gb"},
		{"KR", "KOR", "South Korea", "country:kr"},
		{"KP", "PRK", "North Korea", "country:kp"},
		{"IR", "IRN", "Iran", "country:ir"},
		{"SY", "SYR", "Syria", "country:sy"},
		{"VN", "VNM", "Vietnam", "country:vn"},
		{"TW", "TWN", "Taiwan", "country:tw"},
		{"PS", "PSE", "Palestine", "country:ps"},
		{"XK", "XKX", "Kosovo", "country:xk"},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.iso2, func(t *testing.T) {
			c, ok := g.Country(tt.iso2)
			if !ok {
				t.Fatalf("Country(%q): not found", tt.iso2)
			}
			if c.Name != tt.name || c.ISO3 != tt.iso3 || c.ID() != tt.id {
				t.Errorf("got %q %s %s, want %q %s %s", c.Name, c.ISO3, c.ID(), tt.name, tt.iso3, tt.id)
			}
		})
	}
}

// allsidesOutlets are the 81 outlet labels of shared/corpus/allsides.jsonl.
var allsidesOutlets = []string{
	"ABC News", "Al Jazeera", "Associated Press", "Axios", "Bloomberg", "Boston Herald",
	"Breitbart News", "Business Insider", "CBN", "CBS News", "CNBC", "CNN", "CNS News",
	"Chicago Sun-Times", "Chicago Tribune", "Christian Science Monitor", "Daily Beast",
	"Daily Kos", "Daily Mail", "Defense One", "Democracy Now", "Des Moines Register",
	"Detroit Free Press", "Esquire", "FiveThirtyEight", "Foreign Policy", "Fortune",
	"Fox News", "HotAir", "Independent Journal Review", "International Business Times",
	"Louisville Courier-Journal", "MSNBC", "MarketWatch", "Mediaite", "Military Times",
	"Mother Jones", "NBC News", "NPR", "National Review", "New Republic", "New York Magazine",
	"New York Post", "Newsmax", "PBS NewsHour", "PJ Media", "Politico", "ProPublica",
	"Raw Story", "RealClearPolitics", "Reason", "Reuters", "Salon", "San Gabriel Valley Tribune",
	"Slate", "The Atlantic", "The Boston Globe", "The Daily Caller", "The Daily Signal",
	"The Dallas Morning News", "The Economist", "The Epoch Times", "The Guardian", "The Hill",
	"The Intercept", "The Nation", "The New York Times", "The New Yorker", "The Verge",
	"The Wall Street Journal", "The Washington Post", "The Week", "TheBlaze", "Townhall",
	"USA Today", "Vice", "Vox", "Washington Free Beacon", "Washington Times", "Yahoo! News",
	"Yahoo! The 360",
}

func TestAllsidesOutletLabelsResolve(t *testing.T) {
	if len(allsidesOutlets) != 81 {
		t.Fatalf("got %d labels, want 81", len(allsidesOutlets))
	}
	g := Default()
	for _, label := range allsidesOutlets {
		t.Run(label, func(t *testing.T) {
			o, ok := g.Outlet(label)
			if !ok {
				t.Fatalf("Outlet(%q): not found", label)
			}
			if o.Name != label {
				t.Errorf("Outlet(%q).Name = %q, want the label itself as canonical name", label, o.Name)
			}
		})
	}
}

// TestAllsidesOutletLabelsInCorpus checks the list above against the corpus
// when it is there (shared/ beside the checkout).
func TestAllsidesOutletLabelsInCorpus(t *testing.T) {
	f, err := os.Open("../../../shared/corpus/allsides.jsonl")
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		i := strings.Index(line, `"outlet": "`)
		if i < 0 {
			continue
		}
		rest := line[i+len(`"outlet": "`):]
		seen[rest[:strings.IndexByte(rest, '"')]] = true
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	var labels []string
	for l := range seen {
		labels = append(labels, l)
	}
	want := map[string]bool{}
	for _, l := range allsidesOutlets {
		want[l] = true
	}
	for _, l := range labels {
		if !want[l] {
			t.Errorf("corpus label %q is not in allsidesOutlets", l)
		}
	}
}

func TestLookup(t *testing.T) {
	type hit struct {
		Label     graph.Label
		Name      string
		Surface   string
		Ambiguous bool
	}
	tests := []struct {
		phrase string
		want   []hit
	}{
		{"us", nil},
		{"U.S.", []hit{{graph.LabelCountry, "United States", "alias", false}}},
		{"USA", []hit{{graph.LabelCountry, "United States", "alias", false}}},
		{"the States", []hit{{graph.LabelCountry, "United States", "alias", true}}},
		{"Americans", []hit{{graph.LabelCountry, "United States", "demonym", false}}},
		{"Britain", []hit{{graph.LabelCountry, "United Kingdom", "alias", false}}},
		{"Russian Federation", []hit{{graph.LabelCountry, "Russia", "alias", false}}},
		{"Kiev", []hit{{graph.LabelCountry, "Ukraine", "capital", false}}},
		{"Chad", []hit{{graph.LabelCountry, "Chad", "name", true}}},
		{"Holland", []hit{{graph.LabelCountry, "Netherlands", "alias", true}}},
		{"DPRK", []hit{{graph.LabelCountry, "North Korea", "alias", false}}},
		{"Brussels", []hit{{graph.LabelOrganization, "European Union", "alias", true}}},
		{"GOP", []hit{{graph.LabelOrganization, "Republican Party", "alias", false}}},
		{"Republicans", []hit{{graph.LabelOrganization, "Republican Party", "member", false}}},
		{"Tories", []hit{{graph.LabelOrganization, "Conservative Party", "alias", false}}},
		{"Labour", []hit{{graph.LabelOrganization, "Labour Party", "alias", true}}},
		{"CCP", []hit{{graph.LabelOrganization, "Chinese Communist Party", "alias", false}}},
		{"Congress", []hit{
			{graph.LabelOrganization, "Indian National Congress", "alias", true},
			{graph.LabelOrganization, "United States Congress", "alias", true},
		}},
		{"ABC", []hit{
			{graph.LabelOutlet, "ABC News", "alias", true},
			{graph.LabelOutlet, "Australian Broadcasting Corporation", "alias", true},
		}},
		{"FT", []hit{{graph.LabelOutlet, "Financial Times", "alias", true}}},
		{"AFP", []hit{{graph.LabelOutlet, "Agence France-Presse", "alias", false}}},
		{"Zelenskyy", []hit{{graph.LabelPerson, "Volodymyr Zelensky", "short", false}}},
		{"MBS", []hit{{graph.LabelPerson, "Mohammed bin Salman", "alias", false}}},
		{"9/11", []hit{{graph.LabelEvent, "September 11 attacks", "alias", false}}},
		{"New Mexico", nil},
		{"the Kremlin", []hit{{graph.LabelOrganization, "Kremlin", "name", false}}},
		{"The Hill", []hit{{graph.LabelOutlet, "The Hill", "name", true}}},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.phrase, func(t *testing.T) {
			var got []hit
			for _, h := range g.Lookup(tt.phrase) {
				b := h.Entity.Base()
				got = append(got, hit{b.Label, b.Name, h.Surface.String(), h.Ambiguous})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Lookup(%q) mismatch (-want +got):\n%s", tt.phrase, diff)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"the U.S. and U.K.", []string{"the", "U.S.", "and", "U.K."}},
		{"People’s Daily", []string{"People", "’s", "Daily"}},
		{"People's Daily", []string{"People", "'s", "Daily"}},
		{"O’Brien doesn't", []string{"O’Brien", "doesn't"}},
		{"al-Qaeda", []string{"al", "-", "Qaeda"}},
		{"AT&T", []string{"AT", "&", "T"}},
		{"9/11 and 2,000 in the 1990s", []string{"9/11", "and", "2,000", "in", "the", "1990s"}},
		{"Sen. Ted Cruz, Lt. Gen. Smith", []string{"Sen.", "Ted", "Cruz", ",", "Lt.", "Gen.", "Smith"}},
		{"George W. Bush", []string{"George", "W.", "Bush"}},
		{"He left.", []string{"He", "left", "."}},
		{"“Yes,” she said", []string{"“", "Yes", ",", "”", "she", "said"}},
		{"Erdoğan", []string{"Erdoğan"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Tokenize(tt.in)); diff != "" {
				t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"the U.S.-led coalition", "People’s Daily", "9/11", "Sen. Cruz", "a.b.c.", "x'y's"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // readers repair invalid UTF-8 before text is tokenized
		}
		pos := 0
		for _, tok := range Tokenize(s) {
			if tok == "" {
				t.Fatalf("Tokenize(%q): empty token", s)
			}
			i := strings.Index(s[pos:], tok)
			if i < 0 {
				t.Fatalf("Tokenize(%q): token %q is not in order in the input", s, tok)
			}
			if strings.TrimSpace(s[pos:pos+i]) != "" {
				t.Fatalf("Tokenize(%q): dropped %q before %q", s, s[pos:pos+i], tok)
			}
			pos += i + len(tok)
		}
		if strings.TrimSpace(s[pos:]) != "" {
			t.Fatalf("Tokenize(%q): dropped the tail %q", s, s[pos:])
		}
	})
}

func TestTitle(t *testing.T) {
	tests := []struct {
		in         string
		ok         bool
		normalised string
		relation   graph.RelType
		honorific  bool
		gender     Gender
	}{
		{"President", true, "President", graph.RelLeaderOf, false, GenderUnknown},
		{"prime minister", true, "Prime Minister", graph.RelLeaderOf, false, GenderUnknown},
		{"PRIME MINISTER", true, "Prime Minister", graph.RelLeaderOf, false, GenderUnknown},
		{"Sen.", true, "Senator", graph.RelMemberOf, false, GenderUnknown},
		{"Lt. Gen.", true, "Lieutenant General", graph.RelMemberOf, false, GenderUnknown},
		{"Secretary of State", true, "Secretary of State", graph.RelMemberOf, false, GenderUnknown},
		{"spokeswoman", true, "Spokeswoman", graph.RelWorksFor, false, Female},
		{"Mr", true, "Mr", "", true, Male},
		{"Mrs.", true, "Mrs", "", true, Female},
		{"Ayatollah", true, "Ayatollah", "", true, Male},
		{"CEO", true, "Chief Executive", graph.RelLeaderOf, false, GenderUnknown},
		{"Kremlin", false, "", "", false, 0},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := g.Title(tt.in)
			if ok != tt.ok {
				t.Fatalf("Title(%q): got ok %v, want %v", tt.in, ok, tt.ok)
			}
			if got.Normalised != tt.normalised || got.Relation != tt.relation || got.Honorific != tt.honorific || got.Gender != tt.gender {
				t.Errorf("Title(%q) = %+v, want %s %s honorific=%v gender=%s", tt.in, got, tt.normalised, tt.relation, tt.honorific, tt.gender)
			}
		})
	}
}

func TestMatchTitle(t *testing.T) {
	tests := []struct {
		name   string
		tokens []string
		end    int
		norm   string
	}{
		{"longest", []string{"Secretary", "of", "State", "Antony", "Blinken"}, 3, "Secretary of State"},
		{"abbreviation split from its period", []string{"Sen", ".", "Ted", "Cruz"}, 2, "Senator"},
		{"lower case", []string{"foreign", "minister", "Sergei"}, 2, "Foreign Minister"},
		{"none", []string{"Blinken", "said"}, -1, ""},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := g.MatchTitle(tt.tokens, 0)
			if !ok {
				if tt.end >= 0 {
					t.Fatalf("MatchTitle(%q): no match, want end %d", tt.tokens, tt.end)
				}
				return
			}
			if m.End != tt.end || m.Normalised != tt.norm {
				t.Errorf("MatchTitle(%q) = end %d %q, want end %d %q", tt.tokens, m.End, m.Normalised, tt.end, tt.norm)
			}
		})
	}
}

func TestMatchSource(t *testing.T) {
	tests := []struct {
		text       string
		phrase     string
		standalone bool
		anonymous  bool
	}{
		{"people familiar with the matter said", "people familiar with the matter", true, true},
		{"Sources close to the Kremlin", "sources close to", true, true},
		{"a senior administration official said", "a senior administration official", true, true},
		{"official said", "official", false, true},
		{"witnesses said", "witnesses", true, false},
		{"analysts said", "analysts", false, false},
		{"Kremlin insiders told Meduza", "Kremlin insiders", true, true},
		{"the president said", "", false, false},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			m, ok := g.MatchSource(Tokenize(tt.text), 0)
			if tt.phrase == "" {
				if ok {
					t.Errorf("MatchSource(%q) = %q, want no match", tt.text, m.Phrase)
				}
				return
			}
			if !ok || m.Phrase != tt.phrase || m.Standalone != tt.standalone || m.Anonymous != tt.anonymous {
				t.Errorf("MatchSource(%q) = %+v (ok %v), want %q standalone=%v anonymous=%v", tt.text, m, ok, tt.phrase, tt.standalone, tt.anonymous)
			}
		})
	}
}

func TestIsGivenName(t *testing.T) {
	tests := []struct {
		name   string
		gender Gender
		ok     bool
	}{
		{"Vladimir", Male, true},
		{"Dmitry", Male, true},
		{"Volodymyr", Male, true},
		{"Mohammed", Male, true},
		{"Fatima", Female, true},
		{"Mary", Female, true},
		{"Kamala", Female, true},
		{"Kremlin", 0, false},
		{"Jean", GenderUnknown, true},
		{"Will", 0, false},
		{"May", 0, false},
		{"vladimir", 0, false},
	}
	g := Default()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gd, ok := g.IsGivenName(tt.name)
			if ok != tt.ok || (ok && gd != tt.gender) {
				t.Errorf("IsGivenName(%q) = %s, %v; want %s, %v", tt.name, gd, ok, tt.gender, tt.ok)
			}
		})
	}
}

func TestIsSurnameParticle(t *testing.T) {
	g := Default()
	for _, s := range []string{"van", "von", "de", "bin", "al", "ibn"} {
		if !g.IsSurnameParticle(s) {
			t.Errorf("IsSurnameParticle(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"the", "Putin", "and"} {
		if g.IsSurnameParticle(s) {
			t.Errorf("IsSurnameParticle(%q) = true, want false", s)
		}
	}
}

func TestPeopleRolesAndGender(t *testing.T) {
	g := Default()
	var putin *Person
	for _, p := range g.People {
		if p.Gender != Male && p.Gender != Female {
			t.Errorf("%s: gender %s, want m or f", p.Name, p.Gender)
		}
		if p.Name == "Vladimir Putin" {
			putin = p
		}
	}
	if putin == nil {
		t.Fatal("Vladimir Putin is not listed")
	}
	want := []Role{{"President", "RU"}, {"Prime Minister", "RU"}}
	if diff := cmp.Diff(want, putin.Roles); diff != "" {
		t.Errorf("Putin's roles mismatch (-want +got):\n%s", diff)
	}
	if putin.ID() != "person:vladimir-putin" {
		t.Errorf("got id %q, want person:vladimir-putin", putin.ID())
	}
}

// TestDataSorted checks that the rows of every list are sorted by their
// first column, ignoring case.
func TestDataSorted(t *testing.T) {
	for _, name := range Files {
		t.Run(name, func(t *testing.T) {
			b, err := fs.ReadFile(dataFS, "data/"+name)
			if err != nil {
				t.Fatal(err)
			}
			var prev string
			header := true
			for i, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
				if line == "" || strings.HasPrefix(line, "#") {
					continue
				}
				if header {
					header = false
					continue
				}
				key := strings.ToLower(strings.SplitN(line, "\t", 2)[0]) + "\x00" + line
				if key < prev {
					t.Errorf("line %d: %q sorts before the line above", i+1, line)
				}
				prev = key
			}
		})
	}
}

// minimalLists is a valid set of lists for error tests.
func minimalLists() fstest.MapFS {
	files := map[string]string{
		"countries.tsv":         "iso2\tiso3\tname\tofficial\tcapital\tstatus\nRU\tRUS\tRussia\tRussian Federation\tMoscow\tofficial\n",
		"countries_extra.tsv":   "iso2\taliases\tdemonyms\tmetonyms\tambiguous\nRU\t\tRussian\tMoscow\t\n",
		"outlets.tsv":           "name\taliases\tcountry\tkind\tambiguous\nTASS\t\tRU\tagency\t\n",
		"organizations.tsv":     "name\taliases\tmembers\tkind\tcountry\tambiguous\nKremlin\t\t\tgovernment\tRU\t\n",
		"people.tsv":            "name\taliases\tshort\tgender\troles\tambiguous\nVladimir Putin\t\t\tm\tPresident@RU\t\n",
		"events.tsv":            "name\taliases\tdate\tkind\tambiguous\nCold War\t\t1947/1991\twar\t\n",
		"titles.tsv":            "title\tnormalised\trelation\thonorific\tgender\nPresident\tPresident\tLEADER_OF\tno\tu\n",
		"given_names.tsv":       "name\tgender\nVladimir\tm\n",
		"surname_particles.tsv": "particle\nvon\n",
		"source_nouns.tsv":      "phrase\tstandalone\tanonymous\nsources\tyes\tyes\n",
		"non_entities.tsv":      "phrase\tnote\nNew Mexico\tUS state\n",
	}
	m := fstest.MapFS{}
	for k, v := range files {
		m[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return m
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, file, data, want string
	}{
		{"bad header", "outlets.tsv", "name\taliases\n", "outlets.tsv:1: header is"},
		{"field count", "outlets.tsv", "name\taliases\tcountry\tkind\tambiguous\nTASS\tRU\tagency\n", "outlets.tsv:2: 3 fields, want 5"},
		{"unknown country", "outlets.tsv", "name\taliases\tcountry\tkind\tambiguous\n# c\nTASS\t\tSU\tagency\t\n", "outlets.tsv:3: country \"SU\" is not"},
		{"bad kind", "organizations.tsv", "name\taliases\tmembers\tkind\tcountry\tambiguous\nKremlin\t\t\tpalace\tRU\t\n", "organizations.tsv:2: kind \"palace\""},
		{"ambiguous not a surface", "outlets.tsv", "name\taliases\tcountry\tkind\tambiguous\nTASS\t\tRU\tagency\tTass\n", "outlets.tsv:2: ambiguous \"Tass\""},
		{"role target", "people.tsv", "name\taliases\tshort\tgender\troles\tambiguous\nVladimir Putin\t\t\tm\tPresident@Narnia\t\n", "people.tsv: Vladimir Putin: role President@Narnia"},
		{"gender", "people.tsv", "name\taliases\tshort\tgender\troles\tambiguous\nVladimir Putin\t\t\tx\t\t\n", "people.tsv:2: gender \"x\""},
		{"date", "events.tsv", "name\taliases\tdate\tkind\tambiguous\nCold War\t\t47-91\twar\t\n", "events.tsv:2: date \"47-91\""},
		{"relation", "titles.tsv", "title\tnormalised\trelation\thonorific\tgender\nPresident\t\tBOSS_OF\tno\tu\n", "titles.tsv:2: relation \"BOSS_OF\""},
		{"duplicate given name", "given_names.tsv", "name\tgender\nVladimir\tm\nVladimir\tm\n", "given_names.tsv:3: given name \"Vladimir\" listed twice"},
		{"empty file", "surname_particles.tsv", "# only a comment\n", "surname_particles.tsv: no header line"},
		{"missing file", "source_nouns.tsv", "", "open list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := minimalLists()
			if tt.data == "" {
				delete(fsys, tt.file)
			} else {
				fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
			}
			_, err := Load(fsys)
			if err == nil {
				t.Fatalf("Load: got no error, want one containing %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load: got error %q, want one containing %q", err, tt.want)
			}
			var pe *graph.ParseError
			if tt.name != "missing file" && !errors.As(err, &pe) {
				t.Errorf("Load: got %T, want a *graph.ParseError", err)
			}
		})
	}
}

func TestLoadMinimal(t *testing.T) {
	g, err := Load(minimalLists())
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	got := scan(g, "Russian President Vladimir Putin told TASS in New Mexico that Putin and Moscow agree.")
	want := []string{
		"Russian => Country:Russia(demonym)",
		"Vladimir Putin => Person:Vladimir Putin(name)",
		"TASS => Outlet:TASS(name)",
		"New Mexico => -",
		"Putin => Person:Vladimir Putin(short)",
		"Moscow => Country:Russia(capital)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scan mismatch (-want +got):\n%s", diff)
	}
}
