package extract

import (
	"testing"
	"time"
)

// TestUntilKeepsActor checks the event of an "until" date: a clause whose
// verb holds or controls something keeps who did it; only a verb that sets
// how long its object lasts gives the object alone.
func TestUntilKeepsActor(t *testing.T) {
	pub := time.Date(2024, 10, 11, 0, 0, 0, 0, time.UTC)
	cases := []struct{ text, want string }{
		{"The militia occupied the airport until last May, when troops drove it out.", "The militia occupied the airport until last May"},
		{"Government forces controlled the valley until 2015.", "Government forces controlled the valley until 2015"},
		{"The junta declared a state of emergency until 30 November.", "A state of emergency until 30 November"},
		{"The council extended the mandate until July 2026.", "The mandate until July 2026"},
	}
	for _, tc := range cases {
		var got []string
		for _, e := range Timeline(tc.text, pub) {
			got = append(got, e.Event)
			if e.Event == tc.want {
				break
			}
		}
		if len(got) == 0 || got[len(got)-1] != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, got, tc.want)
		}
	}
}
