package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestScanLexWordMatchesLookup checks the tokenizer's one-pass word lookup
// against numScanWord and lookupNumLex on every lexicon word in three
// cases, cut short and run on into letters beyond ASCII, and on random
// strings of letters, marks and bytes beyond ASCII.
func TestScanLexWordMatchesLookup(t *testing.T) {
	check := func(s string) {
		t.Helper()
		for i := 0; i < len(s); i++ {
			if !isLatinLetter(s[i]) || i > 0 && isLatinLetter(s[i-1]) {
				continue
			}
			j, lx, ok := scanLexWord(s, i, len(s))
			want := numScanWord(s, i, len(s))
			if !ok {
				if j >= len(s) || s[j] < 0x80 {
					t.Fatalf("%q at %d: not ok before %d", s, i, j)
				}
				continue
			}
			if j != want || lx != lookupNumLex(s[i:want]) {
				t.Fatalf("%q at %d: end %d entry %v, want %d %v", s, i, j, lx, want, lookupNumLex(s[i:want]))
			}
		}
	}
	lexTableOnce.Do(buildLexTable)
	for w := range numLexicon {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "s", w[:len(w)/2], w + "é", w + "\u00a0x", w + "-" + w} {
			check(v)
			check(" " + v + ".")
		}
	}
	check(strings.Repeat("a", 24) + " " + strings.Repeat("b", 25) + " " + strings.Repeat("C", 23))
	r := rand.New(rand.NewPCG(1, 2))
	parts := []string{"a", "Z", "q", "é", "\u0301", " ", ".", "1", "\xff", "killed", "PEOPLE", "of", "ß", "-"}
	for range 4000 {
		var b strings.Builder
		for range r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		check(b.String())
	}
}

// TestSentenceMarksFree keeps the marks of figures_clause.go apart from
// those of number_lexicon.go, and checks that each gated check's words
// carry its mark: a sentence without a marked word skips the check.
func TestSentenceMarksFree(t *testing.T) {
	marks := []lexMark{markChangeFiller, markClauseBreak, markRoleStop, markNationality, markSupersede, markSeverity, markReturn, markBaseline}
	var all lexMark
	for _, m := range marks {
		if m == 0 || all&m != 0 {
			t.Fatalf("mark %08b is zero or shared (%08b so far)", m, all)
		}
		all |= m
	}
	for m, words := range map[lexMark]string{
		markSupersede: "initially originally previously earlier initial first previous",
		markSeverity:  "critically seriously severely badly gravely critical serious grave",
		markReturn:    "returned returning return gone went go",
		markBaseline:  "short down up",
	} {
		for _, w := range strings.Fields(words) {
			if lx := lookupNumLex(w); lx == nil || lx.marks&m == 0 {
				t.Errorf("%q lacks mark %08b", w, m)
			}
		}
	}
}
