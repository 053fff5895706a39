package tui

import (
	"testing"

	"sitrep/briefing"
)

// The filter's word index is built in the background once the library is
// all there, however reading ends: the tests below end it by a reload
// while parts are read, by a last part that replaced a story shown, and
// by a reload during the catch-up from the stored index. Before, those
// paths never asked for it, and the first key waited for the whole build.

// partsReader is a reader whose library is being read in parts, and the
// whole library those parts come to.
func partsReader(t *testing.T) (Model, *briefing.Library) {
	t.Helper()
	fsys := gatedLibrary()
	t.Cleanup(func() { close(fsys.open) })
	_, m := readerInParts(t, fsys)
	_ = m.Init()
	whole, err := briefing.Load(fsys.MapFS)
	if err != nil {
		t.Fatal(err)
	}
	return m, whole
}

func TestFilterIndexAskedAfterReloadDuringParts(t *testing.T) {
	m, whole := partsReader(t)
	base := m.lib
	next, c1 := m.Update(libraryMsg{lib: whole})
	m = next.(Model)
	next, c2 := m.Update(libraryPartMsg{base: base, part: briefing.LibraryPart{Lib: whole, Done: true}, ok: true})
	m = next.(Model)
	m = drain(t, m, c1)
	m = drain(t, m, c2)
	if m.list.texts == nil || m.list.texts.lib != m.lib {
		t.Error("a reload while parts were read, then the stale last part: the filter's index was never asked for")
	}
}

func TestFilterIndexAskedAfterReplacingLastPart(t *testing.T) {
	m, whole := partsReader(t)
	next, c := m.Update(libraryPartMsg{base: m.lib, part: briefing.LibraryPart{Lib: whole, Done: true, Replaced: true}, ok: true})
	m = drain(t, next.(Model), c)
	if m.list.texts == nil || m.list.texts.lib != m.lib {
		t.Error("a last part that replaced a story shown: the filter's index was never asked for")
	}
}

func TestFilterIndexAskedAfterReloadDuringCatchUp(t *testing.T) {
	fsys, indexed, stored := indexedFixture(t)
	lib := briefing.FromStored(fsys, stored[:2])
	m := New(lib, Options{Style: "dark", Width: 120, Height: 40, CatchUp: func() (*briefing.Library, briefing.LibraryChange, error) {
		return briefing.CatchUp(fsys, stored)
	}})
	m.delays = delays{resize: -1, save: -1, status: -1}
	_ = m.Init()
	base := m.lib
	next, c1 := m.Update(libraryMsg{lib: indexed})
	m = drain(t, next.(Model), c1)
	next, c2 := m.Update(caughtUpMsg{base: base, lib: indexed})
	m = drain(t, next.(Model), c2)
	if m.list.texts == nil || m.list.texts.lib != m.lib {
		t.Error("a reload during the catch-up: the filter's index was never asked for")
	}
}
