package tui

import (
	"sitrep/briefing"
	"strings"
	"testing"

	"sitrep/briefing/indextest"
)

// openOn is a session with the samples' index, reading briefing id.
func openOn(t *testing.T, w, h int, id string, opts ...func(*Options)) Model {
	t.Helper()
	lib := samplesLibrary(t)
	m := newTestModel(t, lib, w, h, append([]func(*Options){withIndex(samplesIndex(t))}, opts...)...)
	next, cmd := m.Update(showBriefingMsg{id: id})
	m = drain(t, next.(Model), cmd)
	if m.current != id {
		t.Fatalf("reading %q, want %q", m.current, id)
	}
	return m
}

func TestStoryPaneReconcilesTheToll(t *testing.T) {
	m := press(t, openOn(t, 160, 50, indextest.Haiti), "e")
	if m.overlay != storyID {
		t.Fatalf("e opened %q, want the story", m.overlay)
	}
	assertContains(t, "story", screen(m),
		"Briefings, by date and source", "(this briefing)",
		"killed at Pont-Sondé: latest ≥115, range 70–115",
		"≥70 — The UN human rights office, 4 Oct 2024",
		"≥115 — the mayor of nearby Saint-Marc, 9 Oct 2024",
		"≥115 — local officials, 11 Oct 2024 (Wire reports)",
		"Related briefings", "Kenya to Send Additional 600 Police Officers")
}

func TestStoryPaneKenyaIsItsOwnStory(t *testing.T) {
	m := press(t, openOn(t, 160, 50, indextest.Kenya), "e")
	s := screen(m)
	assertContains(t, "Kenya's story", s, "1 briefing,", "Related briefings", "Death toll from Gran Grif attack on Pont-Sondé")
	// The related Haiti briefing is the last row: G selects it, enter opens it.
	m = press(t, m, "G", "enter")
	if m.overlay != "" || m.current != indextest.Haiti || m.focus != readerID {
		t.Fatalf("enter on the related briefing: overlay %q, current %q, focus %q", m.overlay, m.current, m.focus)
	}
}

// TestStoryPaneOpensAFigureAtItsSentence: enter on a source's number
// reads that briefing at the sentence that gives it.
func TestStoryPaneOpensAFigureAtItsSentence(t *testing.T) {
	m := press(t, openOn(t, 160, 50, indextest.Haiti), "e")
	for range 20 {
		if sel := m.pane(storyID).(*storyPane).list.selected(); sel != nil && strings.Contains(sel.sentence, "Saint-Marc") {
			break
		}
		m = press(t, m, "j")
	}
	sel := m.pane(storyID).(*storyPane).list.selected()
	if sel == nil || sel.sentence == "" {
		t.Fatal("no figure report to select")
	}
	m = press(t, m, "enter")
	if m.current != sel.id || m.reader.highlight == nil || m.statusErr {
		t.Fatalf("current %q (want %q), highlight %v, status %q", m.current, sel.id, m.reader.highlight != nil, m.status)
	}
}

func TestStoryPaneStates(t *testing.T) {
	tests := []struct {
		name string
		pane func() *storyPane
		want string
	}{
		{"no index", func() *storyPane { return newStoryPane(new(NewStyles(true).withoutColor()), false) }, "this session has none"},
		{"opening", func() *storyPane { return newStoryPane(new(NewStyles(true).withoutColor()), true) }, "Indexing the library…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.pane()
			p.SetSize(80, 10)
			p.SetFocused(true)
			p.Update(overlayOpenedMsg{})
			if v := p.View(); len(v) != 10 {
				t.Fatalf("%d lines, want 10", len(v))
			}
			assertContains(t, tt.name, paneText(p), tt.want)
		})
	}
}

func TestStoryGoldens(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		name := "story-" + itoa(size[0]) + "x" + itoa(size[1]) + "-nocolor"
		t.Run(name, func(t *testing.T) {
			m := openOn(t, size[0], size[1], indextest.Haiti, func(o *Options) { o.NoColor = true })
			m = press(t, m, "e", "j")
			checkGolden(t, name, asciiScreen(t, m))
		})
	}
}

// TestReconciledLineSaysTheRole: the role reads as the panels say it ("in
// need"), never as its JSON name ("in_need").
func TestReconciledLineSaysTheRole(t *testing.T) {
	got := reconciledLine(briefing.Reconciled{Role: "in_need", Place: "Somalia", Latest: briefing.FigureReport{Value: 6e6, Qualifier: "about"}, Min: 6e6, Max: 6e6})
	if !strings.HasPrefix(got, "  in need at Somalia: latest ") {
		t.Errorf("reconciledLine = %q, want it to start %q", got, "  in need at Somalia: latest ")
	}
}
