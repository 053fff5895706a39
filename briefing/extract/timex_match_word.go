package extract

import (
	"strconv"
	"time"
)

// Expressions that start with a word: deictic days, relative periods
// ("last week", "next month", "earlier this year"), anchored ones ("the
// next day"), seasons, quarters, vague references and sets.

// relStep is the step a relative word takes: -1, 0 or +1 (and 0 for
// words that are not relative).
func relStep(w string) int { return relativeWords[w] }

// isRelWord reports whether w relates a period to the publication date.
func isRelWord(w string) bool {
	in := lexiconInfo(w)
	return in != nil && in.rel
}

// matchWord matches expressions led by a lexicon word: the rule the word
// leads (timexWordRules), else the rules for words of a class
// (timexClassRules).
func (tg *tagger) matchWord(i int) (timexCand, bool) {
	in := tg.info(i)
	if !in.leads {
		return noTimexCand, false
	}
	if in.wordRule != 0 {
		if c, v := timexWordRules[in.wordRule-1].apply(tg, i); v != miss {
			return c, v == hit
		}
	}
	t := tg.tok(i)
	for k := range timexClassRules {
		if !timexClassRules[k].gate.open(t, in) {
			continue
		}
		if c, v := timexClassRules[k].apply(tg, i); v != miss {
			return c, v == hit
		}
	}
	return noTimexCand, false
}

// The rules of timexWordRules and timexClassRules that are logic rather
// than a value.

func (tg *tagger) matchTonight(i int) (timexCand, bool) {
	return nightOf(i+1, tg.relUnit(uDay, 0)), true
}

// matchWeekendEvent matches "weekend" before a noun that names an event:
// "a deadly weekend siege", "the weekend attacks" — the last weekend, or
// the next in a future clause. "weekend markets" names no event.
func (tg *tagger) matchWeekendEvent(i int) (timexCand, bool) {
	if !weekendEvents[tg.lowerWord(i+1)] || tg.lowerIn(i-1, weekendNotOne) {
		return noTimexCand, false
	}
	dir := -1
	if tg.tense(i, i+1) == cueFuture {
		dir = 1
	}
	return timexDateCand(i+1, tg.nearWeekend(dir))
}

// weekendEvents are the nouns of news events that "weekend" may date.
var weekendEvents = map[string]bool{"attack": true, "attacks": true, "siege": true, "raid": true, "raids": true,
	"strike": true, "strikes": true, "fighting": true, "clashes": true, "violence": true, "shelling": true,
	"bombing": true, "bombings": true, "assault": true, "offensive": true, "ambush": true, "massacre": true,
	"shooting": true, "blast": true, "explosion": true, "protest": true, "protests": true, "riots": true,
	"storm": true, "floods": true, "flooding": true, "earthquake": true, "quake": true, "killings": true,
	"talks": true, "summit": true, "vote": true, "election": true, "elections": true}

// weekendNotOne are the words before "weekend" that make it no single
// weekend ("every weekend protest").
var weekendNotOne = map[string]bool{"every": true, "each": true, "most": true}

// matchDawnOnDay matches "at dawn" or "at dusk" with its day: "at dawn
// on Thursday", "at dusk on 3 May" are that day's morning and evening. A
// bare "at dawn" names no day, and "before dawn on 3 October" dates the
// day, not its morning.
func (tg *tagger) matchDawnOnDay(i int) (timexCand, bool) {
	if tg.w(i-1) != "at" {
		return noTimexCand, false
	}
	return tg.partOnDay(i+1, tg.info(i).part)
}

// partOnDay matches "on" and a day at k, after a part of the day: the
// TIME of that part on that day.
func (tg *tagger) partOnDay(k int, part string) (timexCand, bool) {
	if tg.w(k) != "on" || part == "" {
		return noTimexCand, false
	}
	c, ok := tg.matchDayAfterClock(k + 1)
	if !ok || c.v.g != GrainDay {
		return noTimexCand, false
	}
	c.typ, c.v.g, c.v.part = TypeTime, GrainTime, part
	return c, true
}

func (tg *tagger) matchOvernight(i int) (timexCand, bool) {
	if tg.w(i+1) == "curfew" || tg.w(i+1) == "stay" {
		return noTimexCand, false
	}
	k := i + 1
	if tg.w(k) == "from" {
		k++
	}
	if c, ok := tg.nightThrough(k); ok {
		return c, true // "overnight from Wednesday to Thursday"
	}
	if tg.w(i+1) == "into" {
		// "overnight into Sunday": one night, the one before that day.
		if c, ok := tg.matchDayAfterClock(i + 2); ok && c.v.g == GrainDay {
			return nightOf(c.j, dayVal(c.v.start().AddDate(0, 0, -1))), true
		}
	}
	if tg.w(k) == "on" {
		k++
	}
	if c, ok := tg.matchDayAfterClock(k); ok && c.v.g == GrainDay {
		// "drones attacked overnight Saturday", "overnight on Saturday":
		// that day's night, one time, as "on Saturday overnight" is (not
		// the day and a second night, the paper's eve).
		return nightOf(c.j, c.v), true
	}
	return nightOf(i+1, tg.overnightDay(i)), true
}

func (tg *tagger) matchRecentUnits(i int) (timexCand, bool) {
	if in := tg.info(i + 1); in.unitPl && in.unit >= uDay {
		return timexValueCand(i+2, TypeDate, "PAST_REF")
	}
	return noTimexCand, false
}

func (tg *tagger) matchAtPresent(i int) (timexCand, bool) {
	if tg.w(i-1) == "at" {
		return timexValueCand(i+1, TypeDate, "PRESENT_REF")
	}
	return noTimexCand, false
}

func (tg *tagger) matchTheseDays(i int) (timexCand, bool) {
	if tg.w(i+1) == "days" {
		return timexValueCand(i+2, TypeDate, "PRESENT_REF")
	}
	return noTimexCand, false
}

// matchThatUnit matches "that day", "that week": the period of the last
// date mentioned.
func (tg *tagger) matchThatUnit(i int) (timexCand, bool) {
	if u := tg.info(i + 1).unit; u >= uDay && u != uNight && !tg.info(i+1).unitPl && tg.hasAnchor {
		c, ok := timexDateCand(i+2, tg.shiftAnchor(u, 0))
		if tg.apposedToDate(i, u) {
			c.ref = refNoEntry
		}
		return c, ok
	}
	if !tg.hasAnchor || tg.anchor.y == 0 || !tg.tok(i+1).upper && tg.info(i+1).season == "" ||
		reportVerbs[tg.lowerWord(i-1)] || eventReportingVerbs[tg.lowerWord(i-1)] {
		return noTimexCand, false // "said that March was the worst month"
	}
	// "in 2021, when 279 schoolgirls were taken; they were freed that
	// March": the month or season of the year last named.
	if m, j, ok := tg.monthAt(i + 1); ok && !tg.info(i+1).monthAbbr {
		return timexDateCand(j, timexVal{g: GrainMonth, y: tg.anchor.y, m: m})
	}
	if in := tg.info(i + 1); in.season != "" && in.word[len(in.word)-1] != 's' {
		return timexDateCand(i+2, timexVal{g: GrainSeason, y: tg.anchor.y, season: in.season})
	}
	return noTimexCand, false
}

func (tg *tagger) matchFrequencyWord(i int) (timexCand, bool) {
	return timexValueCand(i+1, TypeSet, frequencyValues[tg.w(i)])
}

func (tg *tagger) matchOnceTwice(i int) (timexCand, bool) { return tg.matchFrequency(i, i+1) }

// matchNoonMidnight matches "noon", "midnight" and "midday" ("midday
// Saturday", but not "midday prayers").
func (tg *tagger) matchNoonMidnight(i int) (timexCand, bool) {
	w := tg.w(i)
	if w == "midday" && tg.w(i-1) != "at" && tg.w(i-1) != "by" {
		if _, ok := tg.matchDayAfterClock(i + 1); !ok {
			return noTimexCand, false
		}
	}
	if w != "midnight" {
		return tg.clockCand(i+1, 12, 0)
	}
	c, ok := tg.clockCand(i+1, 0, 0)
	k := i + 1
	if e := tg.bracketedClock(k); e > 0 {
		k = e // "around midnight (2100 GMT) on Tuesday"
	}
	if tg.w(k) == "on" || tg.punct(k, ",") {
		k++
	}
	if _, named := tg.matchDayAfterClock(k); ok && (named || tg.dayBefore(i)) {
		// "at midnight on Friday", "before midnight Thursday", "Friday's
		// midnight deadline": the midnight that ends the day named,
		// T24:00 as TimeML writes it (and every dev annotator did), not
		// the one that opened it.
		c.v.hh = 24
	}
	return c, ok
}

// dayBefore reports whether the date tagged last is a day that ends right
// before token i, or owns it ("Friday's midnight"), and so is the day of
// the clock at i (clockDay's anchor).
func (tg *tagger) dayBefore(i int) bool {
	if len(tg.out) == 0 || i < 1 {
		return false
	}
	prev := &tg.out[len(tg.out)-1]
	if prev.sent != tg.sent || prev.v.g != GrainDay {
		return false
	}
	k := i - 1
	if tg.w(k) == "s" && tg.isApostrophe(k-1) {
		k -= 2
	}
	return k >= 0 && prev.End == int(tg.toks[k].e)
}

// matchPerUnit matches "per year" (a SET).
func (tg *tagger) matchPerUnit(i int) (timexCand, bool) {
	if in := tg.info(i + 1); in.unit >= uHour && in.unit <= uYear && !in.unitPl {
		return timexValueCand(i+2, TypeSet, durationValue(1, "", in.unit))
	}
	return noTimexCand, false
}

// matchYearEnd matches "year-end", "yearend" (the end of the year).
func (tg *tagger) matchYearEnd(i int) (timexCand, bool) {
	j := i + 1
	if tg.w(i) == "year" {
		if !(tg.punct(i+1, "-") && tg.adj(i+1) && tg.adj(i+2) && tg.w(i+2) == "end") {
			return noTimexCand, false
		}
		j = i + 3
	}
	c, _ := timexDateCand(j, tg.yearEnd(i))
	c.mod = ModEnd
	return c, true
}

// matchFiscalYear matches "fiscal 2024", "fiscal year 2024".
func (tg *tagger) matchFiscalYear(i int) (timexCand, bool) {
	j := i + 1
	if tg.w(j) == "year" {
		j++
	}
	if y, e, ok := tg.yearAt(j); ok {
		return timexValueCand(e, TypeDate, "FY"+strconv.Itoa(y))
	}
	return noTimexCand, false
}

// matchDecadeWord matches "the nineties".
func (tg *tagger) matchDecadeWord(i int) (timexCand, bool) {
	if tg.w(i-1) == "the" {
		return timexDateCand(i+1, timexVal{g: GrainDecade, y: 1900 + 10*decadeDigits[tg.w(i)]})
	}
	return noTimexCand, false
}

// matchUnitLong matches "a month-long siege", "weeks-long protests".
func (tg *tagger) matchUnitLong(i int) (timexCand, bool) {
	in := tg.info(i)
	if in.unit < uMinute || !tg.punct(i+1, "-") || !tg.adj(i+1) || !tg.adj(i+2) || tg.w(i+2) != "long" {
		return noTimexCand, false
	}
	n := 1
	if in.unitPl {
		n = -1
	}
	return timexValueCand(i+3, TypeDuration, durationValue(n, "", in.unit))
}

// matchLastWeekOf matches "last week of 2016".
func (tg *tagger) matchLastWeekOf(i int) (timexCand, bool) {
	if tg.w(i) == "last" && tg.w(i+1) == "week" && tg.w(i+2) == "of" {
		return tg.matchOrdinalPeriod(i)
	}
	return noTimexCand, false
}

// matchRelativeWord matches "last week", "next month" (see matchRelative);
// "could last several weeks" is a verb.
func (tg *tagger) matchRelativeWord(i int) (timexCand, verdict) {
	w := tg.w(i)
	if !isRelWord(w) {
		return noTimexCand, miss
	}
	// "an end to last year's war", "a reply to last week's attack": the
	// verb "last" takes no possessive, so this "to" is the preposition.
	if w == "last" && tg.lowerIn(i-1, auxiliaries) && (tg.w(i-1) != "to" || !tg.isApostrophe(i+2)) {
		return noTimexCand, veto
	}
	return final(tg.matchRelative(i, i))
}

func (tg *tagger) matchSeasonWord(i int) (timexCand, verdict) {
	if tg.info(i).season == "" {
		return noTimexCand, miss
	}
	return final(tg.matchSeason(i, i))
}

// matchRelative matches a relative word at k followed by a period: "last
// week", "this month", "next year", "last Friday", "last June", "last
// summer", "last night", "this morning", "the past three years"; start is
// the first token of the expression ("the" or k).
func (tg *tagger) matchRelative(start, k int) (timexCand, bool) {
	w := tg.w(k)
	step := relStep(w)
	j := k + 1
	// "this past Friday", "this coming week"
	if w == "this" && (tg.w(j) == "past" || tg.w(j) == "coming") {
		step = relStep(tg.w(j))
		j++
	}
	if tg.w(j) == "calendar" && tg.w(j+1) == "year" {
		j++ // "this calendar year", "last calendar year"
	}
	in := tg.info(j)
	// A count makes a duration: "the past three years", "the next 10 days".
	if w != "this" && w != "current" && tg.startsQuantity(j) {
		if c, ok := tg.matchQuantity(j); ok && c.typ == TypeDuration {
			c.j = max(c.j, j)
			return c, true
		}
	}
	switch {
	case in.part != "" && start == k && !in.unitPl:
		if w == "last" && in.word == "night" {
			return nightOf(j+1, tg.relUnit(uDay, -1)), true
		}
		if w == "this" {
			v := tg.relUnit(uDay, 0)
			v.g, v.part = GrainTime, in.part
			return timexCand{j: j + 1, typ: TypeTime, v: v}, true
		}
		return noTimexCand, false
	case in.unit != uNone && !in.unitPl:
		if in.unit == uWeek && start == k && w != "past" {
			// "next week on Tuesday", "last week Monday": that weekday of
			// that week.
			d := j + 1
			if tg.w(d) == "on" {
				d++
			}
			if wd := tg.info(d); wd.wday != 0 && !wd.wdayPl && !wd.wdayAbbr && tg.tok(d).upper {
				if c, ok := tg.weekdayOfWeek(d+1, int(wd.wday), step); ok {
					return c, true
				}
			}
		}
		return tg.relativePeriod(start, k, j, step, in.unit)
	case in.unitPl && (w == "coming" || w == "next" || w == "following") && start < k &&
		in.unit >= uDay:
		// "the coming weeks" is a stretch of time, like "the next few weeks"
		return timexValueCand(j+1, TypeDuration, durationValue(-1, "", in.unit))
	case w == "following" && start == k && (in.wday != 0 || in.month != 0):
		// "following Tuesday's earthquake", "following June's vote":
		// without "the", "following" is the preposition (after), and the
		// day or month is read on its own.
		return noTimexCand, false
	case in.wday != 0 && !in.wdayPl && !in.wdayAbbr:
		if w == "this" && step == 0 {
			tense := tg.tense(k, j+1)
			if tg.adj(j+1) && tg.isApostrophe(j+1) && tg.w(j+2) == "s" {
				tense = cueNone // "said this Sunday's vote would go ahead": the day names its event
			}
			return timexDateCand(j+1, tg.thisWeekday(int(in.wday), tense))
		}
		if step == 0 {
			return noTimexCand, false
		}
		return timexDateCand(j+1, tg.weekday(int(in.wday), step, true))
	case in.month != 0 && !in.monthAbbr && start == k:
		return timexDateCand(j+1, tg.relMonthName(int(in.month), step))
	case in.season != "" && start == k:
		return timexDateCand(j+1, tg.relSeason(in.season, step))
	case in.holiday && start == k && step != 0:
		return tg.relHoliday(j, step)
	}
	return noTimexCand, false
}

// relativePeriod resolves "<relative word> <unit>": "last week" is a DATE,
// but "the past week" and "the last year" are durations in TimeML.
func (tg *tagger) relativePeriod(start, k, j int, step int, u uint8) (timexCand, bool) {
	w := tg.w(k)
	if start < k && (w == "past" || w == "last") {
		return timexValueCand(j+1, TypeDuration, durationValue(1, "", u))
	}
	if start < k && (w == "next" || w == "coming" || w == "upcoming") {
		if u >= uWeek && u != uFortnight {
			return timexDateCand(j+1, tg.relUnit(u, 1)) // "the coming year"
		}
		return timexValueCand(j+1, TypeDuration, durationValue(1, "", u)) // "the next day"
	}
	if start < k && (w == "following" || w == "previous") {
		return timexDateCand(j+1, tg.shiftAnchor(u, step))
	}
	switch u {
	case uDay, uHour, uMinute, uSecond, uNight:
		return noTimexCand, false
	}
	return timexDateCand(j+1, tg.relUnit(u, step))
}

// relMonthName resolves "last June" (that month of the previous year),
// "this June" and "next June" (the first one after the publication date).
func (tg *tagger) relMonthName(m, step int) timexVal {
	if !tg.hasDCT {
		return timexVal{g: GrainMonth, m: m, off: step * 182, rel: true}
	}
	y := tg.dct.Year()
	switch {
	case step < 0:
		y--
	case step > 0 && m <= int(tg.dct.Month()):
		y++
	}
	return timexVal{g: GrainMonth, y: y, m: m}
}

// relSeason resolves "last summer" (the previous year's), "this summer"
// and "next summer" (the first one starting after the publication date).
func (tg *tagger) relSeason(s string, step int) timexVal {
	if !tg.hasDCT {
		return timexVal{g: GrainSeason, season: s, off: step * 182, rel: true}
	}
	y := tg.dct.Year()
	switch {
	case step < 0:
		y--
	case step > 0 && seasonMonth(s) <= int(tg.dct.Month()):
		y++
	}
	return timexVal{g: GrainSeason, y: y, season: s}
}

// matchSeason matches "summer 2023", "the summer of 2023", and a season
// after a preposition ("in the winter", "during summer"), resolved by tense.
func (tg *tagger) matchSeason(start, k int) (timexCand, bool) {
	in := tg.info(k)
	s := in.season
	if in.word[len(in.word)-1] == 's' {
		return noTimexCand, false // "summers" is not one season
	}
	if y, j, ok := tg.yearAt(k + 1); ok {
		return timexDateCand(j, timexVal{g: GrainSeason, y: y, season: s})
	}
	if tg.w(k+1) == "of" {
		return noTimexCand, false // "the fall of Kabul"
	}
	prev := tg.w(start - 1)
	if start == k && in.word == "fall" {
		return noTimexCand, false
	}
	if start == k && prev != "in" && prev != "during" && prev != "through" && prev != "since" &&
		prev != "until" && prev != "by" && prev != "over" && prev != "early" && prev != "late" {
		return noTimexCand, false
	}
	dir := tg.dirNear(start, k+1)
	y := tg.yearFor(seasonMonth(s), 1, dir)
	if dir < 0 && tg.hasDCT && seasonMonth(s) > int(tg.dct.Month()) {
		y = tg.dct.Year() - 1
	}
	return timexDateCand(k+1, timexVal{g: GrainSeason, y: y, season: s})
}

// matchEarlierLater matches "earlier this year", "later this month",
// "earlier in the week", "later today".
func (tg *tagger) matchEarlierLater(i int) (timexCand, bool) {
	switch tg.w(i + 1) {
	case "today":
		return timexDateCand(i+2, tg.relUnit(uDay, 0))
	case "this", "next", "last":
		if u := tg.info(i + 2).unit; u >= uWeek && !tg.info(i+2).unitPl {
			return timexDateCand(i+3, tg.relUnit(u, relStep(tg.w(i+1))))
		}
	case "in":
		if tg.w(i+2) == "the" {
			if u := tg.info(i + 3).unit; u >= uWeek && !tg.info(i+3).unitPl {
				return timexDateCand(i+4, tg.relUnit(u, 0))
			}
			if tg.w(i+3) == "day" {
				return timexDateCand(i+4, tg.clockDay()) // the day being reported
			}
		}
	}
	return noTimexCand, false
}

// matchThe matches expressions led by "the".
func (tg *tagger) matchThe(i int) (timexCand, bool) {
	t, in := tg.tok(i+1), tg.info(i+1)
	if in.theRule != 0 {
		if c, v := theWordRules[in.theRule-1].apply(tg, i); v != miss {
			return c, v == hit
		}
	}
	for k := range theClassRules {
		if !theClassRules[k].gate.open(t, in) {
			continue
		}
		if c, v := theClassRules[k].apply(tg, i); v != miss {
			return c, v == hit
		}
	}
	return noTimexCand, false
}

// The rules of theWordRules and theClassRules: i is the token of "the".

// theDayBeforeAfter matches "the day before", "the day after tomorrow".
func (tg *tagger) theDayBeforeAfter(i int) (timexCand, bool) {
	switch tg.w(i + 2) {
	case "before", "after":
		step := -1
		if tg.w(i+2) == "after" {
			step = 1
		}
		if tg.w(i+3) == "yesterday" || tg.w(i+3) == "tomorrow" {
			return timexDateCand(i+4, tg.relUnit(uDay, 2*relStepDay(tg.w(i+3))))
		}
		if n := tg.tok(i + 3); n.kind == 0 || n.kind == ttPunct {
			return timexDateCand(i+3, tg.shiftAnchor(uDay, step))
		}
	}
	return noTimexCand, false
}

// thePeriod matches "the year 2000", "the year-earlier period", "the week
// of 3 October", "the week before", "the year".
func (tg *tagger) thePeriod(i int) (timexCand, bool) {
	w := tg.w(i + 1)
	if y, e, ok := tg.yearAt(i + 2); ok && w == "year" {
		return timexDateCand(e, timexVal{g: GrainYear, y: y}) // "the year 2000"
	}
	if w == "year" && tg.punct(i+2, "-") {
		return tg.matchPeriodAnaphor(i)
	}
	if w == "week" && tg.w(i+2) == "of" {
		if c, ok := tg.matchDateAt(i + 3); ok && tg.hasYear(c.v) {
			return timexDateCand(c.j, weekVal(c.v.start()))
		}
		return noTimexCand, false
	}
	if a := tg.w(i + 2); a == "before" && tg.w(i+3) == "last" || a == "after" && tg.w(i+3) == "next" {
		// "the week before last", "the year after next": two periods away.
		step := -2
		if a == "after" {
			step = 2
		}
		return timexDateCand(i+4, tg.relUnit(tg.info(i+1).unit, step))
	}
	if a := tg.w(i + 2); a == "before" || a == "after" {
		if n := tg.tok(i + 3); n.kind == 0 || n.kind == ttPunct {
			step := -1
			if a == "after" {
				step = 1
			}
			return timexDateCand(i+3, tg.shiftAnchor(tg.info(i+1).unit, step))
		}
	}
	if c, ok := tg.theCurrentUnit(i); ok {
		return c, true
	}
	if w == "year" {
		return tg.matchTheYear(i, i+2)
	}
	return noTimexCand, false
}

// theFullYear matches "for the full year", else a whole quantity.
func (tg *tagger) theFullYear(i int) (timexCand, bool) {
	if tg.w(i+2) == "year" {
		if c, ok := tg.matchTheYear(i, i+3); ok {
			return c, true
		}
	}
	return tg.matchTheQuantity(i)
}

// theSameUnit matches "the same day".
func (tg *tagger) theSameUnit(i int) (timexCand, bool) {
	if u := tg.info(i + 2).unit; u != uNone && !tg.info(i+2).unitPl && u >= uDay {
		c, ok := timexDateCand(i+3, tg.shiftAnchor(u, 0))
		if tg.apposedToDate(i, u) {
			c.ref = refNoEntry
		}
		return c, ok
	}
	return noTimexCand, false
}

// apposedToDate reports whether the expression at token i, "the same
// year" or "that year", follows a finer date of its sentence with at most
// a comma between them: "On December 10, the same year, troops began to
// leave" names one day, and the year says which; it dates no event of its
// own.
func (tg *tagger) apposedToDate(i int, u uint8) bool {
	k := i - 1
	if tg.punct(k, ",") {
		k--
	}
	if k < 0 || len(tg.out) == 0 {
		return false
	}
	last := &tg.out[len(tg.out)-1]
	if last.sent != tg.sent || last.End != int(tg.toks[k].e) || last.v.g == 0 {
		return false
	}
	switch u {
	case uYear:
		return last.v.g < GrainYear
	case uMonth:
		return last.v.g < GrainWeekend
	}
	return false
}

// theRelative matches "the previous day", "the next morning", "the past",
// "the last quarter of", "the past three years".
func (tg *tagger) theRelative(i int) (timexCand, bool) {
	w := tg.w(i + 1)
	if (w == "last" || w == "final") && (tg.w(i+2) == "quarter" || tg.w(i+2) == "half" || tg.w(i+2) == "week") && tg.w(i+3) == "of" {
		return tg.matchOrdinalPeriod(i + 1)
	}
	if (w == "next" || w == "following" || w == "previous") && tg.w(i+2) == "day" {
		return timexDateCand(i+3, tg.shiftAnchor(uDay, relStep(w)))
	}
	if (w == "next" || w == "following" || w == "previous") && tg.info(i+2).part != "" && !tg.info(i+2).unitPl {
		v := tg.shiftAnchor(uDay, relStep(w))
		v.g, v.part = GrainTime, tg.info(i+2).part
		return timexCand{j: i + 3, typ: TypeTime, v: v}, true
	}
	if w == "past" && tg.info(i+2).unit == uNone && !tg.startsQuantity(i+2) &&
		tg.w(i+2) != "few" && tg.w(i+2) != "several" {
		return timexValueCand(i+2, TypeDate, "PAST_REF")
	}
	return tg.matchRelative(i, i+1)
}

// theFuture matches "the future".
func (tg *tagger) theFuture(i int) (timexCand, bool) {
	return timexValueCand(i+2, TypeDate, "FUTURE_REF")
}

// theNearFuture matches "the near future".
func (tg *tagger) theNearFuture(i int) (timexCand, bool) {
	if tg.w(i+2) == "future" {
		return timexValueCand(i+3, TypeDate, "FUTURE_REF")
	}
	return noTimexCand, false
}

// theOtherDay matches "the other day".
func (tg *tagger) theOtherDay(i int) (timexCand, bool) {
	if tg.w(i+2) == "day" {
		return timexValueCand(i+3, TypeDate, "PAST_REF")
	}
	return noTimexCand, false
}

// thePartDecade matches "the early 1990s", "the late 19th century": TimeML
// keeps their article.
func (tg *tagger) thePartDecade(i int) (timexCand, bool) {
	if c, ok := tg.matchPartMod(i + 1); ok && c.typ == TypeDate && (c.v.g == GrainDecade || c.v.g == GrainCentury) {
		return c, true
	}
	return noTimexCand, false
}

// theNumber matches "the 3rd of October", "the 1990s" and "the 18 months".
func (tg *tagger) theNumber(i int) (timexCand, bool) {
	if c, ok := tg.matchDayMonth(i); ok {
		return c, true
	}
	if t := tg.tok(i + 1); t.kind != 0 && t.kind == ttNum {
		if c, ok := tg.matchNumber(i + 1); ok && c.typ == TypeDate && (c.v.g == GrainDecade || c.v.g == GrainCentury) {
			return c, true
		}
	}
	return tg.matchTheQuantity(i)
}

// theQuarter matches "the quarter" (the one last named), not "the quarter
// of" or "the quarter-final".
func (tg *tagger) theQuarter(i int) (timexCand, bool) {
	if tg.w(i+2) == "of" || tg.punct(i+2, "-") {
		return noTimexCand, false
	}
	return timexDateCand(i+2, tg.quarterRef(i, 0))
}

// thePartOfDay matches "the night of 26 January", and "in the morning":
// that part of the day being reported.
func (tg *tagger) thePartOfDay(i int) (timexCand, bool) {
	if tg.w(i-1) == "in" {
		if c, ok := tg.partOnDay(i+2, tg.info(i+1).part); ok {
			return c, true // "in the morning on Monday"
		}
	}
	if tg.info(i+1).part == "TNI" && (tg.w(i+2) == "of" || tg.rangeOpener(i+2)) {
		if c, ok := tg.nightThrough(i + 3); ok {
			return c, true // "the night of Saturday to Sunday"
		}
	}
	if tg.w(i+2) == "of" {
		if c, ok := tg.matchDayAfterClock(i + 3); ok && c.v.g == GrainDay {
			c.typ, c.v.g, c.v.part = TypeTime, GrainTime, tg.info(i+1).part
			return c, true
		}
		return noTimexCand, false
	}
	if a := tg.w(i + 2); (a == "before" || a == "after") && tg.hasAnchor && tg.anchor.g <= GrainDay {
		if n := tg.tok(i + 3); n.kind == 0 || n.kind == ttPunct {
			// "down from 4,000 the night before": the night of the day
			// before the one last named.
			step := -1
			if a == "after" {
				step = 1
			}
			v := tg.shiftAnchor(uDay, step)
			v.g, v.part = GrainTime, tg.info(i+1).part
			return timexCand{j: i + 3, typ: TypeTime, v: v}, true
		}
	}
	v := tg.clockDay()
	v.g, v.part = GrainTime, tg.info(i+1).part
	return timexCand{j: i + 2, typ: TypeTime, v: v}, true
}

// thePresent matches "the present", not "the present day".
func (tg *tagger) thePresent(i int) (timexCand, bool) {
	if tg.w(i+2) != "day" {
		return timexValueCand(i+2, TypeDate, "PRESENT_REF")
	}
	return noTimexCand, false
}

// theMoment matches "at the moment".
func (tg *tagger) theMoment(i int) (timexCand, bool) {
	if tg.w(i-1) == "at" {
		return timexValueCand(i+2, TypeDate, "PRESENT_REF")
	}
	return noTimexCand, false
}

// theWeekend matches "the weekend".
func (tg *tagger) theWeekend(i int) (timexCand, bool) {
	if tg.w(i+2) == "of" {
		// "the weekend of 12 October", "the weekend of 12-13 October":
		// the weekend that holds that day.
		c, ok := tg.matchDateAt(i + 3)
		if !ok {
			if c, ok = tg.matchDayRangeStart(i + 3); ok {
				if end, ok2 := tg.matchDayMonth(c.j + 1); ok2 {
					c.j = end.j
				}
			}
		}
		if ok && c.v.g == GrainDay && tg.hasYear(c.v) {
			v := weekVal(c.v.start())
			v.g = GrainWeekend
			return timexDateCand(c.j, v)
		}
	}
	return timexDateCand(i+2, tg.nearWeekend(tg.dir(i, i+2)))
}

// theOrdinal matches "the first nine months", "the first quarter", but not
// "the first-half results", whose article is the noun's.
func (tg *tagger) theOrdinal(i int) (timexCand, bool) {
	if tg.punct(i+2, "-") && tg.adj(i+2) {
		return noTimexCand, false
	}
	if tg.w(i+1) == "first" && tg.startsQuantity(i+2) {
		if c, ok := tg.matchQuantity(i + 2); ok && c.typ == TypeDuration {
			return c, true
		}
	}
	return tg.matchOrdinalPeriod(i + 1)
}

// theSeason matches "the summer of 2023".
func (tg *tagger) theSeason(i int) (timexCand, verdict) {
	if tg.info(i+1).season == "" {
		return noTimexCand, miss
	}
	return final(tg.matchSeason(i, i+1))
}

// theOrdinalWord matches an ordinal period led by an ordinal word of the
// lexicon ("the fifth week of").
func (tg *tagger) theOrdinalWord(i int) (timexCand, verdict) {
	if tg.info(i+1).ord == 0 {
		return noTimexCand, miss
	}
	if tg.punct(i+2, "-") && tg.adj(i+2) {
		return noTimexCand, veto
	}
	return final(tg.matchOrdinalPeriod(i + 1))
}

// theVagueStretch matches "over the years", "in the months since", "in
// the days ahead": a vague stretch.
func (tg *tagger) theVagueStretch(i int) (timexCand, verdict) {
	in := tg.info(i + 1)
	if !(in.unitPl && in.unit >= uDay && in.unit != uNight && tg.w(i+2) != "of" && spanPreposition(tg.w(i-1))) {
		return noTimexCand, miss
	}
	j := i + 2
	if tg.w(j) == "ahead" {
		j++
	}
	return final(timexValueCand(j, TypeDuration, durationValue(-1, "", in.unit)))
}

// matchTheQuantity matches a counted duration with its article, which
// TimeML keeps: "the nine months ended Sept. 30", "the two years since".
func (tg *tagger) matchTheQuantity(i int) (timexCand, bool) {
	if w := tg.w(i + 1); w == "a" || w == "an" || !tg.startsQuantity(i+1) {
		return noTimexCand, false
	}
	c, ok := tg.matchQuantity(i + 1)
	if !ok || c.typ != TypeDuration {
		return noTimexCand, false
	}
	for k := i + 1; k < c.j; k++ {
		if tg.punct(k, "-") {
			return noTimexCand, false // "the 30-year bond": the article is the noun's
		}
	}
	return c, true
}

// relStepDay is -1 for "yesterday" and +1 for "tomorrow".
func relStepDay(w string) int {
	if w == "yesterday" {
		return -1
	}
	return 1
}

// hasYear reports whether v has a known year.
func (tg *tagger) hasYear(v timexVal) bool { return v.y > 0 && v.m > 0 && v.d > 0 }

// nearWeekend resolves "the weekend": the most recent one in a past
// clause, the coming one otherwise.
func (tg *tagger) nearWeekend(dir int) timexVal {
	if !tg.hasDCT {
		return timexVal{g: GrainWeekend, off: dir * 3, rel: true}
	}
	wd := int(tg.dct.Weekday()+6)%7 + 1
	k := 0
	if dir < 0 && wd < 6 {
		k = -1
	}
	return tg.relUnit(uWeekend, k)
}

// matchOrdinalPeriod matches "first quarter of 2024", "second half of
// 2024", "third quarter", with k at the ordinal.
func (tg *tagger) matchOrdinalPeriod(k int) (timexCand, bool) {
	o := tg.info(k).ord
	if t := tg.tok(k); t.kind != 0 && t.kind == ttNum && t.nd == 1 && tg.adj(k+1) && tg.isOrdinalSuffix(k+1) {
		o, k = int(t.num), k+1 // "1st quarter", "2nd half"
	}
	if tg.w(k) == "last" || tg.w(k) == "final" {
		o = -1
	}
	hyph := 0
	if tg.punct(k+1, "-") && tg.adj(k+1) && tg.adj(k+2) {
		hyph = 1 // "second-quarter profit"
	}
	u := tg.w(k + 1 + hyph)
	if o != 0 && u == "week" && hyph == 0 && tg.w(k+2) == "of" {
		return tg.matchWeekOf(k, o)
	}
	if o == 0 || (u != "quarter" && u != "half") {
		return noTimexCand, false
	}
	k += hyph
	n := 4
	if u == "half" {
		n = 2
	}
	if o == -1 {
		o = n
	}
	if o > n {
		return noTimexCand, false
	}
	g := GrainQuarter
	if u == "half" {
		g = GrainHalf
	}
	j := k + 2
	if tg.w(j) == "of" {
		if y, e, ok := tg.yearAt(j); ok {
			return timexDateCand(e, timexVal{g: g, y: y, q: o})
		}
		if tg.w(j+1) == "the" && tg.w(j+2) == "year" {
			return timexDateCand(j+3, timexVal{g: g, y: tg.periodYear(o, n, tg.dirNear(k, j+3)), q: o})
		}
		if (tg.w(j+1) == "this" || tg.w(j+1) == "last" || tg.w(j+1) == "next") && tg.w(j+2) == "year" {
			return timexDateCand(j+3, timexVal{g: g, y: tg.yearRel(relStep(tg.w(j + 1))), q: o})
		}
	}
	if y, e, ok := tg.yearAt(j); ok {
		return timexDateCand(e, timexVal{g: g, y: y, q: o})
	}
	return timexDateCand(j, timexVal{g: g, y: tg.periodYear(o, n, tg.dirNear(k, j)), q: o})
}

// periodYear is the year of quarter (n = 4) or half (n = 2) number o
// named without a year, in direction dir. In a future clause the period
// just ended is still that one: its results are what is expected
// ("earnings are expected to drop during the third quarter" in October).
func (tg *tagger) periodYear(o, n, dir int) int {
	if dir > 0 && tg.hasDCT {
		cur := (int(tg.dct.Month())-1)/(12/n) + 1
		if o == cur-1 || o == n && cur == 1 {
			dir = -1
		}
	}
	return tg.yearFor((o-1)*(12/n)+1, 1, dir)
}

// matchWeekOf matches "first week of 2015", "last week of July", "second
// week of October 2024" (k at the ordinal, o its value, -1 for "last"): the
// ISO week holding that week's first day (or, for the last week, the
// period's last day).
func (tg *tagger) matchWeekOf(k, o int) (timexCand, bool) {
	if o > 5 {
		return noTimexCand, false
	}
	j := k + 3
	var from, to time.Time
	if y, e, ok := tg.yearAt(j); ok {
		from, to, j = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC), e
	} else if c, ok := tg.matchMonth(j); ok && c.v.g == GrainMonth && c.v.y > 0 {
		from, j = c.v.start(), c.j
		to = from.AddDate(0, 1, -1)
	} else {
		return noTimexCand, false
	}
	if o < 0 {
		return timexDateCand(j, weekVal(to))
	}
	if from.Month() == 1 && from.Day() == 1 && to.Month() == 12 {
		// weeks of a year are ISO weeks: the first is the one with 4 January
		return timexDateCand(j, timexVal{g: GrainWeek, y: from.Year(), w: o})
	}
	return timexDateCand(j, weekVal(from.AddDate(0, 0, 7*(o-1))))
}

// matchQuarterCode matches "Q3", "Q3 2024", "H1 2024".
func (tg *tagger) matchQuarterCode(i int) (timexCand, bool) {
	if !tg.tok(i).upper || !tg.adj(i+1) || tg.tok(i+1).kind == 0 || tg.tok(i+1).kind != ttNum {
		return noTimexCand, false
	}
	n, g, max := tg.num(i+1), GrainQuarter, 4
	if tg.w(i) == "h" {
		g, max = GrainHalf, 2
	}
	if n < 1 || n > max || tg.tok(i+1).nd != 1 {
		return noTimexCand, false
	}
	if y, j, ok := tg.yearAt(i + 2); ok {
		return timexDateCand(j, timexVal{g: g, y: y, q: n})
	}
	if g == GrainHalf {
		return noTimexCand, false
	}
	return timexDateCand(i+2, timexVal{g: g, y: tg.periodYear(n, 4, tg.dirNear(i, i+2)), q: n})
}

// matchEvery matches sets: "every week", "each day", "every two weeks",
// "every other month", "every Monday", "each morning".
func (tg *tagger) matchEvery(i int) (timexCand, bool) {
	j := i + 1
	n := 1
	if tg.w(j) == "other" {
		n, j = 2, j+1
	} else if q, e, ok := timexNumberWord(tg, j); ok && tg.info(e).unitPl {
		n, j = q, e
	} else if t := tg.tok(j); t.kind != 0 && t.kind == ttNum && t.num > 0 && tg.info(j+1).unitPl {
		n, j = int(t.num), j+1
	}
	in := tg.info(j)
	switch {
	case in.unit != uNone:
		return timexValueCand(j+1, TypeSet, durationValue(n, "", in.unit))
	case in.wday != 0 && n == 1:
		return timexValueCand(j+1, TypeSet, "XXXX-WXX-"+string(rune('0'+in.wday)))
	case in.month != 0 && !in.monthAbbr && n == 1:
		return timexValueCand(j+1, TypeSet, timexVal{g: GrainMonth, m: int(in.month)}.String()) // "every April"
	case in.part != "" && n == 1:
		return timexValueCand(j+1, TypeSet, "P1D")
	}
	return noTimexCand, false
}

// matchFrequency matches "once a week", "twice a year", "three times a
// month" from the unit phrase at k.
func (tg *tagger) matchFrequency(i, k int) (timexCand, bool) {
	switch tg.w(k) {
	case "a", "per", "every", "each":
		if u := tg.info(k + 1).unit; u != uNone && !tg.info(k+1).unitPl {
			return timexValueCand(k+2, TypeSet, durationValue(1, "", u))
		}
	}
	return noTimexCand, false
}

// matchPeriodAnaphor matches the periods financial news refers back to:
// "the current quarter", "the latest quarter", "the most recent quarter",
// "the year-earlier quarter", "the year-ago period".
func (tg *tagger) matchPeriodAnaphor(i int) (timexCand, bool) {
	k := i + 1
	switch tg.w(k) {
	case "current":
		return tg.matchRelative(i, k)
	case "most":
		if tg.w(k+1) != "recent" {
			return noTimexCand, false
		}
		k++
		fallthrough
	case "latest":
		if tg.w(k+1) == "quarter" && !tg.punct(k+2, "-") {
			return timexDateCand(k+2, tg.quarterRef(i, -1))
		}
		return noTimexCand, false
	case "year":
		// "the year-earlier period", "the year-ago quarter"
		if !tg.punct(k+1, "-") || !tg.adj(k+1) || !tg.adj(k+2) {
			return noTimexCand, false
		}
		if a := tg.w(k + 2); a != "earlier" && a != "ago" {
			return noTimexCand, false
		}
		switch tg.w(k + 3) {
		case "quarter":
			v := tg.quarterRef(i, -1)
			v.y--
			if v.y <= 0 {
				v.y = 0
			}
			c, _ := timexDateCand(k+4, v)
			c.ref = refAnaphor
			return c, true
		case "period":
			c, _ := timexDateCand(k+4, tg.yearEarlier())
			c.ref = refAnaphor
			return c, true
		}
	}
	return noTimexCand, false
}

// quarterRef resolves a quarter named without its number ("the quarter",
// "the latest quarter"): the quarter the text last named, else the last
// one completed before the publication date (step -1) or the one holding
// it, looking ahead in a future clause.
func (tg *tagger) quarterRef(i, step int) timexVal {
	if tg.hasAnchor && tg.anchor.g == GrainQuarter {
		return tg.anchor
	}
	if step == 0 && tg.clauseTense(i, i+2) != cueFuture {
		// The clause's own tense, not the "for" before it: "earnings for
		// the quarter" reports the last one.
		step = -1
	}
	return tg.relUnit(uQuarter, step)
}

// yearEarlier is "the year-earlier period": a year before the period the
// text last named, at its precision when that is a quarter or half, else
// the year before.
func (tg *tagger) yearEarlier() timexVal {
	if tg.hasAnchor && tg.anchor.y > 0 {
		v := tg.anchor
		if v.g != GrainQuarter && v.g != GrainHalf {
			v = timexVal{g: GrainYear, y: v.y}
		}
		v.y--
		return v
	}
	return tg.relUnit(uYear, -1)
}

// yearEnd is the year of "year-end": the publication year, or the one
// before early in a year when the clause is past ("at year-end the bank
// had").
func (tg *tagger) yearEnd(i int) timexVal {
	if !tg.hasDCT {
		return timexVal{g: GrainYear, rel: true}
	}
	y := tg.dct.Year()
	if tg.dct.Month() <= time.March && tg.clauseTense(i, i+1) == cuePast {
		y--
	}
	return timexVal{g: GrainYear, y: y}
}

// auxiliaries are the words after which "last" is a verb.
var auxiliaries = map[string]bool{
	"could": true, "would": true, "will": true, "may": true, "might": true, "can": true,
	"should": true, "must": true, "to": true, "not": true, "did": true, "does": true, "do": true,
	"shall": true, "won't": true, "ll": true,
}

// spanPreposition reports whether w introduces a stretch of time: "over
// the years", "throughout the year", "for the year".
func spanPreposition(w string) bool {
	switch w {
	case "over", "through", "throughout", "during", "across", "in", "for":
		return true
	}
	return false
}

// matchTheYear matches "the year" (tokens [i, j)) after a preposition that
// spans it ("for the year", "throughout the year", "for the full year"):
// the year the text last named, else the publication year (for a year
// reported on early in the next, the one before: "for the year, it
// earned").
func (tg *tagger) matchTheYear(i, j int) (timexCand, bool) {
	if !spanPreposition(tg.w(i-1)) || tg.w(j) == "of" || tg.punct(j, "-") || tg.isApostrophe(j) {
		return noTimexCand, false
	}
	if tg.hasAnchor && tg.anchorSent == tg.sent && tg.anchor.y > 0 {
		c, _ := timexDateCand(j, timexVal{g: GrainYear, y: tg.anchor.y})
		c.ref = refAnaphor
		return c, true
	}
	if tg.w(i-1) == "for" {
		return timexDateCand(j, tg.yearEnd(i)) // "for the year, it earned": a year reported on
	}
	return timexDateCand(j, tg.relUnit(uYear, 0))
}
