package tui

import (
	"fmt"
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"

	"sitrep/briefing"
)

// A filter typed before the analyst chose a story is not a choice: the
// filter's best match first, and its own results arriving, move the
// selection for the analyst. When the library grows (the catch-up of an
// index built in part) or is reloaded (r, the watcher) while the filter
// is on, the best match of the whole library is selected, on row 1 of the
// filtered list, not a match from the old part with newer ones above it.

// filterRegion is a region of the generated library that the first
// frame's top story is not in, so that the filter has to move.
func filterRegion(m Model) string {
	if top, _ := m.list.selected(); top.Region == "Sahel" {
		return "Caribbean"
	}
	return "Sahel"
}

// bestMatch is the story a reader of the whole library selects once the
// filter region is typed: the filter's best match.
func bestMatch(t *testing.T, whole *briefing.Library, region string) *briefing.Briefing {
	t.Helper()
	m := New(whole, Options{Style: "dark", Width: 120, Height: 40})
	m.delays = delays{resize: -1, save: -1, status: -1}
	m = drain(t, m, m.Init())
	m = press(t, m, "/")
	m = typeText(t, m, region)
	m = press(t, m, "enter")
	m = drain(t, m, nil)
	b, ok := m.list.selected()
	if pos, _ := m.list.position(); !ok || pos != 1 || b.Region != region {
		t.Fatalf("a reader of the whole library filtering %s selects %v at row %d", region, b, pos)
	}
	return b
}

// assertBestMatch checks that the filter's best match in the whole
// library is selected, on the first row of the filtered list, and on
// screen.
func assertBestMatch(t *testing.T, m Model, whole *briefing.Library, region, when string) {
	t.Helper()
	want := bestMatch(t, whole, region)
	pos, n := m.list.position()
	if m.current != want.ID || pos != 1 {
		t.Errorf("%s: %q selected (%d/%d of the filtered list), want the best match %q on row 1", when, m.current, pos, n, want.ID)
	}
	assertContains(t, when, screen(m), fmt.Sprintf("Stories 1/%d", n), want.Title[:24])
}

// TestFilterBeforeAnyChoiceThenCatchUp: the filter is typed (or pasted)
// before the first frame's commands have run (its index not yet built),
// or after the index of the first part is in; either way the catch-up
// ends on the whole library's best match.
func TestFilterBeforeAnyChoiceThenCatchUp(t *testing.T) {
	t.Run("typed at once", func(t *testing.T) {
		fsys, whole, stored := partlyIndexed(t, 600, 150)
		m := readerFromPartIndex(fsys, stored)
		region := filterRegion(m)
		init := m.Init()
		m = press(t, m, "/")
		m = typeText(t, m, region)
		m = press(t, m, "enter")
		m = drain(t, m, init)
		assertBestMatch(t, m, whole, region, "after the catch-up")
	})
	for _, paste := range []bool{false, true} {
		name := "typed on the first part"
		if paste {
			name = "pasted on the first part"
		}
		t.Run(name, func(t *testing.T) {
			fsys, whole, stored := partlyIndexed(t, 600, 150)
			m := readerFromPartIndex(fsys, stored)
			region := filterRegion(m)
			var later []tea.Msg
			for _, msg := range runCmd(t, m.Init()) {
				if _, ok := msg.(caughtUpMsg); ok {
					later = append(later, msg)
					continue
				}
				next, c := m.Update(msg)
				m = drain(t, next.(Model), c)
			}
			m = press(t, m, "/")
			if paste {
				next, c := m.Update(tea.PasteMsg{Content: region})
				m = drain(t, next.(Model), c)
			} else {
				m = typeText(t, m, region)
			}
			m = press(t, m, "enter")
			if m.chose {
				t.Errorf("a filter %s counts as the analyst's choice of a story", name)
			}
			for _, msg := range later {
				next, c := m.Update(msg)
				m = drain(t, next.(Model), c)
			}
			assertBestMatch(t, m, whole, region, "after the catch-up")
		})
	}
}

// TestFilterBeforeAnyChoiceThenReload: r (or a watcher's reload with
// changes) while the filter is on and no story chosen selects the best
// match of the library reloaded; once the analyst moved in the filtered
// list, their story stays.
func TestFilterBeforeAnyChoiceThenReload(t *testing.T) {
	for _, moved := range []bool{false, true} {
		t.Run(fmt.Sprintf("moved=%v", moved), func(t *testing.T) {
			fsys, whole, stored := partlyIndexed(t, 600, 150)
			m := New(briefing.FromStored(fsys, slices.Clone(stored)), Options{Style: "dark", Width: 120, Height: 40})
			m.delays = delays{resize: -1, save: -1, status: -1}
			m = drain(t, m, m.Init())
			region := filterRegion(m)
			m = press(t, m, "/")
			m = typeText(t, m, region)
			m = press(t, m, "enter")
			m = drain(t, m, nil)
			chosen := ""
			if moved {
				m = press(t, m, "j")
				chosen = m.current
			}
			next, cmd := m.Update(libraryMsg{lib: whole})
			m = drain(t, next.(Model), cmd)
			if !moved {
				assertBestMatch(t, m, whole, region, "after the reload")
				return
			}
			if m.current != chosen {
				t.Errorf("after j and the reload the reader shows %q, want %q, which the analyst chose", m.current, chosen)
			}
		})
	}
}
