package extract

import (
	"strings"
	"testing"
)

// TestKey21bDayEarlier checks that a source's count of the day before,
// under the story's newer count, is no key figure, while an event
// reported that day, the count told alone, and the newer count stay key.
// The sentences are written for this test.
func TestKey21bDayEarlier(t *testing.T) {
	for _, c := range []struct{ name, text, figure string }{
		{"earlier count", "The agency said 52,300 people had fled the district since Monday.\n\nA day earlier, the agency reported 41,000 people displaced by the fighting.", "41,000 people"},
		{"the day before", "Officials said 212 people were killed in the floods.\n\nThe day before, officials reported 180 people dead.", "180 people"},
	} {
		checkCaseFigure(t, c.name, c.text, c.figure, func(t *testing.T, f Figure) {
			if f.Key || !strings.Contains(f.Explain(), "key/not-day-earlier") {
				t.Errorf("%q: key %v (%s); want not key by key/not-day-earlier", c.figure, f.Key, f.Explain())
			}
		})
	}
	for _, c := range []struct{ name, text, figure string }{
		{"the newer count", "The agency said 52,300 people had fled the district since Monday.\n\nA day earlier, the agency reported 41,000 people displaced by the fighting.", "52,300 people"},
		{"a separate event", "Shelling killed 12 civilians in the market on Sunday.\n\nA day earlier, the army reported that a separate barrage had killed 47 civilians.", "47 civilians"},
		{"told alone", "A day earlier, the agency reported 41,000 people displaced by the fighting.", "41,000 people"},
	} {
		checkCaseFigure(t, c.name, c.text, c.figure, func(t *testing.T, f Figure) {
			if !f.Key {
				t.Errorf("%q: not key (%s); want key", c.figure, f.Explain())
			}
		})
	}
}
