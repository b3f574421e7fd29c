package input

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Format is an input format.
type Format string

// The input formats.
const (
	FormatAuto     Format = ""         // by extension, else by content
	FormatText     Format = "text"     // one article: optional title line, blank line, body
	FormatMarkdown Format = "markdown" // one article in Markdown, optional front matter
	FormatHTML     Format = "html"     // one web page; its main text is extracted
	FormatJSONL    Format = "jsonl"    // one JSON object per line
	FormatJSON     Format = "json"     // a JSON array of objects, or objects one after another
	FormatCSV      Format = "csv"      // comma-separated values with a header row
	FormatTSV      Format = "tsv"      // tab-separated values with a header row
)

// Formats lists the formats with the file extensions that select them.
var Formats = []struct {
	Format     Format
	Extensions []string
}{
	{FormatText, []string{".txt", ".text"}},
	{FormatMarkdown, []string{".md", ".markdown"}},
	{FormatHTML, []string{".html", ".htm", ".xhtml"}},
	{FormatJSONL, []string{".jsonl", ".ndjson"}},
	{FormatJSON, []string{".json"}},
	{FormatCSV, []string{".csv"}},
	{FormatTSV, []string{".tsv", ".tab"}},
}

// ParseFormat returns the format named s ("" or "auto" for FormatAuto).
func ParseFormat(s string) (Format, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || s == "auto" {
		return FormatAuto, nil
	}
	for _, f := range Formats {
		if string(f.Format) == s {
			return f.Format, nil
		}
		for _, e := range f.Extensions {
			if e[1:] == s {
				return f.Format, nil
			}
		}
	}
	return "", fmt.Errorf("unknown input format %q (want one of text, markdown, html, jsonl, json, csv, tsv)", s)
}

// formatOf returns the format of a file name by its extension, or "".
func formatOf(name string) Format {
	ext := strings.ToLower(filepath.Ext(name))
	for _, f := range Formats {
		for _, e := range f.Extensions {
			if e == ext {
				return f.Format
			}
		}
	}
	return FormatAuto
}

// sniff guesses the format of content from its first bytes.
func sniff(head []byte) Format {
	s := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(s) == 0 {
		return FormatText
	}
	switch s[0] {
	case '{':
		if first, _, _ := bytes.Cut(s, []byte("\n")); len(bytes.TrimSpace(first)) == 1 {
			return FormatJSON // a pretty-printed object, not one object per line
		}
		return FormatJSONL
	case '[':
		return FormatJSON
	case '<':
		low := bytes.ToLower(s[:min(len(s), 1024)])
		for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<p", "<div", "<article", "<meta", "<title", "<!--", "<?xml"} {
			if bytes.Contains(low, []byte(tag)) {
				return FormatHTML
			}
		}
	case '#':
		return FormatMarkdown
	case '-':
		if bytes.HasPrefix(s, []byte("---\n")) || bytes.HasPrefix(s, []byte("---\r\n")) {
			return FormatMarkdown // front matter
		}
	}
	first, _, _ := bytes.Cut(s, []byte("\n"))
	if f := sniffHeader(string(first)); f != "" {
		return f
	}
	return FormatText
}

// sniffHeader recognises a CSV or TSV header row naming a text column.
func sniffHeader(line string) Format {
	line = strings.TrimSpace(line)
	for _, sep := range []struct {
		s string
		f Format
	}{{"\t", FormatTSV}, {",", FormatCSV}, {";", FormatCSV}} {
		if !strings.Contains(line, sep.s) {
			continue
		}
		for _, col := range strings.Split(line, sep.s) {
			if f, ok := columnField[normColumn(col)]; ok && f == fieldText {
				return sep.f
			}
		}
	}
	return ""
}

// looksBinary reports content that is not text: NUL bytes, or many
// control characters.
func looksBinary(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7f {
			ctl++
		}
	}
	return ctl > len(head)/20+1
}

// hasMultibyte reports whether b holds at least one valid multi-byte UTF-8
// sequence.
func hasMultibyte(b []byte) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			return true
		}
		i += n
	}
	return false
}

// repairUTF8 returns b as a valid UTF-8 string, each invalid sequence
// replaced with U+FFFD, and the number of replacements.
func repairUTF8(b []byte) (string, int) {
	if utf8.Valid(b) {
		return string(b), 0
	}
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	n := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			n++
			sb.WriteRune(utf8.RuneError)
		} else {
			sb.Write(b[i : i+size])
		}
		i += size
	}
	return sb.String(), n
}

// normalizeNewlines turns CRLF and lone CR into LF.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}
