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
// its title, byline, site name, date and canonical URL.
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
	a.URL = canonicalURL(doc)
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
	a.Outlet = art.SiteName()
	if by := strings.TrimSpace(art.Byline()); by != "" && len(by) < 200 {
		a.Authors = splitByline(by)
	}
	if t, err := art.PublishedTime(); err == nil {
		a.Published = t.Format("2006-01-02")
	}
	return a, nil
}

// splitByline splits "By A, B and C" into names.
func splitByline(s string) []string {
	s = cleanAuthor(s)
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '|' || r == '&' }) {
		for _, name := range strings.Split(part, " and ") {
			if name = cleanAuthor(name); name != "" {
				out = append(out, name)
			}
		}
	}
	return out
}

// canonicalURL finds <link rel="canonical"> or <meta property="og:url">.
func canonicalURL(doc *html.Node) string {
	var canon, og string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && canon == "" {
					canon = attr(n, "href")
				}
			case "meta":
				if p := attr(n, "property"); (p == "og:url" || attr(n, "name") == "og:url") && og == "" {
					og = attr(n, "content")
				}
			case "body":
				return // metadata lives in the head
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if canon != "" {
		return strings.TrimSpace(canon)
	}
	return strings.TrimSpace(og)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
