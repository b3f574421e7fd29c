package lex

import "testing"

func TestReportingVerb(t *testing.T) {
	tests := []struct {
		name, word, base string
		ok               bool
	}{
		{"irregular past", "said", "say", true},
		{"capitalised", "Said", "say", true},
		{"regular past", "tweeted", "tweet", true},
		{"gerund of a verb in -e", "announcing", "announce", true},
		{"third person in -es", "denies", "deny", true},
		{"all capitals", "SAID", "say", true},
		{"lower case with capitals inside", "sAID", "", false},
		{"common word", "the", "", false},
		{"too short", "as", "", false},
		{"not a verb of saying", "walked", "", false},
		{"non-ASCII word", "dijo", "", false},
		{"accented capital", "Élysée", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base, ok := ReportingVerb(tt.word)
			if base != tt.base || ok != tt.ok {
				t.Errorf("ReportingVerb(%q) = %q, %v; want %q, %v", tt.word, base, ok, tt.base, tt.ok)
			}
		})
	}
}

// TestReportingFilter checks that the filter in front of the map lets
// every listed form through, in lower case and capitalised.
func TestReportingFilter(t *testing.T) {
	for w, base := range reportingVerbs {
		for _, form := range []string{w, string(w[0]-'a'+'A') + w[1:]} {
			if got, ok := ReportingVerb(form); !ok || got != base {
				t.Errorf("ReportingVerb(%q) = %q, %v; want %q, true", form, got, ok, base)
			}
		}
	}
}

func TestWordBits(t *testing.T) {
	wb := NewWordBits(map[string]uint8{"war": 1, "election": 2, "the": 3})
	tests := []struct {
		name, word string
		want       uint8
	}{
		{"listed", "war", 1},
		{"listed with other bits", "the", 3},
		{"listed, second", "election", 2},
		{"case matters", "War", 0},
		{"prefix of a listed word", "elect", 0},
		{"not listed", "summit", 0},
		{"empty", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wb.Get(tt.word); got != tt.want {
				t.Errorf("Get(%q) = %d, want %d", tt.word, got, tt.want)
			}
		})
	}
}
