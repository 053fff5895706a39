package extract

import "testing"

// TestKeyCareState checks that the injured told by their state of care,
// after the story has counted its injured, are not key, and that a count
// in care the story gives first, a care word of another clause and other
// roles stay key. The texts are written for this test, not taken from the
// dev sets.
func TestKeyCareState(t *testing.T) {
	const blast = "A car bomb exploded near a busy market on Sunday, killing 9 people and injuring about 50, police said.\n\n"
	checkKeyCases(t, []keyCase{
		{"in intensive care", blast + "Seven of the wounded are in intensive care, and the rest were treated at the scene.",
			"Seven", false, "key/not-care-state-part"},
		{"still hospitalised", blast + "Doctors said 23 people remained hospitalised on Monday.",
			"23 people", false, "key/not-care-state-part"},
		{"sent home", blast + "By evening, 31 of them had been discharged, a hospital spokesman said.",
			"31", false, "key/not-care-state-part"},
		{"a list by care", blast + "Four people are in critical condition, 16 others remain hospitalized, while 12 with light wounds went home.",
			"16 others", false, "key/not-care-state-part"},
		{"the injured count stays", blast + "Four people are in critical condition, a doctor said.",
			"about 50", true, "key/counted-category"},
		{"a count in care told first", "At least 35 people have been hospitalized after a gas leak at a factory in the city, officials said.",
			"At least 35 people", true, "key/counted-category"},
		{"care in another clause", blast + "Rescuers pulled 12 wounded from the rubble, and the hospital said it was full.",
			"12 wounded", true, "key/counted-category"},
		{"more injured in care", blast + "A further six people were in a critical condition, the hospital said.",
			"six people", true, "key/counted-category"},
		{"the dead are not read", blast + "Two more people died in hospital, where 20 remain in intensive care.",
			"Two more people", true, "key/counted-category"},
	})
}

// TestPlacesListOfCounts checks that a sentence giving two or more counts
// of one role is read as a list of its own: its counts are not one
// place's part of a total spread over places, and a total whose sentence
// already gives each place's toll spreads over no places still to be
// told. A place's toll told alone stays a part (TestTollsOfPlaces). The
// texts are written for this test, not taken from the dev sets.
func TestPlacesListOfCounts(t *testing.T) {
	const villages = "Raids on four villages in the province have killed at least 200 people this year, the governor said.\n\n"
	checkDocCases(t, []roleCase{
		{"a list by who", villages + "In the province of Tessit, gunmen have killed more than 60 soldiers and more than 45 civilians since January.",
			"more than 60 soldiers", RoleKilled, true},
		{"the second of the list", villages + "In the province of Tessit, gunmen have killed more than 60 soldiers and more than 45 civilians since January.",
			"more than 45 civilians", RoleKilled, true},
		{"each place told already", "\u201cThe toll, still provisional, is 41 people killed in Kalama and nine in Buta\u201d, two villages close to each other in the district, the official said.\n\n" +
			"\u201cOn the night of May 2, gunmen set fire to the village of Kalama\u201d and \u201ckilled at least 37 people with machetes\u201d, a network of analysts said.",
			"at least 37 people", RoleKilled, true},
	})
}

// TestRoundBodiesUnderToll checks that a round word of bodies under a
// larger toll the story gave before is not key, and that a round word of
// the killed, bodies before any toll, and bodies near the toll's size
// stay key. The texts are written for this test, not taken from the dev
// sets.
func TestRoundBodiesUnderToll(t *testing.T) {
	const riot = "Fighting between gangs at the city's main jail killed at least 160 inmates, officials said on Wednesday.\n\n"
	checkKeyCases(t, []keyCase{
		{"bodies under the toll", riot + "Footage shared online showed dozens of bodies lying in two cell blocks.",
			"dozens of bodies", false, "key/not-round-bodies-under-toll"},
		{"bodies before any toll", "Footage shared online showed dozens of bodies lying in two cell blocks.",
			"dozens of bodies", true, "key/counted-category"},
		{"the killed, not bodies", riot + "In a separate raid last month, soldiers killed dozens of civilians in the hills.",
			"dozens of civilians", true, "key/counted-category"},
	})
}
