package graph

import "testing"

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Vladimir Putin", "vladimir-putin"},
		{"Putin’s administration", "putins-administration"},
		{"George W. Bush", "george-w-bush"},
		{"Élysée Palace", "elysee-palace"},
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
		{"  State Duma  ", "state-duma"},
		{"AT&T", "at-t"},
		{"U.S.", "u-s"},
		{"Владимир Путин", "владимир-путин"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestIDs(t *testing.T) {
	tests := []struct{ got, want string }{
		{ArticleID("meduza-kremlin-trump"), "article:meduza-kremlin-trump"},
		{ArticleKey("article:bbc-politics-189"), "bbc-politics-189"},
		{EntityID(LabelPerson, "Vladimir Putin"), "person:vladimir-putin"},
		{EntityID(LabelOrganization, "State Duma"), "org:state-duma"},
		{CountryID("US"), "country:us"},
		{SourceID("article:meduza-kremlin-trump", "source close to the Kremlin"), "source:meduza-kremlin-trump:source-close-to-the-kremlin"},
		{ClaimID("article:meduza-kremlin-trump", 3), "claim:meduza-kremlin-trump:3"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	for _, l := range Labels {
		if got := LabelOfID(l.IDPrefix() + "x"); got != l {
			t.Errorf("LabelOfID(%q) = %q, want %q", l.IDPrefix()+"x", got, l)
		}
	}
	if got := LabelOfID("people:x"); got != "" {
		t.Errorf("LabelOfID of an unknown prefix = %q, want empty", got)
	}
}

func BenchmarkSlug(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Slug("Russian President Vladimir Putin")
	}
}
