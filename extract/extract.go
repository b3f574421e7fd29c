package extract

import (
	"github.com/newsgraph/newsgraph/extract/input"
	"github.com/newsgraph/newsgraph/graph"
)

// Options tunes an Extractor.
type Options struct{}

// Extractor turns articles into documents. It is safe for concurrent use.
type Extractor struct {
	opts Options
}

// New returns an Extractor.
func New(opts Options) *Extractor { return &Extractor{opts: opts} }

// Extract turns one article into a document. It never fails: an article
// with no text gives a document with no entities.
//
// TODO(lead): cleaning, segmentation, entities, claims, stances, relations.
func (x *Extractor) Extract(a *input.Article) *graph.Document {
	return &graph.Document{
		Article: graph.Article{
			ID:        graph.ArticleID(a.ID),
			Title:     a.Title,
			URL:       a.URL,
			Outlet:    a.Outlet,
			Published: a.Published,
			Authors:   a.Authors,
		},
	}
}
