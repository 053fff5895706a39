package extract

import (
	"math/rand/v2"
	"testing"
)

// TestDigitRuns checks the word-at-a-time count of digit runs
// against reading the text byte by byte, at every length and alignment:
// "6,000" and "1.5" are one run each, "6, 000" two.
func TestDigitRuns(t *testing.T) {
	slow := func(text string) int {
		digit := func(i int) bool { return i >= 0 && text[i] >= '0' && text[i] <= '9' }
		sep := func(i int) bool { return i >= 0 && (text[i] == ',' || text[i] == '.') }
		runs := 0
		for i := range len(text) {
			if digit(i) && !digit(i-1) && !(sep(i-1) && digit(i-2)) {
				runs++
			}
		}
		return runs
	}
	cases := []string{"", "7", "6,000 people", "1.5 and 6, 000", "a,1", ".5", "12345678,123", benchArticle}
	alphabet := "0123456789,. a-\xe2\x80\x94/:9"
	r := rand.New(rand.NewPCG(1, 2))
	for _, alphabet := range []string{alphabet, "abcdefgh ,.,.9"} { // digits dense and sparse
		for range 3000 {
			b := make([]byte, r.IntN(90))
			for i := range b {
				b[i] = alphabet[r.IntN(len(alphabet))]
			}
			cases = append(cases, string(b))
		}
	}
	for _, s := range cases {
		for off := 0; off < 8 && off <= len(s); off++ {
			if got, want := digitRuns(s[off:]), slow(s[off:]); got != want {
				t.Fatalf("digitRuns(%q) = %d, want %d", s[off:], got, want)
			}
		}
	}
	for s, want := range map[string]int{"6,000 people": 1, "1.5 and 6, 000": 3, "1,,2": 2, "": 0, "x9": 1} {
		if got := digitRuns(s); got != want {
			t.Errorf("digitRuns(%q) = %d, want %d", s, got, want)
		}
	}
}
