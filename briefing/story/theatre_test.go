package story

import (
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/extract"
)

func TestPeriodDays(t *testing.T) {
	tests := []struct{ in, start, end string }{
		{"2024-10-03", "2024-10-03", "2024-10-04"},
		{"2024-10-03T15:00", "2024-10-03", "2024-10-04"},
		{"2024-10", "2024-10-01", "2024-11-01"},
		{"2024-W40", "2024-09-30", "2024-10-07"},
		{"2025-W01", "2024-12-30", "2025-01-06"},
		{"2024-Q3", "2024-07-01", "2024-10-01"},
		{"2024-H1", "2024-01-01", "2024-07-01"},
		{"2023-SU", "2023-06-01", "2023-09-01"},
		{"2024", "2024-01-01", "2025-01-01"},
		{"2024-W41-WE", "2024-10-12", "2024-10-14"}, {"2023-WI", "2023-12-01", "2024-03-01"},
		{"202", "2020-01-01", "2030-01-01"},
		{"PAST_REF", "", ""}, {"XXXX-06", "", ""}, {"2024-W99", "", ""}, {"", "", ""},
	}
	for _, tt := range tests {
		s, e, ok := periodDays(extract.ParsePeriod(tt.in))
		got := [2]string{}
		if ok {
			got = [2]string{s.Format("2006-01-02"), e.Format("2006-01-02")}
		}
		if got != [2]string{tt.start, tt.end} {
			t.Errorf("periodDays(%q) = %v, want %s %s", tt.in, got, tt.start, tt.end)
		}
	}
}

// TestTheatreCaribbean: the massacre once, with both sample briefings.
func TestTheatreCaribbean(t *testing.T) {
	docs := sampleDocs(t)
	today := time.Date(2024, 10, 12, 0, 0, 0, 0, time.UTC)
	events := Theatre(docs, briefing.TheatreFilter{Region: "caribbean", Today: today})
	massacre := 0
	for _, ev := range events {
		var ids []string
		for _, s := range ev.Sources {
			ids = append(ids, s.Briefing)
		}
		t.Logf("%s planned=%v %q %q", ev.Value, ev.Planned, ev.Event, ids)
		if ev.Value == "2024-10-03" || ev.Value == "2024-W40" {
			massacre++
			if len(ev.Sources) != 2 {
				t.Errorf("the massacre has sources %q, want both Haiti briefings", ids)
			}
		}
	}
	if massacre != 1 {
		t.Errorf("the massacre is listed %d times, want once", massacre)
	}
	// In a briefing timeline's order: past before planned, each by the
	// period it names, so the vote due "later this month" (October, in the
	// Haiti briefing of 10 October) comes after 3 October, not above it.
	at := map[string]int{}
	for i, ev := range events {
		at[ev.Value] = i
		if i > 0 && ev.Compare(events[i-1]) < 0 {
			t.Errorf("out of order: %s after %s", ev.Value, events[i-1].Value)
		}
		if ev.Entry.Period.Grain == 0 || ev.Published.IsZero() {
			t.Errorf("%s: the event lacks its entry's period or publication date", ev.Value)
		}
	}
	if at["2024-10"] < at["2024-10-03"] || at["2024-10"] < at["2024-10-09"] {
		t.Errorf("the vote due later in October is listed above the days of October past")
	}
	last := events[len(events)-1]
	if !last.Planned || last.Value != "2026-02-07" {
		t.Errorf("last event %+v, want the planned handover of 7 February 2026", last)
	}
	for _, ev := range events {
		for _, s := range ev.Sources {
			if s.Briefing != haiti && s.Briefing != kenya {
				t.Errorf("%s is not of the Caribbean", s.Briefing)
			}
		}
	}
	if got := Theatre(docs, briefing.TheatreFilter{Country: "haiti", Since: time.Date(2024, 11, 1, 0, 0, 0, 0, time.UTC), Today: today}); len(got) != 2 {
		t.Errorf("Haiti since November: %d events, want 2 (the planned ones)", len(got))
	}
}
