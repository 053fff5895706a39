package extract

import "strings"

// A share of a total the story has already given is not a key figure of a
// whole article: the panel lists the total, and a place's, a site's, a
// group's or a day's share of it says the same people again, in part.
// Each rule below is a phrase that marks a count as such a share, read
// once per text over its few key counts (shareKeys, called from
// restatedKeys), and each asks for the total itself, larger and of the
// same people, beside it:
//
//   - An increment that a clause after it adds to a total: "some 1,100
//     people have fled Bara …, bringing the total number of displaced
//     civilians over the past four days to 35,620". The total after "to"
//     is the figure; the increment only measures how it grew. A surge of
//     a fifth of the total or more is news of its own (incrementShare).
//     Only the people a toll or a displacement counts are read: an
//     exchange of prisoners, a contingent sent or a sum pledged is an
//     event of its own, however the copy adds it up ("Kenya will send
//     another 600 police officers next month, bringing its contingent to
//     about 1,000"; "exchanged 95 prisoners of war each on Friday,
//     bringing the total returned this year to 1,358"; the dev sets keep
//     them key).
//   - A share of a total named right after it, "N of the M", that its
//     clause places: "More than 500,000 of the 620,000 Mozambicans
//     affected by the storm … are concentrated in Cabo Delgado". A share
//     told by who or by what befell it is news of its own ("three of the
//     21 Palestinians killed … were children", "Eight of the 25 sailors
//     were injured", as the dev sets keep them).
//   - The dead of one place, told as a toll, under a larger toll of the
//     story: "The death toll … has soared to 832" — "Eleven deaths had
//     been recorded in the region of Donggala", "the death toll from Palu
//     had reached 420 people"; "Cyclone Freddy has now killed more than
//     400 people in southern Africa" — "In Mozambique, at least 50 deaths
//     have been confirmed so far". A toll (deaths, dead, fatalities, "the
//     death toll") is counted where it is recorded; a killing told with
//     its verb in a named place is an attack of its own ("armed attackers
//     killed 10 people in a pool hall in the state's Tarimoro
//     municipality", "an airstrike in Pauktaw township … killed at least
//     17 people"), which the articles sets keep key.
//   - "N others" that add up, with a part of a total just given in their
//     sentence, to the total (restOfTotal), and families or households
//     counted after the people they hold (familiesOfCount).
//   - A round word after an exact count of its role ten times larger in
//     its sentence, which it cannot say again (roundShare).
//
// The sentence sets of the dev batches, read a sentence at a time, keep
// some of these shares key; the whole-article sets, which are what the
// reader shows, do not (the lead's decision of 2026-12-07, issue 12).

// The rules of this file, registered by buildKeyShare.
var keyIncrement, keyShareOfThe, keyTollOfPlace, keyRestOfTotal, keyFamiliesOfCount, keyRoundShare ruleID

// buildKeyShare registers the rules of this file (buildKeyRestated calls it).
func buildKeyShare() {
	keyIncrement = register("key", "not-increment-to-total",
		"Some 1,100 people fled the town on Thursday, bringing the total number of displaced to 35,620.")
	keyShareOfThe = register("key", "not-share-of-the-total",
		"Nearly 80,000 of the 95,000 people displaced by the fighting are sheltering in North Kivu.")
	keyRestOfTotal = register("key", "not-rest-of-a-total",
		"The boat capsized, leaving at least 30 people dead or missing. The navy recovered six bodies, and 24 others are missing.")
	keyFamiliesOfCount = register("key", "not-families-of-a-count",
		"Some 48,200 people from 10,300 families have been displaced by the floods.")
	keyRoundShare = register("key", "not-round-share-of-count",
		"More than 400,000 people are displaced in the country, with the latest fighting displacing tens of thousands.")
	keyTollOfPlace = register("key", "not-toll-of-a-place",
		"The death toll from the quake has risen to 832. Eleven deaths were recorded in the region of Donggala.")
}

// incrementVerbs, followed by "the" or "its", open a clause that adds the
// count before them to a total given after "to".
var incrementVerbs = []string{"bringing", "brings", "brought", "raising", "raises", "taking", "takes", "pushing", "pushes"}

// incrementReach is how many bytes after a count increment looks for a
// verb of increment, incrementToReach how many after that verb for the
// "to" of the total, and incrementToGap how many bytes "to" may stand
// before the total.
const (
	incrementReach   = 120
	incrementToReach = 90
	incrementToGap   = 24
)

// incrementShare is how many times an increment its total must be for the
// increment to be only the total's update. A surge of a fifth or more of
// the total is news of its own, and the dev sets keep it key: "up to
// 80,000 people have left the conflict zone in the last three days alone,
// bringing the total … to 280,000"; "150,000 more people had fled … in the
// last 24 hours, bringing the total number of refugees to around 677,000".
const incrementShare = 5

// shareKeys marks not key the key counts that a phrase of their own marks
// as a share of a total given beside them. A text costs one pass over its
// key figures, which keeps by role the largest key count of the sentences
// before (storyTotals, as the figurer keeps it), so that the rules need
// not walk back over the text's figures — but for restOfTotal, which
// looks back for any earlier total its two counts add up to, and runs
// only for "N others" after a part of a toll; words are read only for
// the few counts whose figures fit a rule.
func shareKeys(text string, figs []Figure) {
	var t storyTotals
	for i, r := range keyCounts(figs) {
		f := &figs[i]
		t.sentence = f.SentenceStart
		if f.Category == Casualties || f.Category == Displacement || f.Category == Humanitarian {
			w := lastWord(f.Unit)
			switch {
			case shareOfThe(text, figs, i):
				f.Key, f.why.key = false, keyShareOfThe
			case increment(text, figs, i):
				f.Key, f.why.key = false, keyIncrement
			case foldIn(w, "families", "households") && familiesOfCount(figs, i):
				f.Key, f.why.key = false, keyFamiliesOfCount
			case foldIn(w, "others") && restOfTotal(figs, i):
				f.Key, f.why.key = false, keyRestOfTotal
			case t.totalBefore(r) > f.Value && tollOfPlace(text, f, w):
				f.Key, f.why.key = false, keyTollOfPlace
			case f.why.number == numVague && roundShare(figs, i):
				f.Key, f.why.key = false, keyRoundShare
			}
		}
		if f.Key {
			t.add(r, f.Value)
		}
	}
}

// shareOfThe reports whether figs[i] is followed by "of the" and, right
// after it, a larger count of the same role, and the clause after them
// ends in a place: "500,000 of the 620,000 Mozambicans affected … are
// concentrated in Cabo Delgado".
func shareOfThe(text string, figs []Figure, i int) bool {
	if i+1 == len(figs) {
		return false
	}
	f, g := &figs[i], &figs[i+1]
	if g.SentenceStart != f.SentenceStart || g.Role != f.Role || g.Value <= f.Value || !g.Key {
		return false
	}
	between := text[f.End:g.Start]
	return len(between) < 12 && strings.TrimSpace(between) == "of the" && endsInPlace(text[g.End:f.SentenceEnd])
}

// endsInPlace reports whether the clause s ends by placing its subject:
// "in" or "at" and a name to its end ("are concentrated in Cabo
// Delgado."), not a name inside it ("killed in retaliatory Israeli
// airstrikes were children").
func endsInPlace(s string) bool {
	s = strings.TrimRight(s, " .\n\"”")
	k := max(strings.LastIndex(s, " in "), strings.LastIndex(s, " at "))
	if k < 0 {
		return false
	}
	name := strings.Fields(s[k+4:])
	for n, w := range name {
		if !isUpperStart(w) && !(n > 0 && foldIn(w, "of", "the")) {
			return false
		}
	}
	return len(name) > 0
}

// increment reports whether a clause after figs[i] in its sentence adds
// it to a total: a verb of increment, "the" or "its", and "to" before the
// next count of its role in the sentence, a key count at least
// incrementShare times it. The figures are asked first; words are read
// only between such a pair.
func increment(text string, figs []Figure, i int) bool {
	f := &figs[i]
	j := i + 1
	for j < len(figs) && figs[j].SentenceStart == f.SentenceStart && figs[j].Role != f.Role {
		j++
	}
	if j == len(figs) || figs[j].SentenceStart != f.SentenceStart {
		return false
	}
	g := &figs[j]
	if !g.Key || g.Value < incrementShare*f.Value || g.Start-f.End > incrementReach+incrementToReach {
		return false
	}
	between := text[f.End:g.Start]
	to := strings.LastIndex(between, " to ")
	if to < 0 || len(between)-to > incrementToGap {
		return false
	}
	for k := 0; k < to; {
		w, next := nextWord(between[:to], k)
		if w == "" {
			break
		}
		if foldIn(strings.TrimLeft(w, ",;("), incrementVerbs...) {
			if d, _ := nextWord(between[:to], next); d == "the" || d == "its" {
				return len(between[:to])-next <= incrementToReach
			}
		}
		k = next
	}
	return false
}

// tollWords are the last words of a count that tell it as a toll.
var tollWords = []string{"deaths", "dead", "fatalities", "casualties", "injuries"}

// tollOfPlace reports whether the key count f, under a larger toll of its
// role given in a sentence before (the test is at the call), is the toll
// of a named place: its noun w is a toll's (tollWords), or "toll" comes
// before it in its sentence, and its sentence names a place. A round word
// is no place's tally: "Wagner-linked channels acknowledged dozens of
// deaths, … the group's heaviest loss in Africa" is a second account of a
// toll, not its part.
func tollOfPlace(text string, f *Figure, w string) bool {
	return f.Category == Casualties && f.why.number != numVague &&
		(foldIn(w, tollWords...) || strings.Contains(text[f.SentenceStart:f.Start], "toll")) &&
		namedPlace(text[f.SentenceStart:f.SentenceEnd])
}

// placeReach is how many words after "in", "at" or "from" namedPlace
// reads for a name: "in the region of Donggala".
const placeReach = 4

// namedPlace reports whether s names a place: "in", "at", "from" or
// "with" and, within placeReach words, a capitalised word that is no month
// or day ("In Mozambique", "from Palu", "in the region of Donggala", "with
// Mexico City continuing to take the brunt of the loss at 225 dead"). It
// is asked only of a toll under a larger toll, where a name after "with"
// is the place whose share the toll is.
func namedPlace(s string) bool {
	prep := -placeReach - 1 // the index of the last preposition's word
	for k, n := 0, 0; ; n++ {
		w, next := nextWord(s, k)
		if w == "" {
			return false
		}
		k = next
		w = trimSet(w, `,;:"'“”‘’()`)
		switch {
		case w == "":
		case n-prep <= placeReach && n > 0 && isUpperStart(w) && !isMonthWord(w) && !weekdayWord(w):
			return true
		case foldIn(w, "in", "at", "from", "with"):
			prep = n
		}
	}
}

// restSum is how much of a total, at least, a part and "N others" after it
// must add up to for the others to be the rest of it.
const restSum = 0.8

// restOfTotal reports whether figs[i], "N others" (the test is at the
// call), follows in its sentence
// a part of a total the story gave before (storyPart's, or bodies found
// so far) and adds up with it to that total: "leaving at least two dozen
// people drowned or missing and presumed dead" — "the coast guard
// retrieved two bodies, and survivors reported 22 others were missing".
// The dead and the missing of one toll are read as one (casualties).
func restOfTotal(figs []Figure, i int) bool {
	f := &figs[i]
	if f.Category != Casualties {
		return false
	}
	for j := i - 1; j >= 0 && figs[j].SentenceStart == f.SentenceStart; j-- {
		p := &figs[j]
		if p.why.key != keyStoryPart && p.why.key != keyBodiesSoFar {
			continue
		}
		sum := p.Value + f.Value
		for k := j - 1; k >= 0; k-- {
			if t := &figs[k]; t.Key && t.Category == Casualties && t.SentenceStart < f.SentenceStart &&
				sum <= t.Value && sum >= restSum*t.Value {
				return true
			}
		}
	}
	return false
}

// familiesOfCount reports whether figs[i], a count of families or
// households (the test is at the call), comes after a larger key count of
// people of its role in its sentence: the same people counted again by
// household, "Not less than 225,890 people from 52,989 families have
// become homeless", "The number of displaced people has more than doubled
// to 183,159, including 40,702 families". A count of families told first
// is the copy's own count, with the people as its gloss ("9,800 families,
// or roughly 49,000 people", key in the dev sets), and a count of
// families alone is the count.
func familiesOfCount(figs []Figure, i int) bool {
	f := &figs[i]
	for j := i - 1; j >= 0 && figs[j].SentenceStart == f.SentenceStart; j-- {
		if g := &figs[j]; g.Key && g.Role == f.Role && g.Value > f.Value && !foldIn(lastWord(g.Unit), "families", "households") {
			return true
		}
	}
	return false
}

// roundShareTimes is how many times a round word the exact count before it
// in its sentence must be for the round word to be a share of it.
const roundShareTimes = 10

// roundShare reports whether figs[i], a round word ("tens of thousands"),
// follows in its sentence an exact key count of its role at least
// roundShareTimes larger: the round word cannot be that count again, and
// tells a part of it, by place or time ("More than 700,000 people are
// displaced in the country, … with the latest violence in the capital
// displacing tens of thousands in recent weeks").
func roundShare(figs []Figure, i int) bool {
	f := &figs[i]
	for j := i - 1; j >= 0 && figs[j].SentenceStart == f.SentenceStart; j-- {
		if g := &figs[j]; g.Key && g.Role == f.Role && g.why.number != numVague && g.Value >= roundShareTimes*f.Value {
			return true
		}
	}
	return false
}
