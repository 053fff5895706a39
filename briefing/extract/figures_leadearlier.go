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

// recentEarlier reports whether the word of an earlier time w at i in
// sentence s names a time within the story's own days rather than an
// earlier estimate: "a riot that started three days earlier", "earlier
// this week", "in the past 24 hours". A count in such a sentence is the
// news (the toll that "rose to 18" since the riot began), not history.
// "Earlier this year" and "in the past decade" stay historic.
func recentEarlier(s string, i int, w string) bool {
	after := s[i+len(w):]
	for _, p := range recentAfter[strings.ToLower(w)] {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	if strings.EqualFold(w, "earlier") {
		before := strings.TrimRight(s[max(0, i-recentReach):i], " ")
		for _, u := range recentUnits {
			if strings.HasSuffix(before, u) {
				return true
			}
		}
	}
	return false
}

// recentAfter are the words after "earlier" or "in the past" that keep
// the time within the story's days.
var recentAfter = map[string][]string{
	"earlier":     {" this week", " this month", " today", " on ", " in the day", " in the week"},
	"in the past": {" week", " 24 hours", " 48 hours", " few days", " day", " two days", " three days"},
}

// recentUnits end the span before "earlier" that keeps it within the
// story's days: "three days earlier", "hours earlier".
var recentUnits = []string{" days", " day", " hours", " hour", "Hours", "Days"}

// recentReach is how many bytes before "earlier" recentEarlier reads.
const recentReach = 24
