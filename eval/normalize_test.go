package eval

import "testing"

func TestNormText(t *testing.T) {
	tests := []struct {
		name, in   string
		dropQuotes bool
		want       string
	}{
		{"case and space", "  We  in Russia\n\thave\u00a0NOTHING ", false, "we in russia have nothing"},
		{"curly apostrophe", "We haven’t seen it", false, "we haven't seen it"},
		{"curly double quotes kept", "a “soft spot” for", false, `a "soft spot" for`},
		{"double quotes dropped", "a “soft spot” for \"him\"", true, "a soft spot for him"},
		{"quote then space", "said: “ Yes ”", true, "said: yes"},
		{"dashes", "Trump–Russia — inquiry", false, "trump-russia - inquiry"},
		{"single quotes stay when dropping doubles", "‘our guy’", true, "'our guy'"},
		{"nfkc", "ﬁnal", false, "final"},
		{"empty", " \n ", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := normText(tt.in, tt.dropQuotes); got != tt.want {
				t.Errorf("normText(%q, %v) = %q, want %q", tt.in, tt.dropQuotes, got, tt.want)
			}
		})
	}
}

func TestNormName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Vladimir Putin", "vladimir putin"},
		{"The Kremlin", "kremlin"},
		{"the Kremlin’s", "kremlin"},
		{"Democrats'", "democrats"},
		{"“Harris”,", "harris"},
		{"Putin’s administration", "putin's administration"},
		{"head of the Duma’s foreign affairs committee", "head of the duma's foreign affairs committee"},
		{"U.S.", "u.s."},
		{"US", "us"},
		{"Theresa May", "theresa may"},
		{"the", "the"},
		{"[Joe] Biden", "joe] biden"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := normName(tt.in); got != tt.want {
				t.Errorf("normName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormSnippet(t *testing.T) {
	tests := []struct{ in, want string }{
		{"between Russia and the U.S.", "between russia and the u.s"},
		{"The mood is like, what if?", "the mood is like, what if"},
		{"“Trump is an impulsive person”", "trump is an impulsive person"},
		{"a “soft spot” for Trump", "a soft spot for trump"},
		{"made that unlikely", "made that unlikely"},
		{" .", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := normSnippet(tt.in); got != tt.want {
				t.Errorf("normSnippet(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
