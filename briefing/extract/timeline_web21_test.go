package extract

import (
	"slices"
	"testing"
	"time"
)

// TestNightOfTwoDays: a night named by both of its days ("on the night of
// Saturday to Sunday", "overnight from Wednesday to Thursday", "the night of
// 8 to 9 March") is one entry, the night of the first day, not a night and
// a second day (nor a second "overnight" of the paper's eve); so is
// "overnight Saturday", as "on Saturday overnight" is. A night whose days
// do not follow each other, and a night of one day, keep their readings.
// Published Tuesday 11 March 2025.
func TestNightOfTwoDays(t *testing.T) {
	pub := time.Date(2025, 3, 11, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		want []string // "span = value" of every entry, in date order
	}{
		{"Gunmen killed 12 villagers on the night of Saturday to Sunday, the mayor said.", []string{"on the night of Saturday to Sunday = 2025-03-08TNI"}},
		{"Rebels killed more than 40 people overnight from Wednesday to Thursday in the east.", []string{"overnight from Wednesday to Thursday = 2025-03-05TNI"}},
		{"Overnight Thursday to Friday armed men raided two villages near the border.", []string{"Overnight Thursday to Friday = 2025-03-06TNI"}},
		{"The camp was shelled during the night from Friday to Saturday, aid workers said.", []string{"during the night from Friday to Saturday = 2025-03-07TNI"}},
		{"The drones struck on the night between Sunday and Monday, officials said.", []string{"on the night between Sunday and Monday = 2025-03-09TNI"}},
		{"On the night of March 8 to 9, militiamen set fire to the houses.", []string{"On the night of March 8 to 9 = 2025-03-08TNI"}},
		{"Two people were killed in the strike on the night of 1-2 March, officials said.", []string{"on the night of 1-2 March = 2025-03-01TNI"}},
		{"Soldiers repelled an attack on the night of 28 February to 1 March.", []string{"on the night of 28 February to 1 March = 2025-02-28TNI"}},
		{"Russia attacked Kyiv with drones overnight Saturday, officials said.", []string{"overnight Saturday = 2025-03-08TNI"}},
		{"Russia attacked Kyiv with drones overnight on Saturday, officials said.", []string{"overnight on Saturday = 2025-03-08TNI"}},
		// unchanged readings
		{"Russia attacked Kyiv with drones on Saturday overnight, officials said.", []string{"on Saturday overnight = 2025-03-08TNI"}},
		{"Gunmen attacked the village on the night of Saturday, police said.", []string{"on the night of Saturday = 2025-03-08TNI"}},
		{"Russia launched drones at Kyiv overnight into Sunday, the air force said.", []string{"overnight into Sunday = 2025-03-08TNI"}},
		{"Talks ran from Saturday to Monday, and on the night of Friday police made arrests.", []string{"on the night of Friday = 2025-03-07TNI", "from Saturday = 2025-03-08", "Monday = 2025-03-10"}},
	}
	for _, c := range cases {
		var got []string
		for _, e := range Timeline(c.text, pub) {
			got = append(got, e.Text+" = "+e.Value)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// TestDeadlineAtPeriodEndIsPlanned: a projection "by the end of" the year
// or month now running is ahead, planned even in a past clause and late
// in the period ("the appeal projected 100,000 refugees by the end of this
// year" in September); a past clause without projection, a past period's
// end and a period already over stay unplanned. Published Thursday 25
// September 2025.
func TestDeadlineAtPeriodEndIsPlanned(t *testing.T) {
	pub := time.Date(2025, 9, 25, 0, 0, 0, 0, time.UTC)
	checkPlanned(t, pub, []plannedCase{
		{"The March appeal projected 200,000 refugees by the end of this year.", "by the end of this year", true},
		{"Aid agencies forecast that 80,000 people would have fled by the end of the year.", "by the end of the year", true},
		{"The plan targeted 40 new classrooms by the end of the month.", "by the end of the month", true},
		// unchanged readings
		{"An estimated 300 people had died by the end of the month.", "by the end of the month", false},
		{"The agency had registered 90,000 refugees by the end of last year.", "by the end of last year", false},
		{"By the end of August, 30,000 people had fled.", "By the end of August", false},
	})
}

// TestDaysOfMonthShareYear: two days of one month that share a year ("On
// October 10 and 11, 2023", "October 10-11, 2023") are one entry dated by
// the first day; the year is not a second entry of its own. Published
// Monday 20 November 2023.
func TestDaysOfMonthShareYear(t *testing.T) {
	pub := time.Date(2023, 11, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text string
		want []string
	}{
		{"On October 10 and 11, 2023, many civilians were killed in Bahir Dar.", []string{"On October 10 and 11, 2023 = 2023-10-10"}},
		{"Clashes erupted on October 10-11, 2023, residents said.", []string{"on October 10-11, 2023 = 2023-10-10"}},
		// unchanged readings
		{"Clashes erupted on October 10, 2023, residents said.", []string{"on October 10, 2023 = 2023-10-10"}},
		{"Clashes erupted between October 10 and 20, residents said.", []string{"October 10 = 2023-10-10"}},
	}
	for _, c := range cases {
		var got []string
		for _, e := range Timeline(c.text, pub) {
			got = append(got, e.Text+" = "+e.Value)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
