package extract

import "testing"

// TestFiguresNominalCoordination: a count named by its own adjective
// ("15 wounded") after one named by another ("Five dead") keeps its own
// word, as headlines and tolls write them; a count after a noun ("10
// people were killed and 8 wounded") still counts that noun.
func TestFiguresNominalCoordination(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Five dead, 15 wounded in Russian strike on east Ukraine city.", []unitWant{
			{"Five dead", 5, 0, 0, Exact, "dead"}, {"15 wounded", 15, 0, 0, Exact, "wounded"}}},
		{"Hospitals in the city have received 310 wounded and 46 dead since Friday.", []unitWant{
			{"310 wounded", 310, 0, 0, Exact, "wounded"}, {"46 dead", 46, 0, 0, Exact, "dead"}}},
		{"The toll has climbed to 3,564, with 5,012 injured and 210 missing, state media said.", []unitWant{
			{"3,564", 3564, 0, 0, Exact, "toll"}, {"5,012 injured", 5012, 0, 0, Exact, "injured"}, {"210 missing", 210, 0, 0, Exact, "missing"}}},
		{"Ten people were killed and eight wounded, he said.", []unitWant{
			{"Ten people", 10, 0, 0, Exact, "people"}, {"eight wounded", 8, 0, 0, Exact, "people"}}},
	})
}

// TestFiguresSpeedsPerSecond: kilometres per second, as space and physics
// copy gives speeds, is "km/s" however it is written; a slash set apart
// by spaces ("km / h") is the same unit as "km/h".
func TestFiguresSpeedsPerSecond(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The asteroid will fly by at 23 kilometres per second.", []unitWant{{"23 kilometres per second", 23, 0, 0, Exact, "km/s"}}},
		{"It will break speeds of 18.52km per second or 41,428mph.", []unitWant{
			{"18.52km per second", 18.52, 0, 0, Exact, "km/s"}, {"41,428mph", 41428, 0, 0, Exact, "mph"}}},
		{"The probe passes at roughly 7.5 km a second.", []unitWant{{"roughly 7.5 km a second", 7.5, 0, 0, About, "km/s"}}},
		{"It streaks by at 35 km/s.", []unitWant{{"35 km/s", 35, 0, 0, Exact, "km/s"}}},
		{"The rock approaches at speeds above 23,190 km / h.", []unitWant{{"above 23,190 km / h", 23190, 23190, 0, MoreThan, "km/h"}}},
		{"A sprinter averages 10.2 meters/sec over the race.", []unitWant{{"10.2 meters/sec", 10.2, 0, 0, Exact, "m/s"}}},
	})
}

// TestFiguresPerThousandDenominator: a price per thousand of a unit of
// volume, as gas is traded in Russia and Europe, keeps the thousand as a
// number in its denominator (as "per 10 grams" keeps its 10).
func TestFiguresPerThousandDenominator(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Gas fell by 6.5% to $1,680 per thousand cubic meters.", []unitWant{
			{"6.5%", 6.5, 0, 0, Exact, "%"}, {"$1,680 per thousand cubic meters", 1680, 0, 0, Exact, "$ per 1000 m³"}}},
		{"Gas cost $2.21 per thousand cubic metres in 1987.", []unitWant{
			{"$2.21 per thousand cubic metres", 2.21, 0, 0, Exact, "$ per 1000 m³"}}},
	})
}

// TestFiguresRepeatedUnitRanges: a range whose bounds repeat their unit is
// one range: glued metres in brackets ("(17m to 37m)"), and an estimate
// "at X tons to Y tons". A change "rose 5 tonnes to 10 tonnes" stays two
// figures, as does a sum in millions ("$5m to $7m" is a range of sums).
func TestFiguresRepeatedUnitRanges(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"It measures 55.8ft to 121.4ft (17m to 37m) across.", []unitWant{
			{"55.8ft to 121.4ft", 55.8, 55.8, 121.4, Range, "foot"}, {"17m to 37m", 17, 17, 37, Range, "m"}}},
		{"The dam is 300m-400m wide.", []unitWant{{"300m-400m", 300, 300, 400, Range, "m"}}},
		{"Traders estimate the crop at 53 million tons to 57 million tons.", []unitWant{
			{"53 million tons to 57 million tons", 53e6, 53e6, 57e6, Range, "ton"}}},
		{"Output rose 5 tonnes to 10 tonnes in a year.", []unitWant{
			{"5 tonnes", 5, 0, 0, Exact, "tonne"}, {"10 tonnes", 10, 0, 0, Exact, "tonne"}}},
		{"The firm raised $5m to $7m in the round.", []unitWant{{"$5m to $7m", 5e6, 5e6, 7e6, Range, "$"}}},
	})
}

// TestFiguresFractionOfPossessor: a share of a possessed whole ("half of
// Haiti’s population") is a share of that whole, not of the possessor;
// a time owns no whole ("a quarter of this year's needs" keeps its old
// reading), and a plain whole is untouched.
func TestFiguresFractionOfPossessor(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Nearly half of Haiti’s population needs aid.", []unitWant{{"Nearly half of Haiti", 0.5, 0, 0, Nearly, "Haiti’s population"}}},
		{"The figure is almost two thirds of Yemen's entire population.", []unitWant{
			{"almost two thirds of Yemen", 2.0 / 3, 0, 0, Nearly, "Yemen's entire population"}}},
		{"A quarter of the province's 8 million people face hunger.", []unitWant{
			{"A quarter of the province", 0.25, 0, 0, Exact, "the province's 8 million people"}, {"8 million people", 8e6, 0, 0, Exact, "people"}}},
		{"Only a quarter of this year's needs have been funded.", []unitWant{{"a quarter of this year", 0.25, 0, 0, Exact, "this year"}}},
		{"Half of the population has fled.", []unitWant{{"Half of the population", 0.5, 0, 0, Exact, "the population"}}},
	})
}

// TestFiguresInchMarks: the inch mark glued to a number, as US weather
// copy writes snow, is an inch, with its rate; a straight quote that
// closes a quotation is no inch.
func TestFiguresInchMarks(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Snowfall rates of 1″ per hour are possible.", []unitWant{{"1″ per hour", 1, 0, 0, Exact, "inch per hour"}}},
		{"Totals reached 3″ in the hills and 5\" in the valleys.", []unitWant{
			{"3″", 3, 0, 0, Exact, "inch"}, {"5\"", 5, 0, 0, Exact, "inch"}}},
		{"The last 3-5\" we've picked up is still blowing about.", []unitWant{{"3-5\"", 3, 3, 5, Range, "inch"}}},
		{"The mayor told reporters \"the count has reached 45\" on Monday.", []unitWant{{"45", 45, 0, 0, Exact, ""}}},
	})
}

// TestFiguresSecondsSuffix: a time with decimals and a glued "s", as
// sprint results are written, is a duration in seconds; a decade ("the
// 1990s") is none.
func TestFiguresSecondsSuffix(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Bailey's 9.84s over 100 meters was a world record.", []unitWant{
			{"9.84s", 9.84, 0, 0, Exact, "second"}, {"over 100 meters", 100, 100, 0, MoreThan, "m"}}},
		{"Prices rose in the 1990s and the 80s.", nil},
	})
}

// TestFiguresDistinctAdjectives: "separate", "different", "distinct",
// "key" and "precious" before a counted noun say nothing of what is
// counted; "major hurricanes" are a kind and keep their adjective.
func TestFiguresDistinctAdjectives(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Riots broke out in four separate prisons.", []unitWant{{"four separate prisons", 4, 0, 0, Exact, "prisons"}}},
		{"Bandits raided three different villages.", []unitWant{{"three different villages", 3, 0, 0, Exact, "villages"}}},
		{"The group seized two key provincial capitals.", []unitWant{{"two key provincial capitals", 2, 0, 0, Exact, "provincial capitals"}}},
		{"The season brought three major hurricanes.", []unitWant{{"three major hurricanes", 3, 0, 0, Exact, "major hurricanes"}}},
	})
}

// TestFiguresBareCountsOfPeople: a bare count whose role is a fate of
// people counts people ("abduct 14", "at least seven died", "Thousands
// flee"); the value of a toll is the toll as written ("the death toll has
// risen to 11", "Quake toll passes 2,000", "The toll, which had been put
// at 48, rose to 73"). A bare count of no fate keeps no unit.
func TestFiguresBareCountsOfPeople(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Suspected bandits abduct 14 in Katsina communities", []unitWant{{"14", 14, 0, 0, Exact, "people"}}},
		{"Locals estimate at least seven died in the attacks.", []unitWant{{"at least seven", 7, 7, 0, AtLeast, "people"}}},
		{"Thousands flee as fighting reaches the outskirts of El Fasher", []unitWant{{"Thousands", 1000, 1000, 0, AtLeast, "people"}}},
		{"The militants raided the town, killing five and abducting another five.", []unitWant{
			{"five", 5, 0, 0, Exact, "people"}, {"five", 5, 0, 0, Exact, "people"}}},
		{"An official says the death toll in a mortar attack in the capital has risen to 11.", []unitWant{{"11", 11, 0, 0, Exact, "death toll"}}},
		{"Quake toll passes 2,000 as aid trickles in", []unitWant{{"2,000", 2000, 2000, 0, MoreThan, "toll"}}},
		{"The toll, which had initially been put at 48, rose to 73 on Thursday, with 110 wounded.", []unitWant{
			{"48", 48, 0, 0, Exact, "toll"}, {"73", 73, 0, 0, Exact, "toll"}, {"110 wounded", 110, 0, 0, Exact, "wounded"}}},
		{"The index rose to 112 in March.", []unitWant{{"112", 112, 0, 0, Exact, ""}}},
	})
}

// TestFiguresHyphenNouns: a number joined by a hyphen to a noun that
// describes another noun counts the first: "the 15-member council"
// counts members, "a three-story school" stories; a force's strength, a
// bound and a longer compound keep their reading.
func TestFiguresHyphenNouns(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"Resolution 2690 was adopted by the 15-member council.", []unitWant{{"15", 15, 0, 0, Exact, "member"}}},
		{"A spokesman for the 17-nation coalition spoke.", []unitWant{{"17", 17, 0, 0, Exact, "nation"}}},
		{"The quake toppled a three-story high school.", []unitWant{{"three", 3, 0, 0, Exact, "story"}}},
		{"That marks a two-session gain of about 8 percent.", []unitWant{
			{"two", 2, 0, 0, Exact, "session"}, {"about 8 percent", 8, 0, 0, About, "%"}}},
		{"Kenya sent a 600-strong contingent to Haiti.", []unitWant{{"600-strong contingent", 600, 0, 0, Exact, "contingent"}}},
		{"The fair drew 100,000-plus visitors.", []unitWant{{"100,000-plus", 100000, 100000, 0, AtLeast, "visitors"}}},
	})
}

// TestFiguresNumberOfSubject: a bare count that is the value of "the
// number of X" counts X: with a participle ("confirmed deaths"), with a
// nominal adjective for the noun ("the number of missing"), after "the
// total number of", and after "of the"; a verb after the noun is no part
// of it.
func TestFiguresNumberOfSubject(t *testing.T) {
	checkUnitCases(t, []unitCase{
		{"The number of confirmed deaths at Las Colinas rose to 30.", []unitWant{{"30", 30, 0, 0, Exact, "confirmed deaths"}}},
		{"It put the number of missing at 18.", []unitWant{{"18", 18, 0, 0, Exact, "missing"}}},
		{"By Thursday the number of dead had passed 600.", []unitWant{{"600", 600, 600, 0, MoreThan, "dead"}}},
		{"Their release brings the total number of hostages freed since the truce began to 18.", []unitWant{{"18", 18, 0, 0, Exact, "hostages"}}},
		{"The number of injured people stands at 210.", []unitWant{{"210", 210, 0, 0, Exact, "injured people"}}},
	})
}
