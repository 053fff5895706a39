package extract

import "testing"

// TestDottedClockNoFigure checks that a clock time written with a dot is
// no figure, and that decimals that are no clock stay figures.
func TestDottedClockNoFigure(t *testing.T) {
	cases := []struct {
		text, want string // want: the figure's text, "" for none
	}{
		{"The landslide buried the village at 3.20 pm on Sunday.", ""},
		{"By 11.05 a.m. the river had burst its banks.", ""},
		{"Some 4.45 million people need food aid.", "Some 4.45 million people"},
		{"Rainfall reached 2.5 mm per hour in the city.", "2.5 mm per hour"},
		{"The ward held 12.75 percent more patients than last year.", "12.75 percent"},
	}
	for _, c := range cases {
		got := ""
		for _, f := range Figures(c.text) {
			got = f.Text
		}
		if got != c.want {
			t.Errorf("%q: figure %q, want %q", c.text, got, c.want)
		}
	}
}
