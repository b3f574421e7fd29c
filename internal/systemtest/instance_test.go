package systemtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/localneo4j"
)

// Exit codes of newsgraph (cmd/newsgraph/app.go).
const (
	exitOK         = 0
	exitFailure    = 1
	exitSomeFailed = 3
)

// newsgraphBin is the newsgraph command built by TestMain.
var newsgraphBin string

func TestMain(m *testing.M) {
	os.Exit(func() int {
		dir, err := os.MkdirTemp("", "newsgraph-systemtest-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		newsgraphBin = filepath.Join(dir, "newsgraph")
		cmd := exec.Command("go", "build", "-o", newsgraphBin, "github.com/newsgraph/newsgraph/cmd/newsgraph")
		if out, err := cmd.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "go build newsgraph: %v\n%s", err, out)
			return 1
		}
		code := m.Run()
		stopStarted()
		return code
	}())
}

// started are the instances this test binary started, stopped at its end
// so that no server outlives the tests (tests share one between them).
var started = map[string]*testInstance{}

func stopStarted() {
	for name, in := range started {
		cmd := exec.Command(in.script, "stop")
		cmd.Env = in.env
		if out, err := cmd.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "stop instance %s: %v\n%s", name, err, out)
		}
	}
}

// skipOrFail skips the test, or fails it under CI=true, where everything
// must run.
func skipOrFail(t *testing.T, format string, args ...any) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf(format+" (CI=true: not skipping)", args...)
	}
	t.Skipf(format, args...)
}

// repoRoot is the directory of go.mod above the working directory.
func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// testInstance is a Neo4j server of scripts/neo4j.sh of its own.
type testInstance struct {
	name    string
	env     []string // the environment of scripts/neo4j.sh for it
	script  string
	dir     string // the instance directory (data, logs, password)
	boltURI string
}

// newTestInstance describes instance name of scripts/neo4j.sh on the given
// ports with extra neo4j.conf lines, and takes its lock for the rest of the
// test; it does not start it. It skips the test (fails it under CI=true)
// when what scripts/neo4j.sh needs is missing, and in -short mode.
func newTestInstance(t *testing.T, name string, bolt, http int, extraConf string) *testInstance {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a Neo4j server of its own")
	}
	script := filepath.Join(repoRoot(t), "scripts", "neo4j.sh")
	if _, err := os.Stat(script); err != nil {
		skipOrFail(t, "no %s: %v", script, err)
	}
	for _, tool := range []string{"java", "mvn", "curl"} {
		if _, err := exec.LookPath(tool); err != nil {
			skipOrFail(t, "%s not found: scripts/neo4j.sh needs it", tool)
		}
	}
	lockInstance(t, name)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") && !strings.HasPrefix(kv, "NEWSGRAPH_NEO4J_") {
			env = append(env, kv)
		}
	}
	env = append(env,
		"NEWSGRAPH_NEO4J_INSTANCE="+name,
		"NEWSGRAPH_NEO4J_BOLT_PORT="+strconv.Itoa(bolt),
		"NEWSGRAPH_NEO4J_HTTP_PORT="+strconv.Itoa(http),
		"NEWSGRAPH_NEO4J_EXTRA_CONF="+extraConf)
	in := &testInstance{name: name, env: env, script: script}
	vars := in.envVars(t)
	in.boltURI = vars["NEO4J_URI"]
	in.dir = filepath.Dir(vars["NEO4J_PASSWORD_FILE"])
	return in
}

// lockInstance takes an exclusive lock on the instance name until the test
// ends, so that two test binaries (go test ./... in two checkouts, say) do
// not stop each other's server.
func lockInstance(t *testing.T, name string) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "newsgraph-systemtest-"+name+".lock"), os.O_RDWR|os.O_CREATE, 0o666)
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
		f.Close()
		t.Fatalf("lock instance %s: %v", name, err)
	}
	t.Cleanup(func() { f.Close() })
}

// run runs scripts/neo4j.sh with args for the instance.
func (in *testInstance) run(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, in.script, args...)
	cmd.Env = in.env
	out, err := cmd.Output()
	if err != nil {
		var stderr []byte
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			stderr = ee.Stderr
		}
		t.Fatalf("scripts/neo4j.sh %s for instance %s: %v\n%s", strings.Join(args, " "), in.name, err, stderr)
	}
	return string(out)
}

// envVars returns what `scripts/neo4j.sh env` exports.
func (in *testInstance) envVars(t *testing.T) map[string]string {
	t.Helper()
	return localneo4j.ParseEnv(in.run(t, "env"))
}

func (in *testInstance) start(t *testing.T) {
	t.Helper()
	in.run(t, "start")
	started[in.name] = in
}
func (in *testInstance) stop(t *testing.T) { t.Helper(); in.run(t, "stop") }

// kill crashes the server: SIGKILL, no shutdown.
func (in *testInstance) kill(t *testing.T) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(in.dir, "run", "neo4j.pid"))
	if err != nil {
		t.Fatalf("instance %s is not running: %v", in.name, err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	cmdline, _ := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if !strings.Contains(string(cmdline), "--home-dir="+in.dir) {
		t.Fatalf("pid %d is not the server of instance %s", pid, in.name)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	for syscall.Kill(pid, 0) == nil {
		time.Sleep(50 * time.Millisecond)
	}
}

// password is the instance's password.
func (in *testInstance) password(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(in.dir, "password"))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimRight(string(data), "\r\n")
}

// config is how to reach the instance.
func (in *testInstance) config(t *testing.T) graph.Config {
	t.Helper()
	return graph.Config{URI: in.boltURI, Username: "neo4j", Password: in.password(t), Database: "neo4j"}
}

// open connects to the instance; the connection is closed when the test
// ends.
func (in *testInstance) open(t *testing.T) *graph.DB {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	db, err := graph.Open(ctx, in.config(t))
	if err != nil {
		t.Fatalf("open instance %s: %v", in.name, err)
	}
	t.Cleanup(func() { db.Close(context.Background()) })
	return db
}

// cliEnv is the environment for a newsgraph process that uses the
// instance, the password coming from its file.
func (in *testInstance) cliEnv() []string {
	var env []string
	for _, kv := range in.env {
		if !strings.HasPrefix(kv, "NEWSGRAPH_NEO4J_") {
			env = append(env, kv)
		}
	}
	return append(env, "NEO4J_URI="+in.boltURI, "NEO4J_USERNAME=neo4j", "NEO4J_DATABASE=neo4j",
		"NEO4J_PASSWORD_FILE="+filepath.Join(in.dir, "password"))
}

// corpusDocuments extracts the articles of corpus.Sample(n) into a document
// file in dir and returns its path.
func corpusDocuments(t *testing.T, dir string, n int) string {
	t.Helper()
	if _, err := corpus.SharedDir(); err != nil {
		skipOrFail(t, "%v", err)
	}
	recs := corpus.Sample(t, n)
	articles := filepath.Join(dir, "articles.jsonl")
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(articles, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	docs := filepath.Join(dir, "docs.jsonl")
	if code, _, stderr := newsgraph(t, nil, "-q", "extract", "-o", docs, articles); code != exitOK {
		t.Fatalf("extract the corpus sample: exit code %d\n%s", code, stderr)
	}
	return docs
}

// newsgraph runs the command to its end with the environment env (nil: the
// test's) and returns its exit code, stdout and stderr.
func newsgraph(t *testing.T, env []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	p := start(t, env, args...)
	code, stderr = p.wait(t)
	return code, p.stdout.String(), stderr
}

// process is a running newsgraph command.
type process struct {
	cmd            *exec.Cmd
	stdout, stderr bytes.Buffer
	done           chan struct{}
	code           int
}

// start starts newsgraph with args and the environment env (nil: the
// test's; later values win). It is killed when the test ends.
func start(t *testing.T, env []string, args ...string) *process {
	t.Helper()
	p := &process{cmd: exec.Command(newsgraphBin, args...), done: make(chan struct{})}
	p.cmd.Env = env
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(p.done)
		p.cmd.Wait()
		p.code = p.cmd.ProcessState.ExitCode()
	}()
	t.Cleanup(func() {
		p.cmd.Process.Kill()
		<-p.done
	})
	return p
}

// wait waits for the process to end and returns its exit code and stderr.
func (p *process) wait(t *testing.T) (int, string) {
	t.Helper()
	select {
	case <-p.done:
	case <-time.After(15 * time.Minute):
		p.cmd.Process.Kill()
		<-p.done
		t.Fatalf("newsgraph %v did not end within 15 minutes; stderr:\n%s", p.cmd.Args[1:], p.stderr.String())
	}
	if strings.Contains(p.stderr.String(), "goroutine ") {
		t.Fatalf("newsgraph %v panicked:\n%s", p.cmd.Args[1:], p.stderr.String())
	}
	return p.code, p.stderr.String()
}
