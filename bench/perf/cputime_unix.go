//go:build unix

package perf

import (
	"syscall"
	"time"
)

// CPUTime returns the CPU time (user + system, every thread) the process
// has used so far, or 0 when the system does not say.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
