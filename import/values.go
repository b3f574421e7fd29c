package importer

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// DefaultArrayDelimiter separates the items of a list value: U+001F, the
// ASCII unit separator, which no name, alias, title or author holds.
const DefaultArrayDelimiter = '\x1f'

// ParseDelimiter reads an array delimiter as neo4j-admin's --array-delimiter
// takes it: one character, "TAB", or a code point written "U+001F".
func ParseDelimiter(s string) (rune, error) {
	switch {
	case strings.EqualFold(s, "TAB"):
		return '\t', nil
	case len(s) > 2 && strings.EqualFold(s[:2], "U+"):
		n, err := strconv.ParseUint(s[2:], 16, 32)
		if err != nil || !utf8.ValidRune(rune(n)) {
			return 0, fmt.Errorf("bad array delimiter %q: write one character, TAB or a code point like U+001F", s)
		}
		return checkDelimiter(rune(n))
	}
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || size != len(s) || r == utf8.RuneError {
		return 0, fmt.Errorf("bad array delimiter %q: write one character, TAB or a code point like U+001F", s)
	}
	return checkDelimiter(r)
}

func checkDelimiter(r rune) (rune, error) {
	switch r {
	case comma, quote, '\n', '\r':
		return 0, fmt.Errorf("array delimiter %q would break the CSV: choose another (the default is U+001F)", r)
	}
	return r, nil
}

// FormatDelimiter writes a delimiter as neo4j-admin's --array-delimiter
// takes it: printable ASCII as it is, anything else as U+XXXX.
func FormatDelimiter(r rune) string {
	switch {
	case r == '\t':
		return "TAB"
	case r > ' ' && r < 0x7f && r != '\'' && r != '\\':
		return string(r)
	}
	return fmt.Sprintf("U+%04X", r)
}

// encode turns a property value of the column's type into a cell. A nil
// value, and an empty list, is an empty field.
func encode(c Column, v any, delim rune) (cell, error) {
	if v == nil {
		return cell{}, nil
	}
	bad := func() (cell, error) {
		return cell{}, fmt.Errorf("property %s holds a %T, want a %s", c.Name, v, c.Type)
	}
	switch c.Type {
	case String:
		s, ok := v.(string)
		if !ok {
			return bad()
		}
		return cell{s: s, quoted: true}, nil
	case Long:
		switch n := v.(type) {
		case int64:
			return cell{s: strconv.FormatInt(n, 10)}, nil
		case int:
			return cell{s: strconv.Itoa(n)}, nil
		}
		return bad()
	case Double:
		f, ok := v.(float64)
		if !ok {
			return bad()
		}
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return cell{}, fmt.Errorf("property %s is %v, which CSV cannot carry", c.Name, f)
		}
		return cell{s: strconv.FormatFloat(f, 'g', -1, 64)}, nil
	case Boolean:
		b, ok := v.(bool)
		if !ok {
			return bad()
		}
		return cell{s: strconv.FormatBool(b)}, nil
	case StringList:
		l, ok := v.([]string)
		if !ok {
			return bad()
		}
		if len(l) == 0 {
			return cell{}, nil
		}
		for _, s := range l {
			switch {
			case s == "":
				return cell{}, fmt.Errorf("%s holds an empty item, which a CSV list cannot carry", c.Name)
			case strings.ContainsRune(s, delim):
				return cell{}, fmt.Errorf("%s item %q holds the array delimiter %s; export with another --array-delimiter", c.Name, s, FormatDelimiter(delim))
			}
		}
		return cell{s: strings.Join(l, string(delim)), quoted: true}, nil
	}
	return bad()
}

// errMissing is the error of an empty field in a required column.
var errMissing = errors.New("missing value")

// decode reads a field of the column's type. It returns nil for an empty
// field of an optional column (the property is absent), an empty list for
// an empty list field, and errMissing for an empty field of a required
// column that is not a string (a required string may be "").
func decode(c Column, s string, delim rune) (any, error) {
	if s == "" {
		switch {
		case c.Type == StringList:
			return []string{}, nil
		case c.Required && c.Type == String:
			return "", nil
		case c.Required:
			return nil, errMissing
		}
		return nil, nil
	}
	switch c.Type {
	case String:
		return s, nil
	case Long:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not an integer", s)
		}
		return n, nil
	case Double:
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || strings.ContainsAny(s, "xX_") {
			return nil, fmt.Errorf("%q is not a finite decimal number", s)
		}
		return f, nil
	case Boolean:
		switch strings.ToLower(s) {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return nil, fmt.Errorf("%q is not true or false", s)
	case StringList:
		items := strings.Split(s, string(delim))
		for _, it := range items {
			if it == "" {
				return nil, fmt.Errorf("empty item in the list %q (two array delimiters %s in a row, or one at an end?)", s, FormatDelimiter(delim))
			}
		}
		return items, nil
	}
	return nil, fmt.Errorf("column type %s is not of the model", c.Type)
}
