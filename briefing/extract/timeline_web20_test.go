package extract

import (
	"testing"
	"time"
)

// TestWholeModifiedPartIsNoEntry: a part of the day with "early" or "late"
// that a preposition of extent spans ("continued through the early morning
// hours") tells how long, as "through the night" does: no entry; the same
// part dating an act stays one.
func TestWholeModifiedPartIsNoEntry(t *testing.T) {
	pub := time.Date(2024, 12, 27, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		want int
	}{
		{"The truce held through the early morning hours without a shot fired.", 0},
		{"Clashes went on throughout the late evening, residents said.", 0},
		// a modified part that dates the act
		{"Gunmen attacked the village in the early morning, police said.", 1},
		{"Rockets hit the town during the late evening, police said.", 1},
	}
	for _, c := range cases {
		if tl := Timeline(c.text, pub); len(tl) != c.want {
			t.Errorf("%q: %d entries %+v, want %d", c.text, len(tl), tl, c.want)
		}
	}
}

// TestClockAmIsNoVerb: "am" after a clock's hour ("8 am", "11 am") is the
// clock's mark, not the verb "am", so it gives no present tense to the
// dates beside it: a forecast's clock range and its day on the paper's own
// day stay planned.
func TestClockAmIsNoVerb(t *testing.T) {
	pub := time.Date(2024, 6, 7, 0, 0, 0, 0, time.UTC) // a Friday
	for _, text := range []string{
		"The cyclone is expected to cross the coast between 8 am and 11 am on Friday morning.",
		"The storm is expected to make landfall at 9 am on Friday.",
	} {
		for _, e := range Timeline(text, pub) {
			if !e.Planned {
				t.Errorf("%q: %q not planned", text, e.Text)
			}
		}
	}
}
