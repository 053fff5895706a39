package extract

import "testing"

// TestStandfirstSaidAgain checks that a text's first line in sentence
// grammar whose counts the next line tells again is a standfirst, whose
// counts give way to the lede's, and that a lede followed by a quote, by a
// line with news of its own, or by a paragraph that says its count again
// keeps its key. The texts are written for this test.
func TestStandfirstSaidAgain(t *testing.T) {
	const body = "Police said the gunmen fled into the forest.\n"
	const standfirst = "At least 30 farmers were killed in one of the worst raids of the year in the valley.\n" +
		"Thirty farmers have been killed and about 20 hurt in a raid by gunmen on the village of Tamba, police said.\n" + body
	checkKeyCases(t, []keyCase{
		{"the standfirst", standfirst, "At least 30 farmers", false, "key/not-standfirst-said-again"},
		{"the lede below it", standfirst, "Thirty farmers", true, "key/counted-category"},
		{"the lede's own news", standfirst, "about 20 hurt", true, "key/counted-category"},
		{"a quote says the lede again",
			"At least 30 farmers were killed in a raid on the village of Tamba, police said.\n" +
				"\"The raid left 30 farmers dead and two are missing,\" a police officer said.\n" + body,
			"At least 30 farmers", true, "key/counted-category"},
		{"the next line has other news",
			"At least 30 farmers were killed in a raid on the village of Tamba, police said.\n" +
				"Another 12 people were abducted in a raid on a nearby town.\n" + body,
			"At least 30 farmers", true, "key/counted-category"},
		{"a later paragraph says it again",
			"At least 30 farmers were killed in a raid on the village of Tamba, police said.\n\n" +
				"Thirty farmers have been killed in the raid, the governor said.\n" + body,
			"At least 30 farmers", true, "key/counted-category"},
	})
}
