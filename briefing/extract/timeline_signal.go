package extract

import "strings"

// boundSignal is the preposition that opens an entry's text when it makes
// the date a bound rather than the time of the event: "since" (the toll
// counted since October), "until"/"till" (the truce runs until January),
// "by" (a deadline), "from" (a start); "" otherwise. The panel writes it
// before the date, so that "3,823 killed since October last year" is not
// dated to October alone.
func boundSignal(text string) string {
	w, _, _ := strings.Cut(text, " ")
	switch w := strings.ToLower(w); w {
	case "since", "until", "till", "by", "from":
		return w
	}
	return ""
}
