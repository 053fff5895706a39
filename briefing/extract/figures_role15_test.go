package extract

import "testing"

// TestRole15DamageToStructures checks that structures and districts a
// disaster or an attack strikes are affected however the damage is told:
// by "burning", by a relative with no auxiliary, by a phrasal verb before
// its agent, by "either … or", and for institutions, monuments and
// districts; and that people and other things keep their roles. The
// sentences are written for this test.
func TestRole15DamageToStructures(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"burning homes", "The raiders shot 9 herders, looting and burning about 40 homes.", "about 40 homes", RoleAffected, "role/object-of-verb"},
		{"burning people alive is a death", "The militia was accused of burning 14 villagers alive.", "14 villagers", RoleKilled, ""},
		{"burns are no damage", "Twelve people suffered burns in the fire.", "Twelve people", RoleOther, ""},
		{"a relative with no auxiliary", "Crews have cleared the debris of 52 buildings that collapsed in the quake.", "52 buildings", RoleAffected, "role/predicate"},
		{"which, with no auxiliary", "Officials listed 17 schools which flooded overnight.", "17 schools", RoleAffected, ""},
		{"which, with an auxiliary", "Officials listed 17 schools which were destroyed by the shelling.", "17 schools", RoleAffected, ""},
		{"a relative of people is not damage", "Medics reached 52 marchers that collapsed on the road.", "52 marchers", RoleOther, ""},
		{"a phrasal verb before its agent", "Witnesses counted some 30 huts burnt down by the gunmen.", "some 30 huts", RoleAffected, "role/predicate"},
		{"swept away in", "Residents said 80 homes swept away in the flood had not been rebuilt.", "80 homes", RoleAffected, ""},
		{"either … or", "The council said 9,200 houses were either partly damaged or totally destroyed.", "9,200 houses", RoleAffected, ""},
		{"institutions destroyed", "At least 85 health institutions have been destroyed since the war began.", "At least 85 health institutions", RoleAffected, ""},
		{"and the count after them", "At least 85 health institutions have been destroyed and 300 damaged since the war began.", "300", RoleAffected, ""},
		{"monuments damaged", "Some 60 monuments were damaged in the bombardment.", "Some 60 monuments", RoleAffected, ""},
		{"districts impacted", "Flooding has impacted 14 districts in the south.", "14 districts", RoleAffected, ""},
		{"districts with no damage stay other", "Police made arrests in 14 districts on Monday.", "14 districts", RoleOther, ""},
	})
}

// TestRole15DisplacedBy checks the displaced told by "due to" after the
// count and by a verb of driving with a way out; driving that moves
// people elsewhere is no flight. The sentences are written for this test.
func TestRole15DisplacedBy(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"displaced due to", "Nine people died and over 40,000 displaced due to the floods.", "over 40,000 displaced", RoleDisplaced, ""},
		{"driving people from their homes", "The fighting has spread, driving nearly 200,000 people from their homes.", "nearly 200,000 people", RoleDisplaced, "role/object-of-verb"},
		{"drove out of", "The offensive drove 15,000 villagers out of the valley.", "15,000 villagers", RoleDisplaced, ""},
		{"drove across the border", "The crackdown drove some 90,000 people across the border into Chad.", "some 90,000 people", RoleRefugees, "role/fled-abroad"},
		{"driving into hunger is need", "The drought is driving 3 million people into hunger.", "3 million people", RoleInNeed, ""},
		{"drove to hospital is no flight", "Volunteers drove 15 villagers to hospital.", "15 villagers", RoleOther, ""},
	})
}

// TestRole15AidPartners checks that the partners and agencies that give
// help are parties, not people in need, whatever need the clause names.
// The sentences are written for this test.
func TestRole15AidPartners(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"partners call for assistance", "Given the needs, 140 humanitarian partners are calling for assistance for 9 million people.", "140 humanitarian partners", RoleOther, "role/party-or-speaker"},
		{"the people they help stay in need", "Given the needs, 140 humanitarian partners are calling for assistance for 9 million people.", "9 million people", RoleInNeed, ""},
		{"agencies", "Some 30 UN agencies need more funds to help the displaced.", "Some 30 UN agencies", RoleOther, ""},
	})
}

// TestRole15Protesters checks that people who protest or call for
// something act, and take neither the fate their clause names nor that of
// the count before them; a noun of a fate, and the object of a verb of
// harm, keep theirs. The sentences are written for this test.
func TestRole15Protesters(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"protested, demanding a release", "Dozens of students protested outside the court, demanding the release of the detainees.", "Dozens of students", RoleOther, "role/protesters"},
		{"two nouns joined", "Hundreds of men and women marched on the ministry, demanding the release of 40 prisoners.", "Hundreds of men", RoleOther, "role/protesters"},
		{"the release they demand stays", "Hundreds of men and women marched on the ministry, demanding the release of 40 prisoners.", "40 prisoners", RoleReleased, ""},
		{"calling for, after arrests", "Police arrested dozens, with tens of thousands calling for reforms.", "tens of thousands", RoleOther, "role/protesters"},
		{"the arrested stay detained", "Police arrested dozens, with tens of thousands calling for reforms.", "dozens", RoleDetained, ""},
		{"a noun of a fate keeps it", "Thousands of detainees protesting their conditions went on hunger strike.", "Thousands of detainees", RoleDetained, ""},
		{"the object of harm keeps it", "Security forces killed 12 protesters marching on the palace.", "12 protesters", RoleKilled, ""},
	})
}

// TestRole15CloserTo checks that "closer to" a number is an estimate, as
// "about" is, while "close to" stays nearly. The sentences are written for
// this test.
func TestRole15CloserTo(t *testing.T) {
	for _, tc := range []struct {
		name, text, figure string
		want               Qualifier
	}{
		{"closer to, a toll", "Medics say the real toll is closer to 80 dead.", "closer to 80 dead", About},
		{"closer to, a sum", "The bill is now closer to $2 billion.", "closer to $2 billion", About},
		{"close to stays nearly", "Close to 90,000 refugees live in the camp.", "Close to 90,000 refugees", Nearly},
	} {
		checkCaseFigure(t, tc.name, tc.text, tc.figure, func(t *testing.T, f Figure) {
			if f.Qualifier != tc.want {
				t.Errorf("%q: qualifier %q, want %q (%s)", f.Text, f.Qualifier, tc.want, f.Explain())
			}
		})
	}
}
