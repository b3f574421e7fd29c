package gazetteer

import (
	"os"
	"testing"
)

func TestZZRej(t *testing.T) {
	data, _ := os.ReadFile("testdata/article.txt")
	toks := Tokenize(string(data))
	g := Default()
	for name, tr := range map[string]*trie{"phrases": &g.phrases, "titles": &g.titles, "sources": &g.sources} {
		pass, inMap := 0, 0
		for _, tok := range toks {
			if tr.first[tok[0]]&lenBit(tok) != 0 {
				pass++
				if tr.root.next[tok] != nil {
					inMap++
				}
			}
		}
		t.Logf("%s: %d tokens, %d pass prefilter, %d first-token hits", name, len(toks), pass, inMap)
	}
}
