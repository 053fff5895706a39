package extract

import (
	"strings"
	"testing"
	"time"
)

// TestHeadlineKeepsItsOwnEntry: a headline (a line with no closing stop)
// that dates the story's event is an entry of its own, and the story's
// sentence that dates it again is one too: a title is no second statement
// of the story, so the two are not merged; two sentences of the story
// that tell one event on one date still merge (TestTimelineMerges).
func TestHeadlineKeepsItsOwnEntry(t *testing.T) {
	pub := time.Date(2024, 12, 27, 0, 0, 0, 0, time.UTC) // a Friday
	cases := []struct{ text, want string }{
		{"Gunmen attack village on Christmas Eve\n\nGunmen attacked a village on Christmas Eve, killing five people, police said.",
			"on Christmas Eve|on Christmas Eve"},
		{"Typhoon expected to make landfall Sunday morning\n\nThe typhoon is expected to make landfall Sunday morning, forecasters said.",
			"Sunday morning|Sunday morning"},
		{"Aid deliveries across the border could resume on Monday\n\nAid deliveries across the border could resume on Monday, officials said.",
			"on Monday|on Monday"},
		// two sentences of the story, one event: one entry
		{"Aid deliveries across the border could resume on Monday. Officials said the aid deliveries could resume on Monday.",
			"on Monday"},
	}
	for _, c := range cases {
		var got []string
		for _, e := range Timeline(c.text, pub) {
			got = append(got, e.Text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%q:\n entries %q, want %q", c.text, g, c.want)
		}
	}
}

// TestEarlierIsNotPlanned: "earlier this week", "earlier this month" name
// the part of the period before the paper, so they are never planned,
// even in a clause whose words of plan or future would make them so.
func TestEarlierIsNotPlanned(t *testing.T) {
	pub := time.Date(2024, 12, 27, 0, 0, 0, 0, time.UTC) // a Friday
	for _, text := range []string{
		"The agency had warned of planned attacks during the holiday earlier this week.",
		"Police had warned of planned protests in the capital earlier this month.",
		"The UN had flagged expected shortages of food earlier this week.",
		"Officials earlier this week announced talks that will resume in January.",
	} {
		for _, e := range Timeline(text, pub) {
			if strings.HasPrefix(e.Text, "earlier") && e.Planned {
				t.Errorf("%q: %q is planned", text, e.Text)
			}
		}
	}
}

// TestWholePartIsNoEntry: a part of the day spanned by a preposition of
// extent ("lasted through the night", "throughout the night") tells how
// long, not when: no entry; a part of the day that dates an act stays.
func TestWholePartIsNoEntry(t *testing.T) {
	pub := time.Date(2024, 12, 27, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		want int
	}{
		{"The protest outside parliament lasted through the night and ended at dawn on Friday.", 1},
		{"Militants ran riot throughout the night in the old town, police said on Friday.", 1},
		{"Rescuers dug through the night, the agency said.", 0},
		// a part of the day that dates the act
		{"Gunmen attacked the village in the night, police said.", 1},
		{"The rally lasted until the night of 20 December.", 1},
	}
	for _, c := range cases {
		if tl := Timeline(c.text, pub); len(tl) != c.want {
			t.Errorf("%q: %d entries %+v, want %d", c.text, len(tl), tl, c.want)
		}
	}
}
