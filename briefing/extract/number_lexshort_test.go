package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestLexShortMatchesLexicon checks the tables of words of letters (lex8,
// lex16) against the lexicon map: every lexicon word in three cases, cut short
// or run on, finds its own entry and no other, and random words of letters
// find what the string-keyed table (lexProbe) finds, as lookupNumLex
// did before those tables.
func TestLexShortMatchesLexicon(t *testing.T) {
	lexTableOnce.Do(buildLexTable)
	probe := func(w string) *numLex {
		if len(w) > 24 {
			return nil
		}
		low := []byte(w)
		h := uint32(2166136261)
		for k, c := range low {
			if c >= 0x80 {
				return nil
			}
			if 'A' <= c && c <= 'Z' {
				low[k] = c + 'a' - 'A'
			}
			h = (h ^ uint32(low[k])) * 16777619
		}
		return lexProbe(h, low)
	}
	check := func(w string) {
		t.Helper()
		want := probe(w)
		if got := lookupNumLex(w); got != want {
			t.Fatalf("lookupNumLex(%q) = %v, want %v", w, got, want)
		}
		if _, _, ok := wordKey(w); ok {
			// The word alone, within a longer text, and cut short by to.
			for _, text := range []string{w, w + " and more text", "x " + w + ", then"} {
				i := strings.Index(text, w)
				if j, got, ok := scanLexWord(text, i, i+len(w)); !ok || j != i+len(w) || got != want {
					t.Fatalf("scanLexWord(%q, %d) = %d %v %v, want %d %v", text, i, j, got, ok, i+len(w), want)
				}
			}
			for cut := 1; cut < len(w); cut++ {
				text := w + "abcdefghijklmnopq"
				if j, got, ok := scanLexWord(text, 0, cut); !ok || j != cut || got != probe(w[:cut]) {
					t.Fatalf("scanLexWord(%q, 0, %d) = %d %v %v, want %d %v", text, cut, j, got, ok, cut, probe(w[:cut]))
				}
			}
		}
	}
	short := 0
	for w, e := range numLexicon {
		if _, _, ok := wordKey(w); ok && w == strings.ToLower(w) {
			short++
			if got := lookupNumLex(w); got != e {
				t.Fatalf("lookupNumLex(%q) = %v, want its entry", w, got)
			}
		}
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "s", w[:len(w)/2], w[1:], "x" + w, w + w} {
			check(v)
		}
	}
	if short < 1000 {
		t.Fatalf("only %d lexicon words are letters only", short)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		b := make([]byte, 1+r.IntN(20))
		for k := range b {
			b[k] = "aeiostnrkldp"[r.IntN(12)] &^ byte(r.IntN(2)*0x20)
		}
		check(string(b))
	}
}
