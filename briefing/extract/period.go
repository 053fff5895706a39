package extract

import (
	"strconv"
	"strings"
	"time"
)

// Grain is the calendar unit a DATE or TIME value names, finest first.
type Grain uint8

// The grains of calendar values.
const (
	GrainTime    Grain = iota + 1 // a time or part of a day: "3 p.m. on Friday", "Sunday night"
	GrainDay                      // "3 October 2024", "yesterday"
	GrainWeekend                  // "last weekend"
	GrainWeek                     // "last week" (an ISO week)
	GrainMonth                    // "June", "next month"
	GrainSeason                   // "last summer"
	GrainQuarter                  // "Q3 2024"
	GrainHalf                     // "the first half of 2024"
	GrainYear                     // "2024", "earlier this year"
	GrainDecade                   // "the 1990s"
	GrainCentury                  // "the 21st century"
)

// SeasonName is a season of the northern hemisphere, as TIMEX3 writes it.
type SeasonName string

// The seasons.
const (
	Spring SeasonName = "SP"
	Summer SeasonName = "SU"
	Autumn SeasonName = "FA"
	Winter SeasonName = "WI"
)

// name is the season's English name.
func (s SeasonName) name() string {
	switch s {
	case Spring:
		return "Spring"
	case Summer:
		return "Summer"
	case Autumn:
		return "Autumn"
	case Winter:
		return "Winter"
	}
	return ""
}

// DayPart is the part of a day a TIME value names when it has no clock
// time ("Sunday night").
type DayPart string

// The parts of the day.
const (
	Morning   DayPart = "MO"
	Afternoon DayPart = "AF"
	Evening   DayPart = "EV"
	Night     DayPart = "NI"
	Daytime   DayPart = "DT"
)

// name is how a label writes the part of the day.
func (p DayPart) name() string {
	switch p {
	case Morning:
		return "morning"
	case Afternoon:
		return "afternoon"
	case Evening:
		return "evening"
	case Night:
		return "night"
	case Daytime:
		return "daytime"
	}
	return string(p)
}

// Period is the stretch of the calendar a DATE or TIME value names, as
// structured values: what the TIMEX3 value string says, for a program.
type Period struct {
	Grain Grain
	// Start and End bound the period, End exclusive, at midnight UTC (for
	// a TIME, the day that holds it). Both are zero when the year is not
	// known (no publication date) or the value names no real date.
	Start, End time.Time
	// Year, Month, Day, Week and Quarter are the calendar fields of the
	// value, 0 where the text left them open: "June" without a
	// publication date has Month 6 and Year 0. Quarter holds the half of
	// a GrainHalf.
	Year    int
	Month   time.Month
	Day     int
	Week    int
	Quarter int
	Season  SeasonName
	// Clock says a TIME has a clock time, Hour:Minute; Part is the part of
	// the day of one that has none.
	Clock        bool
	Hour, Minute int
	Part         DayPart
}

// NewPeriod returns the period of grain g that holds t: the day, ISO week,
// month, quarter, season, year... (for GrainTime, t's day and clock time).
func NewPeriod(g Grain, t time.Time) Period {
	prepare()
	y, m, d := t.Date()
	v := timexVal{g: g, y: y, m: int(m), d: d}
	switch g {
	case GrainTime:
		v.clock, v.hh, v.mm = true, t.Hour(), t.Minute()
	case GrainDay:
	case GrainWeek, GrainWeekend:
		v = weekVal(t)
		v.g = g
	case GrainMonth:
		v = monthVal(y*12 + int(m) - 1)
	case GrainQuarter:
		v = timexVal{g: g, y: y, q: (int(m)-1)/3 + 1}
	case GrainHalf:
		v = timexVal{g: g, y: y, q: (int(m)-1)/6 + 1}
	case GrainSeason:
		v = seasonHolding(t)
	case GrainDecade:
		v = timexVal{g: g, y: y - y%10}
	case GrainCentury:
		v = timexVal{g: g, y: y - y%100}
	default:
		v = timexVal{g: GrainYear, y: y}
	}
	return v.period()
}

// seasonHolding is the season that holds t; January and February belong
// to the winter that began in the December before.
func seasonHolding(t time.Time) timexVal {
	y, m := t.Year(), t.Month()
	switch {
	case m >= 3 && m <= 5:
		return timexVal{g: GrainSeason, y: y, season: string(Spring)}
	case m >= 6 && m <= 8:
		return timexVal{g: GrainSeason, y: y, season: string(Summer)}
	case m >= 9 && m <= 11:
		return timexVal{g: GrainSeason, y: y, season: string(Autumn)}
	case m == 12:
		return timexVal{g: GrainSeason, y: y, season: string(Winter)}
	}
	return timexVal{g: GrainSeason, y: y - 1, season: string(Winter)}
}

// period is v as a Period.
func (v timexVal) period() Period {
	p := Period{
		Grain: v.g, Month: time.Month(v.m), Day: v.d, Week: v.w, Quarter: v.q,
		Season: SeasonName(v.season), Clock: v.clock, Part: DayPart(trimT(v.part)),
	}
	if v.clock {
		p.Hour, p.Minute = v.hh, v.mm
	}
	if v.y > 0 && v.y <= 9999 {
		p.Year = v.y
		if v.definite() {
			p.Start, p.End = v.start(), v.end()
		}
	}
	return p
}

// trimT drops the "T" of a TIMEX3 part of day ("TNI").
func trimT(part string) string {
	if len(part) > 0 && part[0] == 'T' {
		return part[1:]
	}
	return part
}

// definite reports whether v, whose year is known, names a real stretch of
// the calendar: every field its grain needs is known and in range.
func (v timexVal) definite() bool {
	switch v.g {
	case GrainTime, GrainDay:
		if v.m < 1 || v.m > 12 || v.d < 1 {
			return false
		}
		return time.Date(v.y, time.Month(v.m), v.d, 0, 0, 0, 0, time.UTC).Day() == v.d
	case GrainWeek, GrainWeekend:
		return v.w >= 1 && v.w <= 99
	case GrainMonth:
		return v.m >= 1 && v.m <= 12
	case GrainQuarter:
		return v.q >= 1 && v.q <= 4
	case GrainHalf:
		return v.q == 1 || v.q == 2
	case GrainSeason:
		return SeasonName(v.season).name() != ""
	}
	return v.g != 0
}

// Label writes the entry's date at its grain for a side panel: "Fri 11
// Oct 2024", "Fri 11 Oct 2024 night", "wk of 30 Sep 2024", "Jun 2024",
// "Q3 2024", "H1 2024", "Summer 2024", "2024", "wkend of 12 Oct 2024",
// "2020s", "21st century", with its modifier ("early Dec 2012", "c.
// 2020") and the preposition that makes it a bound ("since Oct 2023",
// "until late Jan 2025"); without a year, what is known ("Jun", "5 Jun",
// "Q3"). A period it has no short form for (a weekday of an unknown week,
// a weekend of an unknown year) is written as the text that named it. The
// preposition is left out when the event says it with its date ("Fighting
// has displaced 40,000 people since January"), as it would be said twice.
func (e TimelineEntry) Label() string {
	prepare()
	s := e.dateLabel()
	if s == e.Text {
		return s
	}
	if sig := boundSignal(e.Text); sig != "" && e.Mod != ModBefore && e.Mod != ModAfter && !strings.Contains(e.Event, e.Text) {
		s = sig + " " + s // "since Oct 2023", "by Sat 7 Feb 2026"
	}
	return s
}

// dateLabel is Label without the bound's preposition.
func (e TimelineEntry) dateLabel() string {
	s := e.Period.label()
	if s == "" {
		return e.Text
	}
	if w := e.Mod.words(); w != "" {
		if g := e.Period.Grain; (g == GrainDay || g == GrainTime) && (e.Mod == ModStart || e.Mod == ModMid || e.Mod == ModEnd || e.Period.Clock) {
			// A part of a day goes after the day, as "night" does: "Wed
			// 2 Apr 2025 late", "Tue 1 Apr 2025 early morning", "Mon 13
			// May 2018 c. 12:50"; "late Wed 2 Apr 2025" reads as a name.
			return dayWithPart(s, w, e.Mod, e.Period)
		}
		s = w + " " + s
	}
	return s
}

// dayWithPart writes the modifier w of a day or time label s after the
// day: before the part of the day or the clock time, or as the part of
// the day itself ("midday" for mid).
func dayWithPart(s, w string, m Mod, p Period) string {
	if m == ModMid {
		w = "midday"
	}
	day := p.dayLabel()
	if p.Grain == GrainDay || !strings.HasPrefix(s, day) || len(s) == len(day) {
		return s + " " + w
	}
	if m == ModMid && p.Part != "" {
		w = "mid-" // "mid-morning"
		return day + " " + w + strings.TrimPrefix(s[len(day):], " ")
	}
	return day + " " + w + s[len(day):]
}

// label is the period's short form, or "" when it has none.
func (p Period) label() string {
	if p.Year != 0 && p.Start.IsZero() {
		return "" // a value with a year but no real date ("30 February 2024")
	}
	year := ""
	if p.Year != 0 {
		year = " " + p.Start.Format("2006")
	}
	switch p.Grain {
	case GrainTime, GrainDay:
		s := p.dayLabel()
		if s != "" && p.Grain == GrainTime {
			s += p.timeLabel()
		}
		return s
	case GrainWeek:
		if p.Year == 0 {
			return ""
		}
		return "wk of " + p.Start.Format("2 Jan 2006")
	case GrainWeekend:
		if p.Year == 0 {
			return ""
		}
		return "wkend of " + p.Start.Format("2 Jan 2006") // its Saturday
	case GrainDecade:
		if p.Year == 0 {
			return ""
		}
		return p.Start.Format("2006") + "s"
	case GrainCentury:
		if p.Year == 0 {
			return ""
		}
		return ordinal(p.Start.Year()/100+1) + " century"
	case GrainMonth:
		if p.Month < 1 || p.Month > 12 {
			return ""
		}
		return p.Month.String()[:3] + year
	case GrainQuarter:
		if p.Quarter < 1 || p.Quarter > 4 {
			return ""
		}
		return "Q" + strconv.Itoa(p.Quarter) + year
	case GrainHalf:
		if p.Quarter != 1 && p.Quarter != 2 {
			return ""
		}
		return "H" + strconv.Itoa(p.Quarter) + year
	case GrainSeason:
		if n := p.Season.name(); n != "" {
			return n + year
		}
	case GrainYear:
		return year[min(1, len(year)):]
	}
	return ""
}

// ordinal writes n as an English ordinal: "1st", "12th", "21st".
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// dayLabel is "Fri 11 Oct 2024", or "11 Oct" without a year.
func (p Period) dayLabel() string {
	if p.Year != 0 {
		return p.Start.Format("Mon 2 Jan 2006")
	}
	if p.Month < 1 || p.Month > 12 || p.Day < 1 || p.Day > 99 {
		return ""
	}
	return strconv.Itoa(p.Day) + " " + p.Month.String()[:3]
}

// timeLabel is " 15:00" or " night", or "" for a TIME with neither.
func (p Period) timeLabel() string {
	switch {
	case p.Clock:
		return " " + string([]byte{byte('0' + p.Hour/10%10), byte('0' + p.Hour%10), ':', byte('0' + p.Minute/10%10), byte('0' + p.Minute%10)})
	case p.Part != "":
		return " " + p.Part.name()
	}
	return ""
}
