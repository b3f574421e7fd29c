// Package input reads news articles from plain text, Markdown, HTML, JSON
// Lines, CSV, directories and stdin, and gives each a stable id.
package input

// Article is one article as read, before cleaning and extraction.
type Article struct {
	// ID is the stable id, without the "article:" prefix: the input's own id
	// (JSON Lines, CSV), else the base name of a one-article file without
	// extension, else a hash of the body.
	ID        string
	Title     string
	URL       string
	Outlet    string
	Published string // ISO 8601 date, or ""
	Authors   []string
	// Text is the body as plain text (HTML already reduced to its main
	// text), paragraphs separated by blank lines.
	Text string
	// Origin is where the article came from, for messages.
	Origin Origin
}

// Origin is a position in an input file.
type Origin struct {
	File string // as given by the user; "-" for stdin
	Line int    // 1-based line of the record in JSON Lines and CSV; 0 otherwise
}
