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

// TestPredictedLaterToday: a time of the paper's own day that a report
// foresees ("said waves could hit the coast at 8:30 p.m.", "was on a
// forecast to take it near the coast Tuesday afternoon") is planned, as
// "is expected to cross the coast on Tuesday morning" was; a time told as
// done, or a modal of perception, is not. Published Tuesday 11 March 2025.
func TestPredictedLaterToday(t *testing.T) {
	pub := time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC)
	checkPlanned(t, pub, []plannedCase{
		{"Authorities said waves of less than 1 metre could hit the southern shoreline at 8:30 p.m. local time.", "at 8:30 p.m. local time", true},
		{"Forecasters said the storm was on a forecast to take it near the northern coast Tuesday afternoon.", "Tuesday afternoon", true},
		{"Officials said the cyclone would make landfall Tuesday evening.", "Tuesday evening", true},
		{"With the storm set to make landfall in the coastal district of Puri on Tuesday morning, the state evacuated a million people.", "on Tuesday morning", true},
		{"The two delegations agreed to meet on Tuesday afternoon, a spokesman said.", "on Tuesday afternoon", true},
		// unchanged readings
		{"The two sides agreed on Monday to meet again, and talks began on Tuesday morning.", "on Tuesday morning", false},
		{"The cyclone is expected to cross the coast on Tuesday morning.", "on Tuesday morning", true},
		{"The storm hit the coast on Tuesday morning, officials said.", "on Tuesday morning", false},
		{"Residents said they could see smoke over the city at 8 p.m.", "at 8 p.m.", false},
		{"Officials said the storm could hit the coast, which was shelled on Tuesday morning.", "on Tuesday morning", false},
	})
}

// plannedCase is a text, the span of one of its entries and whether that
// entry is planned.
type plannedCase struct {
	text, span string
	planned    bool
}

// checkPlanned fails each case whose span is no entry or is not planned as wanted.
func checkPlanned(t *testing.T, pub time.Time, cases []plannedCase) {
	t.Helper()
	for _, c := range cases {
		found := false
		for _, e := range Timeline(c.text, pub) {
			if e.Text == c.span {
				found = true
				if e.Planned != c.planned {
					t.Errorf("%q: %q planned %v, want %v", c.text, e.Text, e.Planned, c.planned)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entry %q in %+v", c.text, c.span, Timeline(c.text, pub))
		}
	}
}
