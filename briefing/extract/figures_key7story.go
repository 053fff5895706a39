package extract

import "strings"

// Key rules read over a whole text's figures, once they are all made
// (storyKeys, called by Figures before the lead is chosen).
//
// A release still to come is no release: "33 more expected to be released
// Monday night", "at least 50 people are expected to be freed by Hamas",
// "Israel will release 30 Palestinians per civilian hostage", "78 of them
// will stay in the West Bank while 12 will be transferred". The dev sets
// have every such count not key; the releases done are the key figures.
// (Forces that will deploy keep their key: they are pledged.)
//
// Parts that add up to a total given before them are that total again:
// "Thirteen people have died in attacks" — "leaving 11 dead" in Kisima —
// "two people … were killed" in Oicha; "killing at least 30 people" —
// "24 people were killed" in Sukkari — "another six people died" in
// Ashrafiyeh; "At least 24 children … including 21 children killed by
// airstrikes in Rafah, and at least three children killed" in Tulkarm. The
// total is the key figure; its parts, by place or by incident, say it
// again. A part counts what the total counts (the same noun, or both the
// generic nouns of people and the dead), so that a total's breakdown by
// who ("46 injured, including 30 children") stays key; and a toll
// reported after other news ("At least 136 people were killed in El
// Salvador" after the region's 138 and its missing) is news of its own.

// The rules of this file, registered by buildKey7.
var keyPartsOfTotal, keyReleaseToCome ruleID

// maxSumParts is the most parts sumParts adds up against a total.
const maxSumParts = 6

// maxSumWalk is how many key counts after a total sumParts reads for its
// parts.
const maxSumWalk = 12

// maxStoryKeys is the most key counts storyKeys reads of a text: a list
// or table of more is no story's total and its parts.
const maxStoryKeys = 128

// storyKeys applies the whole-text key rules to figs, the figures of one
// text in order. A text with fewer than three key counts of every role
// reads nothing more than its figures' roles.
func storyKeys(text string, figs []Figure) {
	// keys are the indexes of the key counts of the roles a breakdown
	// reads, in order, and next the place in keys of the next of the same
	// role, or -1.
	var keys [maxStoryKeys]int32
	var next [maxStoryKeys]int16
	var last [breakdownRoles]int16
	var counts [breakdownRoles]uint8
	for r := range last {
		last[r] = -1
	}
	n := 0
	many := false
	for i := range figs {
		if !figs[i].Key || n == maxStoryKeys {
			continue
		}
		r := docRole(figs[i].Role)
		if r < 0 || r >= breakdownRoles {
			continue
		}
		if r == docRoleReleased && releaseToCome(text, &figs[i]) {
			figs[i].Key, figs[i].why.key = false, keyReleaseToCome
			continue
		}
		keys[n], next[n] = int32(i), -1
		if last[r] >= 0 {
			next[last[r]] = int16(n)
		}
		last[r] = int16(n)
		n++
		counts[r]++
		many = many || counts[r] > 2
	}
	if many {
		sumParts(text, figs, keys[:n], next[:n])
	}
}

// sumParts marks not key the key counts that follow a key total of their
// role and add up to it, two to maxSumParts of them, each counting what
// the total counts (sameCount), with no key count of another role told
// between them on its own (outside the total's sentence and the parts'):
// exactly, or short of it by what a part's "at least" or "more than"
// leaves open ("70 people … in two airstrikes" — "at least 17 people" in
// Pauktaw — "more than 50 people" in Maungdaw). A breakdown follows its
// total ("Thirteen people have died in attacks in … Beni" — "leaving 11
// dead" in Kisima — "two people … were killed" in Oicha), while tolls
// reported after other news, each on its own, stay news ("The death toll
// from an earthquake which rocked Central America rose … to at least 138
// people" — "1,200 people missing" — "At least 136 people were killed in
// El Salvador" — "At least two people were killed in Guatemala", each a
// country's toll, as the dev sets have them key). keys and next are
// storyKeys' list of the key counts.
func sumParts(text string, figs []Figure, keys []int32, next []int16) {
	var parts [maxSumParts]int
	for k := range keys {
		t := &figs[keys[k]]
		if !t.Key || next[k] < 0 || t.Value < 3 || t.Value != float64(int64(t.Value)) {
			continue
		}
		// The values first: most totals have no parts that add up to
		// them, and read no word. The parts may start after counts of
		// the role that are no part (a change "a decrease of 14,432"
		// and an old state "from 33,409" before the five states' counts
		// that add up to the total).
		// A count of the role below the total, told in another sentence,
		// is a part, so the parts start there or not at all ("Four of the
		// victims were fishermen" after "five people": two and three
		// killed on another day are no parts of the five).
		end := min(len(keys), k+1+maxSumWalk)
		for from := k + 1; from < end; from++ {
			if partsOf(text, figs, keys[from:end], int(keys[k]), &parts) {
				break
			}
			p := &figs[keys[from]]
			if p.Role != t.Role && p.Key && p.SentenceStart != t.SentenceStart ||
				p.Role == t.Role && p.Key && p.Value < t.Value && p.SentenceStart != t.SentenceStart {
				break
			}
		}
	}
}

// partsOf reports whether the run of key counts that starts at keys[0]
// holds parts that add up to the total figs[total], and marks them not key
// when it does. A subset of a part ("including seven prisoners") is read
// first as a part, then as no part.
func partsOf(text string, figs []Figure, keys []int32, total int, parts *[maxSumParts]int) bool {
	t := &figs[total]
	for _, skip := range [...]bool{false, true} {
		n, approx := partsRun(text, figs, keys, t, parts, skip)
		if n >= 2 && sameCount(figs, total, parts[:n]) && (approx || sumOf(figs, parts[:n]) == t.Value) {
			for _, j := range parts[:n] {
				figs[j].Key, figs[j].why.key = false, keyPartsOfTotal
			}
			return true
		}
	}
	return false
}

// partsRun reads the run of key counts of total t's role that starts at
// keys[0], as sumParts takes parts: each below the total and the sum of
// the run at most the total, passing counts of other roles told with a
// part ("killed at least 17 people … and wounded 10") and, with
// skipIncluded, a count of the role that a part includes ("killed at least
// 17 people, including seven prisoners"). It returns how many parts it put
// in parts and whether their sum is short of the total by no more than a
// part's "at least" or "more than" allows (within a tenth of the total:
// "at least 17" and "more than 50" of 70). A key count of another role
// told on its own ends the run: it is other news.
func partsRun(text string, figs []Figure, keys []int32, t *Figure, parts *[maxSumParts]int, skipIncluded bool) (n int, approx bool) {
	sum := 0.0
	open := false // a part is a lower bound
	last := -1    // the last part's sentence start
	for _, j := range keys {
		p := &figs[j]
		if p.Role != t.Role {
			if p.Key && p.SentenceStart != t.SentenceStart && p.SentenceStart != last {
				return n, false // another count between: what follows is other news
			}
			continue
		}
		if !p.Key {
			continue // a part of a total before
		}
		if n == 0 && p.Value >= t.Value {
			return 0, false
		}
		if skipIncluded && n > 0 && p.SentenceStart == last && p.Value < figs[parts[n-1]].Value && hasSuffixFold(text[last:p.Start], "including ") {
			continue // the part's own subset, by who
		}
		if p.Value >= t.Value || sum+p.Value > t.Value || n == maxSumParts {
			break
		}
		parts[n] = int(j)
		n++
		sum += p.Value
		last = p.SentenceStart
		open = open || p.Qualifier == qAtLeast.name() || p.Qualifier == qMoreThan.name()
	}
	return n, open && sum < t.Value && sum >= t.Value*(1-maxPartsShort)
}

// maxPartsShort is the most, as a share of the total, by which parts that
// are lower bounds may fall short of it and still add up to it.
const maxPartsShort = 0.1

// sumOf returns the sum of the values of figs at the indexes parts.
func sumOf(figs []Figure, parts []int) float64 {
	s := 0.0
	for _, j := range parts {
		s += figs[j].Value
	}
	return s
}

// sameCount reports whether the parts (indexes into figs) count what the
// total figs[total] counts (partHead), and none of them, nor the total,
// is a round word ("hundreds"), which adds up to nothing.
func sameCount(figs []Figure, total int, parts []int) bool {
	t := &figs[total]
	if vagueCount(t.Text) != "" {
		return false
	}
	head := partHead(t.Unit)
	for _, j := range parts {
		if p := &figs[j]; !strings.EqualFold(partHead(p.Unit), head) || vagueCount(p.Text) != "" {
			return false
		}
	}
	return true
}

// partHead is the head noun of a unit as sumParts compares a part with
// its total: the nouns of people in general and of the dead are one
// ("Thirteen people have died" — "leaving 11 dead"), any other noun is
// itself ("24 children" — "21 children"). Bodies are bodies: "some 2,000
// bodies had been collected from the streets and another 900 were still
// in the city's morgues" after "About 2,900 people were killed" count the
// dead by where they lie, which the sample gold keeps key.
func partHead(unit string) string {
	w := lastWord(unit)
	if w == "" || foldIn(w, "people", "persons", "individuals", "others", "deaths", "dead", "fatalities",
		"lives", "victims", "casualties", "killed", "injured", "wounded") {
		return ""
	}
	return w
}

// containsFold reports whether s holds sub, ASCII letters of s compared
// in lower case (sub is lower case).
func containsFold(s, sub string) bool {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		k := 0
		for k < n && lowerASCII(s[i+k]) == sub[k] {
			k++
		}
		if k == n {
			return true
		}
	}
	return false
}

// lowerASCII returns b in lower case when it is an ASCII capital.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// vagueCount returns the round word a figure's text starts with
// ("hundreds", "dozens of people", "tens of thousands"), lower case, or "".
func vagueCount(text string) string {
	for _, w := range [...]string{"hundreds of thousands", "tens of thousands", "thousands", "hundreds", "dozens", "scores"} {
		if hasPrefixFold(text, w) && (len(text) == len(w) || text[len(w)] == ' ') {
			return w
		}
	}
	return ""
}

// releaseToCome reports whether the words around the release count f say
// the release is still to come: "expected to be", "will be" or "will
// stay" within a few words after it ("78 of them will stay"), or "will
// release", "would free" just before it. A total "set to be released" is
// the deal's count, which the dev sets have key.
func releaseToCome(text string, f *Figure) bool {
	after := text[f.End:min(f.End+24, f.SentenceEnd)]
	before := text[max(f.Start-16, f.SentenceStart):f.Start]
	// Most releases are done: one search for the two words each phrase
	// holds (lower case within a sentence) before any phrase is read.
	if !strings.Contains(after, "will") && !strings.Contains(after, "expected") && !strings.Contains(before, "ould") && !strings.Contains(before, "will") {
		return false
	}
	for _, w := range [...]string{" expected to be ", " will be ", " will stay"} {
		if containsFold(after, w) {
			return true
		}
	}
	for _, w := range [...]string{"will release ", "will free ", "would release ", "would free "} {
		if containsFold(before, w) {
			return true
		}
	}
	return false
}
