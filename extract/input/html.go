package input

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// readHTML extracts the main text of a web page with go-readability, and
// the page's metadata (readPageMeta): canonical URL, date, language,
// outlet and authors, with go-readability's byline, site name and title
// where the markup says nothing better. The language is the one the text
// is in when detectLanguage can tell, else the one the page declares
// (pages declare "en" for French text).
func readHTML(data []byte) (*Article, error) {
	a := &Article{}
	data = trimBOM(data)
	if !utf8.Valid(data) {
		enc, name, _ := charset.DetermineEncoding(data, "text/html")
		if name != "utf-8" {
			if s, err := enc.NewDecoder().Bytes(data); err == nil {
				data, a.Charset = s, name
			}
		}
		if !utf8.Valid(data) {
			var s string
			s, a.InvalidUTF8 = repairUTF8(data)
			data = []byte(s)
		}
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("parse HTML: %w", err)
	}
	meta := readPageMeta(doc)
	a.URL = meta.URL
	var pageURL *url.URL
	if u, err := url.Parse(a.URL); err == nil && u.IsAbs() {
		pageURL = u
	}
	p := readability.NewParser()
	art, err := p.ParseAndMutate(doc, pageURL)
	if err != nil {
		return nil, fmt.Errorf("extract the main text: %w", err)
	}
	if art.Node == nil {
		return nil, errors.New("no article text found in the HTML page")
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return nil, fmt.Errorf("extract the main text: %w", err)
	}
	a.Text = b.String()
	a.Title = art.Title()
	a.Outlet = meta.Outlet
	if a.Outlet == "" {
		a.Outlet = art.SiteName()
	}
	a.Authors = authorNames(meta.Authors, a.Outlet)
	if by := strings.TrimSpace(art.Byline()); len(a.Authors) == 0 && by != "" && len(by) < 200 {
		a.Authors = authorNames([]string{by}, a.Outlet)
	}
	a.Published = meta.Published
	if t, err := art.PublishedTime(); a.Published == "" && err == nil {
		a.Published = t.Format("2006-01-02")
	}
	a.Language = detectLanguage(a.Text)
	if a.Language == "" {
		a.Language = meta.Language
	}
	return a, nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
