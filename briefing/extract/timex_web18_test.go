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
