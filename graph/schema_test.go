package graph

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSchemaRules checks what the code derived from the schema assumes of
// it.
func TestSchemaRules(t *testing.T) {
	prefixes := map[string]Label{}
	for _, s := range nodeSchemas {
		if other, dup := prefixes[s.IDPrefix]; dup {
			t.Errorf("%s and %s share the id prefix %q", s.Label, other, s.IDPrefix)
		}
		prefixes[s.IDPrefix] = s.Label
		count := map[Merge]int{}
		for _, p := range s.Props {
			count[p.Merge]++
			if p.value == nil {
				t.Errorf("%s.%s: no value", s.Label, p.Name)
			}
			if p.Merge == MergeMax && p.Type != String {
				t.Errorf("%s.%s: MergeMax of a %s, want string", s.Label, p.Name, p.Type)
			}
			if (p.Merge == MergeAliases || p.Merge == MergeUnion) && p.Type != StringList {
				t.Errorf("%s.%s: a union of a %s, want string[]", s.Label, p.Name, p.Type)
			}
		}
		switch {
		case s.Shared && (count[MergeName] != 1 || count[MergeAliases] != 1):
			t.Errorf("%s: shared, with %d MergeName and %d MergeAliases properties, want one each",
				s.Label, count[MergeName], count[MergeAliases])
		case !s.Shared && count[MergeReplace] != len(s.Props):
			t.Errorf("%s: not shared, so every property must be MergeReplace", s.Label)
		}
	}
	for _, s := range relSchemas {
		hasArticle := false
		for _, p := range s.Props {
			if p.Merge != MergeReplace {
				t.Errorf("%s.%s: relationship properties are replaced", s.Type, p.Name)
			}
			if p.Name == "article" && p.Required && p.Type == String {
				hasArticle = true
			}
		}
		if s.PerArticle != hasArticle {
			t.Errorf("%s: PerArticle %t, but a required article property: %t", s.Type, s.PerArticle, hasArticle)
		}
		if len(s.From) == 0 || len(s.To) == 0 {
			t.Errorf("%s: no ends", s.Type)
		}
	}
}

// TestMergeNodes merges records of shared nodes in both orders.
func TestMergeNodes(t *testing.T) {
	tests := []struct {
		name   string
		a, b   Node
		want   Node
		either bool // the same in both orders
	}{
		{
			name:   "names and titles",
			a:      Node{LabelPerson, "person:x", map[string]any{"name": "Jo Smith", "aliases": []string{"Smith"}, "titles": []string{"Mayor"}}},
			b:      Node{LabelPerson, "person:x", map[string]any{"name": "Jo SMITH", "aliases": []string{}, "titles": []string{"Senator", "Mayor"}}},
			want:   Node{LabelPerson, "person:x", map[string]any{"name": "Jo SMITH", "aliases": []string{"Jo Smith", "Smith"}, "titles": []string{"Mayor", "Senator"}}},
			either: true,
		},
		{
			name:   "greatest",
			a:      Node{LabelEvent, "event:x", map[string]any{"name": "X", "aliases": []string{}, "date": "2024"}},
			b:      Node{LabelEvent, "event:x", map[string]any{"name": "X", "aliases": []string{}, "date": "2024-11-05"}},
			want:   Node{LabelEvent, "event:x", map[string]any{"name": "X", "aliases": []string{}, "date": "2024-11-05"}},
			either: true,
		},
		{
			name:   "absent greatest",
			a:      Node{LabelCountry, "country:x", map[string]any{"name": "X", "aliases": []string{}}},
			b:      Node{LabelCountry, "country:x", map[string]any{"name": "X", "aliases": []string{}, "iso2": "XX"}},
			want:   Node{LabelCountry, "country:x", map[string]any{"name": "X", "aliases": []string{}, "iso2": "XX"}},
			either: true,
		},
		{
			name:   "again, an alias that is the name",
			a:      Node{LabelPerson, "person:x", map[string]any{"name": "Jo Smith", "aliases": []string{"J. Smith", "Smith"}, "titles": []string{"Mayor"}}},
			b:      Node{LabelPerson, "person:x", map[string]any{"name": "Jo Smith", "aliases": []string{"Jo Smith", "Smith"}, "titles": []string{}}},
			want:   Node{LabelPerson, "person:x", map[string]any{"name": "Jo Smith", "aliases": []string{"J. Smith", "Smith"}, "titles": []string{"Mayor"}}},
			either: false,
		},
		{
			name:   "a title that is the name is not an alias",
			a:      Node{LabelPerson, "person:x", map[string]any{"name": "Jo Smith", "aliases": []string{}, "titles": []string{}}},
			b:      Node{LabelPerson, "person:x", map[string]any{"name": "Jo Smith", "aliases": []string{}, "titles": []string{"Jo Smith"}}},
			want:   Node{LabelPerson, "person:x", map[string]any{"name": "Jo Smith", "aliases": []string{}, "titles": []string{"Jo Smith"}}},
			either: true,
		},
		{
			name:   "a smaller date",
			a:      Node{LabelEvent, "event:x", map[string]any{"name": "X", "aliases": []string{}, "date": "2024-11-05", "kind": "election"}},
			b:      Node{LabelEvent, "event:x", map[string]any{"name": "X", "aliases": []string{}, "date": "2024"}},
			want:   Node{LabelEvent, "event:x", map[string]any{"name": "X", "aliases": []string{}, "date": "2024-11-05", "kind": "election"}},
			either: true,
		},
		{
			name: "per-article node replaced",
			a:    Node{LabelSource, "source:a:x", map[string]any{"name": "X", "anonymous": true}},
			b:    Node{LabelSource, "source:a:x", map[string]any{"name": "Y", "anonymous": false}},
			want: Node{LabelSource, "source:a:x", map[string]any{"name": "Y", "anonymous": false}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, MergeNodes(tt.a, tt.b)); diff != "" {
				t.Errorf("MergeNodes(a, b) mismatch (-want +got):\n%s", diff)
			}
			if !tt.either {
				return
			}
			if diff := cmp.Diff(tt.want, MergeNodes(tt.b, tt.a)); diff != "" {
				t.Errorf("MergeNodes(b, a) mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
