package extract

import (
	"strconv"
	"strings"
)

// Quantities of time: durations ("three years", "a one-year extension",
// "several days", "within hours") and the dates they make with "ago",
// "later", "from now" and a future "in".

// timexNumberWord reads a cardinal number written in words at token k
// ("three", "twenty-one", "twenty one", "one hundred"), returning its value
// and the token after it. "a" and "an" are not read here.
func timexNumberWord(tg *tagger, k int) (int, int, bool) {
	in := tg.info(k)
	if in.num == 0 || in.word == "a" || in.word == "an" || in.word == "hundred" || in.word == "dozen" {
		return 0, 0, false
	}
	n, j := in.num, k+1
	if n >= 20 && n <= 90 && n%10 == 0 {
		e := j
		if tg.punct(e, "-") && tg.adj(e) {
			e++
		}
		if u := tg.info(e).num; u > 0 && u < 10 && tg.w(e) != "a" && tg.w(e) != "an" {
			n, j = n+u, e+1
		}
	}
	if n < 10 && tg.w(j) == "hundred" {
		n, j = n*100, j+1
	}
	return n, j, true
}

// amount reads the amount of a duration at token i: a number ("3",
// "3.5"), a number word, "a"/"an", "half a", "a couple of", "a dozen", or a
// vague quantifier ("several", "a few", "many"), which gives n = -1.
func (tg *tagger) amount(i int) (n int, frac string, j int, article bool, ok bool) {
	t := tg.tok(i)
	if t.kind == 0 {
		return 0, "", 0, false, false
	}
	if t.kind == ttNum {
		if t.grp {
			return 0, "", 0, false, false
		}
		if t.dec {
			s := tg.text[t.s:t.e]
			if len(s) > 12 {
				return 0, "", 0, false, false
			}
			return 0, s, i + 1, false, true
		}
		if t.num < 0 || t.nd > 6 {
			return 0, "", 0, false, false
		}
		if f := tg.vulgarFraction(i + 1); f != "" {
			return 0, strconv.Itoa(int(t.num)) + f, i + 2, false, true // "6½ years"
		}
		return int(t.num), "", i + 1, false, true
	}
	switch t.w() {
	case "a", "an":
		switch tg.w(i + 1) {
		case "few":
			return -1, "", i + 2, false, true
		case "couple":
			if tg.w(i+2) == "of" {
				return 2, "", i + 3, false, true
			}
			return 2, "", i + 2, false, true
		case "dozen":
			return 12, "", i + 2, false, true
		}
		return 1, "", i + 1, true, true
	case "half":
		if w := tg.w(i + 1); w == "a" || w == "an" {
			return 0, "0.5", i + 2, false, true
		}
		if tg.info(i+1).unit != uNone && !tg.info(i+1).unitPl {
			return 0, "0.5", i + 1, false, true // "half year"
		}
	case "another", "all", "whole", "entire", "full":
		k := i + 1
		if tg.punct(k, "-") && tg.adj(k) && tg.adj(k+1) {
			k++ // "full-year results", "an all-day strike"
		}
		if in := tg.info(k); in.unit != uNone && !in.unitPl {
			return 1, "", i + 1, false, true
		}
	case "several", "few", "many", "some":
		return -1, "", i + 1, false, true
	case "couple":
		if tg.w(i+1) == "of" {
			return 2, "", i + 2, false, true
		}
	}
	if n, j, ok := timexNumberWord(tg, i); ok {
		if tg.w(j) == "and" && tg.w(j+1) == "a" && tg.w(j+2) == "half" {
			return 0, strconv.Itoa(n) + ".5", j + 3, false, true
		}
		return n, "", j, false, true
	}
	return 0, "", 0, false, false
}

// vulgarFraction is the decimal part a fraction sign at token k adds to
// the number right before it ("6½" is 6.5), "" when there is none.
func (tg *tagger) vulgarFraction(k int) string {
	t := tg.tok(k)
	if t.kind != ttPunct || t.sp {
		return ""
	}
	switch tg.text[t.s:t.e] {
	case "½":
		return ".5"
	case "¼":
		return ".25"
	case "¾":
		return ".75"
	}
	return ""
}

// bareDurationContext reports whether a bare plural unit after word w is a
// vague duration: "for months", "within hours", "after years".
func bareDurationContext(w string) bool {
	switch w {
	case "for", "within", "over", "after", "in", "than", "throughout", "or", "take", "takes",
		"took", "taken", "taking", "spent", "spend", "lasted", "last", "lasting", "waited", "wait":
		return true
	}
	return false
}

// bareDurationAfter reports whether a bare plural unit before word w is a
// vague duration: "hours after the attack", "months of talks", "years ago".
func bareDurationAfter(w string) bool {
	switch w {
	case "after", "before", "later", "earlier", "of", "ago":
		return true
	}
	return false
}

// matchQuantity matches a quantity of time at i and what it makes: a
// DURATION, or a DATE with "ago", "later", "earlier", "from now", or "in"
// in a future clause.
func (tg *tagger) matchQuantity(i int) (timexCand, bool) {
	n, frac, j, article, ok := tg.amount(i)
	hyph := false
	if !ok {
		in := tg.info(i)
		if !in.unitPl || in.unit < uHour || !bareDurationContext(tg.lowerWord(i-1)) && !bareDurationAfter(tg.w(i+1)) {
			return noTimexCand, false
		}
		n, j = -1, i
	} else if tg.punct(j, "-") && tg.adj(j) && tg.adj(j+1) && n >= 0 {
		j++
		hyph = true
	}
	if tg.info(j).unit == uNone && countAdjective(tg.w(j), article) && tg.info(j+1).unit != uNone && !hyph {
		j++ // "three consecutive days", "two more years"
	}
	if tg.titleCased(i, j) {
		return noTimexCand, false // "the Six-Day War", the film "Thirteen Days"
	}
	in := tg.info(j)
	u := in.unit
	if u == uNone || (article && (u == uSecond || in.unitPl)) || (hyph && in.unitPl && n <= 1) {
		return noTimexCand, false
	}
	e := j + 1
	if article && tg.punct(e, "-") && tg.adj(e) && tg.adj(e+1) && (tg.w(e+1) == "long" || tg.w(e+1) == "old") {
		return noTimexCand, false // "a month-long siege": the article is the noun's
	}
	if tg.punct(e, "-") && tg.adj(e) && tg.w(e+1) == "time" {
		return noTimexCand, false // "a night-time curfew"
	}
	if article && u >= uHour && u <= uYear && u != uDecade && tg.perUnit(i) && !countedDateWord(tg.w(e)) {
		// "300 trucks a day", "$2 a day": a rate, TimeML's SET.
		return timexValueCand(e, TypeSet, durationValue(1, "", u))
	}
	if frac == "" && n >= 0 && tg.w(e) == "and" && tg.w(e+1) == "a" && tg.w(e+2) == "half" {
		frac, e = strconv.Itoa(n)+".5", e+3
	} else if frac == "" && n >= 0 && tg.w(e) == "and" && tg.w(e+1) == "half" {
		frac, e = strconv.Itoa(n)+".5", e+2 // "an hour and half"
	}
	if hyph {
		if tg.punct(e, "-") && tg.adj(e) && tg.adj(e+1) && (tg.lowerWord(e+1) == "old" || tg.lowerWord(e+1) == "long") {
			e += 2 // "a 40-year-old man", "a two-week-long truce"
		}
		return timexValueCand(e, TypeDuration, durationValue(n, frac, u))
	}
	if n >= 0 && frac == "" {
		if c, ok := tg.countedDate(i, e, u, n); ok {
			return c, true
		}
	} else if tg.w(e) == "ago" {
		if months, ok := fracMonths(frac, u); ok {
			c, _ := timexDateCand(e+1, tg.countVal(uMonth, -months)) // "a year and a half ago"
			c.ago = true
			return c, true
		}
		return timexValueCand(e+1, TypeDate, "PAST_REF")
	}
	if n >= 0 && frac == "" {
		if value, end, parts, ok := tg.compoundParts(e, u, n); ok {
			if tg.w(end) == "ago" {
				if v, ok := tg.compoundAgo(parts); ok {
					c, _ := timexDateCand(end+1, v) // "two years and three months ago"
					c.ago = true
					return c, true
				}
			}
			return timexValueCand(end, TypeDuration, value)
		}
	}
	if u == uYear && n > 0 && tg.w(e) == "old" {
		e++ // an age: "a man 30 years old"
	}
	return timexValueCand(e, TypeDuration, durationValue(n, frac, u))
}

// countedDate matches what turns n units (tokens [i, e)) into a date:
// "ago", "later", "earlier", "from now", "after today", "before 3 May",
// and a future "in three months".
func (tg *tagger) countedDate(i, e int, u uint8, n int) (timexCand, bool) {
	var c timexCand
	if w := tg.w(e); (w == "ago" || w == "earlier") && u == uYear && tg.hasPeriod &&
		tg.periodSent == tg.sent && tg.w(e+1) != "than" {
		// "profit rose in the fourth quarter from $45 million a year
		// earlier": that quarter a year before.
		c, _ = timexDateCand(e+1, shiftVal(tg.period, u, -n))
		c.ago, c.ref = w == "ago", refAnaphor
		return c, true
	}
	switch tg.w(e) {
	case "ago":
		v := tg.agoVal(i, u, n)
		if n == 1 && (u == uWeek || u == uMonth || u == uYear) && tg.comparedWith(i) {
			v = tg.relUnit(u, -1) // "up 5% from a year ago": last year as a whole
		}
		c, _ = timexDateCand(e+1, v)
		c.ago = true
		return c, true
	case "later", "earlier":
		if tg.w(e+1) == "than" {
			return noTimexCand, false
		}
		k := n
		if tg.w(e) == "earlier" {
			k = -n
		}
		if tg.hasAnchor && tg.anchor.y > 0 && tg.anchor.g > countGranFor(u, n) {
			// "a year earlier" than the third quarter is that quarter a
			// year before: keep the coarser granularity of the reference.
			return timexDateCand(e+1, shiftVal(tg.anchor, u, k))
		}
		return timexDateCand(e+1, tg.fromAnchor(func() timexVal { return tg.countVal(u, k) }))
	case "from", "after", "before":
		if tg.w(e) == "from" && tg.w(e+1) == "now" {
			return timexDateCand(e+2, tg.countVal(u, n))
		}
		ref, ok := tg.matchDayAfterClock(e + 1)
		if !ok {
			ref, ok = tg.matchHoliday(e + 1) // "two days before Christmas"
		}
		if !ok || ref.v.g != GrainDay || ref.v.y == 0 || ref.v.m == 0 || ref.v.d == 0 {
			return noTimexCand, false
		}
		k := n
		if tg.w(e) == "before" {
			k = -n
		}
		saved, had := tg.dct, tg.hasDCT
		tg.dct, tg.hasDCT = ref.v.start(), true
		v := tg.countValAt(u, k, true)
		tg.dct, tg.hasDCT = saved, had
		c, _ = timexDateCand(ref.j, v)
		c.ago = true
		return c, true
	}
	if tg.w(i-1) == "in" && n > 0 && u >= uDay && tg.tense(i, e) == cueFuture {
		return timexDateCand(e, tg.countVal(u, n))
	}
	return noTimexCand, false
}

// comparedWith reports whether the count at token i is the base of a
// comparison ("down 5% from 2,587 a week ago", "an increase over a week
// ago", "the pace of a year ago", "higher than a year ago"): the period
// as a whole is meant, not the day or month it reaches back to.
func (tg *tagger) comparedWith(i int) bool {
	p := tg.tok(i - 1)
	if p.kind == ttNum || p.kind == ttPunct && tg.text[p.s:p.e] == "%" {
		return true // "from 2,587 a week ago"
	}
	switch tg.lowerWord(i - 1) {
	case "than":
		switch tg.lowerWord(i - 2) {
		case "more", "less", "fewer", "longer":
			return false // "more than a year ago": a modifier, not a base
		}
		return true
	case "from", "of", "versus", "vs":
		return true
	case "over":
		return changeNouns[tg.lowerWord(i-2)]
	}
	return false
}

// changeNouns name a change, measured over a base: "an increase over a
// week ago".
var changeNouns = map[string]bool{
	"increase": true, "decrease": true, "rise": true, "gain": true, "jump": true, "drop": true,
	"decline": true, "fall": true, "growth": true, "improvement": true, "surge": true, "dip": true,
}

// fromAnchor evaluates f with the last date mentioned standing in for the
// publication date ("three days later").
func (tg *tagger) fromAnchor(f func() timexVal) timexVal {
	if !tg.hasAnchor || tg.anchor.y == 0 {
		return f()
	}
	saved, had := tg.dct, tg.hasDCT
	tg.dct, tg.hasDCT = tg.anchor.start(), true
	v := f()
	tg.dct, tg.hasDCT = saved, had
	return v
}

// compoundDuration extends a duration of n units u ending at token e with
// smaller units that follow ("two years and three months", "1 year 1
// month 21 days"), returning the combined value.
func (tg *tagger) compoundDuration(e int, u uint8, n int) (string, int, bool) {
	v, end, _, ok := tg.compoundParts(e, u, n)
	return v, end, ok
}

// compoundParts is compoundDuration with the count of each unit.
func (tg *tagger) compoundParts(e int, u uint8, n int) (string, int, [uCentury + 1]int, bool) {
	parts := [uCentury + 1]int{}
	parts[u] = n
	last, end, found := u, e, false
	for k := 0; k < 4; k++ {
		j := end
		if tg.w(j) == "and" || tg.punct(j, ",") {
			j++
		}
		m, _, a, article, ok := tg.amount(j)
		if !ok || m < 0 || article && tg.w(j) != "a" && tg.w(j) != "an" {
			break
		}
		in := tg.info(a)
		if in.unit == uNone || in.unit >= last || in.unit == uNight || in.unit == uWeekend || in.unit == uFortnight {
			break
		}
		parts[in.unit] += m
		last, end, found = in.unit, a+1, true
	}
	v := compoundValue(parts)
	if !found || v == "P" {
		return "", 0, parts, false // nothing to add, or all zero ("0 years 0 weeks")
	}
	return v, end, parts, true
}

// compoundAgo is the date a compound duration before the publication date
// names ("two years and three months ago"): a day when days or weeks are
// counted, else a month.
func (tg *tagger) compoundAgo(p [uCentury + 1]int) (timexVal, bool) {
	if !tg.hasDCT || p[uHour]+p[uMinute]+p[uSecond] > 0 || p[uDecade]+p[uCentury] > 0 {
		return timexVal{}, false
	}
	t := tg.dct.AddDate(-p[uYear], -p[uMonth]-3*p[uQuarter], -7*p[uWeek]-p[uDay])
	if p[uWeek]+p[uDay] > 0 {
		return dayVal(t), true
	}
	return monthVal(t.Year()*12 + int(t.Month()) - 1), true
}

// compoundValue formats a duration of several units: P1Y2M3W4DT5H6M7S.
func compoundValue(p [uCentury + 1]int) string {
	b := []byte{'P'}
	add := func(n int, c string) {
		if n > 0 {
			b = strconv.AppendInt(b, int64(n), 10)
			b = append(b, c...)
		}
	}
	add(p[uCentury]*100+p[uDecade]*10+p[uYear], "Y")
	add(p[uQuarter]*3+p[uMonth], "M")
	add(p[uWeek], "W")
	add(p[uDay], "D")
	if p[uHour]+p[uMinute]+p[uSecond] > 0 {
		b = append(b, 'T')
		add(p[uHour], "H")
		add(p[uMinute], "M")
		add(p[uSecond], "S")
	}
	return string(b)
}

// fracMonths converts a fractional number of years or months to whole
// months ("1.5" years is 18 months).
func fracMonths(frac string, u uint8) (int, bool) {
	if frac == "" || (u != uYear && u != uMonth) {
		return 0, false
	}
	f, err := strconv.ParseFloat(frac, 64)
	if err != nil || f <= 0 || f > 1000 {
		return 0, false
	}
	if u == uYear {
		f *= 12
	}
	m := int(f + 0.5)
	return m, m > 0
}

// countedDateWord reports whether w after a quantity of time makes it a
// date ("a decade ago", "a week later").
func countedDateWord(w string) bool {
	switch w {
	case "ago", "later", "earlier", "from", "after", "before":
		return true
	}
	return false
}

// perUnit reports whether "a" at i reads "per": after a number or a
// plural count ("300 trucks a day", "$5 a week").
func (tg *tagger) perUnit(i int) bool {
	p := tg.tok(i - 1)
	if p.kind == 0 {
		return false
	}
	if p.kind == ttNum {
		return true
	}
	switch p.w() {
	case "times", "once", "twice":
		return true // "three times a week"
	}
	if in := p.info(); in.unitPl && in.unit != uNone {
		return true // "12 hours a day"
	}
	switch tg.lowerWord(i - 1) {
	case "million", "billion", "trillion", "thousand", "percent", "cents":
		return true // "$2 million a year"
	}
	if p.kind == ttPunct && tg.text[p.s:p.e] == "%" {
		return true // "5% a year"
	}
	if p.kind != ttWord || p.lx != 0 || p.upper {
		return false
	}
	w := tg.text[p.s:p.e]
	return len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss")
}

// subDay is 0 for units shorter than a day (an offset of hours stays on the
// same day) and 1 otherwise.
func subDay(u uint8) int {
	if u < uDay {
		return 0
	}
	return 1
}

// matchOrdinalFirst matches expressions that start with an ordinal word:
// "second of August", "first quarter of 2024", "second half of 2024".
func (tg *tagger) matchOrdinalFirst(i int) (timexCand, bool) {
	if c, ok := tg.matchDayMonth(i); ok {
		return c, true // "second of August"
	}
	return tg.matchOrdinalPeriod(i)
}

// countVal is the date k units from the publication date (k < 0 before
// it). A single unit names a point one step finer than the unit, since "a
// week ago" is a day and "a year ago" a month (this time last year): days
// and weeks give a day, months and years a month, a decade a year. Several
// units name a period of the unit itself, as TimeML annotates them: "three
// years ago" is a year, "two weeks ago" a week, "six months ago" a month.
func (tg *tagger) countVal(u uint8, k int) timexVal { return tg.countValAt(u, k, false) }

// countValAt is countVal; exact asks for the finer value even for several
// units, as arithmetic from a named day gives a day ("two weeks after 3
// May").
func (tg *tagger) countValAt(u uint8, k int, exact bool) timexVal {
	if !exact && (k > 1 || k < -1) {
		switch u {
		case uWeek, uYear, uMonth, uQuarter, uDecade, uCentury, uWeekend:
			return tg.relUnit(u, k)
		case uFortnight:
			return tg.relUnit(uWeek, 2*k)
		}
	}
	switch u {
	case uHour:
		// Whole days of hours move the day ("24 hours earlier", "48 hours
		// ago"); fewer may or may not cross midnight.
		return tg.relUnit(uDay, k/24)
	case uSecond, uMinute:
		return tg.relUnit(uDay, 0)
	case uDay, uNight, uWeek, uWeekend, uFortnight:
		return tg.relUnit(uDay, k*unitDays(u))
	case uMonth, uQuarter:
		return tg.relUnit(uMonth, k*quarterMonths(u))
	case uYear:
		return tg.relUnit(uMonth, 12*k)
	case uDecade:
		return tg.relUnit(uYear, 10*k)
	}
	return tg.relUnit(uDecade, 10*k)
}

// countGran is the granularity countVal gives a count of unit u.
func countGran(u uint8) Grain {
	switch u {
	case uSecond, uMinute, uHour, uDay, uNight, uWeek, uWeekend, uFortnight:
		return GrainDay
	case uMonth, uQuarter, uYear:
		return GrainMonth
	case uDecade:
		return GrainYear
	}
	return GrainDecade
}

// countGranFor is countGran for a count of n units.
func countGranFor(u uint8, n int) Grain {
	if n > 1 && u >= uWeek {
		return unitGran(u)
	}
	return countGran(u)
}

// shiftVal moves v by k units u, keeping its granularity.
func shiftVal(v timexVal, u uint8, k int) timexVal {
	t := v.start()
	switch u {
	case uDay, uNight:
		t = t.AddDate(0, 0, k)
	case uWeek, uWeekend, uFortnight:
		t = t.AddDate(0, 0, 7*k*max(1, unitDays(u)/7))
	case uMonth:
		t = t.AddDate(0, k, 0)
	case uQuarter:
		t = t.AddDate(0, 3*k, 0)
	case uYear:
		t = t.AddDate(k, 0, 0)
	case uDecade:
		t = t.AddDate(10*k, 0, 0)
	case uCentury:
		t = t.AddDate(100*k, 0, 0)
	default:
		return v
	}
	out := timexVal{g: v.g, y: t.Year(), season: v.season}
	switch v.g {
	case GrainWeek, GrainWeekend:
		out = weekVal(t)
		out.g = v.g
	case GrainMonth:
		out.m = int(t.Month())
	case GrainQuarter:
		out.q = (int(t.Month())-1)/3 + 1
	case GrainHalf:
		out.q = (int(t.Month())-1)/6 + 1
	case GrainDecade:
		out.y = t.Year() / 10 * 10
	case GrainCentury:
		out.y = t.Year() / 100 * 100
	}
	return out
}

// quarterMonths is the number of months in one unit u of months or quarters.
func quarterMonths(u uint8) int {
	if u == uQuarter {
		return 3
	}
	return 1
}

// countAdjective reports whether w can stand between a count and its unit
// of time: "three consecutive days", "two more years", "five full weeks";
// after "a" only those that keep it one unit ("an extra day", "a further
// year").
func countAdjective(w string, article bool) bool {
	switch w {
	case "full", "whole", "entire", "additional", "extra", "further":
		return true
	case "consecutive", "straight", "successive", "more", "long":
		return !article
	}
	return false
}

// titleCased reports whether the unit at j is capitalised inside running
// text, which makes the quantity from i part of a name or a title: "the
// Six-Day War", "the film Thirteen Days". In a title-case headline the
// word before the quantity is capitalised too, and the quantity stays.
func (tg *tagger) titleCased(i, j int) bool {
	t := tg.tok(j)
	if t.kind == 0 || t.kind != ttWord || !t.upper {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		p := &tg.toks[k]
		if p.kind == ttWord {
			return !p.upper
		}
	}
	return false
}
