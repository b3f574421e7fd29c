package graph

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// decodeCases are documents on which the fast decoder might part from
// encoding/json: member names in another case, invalid UTF-8 and lone
// surrogates, duplicate names, nulls, numbers of the wrong kind, a second
// value, unknown members.
var decodeCases = []string{
	`{"article":{"id":"article:a","title":"T"}}`,
	`{"Article":{"ID":"article:a","TITLE":"T"}}`,
	`{"article":{"id":"article:a","title":"caf` + "\xff" + `é"}}`,
	`{"article":{"id":"article:a","title":"\ud800 and \udc00\ud800"}}`,
	`{"article":{"id":"article:a","title":"one","title":"two"}}`,
	`{"article":{"id":"article:a","authors":null},"entities":null}`,
	`{"article":{"id":"article:a","word_count":1.5}}`,
	`{"article":{"id":"article:a","word_count":1e2}}`,
	`{"article":{"id":"article:a","word_count":99999999999999999999}}`,
	`{"article":{"id":"article:a"}} {"article":{"id":"article:b"}}`,
	`{"article":{"id":"article:a"},"extra":1}`,
	`{"article":{"id":"article:a"},"entities":[{"id":"person:b","type":"Person","name":"B","mentions":[{"start":0,"end":1}]}]}`,
	`{"article":{"id":"article:a"},"claims":[{"id":"claim:a:1","speaker":"person:b","kind":"direct","text":"t","start":0,"end":1,"about":["person:c"],"score":0.5}]}`,
	`{"article":{"id":"article:a","title":"\u0000\u001f\t"}}`,
	`[]`, `null`, `7`, `"x"`, `{`, ``,
}

// checkDecoders fails unless the fast decoder gives what encoding/json
// gives whenever it accepts a line: decodeDocument falls back to
// encoding/json only when the fast one fails.
func checkDecoders(t *testing.T, data []byte) {
	t.Helper()
	fast, ferr := decodeFast(data)
	if ferr != nil {
		return // decodeStd decides
	}
	std, serr := decodeStd(data)
	if serr != nil {
		t.Fatalf("%q: the fast decoder accepts what encoding/json rejects (%v)", data, serr)
	}
	if !reflect.DeepEqual(fast, std) {
		t.Fatalf("%q: the decoders differ:\nfast %#v\nstd  %#v", data, fast, std)
	}
}

// TestDecodeFastAsStd checks the fast decoder against encoding/json on
// real documents (every line of testdata/articles.jsonl) and on the
// cases where they might part. The real documents must take the fast path.
func TestDecodeFastAsStd(t *testing.T) {
	data, err := os.ReadFile("testdata/articles.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		if _, err := decodeFast(line); err != nil {
			t.Errorf("a real document takes the slow path: %v", err)
		}
		checkDecoders(t, line)
	}
	for _, c := range decodeCases {
		checkDecoders(t, []byte(c))
	}
}

// FuzzDecodeFast: on any input the fast decoder accepts, it gives what
// encoding/json gives.
//
//	go test ./graph -run '^$' -fuzz FuzzDecodeFast -fuzztime 10m
func FuzzDecodeFast(f *testing.F) {
	data, err := os.ReadFile("testdata/articles.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		f.Add(line)
	}
	for _, c := range decodeCases {
		f.Add([]byte(c))
	}
	f.Fuzz(checkDecoders)
}
