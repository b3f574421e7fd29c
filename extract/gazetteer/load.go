package gazetteer

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/graph"
)

//go:embed data/*.tsv
var dataFS embed.FS

// Gazetteer is a parsed set of lists with their phrase indexes. It is
// read-only after Load and safe for concurrent use.
type Gazetteer struct {
	Countries     []*Country
	Outlets       []*Outlet
	Organizations []*Organization
	People        []*Person
	Events        []*Event

	byISO2    map[string]*Country
	phrases   trie // entity surfaces
	titles    trie
	titleList []TitleInfo
	sources   trie
	cueList   []SourceCue
	given     map[string]Gender
	particles map[string]bool
	blocked   []string // non-entity phrases
}

var defaultGazetteer = sync.OnceValues(func() (*Gazetteer, error) {
	data, err := fs.Sub(dataFS, "data")
	if err != nil {
		return nil, err
	}
	return Load(data)
})

// Default returns the gazetteer of the embedded lists, parsed on first use.
// It panics if the embedded lists do not parse, which the package's tests
// rule out.
func Default() *Gazetteer {
	g, err := defaultGazetteer()
	if err != nil {
		panic("gazetteer: embedded lists: " + err.Error())
	}
	return g
}

// Files lists the files Load reads, in order.
var Files = []string{
	"countries.tsv", "countries_extra.tsv", "outlets.tsv", "organizations.tsv",
	"people.tsv", "events.tsv", "titles.tsv", "given_names.tsv",
	"surname_particles.tsv", "source_nouns.tsv", "non_entities.tsv",
}

// Load parses the lists in fsys (the files named in Files, in the format of
// data/README.md) and builds their indexes. Errors about the data are
// *graph.ParseError values naming the file and line.
func Load(fsys fs.FS) (*Gazetteer, error) {
	g := &Gazetteer{
		byISO2:    map[string]*Country{},
		given:     map[string]Gender{},
		particles: map[string]bool{},
	}
	steps := []struct {
		file   string
		header string
		row    func(f []string) error
	}{
		{"countries.tsv", "iso2\tiso3\tname\tofficial\tcapital\tstatus", g.countryRow},
		{"countries_extra.tsv", "iso2\taliases\tdemonyms\tmetonyms\tambiguous", g.countryExtraRow},
		{"outlets.tsv", "name\taliases\tcountry\tkind\tambiguous", g.outletRow},
		{"organizations.tsv", "name\taliases\tmembers\tkind\tcountry\tambiguous", g.orgRow},
		{"people.tsv", "name\taliases\tshort\tgender\troles\tambiguous", g.personRow},
		{"events.tsv", "name\taliases\tdate\tkind\tambiguous", g.eventRow},
		{"titles.tsv", "title\tnormalised\trelation\thonorific\tgender", g.titleRow},
		{"given_names.tsv", "name\tgender", g.givenRow},
		{"surname_particles.tsv", "particle", g.particleRow},
		{"source_nouns.tsv", "phrase\tstandalone\tanonymous", g.sourceRow},
		{"non_entities.tsv", "phrase\tnote", g.nonEntityRow},
	}
	for _, s := range steps {
		if err := readTSV(fsys, s.file, s.header, s.row); err != nil {
			return nil, err
		}
	}
	if err := g.checkRoles(); err != nil {
		return nil, err
	}
	g.index()
	return g, nil
}

// readTSV calls row for every data line of the file, after checking its
// header. Blank lines and lines starting with '#' are skipped.
func readTSV(fsys fs.FS, name, header string, row func([]string) error) error {
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("open list: %w", err)
	}
	defer f.Close()
	want := strings.Count(header, "\t") + 1
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line, seenHeader := 0, false
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		perr := func(err error) error { return &graph.ParseError{File: name, Line: line, Err: err} }
		if !seenHeader {
			if text != header {
				return perr(fmt.Errorf("header is %q, want %q: fix the first line", text, header))
			}
			seenHeader = true
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != want {
			return perr(fmt.Errorf("%d fields, want %d (%s): check the tabs", len(fields), want, strings.ReplaceAll(header, "\t", ", ")))
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if err := row(fields); err != nil {
			return perr(err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if !seenHeader {
		return &graph.ParseError{File: name, Err: errors.New("no header line: the file is empty")}
	}
	return nil
}

// list splits a '|'-separated field, dropping empty items.
func list(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func required(what, v string) error {
	if v == "" {
		return fmt.Errorf("empty %s: every row needs one", what)
	}
	return nil
}

func oneOf(what, v string, allowed ...string) error {
	if !slices.Contains(allowed, v) {
		return fmt.Errorf("%s %q is not one of %s", what, v, strings.Join(allowed, ", "))
	}
	return nil
}

func (g *Gazetteer) countryRow(f []string) error {
	iso2, iso3 := f[0], f[1]
	if len(iso2) != 2 || strings.ToUpper(iso2) != iso2 || len(iso3) != 3 || strings.ToUpper(iso3) != iso3 {
		return fmt.Errorf("codes %q/%q: want two and three capital letters", iso2, iso3)
	}
	if err := required("name", f[2]); err != nil {
		return err
	}
	if err := oneOf("status", f[5], "official", "user-assigned", "former"); err != nil {
		return err
	}
	if g.byISO2[iso2] != nil {
		return fmt.Errorf("country %s listed twice", iso2)
	}
	c := &Country{Entry: Entry{Label: graph.LabelCountry, Name: f[2]}, ISO2: iso2, ISO3: iso3, Official: f[3], Capital: f[4], Status: f[5]}
	if c.Official == c.Name {
		c.Official = ""
	}
	g.byISO2[iso2] = c
	g.Countries = append(g.Countries, c)
	return nil
}

func (g *Gazetteer) countryExtraRow(f []string) error {
	c := g.byISO2[f[0]]
	if c == nil {
		return fmt.Errorf("unknown country code %q: add it to countries.tsv first", f[0])
	}
	c.Aliases = append(c.Aliases, list(f[1])...)
	c.Demonyms = append(c.Demonyms, list(f[2])...)
	c.Metonyms = append(c.Metonyms, list(f[3])...)
	c.Ambiguous = append(c.Ambiguous, list(f[4])...)
	return checkAmbiguous(&c.Entry, c.Official, c.Demonyms, c.Metonyms)
}

// checkAmbiguous checks that every surface listed as ambiguous is one of
// the entry's surfaces.
func checkAmbiguous(e *Entry, more ...any) error {
	surfaces := map[string]bool{e.Name: true}
	for _, a := range e.Aliases {
		surfaces[a] = true
	}
	for _, m := range more {
		switch m := m.(type) {
		case string:
			surfaces[m] = true
		case []string:
			for _, s := range m {
				surfaces[s] = true
			}
		}
	}
	for _, a := range e.Ambiguous {
		if !surfaces[a] {
			return fmt.Errorf("ambiguous %q is none of the entry's names, aliases or other forms", a)
		}
	}
	return nil
}

func (g *Gazetteer) countryCode(v string) error {
	if v != "" && g.byISO2[v] == nil {
		return fmt.Errorf("country %q is not an ISO 3166-1 alpha-2 code of countries.tsv", v)
	}
	return nil
}

func (g *Gazetteer) outletRow(f []string) error {
	o := &Outlet{Entry: Entry{Label: graph.LabelOutlet, Name: f[0], Aliases: list(f[1]), Ambiguous: list(f[4])}, Country: f[2], Kind: f[3]}
	if err := required("name", o.Name); err != nil {
		return err
	}
	if err := g.countryCode(o.Country); err != nil {
		return err
	}
	if err := oneOf("kind", o.Kind, OutletAgency, OutletNewspaper, OutletBroadcaster, OutletMagazine, OutletOnline, OutletPhotoAgency); err != nil {
		return err
	}
	g.Outlets = append(g.Outlets, o)
	return checkAmbiguous(&o.Entry)
}

func (g *Gazetteer) orgRow(f []string) error {
	o := &Organization{Entry: Entry{Label: graph.LabelOrganization, Name: f[0], Aliases: list(f[1]), Ambiguous: list(f[5])}, Members: list(f[2]), Kind: f[3], Country: f[4]}
	if err := required("name", o.Name); err != nil {
		return err
	}
	if err := g.countryCode(o.Country); err != nil {
		return err
	}
	if err := oneOf("kind", o.Kind, OrgIntergovernmental, OrgGovernment, OrgLegislature, OrgCourt, OrgMilitary,
		OrgIntelligence, OrgParty, OrgCompany, OrgNGO, OrgUniversity, OrgThinkTank, OrgSports, OrgReligious,
		OrgMediaRegulator, OrgMilitant, OrgOther); err != nil {
		return err
	}
	g.Organizations = append(g.Organizations, o)
	return checkAmbiguous(&o.Entry, o.Members)
}

func (g *Gazetteer) personRow(f []string) error {
	p := &Person{Entry: Entry{Label: graph.LabelPerson, Name: f[0], Aliases: list(f[1]), Ambiguous: list(f[5])}}
	if err := required("name", p.Name); err != nil {
		return err
	}
	switch short := f[2]; short {
	case "-":
	case "":
		if toks := strings.Fields(p.Name); len(toks) > 1 {
			p.Short = []string{toks[len(toks)-1]}
		}
	default:
		p.Short = list(short)
	}
	switch f[3] {
	case "m":
		p.Gender = Male
	case "f":
		p.Gender = Female
	case "u":
		p.Gender = GenderUnknown
	default:
		return fmt.Errorf("gender %q: want m, f or u", f[3])
	}
	for _, r := range list(f[4]) {
		title, of, _ := strings.Cut(r, "@")
		if title == "" {
			return fmt.Errorf("role %q has no title: write Title@Where", r)
		}
		p.Roles = append(p.Roles, Role{Title: title, Of: of})
	}
	g.People = append(g.People, p)
	return checkAmbiguous(&p.Entry, p.Short)
}

func (g *Gazetteer) eventRow(f []string) error {
	e := &Event{Entry: Entry{Label: graph.LabelEvent, Name: f[0], Aliases: list(f[1]), Ambiguous: list(f[4])}, Date: f[2], Kind: f[3]}
	if err := required("name", e.Name); err != nil {
		return err
	}
	if err := oneOf("kind", e.Kind, EventWar, EventElection, EventAttack, EventSummit, EventProtest,
		EventDisaster, EventSports, EventCrisis, EventScandal, EventOther); err != nil {
		return err
	}
	if !validDate(e.Date) {
		return fmt.Errorf("date %q: want YYYY, YYYY-MM, YYYY-MM-DD, YYYY/YYYY or empty", e.Date)
	}
	g.Events = append(g.Events, e)
	return checkAmbiguous(&e.Entry)
}

func validDate(s string) bool {
	if s == "" {
		return true
	}
	if a, b, ok := strings.Cut(s, "/"); ok {
		return len(a) == 4 && len(b) == 4 && digits(a) && digits(b)
	}
	switch len(s) {
	case 4:
		return digits(s)
	case 7:
		return digits(s[:4]) && s[4] == '-' && digits(s[5:])
	case 10:
		return digits(s[:4]) && s[4] == '-' && digits(s[5:7]) && s[7] == '-' && digits(s[8:])
	}
	return false
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func yesNo(what, v string) (bool, error) {
	switch v {
	case "yes":
		return true, nil
	case "no":
		return false, nil
	}
	return false, fmt.Errorf("%s %q: want yes or no", what, v)
}

func gender(v string) (Gender, error) {
	switch v {
	case "m":
		return Male, nil
	case "f":
		return Female, nil
	case "u", "":
		return GenderUnknown, nil
	}
	return 0, fmt.Errorf("gender %q: want m, f or u", v)
}

func (g *Gazetteer) titleRow(f []string) error {
	t := TitleInfo{Title: f[0], Normalised: f[1], Relation: graph.RelType(f[2])}
	if err := required("title", t.Title); err != nil {
		return err
	}
	if t.Normalised == "" {
		t.Normalised = t.Title
	}
	switch t.Relation {
	case "none":
		t.Relation = ""
	case graph.RelLeaderOf, graph.RelWorksFor, graph.RelMemberOf, graph.RelAffiliatedWith:
	default:
		return fmt.Errorf("relation %q: want LEADER_OF, WORKS_FOR, MEMBER_OF, AFFILIATED_WITH or none", f[2])
	}
	var err error
	if t.Honorific, err = yesNo("honorific", f[3]); err != nil {
		return err
	}
	if t.Gender, err = gender(f[4]); err != nil {
		return err
	}
	g.titleList = append(g.titleList, t)
	return nil
}

func (g *Gazetteer) givenRow(f []string) error {
	if err := required("name", f[0]); err != nil {
		return err
	}
	gd, err := gender(f[1])
	if err != nil {
		return err
	}
	if _, dup := g.given[f[0]]; dup {
		return fmt.Errorf("given name %q listed twice", f[0])
	}
	g.given[f[0]] = gd
	return nil
}

func (g *Gazetteer) particleRow(f []string) error {
	if err := required("particle", f[0]); err != nil {
		return err
	}
	g.particles[f[0]] = true
	return nil
}

func (g *Gazetteer) sourceRow(f []string) error {
	c := SourceCue{Phrase: f[0]}
	if err := required("phrase", c.Phrase); err != nil {
		return err
	}
	var err error
	if c.Standalone, err = yesNo("standalone", f[1]); err != nil {
		return err
	}
	if c.Anonymous, err = yesNo("anonymous", f[2]); err != nil {
		return err
	}
	g.cueList = append(g.cueList, c)
	return nil
}

// checkRoles checks that every person's role names a listed country,
// organisation or outlet.
func (g *Gazetteer) checkRoles() error {
	names := map[string]bool{}
	for _, o := range g.Organizations {
		names[o.Name] = true
	}
	for _, o := range g.Outlets {
		names[o.Name] = true
	}
	for _, p := range g.People {
		for _, r := range p.Roles {
			if r.Of != "" && g.byISO2[r.Of] == nil && !names[r.Of] {
				return &graph.ParseError{File: "people.tsv", Err: fmt.Errorf("%s: role %s@%s: %q is neither a country code nor an organisation or outlet name of the lists", p.Name, r.Title, r.Of, r.Of)}
			}
		}
	}
	return nil
}

func (g *Gazetteer) nonEntityRow(f []string) error {
	if err := required("phrase", f[0]); err != nil {
		return err
	}
	g.blocked = append(g.blocked, f[0])
	return nil
}
