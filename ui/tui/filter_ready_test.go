package tui

import (
	"slices"
	"testing"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// TestFilterBeforeAndAfterItsIndex: keys typed into the filter before the
// library's word index is built show at once, every story still listed
// and the list saying it is indexing; when the index comes, the list shows
// the matches, as a scan finds them, and further keys are answered from it.
func TestFilterBeforeAndAfterItsIndex(t *testing.T) {
	lib, err := briefing.Load(librarytest.FS(300, 5))
	if err != nil {
		t.Fatal(err)
	}
	m := New(lib, Options{Style: "dark", Width: 120, Height: 40})
	m.delays = delays{resize: -1, save: -1, status: -1}
	init := m.Init() // asks for the index: not run yet
	m = press(t, m, "/", "g", "o", "m", "a")
	if len(m.list.visible) != lib.Len() {
		t.Fatalf("before the index: %d of %d stories listed", len(m.list.visible), lib.Len())
	}
	assertContains(t, "before the index", screen(m), "/goma", "indexing…")
	m = drain(t, m, init)
	texts := scanTexts(t, lib)
	if want := scanStories("goma", texts); !slices.Equal(m.list.visible, want) || len(want) == 0 {
		t.Fatalf("once the index came, /goma lists %d stories, a scan %d", len(m.list.visible), len(want))
	}
	assertNotContains(t, "once the index came", screen(m), "indexing", "counting")
	m = press(t, m, " ", "k", "h")
	if want := scanStories("goma kh", texts); !slices.Equal(m.list.visible, want) {
		t.Fatalf("/goma kh lists %d stories, a scan %d", len(m.list.visible), len(want))
	}
}

// TestFilterIndexBuiltOnceCaughtUp: a reader started from the top of the
// index builds the filter's word index once the whole library is there,
// with no filter opened (so the first key finds it ready), and not for the
// top of the list shown meanwhile.
func TestFilterIndexBuiltOnceCaughtUp(t *testing.T) {
	fsys, indexed, stored := indexedFixture(t)
	lib := briefing.FromStored(fsys, stored[:2])
	m := New(lib, Options{Style: "dark", Width: 120, Height: 40, CatchUp: func() (*briefing.Library, briefing.LibraryChange, error) {
		return briefing.CatchUp(fsys, stored)
	}})
	m.delays = delays{resize: -1, save: -1, status: -1}
	init := m.Init()
	if m.list.textsAsked {
		t.Error("the index of the top of the list is built before the catch-up")
	}
	m = drain(t, m, init)
	if m.list.texts == nil || m.list.texts.lib != m.lib || m.list.texts.len() != indexed.Len() {
		t.Fatalf("after the catch-up, no filter opened: the index is %v, want one of the %d stories", m.list.texts, indexed.Len())
	}
	m = press(t, m, "/", "g")
	assertNotContains(t, "the first key", screen(m), "indexing", "counting")
}
