package extract

import (
	"testing"
)

// TestKeyPartsAndThings checks the key decision for counts the panel does
// not list: a need counted in things rather than people (not the trucks
// aid comes in), a part of a set counted just before it with the set's own
// role, a rate said after the verb, a baseline of contrast and a
// superseded toll; and that their near neighbours stay key. The sentences
// are written for this test, not taken from the dev sets.
func TestKeyPartsAndThings(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"aid applications", "The agency has received 52,000 applications for food assistance.", "52,000 applications", false, "role/need-of-things"},
		{"trucks of aid stay key", "A convoy of 45 trucks of food aid reached the town on Monday.", "45 trucks", true, "key/counted-category"},
		{"people who need aid", "Some 45,000 people need food aid in the district.", "Some 45,000 people", true, "key/counted-category"},
		{"families in need", "About 900 families need shelter after the floods.", "About 900 families", true, "key/counted-category"},
		{"hotspots of hunger", "Hunger is set to worsen in 14 hotspots across the region.", "14 hotspots", false, "key/not-need-of-things"},
		{"countries in need", "Famine threatens 9 countries in the coming year, the report said.", "9 countries", false, "key/not-key-category"},
		{"part with the set's role", "Some 80 activists remain in detention, 11 of them since last year.", "11", false, "key/not-subset"},
		{"the set stays key", "Some 80 activists remain in detention, 11 of them since last year.", "Some 80 activists", true, "key/counted-category"},
		{"of whom, same role", "About 40 hostages are still held in the camp, of whom around 15 are women.", "around 15", false, "key/not-subset"},
		{"of whom, a role of its own", "Police arrested 600 protesters, of whom 250 were later released.", "250", true, "key/counted-category"},
		{"part by place", "Floods have killed 23 people, 19 in Assam and four in Bihar.", "19", false, "key/not-subset"},
		{"a nominal count is no part", "The toll nears 3,000 killed as the UN counts about 2,900 dead in Goma.", "about 2,900 dead", true, "key/counted-category"},
		{"a place for the whole", "Floods have killed 23 people in Assam since June.", "23 people", true, "key/counted-category"},
		{"part across a border", "The war has displaced 9 million people, 2.1 million of them across borders.", "2.1 million", true, "key/counted-category"},
		{"part of a smaller figure", "Police freed 12 hostages, 40 of them held since May.", "40", true, "key/counted-category"},
		{"rate after the verb", "Nearly 2,000 people cross the border each week, aid groups say.", "Nearly 2,000 people", false, "key/not-rate"},
		{"rate past the words", "The agency registers about 250 displaced and hungry families every day.", "about 250 displaced", false, "key/not-rate"},
		{"trucks a day stay key", "The deal lets 450 trucks of aid into the city each day.", "450 trucks", true, "key/counted-category"},
		{"a date is no rate", "About 600 people fled the town on Monday, the first day of shelling.", "About 600 people", true, "key/counted-category"},
		{"rate in another clause", "About 600 people fled the town, and shelling went on every day.", "About 600 people", true, "key/counted-category"},
		{"the old count", "Officials had initially put the number of injured at 45 people, but it climbed to 60.", "45 people", false, "key/not-superseded"},
		{"beside the new toll", "The toll, which was initially put at 20, climbed to 35 overnight, with 60 injured.", "60 injured", true, "key/counted-category"},
		{"compared baseline", "About 400 people were killed this year, compared with 1,100 people last year.", "1,100 people", false, "key/not-baseline"},
		{"new state of a toll", "The death toll from the blast rose from 45 to 57 overnight.", "57", true, "key/counted-category"},
		{"old state of a toll", "The death toll from the blast rose from 45 to 57 overnight.", "45", false, "key/not-old-state"},
		{"new state, scaled", "The number of displaced people rose from 1.5 to 2.3 million this year.", "2.3 million", true, "key/counted-category"},
		{"a bare count stays bare", "Officials reported casualties in the north, and the count there went from 40 to 115 by noon.", "115", false, "key/not-bare-number"},
		{"contrast baseline", "The toll is low in contrast to the 3,000 killed by the floods of 2010.", "3,000 killed", false, "key/not-baseline"},
	})
}
