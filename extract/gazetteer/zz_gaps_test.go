package gazetteer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestZZGaps(t *testing.T) {
	if os.Getenv("GAPS") == "" {
		t.Skip()
	}
	g := Default()
	counts := map[string]int{}
	ambig := map[string]int{}
	for _, f := range []string{"allsides", "bbc", "basil"} {
		fh, _ := os.Open("/work/shared/corpus/" + f + ".jsonl")
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		for sc.Scan() {
			var d struct{ Text string }
			json.Unmarshal(sc.Bytes(), &d)
			toks := Tokenize(d.Text)
			var run []string
			flush := func() {
				for len(run) > 0 && isMinorWord(strings.ToLower(run[len(run)-1])) {
					run = run[:len(run)-1]
				}
				if len(run) > 0 {
					counts[strings.Join(run, " ")]++
				}
				run = nil
			}
			for i := 0; i < len(toks); {
				if m, ok := g.Match(toks, i); ok {
					flush()
					k := strings.Join(toks[m.Start:m.End], " ")
					if len(m.Hits) > 0 && !m.Ambiguous() {
						k = "U " + k + " => " + string(m.Hits[0].Entity.Base().Label) + ":" + m.Hits[0].Entity.Base().Name
					}
					ambig[k]++
					i = m.End
					continue
				}
				tok := toks[i]
				r, _ := utf8.DecodeRuneInString(tok)
				if unicode.IsUpper(r) {
					if _, isTitle := g.Title(tok); !isTitle || len(run) > 0 {
						run = append(run, tok)
					}
				} else if len(run) > 0 && (tok == "of" || tok == "the" || tok == "and" || tok == "-" || tok == "for") {
					run = append(run, tok)
				} else {
					flush()
				}
				i++
			}
			flush()
		}
		fh.Close()
	}
	dump := func(m map[string]int, n int, multi bool) {
		type kv struct {
			k string
			v int
		}
		var l []kv
		for k, v := range m {
			if multi && !strings.Contains(k, " ") {
				continue
			}
			l = append(l, kv{k, v})
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
		for i := 0; i < n && i < len(l); i++ {
			fmt.Printf("%d\t%s\n", l[i].v, l[i].k)
		}
	}
	which := os.Getenv("GAPS")
	switch which {
	case "multi":
		dump(counts, 500, true)
	case "single":
		dump(counts, 500, false)
	case "ambig":
		dump(ambig, 4000, false)
	}
}
