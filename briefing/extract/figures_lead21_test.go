package extract

import "testing"

// TestLeadHeadlineFirstNumber checks the reading headFirst: when a
// headline gives several counts of one role and the lede gives them all,
// the headline's first count is the story ("Raid kills 40 fighters; 6
// officers, 9 villagers dead"), not the lede's first. The texts are
// written for this test.
func TestLeadHeadlineFirstNumber(t *testing.T) {
	cases := []struct{ name, headline, text, lead string }{
		{"the headline's main clause over the lede's order", "Army raid kills 40 fighters; 6 officers, 9 villagers dead",
			"Gunmen stormed three villages overnight and left 9 villagers dead, officials said on Sunday, adding that troops who answered the attack killed 40 fighters.\n\nDuring the sweep 6 officers were killed in an ambush.",
			"40 fighters"},
		{"two tolls in a headline, the second first in the lede", "Bombing kills 12 shoppers, 3 guards in market",
			"Three guards were killed at the gate of the market on Friday before the bomber reached the stalls, where 12 shoppers died, police said.",
			"12 shoppers"},
		{"the first number still leads when the lede agrees", "5 police killed, 2 attackers shot dead in raid on station",
			"Five police officers were killed and two attackers were shot dead when gunmen raided a police station on Tuesday.",
			"Five police officers"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkLead(t, tc.text, tc.headline, tc.lead)
		})
	}
}
