package graph

import (
	"fmt"
	"strings"
)

// ParseError is an error about input at a position in a file, in the manner
// of encoding/csv.ParseError. Line and Column are 1-based; 0 means unknown.
type ParseError struct {
	File   string // file name as given by the user, "-" for stdin
	Line   int
	Column int
	Err    error
}

func (e *ParseError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
	} else {
		b.WriteString("<input>")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *ParseError) Unwrap() error { return e.Err }
