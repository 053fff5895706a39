package tui

import (
	"runtime"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestHelpOpensOverEveryView is ? from the views that cover the panes:
// the key reference opens (it lists ? under "Everywhere"), with the view's
// own keys first, and closing it goes back to that view as it was.
func TestHelpOpensOverEveryView(t *testing.T) {
	lib := samplesLibrary(t)
	ix := samplesIndex(t)
	cases := []struct {
		name  string
		keys  []string // from the list: open the view, and use it
		view  paneID
		first string // the section the reference starts with
	}{
		{"search after esc", []string{"\\", "esc"}, searchID, "Library search (\\) (in focus)"},
		{"search results", []string{"\\", "g", "o", "m", "a", "enter", "j"}, searchID, "Library search (\\) (in focus)"},
		{"story across sources", []string{"e", "j"}, storyID, "Story across sources (e) (in focus)"},
		{"theatre timeline", []string{"T", "j"}, theatreID, "(in focus)"},
		{"problems", []string{"!"}, problemsID, "Everywhere"},
	}
	for _, c := range cases {
		for _, closing := range []string{"?", "esc", "q"} {
			t.Run(c.name+"/"+closing, func(t *testing.T) {
				m := newTestModel(t, lib, 120, 40, withIndex(ix))
				m = press(t, m, c.keys...)
				if m.overlay != c.view {
					t.Fatalf("%v opened %q, want %q", c.keys, m.overlay, c.view)
				}
				before := screen(m)
				m = press(t, m, "?")
				if m.overlay != helpID {
					t.Fatalf("? over %s shows %q, want the key reference", c.view, m.overlay)
				}
				assertContains(t, "the key reference", screen(m), "Keys", "Everywhere", c.first)
				m = press(t, m, closing)
				if m.overlay != c.view {
					t.Fatalf("%s in the key reference went to %q, want back to %q", closing, m.overlay, c.view)
				}
				if after := screen(m); after != before {
					t.Errorf("back from the key reference, the view changed:\n--- before\n%s\n--- after\n%s", before, after)
				}
				m = press(t, m, "esc")
				if m.overlay != "" {
					t.Errorf("esc after the key reference left %q open, want the panes", m.overlay)
				}
			})
		}
	}
}

// TestSearchReopensWithTheLastQuerySelected is \ a second time: the last
// query is there, selected, so that typing a new one replaces it (it used
// to append: "role:killed since:2025-01-01goma"), while an arrow key keeps
// it to edit and enter runs it again.
func TestSearchReopensWithTheLastQuerySelected(t *testing.T) {
	lib := samplesLibrary(t)
	ix := samplesIndex(t)
	first := func(t *testing.T) Model {
		m := newTestModel(t, lib, 100, 30, withIndex(ix))
		m = press(t, m, "\\")
		m = typeText(t, m, "since:2025-01-01")
		m = press(t, m, "enter", "esc")
		if m.overlay != "" {
			t.Fatalf("esc left %q open", m.overlay)
		}
		return press(t, m, "\\")
	}
	cases := []struct {
		name string
		keys []string // after reopening
		text string   // then typed
		want []string // on screen after enter
	}{
		{"typing replaces it", nil, "goma", []string{"search: goma", "1 briefing matches"}},
		{"a paste replaces it", []string{"paste:Tawila"}, "", []string{"search: Tawila", "1 briefing matches"}},
		{"an arrow keeps it to edit", []string{"left", "right"}, " goma", []string{"search: since:2025-01-01 goma", "1 briefing matches"}},
		{"backspace clears it", []string{"backspace"}, "Tawila", []string{"search: Tawila", "1 briefing matches"}},
		{"enter runs it again", nil, "", []string{"search: since:2025-01-01", "briefings match"}},
		{"/ in the results selects it too", []string{"enter", "/"}, "goma", []string{"search: goma", "1 briefing matches"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := first(t)
			assertContains(t, "reopened", screen(m), "search: since:2025-01-01", "type a new query")
			for _, k := range c.keys {
				if text, ok := strings.CutPrefix(k, "paste:"); ok {
					next, cmd := m.Update(tea.PasteMsg{Content: text})
					m = drain(t, next.(Model), cmd)
					continue
				}
				m = press(t, m, k)
			}
			m = typeText(t, m, c.text)
			m = press(t, m, "enter")
			s := screen(m)
			assertContains(t, "after enter", s, c.want...)
			assertNotContains(t, "after enter", s, "want a date")
		})
	}
}

// TestHelpShowsEveryKeyWholeAt80Columns pages through the key reference at
// 80×24 and at the smallest screen: every key of every section shows with
// its whole description ("story across sources" lost its last letter).
func TestHelpShowsEveryKeyWholeAt80Columns(t *testing.T) {
	lib := samplesLibrary(t)
	for _, size := range [][2]int{{80, 24}, {minWidth, minHeight}} {
		m := newTestModel(t, lib, size[0], size[1], withIndex(samplesIndex(t)))
		m = press(t, m, "?")
		var seen strings.Builder
		for range 40 {
			seen.WriteString(screen(m))
			m = press(t, m, "space")
		}
		text := strings.Join(strings.Fields(seen.String()), " ")
		for _, s := range m.keyReference() {
			for _, col := range s.keys.FullHelp() {
				for _, b := range col {
					want := strings.Join(strings.Fields(b.Help().Key+" "+b.Help().Desc), " ")
					if !strings.Contains(text, want) {
						t.Errorf("%dx%d: the key reference does not show %q whole (section %s)", size[0], size[1], want, s.title)
					}
				}
			}
		}
	}
}

// TestOpenURLFailureFitsAt80Columns is o where no browser opener is
// installed (a server, a container): at 80 columns, whatever the pane in
// focus, the status line says why and that y copies the URL, uncut.
func TestOpenURLFailureFitsAt80Columns(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the opener is xdg-open on Linux")
	}
	t.Setenv("PATH", t.TempDir()) // no xdg-open
	lib := samplesLibrary(t)
	want := "Cannot open the URL (y copies it): xdg-open is not installed"
	for _, keys := range [][]string{nil, {"enter"}, {"f"}, {"t"}} {
		m := newTestModel(t, lib, 80, 24, func(o *Options) { o.OpenURL = OpenInBrowser })
		m = press(t, m, keys...)
		m = press(t, m, "o")
		lines := screenLines(m)
		status := lines[len(lines)-2]
		if !strings.Contains(status, want) {
			t.Errorf("after %v o, the status line reads %q, want it to hold %q", keys, status, want)
		}
	}
}

// TestLongStatusMessageKeepsTheFacts is a message too long to show whole
// (a warning naming a file and an error): it is cut, and the status line
// keeps the unread count beside it.
func TestLongStatusMessageKeepsTheFacts(t *testing.T) {
	m := newTestModel(t, samplesLibrary(t), 80, 24)
	m.setStatus("corrupt reading state set aside as /home/analyst/.local/state/sitrep/state.json.corrupt-20261207T122523Z, starting clean", true)
	lines := screenLines(m)
	assertContains(t, "status line", lines[len(lines)-2], "13 unread", "corrupt reading state")
}
