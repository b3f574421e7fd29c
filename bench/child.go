package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
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
	// errOut also gets what the command prints on stderr; nil for
	// nothing.
	errOut io.Writer
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
	if c.errOut != nil {
		cmd.Stderr = io.MultiWriter(&msgs, c.errOut)
	}
	cmd.WaitDelay = 10 * time.Second
	start := time.Now()
	err := cmd.Start()
	var hwm *hwmWatch
	if err == nil {
		hwm = watchHWM(cmd.Process.Pid)
		err = cmd.Wait()
	}
	u := Usage{Wall: time.Since(start)}
	if cmd.ProcessState != nil {
		u.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		u.PeakRSS = peakRSS(cmd.ProcessState)
	}
	if hwm != nil {
		if peak := hwm.stop(); peak > 0 {
			u.PeakRSS = peak
		}
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

// hwmWatch follows the peak resident set size of a running process in
// /proc/PID/status (VmHWM). The child's rusage cannot be trusted for it on
// Linux: Go starts children with vfork, and exec then records the parent's
// own peak as the child's starting maximum, so a child of a big parent
// would report the parent's peak.
type hwmWatch struct {
	done chan struct{}
	peak chan int64
}

func watchHWM(pid int) *hwmWatch {
	path := fmt.Sprintf("/proc/%d/status", pid)
	if _, err := os.Stat(path); err != nil {
		return nil // no /proc: rely on rusage
	}
	w := &hwmWatch{done: make(chan struct{}), peak: make(chan int64, 1)}
	go func() {
		var peak int64
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			if v := readHWM(path); v > peak {
				peak = v
			}
			select {
			case <-w.done:
				w.peak <- peak
				return
			case <-tick.C:
			}
		}
	}()
	return w
}

// stop ends the watch and returns the highest VmHWM seen, in bytes.
func (w *hwmWatch) stop() int64 {
	close(w.done)
	return <-w.peak
}

// readHWM reads VmHWM from a /proc/PID/status file, in bytes; 0 when the
// process is gone.
func readHWM(path string) int64 {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) == 2 && f[1] == "kB" {
				if kb, err := strconv.ParseInt(f[0], 10, 64); err == nil {
					return kb * 1024
				}
			}
		}
	}
	return 0
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
