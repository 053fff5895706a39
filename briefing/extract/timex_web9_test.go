package extract

import (
	"testing"
	"time"
)

// TestTimexWeb9 checks the readings of batch 9's pages: "following" with
// no article before a possessive day is the preposition (after that day),
// a weekday of an act that a verb of planning puts ahead is the coming one
// whatever that verb's tense, and the UN's observances are holidays, "the
// last" one the previous year's.
func TestTimexWeb9(t *testing.T) {
	cases := []struct {
		name, dct, text, span, value string
	}{
		// Published Wednesday 2022-03-16.
		{"following a possessive weekday", "2022-03-16",
			"Rescuers pulled 12 people from the rubble following Tuesday's landslide.", "Tuesday", "2022-03-15"},
		{"the following weekday", "2022-03-16",
			"The minister said the talks would resume the following Tuesday.", "the following Tuesday", "2022-03-22"},
		{"agreed to meet", "2022-03-16",
			"The envoys agreed to meet again in Vienna on Friday, a spokesman said.", "Friday", "2022-03-18"},
		{"due to make landfall, no auxiliary", "2022-03-16",
			"Thousands were evacuated ahead of a storm due to make landfall on Friday.", "Friday", "2022-03-18"},
		{"vowed to return", "2022-03-16",
			"The strikers vowed to return to the square on Saturday.", "Saturday", "2022-03-19"},
		{"agreed to a noun keeps the past", "2022-03-16",
			"Both sides agreed to a truce on Monday.", "Monday", "2022-03-14"},
		{"due to a noun keeps the past", "2022-03-16",
			"Flights were cancelled due to heavy rain on Monday.", "Monday", "2022-03-14"},
		{"a finite verb after the plan dates the day", "2022-03-16",
			"They agreed to sign the deal that was drafted on Monday.", "Monday", "2022-03-14"},
		{"an observance", "2021-08-20",
			"Aid workers marked World Humanitarian Day in Kabul.", "World Humanitarian Day", "2021-08-19"},
		{"the last observance", "2014-06-20",
			"The world has grown more dangerous since the last World Refugee Day.", "last World Refugee Day", "2013-06-20"},
		// A verb in -s before "up to" and a count is a present.
		{"estimates up to a count", "2012-09-27",
			"Whereas the first report projected 50,000 people fleeing (a figure that was passed in June), this report estimates up to 300,000 refugees in nearby countries by December 31.",
			"December 31", "2012-12-31"},
		// A year before a noun a count never has.
		{"than a year's levels", "2017-03-31",
			"Harvests may be only marginally better than 2011 levels.", "2011", "2011"},
		{"above a year's figures", "2017-03-31",
			"Prices remain above 2015 figures, traders said.", "2015", "2015"},
		{"an observance in a future clause", "2021-11-20",
			"The campaign will end on Human Rights Day.", "Human Rights Day", "2021-12-10"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantTimexValue(t, c.dct, c.text, c.span, c.value) })
	}
}

// wantTimexValue checks that text, published on dct (YYYY-MM-DD), holds a
// timex whose text is span, with value.
func wantTimexValue(t *testing.T, dct, text, span, value string) {
	t.Helper()
	published, _ := time.Parse(time.DateOnly, dct)
	xs := Timexes(text, published)
	for _, x := range xs {
		if x.Text == span {
			if x.Value != value {
				t.Errorf("%q = %s, want %s", span, x.Value, value)
			}
			return
		}
	}
	t.Errorf("no timex %q in %+v", span, xs)
}

// TestCountBeforeHolidayWord checks that a number before a lower-case word
// that opens a holiday's name ("world", "human", "new") counts that noun,
// and is no year, unless a word before it makes it one.
func TestCountBeforeHolidayWord(t *testing.T) {
	published := time.Date(2017, 3, 31, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text string
		year bool
	}{
		{"About 2000 world leaders attended the summit.", false},
		{"Some 1500 human rights defenders were jailed.", false},
		{"About 2000 new cases were reported.", false},
		{"In 2020 new cases rose.", true},
		{"Their 2019 world tour ended early.", true},
	} {
		got := false
		for _, x := range Timexes(c.text, published) {
			if x.Type == TypeDate && len(x.Value) == 4 {
				got = true
			}
		}
		if got != c.year {
			t.Errorf("%q: a year %v, want %v (%+v)", c.text, got, c.year, Timexes(c.text, published))
		}
	}
}
