package extract

import "testing"

// TestRolesOfNewsNouns checks roles that news copy gives by a noun or a
// predicate rather than a verb of its own: survivors are neither dead nor
// hurt, whatever word of death the clause has; "found dead" is a death even
// of people counted by a noun of detention; a count of displacements is of
// displaced people.
func TestRolesOfNewsNouns(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"survivors beside victims", "Rescuers said at least nine survivors were pulled out alive, while many victims remain buried.", "at least nine survivors", RoleOther, false},
		{"survivors after the dead", "The bodies of 12 miners were recovered and 4 survivors were flown to hospital.", "4 survivors", RoleOther, false},
		{"the dead stay dead", "The bodies of 12 miners were recovered and 4 survivors were flown to hospital.", "12 miners", RoleKilled, true},
		{"inmates found dead", "Six inmates were found dead in their cells on Tuesday.", "Six inmates", RoleKilled, true},
		{"people found dead", "Eleven people were found dead after the fire.", "Eleven people", RoleKilled, true},
		{"inmates held", "Some 9,000 inmates are held in the jail.", "Some 9,000 inmates", RoleDetained, true},
		{"displacements", "The agency recorded 52,000 displacements in the first quarter.", "52,000 displacements", RoleDisplaced, true},
	})
}

// TestLaterFateOfCaptives checks that a set named by its captivity takes
// the fate its predicate reports: freed, rescued or "now free" captives
// are released; "free" people from rubble are no release; captives who
// stay captive stay held.
func TestLaterFateOfCaptives(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"kidnapped now free", "Twelve of the kidnapped pupils are now free.", "Twelve of the kidnapped pupils", RoleReleased, true},
		{"abducted rescued", "Fifteen of the abducted farmers were rescued by troops on Monday.", "Fifteen of the abducted farmers", RoleReleased, true},
		{"freed from rubble", "Neighbours helped free five people from a collapsed house.", "five people", RoleOther, false},
		{"abducted still held", "Some 39 abducted students remain in captivity.", "Some 39 abducted students", RoleHeld, true},
		{"abducted killed", "Six abducted students were killed.", "Six abducted students", RoleKilled, true},
	})
}

// TestRefugeesByFlightAbroad checks that people who flee across a border
// are refugees however the flight is told: refugees forced to flee stay
// refugees; people driven to seek refuge in a country, or reported to have
// fled to one, are refugees; a flight inside the country stays a
// displacement.
func TestRefugeesByFlightAbroad(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"refugees forced to flee", "Within a month, more than 600,000 refugees have been forced to flee the country.", "more than 600,000 refugees", RoleRefugees, true},
		{"driven to seek refuge", "The clashes have driven 12,000 people to seek refuge in Niger this week.", "12,000 people", RoleRefugees, true},
		{"driven from homes", "The clashes have driven 12,000 people from their homes in the north.", "12,000 people", RoleDisplaced, true},
		{"reported fled to a country", "The ministry reported that some 8,000 people had fled to Uganda since Monday.", "some 8,000 people", RoleRefugees, true},
		{"reported fled to a town", "The ministry reported that some 8,000 people had fled to Goma since Monday.", "some 8,000 people", RoleDisplaced, true},
	})
}

// TestRelativeAfterFigure checks that a relative clause right after a
// figure says what befell its people wherever the figure stands: a group's
// member count, an object of "reach" or "rescue". A rescue participle and
// "trapped" after a rescue name no fate of their own.
func TestRelativeAfterFigure(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"group stranded", "A party of 40 climbers stranded on the glacier was airlifted out on Sunday.", "40 climbers", RoleAffected, true},
		{"who are marooned", "Helicopters are trying to reach 120 villagers who are marooned by the floodwater.", "120 villagers", RoleAffected, true},
		{"group arrested", "Police detained a group of 20 protesters arrested near the palace.", "20 protesters", RoleDetained, true},
		{"trapped then pulled out", "Rescuers pulled out 80 people trapped in the rubble.", "80 people", RoleOther, false},
		{"rescued, none held", "Of the 14 miners rescued, five were taken to hospital with head wounds.", "14 miners", RoleOther, false},
	})
}

// TestNeedCountedInPeople checks that the need category counts people:
// applications, a plan's funding or a drop in donations are not people in
// need, while people, aid deliveries and a share of people are.
func TestNeedCountedInPeople(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"applications", "The agency received 64,000 applications for food assistance.", "64,000 applications", RoleOther, false},
		{"plan funded", "The humanitarian plan is funded only to 27 per cent.", "27 per cent", RoleOther, false},
		{"drop in donations", "Aid agencies warned of famine after a 45% drop in food donations.", "45%", RoleOther, false},
		{"people in need", "Some 4 million people are in need of food assistance.", "Some 4 million people", RoleInNeed, true},
		{"share of people", "Half of the 3 million people in the region need food assistance.", "Half", RoleInNeed, true},
	})
}

// TestDeathAtRisk checks that a death the sentence says may come is a
// need, not a toll, while a death feared or possibly past stays a death.
func TestDeathAtRisk(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"risk of death", "About 3,000 children are at risk of death from malnutrition.", "About 3,000 children", RoleInNeed, true},
		{"could die", "Some 8 million people could die of hunger by the end of the year.", "Some 8 million people", RoleInNeed, true},
		{"could starve to death", "Aid groups warn that 200,000 people could starve to death this winter.", "200,000 people", RoleInNeed, true},
		{"may have died", "Up to 300 people may have died in the landslide.", "Up to 300 people", RoleKilled, true},
		{"feared dead", "About 50 people are feared dead.", "About 50 people", RoleKilled, true},
	})
}

// TestPeopleInReliefCamps checks that people in relief or aid camps are
// displaced, whatever word of aid names the camp, while people in need of
// aid stay in need and the camps themselves are no people.
func TestPeopleInReliefCamps(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"are in relief camps", "Nearly 6,000 people are in 40 relief camps.", "Nearly 6,000 people", RoleDisplaced, true},
		{"the camps", "Nearly 6,000 people are in 40 relief camps.", "40 relief camps", RoleOther, false},
		{"leaving in relief camps", "The floods destroyed 9,000 homes, leaving 52,000 people in relief camps.", "52,000 people", RoleDisplaced, true},
		{"in need of relief", "Some 2 million people are in need of relief food.", "Some 2 million people", RoleInNeed, true},
	})
}

// TestHomesCustodyCaptorsLeftForces checks four predicates of news copy:
// people who lost their homes or remain without one are displaced; people
// held in custody are detained, not hostages; people who remain with their
// captors are still held; the forces a withdrawal leaves are deployed.
func TestHomesCustodyCaptorsLeftForces(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"without a home", "Some 9,000 people remain without a permanent home after the quake.", "Some 9,000 people", RoleDisplaced, true},
		{"lost their homes", "About 40% of the 12,000 residents lost their homes in the floods.", "About 40%", RoleDisplaced, true},
		{"lost their lives", "About 40 residents lost their lives in the floods.", "About 40 residents", RoleKilled, true},
		{"held in custody", "Nearly 60 people were held in custody overnight.", "Nearly 60 people", RoleDetained, true},
		{"held hostage", "Nearly 60 people were held by the gunmen.", "Nearly 60 people", RoleHeld, true},
		{"remain with captors", "Of the 80 pupils seized, 50 have been freed and 30 remain with their captors.", "30", RoleHeld, true},
		{"freed before", "Of the 80 pupils seized, 50 have been freed and 30 remain with their captors.", "50", RoleReleased, true},
		{"left behind", "The army has withdrawn 3 brigades from the city, leaving one brigade in the south.", "one brigade", RoleDeployed, true},
		{"withdrawn", "The army has withdrawn 3 brigades from the city, leaving one brigade in the south.", "3 brigades", RoleWithdrawn, true},
	})
}

// TestSwapsAndReturns checks that both sides of a swap are released, that
// captives returned are released rather than returnees, and that a
// present-tense release counts: "Israel releases 1,900 prisoners".
func TestSwapsAndReturns(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"exchange for", "The militia said the two would be returned in exchange for 180 prisoners.", "180 prisoners", RoleReleased, true},
		{"returned in a swap", "The militia said the two would be returned in exchange for 180 prisoners.", "two", RoleReleased, false},
		{"swaps for", "The deal swaps 40 hostages for 120 prisoners.", "120 prisoners", RoleReleased, true},
		{"total returned", "Both sides freed 60 prisoners of war on Monday, bringing the total returned this year to 900.", "900", RoleReleased, true},
		{"releases", "The government releases about 700 prisoners under the amnesty.", "about 700 prisoners", RoleReleased, true},
		{"refugees returned", "About 2,000 refugees returned from Chad last week.", "About 2,000 refugees", RoleRefugees, true},
		{"prisoners for food", "Some 800 prisoners are waiting for food.", "Some 800 prisoners", RoleDetained, true},
	})
}

// TestEscapedNotHeld checks that people who escaped captivity by
// themselves are neither held nor released, a jailbreak's inmates
// included (they are no longer detained), while inmates a prison holds
// stay detained.
func TestEscapedNotHeld(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"managed to escape", "Bandits abducted 25 villagers, while 9 others managed to escape.", "9 others", RoleOther, false},
		{"abducted", "Bandits abducted 25 villagers, while 9 others managed to escape.", "25 villagers", RoleHeld, true},
		{"escaped earlier", "Eleven of the kidnapped workers are now free: three escaped earlier and eight were released on Friday.", "three", RoleOther, false},
		{"jailbreak", "More than 1,500 inmates escaped from the central prison during the attack.", "More than 1,500 inmates", RoleOther, false},
		{"inmates held", "The central prison holds more than 1,500 inmates, three times its capacity.", "more than 1,500 inmates", RoleDetained, true},
	})
}

// TestIdentifiedPartOfDead checks that a part of the dead that was only
// identified counts no death, while the dead themselves and a part
// "identified as" someone stay killed.
func TestIdentifiedPartOfDead(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"of whom identified", "Twelve bodies were found, of whom five have been identified.", "five", RoleOther, false},
		{"the bodies", "Twelve bodies were found, of whom five have been identified.", "Twelve bodies", RoleKilled, true},
		{"part identified", "Officials said only 40 of 61 confirmed dead had been identified.", "40", RoleOther, false},
		{"identified as", "Eight of those killed have been identified as police officers.", "Eight", RoleKilled, false},
	})
}

// TestReturneesNotDisplaced checks that people who go back home, or to
// their town or area, are returnees (other), while people fleeing to a
// town stay displaced.
func TestReturneesNotDisplaced(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"gone home", "Since March, 4,100 refugees have gone home from the camps.", "4,100 refugees", RoleOther, false},
		{"returning to the area", "Hundreds of families are returning to the flooded area to rebuild.", "Hundreds of families", RoleOther, false},
		{"fled to a town", "Some 3,000 people fled to the town of Bunia.", "Some 3,000 people", RoleDisplaced, true},
	})
}

// TestHeadlineParticipleAfterCount checks that a participle of harm right
// after a count in a headline's second conjunct is that count's role, not
// the first conjunct's: "hundreds hurt" are injured.
func TestHeadlineParticipleAfterCount(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"hundreds hurt", "Storm kills dozens, hundreds hurt in the south", "hundreds hurt", RoleInjured, false},
		{"dozens killed", "Storm kills dozens, hundreds hurt in the south", "dozens", RoleKilled, false},
		{"saved lives", "The early warning saved thousands of lives, officials said.", "thousands of lives", RoleOther, false},
	})
}

// TestPassedAway checks that "passed away" is a death, of a part of the
// injured too, and that "passed" alone is no death.
func TestPassedAway(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"of whom passed away", "The clinic admitted 90 people with blast injuries, 12 of whom passed away.", "12", RoleKilled, true},
		{"have since passed away", "Of the 40 injured, six have since passed away.", "six", RoleKilled, true},
		{"the injured", "Of the 40 injured, six have since passed away.", "40 injured", RoleInjured, true},
		{"passed checkpoints", "The convoy passed 30 checkpoints on the way.", "30 checkpoints", RoleOther, false},
	})
}

// TestFatallyHurtKilled checks that the fatally or mortally wounded are
// counted with the dead, and that a plain wound, or a fatal word that is
// not the figure's, stays an injury.
func TestFatallyHurtKilled(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"fatally injuring", "Gunmen opened fire on the market, fatally injuring at least 14 people.", "at least 14 people", RoleKilled, true},
		{"were fatally wounded", "Twelve people were fatally wounded in the attack on Sunday.", "Twelve people", RoleKilled, true},
		{"more fatally injured", "The blast left 30 dead and dozens more fatally injured.", "dozens more", RoleKilled, true},
		{"mortally wounded", "At least nine soldiers were mortally wounded in the ambush.", "At least nine soldiers", RoleKilled, true},
		{"wounded stays injured", "Gunmen opened fire on the market, wounding at least 14 people.", "at least 14 people", RoleInjured, true},
		{"another clause", "A sniper fatally wounded a guard, and 20 people were injured in the stampede.", "20 people", RoleInjured, true},
	})
}

// TestPartyStrengthNotVictims checks that an armed party's strength is
// other, never the dead its clause speaks of, while the victims are
// killed.
func TestPartyStrengthNotVictims(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"who number", "The fighters, who number about 3,000, have killed at least 70 villagers.", "about 3,000", RoleOther, false},
		{"the victims", "The fighters, who number about 3,000, have killed at least 70 villagers.", "at least 70 villagers", RoleKilled, true},
		{"numbering", "Bandits numbering about 40 stormed the village, killing 9 people.", "about 40", RoleOther, false},
		{"killed after numbering", "Bandits numbering about 40 stormed the village, killing 9 people.", "9 people", RoleKilled, true},
	})
}

// TestWithoutWaterInNeed checks that people without water, food or power
// are in need, and that having lost water is no such need.
func TestWithoutWaterInNeed(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"without clean water", "A week after the storm, 80,000 people are still without clean water.", "80,000 people", RoleInNeed, true},
		{"without power", "Some 1.2 million residents remain without power.", "Some 1.2 million residents", RoleInNeed, true},
		{"without a home", "Some 1.2 million residents remain without a home.", "Some 1.2 million residents", RoleDisplaced, true},
	})
}

// TestFellVictimAffected checks that a share of people who "fell victim"
// to a disaster is affected, not killed or other.
func TestFellVictimAffected(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"share fell victim", "In some villages 60 percent of the population fell victim to the floods.", "60 percent", RoleAffected, true},
		{"people fell victim", "About 3,000 residents fell victim to the landslide.", "About 3,000 residents", RoleAffected, true},
	})
}

// TestPlacesNotForces checks that the places forces are sent to or hold
// are no deployment, while the forces, and the countries that pledge
// them, keep their roles.
func TestPlacesNotForces(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"deployed to locations", "Police were deployed to 13 locations across the capital.", "13 locations", RoleOther, false},
		{"sent to villages", "Troops were sent to 40 villages in the north.", "40 villages", RoleOther, false},
		{"patrol sites", "Peacekeepers patrol 12 sites in the buffer zone.", "12 sites", RoleOther, false},
		{"the force itself", "Kenya deployed 400 police officers to 13 locations in the capital.", "400 police officers", RoleDeployed, true},
		{"countries that pledge", "At least 10 countries have pledged personnel to the mission.", "At least 10 countries", RolePledged, true},
	})
}
