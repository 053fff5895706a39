package extract

import "testing"

// TestFigureClauseRoles checks that a figure takes the role of its own
// clause: the predicate it is the subject of (across phrases that qualify
// it), the verb or noun it is the object of, a word inside it, or the
// whole it is a part of. The sentences are written for this test, not
// taken from the dev sets, so that those stay a measurement.
func TestFigureClauseRoles(t *testing.T) {
	cases := []roleCase{
		// A party or speaker noun does not veto a verb of its own clause.
		{"officials killed", "Eight district officials were killed and three others were hurt, a spokesman said.", "Eight district officials", RoleKilled, true},
		// A part of a set beside its total is no key figure (dev README, "Key").
		{"ministers detained", "Three ministers and a general were among the 20 people arrested after the mutiny.", "Three ministers", RoleDetained, false},
		{"officials still speak", "Four officials said that the road had reopened.", "Four officials", RoleOther, false},
		// Subject and verb across a prepositional phrase or a dateline.
		{"across a phrase", "Seven guards at the old consulate in Herat were killed in the blast.", "Seven guards", RoleKilled, true},
		{"after a dateline", "NAIROBI -- Six engineers from the power company were abducted on the highway.", "Six engineers", RoleHeld, true},
		{"coordinated subject", "Four soldiers and a medic were injured when the convoy hit a mine.", "Four soldiers", RoleInjured, true},
		{"reduced relative then predicate", "The 14 traders seized from the market had been freed by Friday.", "14 traders", RoleReleased, true},
		{"predicate reported missing", "One more ranger was reported missing after the storm.", "One more ranger", RoleMissing, true},
		{"believed trapped", "Another 30 are believed to still be trapped under the collapsed mall.", "30", RoleMissing, true},
		{"intransitive verb", "In the north alone 400 died and many more remain missing.", "400", RoleKilled, true},
		{"remain missing", "In the north alone 400 died and dozens remain missing.", "dozens", RoleMissing, true},
		{"buried in rubble", "Rescuers said 260 people were still buried in rubble in the old town.", "260 people", RoleMissing, true},
		{"in hospital", "About 90 people remain in hospital, including 12 in intensive care.", "About 90 people", RoleInjured, true},
		{"part takes the whole's role", "About 90 people remain in hospital, including 12 in intensive care.", "12", RoleInjured, true},
		// The object of a participle or verb before the number.
		{"trapping", "The landslide buried a market, trapping as many as 300 and killing at least 25, police said.", "as many as 300", RoleMissing, true},
		{"killing", "The landslide buried a market, trapping as many as 300 and killing at least 25, police said.", "at least 25", RoleKilled, true},
		{"rescued with captivity", "Police rescued 31 women and 12 children who had been held in a camp.", "12 children", RoleReleased, true},
		{"influx", "A fresh influx of some 12,000 people reached the camps near the lake last week.", "some 12,000 people", RoleDisplaced, true},
		{"offer of troops", "Ghana made an offer of up to 1,500 troops for the force.", "up to 1,500 troops", RolePledged, true},
		{"pulled out", "Britain pulled out its last 900 soldiers from the base in March.", "900 soldiers", RoleWithdrawn, true},
		{"exchanged prisoners", "The two armies exchanged 150 prisoners of war on Sunday.", "150 prisoners", RoleReleased, true},
		{"prisoners held stay detained", "Some 4,000 prisoners held in the northern jail were moved.", "Some 4,000 prisoners", RoleDetained, true},
		// Refugees cross a border; the displaced stay inside.
		{"fled to a country", "More than 60,000 people have fled to Uganda since the clashes began.", "More than 60,000 people", RoleRefugees, true},
		{"refuge in a neighbouring country", "Some 8,000 villagers sought refuge in neighbouring Niger.", "Some 8,000 villagers", RoleRefugees, true},
		{"refuge at home", "Some 8,000 villagers are taking refuge in schools in the capital.", "Some 8,000 villagers", RoleDisplaced, true},
		// Things a disaster strikes.
		{"destroyed houses", "The cyclone destroyed 21,000 houses along the coast.", "21,000 houses", RoleAffected, true},
		{"houses buried", "A mudslide buried 45 homes, and nine people are feared dead.", "45 homes", RoleAffected, true},
		{"affected people", "The floods have affected some 1.3 million people in the delta.", "some 1.3 million people", RoleAffected, true},
		// A share's whole, and a share of a force.
		{"whole of a share", "About 70% of the region's 3.4 million people have fled their homes.", "3.4 million people", RoleOther, false},
		{"the share itself", "About 70% of the region's 3.4 million people have fled their homes.", "About 70%", RoleDisplaced, true},
		{"share of a force", "Africans made up 60% of the blue helmets a decade ago.", "60%", RoleOther, false},
		// A bare toll with its own word is key; a duration of a sentence too.
		{"bare toll", "The confirmed death toll for the province climbed to 2,140 on Tuesday.", "2,140", RoleKilled, true},
		{"sentence", "A judge sentenced the former mayor to 15 years in prison for the massacre.", "15 years", RoleDuration, true},
		// Words of taking that are no abduction.
		{"took part", "Some 12,000 troops and 400 tanks took part in the parade.", "Some 12,000 troops", RoleDeployed, true},
		{"taken by gunmen", "Gunmen shot two guards, and 19 others were taken by the attackers.", "19 others", RoleHeld, true},
		{"detainees unaccounted", "Hundreds of detainees remain unaccounted for.", "Hundreds of detainees", RoleDetained, true},
		{"held people still missing", "Gunmen seized 80 passengers from the bus. Dozens of them are still missing.", "Dozens", RoleHeld, true},
		// The subject across an apposition, a list, a time or "of them".
		{"apposition", "Some 45 captives, including two nurses, were released near the river.", "Some 45 captives", RoleReleased, true},
		{"list as subject", "At least 30 police, soldiers and guards were injured in the riot.", "At least 30 police", RoleInjured, true},
		{"time inside the subject", "Scores of pupils seized from a school last month have been freed, police said.", "Scores of pupils", RoleReleased, true},
		{"of whom", "The clashes uprooted 90,000 people, 20,000 of whom have fled to Chad.", "20,000", RoleRefugees, true},
		{"past a country where they were", "About 500,000 people may flee the fighting in Sudan to neighbouring states.", "About 500,000 people", RoleRefugees, true},
		{"there may be", "Firefighters said there could be as many as 15 more trapped inside.", "as many as 15 more", RoleMissing, true},
		// A toll's bare value; armed men are people to a verb.
		{"toll reached", "The national death toll from the floods reached 1,312 on Sunday.", "1,312", RoleKilled, true},
		{"number put at", "The agency put the number of missing at 64.", "64", RoleMissing, true},
		{"bandits killed", "Troops said they had killed 12 bandits in the forest.", "12 bandits", RoleKilled, true},
		{"soldiers acted", "Police officers who reached the valley found 3,100 of the 7,000 residents.", "7,000 residents", RoleOther, false},
		{"insurgents are no deployment", "The raid was carried out by at least 20 insurgents wearing army uniforms.", "at least 20 insurgents", RoleOther, false},
		{"need is the subject's", "Two months on, about 2 million people need food aid and 300,000 have fled.", "about 2 million people", RoleInNeed, true},
		{"feared dead", "A mudslide buried 45 homes, and 11 people are feared dead.", "11 people", RoleKilled, true},
		{"treated", "Two firefighters died and at least 25 were treated for burns.", "at least 25", RoleInjured, true},
		{"among them", "The shelling killed 6 people and wounded 31, among them 4 children, medics said.", "4 children", RoleInjured, true},
		{"a count of its own after a comma", "About 900 people were hurt, 40 of them badly, and 120 were killed.", "40", RoleInjured, false},
		{"superseded toll", "Officials had initially put the toll at 60 people killed; it has since doubled.", "60 people", RoleKilled, false},
		{"earlier estimates", "Earlier estimates showed 90 people were killed and dozens more were hurt.", "dozens more", RoleInjured, false},
		{"initially said stays", "Villagers initially said more than 200 pupils had been taken from the school.", "more than 200 pupils", RoleHeld, true},
		{"list with its own member's word", "The injured include 14 nurses, and 3 of the dead were drivers.", "14 nurses", RoleInjured, true},
		{"taken to hospital", "Rescuers found 20 bodies, and 9 survivors were taken to hospital.", "9 survivors", RoleOther, false},
		{"taken from a school", "Raids spread after 110 pupils were taken from their school in 2018.", "110 pupils", RoleHeld, true},
		{"speakers after a list", "The raid killed 5 farmers and injured 17, two district officials said.", "two district officials", RoleOther, false},
		{"lost soldiers", "The army said it had shelled the ridge and lost four soldiers.", "four soldiers", RoleKilled, true},
		{"behind bars", "Police held 140 students; 120 were freed and 20 remain behind bars.", "20", RoleDetained, true},
		{"relative on the subject", "He said 14 traders who were abducted on the road are still being held.", "14 traders", RoleHeld, true},
		{"main verb after a relative", "Some 60 villagers who had fled the raid were killed on the road.", "Some 60 villagers", RoleKilled, true},
		{"swept through villages", "The storm surge swept through 2,100 villages along the coast.", "2,100 villages", RoleAffected, true},
		{"adverb in the predicate", "Some 400,000 children in the region are severely malnourished.", "Some 400,000 children", RoleInNeed, true},
		{"returned home", "Officials said 200,000 people had returned to their homes, while 1.5 million remain displaced.", "200,000 people", RoleOther, false},
		{"passengers were pulled out", "Six people were confirmed dead after the boat sank, while 75 passengers were pulled from the sea.", "75 passengers", RoleOther, false},
		{"baseline", "The force has 3,300 troops, short of the 5,000 the council approved.", "5,000", RoleDeployed, false},
		{"rate every day", "Aid groups are registering some 400 displaced families every day.", "some 400 displaced families", RoleDisplaced, false},
		{"not from a compound", "The quake flattened a four-storey hotel, trapping up to 200 and killing at least 30.", "up to 200", RoleMissing, true},
	}
	checkRoleCases(t, cases)
}

// TestNotCountsInClauses checks numbers that are no figures: an ordinal
// naming the next of a count ("two ... and a third was"), and "quarter" as
// a district.
func TestNotCountsInClauses(t *testing.T) {
	cases := []struct{ text, notFigure string }{
		{"Police said four robbers were shot and a fifth was detained.", "a fifth"},
		{"Two gunmen died and a third was captured near the border.", "a third"},
		{"The blast shook the old quarter of the city on Monday.", "quarter"},
		{"Shells fell on the Christian quarter overnight.", "quarter"},
	}
	for _, tc := range cases {
		for _, f := range Figures(tc.text) {
			if f.Text == tc.notFigure {
				t.Errorf("%q: %q is a figure (%s)", tc.text, f.Text, f.Explain())
			}
		}
	}
	// A fraction stays one where nothing counts before it.
	for _, f := range Figures("Aid reached the valley, but a third was lost to looting.") {
		if f.Text == "a third" {
			return
		}
	}
	t.Error(`"a third was lost" is no longer a fraction`)
}

func figureRoles(figs []Figure) []string {
	out := make([]string, len(figs))
	for i, f := range figs {
		out[i] = f.Text + " (" + string(f.Role) + ")"
	}
	return out
}

// TestClauseClassesFree checks that the word classes of the clause scans
// lie above those of the number lexicon and fit in a wordClass.
func TestClauseClassesFree(t *testing.T) {
	if clsPrep <= clsGeneric {
		t.Errorf("clsPrep %#x overlaps the lexicon's classes (clsGeneric %#x)", clsPrep, clsGeneric)
	}
	if clsPredOnly == 0 || clsPredOnly < clsPrep {
		t.Errorf("clsPredOnly %#x overflows wordClass", clsPredOnly)
	}
}
