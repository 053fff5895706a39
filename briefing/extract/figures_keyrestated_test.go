package extract

import "testing"

// TestKeyRoundWordAgain checks that a round word after the toll it rounds
// is no key figure of its own, and that its near neighbours stay key: a
// round word before its exact count, one wider than the count before it,
// one of another role, and one of the missing. The texts are written for
// this test, not taken from the dev sets.
func TestKeyRoundWordAgain(t *testing.T) {
	checkKeyCases(t, []keyCase{
		{"dozens after 52", "Gunmen killed at least 52 villagers in the raid on Friday.\n\nWitnesses said dozens of bodies lay in the streets.",
			"dozens of bodies", false, "key/not-round-word-again"},
		{"the toll stays key", "Gunmen killed at least 52 villagers in the raid on Friday.\n\nWitnesses said dozens of bodies lay in the streets.",
			"at least 52 villagers", true, "key/counted-category"},
		{"hundreds after 410", "Security forces killed at least 410 protesters, the group said.\n\nSoon after the police massacred hundreds, arrests began.",
			"hundreds", false, "key/not-round-word-again"},
		{"a round word first", "The storm left hundreds dead across the coast.\n\nThe toll has risen to at least 380 people.",
			"hundreds dead", true, "key/counted-category"},
		{"wider than the count", "The blast killed 14 people in the market.\n\nBombings across the country have killed dozens of people this month.",
			"dozens of people", true, "key/counted-category"},
		{"another role", "The blast killed 48 people in the market.\n\nDozens were wounded, the hospital said.",
			"Dozens", true, "key/counted-category"},
	})
}
