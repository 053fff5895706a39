package extract

import "slices"

// Key rules of the nineteenth pass (issue 12), read over a whole text's
// figures once: counts that a story gives as parts of a count it has
// already given, which the default rule (key/counted-category) would show
// beside it.
//
//   - The injured told by their state of care after the story has counted
//     its injured: "dozens were injured" — "Eleven people are in intensive
//     care, 64 others remain hospitalized, while 137 with minor injuries
//     have been discharged"; "20 people were wounded" — "At least 14
//     people have been hospitalized". Those in intensive care, in
//     hospital or sent home are the injured again, sorted by how they
//     fare; the panel's figure is the count of the injured. A count in
//     care that the story gives first is its injured count, and stays key.
//     Only the clause after the count is read ("… are in intensive care"),
//     so that a count beside a care word of another clause keeps its key.
//     A count said to add to those before ("a further five people were in
//     a critical condition", bodiesAddedWords) is more injured, not a
//     part of them: the dev sets keep it key.

//   - Not a rule but a narrowing of key/not-part-by-place-or-day (the
//     tolls of the places a story's total was spread over, storyPlaces):
//     a sentence that gives two or more counts of one role is a list of
//     its own, and neither is one place's part of a total nor spreads a
//     total over places. "Attacks in the region killed more than 70 people
//     in December 2019 and more than 89 in January 2020" tells two attacks
//     by their dates, not a place's part of the story's toll; "The toll is
//     38 people killed in Mukondi and eight in Mausa, two villages" has
//     told each village's toll already, so that a later "killed at least
//     36 people" in Mukondi is another account of it, not what the rest of
//     the toll holds. At each batch's first sight the rule had kept out a
//     gold key figure every time it fired (3 of 3, b10, b14, b18).

//   - A round word of bodies under a larger exact toll the story gave
//     before: "at least 116 people were killed" — "images showed dozens of
//     bodies in the prison's pavilions". The bodies seen are the dead
//     counted again, in part; key/not-round-word-again reads a round word
//     that rounds the toll ("dozens" after 47), this one a round word
//     below it (two times or more), which only bodies are read for: a
//     round word of the killed under a toll is as often another attack
//     ("killed dozens of civilians" beside a war's toll). At each batch's
//     first sight the rule's figures were never gold (0 of 2, b7 and b17).
//     A round word set against the toll ("However, medics counted dozens
//     of bodies", setAgainst) is another account and stays key.

// The rules of this file, registered by buildKey19.
var keyCareState, keyBodiesUnderToll ruleID

// buildKey19 registers the rules of this file (buildKeyRestated calls it).
func buildKey19() {
	keyCareState = register("key", "not-care-state-part",
		"At least 40 people were injured in the blast. Six are in intensive care and 12 remain hospitalized.")
	keyBodiesUnderToll = register("key", "not-round-bodies-under-toll",
		"The riot killed at least 116 inmates. Videos showed dozens of bodies in the yard.")
}

// careWords, after an injured count in its clause, tell the count's state
// of care.
var careWords = []string{"intensive care", "hospitalized", "hospitalised", "discharged", "critical condition", "stable condition", "serious condition"}

// careReach is how many bytes after an injured count its clause is read
// for a care word.
const careReach = 90

// careKeys marks not key the injured counts told by their state of care
// after an injured count of an earlier sentence, and round words of bodies
// under a larger toll of the sentences before. A text costs one pass over
// its figures, and words are read only for an injured key count after
// such a sentence.
func careKeys(text string, figs []Figure) {
	injuredAt := -1       // the sentence of the text's first injured count
	var toll, cur float64 // the largest exact killed count of the sentences before, and of this one
	sentence := -1
	for i := range figs {
		f := &figs[i]
		if f.SentenceStart != sentence {
			sentence, toll, cur = f.SentenceStart, max(toll, cur), 0
		}
		if f.Role == RoleKilled {
			if f.why.number != numVague {
				cur = max(cur, f.Value)
			} else if f.Key && toll >= 2*f.Value && foldIn(lastWord(f.Unit), "bodies", "corpses") && !setAgainst(text[f.SentenceStart:f.Start]) {
				f.Key, f.why.key = false, keyBodiesUnderToll
			}
			continue
		}
		if f.Role != RoleInjured {
			continue
		}
		if injuredAt < 0 {
			injuredAt = f.SentenceStart
		}
		if f.Key && f.SentenceStart > injuredAt && careClause(text, figs, i) && !addedCount(text, f) {
			f.Key, f.why.key = false, keyCareState
		}
	}
}

// careClause reports whether a care word follows figs[i] in its clause
// (clauseAfter, careReach bytes).
func careClause(text string, figs []Figure, i int) bool {
	clause := clauseAfter(text, figs, i, careReach)
	for _, w := range careWords {
		if containsFold(clause, w) {
			return true
		}
	}
	return false
}

// clauseAfter returns the text after figs[i] up to the next figure of its
// sentence, its sentence's end or reach bytes, whichever comes first: the
// clause a count's words after it are read in. A count may run past its
// sentence's end, and then the clause is empty.
func clauseAfter(text string, figs []Figure, i, reach int) string {
	f := &figs[i]
	end := min(f.SentenceEnd, f.End+reach)
	if i+1 < len(figs) && figs[i+1].SentenceStart == f.SentenceStart {
		end = min(end, figs[i+1].Start)
	}
	return text[f.End:max(end, f.End)]
}

// addedCountReach is how many bytes before a count addedCount reads for a
// word of addition ("another" is the longest).
const addedCountReach = 12

// addedCount reports whether a word of addition (bodiesAddedWords) is in
// f's text or just before it: "a further five people", "another 20".
func addedCount(text string, f *Figure) bool {
	w := text[max(f.SentenceStart, f.Start-addedCountReach):f.End]
	return slices.ContainsFunc(bodiesAddedWords, func(a string) bool { return hasWordFold(w, a) })
}

// listOfCounts reports whether a sentence's figures (figs, with their
// candidates cands) hold two or more counts of role r.
func listOfCounts(figs []Figure, cands []candidate, r Role) bool {
	n := 0
	for i := range figs {
		if figs[i].Role == r && cands[i].q.kind == QuantityNumber {
			n++
		}
	}
	return n > 1
}
