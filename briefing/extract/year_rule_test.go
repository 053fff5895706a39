package extract

import (
	"slices"
	"testing"
	"time"
)

// TestRangeWordsInLexicon checks that every word that opens or joins a
// range has a lexicon entry: rangeYear reads a word by its entry, so a
// word without one would never open a range, in any case.
func TestRangeWordsInLexicon(t *testing.T) {
	lexTableOnce.Do(buildLexTable)
	for _, w := range append(slices.Clone(rangeOpeners), rangeJoiners...) {
		for _, v := range []string{w, string(w[0]-'a'+'A') + w[1:]} {
			if e := lookupNumLex(v); e == nil || e.w != w {
				t.Errorf("lookupNumLex(%q) has no entry %q", v, w)
			}
		}
	}
}

// TestYearBeforeItsNoun checks that a year before a noun a count never
// takes ("above 2015 figures", "below 2011 levels") is a year on both
// sides, after a qualifier too: a date for the tagger and no figure, so
// that it is never both. A count after a qualifier stays a count.
func TestYearBeforeItsNoun(t *testing.T) {
	dct := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text   string
		figure string // "" when the number is a year
	}{
		{"Prices stayed above 2015 figures in the north.", ""},
		{"Output is below 2011 levels, the agency said.", ""},
		{"More than 2000 people fled.", "More than 2000 people"},
		{"Some 1500 troops arrived.", "Some 1500 troops"},
	} {
		var figs []string
		for _, f := range Figures(c.text) {
			figs = append(figs, f.Text)
		}
		year := false
		for _, x := range Timexes(c.text, dct) {
			year = year || x.Type == TypeDate
		}
		switch {
		case c.figure == "" && (len(figs) > 0 || !year):
			t.Errorf("%q: figures %q, a date %v; want a year and no figure", c.text, figs, year)
		case c.figure != "" && (len(figs) != 1 || figs[0] != c.figure || year):
			t.Errorf("%q: figures %q, a date %v; want only the figure %q", c.text, figs, year, c.figure)
		}
	}
}
