package importer

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCSVWriter(t *testing.T) {
	tests := []struct {
		name      string
		cells     []cell
		want      string
		multiline bool
	}{
		{"raw and quoted", []cell{{s: "id:ID(Person)"}, {s: "x", quoted: true}, {s: "12"}}, "id:ID(Person),\"x\",12\n", false},
		{"empty string and absent value", []cell{{s: "", quoted: true}, {}, {s: "", quoted: true}}, "\"\",,\"\"\n", false},
		{"quotes doubled", []cell{{s: `say "hi"`, quoted: true}}, "\"say \"\"hi\"\"\"\n", false},
		{"only quotes", []cell{{s: `""`, quoted: true}}, "\"\"\"\"\"\"\n", false},
		{"comma and backslash", []cell{{s: `a,b\"c`, quoted: true}}, "\"a,b\\\"\"c\"\n", false},
		{"line breaks", []cell{{s: "a\nb", quoted: true}, {s: "c\r\nd", quoted: true}}, "\"a\nb\",\"c\r\nd\"\n", true},
		{"lone carriage return", []cell{{s: "a\rb", quoted: true}}, "\"a\rb\"\n", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			w := newCSVWriter(&b)
			w.write(tt.cells)
			if err := w.flush(); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if w.multiline != tt.multiline {
				t.Errorf("got multiline %v, want %v", w.multiline, tt.multiline)
			}
		})
	}
}

// readAll reads every record of a CSV text, and the errors met on the way.
func readAll(text string) (recs []*record, errs []*syntaxError) {
	r := newCSVReader(strings.NewReader(text))
	for {
		rec, err := r.read()
		if err == io.EOF {
			return recs, errs
		}
		if err != nil {
			var se *syntaxError
			if !errors.As(err, &se) {
				panic(err)
			}
			errs = append(errs, se)
			continue
		}
		recs = append(recs, rec)
	}
}

func TestCSVReader(t *testing.T) {
	type rec struct {
		Fields []string
		Quoted []bool
		Lines  []int
		Line   int
		Raw    string
	}
	type serr struct {
		Line, Field int
		Msg         string
		Fatal       bool
	}
	tests := []struct {
		name string
		in   string
		want []rec
		errs []serr
	}{
		{
			name: "plain rows, CRLF line ends and a byte order mark",
			in:   "\ufeffa,b\r\n1,2\n",
			want: []rec{
				{[]string{"a", "b"}, []bool{false, false}, []int{1, 1}, 1, "a,b"},
				{[]string{"1", "2"}, []bool{false, false}, []int{2, 2}, 2, "1,2"},
			},
		},
		{
			name: "quoted fields keep quotes, commas and line breaks exactly",
			in:   "\"a \"\"q\"\", b\",\"x\r\ny\nz\",\"\"\nlast,\"\"\"\"",
			want: []rec{
				{[]string{`a "q", b`, "x\r\ny\nz", ""}, []bool{true, true, true}, []int{1, 1, 3}, 1, "\"a \"\"q\"\", b\",\"x\r\ny\nz\",\"\""},
				{[]string{"last", `"`}, []bool{false, true}, []int{4, 4}, 4, "last,\"\"\"\""},
			},
		},
		{
			name: "blank lines are skipped, an empty last field is kept",
			in:   "a,\n\n\nb,c,",
			want: []rec{
				{[]string{"a", ""}, []bool{false, false}, []int{1, 1}, 1, "a,"},
				{[]string{"b", "c", ""}, []bool{false, false, false}, []int{4, 4, 4}, 4, "b,c,"},
			},
		},
		{
			name: "a quoted field closed by CRLF at the end",
			in:   "\"a\"\r\n\"b\"\r",
			want: []rec{
				{[]string{"a"}, []bool{true}, []int{1}, 1, "\"a\""},
				{[]string{"b"}, []bool{true}, []int{2}, 2, "\"b\""},
			},
		},
		{
			name: "stray quote: the row is reported and skipped",
			in:   "a,b\"c,d\ne,f\n",
			want: []rec{{[]string{"e", "f"}, []bool{false, false}, []int{2, 2}, 2, "e,f"}},
			errs: []serr{{1, 2, "stray quote in an unquoted field", false}},
		},
		{
			name: "text after a closing quote",
			in:   "\"a\"b,c\nd\n",
			want: []rec{{[]string{"d"}, []bool{false}, []int{2}, 2, "d"}},
			errs: []serr{{1, 1, "text after the closing quote", false}},
		},
		{
			name: "a quote never closed ends the file",
			in:   "a,b\n1,\"2\n3,4\n",
			want: []rec{{[]string{"a", "b"}, []bool{false, false}, []int{1, 1}, 1, "a,b"}},
			errs: []serr{{2, 2, "quoted field not closed: the quote opened on line 2 runs to the end of the file", true}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, errs := readAll(tt.in)
			var got []rec
			for _, r := range recs {
				got = append(got, rec{r.fields, r.quoted, r.lines, r.line, r.raw})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("records (-want +got):\n%s", diff)
			}
			var gotErrs []serr
			for _, e := range errs {
				msg := e.Error()
				for _, w := range tt.errs {
					if strings.HasPrefix(msg, w.Msg) {
						msg = w.Msg
					}
				}
				gotErrs = append(gotErrs, serr{e.line, e.field, msg, e.fatal})
			}
			if diff := cmp.Diff(tt.errs, gotErrs); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestValues(t *testing.T) {
	delim := DefaultArrayDelimiter
	tests := []struct {
		col   Column
		value any
		text  string // the field
		back  any    // what reading the field gives; value when nil
	}{
		{Column{Name: "name", Type: String, Required: true}, "", "", nil},
		{Column{Name: "url", Type: String}, nil, "", nil},
		{Column{Name: "text", Type: String}, " a, \"b\"\n", " a, \"b\"\n", nil},
		{Column{Name: "count", Type: Long, Required: true}, int64(-9007199254740993), "-9007199254740993", nil},
		{Column{Name: "score", Type: Double}, 0.1, "0.1", nil},
		{Column{Name: "score", Type: Double}, -0.30000000000000004, "-0.30000000000000004", nil},
		{Column{Name: "score", Type: Double}, 1e-07, "1e-07", nil},
		{Column{Name: "anonymous", Type: Boolean}, false, "false", nil},
		{Column{Name: "aliases", Type: StringList}, []string{}, "", nil},
		{Column{Name: "aliases", Type: StringList}, []string{"a;b", "c|d", "\"e\", f"}, "a;b\x1fc|d\x1f\"e\", f", nil},
	}
	for _, tt := range tests {
		t.Run(tt.col.Header()+"="+tt.text, func(t *testing.T) {
			c, err := encode(tt.col, tt.value, delim)
			if err != nil {
				t.Fatal(err)
			}
			if c.s != tt.text {
				t.Errorf("encode: got %q, want %q", c.s, tt.text)
			}
			want := tt.back
			if want == nil {
				want = tt.value
			}
			got, err := decode(tt.col, c.s, delim)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("decode (-want +got):\n%s", diff)
			}
		})
	}

	bad := []struct {
		col   Column
		value any
		want  string
	}{
		{Column{Name: "aliases", Type: StringList}, []string{"a\x1fb"}, `aliases item "a\x1fb" holds the array delimiter U+001F`},
		{Column{Name: "authors", Type: StringList}, []string{"a", ""}, "authors holds an empty item"},
		{Column{Name: "count", Type: Long}, "3", "property count holds a string, want a long"},
	}
	for _, tt := range bad {
		if _, err := encode(tt.col, tt.value, delim); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("encode %v: got error %v, want %q", tt.value, err, tt.want)
		}
	}
	badText := []struct {
		col  Column
		text string
		want string
	}{
		{Column{Name: "count", Type: Long, Required: true}, "", "missing value"},
		{Column{Name: "count", Type: Long}, "1.5", `"1.5" is not an integer`},
		{Column{Name: "score", Type: Double}, "NaN", `"NaN" is not a finite decimal number`},
		{Column{Name: "score", Type: Double}, "0x1p-2", `"0x1p-2" is not a finite decimal number`},
		{Column{Name: "anonymous", Type: Boolean}, "yes", `"yes" is not true or false`},
		{Column{Name: "aliases", Type: StringList}, "a\x1f\x1fb", "empty item in the list"},
	}
	for _, tt := range badText {
		if _, err := decode(tt.col, tt.text, delim); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("decode %q: got error %v, want %q", tt.text, err, tt.want)
		}
	}
}

func TestParseDelimiter(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want rune
		back string
	}{
		{"U+001F", '\x1f', "U+001F"}, {"u+20ac", '€', "U+20AC"}, {";", ';', ";"}, {"|", '|', "|"}, {"TAB", '\t', "TAB"}, {"\x1f", '\x1f', "U+001F"},
	} {
		got, err := ParseDelimiter(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDelimiter(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
		if s := FormatDelimiter(got); s != tt.back {
			t.Errorf("FormatDelimiter(%q) = %q, want %q", got, s, tt.back)
		}
	}
	for _, in := range []string{"", ",", "\"", "ab", "U+", "U+zz", "\n"} {
		if _, err := ParseDelimiter(in); err == nil {
			t.Errorf("ParseDelimiter(%q): got no error", in)
		}
	}
}

// FuzzCSVRoundTrip writes arbitrary strings as a record, a string list and
// a row of a node file, and reads them back: every value survives.
func FuzzCSVRoundTrip(f *testing.F) {
	f.Add("plain", "", "x")
	f.Add(`"quoted", with comma`, "line\nbreak", "crlf\r\n")
	f.Add(`\"backslash\"`, "\r", `""`)
	f.Add("semi;colon|pipe\t", "  spaces  ", "\ufeffbom")
	f.Add("unit\x1fseparator", "\x00nul", "ünïcödé ✓")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		// A record of quoted strings and an absent value.
		var buf bytes.Buffer
		w := newCSVWriter(&buf)
		in := []cell{{s: a, quoted: true}, {}, {s: b, quoted: true}, {s: c, quoted: true}}
		w.write(in)
		w.write(in)
		if err := w.flush(); err != nil {
			t.Fatal(err)
		}
		recs, errs := readAll(buf.String())
		if len(errs) > 0 {
			t.Fatalf("reading %q: %v", buf.String(), errs[0])
		}
		if len(recs) != 2 {
			t.Fatalf("read %d records from %q, want 2", len(recs), buf.String())
		}
		for _, r := range recs {
			if diff := cmp.Diff([]string{a, "", b, c}, r.fields); diff != "" {
				t.Fatalf("fields of %q (-want +got):\n%s", buf.String(), diff)
			}
			if diff := cmp.Diff([]bool{true, false, true, true}, r.quoted); diff != "" {
				t.Fatalf("quoted (-want +got):\n%s", diff)
			}
		}
		if recs[1].line != 2+strings.Count(a+b+c, "\n") {
			t.Fatalf("second record on line %d, want %d", recs[1].line, 2+strings.Count(a+b+c, "\n"))
		}

		// A list: it survives unless an item is empty or holds the
		// delimiter, which encode refuses.
		items := []string{a, b, c}
		col := Column{Name: "aliases", Type: StringList}
		cl, err := encode(col, items, DefaultArrayDelimiter)
		refuse := slices.ContainsFunc(items, func(s string) bool { return s == "" || strings.ContainsRune(s, DefaultArrayDelimiter) })
		if refuse != (err != nil) {
			t.Fatalf("encode %q: got error %v, want one: %v", items, err, refuse)
		}
		if err == nil {
			got, err := decode(col, cl.s, DefaultArrayDelimiter)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(items, got); diff != "" {
				t.Fatalf("list (-want +got):\n%s", diff)
			}
		}

		// A row of a Claim file, read back through the header.
		h, errs2 := parseHeader("Claim.csv", &record{fields: strings.Split("id:ID(Claim),:LABEL,text,kind,cue,start:long,end:long,sentence", ","), lines: make([]int, 8), line: 1}, Nodes)
		if len(errs2) > 0 {
			t.Fatal(errs2[0])
		}
		buf.Reset()
		w = newCSVWriter(&buf)
		w.write([]cell{{s: "claim:x:" + a, quoted: true}, {s: "Claim"}, {s: b, quoted: true}, {s: "direct", quoted: true},
			{s: c, quoted: c != ""}, {s: "1"}, {s: "2"}, {}})
		w.flush()
		recs, errs = readAll(buf.String())
		if len(errs) > 0 || len(recs) != 1 {
			t.Fatalf("reading %q: %d records, errors %v", buf.String(), len(recs), errs)
		}
		n, perr := h.node("Claim.csv", recs[0], DefaultArrayDelimiter)
		if perr != nil {
			t.Fatal(perr)
		}
		want := map[string]any{"text": b, "kind": "direct", "start": int64(1), "end": int64(2)}
		if c != "" {
			want["cue"] = c
		}
		if n.ID != "claim:x:"+a {
			t.Fatalf("got id %q, want %q", n.ID, "claim:x:"+a)
		}
		if diff := cmp.Diff(want, n.Props); diff != "" {
			t.Fatalf("props (-want +got):\n%s", diff)
		}
	})
}
