package extract

import (
	"testing"
	"time"
)

// TestOneReadingPerNumber: the figure reader and the tagger agree on what
// a number is, so that no number is both a count and a date or a time
// (second reading): a dashed range of counts is no span of years, and a
// clock with a two-digit hour and seconds is a time of day, not a
// duration.
func TestOneReadingPerNumber(t *testing.T) {
	published := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text    string
		figures int // figures of the text
		dates   int // DATE or TIME timexes of the text
	}{
		{"Prices rose from 1500-2000 in the city.", 1, 0},
		{"Prices rose from 1500 – 2000 in the city.", 1, 0},
		{"The war lasted from 2019-2021.", 0, 2},
		{"The video, time-stamped 23:41:07, shows the convoy.", 0, 1},
		{"She won the marathon in 2:05:30.", 1, 0},
	} {
		figs := Figures(c.text)
		tx := Timexes(c.text, published)
		if len(figs) != c.figures || len(tx) != c.dates {
			t.Errorf("%q: %d figures and %d timexes, want %d and %d: %+v %+v", c.text, len(figs), len(tx), c.figures, c.dates, figs, tx)
		}
	}
}
