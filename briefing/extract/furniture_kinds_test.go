package extract

import "testing"

// TestFurnitureKinds checks each kind of page furniture by its shape, with
// story lines of the same look that must stay text. The cases are written
// afresh, not copied from a dev set.
func TestFurnitureKinds(t *testing.T) {
	cases := []struct {
		kind, text string
		want       bool
	}{
		// Labels: section names, breadcrumbs, site and agency names,
		// sign-offs, widget captions.
		{"label", "World / Asia Pacific / Regional Politics", true},
		{"label", "Home   |   Opinion", true},
		{"label", "REUTERS", true},
		{"label", "Daily Herald", true},
		{"label", "— ABC-WIRES", true},
		{"label", "Endstory", true},
		{"label", "Browse This Site", true},
		{"label", "Listen To Our Podcast", true},
		// Look-alikes that are story or carry a date or a number.
		{"story", "Rebels took the town.", false},
		{"story", "Aid workers fled north", false},
		{"story", "Monday Raid Kills Seven", false},
		{"story", "Fighting In March", false},
		{"story", "Over 2,000 Displaced", false},
		{"story", "“We Have Nothing Left”", false},
		{"story", "UN Envoy Meets Rebel Leaders In The Capital After Weeks", false},
		{"story", "Casualties:", false},
		{"story", "The Dead (Provisional)", false},
	}
	for _, c := range cases {
		if got := labelLine(c.text); got != c.want {
			t.Errorf("%s: labelLine(%q) = %v, want %v", c.kind, c.text, got, c.want)
		}
	}
}
