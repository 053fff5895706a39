package extract

import "strings"

// comparisonBase reports whether the date whose phrase starts at pre is
// the base of a comparison: "8% more than a year earlier", "1.7% higher
// than a year earlier", "fewer births than in 2013", "lower than for
// September to November 2013". Such a date names what a figure is
// measured against, not when anything happened, so it is no timeline
// entry. A deadline ("no later than 31 March", "not earlier than June")
// and a date that a comparison measures ("more than a year ago", whose
// phrase holds "more than") are not bases.
func comparisonBase(text string, pre int) bool {
	// "than" ends the words before the date, or comes one preposition
	// before it ("than during "): most dates have no "than" near.
	if pre < 6 || text[pre-1] != ' ' {
		return false
	}
	switch text[pre-2] { // the last letter of "than", "in", "on", "for", "at", "during"
	case 'n', 'r', 't', 'g':
	default:
		return false
	}
	if !strings.Contains(text[max(0, pre-16):pre], "than") {
		return false
	}
	w, k := wordBefore(text, pre)
	switch w {
	case "in", "for", "on", "at", "during":
		w, k = wordBefore(text, k)
	}
	if w != "than" {
		return false
	}
	head := text[max(0, k-48):k]
	// The comparative stands right before "than" or a few words before
	// it, across what is compared: "fewer births in 2023 than in 2013".
	for n := 0; n < 6 && head != ""; n++ {
		if r := strings.TrimRight(head, " \n\t"); r == "" || strings.ContainsRune(",;:.!?", rune(r[len(r)-1])) {
			return false
		}
		w, head = lastWordCut(head)
		if comparatives[w] {
			return true
		}
		if w == "more" || w == "less" {
			// "8% more than", "4 million more than": a quantity compared,
			// not "began more than a year ago".
			q, _ := lastWordCut(head)
			return strings.ContainsAny(q, "0123456789%") || amountWords[q]
		}
	}
	return false
}

// lastWordCut returns the last word of s, lower-cased and without the
// punctuation around it, and s before it.
func lastWordCut(s string) (string, string) {
	s = strings.TrimRight(s, " \n\t")
	k := strings.LastIndexAny(s, " \n\t") + 1
	return strings.ToLower(strings.Trim(s[k:], ",;:()\"'")), s[:k]
}

// rangeLink reports whether between, the text between two dates, joins
// them in a range or a list: "September to November 2013".
func rangeLink(between string) bool {
	switch strings.TrimSpace(between) {
	case "", "to", "and", "or", "-", "–", "through":
		return true
	}
	return false
}

// comparatives are the comparative words whose "than" always opens a
// comparison's base.
var comparatives = map[string]bool{
	"fewer": true, "higher": true, "lower": true, "greater": true, "larger": true, "smaller": true,
	"bigger": true, "worse": true, "better": true, "stronger": true, "weaker": true, "faster": true,
	"slower": true, "cheaper": true, "deadlier": true, "wider": true, "narrower": true,
	"warmer": true, "colder": true, "hotter": true, "drier": true, "wetter": true, "heavier": true,
}

// amountWords end a quantity before "more than" or "less than".
var amountWords = map[string]bool{
	"million": true, "billion": true, "thousand": true, "hundred": true, "percent": true,
	"times": true, "dozen": true, "trillion": true,
}

// wordBefore returns the word of lower-case ASCII letters that ends at
// the last non-space byte before i in text ("" when the byte there is
// anything else), and where it starts.
func wordBefore(text string, i int) (string, int) {
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	k := i
	for k > 0 && i-k < 8 && 'a' <= text[k-1] && text[k-1] <= 'z' {
		k--
	}
	return text[k:i], k
}
