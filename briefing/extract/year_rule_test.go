package extract

import "testing"

// TestRangeWordsInLexicon checks that every word that opens or joins a
// range has a lexicon entry: rangeYear reads a word by its entry, so a
// word without one would never open a range, in any case.
func TestRangeWordsInLexicon(t *testing.T) {
	lexTableOnce.Do(buildLexTable)
	for _, w := range yearRangeWords {
		if !rangeOpener(w) && !rangeJoiner(w) {
			t.Errorf("%q opens and joins no range", w)
		}
		for _, v := range []string{w, string(w[0]-'a'+'A') + w[1:]} {
			if e := lookupNumLex(v); e == nil || e.w != w {
				t.Errorf("lookupNumLex(%q) has no entry %q", v, w)
			}
		}
	}
}
