package queries

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Type is the type of a query parameter.
type Type int

// The parameter types. A Date is passed to Neo4j as a "YYYY-MM-DD" string,
// the form Article.published is stored in.
const (
	String Type = iota + 1
	Int
	Float
	Bool
	Date
	StringList
)

var typeNames = map[Type]string{
	String: "string", Int: "int", Float: "float", Bool: "bool", Date: "date", StringList: "list<string>",
}

// TypeNames lists the names of the parameter types, as a header writes them.
var TypeNames = []string{"string", "int", "float", "bool", "date", "list<string>"}

func (t Type) String() string {
	if s, ok := typeNames[t]; ok {
		return s
	}
	return fmt.Sprintf("Type(%d)", int(t))
}

// ParseType returns the type a header names.
func ParseType(s string) (Type, error) {
	for t, name := range typeNames {
		if s == name {
			return t, nil
		}
	}
	return 0, fmt.Errorf("unknown type %q (want one of %s)", s, strings.Join(TypeNames, ", "))
}

// dateLayout is the only date form parameters take.
const dateLayout = "2006-01-02"

// Param is one parameter a query declares.
type Param struct {
	Name string
	Type Type
	// Required is set when the header gives no default.
	Required bool
	// Default is the value used when the parameter is not given, as it is
	// passed to Neo4j: string, int64, float64, bool, []string, or nil for
	// null. It is nil when Required.
	Default     any
	Description string
}

// Usage describes the parameter in one line: "limit int = 50 — most rows".
func (p Param) Usage() string {
	var b strings.Builder
	b.WriteString(p.Name)
	b.WriteString(" ")
	b.WriteString(p.Type.String())
	if p.Required {
		b.WriteString(" (required)")
	} else {
		b.WriteString(" = ")
		b.WriteString(jsonText(p.Default))
	}
	if p.Description != "" {
		b.WriteString(" — ")
		b.WriteString(p.Description)
	}
	return b.String()
}

// Parse turns the text of a value, as given on the command line, into the
// value passed to Neo4j:
//
//   - string: the text as it is;
//   - int, float: a decimal number;
//   - bool: true or false (also 1, 0, t, f, yes, no);
//   - date: YYYY-MM-DD, or "" or null for null;
//   - list<string>: comma-separated items, each trimmed, "" for the empty
//     list; or a JSON array of strings.
func (p Param) Parse(text string) (any, error) {
	switch p.Type {
	case String:
		return text, nil
	case Int:
		n, err := strconv.ParseInt(strings.TrimSpace(text), 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%q is not an int (a whole number such as 25)", text)
		}
		return n, nil
	case Float:
		f, err := strconv.ParseFloat(strings.TrimSpace(text), 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, fmt.Errorf("%q is not a float (a number such as 0.5)", text)
		}
		return f, nil
	case Bool:
		switch strings.ToLower(strings.TrimSpace(text)) {
		case "true", "t", "1", "yes":
			return true, nil
		case "false", "f", "0", "no":
			return false, nil
		}
		return nil, fmt.Errorf("%q is not a bool (true or false)", text)
	case Date:
		t := strings.TrimSpace(text)
		if t == "" || t == "null" {
			return nil, nil
		}
		if _, err := time.Parse(dateLayout, t); err != nil {
			return nil, fmt.Errorf("%q is not a date (YYYY-MM-DD, such as 2016-11-08)", text)
		}
		return t, nil
	case StringList:
		t := strings.TrimSpace(text)
		if strings.HasPrefix(t, "[") {
			var list []string
			if err := json.Unmarshal([]byte(t), &list); err != nil {
				return nil, fmt.Errorf("%q is not a list<string> (a,b,c or a JSON array of strings)", text)
			}
			if list == nil {
				list = []string{}
			}
			return list, nil
		}
		list := []string{}
		if t == "" {
			return list, nil
		}
		for _, item := range strings.Split(t, ",") {
			if item = strings.TrimSpace(item); item != "" {
				list = append(list, item)
			}
		}
		return list, nil
	}
	return nil, fmt.Errorf("parameter %s has no type", p.Name)
}

// parseDefault reads the JSON default of a header's param line.
func parseDefault(t Type, raw string) (any, error) {
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("default %s is not a JSON value", raw)
	}
	if dec.More() {
		return nil, fmt.Errorf("default %s is not a single JSON value", raw)
	}
	bad := func(want string) error {
		return fmt.Errorf("default %s of a %s parameter must be %s", raw, t, want)
	}
	switch t {
	case String:
		if s, ok := v.(string); ok {
			return s, nil
		}
		return nil, bad(`a JSON string such as ""`)
	case Int:
		if n, ok := v.(json.Number); ok {
			if i, err := n.Int64(); err == nil {
				return i, nil
			}
		}
		return nil, bad("a whole number")
	case Float:
		if n, ok := v.(json.Number); ok {
			if f, err := n.Float64(); err == nil {
				return f, nil
			}
		}
		return nil, bad("a number")
	case Bool:
		if b, ok := v.(bool); ok {
			return b, nil
		}
		return nil, bad("true or false")
	case Date:
		switch d := v.(type) {
		case nil:
			return nil, nil
		case string:
			if _, err := time.Parse(dateLayout, d); err == nil {
				return d, nil
			}
		}
		return nil, bad(`null or a "YYYY-MM-DD" string`)
	case StringList:
		items, ok := v.([]any)
		if !ok {
			return nil, bad(`a JSON array of strings such as [] or ["Person"]`)
		}
		list := make([]string, 0, len(items))
		for _, it := range items {
			s, ok := it.(string)
			if !ok {
				return nil, bad(`a JSON array of strings such as [] or ["Person"]`)
			}
			list = append(list, s)
		}
		return list, nil
	}
	return nil, errors.New("no type")
}

// jsonText renders a parameter value as JSON, as a header writes defaults.
func jsonText(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// CypherLiteral renders a parameter value as a Cypher literal, for
// Neo4j Browser's `:param name => value`.
func CypherLiteral(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return cypherString(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		s := strconv.FormatFloat(x, 'f', -1, 64)
		if !strings.ContainsAny(s, ".e") {
			s += ".0"
		}
		return s
	case bool:
		return strconv.FormatBool(x)
	case []string:
		parts := make([]string, len(x))
		for i, s := range x {
			parts[i] = cypherString(s)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return cypherString(fmt.Sprint(v))
}

// cypherString quotes s as a single-quoted Cypher string literal.
func cypherString(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\'':
			b.WriteString(`\'`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}
