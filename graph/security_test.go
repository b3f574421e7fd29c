package graph_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// TestPasswordNotPrinted formats a Config and an open DB in every way fmt
// can: the password must never show.
func TestPasswordNotPrinted(t *testing.T) {
	cfg := graph.Config{URI: "bolt://127.0.0.1:7687", Username: "neo4j", Password: secret, Database: "neo4j"}
	db := neo4jtest.Open(t)
	real := neo4jtest.Config(t).Password
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q"} {
		for name, v := range map[string]any{"Config": cfg, "*Config": &cfg, "*DB": db} {
			got := fmt.Sprintf(verb, v)
			if strings.Contains(got, secret) || (len(real) >= 4 && strings.Contains(got, real)) {
				t.Errorf("fmt.Sprintf(%q, %s) = %q reveals the password", verb, name, got)
			}
		}
	}
}
