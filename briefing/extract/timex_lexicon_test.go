package extract

import (
	"reflect"
	"strings"
	"testing"
)

// TestTimexLexTable checks that the tokenizer's table finds a word's
// lexicon entry exactly when the lexicon's map does, in any case: every
// lexicon word, words one letter off, and the words of the samples.
func TestTimexLexTable(t *testing.T) {
	words := strings.Fields(benchArticle + " januar januaryy mondays MONDAY Fri aaaaaaaaaaaaaaaa sixteenlettersxx Ünïcode décembre")
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
			var in *timexLexInfo
			if k, ok := timexLexIndex[word]; ok {
				in = &timexLexicon[k]
			}
			if got := lexiconInfo(word); got != in {
				t.Fatalf("lexiconInfo(%q) = %v, want %v", word, got, in)
			}
			if want != 0 {
				n++
			}
		}
	}
	for w, k := range timexLexIndex {
		if got := lexiconInfo(w); got != &timexLexicon[k] {
			t.Fatalf("lexiconInfo(%q) is not its entry", w)
		}
	}
	if n < len(timexLexIndex) {
		t.Errorf("found %d lexicon words, want at least the %d of the lexicon", n, len(timexLexIndex))
	}
}

// TestTimexStarts checks that skipping the words no rule starts at
// (timexLexInfo.starts) changes no expression: the texts are tagged with
// the flag as built and with every word marked, on the article, the
// sample briefings, and every lexicon word before each of a set of tails
// that complete an expression after a modifier or a leader.
func TestTimexStarts(t *testing.T) {
	texts := []string{benchArticle}
	for _, d := range txGoldTimelines(t) {
		texts = append(texts, d.body)
	}
	tails := []string{"2024", "of 2024", "three years", "June 2024", "the year", "-2024", "week",
		"last week", "on Monday", "hours of Monday", "than two months", "of the month", "'s 3 a.m.", "day"}
	for w := range timexLexIndex {
		for _, tail := range tails {
			texts = append(texts, "They left "+w+" "+tail+".", strings.ToUpper(w[:1])+w[1:]+" "+tail+" troops left.")
		}
	}
	tag := func() [][]taggedTimex {
		out := make([][]taggedTimex, len(texts))
		for i, s := range texts {
			out[i] = tagText(s, txFixturePublished)
		}
		return out
	}
	skipped := tag()
	saved := make([]bool, len(timexLexicon))
	for k := range timexLexicon {
		saved[k], timexLexicon[k].starts = timexLexicon[k].starts, true
	}
	all := tag()
	for k := range timexLexicon {
		timexLexicon[k].starts = saved[k]
	}
	for i := range texts {
		if !reflect.DeepEqual(skipped[i], all[i]) {
			t.Fatalf("tagging %q skips an expression:\n%+v\nwant\n%+v", texts[i], skipped[i], all[i])
		}
	}
	if n := len(texts); n < 1000 {
		t.Fatalf("only %d texts", n)
	}
}
