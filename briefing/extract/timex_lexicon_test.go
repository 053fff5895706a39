package extract

import (
	"strings"
	"testing"
)

// TestTimexLexTable checks that the tokenizer's table finds a word's
// lexicon entry exactly when the lexicon's map does, in any case: every
// lexicon word, words one letter off, and the words of the samples.
func TestTimexLexTable(t *testing.T) {
	words := strings.Fields(benchArticle + " januar januaryy mondays MONDAY Fri aaaaaaaaaaaaaaaa sixteenlettersxx")
	for w := range timexLexIndex {
		words = append(words, w, strings.ToUpper(w), w+"s", w[:len(w)-1], "x"+w)
	}
	n := 0
	for _, w := range words {
		tokens := timexTokenize(nil, w, 0, len(w))
		for _, tk := range tokens {
			if tk.kind != ttWord {
				continue
			}
			word := w[tk.s:tk.e]
			want := int16(0)
			if len(word) <= 16 && !strings.ContainsFunc(word, func(r rune) bool { return r >= 0x80 }) {
				want = timexLexIndex[strings.ToLower(word)]
			}
			if tk.lx != want {
				t.Fatalf("word %q: lexicon entry %d, want %d", word, tk.lx, want)
			}
			if want != 0 {
				n++
			}
		}
	}
	if n < len(timexLexIndex) {
		t.Errorf("found %d lexicon words, want at least the %d of the lexicon", n, len(timexLexIndex))
	}
}
