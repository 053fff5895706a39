package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// trimSpan skips decoding for ASCII; it must agree with unicode.IsSpace
// on texts that mix spaces of every kind, words and runes beyond ASCII.
// (TestIsAbbreviationMatchesRuneScan holds isAbbreviation's shortcuts.)
func TestTrimSpanMatchesIsSpace(t *testing.T) {
	pieces := []string{" ", "\t", "\v", "\f", "\r\n", "\u00a0", "\u0085", "\u2003", "\u3000", ".", "Gen.", "soldiers",
		"ſt", "K", "é", "ÉTAT", "x", "\xff"}
	rng := rand.New(rand.NewPCG(3, 9))
	for _, s := range randomTexts(rng, pieces, 3000, 5) {
		gs, ge := trimSpan(s, 0, len(s))
		ws := strings.TrimLeftFunc(s, unicode.IsSpace)
		ws = strings.TrimRightFunc(ws, unicode.IsSpace)
		if s[gs:ge] != ws {
			t.Errorf("trimSpan(%q) = %q, want %q", s, s[gs:ge], ws)
		}
	}
}

// rateAdverb's first-byte gate must let every adverb through.
func TestRateAdverbMatchesMap(t *testing.T) {
	for w := range rateAdverbs {
		if !rateAdverb(w) {
			t.Errorf("rateAdverb(%q) = false", w)
		}
	}
	for _, w := range []string{"", "y", "day", "dail", "annual", "lately", "weeks"} {
		if rateAdverb(w) != (rateAdverbs[w] != "") {
			t.Errorf("rateAdverb(%q) = %v", w, rateAdverb(w))
		}
	}
}
