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

// TestTimexProgressiveOfDay: the present progressive right before a
// weekday ("leaders are meeting Saturday", "who are meeting in Cairo on
// Sunday") tells an arrangement: the coming day, not the nearest one; a
// second day joined by "and" takes the same reading. A past progressive
// and a "said" after a present one keep their readings. Published Tuesday
// 4 June 2024.
func TestTimexProgressiveOfDay(t *testing.T) {
	const dct = "2024-06-04"
	cases := []struct{ name, text, span, value string }{
		{"are meeting", "Regional leaders are meeting Saturday to discuss the crisis.", "Saturday", "2024-06-08"},
		{"and a second day", "Mediators are meeting Friday and Sunday in Doha.", "Sunday", "2024-06-09"},
		{"place between", "Negotiators, who are meeting in Cairo on Sunday, hope to extend the truce.", "Sunday", "2024-06-09"},
		// unchanged readings
		{"past progressive", "Rebels were advancing Sunday toward the town.", "Sunday", "2024-06-02"},
		{"said after", "Rebels are advancing on the town, residents said Sunday.", "Sunday", "2024-06-02"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}

// TestTimexBracketedMeasure: a measure restated in other units in brackets
// ("800 millimeters (31 inches)") does not end the clause, so a day after
// it takes the clause's modal, not the sentence's "said". Published
// Thursday 6 June 2024.
func TestTimexBracketedMeasure(t *testing.T) {
	const dct = "2024-06-06"
	cases := []struct{ name, text, span, value string }{
		{"rain forecast", "Parts of the coast could see up to 500 millimeters (20 inches) of rain in the 24 hours to noon Saturday, the agency said.", "noon Saturday", "2024-06-08T12:00"},
		{"distance", "The storm will pass 120 km (75 miles) south of the city on Saturday, forecasters said.", "Saturday", "2024-06-08"},
		// a bracket of another kind still ends the clause
		{"aside", "The storm (the third this year) hit the coast on Saturday, forecasters said.", "Saturday", "2024-06-01"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}
