package extract

import "testing"

// TestRole21NoFateVerb checks that a count right after a verb that meets,
// asks or shows people is other, while a count with a predicate of its
// own, a noun of its own fate and a force an operation involves keep
// their roles. The sentences are written for this test.
func TestRole21NoFateVerb(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"interviewed", "The researchers interviewed 40 people, including former detainees and relatives of the dead.", "40 people", RoleOther, ""},
		{"involved", "Residents said the raid on the town involved hundreds of gunmen, and 12 villagers were killed.", "hundreds of gunmen", RoleOther, ""},
		{"showed", "Footage from the agency showed thousands of people at displacement camps near the border.", "thousands of people", RoleOther, ""},
		{"surveyed", "The charity surveyed 300 displaced families in the camp.", "300 displaced families", RoleDisplaced, ""},
		{"own predicate", "Hospital records showed 75 people had been killed in the shelling.", "75 people", RoleKilled, ""},
		{"own fate", "Photographs showed dozens of bodies in the courtyard.", "dozens of bodies", RoleKilled, ""},
		{"a force", "Police began an operation involving about 600 officers in the district.", "about 600 officers", RoleDeployed, ""},
	})
}

// TestRole21Vehicles checks that counts of vehicles and of a building's
// floors are other, while a pledge of helicopters and the people and
// homes beside the vehicles keep their roles. The sentences are
// written for this test.
func TestRole21Vehicles(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"buses", "Forty buses carried the freed detainees to the city.", "Forty buses", RoleOther, ""},
		{"vehicles burned", "The gunmen set fire to at least 30 houses and 25 vehicles.", "25 vehicles", RoleOther, ""},
		{"the houses beside them", "The gunmen set fire to at least 30 houses and 25 vehicles.", "at least 30 houses", RoleAffected, ""},
		{"helicopters deployed", "Three army helicopters and 400 soldiers were deployed to the flooded district.", "Three army helicopters", RoleOther, ""},
		{"the soldiers beside them", "Three army helicopters and 400 soldiers were deployed to the flooded district.", "400 soldiers", RoleDeployed, ""},
		{"floors", "The fire destroyed four floors of the hospital and injured 12 people.", "four floors", RoleOther, ""},
		{"a pledge", "Donor countries pledged to provide more than 30 helicopters to the mission.", "more than 30 helicopters", RolePledged, ""},
	})
}
