package extract

import "testing"

// TestDatedCaption: a one-sentence line that closes on ", <date>." is a
// wire photo's caption; story sentences that date with a preposition, quote
// or report, or run on after the date stay text.
func TestDatedCaption(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"Rescuers carry a survivor from a collapsed house in the old town, 3 March 2021.", true},
		{"Displaced families queue for water at a camp outside the city, Friday, October 4, 2024.", true},
		{"A nurse checks a child at a clinic in the north of the province, Jan. 9, 2019.", true},
		// story look-alikes
		{"Rescuers carried a survivor from a collapsed house in the old town on 3 March 2021.", false},
		{"\"We lost everything,\" a woman told reporters at the camp, 3 March 2021.", false},
		{"The minister said the talks would resume in the capital, 3 March 2021.", false},
		{"The flood hit the valley. Rescuers carried survivors to the hospital, 3 March 2021.", false},
		{"Fighting resumed near the border town, killing 2021.", false},
		{"Rescuers reached the village, 2021.", false},
		{"Talks were held, 3 March 2021.", false},
	}
	for _, c := range cases {
		if got := datedCaption(c.line); got != c.want {
			t.Errorf("datedCaption(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
