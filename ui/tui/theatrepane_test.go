package tui

import (
	"strings"
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/indextest"
)

// theatreOn is a session reading briefing id with the theatre pane's
// today fixed, and the pane open.
func theatreOn(t *testing.T, w, h int, id, today string, opts ...func(*Options)) Model {
	t.Helper()
	m := openOn(t, w, h, id, opts...)
	day, err := time.Parse(briefing.DateLayout, today)
	if err != nil {
		t.Fatal(err)
	}
	m.pane(theatreID).(*theatrePane).now = func() time.Time { return day }
	m = press(t, m, "T")
	if m.overlay != theatreID {
		t.Fatalf("T opened %q, want the theatre timeline", m.overlay)
	}
	return m
}

// TestTheatrePaneListsTheMassacreOnce: the Caribbean's timeline has the
// Pont-Sondé attack once, with both briefings that report it, and the
// planned events after a rule at today.
func TestTheatrePaneListsTheMassacreOnce(t *testing.T) {
	m := theatreOn(t, 160, 50, indextest.Kenya, "2024-12-01")
	s := screen(m)
	assertContains(t, "Caribbean", s, "region Caribbean", "h/l: country Haiti", "── today, 1 Dec 2024 ──", "(planned)")
	if n := strings.Count(s, "swept into Pont-Sondé"); n != 1 {
		t.Errorf("the massacre is listed %d times, want once:\n%s", n, s)
	}
	lines := screenLines(m)
	for i, l := range lines {
		if strings.Contains(l, "swept into Pont-Sondé") {
			next := strings.Join(lines[i+1:min(i+3, len(lines))], "\n")
			assertContains(t, "the massacre's sources", next, "AP and Reuters reporting", "Wire reports")
		}
	}
	today := strings.Index(s, "── today")
	if planned := strings.Index(s, "(planned)"); planned < today {
		t.Error("a planned event shows before the rule at today")
	}
}

// TestTheatrePaneOpensASourceAtTheEvent: enter on a source reads that
// briefing at the event; h and l change the theatre.
func TestTheatrePaneOpensASourceAtTheEvent(t *testing.T) {
	m := theatreOn(t, 160, 50, indextest.Kenya, "2024-12-01")
	m = press(t, m, "l")
	assertContains(t, "after l", screen(m), "country Haiti")
	m = press(t, m, "h")
	assertContains(t, "after h", screen(m), "region Caribbean")
	sel := m.pane(theatreID).(*theatrePane).list.selected()
	if sel == nil {
		t.Fatal("no source selected")
	}
	m = press(t, m, "enter")
	if m.overlay != "" || m.current != sel.id || m.reader.highlight == nil || m.statusErr {
		t.Fatalf("enter: overlay %q, current %q (want %q), highlight %v, status %q", m.overlay, m.current, sel.id, m.reader.highlight != nil, m.status)
	}
}

func TestTheatrePaneStates(t *testing.T) {
	st := new(NewStyles(true).withoutColor())
	tests := []struct {
		name  string
		given bool
		b     *briefing.Briefing
		want  string
	}{
		{"no index", false, &briefing.Briefing{ID: "x", Region: "Sahel"}, "this session has none"},
		{"opening", true, &briefing.Briefing{ID: "x", Region: "Sahel"}, "Indexing the library…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newTheatrePane(st, tt.given)
			p.SetSize(80, 10)
			p.Update(storyMsg{briefing: tt.b})
			p.SetFocused(true)
			p.Update(overlayOpenedMsg{})
			if v := p.View(); len(v) != 10 {
				t.Fatalf("%d lines, want 10", len(v))
			}
			assertContains(t, tt.name, paneText(p), tt.want)
		})
	}
	t.Run("no region or country", func(t *testing.T) {
		p := newTheatrePane(st, true)
		p.SetSize(80, 10)
		p.Update(indexMsg{ix: samplesIndex(t)})
		p.Update(storyMsg{briefing: &briefing.Briefing{ID: "x"}})
		p.SetFocused(true)
		if cmd := p.Update(overlayOpenedMsg{}); cmd != nil {
			t.Error("asked the index for a briefing with no theatre")
		}
		assertContains(t, "no theatre", paneText(p), "names no region or country")
	})
}

func TestTheatreGoldens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		name := "theatre-" + itoa(size[0]) + "x" + itoa(size[1]) + "-nocolor"
		t.Run(name, func(t *testing.T) {
			m := theatreOn(t, size[0], size[1], indextest.Haiti, "2024-12-01", func(o *Options) { o.NoColor = true })
			m = press(t, m, "j")
			checkGolden(t, name, asciiScreen(t, m))
		})
	}
}

// TestTheatrePaneDatesAsTimeline: the theatre pane writes dates as the
// briefing's timeline does ("H1 2024", "Apr 2024", "Thu 3 Oct 2024"), not
// as TIMEX values, and orders events by the period each names: the vote
// due "later this month" (October, in a briefing of 10 October) comes
// after the days of October the briefings report, not above 3 October.
func TestTheatrePaneDatesAsTimeline(t *testing.T) {
	m := theatreOn(t, 200, 60, indextest.Haiti, "2024-12-01")
	s := screen(m)
	assertContains(t, "theatre dates", s, "H1 2024  More than 3,600", "Apr 2024  The figure was roughly half",
		"Thu 3 Oct 2024  Gunmen", "Wed 9 Oct 2024  The mayor", "Oct 2024  The Security Council is due to vote")
	for _, raw := range []string{"2024-H1", "2024-04", "2024-10-03", "2024-10 "} {
		if strings.Contains(s, raw) {
			t.Errorf("the theatre pane shows the raw value %q:\n%s", raw, s)
		}
	}
	order := []string{"Apr 2024", "Thu 3 Oct 2024", "Wed 9 Oct 2024", "Oct 2024  The Security Council is due to vote", "Nov 2024", "── today"}
	last := -1
	for _, w := range order {
		i := strings.Index(s, w)
		if i < last {
			t.Fatalf("the theatre should list %q in that order:\n%s", order, s)
		}
		last = i
	}
}
