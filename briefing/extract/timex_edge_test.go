package extract

import (
	"testing"
	"time"
)

// TestTimexesAtTheEdges: a sentence that ends on a word a rule reads
// past ("that", "the", "in", a weekday and its comma) is tagged without a
// crash, and what it names is still found.
func TestTimexesAtTheEdges(t *testing.T) {
	pub := time.Date(2024, 11, 28, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, want string }{
		{"The talks ended on Monday. Nobody expected that", "2024-11-25"},
		{"The talks ended on Monday. They met again in", "2024-11-25"},
		{"The talks ended on Monday. It was the", "2024-11-25"},
		{"They met on Friday,", "2024-11-22"},
	} {
		got := Timexes(c.text, pub)
		if len(got) == 0 || got[0].Value != c.want {
			t.Errorf("%q: %+v, want first value %s", c.text, got, c.want)
		}
	}
}
