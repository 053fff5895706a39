package tui

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
)

// TestFirstFrameFromTheIndexCatchesUp checks that a reader started from
// the top of the index's stored headers shows them at once with a quiet
// note, then installs the whole library, with what changed on disk since
// the index, and says what changed.
func TestFirstFrameFromTheIndexCatchesUp(t *testing.T) {
	fsys, indexed, stored := indexedFixture(t)
	// Written after the index was last brought up to date.
	fsys["fresh.md"] = &fstest.MapFile{ModTime: indexedAt.Add(time.Hour),
		Data: []byte("---\ntitle: Fresh report from the Levant\npublished: 2025-04-01\nregion: Levant\n---\nNew text.\n")}

	// The first frame has the top of the list; the catch-up reads it all.
	lib := briefing.FromStored(fsys, stored[:2])
	m := New(lib, Options{Style: "dark", Width: 120, Height: 40, CatchUp: func() (*briefing.Library, briefing.LibraryChange, error) {
		return briefing.CatchUp(fsys, stored)
	}})
	m.delays = delays{resize: -1, save: -1, status: -1}
	first := screen(m)
	assertContains(t, "first frame", first, catchUpNote, indexed.Briefings()[0].Title[:20])
	last := indexed.Briefings()[indexed.Len()-1].Title[:20]
	assertNotContains(t, "first frame", first, "Fresh report", last)

	m = drain(t, m, m.Init())
	after := screen(m)
	assertContains(t, "after the catch-up", after, "1 new briefing", "Fresh report from the Levant", last)
	if strings.Contains(after, catchUpNote) {
		t.Error("the catch-up note stays after the catch-up")
	}
}

// TestCatchUpWithNothingNewOpensEveryStory: when the files hold nothing
// the index did not, the whole library still replaces the first frame's
// top of the list for rendering too, so a story below that top opens.
func TestCatchUpWithNothingNewOpensEveryStory(t *testing.T) {
	fsys, indexed, stored := indexedFixture(t)
	lib := briefing.FromStored(fsys, stored[:2])
	m := New(lib, Options{Style: "dark", Width: 120, Height: 40, CatchUp: func() (*briefing.Library, briefing.LibraryChange, error) {
		return briefing.CatchUp(fsys, stored)
	}})
	m.delays = delays{resize: -1, save: -1, status: -1}
	m = drain(t, m, m.Init())
	m = press(t, m, "G", "enter")
	got := screen(m)
	if strings.Contains(got, "Cannot show") || strings.Contains(got, "no briefing") {
		t.Fatalf("the last story did not open after the catch-up:\n%s", got)
	}
	assertContains(t, "the last story opened", got, indexed.Briefings()[indexed.Len()-1].Title[:20])
}

// indexedAt is when the fixture's files were last written, as indexed.
var indexedAt = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// indexedFixture is the fixture library with every file last written at
// one time, the library read from it, and the headers an index of it would hold (copies, as an
// index's are).
func indexedFixture(t *testing.T) (fstest.MapFS, *briefing.Library, []briefing.StoredHeader) {
	t.Helper()
	fsys := fixtureFiles()
	for _, f := range fsys {
		f.ModTime = indexedAt
	}
	indexed, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var stored []briefing.StoredHeader
	for _, b := range indexed.Briefings() {
		c := *b
		stored = append(stored, briefing.StoredHeader{Briefing: &c, Size: int64(len(fsys[b.Path].Data)), ModTime: indexedAt.UnixNano()})
	}
	return fsys, indexed, stored
}

// TestCatchUpWaitsForTheFirstFrame: the catch-up of a library shown from
// its index begins only once the first frame is drawn (firstFrameDelay
// after Init), not as the reader starts, when it took the processor from
// the first frame.
func TestCatchUpWaitsForTheFirstFrame(t *testing.T) {
	fsys, _, stored := indexedFixture(t)
	began := make(chan time.Time, 1)
	m := New(briefing.FromStored(fsys, stored[:2]), Options{Style: "dark", Width: 120, Height: 40,
		CatchUp: func() (*briefing.Library, briefing.LibraryChange, error) {
			began <- time.Now()
			return briefing.CatchUp(fsys, stored)
		}})
	afterFirstFrame(t, runInit(t, m), began, "the catch-up began")
}
