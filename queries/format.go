package queries

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"
	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// Format is an output format of a Result.
type Format string

// The output formats.
const (
	Table Format = "table" // aligned columns for a terminal
	CSV   Format = "csv"   // RFC 4180, a header row first
	JSON  Format = "json"  // an array of objects, keys in column order
)

// Formats lists the output formats.
var Formats = []Format{Table, CSV, JSON}

// ParseFormat returns the format called s.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (want table, csv or json)", s)
}

// Write writes the result in format f; width limits a table's width in
// columns (0 for no limit) and is ignored by the other formats.
func (r *Result) Write(w io.Writer, f Format, width int) error {
	switch f {
	case Table:
		return r.WriteTable(w, width)
	case CSV:
		return r.WriteCSV(w)
	case JSON:
		return r.WriteJSON(w)
	}
	return fmt.Errorf("unknown format %q", f)
}

// minColumnWidth is the narrowest a table column is cut down to.
const minColumnWidth = 8

// WriteTable writes the result as a table at most width columns wide (0
// for no limit): when the natural width is too much, the widest columns
// are narrowed and their cells cut, with "…" marking the cut. Lists show
// as comma-separated items, nodes by their name (or title, or text), and
// null as an empty cell. A result without rows is written as "(no rows)".
func (r *Result) WriteTable(w io.Writer, width int) error {
	cells := make([][]string, len(r.Rows))
	for i, row := range r.Rows {
		cells[i] = make([]string, len(row))
		for j, v := range row {
			cells[i][j] = oneLine(text(v, false))
		}
	}
	widths := make([]int, len(r.Columns))
	for j, c := range r.Columns {
		widths[j] = twwidth.Width(c)
		for _, row := range cells {
			widths[j] = max(widths[j], twwidth.Width(row[j]))
		}
	}
	if width > 0 {
		limits := fitWidths(widths, width-tableOverhead(len(widths)))
		for i := range cells {
			for j := range cells[i] {
				if twwidth.Width(cells[i][j]) > limits[j] {
					cells[i][j] = twwidth.Truncate(cells[i][j], limits[j]-1) + "…"
				}
			}
		}
		header := slices.Clone(r.Columns)
		for j := range header {
			if twwidth.Width(header[j]) > limits[j] {
				header[j] = twwidth.Truncate(header[j], limits[j]-1) + "…"
			}
		}
		return renderTable(w, header, cells, r.numeric())
	}
	return renderTable(w, r.Columns, cells, r.numeric())
}

// numeric reports, per column, whether its values are all numbers (or
// null), and not all null: such columns are aligned right.
func (r *Result) numeric() []bool {
	out := make([]bool, len(r.Columns))
	for j := range out {
		numbers, others := 0, 0
		for _, row := range r.Rows {
			switch row[j].(type) {
			case int64, float64:
				numbers++
			case nil:
			default:
				others++
			}
		}
		out[j] = numbers > 0 && others == 0
	}
	return out
}

// tableOverhead is how many columns borders and padding take: "│ a │ b │".
func tableOverhead(n int) int { return 3*n + 1 }

// fitWidths shares room among columns of the given natural widths: a
// column that fits its share keeps its width and leaves the rest to the
// others; the others get equal shares, never below minColumnWidth (or
// their natural width, when less).
func fitWidths(natural []int, room int) []int {
	out := slices.Clone(natural)
	total := 0
	for _, w := range natural {
		total += w
	}
	if total <= room {
		return out
	}
	idx := make([]int, len(natural))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return natural[a] - natural[b] })
	left := room
	for k, i := range idx {
		share := left / (len(idx) - k)
		w := min(natural[i], max(share, minColumnWidth))
		out[i] = w
		left -= w
	}
	return out
}

func renderTable(w io.Writer, header []string, cells [][]string, numeric []bool) error {
	if len(cells) == 0 {
		if _, err := fmt.Fprintln(w, strings.Join(header, "  ")); err != nil {
			return err
		}
		_, err := fmt.Fprintln(w, "(no rows)")
		return err
	}
	align := make([]tw.Align, len(numeric))
	for j, n := range numeric {
		align[j] = tw.AlignLeft
		if n {
			align[j] = tw.AlignRight
		}
	}
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint()),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{Global: tw.AlignLeft, PerColumn: align}),
	)
	t.Header(header)
	for _, row := range cells {
		if err := t.Append(row); err != nil {
			return fmt.Errorf("write table: %w", err)
		}
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// oneLine replaces line breaks and tabs with spaces, so a cell is one line.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// WriteCSV writes the result as CSV (RFC 4180): a header row of column
// names, then one record per row. Lists and maps are written as JSON,
// nodes by their name (or title, or text), null as an empty field.
func (r *Result) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(r.Columns); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	rec := make([]string, len(r.Columns))
	for _, row := range r.Rows {
		for j, v := range row {
			rec[j] = text(v, true)
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// WriteJSON writes the result as a JSON array with one object per row,
// its keys the columns in order. Nodes are objects with their labels and
// properties, relationships with their type and properties, paths with
// their nodes and relationships; temporal values are ISO 8601 strings.
func (r *Result) WriteJSON(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString("[")
	for i, row := range r.Rows {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  {")
		for j, v := range row {
			if j > 0 {
				b.WriteString(", ")
			}
			if err := encodeJSON(&b, r.Columns[j]); err != nil {
				return err
			}
			b.WriteString(": ")
			if err := encodeJSON(&b, plain(v)); err != nil {
				return err
			}
		}
		b.WriteString("}")
	}
	if len(r.Rows) > 0 {
		b.WriteString("\n")
	}
	b.WriteString("]\n")
	if _, err := w.Write(b.Bytes()); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

func encodeJSON(b *bytes.Buffer, v any) error {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	b.Truncate(b.Len() - 1) // Encode's newline
	return nil
}

// plain turns a driver value into plain JSON-encodable data.
func plain(v any) any {
	switch x := v.(type) {
	case nil, bool, int64, string:
		return x
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return strconv.FormatFloat(x, 'g', -1, 64) // JSON has no NaN
		}
		return x
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = plain(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			out[k] = plain(e)
		}
		return out
	case dbtype.Node:
		return map[string]any{"labels": x.Labels, "properties": plain(x.Props)}
	case dbtype.Relationship:
		return map[string]any{"type": x.Type, "properties": plain(x.Props)}
	case dbtype.Path:
		nodes := make([]any, len(x.Nodes))
		for i, n := range x.Nodes {
			nodes[i] = plain(n)
		}
		rels := make([]any, len(x.Relationships))
		for i, r := range x.Relationships {
			rels[i] = plain(r)
		}
		return map[string]any{"nodes": nodes, "relationships": rels}
	}
	return scalarText(v)
}

// text renders a value for a table cell (structured false) or a CSV field
// (structured true: lists and maps as JSON).
func text(v any, structured bool) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []any:
		if structured {
			var b bytes.Buffer
			if encodeJSON(&b, plain(x)) == nil {
				return b.String()
			}
		}
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = text(e, false)
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		var b bytes.Buffer
		if encodeJSON(&b, plain(x)) == nil {
			return b.String()
		}
	case dbtype.Node:
		return caption(x)
	case dbtype.Relationship:
		return ":" + x.Type
	case dbtype.Path:
		var b strings.Builder
		for i, n := range x.Nodes {
			if i > 0 {
				r := x.Relationships[i-1]
				if r.StartElementId == x.Nodes[i-1].ElementId {
					b.WriteString(" -[" + r.Type + "]-> ")
				} else {
					b.WriteString(" <-[" + r.Type + "]- ")
				}
			}
			b.WriteString(caption(n))
		}
		return b.String()
	}
	return scalarText(v)
}

// caption names a node: its name, title, text, description or id.
func caption(n dbtype.Node) string {
	for _, k := range []string{"name", "title", "text", "description", "id"} {
		if s, ok := n.Props[k].(string); ok && s != "" {
			return s
		}
	}
	return "(" + strings.Join(n.Labels, ":") + ")"
}

// scalarText renders numbers, booleans and temporal values.
func scalarText(v any) string {
	switch x := v.(type) {
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		return x.Format(time.RFC3339Nano)
	case dbtype.Date:
		return x.Time().Format("2006-01-02")
	case dbtype.LocalDateTime:
		return x.Time().Format("2006-01-02T15:04:05.999999999")
	case dbtype.LocalTime:
		return x.Time().Format("15:04:05.999999999")
	case dbtype.Time:
		return x.Time().Format("15:04:05.999999999Z07:00")
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprint(v)
}
