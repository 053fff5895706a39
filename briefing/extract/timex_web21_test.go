package extract

import "testing"

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
