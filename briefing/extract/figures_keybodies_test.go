package extract

import "testing"

// TestBodiesSoFar checks that bodies recovered so far under a far larger
// toll the story estimates, or that has risen, are a part of it, and that bodies found after a
// historic toll, or more bodies beyond those counted, stay key. The texts
// are written for this test.
func TestBodiesSoFar(t *testing.T) {
	const slide = "More than 600 people are believed to have died when the hillside collapsed, the agency said.\n\n" +
		"Only four bodies have been retrieved from the mud so far.\n\n" +
		"Rescuers said two bodies were pulled from a house where 30 homes had been buried.\n"
	checkKeyCases(t, []keyCase{
		{"bodies so far", slide, "four bodies", false, "key/not-bodies-so-far"},
		{"bodies from one place", slide, "two bodies", false, "key/not-bodies-so-far"},
		{"the toll", slide, "More than 600 people", true, "key/counted-category"},
		{"bodies at one site of a risen toll",
			"The death toll from the quake has climbed to over 1,500, officials said on Monday.\n\n" +
				"At a collapsed school, 30 pupils escaped, but 45 bodies were discovered.\n",
			"45 bodies", false, "key/not-bodies-so-far"},
		{"a grave after a historic toll",
			"Between 5,000 and 13,000 prisoners were executed at the prison, rights groups estimated in 2017.\n\n" +
				"Rescuers found nearly 40 bodies in a mass grave near the prison on Sunday.\n",
			"nearly 40 bodies", true, "key/counted-category"},
		{"more bodies",
			"More than 600 people are believed to have died when the hillside collapsed.\n\n" +
				"Another 16 bodies were found downstream on Monday.\n",
			"16 bodies", true, "key/counted-category"},
	})
}
