package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing/extract"
)

// TestFigureBarsCompareLikeWithLike checks the bars of the figures panel
// (issue 12): a bar compares a figure only with figures of its role that
// measure the same kind of thing (heads, households, a share, one
// currency, a length of time); a figure alone of its kind gets none.
// Figures are as the extractor gives them for the samples' sentences.
func TestFigureBarsCompareLikeWithLike(t *testing.T) {
	people := func(text string, v float64, role extract.Role, cat extract.Category) extract.Figure {
		return extract.Figure{Text: text, Value: v, Unit: "people", Role: role, Category: cat, Key: true}
	}
	money := func(text string, v float64, unit string) extract.Figure {
		return extract.Figure{Text: text, Value: v, Unit: unit, Role: extract.RoleMoney, Category: extract.Money, Key: true}
	}
	duration := func(text string, v float64, unit, timex string) extract.Figure {
		return extract.Figure{Text: text, Value: v, Unit: unit, Timex: timex, Role: extract.RoleDuration, Category: extract.Duration, Key: true}
	}
	half := extract.Figure{Text: "well over half the population", Value: 0.5, Qualifier: extract.MoreThan,
		Unit: "the population", Role: extract.RoleInNeed, Category: extract.Humanitarian, Key: true}
	households := extract.Figure{Text: "between 60,000 and 80,000 households", Value: 60000, Unit: "households",
		Role: extract.RoleDisplaced, Category: extract.Displacement, Key: true}
	// bars maps a figure's text to its bar in eighths of a cell: 0 is no bar.
	cases := []struct {
		name string
		figs []extract.Figure
		want map[string]int
	}{
		{"a fraction is not drawn against a head count (Sudan)",
			[]extract.Figure{people("30.4 million people", 30.4e6, extract.RoleInNeed, extract.Humanitarian), half,
				people("nearly 20 million people", 20e6, extract.RoleInNeed, extract.Humanitarian)},
			map[string]int{"30.4 million people": 64, "nearly 20 million people": 42, "well over half the population": 0}},
		{"households are not heads (Sudan)",
			[]extract.Figure{people("up to 400,000 people", 4e5, extract.RoleDisplaced, extract.Displacement), households,
				people("More than 12 million people", 12e6, extract.RoleDisplaced, extract.Displacement)},
			map[string]int{"More than 12 million people": 64, "up to 400,000 people": 2, "between 60,000 and 80,000 households": 0}},
		{"troops, civilians and Syrians are all heads",
			[]extract.Figure{
				{Text: "12 civilians", Value: 12, Unit: "civilians", Role: extract.RoleKilled, Category: extract.Casualties, Key: true},
				{Text: "47 Malian soldiers", Value: 48, Unit: "Malian soldiers", Role: extract.RoleKilled, Category: extract.Casualties, Key: true},
				{Text: "some 2,000 bodies", Value: 96, Unit: "bodies", Role: extract.RoleKilled, Category: extract.Casualties, Key: true}},
			map[string]int{"some 2,000 bodies": 64, "47 Malian soldiers": 32, "12 civilians": 8}},
		{"pounds are not dollars (Myanmar)",
			[]extract.Figure{money("$5 million", 5e6, "$"), money("up to £10 million", 10e6, "£"), money("$2 million", 2e6, "$")},
			map[string]int{"$5 million": 64, "$2 million": 26, "up to £10 million": 0}},
		{"dollars however written are one currency",
			[]extract.Figure{money("$4 billion", 4e9, "$"), money("2 billion US dollars", 2e9, "US dollars")},
			map[string]int{"$4 billion": 64, "2 billion US dollars": 32}},
		{"a month is longer than two weeks (Myanmar)",
			[]extract.Figure{duration("two-week", 2, "week", "P2W"), duration("one-month", 1, "month", "P1M"), duration("20-day", 20, "day", "P20D")},
			map[string]int{"one-month": 64, "20-day": 42, "two-week": 29}},
		{"a lone entry of its kind gets no bar",
			[]extract.Figure{people("15,859 wounded", 15859, extract.RoleInjured, extract.Casualties),
				people("3,823 people", 3823, extract.RoleKilled, extract.Casualties),
				duration("12 months", 12, "month", "P12M"), money("$96 million", 96e6, "$")},
			map[string]int{"15,859 wounded": 0, "3,823 people": 0, "12 months": 0, "$96 million": 0}},
	}
	for _, c := range cases {
		p := newFiguresPane(new(NewStyles(true)))
		p.SetSize(60, 30)
		p.setFigures("x", c.figs, nil)
		for text, want := range c.want {
			i := indexOfFigure(p.figs, text)
			if i < 0 {
				t.Fatalf("%s: no figure %q", c.name, text)
			}
			if got := barEighths(rowOf(p, i)); got != want {
				t.Errorf("%s: %q has a bar of %d eighths, want %d:\n%s", c.name, text, got, want, ansi.Strip(paneText(p)))
			}
		}
	}
}

func indexOfFigure(figs []extract.Figure, text string) int {
	for i, f := range figs {
		if f.Text == text {
			return i
		}
	}
	return -1
}

// rowOf is the panel's row of item i, without colour.
func rowOf(p *figuresPane, i int) string {
	for _, r := range p.rows {
		if r.item == i {
			return ansi.Strip(r.text)
		}
	}
	return ""
}

// barEighths is the length of the bar at the end of a row, in eighths of
// a cell.
func barEighths(row string) int {
	n := 0
	for _, r := range row {
		if r == '█' {
			n += 8
		} else if i := strings.IndexRune("▏▎▍▌▋▊▉", r); i >= 0 {
			n += len([]rune("▏▎▍▌▋▊▉"[:i])) + 1
		}
	}
	return n
}
