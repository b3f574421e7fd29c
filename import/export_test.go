package importer_test

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	importer "github.com/newsgraph/newsgraph/import"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// TestExportGolden exports the hand-made documents of testdata/tricky.jsonl
// (quotes, commas, line breaks, backslashes, shared entities written two
// ways) and compares every file with testdata/golden/tricky. Regenerate
// with: go test ./import -run TestExportGolden -update
func TestExportGolden(t *testing.T) {
	docs := readDocuments(t, trickyFile)
	dir, st := export(t, docs, importer.ExportOptions{})
	golden := filepath.Join("testdata", "golden", "tricky")
	got, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range got {
		names = append(names, e.Name())
	}
	if *update {
		if err := os.RemoveAll(golden); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(golden, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			data, err := os.ReadFile(filepath.Join(dir, n))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(golden, n), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	want, err := os.ReadDir(golden)
	if err != nil {
		t.Fatalf("%v (create the golden files with -update)", err)
	}
	var wantNames []string
	for _, e := range want {
		wantNames = append(wantNames, e.Name())
	}
	if diff := cmp.Diff(wantNames, names); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	for _, n := range names {
		g, _ := os.ReadFile(filepath.Join(dir, n))
		w, err := os.ReadFile(filepath.Join(golden, n))
		if err != nil {
			continue
		}
		if diff := cmp.Diff(string(w), string(g)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", n, diff)
		}
	}
	if fi, err := os.Stat(filepath.Join(dir, "import.sh")); err != nil || fi.Mode()&0o111 == 0 {
		t.Errorf("import.sh is not executable: %v %v", fi.Mode(), err)
	}

	// The summary: counts, and the neo4j-admin command with absolute paths.
	wantNodes := map[graph.Label]int64{"Article": 2, "Person": 3, "Outlet": 1, "Country": 1, "Organization": 1, "Event": 1, "Source": 2, "Claim": 3}
	if diff := cmp.Diff(wantNodes, st.Nodes); diff != "" {
		t.Errorf("nodes per label (-want +got):\n%s", diff)
	}
	wantRels := map[graph.RelType]int64{"PUBLISHED_BY": 2, "WRITTEN_BY": 2, "MENTIONS": 9, "CLAIMS": 3, "REPORTED_IN": 3, "ABOUT": 3,
		"STANCE": 3, "WORKS_FOR": 2, "LOCATED_IN": 1}
	if diff := cmp.Diff(wantRels, st.Relationships); diff != "" {
		t.Errorf("relationships per type (-want +got):\n%s", diff)
	}
	args := importer.ShellCommand(st.AdminArgs)
	for _, want := range []string{
		"neo4j-admin database import full neo4j --id-type=string",
		"--strict=true --multiline-fields-format=v2 --multiline-fields=" + filepath.Join(dir, "Article.multiline.csv") + "," +
			filepath.Join(dir, "Organization.multiline.csv") + ",",
		"--nodes=Claim=" + filepath.Join(dir, "Claim.csv") + " --nodes=Claim=" + filepath.Join(dir, "Claim.multiline.csv") + " ",
		"--nodes=Person=" + filepath.Join(dir, "Person.csv"),
		"--relationships=STANCE=" + filepath.Join(dir, "STANCE.Person.Organization.csv"),
	} {
		if !strings.Contains(args, want) {
			t.Errorf("neo4j-admin command %q does not hold %q", args, want)
		}
	}
}

// TestExportRecords imports the export of real documents with a recorder:
// the records are those of graph.Flatten, each relationship and each node
// of an article once, and each shared node once, with every name it was
// given as its name or an alias.
func TestExportRecords(t *testing.T) {
	docs := realDocuments(t)
	dir, _ := export(t, docs, importer.ExportOptions{})
	plan, err := importer.Check(context.Background(), []string{dir}, nil, importer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range plan.Problems() {
		t.Errorf("problem: %v", p)
	}
	var rec recorder
	if _, err := plan.Write(context.Background(), &rec); err != nil {
		t.Fatal(err)
	}

	var wantRels []graph.Rel
	own := map[string]graph.Node{}
	names := map[string][]string{} // shared node → every name given
	for _, d := range docs {
		nodes, rels := graph.Flatten(d)
		wantRels = append(wantRels, rels...)
		for _, n := range nodes {
			switch n.Label {
			case graph.LabelArticle, graph.LabelSource, graph.LabelClaim:
				own[n.ID] = n
			default:
				names[n.ID] = append(names[n.ID], n.Props["name"].(string))
			}
		}
	}
	byKey := func(a, b graph.Rel) int {
		return strings.Compare(string(a.Type)+a.StartID+a.EndID+a.Article(), string(b.Type)+b.StartID+b.EndID+b.Article())
	}
	slices.SortFunc(wantRels, byKey)
	gotRels := slices.Clone(rec.rels)
	slices.SortFunc(gotRels, byKey)
	if diff := cmp.Diff(wantRels, gotRels); diff != "" {
		t.Errorf("relationships (-Flatten +imported):\n%s", diff)
	}
	seen := map[string]bool{}
	for _, n := range rec.nodes {
		if seen[n.ID] {
			t.Errorf("node %s imported twice", n.ID)
		}
		seen[n.ID] = true
		if w, ok := own[n.ID]; ok {
			if diff := cmp.Diff(w, n); diff != "" {
				t.Errorf("node %s (-Flatten +imported):\n%s", n.ID, diff)
			}
			continue
		}
		given, ok := names[n.ID]
		if !ok {
			t.Errorf("node %s imported, not in the documents", n.ID)
			continue
		}
		all := append([]string{n.Props["name"].(string)}, n.Props["aliases"].([]string)...)
		for _, name := range given {
			if !slices.Contains(all, name) {
				t.Errorf("node %s: name %q is neither its name nor an alias (%q)", n.ID, name, all)
			}
		}
		if min := slices.Min(given); n.Props["name"] != min {
			t.Errorf("node %s: name %q, want the smallest given, %q", n.ID, n.Props["name"], min)
		}
	}
	if len(seen) != len(own)+len(names) {
		t.Errorf("got %d nodes, want %d", len(seen), len(own)+len(names))
	}
}

func TestExportErrors(t *testing.T) {
	docs := readDocuments(t, trickyFile)

	t.Run("directory not empty", func(t *testing.T) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "x"), nil, 0o644)
		_, err := importer.NewExporter(dir, importer.ExportOptions{})
		if err == nil || !strings.Contains(err.Error(), "the directory is not empty (give a new or empty directory)") {
			t.Errorf("got error %v, want the directory refused", err)
		}
	})

	t.Run("an empty directory is used", func(t *testing.T) {
		dir := t.TempDir()
		e, err := importer.NewExporter(dir, importer.ExportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := e.Add(docs[0]); err != nil {
			t.Fatal(err)
		}
		if _, err := e.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(dir, "Article.csv")); err != nil {
			t.Error(err)
		}
	})

	t.Run("bad documents write nothing of themselves", func(t *testing.T) {
		parent := t.TempDir()
		dir := filepath.Join(parent, "out")
		e, err := importer.NewExporter(dir, importer.ExportOptions{ArrayDelimiter: ';'})
		if err != nil {
			t.Fatal(err)
		}
		if err := e.Add(docs[1]); err != nil {
			t.Fatal(err)
		}
		for _, tt := range []struct {
			doc  *graph.Document
			want string
		}{
			{docs[1], "article article:tricky-2 is already in the export (give each article once)"},
			{docs[0], `document article:tricky-1: Person person:pat-obrien: aliases item "semi;colon|pipe" holds the array delimiter ;; export with another --array-delimiter`},
			{&graph.Document{Article: graph.Article{ID: "x"}}, `invalid document x: article id "x" must look like "article:<id>"`},
		} {
			if err := e.Add(tt.doc); err == nil || err.Error() != tt.want {
				t.Errorf("got error %v, want %q", err, tt.want)
			}
		}
		if _, err := os.Stat(dir); err == nil {
			t.Errorf("%s exists before Close", dir)
		}
		st, err := e.Close()
		if err != nil {
			t.Fatal(err)
		}
		if st.Documents != 1 || st.Nodes[graph.LabelArticle] != 1 || st.Relationships[graph.RelStance] != 1 {
			t.Errorf("got %+v, want the second document only", st)
		}
		data, _ := os.ReadFile(filepath.Join(dir, "Article.csv"))
		if n := strings.Count(string(data), "\n"); n != 2 {
			t.Errorf("Article.csv has %d lines, want the header and one article:\n%s", n, data)
		}
	})

	t.Run("abort leaves nothing", func(t *testing.T) {
		parent := t.TempDir()
		e, err := importer.NewExporter(filepath.Join(parent, "out"), importer.ExportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if err := e.Add(docs[0]); err != nil {
			t.Fatal(err)
		}
		e.Abort()
		if left, _ := os.ReadDir(parent); len(left) != 0 {
			t.Errorf("left %v in %s", left, parent)
		}
	})
}
