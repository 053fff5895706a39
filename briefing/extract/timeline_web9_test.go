package extract

import (
	"strings"
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
		{"2021-06-23", "The agency marked the last World Refugee Day on Sunday with an appeal for funds.", "on Sunday"},
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

// TestPrepositionBeforeTheRelative checks that "since the last World
// Refugee Day" is the entry's text, with its preposition and article, and
// that the event does not end in a dangling "since the".
func TestPrepositionBeforeTheRelative(t *testing.T) {
	published := time.Date(2014, 6, 20, 0, 0, 0, 0, time.UTC)
	text := "New wars have made the world more dangerous since the last World Refugee Day, the agency said."
	for _, e := range Timeline(text, published) {
		if e.Value != "2013-06-20" {
			continue
		}
		if e.Text != "since the last World Refugee Day" || strings.HasSuffix(e.Event, "since the") {
			t.Errorf("entry %q, event %q", e.Text, e.Event)
		}
		return
	}
	t.Errorf("no 2013-06-20 entry in %+v", Timeline(text, published))
}

// TestRelativeClauseTellsOfItsNoun checks that a date whose clause has no
// verb takes no future from a relative clause of another noun in its
// sentence: "this week" of an airstrike near a town "where a vote is to be
// held" is past, not planned. The relative clause's own date stays planned.
func TestRelativeClauseTellsOfItsNoun(t *testing.T) {
	published := time.Date(2026, 1, 23, 0, 0, 0, 0, time.UTC) // a Friday
	text := "An airstrike this week on a camp near the town of Lashio, where a final vote is to be held on Sunday, killed 14 people, aid groups said."
	want := map[string]bool{"this week": false, "on Sunday": true}
	for _, e := range Timeline(text, published) {
		if p, ok := want[e.Text]; ok {
			if e.Planned != p {
				t.Errorf("%q planned %v, want %v", e.Text, e.Planned, p)
			}
			delete(want, e.Text)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing entries %v in %+v", want, Timeline(text, published))
	}
}

// TestTheOfTheNounADateModifies checks that a date before the noun it
// modifies ("in the 2020 election", "after the March 3 ceasefire") leaves
// its "the" and the preposition before it to the noun, so that the event
// keeps them ("won a majority in the election"), where a date that heads
// its phrase takes them ("since the last World Refugee Day").
func TestTheOfTheNounADateModifies(t *testing.T) {
	published := time.Date(2024, 6, 25, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, entry, event string }{
		{"The party won a majority in the 2020 election, officials said.", "2020", "in the election"},
		{"Fighting resumed after the March 3 ceasefire collapsed.", "March 3", "after the ceasefire collapsed"},
		{"An estimated 300,000 people were killed in the 1994 genocide.", "1994", "killed in the genocide"},
		{"Aid agencies have been struggling since the last World Refugee Day, officials said.", "since the last World Refugee Day", ""},
	} {
		es := Timeline(c.text, published)
		if len(es) != 1 || es[0].Text != c.entry || !strings.Contains(es[0].Event, c.event) {
			t.Errorf("%q: entries %+v, want %q with an event that holds %q", c.text, es, c.entry, c.event)
		}
	}
}
