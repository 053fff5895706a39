package extract

import "testing"

// TestTimexHourSpan: a span of hours with one mark ("5-6 pm", "11-1
// pm") is one time read at its first hour, and a bracketed "(local time)"
// between a clock and its day keeps them one time. Published Monday 3
// June 2024.
func TestTimexHourSpan(t *testing.T) {
	const dct = "2024-06-03"
	cases := []struct{ name, text, span, value string }{
		{"span of hours", "The storm will reach the coast between 7-9 pm, forecasters said.", "7-9 pm", "2024-06-03T19:00"},
		{"span across noon", "Polls will be closed from 11-1 pm for the count.", "11-1 pm", "2024-06-03T11:00"},
		{"local time in brackets", "The curfew will start at 8 pm (local time) Friday in the capital.", "8 pm (local time) Friday", "2024-06-07T20:00"},
		{"span, local time and day", "The cyclone will be closest at 4-5 pm (local time) Wednesday.", "4-5 pm (local time) Wednesday", "2024-06-05T16:00"},
		// a clock alone keeps its own mark
		{"single clock", "The curfew starts at 8 pm in the capital.", "8 pm", "2024-06-03T20:00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}

// TestTimexScheduledInMonth: an anticipated event dated by "in" and a
// month ("ahead of local elections in March") is the nearest March, as
// one dated by "on" and a day is; an event told as done keeps the past.
// Published Tuesday 6 February 2024.
func TestTimexScheduledInMonth(t *testing.T) {
	const dct = "2024-02-06"
	cases := []struct{ name, text, span, value string }{
		{"ahead of, in a month", "The minister pledged new homes by next month, ahead of local elections in March.", "March", "2024-03"},
		{"before, in a month", "The army deployed troops before the referendum in April.", "April", "2024-04"},
		// an event told as past keeps the past
		{"done", "The ruling party won the local elections in March.", "March", "2023-03"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}

// TestTimexPossessiveScheduled: a weekday in the possessive that names a
// scheduled event ("Saturday's poll") after a threat of it is the nearest
// such day ("nearest", as for "the election on Monday"), even in a past
// report; told as done, it stays past.
// Published Wednesday 2 April 2014.
func TestTimexPossessiveScheduled(t *testing.T) {
	const dct = "2014-04-02"
	cases := []struct{ name, text, span, value string }{
		{"threatened, perfect", "Rebels have threatened anyone who takes part in Thursday's referendum.", "Thursday", "2014-04-03"},
		{"threatened, past", "The militia threatened voters in Saturday's election.", "Saturday", "2014-04-05"},
		// an event told as done keeps the past
		{"hailed", "Friday's vote has been hailed as fair by observers.", "Friday", "2014-03-28"},
		{"no anticipation", "Observers praised Sunday's vote as calm.", "Sunday", "2014-03-30"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}
