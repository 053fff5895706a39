package extract

// clockDuration reads a duration written as a clock with hours, minutes and
// seconds, as race results give times: "won in 2:05:30", "finishing in
// under 2:07:30", "Christy Turlington (4:20:47)". It returns the duration
// in hours and the token of the seconds. A time of day is rarely written
// with seconds, and then as one: the clock must have all three parts, an
// hour of one digit (the tagger reads "23:41:07" as a time of day), the
// minutes and seconds two digits below 60, no fourth part, no "at"
// before it and no "a.m.", "GMT" or "local" after it.
func clockDuration(text string, toks []ntoken, p numParse) (float64, int, bool) {
	k, n := p.last, len(toks)
	if !p.plain || p.first != p.last || p.digits > 1 || k+4 >= n {
		return 0, 0, false
	}
	for j := k + 1; j <= k+4; j++ {
		if toks[j].space {
			return 0, 0, false
		}
	}
	if !ntIsPunct(text, toks[k+1], ':') || !ntIsPunct(text, toks[k+3], ':') {
		return 0, 0, false
	}
	mm, ok1 := clockPart(text, toks[k+2])
	ss, ok2 := clockPart(text, toks[k+4])
	if !ok1 || !ok2 {
		return 0, 0, false
	}
	if k+5 < n && !toks[k+5].space && (ntIsPunct(text, toks[k+5], ':') || toks[k+5].kind != ntPunct) {
		return 0, 0, false // "10:15:30:12", "2:05:30pm"
	}
	if p.first > 0 && tokenWord(text, toks[p.first-1]) == "at" {
		return 0, 0, false // "at 10:15:30": a time of day
	}
	if timeOfDay(text, toks, numParse{first: k + 4, last: k + 4, plain: true}) {
		return 0, 0, false // "10:15:30 GMT", "2:05:30 p.m."
	}
	return p.value + mm/60 + ss/3600, k + 4, true
}

// clockPart reads the minutes or seconds of a clock: two digits below 60.
func clockPart(text string, t ntoken) (float64, bool) {
	s := ntText(text, t)
	if t.kind != ntNum || len(s) != 2 || s[0] < '0' || s[0] > '5' || s[1] < '0' || s[1] > '9' {
		return 0, false
	}
	return float64(s[0]-'0')*10 + float64(s[1]-'0'), true
}

// unitClock reads a duration written as a clock ("2:05:30") in hours. It
// has no unit word: unitName names its unit.
func unitClock(text string, toks []ntoken, p *numParse, q *quantParse) bool {
	v, last, ok := clockDuration(text, toks, *p)
	if !ok {
		return false
	}
	q.num.value, q.last, q.kind, q.timeUnit = v, last, QuantityDuration, "H"
	return true
}

// periodNotOffset reports whether a duration that a word of time follows
// ("after", "before", "earlier", "later") is still a quantity: a period
// named with its article ("in the two weeks after the new tax took
// effect", "in the past two weeks after OPEC+ extended its cuts"), or the
// size of a difference ("7 to 10 days earlier than normal"). "Two weeks
// after the ferry capsized" and "six months ago" stay points in time.
// first and last are the tokens of the duration, its qualifier included.
func periodNotOffset(text string, toks []ntoken, first, last int) bool {
	if last+2 < len(toks) && foldIn(tokenWord(text, toks[last+1]), "earlier", "later") && ntIsWord(toks[last+2], "than") {
		return true
	}
	if last+1 >= len(toks) || !foldIn(tokenWord(text, toks[last+1]), "after", "before") || first == 0 {
		return false
	}
	j := first - 1
	if j > 0 && foldIn(tokenWord(text, toks[j]), "past", "last", "first", "next", "previous", "following") {
		j--
	}
	return ntIsWord(toks[j], "the")
}
