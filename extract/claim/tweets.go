package claim

import (
	"regexp"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// tweetSignature is the line an embedded tweet ends with: "— Ron DeSantis
// (@RepDeSantis) January 18, 2018".
var tweetSignature = regexp.MustCompile(`[—–-]\s*([^\n—–(]{2,60}?)\s*\(@\w{1,30}\)\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}\s*$`)

// embeddedTweets attributes each paragraph that is an embedded tweet, its
// signature naming a known person or body, to that author, unless a claim
// already covers it ("Rep. Ron DeSantis also tweeted Thursday: …").
func (x *extractor) embeddedTweets() {
	added := false
	for _, p := range x.t.Paragraphs {
		para := x.t.Body[p.Start:p.End]
		if !strings.Contains(para, "(@") || x.skipped(p.Start) {
			continue // (most paragraphs: no call to the expression)
		}
		m := tweetSignature.FindStringSubmatchIndex(para)
		if m == nil {
			continue
		}
		start, end := x.trim(p.Start, p.Start+m[0])
		if len(strings.Fields(x.t.Body[start:end])) < 4 || x.covered(start, end) {
			continue
		}
		author := x.mentionAt(p.Start+m[2], p.Start+m[3])
		if author < 0 {
			continue
		}
		x.claims = append(x.claims, Claim{Speaker: author, Kind: graph.KindDirect, Start: start, End: end, Sent: x.t.SentenceOf(start)})
		added = true
	}
	if added {
		slices.SortStableFunc(x.claims, func(a, b Claim) int { return a.Start - b.Start })
	}
}

// covered reports whether a claim overlaps bytes [start, end).
func (x *extractor) covered(start, end int) bool {
	for _, c := range x.claims {
		if c.Start < end && start < c.End {
			return true
		}
	}
	return false
}

// mentionAt returns the entity of a speaker's mention that spans bytes
// [start, end) exactly, or -1.
func (x *extractor) mentionAt(start, end int) int {
	for _, m := range x.res.Mentions {
		if m.Start == start && m.End == end && m.Entity >= 0 && speakerLabel(m.Label) && m.Label != graph.LabelSource {
			return m.Entity
		}
	}
	return -1
}
