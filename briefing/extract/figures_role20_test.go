package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestRole20AgesInWords checks that number words after "aged" or "ages
// (between)" are ages, no figure, as digits there already were, while the
// counts beside them stay, and a number word after a name and a comma
// stays a count. The sentences are written for this test.
func TestRole20AgesInWords(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The freed pupils comprise 50 girls and 38 boys, with ages between nine and 16.", "50 girls|38 boys"},
		{"The victims, aged three to seven, were taken to the clinic.", ""},
		{"Eleven children aged six were among the 40 people hurt.", "Eleven children|40 people"},
		{"Rebels freed 20 men aged between 18 and 25.", "20 men"},
		{"In Kalehe, eight people drowned.", "eight people"},
	} {
		var got []string
		for _, f := range Figures(c.text) {
			got = append(got, f.Text)
		}
		var want []string
		if c.want != "" {
			want = strings.Split(c.want, "|")
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: figures %q; want %q", c.text, got, want)
		}
	}
}

// TestRole20KillingVerbs checks verbs of killing the lexicon lacked:
// those exterminated, butchered or gunned down are killed. The sentences
// are written for this test.
func TestRole20KillingVerbs(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"exterminated", "The militia exterminated dozens of people in the valley.", "dozens of people", RoleKilled, ""},
		{"gunned down", "Soldiers gunned down 15 protesters on Friday.", "15 protesters", RoleKilled, ""},
		{"were gunned down", "Police said 40 people were gunned down at a market.", "40 people", RoleKilled, ""},
		{"butchered", "The gang butchered 30 villagers with machetes.", "30 villagers", RoleKilled, ""},
	})
}
