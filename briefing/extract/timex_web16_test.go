package extract

import "testing"

// TestTimexPerfectIsPast: a present perfect of a finished act ("has
// risen", "have been buried") dates the weekday or weekend beside it
// before the paper, as the simple past does; a perfect beside a deadline
// ("by Friday … have been deployed") or one that sets a date ahead ("has
// been postponed") does not. Published Wednesday 9 October 2024.
func TestTimexPerfectIsPast(t *testing.T) {
	const dct = "2024-10-09"
	cases := []struct{ name, text, span, value string }{
		{"weekend in the subject", "The toll from the flood that swept the valley over the weekend has risen to 40.", "the weekend", "2024-W40-WE"},
		{"weekday's vote", "Friday's vote has been hailed as fair by observers.", "Friday", "2024-10-04"},
		{"perfect after the date", "Police on Friday have arrested six men.", "Friday", "2024-10-04"},
		// a deadline keeps its day ahead
		{"by a deadline", "The council must confirm by Friday that the troops have been deployed.", "Friday", "2024-10-11"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}
