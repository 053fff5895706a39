package tui

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"sitrep/briefing"
)

// gatedFS holds up the listing of the directory "later" until open is
// closed: a library whose walk is slow.
type gatedFS struct {
	fstest.MapFS
	open chan struct{}
}

func (g gatedFS) Open(name string) (fs.File, error) {
	if name == "later" {
		<-g.open
	}
	return g.MapFS.Open(name)
}

func (g gatedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == "later" {
		<-g.open
	}
	return g.MapFS.ReadDir(name)
}

// TestLibraryWithNoIndexShowsEntriesAsFound checks that a reader of a
// library with no index lists the stories found before the walk of the
// library is over, with a quiet note, and then the whole library, the
// note gone.
func TestLibraryWithNoIndexShowsEntriesAsFound(t *testing.T) {
	fsys := gatedLibrary()
	first, m := readerInParts(t, fsys)
	shown := screen(m)
	assertContains(t, "first frame", shown, "Shelling near town", fmt.Sprintf("Stories 1/%d", first.Lib.Len()), readingPrefix)
	assertNotContains(t, "first frame", shown, "Ceasefire declared", "The library is empty")

	close(fsys.open) // the walk goes on
	m = drain(t, m, m.Init())
	shown = screen(m)
	assertContains(t, "once the library is read", shown, "Stories 1/1201", "Ceasefire declared in the north")
	if strings.Contains(shown, readingPrefix) {
		t.Error("the reading note stays once the library is read")
	}
	if m.current != "late" {
		t.Errorf("the reader shows %q, want the newest story (late), as the analyst did not move", m.current)
	}
}

// TestLibraryReadInPartsKeepsTheAnalystsPlace: an analyst who moves
// while the library is read stays on the story they chose.
func TestLibraryReadInPartsKeepsTheAnalystsPlace(t *testing.T) {
	fsys := gatedLibrary()
	first, m := readerInParts(t, fsys)
	init := m.Init()
	m = press(t, m, "j")
	chosen := m.current
	if chosen == "" || chosen == first.Lib.Briefings()[0].ID {
		t.Fatalf("j did not move: %q", chosen)
	}
	close(fsys.open)
	m = drain(t, m, init)
	if m.current != chosen {
		t.Errorf("the reader shows %q once the library is read, want %q, where the analyst moved", m.current, chosen)
	}
	assertContains(t, "once the library is read", screen(m), "Stories", "/1201")
}

// gatedLibrary is a library of 1,200 briefings at the top and a newer one
// in a directory whose listing waits for open to be closed.
func gatedLibrary() gatedFS {
	files := fstest.MapFS{}
	for i := range 1200 {
		files[fmt.Sprintf("b-%04d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil,
			"---\ntitle: Shelling near town %d\npublished: 2024-03-%02d\nregion: Sahel\n---\nText %d.\n", i, i%28+1, i)}
	}
	files["later/late.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Ceasefire declared in the north\npublished: 2025-01-01\n---\nText.\n")}
	return gatedFS{files, make(chan struct{})}
}

// readerInParts is a reader of fsys read in parts, at 120×40, showing the
// first part (returned too).
func readerInParts(t *testing.T, fsys fs.FS) (briefing.LibraryPart, Model) {
	t.Helper()
	first, parts := readInParts(t, fsys)
	m := New(first.Lib, Options{Style: "dark", Width: 120, Height: 40, Parts: parts})
	m.delays = delays{resize: -1, save: -1, status: -1}
	return first, m
}

// readInParts starts reading fsys in parts as cli.OpenForReader does (the
// newest part waits on a channel) and returns the first part.
func readInParts(t *testing.T, fsys fs.FS) (briefing.LibraryPart, <-chan briefing.LibraryPart) {
	t.Helper()
	parts := make(chan briefing.LibraryPart, 1)
	go briefing.LoadInParts(fsys, func(p briefing.LibraryPart) {
		select {
		case <-parts:
		default:
		}
		parts <- p
	})
	first := <-parts
	if first.Done {
		t.Fatal("the first part is the whole library: the walk was not held up")
	}
	return first, parts
}

// TestLibraryReadInPartsWithAFilterWaitsForTheWhole: with a filter
// applied, a part read further does not replace the filtered list (each
// would filter every body read so far again: minutes at 100,000); the
// note counts what is found, and the whole library comes filtered.
func TestLibraryReadInPartsWithAFilterWaitsForTheWhole(t *testing.T) {
	fsys := gatedLibrary()
	_, m := readerInParts(t, fsys)
	init := m.Init()
	m = press(t, m, "/")
	m = typeText(t, m, "ceasefire")
	m = press(t, m, "enter")
	shown := m.lib
	further, err := briefing.Load(fsys.MapFS)
	if err != nil {
		t.Fatal(err)
	}
	next, _ := m.Update(libraryPartMsg{base: m.lib, part: briefing.LibraryPart{Lib: further}, ok: true})
	if next.(Model).lib != shown {
		t.Error("a part read further replaced the filtered list before the library was read")
	}
	assertContains(t, "a part read further", screen(next.(Model)), readingNote(further.Len()))

	close(fsys.open)
	m = drain(t, m, init)
	assertContains(t, "once the library is read", screen(m), "Ceasefire declared in the north", "Stories 1/1 ")
	if strings.Contains(screen(m), readingPrefix) {
		t.Error("the reading note stays once the library is read")
	}
}

// TestLibraryReadInPartsEmptyAtFirst: a library whose first part is not
// there by the first frame is being read, not empty.
func TestLibraryReadInPartsEmptyAtFirst(t *testing.T) {
	parts := make(chan briefing.LibraryPart)
	m := New(emptyLibrary(), Options{Style: "dark", Width: 100, Height: 30, Parts: parts})
	m.delays = delays{resize: -1, save: -1, status: -1}
	assertNotContains(t, "first frame", screen(m), "The library is empty")
	assertContains(t, "first frame", screen(m), "  "+readingPrefix)
	next, _ := m.Update(libraryPartMsg{base: m.lib, part: briefing.LibraryPart{Lib: emptyLibrary(), Done: true}, ok: true})
	assertContains(t, "once read", screen(next.(Model)), "The library is empty")
}

// TestCatchUpFromNothingIsNotEmpty: a reader (or an SSH session) that
// starts with nothing from the index while the library is caught up says
// it is reading, not that the library is empty — until the catch-up says
// so.
func TestCatchUpFromNothingIsNotEmpty(t *testing.T) {
	caught := make(chan struct{})
	m := New(emptyLibrary(), Options{Style: "dark", Width: 100, Height: 30,
		CatchUp: func() (*briefing.Library, briefing.LibraryChange, error) {
			<-caught
			return emptyLibrary(), briefing.LibraryChange{}, nil
		}})
	m.delays = delays{resize: -1, save: -1, status: -1}
	assertNotContains(t, "first frame", screen(m), "The library is empty")
	next, _ := m.Update(caughtUpMsg{base: m.lib, lib: emptyLibrary()})
	assertContains(t, "once caught up", screen(next.(Model)), "The library is empty")
	close(caught)
}
