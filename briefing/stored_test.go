package briefing

import (
	"slices"
	"strconv"
	"testing"
	"testing/fstest"
	"time"
)

// storedOf is what an index would store of the files of fsys: each
// briefing's header with its file's size and time.
func storedOf(t *testing.T, fsys fstest.MapFS) []StoredHeader {
	t.Helper()
	lib, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var out []StoredHeader
	for _, b := range lib.Briefings() {
		f := fsys[b.Path]
		c := *b
		out = append(out, StoredHeader{Briefing: &c, Size: int64(len(f.Data)), ModTime: f.ModTime.UnixNano()})
	}
	return out
}

// TestCatchUp checks that a library shown from stored headers, caught up
// with files that changed since, is the library of the files, says what
// changed, and keeps the briefings that did not change.
func TestCatchUp(t *testing.T) {
	then := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	file := func(title string, when time.Time) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\npublished: 2025-01-02\n---\nBody of " + title + ".\n"), ModTime: when}
	}
	fsys := fstest.MapFS{"a.md": file("Alpha", then), "b.md": file("Bravo", then), "c.md": file("Charlie", then)}
	stored := storedOf(t, fsys)
	shown := FromStored(fsys, stored)
	keep, _ := shown.Get("a")

	later := then.Add(time.Hour)
	fsys["b.md"] = file("Bravo2", later) // same size, edited
	delete(fsys, "c.md")
	fsys["d.md"] = file("Delta", later)
	lib, change, err := CatchUp(fsys, stored)
	if err != nil {
		t.Fatal(err)
	}
	want := LibraryChange{Added: []string{"d"}, Changed: []string{"b"}, Removed: []string{"c"}}
	if !slices.Equal(change.Added, want.Added) || !slices.Equal(change.Changed, want.Changed) || !slices.Equal(change.Removed, want.Removed) {
		t.Errorf("change %+v, want %+v", change, want)
	}
	if b, _ := lib.Get("b"); b == nil || b.Title != "Bravo2" {
		t.Errorf("b after the catch-up: %+v, want the edited title", b)
	}
	if a, _ := lib.Get("a"); a != keep {
		t.Error("the unchanged briefing was read again, not kept")
	}
	for _, id := range []string{"a", "b", "d"} {
		body, err := lib.Body(id)
		if err != nil || body == "" {
			t.Errorf("body of %s: %q, %v", id, body, err)
		}
	}
	if body, _ := lib.Body("a"); body != "Body of Alpha.\n" {
		t.Errorf("body of a from its stored header: %q", body)
	}
}

// TestBodyCacheBounded checks that reading every body of a large library
// keeps only the last ones, and that a body read again is the same.
func TestBodyCacheBounded(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range entryCacheSize + 200 {
		fsys[strconv.Itoa(i)+".md"] = &fstest.MapFile{Data: []byte("---\ntitle: T" + strconv.Itoa(i) + "\n---\nBody " + strconv.Itoa(i) + ".\n")}
	}
	lib, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	first := lib.Briefings()[0].ID
	want, _ := lib.Body(first)
	for _, b := range lib.Briefings() {
		if _, err := lib.Body(b.ID); err != nil {
			t.Fatal(err)
		}
	}
	if n := lib.entries.Len(); n > entryCacheSize {
		t.Errorf("%d bodies cached after reading them all, want at most %d", n, entryCacheSize)
	}
	if got, _ := lib.Body(first); got != want {
		t.Errorf("body read again after eviction: %q, want %q", got, want)
	}
}
