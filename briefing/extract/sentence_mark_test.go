package extract

import (
	"math/rand"
	"testing"
)

// TestMarkFinderMatchesBytes checks markFinder against a byte-by-byte
// scan, from offsets that step forward by 0 to 3 bytes (Sentences asks at
// offsets that never decrease), through random texts dense in line
// breaks, stops, NULs and bytes beyond ASCII.
func TestMarkFinderMatchesBytes(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	alpha := []byte("ab .!?\n\x00\xff\x80,-")
	checked := 0
	for n := 0; n < 20000; n++ {
		b := make([]byte, r.Intn(40))
		for k := range b {
			if r.Intn(3) == 0 {
				b[k] = byte(r.Intn(256))
			} else {
				b[k] = alpha[r.Intn(len(alpha))]
			}
		}
		s := string(b)
		m := newMarkFinder(s)
		for i := 0; i <= len(s); i += r.Intn(4) {
			want := i
			for want < len(s) && !sentenceMark[s[want]] {
				want++
			}
			if got := m.next(i); got != want {
				t.Fatalf("markFinder.next(%q, %d) = %d, want %d", s, i, got, want)
			}
			checked++
		}
	}
	if checked < 100000 {
		t.Fatalf("checked only %d offsets", checked)
	}
}
