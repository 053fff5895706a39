package tui

import (
	"testing"
	"time"

	"sitrep/briefing/extract"
)

// TestTimelineDate checks the dates the timeline panel shows, from the
// typed periods the extractor hands over.
func TestTimelineDate(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	friday := day(2024, 10, 11)
	at := func(text string, published time.Time) extract.TimelineEntry {
		t.Helper()
		es := extract.Timeline(text, published)
		if len(es) != 1 {
			t.Fatalf("Timeline(%q) = %d entries, want 1", text, len(es))
		}
		return es[0]
	}
	cases := []struct {
		name string
		e    extract.TimelineEntry
		want string
	}{
		{"month", extract.TimelineEntry{Period: extract.NewPeriod(extract.GrainMonth, day(2024, 6, 1))}, "Jun 2024"},
		{"week", extract.TimelineEntry{Period: extract.NewPeriod(extract.GrainWeek, day(2024, 10, 2))}, "wk of 30 Sep 2024"},
		{"week across years", extract.TimelineEntry{Period: extract.NewPeriod(extract.GrainWeek, day(2025, 1, 1))}, "wk of 30 Dec 2024"},
		{"day", extract.TimelineEntry{Period: extract.NewPeriod(extract.GrainDay, friday)}, "Fri 11 Oct 2024"},
		{"quarter", extract.TimelineEntry{Period: extract.NewPeriod(extract.GrainQuarter, day(2024, 8, 1))}, "Q3 2024"},
		{"season", extract.TimelineEntry{Period: extract.NewPeriod(extract.GrainSeason, day(2024, 7, 1))}, "Summer 2024"},
		{"half", extract.TimelineEntry{Period: extract.NewPeriod(extract.GrainHalf, day(2024, 2, 1))}, "H1 2024"},
		{"year", extract.TimelineEntry{Period: extract.NewPeriod(extract.GrainYear, friday)}, "2024"},
		{"clock time", extract.TimelineEntry{Period: extract.NewPeriod(extract.GrainTime, friday.Add(15*time.Hour))}, "Fri 11 Oct 2024 15:00"},
		{"modifier", extract.TimelineEntry{Period: extract.NewPeriod(extract.GrainMonth, day(2012, 12, 1)), Mod: extract.ModStart}, "early Dec 2012"},
		{"part of the day", at("Gunmen attacked the camp on Friday night.", friday), "Fri 11 Oct 2024 night"},
		{"month without a year", at("The mission began in June.", time.Time{}), "Jun"},
		{"day without a year", at("The camp was overrun on 20 October.", time.Time{}), "20 Oct"},
		{"decade", at("Fighting has not been this bad since the 1990s.", friday), "1990s"}, // the event says "since"
		{"century", at("It is the deadliest war of the 21st century.", friday), "21st century"},
		{"weekend", at("Fighting eased over the weekend.", friday), "wkend of 5 Oct 2024"},
		{"nothing known: the text", extract.TimelineEntry{Text: "the text"}, "the text"},
	}
	for _, c := range cases {
		if got := timelineDate(c.e); got != c.want {
			t.Errorf("%s: timelineDate = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestFigureNounSaysTheRoleOnce: the panel writes the role after a noun
// that does not say it, and not after one that does ("12 deaths", not
// "12 deaths killed").
func TestFigureNounSaysTheRoleOnce(t *testing.T) {
	for _, c := range []struct {
		unit string
		role extract.Role
		want string
	}{
		{"people", extract.RoleKilled, "people killed"},
		{"deaths", extract.RoleKilled, "deaths"},
		{"bodies", extract.RoleKilled, "bodies"},
		{"civilians", extract.RoleInjured, "civilians injured"},
		{"injuries", extract.RoleInjured, "injuries"},
		{"hostages", extract.RoleHeld, "hostages"},
		{"prisoners", extract.RoleHeld, "prisoners held"},
		{"", extract.RoleKilled, "killed"},
		{"troops", extract.RoleDeployed, "troops deployed"},
		{"troops", extract.RolePledged, "troops pledged"},
		{"people", extract.RoleRefugees, "refugees"},
		{"Syrians", extract.RoleRefugees, "Syrians, refugees"},
		{"refugees", extract.RoleRefugees, "refugees"},
	} {
		f := extract.Figure{Unit: c.unit, Role: c.role, Category: extract.Casualties}
		if got := figureNoun(f); got != c.want {
			t.Errorf("%q %s: %q, want %q", c.unit, c.role, got, c.want)
		}
	}
}
