package extract

import "testing"

// TestKeyShareOfTotal checks the shares of a total the story gives beside
// them: an increment a clause adds to its total, a share "of the" total
// that its clause places, and a place's toll under the story's larger
// toll, "N others" that add up with a part to the total, and families
// counted after the people they hold; and that
// their neighbours stay key: the totals, a surge of a large
// part of its total, a share told by who, an attack in a named place, and
// a round word. The texts are written for this test, not taken from the
// dev sets.
func TestKeyShareOfTotal(t *testing.T) {
	const quake = "The death toll from the earthquake has climbed to 1,240, the civil protection agency said on Monday.\n\n"
	checkKeyCases(t, []keyCase{
		{"an increment", "About 900 people fled the village on Tuesday, bringing the number of displaced in the district this month to 14,300.",
			"About 900 people", false, "key/not-increment-to-total"},
		{"its total stays key", "About 900 people fled the village on Tuesday, bringing the number of displaced in the district this month to 14,300.",
			"14,300", true, "key/counted-category"},
		{"a surge is news", "Some 6,000 people fled across the border overnight, raising the total number of refugees to 20,000.",
			"Some 6,000 people", true, "key/counted-category"},
		{"a contingent is an event of its own", "Chad will send another 300 soldiers, bringing its contingent to 2,000.",
			"300 soldiers", true, "key/counted-category"},
		{"a placed share of the total", "Nearly 80,000 of the 95,000 people displaced by the fighting are sheltering in North Kivu.",
			"Nearly 80,000", false, "key/not-share-of-the-total"},
		{"a share told by who", "Nearly 4,000 of the 9,000 people displaced by the fighting are children.",
			"Nearly 4,000", true, "key/counted-category"},
		{"a place's toll", quake + "In the province of Kerman, 85 deaths have been confirmed.",
			"85 deaths", false, "key/not-toll-of-a-place"},
		{"a toll from a town", quake + "Officials said the death toll from Bam had reached 600.",
			"600", false, "key/not-toll-of-a-place"},
		{"an attack in a named place", quake + "Separately, gunmen killed 12 people at a market in Zahedan.",
			"12 people", true, "key/counted-category"},
		{"the rest of a total", "A boat capsized off the coast, leaving at least 30 people dead or missing.\n\nThe navy recovered six bodies, and relatives said 24 others were missing.",
			"24 others", false, "key/not-rest-of-a-total"},
		{"others of another toll", "A boat capsized off the coast, leaving at least 30 people dead or missing.\n\nThe navy recovered six bodies, and said 90 others were missing after a second boat sank.",
			"90 others", true, "key/counted-category"},
		{"families of the people counted", "Some 48,200 people from 10,300 families have been displaced by the floods, the agency said.",
			"10,300 families", false, "key/not-families-of-a-count"},
		{"households after the count", "The number of displaced people rose to 61,000, including 12,500 households, officials said.",
			"12,500 households", false, "key/not-families-of-a-count"},
		{"families told first", "About 2,100 families, or roughly 11,000 people, have fled the district.",
			"About 2,100 families", true, "key/counted-category"},
		{"a toll with its place", quake + "Officials reported the new figures, with Kerman taking the brunt of the loss at 310 dead.",
			"310 dead", false, "key/not-toll-of-a-place"},
		{"a round share of the count", "More than 400,000 people are displaced in the country, with the latest fighting in the east displacing tens of thousands.",
			"tens of thousands", false, "key/not-round-share-of-count"},
		{"a round word beside a count of its size", "Some 30,000 people have fled the east, and tens of thousands have fled the north.",
			"tens of thousands", true, "key/counted-category"},
		{"a round word of deaths", quake + "The army admitted dozens of deaths among its soldiers in Kerman.",
			"dozens of deaths", true, "key/counted-category"},
	})
}
