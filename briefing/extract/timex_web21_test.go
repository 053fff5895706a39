package extract

import (
	"testing"
	"time"
)

// TestTimexThisWeekdayByTense: "this <weekday>" is the day of the paper's
// week, unless its clause's tense points the other way: "since" and a past
// clause take the one before the paper when the week's day is still ahead
// (translated copy writes "this Sunday" for the Sunday just gone), a future
// clause the one after when it has gone. No cue, and a day that names its
// event ("this Sunday's vote"), keep the week's day. Published Tuesday 26
// September 2023.
func TestTimexThisWeekdayByTense(t *testing.T) {
	const dct = "2023-09-26"
	cases := []struct{ name, text, span, value string }{
		{"since", "Since this Sunday, Karabakh Armenians have been leaving for Armenia.", "this Sunday", "2023-09-24"},
		{"past clause", "Voters went to the polls this Sunday in the disputed region.", "this Sunday", "2023-09-24"},
		{"future clause", "The talks will resume this Monday in Geneva.", "this Monday", "2023-10-02"},
		// unchanged readings
		{"no cue", "Voters go to the polls this Sunday.", "this Sunday", "2023-10-01"},
		{"past, day gone", "Six bodies were discovered this Monday near the village.", "this Monday", "2023-09-25"},
		{"event's day", "The ministry said this Sunday's vote would go ahead.", "this Sunday", "2023-10-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}

// TestTimexMonthRange: a range of bare months opens with the month before
// its end — "between January and August" in an October paper is this
// January, not the coming one; "from November to February" starts in the
// year before its February — and "between" lets "March" and "May" be
// months, as "from" does. Published Sunday 16 October 2022.
func TestTimexMonthRange(t *testing.T) {
	const dct = "2022-10-16"
	cases := []struct{ name, text, span, value string }{
		{"between", "Authorities say there have been 2,115 homicides in the region between January and August.", "January", "2022-01"},
		{"from to", "Officials say there have been 900 abductions from January to August.", "January", "2022-01"},
		{"across the new year", "The rains will last from November to February.", "February", "2023-02"},
		{"between March", "Authorities say there were 300 deaths between March and June.", "March", "2022-03"},
		{"between May", "The agency recorded 41 attacks between May and July.", "May", "2022-05"},
		// unchanged readings
		{"end of the range", "Authorities say there have been 2,115 homicides in the region between January and August.", "August", "2022-08"},
		{"year at the end", "Fighting displaced 4,000 people between January and March 2021.", "January", "2021-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}

// TestTimexMidnightOfDay: midnight with its day named beside it — after
// it ("at midnight on Friday", "before midnight Thursday") or before it
// ("Friday's midnight deadline", "Sunday midnight") — is the midnight that
// ends that day, T24:00 as TimeML writes it (TempEval-a, and every
// midnight of the dev timelines); a bare midnight keeps its reading.
// Published Wednesday 12 March 2025.
func TestTimexMidnightOfDay(t *testing.T) {
	const dct = "2025-03-12"
	cases := []struct{ name, text, span, value string }{
		{"on day", "The truce expires at midnight on Saturday.", "midnight", "2025-03-15T24:00"},
		{"day after", "He was set free shortly before midnight Thursday, his lawyer said.", "midnight Thursday", "2025-03-06T24:00"},
		{"possessive", "Lawmakers passed a bill to keep the government open beyond Friday’s midnight deadline.", "midnight", "2025-03-14T24:00"},
		{"day before", "The curfew began Sunday midnight, police said.", "midnight", "2025-03-09T24:00"},
		{"bracketed zone", "Air strikes hit the town around midnight (2100 GMT) on Tuesday, the monitor said.", "midnight", "2025-03-11T24:00"},
		// unchanged reading
		{"bare", "Shelling began at midnight and lasted until dawn.", "midnight", "2025-03-12T00:00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}

// TestParsePeriodMidnightEnd: ParsePeriod reads back the T24:00 that
// Timeline writes for the midnight ending a day.
func TestParsePeriodMidnightEnd(t *testing.T) {
	p, ok := ParsePeriod("2025-03-15T24:00")
	if !ok || p.Day != 15 || !p.Clock || p.Hour != 24 || p.Minute != 0 {
		t.Fatalf("ParsePeriod(2025-03-15T24:00) = %+v, %v", p, ok)
	}
	if _, ok := ParsePeriod("2025-03-15T24:30"); ok {
		t.Error("ParsePeriod accepted 24:30")
	}
}

// TestTimexWeekdayNewspaper: a weekday in a newspaper's name ("told Sunday
// Sun", "Sunday Trust reports") is no date; the day itself, and a day
// before a capitalised noun of the story, stay dates.
func TestTimexWeekdayNewspaper(t *testing.T) {
	const dct = "2016-02-07"
	for _, text := range []string{
		"A local perfume seller told Sunday Sun at the village yesterday.",
		"Sunday Trust reports that 40 people died in the raid.",
		"The gunmen fled, a resident told the Sunday Mail.",
	} {
		for _, x := range Timexes(text, time.Date(2016, 2, 7, 0, 0, 0, 0, time.UTC)) {
			if x.Text == "Sunday" {
				t.Errorf("%q: a date %q = %s", text, x.Text, x.Value)
			}
		}
	}
	wantTimexValue(t, dct, "Villagers were told on Sunday that the road had reopened.", "Sunday", "2016-02-07")
	wantTimexValue(t, dct, "Sunday Mass was cancelled after the attack.", "Sunday", "2016-02-07")
}
