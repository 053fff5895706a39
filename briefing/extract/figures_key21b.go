package extract

// A count a source reported the day before is its earlier count, which
// the story's newer one replaces: "The IOM said 41,988 people had left
// the city. A day earlier, the organization reported 34,000 people being
// displaced" (key/not-day-earlier). The sentence opens with the day
// before ("A day earlier", "The day before", "The previous day"),
// "reported" governs the count itself, and a key count of the same
// role and another value came before it in the story. An event the
// source reported that day is news of its own and stays key: "A day
// earlier, the army reported that a separate barrage had killed 47
// civilians" (the count is the object of "killed", not of "reported").

var keyDayEarlier ruleID

// buildKey21b registers this file's rule (buildKey21 calls it).
func buildKey21b() {
	keyDayEarlier = register("key", "not-day-earlier",
		"The agency said 41,988 people had fled the city.\n\nA day earlier, the agency reported 34,000 people displaced.")
}

// dayEarlierOpeners open a sentence told of the day before the story's.
var dayEarlierOpeners = []string{"a day earlier", "one day earlier", "a day before", "the day before", "the previous day"}

// dayEarlier reports whether figs[i], right after "reported" (precBefore
// switches on it: "reported 34,000", not "reported that a barrage had
// killed 47"), is a source's count of the day before, given a newer one:
// its sentence opens with one of dayEarlierOpeners, and a key count of
// its role and another value came before it. Only "reported" is asked:
// "said" comes before many key counts, and each would pay for the
// sentence's opening to be read.
func dayEarlier(text string, figs []Figure, i int) bool {
	f := &figs[i]
	s := pastOpeningQuote(text[min(f.SentenceStart, f.Start):f.Start])
	if len(s) < 14 || (s[0]|0x20 != 'a' && s[0]|0x20 != 'o' && s[0]|0x20 != 't') {
		return false
	}
	opens := false
	for _, o := range dayEarlierOpeners {
		if hasPrefixFold(s, o) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		if g := &figs[j]; g.Key && g.Role == f.Role && g.Value != f.Value && g.SentenceStart != f.SentenceStart {
			return true
		}
	}
	return false
}
