//go:build !unix

package input

import "time"

func cpuTime() time.Duration { return 0 }
