package extract

import "testing"

// TestFiguresConvertedRates: a conversion in brackets between a figure and
// its rate ("£1,720 (€1,909) per tonne") shares the rate: both figures are
// prices per tonne, both speeds per hour. A bracket that is no conversion,
// or a rate of its own, keeps its unit.
func TestFiguresConvertedRates(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Robusta beans fetched £2,410 (€2,805) per tonne in Hamburg.", []unitWant{
			{"£2,410", 2410, 0, 0, Exact, "£ per tonne"}, {"€2,805", 2805, 0, 0, Exact, "€ per tonne"}}},
		{"Gusts reached 120 miles (193 kilometres) an hour on the coast.", []unitWant{
			{"120 miles", 120, 0, 0, Exact, "mph"}, {"193 kilometres", 193, 0, 0, Exact, "km/h"}}},
		{"The pumps move 3 million gallons (11 million litres) of water a day.", []unitWant{
			{"3 million gallons", 3e6, 0, 0, Exact, "gallon per day"}, {"11 million litres", 11e6, 0, 0, Exact, "litre per day"}}},
		{"Copper fell below $8,000 a metric ton.", []unitWant{{"below $8,000 a metric ton", 8000, 0, 8000, LessThan, "$ per tonne"}}},
		// No rate after the bracket: the sums keep their currencies.
		{"The club paid £40 million (€46 million) for the striker.", []unitWant{
			{"£40 million", 40e6, 0, 0, Exact, "£"}, {"€46 million", 46e6, 0, 0, Exact, "€"}}},
		// A bracket that holds another kind of figure is no conversion.
		{"The fee is $40 (20%) per share.", []unitWant{
			{"$40", 40, 0, 0, Exact, "$"}, {"20%", 20, 0, 0, Exact, "%"}}},
	})
}

// TestFiguresClockDurations: a race time written as a clock with hours,
// minutes and seconds is one duration in hours; a time of day, with or
// without seconds, is no figure.
func TestFiguresClockDurations(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"She won the Berlin race in 2:17:45, ahead of a rival who ran 2:19:03.", []unitWant{
			{"2:17:45", 2 + 17.0/60 + 45.0/3600, 0, 0, Exact, "hour"}, {"2:19:03", 2 + 19.0/60 + 3.0/3600, 0, 0, Exact, "hour"}}},
		{"A bonus goes to anyone finishing under 2:10:00.", []unitWant{{"under 2:10:00", 2 + 10.0/60, 0, 2 + 10.0/60, LessThan, "hour"}}},
		{"The veteran (3:41:12) was cheered home.", []unitWant{{"3:41:12", 3 + 41.0/60 + 12.0/3600, 0, 0, Exact, "hour"}}},
		{"The first blast came at 10:42:05 and a second at 11:02.", nil},
		{"The launch is set for 14:30:00 GMT.", nil},
		{"The signal was lost at 9:12:40 p.m. on Sunday.", nil},
	})
}

// TestFiguresDurationsInWords: a time in hours, minutes and seconds
// written in words, with commas or "and", is one duration in its largest
// unit; a count after a duration is not joined to it.
func TestFiguresDurationsInWords(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"He set the record at three hours, nine minutes and 41 seconds.", []unitWant{
			{"three hours, nine minutes and 41 seconds", 3 + 9.0/60 + 41.0/3600, 0, 0, Exact, "hour"}}},
		{"Runners who beat two hours, 30 minutes get a medal.", []unitWant{{"two hours, 30 minutes", 2.5, 0, 0, Exact, "hour"}}},
		{"The climb took one hour and twenty minutes.", []unitWant{{"one hour and twenty minutes", 1 + 20.0/60, 0, 0, Exact, "hour"}}},
		{"Within 48 hours, 30 people had been evacuated.", []unitWant{
			{"48 hours", 48, 0, 0, Exact, "hour"}, {"30 people", 30, 0, 0, Exact, "people"}}},
	})
}

// TestFiguresLira: the Turkish lira is "₺" whether or not the text names
// the country, as the dev sets' conventions write it.
func TestFiguresLira(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The lira weakened past 41 per dollar.", []unitWant{{"41", 41, 41, 0, MoreThan, "₺ per $"}}},
		{"Bread now costs 15 liras in Istanbul.", []unitWant{{"15 liras", 15, 0, 0, Exact, "₺"}}},
	})
}

// TestFiguresGluedUnitRanges: a range whose bounds both carry the same
// glued unit ("35cm to 50cm") is one range; two different units are two
// figures.
func TestFiguresGluedUnitRanges(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Drifts of 20cm to 40cm blocked the pass.", []unitWant{{"20cm to 40cm", 20, 20, 40, Range, "cm"}}},
		{"Forecasters expect 15mm-25mm of rain and highs of 31C to 34C.", []unitWant{
			{"15mm-25mm", 15, 15, 25, Range, "mm"}, {"31C to 34C", 31, 31, 34, Range, "°C"}}},
		{"The sacks weighed 5kg to 10lb.", []unitWant{{"5kg", 5, 0, 0, Exact, "kg"}, {"10lb", 10, 0, 0, Exact, "lb"}}},
	})
}

// TestFiguresSharedUnits: a bare number listed with "and" or "or" before a
// percent or a measure shares its unit ("16 and 6 per cent,
// respectively"); "by X or Y" is one alternative, not a change and a
// level; a count keeps its own reading.
func TestFiguresSharedUnits(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Output fell 12 and 9 per cent in May and June, respectively.", []unitWant{
			{"12", 12, 0, 0, Exact, "%"}, {"9 per cent", 9, 0, 0, Exact, "%"}}},
		{"The towns lie 4 and 7 km from the border.", []unitWant{{"4", 4, 0, 0, Exact, "km"}, {"7 km", 7, 0, 0, Exact, "km"}}},
		{"The board may raise rates by 25 or 50 basis points.", []unitWant{{"25 or 50 basis points", 25, 25, 50, Range, "basis point"}}},
		{"Prices fell by a third to 45,000.", []unitWant{{"a third", 1.0 / 3, 0, 0, Exact, ""}, {"45,000", 45000, 0, 0, Exact, ""}}},
		// A fate verb's object is a count of people: the percent is the next clause's.
		{"The strike killed 16 and 6 percent of the buildings were destroyed.", []unitWant{
			{"16", 16, 0, 0, Exact, "people"}, {"6 percent", 6, 0, 0, Exact, "%"}}},
	})
}

// TestFiguresAddedMoves: "added X to Y" in market copy is a rise and the
// level it reaches, two figures, not a range; the rise is in the level's
// rate (see TestFiguresSentenceRate).
func TestFiguresAddedMoves(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Soybeans added 14 cents to $11.82 a bushel.", []unitWant{
			{"14 cents", 14, 0, 0, Exact, "cent per bushel"}, {"$11.82 a bushel", 11.82, 0, 0, Exact, "$ per bushel"}}},
		{"The index added 212 points to 38,950.", []unitWant{
			{"212 points", 212, 0, 0, Exact, "points"}, {"38,950", 38950, 0, 0, Exact, ""}}},
		// Close bounds after "added" stay a range.
		{"The storm added 10 to 15 centimetres of snow.", []unitWant{{"10 to 15 centimetres", 10, 10, 15, Range, "cm"}}},
	})
}

// TestFiguresSignedMoves: a move printed with a plus sign ("closed +151
// (+3.26%)", "+0.8%") is a figure; a telephone number after a plus is not.
func TestFiguresSignedMoves(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Arabica settled +42 (+1.15%) in New York.", []unitWant{{"42", 42, 0, 0, Exact, ""}, {"1.15%", 1.15, 0, 0, Exact, "%"}}},
		{"The FTSE ended +0.6% on Friday.", []unitWant{{"0.6%", 0.6, 0, 0, Exact, "%"}}},
		{"Call the hotline on +1 212 555 0199 or +33 1 45 67 89 10.", nil},
	})
}

// TestFiguresSubjectCounts: a bare count whose clause names what it counts
// only as its subject takes that noun: unemployment and employment count
// people, "the number of X" counts X as written; a comparative is no
// counted noun ("25,000 fewer people" counts people). A rate of
// unemployment names no count, and a count with a noun of its own stops
// the reading back.
func TestFiguresSubjectCounts(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Unemployment rose by 41,000 to 1.52 million in the quarter.", []unitWant{
			{"41,000", 41000, 0, 0, Exact, "people"}, {"1.52 million", 1.52e6, 0, 0, Exact, "people"}}},
		{"At 31.2 million, employment was 95,000 higher than a year earlier.", []unitWant{
			{"31.2 million", 31.2e6, 0, 0, Exact, "people"}, {"95,000 higher", 95000, 0, 0, Exact, "people"}}},
		{"The number of oil rigs in operation fell 7 to 480 last week.", []unitWant{
			{"7", 7, 0, 0, Exact, "oil rigs"}, {"480", 480, 0, 0, Exact, "oil rigs"}}},
		{"The toll rose and the number of injured stands at 210.", []unitWant{{"210", 210, 0, 0, Exact, "injured"}}},
		{"There were 12,000 fewer nurses in post than in March.", []unitWant{{"12,000 fewer nurses", 12000, 0, 0, Exact, "nurses"}}},
		{"The unemployment rate fell to 4 in the survey.", []unitWant{{"4", 4, 0, 0, Exact, ""}}},
		{"Unemployment fell as 300 soldiers were hired, a rise of 45 on the year.", []unitWant{
			{"300 soldiers", 300, 0, 0, Exact, "soldiers"}, {"45", 45, 0, 0, Exact, ""}}},
	})
}

// TestFiguresPartitiveNouns: a bare part of a whole named after "of" and a
// determiner counts the whole's noun; a pronoun or a participle names
// none.
func TestFiguresPartitiveNouns(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Nine of these districts reported floods.", []unitWant{{"Nine", 9, 0, 0, Exact, "districts"}}},
		{"4,210 of the estimated 9,000 new homes were finished.", []unitWant{
			{"4,210", 4210, 0, 0, Exact, "homes"}, {"estimated 9,000 new homes", 9000, 0, 0, About, "homes"}}},
		{"Three of them were finished.", []unitWant{{"Three", 3, 0, 0, Exact, ""}}},
	})
}

// TestFiguresPercentWordRanges: a range whose bounds both write "per cent"
// or "percent" is one range; "from X percent to Y percent" after a verb of
// change is two figures, but "ranging from" makes a range.
func TestFiguresPercentWordRanges(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Yields of between 8 per cent and 12 per cent are normal.", []unitWant{
			{"between 8 per cent and 12 per cent", 8, 8, 12, Range, "%"}}},
		{"Forecasts ranging from 2 percent to 3 percent were made.", []unitWant{{"from 2 percent to 3 percent", 2, 2, 3, Range, "%"}}},
		{"The bank raised its key rate (the repo rate) from 6.5 percent to 6.75 percent.", []unitWant{
			{"6.5 percent", 6.5, 0, 0, Exact, "%"}, {"6.75 percent", 6.75, 0, 0, Exact, "%"}}},
		{"Growth slowed from 4 percent to 90 points.", []unitWant{{"4 percent", 4, 0, 0, Exact, "%"}, {"90 points", 90, 0, 0, Exact, "points"}}},
	})
}

// TestFiguresPeriodsAndOffsets: a duration before "after" or "before" is a
// point in time ("Two weeks after the ferry capsized") unless its article
// makes it a period ("in the two weeks after the tax took effect"); "N
// days earlier than normal" is the size of a difference.
func TestFiguresPeriodsAndOffsets(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Sales fell in the three weeks after the tariff began.", []unitWant{{"three weeks", 3, 0, 0, Exact, "week"}}},
		{"Prices doubled in the past two months before the election.", []unitWant{{"two months", 2, 0, 0, Exact, "month"}}},
		{"The harvest came 12 days earlier than usual.", []unitWant{{"12 days", 12, 0, 0, Exact, "day"}}},
		{"Two weeks after the ferry capsized, divers found the wreck.", nil},
		{"The rains came six days later.", nil},
	})
}

// TestFiguresAtOnePoint: "at one point" and "at one stage" count nothing;
// "at one hospital" still counts a hospital.
func TestFiguresAtOnePoint(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The rand at one point traded at 18.9 to the dollar.", []unitWant{{"18.9", 18.9, 0, 0, Exact, "ZAR per $"}}},
		{"At one stage, 40 people were trapped.", []unitWant{{"40 people", 40, 0, 0, Exact, "people"}}},
		{"At one hospital, one doctor was working.", []unitWant{{"one hospital", 1, 0, 0, Exact, "hospital"}, {"one doctor", 1, 0, 0, Exact, "doctor"}}},
	})
}

// TestFiguresMetricTonnes: "MT" after a whole number of a thousand or more
// is metric tonnes; after a small or decimal number it may be millions of
// tonnes, and stays as written.
func TestFiguresMetricTonnes(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Exporters shipped 412,300 MT of coffee.", []unitWant{{"412,300 MT", 412300, 0, 0, Exact, "tonne"}}},
		{"The mills need 2.4 MT a year.", []unitWant{{"2.4 MT a year", 2.4, 0, 0, Exact, "MT per year"}}},
	})
}
