package extract

import "testing"

// TestTimexPartHoursOf: "the early morning hours of Monday" names that part
// of that day, one TIME, as "the early hours of Monday morning" does; "the
// early hours of Monday" stays the day. Published Wednesday 5 June 2024.
func TestTimexPartHoursOf(t *testing.T) {
	const dct = "2024-06-05"
	cases := []struct{ name, text, span, value string }{
		{"early morning hours of", "Rescuers found a man alive 40 hours after the quake hit in the early morning hours of Monday.", "the early morning hours of Monday", "2024-06-03TMO"},
		{"early evening hours of", "The shelling began in the early evening hours of Sunday, residents said.", "the early evening hours of Sunday", "2024-06-02TEV"},
		// unchanged readings
		{"early hours of", "Gunmen raided the village in the early hours of Monday, police said.", "the early hours of Monday", "2024-06-03"},
		{"hours of day part", "Gunmen raided the village in the early hours of Monday morning, police said.", "the early hours of Monday morning", "2024-06-03TMO"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}
