package extract

import (
	"slices"
	"testing"
)

// TestRoles5MarksAgree ties each mark markRoles5 sets to the check it
// gates, across the whole lexicon: a word the check reads without its mark
// would be skipped in a sentence that has no other marked word.
func TestRoles5MarksAgree(t *testing.T) {
	lexTableOnce.Do(buildLexTable) // the marks are set with the table
	for w, e := range numLexicon {
		tok := ntoken{kind: ntWord, lx: e}
		checks := []struct {
			name  string
			mark  lexMark
			reads bool
		}{
			{"complementWord", markComplement, complementWord(w) != ""},
			{"sentenceVerb", markSentenced, sentenceVerb("", tok)},
			{"projection's modal", markModal, w == "could" || w == "may" || w == "might"},
			{"thresholdQualifier", markThreshold, slices.Contains(thresholdVerbs, w) || slices.Contains(nearVerbs, w) || w == "past" || w == "beyond"},
		}
		for _, c := range checks {
			if got := e.marks&c.mark != 0; got != c.reads {
				t.Errorf("%q: %s reads it = %v, marked = %v", w, c.name, c.reads, got)
			}
		}
	}
	for _, w := range complementWords {
		if complementWord(w) == "" {
			t.Errorf("complementWords has %q, which complementWord does not read", w)
		}
	}
}
