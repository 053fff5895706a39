package extract

import (
	"strings"
	"testing"
	"time"
)

// TestFurnitureLineWeb9 checks the lines of web pages that gave timeline
// entries or figures on batch 9's pages: a live blog's time stamp over an
// update, a byline whose date has "May", a source's stamp with the page's
// font widget beside it, and a comment counter. Lines of the story that
// look alike stay story.
func TestFurnitureLineWeb9(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"6 p.m.", true},
		{"11:45 a.m.", true},
		{"3:20 p.m.", true},
		{"09:05", true},
		{"16: 40", true},
		{"7.30 pm GMT", true},
		{"Amal Haddad 4 May 2022", true},
		{"By Tom Reed May 12, 2021", true},
		{"AFP, June 3, 2022 Adjust font size:", true},
		{"0 replies", true},
		{"14 responses", true},
		// Story, or a number alone.
		{"15", false},
		{"2.5", false},
		{"6 p.m. curfew lifted in three districts", false},
		{"The curfew starts at 6 p.m.", false},
		{"Officials may reopen 40 schools", false},
		{"Aid may reach 12 towns by May", false},
		{"24 hours", false}, // a span of time, not the hour of an update
		{"48 hrs", false},
		{"14:30 hrs", true},
	} {
		if got := furnitureLine(c.line); got != c.want {
			t.Errorf("furnitureLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	// "May" is the month beside a number only as a word of its own: a
	// byline's date, not "Mayfair" or "Mayor" beside one.
	for line, want := range map[string]bool{"Amal Haddad 4 May 2022": true, "Theresa May visited 3 Mayfair shelters": false,
		"Theresa May met 12 Mayors": false} {
		if got := namesDate(line); got != want {
			t.Errorf("namesDate(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestLiveBlogStamps checks that a live blog's update stamps give no
// timeline entry and no figure, while the updates under them keep theirs.
func TestLiveBlogStamps(t *testing.T) {
	text := "The latest on the floods (all times local):\n\n" +
		"7 p.m.\n\nRescuers say 41 people have died since the river burst its banks on Sunday.\n\n" +
		"4:15 p.m.\n\nThe governor said on Monday that 3,000 homes were flooded.\n\n" +
		"13: 05\n\nTwelve villages remain cut off.\n"
	tl := Timeline(text, time.Date(2023, 5, 9, 0, 0, 0, 0, time.UTC))
	var sunday, monday bool
	for _, e := range tl {
		switch {
		case strings.Contains(e.Text, "p.m.") || strings.Contains(e.Text, "13"):
			t.Errorf("stamp on the timeline: %+v", e)
		case e.Value == "2023-05-07":
			sunday = true
		case e.Value == "2023-05-08":
			monday = true
		}
	}
	if !sunday || !monday {
		t.Errorf("updates lost their entries (Sunday %v, Monday %v): %+v", sunday, monday, tl)
	}
	for _, f := range Figures(text) {
		switch f.Text {
		case "7", "4", "15", "13", "05":
			t.Errorf("figure %q from a stamp", f.Text)
		}
	}
}
