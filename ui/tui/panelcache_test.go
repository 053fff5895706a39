package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing/extract"
)

func killed(n float64, text string) []extract.Figure {
	return []extract.Figure{{Text: text, Value: n, Unit: "people", Category: extract.Casualties, Sentence: text + " people were killed"}}
}

// panelText is a panel's screen without colours.
func panelText(p pane) string { return ansi.Strip(strings.Join(p.View(), "\n")) }

// TestFiguresPanelKeepsNothingStale: a panel that keeps the rows of the
// stories it showed shows what a story's details say now, at the size it
// has now.
func TestFiguresPanelKeepsNothingStale(t *testing.T) {
	a1, a2, b := killed(12, "12"), killed(4000, "4,000"), killed(7, "seven")
	cases := []struct {
		name  string
		steps func(f *figuresPane)
		want  string
		width int
	}{
		{"back to a story shows its figures", func(f *figuresPane) {
			f.setFigures("a", a1, nil)
			f.setFigures("b", b, nil)
			f.setFigures("a", a1, nil)
		}, "12 ", 40},
		{"new details of the same story show", func(f *figuresPane) {
			f.setFigures("a", a1, nil)
			f.setFigures("b", b, nil)
			f.setFigures("a", a2, nil)
		}, "4,000 people", 40},
		{"a new size lays the rows out again", func(f *figuresPane) {
			f.setFigures("a", a1, nil)
			f.SetSize(30, 10)
			f.setFigures("b", b, nil)
			f.setFigures("a", a1, nil)
		}, "12 ", 30},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			styles := NewStyles(true)
			f := newFiguresPane(&styles)
			f.SetSize(40, 10)
			tc.steps(f)
			got := panelText(f)
			if !strings.Contains(got, tc.want) {
				t.Errorf("panel does not show %q:\n%s", tc.want, got)
			}
			for _, l := range f.View() {
				if w := ansi.StringWidth(l); w != tc.width {
					t.Errorf("line %q is %d wide, want %d", ansi.Strip(l), w, tc.width)
				}
			}
		})
	}
}

// TestTimelineMarkerFollowsThePublicationDate: a story dated anew (its
// library reloaded) shows the new date in its marker, though its events
// are the same.
func TestTimelineMarkerFollowsThePublicationDate(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 6, d, 0, 0, 0, 0, time.UTC) }
	entries := []extract.TimelineEntry{
		{Value: "2025-06-02", Text: "2 June", Event: "Troops crossed the river", Period: extract.Period{Start: day(2), End: day(3)}},
		{Value: "2025-06-20", Text: "20 June", Event: "The council meets", Planned: true, Period: extract.Period{Start: day(20), End: day(21)}},
	}
	styles := NewStyles(true)
	tl := newTimelinePane(&styles)
	tl.SetSize(40, 12)
	for _, published := range []time.Time{day(10), day(12), day(10)} {
		tl.loading("a", published)
		tl.setTimeline("a", tl.published, entries, nil)
		want := "published " + published.Format("2 Jan 2006")
		if got := panelText(tl); !strings.Contains(got, want) {
			t.Errorf("timeline does not show %q:\n%s", want, got)
		}
	}
}

// TestTimelineMarkerBeforePlanned: a planned entry whose period holds the
// publication date ("later this month") comes after the marker, and the
// past days of that month before it.
func TestTimelineMarkerBeforePlanned(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 10, d, 0, 0, 0, 0, time.UTC) }
	text := "Gunmen attacked Pont-Sondé on 3 October. The toll rose on Wednesday, the mayor said. " +
		"The Security Council will vote on the sanctions later this month."
	entries := extract.Timeline(text, day(11))
	styles := NewStyles(true)
	tl := newTimelinePane(&styles)
	tl.SetSize(60, 20)
	tl.setTimeline("a", day(11), entries, nil)
	got := panelText(tl)
	marker := strings.Index(got, "published 11 Oct 2024")
	for _, c := range []struct {
		label string
		after bool
	}{{"Thu 3 Oct 2024", false}, {"Wed 9 Oct 2024", false}, {"Oct 2024 planned", true}} {
		i := strings.Index(got, c.label)
		if i < 0 || marker < 0 || (i > marker) != c.after {
			t.Errorf("%q (at %d) and the marker (at %d): want after=%v\n%s", c.label, i, marker, c.after, got)
		}
	}
}
