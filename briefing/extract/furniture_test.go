package extract

import (
	"testing"
	"time"
)

// TestFurnitureGivesNothing checks that page furniture — date lines,
// bylines, stamps, photo captions and credits, datelines and parenthetical
// citations — gives no figure and no timeline entry, while the story
// around it still does.
func TestFurnitureGivesNothing(t *testing.T) {
	published := time.Date(2025, 2, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct{ name, furniture string }{
		{"date line", "5 February 2025"},
		{"byline with a time", "By Staff Reporter | 11:02 AM"},
		{"published stamp", "Published 28 Sep, 2017 02:20pm"},
		{"paper date", "Today's Paper | May 04, 2024"},
		{"caption with credit", "Residents queue for water in Goma on 29 January, where 40 families wait. (AP Photo/Jane Doe)"},
		{"credit then caption", "© UNHCR/F.Juez\nSyrian refugees queue for 300 relief kits in Tripoli on 30 January."},
		{"caption, credit and caption controls", "Freed students sit in the hall in Minna on Saturday.\n\nAFP via Getty Images\n\n\nhide caption\n\ntoggle caption\n\nAFP via Getty Images"},
		{"caption ending with its credit", "Mourners at a funeral in Saint-Marc, 3 February 2025. Photo: AFP"},
		{"long byline with date and time", "By The Associated Press March 8, 2019 7:49 am 03/08/2019 07:49am"},
		{"caption closed by an agency and photographer", "A woman carries her baby to a shelter on 3 February, 2025. Rain forced 4,000 people out.(Reuters: Jane Doe)"},
		{"caption closed by a staff photo credit", "A family wades through floodwater in Sindh on February 3, 2025. (Staff photo)"},
		{"dateline with a date and a two-agency source", "Nairobi, 4 February 2025 (dpa/KNA) - Aid groups met in the capital to plan how food will reach the camps north of the city"},
		{"BBC caption label", "Image caption, Mourners gathered in Goma on Monday to bury the 12 people killed by shelling."},
		{"ISO date stamp", "2025-02-04"},
		{"relative stamp", "3 hours ago"},
		{"link to another story", "Read more: Kenya sends 200 police to Haiti on 1 February"},
		{"wire footer", "Reporting by Jane Doe in Goma on Tuesday; Editing by John Smith"},
		{"caption closed by a wire credit", "People queue for water in Goma, Congo, on February 4, 2025. REUTERS/Jane Doe"},
		{"file photo caption", "FILE PHOTO: Smoke rises over the city on 15 April 2023. REUTERS/Stringer/File Photo"},
		{"Guardian-style caption", "Mourners carry a coffin in Khan Younis on Monday. Photograph: Jane Doe/AFP/Getty Images"},
		{"France24 stamp", "Issued on: 04/02/2025 - 11:02"},
		{"stamps with a colon", "Published: 4 February 2025, last update: Tuesday, rebels shelled the airport on Monday"},
		{"link to a video", "Watch: Rebels enter Goma on Monday as residents flee the shelling across the city"},
		{"embedded post signature", "— UN News (@UN_News) February 4, 2025"},
		{"correction note", "Correction, Feb. 4, 2025: An earlier version misstated the toll."},
		{"two-sentence caption between a credit and the dateline", "© WFP/Jane Doe\nOn average, 300 families reach the camp each day. Most arrived on Monday from Tawila.\n\nGENEVA, February 4 (WFP) Aid agencies met in the capital to plan deliveries"},
		{"dateline with a bracketed region", "YOLA (Adamawa, Nigeria), Nov 4 (NNN-XINHUA) —"},
		{"dateline in square brackets closed by a colon", "Adamawa [Nigeria], November 4 (ANI/Xinhua):"},
		{"dateline with a date and no place", "Feb. 7 (UPI) —"},
		{"ISO stamp and time opening a story line", "2025-02-04 10:12 Rebels shelled the airport"},
		{"the store's date label opening a story line", " date 2025-02-04 Rebels shelled the airport"},
		{"caption printed again above its credited copy", "Families queue in Goma on 29 January.\nFamilies queue in Goma on 29 January.\n\nFamilies queue in Goma on 29 January. (AP PHOTO/)"},
		{"links under a Related heading", "Related Articles\nGunmen kill 12 in Zamfara on Sunday\n\nKenya sends 400 police to Haiti\nFebruary 3, 2025"},
		{"links under a More from heading", "MORE FROM CBS NEWS\n\nQuake kills 30 in Turkey as rescuers search the rubble of collapsed buildings"},
		{"place and date dateline with a colon", "Gurugram, February 4:"},
		{"place and date dateline with a dash", "Geneva, 4 February 2025 – Aid groups met in the capital"},
		{"image credit in a caption", "Rescuers search the rubble of a collapsed building in the city centre on Monday. Image Credit: ANI"},
		{"long byline with a clock time and a date", "Jane Doe and John Smith, Reuters Published 4:12 AM EST, Tue February 4, 2025"},
		{"dotted clock time with its zone", "16.03pm IST"},
		{"page notice", "This article is more than 2 years old"},
		{"share counter", "12 Shares"},
		{"reading time", "5 min read"},
		{"gallery counter", "Image 3 of 12"},
		{"chart source", "Source: OCHA situation report of 3 February 2025, with figures for 12 camps and 4,000 families."},
		{"video label", "Video: Rescuers pull 12 people from the rubble in Goma on Monday as the rains go on"},
		{"gallery bullets above a dateline", "  • A woman carries her son from a hospital in Chongqing on Monday.\n\n  • Rescuers carry 12 girls from a school today in Juyuan.\n\nMIANYANG, CHINA — "},
	}
	story := "\n\nThe UN said on Monday that at least 70 people had been killed in Goma."
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.furniture + story
			for _, f := range Figures(text) {
				if f.Start < len(tc.furniture) {
					t.Errorf("figure %q from furniture %q", f.Text, tc.furniture)
				}
			}
			var story int
			for _, e := range Timeline(text, published) {
				if e.Start < len(tc.furniture) {
					t.Errorf("timeline entry %q from furniture %q", e.Text, tc.furniture)
				} else {
					story++
				}
			}
			if story == 0 {
				t.Errorf("the story's own date was dropped with the furniture %q", tc.furniture)
			}
		})
	}
	cited := "Cholera cases rose to 1,200 in January (MSF 24/01/2025; ICCT 09/08/2024), aid groups said on Monday."
	for _, e := range Timeline(cited, published) {
		if e.Value != "2025-02-03" && e.Value != "2025-01" {
			t.Errorf("a citation's date became an entry: %q = %s", e.Text, e.Value)
		}
	}
	// A citation may write its date out; a bracketed date with no source
	// before it is the story's.
	written := "Cholera spread to 12 camps on 2 February (UNICEF, 3 February 2025; WHO Sudan, Jan 30, 2025), aid groups said."
	if tl := Timeline(written, published); len(tl) != 1 || tl[0].Value != "2025-02-02" {
		t.Errorf("citations with written dates: %+v, want only 2025-02-02", tl)
	}
	aside := "The truce (agreed on 3 February 2025) held through the night."
	if tl := Timeline(aside, published); len(tl) == 0 || tl[0].Text != "on 3 February 2025" {
		t.Errorf("a bracketed aside lost its date: %+v", tl)
	}
	// A bracketed source that closes a story's paragraph is no credit.
	sourced := "Fighting displaced 4,000 people on Monday, the agency said (Source: World Bank)"
	if tl := Timeline(sourced, published); len(tl) != 1 {
		t.Errorf("a paragraph closed by a cited source lost its date: %+v", tl)
	}
	// Agencies in brackets before a sentence's stop are its sources.
	agencies := "A contingent of 400 Kenyan police officers landed in Port-au-Prince on Monday (MTPP/PAP)."
	if tl, figs := Timeline(agencies, published), Figures(agencies); len(tl) != 1 || len(figs) != 1 {
		t.Errorf("a sentence closed by its agencies in brackets was read as a caption: %+v %+v", tl, figs)
	}
	wire := "GOMA, Congo, Feb 4 (Reuters) — Rebels seized 12 towns on Monday."
	for _, e := range Timeline(wire, published) {
		if e.Text == "Feb 4" {
			t.Errorf("the dateline's date became an entry: %q", e.Text)
		}
	}
	// Story lines that look like furniture keep their dates: a chronology's
	// entries open with their date, a figure with a dot is no clock time,
	// and the links of a Related block end at the next paragraph.
	for _, c := range []struct{ text, want string }{
		{"March 4, 2024 – Protesters gathered outside parliament.", "March 4, 2024"},
		{"Monday, 3 February – Rebels entered Goma.", "Monday, 3 February"},
		{"The index rose to 12.50 points on 3 February.", "on 3 February"},
		{"Related\nGunmen kill 12 in Zamfara\n\nRebels entered Goma on 3 February, the UN said.", "on 3 February"},
	} {
		found := false
		for _, e := range Timeline(c.text, published) {
			found = found || e.Text == c.want
		}
		if !found {
			t.Errorf("%q: no entry %q; got %+v", c.text, c.want, Timeline(c.text, published))
		}
	}
	// A dateline is a place, a date or both, then its source in brackets;
	// a name with its initials in brackets is story.
	for _, c := range []struct {
		line string
		want bool
	}{
		{"MEXICO CITY (CBSNewYork/CBS News) -- A search went on.", true},
		{"KIGALI (AFP) - Rwanda will deploy 2,000 soldiers.", true},
		{"(KABUL, Afghanistan) — Gunmen stormed a hotel.", true},
		{"Rio de Janeiro, May 3 (Reuters) - Police raided a favela.", true},
		{"The Taliban (TTP) — a banned group — claimed it.", false},
		{"Doctors Without Borders (MSF): 12 killed in the camp.", false},
		{"Meanwhile, the Red Cross (ICRC) — which runs the camp — left.", false},
		{"(The army denies it) — and says nothing.", false},
		// A line in capitals up to its comma, then a dash, opens a story;
		// a sentence that only has a comma and a dash does not.
		{"MIANYANG, CHINA — The toll soared on Tuesday.", true},
		{"KABUL, Afghanistan — Gunmen stormed a hotel.", true},
		{"UN, aid groups — and donors — met on Monday.", false},
		{"The army, which denies it — says nothing.", false},
	} {
		if got := dateline(c.line) > 0; got != c.want {
			t.Errorf("dateline(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestStoplessSentenceIsStory checks that a paragraph line with no full
// stop that names a day is read as story when it has a clause, while a
// line of only date, time and byline words stays furniture.
func TestStoplessSentenceIsStory(t *testing.T) {
	for _, c := range []struct {
		line      string
		furniture bool
	}{
		{"Five people were killed in Kabul on Monday", false},
		{"Rebels seized the town of Sake on Sunday", false},
		{"Gunmen stormed a school in Kuriga on Thursday", false},
		{"Talks will resume in Doha next Tuesday", false},
		{"heavy fighting across the north of the country since March", false},
		{"Monday 3 March 2025", true},
		{"Updated Tuesday, 11:02 AM", true},
		{"Published on Monday", true},
		{"Last updated on Friday at 4pm", true},
		{"By our correspondent in Kabul, Monday", true},
		{"By Jane Doe and John Smith, March 3, 2025", true},
		{"Sunday 12 May 2024 10.30 BST", true},
		{"Jane Doe and John Smith, Reuters Published 4:12 AM EST, Tue March 5, 2024", true},
		{"Thu 5 Dec 2024 06.00 GMT Last modified on Thu 5 Dec 2024 07.12 GMT", true},
	} {
		if got := furnitureLine(c.line); got != c.furniture {
			t.Errorf("furnitureLine(%q) = %v, want %v", c.line, got, c.furniture)
		}
	}
	published := time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)
	text := "Rains went on all week.\n\nFive people were killed in Kabul on Monday\n\nThe police said more would follow."
	if fs := Figures(text); len(fs) != 1 || fs[0].Text != "Five people" {
		t.Errorf("figures of a stop-less sentence: %+v, want Five people", fs)
	}
	found := false
	for _, e := range Timeline(text, published) {
		found = found || e.Text == "on Monday"
	}
	if !found {
		t.Errorf("a stop-less sentence lost its date: %+v", Timeline(text, published))
	}
}

// furnitureCovers tells whether one furniture span of text covers the
// bytes [start, end), the line a test case put there.
func furnitureCovers(text string, start, end int) bool {
	for _, s := range furniture(text) {
		if s.Start <= start && s.End >= end {
			return true
		}
	}
	return false
}

// furnitureFrom is the furniture of text from byte from on, its spans
// joined by "+", so that a case sees a span too many as well as one
// missing.
func furnitureFrom(text string, from int) string {
	got := ""
	for _, s := range furniture(text) {
		if s.Start >= from {
			if got != "" {
				got += "+"
			}
			got += text[s.Start:s.End]
		}
	}
	return got
}
