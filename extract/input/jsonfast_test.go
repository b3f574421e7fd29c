package input

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/corpus"
)

// slowRecord decodes raw as decodeRecord did before the fast decoder.
func slowRecord(raw []byte) (jsonRecord, error) {
	var rec jsonRecord
	err := json.Unmarshal(raw, &rec)
	return rec, err
}

func TestDecodeFast(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		fast bool // whether the fast decoder takes it
	}{
		{"corpus shape", `{"id": "bbc-business-001", "title": "Ad sales boost Time Warner profit", "outlet": "BBC News", "published": "", "category": "business", "url": "", "text": "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m).\n\nThe firm said \"fine\"."}`, true},
		{"authors list with null", `{"authors": ["By Jane Doe", null, "John Roe"], "text": "x"}`, true},
		{"authors string", `{"author": "Jane Doe; John Roe", "text": "x"}`, true},
		{"empty authors", `{"authors": [], "text": "x"}`, true},
		{"numeric id", `{"id": 42, "text": "x"}`, true},
		{"null fields", `{"id": null, "title": null, "authors": null, "text": null, "body": "b"}`, true},
		{"escapes", `{"text": "tab\tquote\" slash\/ back\\ \u00e9\u2019 \b\f\r"}`, true},
		{"unknown keys of every plain kind", `{"a": 1.5e-3, "b": true, "c": false, "d": null, "e": -0, "text": "x"}`, true},
		{"empty object", `{}`, true},
		{"white space everywhere", " { \"text\" :\t\"x\" ,\r\n\"id\":\"a\" } ", true},
		{"content and body", `{"body": "b", "content": "c"}`, true},
		{"surrogate pair", `{"text": "\ud83d\ude00"}`, false},
		{"lone surrogate", `{"text": "\ud83d x"}`, false},
		{"key in other case", `{"Text": "x"}`, false},
		{"repeated key", `{"text": "x", "text": "y"}`, false},
		{"escaped key", `{"te\u0078t": "x"}`, false},
		{"nested unknown value", `{"meta": {"a": 1}, "text": "x"}`, false},
		{"fractional id", `{"id": 1.5, "text": "x"}`, false},
		{"number for a string", `{"title": 5, "text": "x"}`, false},
		{"trailing comma", `{"text": "x",}`, false},
		{"cut short", `{"text": "x`, false},
		{"control character", "{\"text\": \"a\x01b\"}", false},
		{"bad escape", `{"text": "\x41"}`, false},
		{"garbage after", `{"text": "x"} y`, false},
		{"a list", `[1]`, false},
		{"leading zero", `{"a": 01, "text": "x"}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var fast jsonRecord
			ok := decodeFast([]byte(tt.raw), &fast)
			if ok != tt.fast {
				t.Fatalf("decodeFast ok = %v, want %v", ok, tt.fast)
			}
			if !ok {
				return
			}
			slow, err := slowRecord([]byte(tt.raw))
			if err != nil {
				t.Fatalf("encoding/json fails on a record the fast decoder took: %v", err)
			}
			if !reflect.DeepEqual(fast, slow) {
				t.Errorf("fast %+v\nslow %+v", fast, slow)
			}
		})
	}
}

// TestDecodeFastCorpus checks that the fast decoder reads every record of
// the corpus, as encoding/json does.
func TestDecodeFastCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus.Dir(t), "*.jsonl"))
	if len(files) == 0 {
		t.Skip("no corpus")
	}
	n := 0
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		for line := 1; sc.Scan(); line++ {
			var fast jsonRecord
			if !decodeFast(sc.Bytes(), &fast) {
				t.Errorf("%s:%d: the fast decoder gives up", name, line)
				continue
			}
			slow, err := slowRecord(sc.Bytes())
			if err != nil || !reflect.DeepEqual(fast, slow) {
				t.Errorf("%s:%d: fast %+v\nslow %+v (%v)", name, line, fast, slow, err)
			}
			n++
		}
		f.Close()
	}
	t.Logf("%d records", n)
}

// FuzzDecodeFast checks that whatever the fast decoder takes, encoding/json
// takes too, to the same record.
func FuzzDecodeFast(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","authors":["A",null],"text":"One.\n\u00e9"}`))
	f.Add([]byte(`{"id":7,"x":[1],"text":"x","date":"2020-01-01"}`))
	f.Add([]byte(`{"author":"A; B","body":"\ud83d\ude00","Text":null}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		var fast jsonRecord
		if !utf8.Valid(raw) || !decodeFast(raw, &fast) { // decodeRecord's condition
			return
		}
		slow, err := slowRecord(raw)
		if err != nil {
			t.Fatalf("encoding/json fails on %q, which the fast decoder took: %v", raw, err)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("%q: fast %+v\nslow %+v", raw, fast, slow)
		}
	})
}
