package extract

import (
	"slices"
	"testing"
	"time"
)

// timelineSpans gives "span = value" of every entry of text's timeline.
func timelineSpans(text string, pub time.Time) []string {
	var got []string
	for _, e := range Timeline(text, pub) {
		got = append(got, e.Text+" = "+e.Value)
	}
	return got
}

// TestTwoDaysOfOneMonth: "on 10 and 11 October" names two days, and the
// first takes its month and year from the second, as the first day of
// "from 3 to 12 March" does; it was lost. A count before "and" is no day.
// Published Tuesday 11 March 2025.
func TestTwoDaysOfOneMonth(t *testing.T) {
	pub := time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		want []string
	}{
		{"The talks were held on 10 and 11 October in Geneva.", []string{"on 10 = 2024-10-10", "11 October = 2024-10-11"}},
		{"Protests took place on 2 and 3 March in the capital.", []string{"on 2 = 2025-03-02", "3 March = 2025-03-03"}},
		{"The court sat on 4 and 5 November 2023, its clerk said.", []string{"on 4 = 2023-11-04", "5 November 2023 = 2023-11-05"}},
		// unchanged readings
		{"Police arrested 10 and 11 October protesters.", []string{"11 October = 2024-10-11"}},
		{"Talks ran from 3 to 12 March, officials said.", []string{"from 3 = 2025-03-03", "12 March = 2025-03-12"}},
	}
	for _, c := range cases {
		if got := timelineSpans(c.text, pub); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
