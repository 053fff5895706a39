package extract

import (
	"slices"
	"strings"
)

// A forecast, a projection or a target of a count the story also gives as
// it stands is not a key figure: the panel lists the people counted, not
// those a plan expects ("There are 294,000 Syrian refugees registered" —
// "the humanitarian needs of a forecast 700,000 refugees … by the end of
// the year"; "the March appeal projected an estimated 100,000 Syrians
// becoming refugees"; "over 10,000 men have fled" — "a fraction of the
// 250,000 or more people who could yet be displaced"; "6,000 African
// troops" on the ground — "hoping for more contributions for a total of
// 10,000 troops"). Read once per text over its key figures
// (projectedKeys, called from restatedKeys). A projection that is the
// story's only count of its role stays key: a warning that "as many as
// 1.5 million people could be displaced" is the news when no count of the
// displaced stands beside it, and projection (figures_roles5.go) reads a
// bound a toll may reach within the sentence ("could rise to 100").

// keyProjected is the rule of this file.
var keyProjected ruleID

// buildKeyProjected registers the rule of this file (buildKeyRestated calls it).
func buildKeyProjected() {
	keyProjected = register("key", "not-forecast-beside-count",
		"Some 40,000 refugees have crossed the border. The appeal plans for a forecast 150,000 refugees by December.")
}

// projectedReach is how many words before a figure projected reads, and
// projectedBytes the bytes it first looks at for a word of forecast among
// them (a cheap test for most figures, which have none).
const (
	projectedReach = 5
	projectedBytes = 64
)

// projectedWords, before a count, make it a forecast, a projection or a
// target: "a forecast 700,000", "projected an estimated 100,000",
// "hoping for … a total of 10,000". "target" is not among them: in this
// copy it is as often the attack ("schools have been repeatedly targeted
// since 276 girls were taken").
var projectedWords = strings.Fields(`forecast forecasts forecasted projected projects projecting projection projections
	hoping hopes hoped`)

// projectedKeys marks not key each forecast count of people when the
// story gives a key count of the same role that is no forecast.
func projectedKeys(text string, figs []Figure) {
	var proj []int // the key forecasts, usually none
	for i := range figs {
		if f := &figs[i]; f.Key && f.Category != Money && f.Category != Duration && projected(text, f) {
			proj = append(proj, i)
		}
	}
	for _, i := range proj {
		f := &figs[i]
		for j := range figs {
			if g := &figs[j]; g.Key && g.Role == f.Role && !slices.Contains(proj, j) {
				f.Key, f.why.key = false, keyProjected
				break
			}
		}
	}
}

// projected reports whether the figure f is a forecast: a word of
// forecast or target among the few words before it in its clause, or a
// relative after it of what may become of them ("who could yet be
// displaced").
func projected(text string, f *Figure) bool {
	before := text[max(f.SentenceStart, f.Start-projectedBytes):f.Start]
	if strings.Contains(before, "orecast") || strings.Contains(before, "roject") ||
		strings.Contains(before, "hop") || strings.Contains(before, "Hop") {
		words := lastWordsOf(text[f.SentenceStart:f.Start], projectedReach)
		for _, w := range words.words() {
			if foldIn(w, projectedWords...) {
				return true
			}
		}
	}
	if !strings.HasPrefix(text[f.End:], " who ") && !strings.HasPrefix(text[f.End:], " that ") {
		return false // the common case: no relative after the figure
	}
	after := text[f.End:min(f.End+40, f.SentenceEnd)]
	w, k := nextWord(after, 0)
	if !foldIn(w, "who", "that") {
		return false
	}
	if w, k = nextWord(after, k); !foldIn(w, "could", "may", "might") {
		return false
	}
	if w, k = nextWord(after, k); foldIn(w, "yet", "still") {
		w, _ = nextWord(after, k)
	}
	return foldIn(w, "be", "become")
}
