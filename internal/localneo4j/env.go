// Package localneo4j reads what scripts/neo4j.sh, which runs the local
// Neo4j instances, tells its callers.
package localneo4j

import (
	"bufio"
	"strings"
)

// ParseEnv reads the `export NAME=value` lines that `scripts/neo4j.sh env`
// prints (values quoted by bash's printf %q) into a map.
func ParseEnv(out string) map[string]string {
	vars := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		line, ok := strings.CutPrefix(sc.Text(), "export ")
		if !ok {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		vars[k] = unquoteShell(v)
	}
	return vars
}

// unquoteShell undoes bash's %q for the values the script prints: a
// single-quoted word, or backslash escapes.
func unquoteShell(s string) string {
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return s[1 : len(s)-1]
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
