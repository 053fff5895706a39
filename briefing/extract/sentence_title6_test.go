package extract

import (
	"strings"
	"testing"
	"time"
)

// TestTitleLineIsASentence checks that a line with no closing stop that is
// a paragraph of its own — a web page's headline above its first paragraph,
// one paragraph a line — is a sentence of its own, so that its date takes
// the headline's tense and its entry the headline's words; hard-wrapped
// text, whose lines are short, still runs on from line to line.
func TestTitleLineIsASentence(t *testing.T) {
	para := "France on Saturday handed over its second army base in Chad as part of an agreement with the country's authorities to withdraw its forces."
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"headline above a paragraph on one line", "France hands over second base in Chad ahead of 31 January deadline\n" + para, 2},
		{"headline with trailing blanks", "Gunmen kill 7, injure several in NE Nigeria   \n" + para, 2},
		{"hard-wrapped paragraph", "France on Saturday handed over its second army base in Chad\nas part of an agreement with the country's authorities to\nwithdraw its forces.", 1},
		{"hard-wrapped line before a capital", "Rebels seized the town of\nSake on Sunday after a week of fighting.", 1},
		{"line that runs on after a comma", "France, which had 1,000 troops in Chad,\n" + para, 1},
		// Wrapped at 140 columns: the sentence began inside the line.
		{"paragraph wrapped at 140 columns", "Shelling hit the market in the town on Tuesday morning, local officials said in a statement. At least 40 civilians were killed and 120\n" +
			"wounded when shells struck the crowded market, and aid agencies said the toll could rise further as rescuers searched the rubble for the\n" +
			"survivors through the night.", 2},
		// A long headline above a paragraph not much longer (review).
		{"long headline", "Israeli strikes on Gaza City kill at least 12 as ceasefire talks stall between Washington and Doha officials\n" +
			"Israeli strikes killed 12 people in Gaza City on Tuesday, health officials said, as talks on a ceasefire stalled in Doha and Washington again.", 2},
		// A wrapped line that ends on a word no headline ends on, above a name.
		{"wrapped line ending on a preposition", "Rescue workers pulled survivors from the apartment block in the northern town on Monday after it was hit by\n" +
			"Russian missiles, the regional governor said in a statement posted to his channel late in the evening after the strike.", 1},
		// A long line whose sentence goes on in lower case below is wrapped text.
		{"long line above a line in lower case", "Aid agencies warned that the number of people who had fled the fighting in the east of the country could double within a month\n" +
			"if the rains came early and the roads to the camps along the border were cut, leaving families without food or shelter for weeks to come.", 1},
	} {
		if got := Sentences(c.text); len(got) != c.want {
			t.Errorf("%s: %d sentences, want %d: %q", c.name, len(got), c.want, spanTexts(c.text, got))
		}
	}
	wrapped := "At least 40 civilians were killed in the attack on the market on Tuesday morning, officials said, and 120\n" +
		"wounded when shells struck the crowded market, as aid agencies said the toll could rise further as rescuers searched the rubble."
	for _, f := range Figures(wrapped) {
		if f.Value == 120 && f.Role != RoleInjured {
			t.Errorf("the wounded of a wrapped line are %s", f.Role)
		}
	}
	published := time.Date(2025, 1, 11, 0, 0, 0, 0, time.UTC)
	text := "France hands over second base in Chad ahead of 31 January deadline\n" + para
	for _, e := range Timeline(text, published) {
		if e.Text == "31 January" && strings.Contains(e.Event, "handed") {
			t.Errorf("the headline's entry reads the paragraph below: %q", e.Event)
		}
	}
}

func spanTexts(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, text[s.Start:s.End])
	}
	return out
}
