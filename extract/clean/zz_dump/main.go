package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/newsgraph/newsgraph/extract/clean"
)

func main() {
	removed := map[string]int{}
	furn := map[string]int{}
	for _, f := range os.Args[1:] {
		fh, _ := os.Open(f)
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var r struct{ ID, Title, Text string }
			json.Unmarshal(sc.Bytes(), &r)
			res := clean.CleanWithTitle(r.Text, r.Title)
			for _, l := range res.Removed {
				removed[l]++
			}
			for _, s := range res.Furniture {
				furn[s.Kind+"\t"+res.Body[s.Start:s.End]]++
			}
		}
	}
	dump := func(name string, m map[string]int) {
		type kv struct {
			k string
			v int
		}
		var xs []kv
		for k, v := range m {
			xs = append(xs, kv{k, v})
		}
		sort.Slice(xs, func(i, j int) bool { return xs[i].v > xs[j].v || xs[i].v == xs[j].v && xs[i].k < xs[j].k })
		out, _ := os.Create("/tmp/" + name + ".txt")
		for _, x := range xs {
			fmt.Fprintf(out, "%d\t%s\n", x.v, x.k)
		}
		out.Close()
		fmt.Println(name, len(xs))
	}
	dump("removed", removed)
	dump("furniture", furn)
}
