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
		checkFigureTexts(t, c.text, c.want)
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

// TestRole20GluedPeople checks that a number glued to a noun of people
// ("14Palestinians") counts them, and that glued suffixes that are not
// people stay as they were. The sentences are written for this test.
func TestRole20GluedPeople(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"a people glued", "Raids in the north have left at least 9Palestinians dead.", "at least 9Palestinians", RoleKilled, ""},
		{"a person noun glued", "The storm killed 12people in the valley.", "12people", RoleKilled, ""},
		{"a force glued", "The army sent 300soldiers to the border.", "300soldiers", RoleDeployed, ""},
	})
	for _, c := range []struct{ text, want string }{
		{"The 1990s saw sales of 4x4 cars rise at 10am.", ""},
		{"Each dose holds 180ml.", "180ml"},
	} {
		checkFigureTexts(t, c.text, c.want)
	}
}

// checkFigureTexts checks that text gives the figures want, their texts
// joined by "|" ("" for none), in order.
func checkFigureTexts(t *testing.T, text, want string) {
	t.Helper()
	got, w := figureTexts(Figures(text)), []string(nil)
	if want != "" {
		w = strings.Split(want, "|")
	}
	if !slices.Equal(got, w) {
		t.Errorf("%q: figures %q; want %q", text, got, w)
	}
}

// TestRole20InjuredEvacuated checks that a count whose noun phrase names
// an injury stays injured when its predicate is an evacuation, and that
// others evacuated stay displaced. The sentences are written for this
// test.
func TestRole20InjuredEvacuated(t *testing.T) {
	checkRole7Cases(t, []role7Case{
		{"injured who were evacuated", "The army listed twenty injured people who were evacuated and treated.", "twenty injured people", RoleInjured, "role/injured-evacuated"},
		{"wounded evacuated beside residents", "Rescuers evacuated 40 wounded people and 200 residents.", "40 wounded people", RoleInjured, "role/injured-evacuated"},
		{"the residents stay displaced", "Rescuers evacuated 40 wounded people and 200 residents.", "200 residents", RoleDisplaced, ""},
		{"people evacuated stay displaced", "Some 300 people were evacuated from the hospital.", "Some 300 people", RoleDisplaced, ""},
	})
}
