package gazetteer

import "testing"

func TestZZProbe(t *testing.T) {
	g := Default()
	for _, s := range []string{"Chinese President Xi Jinping said", "Xi Jinping"} {
		t.Log(s, scan(g, s))
	}
}
