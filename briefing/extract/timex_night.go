package extract

// A night named by both of its days: "on the night of Saturday to Sunday",
// "overnight from Wednesday to Thursday", "Overnight Thursday to Friday",
// "the night between Saturday and Sunday", "the night of 8 to 9 March",
// "on the night of March 8 to 9". Wire copy from francophone Africa, the
// Sahel and Ukraine writes its night raids so. It is one time, the night
// that starts on the first day (that day's TNI, as the dev sets value
// "overnight": "the night of 4 to 5 April" is the 4th's night), not a
// night and a second, separate day.

// nightThrough reads the two days of a night from token k, after "the
// night of", "the night from", "the night between" or "overnight": the
// first day, "to"/"into"/a dash ("and" after "between") and the day after
// it. It returns the night, ending after the second day.
func (tg *tagger) nightThrough(k int) (timexCand, bool) {
	between := tg.wordIs(k-1, "between")
	c, ok := tg.matchDayAfterClock(k)
	if !ok || c.v.g != GrainDay {
		// "8 to 9 March": the first day is a bare number, its month
		// comes with the second.
		d, j, ok := tg.dayAt(k)
		if !ok || tg.tok(k).kind != ttNum || !tg.nightJoin(j, between) {
			return noTimexCand, false
		}
		second, ok := tg.matchDateAt(j + 1)
		if !ok || second.v.d != d+1 {
			return noTimexCand, false
		}
		return nightOf(second.j, dayVal(second.v.start().AddDate(0, 0, -1))), true
	}
	if !tg.nightJoin(c.j, between) {
		return noTimexCand, false
	}
	n := c.j + 1
	switch wd := int(tg.info(k).wday); {
	case wd != 0 && c.j == k+1 && int(tg.info(n).wday) == wd%7+1 && !tg.info(n).wdayPl:
		n++ // "Saturday to Sunday"
	case tg.tok(n).kind == ttNum && tg.num(n) == c.v.d+1 && tg.info(n+1).month == 0:
		n++ // "March 8 to 9"
	default: // "31 March to 1 April"
		second, ok := tg.matchDateAt(n)
		if !ok || !second.v.start().Equal(c.v.start().AddDate(0, 0, 1)) {
			return noTimexCand, false
		}
		n = second.j
	}
	return nightOf(n, c.v), true
}

// nightJoin reports whether token k joins the two days of a night: "to",
// "into" or a dash, or "and" after "between".
func (tg *tagger) nightJoin(k int, between bool) bool {
	if between {
		return tg.wordIs(k, "and")
	}
	return tg.w(k) == "to" || tg.w(k) == "into" || tg.dash(k)
}

// nightOf is the night that starts on day v, as a candidate ending at
// token j.
func nightOf(j int, v timexVal) timexCand {
	v.g, v.part = GrainTime, "TNI"
	return timexCand{j: j, typ: TypeTime, v: v}
}
