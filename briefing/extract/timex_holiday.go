package extract

import "time"

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

// matchHoliday matches a holiday name at i, with an optional year:
// "Christmas", "Christmas Eve 2023", "New Year's Day", "Easter",
// "Ramadan 2024", "Eid al-Fitr", "Thanksgiving".
func (tg *tagger) matchHoliday(i int) (timexCand, bool) {
	m, d, h, j := 0, 0, -1, i+1
	switch tg.w(i) {
	case "christmas":
		m, d = 12, 25
		switch tg.w(j) {
		case "day":
			j++
		case "eve":
			d, j = 24, j+1
		}
	case "new":
		if !tg.tok(i).upper || tg.w(i+1) != "year" || !tg.isApostrophe(i+2) || tg.w(i+3) != "s" {
			return noTimexCand, false
		}
		j = i + 4
		switch tg.w(j) {
		case "day":
			m, d, j = 1, 1, j+1
		case "eve":
			m, d, j = 12, 31, j+1
		default:
			return noTimexCand, false
		}
	case "halloween":
		m, d = 10, 31
	case "valentine":
		if !tg.isApostrophe(j) || tg.w(j+1) != "s" || tg.w(j+2) != "day" {
			return noTimexCand, false
		}
		m, d, j = 2, 14, j+3
	case "easter":
		h = hEaster
		if tg.w(j) == "sunday" {
			j++
		}
	case "good":
		if tg.w(j) != "friday" || !tg.tok(j).upper {
			return noTimexCand, false
		}
		h, j = hGoodFriday, j+1
	case "thanksgiving":
		h = hThanksgiving
		if tg.w(j) == "day" {
			j++
		}
	case "ramadan":
		h = hRamadan
	case "boxing", "earth", "labour", "labor":
		if tg.w(j) != "day" {
			return noTimexCand, false
		}
		switch tg.w(i) {
		case "boxing":
			m, d = 12, 26
		case "earth":
			m, d = 4, 22
		case "labour":
			m, d = 5, 1 // International Workers' Day, as most of the world keeps it
		default:
			h = hLaborDay // the US spelling: the first Monday of September
		}
		j++
	case "may":
		if tg.w(j) != "day" {
			return noTimexCand, false
		}
		m, d, j = 5, 1, j+1
	case "black":
		if tg.w(j) != "friday" {
			return noTimexCand, false
		}
		h, j = hBlackFriday, j+1
	case "saint", "st":
		k := j
		if tg.punct(k, ".") {
			k++
		}
		if tg.lowerWord(k) != "patrick" {
			return noTimexCand, false
		}
		m, d, j = 3, 17, k+1
		if tg.isApostrophe(j) && tg.w(j+1) == "s" {
			j += 2
		}
		if tg.w(j) == "day" {
			j++
		}
	case "eid":
		h, j = tg.eidName(j)
		if h < 0 {
			return noTimexCand, false
		}
	default:
		return noTimexCand, false
	}
	y, e, hasYear := tg.yearAt(j)
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
		return timexDateCand(j, tg.monthDayNoYear(m, d, tg.dirNear(i, j)))
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
// its clause: the last one before the publication date, or the next.
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
		t, ok := movableDate(h, cy)
		if !ok {
			continue
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
