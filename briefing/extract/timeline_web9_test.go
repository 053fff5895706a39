package extract

import (
	"testing"
	"time"
)

// TestHolidayBesideItsWeekday checks that a holiday named beside the
// weekday or date of the same day, in one sentence, leaves the entry to
// the weekday: the holiday is what was marked, the weekday when. A
// holiday alone keeps its entry.
func TestHolidayBesideItsWeekday(t *testing.T) {
	for _, c := range []struct{ published, text, entry string }{
		{"2021-08-20", "Aid groups marked World Humanitarian Day with vigils in Kabul on Thursday.", "on Thursday"},
		{"2020-12-25", "Christmas Eve services in Aleppo were cut short late on Thursday by shelling.", "late on Thursday"},
		{"2021-08-20", "Aid groups marked World Humanitarian Day with vigils in Kabul.", "World Humanitarian Day"},
	} {
		published, _ := time.Parse(time.DateOnly, c.published)
		var got []string
		for _, e := range Timeline(c.text, published) {
			got = append(got, e.Text)
		}
		if len(got) != 1 || got[0] != c.entry {
			t.Errorf("%q: entries %q, want only %q", c.text, got, c.entry)
		}
	}
}
