package extract

import (
	"strings"
	"testing"
)

// The cases of the sixth pass on key figures and roles (issue 12), each
// written for these tests in the patterns of wire copy (not copied from a
// dev set), with neighbour rows that must not change.

// TestDamagedPlaces checks that places and structures an attack or a
// disaster struck are affected and key: wrecked, lost, struck by "strikes
// on" or "attacks against", and those coordinated with a damaged one. A
// place that is only where something happened stays other.
func TestDamagedPlaces(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"wrecked", "Some 40 mosques and 12 churches in the province were wrecked by the storm.", "Some 40 mosques", RoleAffected, true},
		{"wrecked, the second", "Some 40 mosques and 12 churches in the province were wrecked by the storm.", "12 churches", RoleAffected, true},
		{"as well as", "Around 500 homes were destroyed, as well as 14 schools and two bridges on the coast road.", "14 schools", RoleAffected, true},
		{"and after as well as", "Around 500 homes were destroyed, as well as 14 schools and two bridges on the coast road.", "two bridges", RoleAffected, true},
		{"homes lost", "The quake killed 90 people, with more than 2,000 homes lost in the valley.", "more than 2,000 homes", RoleAffected, true},
		{"strikes on", "Overnight air strikes on four villages near the border killed 11 people, officials said.", "four villages", RoleAffected, true},
		{"the dead beside the places", "Overnight air strikes on four villages near the border killed 11 people, officials said.", "11 people", RoleKilled, true},
		{"attacks by someone on", "Gunmen killed 20 people in attacks by armed bandits on six communities on Sunday.", "six communities", RoleAffected, true},
		{"raids against", "Militia fighters carried out raids against 15 towns last month.", "15 towns", RoleAffected, true},
		{"only where it happened", "Police held 200 people in raids across five districts.", "five districts", RoleOther, false},
		{"a place named, not struck", "The victims came from two villages near the river.", "two villages", RoleOther, false},
		{"sheltered in schools", "Some 3,000 people are sheltering in 45 schools.", "45 schools", RoleOther, false},
		{"impacting", "The floods are impacting 40 villages in the delta.", "40 villages", RoleAffected, true},
		{"toppling", "The quake struck the capital, toppling dozens of buildings, including a school.", "dozens of buildings", RoleAffected, true},
	})
}

// TestInjuryNeverKilled checks the trust rule on a figure whose own words
// name an injury: coordinated with a toll of the dead, "113 injuries" are
// injured, never killed.
func TestInjuryNeverKilled(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"injuries beside fatalities", "The strikes caused 434 casualties, including 321 fatalities and 113 injuries.", "113 injuries", RoleInjured, true},
		{"fatalities stay killed", "The strikes caused 434 casualties, including 321 fatalities and 113 injuries.", "321 fatalities", RoleKilled, true},
		{"wounds beside deaths", "Doctors counted 60 deaths and 210 gunshot wounds after the clashes.", "210 gunshot wounds", RoleInjured, true},
	})
}

// TestPopulationIsNoRole checks that a place's population counts no one an
// event befell: it is role other and not key, whatever death or flight the
// sentence tells.
func TestPopulationIsNoRole(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"town of", "The bodies lay in the streets of the town, a farming town of about 10,000 people, witnesses said.", "about 10,000 people", RoleOther, false},
		{"nation of, beside refugees", "The number of refugees has doubled in a nation of 20 million, the UN refugee agency said.", "20 million", RoleOther, false},
		{"the toll stays", "Gunmen killed 70 people in Pont-Sonde, a town of 10,000 people.", "70 people", RoleKilled, true},
	})
}

// TestForcesLeaveAndPromised checks the fate of a force its own verb
// names: troops that left a place are withdrawn, troops left in a place
// stay deployed, and a force a promise sends is pledged, not yet there.
func TestForcesLeaveAndPromised(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"left the base", "About 300 soldiers left the northern base on Friday, the army said.", "About 300 soldiers", RoleWithdrawn, true},
		{"leaving the country", "The drawdown began, with hundreds of troops leaving the country on Monday.", "hundreds of troops", RoleWithdrawn, true},
		{"left a named place", "Some 400 marines left Kabul overnight.", "Some 400 marines", RoleWithdrawn, true},
		{"left in place", "The mission will have 2,500 troops left in the country by March.", "2,500 troops", RoleDeployed, true},
		{"pledged to deploy", "Kenya pledged last year to deploy up to 1,000 police officers to Haiti.", "up to 1,000 police officers", RolePledged, true},
		{"vowed to send", "The government vowed on Monday to send 600 more troops.", "600 more troops", RolePledged, true},
		{"deployed stays", "Kenya deployed 400 police officers to Haiti last June.", "400 police officers", RoleDeployed, true},
	})
}

// TestRefugeesByNounAndBorder checks that people who entered a country are
// refugees, as are refugees who fled, and that people who moved within
// it stay displaced.
func TestRefugeesByNounAndBorder(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"entered a country", "More than 40,000 Sudanese have entered Chad since April, the UN said.", "More than 40,000 Sudanese", RoleRefugees, true},
		{"who entered", "Officials took fingerprints of the 9,000 people who entered Bangladesh last month.", "9,000 people", RoleRefugees, true},
		{"refugees who fled", "Since the outbreak of the war nearly 330,000 refugees have fled.", "nearly 330,000 refugees", RoleRefugees, true},
		{"fled within", "Some 20,000 people have fled to camps near the city.", "Some 20,000 people", RoleDisplaced, true},
		{"fighters who entered", "About 300 fighters entered Chad last week.", "About 300 fighters", RoleOther, false},
	})
}

// TestEliminatedAndColleagues checks words of wire copy: forces that
// "eliminated" fighters killed them (as "neutralized"), colleagues are
// people whom a detention befalls, and the present of a headline ("kill
// four, abduct 30") gives each count its own role: the abducted are never
// killed.
func TestEliminatedAndColleagues(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"eliminated", "The army said it had eliminated 25 militants in the operation.", "25 militants", RoleKilled, true},
		{"eliminated jobs", "The company eliminated 3,000 jobs last year.", "3,000 jobs", RoleOther, false},
		{"colleagues detained", "The UN said 12 colleagues remain detained by the authorities.", "12 colleagues", RoleDetained, true},
		{"abduct in a headline", "Gunmen kill four, abduct 30 in village raid", "30", RoleHeld, false},
		{"kill in a headline", "Gunmen kill four, abduct 30 in village raid", "four", RoleKilled, false},
	})
}

// TestEarlierAndCommittedSums checks the key of sums: what donors
// "committed" is a pledge and key; a previous appeal's sum and the sum a
// new one is compared to are baselines, not key.
func TestEarlierAndCommittedSums(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"committed", "Japan committed $40 million and Canada $25 million at the conference.", "$40 million", true, "key/large-sum"},
		{"committed, the second", "Japan committed $40 million and Canada $25 million at the conference.", "$25 million", true, "key/large-sum"},
		{"a previous appeal", "A previous joint aid appeal for the region sought $1.2 billion, but was only 14 per cent funded.", "$1.2 billion", false, "key/not-earlier-sum"},
		{"last year's call", "The new appeal dwarfs last year's call by the agency for $3.8 billion for 25 million people.", "$3.8 billion", false, "key/not-earlier-sum"},
		{"double the", "The agencies are now appealing for almost double the $781 million they had sought.", "$781 million", false, "key/not-earlier-sum"},
		{"the new appeal stays", "The UN launched an appeal for $2.5 billion in aid on Monday.", "$2.5 billion", true, "key/large-sum"},
	})
}

// TestParallelCounts checks that a bare count the same word of its
// sentence counts as a key figure is key too (two estimates of one toll,
// a count by place, a lower and an upper estimate), while a capacity
// beside a topic word is not.
func TestParallelCounts(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"by place", "Yemen has 14.1 million severely food insecure people, while South Sudan has 4.9 million.", "4.9 million", true, "key/parallel-count"},
		{"two estimates", "The death toll was put at over 4,000 by the government, and about 1,500 by the UN.", "about 1,500", true, "key/parallel-count"},
		{"the lower estimate first", "At least 5,000 and possibly as many as 7,000 people have been detained since the protests began.", "At least 5,000", true, "key/parallel-count"},
		{"a capacity", "The camp, built for 20,000, now holds almost 90,000 people.", "20,000", false, "key/not-bare-number"},
		{"an earlier toll", "The toll, initially put at 48, rose to 73 killed.", "48", false, "key/not-superseded"},
	})
}

// TestTakenForTreatment checks that people taken to hospital or for
// treatment in a sentence that tells of wounds are injured, and that
// survivors taken to hospital where no one was wounded stay other.
func TestTakenForTreatment(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"with burns", "Thirty people were taken to hospital with burns after the tanker exploded.", "Thirty people", RoleInjured, true},
		{"for treatment", "Many suffered gunshot wounds; at least 18 were taken for treatment.", "at least 18", RoleInjured, true},
		{"rushed to clinics", "Witnesses said 12 people were rushed to nearby clinics with stab wounds.", "12 people", RoleInjured, true},
		{"survivors of a crossing", "The bodies of 20 migrants were found, and nine survivors were taken to hospital.", "nine survivors", RoleOther, false},
	})
}

// TestQualifierBeforeNumber checks the qualifiers no phrase of the lexicon
// names: a conversion in brackets keeps the qualifier of the measure it
// restates, and "more" or "more that" straight before a number is read
// as "more than"; "five more" and an exact conversion stay as they are.
func TestQualifierBeforeNumber(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"about, converted", "The strike hit a village around 10 kilometres (six miles) from the border.", "six miles", false, "qualifier/conversion-kept"},
		{"more than, converted", "The camp lies more than 300 kilometres (185 miles) from the city.", "185 miles", false, "qualifier/conversion-kept"},
		{"exact, converted", "The camp lies 300 kilometres (185 miles) from the city.", "185 miles", false, "qualifier/exact"},
		{"more before a number", "The earthquake killed more 1,400 and injured 3,000 others.", "1,400", true, "qualifier/more-before-number"},
		{"more that", "More that 20 million people face starvation, the UN said.", "20 million people", true, "qualifier/more-before-number"},
		{"five more", "Rescuers found five more bodies on Tuesday.", "five more bodies", true, "qualifier/exact"},
	})
}

// TestInitialToll checks that a toll of the dead a sentence gives as the
// first one ("Initially, ...") is not key, while the injured beside it
// and a toll without "Initially" are.
func TestInitialToll(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"initially killed", "Initially, two soldiers were killed, and 12 others were injured in the blast.", "two soldiers", RoleKilled, false},
		{"the injured beside it", "Initially, two soldiers were killed, and 12 others were injured in the blast.", "12 others", RoleInjured, true},
		{"no initially", "Two soldiers were killed, and 12 others were injured in the blast.", "Two soldiers", RoleKilled, true},
	})
}

// TestListParticipleAndBurial checks two predicates of one word: in a list
// of counts each with its participle, each takes its own ("one
// arrested" after "three dead"); and the dead buried on a day are
// killed, while people buried under rubble stay missing.
func TestListParticipleAndBurial(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"one arrested", "A raid left four alleged criminals dead, one arrested and two officers injured.", "one", RoleDetained, true},
		{"the dead before it", "A raid left four alleged criminals dead, one arrested and two officers injured.", "four alleged criminals", RoleKilled, true},
		{"buried on a day", "The eight victims were buried on Friday in their home village.", "eight victims", RoleKilled, false},
		{"buried under rubble", "Officials said 40 people were buried under the rubble of the market.", "40 people", RoleMissing, true},
	})
}

// TestReachPeopleIsNoProjection checks that aid that "could reach" a count
// of people is no projection: the count keeps its qualifier and is key;
// a toll that could reach a number is still a bound, not key.
func TestReachPeopleIsNoProjection(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"aid reaching people", "The truce lets convoys reach an area where aid could reach roughly 9,000 civilians cut off without food.", "roughly 9,000 civilians", true, "qualifier/about"},
		{"a toll's bound", "Officials warned that the death toll could reach 200.", "200", false, "key/not-projection"},
	})
}

// TestReleasedObject checks that captives who are the object of a verb of
// release are released, whatever noun or participle says they were held;
// captives a verb of seizure governs stay held.
func TestReleasedObject(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"released all remaining", "The group released all 12 remaining hostages held in the camp on Monday.", "12 remaining hostages", RoleReleased, true},
		{"releasing the first", "The deal led to the militants releasing the first four hostages on Sunday.", "four hostages", RoleReleased, true},
		{"a batch of detainees", "The authorities freed the first batch of detainees 40 prisoners from the jail.", "40 prisoners", RoleReleased, true},
		{"seized stays held", "Gunmen seized 30 hostages from the village on Monday.", "30 hostages", RoleHeld, true},
	})
}

// TestKey6MarksFree checks that the marks of figures_key6.go, counted down
// from the top bit, are distinct and clear of the marks number_lexicon.go
// counts up from the bottom, and that each word of a mark carries it.
func TestKey6MarksFree(t *testing.T) {
	lexTableOnce.Do(buildLexTable) // the marks are set with the table
	var all lexMark
	for _, l := range key6Marks {
		if l.mark&all != 0 || l.mark < markBottomEnd {
			t.Errorf("mark %b of %q overlaps another", l.mark, l.words)
		}
		all |= l.mark
		for _, w := range strings.Fields(l.words) {
			if e := numLexicon[w]; e == nil || e.marks&l.mark == 0 {
				t.Errorf("%q lacks its mark %b", w, l.mark)
			}
		}
	}
	if markK6Unit&all != 0 || markK6Unit < markBottomEnd {
		t.Errorf("markK6Unit %b overlaps another", markK6Unit)
	}
	for _, w := range []string{"injuries", "wounded", "refugees", "villages", "pagodas"} {
		if e := numLexicon[w]; e == nil || e.marks&markK6Unit == 0 {
			t.Errorf("%q lacks markK6Unit", w)
		}
	}
}

// TestYearOrDay checks the dates countValue and tollParticiple read past
// on their way back to a toll's noun: a capitalised month beside a day, a
// year after a month, a day's comma or a preposition of time; not a count
// of four digits ("rose from 1500 to 2000"), nor "may" the verb.
func TestYearOrDay(t *testing.T) {
	lexTableOnce.Do(buildLexTable)
	for _, tc := range []struct {
		text, number string
		want         bool
	}{
		{"since October 2023 had reached", "2023", true},
		{"began on January 19, 2025 had", "2025", true},
		{"began on 19 January the", "19", true},
		{"the end of 2022 the toll", "2022", true},
		{"since 2021 the toll", "2021", true},
		{"rose from 1500 to 2000 on", "2000", false},
		{"rose from 1500 to 2000 on", "1500", false},
		{"officials may 12 more", "12", false},
		{"a fleet of 2400 trucks", "2400", false},
		// one rule with the tagger: a span of years runs forward
		{"fell from 2050 to 1900 on", "1900", false},
		{"raged from 2019 to 2021 in", "2021", true},
		{"raged from 2019 to 2021 in", "2019", true},
		{"before the 2024 vote the", "2024", true},
		{"sent the 2000 troops home", "2000", false},
		{"their 2015 convictions were", "2015", true},
	} {
		toks := ntokenize(tc.text, 0, len(tc.text), nil)
		k := -1
		for i, tok := range toks {
			if tc.text[tok.start:tok.end] == tc.number {
				k = i
			}
		}
		if k < 0 {
			t.Fatalf("no token %q in %q", tc.number, tc.text)
		}
		if got := yearOrDay(tc.text, toks, k); got != tc.want {
			t.Errorf("yearOrDay(%q in %q) = %v, want %v", tc.number, tc.text, got, tc.want)
		}
	}
}

// TestDateSpansAreNoFigures checks that a span of days is a date, never a
// count that takes the role of the people the sentence counts: "on 23-24
// May", "between March 8 and 20", "from May 3 to 9". A range of a count,
// a count after "and" and a value after a date that runs backward stay.
func TestDateSpansAreNoFigures(t *testing.T) {
	for _, tc := range []struct {
		text, figure string
		want         bool
	}{
		{"The first 200 officers are expected to arrive on 23-24 May, officials said.", "23-24", false},
		{"Fighting on 12-14 March killed 30 people.", "12-14", false},
		{"Fighting on 12-14 March killed 30 people.", "30 people", true},
		{"Between 20-30 people were killed in the raid.", "20-30 people", true},
		{"More than 700 people who fled the capital between March 8 and 20 said gangs had burned their homes.", "20", false},
		{"Fighting from May 3 to 9 killed 40 people.", "9", false},
		{"The raid killed 12 soldiers and 20 civilians.", "20 civilians", true},
		{"Voting on March 8 and 20 people were hurt.", "20 people", true},
		{"The number of hostages freed since the truce began on January 19 rose to 18.", "18", true},
	} {
		if _, found := findFigure(Figures(tc.text), tc.figure); found != tc.want {
			t.Errorf("%q in %q: figure %v, want %v (%v)", tc.figure, tc.text, !tc.want, tc.want, figureRoles(Figures(tc.text)))
		}
	}
}

// TestForceEllipsis checks that the elliptic count of a force shares the
// verb of the count it completes (withdrawn, pledged), while the force a
// withdrawal leaves behind stays deployed.
func TestForceEllipsis(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"withdraw ... and 2,000 from", "The army will withdraw 400 troops from the north and 1,500 from the capital.", "1,500", RoleWithdrawn, true},
		{"pledged ... will send", "The alliance has pledged 2,000 more soldiers, and France alone will send 500.", "500", RolePledged, true},
		{"deployed by its own verb", "Ten countries have pledged a total of around 2,900 troops, but only about 430 have been deployed.", "about 430", RoleDeployed, true},
		{"leaving behind", "The mission will pull its remaining 1,350 peacekeepers out of the province by June, leaving about 600 in the east.", "about 600", RoleDeployed, true},
	})
}

// TestReleasedPredicate checks that people a reduced relative clause says
// were held are released when their own predicate frees them, and stay
// held when it does not.
func TestReleasedPredicate(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"freed after a long relative", "Forty villagers abducted by gunmen last month as they worked on their farms have been freed, police said.", "Forty villagers", RoleReleased, true},
		{"still held", "Forty villagers abducted by gunmen last month as they worked on their farms are still in captivity, police said.", "Forty villagers", RoleHeld, true},
	})
}

// TestAmongSet checks that the parts of a subject that "were among" a
// counted set take the set's fate, whatever their own noun names, and are
// no key figures (a subset given beside its total); a clause of their own
// keeps its role.
func TestAmongSet(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"soldiers among the dead", "Three soldiers and a police officer were among nine people shot dead at the market.", "Three soldiers", RoleKilled, false},
		{"generals among the detained", "Five ministers and three generals were among the 40 people detained after the coup attempt.", "three generals", RoleDetained, false},
		{"a clause of their own", "Three soldiers were wounded, among them two officers.", "Three soldiers", RoleInjured, true},
	})
}
