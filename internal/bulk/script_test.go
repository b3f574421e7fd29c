package bulk

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitStatements(t *testing.T) {
	script := `// Loads this export.
//
CREATE CONSTRAINT a_id IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;
CALL db.awaitIndexes(300);

LOAD CSV WITH HEADERS FROM 'file:///a;b.csv' AS row
CALL (row) {
  MERGE (n:A {id: row.id})
} IN TRANSACTIONS OF 10000 ROWS;
  // indented comment
RETURN 1`
	want := []string{
		"CREATE CONSTRAINT a_id IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
		"CALL db.awaitIndexes(300)",
		"LOAD CSV WITH HEADERS FROM 'file:///a;b.csv' AS row\nCALL (row) {\n  MERGE (n:A {id: row.id})\n} IN TRANSACTIONS OF 10000 ROWS",
		"RETURN 1",
	}
	if diff := cmp.Diff(want, SplitStatements(script)); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
}
