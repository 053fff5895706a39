package extract

import "testing"

// TestTimexBracketedZoneDay: a clock time restated in the wire's zone in
// brackets takes the day named after the bracket ("at 11.59 p.m. (2059
// GMT) on Sunday evening"), not the sentence's earlier day; a bracket
// with a day of its own, or no day after it, leaves the clock as it was.
// Published Monday 3 June 2024.
func TestTimexBracketedZoneDay(t *testing.T) {
	const dct = "2024-06-03"
	cases := []struct{ name, text, span, value string }{
		{"day after the bracket", "The army on Saturday declared a truce from 10 p.m. (1900 GMT) on Sunday evening.", "10 p.m.", "2024-06-02T22:00"},
		{"colon clock in brackets", "Officials on Friday said the curfew began at 6 a.m. (03:00 GMT) on Sunday.", "6 a.m.", "2024-06-02T06:00"},
		{"comma before the day", "Polls opened on Saturday at 7 a.m. (0400 GMT), Sunday, in the north.", "7 a.m.", "2024-06-02T07:00"},
		// no day after the bracket: the day before the clock stays
		{"no day after", "The truce announced on Saturday began at 10 p.m. (1900 GMT) in the capital.", "10 p.m.", "2024-06-01T22:00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}
