package tui

import (
	"strings"
	"testing"

	"sitrep/briefing"
	"sitrep/content"
)

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
