package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Usage is what a child process used: wall time, CPU time (user + system
// of all its threads) and its peak resident set size in bytes (0 where the
// system does not say).
type Usage struct {
	Wall    time.Duration
	CPU     time.Duration
	PeakRSS int64
}

// child is one command the bench runs, with what it prints kept for
// messages.
type child struct {
	name string   // program
	args []string // arguments
	env  []string // added to the bench's own environment
	dir  string
	out  io.Writer // stdout; nil keeps it with stderr for messages
}

// run runs the command and returns its usage; a failure carries the last
// lines it printed.
func (c child) run(ctx context.Context) (Usage, error) {
	cmd := exec.CommandContext(ctx, c.name, c.args...)
	cmd.Env = append(os.Environ(), c.env...)
	cmd.Dir = c.dir
	var msgs tailBuffer
	cmd.Stderr = &msgs
	cmd.Stdout = &msgs
	if c.out != nil {
		cmd.Stdout = c.out
	}
	cmd.WaitDelay = 10 * time.Second
	start := time.Now()
	err := cmd.Run()
	u := Usage{Wall: time.Since(start)}
	if cmd.ProcessState != nil {
		u.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		u.PeakRSS = peakRSS(cmd.ProcessState)
	}
	if err != nil {
		if ctx.Err() != nil {
			return u, ctx.Err()
		}
		return u, fmt.Errorf("%s %s: %w\n%s", c.name, strings.Join(c.args, " "), err, msgs.tail())
	}
	return u, nil
}

// output runs the command and returns what it printed on stdout and stderr.
func (c child) output(ctx context.Context) (string, Usage, error) {
	var buf bytes.Buffer
	c.out = &buf
	u, err := c.run(ctx)
	return buf.String(), u, err
}

// tailBuffer keeps the last 8 KB written to it.
type tailBuffer struct{ b []byte }

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > 8<<10 {
		t.b = append(t.b[:0], t.b[len(t.b)-8<<10:]...)
	}
	return len(p), nil
}

// tail returns the last lines written, trimmed, for an error message.
func (t *tailBuffer) tail() string {
	s := strings.TrimSpace(string(t.b))
	lines := strings.Split(s, "\n")
	if len(lines) > 15 {
		lines = lines[len(lines)-15:]
	}
	return strings.Join(lines, "\n")
}
