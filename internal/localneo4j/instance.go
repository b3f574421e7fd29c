package localneo4j

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// Instance is a local server that scripts/neo4j.sh runs, and so that
// newsgraph may stop, start and run neo4j-admin on: the script, started,
// saves how in the instance's run/control.env (the script's path and the
// settings it ran with), which its commands are run under again.
type Instance struct {
	Name     string // NEWSGRAPH_NEO4J_INSTANCE
	Dir      string // the instance's directory under StateRoot
	BoltPort int
	// DataDir holds the instance's databases.
	DataDir string
	// Script is the path of the scripts/neo4j.sh that started it.
	Script  string
	control string // path of run/control.env
}

// StateRoot is where scripts/neo4j.sh keeps its instances:
// $XDG_STATE_HOME/newsgraph/neo4j, by default ~/.local/state/newsgraph/neo4j.
func StateRoot() string {
	state := os.Getenv("XDG_STATE_HOME")
	if state == "" {
		home, _ := os.UserHomeDir()
		state = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(state, "newsgraph", "neo4j")
}

// Find returns the running instance of scripts/neo4j.sh under root
// (StateRoot) that serves uri: a bolt:// or neo4j:// URI to 127.0.0.1,
// localhost or ::1 whose port is the instance's Bolt port. It returns nil,
// and why, when uri is no such server: newsgraph then does not manage it.
func Find(root, uri string) (inst *Instance, why string, err error) {
	u, err := url.Parse(uri)
	if err != nil {
		return nil, "", fmt.Errorf("read URI %q: %w", uri, err)
	}
	switch u.Scheme {
	case "bolt", "neo4j":
	default:
		return nil, fmt.Sprintf("%s:// is not a local server's scheme", u.Scheme), nil
	}
	host, port := u.Hostname(), u.Port()
	if port == "" {
		port = "7687"
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Sprintf("%s is not this machine", host), nil
	}
	entries, err := os.ReadDir(root)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, "no local instance of scripts/neo4j.sh exists", nil
	}
	if err != nil {
		return nil, "", fmt.Errorf("find the local server: %w", err)
	}
	why = fmt.Sprintf("no running instance of scripts/neo4j.sh serves port %s", port)
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join(root, e.Name())
		control := filepath.Join(dir, "run", "control.env")
		data, err := os.ReadFile(control)
		if err != nil {
			// Started by a script that does not save how, or never.
			if ports, err := os.ReadFile(filepath.Join(dir, "ports")); err == nil &&
				ParseEnv(strings.ReplaceAll("\n"+string(ports), "\n", "\nexport "))["BOLT_PORT"] == port && running(dir) {
				why = fmt.Sprintf("instance %s, which serves port %s, was started by a scripts/neo4j.sh that does not say how (restart it with this one)", e.Name(), port)
			}
			continue
		}
		vars := ParseEnv(string(data))
		if vars["NEWSGRAPH_NEO4J_BOLT_PORT"] != port || !running(dir) {
			continue
		}
		bolt, _ := strconv.Atoi(port)
		return &Instance{
			Name:     vars["NEWSGRAPH_NEO4J_INSTANCE"],
			Dir:      dir,
			BoltPort: bolt,
			DataDir:  vars["NEWSGRAPH_NEO4J_DATA_DIR"],
			Script:   vars["NEWSGRAPH_NEO4J_SCRIPT"],
			control:  control,
		}, "", nil
	}
	return nil, why, nil
}

// running reports whether the instance in dir runs: the process of its
// pid file is alive and is its server (as scripts/neo4j.sh checks).
func running(dir string) bool {
	pid, err := os.ReadFile(filepath.Join(dir, "run", "neo4j.pid"))
	if err != nil {
		return false
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(pid)))
	if err != nil || n <= 0 {
		return false
	}
	cmdline, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(n), "cmdline"))
	if err != nil {
		return false
	}
	for _, arg := range bytes.Split(cmdline, []byte{0}) {
		if string(arg) == "--home-dir="+dir {
			return true
		}
	}
	return false
}

// Running reports whether the instance's server runs.
func (in *Instance) Running() bool { return running(in.Dir) }

// Stop stops the server and waits until it has.
func (in *Instance) Stop(ctx context.Context) error {
	_, err := in.run(ctx, "stop")
	return err
}

// Start starts the server and waits until it answers.
func (in *Instance) Start(ctx context.Context) error {
	_, err := in.run(ctx, "start")
	return err
}

// Admin runs neo4j-admin with args on the instance (the server stopped, for
// an import) and returns what it printed.
func (in *Instance) Admin(ctx context.Context, args ...string) (string, error) {
	return in.run(ctx, append([]string{"admin"}, args...)...)
}

// run runs a command of the script under the settings the instance was
// started with, and returns its output (stdout and stderr).
func (in *Instance) run(ctx context.Context, args ...string) (string, error) {
	// The settings come from control.env alone: the caller's
	// NEWSGRAPH_NEO4J_* variables may be another instance's.
	env := make([]string, 0, len(os.Environ()))
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEWSGRAPH_NEO4J_") && !strings.HasPrefix(kv, "NEO4J_") {
			env = append(env, kv)
		}
	}
	script := `. "$1" && shift && exec bash "$NEWSGRAPH_NEO4J_SCRIPT" "$@"`
	cmd := exec.CommandContext(ctx, "bash", append([]string{"-c", script, "neo4j.sh", in.control}, args...)...)
	cmd.Env = env
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return out.String(), fmt.Errorf("scripts/neo4j.sh %s (instance %s): %w: %s", args[0], in.Name, err, lastLines(out.String(), 10))
	}
	return out.String(), nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
