package importer

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
)

// transactionRows is the number of rows of one transaction of the Cypher
// scripts (CALL … IN TRANSACTIONS OF n ROWS).
const transactionRows = 10000

// adminOptions are the neo4j-admin options of an export's files, before the
// --nodes and --relationships. The files are self-consistent, so any bad
// entry is a bug: fail at once rather than skip it (--bad-tolerance=0), and
// look every relationship's ends up exactly (--strict).
func adminOptions(files []ExportFile, dir string, delim rune, integerIDs bool) []string {
	idType := "--id-type=string"
	if integerIDs {
		idType = "--id-type=integer"
	}
	opts := []string{
		idType,
		"--delimiter=,",
		`--quote="`,
		"--array-delimiter=" + FormatDelimiter(delim),
		"--bad-tolerance=0",
		"--skip-bad-relationships=false",
		"--skip-duplicate-nodes=false",
		"--strict=true",
	}
	var multiline []string
	v2 := true
	for _, f := range files {
		if f.Multiline {
			multiline = append(multiline, filepath.Join(dir, f.Name))
			v2 = v2 && f.Bytes <= multilineV2MaxBytes
		}
	}
	switch {
	case len(multiline) == 0:
	case v2:
		// Only the .multiline files, which hold the records with line
		// breaks, are parsed the slow way: on the 100,000 scaled
		// documents the import took 33 s against 43 s with every file
		// so (format v1).
		opts = append(opts, "--multiline-fields-format=v2", "--multiline-fields="+strings.Join(multiline, ","))
	default:
		opts = append(opts, "--multiline-fields=true")
	}
	return opts
}

// multilineV2MaxBytes is the largest .multiline file the export names to
// neo4j-admin's multiline format v2; with a larger one every file is read
// as multiline (format v1). Format v2 failed on a 400 MB Claim.csv of the
// whole corpus (neo4j-admin 5.26.30: "Weird input data, found CR outside
// a text cell" at a 4 MiB chunk boundary, with no CR in the file): a file
// that fits in one read buffer (4 MiB) has no such boundary.
const multilineV2MaxBytes = 3 << 20

// fileArgs are the --nodes and --relationships options of the files.
func fileArgs(files []ExportFile, dir string) []string {
	var args []string
	for _, f := range files {
		path := filepath.Join(dir, f.Name)
		if f.Type == "" {
			args = append(args, fmt.Sprintf("--nodes=%s=%s", f.Label, path))
		} else {
			args = append(args, fmt.Sprintf("--relationships=%s=%s", f.Type, path))
		}
	}
	return args
}

// adminArgs is the full neo4j-admin command line for an export in dir.
func adminArgs(admin, database, dir string, files []ExportFile, delim rune, integerIDs bool) []string {
	args := []string{admin, "database", "import", "full", database}
	args = append(args, adminOptions(files, dir, delim, integerIDs)...)
	return append(args, fileArgs(files, dir)...)
}

// shellQuote quotes s for sh, unless it is made of safe characters only.
func shellQuote(s string) string {
	safe := s != ""
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_=.,/:+@%", r)) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// ShellCommand renders a command line for sh.
func ShellCommand(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = shellQuote(a)
	}
	return strings.Join(q, " ")
}

// importScript is import.sh: the neo4j-admin command for the export's
// files, found beside the script wherever the directory is moved.
func importScript(files []ExportFile, delim rune, integerIDs bool) string {
	var b strings.Builder
	b.WriteString(`#!/bin/sh
# Loads this export into a Neo4j database with neo4j-admin (written by
# newsgraph export).
#
# The server must be stopped, and the database empty or not created yet
# (add --overwrite-destination to replace it). Then start the server and run
# after-import.cypher once: it creates the id constraints and stores the
# empty lists, which neo4j-admin cannot write.
#
#   ./import.sh [DATABASE] [neo4j-admin options...]     (DATABASE: neo4j)
#   cypher-shell -d DATABASE -f after-import.cypher
#
# NEO4J_ADMIN is the neo4j-admin command (default: neo4j-admin), e.g. for
# the local server of newsgraph's scripts/neo4j.sh:
#
#   NEO4J_ADMIN="scripts/neo4j.sh admin" ./import.sh neo4j --overwrite-destination
set -eu
dir=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
db=neo4j
case ${1:-} in
-* | '') ;;
*)
	db=$1
	shift
	;;
esac
# NEO4J_ADMIN may hold arguments: it is split on spaces on purpose.
# shellcheck disable=SC2086
exec ${NEO4J_ADMIN:-neo4j-admin} database import full "$db" \
`)
	// The paths are "$dir/<name>": beside the script, wherever it is moved.
	const dirMark = "\x00"
	args := adminOptions(files, dirMark, delim, integerIDs)
	args = append(args, "\x01") // the user's options
	args = append(args, fileArgs(files, dirMark)...)
	for i, a := range args {
		switch {
		case a == "\x01":
			b.WriteString("\t\"$@\"")
		case strings.Contains(a, dirMark):
			parts := strings.Split(a, dirMark)
			for i, p := range parts {
				parts[i] = dqEscape.Replace(p)
			}
			b.WriteString("\t\"" + strings.Join(parts, "$dir") + "\"")
		default:
			b.WriteString("\t" + shellQuote(a))
		}
		if i < len(args)-1 {
			b.WriteString(" \\")
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// dqEscape escapes text for a double-quoted sh word.
var dqEscape = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "$", `\$`, "`", "\\`")

// cypherString quotes s as a Cypher string literal.
func cypherString(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range s {
		switch {
		case r == '\'' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < ' ' || r == 0x7f || r == utf8.RuneError:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// constraints are the uniqueness constraints on id that MERGE relies on,
// named as graph.Writer.EnsureSchema names them, so that a later newsgraph
// load or import finds them in place.
func constraints(b *strings.Builder) {
	for _, l := range graph.Labels {
		fmt.Fprintf(b, "CREATE CONSTRAINT %s_id IF NOT EXISTS FOR (n:%s) REQUIRE n.id IS UNIQUE;\n",
			strings.ToLower(string(l)), l)
	}
	b.WriteString("CALL db.awaitIndexes(300);\n")
}

// afterImportScript is after-import.cypher: what the graph needs after
// neo4j-admin and before use.
func afterImportScript(files []ExportFile) string {
	var b strings.Builder
	b.WriteString(`// Run once after loading this export with neo4j-admin (import.sh), with the
// server started again:
//
//   cypher-shell -d neo4j -f after-import.cypher
//
// It creates the uniqueness constraints on id that newsgraph's MERGE relies
// on (newsgraph load and newsgraph import add the other indexes when they
// first run), stores the empty lists: neo4j-admin reads an empty field
// as no property, and it cannot write an empty list; and counts the
// summaries newsgraph keeps (QUOTED_BY), which the files do not hold.

`)
	constraints(&b)
	done := map[graph.Label]bool{} // Claim.csv and Claim.multiline.csv
	for _, f := range files {
		if f.Type != "" || done[f.Label] {
			continue
		}
		done[f.Label] = true
		for _, c := range nodeColumns[f.Label] {
			if c.Type != StringList {
				continue
			}
			fmt.Fprintf(&b, "\nMATCH (n:%s) WHERE n.%s IS NULL\nCALL (n) {\n  SET n.%s = []\n} IN TRANSACTIONS OF %d ROWS;\n",
				f.Label, c.Name, c.Name, transactionRows)
		}
	}
	summaries(&b)
	return b.String()
}

// summaryNames lists the summary types, for comments.
func summaryNames() string {
	names := make([]string, len(graph.SummaryTypes))
	for i, t := range graph.SummaryTypes {
		names[i] = string(t)
	}
	return strings.Join(names, ", ")
}

// summaries are the statements that count the summaries newsgraph keeps
// (graph.SummaryTypes) from the graph the files made, removing any
// there was: the export holds no summaries.
func summaries(b *strings.Builder) {
	fmt.Fprintf(b, "\n// The summaries (%s), counted from the graph.\n", summaryNames())
	for _, stmt := range graph.RecountStatements() {
		b.WriteString("\n" + stmt + ";\n")
	}
}

// loadCSVScript is load-csv.cypher: LOAD CSV statements for the export's
// files, nodes first.
func loadCSVScript(files []ExportFile, delim rune, prefix string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `// Loads this export into a running Neo4j with LOAD CSV (written by
// newsgraph export).
//
// The files are read from %s<name>. With that prefix, file:///, the
// server reads them from the top of its import directory
// (server.directories.import; NEWSGRAPH_NEO4J_IMPORT_DIR in the output of
// scripts/neo4j.sh env): copy them there first, then run the script:
//
//   cp DIR/*.csv "$NEWSGRAPH_NEO4J_IMPORT_DIR"/
//   cypher-shell -d neo4j -f DIR/load-csv.cypher
//
// (newsgraph export --url-prefix writes another prefix). Each statement
// commits every %d rows (CALL ... IN TRANSACTIONS), which needs an
// auto-commit transaction: cypher-shell runs statements so; in Neo4j Browser
// prefix each one with :auto.
//
// The script is for an empty database, and safe to run again: it MERGEs on
// id and sets the properties of the files, then counts the summaries
// newsgraph keeps (QUOTED_BY) anew from the whole graph. To add an export to
// a graph that already holds other articles, use newsgraph import, which
// merges the names and aliases of shared entities as newsgraph load does.

`, cypherString(prefix), transactionRows)
	var escapes []string
	for _, f := range files {
		if f.Escapes {
			escapes = append(escapes, f.Name)
		}
	}
	if len(escapes) > 0 {
		fmt.Fprintf(&b, `// NOTE: values in %s hold a backslash before a quote or another
// backslash (or at their end). LOAD CSV reads them as written only when the
// server's neo4j.conf sets dbms.import.csv.legacy_quote_escaping=false; with
// the default, true, it reads \" as a quote and \\ as one backslash, and
// may fail on those files.

`, strings.Join(escapes, ", "))
	}
	constraints(&b)
	for _, f := range files {
		url := cypherString(prefix + f.Name)
		b.WriteByte('\n')
		if f.Type == "" {
			idCol := "row.`id:ID(" + string(f.Label) + ")`"
			fmt.Fprintf(&b, "LOAD CSV WITH HEADERS FROM %s AS row\nCALL (row) {\n  MERGE (n:%s {id: %s})\n  SET n = {id: %s",
				url, f.Label, idCol, idCol)
			for _, c := range nodeColumns[f.Label] {
				fmt.Fprintf(&b, ",\n    %s: %s", c.Name, cypherValue(c, delim))
			}
			fmt.Fprintf(&b, "}\n} IN TRANSACTIONS OF %d ROWS;\n", transactionRows)
			continue
		}
		fmt.Fprintf(&b, "LOAD CSV WITH HEADERS FROM %s AS row\nCALL (row) {\n  MATCH (a:%s {id: row.`:START_ID(%s)`})\n  MATCH (b:%s {id: row.`:END_ID(%s)`})\n",
			url, f.Start, f.Start, f.End, f.End)
		ident := ""
		if f.Type.PerArticle() {
			ident = " {article: row.article}"
		}
		fmt.Fprintf(&b, "  MERGE (a)-[r:%s%s]->(b)\n", f.Type, ident)
		cols := relColumns[f.Type]
		if len(cols) > 0 {
			b.WriteString("  SET r = {")
			for i, c := range cols {
				if i > 0 {
					b.WriteString(",")
				}
				fmt.Fprintf(&b, "\n    %s: %s", c.Name, cypherValue(c, delim))
			}
			b.WriteString("}\n")
		}
		fmt.Fprintf(&b, "} IN TRANSACTIONS OF %d ROWS;\n", transactionRows)
	}
	summaries(&b)
	return b.String()
}

// cypherValue is the Cypher expression of a column's value in a LOAD CSV
// row: null for an empty field of an optional column, as in the files.
func cypherValue(c Column, delim rune) string {
	field := "row.`" + c.Header() + "`"
	if c.Header() == c.Name {
		field = "row." + c.Name
	}
	switch c.Type {
	case Long:
		return "toInteger(" + field + ")"
	case Double:
		return "toFloat(" + field + ")"
	case Boolean:
		return "toBoolean(" + field + ")"
	case StringList:
		return fmt.Sprintf("CASE coalesce(%s, '') WHEN '' THEN [] ELSE split(%s, %s) END", field, field, cypherString(string(delim)))
	}
	if c.Required {
		return "coalesce(" + field + ", '')" // an empty required string is ""
	}
	return field
}
