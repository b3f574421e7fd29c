// Package queries holds newsgraph's saved Cypher queries and runs them.
//
// A saved query is a .cypher file that starts with a header of // comment
// lines saying what it is and what it takes:
//
//	// name: stances-toward
//	// description: Who holds a positive or negative stance toward an entity
//	// param: target string — name, alias or id of the target
//	// param: polarity string = "" — positive, negative, or "" for both
//	// param: limit int = 50 — most stances listed
//	// example: target="Donald Trump"
//	//
//	// Further comment lines are notes, shown by `newsgraph query show`.
//	MATCH ...
//
// The header is the leading run of comment lines. name must equal the
// file's base name; description is one line. Each param line is
//
//	// param: NAME TYPE [= DEFAULT] [— DESCRIPTION]
//
// where TYPE is string, int, float, bool, date or list<string>, DEFAULT is
// a JSON value of that type (a date is a "YYYY-MM-DD" string; null leaves
// the parameter null), and the description follows an em dash or "--". A
// parameter without a default is required. The optional example line gives
// values for the required parameters in the form of the command line's
// -p key=value (values with spaces in double quotes); tests and benchmarks
// run every query with it.
//
// Values always reach Neo4j as Cypher parameters ($name), never spliced
// into the text, and Parse checks that the parameters the Cypher uses are
// exactly those the header declares. Dates are passed as "YYYY-MM-DD"
// strings, as Article.published is stored.
//
// The built-in queries are embedded in the binary (Builtin); a Registry
// adds the user's own from any fs.FS, such as os.DirFS of a directory.
package queries
