// Package perf holds what the per-stage extraction benchmarks share: the
// process's CPU time, and a loop that reports a stage's throughput in
// articles and megabytes per second of wall time and per second of CPU time.
//
// The development machine is shared and often busy, so wall-time figures
// (ns/op, MB/s, articles/s) vary with the load of others; CPU time (user +
// system of every thread of the process, the garbage collector's included)
// does not, and articles/cpu-s is the figure behind the per-core throughput
// target. Run, for example:
//
//	go test ./extract/... -run '^$' -bench Stage -benchtime 2s
package perf

import (
	"testing"
	"time"
)

// Stage benchmarks one extraction stage over n prepared inputs whose
// article texts total size bytes: b.N times it calls run on the next
// input, cycling. It reports allocations, MB/s of article text (through
// b.SetBytes), articles/s, and per CPU-second articles/cpu-s and
// MB/cpu-s.
func Stage(b *testing.B, n int, size int64, run func(i int)) {
	b.Helper()
	if n == 0 {
		b.Fatal("no inputs")
	}
	b.SetBytes(size / int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := CPUTime()
	for i := 0; i < b.N; i++ {
		run(i % n)
	}
	b.StopTimer()
	report(b, CPUTime()-cpu0, b.N, size/int64(n))
}

// StageWithSetup is Stage for a stage that changes its input, so that each
// call needs a fresh one: setup(i) makes it with the timer (and the CPU
// clock) stopped, run(i) is timed. Stopping the timer costs a little on
// every call, so use Stage when the input can be reused.
func StageWithSetup(b *testing.B, n int, size int64, setup, run func(i int)) {
	b.Helper()
	if n == 0 {
		b.Fatal("no inputs")
	}
	b.SetBytes(size / int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		setup(i % n)
		b.StartTimer()
		c0 := CPUTime()
		run(i % n)
		cpu += CPUTime() - c0
	}
	b.StopTimer()
	report(b, cpu, b.N, size/int64(n))
}

func report(b *testing.B, cpu time.Duration, ops int, bytesPerOp int64) {
	if secs := b.Elapsed().Seconds(); secs > 0 {
		b.ReportMetric(float64(ops)/secs, "articles/s")
	}
	if cpu > 0 {
		b.ReportMetric(float64(ops)/cpu.Seconds(), "articles/cpu-s")
		b.ReportMetric(float64(ops)*float64(bytesPerOp)/cpu.Seconds()/1e6, "MB/cpu-s")
	}
}
