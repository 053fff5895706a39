package extract

import (
	"testing"
	"time"
)

// TestTimelinePeriod checks the typed period and label of timeline
// entries: what the side panel shows without reading the TIMEX3 value.
func TestTimelinePeriod(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	cases := []struct {
		sentence   string
		published  time.Time
		grain      Grain
		start, end time.Time
		label      string
	}{
		{"The attack took place on 3 October 2024.", txFriday, GrainDay, day(2024, 10, 3), day(2024, 10, 4), "Thu 3 Oct 2024"},
		{"Gunmen attacked last week.", txFriday, GrainWeek, day(2024, 9, 30), day(2024, 10, 7), "wk of 30 Sep 2024"},
		{"Kenya will deploy more officers next month.", txFriday, GrainMonth, day(2024, 11, 1), day(2024, 12, 1), "Nov 2024"},
		{"Profits fell in the third quarter of 2024.", txFriday, GrainQuarter, day(2024, 7, 1), day(2024, 10, 1), "Q3 2024"},
		{"The floods came last summer.", txFriday, GrainSeason, day(2023, 6, 1), day(2023, 9, 1), "Summer 2023"},
		{"Prices rose in the first half of 2024.", txFriday, GrainHalf, day(2024, 1, 1), day(2024, 7, 1), "H1 2024"},
		{"Talks collapsed in early December 2012.", txFriday, GrainMonth, day(2012, 12, 1), day(2013, 1, 1), "early Dec 2012"},
		{"The truce took effect at 4 a.m. on 27 November 2024.", txFriday, GrainTime, day(2024, 11, 27), day(2024, 11, 28), "Wed 27 Nov 2024 04:00"},
		// A part of a day goes after the day it is part of.
		{"Late on Wednesday the junta announced a truce.", txFriday, GrainDay, day(2024, 10, 9), day(2024, 10, 10), "Wed 9 Oct 2024 late"},
		{"Troops shelled the town late on Tuesday night.", txFriday, GrainTime, day(2024, 10, 8), day(2024, 10, 9), "Tue 8 Oct 2024 late night"},
		{"Rockets fell early on Monday morning.", txFriday, GrainTime, day(2024, 10, 7), day(2024, 10, 8), "Mon 7 Oct 2024 early morning"},
		{"The blast came at around 4 a.m. on Monday.", txFriday, GrainTime, day(2024, 10, 7), day(2024, 10, 8), "Mon 7 Oct 2024 c. 04:00"},
		{"Fighting resumed this weekend.", txFriday, GrainWeekend, day(2024, 10, 12), day(2024, 10, 14), "wkend of 12 Oct 2024"},
		{"The war began in the 1990s.", txFriday, GrainDecade, day(1990, 1, 1), day(2000, 1, 1), "1990s"},
		{"It is the deadliest war of the 21st century.", txFriday, GrainCentury, day(2000, 1, 1), day(2100, 1, 1), "21st century"},
		{"The mission began in June.", time.Time{}, GrainMonth, time.Time{}, time.Time{}, "Jun"},
		{"The camp was overrun on 20 October.", time.Time{}, GrainDay, time.Time{}, time.Time{}, "20 Oct"},
		{"The decree is dated 30 February 2024.", txFriday, GrainDay, time.Time{}, time.Time{}, "30 February 2024"},
	}
	for _, c := range cases {
		es := Timeline(c.sentence, c.published)
		if len(es) != 1 {
			t.Errorf("%q: %d entries, want 1: %+v", c.sentence, len(es), es)
			continue
		}
		p := es[0].Period
		if p.Grain != c.grain || !p.Start.Equal(c.start) || !p.End.Equal(c.end) {
			t.Errorf("%q: period %v [%v, %v), want %v [%v, %v)", c.sentence, p.Grain, p.Start, p.End, c.grain, c.start, c.end)
		}
		if got := es[0].Label(); got != c.label {
			t.Errorf("%q: label %q, want %q", c.sentence, got, c.label)
		}
	}
}

// TestNewPeriod checks that NewPeriod gives the period holding a time at
// each grain, as the tagger would resolve it.
func TestNewPeriod(t *testing.T) {
	at := time.Date(2025, 1, 15, 9, 30, 0, 0, time.UTC)
	cases := []struct {
		g          Grain
		start, end string
	}{
		{GrainTime, "2025-01-15", "2025-01-16"},
		{GrainDay, "2025-01-15", "2025-01-16"},
		{GrainWeek, "2025-01-13", "2025-01-20"},
		{GrainMonth, "2025-01-01", "2025-02-01"},
		{GrainSeason, "2024-12-01", "2025-03-01"}, // January is in the winter that began in December
		{GrainQuarter, "2025-01-01", "2025-04-01"},
		{GrainHalf, "2025-01-01", "2025-07-01"},
		{GrainYear, "2025-01-01", "2026-01-01"},
		{GrainDecade, "2020-01-01", "2030-01-01"},
	}
	for _, c := range cases {
		p := NewPeriod(c.g, at)
		if got := p.Start.Format("2006-01-02"); got != c.start {
			t.Errorf("grain %d: start %s, want %s", c.g, got, c.start)
		}
		if got := p.End.Format("2006-01-02"); got != c.end {
			t.Errorf("grain %d: end %s, want %s", c.g, got, c.end)
		}
	}
	if p := NewPeriod(GrainTime, at); !p.Clock || p.Hour != 9 || p.Minute != 30 {
		t.Errorf("GrainTime: clock %v %d:%d, want 9:30", p.Clock, p.Hour, p.Minute)
	}
}
