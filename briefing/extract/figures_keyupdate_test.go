package extract

import "testing"

// TestKeyUpdatedCount checks the counts a story has updated: a live
// page's older entry under a newer one, and a count reported before,
// beside the newer count; and that their neighbours stay key: the newest
// entry's count, a count of another role, a page with a single stamp, and
// a count reported before that the story does not update. The texts are
// written for this test, not taken from the dev sets.
func TestKeyUpdatedCount(t *testing.T) {
	const live = "Update, March 4, 8 a.m.: The death toll from the floods has risen to 212, and 40 people are missing.\n" +
		"Rescuers are searching the river banks.\n" +
		"Update, March 3, 6 p.m.: Officials said the floods had killed at least 150 people and left 65 missing.\n"
	checkKeyCases(t, []keyCase{
		{"an older entry's toll", live, "at least 150 people", false, "key/not-older-update"},
		{"an older entry's missing", live, "65 missing", true, "key/counted-category"},
		{"the newest entry stays key", live, "212", true, "key/counted-category"},
		{"one stamp is no live page", "Update: The storm killed 30 people in the north.\nEarlier, the storm had killed 12 people in the south.",
			"12 people", true, "key/counted-category"},
		{"reported before, beside the newer count", "The blast killed 64 people, up from the toll previously announced, which was 41.",
			"41", false, "key/not-reported-before"},
		{"an earlier report, updated", "Officials now say 120 people were detained. The ministry had earlier announced that 75 people were detained in the raids.",
			"75 people", false, "key/not-reported-before"},
		{"reported before, with no newer count", "Police had earlier reported 18 people missing after the ferry sank.",
			"18 people", true, "key/counted-category"},
	})
}
