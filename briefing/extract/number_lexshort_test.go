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

// TestWordKeyMatchesBytes checks wordKey, which reads and tests a word
// eight bytes at a time, against the byte-by-byte key on random words of 0
// to 20 bytes, of letters in both cases mixed with "@", "[", "`", "{", "-",
// digits and bytes beyond ASCII, which make no key.
func TestWordKeyMatchesBytes(t *testing.T) {
	byteKey := func(w string) (lo, hi uint64, ok bool) {
		if len(w) == 0 || len(w) > 16 {
			return 0, 0, false
		}
		for k := 0; k < len(w); k++ {
			c := w[k]
			if !isLatinLetter(c) {
				return 0, 0, false
			}
			if k < 8 {
				lo |= uint64(c|0x20) << (8 * k)
			} else {
				hi |= uint64(c|0x20) << (8 * (k - 8))
			}
		}
		return lo, hi, true
	}
	alpha := "abcxyzABCXYZ@[`{-09\x80\xff"
	rng := rand.New(rand.NewPCG(7, 8))
	keys := 0
	for range 50000 {
		b := make([]byte, rng.IntN(21))
		for k := range b {
			if rng.IntN(8) == 0 {
				b[k] = alpha[rng.IntN(len(alpha))]
			} else {
				b[k] = alpha[rng.IntN(12)]
			}
		}
		w := string(b)
		lo, hi, ok := wordKey(w)
		wlo, whi, wok := byteKey(w)
		if lo != wlo || hi != whi || ok != wok {
			t.Fatalf("wordKey(%q) = %x %x %v, want %x %x %v", w, lo, hi, ok, wlo, whi, wok)
		}
		if ok {
			keys++
		}
	}
	if keys < 10000 {
		t.Fatalf("only %d words made a key", keys)
	}
}
