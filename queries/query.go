package queries

import (
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// Query is one saved query: its header and its Cypher.
type Query struct {
	Name        string
	Description string
	// Notes holds the header's other comment lines, joined by newlines.
	Notes  string
	Params []Param
	// Example holds the values of the header's example line, as the
	// command line's -p gives them; nil when there is none.
	Example map[string]string
	// Text is the whole file, header included: what Neo4j runs.
	Text string
	// Cypher is the text after the header.
	Cypher string
	// File names the file the query was read from, for messages.
	File string
	// Builtin is set for the queries embedded in the binary.
	Builtin bool
}

// Param returns the parameter called name, or nil.
func (q *Query) Param(name string) *Param {
	for i := range q.Params {
		if q.Params[i].Name == name {
			return &q.Params[i]
		}
	}
	return nil
}

// Usage describes the query's parameters, one line each.
func (q *Query) Usage() string {
	if len(q.Params) == 0 {
		return q.Name + " takes no parameters"
	}
	var b strings.Builder
	b.WriteString(q.Name + " takes:")
	for _, p := range q.Params {
		b.WriteString("\n  -p ")
		b.WriteString(p.Usage())
	}
	return b.String()
}

// ExampleArgs returns the example as command-line arguments
// (-p key=value ...), in parameter order, quoted for a POSIX shell.
func (q *Query) ExampleArgs() []string {
	var out []string
	for _, p := range q.Params {
		if v, ok := q.Example[p.Name]; ok {
			out = append(out, "-p", shellQuote(p.Name+"="+v))
		}
	}
	return out
}

// Values turns parameter values given as text (-p key=value) into the
// parameters passed to Neo4j: every declared parameter, with its default
// when it is not given. An unknown, missing or ill-typed parameter is a
// *ParamError.
func (q *Query) Values(given map[string]string) (map[string]any, error) {
	names := make([]string, 0, len(given))
	for k := range given {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if q.Param(k) == nil {
			return nil, &ParamError{Query: q, Name: k, Err: errors.New("no such parameter")}
		}
	}
	out := make(map[string]any, len(q.Params))
	for _, p := range q.Params {
		text, ok := given[p.Name]
		if !ok {
			if p.Required {
				return nil, &ParamError{Query: q, Name: p.Name, Err: fmt.Errorf("missing (a %s is required)", p.Type)}
			}
			out[p.Name] = cloneValue(p.Default)
			continue
		}
		v, err := p.Parse(text)
		if err != nil {
			return nil, &ParamError{Query: q, Name: p.Name, Err: err}
		}
		out[p.Name] = v
	}
	return out, nil
}

// ExampleValues returns the parameters of the query's example: Values of
// the example, or of nothing when there is none.
func (q *Query) ExampleValues() (map[string]any, error) {
	return q.Values(q.Example)
}

func cloneValue(v any) any {
	if l, ok := v.([]string); ok {
		return slices.Clone(l)
	}
	return v
}

// ParamError is a parameter value a query cannot take.
type ParamError struct {
	Query *Query
	Name  string // the parameter
	Err   error
}

func (e *ParamError) Error() string {
	return fmt.Sprintf("query %s: parameter %s: %v", e.Query.Name, e.Name, e.Err)
}

func (e *ParamError) Unwrap() error { return e.Err }

// Hint lists the parameters the query takes.
func (e *ParamError) Hint() string { return e.Query.Usage() }

// ParseAssignments reads key=value arguments (the command line's -p) into
// a map. A value may be empty; a key may be given only once.
func ParseAssignments(args []string) (map[string]string, error) {
	out := make(map[string]string, len(args))
	for _, a := range args {
		k, v, ok := strings.Cut(a, "=")
		k = strings.TrimSpace(k)
		if !ok || k == "" {
			return nil, fmt.Errorf("%q is not key=value", a)
		}
		if _, dup := out[k]; dup {
			return nil, fmt.Errorf("parameter %s given twice", k)
		}
		out[k] = v
	}
	return out, nil
}

var (
	nameRE      = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)
	paramNameRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	headerKeyRE = regexp.MustCompile(`^(name|description|param|example):(.*)$`)
)

// Ext is the extension of saved query files.
const Ext = ".cypher"

// Parse reads a saved query from the text of its file. file names it in
// errors (a *graph.ParseError with the line) and must end in .cypher; the
// header's name must equal its base name.
func Parse(file string, src []byte) (*Query, error) {
	perr := func(line int, format string, args ...any) error {
		return &graph.ParseError{File: file, Line: line, Err: fmt.Errorf(format, args...)}
	}
	if !utf8.Valid(src) {
		return nil, perr(0, "not UTF-8 text")
	}
	text := strings.ReplaceAll(string(src), "\r\n", "\n")
	lines := strings.Split(text, "\n")
	q := &Query{Text: text, File: file}
	var notes []string
	nameLine, body := 0, len(lines)
	seenDesc, seenExample := false, false
	for i, raw := range lines {
		ln := i + 1
		t := strings.TrimSpace(raw)
		if !strings.HasPrefix(t, "//") {
			body = i
			break
		}
		t = strings.TrimSpace(strings.TrimPrefix(t, "//"))
		m := headerKeyRE.FindStringSubmatch(t)
		if m == nil {
			notes = append(notes, t)
			continue
		}
		val := strings.TrimSpace(m[2])
		switch m[1] {
		case "name":
			if nameLine != 0 {
				return nil, perr(ln, "second name line (the first is line %d)", nameLine)
			}
			if !nameRE.MatchString(val) {
				return nil, perr(ln, "name %q must be lower-case letters, digits, '-' or '_'", val)
			}
			q.Name, nameLine = val, ln
		case "description":
			if seenDesc {
				return nil, perr(ln, "second description line: the description is one line; put more in notes")
			}
			if val == "" {
				return nil, perr(ln, "empty description")
			}
			q.Description, seenDesc = val, true
		case "param":
			p, err := parseParamLine(val)
			if err != nil {
				return nil, perr(ln, "param: %v", err)
			}
			if q.Param(p.Name) != nil {
				return nil, perr(ln, "parameter %s declared twice", p.Name)
			}
			q.Params = append(q.Params, p)
		case "example":
			if seenExample {
				return nil, perr(ln, "second example line")
			}
			seenExample = true
			args, err := splitExample(val)
			if err == nil {
				q.Example, err = ParseAssignments(args)
			}
			if err != nil {
				return nil, perr(ln, "example: %v", err)
			}
			if _, err := q.Values(q.Example); err != nil {
				var pe *ParamError
				if errors.As(err, &pe) {
					err = fmt.Errorf("parameter %s: %w", pe.Name, pe.Err)
				}
				return nil, perr(ln, "example: %v", err)
			}
		}
	}
	q.Notes = strings.TrimSpace(strings.Join(notes, "\n"))
	base := strings.TrimSuffix(path.Base(strings.ReplaceAll(file, "\\", "/")), Ext)
	switch {
	case nameLine == 0:
		return nil, perr(1, "no `// name: %s` line in the header (the leading // comment lines)", base)
	case q.Name != base:
		return nil, perr(nameLine, "name %s differs from the file name %s%s: rename one", q.Name, base, Ext)
	case !seenDesc:
		return nil, perr(1, "no `// description: ...` line in the header")
	}
	// Parameters: what the Cypher uses must be what the header declares.
	q.Cypher = strings.TrimSpace(strings.Join(lines[body:], "\n"))
	if strings.TrimSpace(stripComments(q.Cypher)) == "" {
		return nil, perr(body+1, "no Cypher after the header")
	}
	used, err := cypherParams(strings.Join(lines[body:], "\n"))
	if err != nil {
		return nil, perr(body+1, "%v", err)
	}
	for _, u := range used {
		if q.Param(u.name) == nil {
			return nil, perr(body+u.line, "the query uses $%s, which the header does not declare: add `// param: %s TYPE ...`", u.name, u.name)
		}
	}
	for _, p := range q.Params {
		if !slices.ContainsFunc(used, func(u usedParam) bool { return u.name == p.Name }) {
			return nil, perr(nameLine, "parameter %s is declared but the query never uses $%s", p.Name, p.Name)
		}
	}
	return q, nil
}

// parseParamLine reads `NAME TYPE [= DEFAULT] [— DESCRIPTION]`.
func parseParamLine(s string) (Param, error) {
	name, rest, _ := strings.Cut(s, " ")
	if !paramNameRE.MatchString(name) {
		return Param{}, fmt.Errorf("%q is not a parameter name (letters, digits and _)", name)
	}
	rest = strings.TrimSpace(rest)
	n := strings.IndexFunc(rest, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '<' || r == '>') })
	if n < 0 {
		n = len(rest)
	}
	typ, rest := rest[:n], rest[n:]
	if typ == "" {
		return Param{}, fmt.Errorf("no type for %s (want one of %s)", name, strings.Join(TypeNames, ", "))
	}
	t, err := ParseType(typ)
	if err != nil {
		return Param{}, err
	}
	p := Param{Name: name, Type: t, Required: true}
	rest = strings.TrimSpace(rest)
	if strings.HasPrefix(rest, "=") {
		raw := strings.TrimSpace(rest[1:])
		dec := json.NewDecoder(strings.NewReader(raw))
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return Param{}, fmt.Errorf("%s: the default after = must be a JSON value: %v", name, err)
		}
		end := int(dec.InputOffset())
		if p.Default, err = parseDefault(t, raw[:end]); err != nil {
			return Param{}, fmt.Errorf("%s: %v", name, err)
		}
		p.Required = false
		rest = strings.TrimSpace(raw[end:])
	}
	switch {
	case rest == "":
	case strings.HasPrefix(rest, "—"):
		p.Description = strings.TrimSpace(strings.TrimPrefix(rest, "—"))
	case strings.HasPrefix(rest, "--"):
		p.Description = strings.TrimSpace(strings.TrimPrefix(rest, "--"))
	default:
		return Param{}, fmt.Errorf("%s: unexpected %q: a description follows an em dash (—) or --", name, rest)
	}
	return p, nil
}

// splitExample splits an example line into key=value words; double quotes
// group words with spaces, as in a shell (Go escapes inside).
func splitExample(s string) ([]string, error) {
	var out []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		var word strings.Builder
		for s != "" && s[0] != ' ' && s[0] != '\t' {
			if s[0] != '"' {
				word.WriteByte(s[0])
				s = s[1:]
				continue
			}
			q, err := strconv.QuotedPrefix(s)
			if err != nil {
				return nil, fmt.Errorf("unterminated quote in %q", s)
			}
			u, _ := strconv.Unquote(q)
			word.WriteString(u)
			s = s[len(q):]
		}
		out = append(out, word.String())
	}
	return out, nil
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-_=.,:/+@%", r)))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

type usedParam struct {
	name string
	line int // 1-based, within the scanned text
}

// cypherParams returns the $parameters a Cypher text uses, in order of
// first use, skipping string literals, comments and quoted names.
func cypherParams(src string) ([]usedParam, error) {
	var out []usedParam
	seen := map[string]bool{}
	line := 1
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\n':
			line++
			i++
		case c == '\'' || c == '"' || c == '`':
			j := i + 1
			for ; j < len(src) && src[j] != c; j++ {
				if src[j] == '\\' && c != '`' {
					j++
				}
				if j < len(src) && src[j] == '\n' {
					line++
				}
			}
			if j >= len(src) {
				return nil, fmt.Errorf("unterminated %c quote on line %d of the query", c, line)
			}
			i = j + 1
		case strings.HasPrefix(src[i:], "//"):
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case strings.HasPrefix(src[i:], "/*"):
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return nil, fmt.Errorf("unterminated /* comment on line %d of the query", line)
			}
			line += strings.Count(src[i:i+2+end], "\n")
			i += end + 4
		case c == '$':
			j := i + 1
			for j < len(src) && (src[j] == '_' || src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z' || src[j] >= '0' && src[j] <= '9') {
				j++
			}
			if name := src[i+1 : j]; name != "" && !seen[name] {
				seen[name] = true
				out = append(out, usedParam{name, line})
			}
			i = j
		default:
			i++
		}
	}
	return out, nil
}

// stripComments removes // comments, for telling an empty body.
func stripComments(s string) string {
	var b strings.Builder
	for _, ln := range strings.Split(s, "\n") {
		if t := strings.TrimSpace(ln); !strings.HasPrefix(t, "//") {
			b.WriteString(ln)
			b.WriteByte('\n')
		}
	}
	return b.String()
}
