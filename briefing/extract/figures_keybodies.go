package extract

import "slices"

import "strings"

// Bodies recovered so far under a toll the story estimates are a part of
// it, read once per text over its few counts of bodies (bodiesKeys, called
// from restatedKeys): "More than 670 people are believed to have died in
// the landslide" — "only five bodies had been retrieved from the rubble" —
// "three bodies were retrieved from an area where 50 to 60 homes had been
// destroyed". storyPart's bodiesFound (figures_keydoc.go) reads such
// bodies while the sentences are read, but leaves key the bodies twenty
// times fewer than the toll before them, for a mass grave found long
// after a war's executions ("found nearly 40 bodies" after "between 5,000
// and 13,000 people were executed …, rights groups estimated in 2017"):
// that toll is historic or of another scale ("executed at the prison in
// the early years of the war" — "found 35 bodies in a morgue"), while a
// landslide's or a quake's toll is the news of dead still being dug out,
// which its sentence says: an estimate ("believed", "feared", "estimated")
// or a toll that has risen ("had climbed to over 1,700").

// keyBodiesSoFar is the rule of this file.
var keyBodiesSoFar ruleID

// buildKeyBodies registers the rule of this file (buildKeyRestated calls it).
func buildKeyBodies() {
	keyBodiesSoFar = register("key", "not-bodies-so-far",
		"More than 600 people are believed to have died in the landslide. Only four bodies have been retrieved from the mud.")
}

// bodiesKeys marks not key the bodies found that are a part of a larger
// toll of the story given before them, when bodiesFound left them key
// because the toll was far larger, and the toll's sentence says it is an
// estimate of the news or has risen (runningToll).
func bodiesKeys(text string, figs []Figure) {
	total := -1 // the largest key toll so far
	for i := range figs {
		f := &figs[i]
		if !f.Key || f.Role != RoleKilled {
			continue
		}
		if total >= 0 && figs[total].SentenceStart != f.SentenceStart && figs[total].Value > maxBodiesShare*f.Value &&
			bodiesSoFar(text, f) && runningToll(&figs[total]) {
			f.Key, f.why.key = false, keyBodiesSoFar
			continue
		}
		if total < 0 || f.Value > figs[total].Value {
			total = i
		}
	}
}

// addedReach is how many bytes before a count of bodies bodiesSoFar reads
// for a word that adds them to those counted before.
const addedReach = 12

// tollEstimateWords say that a toll is an estimate of the dead, which the
// bodies found so far fall short of.
var tollEstimateWords = strings.Fields("believed feared estimated estimates estimate presumed")

// runningToll reports whether the toll t is the news of a disaster whose
// dead are still being found: a toll that has risen ("the death toll …
// had climbed to over 1,700, as more bodies were uncovered") or one its
// sentence says is an estimate ("More than 670 people are believed to have
// died"); not a historic toll ("were executed …, rights groups estimated
// in 2017").
func runningToll(t *Figure) bool {
	s := t.Sentence
	if historic(s) {
		return false
	}
	if t.Change == ChangeUp {
		return true
	}
	for _, w := range tollEstimateWords {
		if hasWordFold(s, w) {
			return true
		}
	}
	return false
}

// bodiesSoFar reports whether f counts bodies its sentence says were
// found ("retrieved", "recovered", "found", "pulled"), not more found
// beyond those counted before ("another 16 bodies").
func bodiesSoFar(text string, f *Figure) bool {
	if u := lastWord(f.Unit); !strings.EqualFold(u, "bodies") && !strings.EqualFold(u, "corpses") {
		return false
	}
	// The count and the word before it: "another 16 bodies", "16 more bodies".
	w := text[max(f.SentenceStart, f.Start-addedReach):f.End]
	if slices.ContainsFunc(bodiesAddedWords, func(a string) bool { return hasWordFold(w, a) }) {
		return false
	}
	s := text[f.SentenceStart:f.SentenceEnd]
	return slices.ContainsFunc(bodiesFoundVerbs, func(v string) bool { return hasWordFold(s, v) })
}
