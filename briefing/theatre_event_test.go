package briefing

import (
	"testing"

	"sitrep/briefing/extract"
)

// TestTheatreEventLabel: a theatre event's date reads as a briefing
// timeline's ("H1 2024", "Thu 3 Oct 2024", "wkend of 12 Oct 2024",
// "2020s"), never as its TIMEX3 value ("2024-W41-WE", "202") nor as one
// briefing's words ("last weekend").
func TestTheatreEventLabel(t *testing.T) {
	cases := []struct{ value, text, want string }{
		{"2024-H1", "in the first half of the year", "H1 2024"},
		{"2024-04", "in April", "Apr 2024"},
		{"2024-10-03", "on 3 October", "Thu 3 Oct 2024"},
		{"2024-W41-WE", "last weekend", "wkend of 12 Oct 2024"},
		{"202", "in the 2020s", "2020s"},
		{"199", "the 1990s", "1990s"},
		{"20", "this century", "21st century"},
		{"19", "the 20th century", "20th century"},
		{"2023-WI", "last winter", "Winter 2023"},
		{"2024-SP", "in the spring", "Spring 2024"},
		{"2024-10", "", "Oct 2024"},
	}
	for _, c := range cases {
		p, _ := extract.ParsePeriod(c.value)
		ev := TheatreEvent{Value: c.value, Entry: extract.TimelineEntry{Value: c.value, Text: c.text, Period: p}}
		if got := ev.Label(); got != c.want {
			t.Errorf("%s (%q): label %q, want %q", c.value, c.text, got, c.want)
		}
	}
	if got := (TheatreEvent{Value: "2024-10-03"}).Label(); got != "2024-10-03" {
		t.Errorf("an event without its entry: label %q, want its value", got)
	}
}

// TestTheatreEventWinterOrder: a winter takes its place among the events
// by its months (December to February), not after every event dated.
func TestTheatreEventWinterOrder(t *testing.T) {
	ev := func(v string) TheatreEvent {
		p, _ := extract.ParsePeriod(v)
		return TheatreEvent{Value: v, Entry: extract.TimelineEntry{Value: v, Period: p}, Event: "ev " + v}
	}
	for _, c := range []struct{ a, b string }{{"2023-11", "2023-WI"}, {"2023-WI", "2024-03"}, {"2023-WI", "2024-SP"}, {"2023-WI", "2024-WI"}} {
		if got := ev(c.a).Compare(ev(c.b)); got >= 0 {
			t.Errorf("%s against %s: %d, want %s first", c.a, c.b, got, c.a)
		}
	}
}
