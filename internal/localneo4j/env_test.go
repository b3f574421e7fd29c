package localneo4j

import (
	"os/exec"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestParseEnv reads what bash's printf %q writes, for awkward paths too.
func TestParseEnv(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	want := map[string]string{
		"NEO4J_URI":           "bolt://127.0.0.1:7687",
		"NEO4J_PASSWORD_FILE": "/home/a user/it's here/password",
		"NEO4J_DATABASE":      "neo4j",
	}
	out, err := exec.Command("bash", "-c", `
printf 'export NEO4J_URI=%q\n' "bolt://127.0.0.1:7687"
printf 'export NEO4J_PASSWORD_FILE=%q\n' "/home/a user/it's here/password"
printf 'export NEO4J_DATABASE=neo4j\n'
echo 'not an export line'`).Output()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, ParseEnv(string(out))); diff != "" {
		t.Errorf("ParseEnv (-want +got):\n%s\n%s", diff, out)
	}
}
