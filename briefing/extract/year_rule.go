package extract

import (
	"slices"
	"strconv"
)

// The figure reader and the date tagger ask the same questions of a
// four-digit number — is the word before it one that makes it a year, and
// is it an end of a span of years rather than of a range of counts — so
// that a number is never both a year on the timeline and, by another rule,
// a count among the figures ("Prices rose from 1500 to 2000": two counts).

// yearSpan reports whether a range of four-digit numbers from a to b
// ("from 2019 to 2021", "between 1990 and 2020") is a span of years: both
// ends are years of modern history and the span runs forward. "from 1500
// to 2000" and "fell from 2000 to 1800" are ranges of counts.
func yearSpan(a, b int) bool {
	return a >= 1800 && b <= 2100 && a < b
}

// yearNouns are nouns a year modifies but a count never does: "better
// than 2011 levels", "above 2019 figures", "the worst since 2011 famine"
// ("2011 levels" are not two thousand and eleven levels). The date tagger
// and the figure reader both read them (plausibleYear, exYear).
var yearNouns = map[string]bool{"levels": true, "level": true, "figures": true, "highs": true, "lows": true,
	"peak": true, "peaks": true, "famine": true, "drought": true, "census": true, "estimates": true,
	"baseline": true, "standards": true, "averages": true}

// rangeOpeners and rangeJoiners are the words that open and join a range
// of two numbers: "from … to", "between … and". rangeYear reads them by
// their lexicon entries (TestRangeWordsInLexicon).
var (
	rangeOpeners = []string{"from", "between"}
	rangeJoiners = []string{"to", "and", "through"}
)

// rangeOpener and rangeJoiner report whether w opens or joins a range.
func rangeOpener(w string) bool { return slices.Contains(rangeOpeners, w) }
func rangeJoiner(w string) bool { return slices.Contains(rangeJoiners, w) }

// rangeYear reads the number token k as an end of a range of two
// four-digit numbers ("from 2019 to 2021", "between 1500 and 2000") and
// reports whether it is a year; ok is false when k ends no such range.
func rangeYear(text string, toks []ntoken, k int) (year, ok bool) {
	// A word is read by its lexicon entry, its lower case, without
	// lower-casing its text: the words of a range are all in the lexicon,
	// so a word without an entry is none of them.
	word := func(i int) string {
		if i < 0 || i >= len(toks) || toks[i].kind != ntWord {
			return ""
		}
		return tokenWord(text, toks[i])
	}
	four := func(i int) int {
		if i < 0 || i >= len(toks) || toks[i].kind != ntNum || toks[i].end-toks[i].start != 4 {
			return -1
		}
		n, err := strconv.Atoi(ntText(text, toks[i]))
		if err != nil {
			return -1
		}
		return n
	}
	join := func(i int) bool { // "to", "and", or a dash: "from 2019-2021"
		return rangeJoiner(word(i)) || i >= 0 && i < len(toks) && (ntIsPunct(text, toks[i], '-') || ntText(text, toks[i]) == "–")
	}
	v := four(k)
	switch {
	case v < 0:
		return false, false
	case rangeOpener(word(k-1)) && join(k+1) && four(k+2) >= 0:
		return yearSpan(v, four(k+2)), true
	case join(k-1) && four(k-2) >= 0 && rangeOpener(word(k-3)):
		return yearSpan(four(k-2), v), true
	}
	return false, false
}
