package extract

import "testing"

// TestVideoLabel: a video's label that ends on its running time is
// furniture, with the video's title on the line right above it; a headline
// or a stamp that ends on a clock time is not read as one.
func TestVideoLabel(t *testing.T) {
	const page = "Storm batters the islands\n\nThe storm made landfall on Sunday.\n"
	cases := []struct {
		block string
		want  string // the furniture the block holds, lines joined by "+"
	}{
		{"Rescuers pull 12 survivors from the rubble 03:41\n", "Rescuers pull 12 survivors from the rubble 03:41"},
		{"Thousands homeless on the islands\nStorm leaves thousands homeless on the coast 1:02:33\n",
			"Thousands homeless on the islands+Storm leaves thousands homeless on the coast 1:02:33"},
		{"Islanders count the cost of the storm (2:48)\n", "Islanders count the cost of the storm (2:48)"},
		// look-alikes that stay text
		{"Curfew in the capital begins at 10:30\n", ""},
		{"The ferry left the harbour. 12:30\n", ""},
		{"Rescuers pull 12 survivors from the rubble by 10:30\n", ""},
	}
	for _, c := range cases {
		text := page + c.block + "Officials said 40 people died.\n"
		if got := furnitureFrom(text, len(page)); got != c.want {
			t.Errorf("%q: furniture %q, want %q", c.block, got, c.want)
		}
	}
}
