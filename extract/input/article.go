// Package input reads news articles from plain text, Markdown, HTML, JSON
// Lines, JSON, CSV and TSV files, directories and stdin, and gives each a
// stable id.
//
// The format of a file comes from its extension (see Formats); stdin and
// files with another extension are recognised by their content. Bad input
// never stops the rest: Reader.Next reports one bad file or record as a
// *graph.ParseError and goes on with the next one on the following call.
//
// Text is made valid UTF-8 on the way in: a UTF-8 or UTF-16 byte order
// mark is removed (UTF-16 is decoded); a file or record with invalid UTF-8
// is read all the same, each invalid sequence replaced with U+FFFD and
// counted in Article.InvalidUTF8, except that a text or HTML file with no
// valid multi-byte sequence at all is taken to be in Windows-1252 (or the
// charset an HTML page declares) and decoded (Article.Charset). Line ends
// become LF. Everything else (page furniture, odd spaces) is left to the
// clean package.
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
	// Language is the ISO 639-1 code of the text's language: the input's
	// own (a "language" field or column), else, for a web page, the one its
	// text is in or else the one it declares, else the one detected in the
	// text, else DefaultLanguage.
	Language string
	// Text is the body as plain text (HTML already reduced to its main
	// text), paragraphs separated by blank lines.
	Text string
	// Origin is where the article came from, for messages.
	Origin Origin
	// Format is the format the article was read as.
	Format Format
	// InvalidUTF8 counts the invalid UTF-8 sequences of the input that were
	// replaced with U+FFFD; 0 for clean input.
	InvalidUTF8 int
	// Charset names the character set the input was decoded from when it
	// was not UTF-8 ("windows-1252", "utf-16le"); "" for UTF-8.
	Charset string
}

// Origin is a position in an input file.
type Origin struct {
	File string // as given by the user; "-" for stdin
	Line int    // 1-based line of the record in JSON Lines and CSV; 0 otherwise
}
