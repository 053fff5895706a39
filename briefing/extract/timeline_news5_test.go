package extract

import (
	"testing"
	"time"
)

// TestTimelineNews5: a part of the day that opens a sentence and
// qualifies a noun ("The afternoon strike follows…") dates no event; a
// period a schedule runs to is planned ("runs to the end of 2025").
func TestTimelineNews5(t *testing.T) {
	pub := time.Date(2024, 3, 21, 0, 0, 0, 0, time.UTC)
	tl := Timeline("A missile hit the city on Thursday. The afternoon strike follows a massive overnight attack on Kyiv.", pub)
	for _, e := range tl {
		if e.Value == "2024-03-21TAF" {
			t.Errorf("entry %q = %s: 'The afternoon strike' dates no event", e.Text, e.Value)
		}
	}
	if len(tl) != 2 {
		t.Errorf("got %d entries %+v, want Thursday and overnight", len(tl), tl)
	}
	// it stays a time where it dates the sentence's event
	if tl := Timeline("The afternoon was quiet, but shelling resumed at dusk on Thursday.", pub); len(tl) == 0 {
		t.Errorf("no entry for 'The afternoon was quiet'")
	}

	// a plural noun after a preposition is no present-tense verb: the
	// clause's "will" makes the year planned
	if tl := Timeline("Roughly 40 percent of the world's population will vote in elections this year.", time.Time{}); len(tl) != 1 || !tl[0].Planned {
		t.Errorf("'will vote in elections this year': got %+v, want one planned entry", tl)
	}

	pub = time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{
		"Its mandate, renewed in December, runs to the end of 2025.",
		"The programme lasts to the end of 2025.",
	} {
		tl := Timeline(s, pub)
		if len(tl) == 0 || tl[len(tl)-1].Value != "2025" || !tl[len(tl)-1].Planned {
			t.Errorf("%q: got %+v, want 2025 planned last", s, tl)
		}
	}
}
