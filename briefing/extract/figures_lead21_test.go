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

// TestLeadEpidemicDeaths checks the reading epidemicWords: a headline
// about an outbreak ("Cholera spreads through flooded camps") is about its
// dead, the toll the story counts, not the displaced or the cases the lede
// gives first. The texts are written for this test.
func TestLeadEpidemicDeaths(t *testing.T) {
	cases := []struct{ name, headline, text, lead string }{
		{"an outbreak over the camps it spreads in", "Cholera outbreak worsens as displacement camps fill up",
			"More than 40,000 refugees have crossed the border into the camps around the town since the fighting began, the UN refugee agency said. Health officials said 57 deaths had been recorded, with 900 suspected cases in the largest camp.",
			"57 deaths"},
		{"an epidemic over its cases", "Measles epidemic spreads in besieged province",
			"About 12,000 families have fled the shelling of the province's towns this week, aid groups said.\n\nAt least 41 children have died of the disease, the health ministry said.",
			"At least 41 children"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkLead(t, tc.text, tc.headline, tc.lead)
		})
	}
}

// TestLeadPeopleForFormations checks peopleFor: a force counted in
// formations and in people in one sentence leads with its people. The
// texts are written for this test.
func TestLeadPeopleForFormations(t *testing.T) {
	cases := []struct{ name, headline, text, lead string }{
		{"companies then personnel", "Government sends more troops to the border province",
			"The interior ministry ordered the deployment of 30 companies of border guards – about 3,600 personnel – to the province on Tuesday after a week of clashes.",
			"about 3,600 personnel"},
		{"battalions then soldiers", "More soldiers deployed to the restive north",
			"The army deployed four more battalions, some 3,200 soldiers, to the northern districts on Friday, a spokesman said.",
			"some 3,200 soldiers"},
		{"people alone are left alone", "More soldiers deployed to the restive north",
			"The army deployed some 3,200 soldiers to the northern districts on Friday, a spokesman said.",
			"some 3,200 soldiers"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkLead(t, tc.text, tc.headline, tc.lead)
		})
	}
}
