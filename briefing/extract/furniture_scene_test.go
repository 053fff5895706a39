package extract

import "testing"

// TestSceneCaption: a photo caption that tells in the present what its
// picture shows, with no credit, is furniture whole; a story's sentence in
// the present (of saying, being, lasting, capacity) or in the past stays
// text.
func TestSceneCaption(t *testing.T) {
	const page = "Floods sweep the delta\n\n"
	cases := []struct {
		line string
		want bool
	}{
		{"Volunteers sift through the mud of a collapsed clinic in Beira on 14 March 2019 that had sheltered 40 families.", true},
		{"A boy wades through a flooded street in Beira on Thursday.", true},
		{"Rescue workers carry a wounded woman to a boat near Buzi on Sunday, two days after the cyclone made landfall. (Source: Local Radio)", true},
		{"A grandmother waits with her 3 grandchildren outside a school used as a shelter in Dondo.", true},
		{"Soldiers patrol the riverbank on Friday as the water level falls.", true},
		// story look-alikes that stay text
		{"The ferry carries up to 1,200 passengers and sank on Friday.", false},
		{"Officials say 40 people were swept away on Thursday.", false},
		{"Rescuers streamed out, seeking shelter from the storm on Thursday.", false},
		{"A desperate search for survivors continued in Beira on Friday.", false},
		{"As the storm pushes east, forecasters expect heavy rain on Saturday.", false},
		{"Two salvage ships towed the wreck ashore on Monday.", false},
		{"The second wave of 200 troops arrived on Monday.", false},
		{"Anyone who crosses the river on Sunday risks drowning.", false},
		{"Fighting continues in the north on Monday.", false},
		{"Tuesday marks one year since the cyclone struck.", false},
		{"A woman carries her child through the flood waters", false}, // no stop: a headline, or a line of a list
		{"A boy wades through a flooded street in Beira.", false},     // nothing for the panels
	}
	for _, c := range cases {
		text := page + c.line + "\nThe river burst its banks on Wednesday, officials said.\n"
		if got := furnitureCovers(text, len(page), len(page)+len(c.line)); got != c.want {
			t.Errorf("%q: furniture %v, want %v", c.line, got, c.want)
		}
	}
}

// TestSceneCaptionNotFirst: a text's first line is its headline or lede,
// never a caption, whatever its tense.
func TestSceneCaptionNotFirst(t *testing.T) {
	text := "A boy wades through a flooded street in Beira on Thursday.\nThe river burst its banks.\n"
	for _, s := range furniture(text) {
		t.Errorf("furniture %q in a text's first line", text[s.Start:s.End])
	}
}
