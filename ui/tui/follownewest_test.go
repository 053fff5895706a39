package tui

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// An index whose first build was cut short (the reader that began it quit)
// holds the files it wrote first, in path order: with dated file names,
// the oldest stories. The next reader's first frame shows the top of
// that index, and the catch-up brings the whole library. Until the
// analyst chooses a story, the newest is selected and on screen.

// partlyIndexed is a generated library of n briefings and the stored
// headers of an index that holds only its first `indexed` files by path.
func partlyIndexed(t *testing.T, n, indexed int) (fstest.MapFS, *briefing.Library, []briefing.StoredHeader) {
	t.Helper()
	fsys := librarytest.FS(n, 1)
	whole, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	byPath := slices.Clone(whole.Briefings())
	slices.SortFunc(byPath, func(a, b *briefing.Briefing) int { return strings.Compare(a.Path, b.Path) })
	var stored []briefing.StoredHeader
	for _, b := range byPath[:indexed] {
		c := *b
		f := fsys[b.Path]
		stored = append(stored, briefing.StoredHeader{Briefing: &c, Size: int64(len(f.Data)), ModTime: f.ModTime.UnixNano()})
	}
	return fsys, whole, stored
}

// readerFromPartIndex is a reader at 120×40 whose first frame is the top
// of stored, caught up with fsys in the background.
func readerFromPartIndex(fsys fstest.MapFS, stored []briefing.StoredHeader) Model {
	top := slices.Clone(stored)
	m := New(briefing.FromStored(fsys, top), Options{Style: "dark", Width: 120, Height: 40,
		CatchUp: func() (*briefing.Library, briefing.LibraryChange, error) {
			return briefing.CatchUp(fsys, slices.Clone(stored))
		}})
	m.delays = delays{resize: -1, save: -1, status: -1}
	return m
}

// TestCatchUpFromAPartIndexSelectsTheNewest: the first frame's top story
// (the newest of an index built in part, an old story) does not stay
// selected once the catch-up brings the newer ones: the newest is
// selected and on screen, as the analyst did not move.
func TestCatchUpFromAPartIndexSelectsTheNewest(t *testing.T) {
	fsys, whole, stored := partlyIndexed(t, 600, 150)
	m := readerFromPartIndex(fsys, stored)
	firstTop := m.current
	if at := slices.IndexFunc(whole.Briefings(), func(b *briefing.Briefing) bool { return b.ID == firstTop }); at < 300 {
		t.Fatalf("the first frame's top story is %d in the library: the fixture does not start far from the newest", at+1)
	}

	m = drain(t, m, m.Init())
	newest := whole.Briefings()[0]
	if m.current != newest.ID {
		t.Errorf("after the catch-up the reader shows %q, want the newest story %q (the analyst did not move)", m.current, newest.ID)
	}
	shown := screen(m)
	assertContains(t, "after the catch-up", shown, "Stories 1/600", newest.Title[:24], "450 new briefings")
	if row, _ := cursorRow(t, m); row != 1 {
		t.Errorf("the selected story is on row %d, want the first row of the list:\n%s", row, shown)
	}
}

// TestCatchUpFromAPartIndexKeepsTheAnalystsChoice: an analyst who moved,
// or who opened a story and came back, before the catch-up keeps the
// story they chose, wherever it now stands in the list.
func TestCatchUpFromAPartIndexKeepsTheAnalystsChoice(t *testing.T) {
	for _, keys := range [][]string{{"j", "j", "j"}, {"j", "k"}, {"enter", "esc"}} {
		t.Run(strings.Join(keys, " "), func(t *testing.T) {
			fsys, whole, stored := partlyIndexed(t, 600, 150)
			m := readerFromPartIndex(fsys, stored)
			init := m.Init()
			m = press(t, m, keys...)
			chosen := m.current
			m = drain(t, m, init)
			if m.current != chosen {
				t.Fatalf("after the catch-up the reader shows %q, want %q, which the analyst chose", m.current, chosen)
			}
			at := slices.IndexFunc(whole.Briefings(), func(b *briefing.Briefing) bool { return b.ID == chosen })
			assertContains(t, "after the catch-up", screen(m), fmt.Sprintf("Stories %d/600", at+1))
		})
	}
}

// TestLibraryPartsMergedInAnyOrderKeepTheNewest feeds a reader of a
// library read in parts the parts in the orders a busy machine gives
// them (one skipped, one that replaced a briefing shown, the whole
// library at once after the first): the newest story is selected at the
// end, on screen, whatever the top of the first part was.
func TestLibraryPartsMergedInAnyOrderKeepTheNewest(t *testing.T) {
	fsys := librarytest.FS(800, 2)
	whole, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	// The parts as read: the files in path order (the oldest first, as
	// the generated names sort), a growing share at a time, sharing their
	// briefings as the parts of LoadInParts do.
	byPath := slices.Clone(whole.Briefings())
	slices.SortFunc(byPath, func(a, b *briefing.Briefing) int { return strings.Compare(a.Path, b.Path) })
	part := func(n int) *briefing.Library {
		var stored []briefing.StoredHeader
		for _, b := range byPath[:n] {
			stored = append(stored, briefing.StoredHeader{Briefing: b})
		}
		return briefing.FromStored(fsys, stored)
	}
	newest := whole.Briefings()[0]
	for _, tc := range []struct {
		name     string
		sizes    []int
		replaced int // the index of the part that says Replaced, or -1
	}{
		{"every part", []int{10, 40, 160, 640}, -1},
		{"parts skipped", []int{10, 640}, -1},
		{"a part replaced", []int{10, 40, 160}, 1},
		{"the rest at once", []int{10}, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := New(part(tc.sizes[0]), Options{Style: "dark", Width: 120, Height: 40, Parts: make(chan briefing.LibraryPart)})
			m.delays = delays{resize: -1, save: -1, status: -1}
			for i, n := range append(tc.sizes[1:], whole.Len()) {
				next, _ := m.Update(libraryPartMsg{base: m.lib, ok: true,
					part: briefing.LibraryPart{Lib: part(n), Done: n == whole.Len(), Replaced: i+1 == tc.replaced}})
				m = next.(Model)
			}
			if m.current != newest.ID {
				t.Errorf("once read the reader shows %q, want the newest story %q", m.current, newest.ID)
			}
			assertContains(t, "once read", screen(m), "Stories 1/800", newest.Title[:24])
		})
	}
}

// TestNewerStoriesFromTheWatcherTakeTheTop: newer stories written while
// the reader is open (the watcher's reload) are selected while the
// analyst has not chosen one; after j, the story chosen stays selected.
func TestNewerStoriesFromTheWatcherTakeTheTop(t *testing.T) {
	fsys, whole, stored := partlyIndexed(t, 300, 200)
	newest := whole.Briefings()[0]
	for _, keys := range [][]string{nil, {"j"}} {
		m := New(briefing.FromStored(fsys, slices.Clone(stored)), Options{Style: "dark", Width: 120, Height: 40})
		m.delays = delays{resize: -1, save: -1, status: -1}
		m = press(t, m, keys...)
		chosen := m.current
		caught, change, err := briefing.CatchUp(fsys, slices.Clone(stored))
		if err != nil {
			t.Fatal(err)
		}
		next, _ := m.Update(watchedLibraryMsg{lib: caught, change: change})
		m = next.(Model)
		want := newest.ID
		if len(keys) > 0 {
			want = chosen
		}
		if m.current != want {
			t.Errorf("after %v and 100 newer stories the reader shows %q, want %q", keys, m.current, want)
		}
		assertContains(t, "after the reload", screen(m), "100 new briefings")
	}
}
