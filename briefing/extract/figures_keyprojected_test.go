package extract

import "testing"

// TestKeyForecastBesideCount checks that a forecast, a projection or a
// target of people is not a key figure when the story gives a count of
// their role as it stands, and that its neighbours stay key: that count,
// a forecast that is the story's only count of its role, and a count
// after a relative that says what became of them. The texts are written
// for this test, not taken from the dev sets.
func TestKeyForecastBesideCount(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"a forecast beside the count", "Some 40,000 refugees have crossed the border since June.\n\nThe appeal plans for a forecast 150,000 refugees by December.",
			"150,000 refugees", false, "key/not-forecast-beside-count"},
		{"the count stays key", "Some 40,000 refugees have crossed the border since June.\n\nThe appeal plans for a forecast 150,000 refugees by December.",
			"Some 40,000 refugees", true, "key/counted-category"},
		{"who could yet be displaced", "More than 8,000 people have fled the district.\n\nThey are a fraction of the 90,000 people who could yet be displaced, the agency said.",
			"90,000 people", false, "key/not-forecast-beside-count"},
		{"a target of troops", "About 1,800 troops have arrived in the capital.\n\nThe mission is hoping for a total of 5,000 troops by March.",
			"a total of 5,000 troops", false, "key/not-forecast-beside-count"},
		{"a sentence that opens on the word of forecast", "About 1,800 troops have arrived in the capital.\n\nHoping for 5,000 troops by March, the mission has asked for more.",
			"5,000 troops", false, "key/not-forecast-beside-count"},
		{"a warning alone stays key", "As many as 200,000 people who could be displaced by the offensive need shelter, the agency warned.",
			"As many as 200,000 people", true, "key/counted-category"},
		{"what became of them", "More than 8,000 people have fled the district.\n\nThe 2,000 people who were displaced last month have returned.",
			"More than 8,000 people", true, "key/counted-category"},
	})
}
