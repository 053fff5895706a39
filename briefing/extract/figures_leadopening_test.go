package extract

import "testing"

// TestLeadReadsOpeningHeadline checks the lead of a page read without its
// headline (Figures alone, as for a plain web page) whose first line is
// the headline: its number says which count the story is about, as a
// title's does. The texts are written for this test.
func TestLeadReadsOpeningHeadline(t *testing.T) {
	cases := []struct{ name, text, lead string }{
		{"the headline's count over the lede's aside",
			"Roadside Bomb Kills Two Police Officers In Border Town\n\nA police patrol was hit by a bomb on Monday, the latest in a series of attacks that have claimed nine lives this month.\n\nTwo officers died at the scene, police said.",
			"Two officers"},
		{"the headline's sum over the people it is for",
			"Agency seeks $250 million for flood victims\n\nThe agency asked donors for some $250 million to feed people hit by the floods.\n\nThe floods have displaced nearly 300,000 people since June.",
			"some $250 million"},
		{"the headline's count of one fate over the lede's other",
			"Market Blast Wounds 12 Shoppers In Northern Town\n\nA blast in a busy market killed three people on Monday, police said.\n\nTwelve shoppers were wounded and taken to hospital.",
			"Twelve shoppers"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkLead(t, tc.text, "", tc.lead)
		})
	}
}
