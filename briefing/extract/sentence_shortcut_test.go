package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// trimSpan and isAbbreviation skip work for ASCII; they must agree with
// the rune-by-rune rules on texts that mix spaces of every kind,
// abbreviations, long words and runes beyond ASCII.
func TestSentenceShortcutsMatchRunes(t *testing.T) {
	pieces := []string{" ", "\t", "\v", "\f", "\r\n", "\u00a0", "\u0085", "\u2003", ".", "Gen", "gen", "U.S", "approx",
		"approx.", "soldiers", "thurs", "Thursday", "Ltd", "ſt", "Kelvin", "K", "é", "ÉTAT", "x", "abcdefghijklmnopqrstuvwxyz"}
	for a := range abbreviations {
		pieces = append(pieces, a)
	}
	rng := rand.New(rand.NewPCG(3, 9))
	for _, s := range randomTexts(rng, pieces, 3000, 5) {
		gs, ge := trimSpan(s, 0, len(s))
		ws := strings.TrimLeftFunc(s, unicode.IsSpace)
		ws = strings.TrimRightFunc(ws, unicode.IsSpace)
		if s[gs:ge] != ws {
			t.Errorf("trimSpan(%q) = %q, want %q", s, s[gs:ge], ws)
		}
		for dot := strings.IndexByte(s, '.'); dot >= 0; {
			if got, want := isAbbreviation(s, 0, dot), abbreviationByRunes(s, 0, dot); got != want {
				t.Errorf("isAbbreviation(%q, 0, %d) = %v, by runes %v", s, dot, got, want)
			}
			next := strings.IndexByte(s[dot+1:], '.')
			if next < 0 {
				break
			}
			dot += next + 1
		}
	}
}

// abbreviationByRunes is isAbbreviation without its shortcuts.
func abbreviationByRunes(text string, start, dot int) bool {
	w := dot
	for w > start {
		r, n := utf8.DecodeLastRuneInString(text[start:w])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		w -= n
	}
	word := text[w:dot]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(word)]
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
