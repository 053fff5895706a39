package extract

import (
	"strings"
	"testing"
	"time"
)

// TestTimexPerfectIsPast: a present perfect of a finished act ("has
// risen", "have been buried") dates the weekday or weekend beside it
// before the paper, as the simple past does; a perfect beside a deadline
// ("by Friday … have been deployed") or one that sets a date ahead ("has
// been postponed") does not. Published Wednesday 9 October 2024.
func TestTimexPerfectIsPast(t *testing.T) {
	const dct = "2024-10-09"
	cases := []struct{ name, text, span, value string }{
		{"weekend in the subject", "The toll from the flood that swept the valley over the weekend has risen to 40.", "the weekend", "2024-W40-WE"},
		{"weekday's vote", "Friday's vote has been hailed as fair by observers.", "Friday", "2024-10-04"},
		{"perfect after the date", "Police on Friday have arrested six men.", "Friday", "2024-10-04"},
		// a word in -s after a past verb is its adverb, no schedule's verb
		{"adverb in -s", "Many residents stayed outdoors overnight as aftershocks shook the town.", "overnight", "2024-10-08TNI"},
		{"adverb in -s before a weekday", "The families moved indoors Friday after the storm passed.", "Friday", "2024-10-04"},
		// a deadline keeps its day ahead
		{"by a deadline", "The council must confirm by Friday that the troops have been deployed.", "Friday", "2024-10-11"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, dct, c.text, c.span, c.value) })
	}
}

// TestTimelineLaterOffset: an offset counted forward from another event
// ("three days later") is no entry of its own; the event it counts from,
// and an offset counted back, stay.
func TestTimelineLaterOffset(t *testing.T) {
	published := time.Date(2023, 8, 3, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		want []string // entry texts
	}{
		{"The army announced a truce on July 20, which the rebels rejected three days later.", []string{"on July 20"}},
		{"The first blast hit the market at 9 a.m. on Monday, and a second came two hours later.", []string{"at 9 a.m."}},
		{"The town fell on Sunday. A day earlier, the army had withdrawn.", []string{"A day earlier", "on Sunday"}},
		{"Talks will resume later this month.", []string{"later this month"}},
	}
	for _, c := range cases {
		var got []string
		for _, e := range Timeline(c.text, published) {
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: entries %q, want %q", c.text, got, c.want)
		}
	}
}
