package extract

import "testing"

// TestRole19CaseCounts checks that a count of cases is of the sick of an
// outbreak, affected, whatever word of harm or need its clause has; that
// the deaths beside them keep their role; and that cases of a named fate
// keep that fate. The sentences are written for this test.
func TestRole19CaseCounts(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"cases beside deaths", "Health officials have confirmed 412 cases and 9 deaths in the district.", "412 cases", RoleAffected, ""},
		{"the deaths stay killed", "Health officials have confirmed 412 cases and 9 deaths in the district.", "9 deaths", RoleKilled, ""},
		{"suspected cases", "Clinics in the camp have recorded 3,100 suspected cases since June.", "3,100 suspected cases", RoleAffected, ""},
		{"cases reported, alone", "More than 800 cases have been reported so far.", "More than 800 cases", RoleAffected, ""},
		{"cases treated are the sick", "Over 950 cases were treated at the field clinic last week.", "Over 950 cases", RoleAffected, "role/case-count"},
		{"deaths from cases", "At least 30 deaths from some 2,400 suspected cholera cases have been recorded.", "some 2,400 suspected cholera cases", RoleAffected, "role/case-count"},
		{"cases of a disease", "The ministry counted 2,300 cases of cholera in the camps.", "2,300 cases", RoleAffected, "role/case-count"},
		{"cases of abuse are not the sick", "Investigators documented 9 cases of torture in the prison.", "9 cases", RoleOther, ""},
		{"cases of a named fate take it", "Monitors documented 14 cases of kidnapping in the province.", "14 cases", RoleHeld, ""},
	})
}

// TestRole19TollParts checks that soldiers, police and prisoners counted
// as a death toll's value or its parts are dead, and that a force or
// captives beside a toll keep their role. The sentences are written for
// this test.
func TestRole19TollParts(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"toll rose to inmates", "The death toll from the jail riot climbed to 23 inmates on Friday.", "23 inmates", RoleKilled, "role/toll-part"},
		{"toll's parts after a dash", "The clashes brought the death toll to 41 — 17 soldiers and militiamen and 24 rebels, the monitor said.", "17 soldiers", RoleKilled, "role/toll-part"},
		{"the dash's other part", "The clashes brought the death toll to 41 — 17 soldiers and militiamen and 24 rebels, the monitor said.", "24 rebels", RoleKilled, ""},
		{"toll which included", "Officials revised the toll, which included 15 civilians and eight police officers, on Sunday.", "eight police officers", RoleKilled, "role/toll-part"},
		{"toll including", "The army gave a toll including 11 soldiers.", "11 soldiers", RoleKilled, ""},
		{"troops sent after a toll stay deployed", "As the death toll rose, the government sent 600 troops to the town.", "600 troops", RoleDeployed, ""},
		{"prisoners held beside a toll stay detained", "The death toll reached 30 while 200 prisoners remain in the damaged jail.", "200 prisoners", RoleDetained, ""},
		{"a number of troops is no toll", "The number of troops in the region rose to 4,000 soldiers after the killings.", "4,000 soldiers", RoleDeployed, ""},
	})
}

// TestRole19DamageByFire checks that structures bombed, shelled or set
// on fire are affected, and that what is not a structure, or a fire that
// only spread, counts nothing. The sentences are written for this test.
func TestRole19DamageByFire(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"bombed houses", "Warplanes bombed at least three houses near the market overnight.", "at least three houses", RoleAffected, ""},
		{"shelled homes", "Artillery shelled 26 homes on the edge of the town.", "26 homes", RoleAffected, ""},
		{"houses were bombed", "Some 70 houses were bombed during the night.", "Some 70 houses", RoleAffected, ""},
		{"set fire to", "The raiders set fire to at least 60 huts before dawn.", "at least 60 huts", RoleAffected, "role/set-on-fire"},
		{"set ablaze", "Militiamen set 35 homes ablaze in the village.", "35 homes", RoleAffected, "role/set-on-fire"},
		{"set on fire", "Rioters set 14 shops on fire in the old town.", "14 shops", RoleAffected, "role/set-on-fire"},
		{"a fire that spread", "The blaze spread to 12 homes nearby.", "12 homes", RoleOther, ""},
		{"not a structure", "The raiders set fire to 9 cars before dawn.", "9 cars", RoleOther, ""},
	})
}

// TestRole19ShareBaseFate checks that the whole a share is of keeps the
// fate its own counted noun names, and that a whole named by no fate, or
// by a force, stays other. The sentences are written for this test.
func TestRole19ShareBaseFate(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"displaced people", "Nearly a third of the 600,000 displaced people in the province are children.", "600,000 displaced people", RoleDisplaced, ""},
		{"refugees", "About 60% of the 12,000 refugees are women.", "12,000 refugees", RoleRefugees, ""},
		{"detainees", "Half of the 300 detainees were minors, the report said.", "300 detainees", RoleDetained, ""},
		{"an adverb before the fate", "Floods account for 40% of the 210,000 newly displaced people.", "210,000", RoleDisplaced, ""},
		{"people stay other", "About 90% of the district's 400,000 people were displaced.", "400,000 people", RoleOther, "role/share-base"},
		{"troops stay other", "Half of the 4,000 troops are conscripts.", "4,000 troops", RoleOther, "role/share-base"},
		{"a place after the number stays other", "About 70% of the 80,000 in the camp fled again.", "80,000", RoleOther, "role/share-base"},
	})
}

// TestRole19ThingsNotForces checks that supplies sent and a share of a
// whole that is no force are not deployed, while forces, their shares and
// people sent stay deployed. The sentences are written for this test.
func TestRole19ThingsNotForces(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"doses deployed", "The ministry closed the campaign after deploying 64,000 doses across the district.", "64,000 doses", RoleOther, "role/things-not-forces"},
		{"a share of a population", "Teams were deployed to reach 93% of the children in the camps.", "93%", RoleOther, "role/things-not-forces"},
		{"tents dispatched", "The agency dispatched 2,000 tents to the region.", "2,000 tents", RoleOther, ""},
		{"a share of a force", "About 70% of the peacekeepers have been deployed so far.", "About 70%", RoleDeployed, ""},
		{"experts sent stay deployed", "The UN deployed 40 rescue experts to the quake zone.", "40 rescue experts", RoleDeployed, ""},
		{"a strong force stays deployed", "The government deployed a 3,000-strong force to the border.", "3,000-strong force", RoleDeployed, ""},
	})
}

// TestRole19FreedMembers checks that the members listed of a freed set of
// captives are released, whether the set is a noun phrase of release or
// the freed count before the list, and that captives still held keep
// their role. The sentences are written for this test.
func TestRole19FreedMembers(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"the rescued hostages comprise", "The rescued hostages comprise 41 women and 23 men.", "41 women", RoleReleased, "role/freed-members"},
		{"the list's second member", "The rescued hostages comprise 41 women and 23 men.", "23 men", RoleReleased, ""},
		{"the released detainees include", "The released detainees include 17 teenagers.", "17 teenagers", RoleReleased, "role/freed-members"},
		{"a freed count, comprising", "Soldiers freed 95 captives, comprising 60 pupils and 35 teachers.", "35 teachers", RoleReleased, ""},
		{"captives still held", "The captives include 14 women, the kidnappers said.", "14 women", RoleHeld, ""},
		{"a rescue from the sea", "The rescued migrants include 30 children.", "30 children", RoleOther, ""},
	})
}
