package extract

import (
	"math/rand"
	"testing"
)

// TestNextSentenceMarkMatchesBytes checks the eight-byte skip of
// nextSentenceMark against a byte-by-byte scan, from every offset of random
// texts dense in line breaks, stops, NULs and bytes beyond ASCII.
func TestNextSentenceMarkMatchesBytes(t *testing.T) {
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
		for i := 0; i <= len(s); i++ {
			want := i
			for want < len(s) && !sentenceMark[s[want]] {
				want++
			}
			if got := nextSentenceMark(s, i); got != want {
				t.Fatalf("nextSentenceMark(%q, %d) = %d, want %d", s, i, got, want)
			}
			checked++
		}
	}
	if checked < 200000 {
		t.Fatalf("checked only %d offsets", checked)
	}
}
