package extract

import (
	"strings"
	"testing"
)

// TestFiguresCurrencies: a sum of money names its currency by its sign or
// ISO code however the text writes it, so that sums in one currency
// compare and sums in two do not.
func TestFiguresCurrencies(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The traders paid 35 million naira to free the drivers.", []unitWant{{"35 million naira", 35e6, 0, 0, Exact, "₦"}}},
		{"A bag of rice now costs ₦78,000, up from NGN 41,000.", []unitWant{
			{"₦78,000", 78000, 0, 0, Exact, "₦"}, {"NGN 41,000", 41000, 0, 0, Exact, "₦"}}},
		{"The state set aside Rs 300 crore, and farmers got 6,000 rupees each and INR 2,500 more.", []unitWant{
			{"Rs 300 crore", 3e9, 0, 0, Exact, "₹"}, {"6,000 rupees", 6000, 0, 0, Exact, "₹"}, {"INR 2,500", 2500, 0, 0, Exact, "₹"}}},
		{"Flour rose to 3,200 Pakistani rupees a bag.", []unitWant{{"3,200 Pakistani rupees a bag", 3200, 0, 0, Exact, "PKR per bag"}}},
		{"The port deal is worth 4 billion yuan, paid in renminbi bonds of RMB 500 million.", []unitWant{
			{"4 billion yuan", 4e9, 0, 0, Exact, "¥"}, {"RMB 500 million", 5e8, 0, 0, Exact, "¥"}}},
		{"Exports reached CN¥ 2 trillion.", []unitWant{{"CN¥ 2 trillion", 2e12, 0, 0, Exact, "¥"}}},
		{"Entry costs 120 rand, or 95 South African rand for pupils.", []unitWant{
			{"120 rand", 120, 0, 0, Exact, "ZAR"}, {"95 South African rand", 95, 0, 0, Exact, "ZAR"}}},
		{"Each family received 5,000 Kenyan shillings, KSh 1,500 for school and 20,000 Ugandan shillings.", []unitWant{
			{"5,000 Kenyan shillings", 5000, 0, 0, Exact, "KSh"}, {"KSh 1,500", 1500, 0, 0, Exact, "KSh"},
			{"20,000 Ugandan shillings", 20000, 0, 0, Exact, "UGX"}}},
		{"Petrol sells for 14 cedis a litre in Accra, GH₵ 70 for five.", []unitWant{
			{"14 cedis a litre", 14, 0, 0, Exact, "GH₵ per litre"}, {"GH₵ 70", 70, 0, 0, Exact, "GH₵"}, {"five", 5, 0, 0, Exact, ""}}},
		{"The fine was ₺3,000, and the driver paid KSh500 and Rs450.", []unitWant{
			{"₺3,000", 3000, 0, 0, Exact, "₺"}, {"KSh500", 500, 0, 0, Exact, "KSh"}, {"Rs450", 450, 0, 0, Exact, "Rs"}}},
		{"Bread now costs 15 Turkish lira.", []unitWant{{"15 Turkish lira", 15, 0, 0, Exact, "₺"}}},
		{"The fund holds 2 billion dollars, US$ 40 million in cash, 30 million euros and 12 million pounds.", []unitWant{
			{"2 billion dollars", 2e9, 0, 0, Exact, "$"}, {"US$ 40 million", 4e7, 0, 0, Exact, "$"},
			{"30 million euros", 3e7, 0, 0, Exact, "€"}, {"12 million pounds", 1.2e7, 0, 0, Exact, "pound"}}},
		{"Canberra pledged A$12 million and Hong Kong HK$30 million.", []unitWant{
			{"A$12 million", 1.2e7, 0, 0, Exact, "A$"}, {"HK$30 million", 3e7, 0, 0, Exact, "HK$"}}},
		// A bare rupee or pound is ambiguous: it keeps its name unless the
		// text itself says which one (no country is guessed from a place).
		{"In Quetta, diesel rose to Rs 290 a litre from Rs 265.", []unitWant{
			{"Rs 290 a litre", 290, 0, 0, Exact, "Rs per litre"}, {"Rs 265", 265, 0, 0, Exact, "Rs per litre"}}},
		{"In Pokhara a kilo of lentils sells for 180 rupees.", []unitWant{{"180 rupees", 180, 0, 0, Exact, "rupee"}}},
		{"The Indian rupee fell, and a bag of cement now costs Rs 410.", []unitWant{{"Rs 410", 410, 0, 0, Exact, "₹"}}},
		{"Traders in Lahore paid PKR 9,000 per tonne; retail buyers paid Rs 9,800.", []unitWant{
			{"PKR 9,000 per tonne", 9000, 0, 0, Exact, "PKR per tonne"}, {"Rs 9,800", 9800, 0, 0, Exact, "PKR"}}},
		{"In Omdurman a sack of sorghum costs 900 pounds.", []unitWant{{"900 pounds", 900, 0, 0, Exact, "pound"}}},
		{"A Khartoum bakery sold bread for 300 Sudanese pounds.", []unitWant{{"300 Sudanese pounds", 300, 0, 0, Exact, "SDG"}}},
		{"Tickets cost 30 pounds, or £45 with a meal.", []unitWant{
			{"30 pounds", 30, 0, 0, Exact, "£"}, {"£45", 45, 0, 0, Exact, "£"}}},
		// A pound is a weight only where the text says so.
		{"Each family received 40 pounds of flour.", []unitWant{{"40 pounds", 40, 0, 0, Exact, "lb"}}},
		{"The parcel weighed 12 pounds.", []unitWant{{"12 pounds", 12, 0, 0, Exact, "lb"}}},
		{"A stamp costs 85 pence.", []unitWant{{"85 pence", 85, 0, 0, Exact, "pence"}}},
		{"The insurer's shares closed at 312p.", []unitWant{{"312p", 312, 0, 0, Exact, "pence"}}},
	})
}

// TestFiguresCompoundUnits: units of measure take their symbol or
// singular name, compound units their usual symbol, and rates of time
// their denominator.
func TestFiguresCompoundUnits(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Gusts reached 190 kilometres per hour, 160 km/h inland and 140 kph on the coast.", []unitWant{
			{"190 kilometres per hour", 190, 0, 0, Exact, "km/h"}, {"160 km/h", 160, 0, 0, Exact, "km/h"},
			{"140 kph", 140, 0, 0, Exact, "km/h"}}},
		{"The car topped 120 miles an hour, well over 70 mph.", []unitWant{
			{"120 miles an hour", 120, 0, 0, Exact, "mph"}, {"well over 70 mph", 70, 70, 0, MoreThan, "mph"}}},
		{"The battery stores 75 kilowatt hours, or 75 kWh.", []unitWant{
			{"75 kilowatt hours", 75, 0, 0, Exact, "kWh"}, {"75 kWh", 75, 0, 0, Exact, "kWh"}}},
		{"The reserve covers 340 square kilometres and the lake holds 9 million cubic metres.", []unitWant{
			{"340 square kilometres", 340, 0, 0, Exact, "km²"}, {"9 million cubic metres", 9e6, 0, 0, Exact, "m³"}}},
		{"Exports slipped to 2.4 million bpd.", []unitWant{{"2.4 million bpd", 2.4e6, 0, 0, Exact, "barrel per day"}}},
		{"The port loaded 2.4 million 50-kg sacks of maize.", []unitWant{
			{"2.4 million", 2.4e6, 0, 0, Exact, ""}, {"50-kg", 50, 0, 0, Exact, "kg"}}},
		{"Maize yields fell to 1.8 tonnes per hectare.", []unitWant{{"1.8 tonnes per hectare", 1.8, 0, 0, Exact, "tonne per hectare"}}},
		{"The region records 14 murders per 100,000 people.", []unitWant{{"14 murders per 100,000 people", 14, 0, 0, Exact, "murders per 100,000 people"}}},
		{"Income is about $1,100 per capita.", []unitWant{{"about $1,100 per capita", 1100, 0, 0, About, "$ per capita"}}},
		{"The mine produces 40,000 ounces annually and exports 3 million tonnes a year.", []unitWant{
			{"40,000 ounces annually", 40000, 0, 0, Exact, "ounce per year"}, {"3 million tonnes a year", 3e6, 0, 0, Exact, "tonne per year"}}},
		{"Lead levels hit 15 micrograms per cubic metre.", []unitWant{{"15 micrograms per cubic metre", 15, 0, 0, Exact, "µg/m³"}}},
		{"Turnout dropped 4.5 percentage points, and the bank cut rates by 75 basis points after a 25 bps rise.", []unitWant{
			{"4.5 percentage points", 4.5, 0, 0, Exact, "percentage point"}, {"75 basis points", 75, 0, 0, Exact, "basis point"},
			{"25 bps", 25, 0, 0, Exact, "basis point"}}},
		{"Mortgage rates fell by half a percent, or a quarter of a percentage point more than expected.", []unitWant{
			{"half a percent", 0.5, 0, 0, Exact, "%"}, {"a quarter of a percentage point", 0.25, 0, 0, Exact, "percentage point"}}},
		{"The comet is 12 light-years from the nearest star.", []unitWant{{"12 light-years", 12, 0, 0, Exact, "light-year"}}},
		{"She finished in 2hr 15min 30sec, and he took 3 hours and 45 minutes.", []unitWant{
			{"2hr 15min 30sec", 2 + 15.0/60 + 30.0/3600, 0, 0, Exact, "hour"}, {"3 hours and 45 minutes", 3.75, 0, 0, Exact, "hour"}}},
		{"The wall stands 6 feet 6 inches high.", []unitWant{{"6 feet 6 inches", 6.5, 0, 0, Exact, "foot"}}},
		{"Rain totals of 120mm and 4 inches were recorded over 30 miles.", []unitWant{
			{"120mm", 120, 0, 0, Exact, "mm"}, {"4 inches", 4, 0, 0, Exact, "inch"}, {"over 30 miles", 30, 30, 0, MoreThan, "mile"}}},
		{"The rupee closed at Rs 92.1 against the dollar.", []unitWant{{"Rs 92.1 against the dollar", 92.1, 0, 0, Exact, "Rs per $"}}},
		{"Copper fetched $9,800 a tonne and the miner sold $40 million of it.", []unitWant{
			{"$9,800 a tonne", 9800, 0, 0, Exact, "$ per tonne"}, {"$40 million", 4e7, 0, 0, Exact, "$"}}},
		// A price compared with a rate in its currency takes the rate.
		{"Wheat traded at $6.10 a bushel, up from $5.40 last month.", []unitWant{
			{"$6.10 a bushel", 6.1, 0, 0, Exact, "$ per bushel"}, {"$5.40", 5.4, 0, 0, Exact, "$ per bushel"}}},
		{"The retailer earned 42 cents a share, short of estimates of 47 cents.", []unitWant{
			{"42 cents a share", 42, 0, 0, Exact, "cent per share"}, {"47 cents", 47, 0, 0, Exact, "cent per share"}}},
		{"Bus fares went from £2 to £2.50 a ride.", []unitWant{
			{"£2", 2, 0, 0, Exact, "£ per ride"}, {"£2.50 a ride", 2.5, 0, 0, Exact, "£ per ride"}}},
		{"The bank earned $2.05 a share, or $4.1 billion, on revenue of $19bn.", []unitWant{
			{"$2.05 a share", 2.05, 0, 0, Exact, "$ per share"}, {"$4.1 billion", 4.1e9, 0, 0, Exact, "$"}, {"$19bn", 1.9e10, 0, 0, Exact, "$"}}},
		{"Rent is €900 a month and the deposit €2,700.", []unitWant{
			{"€900 a month", 900, 0, 0, Exact, "€ per month"}, {"€2,700", 2700, 0, 0, Exact, "€"}}},
	})
	// Not rates: the adverb belongs to the noun after it.
	for _, in := range []string{"The airline cut 40 daily flights.", "About 300 weekly-paid staff were laid off."} {
		for _, f := range Figures(in) {
			if f.Value != 1 && strings.Contains(f.Unit, " per ") {
				t.Errorf("Figures(%q): %q has the rate %q", in, f.Text, f.Unit)
			}
		}
	}
}

// TestFiguresChangeOfState: "from X to Y" after a verb of change, and "X
// to Y" after one where Y is far above X, are two figures (the state
// before and the state after, which carries the change); a span of values
// stays one range.
func TestFiguresChangeOfState(t *testing.T) {
	checkChangeCases(t, []changeCase{
		{"Inflation rose from 3.2% to 4.1% in March.", []changeWant{{"3.2%", 3.2, Exact, ChangeEqual, "%"}, {"4.1%", 4.1, Exact, ChangeUp, "%"}}},
		{"The regulator cut the cap from £2,500 to £1,900.", []changeWant{{"£2,500", 2500, Exact, ChangeEqual, "£"}, {"£1,900", 1900, Exact, ChangeDown, "£"}}},
		{"The bank will raise its rate by 25 basis points, from 4% to 4.25%, next month.", []changeWant{
			{"25 basis points", 25, Exact, ChangeUp, "basis point"}, {"4%", 4, Exact, ChangeEqual, "%"}, {"4.25%", 4.25, Exact, ChangeUp, "%"}}},
		{"Wind capacity grew from 12 GW to 20 GW.", []changeWant{{"12 GW", 12, Exact, ChangeEqual, "GW"}, {"20 GW", 20, Exact, ChangeUp, "GW"}}},
		{"The count of open wells went up 4 to 210.", []changeWant{{"4", 4, Exact, ChangeUp, ""}, {"210", 210, Exact, ChangeUp, ""}}},
		{"Officials lowered the forecast for growth to 1.5%.", []changeWant{{"1.5%", 1.5, Exact, ChangeDown, "%"}}},
		{"Average rents rose £90 to £1,340.", []changeWant{{"£90", 90, Exact, ChangeUp, "£"}, {"£1,340", 1340, Exact, ChangeUp, "£"}}},
		{"Quarterly profit climbed 9% year-on-year to Rs 1,800 crore.", []changeWant{{"9%", 9, Exact, ChangeUp, "%"}, {"Rs 1,800 crore", 1.8e10, Exact, ChangeUp, "Rs"}}},
		// A verb that does not say the direction: the values do.
		{"The harvest estimate was revised from 4.2 million tonnes to 3.9 million tonnes.", []changeWant{
			{"4.2 million tonnes", 4.2e6, Exact, ChangeEqual, "tonne"}, {"3.9 million tonnes", 3.9e6, Exact, ChangeDown, "tonne"}}},
		{"Bus fares went from £2 to £2.50.", []changeWant{{"£2", 2, Exact, ChangeEqual, "£"}, {"£2.50", 2.5, Exact, ChangeUp, "£"}}},
		// Ranges: no verb of change, a span after one, "ranging from".
		{"Daytime highs ranging from 31 to 36 degrees are expected.", []changeWant{{"from 31 to 36 degrees", 31, Range, ChangeEqual, "degree"}}},
		{"Fares rose 2 to 3 percent.", []changeWant{{"2 to 3 percent", 2, Range, ChangeUp, "%"}}},
		{"Forecasters expect from 40 to 60 millimetres of rain.", []changeWant{{"from 40 to 60 millimetres", 40, Range, ChangeEqual, "mm"}}},
		{"Prices rose between 5 and 7 per cent.", []changeWant{{"between 5 and 7 per cent", 5, Range, ChangeUp, "%"}}},
		{"Inflation stayed inside its two-to-four percent band, and growth of 1-to-2 percent is forecast.", []changeWant{
			{"two-to-four percent", 2, Range, ChangeEqual, "%"}, {"1-to-2 percent", 1, Range, ChangeEqual, "%"}}},
	})
}

// TestFiguresChangeOfStateShared: in "from X to Y" with the scale or unit
// written once after Y, the old value X takes them as a range's lower
// bound does, and a verb that does not say the direction takes it from
// the scaled values; a range after a verb that does not govern it stays a
// range.
func TestFiguresChangeOfStateShared(t *testing.T) {
	checkChangeCases(t, []changeCase{
		{"The forecast of the wheat crop was revised from 81 to 70 million.", []changeWant{
			{"81", 81e6, Exact, ChangeEqual, ""}, {"70 million", 70e6, Exact, ChangeDown, ""}}},
		{"Registered returnees rose from 1.5 to 2.3 million over the year.", []changeWant{
			{"1.5", 1.5e6, Exact, ChangeEqual, "people"}, {"2.3 million", 2.3e6, Exact, ChangeUp, "people"}}}, // bare counts of the displaced: people
		{"Unemployment in the province climbed from 5 to 7 percent.", []changeWant{
			{"5", 5, Exact, ChangeEqual, "%"}, {"7 percent", 7, Exact, ChangeUp, "%"}}},
		{"The relief budget was adjusted from 3.5 to 2.8 billion dollars.", []changeWant{
			{"3.5", 3.5e9, Exact, ChangeEqual, "$"}, {"2.8 billion dollars", 2.8e9, Exact, ChangeDown, "$"}}},
		{"The price of a sack fell from 4,100 to 3,200 shillings.", []changeWant{
			{"4,100", 4100, Exact, ChangeEqual, "shilling"}, {"3,200 shillings", 3200, Exact, ChangeDown, "shilling"}}},
		{"The council cut the number of checkpoints from 40 to 12 posts.", []changeWant{
			{"40", 40, Exact, ChangeEqual, "posts"}, {"12 posts", 12, Exact, ChangeDown, "posts"}}},
		// The verb of change does not govern the span: a range.
		{"Shelling increased in villages from 10 to 20 km from the border.", []changeWant{
			{"from 10 to 20 km", 10, Range, ChangeEqual, "km"}}},
		{"Bread prices rose 10 to 60 percent in the northern markets.", []changeWant{
			{"10 to 60 percent", 10, Range, ChangeUp, "%"}}},
		{"Clashes grew sharply, with bands from 50 to 100 fighters on the hills.", []changeWant{
			{"from 50 to 100 fighters", 50, Range, ChangeEqual, "fighters"}}},
		// A phrase of time, a pronoun or a qualifier between the verb and its figure.
		{"Inflation eased in March to 4.2%.", []changeWant{{"4.2%", 4.2, Exact, ChangeDown, "%"}}},
		{"The wheat crop is forecast to fall from 12.1 million tonnes in 2024 to 10.8 million tonnes.", []changeWant{
			{"12.1 million tonnes", 12.1e6, Exact, ChangeEqual, "tonne"}, {"10.8 million tonnes", 10.8e6, Exact, ChangeDown, "tonne"}}},
		{"The regulator set the levy at 11 percent in 2023, then raised it from 11 percent to 12.5 percent.", []changeWant{
			{"11 percent", 11, Exact, ChangeEqual, "%"}, {"11 percent", 11, Exact, ChangeEqual, "%"}, {"12.5 percent", 12.5, Exact, ChangeUp, "%"}}},
		{"Shares slid as much as 6% to 210 pence.", []changeWant{
			{"as much as 6%", 6, UpTo, ChangeDown, "%"}, {"210 pence", 210, Exact, ChangeDown, "pence"}}},
	})
}

// changeCase is a text and the figures it gives, in order, with their
// change and unit.
type changeCase struct {
	in   string
	want []changeWant
}

type changeWant struct {
	text   string
	value  float64
	qual   Qualifier
	change Change
	unit   string
}

// checkChangeCases runs the extractor on each case and checks that it gives
// exactly the figures of want.
func checkChangeCases(t *testing.T, cases []changeCase) {
	t.Helper()
	for _, c := range cases {
		figs := Figures(c.in)
		if len(figs) != len(c.want) {
			t.Errorf("Figures(%q) = %q, want %d figures", c.in, figureTexts(figs), len(c.want))
			continue
		}
		for i, w := range c.want {
			f := figs[i]
			if f.Text != w.text || !sameValue(f.Value, w.value) || f.Qualifier != w.qual || f.Change != w.change || f.Unit != w.unit {
				t.Errorf("Figures(%q)[%d] = %q %g %q change %q unit %q, want %q %g %q change %q unit %q", c.in, i,
					f.Text, f.Value, f.Qualifier, f.Change, f.Unit, w.text, w.value, w.qual, w.change, w.unit)
			}
		}
	}
}

// TestNormalUnit: the spellings of one unit come out the same; a unit the
// tables do not know is kept, and a counted noun is not touched.
func TestNormalUnit(t *testing.T) {
	cases := []struct {
		in   string
		kind QuantityKind
		want string
	}{
		{"Kilometres per hour", QuantityDimension, "km/h"},
		{"metres per second", QuantityDimension, "m/s"},
		{"terawatt hours", QuantityDimension, "TWh"},
		{"sq km", QuantityDimension, "km²"},
		{"square miles", QuantityDimension, "square mile"},
		{"metric tons", QuantityDimension, "tonne"},
		{"tons", QuantityDimension, "ton"},                       // a short or long ton is no tonne
		{"kilowatts per hour", QuantityDimension, "kW per hour"}, // a rate of power, not energy
		{"inches", QuantityDimension, "inch"},
		{"furlongs", QuantityDimension, "furlong"},
		{"degrees Fahrenheit", QuantityTemperature, "°F"},
		{"C", QuantityTemperature, "°C"},
		{"degrees", QuantityTemperature, "degree"},
		{"decades", QuantityDuration, "decade"},
		{"hrs", QuantityDuration, "hour"},
		{"Swiss francs", QuantityCurrency, "CHF"},
		{"dinars", QuantityCurrency, "dinar"},
		{"THB", QuantityCurrency, "THB"},
		{"people", QuantityNumber, "people"},
		{"police officers", QuantityNumber, "police officers"},
	}
	for _, c := range cases {
		if got := normalUnit(c.in, c.kind); got != c.want {
			t.Errorf("normalUnit(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
