package extract

import (
	"slices"
	"strings"
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

// TestMayBeParticiple checks that predicateVerb's prefilter passes every
// word participleWord takes: the lexicon's words, in three cases and with
// trailing marks, its own list, and words ending in letters beyond ASCII.
func TestMayBeParticiple(t *testing.T) {
	lexTableOnce.Do(buildLexTable)
	words := []string{"been", "fled", "shot", "hit", "held", "hurt", "left", "sent", "put", "found", "taken", "driven", "given", "seen",
		"killed", "KILLED", "Wounded,", "evacuated;", "airlifted,;", "ſhot", "KİLLED", "takeN", "", ",", "dead", "children", "rescued"}
	for w := range numLexicon {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+",")
	}
	taken := 0
	for _, w := range words {
		if participleWord(w) {
			taken++
			if !mayBeParticiple(w) {
				t.Errorf("participleWord takes %q, which mayBeParticiple drops", w)
			}
		}
	}
	if taken < 50 {
		t.Fatalf("only %d participles among the words: the test reads too few", taken)
	}
	for _, w := range []string{"people", "soldiers", "ago", "were", "wounded,s"} {
		if mayBeParticiple(w) {
			t.Errorf("mayBeParticiple passes %q: the prefilter filters nothing", w)
		}
	}
}
