package extract

import "testing"

// TestRepeatedHeadline: the page's title printed again above the story is
// furniture, and the headline itself stays story; a first line with a
// closing stop is no headline, and a short repeated line is left to the
// label rules.
func TestRepeatedHeadline(t *testing.T) {
	cases := []struct {
		text string
		want string // the furniture, spans joined by "+"
	}{
		{"Storm kills 12 as it batters the coast\n\nStorm kills 12 as it batters the coast\n\nThe storm made landfall on Sunday.\n",
			"Storm kills 12 as it batters the coast"},
		{"World / Asia\n\nFerry with 300 aboard sinks in the delta\nStaff reporter\nFerry with 300 aboard sinks in the delta\n\nThe ferry sank on Monday.\n",
			"Ferry with 300 aboard sinks in the delta"},
		// not a headline's copy
		{"The ferry sank on Monday with 300 aboard.\n\nThe ferry sank on Monday with 300 aboard.\n", ""},
		{"Ferry sinks in the delta\n\nThe ferry sank on Monday.\nFerry sinks in the delta today, officials said\n\nThe river is high.\n", ""},
		{"Floods latest\n\nFloods latest\n\nThe river rose on Monday.\n", ""},
	}
	for _, c := range cases {
		got := ""
		for _, s := range furniture(c.text) {
			if c.text[s.Start:s.End] == "World / Asia" || c.text[s.Start:s.End] == "Staff reporter" {
				continue
			}
			if got != "" {
				got += "+"
			}
			got += c.text[s.Start:s.End]
		}
		if got != c.want {
			t.Errorf("%q: furniture %q, want %q", c.text, got, c.want)
		}
	}
}
