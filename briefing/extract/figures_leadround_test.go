package extract

import "testing"

// TestLeadRoundWordNotItsFloor checks that a headline's round word
// ("Thousands flee") speaks of no exact count that merely equals its floor
// ("more than a thousand residents", "about a hundred people"), only of
// the same round word. The texts are written for this test.
func TestLeadRoundWordNotItsFloor(t *testing.T) {
	cases := []struct{ name, headline, text, lead string }{
		{"thousands is not a thousand", "Thousands flee as floods hit the north",
			"Tens of thousands of people left their homes on Monday as rivers burst their banks.\n\nMore than a thousand residents of one town fled to a stadium.",
			"Tens of thousands of people"},
		{"hundreds is not a hundred", "Hundreds flee clashes in the capital",
			"More than 800 people fled their homes in the capital on Sunday as the clashes spread.\n\nAbout a hundred people found shelter in a church.",
			"More than 800 people"},
		{"the same round word still speaks of it", "Hundreds flee clashes in the capital",
			"Hundreds of people fled the clashes in the capital on Sunday, witnesses said.\n\nLast year 2,000 people fled the same district.",
			"Hundreds of people"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkLead(t, tc.text, tc.headline, tc.lead)
		})
	}
}
