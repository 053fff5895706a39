package extract

import (
	"strings"
	"testing"
)

// TestClockOpener: a live blog's stamp that opens its update's paragraph
// ("9.15 am: …") is furniture, and only the stamp; a clock or a number
// that opens story text is not.
func TestClockOpener(t *testing.T) {
	cases := []struct {
		line string
		want string // the stamp marked, "" for none
	}{
		{"9.15 am: Rescue teams reached the village after the road was cleared.", "9.15 am:"},
		{"11.40 pm: The army said two more bodies had been found.", "11.40 pm:"},
		{"16:05: Officials raised the toll to 212.", "16:05:"},
		{"6 p.m.: Aid trucks crossed the border.", "6 p.m.:"},
		{"4.30 pm IST: The storm weakened over land.", "4.30 pm IST:"},
		// story look-alikes that stay text
		{"2.5 million people: that is how many fled.", ""},
		{"24 hours: the time rescuers say they have left.", ""},
		{"10.30: the meeting was moved.", ""},
		{"At 9.15 am: rescue teams reached the village.", ""},
		{"9.15 am: rescue teams reached the village.", ""},
		{"1,200 people died: most of them in the capital.", ""},
		{"2024: A year of floods", ""},
	}
	for _, c := range cases {
		text := "Floods live\n\n" + c.line + "\n"
		got := ""
		for _, s := range furniture(text) {
			if s.Start >= len("Floods live\n\n") {
				got = text[s.Start:s.End]
			}
		}
		if got != c.want {
			t.Errorf("%q: furniture %q, want %q", c.line, got, c.want)
		}
	}
}

// TestMidStamps: a live blog's update stamps run into one line of story,
// after the last update's stop or after the byline, are furniture, each
// stamp only; a clock inside a sentence stays text.
func TestMidStamps(t *testing.T) {
	cases := []struct {
		line string
		want []string // the stamps marked
	}{
		{"9.15 am: Rescuers reached the village. 9.40 am: The army said two more bodies had been found.", []string{"9.15 am:", "9.40 am:"}},
		{"Aid trucks crossed at noon. 16:05: Officials raised the toll to 212. 16:30: Rain stopped.", []string{"16:05:", "16:30:"}},
		{"Desk Report/Jane Doe 11.20 pm: Floodwater reached the old bridge.", []string{"11.20 pm:"}},
		{"Roads were closed (state media). 6 p.m.: Aid trucks crossed the border.", []string{"6 p.m.:"}},
		// clocks inside sentences stay text
		{"The storm will be closest at 5 pm: Officials urged people to stay home.", nil},
		{"Curfew began on Friday, 10.30 pm: Shops were shut.", nil},
		{"The toll rose to 2.5 million: Officials said more had fled.", nil},
		{"They met for 24 hours: Nothing was agreed.", nil},
	}
	const head = "Floods live\n\n"
	for _, c := range cases {
		text := head + c.line + "\n"
		var got []string
		for _, s := range furniture(text) {
			if s.Start >= len(head) {
				got = append(got, text[s.Start:s.End])
			}
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: furniture %q, want %q", c.line, got, c.want)
		}
	}
}
