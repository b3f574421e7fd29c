package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// GoldSuffix is how the name of a gold annotation file ends.
const GoldSuffix = ".gold.json"

// Gold is the hand-made annotation of one article.
type Gold struct {
	// Doc is the article's stable id, without the "article:" prefix.
	Doc string `json:"doc"`
	// TextFile names the article's text, relative to the gold file's
	// directory. Exactly one of TextFile and CorpusFile is set.
	TextFile string `json:"text_file,omitempty"`
	// CorpusFile names a JSON Lines file of the corpus folder; the article
	// is its record whose id is Doc.
	CorpusFile string `json:"corpus_file,omitempty"`
	// Note explains the annotation conventions.
	Note string `json:"note,omitempty"`
	Meta Meta   `json:"meta"`
	// Boilerplate lists lines of the raw text that must not be in the
	// cleaned body.
	Boilerplate []string       `json:"boilerplate"`
	Entities    []GoldEntity   `json:"entities"`
	Claims      []GoldClaim    `json:"claims"`
	Stances     []GoldStance   `json:"stances"`
	Relations   []GoldRelation `json:"relations"`

	// Path is the file the annotation was read from ("" when it was not
	// read from a file); TextFile is relative to its directory.
	Path string `json:"-"`
}

// Meta is an article's metadata as annotated.
type Meta struct {
	Title     string   `json:"title"`
	Outlet    string   `json:"outlet"`
	Authors   []string `json:"authors"`
	Published string   `json:"published,omitempty"`
}

// GoldEntity is an entity of the article: its canonical name and the other
// surface forms that refer to it in this article. A Source has MatchAny
// instead of aliases: strings that identify it in the text.
type GoldEntity struct {
	Type     graph.Label `json:"type"`
	Name     string      `json:"name"`
	Aliases  []string    `json:"aliases,omitempty"`
	MatchAny []string    `json:"match_any,omitempty"`
}

// GoldClaim is one attribution: Speaker is the Name of a gold entity and
// Snippet a short exact piece of the claim's text that any correct
// extraction of the claim contains.
type GoldClaim struct {
	Speaker string `json:"speaker"`
	Kind    string `json:"kind"`
	Cue     string `json:"cue"`
	Snippet string `json:"snippet"`
}

// GoldStance is a holder's attitude toward a target, both named by the Name
// of a gold entity.
type GoldStance struct {
	Holder   string `json:"holder"`
	Target   string `json:"target"`
	Polarity string `json:"polarity"`
	Evidence string `json:"evidence,omitempty"`
}

// GoldRelation is a factual relation between two gold entities, named by
// their Name.
type GoldRelation struct {
	Subject   string        `json:"subject"`
	Predicate graph.RelType `json:"predicate"`
	Object    string        `json:"object"`
	Evidence  string        `json:"evidence,omitempty"`
}

// Entity returns the gold entity with the given name, or nil.
func (g *Gold) Entity(name string) *GoldEntity {
	for i := range g.Entities {
		if g.Entities[i].Name == name {
			return &g.Entities[i]
		}
	}
	return nil
}

// LoadGold reads and checks one gold annotation file. Its errors are
// *graph.ParseError values naming the file and, where known, the line.
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	g, err := ParseGold(data, path)
	if err != nil {
		return nil, err
	}
	g.Path = path
	return g, nil
}

// ParseGold decodes and checks a gold annotation; name is used in errors.
// Unknown fields are rejected so that a misspelt key ("alias") is reported
// rather than silently ignored.
func ParseGold(data []byte, name string) (*Gold, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var g Gold
	if err := dec.Decode(&g); err != nil {
		return nil, jsonError(data, name, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		line, _ := position(data, int(dec.InputOffset()))
		return nil, &graph.ParseError{File: name, Line: line, Err: errors.New("more than one JSON value; a gold file holds one object")}
	}
	if err := g.check(data, name); err != nil {
		return nil, err
	}
	return &g, nil
}

// LoadGoldDir reads every *.gold.json file of dir, in name order. It fails
// when there is none, when a file is invalid (all such files are reported,
// each error naming its file) or when two files annotate the same article.
func LoadGoldDir(dir string) ([]*Gold, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*"+GoldSuffix))
	if err != nil {
		return nil, fmt.Errorf("list gold files: %w", err)
	}
	if len(paths) == 0 {
		if _, err := os.Stat(dir); err != nil {
			return nil, fmt.Errorf("gold directory: %w", err)
		}
		return nil, fmt.Errorf("no *%s files in %s", GoldSuffix, dir)
	}
	sort.Strings(paths)
	var golds []*Gold
	var errs []error
	seen := make(map[string]string)
	for _, p := range paths {
		g, err := LoadGold(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if prev, dup := seen[g.Doc]; dup {
			errs = append(errs, &graph.ParseError{File: p, Err: fmt.Errorf("article %q is already annotated in %s; keep one of the two files", g.Doc, prev)})
			continue
		}
		seen[g.Doc] = p
		golds = append(golds, g)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return golds, nil
}

// check validates the annotation: the article is named, every name used by
// a claim, stance or relation is a gold entity, and enumerations hold known
// values. Problems in array elements carry the element's line.
func (g *Gold) check(data []byte, name string) error {
	var lines map[string][]int // lazily: only when there is a problem
	var errs []error
	bad := func(key string, i int, format string, args ...any) {
		if lines == nil {
			lines = elementLines(data)
		}
		line := 0
		if i >= 0 && i < len(lines[key]) {
			line = lines[key][i]
		}
		msg := fmt.Sprintf(format, args...)
		if key != "" {
			msg = fmt.Sprintf("%s[%d]: %s", key, i, msg)
		}
		errs = append(errs, &graph.ParseError{File: name, Line: line, Err: errors.New(msg)})
	}

	if strings.TrimSpace(g.Doc) == "" {
		bad("", -1, `no "doc": name the article's id`)
	}
	if (g.TextFile == "") == (g.CorpusFile == "") {
		bad("", -1, `set exactly one of "text_file" (the article's text, relative to the gold file) and "corpus_file" (a corpus JSON Lines file holding a record with id %q)`, g.Doc)
	}
	names := make(map[string]bool, len(g.Entities))
	for i, e := range g.Entities {
		switch {
		case !e.Type.IsEntity():
			bad("entities", i, "type %q (want one of Person, Outlet, Country, Organization, Event, Source)", e.Type)
		case strings.TrimSpace(e.Name) == "":
			bad("entities", i, "no name")
		case names[e.Name]:
			bad("entities", i, "name %q is used twice; claims, stances and relations refer to entities by name, so names must be unique", e.Name)
		case len(e.MatchAny) > 0 && e.Type != graph.LabelSource:
			bad("entities", i, "%q: match_any is only for Source entities; use aliases", e.Name)
		}
		names[e.Name] = true
	}
	ref := func(key string, i int, role, n string) {
		if !names[n] {
			bad(key, i, "%s %q is not the name of a gold entity; add it to \"entities\" or fix the spelling", role, n)
		}
	}
	for i, c := range g.Claims {
		ref("claims", i, "speaker", c.Speaker)
		if c.Kind != graph.KindDirect && c.Kind != graph.KindIndirect {
			bad("claims", i, "kind %q (want %q or %q)", c.Kind, graph.KindDirect, graph.KindIndirect)
		}
		if normSnippet(c.Snippet) == "" {
			bad("claims", i, "empty snippet")
		}
	}
	for i, s := range g.Stances {
		ref("stances", i, "holder", s.Holder)
		ref("stances", i, "target", s.Target)
		if s.Polarity != graph.Positive && s.Polarity != graph.Negative {
			bad("stances", i, "polarity %q (want %q or %q)", s.Polarity, graph.Positive, graph.Negative)
		}
	}
	for i, r := range g.Relations {
		ref("relations", i, "subject", r.Subject)
		ref("relations", i, "object", r.Object)
		if !r.Predicate.IsFactual() {
			bad("relations", i, "predicate %q (want one of LEADER_OF, AFFILIATED_WITH, WORKS_FOR, MEMBER_OF, LOCATED_IN, PART_OF)", r.Predicate)
		}
	}
	return errors.Join(errs...)
}

// jsonError turns a decoding error into a *graph.ParseError with the line
// and column of the offending byte.
func jsonError(data []byte, name string, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line, col := position(data, int(syn.Offset))
		return &graph.ParseError{File: name, Line: line, Column: col, Err: fmt.Errorf("not a gold annotation: %w", err)}
	case errors.As(err, &typ):
		line, col := position(data, int(typ.Offset))
		return &graph.ParseError{File: name, Line: line, Column: col,
			Err: fmt.Errorf("not a gold annotation: field %q has the wrong type (%s, want %s)", typ.Field, typ.Value, typ.Type)}
	case errors.Is(err, io.EOF):
		return &graph.ParseError{File: name, Err: errors.New("empty file; a gold file holds one JSON object")}
	}
	return &graph.ParseError{File: name, Err: fmt.Errorf("not a gold annotation: %w", err)}
}

// position returns the 1-based line and column of byte offset off.
func position(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	col = off - bytes.LastIndexByte(before, '\n')
	return line, col
}

// elementLines returns, for every top-level array of a JSON object, the
// line on which each of its elements starts. It is best effort: on a
// malformed document it returns what it found.
func elementLines(data []byte) map[string][]int {
	out := make(map[string][]int)
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return out
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return out
		}
		key, _ := t.(string)
		t, err = dec.Token()
		if err != nil {
			return out
		}
		if t != json.Delim('[') {
			if d, ok := t.(json.Delim); ok && d == '{' {
				if err := skipValue(dec, 1); err != nil {
					return out
				}
			}
			continue
		}
		for dec.More() {
			off := int(dec.InputOffset())
			for off < len(data) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
				off++
			}
			line, _ := position(data, off)
			out[key] = append(out[key], line)
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return out
			}
		}
		if _, err := dec.Token(); err != nil { // ']'
			return out
		}
	}
	return out
}

// skipValue consumes tokens until depth nested delimiters are closed.
func skipValue(dec *json.Decoder, depth int) error {
	for depth > 0 {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		if d, ok := t.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
	}
	return nil
}
