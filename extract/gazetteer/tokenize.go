package gazetteer

import "github.com/newsgraph/newsgraph/extract/segment"

// Tokenize cuts s into tokens by the package's tokenisation contract (see
// the package documentation): the tokens of extract/segment, so that both
// sides of a lookup always agree.
func Tokenize(s string) []string {
	if s == "" {
		return nil
	}
	t := segment.Split(s)
	out := make([]string, len(t.Tokens))
	for i := range t.Tokens {
		out[i] = t.Tok(i)
	}
	return out
}

// isAbbreviation reports whether a word (without its period) keeps a
// following period as part of its token: "Sen", "Jan", "Inc".
func isAbbreviation(w string) bool { return segment.IsAbbreviation(w) }
