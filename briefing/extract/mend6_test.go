package extract

import (
	"testing"
	"time"
)

// TestClosingLinksGiveNothing checks that the headlines of other stories
// listed after a story give no figure, with or without a short headline
// on top. (A closing factbox, "Key figures" and its rows, is read as such
// a list too: a rule that kept its rows read links with numbers as story
// and glued the rows into one sentence with the wrong roles; review.)
func TestClosingLinksGiveNothing(t *testing.T) {
	story := "The UN said on Monday that at least 70 people had been killed in Goma.\n\n"
	cases := []struct {
		name, box string
		want      []float64
	}{
		{"more on a theatre", "More on Gaza\nIsrael says 40,000 killed in Gaza war, UN disputes count\nAid groups warn 2 million face famine in Gaza\nTalks on Gaza truce resume in Doha",
			nil},
		{"headlines of other stories", "Trump adds seven countries to travel ban list\nDoctors start five-day walkout during flu surge\nFloods displace 4,000 in Beira",
			nil},
		{"headlines of other stories under a short headline", "Gaza ceasefire holds\nTrump adds seven countries to travel ban list\nDoctors start five-day walkout during flu surge\nFloods displace 4,000 in Beira",
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := story + c.box
			var got []float64
			for _, f := range Figures(text) {
				if f.Start >= len(story) {
					got = append(got, f.Value)
				}
			}
			if len(got) != len(c.want) {
				t.Fatalf("figures from the box %v, want %v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Errorf("figure %d = %v, want %v", i, got[i], c.want[i])
				}
			}
		})
	}
}

// TestQuotedRightsAreStory checks that a sentence quoting "all rights
// reserved" keeps its figures and dates, while the notice itself, after
// a copyright sign or opening a field, is furniture.
func TestQuotedRightsAreStory(t *testing.T) {
	published := time.Date(2025, 2, 5, 0, 0, 0, 0, time.UTC)
	text := "The UN said on Monday that at least 70 people had been killed in Goma.\n\n" +
		"The station, which says all rights reserved to its footage were violated, reported that 12 journalists were detained on Sunday."
	var figure, entry bool
	for _, f := range Figures(text) {
		figure = figure || f.Value == 12 && f.Role == RoleDetained
	}
	for _, e := range Timeline(text, published) {
		entry = entry || e.Text == "on Sunday" && e.Value == "2025-02-02"
	}
	if !figure || !entry {
		t.Errorf("the quoting sentence lost its figure (%v) or its entry (%v): %+v %+v",
			figure, entry, Figures(text), Timeline(text, published))
	}
	for _, c := range []struct {
		line   string
		notice bool
	}{
		{"© 2024 Reuters. All rights reserved.", true},
		{"© 2024 Example News, all rights reserved", true},
		{"Copyright 2024 Example News Ltd all rights reserved", true},
		{"Example News Ltd 2024 · All rights reserved · Terms", true},
		{"Content owned by Example News Ltd since 2019. All rights reserved.", true},
		{"All rights reserved", true},
		{"The station, which says all rights reserved to its footage were violated, reported that 12 journalists were detained on Sunday.", false},
		{"He said the treaty left all rights reserved to the states.", false},
	} {
		if got := rightsNotice(c.line); got != c.notice {
			t.Errorf("rightsNotice(%q) = %v, want %v", c.line, got, c.notice)
		}
	}
}

// TestOneRuleForYears checks that the figure reader and the date tagger
// agree on a range of four-digit numbers: a span of years ("from 2019 to
// 2021") is two timeline years and no figures; a range of counts ("from
// 1500 to 2000", or one that runs backwards) is two figures and no years.
func TestOneRuleForYears(t *testing.T) {
	published := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text  string
		years bool
	}{
		{"Bread prices rose from 1500 to 2000 francs a loaf.", false},
		{"Prices rose from 1500 to 2000 in the capital.", false},
		{"The price of fuel fell from 2050 to 1900 in the capital.", false},
		{"Fighting raged in the north from 2019 to 2021.", true},
		{"Between 1990 and 2020 the town grew tenfold.", true},
	} {
		var figures, years int
		for _, f := range Figures(c.text) {
			if f.Value >= 1000 {
				figures++
			}
		}
		for _, x := range Timexes(c.text, published) {
			if len(x.Value) == 4 {
				years++
			}
		}
		want := [2]int{2, 0}
		if c.years {
			want = [2]int{0, 2}
		}
		if got := [2]int{figures, years}; got != want {
			t.Errorf("%q: %d figures and %d years, want %d and %d", c.text, figures, years, want[0], want[1])
		}
	}
}

// TestRaceTimesAreNoClocks checks that a time elapsed written with its
// seconds ("finished in 2:05:06") gives no time of day to the timeline,
// while a clock with seconds and its zone, its hour mark or "at" stays a
// time of day.
func TestRaceTimesAreNoClocks(t *testing.T) {
	published := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	text := "Kiptum won the Chicago marathon in 2:00:35 on Sunday. Kipchoge finished in 2:05:06 and Tola in 2:05:30."
	for _, x := range Timexes(text, published) {
		if x.Type == "TIME" {
			t.Errorf("race time read as a time of day: %q = %s", x.Text, x.Value)
		}
	}
	checkTimexCases(t, published, []timexCase{
		{"The blast came at 14:30:00 GMT on Monday.", "14:30:00 GMT", TypeTime, "2025-03-10T14:30", ""},
		{"The first blast came on Monday at 9:15:30 a.m.", "9:15:30 a.m.", TypeTime, "2025-03-10T09:15", ""},
		{"The first blast came on Monday at 10:02:11.", "10:02:11", TypeTime, "2025-03-10T10:02", ""},
		{"The first blast, on Monday, was logged by the sensors as 08:05:06.", "08:05:06", TypeTime, "2025-03-10T08:05", ""},
	})
}

// TestTemperatureRangeWithBothLetters checks that a range of temperatures
// with the letter on both bounds ("31C-34C") is one figure, as "31C to
// 34C" is, and that a name's letter and number ("the C-130") stay none.
func TestTemperatureRangeWithBothLetters(t *testing.T) {
	for _, c := range []struct {
		text     string
		min, max float64
	}{
		{"Baghdad saw highs of 31C-34C on Monday.", 31, 34},
		{"Forecasters expect lows of 10F-15F overnight.", 10, 15},
		{"Baghdad saw highs of 31C to 34C on Monday.", 31, 34},
	} {
		fs := Figures(c.text)
		if len(fs) != 1 || fs[0].Unit != "°C" && fs[0].Unit != "°F" || fs[0].Min == nil || fs[0].Max == nil ||
			*fs[0].Min != c.min || *fs[0].Max != c.max {
			t.Errorf("%q: figures %+v, want one range %v-%v in degrees", c.text, fs, c.min, c.max)
		}
	}
	if fs := Figures("A C-130 landed in Goma with supplies."); len(fs) != 0 {
		t.Errorf("a plane's name gave figures %+v", fs)
	}
}

// TestSetOnADay: "set" makes a clause future only as "set to" or "set
// for"; "The election date was set on Monday" tells when it was set.
func TestSetOnADay(t *testing.T) {
	for _, c := range []struct {
		text, value string
		planned     bool
		event       string
	}{
		{"The election date was set on Monday.", "2024-10-07", false, "The election date was set"},
		{"The vote is set for Monday.", "2024-10-14", true, "The vote is set"},
		{"Leaders are set to meet on Monday.", "2024-10-14", true, "Leaders are set to meet"},
	} {
		checkTimeline(t, c.text, []tlWant{{value: c.value, kind: "event", planned: c.planned, checkPlanned: true, event: c.event}})
	}
}
