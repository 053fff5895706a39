package tui

import (
	"strings"
	"testing"

	"sitrep/briefing"
	"sitrep/content"
)

// TestCompleteEvent: a cut event runs on through its sentence to the end
// of its own clause, not into the next entry's.
func TestCompleteEvent(t *testing.T) {
	sentence := "The National Unity Government, the parallel administration formed by ousted lawmakers, declared a two-week halt to offensive operations by its forces from 30 March, and the Three Brotherhood Alliance of ethnic armed groups announced a one-month truce on Tuesday."
	for _, c := range []struct {
		event, want string
		shared      bool
	}{
		{"The National Unity Government declared a two-week halt to offensive…",
			"The National Unity Government declared a two-week halt to offensive operations by its forces from 30 March", true},
		{"The Three Brotherhood Alliance of ethnic armed groups announced a one-month…",
			"The Three Brotherhood Alliance of ethnic armed groups announced a one-month truce on Tuesday", true},
		// A second verb of the same subject is the same clause.
		{"On 16 April its fighters overran Adan Yabaal, a town in…",
			"On 16 April its fighters overran Adan Yabaal, a town in Middle Shabelle, and held it for a week", false},
		// A comma before an aside or another verb ends the clause.
		{"Rights groups have warned for months that the paramilitaries have besieged El…",
			"Rights groups have warned for months that the paramilitaries have besieged El Fasher since May last year", false},
		{"The UN Human Rights Council will hold a special session on eastern Congo in…",
			"The UN Human Rights Council will hold a special session on eastern Congo in Geneva on Friday", false},
		// Words the sentence does not hold: the cut event when another
		// entry shares the sentence, else the sentence.
		{"The alliance agreed to a one-month pause in all…", "The alliance agreed to a one-month pause in all…", true},
		{"The alliance agreed to a one-month pause in all…", strings.TrimSuffix(sentence, "."), false},
		// A comma inside a quotation ends no clause; an abbreviation keeps
		// its stop.
		{`The junta announced a ceasefire "to speed up relief and…`,
			`The junta announced a ceasefire "to speed up relief and reconstruction, and to build peace"`, false},
		{"Troops from the U.S. arrived in…", "Troops from the U.S. arrived in the capital at 4 a.m.", false},
		{"The mission was handed over to the…", "The mission was handed over to the UN", false},
		{"Inflation in the city rose to…", "Inflation in the city rose to 8.7", false},
		// A cut before a mark other than a comma runs on to that mark, not
		// into the next clause.
		{"Troops withdrew from the town…", "Troops withdrew from the town", false},
	} {
		s := sentence
		switch {
		case strings.HasPrefix(c.event, "On 16 April"):
			s = "On 16 April its fighters overran Adan Yabaal, a town in Middle Shabelle, and held it for a week."
		case strings.HasPrefix(c.event, "The junta"):
			s = `The junta announced a ceasefire "to speed up relief and reconstruction, and to build peace", from 2 April to 22 April.`
		case strings.HasPrefix(c.event, "The mission"):
			s = "The mission was handed over to the UN."
		case strings.HasPrefix(c.event, "Troops withdrew"):
			s = "Troops withdrew from the town; the rebels took it on Tuesday."
		case strings.HasPrefix(c.event, "Inflation in"):
			s = "Inflation in the city rose to 8.7."
		case strings.HasPrefix(c.event, "Troops from"):
			s = "Troops from the U.S. arrived in the capital at 4 a.m."
		case strings.HasPrefix(c.event, "The UN Human"):
			s = "The UN Human Rights Council will hold a special session on eastern Congo in Geneva on Friday, and leaders of the East African Community will meet in Dar es Salaam on Saturday."
		case strings.HasPrefix(c.event, "Rights groups"):
			s = "Rights groups have warned for months that the paramilitaries, who have besieged El Fasher since May last year, would target civilians of non-Arab communities if they broke into the city."
		}
		if got := completeEvent(c.event, s, c.shared); got != c.want {
			t.Errorf("completeEvent(%q, shared %v) = %q, want %q", c.event, c.shared, got, c.want)
		}
	}
}

// TestSampleTimelinesShowDistinctEvents walks every sample briefing's
// timeline panel at the size of the 80×24 screen and at a wide one: no two
// entries read the same, and the Myanmar truces of 30 March and 1 April
// each show their own actor.
func TestSampleTimelinesShowDistinctEvents(t *testing.T) {
	lib, err := briefing.Load(content.Briefings())
	if err != nil {
		t.Fatal(err)
	}
	styles := NewStyles(true)
	for _, size := range [][2]int{{80, 21}, {60, 58}} {
		for _, b := range lib.Briefings() {
			entries, err := lib.Timeline(b.ID)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := lib.Body(b.ID)
			tl := newTimelinePane(&styles)
			tl.SetSize(size[0], size[1])
			tl.body = body
			tl.setTimeline(b.ID, b.Published, entries, nil)
			// The rows of each entry: its date line, then its event.
			var events []string
			for _, l := range strings.Split(panelText(tl), "\n")[1:] {
				switch l = strings.TrimSpace(l); {
				case strings.HasPrefix(l, "●") || strings.HasPrefix(l, "○"):
					events = append(events, l+" |")
				case strings.HasPrefix(l, "─") || l == "":
				case len(events) > 0:
					events[len(events)-1] += " " + l
				}
			}
			seen := map[string]string{}
			for _, e := range events {
				date, text, _ := strings.Cut(e, " |")
				if prev, ok := seen[text]; ok && text != "" {
					t.Errorf("%s at %dx%d: %q and %q both read %q", b.ID, size[0], size[1], prev, date, text)
				}
				seen[text] = date
			}
			if strings.Contains(b.ID, "myanmar") {
				for _, want := range []string{"from Sun 30 Mar 2025 | The National Unity Government", "Tue 1 Apr 2025 | The Three Brotherhood Alliance"} {
					found := false
					for _, e := range events {
						found = found || strings.HasPrefix(strings.TrimLeft(e, "●○ "), want)
					}
					if !found {
						t.Errorf("%s at %dx%d: no entry %q in\n%s", b.ID, size[0], size[1], want, strings.Join(events, "\n"))
					}
				}
			}
		}
	}
}

// TestCutNeverEndsAtTheSpeaker: a report cut to fit keeps what was said,
// not only who said it.
func TestCutNeverEndsAtTheSpeaker(t *testing.T) {
	text := "The mayor of nearby Saint-Marc said: the number of people killed when the gang stormed the town has risen to at least 115 people, and search teams have still not reached parts of the town"
	lines := cutAtClause(text, 60, 2)
	got := strings.Join(lines, " ")
	if strings.HasSuffix(got, "said…") {
		t.Errorf("cut at the speaker: %q", got)
	}
	if !strings.Contains(got, "number of people") {
		t.Errorf("the report lost what was said: %q", got)
	}
}
