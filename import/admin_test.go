package importer_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	importer "github.com/newsgraph/newsgraph/import"
	"github.com/newsgraph/newsgraph/internal/localneo4j"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// The private scripts/neo4j.sh instance the neo4j-admin tests stop, import
// into and start again. It must not be the one NEO4J_URI names: the tests
// compare the two.
const (
	adminInstanceName = "csvimport"
	adminBoltPort     = "7690"
	adminHTTPPort     = "7477"
)

// adminInstance drives the instance through scripts/neo4j.sh.
type adminInstance struct {
	script string
	env    []string
}

// needAdmin returns the instance, skipping the test when scripts/neo4j.sh
// or Java is missing (failing it under CI=true) and under -short. It holds
// a lock on the instance until the test binary exits.
func needAdmin(t *testing.T) *adminInstance {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: the neo4j-admin tests stop and start a Neo4j instance")
	}
	missing := func(format string, args ...any) {
		t.Helper()
		if os.Getenv("CI") == "true" {
			t.Fatalf(format+" (CI=true: the neo4j-admin tests must run)", args...)
		}
		t.Skipf(format, args...)
	}
	root, err := repoRoot()
	if err != nil {
		missing("no repository root: %v", err)
	}
	script := filepath.Join(root, "scripts", "neo4j.sh")
	if _, err := os.Stat(script); err != nil {
		missing("no %s: %v", script, err)
	}
	if _, err := exec.LookPath("java"); err != nil && os.Getenv("JAVA_HOME") == "" {
		missing("no java to run neo4j-admin: %v", err)
	}
	lockInstance(t, adminInstanceName)
	env := append(os.Environ(),
		"NEWSGRAPH_NEO4J_INSTANCE="+adminInstanceName,
		"NEWSGRAPH_NEO4J_BOLT_PORT="+adminBoltPort,
		"NEWSGRAPH_NEO4J_HTTP_PORT="+adminHTTPPort,
		// The tricky documents hold backslashes before quotes: LOAD CSV
		// reads them as written only so (see load-csv.cypher).
		// TestLoadCSV runs the script on a server with the default.
		"NEWSGRAPH_NEO4J_EXTRA_CONF=dbms.import.csv.legacy_quote_escaping=false",
	)
	return &adminInstance{script: script, env: env}
}

// repoRoot walks up from the working directory to the folder with go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

var instanceLock *os.File // held until the test binary exits

// lockInstance serialises the test binaries that use the instance.
func lockInstance(t *testing.T, name string) {
	t.Helper()
	if instanceLock != nil {
		return
	}
	sum := sha256.Sum256([]byte("newsgraph-admin-instance\x00" + name))
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "newsgraph-instance-"+hex.EncodeToString(sum[:8])+".lock"), os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		t.Fatal(err)
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	instanceLock = f
}

// run runs scripts/neo4j.sh with args and returns its output.
func (a *adminInstance) run(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, a.script, args...)
	cmd.Env = a.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("scripts/neo4j.sh %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// vars returns the variables of `scripts/neo4j.sh env`.
func (a *adminInstance) vars(t *testing.T) map[string]string {
	t.Helper()
	return localneo4j.ParseEnv(a.run(t, "env"))
}

// open connects to the instance, which must be running.
func (a *adminInstance) open(t *testing.T) *graph.DB {
	t.Helper()
	vars := a.vars(t)
	pw, err := os.ReadFile(vars["NEO4J_PASSWORD_FILE"])
	if err != nil {
		t.Fatal(err)
	}
	cfg := graph.Config{URI: vars["NEO4J_URI"], Username: "neo4j", Password: strings.TrimSpace(string(pw)), Database: "neo4j"}
	if main := neo4jtest.Config(t); main.URI == cfg.URI {
		t.Fatalf("NEO4J_URI is %s, the instance the neo4j-admin test imports into: point it at another", cfg.URI)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(context.Background()) })
	return db
}

// TestAdminImport loads an export with the real neo4j-admin into the
// instance, and then with the LOAD CSV script into the same instance after
// a reset: both give the graph newsgraph load makes of the documents in the
// test database.
func TestAdminImport(t *testing.T) {
	inst := needAdmin(t)
	main := neo4jtest.Open(t)
	docs := realDocuments(t)
	want := loadDocuments(t, main, docs)
	dir, _ := export(t, docs, importer.ExportOptions{})

	t.Run("neo4j-admin", func(t *testing.T) {
		inst.run(t, "stop")
		cmd := exec.Command(filepath.Join(dir, "import.sh"), "neo4j", "--overwrite-destination")
		cmd.Env = append(inst.env, "NEO4J_ADMIN="+inst.script+" admin")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			t.Fatalf("import.sh: %v\n%s", err, out.String())
		}
		if !strings.Contains(out.String(), "IMPORT DONE") {
			t.Fatalf("import.sh did not say IMPORT DONE:\n%s", out.String())
		}
		inst.run(t, "start")
		db := inst.open(t)
		runScript(t, db, filepath.Join(dir, "after-import.cypher"))
		neo4jtest.CheckSummaries(t, db, "neo4j-admin import and after-import.cypher", true)
		if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
			t.Errorf("graph of neo4j-admin import differs from newsgraph load's (-load +neo4j-admin):\n%s", diff)
		}
	})

	t.Run("neo4j-admin with integer ids", func(t *testing.T) {
		dir, st := export(t, docs, importer.ExportOptions{IntegerIDs: true})
		if _, err := os.Stat(filepath.Join(dir, "load-csv.cypher")); err == nil {
			t.Errorf("an export with integer ids has a load-csv.cypher")
		}
		inst.run(t, "stop")
		cmd := exec.Command(inst.script, append([]string{"admin"}, st.AdminImportArgs("neo4j", importer.DefaultArrayDelimiter)...)...)
		cmd.Env = inst.env
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "IMPORT DONE") {
			t.Fatalf("neo4j-admin: %v\n%s", err, out)
		}
		inst.run(t, "start")
		db := inst.open(t)
		runScript(t, db, filepath.Join(dir, "after-import.cypher"))
		if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
			t.Errorf("graph of neo4j-admin import with integer ids differs from newsgraph load's (-load +neo4j-admin):\n%s", diff)
		}
	})

	t.Run("LOAD CSV", func(t *testing.T) {
		inst.run(t, "start") // no-op when running
		db := inst.open(t)
		neo4jtest.Reset(t, db)
		importDir := inst.vars(t)["NEWSGRAPH_NEO4J_IMPORT_DIR"]
		files, err := filepath.Glob(filepath.Join(dir, "*.csv"))
		if err != nil || len(files) == 0 {
			t.Fatalf("no CSV files in %s: %v", dir, err)
		}
		if err := os.MkdirAll(importDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(importDir, filepath.Base(f)), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		runScript(t, db, filepath.Join(dir, "load-csv.cypher"))
		if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
			t.Errorf("graph of LOAD CSV differs from newsgraph load's (-load +LOAD CSV):\n%s", diff)
		}
		neo4jtest.CheckSummaries(t, db, "load-csv.cypher", true)
		// Running it again changes nothing.
		runScript(t, db, filepath.Join(dir, "load-csv.cypher"))
		if diff := cmp.Diff(want, neo4jtest.MustSnapshot(t, db)); diff != "" {
			t.Errorf("running LOAD CSV twice changed the graph (-load +LOAD CSV):\n%s", diff)
		}
	})
	inst.run(t, "stop")
}
