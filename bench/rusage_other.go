//go:build !unix

package bench

import "os"

// peakRSS is 0: the peak memory of a child is known only on Unix.
func peakRSS(*os.ProcessState) int64 { return 0 }
