package extract

import "testing"

// TestNoDeathNotKilled checks that a figure is labelled killed only where
// a word of death governs it: a whole set whose part was hurt, survivors,
// speakers, a building's capacity and those who got away are not the dead,
// and victims of kidnappers are held.
func TestNoDeathNotKilled(t *testing.T) {
	cases := []roleCase{
		{"set of rescued, part hurt", "Of the 30 people rescued from the boat, nine were treated for burns.", "30 people", RoleOther, false},
		{"set of rescued, part wounded", "Of the 14 miners rescued, five were taken to hospital with head wounds.", "14 miners", RoleOther, false},
		{"survivors of the wounded", "Only 5 of the 12 wounded survived the night.", "5", RoleOther, false},
		{"speakers after a toll", "Twenty villagers died in the raid, said 4 elders.", "4 elders", RoleOther, false},
		{"speakers listed", "Nine people died in the fire, according to 4 witnesses and 2 nurses.", "2 nurses", RoleOther, false},
		{"capacity of a building", "Militants killed 4 villagers near a mosque that seats 300 worshippers.", "300 worshippers", RoleOther, false},
		{"those who got away", "The commander and two of his guards were shot dead, while three others escaped.", "three others", RoleOther, false},
		{"victims of abductors", "Abductors asked for $10,000 for each of the 12 victims.", "12 victims", RoleHeld, true},
		{"dead still dead", "Among the dead, the ministry said, were 22 women and 9 children.", "22 women", RoleKilled, true},
		{"shot and killed", "One guard was shot and killed at the gate.", "One guard", RoleKilled, true},
		{"list keeps its verb", "Gunmen killed 6 farmers and 3 herders in the valley.", "3 herders", RoleKilled, true},
	}
	checkRoleCases(t, cases)
}

// TestSubjectListVerb checks that the verb after a whole subject list or
// apposition governs its first member too: soldiers who died are killed,
// not deployed.
func TestSubjectListVerb(t *testing.T) {
	cases := []roleCase{
		{"list ending in a noun", "Four Chadian soldiers, two guards and a driver died when the truck hit a mine.", "Four Chadian soldiers", RoleKilled, true},
		{"list ending in a noun, passive", "Six gendarmes, a nurse and an interpreter were killed in the blast.", "Six gendarmes", RoleKilled, true},
		{"apposition of counts", "Three soldiers, two from Kenya and one from Burundi, died in the ambush.", "Three soldiers", RoleKilled, true},
		{"count with its own verb stays apart", "Some 900 people were hurt, 40 of them gravely, and 12 were killed.", "40", RoleInjured, false},
		{"deployment verb still deploys", "Some 1,200 troops, mostly from Kenya, are stationed in the capital.", "Some 1,200 troops", RoleDeployed, true},
	}
	checkRoleCases(t, cases)
}

// TestArrivedNotPledged checks that the part of a pledged force that has
// arrived or deployed is deployed, and the pledged whole stays pledged.
func TestArrivedNotPledged(t *testing.T) {
	cases := []roleCase{
		{"part arrived", "Fewer than 200 of the 1,500 promised soldiers have arrived so far.", "Fewer than 200", RoleDeployed, true},
		{"whole pledged", "Fewer than 200 of the 1,500 promised soldiers have arrived so far.", "1,500 promised soldiers", RolePledged, true},
		{"only part deployed", "Only 350 of the 3,000 pledged police have been deployed.", "350", RoleDeployed, true},
		{"migrants who arrived are no force", "Nearly 700 migrants arrived on the island over the weekend.", "Nearly 700 migrants", RoleOther, false},
	}
	checkRoleCases(t, cases)
}

// TestCrowdAndFightersNotVictims checks that a crowd fired on is not the
// injured count of the verb that has its own, and that fighters who run
// are not displaced.
func TestCrowdAndFightersNotVictims(t *testing.T) {
	cases := []roleCase{
		{"crowd fired on", "Riot police fired rubber bullets at 3,000 marchers on Friday, wounding 15.", "3,000 marchers", RoleOther, false},
		{"the wounded keep their verb", "Riot police fired rubber bullets at 3,000 marchers on Friday, wounding 15.", "15", RoleInjured, true},
		{"fighters who ran", "The army killed one militant; the other 5 fled into the forest.", "5", RoleOther, false},
		{"villagers who fled", "About 5,000 villagers fled the fighting.", "About 5,000 villagers", RoleDisplaced, true},
	}
	checkRoleCases(t, cases)
}

// TestOwnVerbAfterAnd checks that a figure after "and" with a verb of its
// own does not take the role word of the conjunct before.
func TestOwnVerbAfterAnd(t *testing.T) {
	cases := []roleCase{
		{"escaped after and", "Three miners were killed and five others escaped through a side shaft.", "five others", RoleOther, false},
		{"the killed keep their verb", "Three miners were killed and five others escaped through a side shaft.", "Three miners", RoleKilled, true},
		{"ellipsis still shares the verb", "The blast killed 9 people and injured 30.", "30", RoleInjured, true},
	}
	checkRoleCases(t, cases)
}
