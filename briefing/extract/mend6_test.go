package extract

import (
	"testing"
	"time"
)

// TestPossessiveLeadKeepsItsNoun checks that a possessive day that is
// also the first date of the text dates its own noun, not a clock time
// later in its sentence, while a clock in a later sentence still takes
// the lead's day.
func TestPossessiveLeadKeepsItsNoun(t *testing.T) {
	cases := []struct {
		name, dct, text, span, value string
	}{
		{"possessive lead before a clock", "2025-03-10",
			"Results from Saturday's vote were announced shortly before 7 a.m.",
			"7 a.m.", "2025-03-10T07:00"},
		{"possessive lead, clock in the next sentence", "2025-03-10",
			"Saturday's attack killed 12 people. It began at 5 a.m.",
			"5 a.m.", "2025-03-08T05:00"},
		{"plain lead before a clock", "2025-03-10",
			"Gunmen attacked the village on Saturday shortly before 7 a.m.",
			"7 a.m.", "2025-03-08T07:00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dct, _ := time.Parse(time.DateOnly, c.dct)
			for _, x := range Timexes(c.text, dct) {
				if x.Text == c.span {
					if x.Value != c.value {
						t.Errorf("%q = %s, want %s", c.span, x.Value, c.value)
					}
					return
				}
			}
			t.Errorf("no timex %q in %+v", c.span, Timexes(c.text, dct))
		})
	}
}

// TestClosingFactboxKeepsItsFigures checks that a box closing the story
// under a short heading ("Key figures") keeps its figures, while the
// headlines of other stories listed after a story still give none.
func TestClosingFactboxKeepsItsFigures(t *testing.T) {
	story := "The UN said on Monday that at least 70 people had been killed in Goma.\n\n"
	cases := []struct {
		name, box string
		want      []float64
	}{
		{"key figures", "Key figures\nDisplaced since January 1.2 million people\nKilled in Goma 3,000 people\nAid workers killed 12",
			[]float64{1.2e6, 3000, 12}},
		{"at a glance", "At a glance\nPeople displaced 400,000\nSchools closed 1,200\nCholera cases 9,000",
			[]float64{400000, 1200, 9000}},
		{"headlines of other stories", "Trump adds seven countries to travel ban list\nDoctors start five-day walkout during flu surge\nFloods displace 4,000 in Beira",
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
