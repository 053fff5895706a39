package extract

import (
	"strings"
	"time"
)

// Resolution of relative and partial dates against the publication date
// (the document creation time, DCT). Without one, values stay unresolved
// and carry their offset in days for ordering.

// unitDays is the approximate length of a unit in days, for ordering
// unresolved values.
func unitDays(u uint8) int {
	switch u {
	case uWeek:
		return 7
	case uWeekend:
		return 7
	case uFortnight:
		return 14
	case uMonth:
		return 30
	case uQuarter:
		return 91
	case uYear:
		return 365
	case uDecade:
		return 3652
	case uCentury:
		return 36524
	}
	return 1
}

// relUnit is the unit-sized period k units from the publication date:
// yesterday is relUnit(uDay, -1), last week relUnit(uWeek, -1).
func (tg *tagger) relUnit(u uint8, k int) timexVal {
	if !tg.hasDCT {
		v := timexVal{g: unitGran(u), off: k * unitDays(u), rel: true}
		return v
	}
	t := tg.dct
	switch u {
	case uSecond, uMinute, uHour, uDay, uNight:
		return dayVal(t.AddDate(0, 0, k))
	case uWeek:
		return weekVal(t.AddDate(0, 0, 7*k))
	case uFortnight:
		return weekVal(t.AddDate(0, 0, 14*k))
	case uWeekend:
		v := weekVal(t.AddDate(0, 0, 7*k))
		v.g = GrainWeekend
		return v
	case uMonth:
		return monthVal(t.Year()*12 + int(t.Month()) - 1 + k)
	case uQuarter:
		q := t.Year()*4 + (int(t.Month())-1)/3 + k
		return timexVal{g: GrainQuarter, y: timexFloorDiv(q, 4), q: q - timexFloorDiv(q, 4)*4 + 1}
	case uDecade:
		return timexVal{g: GrainDecade, y: (t.Year()/10 + k) * 10}
	case uCentury:
		return timexVal{g: GrainCentury, y: (t.Year()/100 + k) * 100}
	}
	return timexVal{g: GrainYear, y: t.Year() + k}
}

// unitGran is the granularity of a period of one unit.
func unitGran(u uint8) Grain {
	switch u {
	case uSecond, uMinute, uHour, uDay, uNight:
		return GrainDay
	case uWeek, uFortnight:
		return GrainWeek
	case uWeekend:
		return GrainWeekend
	case uMonth:
		return GrainMonth
	case uQuarter:
		return GrainQuarter
	case uDecade:
		return GrainDecade
	case uCentury:
		return GrainCentury
	}
	return GrainYear
}

// weekday resolves a weekday (1 = Monday) in direction dir: -1 the most
// recent one, +1 the next one, 0 the nearest. A weekday equal to the
// publication day is that day unless strict asks for another one ("last
// Friday" on a Friday is a week before).
func (tg *tagger) weekday(wd, dir int, strict bool) timexVal {
	if !tg.hasDCT {
		return timexVal{g: GrainDay, wday: wd, off: dir, rel: true}
	}
	cur := int(tg.dct.Weekday()+6)%7 + 1
	back := (cur - wd + 7) % 7
	fwd := (wd - cur + 7) % 7
	if back == 0 && !strict {
		return dayVal(tg.dct)
	}
	if back == 0 {
		back, fwd = 7, 7
	}
	switch {
	case dir < 0:
		return dayVal(tg.dct.AddDate(0, 0, -back))
	case dir > 0:
		return dayVal(tg.dct.AddDate(0, 0, fwd))
	case fwd < back:
		return dayVal(tg.dct.AddDate(0, 0, fwd))
	}
	return dayVal(tg.dct.AddDate(0, 0, -back))
}

// thisWeekday is the given weekday of the publication date's ISO week,
// unless its tense cue (tagger.tense) points the other way: in a past
// clause a day still ahead of the paper is the one a week before ("Since
// this Sunday, thousands have left" in a Tuesday paper: two days ago), in
// a future clause a day already gone is the one a week after. A clause
// with no cue keeps the week's day ("go to the polls this Sunday").
func (tg *tagger) thisWeekday(wd int, tense uint8) timexVal {
	if !tg.hasDCT {
		return timexVal{g: GrainDay, wday: wd, rel: true}
	}
	cur := int(tg.dct.Weekday()+6)%7 + 1
	switch off := wd - cur; {
	case off > 0 && tense == cuePast:
		return dayVal(tg.dct.AddDate(0, 0, off-7))
	case off < 0 && tense == cueFuture:
		return dayVal(tg.dct.AddDate(0, 0, off+7))
	default:
		return dayVal(tg.dct.AddDate(0, 0, off))
	}
}

// monthNoYear resolves a month without a year in direction dir.
func (tg *tagger) monthNoYear(m, dir int) timexVal {
	if !tg.hasDCT {
		return timexVal{g: GrainMonth, m: m}
	}
	cur := int(tg.dct.Month())
	y := tg.dct.Year()
	switch {
	case dir < 0 && m > cur:
		y--
	case dir > 0 && m < cur:
		y++
	case dir == 0 && m-cur > 6:
		y--
	case dir == 0 && cur-m > 6:
		y++
	}
	return timexVal{g: GrainMonth, y: y, m: m}
}

// monthDayNoYear resolves a day of a month without a year in direction
// dir. A day that restates the date just named in its sentence takes that
// date's year: "Exactly one year ago, on April 15th" in a paper of 15
// April 2024 is 15 April 2023.
func (tg *tagger) monthDayNoYear(m, d, dir int) timexVal {
	if a := tg.anchor; tg.hasAnchor && tg.anchorSent == tg.sent && a.g == GrainDay && a.m == m && a.d == d && a.y != 0 {
		return timexVal{g: GrainDay, y: a.y, m: m, d: d}
	}
	return tg.dayOfYearNoYear(m, d, dir)
}

// nearDay resolves day d of month m, named without a year at tokens
// [i, j), by the tense of its clause. A day that tense puts eleven months
// away, when the same day of the other year lies within a month, is that
// one if no preposition ties it to the clause's verb: the ends of a range
// ("declared a truce from December 31 to January 1" in a paper of 24
// December) and a day that qualifies a noun ("a Christmas ceasefire") are
// what was announced, not when. A day that far away would carry its year;
// "was overrun on 20 October", "since 15 April" and "until 3 February"
// keep the tense's.
func (tg *tagger) nearDay(m, d, i, j int) timexVal {
	v := tg.monthDayNoYear(m, d, tg.dirNear(i, j))
	if !tg.hasDCT || v.y == 0 {
		return v
	}
	if w := tg.w(i - 1); w != "from" && w != "to" && (isTimexPrep(w) || nounPrepositions[w] || rangeEnds[w]) {
		return v
	}
	switch diff := v.start().Sub(tg.dct).Hours() / 24; {
	case diff <= -farDay:
		v.y++
	case diff >= farDay:
		v.y--
	}
	return v
}

// dayOfYearNoYear is the day m/d nearest the publication date in
// direction dir.
func (tg *tagger) dayOfYearNoYear(m, d, dir int) timexVal {
	if !tg.hasDCT {
		return timexVal{g: GrainDay, m: m, d: d}
	}
	y := tg.dct.Year()
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	diff := t.Sub(tg.dct).Hours() / 24
	switch {
	case dir < 0 && diff > 0:
		y--
	case dir > 0 && diff < 0:
		y++
	case dir == 0 && diff > 182:
		y--
	case dir == 0 && diff < -182:
		y++
	}
	return timexVal{g: GrainDay, y: y, m: m, d: d}
}

// farDay is how many days from the publication date a bare day and month
// may lie before the same day of the other year is meant instead: eleven
// months, which leaves the other within about a month.
const farDay = 334

// rangeEnds are the prepositions that close a stretch at a date.
var rangeEnds = map[string]bool{"through": true, "thru": true, "till": true, "til": true, "of": true}

// yearFor returns the year of a yearly event (a season, quarter, holiday)
// that starts at month m, day d, in direction dir.
func (tg *tagger) yearFor(m, d, dir int) int {
	if !tg.hasDCT {
		return 0
	}
	return tg.dayOfYearNoYear(m, d, dir).y
}

// yearRel is the publication year plus k (last year is yearRel(-1)), or 0
// when the publication date is unknown.
func (tg *tagger) yearRel(k int) int {
	if !tg.hasDCT {
		return 0
	}
	return tg.dct.Year() + k
}

// clockDay is the day a bare clock time belongs to: a day named earlier in
// the same sentence, else the first day the text names (a report's lead
// gives the day of its main event) unless the clock is page furniture,
// else the publication date.
func (tg *tagger) clockDay() timexVal {
	if tg.hasAnchor && tg.anchorSent == tg.sent && tg.anchor.g == GrainDay && !tg.ownedElsewhere() {
		return tg.anchor
	}
	// A possessive day that opens the text is its lead, and dates a clock
	// of its sentence through it: "Sunday's blast at 8 a.m. killed 12" is
	// Sunday's. ("Results from Saturday's vote were announced shortly
	// before 7 a.m." then takes Saturday too: telling the two apart needs
	// to know what the clock dates.)
	if tg.hasLead && !(tg.hasDCT && furnitureDate(tg.text, tg.at)) {
		return tg.lead // a stamp's clock ("Updated: 11:02") is the page's day
	}
	if tg.hasDCT {
		return dayVal(tg.dct)
	}
	return timexVal{g: GrainDay, rel: true}
}

// ownedElsewhere reports whether the anchor is a possessive day that
// dates its own noun rather than the clock time being matched: "results
// from Saturday's election shortly before 7 a.m." (the results came on
// the day of the report), but not "Friday's midnight deadline".
func (tg *tagger) ownedElsewhere() bool {
	if tg.anchorOwner < 0 || tg.at < tg.anchorOwner {
		return false
	}
	return strings.TrimSpace(tg.text[tg.anchorOwner:tg.at]) != ""
}

// overnightDay is the day whose night "overnight" at token i names: a day
// named earlier in the same sentence ("attacked on Wednesday and fled
// overnight"); else, in a clause that is not future, the night that ended
// on the publication day, which TIMEX3 dates by the day before ("drones
// struck Kyiv overnight" in a Friday paper is Thursday night, and so it
// is after a dateline of that Friday); else the publication date ("will
// be moved overnight").
func (tg *tagger) overnightDay(i int) timexVal {
	if !tg.hasDCT {
		return tg.clockDay()
	}
	sameDay := tg.hasAnchor && tg.anchorSent == tg.sent && tg.anchor.g == GrainDay
	if sameDay && !tg.anchor.start().Equal(tg.dct) {
		return tg.anchor
	}
	if tg.tense(i, i+1) == cueFuture {
		return dayVal(tg.dct)
	}
	return dayVal(tg.dct.AddDate(0, 0, -1))
}

// agoVal is the date n units of u before the publication date that the
// count at tokens [i, …) names: countVal's, or the very day when the
// count is said to be exact ("exactly one year ago", "precisely two weeks
// ago"), as an anniversary piece dates the day it marks.
func (tg *tagger) agoVal(i int, u uint8, n int) timexVal {
	if !tg.hasDCT || u < uDay || u == uNight {
		return tg.countVal(u, -n)
	}
	switch tg.lowerWord(i - 1) {
	case "exactly", "precisely":
	default:
		return tg.countVal(u, -n)
	}
	switch u {
	case uDay, uWeek, uFortnight:
		return tg.countValAt(u, -n, true)
	case uMonth:
		return dayVal(tg.dct.AddDate(0, -n, 0))
	case uYear:
		return dayVal(tg.dct.AddDate(-n, 0, 0))
	case uDecade:
		return dayVal(tg.dct.AddDate(-10*n, 0, 0))
	}
	return tg.countVal(u, -n)
}

// shiftAnchor is the unit-sized period k units from the last day mentioned
// ("the next day", "the following week"), or from the publication date when
// no day has been mentioned yet.
func (tg *tagger) shiftAnchor(u uint8, k int) timexVal {
	if !tg.hasAnchor || tg.anchor.y == 0 || unitGran(u) < tg.anchor.g {
		return tg.relUnit(u, k)
	}
	saved, had := tg.dct, tg.hasDCT
	tg.dct, tg.hasDCT = tg.anchor.start(), true
	v := tg.relUnit(u, k)
	tg.dct, tg.hasDCT = saved, had
	return v
}
