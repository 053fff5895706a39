package extract

import (
	"math"
	"strings"
	"testing"
)

// TestFigureMeasure checks what a figure measures, as typed values: heads
// of people however named, households apart, a fraction and a percentage
// apart, money by currency, and durations as days from the TIMEX3 value.
func TestFigureMeasure(t *testing.T) {
	cases := []struct {
		f    Figure
		kind MeasureKind
		unit string
		amt  float64
	}{
		{Figure{Value: 30.4e6, Unit: "people", Role: RoleInNeed}, MeasureHeads, "", 30.4e6},
		{Figure{Value: 12, Unit: "civilians", Role: RoleKilled}, MeasureHeads, "", 12},
		{Figure{Value: 2900, Unit: "troops", Role: RoleDeployed}, MeasureHeads, "", 2900},
		{Figure{Value: 6e6, Unit: "Syrians", Role: RoleDisplaced}, MeasureHeads, "", 6e6},
		{Figure{Value: 300, Unit: "\"militia members\"", Role: RoleKilled}, MeasureHeads, "", 300},
		{Figure{Value: 2000, Unit: "bodies", Role: RoleKilled}, MeasureHeads, "", 2000},
		{Figure{Value: 400, Unit: "", Role: RoleKilled}, MeasureHeads, "", 400},
		{Figure{Value: 60000, Unit: "households", Role: RoleDisplaced}, MeasureHouseholds, "", 60000},
		{Figure{Text: "half the population", Value: 0.5, Unit: "the population", Role: RoleInNeed}, MeasureFraction, "", 0.5},
		{Figure{Value: 90, Unit: "%", Role: RoleDisplaced}, MeasurePercent, "", 90},
		{Figure{Value: 600, Unit: "trucks", Role: RoleInNeed}, MeasureThings, "trucks", 600},
		{Figure{Value: 10, Unit: "countries", Role: RolePledged}, MeasureThings, "countries", 10},
		{Figure{Value: 5e6, Unit: "$", Role: RoleMoney, Category: Money}, MeasureMoney, "$", 5e6},
		{Figure{Value: 2e9, Unit: "US dollars", Role: RoleMoney, Category: Money}, MeasureMoney, "$", 2e9},
		{Figure{Value: 1e7, Unit: "£", Role: RoleMoney, Category: Money}, MeasureMoney, "£", 1e7},
		{Figure{Value: 58.24, Unit: "$ per barrel", Role: RoleMoney, Category: Money}, MeasureMoney, "$/barrel", 58.24},
		{Figure{Value: 1, Unit: "month", Role: RoleDuration, Category: Duration, Timex: "P1M"}, MeasureTime, "", 30.436875},
		{Figure{Value: 2, Unit: "week", Role: RoleDuration, Category: Duration, Timex: "P2W"}, MeasureTime, "", 14},
		{Figure{Value: 1, Unit: "fortnight", Role: RoleDuration, Category: Duration, Timex: "P2W"}, MeasureTime, "", 14},
		{Figure{Value: 1.5, Unit: "years", Role: RoleDuration, Category: Duration, Timex: "P1.5Y"}, MeasureTime, "", 547.86375},
		{Figure{Value: 6, Unit: "hours", Role: RoleDuration, Category: Duration, Timex: "PT6H"}, MeasureTime, "", 0.25},
		{Figure{Value: 3, Unit: "days", Role: RoleDuration, Category: Duration, Timex: "PXD"}, MeasureThings, "days", 3},
	}
	for _, c := range cases {
		m := c.f.Measure()
		if m.Kind != c.kind || m.Unit != c.unit || math.Abs(m.Amount-c.amt) > 1e-9 {
			t.Errorf("%v %q (%s, %s): measure %+v, want kind %d unit %q amount %v", c.f.Value, c.f.Unit, c.f.Role, c.f.Timex, m, c.kind, c.unit, c.amt)
		}
	}
}

// TestFigureMeasureHeadsAndFractions checks that only people are heads
// (the lexicon's person nouns, trades and kin it lacks, a people's name),
// not things whose plural ends as a person's might ("destroyers",
// "satellites", "degrees"), nor units, weapons and places written with a
// capital ("GW", "Javelins", "Mbps", "Yemen"); and that only a
// share written as a fraction is a fraction, not a decimal ("0.7 km").
func TestFigureMeasureHeadsAndFractions(t *testing.T) {
	heads := []string{"people", "persons", "civilians", "troops", "sailors", "aid workers", "detainees", "refugees",
		"women", "children", "fighters", "teachers", "activists", "fishermen", "policemen", "foreigners",
		"Palestinians", "Haitians", "Israelis", "Sudanese", "Alawites", "Kurds", "Burkinabè", "soldier", "civilian"}
	things := []string{"destroyers", "interceptors", "satellites", "reactors", "generators", "transformers",
		"sectors", "tractors", "humanitarian corridors", "decrees", "degrees", "degree", "containers", "transistors",
		"GW", "TWh", "AK-47", "F-16s", "HIMARS", "Javelins", "Stingers", "Mbps", "Yemen", "km", "specimens"}
	for _, u := range heads {
		if m := (Figure{Text: "12 " + u, Value: 12, Unit: u, Role: RoleOther}).Measure(); m.Kind != MeasureHeads {
			t.Errorf("12 %s: measure %+v, want heads", u, m)
		}
	}
	for _, u := range things {
		if m := (Figure{Text: "12 " + u, Value: 12, Unit: u, Role: RoleOther}).Measure(); m.Kind != MeasureThings || m.Unit != strings.ToLower(u) {
			t.Errorf("12 %s: measure %+v, want things counted in %q", u, m, strings.ToLower(u))
		}
	}
	if m := (Figure{Text: "10 others", Value: 10, Unit: "others", Role: RoleInjured}).Measure(); m.Kind != MeasureHeads {
		t.Errorf("10 others injured: measure %+v, want heads", m)
	}

	fractions := []struct {
		text, unit string
		value      float64
		fraction   bool
	}{
		{"half the population", "the population", 0.5, true},
		{"a third of its value", "its value", 1.0 / 3, true},
		{"two-thirds of households", "households", 2.0 / 3, true},
		{"a quarter of the province", "the province", 0.25, true},
		{"½ of the city", "the city", 0.5, true},
		{"1/3 of the budget", "the budget", 1.0 / 3, true},
		{"one in three children", "children", 1.0 / 3, true},
		{"3 out of 4 people", "people", 0.75, true},
		{"0.7 km", "km", 0.7, false},
		{"0.01 mg/L", "mg/L", 0.01, false},
		{"0.4 percentage points", "percentage point", 0.4, false},
		{".5 tonnes", "tonnes", 0.5, false},
		{"0.5 in", "in", 0.5, false},
	}
	for _, c := range fractions {
		m := (Figure{Text: c.text, Value: c.value, Unit: c.unit, Role: RoleOther}).Measure()
		if got := m.Kind == MeasureFraction; got != c.fraction {
			t.Errorf("%q: measure %+v, fraction %v, want %v", c.text, m, got, c.fraction)
		}
	}

	// The extractor's own figures, end to end.
	for _, c := range []struct {
		sentence string
		kinds    map[string]MeasureKind
	}{
		{"The US sent 12 destroyers and 4,000 sailors to the Gulf.",
			map[string]MeasureKind{"12 destroyers": MeasureThings, "4,000 sailors": MeasureHeads}},
		{"Road repairs covered 0.7 km in March and 3 km in April, and a third of its value was lost.",
			map[string]MeasureKind{"0.7 km": MeasureThings, "3 km": MeasureThings, "a third of its value": MeasureFraction}},
	} {
		got := map[string]MeasureKind{}
		for _, f := range Figures(c.sentence) {
			got[f.Text] = f.Measure().Kind
		}
		for text, want := range c.kinds {
			if k, ok := got[text]; !ok || k != want {
				t.Errorf("%q: %q measures kind %d (found %v), want %d", c.sentence, text, k, ok, want)
			}
		}
	}
}
