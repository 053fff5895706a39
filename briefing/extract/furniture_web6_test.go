package extract

import (
	"testing"
	"time"
)

// TestWebPageFurniture6 checks the page furniture of web pages that still
// gave timeline entries or figures: footers and notices in brackets, a
// caption closed by a credit after a slash or in square brackets, a link
// label between paragraphs ("MORE: …"), the wire's dateline after an
// aggregator's stamp and label, a teaser of another story under a
// "Related" heading, and the headlines of other stories listed after the
// story. Each furniture gives nothing, and the story around it keeps its
// own entry.
func TestWebPageFurniture6(t *testing.T) {
	published := time.Date(2025, 2, 5, 0, 0, 0, 0, time.UTC)
	story := "The UN said on Monday that at least 70 people had been killed in Goma."
	cases := []struct{ name, before, after string }{
		{"copyright footer in brackets", "", "(Copyright 2024 by Example News Ltd. All rights reserved. Info: desk@example.com.)"},
		{"rights line", "", "Example News Ltd 2024 · All rights reserved · Terms updated on 3 February 2025"},
		{"rights line closed by a stop", "", "Content owned by Example News Ltd since 2019. All rights reserved."},
		{"wire footer in brackets", "", "(Reporting by Jane Doe in Goma on Tuesday; editing by John Smith)"},
		{"aggregator notice in brackets", "", "(This story has not been edited by our staff and was published on 4 February 2025 from a syndicated feed.)"},
		{"agency credit in brackets under a headline list", "", "Rebels take 12 towns in a week\n(with AFP)\nRead also:\nKenya sends 400 police to Haiti\nFloods displace 4,000 in Beira"},
		{"caption closed by a slash credit", "Residents inspect a burnt market in Goma after shelling on Tuesday. / Supplied\n\n", ""},
		{"caption closed by a slash credit of two words", "Displaced families shelter in a school in Tawila on 3 February. / The Irrawaddy\n\n", ""},
		{"caption closed by names and an agency in square brackets", "Palestinians inspect the rubble of a house in Rafah on 3 February 2025 [Mohammed Salem/Reuters]\n\n", ""},
		{"caption closed by an agency in square brackets", "Smoke rose over Khartoum after shelling killed 12 people on Tuesday. [File: Reuters]\n\n", ""},
		{"link label between paragraphs", "MORE: Rebels seized 12 towns in North Kivu on Tuesday, the UN said\n\n", ""},
		{"aggregator label and wire dateline after a stamp", " date 2025-02-05 MENAFN - IANS) Goma, Feb 6 (IANS) ", ""},
		{"aggregator label in brackets and a wire dateline", "(MENAFN- Xinhua) Kinshasa, Feb. 6 (Xinhua) -- ", ""},
		{"teaser under a Related heading", "", "Related:\nRwanda to send 140 peacekeepers to Mali\nKIGALI, Feb. 3 (Xinhua) -- Rwanda will deploy 140 police officers, an official statement said Thursday.\nThe contingent, including 17 female officers, will serve for one year. Full story\nEditor: chengyang"},
		{"headlines of other stories after the story", "", "Trump adds seven countries to travel ban list\nDoctors start five-day walkout during flu surge\nGunman charged with 15 murders as funerals begin\nFloods displace 4,000 in Beira on Monday"},
		{"teasers closed by section tags under a rule", "", "-\nRebels take 12 towns in a week\nFighters seized the towns, killing 30 people Africa -\nFloods displace 4,000 in Beira\nAt least 20 people were killed after the rains. Crews are searching the valley World -"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.before + story
			if tc.after != "" {
				text += "\n\n" + tc.after
			}
			lo, hi := len(tc.before), len(tc.before)+len(story)
			for _, f := range Figures(text) {
				if f.Start < lo || f.Start >= hi {
					t.Errorf("figure %q from furniture", f.Text)
				}
			}
			found := false
			for _, e := range Timeline(text, published) {
				if e.Start < lo || e.Start >= hi {
					t.Errorf("timeline entry %q = %s from furniture", e.Text, e.Value)
				}
				found = found || e.Text == "on Monday" && e.Value == "2025-02-03"
			}
			if !found {
				t.Errorf("the story lost its entry on Monday: %+v", Timeline(text, published))
			}
		})
	}
}

// TestStoryEndingIsNotFurniture checks that the lines closing a story stay
// story when they only look like links: stop-less lines that tell the past
// as a story does ("said", "were"), two stop-less lines, a paragraph in
// brackets that is an aside, and a line that mentions a slash.
func TestStoryEndingIsNotFurniture(t *testing.T) {
	published := time.Date(2025, 2, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, want string }{
		{"Fighting went on.\n\nThe army said talks resumed in Doha on Monday\n\nMore talks are planned\n\nA deal is near", "on Monday"},
		{"Fighting went on.\n\nFive people were killed in Kabul on Monday\nMore talks are planned\nA deal is near", "on Monday"},
		{"Fighting went on.\n\nTalks resumed in Doha on Monday\n\nMore talks are planned", "on Monday"},
		{"Fighting went on.\n\n(The army said on Monday that it had retaken 12 villages.)", "on Monday"},
		{"Fighting went on.\n\nThe army retook the town, the UN said. / AFP reported it on Monday.", "on Monday"},
		{"Fighting went on.\n\nThe army said on Monday that 12 soldiers had died [1]", "on Monday"},
		{"Fighting went on.\n\nThe governor said on Monday that the town was secure [sic]", "on Monday"},
		{"Fighting went on.\n\nMore aid arrived on Monday, the UN said.", "on Monday"},
	} {
		found := false
		for _, e := range Timeline(c.text, published) {
			found = found || e.Text == c.want
		}
		if !found {
			t.Errorf("%q: no entry %q; got %+v", c.text, c.want, Timeline(c.text, published))
		}
	}
}
