package extract

import "testing"

// TestRole12cReleaseOfSet checks that the members listed after a set of
// captives whose release or rescue the sentence tells take the release:
// "secured the release of the hostages, which included 12 women". A set
// of captives with no release keeps them held, and a number between set
// and figure parts them. The sentences are written for this test.
func TestRole12cReleaseOfSet(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"release of the hostages, which included", "Officials would not say what was paid for the release of the hostages, which they said included 12 women and 3 boys.", "12 women", RoleReleased, "role/release-of-set"},
		{"the list's last member", "Officials would not say what was paid for the release of the hostages, which they said included 12 women and 3 boys.", "3 boys", RoleReleased, ""},
		{"freeing of the captives, including", "Talks led to the freeing of the captives, including 9 nurses.", "9 nurses", RoleReleased, ""},
		{"hostages with no release stay held", "The gunmen still hold the hostages, which include 12 women and 3 boys.", "12 women", RoleHeld, ""},
	})
}

// TestRole12cThatOpensClause checks that "that" right before a count is
// the conjunction of a report, not a determiner, so the count is the
// subject of the reported clause whoever is told: "told reporters that 30
// villagers were killed". The sentences are written for this test.
func TestRole12cThatOpensClause(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		// Not yet: "told the radio station that up to 25 villagers,
		// including …, lost their lives" (killed) — reading "that" as
		// opening the clause lost "said that 60,000 households had left
		// Zamzam" (displaced), the lead of a sample briefing.
		{"told X that", "Elders told the radio station that 25 villagers were abducted.", "25 villagers", RoleHeld, ""},
		{"said that still works", "Elders said that 25 villagers were abducted.", "25 villagers", RoleHeld, ""},
		{"the 25 stays a determiner", "Elders said the 25 villagers who returned were unharmed.", "25 villagers", RoleOther, ""},
	})
}

// TestRole12cLivingAbroad checks that people counted where they live
// across a border are refugees even as an appeal's target, and that
// people living in border areas or in need at home keep their roles. The
// sentences are written for this test.
func TestRole12cLivingAbroad(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"appeal for people living in neighbouring countries", "The plan seeks $700 million to help some 1.5 million Syrians living in neighbouring countries.", "some 1.5 million Syrians", RoleRefugees, "role/fled-abroad"},
		{"living abroad", "About 300,000 Eritreans living abroad were counted in the survey.", "About 300,000 Eritreans", RoleRefugees, ""},
		{"living in border areas stay other", "About 300,000 people living in border areas were counted in the survey.", "About 300,000 people", RoleOther, ""},
		{"aid target at home stays in need", "The plan seeks $700 million to help some 1.5 million people living in the north.", "some 1.5 million people", RoleInNeed, ""},
	})
}

// TestRole12cShareOfFatedWhole checks that the whole a share is of takes
// the fate its own reduced relative tells, while a bare whole stays
// other. The sentences are written for this test.
func TestRole12cShareOfFatedWhole(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"a fifth of the detainees released", "About a third of the 600 detainees released under the pardon were students.", "600 detainees", RoleReleased, ""},
		{"a bare whole stays other", "About 90% of the town's 40,000 people were displaced.", "40,000 people", RoleOther, "role/share-base"},
	})
}
