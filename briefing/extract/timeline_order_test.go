package extract

import (
	"strings"
	"testing"
	"time"
)

// TestTimelineOrder pins the order a reader sees: each entry at the
// stretch it honestly names, past entries before planned ones.
func TestTimelineOrder(t *testing.T) {
	apr28 := time.Date(2025, 4, 28, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		pub  time.Time
		text string
		want string // entry texts in order, "|" between
	}{
		{"a year after its past months", apr28,
			"The army retook the town in March 2025. The fund had collected little in 2025, donors said. " +
				"Rebels attacked the base on 2 January.",
			"on 2 January|in March 2025|in 2025"},
		{"this year after its months", txFriday,
			"Prices have doubled this year. The rains failed in August. Talks collapsed in February.",
			"in February|in August|this year"},
		{"late July after 6 July", txFriday,
			"In late July a convoy was ambushed near Tinzaouaten. On 6 July the three leaders met at a summit in Niamey.",
			"On 6 July|In late July"},
		{"early and mid month in order", txFriday,
			"Late in the process, in mid-August, the talks stalled. In early August the envoys arrived. The rains came on 25 August.",
			"In early August|in mid-August|on 25 August"},
		{"later this month after the published date", txFriday,
			"The Security Council will vote on the sanctions later this month. Gunmen attacked Pont-Sondé on 3 October. " +
				"The toll rose on Wednesday, the mayor said.",
			"on 3 October|on Wednesday|later this month"},
		{"earlier this month before today, after its days", txFriday,
			"Mali cut ties with Ukraine earlier this month. Militants killed 200 people on 5 October. The junta met today.",
			"on 5 October|today|earlier this month"},
		{"planned days before a planned month", txFriday,
			"Kenya will deploy 600 more officers next month. The council meets on 14 October. Elections are due on 9 November.",
			"on 14 October|on 9 November|next month"},
		{"a planned year after the published date", apr28,
			"The mission's mandate will end in 2025. Fighters overran Adan Yabaal on 16 April. The army retreated last month.",
			"last month|on 16 April|in 2025"},
	} {
		var got []string
		for _, e := range Timeline(c.text, c.pub) {
			got = append(got, e.Text)
		}
		if g := strings.Join(got, "|"); g != c.want {
			t.Errorf("%s: order = %s\nwant %s", c.name, g, c.want)
		}
	}
}

// TestTimelinePlannedLast checks on every sample briefing that no past
// entry follows a planned one, so that the publication marker of the
// timeline pane separates them.
func TestTimelinePlannedLast(t *testing.T) {
	for _, d := range txGoldTimelines(t) {
		planned := false
		for _, e := range Timeline(d.body, d.pub) {
			if planned && !e.Planned {
				t.Errorf("%s: past entry %q (%s) after a planned one", d.path, e.Text, e.Value)
			}
			planned = planned || e.Planned
		}
	}
}
