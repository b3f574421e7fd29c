package graph

import (
	"io"
	"strings"
	"testing"
)

// TestDocumentReaderSkippable: a line or array element that is not a
// document may be skipped, a broken array may not.
func TestDocumentReaderSkippable(t *testing.T) {
	const doc = `{"article":{"id":"article:a"}}`
	tests := []struct {
		name  string
		input string
		want  []string // "doc", "skip" or "stop", per Read until io.EOF
	}{
		{"bad line", doc + "\n{broken\n" + doc + "\n", []string{"doc", "skip", "doc"}},
		{"not a document", doc + "\n" + `{"title":"an article"}` + "\n", []string{"doc", "skip"}},
		{"bad array element", "[" + doc + `, {"article":{}}, ` + doc + "]", []string{"doc", "skip", "doc"}},
		{"broken array", "[" + doc + ", {broken", []string{"doc", "stop"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dr := NewDocumentReader(strings.NewReader(tt.input), "f.jsonl")
			var got []string
			for len(got) <= len(tt.want) {
				d, err := dr.Read()
				if err == io.EOF {
					break
				}
				switch {
				case err == nil && d != nil:
					got = append(got, "doc")
				case dr.Skippable(err):
					got = append(got, "skip")
				default:
					got = append(got, "stop")
					if _, again := dr.Read(); again != err {
						t.Errorf("Read after %v: got %v, want the same error", err, again)
					}
				}
				if got[len(got)-1] == "stop" {
					break
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
