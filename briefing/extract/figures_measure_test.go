package extract

import (
	"math"
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
		{Figure{Value: 0.5, Unit: "the population", Role: RoleInNeed}, MeasureFraction, "", 0.5},
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
