package extract

import (
	"strconv"
	"strings"
	"time"
)

// ParsePeriod reads back the period a timeline entry's Value names, the
// TIMEX3 DATE or TIME value Timeline writes ("2024-10-03", "2024-W41",
// "2024-H1", "XXXX-06"): for entries kept as JSON, where Period is not
// stored, so that a program still labels and orders them by typed values.
// ok is false for values that name no calendar period (PAST_REF) and for
// anything Timeline does not write.
func ParsePeriod(value string) (Period, bool) {
	prepare()
	v, ok := parseTimexValue(value)
	if !ok {
		return Period{}, false
	}
	return v.period(), true
}

// CompareEntries orders two timeline entries by the stretch of the
// calendar each honestly names, as Timeline orders the entries of one
// briefing: by the end of the stretch, then by its start, later first,
// then by clock time. Each stretch is cut at the publication date of its
// own briefing (zero when unknown), as its planned mark says, so that the
// entries of several briefings (a theatre's) sort as each briefing's
// timeline does: a planned "later this month" after the days of that
// month already past. Past before planned is the caller's to decide, for
// entries of several briefings are planned or past against a day of its
// choosing. Entries it cannot tell apart compare 0; values Timeline never
// writes go last.
func CompareEntries(a TimelineEntry, aPublished time.Time, b TimelineEntry, bPublished time.Time) int {
	prepare()
	x, okA := orderItem(a, aPublished)
	y, okB := orderItem(b, bPublished)
	switch {
	case !okA || !okB:
		return boolOrder(okB) - boolOrder(okA)
	case x.less(&y):
		return -1
	case y.less(&x):
		return 1
	}
	return 0
}

func boolOrder(b bool) int {
	if b {
		return 1
	}
	return 0
}

// orderItem is e as Timeline's sort sees it, its stretch set against
// published. Its position in the text and, once the stretch is set, its
// planned mark are dropped: entries of several briefings have no common
// position, and the caller orders past and planned.
func orderItem(e TimelineEntry, published time.Time) (tlItem, bool) {
	v, ok := parseTimexValue(e.Value)
	if !ok {
		return tlItem{}, false
	}
	e.Start = 0
	it := tlItem{e: e, v: v}
	var dct time.Time
	if !published.IsZero() {
		y, m, d := published.Date()
		dct = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	it.setSpan(dct, !published.IsZero())
	it.e.Planned = false
	return it, true
}

// parseTimexValue reads a calendar value as timexVal.String writes it.
func parseTimexValue(s string) (timexVal, bool) {
	var v timexVal
	year, rest := s, ""
	if i := strings.IndexByte(s, '-'); i >= 0 {
		year, rest = s[:i], s[i+1:]
	}
	switch len(year) {
	case 2, 3: // a century ("20") or a decade ("202")
		n, ok := digits(year)
		if !ok || rest != "" {
			return v, false
		}
		v.g, v.y = GrainCentury, n*100
		if len(year) == 3 {
			v.g, v.y = GrainDecade, n*10
		}
		return v, true
	case 4:
		if year != "XXXX" {
			n, ok := digits(year)
			if !ok {
				return v, false
			}
			v.y = n
		}
	default:
		return v, false
	}
	if rest == "" {
		v.g = GrainYear
		return v, v.y != 0
	}
	head, tail, _ := strings.Cut(rest, "-")
	switch {
	case SeasonName(head).name() != "" && tail == "": // before the weeks: winter is "WI"
		v.g, v.season = GrainSeason, head
		return v, true
	case strings.HasPrefix(head, "W"):
		return parseWeek(v, head, tail, rest)
	case len(head) == 2 && (head[0] == 'Q' || head[0] == 'H') && tail == "":
		n, ok := digits(head[1:])
		v.g, v.q = GrainQuarter, n
		if head[0] == 'H' {
			v.g = GrainHalf
		}
		return v, ok && v.definite()
	}
	m, ok := digitsOrX(head)
	if !ok || m > 12 {
		return v, false
	}
	v.m = m
	if tail == "" {
		v.g = GrainMonth
		return v, m != 0
	}
	day, clock, timed := strings.Cut(tail, "T")
	d, ok := digitsOrX(day)
	if !ok || len(day) != 2 || d == 0 || d > 31 {
		return v, false
	}
	v.g, v.d = GrainDay, d
	if !timed {
		return v, true
	}
	v.g = GrainTime
	if DayPart(clock).name() != clock {
		v.part = "T" + clock // "TNI"
		return v, true
	}
	hh, mm, ok := strings.Cut(clock, ":")
	h, okH := digits(hh)
	mi, okM := digits(mm)
	if !ok || !okH || !okM || h > 24 || h == 24 && mi != 0 || mi > 59 { // 24:00 ends a day
		return v, false
	}
	v.clock, v.hh, v.mm = true, h, mi
	return v, true
}

// parseWeek reads the ISO week of a value ("W41", "W41-WE"), or an
// unresolved weekday ("WXX-5").
func parseWeek(v timexVal, head, tail, rest string) (timexVal, bool) {
	if head == "WXX" {
		wd, ok := digits(tail)
		v.g, v.wday = GrainDay, wd
		return v, ok && wd >= 1 && wd <= 7 && v.y == 0
	}
	w, ok := digits(head[1:])
	if !ok || len(head) != 3 || w < 1 || w > 53 {
		return v, false
	}
	v.g, v.w = GrainWeek, w
	switch rest[len(head):] {
	case "":
	case "-WE":
		v.g = GrainWeekend
	default:
		return v, false
	}
	return v, true
}

// digits reads a number written in ASCII digits only.
func digits(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// digitsOrX is digits, with "XX" (unknown) read as 0.
func digitsOrX(s string) (int, bool) {
	if s == "XX" {
		return 0, true
	}
	return digits(s)
}
