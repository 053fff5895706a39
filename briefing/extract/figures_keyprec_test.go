package extract

import (
	"strings"
	"testing"
)

// keyCase is a row of a key-decision table: the figure of a text, whether
// it is key, and the key rule --explain must show for it.
type keyCase struct {
	name, text, figure string
	key                bool
	rule               string
}

// caseFigure is the figure of text whose text is figure.
func caseFigure(text, figure string) (Figure, bool) {
	for _, f := range Figures(text) {
		if f.Text == figure {
			return f, true
		}
	}
	return Figure{}, false
}

// checkKeyCases runs a table of key decisions, one subtest a row.
func checkKeyCases(t *testing.T, cases []keyCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f, ok := caseFigure(tc.text, tc.figure)
			if why := f.Explain(); !ok {
				t.Errorf("no figure %q in %q: %v", tc.figure, tc.text, figureRoles(Figures(tc.text)))
			} else if f.Key != tc.key || !strings.Contains(why, tc.rule+",") {
				t.Errorf("%q: key %v (%s); want key %v by %s", f.Text, f.Key, why, tc.key, tc.rule)
			}
		})
	}
}

// TestHeadlineNotKey checks that a headline's figures are not key figures
// of their own, above a story or alone (the story says them again), and
// that a line which is a sentence without its stop, a dateline's first
// line or a list item stays key. The sentences are written for this test.
func TestHeadlineNotKey(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"headline above the story", "Dozens feared dead as ferry sinks\n\nAt least 45 people are feared dead after a ferry sank on Sunday, officials said.\n", "Dozens", false, "key/not-headline"},
		{"the story's figure", "Dozens feared dead as ferry sinks\n\nAt least 45 people are feared dead after a ferry sank on Sunday, officials said.\n", "At least 45 people", true, "key/counted-category"},
		{"a headline alone", "Dozens feared dead as ferry sinks", "Dozens", false, "key/not-headline"},
		{"title case alone", "Militia Attack On Market Kills 14: Officials", "14", false, "key/not-headline"},
		{"another story's headline", "Rains went on all week.\n\n40 killed, 12 missing after floods hit valley", "40 killed", false, "key/not-headline"},
		{"a sentence without its stop", "Five people were killed in Kabul by a car bomb", "Five people", true, "key/counted-category"},
		{"perfect without its stop", "About 3,000 people have fled the town since the shelling began", "About 3,000 people", true, "key/counted-category"},
		{"a dateline opens a body", "KABUL — At least 12 people died in a blast", "At least 12 people", true, "key/counted-category"},
		{"a list item", "- 45 people feared dead\n- 12 missing\n", "45 people", true, "key/counted-category"},
	})
}

// TestEarlierCountNotKey checks that a count the sentence says was given
// first and then revised is not key, and that a first report nothing
// revises, or the new count itself, stays key. Written for this test.
func TestEarlierCountNotKey(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"first gave, before more found", "Police first gave a toll of 9 before more bodies were pulled from the river.", "9", false, "key/not-superseded"},
		{"earlier said, but later", "Earlier on Friday, the governor said that 31 had died but later said the count was incomplete.", "31", false, "key/not-superseded"},
		{"the initial death toll", "Rain fell again overnight, raising the initial death toll to 26.", "26", false, "key/not-superseded"},
		{"first report, not revised", "Residents initially said 45 villagers had been taken; the army gave no figure.", "45 villagers", true, "key/counted-category"},
		{"earlier, no report", "Earlier this month gunmen killed 14 farmers, and troops later raided the camp.", "14 farmers", true, "key/counted-category"},
		{"the first count", "Officials first put the toll at 12, but it later rose to 20 people killed.", "12", false, "key/not-superseded"},
		{"the new count", "Officials first put the toll at 12, but it later rose to 20 people killed.", "20 people", true, "key/counted-category"},
	})
}

// TestSaidAgainNotKey checks that a definite count which only points back
// at people counted before is not key, and that a definite count naming a
// whole, a set meeting a new fate or a body of forces stays key. Written
// for this test.
func TestSaidAgainNotKey(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"the bare count opens", "The nine were released at dawn and flown to Abuja.", "nine", false, "key/not-named-again"},
		{"the count and its noun open", "The 23 deaths were caused by collapsing walls, the mayor said.", "23 deaths", false, "key/not-named-again"},
		{"after an opening quote", "“The 40 freed hostages are being examined by doctors,” he said.", "40 freed hostages", false, "key/not-named-again"},
		{"a bare definite points back", "The army said the four would be handed to their families on Monday.", "four", false, "key/not-named-again"},
		{"a new fate stays key", "The 31 villagers abducted in the raid had been freed by dawn.", "31 villagers", true, "key/counted-category"},
		{"a body of forces", "The 1,500 man contingent will be based in Goma.", "1,500 man contingent", true, "key/counted-category"},
		{"the whole of a part", "Nine of the 40 workers abducted at the mine have been freed.", "40 workers", true, "key/counted-category"},
		{"among the killed", "Two nurses were among the 26 killed, the hospital said.", "26 killed", true, "key/counted-category"},
		{"an indefinite count", "Nine aid workers were flown to Abuja after their release.", "Nine aid workers", true, "key/counted-category"},
	})
}

// TestTollValueKey checks that the bare value a toll reaches is key however
// far the toll's noun stands from it (past a quake's magnitude, or a date),
// and that
// the dead and the missing of one value are two figures. Written for this
// test.
func TestTollValueKey(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"number of deaths, far", "The number of confirmed deaths in the three northern districts rose to 64 by nightfall.", "64", true, "key/counted-category"},
		{"past a magnitude", "The death toll from a 6.9 magnitude earthquake and its aftershocks rose to more than 800 overnight.", "more than 800", true, "key/counted-category"},
		{"past a hyphenated magnitude", "State media gave the death toll from the 6.4-magnitude quake as 1,120.", "1,120", true, "key/counted-category"},
		{"missing and dead, one value", "Divers searched for a dozen people still missing as the death toll rose to 12.", "12", true, "key/counted-category"},
		{"past the day it struck", "The death toll from the storm that struck the coast on 14 May has risen to 212, the military government said.", "212", true, "key/counted-category"},
		{"past a year", "The number of people missing since the floods of July 2023 has reached 58.", "58", true, "key/counted-category"},
	})
}

// TestAuthorisedStrengthNotKey checks that the strength a mission is
// authorised or needs, set beside the strength it has, is a baseline, and
// that a ceiling given alone stays key. Written for this test.
func TestAuthorisedStrengthNotKey(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"of the strength it needs", "Only 300 of the 1,800 police the mission needs are in place.", "1,800 police", false, "key/not-baseline"},
		{"the part stays key", "Only 300 of the 1,800 police the mission needs are in place.", "300", true, "key/counted-category"},
		{"mandated before", "About 55% of the force's mandated 6,000 troops have deployed to the region.", "6,000 troops", false, "key/not-baseline"},
		{"authorised after", "The council raised the ceiling to 9,000 troops from 7,200 authorised last year.", "7,200", false, "key/not-baseline"},
		{"a ceiling alone", "The council authorised a force of 4,000 troops for the border region.", "4,000 troops", true, "key/counted-category"},
	})
}

// TestShareOfPeopleKey checks that a percent is key only as a share of
// people, not of a sum, a change, a place or things. Written for this test.
func TestShareOfPeopleKey(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"of the population", "About 65% of the population has fled the district, the agency said.", "About 65%", true, "key/counted-category"},
		{"of a counted group", "Nearly 40 percent of the 90,000 residents were displaced by the fighting.", "Nearly 40 percent", true, "key/counted-category"},
		{"of a mission's troops", "About 55% of the UN mission's 8,000 troops have been deployed.", "About 55%", true, "key/counted-category"},
		{"a fraction of a counted group in need", "Nearly a third of the region's 6 million people face acute food insecurity.", "Nearly a third of the region", true, "key/counted-category"},
		{"a plan funded", "The humanitarian appeal for the region is funded only to 18 per cent.", "18 per cent", false, "role/need-of-things"},
		{"a drop", "Aid agencies warned of famine after a 35% drop in food donations.", "35%", false, "role/need-of-things"},
		{"of the homes", "The quake destroyed roads, and about 70 percent of the homes had collapsed.", "about 70 percent", false, "key/not-share-of-things"},
	})
}

// TestPopulationAndRestatedShareNotKey checks that the size of a place's
// population and a share of the population that restates a count beside
// it are not key, and that the count stays key. Written for this test.
func TestPopulationAndRestatedShareNotKey(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"a nation of", "Famine now threatens Chad, a country of 18 million people, the agency warned.", "18 million people", false, "key/not-population"},
		{"the city of", "Most of the city of 400,000 fled south as the rebels advanced.", "400,000", false, "key/not-population"},
		{"share after the count", "Some 2.1 million people need food aid, nearly a fifth of the population.", "nearly a fifth of the population", false, "key/not-repeat"},
		{"the count before the share", "Some 2.1 million people need food aid, nearly a fifth of the population.", "Some 2.1 million people", true, "key/counted-category"},
		{"share between count and verb", "More than 3 million Somalis, nearly a fifth of the population, face acute hunger.", "nearly a fifth of the population", true, "key/counted-category"},
		{"share before the count", "About a third of Yemen's population – some 6 million people – needs humanitarian assistance.", "About a third of Yemen", false, "key/not-repeat"},
		{"a share on its own", "About a third of Yemen's population needs humanitarian assistance.", "About a third of Yemen", true, "key/counted-category"},
	})
}

// TestAsYoungAsIsAge checks that "as young as four" is an age, no figure,
// while the count beside it stays. Written for this test.
func TestAsYoungAsIsAge(t *testing.T) {
	for _, text := range []string{
		"The clinic treated 14 wounded people, among them children as young as six.",
		"Witnesses said 14 wounded people, some as old as 80, were carried to the clinic.",
	} {
		var got []string
		for _, f := range Figures(text) {
			got = append(got, f.Text)
		}
		if len(got) != 1 || got[0] != "14 wounded people" {
			t.Errorf("%q: figures %q; want only \"14 wounded people\"", text, got)
		}
	}
}

// TestPartOfPeopleKey checks that a part "N of …" of people is key though
// it has no noun of its own, and that a part of things, or one that is only
// identified, is not. Written for this test.
func TestPartOfPeopleKey(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"half of those killed", "A third of those killed were women, the ministry said.", "A third", true, "key/counted-category"},
		{"of the dozens of pupils", "Six of the dozens of pupils abducted from the school were freed on Tuesday.", "Six", true, "key/counted-category"},
		{"a part of things", "Aid came in 300 trucks, and 50 of them carried food.", "50", false, "key/not-partitive"},
		{"only identified", "Police said 20 of those killed in the blast had been identified.", "20", false, "role/identified"},
	})
}

// TestDurationPanel checks which durations the panel lists: captivity and
// a truce's planned length, not a war's length nor a stretch of the
// story's past. Written for this test.
func TestDurationPanel(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"held for", "The aid worker was held for 214 days before she was freed.", "214 days", true, "key/mandate-duration"},
		{"a truce meant to last", "The truce, which began on Sunday morning, is meant to last 45 days.", "45 days", true, "key/mandate-duration"},
		{"a war's length", "The accord that ended the 12-year civil war set up a new mission.", "12-year", false, "key/not-key-category"},
		{"the past years", "The rivals signed four truces and a peace agreement in the past three years.", "three years", false, "key/not-key-category"},
		{"a mandate", "The council extended the mission's mandate by one year.", "one year", true, "key/mandate-duration"},
	})
}

// TestPartyStrengthNotKey checks that an armed party's strength is not key,
// and that the count of what it did stays key. Written for this test.
func TestPartyStrengthNotKey(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"who number", "The rebels, who number about 5,000, have killed at least 90 villagers since May.", "about 5,000", false, "role/party-strength"},
		{"what they did", "The rebels, who number about 5,000, have killed at least 90 villagers since May.", "at least 90 villagers", true, "key/counted-category"},
		{"numbering", "Militants numbering about 200 abducted 30 villagers.", "about 200", false, "role/party-strength"},
	})
}

// TestFromBaselineNotKey checks that the level a change started from is a
// baseline, and that the new level and a cause after "from" stay key.
// Written for this test.
func TestFromBaselineNotKey(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"doubled from", "The number of people facing famine more than doubled, from 410,000 people last year to 900,000.", "410,000 people", false, "key/not-baseline"},
		{"differed from", "The count of freed pupils differed from the 64 pupils the school had said were taken.", "64 pupils", false, "key/not-baseline"},
		{"a cause after from", "At least 30 deaths from more than 900 cholera cases were recorded.", "At least 30 deaths", true, "key/counted-category"},
		{"a sum stays key", "Revenue fell by half from the record $8 billion earned a year before.", "$8 billion", true, "key/large-sum"},
	})
}

// TestEscapedNotKey checks that people who escaped captivity by themselves
// are not key, and that those who fled a war stay key. Written for this
// test.
func TestEscapedNotKey(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"managed to escape", "Gunmen seized 40 guests at the wedding, and 12 others managed to escape.", "12 others", false, "role/escaped"},
		{"the seized stay key", "Gunmen seized 40 guests at the wedding, and 12 others managed to escape.", "40 guests", true, "key/counted-category"},
		{"escaped earlier", "Twenty of the abducted pupils are now free: six escaped earlier and 14 were released on Monday.", "six", false, "role/escaped"},
		{"released beside them", "Twenty of the abducted pupils are now free: six escaped earlier and 14 were released on Monday.", "14", true, "key/counted-category"},
		{"a jailbreak", "During the fighting more than 2,000 inmates escaped from the central prison.", "more than 2,000 inmates", false, "role/escaped"},
		{"fled a war", "More than 8,000 people have crossed the border this week to escape the fighting.", "More than 8,000 people", true, "key/counted-category"},
	})
}

// TestSevereAttributiveNotKey checks that people named by how badly they
// were hurt, inside the noun phrase, are a part of the injured, and that
// the count of the injured itself stays key. Written for this test.
func TestSevereAttributiveNotKey(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"critically injured patients", "Doctors said five critically injured patients were flown to the capital.", "five", false, "key/not-severity-part"},
		{"the injured, predicate", "Nine people were killed and 40 seriously injured in the blast.", "40", true, "key/counted-category"},
		{"seriously, after the verb", "At least 12 people were seriously injured and taken to hospital.", "At least 12 people", true, "key/counted-category"},
	})
}
