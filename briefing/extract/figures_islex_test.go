package extract

import "testing"

// TestIsLexMatchesWord checks that comparing a token's lexicon entry, as
// the figure rules do for their commonest words, answers as comparing its
// word does, on every token of the benchmark article in several cases.
func TestIsLexMatchesWord(t *testing.T) {
	text := benchArticle + " OF Them WHOM Including among IN of-them in. These those which magnitude-level Category measuring on. Every EACH per."
	toks := ntokenize(text, 0, len(text), nil)
	lexTableOnce.Do(buildLexTable)
	for _, e := range []struct {
		w  string
		lx *numLex
	}{{"of", lexOf}, {"them", lexThem}, {"whom", lexWhom}, {"including", lexIncluding}, {"among", lexAmong}, {"in", lexIn}, {"the", lexThe}, {"these", lexThese}, {"those", lexThose}, {"which", lexWhich},
		{"magnitude", lexMagnitude}, {"level", lexLevel}, {"category", lexCategory}, {"on", lexOn}, {"measuring", lexMeasuring}, {"every", lexEvery}, {"each", lexEach}, {"per", lexPer}} {
		if e.lx == nil {
			t.Fatalf("the lexicon has no entry for %q", e.w)
		}
		n := 0
		for _, tok := range toks {
			if got, want := isLex(tok, e.lx), ntIsWord(tok, e.w); got != want {
				t.Errorf("isLex(%q, %q) = %v, ntIsWord = %v", ntText(text, tok), e.w, got, want)
			}
			if ntIsWord(tok, e.w) {
				n++
			}
		}
		if n == 0 {
			t.Errorf("no token of %q in the text", e.w)
		}
	}
}
