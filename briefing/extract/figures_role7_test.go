package extract

import (
	"strings"
	"testing"
)

// role7Case is a row of the role tables of figures_role7.go: the role
// (and so the category) of one figure of a sentence, and the role rule
// that gave it ("" when any rule may).
type role7Case struct {
	name, text, figure string
	role               Role
	rule               string
}

func checkRole7Cases(t *testing.T, cases []role7Case) {
	t.Helper()
	for _, tc := range cases {
		checkCaseFigure(t, tc.name, tc.text, tc.figure, func(t *testing.T, f Figure) {
			switch why := f.Explain(); {
			case f.Role != tc.role || f.Category != tc.role.Category():
				t.Errorf("%q: role %s, category %s; want %s, %s (%s)", f.Text, f.Role, f.Category, tc.role, tc.role.Category(), why)
			case tc.rule != "" && !strings.Contains(why, tc.rule+","):
				t.Errorf("%q: role %s by %s; want the rule %s", f.Text, f.Role, why, tc.rule)
			}
		})
	}
}

// TestSetNamedRole checks that the members of a set named by its fate
// take that fate, whether the set comes before them ("Among the dead
// were …", "the injured include …") or after ("… were among the
// casualties"), and that a count with a fate of its own or a set with a
// number of its own keeps its role. The sentences are written for this
// test.
func TestSetNamedRole(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"among the dead, inverted", "Among the dead in the market were six employees of a relief agency.", "six employees", RoleKilled, "role/set-named"},
		{"among the victims, a party noun", "Among the victims were three judges who had stayed in the town.", "three judges", RoleKilled, "role/set-named"},
		{"among the injured", "Among the injured were 14 schoolchildren, the ministry said.", "14 schoolchildren", RoleInjured, ""},
		{"among the abducted", "Among the abducted were 12 nurses from the district clinic.", "12 nurses", RoleHeld, ""},
		{"set after the count", "Two officials of the civil defence corps were confirmed to be among the casualties.", "Two officials", RoleKilled, "role/set-named"},
		{"the injured include a list", "The dead include 21 men and 4 women, while the injured include 30 men, 11 women and 9 children.", "11 women", RoleInjured, "role/set-named"},
		{"the list's last member", "The dead include 21 men and 4 women, while the injured include 30 men, 11 women and 9 children.", "9 children", RoleInjured, ""},
		{"the dead's list stays killed", "The dead include 21 men and 4 women, while the injured include 30 men, 11 women and 9 children.", "4 women", RoleKilled, ""},
		{"wounded members are never dead", "Among the victims were two wounded police officers who were flown to the capital.", "two wounded police officers", RoleInjured, ""},
		{"a set with its own number", "Two soldiers were among 40 people rescued from the river.", "Two soldiers", RoleDeployed, ""},
	})
}

// TestUnderCareNotKilled checks the trust rule for care: people said to be
// receiving treatment, in a critical condition, or brought to a clinic
// of whom only some died are injured, never killed; the part that died
// stays killed. The sentences are written for this test.
func TestUnderCareNotKilled(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"receiving treatment", "Three people died at the scene, while the other four are receiving treatment in Kano.", "four", RoleInjured, "role/under-care"},
		{"receiving medical treatment", "Five were killed and the remaining three are still receiving medical treatment.", "three", RoleInjured, ""},
		{"receiving treatment with no auxiliary", "Some 90 people were hospitalised, with 120 others receiving outpatient treatment.", "120 others", RoleInjured, "role/under-care"},
		{"being treated", "Two guards died; the remaining six are being treated at a military hospital.", "six", RoleInjured, ""},
		{"of whom in critical condition", "Among the injured were nine pupils, four of whom were in critical condition.", "four", RoleInjured, "role/under-care"},
		{"the whole of a part that died", "Doctors said three of the 11 people brought to the clinic after the blast died overnight.", "11 people", RoleInjured, "role/under-care"},
		{"the part that died", "Doctors said three of the 11 people brought to the clinic after the blast died overnight.", "three", RoleKilled, ""},
	})
}

// TestUnaccountedMissing checks that people unaccounted for or lost at
// sea are missing, not killed nor what the clause's other verb did to
// others, and that detainees unaccounted for stay detained. The
// sentences are written for this test.
func TestUnaccountedMissing(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"still unaccounted for", "The toll rose to 40 on Friday, with 25 more still unaccounted for.", "25 more", RoleMissing, ""},
		{"who remains unaccounted for", "The navy evacuated the crew, leaving one sailor who remains unaccounted for.", "one sailor", RoleMissing, "role/fate-unaccounted"},
		{"lost at sea", "Coastguard rescues 30 fishermen, 2 lost at sea", "2", RoleMissing, ""},
		{"detainees stay detained", "Rights groups said 40 detainees remain unaccounted for.", "40 detainees", RoleDetained, ""},
	})
}

// TestCountriesAndVillages checks that countries are never people of a
// crisis, while a pledge stays a pledge (the seed fixture's "countries
// have pledged troops"), and that villages and communities where people
// were killed, taken or hurt, or that were raided or flooded, are
// affected — not those a force seized nor those people came from. The
// sentences are written for this test.
func TestCountriesAndVillages(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"people in countries", "Some 60 million people in 22 countries need food aid this year.", "22 countries", RoleOther, ""},
		{"the people stay in need", "Some 60 million people in 22 countries need food aid this year.", "Some 60 million people", RoleInNeed, ""},
		{"affected people across countries", "The appeal covers 80 million conflict-affected people in 31 countries.", "31 countries", RoleOther, ""},
		{"United Nations staff are no countries", "Twelve United Nations international staff detained last week were released on Sunday.", "Twelve United Nations", RoleReleased, ""},
		{"villages where people were taken", "Gunmen abducted 20 people in four villages of the district on Monday.", "four villages", RoleAffected, "role/harmed-place"},
		{"villages raided", "The militia raided five villages overnight, killing 12 people.", "five villages", RoleAffected, ""},
		{"communities where people were killed", "Bandits killed nine people in three communities of the state.", "three communities", RoleAffected, ""},
		{"villages flooded", "The river burst its banks and floodwaters crashed into 30 villages.", "30 villages", RoleAffected, ""},
		{"villages a force seized", "The rebels, who have killed dozens of civilians, seized 17 villages in the offensive.", "17 villages", RoleOther, ""},
		{"villages people came from", "The kidnapped pupils were from the two villages of Kubuwo and Kaguni.", "two villages", RoleOther, ""},
		{"villages a survey visited", "In 12 villages visited in March, the researchers documented 30 killings of civilians.", "12 villages", RoleOther, ""},
		{"communities surveyed", "The group surveyed 25 communities where civilians had been killed.", "25 communities", RoleOther, ""},
	})
}

// TestPlacesTakenNotAffected checks that places a force claims or takes
// stay other, whatever harm the sentence names: the sample library's
// "Ukraine claims 82 settlements in Kursk as Russia evacuates border
// districts" once made the settlements its lead figure.
func TestPlacesTakenNotAffected(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"settlements claimed", "Ukraine claims 82 settlements in Kursk as Russia evacuates border districts", "82 settlements", RoleOther, ""},
		{"villages claimed after a killing", "The army, which says it killed 40 fighters, claims 12 villages in the valley.", "12 villages", RoleOther, ""},
	})
}

// TestCrossedBorderRefugees checks that people who reached, crossed or
// arrived across a border, or whom a refugee camp hosts, are refugees,
// while people who fled inside their country, forces that arrived and
// arrivals with no border stay as they were. The sentences are written
// for this test.
func TestCrossedBorderRefugees(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"reached border villages", "Aid workers say 2,000 people have reached border villages from Darfur since Monday.", "2,000 people", RoleRefugees, "role/crossed-border"},
		{"sought refuge in a country", "About 600 people fleeing clashes in northern Mali have sought refuge in Niger this month.", "About 600 people", RoleRefugees, "role/crossed-border"},
		{"refuge in a town stays displaced", "About 600 people fleeing clashes in the north have sought refuge in Gao this month.", "About 600 people", RoleDisplaced, ""},
		{"having arrived, with a border", "The influx into Chad goes on, with 9,000 people having arrived in the last week.", "9,000 people", RoleRefugees, ""},
		{"arriving, with a border", "Some 300 Syrians crossed the border on Sunday, against an average of about 500 people arriving each night.", "about 500 people", RoleRefugees, ""},
		{"daily arrivals", "Officials recorded more than 2,000 daily arrivals at the crossing this week.", "more than 2,000", RoleRefugees, ""},
		{"a refugee camp hosts them", "The convoy went on to the Kakuma Refugee Camp, which already hosts some 40,000 people from earlier waves.", "some 40,000 people", RoleRefugees, ""},
		{"a displacement camp does not", "The convoy went on to the Zamzam displacement camp, which already hosts some 40,000 people.", "some 40,000 people", RoleDisplaced, ""},
		{"forces arriving stay deployed", "Some 400 Kenyan police officers arrived in Haiti on Tuesday.", "Some 400 Kenyan police officers", RoleDeployed, ""},
		{"arrived with no border", "About 300 people arrived at the stadium for the rally.", "About 300 people", RoleOther, ""},
	})
}

// TestDamagedAfterFillers checks that places or structures damaged by a
// predicate past adverbs joined by "or", or past a list of what they
// include, are affected, and that an undamaged count of houses is not.
// The sentences are written for this test.
func TestDamagedAfterFillers(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"adverbs joined by or", "About 1,200 homes were partly or totally destroyed by the cyclone.", "About 1,200 homes", RoleAffected, "role/damaged-after-fillers"},
		{"past the auxiliary's perfect", "He said that 40 houses had been completely burned in the raid.", "40 houses", RoleAffected, ""},
		{"past a list it includes", "Officials said some 900 buildings, including schools and mosques collapsed in the quake.", "some 900 buildings", RoleAffected, "role/damaged-after-fillers"},
		{"houses not damaged", "The scheme built 1,200 houses for returning families.", "1,200 houses", RoleOther, ""},
		{"houses with a use", "About 300 schools were used as shelters.", "About 300 schools", RoleOther, ""},
	})
}

// TestSingularTollAndLives checks that the singular of a noun of the
// toll counts what its plural does ("one death", "one injury", "claimed
// one life", "406 precious lives have been lost"), and that lives
// harmed or saved are not lives taken ("devastated the lives of
// millions", "saved the lives of 300 patients") while lives claimed stay
// killed. The sentences are written for this test.
func TestSingularTollAndLives(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"one death each", "Two districts recorded one death each, the report said.", "one death", RoleKilled, "role/singular-toll"},
		{"one injury", "Police reported one injury at the scene.", "one injury", RoleInjured, "role/singular-toll"},
		{"one fatality", "The storm caused one fatality in the north.", "one fatality", RoleKilled, ""},
		{"claimed one life", "The landslide claimed one life in the valley.", "one life", RoleKilled, ""},
		{"lives with an adjective, lost", "Some 120 precious lives have been lost in the floods since June.", "Some 120 precious lives", RoleKilled, "role/singular-toll"},
		{"one life saved is no toll", "The rescue saved one life.", "one life", RoleOther, ""},
		{"one victim is a person described", "Officials said one victim was a child.", "one victim", RoleOther, ""},
		{"lives devastated", "The cyclone killed 900 people and devastated the lives of thousands.", "thousands", RoleAffected, "role/lives-of"},
		{"lives saved", "Doctors saved the lives of 300 patients.", "300 patients", RoleOther, "role/lives-of"},
		{"lives claimed stay killed", "The war has claimed the lives of 40 journalists.", "40 journalists", RoleKilled, ""},
	})
}

// TestSetNamedListEnds checks that a list the set's verb opens ends where
// a count with its own partitive and predicate begins: "The wounded
// include 23 firefighters, and 6 of the dead were rescue workers" (the
// 6 are dead). Written for this test after a draft got it wrong.
func TestSetNamedListEnds(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"own partitive after the list", "The wounded include 40 policemen, and 9 of the dead were nurses.", "9", RoleKilled, ""},
	})
}

// TestRole7WordsKnown checks that every word role7 compares by its
// lexicon entry has one: buildRole7 adds no entry (a new entry would change
// what other scans read of the word), so a word missing from the lexicon
// would leave its field nil and match every unknown word.
func TestRole7WordsKnown(t *testing.T) {
	for p, w := range role7Words() {
		if *p == nil || (*p).w != w {
			t.Errorf("r7 word %q has no lexicon entry", w)
		}
	}
	if len(role7Nouns) != 6 {
		t.Errorf("role7Nouns has %d nouns, want 6 (villages communities death fatality casualty lives)", len(role7Nouns))
	}
}

// TestRoundedUpAndSameNoun checks two constructions that left counts of
// people other: "rounded up" (a phrasal verb of arrest in news copy,
// object or predicate; cattle rounded up are not detained), and a count
// joined by "and" to the count before it with the same noun and no verb
// of its own, which counts what that one counts. The sentences are
// written for this test.
func TestRoundedUpAndSameNoun(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"rounded up, object", "Police rounded up 40 protesters in the capital on Friday.", "40 protesters", RoleDetained, "role/rounded-up"},
		{"rounded up, predicate", "Another 12 men were rounded up in a dawn raid on the market.", "12 men", RoleDetained, "role/rounded-up"},
		{"rounding up, present", "Soldiers were seen rounding up 30 youths near the bus station.", "30 youths", RoleDetained, "role/rounded-up"},
		{"cattle are not detained", "The raiders rounded up 200 cattle before they left the village.", "200 cattle", RoleOther, ""},
		{"same noun after and", "Officials recorded 95 households entering Uganda on Sunday and 620 households over the week.", "620 households", RoleRefugees, "role/same-noun-ellipsis"},
		{"same noun, killed", "Gunmen killed 14 villagers on Monday and 6 villagers on Tuesday.", "6 villagers", RoleKilled, ""},
		{"a verb of its own", "Five villagers were killed in the raid and 3 villagers were wounded.", "3 villagers", RoleInjured, ""},
		{"a proper noun is no people", "Eleven people are missing: six in Region 3, four Region 2, and one Region 1.", "one Region", RoleOther, ""},
	})
}

// TestModifierOfAThing checks that a count of camps, trucks, hotspots,
// centres or riots is other though a word of a role modifies it ("17
// refugee camps", "eight prison riots", "736 evacuation centers"), while
// people so modified keep the role ("300 refugee children"), as do nouns
// with a category of their own, movements of the displaced and homes. It
// also checks that martyrs are counted dead. The sentences are written
// for this test.
func TestModifierOfAThing(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"refugee camps", "Aid agencies run 17 refugee camps along the border.", "17 refugee camps", RoleOther, ""},
		{"displacement camps", "The militia shelled two displacement camps on the edge of the city.", "two displacement camps", RoleOther, ""},
		{"relief trucks", "The agency sent 40 relief trucks to the province on Monday.", "40 relief trucks", RoleOther, "role/modifier-of-a-thing"},
		{"prison riots", "The country has seen nine prison riots since 2020.", "nine prison riots", RoleOther, ""},
		{"IDP sites", "The agency counted 40 IDP sites in the province.", "40 IDP sites", RoleOther, "role/modifier-of-a-thing"},
		{"relief flights", "The air bridge carried 25 relief flights into the city last week.", "25 relief flights", RoleOther, "role/modifier-of-a-thing"},
		{"evacuation centres", "Some 4,000 families were staying in 120 evacuation centres.", "120 evacuation centres", RoleOther, ""},
		{"refugee children are people", "Some 300 refugee children were enrolled in school this year.", "Some 300 refugee children", RoleRefugees, ""},
		{"prison guards have a category", "About 20 prison guards were deployed to the wing.", "About 20 prison guards", RoleDeployed, ""},
		{"asylum applications count those who seek it", "The ministry still has 12,000 asylum applications to decide.", "12,000 asylum applications", RoleRefugees, ""},
		{"refugee claims", "Officials froze some 3,500 pending refugee claims last week.", "some 3,500 pending refugee claims", RoleRefugees, ""},
		{"aid applications stay things", "The agency received 12,000 aid applications last month.", "12,000 aid applications", RoleOther, ""},
		{"displacement movements count the displaced", "The agency recorded 47,000 new displacement movements in the capital.", "47,000 new displacement movements", RoleDisplaced, ""},
		{"martyrs are dead", "The committee said there were more than 20 martyrs and 32 injured.", "more than 20 martyrs", RoleKilled, ""},
		{"the injured after martyrs", "The committee said there were more than 20 martyrs and 32 injured.", "32 injured", RoleInjured, ""},
		{"martyred", "Six policemen were martyred and 11 injured in the attack.", "Six policemen", RoleKilled, ""},
	})
}

// TestLeftPairComplement checks that the complement of "left" after a
// pair of counts befalls the first of the pair too ("left 13 prisoners and
// a guard dead", "left 12 soldiers and four civilians wounded": the
// prisoners are dead, the soldiers wounded, never killed), and only after
// "left". The sentences are written for this test.
func TestLeftPairComplement(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"a pair left dead", "The fighting left 13 inmates and a guard dead on Monday.", "13 inmates", RoleKilled, "role/complement"},
		{"a head noun left dead", "The riot left 9 prisoners and a warden dead.", "9 prisoners", RoleKilled, "role/complement"},
		{"a pair left wounded", "The ambush left 12 soldiers and four civilians wounded.", "12 soldiers", RoleInjured, "role/complement"},
		{"the second of the pair", "The ambush left 12 soldiers and four civilians wounded.", "four civilians", RoleInjured, ""},
		{"no left, no complement", "Police arrested 12 men and a woman found injured near the scene.", "12 men", RoleDetained, ""},
	})
}

// TestReturningNoFlight checks that a word of return that alone gave a
// count the displacement category ("who were returning from a baptism",
// "since returning to power") leaves it other: a return names no flight,
// and returnees are not counted displaced. A word of flight still counts,
// and so does "N more" of the refugees or displaced just counted. The
// sentences are written for this test.
func TestReturningNoFlight(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"returning from an event", "Police said 14 guests who were returning from a wedding were stopped at a checkpoint.", "14 guests", RoleOther, "role/returning-no-flight"},
		{"returning to power", "The war was one of six he has ended since returning to power.", "six", RoleOther, "role/returning-no-flight"},
		{"returnees from abroad", "About 2,000 people returning from Sudan were registered at the border.", "About 2,000 people", RoleOther, ""},
		{"a word of flight still counts", "Some 3,000 people who had returned home were displaced again by the floods.", "Some 3,000 people", RoleDisplaced, ""},
		{"more of the refugees", "About 5,000 refugees crossed back from Jordan on Friday, and thousands more returned from Iraq.", "thousands more", RoleRefugees, "role/more-of-the-displaced"},
		{"more of those registered", "Nearly 900 refugees were registered at the crossing on Tuesday and hundreds more returned on Wednesday.", "hundreds more", RoleRefugees, "role/more-of-the-displaced"},
		{"more guests are no refugees", "Police stopped 14 guests returning from a wedding, and dozens more returned by bus.", "dozens more", RoleOther, ""},
	})
}
