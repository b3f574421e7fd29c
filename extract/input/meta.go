package input

import (
	"encoding/json"
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// pageMeta is what the markup of a web page says about its article, read
// from the whole document: a stray <iframe> or <div> in the <head> makes
// the HTML parser start the <body> early, so metadata is looked for
// everywhere, not only in the <head>.
type pageMeta struct {
	URL       string   // <link rel=canonical>, else og:url
	Published string   // ISO date; see date below
	Language  string   // the language the page declares, primary subtag ("fr")
	Outlet    string   // JSON-LD publisher, else og:site_name, else the host
	Authors   []string // JSON-LD author, else <meta> author tags
}

// metaDateKeys are the name or property of <meta> tags that hold the
// publication date, best first.
var metaDateKeys = []string{
	"article:published_time", "article:published", "og:published_time", "og:article:published_time",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
	"publication_date", "publish-date", "publish_date", "publishdate", "pubdate", "parsely-pub-date",
	"sailthru.date", "article:publicationdate", "dcsext.articlefirstpublished", "date", "pdate",
}

// metaAuthorKeys are the name, property or itemprop of <meta> tags that
// hold an author's name (URLs among them are skipped).
var metaAuthorKeys = map[string]bool{
	"author": true, "article:author": true, "og:article:author": true, "parsely-author": true,
	"byl": true, "dc.creator": true, "dcterms.creator": true, "sailthru.author": true, "dcsext.author": true,
}

// metaLangKeys are the http-equiv, name, property or itemprop of <meta>
// tags that declare the language, best first.
var metaLangKeys = []string{"content-language", "language", "dc.language", "dcterms.language", "inlanguage", "og:locale"}

// readPageMeta reads the metadata of a parsed page. It must run before
// go-readability mutates the tree.
//
// The publication date is, in this order: a <meta> date tag (metaDateKeys),
// the datePublished of the page's JSON-LD article, an itemprop=datePublished
// of the article (not of a video or image in it), a <time datetime> (one
// marked pubdate or "published" first), and last a /YYYY/MM/DD/ in the
// canonical URL. A date is kept as the page writes it, in its own time
// zone: "2019-04-28T06:01:07-07:00" is 2019-04-28.
func readPageMeta(doc *html.Node) pageMeta {
	var (
		m                        pageMeta
		canon, ogURL, siteName   string
		htmlLang                 string
		metaDate                 = make([]string, len(metaDateKeys))
		metaLang                 = make([]string, len(metaLangKeys))
		itemDate, pubTime, aTime string
		metaAuthors              []string
		ld                       ldMeta
	)
	var walk func(n *html.Node, scope string)
	walk = func(n *html.Node, scope string) {
		if n.Type == html.ElementNode {
			if _, ok := attrOK(n, "itemscope"); ok {
				scope = strings.ToLower(attr(n, "itemtype"))
			}
			prop := strings.ToLower(attr(n, "itemprop"))
			if hasWord(prop, "datepublished") && itemDate == "" && articleScope(scope) {
				v := attr(n, "datetime")
				if v == "" {
					v = attr(n, "content")
				}
				itemDate = NormalizeDate(v)
			}
			switch n.Data {
			case "html":
				if htmlLang == "" {
					htmlLang = attr(n, "lang")
					if htmlLang == "" {
						htmlLang = attr(n, "xml:lang")
					}
				}
			case "link":
				if hasWord(strings.ToLower(attr(n, "rel")), "canonical") && canon == "" {
					canon = strings.TrimSpace(attr(n, "href"))
				}
			case "meta":
				content := strings.TrimSpace(attr(n, "content"))
				if content == "" {
					break
				}
				for i, key := range []string{attr(n, "property"), attr(n, "name"), attr(n, "http-equiv"), attr(n, "itemprop")} {
					key = strings.ToLower(strings.TrimSpace(key))
					if key == "" {
						continue
					}
					itemprop := i == 3 // scoped by itemscope; dates of itemprops are read above
					switch key {
					case "og:url":
						if ogURL == "" {
							ogURL = content
						}
					case "og:site_name":
						if siteName == "" {
							siteName = content
						}
					}
					if i := indexOf(metaDateKeys, key); i >= 0 && metaDate[i] == "" && !itemprop {
						metaDate[i] = NormalizeDate(content)
					}
					if i := indexOf(metaLangKeys, key); i >= 0 && metaLang[i] == "" {
						metaLang[i] = content
					}
					if metaAuthorKeys[key] && (!itemprop || articleScope(scope)) {
						metaAuthors = append(metaAuthors, content)
					}
				}
			case "time":
				if v := NormalizeDate(attr(n, "datetime")); v != "" {
					if _, ok := attrOK(n, "pubdate"); ok || strings.Contains(strings.ToLower(attr(n, "class")), "publish") {
						if pubTime == "" {
							pubTime = v
						}
					} else if aTime == "" {
						aTime = v
					}
				}
			case "script":
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
					ld.read(n.FirstChild.Data)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, scope)
		}
	}
	walk(doc, "")

	m.URL = canon
	if m.URL == "" {
		m.URL = strings.TrimSpace(ogURL)
	}
	for _, d := range append(metaDate, ld.published, itemDate, pubTime, aTime, urlDate(m.URL)) {
		if d != "" {
			m.Published = d
			break
		}
	}
	for _, l := range append([]string{htmlLang}, append(metaLang, ld.language)...) {
		if l = languageTag(l); l != "" {
			m.Language = l
			break
		}
	}
	m.Outlet = ld.publisher
	if m.Outlet == "" {
		m.Outlet = siteName
	}
	if m.Outlet == "" || looksLikeURL(m.Outlet) {
		m.Outlet = hostName(m.URL, m.Outlet)
	}
	m.Authors = ld.authors
	if len(m.Authors) == 0 {
		m.Authors = metaAuthors
	}
	return m
}

// articleScope tells whether an itemprop in the itemscope of type t (a
// schema.org URL, lower case, or "" outside any typed scope) belongs to the
// article rather than to a video, an image, a comment or a review in it.
// (Pages put the article's datePublished inside its author's Person.)
func articleScope(t string) bool {
	for _, k := range []string{"video", "image", "audio", "media", "clip", "comment", "review"} {
		if strings.Contains(t, k) {
			return false
		}
	}
	return true
}

// articleType tells whether a JSON-LD @type names an article or a web page.
func articleType(t string) bool {
	for _, k := range []string{"article", "posting", "webpage", "report"} {
		if strings.Contains(t, k) {
			return true
		}
	}
	return false
}

// urlDateRE finds /YYYY/MM/DD/ (or /YYYY/MM/DD- and the like) in a URL path.
var urlDateRE = regexp.MustCompile(`/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)

func urlDate(u string) string {
	if p, err := url.Parse(u); err == nil {
		u = p.Path
	}
	if m := urlDateRE.FindStringSubmatch(u); m != nil {
		return NormalizeDate(m[1] + "-" + m[2] + "-" + m[3])
	}
	return ""
}

// languageTag reduces a declared language ("en-US", "pt_BR", "FR") to its
// primary subtag in lower case, or "" when it is not one.
func languageTag(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "-_,; "); i >= 0 {
		s = s[:i]
	}
	s = strings.ToLower(s)
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}

func looksLikeURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "www.")
}

// hostName is the host of the first of the URLs that has one, without
// "www.": the outlet of a page that does not name itself.
func hostName(urls ...string) string {
	for _, u := range urls {
		if strings.HasPrefix(u, "www.") {
			u = "http://" + u
		}
		if p, err := url.Parse(u); err == nil && p.Hostname() != "" {
			return strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
		}
	}
	return ""
}

// ldMeta is what the JSON-LD blocks of a page say about its article.
type ldMeta struct {
	published, publisher, language string
	authors                        []string
}

// read takes the first article object of one JSON-LD block (an object,
// an array, or a "@graph") that gives each field.
func (m *ldMeta) read(src string) {
	src = strings.TrimSpace(src)
	for _, p := range []string{"//<![CDATA[", "<![CDATA["} {
		if rest, ok := strings.CutPrefix(src, p); ok {
			src = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(rest), "]]>"), "//")
		}
	}
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 3 {
			return
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := v["@graph"]; ok {
				visit(g, depth+1)
			}
			if !ldArticle(v["@type"]) {
				return
			}
			if m.published == "" {
				s, _ := v["datePublished"].(string)
				m.published = NormalizeDate(s)
			}
			if m.publisher == "" {
				m.publisher = ldName(v["publisher"])
			}
			if m.language == "" {
				m.language, _ = v["inLanguage"].(string)
			}
			if len(m.authors) == 0 {
				m.authors = ldNames(v["author"])
			}
		}
	}
	visit(v, 0)
}

// ldArticle tells whether a JSON-LD @type (a string or a list) is an
// article or a web page.
func ldArticle(t any) bool {
	switch t := t.(type) {
	case string:
		return articleType(strings.ToLower(t))
	case []any:
		for _, e := range t {
			if ldArticle(e) {
				return true
			}
		}
	}
	return false
}

func ldName(v any) string {
	switch v := v.(type) {
	case string:
		if !looksLikeURL(v) {
			return cleanField(v)
		}
	case map[string]any:
		s, _ := v["name"].(string)
		return cleanField(s)
	case []any:
		if len(v) > 0 {
			return ldName(v[0])
		}
	}
	return ""
}

func ldNames(v any) []string {
	var out []string
	if list, ok := v.([]any); ok {
		for _, e := range list {
			if n := ldName(e); n != "" {
				out = append(out, n)
			}
		}
		return out
	}
	if n := ldName(v); n != "" {
		out = append(out, n)
	}
	return out
}

func indexOf(list []string, s string) int {
	for i, e := range list {
		if e == s {
			return i
		}
	}
	return -1
}

// hasWord tells whether the space-separated list s holds w.
func hasWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if f == w {
			return true
		}
	}
	return false
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// Author names.

var (
	// bylinePrefixRE is "By", "Par", "Por" (and a colon) before a name.
	bylinePrefixRE = regexp.MustCompile(`^(?i:by|par|por)\s*:?\s+`)
	// bylineJoinRE joins names: "and", "et", "y", "e", "und", "&".
	bylineJoinRE = regexp.MustCompile(`\s+(?:and|et|y|e|und|&)\s+`)
	// withRE is "(with B and C)" after a name.
	withRE = regexp.MustCompile(`(?i)\(\s*(?:with|avec|con|com|mit)\s+([^)]*)\)`)
	// staffRE is a byline that names a desk, not a person.
	staffRE = regexp.MustCompile(`(?i)\b(?:staff|agencies|wire services|news desk|newsroom)\b`)
	monthRE = regexp.MustCompile(`(?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d`)
	// bylineEndRE cuts what follows a name in a byline: a digit (dates,
	// times, comment counts run into the name: "Lucas Nolan22 Dec 2016651"),
	// a month and day ("GILLIAN MOHNEY March 11"), "Updated", "Published".
	bylineEndRE = regexp.MustCompile(`(?i)\d|\b(?:updated|published|posted)\b`)
)

// authorNames turns author strings of a page (a byline, meta tags, JSON-LD)
// into names: "By" and its kin go, a list is split, what follows a name in
// a byline (a date, a time, a count) is cut, names in capitals are
// title-cased, and what is left is kept only when it can be a name: not a
// URL, not a date, not the outlet, not a desk ("Our Foreign Staff").
func authorNames(raw []string, outlet string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range raw {
		s = withRE.ReplaceAllString(s, ", $1")
		s = strings.NewReplacer("|", ",", ";", ",", "/", ",", "\u00a0", " ").Replace(s)
		for _, part := range strings.Split(s, ",") {
			for _, name := range bylineJoinRE.Split(strings.TrimSpace(part), -1) {
				name = authorName(name)
				if name == "" || strings.EqualFold(name, outlet) || seen[strings.ToLower(name)] {
					continue
				}
				seen[strings.ToLower(name)] = true
				out = append(out, name)
			}
		}
	}
	return out
}

func authorName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if looksLikeURL(s) || strings.Contains(s, "@") || strings.Contains(s, "://") {
		return ""
	}
	for {
		rest := bylinePrefixRE.ReplaceAllString(s, "")
		if rest == s {
			break
		}
		s = rest
	}
	if loc := monthRE.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	if loc := bylineEndRE.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	s = strings.Trim(s, " .:-–—•·")
	if s == "" || staffRE.MatchString(s) || len(strings.Fields(s)) > 6 {
		return ""
	}
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters < 2 {
		return ""
	}
	if first, _ := utf8.DecodeRuneInString(s); unicode.IsLower(first) {
		return "" // "and more", "staff writer"
	}
	if upper == letters && letters > 3 {
		s = titleCase(s)
	}
	return s
}

// titleCase turns "GILLIAN MOHNEY" into "Gillian Mohney".
func titleCase(s string) string {
	var b strings.Builder
	start := true
	for _, r := range s {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r) && r != '\''
	}
	return b.String()
}
