package extract

import (
	"strconv"
	"time"
)

// timexVal is a calendar value under construction: a date, week, month,
// quarter, season, year, decade or century, possibly with a time of day,
// and possibly unresolved because the publication date is unknown.
type timexVal struct {
	g      Grain
	y      int // 0 when unknown (XXXX)
	m, d   int // 0 when unknown
	w      int // ISO week, or week-of-month ordinal when m != 0 (not used)
	q      int // quarter or half
	season string
	wday   int    // weekday of an unresolved day (XXXX-WXX-5)
	part   string // TMO, TAF, TEV, TNI
	hh, mm int
	clock  bool
	// off is the offset from the publication date in days, for ordering
	// values that stay unresolved; rel says it is meaningful.
	off int
	rel bool
}

// dayVal is the day value of t.
func dayVal(t time.Time) timexVal {
	return timexVal{g: GrainDay, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// weekVal is the ISO week holding t.
func weekVal(t time.Time) timexVal {
	y, w := t.ISOWeek()
	return timexVal{g: GrainWeek, y: y, w: w}
}

// monthVal is month index k (y*12 + m-1) as a value.
func monthVal(k int) timexVal {
	return timexVal{g: GrainMonth, y: timexFloorDiv(k, 12), m: k - timexFloorDiv(k, 12)*12 + 1}
}

// timexFloorDiv divides rounding towards negative infinity.
func timexFloorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// start returns the first day of v as a time (for day, week, month, quarter
// and year values with a known year).
func (v timexVal) start() time.Time {
	switch v.g {
	case GrainTime, GrainDay:
		return time.Date(v.y, time.Month(max(v.m, 1)), max(v.d, 1), 0, 0, 0, 0, time.UTC)
	case GrainWeek, GrainWeekend:
		t := isoWeekStart(v.y, v.w)
		if v.g == GrainWeekend {
			t = t.AddDate(0, 0, 5)
		}
		return t
	case GrainMonth:
		return time.Date(v.y, time.Month(max(v.m, 1)), 1, 0, 0, 0, 0, time.UTC)
	case GrainQuarter:
		return time.Date(v.y, time.Month(3*(v.q-1)+1), 1, 0, 0, 0, 0, time.UTC)
	case GrainHalf:
		return time.Date(v.y, time.Month(6*(v.q-1)+1), 1, 0, 0, 0, 0, time.UTC)
	case GrainSeason:
		return time.Date(v.y, time.Month(seasonMonth(v.season)), 1, 0, 0, 0, 0, time.UTC)
	case GrainDecade:
		return time.Date(v.y, 1, 1, 0, 0, 0, 0, time.UTC)
	case GrainCentury:
		return time.Date(v.y, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(v.y, 1, 1, 0, 0, 0, 0, time.UTC)
}

// end returns the day after the last day of v.
func (v timexVal) end() time.Time {
	s := v.start()
	switch v.g {
	case GrainTime, GrainDay:
		return s.AddDate(0, 0, 1)
	case GrainWeekend:
		return s.AddDate(0, 0, 2)
	case GrainWeek:
		return s.AddDate(0, 0, 7)
	case GrainMonth:
		return s.AddDate(0, 1, 0)
	case GrainQuarter, GrainSeason:
		return s.AddDate(0, 3, 0)
	case GrainHalf:
		return s.AddDate(0, 6, 0)
	case GrainDecade:
		return s.AddDate(10, 0, 0)
	case GrainCentury:
		return s.AddDate(100, 0, 0)
	}
	return s.AddDate(1, 0, 0)
}

// isoWeekStart is the Monday of ISO week w of year y.
func isoWeekStart(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
	wd := int(jan4.Weekday()+6)%7 + 1
	return jan4.AddDate(0, 0, 1-wd+7*(w-1))
}

// String formats v as a TIMEX3 value.
func (v timexVal) String() string {
	b := make([]byte, 0, 20)
	b = timexAppendYear(b, v.y, 4)
	switch v.g {
	case GrainTime, GrainDay:
		if v.y == 0 && v.m == 0 && v.wday != 0 {
			b = append(b, "-WXX-"...)
			b = strconv.AppendInt(b, int64(v.wday), 10)
		} else {
			b = timexAppend2(append(b, '-'), v.m)
			b = append(b, '-')
			b = timexAppend2(b, v.d)
		}
		if v.g == GrainTime {
			if v.clock {
				b = append(b, 'T', byte('0'+v.hh/10%10), byte('0'+v.hh%10), ':', byte('0'+v.mm/10%10), byte('0'+v.mm%10))
			} else {
				b = append(b, v.part...) // "TNI"
			}
		}
	case GrainWeek, GrainWeekend:
		b = append(b, "-W"...)
		b = timexAppend2(b, v.w)
		if v.g == GrainWeekend {
			b = append(b, "-WE"...)
		}
	case GrainMonth:
		b = timexAppend2(append(b, '-'), v.m)
	case GrainQuarter:
		b = strconv.AppendInt(append(b, "-Q"...), int64(v.q), 10)
	case GrainHalf:
		b = strconv.AppendInt(append(b, "-H"...), int64(v.q), 10)
	case GrainSeason:
		b = append(append(b, '-'), v.season...)
	case GrainDecade:
		b = b[:3]
	case GrainCentury:
		b = b[:2]
	}
	return string(b)
}

// timexAppend2 appends n as two digits, or XX when unknown (0).
func timexAppend2(b []byte, n int) []byte {
	if n <= 0 || n > 99 {
		return append(b, 'X', 'X')
	}
	return append(b, byte('0'+n/10), byte('0'+n%10))
}

// timexAppendYear appends y as four digits, or XXXX when unknown.
func timexAppendYear(b []byte, y, n int) []byte {
	if y <= 0 || y > 9999 {
		for range n {
			b = append(b, 'X')
		}
		return b
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
}

// granularity maps a value's granularity to the timeline's.
func (v timexVal) granularity() Granularity {
	switch v.g {
	case GrainTime, GrainDay:
		return Day
	case GrainWeek, GrainWeekend:
		return Week
	case GrainMonth:
		return Month
	case GrainQuarter, GrainHalf:
		return Quarter
	case GrainSeason:
		return Season
	}
	return Year
}

// durationValue formats a TIMEX3 duration of n units ("P3Y", "PT5H");
// n < 0 means an unspecified number ("PXD"). frac, when non-empty, is a
// decimal amount written as in the text ("1.5").
func durationValue(n int, frac string, u uint8) string {
	b := make([]byte, 0, 8)
	b = append(b, 'P')
	if u <= uHour {
		b = append(b, 'T')
	}
	switch {
	case frac != "":
		b = append(b, frac...)
	case n < 0:
		b = append(b, 'X')
	default:
		mult := 1
		switch u {
		case uFortnight:
			mult = 2
		case uQuarter:
			mult = 3
		case uDecade:
			mult = 10
		case uCentury:
			mult = 100
		}
		b = strconv.AppendInt(b, int64(n*mult), 10)
	}
	b = append(b, unitLetter(u, n < 0)...)
	return string(b)
}

// unitLetter is the TIMEX3 designator of a unit. Vague decades and
// centuries use DE and CE ("PXDE"); counted ones are written in years.
func unitLetter(u uint8, vague bool) string {
	switch u {
	case uSecond:
		return "S"
	case uMinute:
		return "M"
	case uHour:
		return "H"
	case uDay, uNight:
		return "D"
	case uWeekend:
		return "WE"
	case uWeek, uFortnight:
		return "W"
	case uMonth:
		return "M"
	case uQuarter:
		return "M"
	case uDecade:
		if vague {
			return "DE"
		}
		return "Y"
	case uCentury:
		if vague {
			return "CE"
		}
		return "Y"
	}
	return "Y"
}

// seasonMonth is the first month of a northern-hemisphere season.
func seasonMonth(s string) int {
	switch s {
	case "SP":
		return 3
	case "SU":
		return 6
	case "FA":
		return 9
	case "WI":
		return 12
	}
	return 1
}
