package extract

import "testing"

// TestWireClockStamp: a live page's update stamp in the wire's four-figure
// clock and zone, closed by a dash set apart or close to it, is furniture,
// and only the stamp; a year or a count before a dash stays story.
func TestWireClockStamp(t *testing.T) {
	const page = "Floods sweep the delta\n\n"
	cases := []struct {
		line string
		want string // the stamp marked, "" for none
	}{
		{"0245 GMT — Rescuers reach the cut-off villages", "0245 GMT —"},
		{"1710 GMT— Army says two bridges have collapsed", "1710 GMT—"},
		{"2330 UTC – Rain eases over the capital", "2330 UTC –"},
		{"0915 GMT - Power is back in the port city", "0915 GMT -"},
		// no zone, or no clock: a year or a count opening a sentence
		{"1998 — The last flood of this size drowned the delta.", ""},
		{"2330 — The number of homes the water has reached.", ""},
		{"1710 Gmt— Army says two bridges have collapsed", ""},
		{"2590 GMT — Army says two bridges have collapsed", ""},
	}
	for _, c := range cases {
		text := page + c.line + "\n"
		if got := furnitureFrom(text, len(page)); got != c.want {
			t.Errorf("%q: furniture %q, want %q", c.line, got, c.want)
		}
	}
}
