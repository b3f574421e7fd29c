package importer

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestAdminOptionsMultiline: neo4j-admin parses only the .multiline files
// the slow way (format v2) while they fit in one read buffer, and every
// file so (format v1) when one does not.
func TestAdminOptionsMultiline(t *testing.T) {
	files := func(multilineBytes int64) []ExportFile {
		return []ExportFile{
			{Name: "Claim.csv", Label: graph.LabelClaim, Bytes: 400 << 20},
			{Name: "Claim.multiline.csv", Label: graph.LabelClaim, Bytes: multilineBytes, Multiline: true},
			{Name: "WORKS_FOR.Person.Outlet.multiline.csv", Type: graph.RelWorksFor, Bytes: 1 << 10, Multiline: true},
		}
	}
	tests := []struct {
		name  string
		files []ExportFile
		want  string
	}{
		{"none", files(0)[:1], "--strict=true"},
		{"small", files(1 << 20), "--strict=true --multiline-fields-format=v2 --multiline-fields=/x/Claim.multiline.csv,/x/WORKS_FOR.Person.Outlet.multiline.csv"},
		{"at the limit", files(multilineV2MaxBytes), "--strict=true --multiline-fields-format=v2 --multiline-fields=/x/Claim.multiline.csv,/x/WORKS_FOR.Person.Outlet.multiline.csv"},
		{"too large", files(multilineV2MaxBytes + 1), "--strict=true --multiline-fields=true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(adminOptions(tt.files, "/x", DefaultArrayDelimiter, false), " ")
			if !strings.HasSuffix(got, tt.want) {
				t.Errorf("adminOptions = %q, want it to end with %q", got, tt.want)
			}
		})
	}
}
