package extract

import "strings"

// A sentence that names an earlier count to say how the news has moved
// past it tells the latest count, not a historic one: "Cyclone Chido
// killed at least 94 people …, raising a previous death toll of 76"; "has
// killed 305 worshipers …, a dramatic increase in the death toll
// previously announced, which was 235"; "nearly 700 people in the first
// quarter, up from 450 in the previous three months". Its "previous" or
// "earlier" dates the count it is compared with (which the key rules
// read: not-superseded, not-changed-from), so the lead does not weigh the
// sentence as an earlier estimate (historic, figures_lead.go).

// comparedWords are the words that set a count beside an earlier one it
// has moved past.
var comparedWords = strings.Fields("raising raised revising revised increase rise up higher compared")

// comparedReach is how many bytes before "previous" or "earlier"
// comparedEarlier reads for a word of comparedWords.
const comparedReach = 40

// comparedEarlier reports whether the word of an earlier time at i in
// sentence s dates a count the sentence compares the news with: a word of
// comparedWords stands in the same clause within comparedReach bytes
// before it ("raising a previous death toll", "an increase in the death
// toll previously announced").
func comparedEarlier(s string, i int) bool {
	before := s[max(0, i-comparedReach):i]
	if k := strings.LastIndexAny(before, ",;:"); k >= 0 {
		before = before[k+1:] // the clause of the word, not the one before it
	}
	for _, w := range comparedWords {
		if hasWordFold(before, w) {
			return true
		}
	}
	return false
}
