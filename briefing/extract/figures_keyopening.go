package extract

import "strings"

// Key decisions read from a text's opening lines, once per text
// (openingKeys, called from restatedKeys).
//
// A page may open with a standfirst in full sentence grammar, on a line of
// its own, and the lede below it tells the same counts again with the
// story's detail: "At least 24 civilians were killed in one of the
// bloodiest attacks in a nearly five-year-old conflict …" —
// "Twenty-four civilians have been killed and around 60 wounded in an
// attack by separatist gunmen in a troubled anglophone region of
// Cameroon." A standfirst in headline grammar is read by headline
// (figures_key.go); this reads the one with its verbs. The standfirst
// repeats the body, as a headline does, so the lede's counts are the key
// figures and the lead is chosen among them. A lede followed by a quote or
// a later paragraph that says its count again is no standfirst: only the
// text's first line, with the next line saying every key count of it
// again, is read so.

// keyOpening is the rule of this file.
var keyOpening ruleID

// buildKeyOpening registers the rule of this file (buildKeyRestated calls it).
func buildKeyOpening() {
	keyOpening = register("key", "not-standfirst-said-again",
		"At least 24 civilians were killed in a village.\nTwenty-four civilians have been killed in an attack by gunmen on the village of Obonyi.")
}

// openingKeys marks not key the counts of a text's first line when the
// next line says each of them again (see above), and marks key the
// next line's counts that only said them again. It reads the figures of
// the first two sentences, whatever the length of the text.
func openingKeys(text string, figs []Figure) {
	if len(figs) < 2 || strings.TrimSpace(text[:figs[0].SentenceStart]) != "" {
		return
	}
	first := figs[0].SentenceEnd
	if first >= len(text) || text[first] != '\n' {
		return // the first sentence does not end its line
	}
	n := 1 // the figures of the first sentence
	for n < len(figs) && figs[n].SentenceStart == figs[0].SentenceStart {
		n++
	}
	if n == len(figs) || strings.TrimSpace(text[first:figs[n].SentenceStart]) != "" ||
		strings.IndexByte(text[first+1:figs[n].SentenceStart], '\n') >= 0 {
		return // the next line holds no figure, or is not the next line
	}
	if r := text[figs[n].SentenceStart]; r == '"' || r == '\'' || strings.HasPrefix(text[figs[n].SentenceStart:], "“") {
		return // a quote that says the lede's counts again: "“Our reports … indicate that floods have left 13 people … dead"
	}
	m := n // the figures of the next sentence
	for m < len(figs) && figs[m].SentenceStart == figs[n].SentenceStart {
		m++
	}
	said := 0
	for i := range n {
		f := &figs[i]
		if !f.Key {
			continue
		}
		j := sayingAgain(figs[n:m], f)
		if j < 0 {
			return // news the next line does not give: the first line is the lede
		}
		said++
	}
	if said == 0 {
		return
	}
	for i := range n {
		if f := &figs[i]; f.Key {
			again := &figs[n+sayingAgain(figs[n:m], f)]
			f.Key, f.why.key = false, keyOpening
			again.Key, again.why.key = true, keyCategory
		}
	}
}

// sayingAgain returns the index in next of the count that says the key
// count f again — its value and role, not key as a repeat — or -1.
func sayingAgain(next []Figure, f *Figure) int {
	for j := range next {
		if g := &next[j]; !g.Key && g.why.key == keyRepeat && g.Role == f.Role && g.Value == f.Value {
			return j
		}
	}
	return -1
}
