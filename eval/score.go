package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Match strengths of a (gold, predicted) entity pair; 0 is no match.
// Stronger pairs are preferred when the one-to-one assignment has a choice.
const (
	noMatch      = 0
	matchLoose   = 1 // a mention text equals a gold form, or a Source's match_any string is found
	matchAlias   = 2 // a predicted name or alias equals a gold name or alias
	matchCanonic = 3 // the canonical names are equal
)

// goldEnt is a gold entity prepared for matching.
type goldEnt struct {
	e        *GoldEntity
	canon    string          // normName(Name)
	forms    map[string]bool // normName of Name and Aliases
	matchAny []string        // normText of MatchAny
}

// predEnt is a predicted entity prepared for matching.
type predEnt struct {
	e        *graph.Entity
	canon    string          // normName(Name)
	forms    map[string]bool // normName of Name, Aliases and Description
	mentions map[string]bool // normName of mention texts
	texts    []string        // normText of all of the above, for match_any
}

func prepGold(e *GoldEntity) *goldEnt {
	g := &goldEnt{e: e, canon: normName(e.Name), forms: make(map[string]bool, 1+len(e.Aliases))}
	g.forms[g.canon] = true
	for _, a := range e.Aliases {
		g.forms[normName(a)] = true
	}
	for _, m := range e.MatchAny {
		if s := normText(m, false); s != "" {
			g.matchAny = append(g.matchAny, s)
		}
	}
	delete(g.forms, "")
	return g
}

func prepPred(e *graph.Entity) *predEnt {
	p := &predEnt{e: e, canon: normName(e.Name), forms: make(map[string]bool), mentions: make(map[string]bool)}
	add := func(set map[string]bool, s string) {
		if n := normName(s); n != "" {
			set[n] = true
		}
		if t := normText(s, false); t != "" {
			p.texts = append(p.texts, t)
		}
	}
	add(p.forms, e.Name)
	for _, a := range e.Aliases {
		add(p.forms, a)
	}
	if e.Description != "" {
		add(p.forms, e.Description)
	}
	for _, m := range e.Mentions {
		add(p.mentions, m.Text)
	}
	return p
}

// entityMatch returns how strongly predicted entity p matches gold entity g:
// the types must be equal, and one of p's name, aliases, Source description
// or mention texts must equal one of g's name and aliases (compared with
// normName); for a Source, one of g's match_any strings may instead be
// contained in one of p's strings (compared with normText).
func entityMatch(g *goldEnt, p *predEnt) int {
	if g == nil || p == nil || g.e.Type != p.e.Type {
		return noMatch
	}
	if g.canon != "" && g.canon == p.canon {
		return matchCanonic
	}
	for f := range p.forms {
		if g.forms[f] {
			return matchAlias
		}
	}
	for f := range p.mentions {
		if g.forms[f] {
			return matchLoose
		}
	}
	for _, m := range g.matchAny {
		for _, t := range p.texts {
			if strings.Contains(t, m) {
				return matchLoose
			}
		}
	}
	return noMatch
}

// scorer holds one article's gold and prediction prepared for matching.
type scorer struct {
	doc    *graph.Document
	gold   *Gold
	golds  []*goldEnt
	preds  []*predEnt
	byName map[string]*goldEnt // gold entity by Name
	byID   map[string]*predEnt // predicted entity by id
	res    *Result
}

// Score compares one article's extracted document with its gold annotation
// (see the package comment for the rules) and returns the counts and the
// list of misses. The boilerplate figure needs the cleaned body, which the
// document does not hold; see Result.ScoreBoilerplate.
func Score(doc *graph.Document, gold *Gold) *Result {
	s := &scorer{
		doc:    doc,
		gold:   gold,
		byName: make(map[string]*goldEnt, len(gold.Entities)),
		byID:   make(map[string]*predEnt, len(doc.Entities)),
		res:    &Result{Docs: []string{gold.Doc}, Entities: make(map[graph.Label]Counts)},
	}
	for i := range gold.Entities {
		g := prepGold(&gold.Entities[i])
		s.golds = append(s.golds, g)
		if _, dup := s.byName[g.e.Name]; !dup {
			s.byName[g.e.Name] = g
		}
	}
	for i := range doc.Entities {
		p := prepPred(&doc.Entities[i])
		s.preds = append(s.preds, p)
		if _, dup := s.byID[p.e.ID]; !dup {
			s.byID[p.e.ID] = p
		}
	}
	s.entities()
	s.claims()
	s.stances()
	s.relations()
	return s.res
}

func (s *scorer) miss(category, kind string, typ graph.Label, item, note string) {
	s.res.Misses = append(s.res.Misses, Miss{Doc: s.gold.Doc, Category: category, Kind: kind, Type: typ, Item: item, Note: note})
}

func (s *scorer) entities() {
	for _, l := range graph.EntityLabels {
		s.res.Entities[l] = Counts{}
	}
	match := assign(len(s.golds), len(s.preds), func(g, p int) int { return entityMatch(s.golds[g], s.preds[p]) })
	used := make([]bool, len(s.preds))
	for gi, pi := range match {
		t := s.golds[gi].e.Type
		c := s.res.Entities[t]
		if pi >= 0 {
			c.TP++
			used[pi] = true
		} else {
			c.FN++
			s.miss(CategoryEntity, KindFN, t, goldEntityString(s.golds[gi].e), "")
		}
		s.res.Entities[t] = c
	}
	for pi, p := range s.preds {
		if used[pi] {
			continue
		}
		c := s.res.Entities[p.e.Type]
		c.FP++
		s.res.Entities[p.e.Type] = c
		s.miss(CategoryEntity, KindFP, p.e.Type, predEntityString(p.e), "")
	}
}

// speakerOK reports whether predicted entity id matches the gold entity
// named name.
func (s *scorer) speakerOK(name, id string) bool {
	return entityMatch(s.byName[name], s.byID[id]) > noMatch
}

func (s *scorer) claims() {
	gc, pc := s.gold.Claims, s.doc.Claims
	snippets := make([]string, len(gc))
	for i, c := range gc {
		snippets[i] = normSnippet(c.Snippet)
	}
	texts := make([]string, len(pc))
	for i, c := range pc {
		texts[i] = normText(c.Text, true)
	}
	textOK := func(g, p int) bool { return snippets[g] != "" && strings.Contains(texts[p], snippets[g]) }
	speakerOK := func(g, p int) bool { return s.speakerOK(gc[g].Speaker, pc[p].Speaker) }

	full := assign(len(gc), len(pc), func(g, p int) int {
		if !textOK(g, p) || !speakerOK(g, p) {
			return 0
		}
		if pc[p].Kind == gc[g].Kind {
			return 2
		}
		return 1
	})
	textOnly := assign(len(gc), len(pc), func(g, p int) int { return b2i(textOK(g, p)) })
	speakerOnly := assign(len(gc), len(pc), func(g, p int) int { return b2i(speakerOK(g, p)) })

	cc := &s.res.Claims
	cc.Full = counts(full, len(pc))
	cc.Text = counts(textOnly, len(pc))
	cc.Speaker = counts(speakerOnly, len(pc))

	used := make([]bool, len(pc))
	for g, p := range full {
		if p < 0 {
			s.miss(CategoryClaim, KindFN, "", goldClaimString(&gc[g]), s.claimNote(g, textOK, speakerOK))
			continue
		}
		used[p] = true
		if pc[p].Kind == gc[g].Kind {
			cc.KindAgree++
		} else {
			s.miss(CategoryClaim, KindWrongKind, "", goldClaimString(&gc[g]), "predicted "+pc[p].Kind)
		}
	}
	for p := range pc {
		if !used[p] {
			s.miss(CategoryClaim, KindFP, "", s.predClaimString(&pc[p]), "")
		}
	}
}

// claimNote tells why gold claim g was missed when its text was found: in
// a claim of the right speaker that was paired with another gold claim
// (the prediction merged two claims), or in a claim of another speaker.
func (s *scorer) claimNote(g int, textOK, speakerOK func(g, p int) bool) string {
	other := -1
	for q := range s.doc.Claims {
		if !textOK(g, q) {
			continue
		}
		if speakerOK(g, q) {
			return "text found in a claim by " + s.entityRef(s.doc.Claims[q].Speaker) + " paired with another gold claim"
		}
		if other < 0 {
			other = q
		}
	}
	if other >= 0 {
		return "text found, attributed to " + s.entityRef(s.doc.Claims[other].Speaker)
	}
	return ""
}

func (s *scorer) stances() {
	gs, ps := s.gold.Stances, s.doc.Stances
	match := assign(len(gs), len(ps), func(g, p int) int {
		return b2i(strings.EqualFold(strings.TrimSpace(ps[p].Polarity), gs[g].Polarity) &&
			s.speakerOK(gs[g].Holder, ps[p].Holder) && s.speakerOK(gs[g].Target, ps[p].Target))
	})
	s.res.Stances = counts(match, len(ps))
	used := make([]bool, len(ps))
	for g, p := range match {
		if p >= 0 {
			used[p] = true
			continue
		}
		st := &gs[g]
		s.miss(CategoryStance, KindFN, "", fmt.Sprintf("%s → %s: %s", st.Holder, st.Target, st.Polarity), "")
	}
	for p, st := range ps {
		if !used[p] {
			s.miss(CategoryStance, KindFP, "", fmt.Sprintf("%s → %s: %s", s.entityRef(st.Holder), s.entityRef(st.Target), st.Polarity), "")
		}
	}
}

func (s *scorer) relations() {
	gr, pr := s.gold.Relations, s.doc.Relations
	match := assign(len(gr), len(pr), func(g, p int) int {
		return b2i(strings.EqualFold(strings.TrimSpace(string(pr[p].Predicate)), string(gr[g].Predicate)) &&
			s.speakerOK(gr[g].Subject, pr[p].Subject) && s.speakerOK(gr[g].Object, pr[p].Object))
	})
	s.res.Relations = counts(match, len(pr))
	used := make([]bool, len(pr))
	for g, p := range match {
		if p >= 0 {
			used[p] = true
			continue
		}
		r := &gr[g]
		s.miss(CategoryRelation, KindFN, "", fmt.Sprintf("%s %s %s", r.Subject, r.Predicate, r.Object), "")
	}
	for p, r := range pr {
		if !used[p] {
			s.miss(CategoryRelation, KindFP, "", fmt.Sprintf("%s %s %s", s.entityRef(r.Subject), r.Predicate, s.entityRef(r.Object)), "")
		}
	}
}

// ScoreBoilerplate adds the boilerplate figure to a result: how many of the
// gold boilerplate lines are still in body, the cleaned article body
// (compared with normText, so a line is found whatever its typography).
// Each line left in the body is listed as a miss.
func (r *Result) ScoreBoilerplate(gold *Gold, body string) {
	if r.Boilerplate == nil {
		r.Boilerplate = &BoilerplateCounts{}
	}
	b := r.Boilerplate
	b.Articles++
	nb := normText(body, false)
	for _, line := range gold.Boilerplate {
		nl := normText(line, false)
		if nl == "" {
			continue
		}
		b.Lines++
		if strings.Contains(nb, nl) {
			b.Left++
			r.Misses = append(r.Misses, Miss{Doc: gold.Doc, Category: CategoryBoilerplate, Kind: KindLeft, Item: line})
		}
	}
}

// counts turns a one-to-one assignment of gold items into counts, given the
// number of predicted items.
func counts(match []int, npred int) Counts {
	var c Counts
	for _, p := range match {
		if p >= 0 {
			c.TP++
		} else {
			c.FN++
		}
	}
	c.FP = npred - c.TP
	return c
}

// assign returns a maximum one-to-one matching between ng gold items and np
// predicted ones, using only the pairs whose strength is positive:
// match[g] is the predicted item assigned to gold item g, or -1. The
// strongest pairs are taken first, then augmenting paths (Kuhn's algorithm)
// raise the number of pairs to the maximum, so the counts do not depend on
// the order of the items. The result is deterministic.
func assign(ng, np int, strength func(g, p int) int) []int {
	type pair struct{ g, p, s int }
	var pairs []pair
	cands := make([][]pair, ng)
	for g := 0; g < ng; g++ {
		for p := 0; p < np; p++ {
			if st := strength(g, p); st > 0 {
				pr := pair{g, p, st}
				pairs = append(pairs, pr)
				cands[g] = append(cands[g], pr)
			}
		}
	}
	match := make([]int, ng)
	owner := make([]int, np)
	for i := range match {
		match[i] = -1
	}
	for i := range owner {
		owner[i] = -1
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].s > pairs[j].s })
	for _, pr := range pairs {
		if match[pr.g] < 0 && owner[pr.p] < 0 {
			match[pr.g], owner[pr.p] = pr.p, pr.g
		}
	}
	for g := range cands {
		sort.SliceStable(cands[g], func(i, j int) bool { return cands[g][i].s > cands[g][j].s })
	}
	var visited []bool
	var augment func(g int) bool
	augment = func(g int) bool {
		for _, pr := range cands[g] {
			if visited[pr.p] {
				continue
			}
			visited[pr.p] = true
			if owner[pr.p] < 0 || augment(owner[pr.p]) {
				match[g], owner[pr.p] = pr.p, g
				return true
			}
		}
		return false
	}
	for g := 0; g < ng; g++ {
		if match[g] >= 0 || len(cands[g]) == 0 {
			continue
		}
		visited = make([]bool, np)
		augment(g)
	}
	return match
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// entityRef names a predicted entity by its name and id, or by the id alone
// when the document has no such entity.
func (s *scorer) entityRef(id string) string {
	if p := s.byID[id]; p != nil && p.e.Name != "" {
		return fmt.Sprintf("%s [%s]", p.e.Name, id)
	}
	return "[" + id + "]"
}

func goldEntityString(e *GoldEntity) string {
	str := fmt.Sprintf("%s %q", e.Type, e.Name)
	if len(e.Aliases) > 0 {
		str += " aliases " + quoteList(e.Aliases)
	}
	if len(e.MatchAny) > 0 {
		str += " match_any " + quoteList(e.MatchAny)
	}
	return str
}

func predEntityString(e *graph.Entity) string {
	str := fmt.Sprintf("%s %q [%s]", e.Type, e.Name, e.ID)
	if e.Description != "" && e.Description != e.Name {
		str += fmt.Sprintf(" description %q", e.Description)
	}
	if len(e.Aliases) > 0 {
		str += " aliases " + quoteList(e.Aliases)
	}
	return str
}

func goldClaimString(c *GoldClaim) string {
	return fmt.Sprintf("%s (%s, cue %q): %q", c.Speaker, c.Kind, c.Cue, c.Snippet)
}

func (s *scorer) predClaimString(c *graph.Claim) string {
	return fmt.Sprintf("%s (%s, cue %q): %q", s.entityRef(c.Speaker), c.Kind, c.Cue, shorten(c.Text, 120))
}

func quoteList(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = fmt.Sprintf("%q", s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// shorten cuts s to at most n runes, marking the cut with "…".
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
