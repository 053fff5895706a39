package extract

import "testing"

// unitWant is what a case expects of one figure of its text: the span,
// value, bounds (0 for none), qualifier and unit.
type unitWant struct {
	text      string
	value     float64
	min, max  float64
	qualifier Qualifier
	unit      string
}

// unitCase is a text and the figures it gives, in order.
type unitCase struct {
	in   string
	want []unitWant
}

// checkUnitCases runs checkUnits on each case.
func checkUnitCases(t *testing.T, cases []unitCase) {
	t.Helper()
	for _, c := range cases {
		checkUnits(t, c.in, c.want)
	}
}

// checkUnits runs the extractor on in and checks that it gives exactly the
// figures of want, in order.
func checkUnits(t *testing.T, in string, want []unitWant) {
	t.Helper()
	figs := Figures(in)
	if len(figs) != len(want) {
		t.Fatalf("Figures(%q) = %q, want %d figures", in, figureTexts(figs), len(want))
	}
	for i, w := range want {
		f := figs[i]
		bound := func(p *float64) float64 {
			if p == nil {
				return 0
			}
			return *p
		}
		if f.Text != w.text || !sameValue(f.Value, w.value) || !sameValue(bound(f.Min), w.min) || !sameValue(bound(f.Max), w.max) ||
			f.Qualifier != w.qualifier || f.Unit != w.unit {
			t.Errorf("Figures(%q)[%d]:\n got %q value %g [%g, %g] %q unit %q\nwant %q value %g [%g, %g] %q unit %q", in, i,
				f.Text, f.Value, bound(f.Min), bound(f.Max), f.Qualifier, f.Unit, w.text, w.value, w.min, w.max, w.qualifier, w.unit)
		}
		if in[f.Start:f.End] != f.Text {
			t.Errorf("Figures(%q)[%d]: [%d:%d] is %q, not %q", in, i, f.Start, f.End, in[f.Start:f.End], f.Text)
		}
	}
}

// TestFiguresRates: a price or a flow keeps the denominator of its rate in
// its unit, written "X per Y" whether the text says "per", "a", "an" or
// "/"; a rate is no key figure.
func TestFiguresRates(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"U.S. crude settled at $58.24 per barrel, down 1.1%.", []unitWant{
			{"$58.24 per barrel", 58.24, 0, 0, Exact, "$ per barrel"}, {"1.1%", 1.1, 0, 0, Exact, "%"}}},
		{"Brent rose to $115/barrel on Monday.", []unitWant{{"$115/barrel", 115, 0, 0, Exact, "$ per barrel"}}},
		{"Gold rose to $2,341.50 an ounce.", []unitWant{{"$2,341.50 an ounce", 2341.5, 0, 0, Exact, "$ per ounce"}}},
		{"The firm earned 95 cents a share.", []unitWant{{"95 cents a share", 95, 0, 0, Exact, "cent per share"}}},
		{"The minimum wage will rise to £12.21 an hour in April.", []unitWant{{"£12.21 an hour", 12.21, 0, 0, Exact, "£ per hour"}}},
		{"The club has lost £2.3m a week.", []unitWant{{"£2.3m a week", 2.3e6, 0, 0, Exact, "£ per week"}}},
		{"Exports reached 1.2 million barrels a day.", []unitWant{{"1.2 million barrels a day", 1.2e6, 0, 0, Exact, "barrel per day"}}},
		{"The ship burns about 200 tonnes of fuel a day.", []unitWant{{"about 200 tonnes of fuel a day", 200, 0, 0, About, "tonne per day"}}},
		{"Prices averaged €87 per megawatt hour in June.", []unitWant{{"€87 per megawatt hour", 87, 0, 0, Exact, "€ per MWh"}}},
		{"The city has 11,000 people per square kilometre.", []unitWant{{"11,000 people per square kilometre", 11000, 0, 0, Exact, "people per km²"}}},
		{"Nitrate levels reached 62 mg/L.", []unitWant{{"62 mg/L", 62, 0, 0, Exact, "mg/L"}}},
		{"The economy added less than 40,000 jobs a month.", []unitWant{{"less than 40,000 jobs a month", 40000, 0, 40000, LessThan, "jobs per month"}}},
		{"Rents rose 5% a year.", []unitWant{{"5%", 5, 0, 0, Exact, "% per year"}}},
		// Not rates: a date after the amount, a time of the event.
		{"He paid $100,000 a year ago.", []unitWant{{"$100,000", 100000, 0, 0, Exact, "$"}}},
		{"Gunmen killed 12 people a day after the vote.", []unitWant{{"12 people", 12, 0, 0, Exact, "people"}}},
		{"Rents rose 5% a year earlier.", []unitWant{{"5%", 5, 0, 0, Exact, "%"}}},
	})
	for _, in := range []string{"More than 1,000 people a day are fleeing the fighting.", "Aid groups counted 300 displaced people per camp."} {
		for _, f := range Figures(in) {
			if f.Key {
				t.Errorf("Figures(%q): the rate %q (%s) is key", in, f.Text, f.Unit)
			}
		}
	}
}

// TestFiguresMeasureRanges: "from X to Y" of one measure in one unit is a
// range, a qualifier of its lower bound included; a revision of a count,
// a change whose ends lie apart and two different units are two figures.
func TestFiguresMeasureRanges(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The new model's range was extended from up to 252 miles to 287 miles on a single charge.", []unitWant{
			{"from up to 252 miles to 287 miles", 252, 252, 287, Range, "mile"}}},
		{"Estimates of its depth run from about 30 feet to 40 feet.", []unitWant{{"from about 30 feet to 40 feet", 30, 30, 40, Range, "foot"}}},
		// After a verb of change, the two ends are states before and after.
		{"The river rose from 2 metres to 5 metres overnight.", []unitWant{{"2 metres", 2, 0, 0, Exact, "m"}, {"5 metres", 5, 0, 0, Exact, "m"}}},
		{"Temperatures will run from 18C to 26C tomorrow.", []unitWant{{"from 18C to 26C", 18, 18, 26, Range, "°C"}}},
		{"Wind and solar generation rose from 992 terawatt hours in 2019 to 1,129 terawatt hours in 2020.", []unitWant{
			{"992 terawatt hours", 992, 0, 0, Exact, "TWh"}, {"1,129 terawatt hours", 1129, 0, 0, Exact, "TWh"}}},
		{"The route grew from 252 miles to 287 km.", []unitWant{
			{"252 miles", 252, 0, 0, Exact, "mile"}, {"287 km", 287, 0, 0, Exact, "km"}}},
		{"The price fell from $5 to $4.", []unitWant{{"$5", 5, 0, 0, Exact, "$"}, {"$4", 4, 0, 0, Exact, "$"}}},
	})
}

// TestFiguresAlternatives: "X or Y" of one quantity is one figure with
// both values as its bounds.
func TestFiguresAlternatives(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Tickets cost eight or nine euros.", []unitWant{{"eight or nine euros", 8, 8, 9, Range, "€"}}},
		{"Fares rose to four or five dollars.", []unitWant{{"four or five dollars", 4, 4, 5, Range, "$"}}},
		{"The storm left 3 or 4 metres of snow.", []unitWant{{"3 or 4 metres", 3, 3, 4, Range, "m"}}},
		{"Two or three soldiers were wounded.", []unitWant{{"Two or three soldiers", 2, 2, 3, Range, "soldiers"}}},
	})
}

// TestFiguresEnergyUnits: units of power and energy are units of measure,
// attached, spaced, hyphenated or written out with "hours".
func TestFiguresEnergyUnits(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Solar capacity grew by 47 GW last year.", []unitWant{{"47 GW", 47, 0, 0, Exact, "GW"}}},
		{"It will replace a 1GW coal plant.", []unitWant{{"1GW", 1, 0, 0, Exact, "GW"}}},
		{"The 1.2-gigawatt wind farm will open in May.", []unitWant{{"1.2-gigawatt", 1.2, 0, 0, Exact, "GW"}}},
		{"The country produced 45 TWh of power.", []unitWant{{"45 TWh", 45, 0, 0, Exact, "TWh"}}},
		{"Generation reached 992 terawatt hours.", []unitWant{{"992 terawatt hours", 992, 0, 0, Exact, "TWh"}}},
	})
	for _, in := range []string{"Generation reached 992 terawatt hours.", "The 1.2-gigawatt wind farm will open in May."} {
		if f := Figures(in); len(f) != 1 || f[0].Category != Other || f[0].Key {
			t.Errorf("Figures(%q): a measure is category other and not key, got %+v", in, f)
		}
	}
}

// TestFiguresHeadings: a Markdown heading repeats the story and gives no
// figure, whatever its words; the same words in the body do.
func TestFiguresHeadings(t *testing.T) {
	for _, in := range []string{
		"## Thousands shelter in Saint-Marc\n\nThe story goes on.",
		"# At least 115 people killed in Pont-Sondé\n\nGunmen attacked the town.",
		"Intro line.\n\n### Between 30 and 40 vehicles torched\n\nPolice said so.",
		"#### 600 more Kenyan police officers to arrive\n",
	} {
		if figs := Figures(in); len(figs) != 0 {
			t.Errorf("Figures(%q) = %q, want none from the heading", in, figureTexts(figs))
		}
	}
	in := "## Thousands shelter in Saint-Marc\n\nThousands shelter in Saint-Marc after 115 people were killed."
	figs := Figures(in)
	if len(figs) != 2 || figs[0].Value != 1000 || figs[0].Start < len("## Thousands shelter in Saint-Marc") {
		t.Errorf("Figures(%q) = %q, want the body's two figures only", in, figureTexts(figs))
	}
}
