package queries

import (
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 20; i++ {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	for _, tc := range []struct {
		p    int
		in   []time.Duration
		want time.Duration
	}{
		{50, d, 10 * time.Millisecond},
		{95, d, 19 * time.Millisecond},
		{100, d, 20 * time.Millisecond},
		{95, d[:1], time.Millisecond},
		{50, d[:3], 2 * time.Millisecond},
	} {
		if got := Percentile(tc.in, tc.p); got != tc.want {
			t.Errorf("Percentile(%d of %d) = %v, want %v", tc.p, len(tc.in), got, tc.want)
		}
	}
}
