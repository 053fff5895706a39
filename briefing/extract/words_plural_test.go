package extract

import (
	"strings"
	"testing"
)

// TestPluralTokenMatchesPlural checks that taking a word's entry from its
// token, or an entry's own word, answers as plural does by looking the
// word up: on every token of the benchmark article and of every lexicon
// word in three cases, and on every entry the lookup finds.
func TestPluralTokenMatchesPlural(t *testing.T) {
	var b strings.Builder
	b.WriteString(benchArticle + " F-16s MiG-29s MPs Somalis crisis ßs naïves police")
	lexTableOnce.Do(buildLexTable)
	for w := range numLexicon {
		b.WriteString(" " + w + " " + strings.ToUpper(w) + " " + strings.ToUpper(w[:1]) + w[1:] + "s")
	}
	text := b.String()
	plurals := 0
	for _, tk := range ntokenize(text, 0, len(text), nil) {
		w := ntText(text, tk)
		if got, want := pluralToken(text, tk), plural(w); got != want {
			t.Fatalf("pluralToken(%q) = %v, plural = %v", w, got, want)
		}
		if plural(w) {
			plurals++
		}
	}
	if plurals < 100 {
		t.Fatalf("only %d plural tokens", plurals)
	}
	for w, e := range numLexicon {
		if lookupNumLex(w) == e && pluralOf(e.w, e) != plural(e.w) {
			t.Fatalf("pluralOf(%q, its entry) = %v, plural = %v", w, pluralOf(e.w, e), plural(e.w))
		}
	}
}
