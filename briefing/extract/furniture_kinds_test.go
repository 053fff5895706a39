package extract

import "testing"

// TestFurnitureKinds checks each kind of page furniture by its shape, with
// story lines of the same look that must stay text. The cases are written
// afresh, not copied from a dev set.
func TestFurnitureKinds(t *testing.T) {
	cases := []struct {
		kind, text string
		want       bool
	}{
		// Labels: section names, breadcrumbs, site and agency names,
		// sign-offs, widget captions.
		{"label", "World / Asia Pacific / Regional Politics", true},
		{"label", "Home   |   Opinion", true},
		{"label", "REUTERS", true},
		{"label", "Daily Herald", true},
		{"label", "— ABC-WIRES", true},
		{"label", "Endstory", true},
		{"label", "Browse This Site", true},
		{"label", "Listen To Our Podcast", true},
		// Look-alikes that are story or carry a date or a number.
		{"story", "Rebels took the town.", false},
		{"story", "Aid workers fled north", false},
		{"story", "Monday Raid Kills Seven", false},
		{"story", "Fighting In March", false},
		{"story", "Over 2,000 Displaced", false},
		{"story", "“We Have Nothing Left”", false},
		{"story", "UN Envoy Meets Rebel Leaders In The Capital After Weeks", false},
		{"story", "Casualties:", false},
		{"story", "The Dead (Provisional)", false},
	}
	for _, c := range cases {
		if got := labelLine(c.text); got != c.want {
			t.Errorf("%s: labelLine(%q) = %v, want %v", c.kind, c.text, got, c.want)
		}
	}
	// Datelines with no date that open a paragraph: the place, its
	// country and source, and the mark; and story openings of the same look.
	datelines := []struct{ text, want string }{
		{"Bamako — Gunmen attacked a convoy", "Bamako —"},
		{"Niamey (Wire) - Soldiers were killed", "Niamey (Wire) -"},
		{"GOMA, Congo (Daily Wire) — Rebels", "GOMA, Congo (Daily Wire) —"},
		{"PORT SUDAN: The army said", "PORT SUDAN:"},
		{"JUBA (Local Radio)-Fighting resumed", "JUBA (Local Radio)-"},
		{"KISUMU (Press Agency) -", "KISUMU (Press Agency) -"},
		{"UN - The agency met", ""},
		{"Mid-March saw the worst fighting", ""},
		{"Police: Seven people were killed", ""},
		{"Relief agencies — which lack funds — said", ""},
		{"Ahmed Musa - a farmer - said his house burned", ""},
		{"Monday (local time) - Shelling resumed", ""},
		{"Sector 4 (north) - Troops moved in", ""},
		{"Aid workers said: \"We have nothing\"", ""},
		{"KABUL (Reuters)", ""}, // a line that ends at its source
		{"GAZA CITY (Wire Service)  ", ""},
	}
	for _, c := range datelines {
		n := openingDateline(c.text)
		if got := c.text[:n]; got != c.want {
			t.Errorf("openingDateline(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	// A wire's sign-off after the last sentence of a paragraph, and
	// paragraphs and headlines that end the same way but are story.
	signoffs := []struct{ text, want string }{
		{"Gunmen killed several villagers in the district, officials said. — ABC-WIRE", "— ABC-WIRE"},
		{"The agency has sent tents and blankets to the camps, it said. Endstory", "Endstory"},
		{"Police were deployed to the area to keep order, the officer said. With Agencies", "With Agencies"},
		{"Residents said the army had left the town by nightfall.– NNN-XYZ", "– NNN-XYZ"},
		{"“We have nothing left,” said one of the women in the camp. DAILY NEWS", "DAILY NEWS"},
		{"Troops from the base were flown to the capital on the orders of the U.S. Army Command", ""},
		{"Rebels said they had seized the airport. Fighting Continues On Monday", ""},
		{"Aid agencies said supplies would run out within days. Over 2,000 Displaced", ""},
		{"Security Council Meets. Emergency Session Called", ""},
		{"The minister thanked the donors for their support and said more aid was needed.", ""},
	}
	for _, c := range signoffs {
		got := ""
		if n := signoff(c.text); n >= 0 {
			got = c.text[n:]
		}
		if got != c.want {
			t.Errorf("signoff(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	// A comment box's labels, and story lines about comments.
	for _, c := range []struct {
		text string
		want bool
	}{
		{"No comments:", true},
		{"Write a Comment", true},
		{"3 replies", true},
		{"Please add your comment!", true},
		{"The ministry did not reply to a request for comment.", false},
		{"Officials declined to comment.", false},
		{"Rebels reply to 3-day truce", false},
		{"Army replies on Monday", false},
		{"Comment: why the ceasefire failed and what the parties must now do", false},
	} {
		if got := commentWidget(c.text); got != c.want {
			t.Errorf("commentWidget(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	// A web address or a media id alone on a line; the story's words are
	// never one long token.
	for _, c := range []struct {
		text string
		want bool
	}{
		{"https://news.example.org/2024/05/story-title.html", true},
		{"www.example-news.com/world", true},
		{"media:image_store:9a8b7c6d-0001-4e2f", true},
		{"Ceasefire-monitoring", false},
		{"10,000-20,000", false},
		{"Visit https://example.org for updates.", false},
	} {
		if got := addressLine(c.text); got != c.want {
			t.Errorf("addressLine(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
