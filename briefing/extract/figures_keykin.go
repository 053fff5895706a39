package extract

import "strings"

// A witness's or a victim's family told inside a story of many is an
// anecdote of the story's count, not a count of its own, read once per
// text over its few small counts of kin (kinKeys, called from
// restatedKeys): "more than 40 women were abducted" — "his son and two
// grandchildren were taken by the attackers"; "At least 192 people are
// missing" — "Her parents, brothers, sisters, six nieces and nephews have
// been missing since the eruption"; "over 10,000 men have fled" — "the
// infant's five siblings, who fled". The kin are among the people the
// story counts, by the role it counts them in; the analyst's panel lists
// the count, not the family. Kin whose fate the story counts nowhere else
// stay key ("after losing a father and two uncles to a shell" in a story
// of the displaced), as do a victim's family counted with the victim ("a
// woman and her six children were killed", "a village chief and his three
// sons": the story's own dead, told by who).

// keyKinOfStory is the rule of this file.
var keyKinOfStory ruleID

// buildKeyKin registers the rule of this file (buildKeyRestated calls it).
func buildKeyKin() {
	keyKinOfStory = register("key", "not-kin-of-a-story-count",
		"Gunmen abducted more than 30 villagers. A farmer said his wife and three sons were taken.")
}

// maxKin is the largest count read as one family.
const maxKin = 12

// kinReach is how many words before a count of kin kinKeys reads for the
// person they are kin of: "Her parents, brothers, sisters, six nieces".
const kinReach = 6

// kinWords are the plural nouns of kin.
var kinWords = strings.Fields(`sons daughters children grandchildren grandsons granddaughters brothers sisters siblings
	nieces nephews cousins uncles aunts wives husbands parents relatives`)

// kinKeys marks not key a small count of someone's kin when the story
// gives a larger key count of the same role: the family is among those
// counted. A text costs one pass over its key figures, and words are read
// only for a small count whose noun is kin.
func kinKeys(text string, figs []Figure) {
	for i := range figs {
		f := &figs[i]
		if !f.Key || f.Value > maxKin || !foldIn(lastWord(f.Unit), kinWords...) ||
			!kinOfSomeone(text[f.SentenceStart:f.Start]) {
			continue
		}
		for j := range figs {
			if g := &figs[j]; j != i && g.Key && g.Role == f.Role && g.Value > f.Value {
				f.Key, f.why.key = false, keyKinOfStory
				break
			}
		}
	}
}

// kinOfSomeone reports whether the last words before a count of kin name
// whose kin they are: a possessive ("his son and two grandchildren", "Her
// parents, brothers, sisters, six nieces", "the infant's five siblings"),
// but not one joined to the person it names ("a woman and her").
func kinOfSomeone(before string) bool {
	end := len(before)
	for n := 0; n < kinReach; n++ {
		for end > 0 && (before[end-1] == ' ' || before[end-1] == ',' || before[end-1] == '\n') {
			end--
		}
		start := strings.LastIndexAny(before[:end], " \n") + 1
		w := before[start:end]
		if w == "" || strings.ContainsAny(w, ".;:\"“”") {
			return false
		}
		if foldIn(w, "his", "her", "their") {
			// "a woman and her six children were killed": the family of
			// one of the victims, counted with them, is the story's own.
			return !hasSuffixFold(strings.TrimRight(before[:start], " \n"), " and")
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return true
		}
		end = start
	}
	return false
}
