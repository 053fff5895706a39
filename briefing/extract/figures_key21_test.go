package extract

import "testing"

// TestKey21Readings checks the readings of figures_key21.go: each count it
// un-keys beside a look-alike that must stay key. The texts are written
// for this test, not taken from the dev sets.
func TestKey21Readings(t *testing.T) {
	const clash = "Fighting in the north killed 40 people on Monday, officials said.\n\n"
	checkKeyCases(t, []keyCase{
		// rates
		{"daily at the clause's end", clash + "About 3,000 people have fled across the river daily since the clashes began.",
			"About 3,000 people", false, "key/not-daily-rate"},
		{"every day opens the sentence", clash + "Every day, some 500 families arrive at the camp with nothing.",
			"some 500 families", false, "key/not-daily-rate"},
		{"daily opens a noun", clash + "The shelling displaced 3,000 people and disrupted daily life in the town.",
			"3,000 people", true, "key/counted-category"},
		{"a day's count, no rate", clash + "On that day, some 500 families fled the camp.",
			"some 500 families", true, "key/counted-category"},
		// capacities
		{"a design", clash + "The school, designed to house 2,000 displaced people, now shelters many more.",
			"2,000 displaced people", false, "key/not-capacity"},
		{"built for", clash + "The camp, built for 12,000 displaced people, now holds twice that.",
			"12,000 displaced people", false, "key/not-capacity"},
		{"those a camp houses now", clash + "Shells hit the camp, which houses about 30,000 displaced people.",
			"about 30,000 displaced people", true, "key/counted-category"},
		// days
		{"days of a month", "At least 200 protesters were killed and thousands were injured between 12 and 15 October.",
			"between 12 and 15", false, "key/not-days"},
		{"from day one", "Some have been displaced many times before leaving. They need humanitarian assistance from day one.",
			"one", false, "key/not-days"},
		{"a count before a month", "The floods displaced 12,000 people in March, the agency said.",
			"12,000 people", true, "key/counted-category"},
		{"a bare count before a modal", "Officials said 12 may still be trapped under the rubble.",
			"12", true, "key/counted-category"},
		// aid's reach
		{"reached with aid", clash + "Since January, aid groups have reached 80,000 people with food and clean water.",
			"80,000 people", false, "key/not-aid-reach"},
		{"distributed to", clash + "The Red Cross distributed blankets and tents to 300 families on Tuesday.",
			"300 families", false, "key/not-aid-reach"},
		{"a toll that reached", "The death toll from the quake has reached 324, the ministry said.",
			"324", true, "key/counted-category"},
		{"a plan to reach", clash + "The appeal seeks $2 billion to reach 15 million people in need this year.",
			"15 million people", true, "key/counted-category"},
		// comparisons
		{"compared with last year", "The UN appealed for $46 billion for next year, compared with $57 billion a year earlier.",
			"$57 billion", false, "key/not-compared-with"},
		{"the appeal itself", "The UN appealed for $46 billion for next year, compared with $57 billion a year earlier.",
			"$46 billion", true, "key/large-sum"},
		// ages
		{"under five", "Gunmen killed 22 people in the village. Fourteen of the dead were children, some of them under five.",
			"under five", false, "key/not-age"},
		{"under a count of people", clash + "Under 50 people were evacuated before the bridge fell.",
			"Under 50 people", true, "key/counted-category"},
		// all again
		{"all five again", "Troops killed five militants near the base. In the gunfight that followed, all five gunmen were shot dead, the army said.",
			"five gunmen", false, "key/not-all-again"},
		{"all told first", "All 43 students were abducted from the school on Friday night, police said.",
			"43 students", true, "key/counted-category"},
		// a quotation's count told again
		{"the quote says it again", "A bomb on a bus killed 14 passengers near the border on Sunday.\n\n\"We have recovered 14 bodies so far,\" a rescue official told reporters.",
			"14 bodies", false, "key/not-quoted-again"},
		{"curly quotes", "Shelling killed 11 villagers in the hills on Tuesday.\n\n\u201cIt came at night. By morning 11 bodies lay in the square,\u201d a farmer said.",
			"11 bodies", false, "key/not-quoted-again"},
		{"the same number outside a quote", "A bomb on a bus killed 14 passengers near the border on Sunday.\n\nIn a separate attack, 14 soldiers were killed at a checkpoint.",
			"14 soldiers", true, "key/counted-category"},
		{"a quote's new count", "A bomb on a bus killed 14 passengers near the border on Sunday.\n\n\"Another 9 bodies were found this morning,\" the official said.",
			"9 bodies", true, "key/counted-category"},
	})
}
