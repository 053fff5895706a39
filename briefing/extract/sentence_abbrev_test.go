package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestIsAbbreviationMatchesRuneScan checks isAbbreviation, which reads
// ASCII a byte at a time and lower-cases on the stack, against a scan of
// runes that lower-cases with strings.ToLower, at every stop of random
// texts of abbreviations in mixed case, initials, letters beyond ASCII and
// long words.
func TestIsAbbreviationMatchesRuneScan(t *testing.T) {
	ref := func(text string, start, dot int) bool {
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
	parts := []string{"Gen", "gen", "U.S", "u.n", "APPROX", "Sept", "St", "é", "É", "İ", "K", "x", " ", ".", ",", "(", "Kelvin", "aBcDeFgHiJkLmNoPqRsT", "1", "\xff"}
	r := rand.New(rand.NewPCG(5, 6))
	hits := 0
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		b.WriteString(".")
		text := b.String()
		for dot := 0; dot < len(text); dot++ {
			if text[dot] != '.' {
				continue
			}
			for _, start := range []int{0, dot / 2} {
				got, want := isAbbreviation(text, start, dot), ref(text, start, dot)
				if got != want {
					t.Fatalf("isAbbreviation(%q, %d, %d) = %v, want %v", text, start, dot, got, want)
				}
				if got {
					hits++
				}
			}
		}
	}
	if hits < 1000 {
		t.Fatalf("only %d stops follow an abbreviation", hits)
	}
}
