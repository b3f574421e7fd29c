//go:build !unix

package perf

import "time"

// CPUTime returns 0: the CPU time of the process is known only on Unix.
func CPUTime() time.Duration { return 0 }
