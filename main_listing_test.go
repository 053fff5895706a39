package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/briefing/librarytest"
	"sitrep/ui/cli"
)

// TestReaderCatchUpFromTheWatchersListing: the reader's catch-up takes
// the files as its watcher listed them (the library is listed once), and
// still finds, on a real library with a real index, a briefing edited in
// place while the reader was closed (its size unchanged: the directory
// says nothing), one added and one removed.
func TestReaderCatchUpFromTheWatchersListing(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	if err := librarytest.Write(dir, 50, 3); err != nil {
		t.Fatal(err)
	}
	src := cli.Source{Dir: dir}
	ix, err := cli.OpenIndex(context.Background(), src, io.Discard) // built, as a search or reader builds it
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()

	// While the reader is closed.
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	edited, removed := filepath.Join(dir, entries[7].Name()), filepath.Join(dir, entries[9].Name())
	data, err := os.ReadFile(edited)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(data), "title: ") + len("title: ")
	copy(data[i:], "EDITED")
	if err := os.WriteFile(edited, data, 0o644); err != nil { // in place, the same size
		t.Fatal(err)
	}
	os.Remove(removed)
	if err := os.WriteFile(filepath.Join(dir, "new.md"), []byte("---\ntitle: New\npublished: 2026-12-07\n---\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	opening, err := src.OpenForReader(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if opening.CatchUpListed == nil {
		t.Fatal("the first frame is not from the index")
	}
	_, _, ready, listing, stop := watchLibrary(dir, nil, true)
	defer stop()
	<-ready
	l := listing()
	if l == nil {
		t.Fatal("the watcher gave no listing")
	}
	if listing() != nil {
		t.Error("the listing was given twice")
	}
	lib, change, err := opening.CatchUpListed(l)
	if err != nil {
		t.Fatal(err)
	}
	editedID := strings.TrimSuffix(filepath.Base(edited), ".md")
	if b, ok := lib.Get(editedID); !ok || !strings.HasPrefix(b.Title, "EDITED") {
		t.Errorf("the briefing edited in place reads %+v, want its new title", b)
	}
	if len(change.Added) != 1 || len(change.Changed) != 1 || len(change.Removed) != 1 || lib.Len() != 50 {
		t.Errorf("%d briefings, change %+v; want 50, one added, changed and removed", lib.Len(), change)
	}
}

// TestReaderDrawnOnceAtTheFirstFrame: what the read command puts off
// until the first frame (its garbage collection) is let go when the
// reader says the first frame is drawn, once, and not before.
func TestReaderDrawnOnceAtTheFirstFrame(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	if err := librarytest.Write(dir, 5, 1); err != nil {
		t.Fatal(err)
	}
	calls := 0
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opened, cleanup, err := openForReader(ctx, env{ctx, os.Stdin, io.Discard, io.Discard}, cli.Source{Dir: dir}, func() { calls++ })
	if err != nil {
		t.Fatal(err)
	}
	defer cleanup()
	if calls != 0 || opened.FirstFrame == nil {
		t.Fatalf("before the first frame: drawn called %d times, FirstFrame %v", calls, opened.FirstFrame != nil)
	}
	opened.FirstFrame()
	opened.FirstFrame()
	if calls != 1 {
		t.Errorf("drawn called %d times after the first frame, want once", calls)
	}
}
