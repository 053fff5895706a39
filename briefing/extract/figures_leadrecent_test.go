package extract

import "testing"

// TestLeadRecentEarlier checks that a time within the story's own days
// ("two days earlier", "earlier this week", "in the past 24 hours") does
// not make the lede's count an earlier estimate, while "earlier this
// year" and "in the past decade" still do. The texts are written for this
// test.
func TestLeadRecentEarlier(t *testing.T) {
	cases := []struct{ name, headline, text, lead string }{
		{"days earlier", "Toll from mine collapse rises to 14",
			"The toll from a mine collapse that began two days earlier rose to 14 workers on Thursday, rescuers said.\n\nOfficials said 14 bodies had been brought to the surface.",
			"14 workers"},
		{"in the past 24 hours", "Floods hit the north",
			"Floods in the past 24 hours have killed nine people in the north, the disaster agency said.\n\nA landslide on Sunday killed 11 people in a valley to the east.",
			"nine people"},
		{"earlier this year stays historic", "Clashes in the south",
			"Earlier this year, officials estimated that 300 people had been killed in the region.\n\nOn Monday clashes killed 12 people in the south, police said.",
			"12 people"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkLead(t, tc.text, tc.headline, tc.lead)
		})
	}
}
