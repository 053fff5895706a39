package extract

import "testing"

// TestFiguresSentenceRate: a market report gives a price's rate once, and
// the moves and levels of the same currency in its sentence are in that
// rate too ("shed 70 cents, trading under $112 a barrel": cent per
// barrel), as CQE and the quantity sets read them. A total with a
// multiplier, a sum of another currency and a sum of another size that is
// no move keep their own unit.
func TestFiguresSentenceRate(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Heating oil lost 9 cents, ending near $2.80 a gallon, after closing $1.05 higher on Monday.", []unitWant{
			{"9 cents", 9, 0, 0, Exact, "cent per gallon"}, {"$2.80 a gallon", 2.8, 0, 0, Exact, "$ per gallon"},
			{"$1.05", 1.05, 0, 0, Exact, "$ per gallon"}}},
		{"Copper gained $85, or 0.9%, to $9,410 a tonne, while tin eased to $30,100.", []unitWant{
			{"$85", 85, 0, 0, Exact, "$ per tonne"}, {"0.9%", 0.9, 0, 0, Exact, "%"}, {"$9,410 a tonne", 9410, 0, 0, Exact, "$ per tonne"},
			{"$30,100", 30100, 0, 0, Exact, "$ per tonne"}}},
		{"Cotton edged up 1.2 cents, or 1.6%, to settle at 76.40 cents per pound.", []unitWant{
			{"1.2 cents", 1.2, 0, 0, Exact, "cent per pound"}, {"1.6%", 1.6, 0, 0, Exact, "%"},
			{"76.40 cents per pound", 76.4, 0, 0, Exact, "cent per pound"}}},
		{"Petrol in Lagos rose by ₦45 to ₦617 per litre.", []unitWant{
			{"₦45", 45, 0, 0, Exact, "₦ per litre"}, {"₦617 per litre", 617, 0, 0, Exact, "₦ per litre"}}},
		{"The oilfield deal is worth $2 billion at $80 a barrel.", []unitWant{
			{"$2 billion", 2e9, 0, 0, Exact, "$"}, {"$80 a barrel", 80, 0, 0, Exact, "$ per barrel"}}},
		{"Seats cost $40 a head and the club took in $9,000 on the night.", []unitWant{
			{"$40 a head", 40, 0, 0, Exact, "$ per head"}, {"$9,000", 9000, 0, 0, Exact, "$"}}},
		{"Gas traded at €38 per megawatt hour, while the carbon permit cost £52.", []unitWant{
			{"€38 per megawatt hour", 38, 0, 0, Exact, "€ per MWh"}, {"£52", 52, 0, 0, Exact, "£"}}},
		{"Crude settled at $74.10/b, up $1.30/b on the week.", []unitWant{
			{"$74.10/b", 74.1, 0, 0, Exact, "$ per barrel"}, {"$1.30/b", 1.3, 0, 0, Exact, "$ per barrel"}}},
	})
}

// TestFiguresTemperatureScaleWords: forecasts write a temperature with the
// scale's name alone ("9 centigrade", "6 to 9 Celsius"), with the sign and
// letter spaced ("6 ° C"), or with a bare "C" that an earlier temperature
// of the sentence announces.
func TestFiguresTemperatureScaleWords(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Expect a cool night at about 7 centigrade.", []unitWant{{"about 7 centigrade", 7, 0, 0, About, "°C"}}},
		{"Daytime highs 12 to 15 Celsius.", []unitWant{{"12 to 15 Celsius", 12, 12, 15, Range, "°C"}}},
		{"Lows will sit near 3 ° C overnight.", []unitWant{{"3 ° C", 3, 0, 0, Exact, "°C"}}},
		{"Temperatures of 33-35 C are likely along the coast and in the hills, easing to 27-29 C by the weekend.", []unitWant{
			{"33-35 C", 33, 33, 35, Range, "°C"}, {"27-29 C", 27, 27, 29, Range, "°C"}}},
	})
}

// TestFiguresPointsOfPercent: points that move a percentage, to a level
// in percent or in brackets after one, are percentage points; an index's
// points restated as a percent stay points.
func TestFiguresPointsOfPercent(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The bank cut its deposit rate by 0.5 point to 3.25%.", []unitWant{
			{"0.5", 0.5, 0, 0, Exact, "percentage point"}, {"3.25%", 3.25, 0, 0, Exact, "%"}}},
		{"It sees inflation at 2.9 per cent (down 0.4 points) next year.", []unitWant{
			{"2.9 per cent", 2.9, 0, 0, Exact, "%"}, {"0.4 points", 0.4, 0, 0, Exact, "percentage point"}}},
		{"The Nikkei lost 310 points, or 0.8%, to 38,200.", []unitWant{
			{"310 points", 310, 0, 0, Exact, "points"}, {"0.8%", 0.8, 0, 0, Exact, "%"}, {"38,200", 38200, 0, 0, Exact, ""}}},
	})
}

// TestSpacedLetterAfterNoTemperature: a bare C or F takes its scale from
// an earlier one of the sentence only when that one is a temperature, so
// classes and teams ("grade 5 C and grade 6 C", "team 3 F beat team 4 F")
// are no temperatures, while a forecast's second range still is.
func TestSpacedLetterAfterNoTemperature(t *testing.T) {
	for _, c := range []struct {
		text  string
		temps int
	}{
		{"Pupils in grade 5 C and grade 6 C were sent home.", 0},
		{"Team 3 F beat team 4 F.", 0},
		{"Temperatures of around 29-32 C inland, falling to 25-28 C from Sunday.", 2},
	} {
		n := 0
		for _, q := range Quantities(c.text) {
			if q.Kind == QuantityTemperature {
				n++
			}
		}
		if n != c.temps {
			t.Errorf("%q: %d temperatures, want %d", c.text, n, c.temps)
		}
	}
}
