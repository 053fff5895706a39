package extract

import (
	"testing"
	"time"
)

// TestTimelineResolution pins the year a bare day, month or holiday takes
// from its clause's tense and preposition, and whether it is planned.
func TestTimelineResolution(t *testing.T) {
	feb5 := time.Date(2025, 2, 5, 0, 0, 0, 0, time.UTC)
	apr28 := time.Date(2025, 4, 28, 0, 0, 0, 0, time.UTC)
	jun20 := time.Date(2016, 6, 20, 0, 0, 0, 0, time.UTC)
	dec25 := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	apr15 := time.Date(2025, 4, 15, 0, 0, 0, 0, time.UTC)
	apr14 := apr15.AddDate(0, 0, -1)
	for _, c := range []struct {
		pub     time.Time
		text    string
		phrase  string
		value   string
		planned bool
	}{
		// "until" a day: a perfect of state dates its past end.
		{feb5, "Until 3 February, the city's airport had remained closed to humanitarian flights.", "Until 3 February", "2025-02-03", false},
		{feb5, "The border crossing had been shut until 1 February, officials said.", "until 1 February", "2025-02-01", false},
		{feb5, "Until 4 February, aid convoys had stayed in Rwanda.", "Until 4 February", "2025-02-04", false},
		// ... but a deadline set ahead, or a future clause, is planned.
		{feb5, "The mandate has been extended until 30 June.", "until 30 June", "2025-06-30", true},
		{feb5, "Until 3 February, the airport will stay closed.", "Until 3 February", "2026-02-03", true},
		{feb5, "The airport will remain closed until 10 February.", "until 10 February", "2025-02-10", true},
		// "for" a period with a perfect: a state of now, not a plan.
		{apr28, "The UN's $1.42 billion appeal for 2025 has received only a small share of what it seeks.", "2025", "2025", false},
		{apr28, "The budget for 2025 has already been cut by a third.", "2025", "2025", false},
		{apr28, "The appeal for April has received only half of its funds.", "April", "2025-04", false},
		{apr28, "The council called a session for 9 May.", "9 May", "2025-05-09", true},
		// The verb of a date's own predicate, not of the one after "and".
		{feb5, "The wounded were taken to Goma late on Sunday and will be moved to Kigali next week.", "late on Sunday", "2025-02-02", false},
		{feb5, "The rebels were pushed back on Monday but will attack again, officials warned.", "on Monday", "2025-02-03", false},
		// A plural noun after a determiner, or a participle used as an
		// adjective, gives no tense.
		{feb5, "The pupils will be reunited with their families this week.", "this week", "2025-W06", true},
		{feb5, "The UN will launch a revised appeal later this month, officials said.", "later this month", "2025-02", true},
		// An anniversary comes round on its day; nobody plans it, so it
		// is never a planned entry, even after the publication date.
		{apr14, "The war began in April 2023 and enters its third year on Tuesday.", "on Tuesday", "2025-04-15", false},
		{apr14, "On Tuesday, the war enters its third year.", "On Tuesday", "2025-04-15", false},
		{feb5, "The tenth anniversary of the abduction falls next month.", "next month", "2025-03", false},
		// ... but a third round of talks is planned.
		{apr14, "A third round of talks will open on Tuesday.", "on Tuesday", "2025-04-15", true},
		// A day that restates the date just named keeps its year.
		{apr15, "Exactly one year ago, on April 15th, the war erupted in Sudan.", "on April 15th", "2024-04-15", false},
		{apr15, "Exactly two years ago, on April 15th, the siege began.", "on April 15th", "2023-04-15", false},
		// Holidays: "last" is the one that has ended, the bare name by tense.
		{jun20, "Last Ramadan, the same agencies had warned that camps could not take more people.", "Last Ramadan", "2015-07", false},
		{jun20, "More than 80,000 people have fled since the start of Ramadan.", "since the start of Ramadan", "2016-06", false},
		{jun20, "Next Ramadan the camps will be full, aid workers warned.", "Next Ramadan", "2017-06", true},
		// A holiday under way at publication is the current one, in any
		// tense (20 June 2016 fell in Ramadan 2016, 6 June - 5 July).
		{jun20, "The ceasefire will hold through Ramadan, the mediators said.", "Ramadan", "2016-06", true},
		{jun20, "Aid deliveries resumed during Ramadan.", "during Ramadan", "2016-06", false},
		{dec25, "Last Christmas the town was shelled.", "Last Christmas", "2023-12-25", false},
		{dec25, "Last Eid al-Adha, 200 prisoners were freed.", "Last Eid al-Adha", "2024-06-16", false},
		{dec25, "Next Easter the pope will visit the city.", "Next Easter", "2025-04-20", true},
	} {
		found := false
		for _, e := range Timeline(c.text, c.pub) {
			if e.Text != c.phrase {
				continue
			}
			found = true
			if e.Value != c.value || e.Planned != c.planned {
				t.Errorf("%q: %q = %s planned %v, want %s planned %v", c.text, c.phrase, e.Value, e.Planned, c.value, c.planned)
			}
		}
		if !found {
			t.Errorf("%q: no entry %q in %+v", c.text, c.phrase, Timeline(c.text, c.pub))
		}
	}
}
