package extract

import "testing"

// TestTitleCaseHeadlineIsStory: a headline in title case that names a day
// ("Truce Went Into Effect 8 a.m. Saturday") is story, whose date is an
// entry: a capitalised finite verb after its first word makes it a clause.
// Date lines, stamps with labels and bylines of the same shape stay
// furniture.
func TestTitleCaseHeadlineIsStory(t *testing.T) {
	cases := []struct {
		line string
		furn bool
	}{
		{"Six-Hour Truce Went Into Effect 8 a.m. Saturday", false},
		{"Rebels Seized Border Town on Sunday, Army Says", false},
		// furniture of the same shape
		{"Reuters | Updated: 27-06-2024 21:52 IST | Created: 27-06-2024 21:52 IST", true},
		{"Archive for Monday, June 23, 2008", true},
		{"Posted By Ahmed Mohammed Saturday, June 3", true},
	}
	for _, c := range cases {
		text := c.line + "\n\nThe story's first sentence ends here."
		got := false
		for _, f := range furniture(text) {
			if f.Start == 0 {
				got = true
			}
		}
		if got != c.furn {
			t.Errorf("%q: furniture %v, want %v", c.line, got, c.furn)
		}
	}
}
