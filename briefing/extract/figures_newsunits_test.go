package extract

import "testing"

// TestFiguresNairaN: Nigerian copy writes the naira as a capital N glued
// to the amount; an amount written as money is a sum, a name glued to a
// bare number ("N95 masks") is not.
func TestFiguresNairaN(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Maize sold for N45,500 in Kano, where clinics ran short of N95 masks.", []unitWant{
			{"N45,500", 45500, 0, 0, Exact, "₦"}}},
		{"The state assembly passed a budget of N1.2 trillion.", []unitWant{{"N1.2 trillion", 1.2e12, 0, 0, Exact, "₦"}}},
		{"A litre of diesel rose by N12.50 overnight.", []unitWant{{"N12.50", 12.5, 0, 0, Exact, "₦"}}},
	})
}

// TestFiguresExchangeRates: a bare number "to the dollar", "per dollar"
// or "against the US dollar" is the price of the currency the sentence
// names before it, in that dollar.
func TestFiguresExchangeRates(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The Egyptian pound weakened to 48.5 against the US dollar.", []unitWant{{"48.5", 48.5, 0, 0, Exact, "EGP per $"}}},
		{"Uganda's shilling held at 3,700 to the dollar in May.", []unitWant{{"3,700", 3700, 0, 0, Exact, "UGX per $"}}},
		{"The yen slid to 151 per dollar.", []unitWant{{"151", 151, 0, 0, Exact, "¥ per $"}}},
		{"The rupee, which India's central bank defends, closed at 84.2 to the dollar.", []unitWant{{"84.2", 84.2, 0, 0, Exact, "rupee per $"}}},
		{"The rupee fell 20 paise to 83.45 against the US dollar.", []unitWant{
			{"20 paise", 20, 0, 0, Exact, "paise per $"}, {"83.45", 83.45, 0, 0, Exact, "rupee per $"}}},
		// No currency named: the rate's currency is unknown, and no unit is guessed.
		{"The rate reached 155 per dollar.", []unitWant{{"155", 155, 0, 0, Exact, ""}}},
	})
}

// TestFiguresUnitSigns: the signs the dev sets' conventions give a unit:
// the yuan is "¥" as the yen is, pence are "pence", the Kenyan shilling
// "KSh", and a rate per area keeps its "²".
func TestFiguresUnitSigns(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Imports fell to 9.1 trillion yuan.", []unitWant{{"9.1 trillion yuan", 9.1e12, 0, 0, Exact, "¥"}}},
		{"Tokyo's budget is 8 trillion yen.", []unitWant{{"8 trillion yen", 8e12, 0, 0, Exact, "¥"}}},
		{"The dividend rose to 45 pence a share.", []unitWant{{"45 pence a share", 45, 0, 0, Exact, "pence per share"}}},
		{"Gaza holds about 6,000 people per km².", []unitWant{{"about 6,000 people per km²", 6000, 0, 0, About, "people per km²"}}},
		{"Rents reached €14 per m².", []unitWant{{"€14 per m²", 14, 0, 0, Exact, "€ per m²"}}},
		{"Households pay 5.2 US cents per kilowatt-hour.", []unitWant{{"5.2 US cents per kilowatt-hour", 5.2, 0, 0, Exact, "cent per kWh"}}},
	})
}

// TestFiguresRupeeRanges: a range whose bounds both carry a currency
// written as a word or code is one range ("Rs 80 to Rs 100"), and "Rs."
// with its full stop neither ends the sentence nor loses the sum.
func TestFiguresRupeeRanges(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Onions sold for Rs 40 to Rs 60 in Patna.", []unitWant{{"Rs 40 to Rs 60", 40, 40, 60, Range, "Rs"}}},
		{"Rents ran between KSh 9,000 and KSh 15,000.", []unitWant{{"between KSh 9,000 and KSh 15,000", 9000, 9000, 15000, Range, "KSh"}}},
		{"Farmers get a bonus of Rs. 150 per quintal.", []unitWant{{"Rs. 150 per quintal", 150, 0, 0, Exact, "Rs per quintal"}}},
		{"Onions sold for between Rs. 40 and Rs. 60 a kilo.", []unitWant{{"between Rs. 40 and Rs. 60 a kilo", 40, 40, 60, Range, "Rs per kg"}}},
		// Two sums of a change stay two figures.
		{"Fares rose from KSh 500 to KSh 700.", []unitWant{{"KSh 500", 500, 0, 0, Exact, "KSh"}, {"KSh 700", 700, 0, 0, Exact, "KSh"}}},
	})
}

// TestFiguresDefinedShortForms: a short form the text defines in brackets
// after a scaled unit ("million tonnes (mt)") carries that unit and scale
// where it is used again; where the text defines none it stays as written.
func TestFiguresDefinedShortForms(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Output reached 12 million tonnes (mt), short of a target of 15 mt.", []unitWant{
			{"12 million tonnes", 12e6, 0, 0, Exact, "tonne"}, {"15 mt", 15e6, 0, 0, Exact, "tonne"}}},
		{"Storage fell to 4.2 billion cubic metres (bcm) from 5.1 bcm a year ago.", []unitWant{
			{"4.2 billion cubic metres", 4.2e9, 0, 0, Exact, "m³"}, {"5.1 bcm", 5.1e9, 0, 0, Exact, "m³"}}},
		{"Exports were 500 mt in May.", []unitWant{{"500 mt", 500, 0, 0, Exact, "mt"}}},
		// The scale words are the number lexicon's, plurals of lakh and crore included.
		{"Arrivals touched 2.5 lakhs tonnes (LT), against 1.8 LT a year earlier.", []unitWant{
			{"2.5 lakhs tonnes", 2.5e5, 0, 0, Exact, "tonne"}, {"1.8 LT", 1.8e5, 0, 0, Exact, "tonne"}}},
	})
}

// TestFiguresRangesAndRates: a range given from its top, a range across
// metric prefixes, a rate with two denominators, a minus before a
// temperature glued to its C.
func TestFiguresRangesAndRates(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The cedi swung between 15.2 and 13.9 against the dollar.", []unitWant{
			{"between 15.2 and 13.9", 13.9, 13.9, 15.2, Range, "GH₵ per $"}}},
		{"Flooding displaced between 3,000 and 2,000 people.", []unitWant{{"between 3,000 and 2,000 people", 2000, 2000, 3000, Range, "people"}}},
		{"Rooftop arrays range from 500 kW to 2 MW.", []unitWant{{"from 500 kW to 2 MW", 500, 500, 2000, Range, "kW"}}},
		{"Fibre lines carry 300 Mbps to 1 Gbps.", []unitWant{{"300 Mbps to 1 Gbps", 300, 300, 1000, Range, "Mbps"}}},
		{"Camps get 15 litres per person per day.", []unitWant{{"15 litres per person per day", 15, 0, 0, Exact, "litre per person per day"}}},
		{"The mill emits 40,000 tonnes of CO2 a year.", []unitWant{{"40,000 tonnes of CO2 a year", 40000, 0, 0, Exact, "tonne per year"}}},
		{"Night frost reached minus 7C in the valley.", []unitWant{{"minus 7C", -7, 0, 0, Exact, "°C"}}},
		// Still two figures: a change in one unit.
		{"Capacity grew from 710 GW to 1,177 GW.", []unitWant{{"710 GW", 710, 0, 0, Exact, "GW"}, {"1,177 GW", 1177, 0, 0, Exact, "GW"}}},
	})
}

// TestFiguresComparedRates: a figure compared with a rate of the same
// unit, or the level a change by a rate reaches, takes that rate; a
// measure as well as a sum.
func TestFiguresComparedRates(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Maize growers harvest 3 tonnes a hectare, against a regional average of 2.2 tonnes.", []unitWant{
			{"3 tonnes a hectare", 3, 0, 0, Exact, "tonne per hectare"}, {"2.2 tonnes", 2.2, 0, 0, Exact, "tonne per hectare"}}},
		{"The state cut the price of kerosene by ₹15 per litre, to ₹92.", []unitWant{
			{"₹15 per litre", 15, 0, 0, Exact, "₹ per litre"}, {"₹92", 92, 0, 0, Exact, "₹ per litre"}}},
		{"The cedi closed at GH₵15 per dollar, compared to GH₵14.2 a week earlier.", []unitWant{
			{"GH₵15 per dollar", 15, 0, 0, Exact, "GH₵ per $"}, {"GH₵14.2", 14.2, 0, 0, Exact, "GH₵ per $"}}},
		{"Alphabet earned $2.12 a share in the second quarter, above the average analyst estimate of $1.84.", []unitWant{
			{"$2.12 a share", 2.12, 0, 0, Exact, "$ per share"}, {"$1.84", 1.84, 0, 0, Exact, "$ per share"}}},
		// No rate: the sums are of different sizes, or the second is no level of the change.
		{"The bank paid $2 a share in the year to June, with a total payout of $3 billion.", []unitWant{
			{"$2 a share", 2, 0, 0, Exact, "$ per share"}, {"$3 billion", 3e9, 0, 0, Exact, "$"}}},
		{"The firm paid $2 a share to investors and $40 million to banks.", []unitWant{
			{"$2 a share", 2, 0, 0, Exact, "$ per share"}, {"$40 million", 40e6, 0, 0, Exact, "$"}}},
	})
}

// TestFiguresPeriodCounts: "the first three quarters" counts quarters of
// the calendar, not three fourths; "the one-year rate" is a measure, not
// the pronoun "the one".
func TestFiguresPeriodCounts(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Exports grew in the first three quarters of 2024.", []unitWant{{"three quarters", 3, 0, 0, Exact, "quarter"}}},
		{"Profits fell over the past two quarters.", []unitWant{{"two quarters", 2, 0, 0, Exact, "quarter"}}},
		{"Three quarters of the budget went to defence.", []unitWant{{"Three quarters of the budget", 0.75, 0, 0, Exact, "the budget"}}},
		{"He ate the last three quarters of the pie.", []unitWant{{"three quarters of the pie", 0.75, 0, 0, Exact, "the pie"}}},
		{"The bank cut the one-year rate.", []unitWant{{"one-year", 1, 0, 0, Exact, "year"}}},
		{"This one is cheaper than the one we saw.", nil},
	})
}

// TestFiguresInheritedRates: a bare number that takes its noun from the
// figure before it keeps a rate of its own.
func TestFiguresInheritedRates(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The plant built 3,000 cars in May, and 2,500 a month last year.", []unitWant{
			{"3,000 cars", 3000, 0, 0, Exact, "cars"}, {"2,500", 2500, 0, 0, Exact, "cars per month"}}},
		{"The plant built 3,000 cars in May, and 2,500 in June.", []unitWant{
			{"3,000 cars", 3000, 0, 0, Exact, "cars"}, {"2,500", 2500, 0, 0, Exact, "cars"}}},
	})
}

// TestFiguresChangeLevels: the level a change reaches, written bare after
// "to" or "at", takes the change's unit; a percent change gives none.
func TestFiguresChangeLevels(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The Nikkei fell 610 points, or 1.6%, to 37,200.", []unitWant{
			{"610 points", 610, 0, 0, Exact, "points"}, {"1.6%", 1.6, 0, 0, Exact, "%"}, {"37,200", 37200, 0, 0, Exact, "points"}}},
		{"The Sensex ended 95 points lower at 72,100.", []unitWant{
			{"95 points", 95, 0, 0, Exact, "points"}, {"72,100", 72100, 0, 0, Exact, "points"}}},
		{"The index rose 3% to 4,500.", []unitWant{{"3%", 3, 0, 0, Exact, "%"}, {"4,500", 4500, 0, 0, Exact, ""}}},
	})
}

// TestFiguresGluedRanges: a range whose unit is glued to its top is a
// range of that measure; a time of day stays no figure's unit.
func TestFiguresGluedRanges(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The coupe does 0-100km/h in 4 seconds.", []unitWant{{"0-100km/h", 0, 0, 100, Range, "km/h"}, {"4 seconds", 4, 0, 0, Exact, "second"}}},
		{"Highs of 31-34C are forecast.", []unitWant{{"31-34C", 31, 31, 34, Range, "°C"}}},
		{"Mortgage rates rose 2-3pc.", []unitWant{{"2-3pc", 2, 2, 3, Range, "%"}}},
	})
}

// TestFiguresScaledCodes: a currency code with the letter of millions or
// thousands before it, as financial reports write it, is that many of the
// currency; a name of the same shape is no sum.
func TestFiguresScaledCodes(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Write-downs reached 45 MUSD in the year.", []unitWant{{"45 MUSD", 45e6, 0, 0, Exact, "$"}}},
		{"The board approved 300 kEUR for repairs.", []unitWant{{"300 kEUR", 3e5, 0, 0, Exact, "€"}}},
		{"The MOAB 60 trial was cancelled.", nil},
	})
}

// TestFiguresSpacedDegrees: wire copy writes a temperature with its C or
// F apart from the number; after a word of weather, or before a
// conversion in brackets, that letter is the unit. A label is no
// temperature.
func TestFiguresSpacedDegrees(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Overnight lows of 3 C are forecast.", []unitWant{{"3 C", 3, 0, 0, Exact, "°C"}}},
		{"The city reached 44 C (111 F) on Monday.", []unitWant{{"44 C", 44, 0, 0, Exact, "°C"}, {"111 F", 111, 0, 0, Exact, "°F"}}},
		{"He was moved to Room 24 C.", nil},
	})
}

// TestFiguresUnitsOfTrade: a price takes the unit it is quoted for, "a"
// or "per" any unit of trade or measure, and a denominator that has its
// own count or scale keeps it in the unit's short form.
func TestFiguresUnitsOfTrade(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Egg prices hit $4.82 a dozen in January.", []unitWant{{"$4.82 a dozen", 4.82, 0, 0, Exact, "$ per dozen"}}},
		{"Cotton sold at Rs 7,020 a quintal.", []unitWant{{"Rs 7,020 a quintal", 7020, 0, 0, Exact, "Rs per quintal"}}},
		{"Gold was quoted at ₹71,850 per 10 gm on Friday.", []unitWant{{"₹71,850 per 10 gm", 71850, 0, 0, Exact, "₹ per 10 g"}}},
		{"Gold rose to ₹72,300 per 10 grams.", []unitWant{{"₹72,300 per 10 grams", 72300, 0, 0, Exact, "₹ per 10 g"}}},
		{"Henry Hub gas rose to $2.85 per million British thermal units.", []unitWant{
			{"$2.85 per million British thermal units", 2.85, 0, 0, Exact, "$ per MMBtu"}}},
		{"Offices in the district rent for $500 a square foot.", []unitWant{{"$500 a square foot", 500, 0, 0, Exact, "$ per square foot"}}},
		{"Power sold for €87 a megawatt hour.", []unitWant{{"€87 a megawatt hour", 87, 0, 0, Exact, "€ per MWh"}}},
		{"Production fell to 9.8 million b/d.", []unitWant{{"9.8 million b/d", 9.8e6, 0, 0, Exact, "barrel per day"}}},
		{"The country consumed 50 billion kilowatt-hours.", []unitWant{{"50 billion kilowatt-hours", 5e10, 0, 0, Exact, "kWh"}}},
		{"The phone has a 4,000 mAh battery.", []unitWant{{"4,000 mAh", 4000, 0, 0, Exact, "mAh"}}},
		// Not a rate: "a dozen" that counts, a distance from a place.
		{"Police detained a dozen protesters.", []unitWant{{"a dozen protesters", 12, 0, 0, Exact, "protesters"}}},
		{"Gunmen killed 12 people a mile from the village.", []unitWant{{"12 people", 12, 0, 0, Exact, "people"}}},
		{"Police found 12 bodies a dozen kilometres away.", []unitWant{
			{"12 bodies", 12, 0, 0, Exact, "bodies"}, {"a dozen kilometres", 12, 0, 0, Exact, "km"}}},
	})
}

// TestFiguresMinorCurrency: cents, pence, paise and kobo are sums, the
// cent sign after the amount included; a currency's move in them is a
// move of its exchange rate when the rate follows.
func TestFiguresMinorCurrency(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Bananas cost 65¢ a pound.", []unitWant{{"65¢ a pound", 65, 0, 0, Exact, "cent per pound"}}},
		{"The rupee settled 12 paise lower at 83.45 against the US dollar.", []unitWant{
			{"12 paise", 12, 0, 0, Exact, "paise per $"}, {"83.45", 83.45, 0, 0, Exact, "rupee per $"}}},
		{"The naira fell by N95.83 to N1,658.48 against the dollar.", []unitWant{
			{"N95.83", 95.83, 0, 0, Exact, "₦ per $"}, {"N1,658.48 against the dollar", 1658.48, 0, 0, Exact, "₦ per $"}}},
		{"The naira appreciated by ₦82.52 to reach ₦1,300 per dollar.", []unitWant{
			{"₦82.52", 82.52, 0, 0, Exact, "₦ per $"}, {"₦1,300 per dollar", 1300, 0, 0, Exact, "₦ per $"}}},
		{"The cedi traded at GH₵15.2 to the dollar.", []unitWant{{"GH₵15.2 to the dollar", 15.2, 0, 0, Exact, "GH₵ per $"}}},
		{"The fare rose by 50 kobo.", []unitWant{{"50 kobo", 50, 0, 0, Exact, "kobo"}}},
		// A move that reaches no exchange rate keeps its own unit; a sum
		// sent to the euro zone is no rate.
		{"Diesel rose 9 paise to 89.5 rupees a litre.", []unitWant{
			{"9 paise", 9, 0, 0, Exact, "paise"}, {"89.5 rupees a litre", 89.5, 0, 0, Exact, "rupee per litre"}}},
		{"The EU sent €5 billion to the euro zone fund.", []unitWant{{"€5 billion", 5e9, 0, 0, Exact, "€"}}},
	})
}

// TestFiguresPercentRates and the levels of indices: a percent by a unit
// of time is a rate; an index's level takes the points of its move, the
// percent before or after it.
func TestFiguresPercentRates(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Inflation has averaged 2.5 per cent a year since 2010.", []unitWant{{"2.5 per cent", 2.5, 0, 0, Exact, "% per year"}}},
		{"The bank pays 4.5% per annum.", []unitWant{{"4.5%", 4.5, 0, 0, Exact, "% per year"}}},
		{"Annual inflation slowed to 2.6% from 3.0% a month earlier.", []unitWant{
			{"2.6%", 2.6, 0, 0, Exact, "%"}, {"3.0%", 3, 0, 0, Exact, "%"}}},
		{"The index fell 2.1 per cent, or 154 points, to 7,100.", []unitWant{
			{"2.1 per cent", 2.1, 0, 0, Exact, "%"}, {"154 points", 154, 0, 0, Exact, "points"}, {"7,100", 7100, 0, 0, Exact, "points"}}},
		{"The Nikkei rose 1.5%, or 580 points, to close at 39,400.", []unitWant{
			{"1.5%", 1.5, 0, 0, Exact, "%"}, {"580 points", 580, 0, 0, Exact, "points"}, {"39,400", 39400, 0, 0, Exact, "points"}}},
		{"Bond yields rose 15bp.", []unitWant{{"15bp", 15, 0, 0, Exact, "basis point"}}},
		{"The thermometer showed 46.8 °C at noon.", []unitWant{{"46.8 °C", 46.8, 0, 0, Exact, "°C"}}},
	})
}

// TestFiguresRunsOfTime: "10 straight weeks", "two consecutive quarters"
// are durations in their unit of time; an ordinal run ("a third straight
// session") is no figure.
func TestFiguresRunsOfTime(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Prices rose for 10 straight weeks.", []unitWant{{"10 straight weeks", 10, 0, 0, Exact, "week"}}},
		{"GDP shrank for two consecutive quarters.", []unitWant{{"two consecutive quarters", 2, 0, 0, Exact, "quarter"}}},
		{"Oil fell for a third straight session.", nil},
	})
}

// TestFiguresPriceMoves: a price moved on to a second level in the same
// clause keeps its rate ("dropping to $13,083"); another commodity's
// price after "while" does not take it.
func TestFiguresPriceMoves(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Copper rose to $13,345.50 per ton, dropping to $13,083 at the close.", []unitWant{
			{"$13,345.50 per ton", 13345.5, 0, 0, Exact, "$ per ton"}, {"$13,083", 13083, 0, 0, Exact, "$ per ton"}}},
		{"Brent rose to $82 a barrel before falling to $80.", []unitWant{
			{"$82 a barrel", 82, 0, 0, Exact, "$ per barrel"}, {"$80", 80, 0, 0, Exact, "$ per barrel"}}},
		{"Gold hit a record $3,500 an ounce before easing back to $3,410.", []unitWant{
			{"$3,500 an ounce", 3500, 0, 0, Exact, "$ per ounce"}, {"$3,410", 3410, 0, 0, Exact, "$ per ounce"}}},
		{"Gold rose to $2,341.50 an ounce, while silver gained 1.2% to $29.80.", []unitWant{
			{"$2,341.50 an ounce", 2341.5, 0, 0, Exact, "$ per ounce"}, {"1.2%", 1.2, 0, 0, Exact, "%"}, {"$29.80", 29.8, 0, 0, Exact, "$"}}},
	})
}

// TestFiguresTradeShortForms: the short forms of scaled units that trade
// and energy copy leaves undefined carry their scale; "mt" is read only
// where the text defines it.
func TestFiguresTradeShortForms(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Last year the government procured a record 433 LMT of wheat.", []unitWant{{"433 LMT", 4.33e7, 0, 0, Exact, "tonne"}}},
		{"Europe imported 18 bcm of gas.", []unitWant{{"18 bcm", 1.8e10, 0, 0, Exact, "m³"}}},
		{"The field holds 3.5 tcf of gas.", []unitWant{{"3.5 tcf", 3.5e12, 0, 0, Exact, "cubic foot"}}},
		{"The terminal can ship 5 mtpa.", []unitWant{{"5 mtpa", 5e6, 0, 0, Exact, "tonne per year"}}},
		{"The mill sold 300 mt of steel.", []unitWant{{"300 mt", 300, 0, 0, Exact, "mt"}}},
	})
}

// TestFiguresBareDegrees: bare "degrees" take the scale the text names
// when it names one; a "-degree" compound is a temperature.
func TestFiguresBareDegrees(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The valley is bracing for 116 degrees Fahrenheit, with 110-115 degrees expected in town.", []unitWant{
			{"116 degrees Fahrenheit", 116, 0, 0, Exact, "°F"}, {"110-115 degrees", 110, 110, 115, Range, "°F"}}},
		{"Madrid hit 41°C on Monday and 39 degrees on Tuesday.", []unitWant{
			{"41°C", 41, 0, 0, Exact, "°C"}, {"39 degrees", 39, 0, 0, Exact, "°C"}}},
		{"Boise could see 105-110-degree temperatures.", []unitWant{{"105-110-degree", 105, 105, 110, Range, "degree"}}},
		// Neither scale named, or both: the degrees stay degrees.
		{"Temperatures could top 100 degrees in Dallas.", []unitWant{{"100 degrees", 100, 0, 0, Exact, "degree"}}},
		{"It was 40°C (104°F) at noon and 35 degrees by night.", []unitWant{
			{"40°C", 40, 0, 0, Exact, "°C"}, {"104°F", 104, 0, 0, Exact, "°F"}, {"35 degrees", 35, 0, 0, Exact, "degree"}}},
	})
}

// TestFiguresMeasureWords: units of measure written out or as compounds
// take their symbol or singular name, not the noun after them.
func TestFiguresMeasureWords(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The cargo weighed 2,000 kilos.", []unitWant{{"2,000 kilos", 2000, 0, 0, Exact, "kg"}}},
		{"A 120-volt outlet is standard in the US.", []unitWant{{"120-volt", 120, 0, 0, Exact, "V"}}},
		{"The camera has a 48-megapixel sensor.", []unitWant{{"48-megapixel", 48, 0, 0, Exact, "megapixel"}}},
		{"The storm's central pressure fell to 940 millibars.", []unitWant{{"940 millibars", 940, 0, 0, Exact, "millibar"}}},
	})
}

// TestFiguresLetterSums: South African and East African papers write the
// rand and the shilling as letters glued to the amount, as Nigerian ones
// write the naira; a name glued to a bare number stays a name.
func TestFiguresLetterSums(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Eskom needs R254 billion to survive.", []unitWant{{"R254 billion", 2.54e11, 0, 0, Exact, "ZAR"}}},
		{"Petrol rose by R1.20 a litre.", []unitWant{{"R1.20 a litre", 1.2, 0, 0, Exact, "ZAR per litre"}}},
		{"The Treasury released Sh50 billion to counties.", []unitWant{{"Sh50 billion", 5e10, 0, 0, Exact, "shilling"}}},
		{"Uganda allocated Shs 1.2 trillion to security.", []unitWant{{"Shs 1.2 trillion", 1.2e12, 0, 0, Exact, "shilling"}}},
		{"He took the R5 road to town.", nil},
	})
}

// TestFiguresRatePoints: the points of a change in a rate, as economics
// copy writes them: "pp" and "ppt" are percentage points, and a fraction
// of a point is that many points.
func TestFiguresRatePoints(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Unemployment rose 0.5 ppt to 4.3%.", []unitWant{
			{"0.5 ppt", 0.5, 0, 0, Exact, "percentage point"}, {"4.3%", 4.3, 0, 0, Exact, "%"}}},
		{"The margin narrowed by 2 pp.", []unitWant{{"2 pp", 2, 0, 0, Exact, "percentage point"}}},
		{"The poll showed a 3 pp drop in support.", []unitWant{{"3 pp", 3, 0, 0, Exact, "percentage point"}}},
		{"Rates were cut by a quarter point.", []unitWant{{"a quarter point", 0.25, 0, 0, Exact, "point"}}},
		{"The rate rose by half a point.", []unitWant{{"half a point", 0.5, 0, 0, Exact, "point"}}},
	})
}

// TestFiguresMarketMoves: the words of a market's moves ("plunging by",
// "rebounded", "to a record low of", "the greenback"), a price per a
// container of a given weight, a substance written as a formula, and a
// level reached after or before the price in the same sentence; the move
// is in the price's rate (quantity batches 3–7; see TestFiguresSentenceRate).
func TestFiguresMarketMoves(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Silver fell for a third day, plunging by Rs 1,000 to Rs 95,000 per kilogram.", []unitWant{
			{"Rs 1,000", 1000, 0, 0, Exact, "Rs per kg"}, {"Rs 95,000 per kilogram", 95000, 0, 0, Exact, "Rs per kg"}}},
		{"The rupee slid 22 paise to a record low of 84.9 against the US dollar.", []unitWant{
			{"22 paise", 22, 0, 0, Exact, "paise per $"}, {"84.9", 84.9, 0, 0, Exact, "rupee per $"}}},
		{"The shilling closed at 129 against the greenback.", []unitWant{{"129", 129, 0, 0, Exact, "shilling per $"}}},
		{"Millers sold flour at N52,000 per 25kg bag.", []unitWant{{"N52,000 per 25kg bag", 52000, 0, 0, Exact, "₦ per bag"}}},
		{"The plant emits 900,000 tonnes of CO₂ per year.", []unitWant{{"900,000 tonnes of CO₂ per year", 900000, 0, 0, Exact, "tonne per year"}}},
		{"WTI rose to $74.10 a barrel on the NYMEX exchange in New York after briefly falling to $72.80.", []unitWant{
			{"$74.10 a barrel", 74.1, 0, 0, Exact, "$ per barrel"}, {"$72.80", 72.8, 0, 0, Exact, "$ per barrel"}}},
		// A percent "monthly" is a change on the month, no rate; a price
		// after "and" belongs to another clause.
		{"Core prices climbed 0.2% monthly.", []unitWant{{"0.2%", 0.2, 0, 0, Exact, "%"}}},
		{"Brent rose to $80 a barrel on Monday and the index fell after falling to $70.", []unitWant{
			{"$80 a barrel", 80, 0, 0, Exact, "$ per barrel"}, {"$70", 70, 0, 0, Exact, "$"}}},
	})
}

// TestFiguresWarVerbsNoChange: the verbs of war that are also verbs of a
// market's moves give a count no direction: ships sunk, bombs dropped,
// towns gained.
func TestFiguresWarVerbsNoChange(t *testing.T) {
	for _, in := range []string{
		"The group targeted merchant ships, sinking two of them.",
		"Jets flew over the city, dropping 20 bombs.",
		"Troops pushed south, advancing 10 km in a day.",
		"Rebels gained control of 3 towns last week.",
		"Fighters were climbing 2 hills.",
	} {
		for _, f := range Figures(in) {
			if f.Change != "=" {
				t.Errorf("Figures(%q): %q has change %q, want =", in, f.Text, f.Change)
			}
		}
	}
}

// TestFiguresCasedUnits: the short units that are names in capitals, or
// pages after a count, stay what they count.
func TestFiguresCasedUnits(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The union represents 50,000 GM workers.", []unitWant{{"50,000 GM workers", 50000, 0, 0, Exact, "GM workers"}}},
		{"The team scored 2 PP goals.", []unitWant{{"2 PP goals", 2, 0, 0, Exact, "PP goals"}}},
		{"The report runs to 300 pp.", []unitWant{{"300 pp", 300, 0, 0, Exact, "pp"}}},
		{"Gold was quoted at ₹71,850 per 10 gm.", []unitWant{{"₹71,850 per 10 gm", 71850, 0, 0, Exact, "₹ per 10 g"}}},
	})
}

// TestFiguresScaleAbbreviations: "cr" (crore) and "trln" scale the sum
// they follow, as "mln" and "bn" do.
func TestFiguresScaleAbbreviations(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The state approved Rs 500 cr for roads.", []unitWant{{"Rs 500 cr", 5e9, 0, 0, Exact, "Rs"}}},
		{"Revenue rose to $1.2 trln.", []unitWant{{"$1.2 trln", 1.2e12, 0, 0, Exact, "$"}}},
	})
}
