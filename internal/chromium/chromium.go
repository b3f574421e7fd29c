// Package chromium drives a headless Chromium over the DevTools protocol
// for tests: find the binary (Find), start it with a page (Start), then
// navigate, evaluate JavaScript, type and take screenshots. It holds only
// the calls newsgraph's browser tests need.
package chromium

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/net/websocket"
)

// Chrome is a headless Chromium driven through the DevTools protocol, over
// one WebSocket to its page.
type Chrome struct {
	cmd  *exec.Cmd
	ws   *websocket.Conn
	mu   sync.Mutex
	next int64
	wait map[int64]chan cdpReply
	log  strings.Builder // Chromium's stderr, for failures
}

type cdpReply struct {
	result json.RawMessage
	err    error
}

// Find finds a Chromium or Chrome binary: $CHROMIUM, else one on the
// PATH. Without one the test skips, or fails under CI=true.
func Find(t testing.TB) string {
	t.Helper()
	if b := os.Getenv("CHROMIUM"); b != "" {
		return b
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	const msg = "no chromium on the PATH (apt-get install -y chromium, or set CHROMIUM)"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + ", and CI=true")
	}
	t.Skip(msg)
	return ""
}

// chromiumFlags keep a headless Chromium to itself: no sandbox (tests may
// run as root), no GPU, no calls home, a throw-away profile.
var chromiumFlags = []string{
	"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
	"--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
	"--disable-dev-shm-usage", "--disable-crash-reporter", "--disable-breakpad",
	"--remote-debugging-port=0", "--remote-allow-origins=*",
}

// Start starts Chromium and connects to its page. It is stopped when
// the test ends.
func Start(t testing.TB, bin string, width, height int) *Chrome {
	t.Helper()
	args := slices.Concat(chromiumFlags, []string{"--user-data-dir=" + t.TempDir(),
		fmt.Sprintf("--window-size=%d,%d", width, height), "about:blank"})
	c := &Chrome{cmd: exec.Command(bin, args...), wait: map[int64]chan cdpReply{}}
	stderr, err := c.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", bin, err)
	}
	t.Cleanup(c.close)
	devtools := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			c.mu.Lock()
			c.log.WriteString(line + "\n")
			c.mu.Unlock()
			if i := strings.Index(line, "ws://"); i >= 0 && strings.Contains(line, "DevTools listening") {
				devtools <- strings.TrimSpace(line[i:])
			}
		}
	}()
	var browserWS string
	select {
	case browserWS = <-devtools:
	case <-time.After(60 * time.Second):
		t.Fatalf("Chromium did not open its DevTools port in 60 s; its output:\n%s", c.output())
	}
	host := strings.TrimPrefix(browserWS, "ws://")
	host = host[:strings.Index(host, "/")]
	pageWS, err := pageTarget(host)
	if err != nil {
		t.Fatalf("find Chromium's page: %v", err)
	}
	cfg, err := websocket.NewConfig(pageWS, "http://127.0.0.1/")
	if err != nil {
		t.Fatal(err)
	}
	if c.ws, err = websocket.DialConfig(cfg); err != nil {
		t.Fatalf("connect to Chromium's page: %v", err)
	}
	c.ws.MaxPayloadBytes = 64 << 20 // screenshots
	go c.read()
	return c
}

func pageTarget(host string) (string, error) {
	resp, err := http.Get("http://" + host + "/json/list")
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var targets []struct{ Type, WebSocketDebuggerURL string }
	if err := json.NewDecoder(resp.Body).Decode(&targets); err != nil {
		return "", err
	}
	for _, t := range targets {
		if t.Type == "page" && t.WebSocketDebuggerURL != "" {
			return t.WebSocketDebuggerURL, nil
		}
	}
	return "", errors.New("no page target")
}

func (c *Chrome) output() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.log.String()
}

func (c *Chrome) read() {
	for {
		var msg struct {
			ID     int64           `json:"id"`
			Result json.RawMessage `json:"result"`
			Error  *struct {
				Message string `json:"message"`
			} `json:"error"`
		}
		if err := websocket.JSON.Receive(c.ws, &msg); err != nil {
			c.mu.Lock()
			for id, ch := range c.wait {
				ch <- cdpReply{err: fmt.Errorf("connection to Chromium closed: %w", err)}
				delete(c.wait, id)
			}
			c.mu.Unlock()
			return
		}
		if msg.ID == 0 {
			continue // an event
		}
		c.mu.Lock()
		ch := c.wait[msg.ID]
		delete(c.wait, msg.ID)
		c.mu.Unlock()
		if ch == nil {
			continue
		}
		r := cdpReply{result: msg.Result}
		if msg.Error != nil {
			r.err = errors.New(msg.Error.Message)
		}
		ch <- r
	}
}

// Call sends one DevTools command and decodes its result into out.
func (c *Chrome) Call(ctx context.Context, method string, params, out any) error {
	c.mu.Lock()
	c.next++
	id := c.next
	ch := make(chan cdpReply, 1)
	c.wait[id] = ch
	c.mu.Unlock()
	if params == nil {
		params = struct{}{}
	}
	if err := websocket.JSON.Send(c.ws, map[string]any{"id": id, "method": method, "params": params}); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case r := <-ch:
		if r.err != nil {
			return fmt.Errorf("%s: %w", method, r.err)
		}
		if out != nil {
			return json.Unmarshal(r.result, out)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// Eval evaluates a JavaScript expression in the page, awaiting a promise,
// and decodes its value into out (when not nil).
func (c *Chrome) Eval(ctx context.Context, expr string, out any) error {
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := c.Call(ctx, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}, &res)
	if err != nil {
		return err
	}
	if d := res.ExceptionDetails; d != nil {
		return fmt.Errorf("javascript %s: %s %s", expr, d.Text, d.Exception.Description)
	}
	if out != nil && len(res.Result.Value) > 0 {
		return json.Unmarshal(res.Result.Value, out)
	}
	return nil
}

// WaitFor polls a JavaScript condition until it holds or timeout passes.
func (c *Chrome) WaitFor(ctx context.Context, cond string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		var ok bool
		err := c.Eval(ctx, "!!("+cond+")", &ok)
		if err == nil && ok {
			return nil
		}
		if time.Now().After(deadline) {
			if err != nil {
				return fmt.Errorf("waiting for %s: %w", cond, err)
			}
			return fmt.Errorf("waited %s in vain for %s", timeout, cond)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// Screenshot saves the page as a PNG file.
func (c *Chrome) Screenshot(ctx context.Context, path string) error {
	var res struct {
		Data []byte `json:"data"`
	}
	if err := c.Call(ctx, "Page.captureScreenshot", map[string]any{"format": "png"}, &res); err != nil {
		return err
	}
	return os.WriteFile(path, res.Data, 0o644)
}

// close asks Chromium to quit, which ends its helper processes too, and
// kills it if it has not within 10 s.
func (c *Chrome) close() {
	if c.cmd.Process == nil {
		return
	}
	done := make(chan struct{})
	go func() { _ = c.cmd.Wait(); close(done) }()
	if c.ws != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = c.Call(ctx, "Browser.close", nil, nil)
		cancel()
		c.ws.Close()
	}
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = c.cmd.Process.Kill()
		<-done
	}
}
