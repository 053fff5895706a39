package extract

import "testing"

// TestKeyKinOfStory checks that a small count of someone's kin told
// inside a story that counts more people of the same fate is not a key
// figure of its own, and that its neighbours stay key: a victim's family
// counted with the victim, kin whose fate the story counts nowhere else,
// and kin in a text with no larger count. The texts are written for this
// test, not taken from the dev sets.
func TestKeyKinOfStory(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"a witness's family among the abducted", "Gunmen abducted more than 30 villagers on Sunday.\n\nA trader said his wife and three sons were taken.",
			"three sons", false, "key/not-kin-of-a-story-count"},
		{"the story's count stays key", "Gunmen abducted more than 30 villagers on Sunday.\n\nA trader said his wife and three sons were taken.",
			"more than 30 villagers", true, "key/counted-category"},
		{"kin named by a possessive noun", "At least 150 people are missing after the mudslide.\n\nThe farmer's four nephews have been missing since Monday.",
			"four nephews", false, "key/not-kin-of-a-story-count"},
		{"a victim and her family", "Air strikes killed at least 25 people in the town.\n\nA woman and her five children were killed when a bomb hit their house.",
			"five children", true, "key/counted-category"},
		{"kin of another fate", "More than 4,000 people fled the town this week.\n\nOne woman said her two brothers were killed in the shelling.",
			"two brothers", true, "key/counted-category"},
		{"no larger count", "A trader said his three sons were taken by gunmen on Sunday.",
			"three sons", true, "key/counted-category"},
	})
}
