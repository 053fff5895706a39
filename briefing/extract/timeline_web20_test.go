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
