package queries

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

//go:embed *.cypher
var builtinFS embed.FS

// Builtin returns the file system of the built-in queries: one .cypher
// file per query at its root.
func Builtin() fs.FS { return builtinFS }

// Registry holds saved queries by name. The zero value is empty; use
// NewRegistry for one holding the built-in queries.
type Registry struct {
	byName map[string]*Query
}

// NewRegistry returns a registry of the built-in queries.
func NewRegistry() (*Registry, error) {
	r := &Registry{}
	if err := r.add(Builtin(), "", true); err != nil {
		return nil, fmt.Errorf("built-in queries: %w", err)
	}
	return r, nil
}

// Add reads every .cypher file at the root of fsys (not in
// subdirectories) and adds its query. dir is prefixed to the file names in
// the queries' File and in errors ("" for none). A query whose name is
// already taken, by a built-in query or another directory's, is an error:
// rename the file. Nothing is added when any file is bad.
func (r *Registry) Add(fsys fs.FS, dir string) error {
	return r.add(fsys, dir, false)
}

func (r *Registry) add(fsys fs.FS, dir string, builtin bool) error {
	names, err := fs.Glob(fsys, "*"+Ext)
	if err != nil {
		return fmt.Errorf("list queries: %w", err)
	}
	var added []*Query
	for _, n := range names {
		file := n
		if dir != "" {
			file = path.Join(strings.ReplaceAll(dir, "\\", "/"), n)
		}
		src, err := fs.ReadFile(fsys, n)
		if err != nil {
			return fmt.Errorf("read query: %w", err)
		}
		q, err := Parse(file, src)
		if err != nil {
			return err
		}
		q.Builtin = builtin
		if old, ok := r.byName[q.Name]; ok {
			return fmt.Errorf("%s: a query named %s already exists (%s): rename the file", file, q.Name, old.origin())
		}
		added = append(added, q)
	}
	if r.byName == nil {
		r.byName = make(map[string]*Query, len(added))
	}
	for _, q := range added {
		r.byName[q.Name] = q
	}
	return nil
}

func (q *Query) origin() string {
	if q.Builtin {
		return "built in"
	}
	return q.File
}

// List returns the queries sorted by name.
func (r *Registry) List() []*Query {
	out := make([]*Query, 0, len(r.byName))
	for _, q := range r.byName {
		out = append(out, q)
	}
	slices.SortFunc(out, func(a, b *Query) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Get returns the query called name, or a *NotFoundError.
func (r *Registry) Get(name string) (*Query, error) {
	if q, ok := r.byName[name]; ok {
		return q, nil
	}
	e := &NotFoundError{Name: name}
	for _, q := range r.List() {
		e.Known = append(e.Known, q.Name)
	}
	e.Suggestions = closest(name, e.Known)
	return nil, e
}

// NotFoundError says that no query has the name asked for.
type NotFoundError struct {
	Name        string
	Known       []string // every query's name
	Suggestions []string // the known names closest to Name
}

func (e *NotFoundError) Error() string {
	msg := fmt.Sprintf("no saved query named %q", e.Name)
	if len(e.Suggestions) > 0 {
		msg += "; did you mean " + strings.Join(e.Suggestions, " or ") + "?"
	}
	return msg
}

// Hint lists the queries there are.
func (e *NotFoundError) Hint() string {
	return "the saved queries are: " + strings.Join(e.Known, ", ") + " (newsgraph query list describes them)"
}

// ErrNotFound is matched by every *NotFoundError with errors.Is.
var ErrNotFound = errors.New("no such query")

// Is makes errors.Is(err, ErrNotFound) true.
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

// closest returns the names nearest to name: those it begins, else those
// containing it or contained in it, else those within a small edit
// distance.
func closest(name string, names []string) []string {
	var out []string
	lname := strings.ToLower(name)
	if lname == "" {
		return nil
	}
	best := len(lname)/3 + 1
	for _, n := range names {
		d := editDistance(lname, n)
		switch {
		case strings.HasPrefix(n, lname):
			d = 0
		case strings.Contains(n, lname) || strings.Contains(lname, n):
			d = min(d, 1)
		case d > best:
			continue
		}
		if d < best {
			best, out = d, out[:0]
		}
		if d == best {
			out = append(out, n)
		}
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
