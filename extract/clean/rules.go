package clean

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// exactDrop lists lines (in lower case) that are page furniture wherever
// they stand.
var exactDrop = map[string]bool{
	"skip to main content": true, "skip to content": true, "skip navigation": true,
	"advertisement": true, "advertisement:": true, "advertisement advertisement": true, "ad": true,
	"story continued below": true, "story continues below": true,
	"continue reading": true, "continue reading below": true,
	"loading...": true, "loading": true, "loading…": true,
	"close": true, "donate": true, "donate now": true,
	"more on this...": true, "more on this": true, "more on this…": true,
	"related": true, "related:": true, "related content": true, "related coverage": true,
	"read more": true, "read more:": true, "read more »": true, "more:": true,
	"watch": true, "watch:": true, "photo": true, "photos": true, "image": true, "video": true,
	"enlarge this image": true, "toggle caption": true, "hide caption": true,
	"media playback is unsupported on your device": true,
	"previous next": true, "previous": true, "next": true,
	"copy link": true, "copy link to clipboard": true, "link copied": true, "copied": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"continue reading the main story": true, "story highlights": true,
	"analysis/opinion:": true, "analysis/opinion": true,
}

// widgetWords are the words share bars and similar widgets are made of; a
// line of nothing else (with at least one strong one) is furniture.
var widgetWords = map[string]bool{
	"share": true, "tweet": true, "facebook": true, "twitter": true, "pinterest": true,
	"linkedin": true, "whatsapp": true, "reddit": true, "email": true, "e-mail": true,
	"print": true, "advertisement": true, "flipboard": true, "messenger": true,
	"youtube": true, "instagram": true, "telegram": true,
	// weak ones: not enough on their own
	"this": false, "article": false, "story": false, "on": false, "post": false,
	"link": false, "copy": false, "comment": false, "comments": false, "listen": false,
	"to": false, "save": false, "more": false, "close": false, "ad": false, "via": false,
	"sms": false, "options": false, "gift": false, "min": false, "read": false,
}

// sectionNames are section labels that newspapers print above a headline.
var sectionNames = map[string]bool{
	"news": true, "politics": true, "world": true, "world news": true, "opinion": true,
	"analysis": true, "business": true, "economy": true, "europe": true, "us": true,
	"u.s.": true, "us news": true, "uk": true, "uk news": true, "asia": true, "africa": true,
	"middle east": true, "americas": true, "russia": true, "ukraine": true, "science": true,
	"technology": true, "tech": true, "health": true, "sport": true, "sports": true,
	"culture": true, "entertainment": true, "national": true, "international": true,
	"breaking news": true, "features": true, "feature": true, "investigations": true,
	"elections": true, "election": true, "commentary": true, "editorial": true,
	"explainer": true, "live": true, "exclusive": true, "global": true, "nation": true,
	"home": true, "latest": true, "top stories": true, "national security": true,
}

var (
	// videoLabel is the end of a video teaser ("… – video", "– video explainer").
	videoLabel = regexp.MustCompile(`[–—-] video(?: \S+)?$`)
	// slashCredit is one part of a credit line such as
	// "Dmitry Lovetsky / AP / Scanpix / LETA".
	creditWord = regexp.MustCompile(`^(?:[\p{Lu}\d][\p{L}\p{M}.'’&\-]*|via|of|and|de|van|von|der|for|the|la|le|da|du|al|el|bin)$`)
)

// lineRule is the verdict on a line from the rules that hold anywhere in
// the text. It may set ln.cut to drop a widget prefix from the line.
func lineRule(ln *line, l, ll string) verdict {
	w := ln.words
	if w <= 8 {
		if exactDrop[ll] || isPlaceholder(l) || !hasLetterOrDigit(l) || isWidgetLine(ll) {
			return drop
		}
	}
	if w <= 60 {
		if v, ok := shortLineRule(ln, l, ll); ok {
			return v
		}
	}
	if cut, isCredit := widgetPrefix(ll); cut > 0 {
		ln.cut = cut
		l, ll = l[cut:], ll[cut:]
		if h := repeatedHalf(l); h > 0 {
			ln.tail = len(l) - h // "Evan Vucci/AP Evan Vucci/AP"
			l, ll = l[:h], ll[:h]
		}
		if isCredit || isCreditLine(l, ll, ln.words) {
			return credit
		}
		return caption
	}
	if w <= 90 {
		if isCreditLine(l, ll, w) {
			return credit
		}
		if isCaption(ll, ln.flags) {
			return caption
		}
	}
	return keep
}

// shortLineRule holds the rules for lines of at most 60 words.
func shortLineRule(ln *line, l, ll string) (verdict, bool) {
	w := ln.words
	switch {
	case strings.HasPrefix(ll, "play video"),
		strings.HasPrefix(ll, "watch the latest video"),
		strings.HasPrefix(ll, "read or share this story"),
		strings.HasPrefix(ll, "media playback is unsupported"),
		strings.HasPrefix(ll, "slideshow (") && w <= 4,
		strings.HasPrefix(ll, "this article is more than ") && strings.HasSuffix(ll, " old"),
		strings.HasPrefix(ll, "skip to ") && w <= 5,
		strings.HasPrefix(ll, "listen to ") && strings.Contains(ll, "article") && w <= 8,
		strings.HasPrefix(ll, "advertisement") && w <= 6,
		w <= 6 && strings.Contains(ll, "story continues below"),
		strings.HasPrefix(ll, "click here"), strings.HasPrefix(ll, "click for more"),
		w <= 25 && ln.flags&tClick != 0 && strings.Contains(ll, "click here"),
		strings.HasPrefix(ll, "photos:") && !strings.Contains(ll, "/"),
		strings.HasPrefix(ll, "related:") && w <= 15,
		strings.HasPrefix(ll, "read more:") && w <= 25,
		strings.HasPrefix(ll, "more:") && w <= 15,
		isHeadlineLink(ll, w),
		strings.HasPrefix(ll, "a version of this article appears in print on"),
		strings.HasPrefix(ll, "powered by ") && w <= 6,
		strings.HasPrefix(ll, "© provided by ") && w <= 10,
		strings.HasPrefix(ll, "just watched ") && strings.Contains(ll, "must watch"),
		strings.HasPrefix(ll, "replay more videos"):
		return drop, true
	case w <= 60 && isPhotoCaption(ln, l, ll):
		if ln.cut > 0 {
			return credit, true
		}
		return drop, true
	case isCopyright(ll, w), isFollow(ll, w), isSignup(ll, ln.flags), isTeaser(ll, w):
		return drop, true
	case w <= 30 && ln.flags&tVideo != 0 && videoLabel.MatchString(ll):
		return drop, true
	case w <= 25 && ln.flags&tContribut != 0 && (strings.Contains(ll, "contributed to this report") ||
		strings.HasPrefix(ll, "contributing:") ||
		strings.HasSuffix(ll, " contributed.") || strings.HasSuffix(ll, " contributed to this story.")):
		// "Associated Press reporter Jill Colvin contributed to this
		// report.": the words go, the names stay as a credit.
		if i := strings.LastIndex(ll, " contributed"); i > 0 && !strings.HasPrefix(ll, "contributing:") {
			ln.tail = len(l) - i
		}
		return credit, true
	}
	if x, ok := SourceLine(l); ok && x != "" {
		return source, true
	}
	return keep, false
}

// SourceLine reports whether line is a "Source: X" line naming an outlet
// (X of at most six words, not a sentence) and returns X.
func SourceLine(line string) (string, bool) {
	line = strings.TrimSpace(line)
	rest, ok := strings.CutPrefix(line, "Source:")
	if !ok {
		rest, ok = strings.CutPrefix(line, "SOURCE:")
	}
	if !ok {
		return "", false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || countWords(rest) > 6 || strings.ContainsAny(rest, ".:;!?\"“”") && !strings.HasSuffix(rest, ".com") {
		return "", false
	}
	return rest, true
}

// isPlaceholder reports template residue such as "{articleGUID}" or "[image]".
func isPlaceholder(l string) bool {
	if len(l) < 3 || len(l) > 40 {
		return false
	}
	open, close := l[0], l[len(l)-1]
	if !(open == '{' && close == '}' || open == '[' && close == ']') {
		return false
	}
	for _, c := range []byte(l[1 : len(l)-1]) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

func hasLetterOrDigit(l string) bool {
	for _, r := range l {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isWidgetLine reports a line made only of share-bar words ("SHARE THIS
// ARTICLE Share Tweet Post Email", "LISTEN TO ARTICLE 4:27 …").
func isWidgetLine(ll string) bool {
	strong := false
	for _, f := range strings.Fields(ll) {
		f = strings.Trim(f, ":,.|•·()")
		if f == "" || isDuration(f) {
			continue
		}
		s, ok := widgetWords[f]
		if !ok {
			return false
		}
		strong = strong || s
	}
	return strong
}

// isDuration reports "4:27" or "12:03:55".
func isDuration(f string) bool {
	colon := false
	for _, c := range []byte(f) {
		switch {
		case c == ':':
			colon = true
		case c < '0' || c > '9':
			return false
		}
	}
	return colon
}

// isSectionLabel reports a lone section label at the top ("news", "World").
func isSectionLabel(ln *line, l, ll string) bool {
	if ln.words > 3 || len(l) > 30 {
		return false
	}
	if sectionNames[strings.TrimRight(ll, ":")] {
		return true
	}
	// a short all-lowercase line without punctuation is a label too
	for _, r := range l {
		if !(unicode.IsLower(r) || r == ' ' || r == '-') {
			return false
		}
	}
	return true
}

func isCopyright(ll string, w int) bool {
	if w > 30 {
		return false
	}
	if strings.HasPrefix(ll, "©") || strings.HasPrefix(ll, "(c) ") {
		return true
	}
	if strings.HasPrefix(ll, "copyright") {
		return strings.Contains(ll, "©") || strings.Contains(ll, "(c)") ||
			strings.Contains(ll, "all rights reserved") || strings.Contains(ll, "reprint")
	}
	return w <= 8 && strings.HasPrefix(ll, "all rights reserved")
}

func isFollow(ll string, w int) bool {
	if w > 15 {
		return false
	}
	switch {
	case strings.HasPrefix(ll, "follow us"), strings.HasPrefix(ll, "follow @"),
		strings.HasPrefix(ll, "join us on"):
		return true
	case strings.HasPrefix(ll, "follow "):
		return strings.Contains(ll, " on twitter") || strings.Contains(ll, " on facebook") ||
			strings.Contains(ll, " on instagram") || strings.Contains(ll, "@")
	}
	return false
}

// isSignup reports newsletter and subscription promotions.
func isSignup(ll string, f uint32) bool {
	if f&tSignup == 0 {
		return false
	}
	switch {
	case strings.HasPrefix(ll, "sign up"), strings.HasPrefix(ll, "subscribe to"),
		strings.HasPrefix(ll, "subscribe via"), strings.HasPrefix(ll, "subscribe here"),
		strings.HasPrefix(ll, "subscribe now"), strings.HasPrefix(ll, "subscribe on"),
		strings.Contains(ll, "by signing up"), strings.Contains(ll, "for signing up"),
		strings.Contains(ll, "delivered to your inbox"), strings.Contains(ll, "in your inbox"):
		return true
	case strings.Contains(ll, "newsletter"):
		return strings.Contains(ll, "sign up") || strings.Contains(ll, "subscribe")
	}
	return false
}

// isTeaser reports a link teaser ending in "Read more" ("No collusion,
// plenty of corruption: Trump is not in the clear | Richard Wolffe Read more").
func isTeaser(ll string, w int) bool {
	if w < 3 || w > 40 {
		return false
	}
	ll = strings.TrimRight(ll, " »›→>:.…")
	for _, end := range []string{" read more", "|read more", " continue reading"} {
		if strings.HasSuffix(ll, end) {
			return true
		}
	}
	return false
}

// isAppeal reports a donation or membership appeal ("Support Meduza’s work
// today.", "Please consider making a contribution to Vox today.").
func isAppeal(ln *line, ll string) bool {
	if ln.words > 120 || ln.flags&tAppeal == 0 || !hasCallToAction(ll) {
		return false
	}
	return !strings.ContainsAny(ll, "“”\"") // someone quoted asking for support is news
}

// callsToAction are the phrases of appeals: a key and a test of the words
// that follow it.
var callsToAction = []struct {
	key  string
	next func(rest string) bool
}{
	{"support ", func(rest string) bool {
		w1, rest := nextWord(rest)
		switch {
		case w1 == "us":
			w2, _ := nextWord(rest)
			return w2 == "today" || w2 == "now"
		case w1 == "our" || w1 == "independent" || w1 == "quality" || w1 == "local" ||
			strings.HasSuffix(w1, "’s") || strings.HasSuffix(w1, "'s"):
			w2, rest := nextWord(rest)
			w3, _ := nextWord(rest)
			return isJournalismWord(w2) || isJournalismWord(w3)
		}
		return false
	}},
	{"become a ", func(rest string) bool {
		w, rest := nextWord(rest)
		if w == "supporting" {
			w, _ = nextWord(rest)
		}
		return w == "member" || w == "subscriber" || w == "patron" || w == "supporter"
	}},
	{"donate ", func(rest string) bool {
		w, _ := nextWord(rest)
		return w == "now" || w == "today" || w == "here"
	}},
	{"please ", func(rest string) bool {
		w, _ := nextWord(rest)
		return w == "donate" || w == "subscribe" || w == "consider"
	}},
	{"chip in", func(rest string) bool { return rest == "" || rest[0] == ' ' || rest[0] == '.' }},
}

func hasCallToAction(ll string) bool {
	for _, c := range callsToAction {
		for s := ll; ; {
			i := strings.Index(s, c.key)
			if i < 0 {
				break
			}
			s = s[i+len(c.key):]
			if c.next(s) {
				return true
			}
		}
	}
	return false
}

// nextWord returns the first word of s (letters, digits, apostrophes) and
// what follows it.
func nextWord(s string) (string, string) {
	s = strings.TrimLeft(s, " ")
	end := strings.IndexFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’'
	})
	if end < 0 {
		return s, ""
	}
	return s[:end], s[end:]
}

func isJournalismWord(w string) bool {
	return w == "work" || w == "journalism" || w == "reporting" || w == "newsroom"
}

// outletVoice reports a paragraph in which the outlet speaks of itself and
// its journalism ("we continue to deliver exclusive reporting…"), outside
// quotes.
func outletVoice(ll string) bool {
	if strings.ContainsAny(ll, "“”\"") {
		return false
	}
	journalism := false
	for _, w := range []string{"journalis", "reporting", "coverage", "newsroom", "reader", "audience", "mission", "subscri", "donat", "independent"} {
		if strings.Contains(ll, w) {
			journalism = true
			break
		}
	}
	if !journalism {
		return false
	}
	for f := range strings.FieldsFuncSeq(ll, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	}) {
		switch f {
		case "we", "our", "we’re", "we're", "we’ve", "we've", "we’ll", "we'll", "ourselves":
			return true
		}
	}
	return false
}

// widgetPrefixes are labels of image widgets glued in front of a caption
// or credit; they are cut off and the rest is kept as furniture (a credit
// after the labels that say so, else a caption unless it reads as one).
var widgetPrefixes = []struct {
	label  string
	credit bool
}{
	{"enlarge this image toggle caption ", false}, {"enlarge this image ", false}, {"toggle caption ", false},
	{"hide caption ", false}, {"facebook twitter pinterest ", false}, {"image caption ", false},
	{"media caption ", false}, {"caption: ", false}, {"story highlights ", false},
	{"image copyright ", true}, {"image source ", true}, {"image source: ", true},
}

// widgetPrefix returns the length of the widget label ll starts with (0 if
// none) and whether what follows it is a credit.
func widgetPrefix(ll string) (int, bool) {
	for _, p := range widgetPrefixes {
		if strings.HasPrefix(ll, p.label) && len(ll) > len(p.label) {
			return len(p.label), p.credit
		}
	}
	return 0, false
}

// creditPrefixes start a credit line ("Photo: Reuters").
var creditPrefixes = []string{
	"photo:", "photos:", "photograph:", "photographer:", "photo by ", "photos by ", "photo credit",
	"credit:", "credits:", "image:", "picture:", "pictures:", "image source:", "(photo",
	"photo illustration", "illustration:", "video:",
}

// isCreditLine reports a photo credit: "Photo: Reuters", "Dmitry Lovetsky /
// AP / Scanpix / LETA", "Saul Loeb/AFP/Getty Images".
func isCreditLine(l, ll string, w int) bool {
	for _, p := range creditPrefixes {
		if strings.HasPrefix(ll, p) {
			return w <= 14
		}
	}
	if w > 14 || !strings.Contains(l, "/") {
		return false
	}
	parts := strings.Split(l, "/")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		n := countWords(p)
		if n == 0 || n > 5 {
			return false
		}
		for _, f := range strings.Fields(p) {
			if !creditWord.MatchString(f) {
				return false
			}
		}
	}
	return true
}

// captionMarkers show a credit inside a caption.
var captionMarkers = []string{
	"photograph:", "photographer:", "(photo:", "photo:", "(photo by", "photo by ", "photo credit",
	"credit:", ".credit", ")credit", "(ap photo", "ap photo/", "(getty", "image copyright", "image caption", "media caption", "file photo:",
}

// creditEnds are the ends of captions that close on the credit.
var creditEnds = []string{
	"getty images", "/ap", "/reuters", "/afp", "/epa", "/bloomberg", "via reuters", "via ap",
	"/ap photo", "/shutterstock", "/pool", "/anadolu agency", "/sipa", "/zuma press", "/tass",
	"/ria novosti", "/xinhua", "/scanpix", "/leta",
}

// isCaption reports a photo caption that carries a credit near its end or
// a caption label at its start.
func isCaption(ll string, f uint32) bool {
	if strings.HasPrefix(ll, "file photo:") {
		return true
	}
	tail := ll
	if len(tail) > 160 {
		tail = tail[len(tail)-160:]
	}
	if f&tCaptions != 0 {
		for _, m := range captionMarkers {
			if strings.Contains(tail, m) {
				return true
			}
		}
	}
	end := strings.TrimRight(ll, " .)]")
	for _, e := range creditEnds {
		if strings.HasSuffix(end, e) {
			return true
		}
	}
	return false
}

// repeatedHalf returns n when l is l[:n] twice with a space between, else 0.
func repeatedHalf(l string) int {
	if len(l)%2 == 0 {
		return 0
	}
	n := len(l) / 2
	if l[n] == ' ' && l[:n] == l[n+1:] {
		return n
	}
	return 0
}

// headlineLinkPrefixes introduce a link to another story, alone on its
// line or in brackets: "Read: …", "[Read: …]", "Lire aussi : …".
var headlineLinkPrefixes = []string{"read: ", "[read: ", "read also: ", "see also: ", "lire aussi : ", "lire aussi: ", "à lire aussi : ", "voir aussi : ", "lea también: ", "leia também: ", "mehr zum thema: "}

// isHeadlineLink tells whether a line is a link to another story: one of
// headlineLinkPrefixes and a headline, not a sentence of the story
// ("Read: the minister's letter said …" runs longer and ends in a period).
func isHeadlineLink(ll string, w int) bool {
	if w > 20 {
		return false
	}
	for _, p := range headlineLinkPrefixes {
		if strings.HasPrefix(ll, p) {
			return strings.HasPrefix(p, "[") || !strings.HasSuffix(ll, ".") || w <= 12
		}
	}
	return false
}

var (
	// photoCreditEnd is the agency credit that ends a news photo's
	// caption: "(AP Photo/Patrick Semansky)", "(AP Photo)", "REUTERS/Lucas
	// Jackson" (Reuters writes its name in capitals there).
	photoCreditEnd = regexp.MustCompile(`(?:\((?:AP|AFP|EPA|Reuters|REUTERS) Photos?(?: ?/ ?[^()]{2,60})?\)|\bREUTERS ?/ ?\p{Lu}[\p{L}.'’ -]{1,50})\.?$`)
)

// photoCreditMax bounds the length of a photo credit in bytes: "(AP
// Photo/" and 60 bytes of names, "REUTERS/" and 50.
const photoCreditMax = 4 * 80

// isPhotoCaption tells whether a line is the caption of a news photo: a
// description that ends in an agency's photo credit, or that starts "FILE
// PHOTO:". The description is not the story (what its people do is what
// the photo shows) and goes; the credit stays as a credit, with its
// photographer and agency (ln.cut marks where it starts). A bare credit
// line ("Evan Vucci/AP") is left to the credit rules.
func isPhotoCaption(ln *line, l, ll string) bool {
	file := strings.HasPrefix(ll, "file photo:") || strings.HasPrefix(ll, "file photo -")
	if !strings.Contains(l, " Photo") && !strings.Contains(l, "REUTERS") {
		return file // most lines: no credit, and no need for the expression
	}
	// the credit is at the end: match the expression on the line's tail only
	from := max(0, len(l)-photoCreditMax)
	for from > 0 && !utf8.RuneStart(l[from]) {
		from--
	}
	loc := photoCreditEnd.FindStringIndex(l[from:])
	if loc == nil || from+loc[0] == 0 || len(strings.Fields(l[:from+loc[0]])) < 5 {
		return file
	}
	ln.cut = from + loc[0]
	return true
}
