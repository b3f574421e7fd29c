package importer_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/graph"
	importer "github.com/newsgraph/newsgraph/import"
)

func ExampleExporter() {
	tmp, err := os.MkdirTemp("", "example")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(tmp)
	dir := filepath.Join(tmp, "export")

	e, err := importer.NewExporter(dir, importer.ExportOptions{ArrayDelimiter: ';'})
	if err != nil {
		panic(err)
	}
	mention := []graph.Mention{{Start: 0, End: 5, Text: "Putin"}}
	for i, name := range []string{"Vladimir Putin", "vladimir putin"} {
		doc := &graph.Document{
			Article: graph.Article{ID: fmt.Sprintf("article:a%d", i+1), Outlet: "Meduza"},
			Entities: []graph.Entity{{ID: "person:vladimir-putin", Type: graph.LabelPerson, Name: name,
				Aliases: []string{"Putin"}, Titles: []string{"President"}, Mentions: mention}},
		}
		if err := e.Add(doc); err != nil {
			panic(err)
		}
	}
	st, err := e.Close()
	if err != nil {
		panic(err)
	}
	people, _ := os.ReadFile(filepath.Join(dir, "Person.csv"))
	fmt.Print(string(people))
	for _, f := range st.Files {
		fmt.Println(f.Name, f.Rows)
	}
	// Output:
	// id:ID(Person),:LABEL,name,aliases:string[],titles:string[]
	// "person:vladimir-putin",Person,"Vladimir Putin","Putin;vladimir putin","President"
	// Article.csv 2
	// Person.csv 1
	// Outlet.csv 1
	// PUBLISHED_BY.Article.Outlet.csv 2
	// MENTIONS.Article.Person.csv 2
}
