package extract

import "testing"

// TestKeyMoneyPartsAndEarlierYears checks that an appeal's parts by
// purpose in the next sentence and a sum dated to an earlier year are no
// key figures, while a funding status, a sum dated by a year elsewhere in
// its sentence, and the later sum of "up from … last year to …" stay key.
// The texts are written for this test.
func TestKeyMoneyPartsAndEarlierYears(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"parts by purpose", "Aid agencies launched an appeal for $3 billion to help 12 million people.\n\nThe plan says $1.8 billion is needed for food and $1.2 billion for health care.",
			"$1.8 billion", false, "key/not-sums-adding-up"},
		{"the appeal stays key", "Aid agencies launched an appeal for $3 billion to help 12 million people.\n\nThe plan says $1.8 billion is needed for food and $1.2 billion for health care.",
			"$3 billion", true, ""},
		{"a funding status stays key", "Aid agencies launched an appeal for $3 billion to help 12 million people.\n\nThe appeal is funded at $1.8 billion, leaving a shortfall of $1.2 billion.",
			"$1.8 billion", true, ""},
		{"parts that do not add up stay key", "Aid agencies launched an appeal for $3 billion to help 12 million people.\n\nThe plan says $1.5 billion is needed for food and $1.2 billion for health care.",
			"$1.5 billion", true, ""},
		{"in an earlier year", "The agency appealed for $2 billion for 2021 to help the people of the country.\n\nThe appeal was $1.7 billion in 2020.",
			"$1.7 billion", false, "key/not-earlier-year-sum"},
		{"last year", "The agency seeks $2 billion this year to help the people of the country, after raising $1.7 billion last year.",
			"$1.7 billion", false, "key/not-earlier-year-sum"},
		{"the new sum after last year's", "The agency seeks $2 billion this year, with its appeal for the east up from $600 million last year to $830 million.",
			"$830 million", true, ""},
		{"a year elsewhere in the sentence", "The agency appealed for $2 billion for 2021.\n\nSo far in 2020, donors have given $1.7 billion.",
			"$1.7 billion", true, ""},
	})
}
