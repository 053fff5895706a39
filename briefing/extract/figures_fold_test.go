package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestFoldEqMatchesEqualFold checks foldEq against strings.EqualFold on
// the words the key rules ask about, in every case and with the letters
// beyond ASCII that fold to ASCII ones ("ſ", the Kelvin sign).
func TestFoldEqMatchesEqualFold(t *testing.T) {
	targets := append([]string{"from", "identified", "young", "old", "age", "quarter", "s", "k", ""}, ceilingWords...)
	targets = append(targets, populationNouns...)
	alphabet := []string{"a", "e", "s", "k", "S", "K", "ſ", "\u212a", "d", "D", "é", "İ", "i", "\xff", "n", "N"}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, lower := range targets {
		words := []string{lower, strings.ToUpper(lower), lower + "s", strings.ReplaceAll(lower, "s", "ſ"), strings.ReplaceAll(lower, "k", "\u212a"), strings.TrimSuffix(lower, "d")}
		for range 2000 {
			var b strings.Builder
			for range rng.IntN(len(lower) + 3) {
				b.WriteString(alphabet[rng.IntN(len(alphabet))])
			}
			words = append(words, b.String())
			// the target with one letter changed or its case flipped
			if lower != "" {
				r := []byte(lower)
				i := rng.IntN(len(r))
				r[i] ^= 0x20
				words = append(words, string(r))
			}
		}
		for _, w := range words {
			if got, want := foldEq(w, lower), strings.EqualFold(w, lower); got != want {
				t.Errorf("foldEq(%q, %q) = %v, strings.EqualFold says %v", w, lower, got, want)
			}
		}
	}
}

// TestWordAtMatchesEqualFold checks wordAt, wordIn and lowerWord, which read a
// token's lexicon entry, against strings.EqualFold and strings.ToLower on
// the token's text, for every token of the benchmark article and of random
// texts of lexicon words in mixed case, with letters beyond ASCII.
func TestWordAtMatchesEqualFold(t *testing.T) {
	targets := append([]string{"from", "identified", "past", "last", "numbering", "number", "war", "escaped", "doubled", "people", "of", "the"}, ceilingWords...)
	targets = append(targets, populationNouns...)
	pieces := append([]string{" ", ", ", ". ", "ſ", "\u212a", "é", "İ", "-", "'", "12", "\n"}, targets...)
	texts := randomTexts(rand.New(rand.NewPCG(3, 4)), pieces, 300, 40)
	n := 0
	for _, text := range texts {
		for _, tok := range ntokenize(text, 0, len(text), nil) {
			w := text[tok.start:tok.end]
			if got, want := lowerWord(text, tok), strings.ToLower(w); got != want {
				t.Errorf("lowerWord(%q) = %q, strings.ToLower gives %q", w, got, want)
			}
			for _, set := range [][]string{ceilingWords, populationNouns, targets} {
				want := false
				for _, lower := range set {
					want = want || tok.kind == ntWord && strings.EqualFold(w, lower)
				}
				if got := wordIn(text, tok, set); got != want {
					t.Errorf("wordIn(%q, %q) = %v, strings.EqualFold says %v", w, set, got, want)
				}
			}
			for _, lower := range targets {
				if got, want := wordAt(text, tok, lower), tok.kind == ntWord && strings.EqualFold(w, lower); got != want {
					t.Errorf("wordAt(%q, %q) = %v, strings.EqualFold says %v", w, lower, got, want)
				}
				if tok.lx != nil && strings.EqualFold(w, lower) {
					n++
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("no token found its target through its lexicon entry")
	}
}

// TestFoldInMatchesEqualFold checks foldIn, which compares an ASCII word
// only with the lower-case ASCII words of its length, against
// strings.EqualFold: random words of ASCII letters in both cases, "ſ", the
// Kelvin sign, "é" and "@", against each lower-case ASCII one.
func TestFoldInMatchesEqualFold(t *testing.T) {
	pieces := []string{"s", "S", "k", "K", "a", "A", "ſ", "\u212a", "é", "@", "["}
	rng := rand.New(rand.NewPCG(11, 12))
	words := make([]string, 400)
	for i := range words {
		var b strings.Builder
		for range rng.IntN(5) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		words[i] = b.String()
	}
	equal := 0
	for _, w := range words {
		for _, x := range words {
			if !plainASCII(x) || strings.ToLower(x) != x {
				continue // foldIn's words are lower-case ASCII
			}
			want := strings.EqualFold(w, x)
			if got := foldIn(w, "zz", x); got != want {
				t.Fatalf("foldIn(%q, %q) = %v, strings.EqualFold gives %v", w, x, got, want)
			}
			if want && w != x {
				equal++
			}
		}
	}
	if equal < 200 {
		t.Fatalf("only %d pairs of different spellings fold together", equal)
	}
}

// randomTexts returns the benchmark article and n texts of words pieces
// drawn at random, each in upper case, capitalised or as given, some with
// a space after.
func randomTexts(rng *rand.Rand, pieces []string, n, words int) []string {
	texts := []string{benchArticle}
	for range n {
		var b strings.Builder
		for range words {
			p := pieces[rng.IntN(len(pieces))]
			switch rng.IntN(3) {
			case 0:
				p = strings.ToUpper(p)
			case 1:
				if p != "" {
					p = strings.ToUpper(p[:1]) + p[1:]
				}
			}
			b.WriteString(p)
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		texts = append(texts, b.String())
	}
	return texts
}
