package importer_test

import (
	"context"
	"path/filepath"
	"testing"

	importer "github.com/newsgraph/newsgraph/import"
)

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
