package extract

import (
	"strings"
	"time"
)

// Holidays news reports use. Fixed ones have a month and day; Easter is
// computed; the Islamic ones come from a table, since they follow the
// lunar calendar.

// islamicDates holds, per Gregorian year, the first day of Ramadan and the
// days of Eid al-Fitr and Eid al-Adha (as announced in Saudi Arabia; local
// observance can differ by a day).
var islamicDates = map[int][3]string{
	2015: {"2015-06-18", "2015-07-17", "2015-09-24"},
	2016: {"2016-06-06", "2016-07-06", "2016-09-12"},
	2017: {"2017-05-27", "2017-06-25", "2017-09-01"},
	2018: {"2018-05-16", "2018-06-15", "2018-08-21"},
	2019: {"2019-05-06", "2019-06-04", "2019-08-11"},
	2020: {"2020-04-24", "2020-05-24", "2020-07-31"},
	2021: {"2021-04-13", "2021-05-13", "2021-07-20"},
	2022: {"2022-04-02", "2022-05-02", "2022-07-09"},
	2023: {"2023-03-23", "2023-04-21", "2023-06-28"},
	2024: {"2024-03-11", "2024-04-10", "2024-06-16"},
	2025: {"2025-03-01", "2025-03-30", "2025-06-06"},
	2026: {"2026-02-18", "2026-03-20", "2026-05-27"},
	2027: {"2027-02-08", "2027-03-10", "2027-05-16"},
	2028: {"2028-01-28", "2028-02-27", "2028-05-05"},
	2029: {"2029-01-16", "2029-02-15", "2029-04-24"},
	2030: {"2030-01-06", "2030-02-05", "2030-04-13"},
}

// Kinds of holiday whose date moves from year to year.
const (
	hRamadan = iota
	hEidFitr
	hEidAdha
	hEaster
	hGoodFriday
	hThanksgiving
	hBlackFriday
	hLaborDay
	hMothersDay
	hFathersDay
	hMemorialDay
)

// movableDate returns the date of holiday h in year y.
func movableDate(h, y int) (time.Time, bool) {
	switch h {
	case hEaster, hGoodFriday:
		t := easterSunday(y)
		if h == hGoodFriday {
			t = t.AddDate(0, 0, -2)
		}
		return t, true
	case hThanksgiving, hBlackFriday:
		t := time.Date(y, 11, 1, 0, 0, 0, 0, time.UTC)
		off := (int(time.Thursday) - int(t.Weekday()) + 7) % 7
		t = t.AddDate(0, 0, off+21)
		if h == hBlackFriday {
			t = t.AddDate(0, 0, 1)
		}
		return t, true
	case hLaborDay:
		t := time.Date(y, 9, 1, 0, 0, 0, 0, time.UTC)
		return t.AddDate(0, 0, (int(time.Monday)-int(t.Weekday())+7)%7), true
	case hMothersDay: // the second Sunday of May (the US, and most countries)
		t := time.Date(y, 5, 1, 0, 0, 0, 0, time.UTC)
		return t.AddDate(0, 0, (7-int(t.Weekday()))%7+7), true
	case hFathersDay: // the third Sunday of June
		t := time.Date(y, 6, 1, 0, 0, 0, 0, time.UTC)
		return t.AddDate(0, 0, (7-int(t.Weekday()))%7+14), true
	case hMemorialDay: // the last Monday of May
		t := time.Date(y, 5, 31, 0, 0, 0, 0, time.UTC)
		return t.AddDate(0, 0, -((int(t.Weekday()) - int(time.Monday) + 7) % 7)), true
	}
	row, ok := islamicDates[y]
	if !ok {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, row[h])
	return t, err == nil
}

// easterSunday is Western Easter Sunday of year y (the anonymous Gregorian
// algorithm).
func easterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// movableVal is the value of a movable holiday: Ramadan is the month that
// holds most of it, the others their day.
func movableVal(h int, t time.Time) timexVal {
	if h == hRamadan {
		mid := t.AddDate(0, 0, 14)
		return timexVal{g: GrainMonth, y: mid.Year(), m: int(mid.Month())}
	}
	return dayVal(t)
}

// holiday is a named rule for a holiday: the words that name it and its
// date, fixed (month and day) or movable (kind >= 0).
//
// In words, "'s" is an apostrophe and s, a trailing "?" makes a word
// optional, and a trailing "^" requires it capitalised.
type holiday struct {
	id         ruleID
	name       string
	words      []string
	month, day int
	kind       int // a movable holiday (hEaster...), or -1
	// eid reads the rest of "Eid al-Fitr" instead of words.
	eid bool
}

// holidays are the holidays news reports use, found through holidayIndex
// by their first word. Of two that share their first word, the longer
// comes first ("Christmas Eve" before "Christmas Day").
var holidays = []holiday{
	{name: "christmas-eve", words: []string{"christmas", "eve"}, month: 12, day: 24, kind: -1},
	{name: "christmas", words: []string{"christmas", "day?"}, month: 12, day: 25, kind: -1},
	{name: "new-years-day", words: []string{"new^", "year", "'s", "day"}, month: 1, day: 1, kind: -1},
	{name: "new-years-eve", words: []string{"new^", "year", "'s", "eve"}, month: 12, day: 31, kind: -1},
	{name: "halloween", words: []string{"halloween"}, month: 10, day: 31, kind: -1},
	{name: "valentines-day", words: []string{"valentine", "'s", "day"}, month: 2, day: 14, kind: -1},
	{name: "easter", words: []string{"easter", "sunday?"}, kind: hEaster},
	{name: "good-friday", words: []string{"good", "friday^"}, kind: hGoodFriday},
	{name: "thanksgiving", words: []string{"thanksgiving", "day?"}, kind: hThanksgiving},
	{name: "ramadan", words: []string{"ramadan"}, kind: hRamadan},
	{name: "boxing-day", words: []string{"boxing", "day"}, month: 12, day: 26, kind: -1},
	{name: "earth-day", words: []string{"earth", "day"}, month: 4, day: 22, kind: -1},
	// International Workers' Day, as most of the world keeps it; the US
	// spelling is the first Monday of September.
	{name: "labour-day", words: []string{"labour", "day"}, month: 5, day: 1, kind: -1},
	{name: "labor-day", words: []string{"labor", "day"}, kind: hLaborDay},
	{name: "may-day", words: []string{"may", "day"}, month: 5, day: 1, kind: -1},
	{name: "black-friday", words: []string{"black", "friday"}, kind: hBlackFriday},
	{name: "mothers-day", words: []string{"mother^", "'s", "day^"}, kind: hMothersDay},
	{name: "fathers-day", words: []string{"father^", "'s", "day^"}, kind: hFathersDay},
	{name: "memorial-day", words: []string{"memorial^", "day^"}, kind: hMemorialDay},
	{name: "st-patricks-day", words: []string{"saint", ".?", "patrick", "'s?", "day?"}, month: 3, day: 17, kind: -1},
	{name: "st-patricks-day-st", words: []string{"st", ".?", "patrick", "'s?", "day?"}, month: 3, day: 17, kind: -1},
	{name: "eid", words: []string{"eid"}, eid: true, kind: -1},
	// The UN's observances that conflict and aid stories date by: "marked
	// World Refugee Day", "since the last World Humanitarian Day".
	{name: "world-refugee-day", words: []string{"world^", "refugee^", "day^"}, month: 6, day: 20, kind: -1},
	{name: "world-humanitarian-day", words: []string{"world^", "humanitarian^", "day^"}, month: 8, day: 19, kind: -1},
	{name: "world-press-freedom-day", words: []string{"world^", "press^", "freedom^", "day^"}, month: 5, day: 3, kind: -1},
	{name: "world-aids-day", words: []string{"world^", "aids^", "day^"}, month: 12, day: 1, kind: -1},
	{name: "human-rights-day", words: []string{"human^", "rights^", "day^"}, month: 12, day: 10, kind: -1},
	{name: "international-womens-day", words: []string{"international^", "women^", "'s", "day^"}, month: 3, day: 8, kind: -1},
}

// holidayIndex finds the holidays by their first word.
var holidayIndex map[string][]*holiday

// buildHolidays registers the holidays as rules and indexes them.
func buildHolidays() {
	holidayIndex = make(map[string][]*holiday, len(holidays))
	for k := range holidays {
		h := &holidays[k]
		h.id = register("timex", "holiday-"+h.name, holidayExample(h))
		w := strings.TrimSuffix(h.words[0], "^")
		holidayIndex[w] = append(holidayIndex[w], h)
		if in := lexiconInfo(w); in != nil {
			in.holiday = true
		}
	}
	markLeaders()
}

// holidayExample writes a holiday's words as a text that names it.
func holidayExample(h *holiday) string {
	if h.eid {
		return "Eid al-Fitr 2024"
	}
	var b strings.Builder
	for _, w := range h.words {
		w = strings.TrimRight(w, "^?")
		switch {
		case w == "'s":
		case w == ".":
			continue
		case b.Len() > 0:
			b.WriteByte(' ')
		}
		if w != "'s" {
			w = strings.ToUpper(w[:1]) + w[1:] // "Good Friday"
		}
		b.WriteString(w)
	}
	return b.String() + " 2023"
}

// holidayAt reads the words of h from token i and returns the token after
// them.
func (tg *tagger) holidayAt(h *holiday, i int) (int, bool) {
	if h.eid {
		kind, j := tg.eidName(i + 1)
		return j, kind >= 0
	}
	j := i
	for _, w := range h.words {
		optional := strings.HasSuffix(w, "?")
		w = strings.TrimSuffix(w, "?")
		upper := strings.HasSuffix(w, "^")
		w = strings.TrimSuffix(w, "^")
		ok, n := false, 1
		switch w {
		case "'s":
			ok, n = tg.isApostrophe(j) && tg.w(j+1) == "s", 2
		case ".":
			ok = tg.punct(j, ".")
		default:
			// wordIs lowers no word: "World Bank" is read at every "World"
			ok = tg.wordIs(j, w) && (!upper || tg.tok(j).upper)
		}
		switch {
		case ok:
			j += n
		case !optional:
			return i, false
		}
	}
	return j, true
}

// holidayNamed returns the holiday whose name starts at token i and the
// token after its name, or nil.
func (tg *tagger) holidayNamed(i int) (*holiday, int) {
	for _, h := range holidayIndex[tg.w(i)] {
		if e, ok := tg.holidayAt(h, i); ok {
			return h, e
		}
	}
	return nil, i
}

// matchHoliday matches a holiday name at i (holidays), with an optional
// year: "Christmas", "Christmas Eve 2023", "New Year's Day", "Easter",
// "Ramadan 2024", "Eid al-Fitr", "Thanksgiving".
func (tg *tagger) matchHoliday(i int) (timexCand, bool) {
	if !tg.info(i).holiday {
		return noTimexCand, false
	}
	hd, j := tg.holidayNamed(i)
	if hd == nil {
		return noTimexCand, false
	}
	c, ok := tg.holidayWeekend(tg.holidayDate(hd, i, j)) // "the Fourth of July weekend"
	c.rule, c.holiday = hd.id, true
	return c, ok
}

// holidayDate resolves holiday hd named at tokens [i, j), with the year
// after it if there is one.
func (tg *tagger) holidayDate(hd *holiday, i, j int) (timexCand, bool) {
	m, d, h := hd.month, hd.day, hd.kind
	if hd.eid {
		h, _ = tg.eidName(i + 1)
	}
	y, e, hasYear := tg.yearAt(j)
	if !hasYear && tg.tok(i).upper {
		y, e, hasYear = tg.relativeYearAt(j) // "on Christmas Day last year"
	}
	if !tg.tok(i).upper && !hasYear {
		return noTimexCand, false // lower case only with a year: "easter 2018"
	}
	if hasYear {
		j = e
	}
	if h < 0 {
		if hasYear {
			return timexDateCand(j, timexVal{g: GrainDay, y: y, m: m, d: d})
		}
		return timexDateCand(j, tg.nearDay(m, d, i, j))
	}
	if hasYear {
		t, ok := movableDate(h, y)
		if !ok {
			return noTimexCand, false
		}
		return timexDateCand(j, movableVal(h, t))
	}
	return tg.nearMovable(h, i, j)
}

// eidName reads the rest of "Eid al-Fitr", "Eid al-Adha", "Eid ul-Fitr".
func (tg *tagger) eidName(j int) (int, int) {
	switch tg.w(j) {
	case "al", "ul", "el":
		j++
		if tg.punct(j, "-") {
			j++
		}
	}
	switch tg.lowerWord(j) {
	case "fitr":
		return hEidFitr, j + 1
	case "adha":
		return hEidAdha, j + 1
	}
	return -1, j
}

// nearMovable resolves a movable holiday without a year by the tense of
// its clause: the last one before the publication date, or the next. A
// holiday under way on the publication date is the current one whatever
// the tense: "the ceasefire will hold through Ramadan", written during
// Ramadan, means this Ramadan, not next year's.
func (tg *tagger) nearMovable(h, i, j int) (timexCand, bool) {
	if !tg.hasDCT {
		if h == hRamadan {
			return timexDateCand(j, timexVal{g: GrainMonth})
		}
		return timexDateCand(j, timexVal{g: GrainDay})
	}
	dir := tg.dirNear(i, j)
	y := tg.dct.Year()
	var best time.Time
	for _, cy := range []int{y - 1, y, y + 1} {
		t, end, ok := holidaySpan(nil, h, cy)
		if !ok {
			continue
		}
		if !t.After(tg.dct) && end.After(tg.dct) {
			best = t // under way
			break
		}
		after := !t.Before(tg.dct)
		switch {
		case dir < 0 && !t.After(tg.dct) && (best.IsZero() || t.After(best)):
			best = t
		case dir > 0 && after && (best.IsZero() || t.Before(best)):
			best = t
		case dir == 0 && (best.IsZero() || timexAbsDays(t, tg.dct) < timexAbsDays(best, tg.dct)):
			best = t
		}
	}
	if best.IsZero() {
		return noTimexCand, false
	}
	return timexDateCand(j, movableVal(h, best))
}

// timexAbsDays is the number of whole days between a and b.
func timexAbsDays(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}

// relHoliday resolves "last Ramadan", "next Christmas" (the holiday named
// at token j, step -1 or +1): the last one that has ended by the
// publication date, so that "last Ramadan" during Ramadan is the year
// before; or the first that starts after it.
func (tg *tagger) relHoliday(j, step int) (timexCand, bool) {
	if !tg.hasDCT {
		return noTimexCand, false
	}
	hd, e := tg.holidayNamed(j)
	if hd == nil {
		return noTimexCand, false
	}
	kind := hd.kind
	if hd.eid {
		kind, _ = tg.eidName(j + 1)
	}
	var best time.Time
	found := false
	for y := tg.dct.Year() - 1; y <= tg.dct.Year()+1; y++ {
		from, to, ok := holidaySpan(hd, kind, y)
		if !ok {
			continue
		}
		switch {
		case step < 0 && !to.After(tg.dct) && (!found || from.After(best)):
			best, found = from, true
		case step > 0 && from.After(tg.dct) && (!found || from.Before(best)):
			best, found = from, true
		}
	}
	if !found {
		return noTimexCand, false
	}
	v := dayVal(best)
	if kind >= 0 {
		v = movableVal(kind, best)
	}
	c, ok := timexDateCand(e, v)
	c.holiday = true
	return c, ok
}

// holidaySpan is the stretch of holiday hd (of movable kind, or fixed when
// kind < 0) in year y, end exclusive: Ramadan runs to Eid al-Fitr, the
// others are one day.
func holidaySpan(hd *holiday, kind, y int) (time.Time, time.Time, bool) {
	if kind < 0 {
		t := time.Date(y, time.Month(hd.month), hd.day, 0, 0, 0, 0, time.UTC)
		return t, t.AddDate(0, 0, 1), hd.month != 0
	}
	t, ok := movableDate(kind, y)
	if !ok {
		return t, t, false
	}
	if kind == hRamadan {
		eid, ok := movableDate(hEidFitr, y)
		return t, eid, ok
	}
	return t, t.AddDate(0, 0, 1), true
}
