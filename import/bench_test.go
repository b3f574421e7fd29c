package importer_test

import (
	"context"
	"path/filepath"
	"testing"

	importer "github.com/newsgraph/newsgraph/import"
)

// Loading the whole corpus (../shared/corpus, 8,419 articles extracted once
// to documents: 133,007 nodes and 478,145 relationships) into an empty
// database of the local Community server (scripts/neo4j.sh: 1 GB heap, 512
// MB page cache) on 2 busy vCPUs, by each route (seconds, two runs, the
// calmer first):
//
//	neo4j-admin (import.sh)                     80.5   112.1  (the tool's own count: 51.8 and 75.5)
//	  then after-import.cypher (cypher-shell)   82.1    59.7
//	LOAD CSV (cypher-shell -f load-csv.cypher) 159.7   400.1
//	newsgraph import DIR                       259.6   373.9
//	newsgraph load documents.jsonl             243.4   352.9
//
// All four gave the same graph (neo4jtest.Snapshot checksum). The export
// itself took 18 s (5 s of CPU) and at most 69 MB of memory; checking its
// files (newsgraph import --dry-run) 24 s (4.5 s of CPU) and 100 MB.

// BenchmarkExport exports real documents (43 articles: 40 of BASIL, the
// Meduza gold text and the two tricky ones) to a new directory.
func BenchmarkExport(b *testing.B) {
	docs := realDocuments(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dir := filepath.Join(b.TempDir(), "export")
		e, err := importer.NewExporter(dir, importer.ExportOptions{})
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			if err := e.Add(d); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := e.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkCheck checks the export of real documents (no database).
func BenchmarkCheck(b *testing.B) {
	dir, st := export(b, realDocuments(b), importer.ExportOptions{})
	var size int64
	for _, f := range st.Files {
		size += f.Bytes
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		plan, err := importer.Check(context.Background(), []string{dir}, nil, importer.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if n := plan.ProblemCount(); n > 0 {
			b.Fatalf("%d problems: %v", n, plan.Problems()[0])
		}
	}
}
