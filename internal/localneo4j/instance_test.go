package localneo4j

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// fakeInstance makes an instance directory under root as scripts/neo4j.sh
// leaves it, its server a process whose command line names the directory
// as the server's does, when running is set.
func fakeInstance(t *testing.T, root, name, bolt string, running bool) string {
	t.Helper()
	dir := filepath.Join(root, name)
	if err := os.MkdirAll(filepath.Join(dir, "run"), 0o755); err != nil {
		t.Fatal(err)
	}
	env := "export NEWSGRAPH_NEO4J_SCRIPT=/repo/scripts/neo4j.sh\n" +
		"export NEWSGRAPH_NEO4J_INSTANCE=" + name + "\n" +
		"export NEWSGRAPH_NEO4J_BOLT_PORT=" + bolt + "\n" +
		"export NEWSGRAPH_NEO4J_DATA_DIR=" + dir + "/data\n"
	if err := os.WriteFile(filepath.Join(dir, "run", "control.env"), []byte(env), 0o644); err != nil {
		t.Fatal(err)
	}
	pid := 999999999 // no such process
	if running {
		// bash waits, in its builtin read, on a pipe that stays open: one
		// process (no child), whose command line holds the flag.
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("bash", "-c", "read -t 60 -u 3", "--home-dir="+dir)
		cmd.ExtraFiles = []*os.File{r}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		r.Close()
		t.Cleanup(func() {
			cmd.Process.Kill()
			cmd.Wait()
			w.Close()
		})
		pid = cmd.Process.Pid
	}
	if err := os.WriteFile(filepath.Join(dir, "run", "neo4j.pid"), []byte(strconv.Itoa(pid)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	dir := fakeInstance(t, root, "mine", "7771", true)
	fakeInstance(t, root, "stopped", "7772", false)
	old := fakeInstance(t, root, "old", "7774", true) // started by a script that did not save how
	if err := os.Remove(filepath.Join(old, "run", "control.env")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(old, "ports"), []byte("BOLT_PORT=7774\nHTTP_PORT=7575\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name    string
		uri     string
		wantDir string
		wantWhy string
	}{
		{"bolt, 127.0.0.1", "bolt://127.0.0.1:7771", dir, ""},
		{"neo4j, localhost", "neo4j://localhost:7771", dir, ""},
		{"ipv6 loopback", "bolt://[::1]:7771", dir, ""},
		{"another port", "bolt://127.0.0.1:7773", "", "no running instance of scripts/neo4j.sh serves port 7773"},
		{"stopped instance", "bolt://127.0.0.1:7772", "", "no running instance of scripts/neo4j.sh serves port 7772"},
		{"default port", "bolt://localhost", "", "no running instance of scripts/neo4j.sh serves port 7687"},
		{"instance of an older script", "bolt://127.0.0.1:7774", "",
			"instance old, which serves port 7774, was started by a scripts/neo4j.sh that does not say how (restart it with this one)"},
		{"remote host", "bolt://db.example.com:7771", "", "db.example.com is not this machine"},
		{"TLS scheme", "bolt+s://127.0.0.1:7771", "", "bolt+s:// is not a local server's scheme"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			inst, why, err := Find(root, tt.uri)
			if err != nil {
				t.Fatal(err)
			}
			gotDir := ""
			if inst != nil {
				gotDir = inst.Dir
				if inst.Name != "mine" || inst.BoltPort != 7771 || inst.Script != "/repo/scripts/neo4j.sh" || inst.DataDir != dir+"/data" {
					t.Errorf("got %+v", inst)
				}
			}
			if gotDir != tt.wantDir || why != tt.wantWhy {
				t.Errorf("Find(%q) = dir %q, why %q; want %q, %q", tt.uri, gotDir, why, tt.wantDir, tt.wantWhy)
			}
		})
	}
	if _, why, err := Find(filepath.Join(root, "none"), "bolt://127.0.0.1:7771"); err != nil || why != "no local instance of scripts/neo4j.sh exists" {
		t.Errorf("Find under a missing root: why %q, err %v", why, err)
	}
}
