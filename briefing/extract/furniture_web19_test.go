package extract

import (
	"strings"
	"testing"
)

// TestWireClockStamp: a live page's update stamp in the wire's four-figure
// clock and zone, closed by a dash set apart or close to it, is furniture,
// and only the stamp; a year or a count before a dash stays story.
func TestWireClockStamp(t *testing.T) {
	const page = "Floods sweep the delta\n\n"
	cases := []struct {
		line string
		want string // the stamp marked, "" for none
	}{
		{"0245 GMT — Rescuers reach the cut-off villages", "0245 GMT —"},
		{"1710 GMT— Army says two bridges have collapsed", "1710 GMT—"},
		{"2330 UTC – Rain eases over the capital", "2330 UTC –"},
		{"0915 GMT - Power is back in the port city", "0915 GMT -"},
		// no zone, or no clock: a year or a count opening a sentence
		{"1998 — The last flood of this size drowned the delta.", ""},
		{"2330 — The number of homes the water has reached.", ""},
		{"1710 Gmt— Army says two bridges have collapsed", ""},
		{"2590 GMT — Army says two bridges have collapsed", ""},
	}
	checkFurnitureLines(t, page, "\n", cases)
}

// TestSlashedPhotoCredit: a caption that closes on a bracketed credit of
// an agency's photo and its photographer joined by a slash is furniture
// whole, its date with it; a bracket of two names joined by a slash
// without "photo" stays story.
func TestSlashedPhotoCredit(t *testing.T) {
	const page = "Floods sweep the delta\n\n"
	cases := []struct {
		line string
		want string
	}{
		{"Villagers wade through a flooded street in Beira on March 3, 2019 (AFP Photo/Jane Doe)",
			"Villagers wade through a flooded street in Beira on March 3, 2019 (AFP Photo/Jane Doe)"},
		{"A boy carries water past a collapsed house in Beira, on March 3 (Xinhua Photo/Li Wei)",
			"A boy carries water past a collapsed house in Beira, on March 3 (Xinhua Photo/Li Wei)"},
		{"Rescuers reached Beira on March 3, the agency said (Beira/Sofala).", ""},
	}
	checkFurnitureLines(t, page, "\n\nThe floods have killed 40 people since Sunday.\n", cases)
}

// TestInlineLinkAndCutTeaser: a link heading with its linked headline on
// one line, and a teaser of another story cut off by an ellipsis glued to
// its last word, are furniture whole; story lines that share a word with
// them stay text.
func TestInlineLinkAndCutTeaser(t *testing.T) {
	const page = "Floods sweep the delta\n\nThe floods have killed 40 people since Sunday, officials said.\n"
	cases := []struct {
		line string
		want string
	}{
		{"• Read also: Three killed as storm hits the coast on Monday", "• Read also: Three killed as storm hits the coast on Monday"},
		{"READ MORE: Twelve soldiers die in ambush near the border", "READ MORE: Twelve soldiers die in ambush near the border"},
		{"See also: Aid convoy reaches the city after two weeks", "See also: Aid convoy reaches the city after two weeks"},
		{"At least two people were killed in overnight strikes on the port, local media reported…",
			"At least two people were killed in overnight strikes on the port, local media reported…"},
		{"The conflict has intensified, with strikes on the capital and two other cities. Thes...",
			"The conflict has intensified, with strikes on the capital and two other cities. Thes..."},
		// story
		{"Read the full report, officials said on Monday: Three were killed.", ""},
		{"Officials said: Read also the warnings issued on Monday.", ""},
		{"“We will rebuild, but it will take years…”", ""},
		{"Three were killed on Monday…", ""},
	}
	checkFurnitureLines(t, page, "\nThe rain eased on Tuesday, officials said.\n", cases)
}

// TestBracketDatedCaption: a one-sentence caption, as an image's alt text
// reads, that closes on the day of the picture in brackets is furniture;
// a story's sentence with a bracketed year or a bracketed source stays.
func TestBracketDatedCaption(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"A soldier checks the papers of a driver at a checkpoint in Herat (21 March 2010)", true},
		{"Rescuers search the rubble of a school in the old town (March 3, 2021).", true},
		{"Displaced families queue for water at a camp outside Goma (June 2012)", true},
		// story
		{"The army said the checkpoint in Herat was attacked (21 March 2010)", false},
		{"The ceasefire was signed in the capital in the last days of the war (2009)", false},
		{"The agency counted 40 dead in the province (OCHA 03/02/2025)", false},
	}
	for _, c := range cases {
		if got := datedCaption(c.line); got != c.want {
			t.Errorf("%q: datedCaption %v, want %v", c.line, got, c.want)
		}
	}
}

// TestRelatedStoriesWithAges: a block of related stories after the story,
// each a headline, a standfirst, a section label and an age ("2 weeks
// ago"), is furniture, a standfirst in a story's tense included; the
// story's last paragraph above it stays text.
func TestRelatedStoriesWithAges(t *testing.T) {
	const story = "Floods sweep the delta\n\nThe floods have killed 40 people since Sunday, officials said.\n\n"
	const block = "Rebels seize second town in the north\n\n" +
		"Residents said they had been ordered to leave their homes last week\nAfrica\n3 weeks ago\n\n" +
		"Drone strike on market kills 12, officials say\n\n" +
		"A nurse was among those reported to have been wounded on Monday\nAfrica\n1 month ago"
	text := story + block
	want := strings.Join(strings.FieldsFunc(block, func(r rune) bool { return r == '\n' }), "+")
	if got := furnitureFrom(text, len(story)); got != want {
		t.Errorf("furniture %q\nwant       %q", got, want)
	}
	if got := furnitureFrom(text, 0); !strings.HasPrefix(got, "Rebels") {
		t.Errorf("story lines marked: %q", got)
	}
}

// TestCorrectionAppendedStamp: the stamp of a correction note, "Correction
// appended, <date>", is furniture, as "Correction: …" is; a story's
// sentence about a correction stays text.
func TestCorrectionAppendedStamp(t *testing.T) {
	const page = "Floods sweep the delta\n\n"
	cases := []struct {
		line string
		want string
	}{
		{"Correction appended, June 4, 2023", "Correction appended, June 4, 2023"},
		{"Correction appended: June 4, 2023, 10:15 AM", "Correction appended: June 4, 2023, 10:15 AM"},
		{"The ministry appended a correction on June 4 to its toll of 40 dead.", ""},
	}
	checkFurnitureLines(t, page, "\nThe rain eased on Tuesday, officials said.\n", cases)
}

// checkFurnitureLines checks each case's line, set between page and tail:
// the furniture marked from the line on must be want ("" for none).
func checkFurnitureLines(t *testing.T, page, tail string, cases []struct {
	line string
	want string // the furniture marked, "" for none
}) {
	t.Helper()
	for _, c := range cases {
		text := page + c.line + tail
		if got := furnitureFrom(text, len(page)); got != c.want {
			t.Errorf("%q: furniture %q, want %q", c.line, got, c.want)
		}
	}
}
