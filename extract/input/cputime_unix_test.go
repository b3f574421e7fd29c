//go:build unix

package input

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user+system) the process has used; benchmarks
// report it besides wall time, which other load on the machine inflates.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
