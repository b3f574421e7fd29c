package lex

import (
	"iter"
	"maps"
)

// WordBits maps words to bit sets, for the lookups that run on every token
// of an article ("is this word a trigger of some rule, and of which?").
// Most tokens are in no such list, and a Bloom filter rejects them for a
// fraction of the cost of a map miss: with a few hundred words in 2^14
// bits it lets about 2% of unlisted words through to the map. With the
// filter of ReportingVerb, it took 227 thousand instructions per article
// off the map lookups of BenchmarkExtractCorpus (cachegrind), and the map
// misses it saves are cache misses too.
// A WordBits is read-only once made and safe for concurrent use.
type WordBits struct {
	m      map[string]uint8
	filter WordFilter
}

// NewWordBits returns the WordBits of m (which it keeps: do not modify m
// afterwards). Words are matched exactly, case included.
func NewWordBits(m map[string]uint8) *WordBits {
	return &WordBits{m: m, filter: *NewWordFilter(maps.Keys(m))}
}

// Get returns the bits of w, 0 when w is not listed.
func (wb *WordBits) Get(w string) uint8 {
	if !wb.filter.MayHave(w) {
		return 0
	}
	return wb.m[w]
}

// WordFilter is the Bloom filter of WordBits on its own, to put in front
// of a map of another type: MayHave is false for nearly all the words that
// are not listed, and always true for those that are.
type WordFilter struct {
	bits [filterBits / 64]uint64
}

// NewWordFilter returns the filter of words, matched exactly.
func NewWordFilter(words iter.Seq[string]) *WordFilter {
	f := &WordFilter{}
	for w := range words {
		h := exactHash(w)
		f.bits[h/64] |= 1 << (h % 64)
	}
	return f
}

// MayHave reports whether w may be one of the filter's words.
func (f *WordFilter) MayHave(w string) bool {
	h := exactHash(w)
	return f.bits[h/64]&(1<<(h%64)) != 0
}

// exactHash is FNV-1a of w, reduced to filterBits.
func exactHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h & (filterBits - 1)
}
