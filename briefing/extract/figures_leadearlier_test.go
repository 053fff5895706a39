package extract

import (
	"strings"
	"testing"
)

// TestLeadComparedWithEarlier checks that a lede that names the earlier
// count it has moved past still leads, and that a sentence dated earlier
// (an earlier report, a background toll) still does not. The texts are
// written for this test.
func TestLeadComparedWithEarlier(t *testing.T) {
	cases := []struct {
		name, headline, text, lead string
	}{
		{"an increase in the toll previously given", "Attack on market keeps getting worse",
			"Officials said the bombing of the market has killed 140 people, a sharp increase in the toll previously announced, which was 90.\n\nThe blast also left 75 people wounded.",
			"140 people"},
		{"raising a previous toll", "Storm hits coast",
			"The storm killed at least 60 people on the coast, the agency said, raising a previous death toll of 41.\n\nSome 2,000 homes were destroyed.",
			"at least 60 people"},
		{"an earlier report stays historic", "Storm hits coast",
			"Earlier reports said 300 people were killed along the coast.\n\nThe storm left 45 people injured, the agency said on Sunday.",
			"45 people"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkLead(t, tc.text, tc.headline, tc.lead)
		})
	}
}

// TestComparedEarlier checks the words that make "previous" or "earlier"
// date a count the news is compared with, in the same clause only.
func TestComparedEarlier(t *testing.T) {
	for _, tc := range []struct {
		s, w string
		want bool
	}{
		{"killed 94 people, raising a previous death toll of 76", "previous", true},
		{"killed 305 people, a dramatic increase in the death toll previously announced", "previous", true},
		{"abducted 700 people, up from 450 in the previous three months", "previous", true},
		{"The toll rose on Sunday, the ministry said, citing previous reports of 40 dead", "previous", false},
		{"Earlier reports said 400 people were killed", "Earlier", false},
	} {
		if got := comparedEarlier(tc.s, strings.Index(tc.s, tc.w)); got != tc.want {
			t.Errorf("comparedEarlier(%q at %q) = %v, want %v", tc.s, tc.w, got, tc.want)
		}
	}
}
