package extract

import "testing"

// TestTailCredit: a caption closed by a photographer's or an agency's
// credit in names joined by a slash or a bar is furniture whole; a story's
// paragraph that ends in a wire's code or a quoted source stays text.
func TestTailCredit(t *testing.T) {
	const page = "Quake flattens market town\n\n"
	cases := []struct {
		line string
		want bool
	}{
		{"Firefighters carry a survivor out of a collapsed hotel in the old town on 4 March 2023. AFP PHOTO | JANE DOE", true},
		{"Survivors shelter in a school yard after Saturday's quake. More tremors followed overnight. John Smith / AP", true},
		{"Fishermen haul their boats ashore as the storm nears the coast on Sunday. Maria Lopez/Wire Press/dpa", true},
		{"A man walks past the ruins of the market on March 4, 2023. EPA | Jane Doe", true},
		// story look-alikes that stay text
		{"The agency said 40 people were killed in the quake on Saturday. RSV/mmg", false},
		{"Rescuers searched the rubble of the market through the night, officials said on Sunday.", false},
		{"The death toll rose to 40 on Sunday, according to a Reuters/Ipsos count", false},
		{"Officials said 40 people died on Sunday. 12/3", false},
	}
	for _, c := range cases {
		text := page + c.line + "\nThe quake struck on Saturday, officials said.\n"
		if got := furnitureCovers(text, len(page), len(page)+len(c.line)); got != c.want {
			t.Errorf("%q: furniture %v, want %v", c.line, got, c.want)
		}
	}
}
