package extract

import (
	"testing"
	"time"
)

// TestLabelSaysTheBound: a date that bounds its event ("since", "until",
// "by", "from") keeps its preposition in the panel's label, so that a toll
// counted since a month is not dated to that month — unless the event says
// it with its date ("… killed since October last year"), where the label
// would say it a second time.
func TestLabelSaysTheBound(t *testing.T) {
	oct2023 := NewPeriod(GrainMonth, time.Date(2023, 10, 1, 0, 0, 0, 0, time.UTC))
	for _, c := range []struct {
		e     TimelineEntry
		label string
	}{
		{TimelineEntry{Text: "since October last year", Event: "3,823 people have been killed", Period: oct2023}, "since Oct 2023"},
		{TimelineEntry{Text: "since October last year", Event: "3,823 people have been killed since October last year", Period: oct2023}, "Oct 2023"},
		{TimelineEntry{Text: "until October last year", Event: "The truce held", Period: oct2023}, "until Oct 2023"},
		{TimelineEntry{Text: "October last year", Event: "The truce held", Period: oct2023}, "Oct 2023"},
	} {
		if got := c.e.Label(); got != c.label {
			t.Errorf("%+v: label %q, want %q", c.e, got, c.label)
		}
	}
	published := time.Date(2024, 11, 28, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, date, label string }{
		{"According to the health ministry, 3,823 people have been killed since October last year.", "since October last year", "Oct 2023"},
		{"The 60 days run until late January.", "until late January", "late Jan 2025"},
		{"The council is meant to hand power to an elected government by 7 February 2026.", "by 7 February 2026", "by Sat 7 Feb 2026"},
		{"At least 42 people were killed on Tuesday.", "on Tuesday", "Tue 26 Nov 2024"},
		{"About 60,000 residents were evacuated more than a year ago.", "more than a year ago", "before Nov 2023"},
	} {
		found := false
		for _, e := range Timeline(c.text, published) {
			if e.Text != c.date {
				continue
			}
			found = true
			if got := e.Label(); got != c.label {
				t.Errorf("%q: label %q, want %q", c.text, got, c.label)
			}
		}
		if !found {
			t.Errorf("%q: no entry %q", c.text, c.date)
		}
	}
}
