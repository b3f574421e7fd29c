package graph

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// flattenDoc is a small document touching every rule of Flatten.
const flattenDoc = `{
  "article": {"id": "article:m1", "title": "Kremlin insiders on Trump", "url": "", "outlet": "Meduza",
              "published": "2024-11-08", "authors": ["Andrey Pertsev", "Andrey Pertsev", "Jane Doe"], "word_count": 812},
  "entities": [
    {"id": "person:vladimir-putin", "type": "Person", "name": "Vladimir Putin",
     "aliases": ["Putin", "Vladimir Putin", "Putin", "President Putin"], "titles": ["President", "President"],
     "mentions": [{"start": 40, "end": 45, "text": "Putin"}, {"start": 10, "end": 24, "text": "Vladimir Putin"}]},
    {"id": "person:andrey-pertsev", "type": "Person", "name": "Andrey Pertsev", "aliases": null,
     "mentions": [{"start": 60, "end": 74, "text": "Andrey Pertsev"}]},
    {"id": "country:ua", "type": "Country", "name": "Ukraine", "aliases": [], "iso2": "UA", "mentions": []},
    {"id": "country:ru", "type": "Country", "name": "Russia", "aliases": ["Russian"], "iso2": "RU", "iso3": "RUS",
     "mentions": [{"start": 0, "end": 7, "text": "Russian"}]},
    {"id": "org:kremlin", "type": "Organization", "name": "Kremlin", "aliases": [], "kind": "government",
     "mentions": [{"start": 80, "end": 87, "text": "Kremlin"}]},
    {"id": "event:2024-us-election", "type": "Event", "name": "2024 US election", "aliases": [],
     "mentions": [{"start": 90, "end": 101, "text": "US election"}]},
    {"id": "source:m1:kremlin-insiders", "type": "Source", "name": "Kremlin insiders", "aliases": ["insiders"],
     "anonymous": true, "mentions": [{"start": 80, "end": 96, "text": "Kremlin insiders"}]}
  ],
  "claims": [
    {"id": "claim:m1:1", "speaker": "source:m1:kremlin-insiders", "kind": "indirect", "cue": "told",
     "text": "Putin's team hoped for protests", "start": 120, "end": 151, "sentence": "Kremlin insiders told Meduza that Putin's team hoped for protests.",
     "about": ["person:vladimir-putin", "org:kremlin", "person:vladimir-putin"]},
    {"id": "claim:m1:2", "speaker": "person:vladimir-putin", "kind": "direct", "cue": "",
     "text": "We are ready", "start": 0, "end": 12, "about": []}
  ],
  "stances": [
    {"holder": "source:m1:kremlin-insiders", "target": "person:vladimir-putin", "polarity": "positive",
     "score": 0.5, "evidence": "soft spot", "claim": "claim:m1:1"},
    {"holder": "source:m1:kremlin-insiders", "target": "person:vladimir-putin", "polarity": "negative",
     "score": -0.5, "evidence": "a repeat: dropped"},
    {"holder": "person:vladimir-putin", "target": "country:ua", "polarity": "negative", "score": 0, "evidence": ""}
  ],
  "relations": [
    {"subject": "person:vladimir-putin", "predicate": "LEADER_OF", "object": "country:ru", "evidence": "President Putin"},
    {"subject": "person:andrey-pertsev", "predicate": "WORKS_FOR", "object": "outlet:meduza", "evidence": ""}
  ]
}`

func TestFlatten(t *testing.T) {
	// The relation to outlet:meduza names an entity the document lacks, so
	// add it: Flatten must then not emit a second Outlet node.
	doc, err := DecodeDocument([]byte(flattenDoc))
	if err == nil {
		t.Fatal("got a valid document, want the dangling outlet:meduza to be rejected")
	}
	doc, err = DecodeDocument([]byte(withMeduza(flattenDoc)))
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	nodes, rels := Flatten(doc)

	wantNodes := []Node{
		{LabelArticle, "article:m1", map[string]any{
			"title": "Kremlin insiders on Trump", "outlet": "Meduza", "published": "2024-11-08",
			"authors": []string{"Andrey Pertsev", "Andrey Pertsev", "Jane Doe"}, "word_count": int64(812),
			"doc_sha256": DocSHA256(doc),
		}},
		{LabelOutlet, "outlet:meduza", map[string]any{"name": "Meduza", "aliases": []string{"Meduza.io"}}},
		{LabelPerson, "person:vladimir-putin", map[string]any{
			"name": "Vladimir Putin", "aliases": []string{"President Putin", "Putin"}, "titles": []string{"President"},
		}},
		{LabelPerson, "person:andrey-pertsev", map[string]any{
			"name": "Andrey Pertsev", "aliases": []string{}, "titles": []string{},
		}},
		{LabelCountry, "country:ua", map[string]any{"name": "Ukraine", "aliases": []string{}, "iso2": "UA"}},
		{LabelCountry, "country:ru", map[string]any{"name": "Russia", "aliases": []string{"Russian"}, "iso2": "RU", "iso3": "RUS"}},
		{LabelOrganization, "org:kremlin", map[string]any{"name": "Kremlin", "aliases": []string{}, "kind": "government"}},
		{LabelEvent, "event:2024-us-election", map[string]any{"name": "2024 US election", "aliases": []string{}}},
		{LabelSource, "source:m1:kremlin-insiders", map[string]any{
			"name": "Kremlin insiders", "aliases": []string{"insiders"}, "description": "Kremlin insiders", "anonymous": true,
		}},
		{LabelPerson, "person:jane-doe", map[string]any{"name": "Jane Doe", "aliases": []string{}, "titles": []string{}}},
		{LabelClaim, "claim:m1:1", map[string]any{
			"text": "Putin's team hoped for protests", "kind": "indirect", "cue": "told", "start": int64(120), "end": int64(151),
			"sentence": "Kremlin insiders told Meduza that Putin's team hoped for protests.",
		}},
		{LabelClaim, "claim:m1:2", map[string]any{"text": "We are ready", "kind": "direct", "start": int64(0), "end": int64(12)}},
	}
	if diff := cmp.Diff(wantNodes, nodes); diff != "" {
		t.Errorf("Flatten nodes mismatch (-want +got):\n%s", diff)
	}

	none := map[string]any{}
	// the speaker of claim m1:1 is a Source; the article's date; the id
	// of the entity each ABOUT ends at
	aboutProps := func(entity string) map[string]any {
		return map[string]any{"speaker_type": "Source", "published": "2024-11-08", "entity": entity}
	}
	wantRels := []Rel{
		{RelPublishedBy, LabelArticle, "article:m1", LabelOutlet, "outlet:meduza", none},
		{RelWrittenBy, LabelArticle, "article:m1", LabelPerson, "person:andrey-pertsev", none},
		{RelWrittenBy, LabelArticle, "article:m1", LabelPerson, "person:jane-doe", none},
		{RelMentions, LabelArticle, "article:m1", LabelOutlet, "outlet:meduza", map[string]any{"count": int64(1), "first": int64(200)}},
		{RelMentions, LabelArticle, "article:m1", LabelPerson, "person:vladimir-putin", map[string]any{"count": int64(2), "first": int64(10)}},
		{RelMentions, LabelArticle, "article:m1", LabelPerson, "person:andrey-pertsev", map[string]any{"count": int64(1), "first": int64(60)}},
		{RelMentions, LabelArticle, "article:m1", LabelCountry, "country:ru", map[string]any{"count": int64(1), "first": int64(0)}},
		{RelMentions, LabelArticle, "article:m1", LabelOrganization, "org:kremlin", map[string]any{"count": int64(1), "first": int64(80)}},
		{RelMentions, LabelArticle, "article:m1", LabelEvent, "event:2024-us-election", map[string]any{"count": int64(1), "first": int64(90)}},
		{RelMentions, LabelArticle, "article:m1", LabelSource, "source:m1:kremlin-insiders", map[string]any{"count": int64(1), "first": int64(80)}},
		{RelClaims, LabelSource, "source:m1:kremlin-insiders", LabelClaim, "claim:m1:1", none},
		{RelReportedIn, LabelClaim, "claim:m1:1", LabelArticle, "article:m1", none},
		{RelAbout, LabelClaim, "claim:m1:1", LabelPerson, "person:vladimir-putin", aboutProps("person:vladimir-putin")},
		{RelAbout, LabelClaim, "claim:m1:1", LabelOrganization, "org:kremlin", aboutProps("org:kremlin")},
		{RelClaims, LabelPerson, "person:vladimir-putin", LabelClaim, "claim:m1:2", none},
		{RelReportedIn, LabelClaim, "claim:m1:2", LabelArticle, "article:m1", none},
		{RelStance, LabelSource, "source:m1:kremlin-insiders", LabelPerson, "person:vladimir-putin", map[string]any{
			"polarity": "positive", "score": 0.5, "evidence": "soft spot", "claim": "claim:m1:1", "article": "article:m1",
		}},
		{RelStance, LabelPerson, "person:vladimir-putin", LabelCountry, "country:ua", map[string]any{
			"polarity": "negative", "score": 0.0, "article": "article:m1",
		}},
		{RelLeaderOf, LabelPerson, "person:vladimir-putin", LabelCountry, "country:ru", map[string]any{
			"article": "article:m1", "evidence": "President Putin",
		}},
		{RelWorksFor, LabelPerson, "person:andrey-pertsev", LabelOutlet, "outlet:meduza", map[string]any{"article": "article:m1"}},
	}
	if diff := cmp.Diff(wantRels, rels); diff != "" {
		t.Errorf("Flatten relationships mismatch (-want +got):\n%s", diff)
	}
}

// withMeduza adds the outlet:meduza entity to flattenDoc, first.
func withMeduza(doc string) string {
	return strings.Replace(doc, `"entities": [`, `"entities": [
    {"id": "outlet:meduza", "type": "Outlet", "name": "Meduza", "aliases": ["Meduza.io"],
     "mentions": [{"start": 200, "end": 206, "text": "Meduza"}]},`, 1)
}

func TestFlattenMinimal(t *testing.T) {
	tests := []struct {
		name      string
		doc       Document
		wantNodes []Node
		wantRels  []Rel
	}{
		{
			name: "article without outlet, authors or anything else",
			doc:  Document{Article: Article{ID: "article:x"}},
			wantNodes: []Node{
				{LabelArticle, "article:x", map[string]any{"authors": []string{}}},
			},
		},
		{
			name: "outlet and author that slug to nothing are left out",
			doc:  Document{Article: Article{ID: "article:x", Outlet: "—", Authors: []string{"", "Ann Lee"}}},
			wantNodes: []Node{
				{LabelArticle, "article:x", map[string]any{"outlet": "—", "authors": []string{"", "Ann Lee"}}},
				{LabelPerson, "person:ann-lee", map[string]any{"name": "Ann Lee", "aliases": []string{}, "titles": []string{}}},
			},
			wantRels: []Rel{
				{RelWrittenBy, LabelArticle, "article:x", LabelPerson, "person:ann-lee", map[string]any{}},
			},
		},
		{
			name: "source with a description of its own, not anonymous",
			doc: Document{
				Article:  Article{ID: "article:x"},
				Entities: []Entity{{ID: "source:x:us-media", Type: LabelSource, Name: "US media", Description: "U.S. media reports"}},
			},
			wantNodes: []Node{
				{LabelArticle, "article:x", map[string]any{"authors": []string{}}},
				{LabelSource, "source:x:us-media", map[string]any{
					"name": "US media", "aliases": []string{}, "description": "U.S. media reports", "anonymous": false,
				}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.doc.Validate(); err != nil {
				t.Fatalf("test document is invalid: %v", err)
			}
			nodes, rels := Flatten(&tt.doc)
			tt.wantNodes[0].Props["doc_sha256"] = DocSHA256(&tt.doc)
			if diff := cmp.Diff(tt.wantNodes, nodes); diff != "" {
				t.Errorf("nodes mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantRels, rels); diff != "" {
				t.Errorf("relationships mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
