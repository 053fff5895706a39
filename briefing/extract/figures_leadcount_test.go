package extract

import "testing"

// TestLeadRoundedCount checks that the lead is the exact count a rounded
// count stands for: an exact count within the magnitude of the headline's
// round word ("kills dozens" over the lede's first "nine", the later
// "more than 30"), and the exact count a lede's hedged round number
// rounds ("Nearly 12,000" then "11,940"), unless the headline gives the
// round number itself. The texts are written for this test.
func TestLeadRoundedCount(t *testing.T) {
	cases := []struct{ name, headline, text, lead string }{
		{"dozens is not nine", "Shelling kills dozens in border town, officials say",
			"Nine people were killed when shells struck a market in the border town on Monday, the local governor said.\n\nThe town's mayor later said the shelling had killed more than 30 people and destroyed a school.",
			"more than 30 people"},
		{"hundreds is not ninety", "Hundreds dead as ferry sinks off the coast",
			"Ninety people drowned when an overloaded ferry capsized off the coast on Friday, the coast guard said.\n\nBy Saturday evening, rescuers had recovered the bodies of 240 people, officials said.",
			"240 people"},
		{"a hedged round number stands for its count", "Tens of thousands flee the advance on the city",
			"Nearly 12,000 people have fled the city since the army began its advance, aid workers said.\n\nThe migration agency said on Tuesday that 11,940 people had left their homes in the city.",
			"11,940 people"},
		{"the headline's own round number stands", "About 12,000 people shelter in schools after the floods",
			"Around 12,000 people are sheltering in schools after the floods, the disaster agency said.\n\nThe agency said 12,215 people were in 40 schools on Tuesday.",
			"Around 12,000 people"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkLead(t, tc.text, tc.headline, tc.lead)
		})
	}
}
