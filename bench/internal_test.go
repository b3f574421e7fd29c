package bench

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

func TestCountLines(t *testing.T) {
	long := make([]byte, 3<<20) // longer than the reader's buffer
	for i := range long {
		long[i] = 'x'
	}
	for _, tc := range []struct {
		name    string
		content string
		want    int
	}{
		{"empty", "", 0},
		{"no final newline", "a\nb", 2},
		{"blank lines", "a\n\n  \nb\n\n", 2},
		{"long line", "a\n" + string(long) + "\nb\n", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "f")
			if err := os.WriteFile(p, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			n, size, err := countLines(p)
			if err != nil {
				t.Fatal(err)
			}
			if n != tc.want || size != int64(len(tc.content)) {
				t.Errorf("got %d lines, %d bytes; want %d lines, %d bytes", n, size, tc.want, len(tc.content))
			}
		})
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 100000: "100,000", 1234567: "1,234,567", -4200: "-4,200"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestChildPeakRSS checks that a child's peak RSS is its own, not that of
// the bench: with vfork, the child's rusage starts from the parent's peak.
func TestChildPeakRSS(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc")
	}
	sleep, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("no sleep command")
	}
	big := make([]byte, 300<<20)
	for i := range big {
		big[i] = 1
	}
	u, err := child{name: sleep, args: []string{"0.3"}}.run(context.Background())
	runtime.KeepAlive(big)
	if err != nil {
		t.Fatal(err)
	}
	if u.PeakRSS <= 0 || u.PeakRSS > 50<<20 {
		t.Errorf("got peak RSS %d MB for sleep, want between 0 and 50 MB (the bench holds 300 MB)", u.PeakRSS>>20)
	}
}
