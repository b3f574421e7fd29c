package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/newsgraph/newsgraph/extract/input"
)

func main() {
	r := input.Open(os.Args[1:], input.Options{})
	t := time.Now()
	n, bad := 0, 0
	var last *input.Article
	fmt.Println("size", r.Size())
	for {
		a, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			bad++
			fmt.Println("ERR", err)
			continue
		}
		n++
		if n <= 2 || a.Origin.Line == 0 {
			fmt.Printf("%+v\n", struct {
				ID, Title, Outlet, Pub string
				Authors                []string
				Text                   string
			}{a.ID, a.Title, a.Outlet, a.Published, a.Authors, a.Text[:min(200, len(a.Text))]})
		}
		last = a
	}
	_ = last
	fmt.Println(n, bad, time.Since(t), r.Pos())
}
