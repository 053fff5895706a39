package extract

import (
	"strings"
	"time"
)

// Calendar dates: month names, day-month forms, numeric dates, years,
// decades and weekdays.

// isYearAt reports whether token k is a four-digit year.
func (tg *tagger) isYearAt(k int) bool {
	t := tg.tok(k)
	return t.kind != 0 && t.kind == ttNum && t.nd == 4 && t.num >= 1000 && t.num <= 2999
}

// yearAt reads a year at token k: four digits, optionally preceded by a
// comma or "of" ("June, 2024", "June of 2024").
func (tg *tagger) yearAt(k int) (int, int, bool) {
	if tg.punct(k, ",") || tg.w(k) == "of" {
		k++
	}
	if !tg.isYearAt(k) || (tg.adj(k+1) && tg.w(k+1) == "s") || tg.punct(k+1, ":") {
		return 0, 0, false
	}
	return tg.num(k), k + 1, true
}

// dayAt reads a day of the month at token k: "3", "3rd", "third",
// "twenty-first", "the 3rd".
func (tg *tagger) dayAt(k int) (int, int, bool) {
	if tg.w(k) == "the" {
		d, j, ok := tg.dayAt(k + 1)
		if !ok || (tg.tok(k+1).kind == ttNum && tg.w(j) != "of" && !tg.isOrdinalSuffix(k+2)) {
			return 0, 0, false
		}
		return d, j, ok
	}
	t := tg.tok(k)
	if t.kind == 0 {
		return 0, 0, false
	}
	if t.kind == ttNum {
		if t.nd > 2 || t.num < 1 || t.num > 31 || t.dec || t.grp {
			return 0, 0, false
		}
		j := k + 1
		if tg.adj(j) && tg.isOrdinalSuffix(j) {
			j++
		}
		if tg.punct(j, ":") && tg.clockMinutes(j+1) || tg.punct(j, "%") || tg.punct(j, "/") || tg.info(j).unit != uNone {
			return 0, 0, false
		}
		return int(t.num), j, true
	}
	in := t.info()
	if in.ord != 0 && in.ord <= 31 {
		return in.ord, k + 1, true
	}
	if in.num == 20 || in.num == 30 {
		j := k + 1
		if tg.punct(j, "-") {
			j++
		}
		if o := tg.info(j).ord; o > 0 && o < 10 && in.num+o <= 31 {
			return in.num + o, j + 1, true
		}
	}
	return 0, 0, false
}

// isOrdinalSuffix reports whether token k is "st", "nd", "rd" or "th".
func (tg *tagger) isOrdinalSuffix(k int) bool {
	switch tg.w(k) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// monthAt reads a month name at k, with the full stop of an abbreviation.
func (tg *tagger) monthAt(k int) (int, int, bool) {
	in := tg.info(k)
	if in.month == 0 {
		return 0, 0, false
	}
	j := k + 1
	if in.monthAbbr && tg.punct(j, ".") && tg.adj(j) {
		j++
	}
	return int(in.month), j, true
}

// matchMonth matches "October 3, 2024", "Oct. 3", "June 2024", "June of
// 2024", "January last year" and a bare "June".
func (tg *tagger) matchMonth(i int) (timexCand, bool) {
	m, k, _ := tg.monthAt(i)
	if c, ok := tg.matchMonthSpan(i, k, m); ok {
		return c, true
	}
	abbr := tg.info(i).monthAbbr
	if d, j, ok := tg.dayAt(k); ok && tg.w(k) != "the" {
		if y, j2, ok := tg.yearAt(j); ok {
			return timexDateCand(j2, timexVal{g: GrainDay, y: y, m: m, d: d})
		}
		if y, j2, ok := tg.relativeYearAt(j); ok {
			return timexDateCand(j2, timexVal{g: GrainDay, y: y, m: m, d: d}) // "October 3 last year"
		}
		if y, ok := tg.rangeYear(j, m); ok {
			return timexDateCand(j, timexVal{g: GrainDay, y: y, m: m, d: d}) // "Nov 18-Dec 19, 2015"
		}
		if y, e, ok := tg.daysOfMonthYear(j, d); ok {
			return timexDateCand(e, timexVal{g: GrainDay, y: y, m: m, d: d}) // "October 10 and 11, 2023"
		}
		return timexDateCand(j, tg.nearDay(m, d, i, j))
	}
	if y, j, ok := tg.yearAt(k); ok {
		return timexDateCand(j, timexVal{g: GrainMonth, y: y, m: m})
	}
	if y, ok := tg.rangeYear(k, m); ok && (tg.tok(i).upper || tg.rangeOpener(i-1)) {
		return timexDateCand(k, timexVal{g: GrainMonth, y: y, m: m}) // "from January to April 2015"
	}
	if abbr && !tg.punct(i+1, ".") || tg.w(i+1) == "day" {
		return noTimexCand, false // "May Day" is a holiday
	}
	if !tg.bareMonthOK(i) {
		return noTimexCand, false
	}
	switch tg.w(k) {
	case "last", "this", "next":
		if tg.w(k+1) == "year" {
			return timexDateCand(k+2, timexVal{g: GrainMonth, y: tg.yearRel(relStep(tg.w(k))), m: m})
		}
	}
	if v, ok := tg.monthRangeStart(i, k, m); ok {
		return timexDateCand(k, v)
	}
	return timexDateCand(k, tg.monthNoYear(m, tg.dirNear(i, k)))
}

// daysOfMonthYear reads, at k after the first day d of a month, a second
// day of the same month and the year the two share: "October 10 and 11,
// 2023", "October 10-11, 2023". It returns the year and where it ends, so
// that the year is not read again as a date of its own; the expression
// dates its first day.
func (tg *tagger) daysOfMonthYear(k, d int) (int, int, bool) {
	if !tg.dash(k) && !tg.wordIs(k, "and") && tg.w(k) != "to" {
		return 0, 0, false
	}
	d2, j, ok := tg.dayAt(k + 1)
	if !ok || d2 <= d || tg.tok(k+1).kind != ttNum {
		return 0, 0, false
	}
	return tg.yearAt(j) // after a comma or not
}

// monthRangeStart resolves the bare month m at token i (ending at k) that
// opens a range of bare months, "between January and August", "from
// November to February": in the year that puts it before the range's end,
// which is resolved as the bare month it is. On its own the nearest
// January of an October paper is the coming one, after the August that
// closes its range.
func (tg *tagger) monthRangeStart(i, k, m int) (timexVal, bool) {
	if !tg.rangeOpener(i-1) || !tg.rangeWord(k) && !tg.dash(k) {
		return timexVal{}, false
	}
	m2, j, ok := tg.monthAt(k + 1)
	if !ok || tg.info(k+1).monthAbbr || tg.tok(j).kind == ttNum {
		return timexVal{}, false // "from January to March 5": another range's
	}
	end := tg.monthNoYear(m2, tg.dirNear(k+1, j))
	if end.y == 0 {
		return timexVal{}, false
	}
	if m > m2 {
		end.y-- // "from November to February"
	}
	return timexVal{g: GrainMonth, y: end.y, m: m}, true
}

// bareMonthOK decides whether a month name standing alone is a date: it
// must be capitalised, and "May" and "March" (also a verb and a noun) need a
// preposition or modifier before them.
func (tg *tagger) bareMonthOK(i int) bool {
	t := tg.tok(i)
	w := t.w()
	if w != "may" && w != "march" {
		if n := tg.tok(i + 1); n.kind != 0 && n.kind == ttWord && n.upper && n.lx == 0 && !tg.afterDatePreposition(i) {
			return false // a name: "April Ryan", "June Almeida"
		}
		return t.upper || !tg.adj(i)
	}
	return t.upper && tg.afterDatePreposition(i)
}

// afterDatePreposition reports whether the word before token i introduces
// or modifies a date ("in May", "early March", "mid-May").
func (tg *tagger) afterDatePreposition(i int) bool {
	switch tg.w(i - 1) {
	case "in", "since", "until", "till", "by", "of", "during", "early", "late", "mid", "from",
		"before", "after", "through", "last", "next", "this", "and", "to", "on":
		return true
	}
	// "between" is not in the lexicon, so tg.w never gives it: "between
	// March and June" lost its March.
	return tg.punct(i-1, "-") && tg.w(i-2) == "mid" || tg.wordIs(i-1, "between")
}

// matchWeekday matches "Friday", "Friday, Oct. 11", "Friday 11 October
// 2024" and the plural "Mondays" (a set).
func (tg *tagger) matchWeekday(i int) (timexCand, bool) {
	in := tg.info(i)
	if in.wdayPl {
		return timexValueCand(i+1, TypeSet, "XXXX-WXX-"+string(rune('0'+in.wday)))
	}
	k := i + 1
	if in.wdayAbbr && tg.punct(k, ".") {
		k++
	}
	d := k
	if tg.punct(d, ",") {
		d++
	}
	if c, ok := tg.matchDateAt(d); ok {
		if c.v.g == GrainDay && c.v.y > 0 && !tg.yearGiven(d, c.j) {
			c.v = agreeWeekday(c.v, int(in.wday))
		}
		return c, true
	}
	if in.wdayAbbr || (!tg.toks[i].upper && !tg.weekdayLower(i)) {
		return noTimexCand, false
	}
	switch tg.lowerWord(i - 1) {
	case "black", "cyber", "bloody", "super", "blue", "giving":
		if tg.tok(i - 1).upper {
			return noTimexCand, false // "Black Monday", "Super Tuesday": names
		}
	case "on", "last", "this", "next", "since", "until", "by", "late", "early":
		// after a preposition or a relative word the weekday is a day
		// whatever follows it: "on Sunday Times Square filled".
	default:
		if tg.tok(i+1).upper && tg.lowerIn(i+1, paperTitleWords) {
			return noTimexCand, false // "told Sunday Sun", "the Sunday Times reported": a newspaper
		}
	}
	if tg.w(i+1) == "of" {
		// "Tuesday of last week", "Monday of the following week"
		r := i + 2
		if tg.w(r) == "the" {
			r++
		}
		if isRelWord(tg.w(r)) && tg.w(r+1) == "week" {
			var week timexVal
			if r > i+2 {
				week = tg.shiftAnchor(uWeek, relStep(tg.w(r)))
			} else {
				week = tg.relUnit(uWeek, relStep(tg.w(r)))
			}
			if week.y > 0 {
				return timexDateCand(r+2, dayVal(isoWeekStart(week.y, week.w).AddDate(0, 0, int(in.wday)-1)))
			}
		}
	}
	if r := i + 1; (tg.w(r) == "next" || tg.w(r) == "last" || tg.w(r) == "this") && tg.w(r+1) == "week" {
		// "on Tuesday next week": that weekday of that week.
		if c, ok := tg.weekdayOfWeek(r+2, int(in.wday), relStep(tg.w(r))); ok {
			return c, true
		}
	}
	if v, ok := tg.weekdayRangeEnd(i, int(in.wday)); ok {
		return timexDateCand(i+1, v)
	}
	return timexDateCand(i+1, tg.weekday(int(in.wday), tg.dir(i, i+1), false))
}

// paperTitleWords follow a weekday in a newspaper's name: "Sunday Times",
// "Sunday Trust", "Sunday Nation".
// ("Independent", "Standard", "Express" and "Star" are left out: "said
// Sunday Independent candidates had withdrawn" is a day.)
var paperTitleWords = map[string]bool{"times": true, "telegraph": true, "sun": true, "mirror": true,
	"trust": true, "nation": true, "tribune": true, "herald": true, "mail": true, "observer": true,
	"punch": true, "vanguard": true}

// weekdayRangeEnd resolves weekday wd at token i that closes a range
// opened by the day just tagged ("from Friday through Monday", "Friday to
// Sunday"): the first such weekday after that day, whatever the tense.
func (tg *tagger) weekdayRangeEnd(i, wd int) (timexVal, bool) {
	// The day just tagged ends right before the joining word.
	if len(tg.out) == 0 || i < 2 || !tg.hasDCT || tg.out[len(tg.out)-1].End != int(tg.toks[i-2].e) {
		return timexVal{}, false
	}
	prev := &tg.out[len(tg.out)-1]
	if prev.sent != tg.sent || prev.Type != TypeDate || prev.v.g != GrainDay || prev.v.y == 0 || prev.v.d == 0 {
		return timexVal{}, false
	}
	switch {
	case tg.rangeWord(i-1) && !tg.wordIs(i-1, "and") && !tg.rescheduled(i):
		// "Monday and Friday" is a list, not a stretch
	case tg.dash(i-1) || tg.wordIs(i-1, "thru"):
	default:
		return timexVal{}, false
	}
	from := prev.v.start()
	ahead := (wd - (int(from.Weekday())+6)%7 - 1 + 7) % 7
	if ahead == 0 {
		return timexVal{}, false
	}
	return dayVal(from.AddDate(0, 0, ahead)), true
}

// weekdayOfWeek is the day wd of the week step weeks from the publication
// date's, ending at token j.
func (tg *tagger) weekdayOfWeek(j, wd, step int) (timexCand, bool) {
	week := tg.relUnit(uWeek, step)
	if week.y == 0 || week.w == 0 {
		return noTimexCand, false
	}
	return timexDateCand(j, dayVal(isoWeekStart(week.y, week.w).AddDate(0, 0, wd-1)))
}

// weekdayLower accepts a weekday written in lower case only after a
// preposition ("on friday").
func (tg *tagger) weekdayLower(i int) bool {
	switch tg.w(i - 1) {
	case "on", "since", "until", "by", "last", "next", "this", "from", "before", "after":
		return true
	}
	return false
}

// matchDateAt matches a day-precise calendar date at k (month first or day
// first), for weekdays and clock times to attach to.
func (tg *tagger) matchDateAt(k int) (timexCand, bool) {
	t := tg.tok(k)
	if t.kind == 0 {
		return noTimexCand, false
	}
	var c timexCand
	ok := false
	if t.info().month != 0 {
		c, ok = tg.matchMonth(k)
	} else if t.kind == ttNum || t.w() == "the" {
		c, ok = tg.matchDayMonth(k)
	}
	if !ok || c.v.g != GrainDay {
		return noTimexCand, false
	}
	return c, true
}

// matchDayMonth matches "3 October 2024", "3rd of October", "the 3rd of
// October".
func (tg *tagger) matchDayMonth(i int) (timexCand, bool) {
	d, k, ok := tg.dayAt(i)
	if !ok || tg.afterCurrency(i) {
		return noTimexCand, false // "bought it for $12 December 27": a price
	}
	if tg.w(k) == "of" {
		k++
	}
	m, j, ok := tg.monthAt(k)
	if !ok || (tg.info(k).monthAbbr && tg.info(k).word == "mar" && !tg.tok(k).upper) {
		return noTimexCand, false
	}
	if y, j2, ok := tg.yearAt(j); ok {
		return timexDateCand(j2, timexVal{g: GrainDay, y: y, m: m, d: d})
	}
	if y, j2, ok := tg.relativeYearAt(j); ok {
		return timexDateCand(j2, timexVal{g: GrainDay, y: y, m: m, d: d}) // "on 6 February next year"
	}
	if y, ok := tg.rangeYear(j, m); ok {
		return timexDateCand(j, timexVal{g: GrainDay, y: y, m: m, d: d}) // "26 June to 28 June 2020"
	}
	return tg.holidayWeekend(timexDateCand(j, tg.nearDay(m, d, i, j))) // "the Fourth of July weekend"
}

// numberRange matches, at a number that is no clock time, the first day
// of a range of days ("from 3 to 12 March 2024") or an ordinal period in
// figures ("1st quarter of 2013"); both are tried here, behind cheap
// tests, rather than as rules of their own that every number would run.
func (tg *tagger) numberRange(i int) (timexCand, verdict) {
	if c, ok := tg.matchDayRangeStart(i); ok {
		c.rule = ruleDayRangeStart
		return c, hit
	}
	if t := tg.tok(i); t.nd == 1 && tg.adj(i+1) && tg.isOrdinalSuffix(i+1) {
		if c, ok := tg.matchOrdinalPeriod(i); ok {
			c.rule = ruleOrdinalPeriod
			return c, hit
		}
	}
	return noTimexCand, miss
}

// matchDayRangeStart matches the first day of a range of days written with
// one month: "from 3 to 12 March 2024", "between 3 and 12 March", "12-13
// October" — the bare first day takes the month and year of the second.
func (tg *tagger) matchDayRangeStart(i int) (timexCand, bool) {
	// "on 10 and 11 October" names two days, the first with its month
	// and year from the second: a list, not a range, so only after "on".
	onBoth := tg.wordIs(i+1, "and") && tg.wordIs(i-1, "on")
	if !tg.dash(i+1) && !tg.rangeOpener(i-1) && !onBoth {
		return noTimexCand, false // the cheap test first: a hyphen, or "from"/"between"/"on … and" around
	}
	d, j, ok := tg.dayAt(i)
	if !ok || tg.tok(i).kind != ttNum || tg.afterCurrency(i) {
		return noTimexCand, false
	}
	switch {
	case tg.dash(j) && tg.adj(j) && tg.adj(j+1):
	case tg.rangeOpener(i-1) && tg.rangeWord(j):
	case onBoth && j == i+1:
	default:
		return noTimexCand, false
	}
	c, ok := tg.matchDayMonth(j + 1)
	if !ok || c.v.g != GrainDay || c.v.y == 0 || d >= c.v.d {
		return noTimexCand, false
	}
	v := c.v
	v.d = d
	return timexDateCand(j, v)
}

// rangeWords join the two ends of a range.
var rangeWords = []string{"to", "and", "until", "till", "through"}

// rangeWord reports whether token k joins the two ends of a range, read
// as written and without a copy.
func (tg *tagger) rangeWord(k int) bool {
	for _, w := range rangeWords {
		if tg.wordIs(k, w) {
			return true
		}
	}
	return false
}

// rangeOpener reports whether token k opens a range: "from", "between".
func (tg *tagger) rangeOpener(k int) bool { return tg.wordIs(k, "from") || tg.wordIs(k, "between") }

// wordIs reports whether token k is the word w (lower case), in any case.
func (tg *tagger) wordIs(k int, w string) bool {
	t := tg.tok(k)
	return t.kind != 0 && t.kind == ttWord && int(t.e-t.s) == len(w) && strings.EqualFold(tg.text[t.s:t.e], w)
}

// afterCurrency reports whether the number at i follows a currency sign.
func (tg *tagger) afterCurrency(i int) bool {
	t := tg.tok(i - 1)
	if t.kind == 0 || t.kind != ttPunct {
		return false
	}
	switch tg.text[t.s:t.e] {
	case "$", "£", "€", "¥", "₹", "₦":
		return true
	}
	return false
}

// clockMinutes reports whether token k holds the two digits of a clock
// time's minutes, right after its colon ("3:30"); a colon that ends a
// line ("as of Nov. 3:") leaves a day.
func (tg *tagger) clockMinutes(k int) bool {
	t := tg.tok(k)
	return t.kind == ttNum && !t.sp
}

// matchMonthSpan matches two months joined by a hyphen that span a
// calendar quarter or half ("January-March", "April-June 2017", "Jan-Jun"):
// that quarter or half, one expression as TimeML tags it. m is the month
// at i, k the token after it.
func (tg *tagger) matchMonthSpan(i, k, m int) (timexCand, bool) {
	if !tg.dash(k) || !tg.adj(k) || !tg.adj(k+1) {
		return noTimexCand, false
	}
	m2, j, ok := tg.monthAt(k + 1)
	if !ok {
		return noTimexCand, false
	}
	var o, n int
	switch {
	case m%3 == 1 && m2 == m+2:
		o, n = (m+2)/3, 4
	case (m == 1 || m == 7) && m2 == m+5:
		o, n = (m+5)/6, 2
	default:
		return noTimexCand, false
	}
	g := GrainQuarter
	if n == 2 {
		g = GrainHalf
	}
	if tg.punct(j, ",") && tg.yearFollows(j+1) {
		j++
	}
	if y, e, ok := tg.yearAt(j); ok {
		return timexDateCand(e, timexVal{g: g, y: y, q: o})
	}
	return timexDateCand(j, timexVal{g: g, y: tg.periodYear(o, n, tg.dirNear(i, j)), q: o})
}

// yearFollows reports whether a year is at token k.
func (tg *tagger) yearFollows(k int) bool {
	_, _, ok := tg.yearAt(k)
	return ok
}

// rangeYear reads, at k, the second end of a range whose year is written
// once at its end — "January to April 2015", "Jan-Feb 2017", "between
// January and March 2024", "26 June to 28 June 2020", "between April and
// June this year" — and returns the year of the first end, in month m: the
// same year, or the one before when m comes later in the calendar
// ("Nov-Feb 2017" starts in November 2016).
func (tg *tagger) rangeYear(k, m int) (int, bool) {
	switch {
	case tg.dash(k) || tg.punct(k, "—"):
	case tg.rangeWord(k):
	default:
		return 0, false
	}
	k++
	m2, j, ok := tg.monthAt(k)
	if ok {
		if _, j2, ok := tg.dayAt(j); ok && tg.w(j) != "the" {
			j = j2
		}
	} else if _, j2, ok := tg.dayAt(k); ok {
		if tg.w(j2) == "of" {
			j2++
		}
		if m2, j, ok = tg.monthAt(j2); !ok {
			return 0, false
		}
	} else {
		return 0, false
	}
	if tg.punct(j, ",") {
		j++
	}
	y, _, ok := tg.yearAt(j)
	if !ok {
		if y, _, ok = tg.relativeYearAt(j); !ok {
			return 0, false
		}
	}
	if m > m2 {
		y--
	}
	return y, true
}

// relativeYearAt reads "last year", "this year" or "next year" at k, the
// year of a day named just before it, also set off by a comma as wire
// copy writes it ("Since May 10, last year, fighting has raged"), but not
// a possessive that starts a noun phrase ("On May 10, last year's
// winner").
func (tg *tagger) relativeYearAt(k int) (int, int, bool) {
	if tg.punct(k, ",") {
		if tg.w(k+2) != "year" || tg.isApostrophe(k+3) {
			return 0, 0, false
		}
		k++
	}
	switch tg.w(k) {
	case "last", "this", "next":
		if tg.w(k+1) == "year" && tg.hasDCT {
			return tg.yearRel(relStep(tg.w(k))), k + 2, true
		}
	}
	return 0, 0, false
}

// matchNumber matches expressions that start with digits: dates, years,
// decades, clock times and quantities of time (timexNumberRules).
func (tg *tagger) matchNumber(i int) (timexCand, bool) {
	for k := range timexNumberRules {
		if c, v := timexNumberRules[k].apply(tg, i); v != miss {
			return c, v == hit
		}
	}
	return noTimexCand, false
}

// matchCentury matches "21st century" (value "20", the first two digits
// of its years).
func (tg *tagger) matchCentury(i int) (timexCand, bool) {
	n := tg.num(i)
	j := i + 1
	if n < 1 || n > 30 || !tg.adj(j) || !tg.isOrdinalSuffix(j) || tg.w(j+1) != "century" {
		return noTimexCand, false
	}
	return timexDateCand(j+2, timexVal{g: GrainCentury, y: (n - 1) * 100})
}

// matchNumericDate matches ISO dates (2024-10-03, 2024-10) and slashed
// dates (10/3/2024, 3/10/2024) where day and month cannot be confused.
func (tg *tagger) matchNumericDate(i int) (timexCand, bool) {
	t := &tg.toks[i]
	if t.nd == 4 && tg.punct(i+1, "-") && tg.adj(i+1) && tg.adj(i+2) {
		y, m := int(t.num), tg.num(i+2)
		if tg.tok(i+2).nd != 2 || m < 1 || m > 12 {
			return noTimexCand, false
		}
		if tg.punct(i+3, "-") && tg.adj(i+3) && tg.adj(i+4) {
			d := tg.num(i + 4)
			if tg.tok(i+4).nd == 2 && d >= 1 && d <= 31 {
				return timexDateCand(i+5, timexVal{g: GrainDay, y: y, m: m, d: d})
			}
			return noTimexCand, false
		}
		return timexDateCand(i+3, timexVal{g: GrainMonth, y: y, m: m})
	}
	if t.nd <= 2 && tg.punct(i+1, "/") && tg.adj(i+1) && tg.adj(i+2) && tg.punct(i+3, "/") &&
		tg.adj(i+3) && tg.adj(i+4) && tg.tok(i+4).nd == 4 {
		a, b, y := int(t.num), tg.num(i+2), tg.num(i+4)
		var m, d int
		switch {
		case a == b && a >= 1 && a <= 12:
			m, d = a, b
		case a > 12 && a <= 31 && b >= 1 && b <= 12:
			m, d = b, a
		case b > 12 && b <= 31 && a >= 1 && a <= 12:
			m, d = a, b
		default:
			return noTimexCand, false
		}
		return timexDateCand(i+5, timexVal{g: GrainDay, y: y, m: m, d: d})
	}
	return noTimexCand, false
}

// matchYear matches a year, a decade ("1990s", "1990's") or a year with a
// quarter or half ("2024 Q3").
func (tg *tagger) matchYear(i int) (timexCand, bool) {
	y := tg.num(i)
	if tg.adj(i+1) && tg.w(i+1) == "s" {
		if y%10 == 0 {
			return timexDateCand(i+2, timexVal{g: GrainDecade, y: y})
		}
		return noTimexCand, false
	}
	if tg.adj(i+1) && tg.isApostrophe(i+1) && tg.adj(i+2) && tg.w(i+2) == "s" && y%10 == 0 {
		return timexDateCand(i+3, timexVal{g: GrainDecade, y: y})
	}
	if c, ok := tg.yearQuarter(i, y); ok {
		return c, true
	}
	if !tg.plausibleYear(i) {
		return noTimexCand, false
	}
	return timexDateCand(i+1, timexVal{g: GrainYear, y: y})
}

// yearQuarter matches a year followed by a quarter or half code: "2024
// Q3", "2024-Q3", "2019 H2".
func (tg *tagger) yearQuarter(i, y int) (timexCand, bool) {
	k := i + 1
	if tg.punct(k, "-") && tg.adj(k) {
		k++
	}
	w := tg.w(k)
	if (w != "q" && w != "h") || !tg.adj(k+1) || tg.tok(k+1).kind != ttNum || tg.tok(k+1).nd != 1 {
		return noTimexCand, false
	}
	n, g, limit := tg.num(k+1), GrainQuarter, 4
	if w == "h" {
		g, limit = GrainHalf, 2
	}
	if n < 1 || n > limit {
		return noTimexCand, false
	}
	return timexDateCand(k+2, timexVal{g: g, y: y, q: n})
}

// plausibleYear rejects four-digit numbers that count or name things:
// "1500 troops", "Resolution 2024", "$2000", "2,024".
func (tg *tagger) plausibleYear(i int) bool {
	y := tg.num(i)
	if p := tg.tok(i - 1); p.kind != 0 {
		if p.kind == ttPunct {
			switch tg.text[p.s:p.e] {
			case "$", "€", "£", "#", "¥", "-", "/", ".", "+", "–":
				// "mid-2023" and the second year of "2014-2018" are years
				if tg.adj(i) && tg.w(i-2) != "mid" && !tg.isYearAt(i-2) {
					return false
				}
			}
		}
		if p.kind == ttWord && p.lx == 0 && p.upper && i > 1 {
			switch strings.ToLower(tg.text[p.s:p.e]) {
			case "resolution", "no", "number", "route", "flight", "article", "section", "page",
				"room", "code", "model", "highway", "line", "chapter", "item", "paragraph", "law",
				"decree", "order", "bill", "act", "unit", "camp", "sector", "hill", "base", "block":
				return false
			}
		}
	}
	if n := tg.tok(i + 1); n.kind != 0 {
		if n.kind == ttPunct && (tg.text[n.s:n.e] == "%" || tg.text[n.s:n.e] == ":") {
			return false
		}
		// A lower-case word the lexicon knows only as a holiday's first
		// word is a noun or an adjective here: "2000 world leaders",
		// "2000 new cases".
		if n.kind == ttWord && (n.lx == 0 || tg.info(i+1).holiday) && !n.upper && !yearContext(tg.w(i-1)) &&
			!tg.lowerIn(i+1, yearNouns) {
			return false // "1500 troops", "about 2000 people"
		}
	}
	join := func(k int) bool { return rangeJoiner(tg.w(k)) || tg.dash(k) }
	if w := tg.w(i - 1); rangeOpener(w) && join(i+1) && tg.isYearAt(i+2) {
		return yearSpan(y, tg.num(i+2)) // "from 2019 to 2021", not "from 1500 to 2000"
	}
	if join(i-1) && tg.isYearAt(i-2) && rangeOpener(tg.w(i-3)) {
		return yearSpan(tg.num(i-2), y)
	}
	return y >= 1900 && y <= 2099 || isTimexPrep(tg.w(i-1))
}

// yearContext reports whether a word before a four-digit number makes it
// a year even when a noun follows ("in 2023 elections", "the 2024 vote",
// "their 2015 convictions").
func yearContext(w string) bool {
	switch w {
	case "in", "since", "by", "until", "till", "from", "of", "the", "during", "before", "after",
		"through", "to", "and", "between", "early", "late", "mid", "for", "fiscal", "throughout",
		"spring", "summer", "autumn", "fall", "winter",
		// a possessive before the year and its noun: "their 2015
		// convictions", "its 2024 budget" (counts that large take a comma)
		"its", "their", "his", "her":
		return true
	}
	return timexLexIndex[w] != 0 && timexLexicon[timexLexIndex[w]].month != 0
}

// matchDecadeApostrophe matches "'90s".
func (tg *tagger) matchDecadeApostrophe(i int) (timexCand, bool) {
	if !tg.isApostrophe(i) || !tg.adj(i+1) || tg.tok(i+1).kind == 0 || tg.tok(i+1).kind != ttNum ||
		tg.tok(i+1).nd != 2 || !tg.adj(i+2) || tg.w(i+2) != "s" {
		return noTimexCand, false
	}
	n := tg.num(i + 1)
	if n%10 != 0 {
		return noTimexCand, false
	}
	y := 1900 + n
	if n < 30 {
		y = 2000 + n
	}
	return timexDateCand(i+3, timexVal{g: GrainDecade, y: y})
}

// clock reads a clock time at k: "3 p.m.", "3pm", "8:30 a.m.", "15:00",
// "1500 GMT".
func (tg *tagger) clock(k int) (int, int, int, bool) {
	t := tg.tok(k)
	if t.kind == 0 || t.kind != ttNum || t.grp {
		return 0, 0, 0, false
	}
	if t.dec {
		return tg.dottedClock(k)
	}
	if tg.adj(k) && tg.punct(k-1, ":") && tg.adj(k-1) && tg.tok(k-2).kind == ttNum {
		return 0, 0, 0, false // the minutes and seconds of "2:05:06"
	}
	hh, mm, j := int(t.num), 0, k+1
	colon := false
	if t.nd <= 2 && tg.punct(j, ":") && tg.adj(j) && tg.adj(j+1) && tg.tok(j+1).kind == ttNum &&
		tg.tok(j+1).nd == 2 && tg.num(j+1) >= 0 {
		mm, j, colon = tg.num(j+1), j+2, true
	} else if t.nd == 4 && (tg.w(j) == "gmt" || tg.w(j) == "utc") {
		hh, mm = int(t.num)/100, int(t.num)%100
		colon = true
	} else if t.nd > 2 {
		return 0, 0, 0, false
	}
	if hh < 0 || hh > 24 || mm < 0 || mm > 59 {
		return 0, 0, 0, false
	}
	if colon && tg.punct(j, ":") && tg.adj(j) && tg.adj(j+1) && tg.tok(j+1).kind == ttNum && tg.tok(j+1).nd == 2 &&
		tg.num(j+1) <= 59 {
		// Seconds: a clock time with its hour mark or zone, after "at",
		// or with an hour of two digits ("14:30:00", "08:05:06"); a
		// one-digit hour alone is a time elapsed, a race's "2:05:06" or a
		// recording's, which dates nothing.
		if _, _, ok := tg.meridiem(j + 2); !ok && !clockZone(tg.w(j+2)) && tg.w(k-1) != "at" && t.nd < 2 {
			return 0, 0, 0, false
		}
		j += 2
	}
	// "5-6 pm": a span of hours is read at its first, with the second's
	// mark; the 11 of "11-1 pm" is a morning hour.
	morning := false
	if !colon && t.nd <= 2 && tg.punct(j, "-") && tg.adj(j) && tg.adj(j+1) && tg.tok(j+1).kind == ttNum &&
		tg.tok(j+1).nd <= 2 && !tg.tok(j+1).dec {
		if _, _, ok := tg.meridiem(j + 2); ok {
			morning, j = hh > tg.num(j+1), j+2
		}
	}
	if e, half, ok := tg.meridiem(j); ok && hh >= 1 && hh <= 12 {
		hh = hh % 12
		if half == 'p' && !morning {
			hh += 12
		}
		j = e
	} else if !colon {
		return 0, 0, 0, false
	}
	switch w := tg.w(j); {
	case clockZone(w):
		j++
	case w == "local":
		if tg.w(j+1) == "time" {
			j += 2
		}
	case tg.punct(j, "(") && tg.w(j+1) == "local" && tg.w(j+2) == "time" && tg.punct(j+3, ")"):
		j += 4 // "5 pm (local time) Friday": the day still follows the clock
	default:
		// "3:06 a.m. Hawaii Standard Time", "8 a.m. Iraq time"; j itself
		// when no zone is named (zoneName reads capitalised words only, so
		// it never claims "local" or a bracket)
		j = tg.zoneName(j)
	}
	return hh, mm, j, true
}

// zoneName returns where a time zone named in words after a clock ends —
// one to three capitalised words, then "time": "Hawaii Standard Time",
// "Iraq time", "Baku time" — or j when none is there. A weekday or a
// month is no zone ("3 p.m. Monday").
func (tg *tagger) zoneName(j int) int {
	k := j
	for ; k < j+3; k++ {
		t := tg.tok(k)
		if t.kind == 0 || t.kind != ttWord || !t.upper || tg.w(k) == "time" || tg.info(k).wday != 0 || tg.info(k).month != 0 {
			break
		}
	}
	if k > j && tg.w(k) == "time" {
		return k + 1
	}
	return j
}

// clockZone reports whether w, a lower-case word, names the time zone of
// a clock time: "GMT", "EST", "EAT".
func clockZone(w string) bool {
	switch w {
	case "gmt", "utc", "edt", "est", "pdt", "pst", "cet", "cest", "bst", "et", "pt", "eat", "wat", "cat":
		return true
	}
	return false
}

// dottedClock reads a clock time written with a dot, British style, at
// k: "12.50 pm", "4.17 a.m.", "10.20 GMT". The hour mark or the zone is
// required, so "12.50 euros" and "3.75 percent" are no times.
func (tg *tagger) dottedClock(k int) (int, int, int, bool) {
	t := tg.tok(k)
	s := tg.text[t.s:t.e]
	dot := len(s) - 3
	if dot < 1 || dot > 2 || s[dot] != '.' {
		return 0, 0, 0, false
	}
	hh, mm := int(s[0]-'0'), int(s[dot+1]-'0')*10+int(s[dot+2]-'0')
	if dot == 2 {
		hh = hh*10 + int(s[1]-'0')
	}
	if mm > 59 {
		return 0, 0, 0, false
	}
	j := k + 1
	if e, half, ok := tg.meridiem(j); ok && hh >= 1 && hh <= 12 {
		hh %= 12
		if half == 'p' {
			hh += 12
		}
		return hh, mm, e, true
	}
	switch tg.w(j) {
	case "gmt", "utc":
		if hh <= 23 {
			return hh, mm, j + 1, true
		}
	}
	return 0, 0, 0, false
}

// meridiem reads "a.m.", "p.m.", "am", "pm" (in any case) at k.
func (tg *tagger) meridiem(k int) (int, byte, bool) {
	switch tg.w(k) {
	case "am", "pm":
		return k + 1, tg.text[tg.toks[k].s] | 0x20, true
	case "a", "p":
		if tg.punct(k+1, ".") && tg.adj(k+1) && tg.w(k+2) == "m" && tg.adj(k+2) {
			e := k + 3
			if tg.punct(e, ".") && tg.adj(e) {
				e++
			}
			return e, tg.text[tg.toks[k].s] | 0x20, true
		}
	}
	return 0, 0, false
}

// clockCand makes the TIME of a clock time ending at token j, on the day
// named right after it ("3 p.m. on Tuesday") or else on the last day
// mentioned (the publication date when none).
func (tg *tagger) clockCand(j, hh, mm int) (timexCand, bool) {
	day := tg.clockDay()
	k := j
	if tg.w(k) == "on" || tg.punct(k, ",") {
		k++
	}
	end := j
	if k < j+2 {
		if c, ok := tg.matchDayAfterClock(k); ok {
			day = c.v
			if k == j && c.v.g == GrainDay {
				end = c.j // TimeML keeps "noon Friday", "3 p.m. today" whole
			}
		} else if e := tg.bracketedClock(j); e > 0 {
			// "at 11.59 p.m. (2059 GMT) on Sunday evening": the day after
			// the clock's conversion to the wire's zone is the clock's.
			if tg.w(e) == "on" || tg.punct(e, ",") {
				e++
			}
			if c, ok := tg.matchDayAfterClock(e); ok {
				day = c.v
			}
		} else if _, e, ok := tg.rangeClock(j); ok {
			// "from 9 a.m. to 5 p.m. on Monday": both ends on that day.
			if tg.w(e) == "on" || tg.punct(e, ",") {
				e++
			}
			if c, ok := tg.matchDayAfterClock(e); ok {
				day = c.v
			}
		}
	}
	v := day
	v.g, v.hh, v.mm, v.clock = GrainTime, hh, mm, true
	return timexCand{j: end, typ: TypeTime, v: v}, true
}

// bracketedClock returns where a clock time in brackets that restates
// the one before it in another zone ends, after its closing bracket —
// "(2059 GMT)", "(13:06 GMT)" — or 0. A bracket that carries a day of its
// own ("(0130 GMT Thursday)") is not read: the zone's day may not be the
// clock's.
func (tg *tagger) bracketedClock(j int) int {
	if !tg.punct(j, "(") {
		return 0
	}
	if _, _, e, ok := tg.clock(j + 1); ok && tg.punct(e, ")") {
		return e + 1
	}
	return 0
}

// bracketedMeasure returns where a measure restated in other units in
// brackets after the one before it ends, after its closing bracket —
// "800 millimeters (31 inches)", "120 km (75 miles)" — or 0: a number and
// one or two lower-case words, after a word.
func (tg *tagger) bracketedMeasure(j int) int {
	if !tg.punct(j, "(") || tg.tok(j-1).kind != ttWord || tg.tok(j+1).kind != ttNum {
		return 0
	}
	for k := j + 2; k <= j+3; k++ {
		if t := tg.tok(k); t.kind != ttWord || t.upper {
			break
		}
		if tg.punct(k+1, ")") {
			return k + 2
		}
	}
	return 0
}

// rangeClock reads, at j, the second end of a range of clock times ("to 5
// p.m.", "and 4 p.m.", "- 17:00") and returns its hour and where it ends.
func (tg *tagger) rangeClock(j int) (int, int, bool) {
	switch {
	case tg.rangeWord(j):
	case tg.dash(j):
	default:
		return 0, 0, false
	}
	hh, _, e, ok := tg.clock(j + 1)
	return hh, e, ok
}

// rangeStartHour reads a bare hour at i that opens a range of clock times
// whose second end carries the hour mark: "between 2 and 4 p.m.", "from 9
// to 11 a.m." — the first end takes the same half of the day when it fits.
func (tg *tagger) rangeStartHour(i int) (int, bool) {
	t := tg.tok(i)
	if t.kind == 0 || t.kind != ttNum || t.dec || t.grp || t.num < 1 || t.num > 12 || !tg.rangeOpener(i-1) {
		return 0, false
	}
	h2, _, ok := tg.rangeClock(i + 1)
	if !ok {
		return 0, false
	}
	hh := int(t.num) % 12
	if h2 >= 12 && hh+12 <= h2 {
		hh += 12
	}
	return hh, true
}

// yearGiven reports whether tokens [i, j) hold a year.
func (tg *tagger) yearGiven(i, j int) bool {
	for k := i; k < j; k++ {
		if t := tg.tok(k); t.kind != 0 && t.kind == ttNum && t.nd == 4 {
			return true
		}
	}
	return false
}

// agreeWeekday moves a day whose year was guessed to the nearest year in
// which it falls on weekday wd: "Saturday, March 16" published in March
// 2013 is 16 March 2013, a Saturday.
func agreeWeekday(v timexVal, wd int) timexVal {
	for _, dy := range []int{0, -1, 1} {
		t := time.Date(v.y+dy, time.Month(v.m), v.d, 0, 0, 0, 0, time.UTC)
		if t.Day() == v.d && int(t.Weekday()+6)%7+1 == wd {
			v.y += dy
			return v
		}
	}
	return v
}

// matchDayAfterClock peeks at the day after a clock time, without
// recording it.
func (tg *tagger) matchDayAfterClock(k int) (timexCand, bool) {
	if tg.info(k).wday != 0 && !tg.info(k).wdayPl {
		return tg.matchWeekday(k)
	}
	switch tg.w(k) {
	case "today", "yesterday", "tomorrow":
		return tg.matchWord(k)
	case "last", "next", "this":
		return tg.relWeekdayAfterClock(k)
	}
	return tg.matchDateAt(k)
}
