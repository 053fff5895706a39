package tui

import (
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// A filter job started on the old library whose result arrives after the
// library changed (and before the new index): its matches are slots of
// the old library, shown as stories of the new one.
func TestFilterResultAfterLibraryGrew(t *testing.T) {
	fsys := librarytest.FS(filterSyncLimit+500, 9)
	lib, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, lib, 120, 40, builtFilters(lib))
	m = press(t, m, "/")
	next, jobCmd := m.Update(keyMsg("g")) // job in flight
	m = next.(Model)
	// Three new stories, newest of all: every old story moves down by 3.
	for _, n := range []string{"a", "b", "c"} {
		fsys["2026-03-01-new-"+n+".md"] = &fstest.MapFile{ModTime: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
			Data: []byte("---\ntitle: Quiet day " + n + "\npublished: 2026-03-01\n---\nNothing.\n")}
	}
	grown, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	next, _ = m.Update(libraryMsg{lib: grown}) // index of grown asked, not yet here
	m = next.(Model)
	for _, msg := range runCmd(t, jobCmd) {
		if r, ok := msg.(filterResultMsg); ok {
			next, _ = m.Update(r)
			m = next.(Model)
		}
	}
	if !m.list.counting {
		t.Error("a filter result for the library replaced was shown on the new one (its matches are slots of the old list)")
	}
	assertContains(t, "while the new library's index is built", screen(m), "counting")
}

// A filter job started on the old library whose result arrives after the
// library changed (and before the new index): its matches are slots of
// the old library, shown as stories of the new one.
func TestFilterResultAfterLibraryShrank(t *testing.T) {
	fsys := librarytest.FS(filterSyncLimit+500, 9)
	lib, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, lib, 120, 40, builtFilters(lib))
	m = press(t, m, "/")
	next, jobCmd := m.Update(keyMsg("g")) // job in flight
	m = next.(Model)
	// A thousand stories go: the old list's slots past the end are out of range.
	k := 0
	for name := range fsys {
		if k++; k <= 1000 {
			delete(fsys, name)
		}
	}
	grown, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	next, _ = m.Update(libraryMsg{lib: grown}) // index of grown asked, not yet here
	m = next.(Model)
	for _, msg := range runCmd(t, jobCmd) {
		if r, ok := msg.(filterResultMsg); ok {
			next, _ = m.Update(r)
			m = next.(Model)
		}
	}
	if !m.list.counting {
		t.Error("a filter result for the library replaced was shown on the new one (its matches are slots of the old list)")
	}
	assertContains(t, "while the new library's index is built", screen(m), "counting")
}
