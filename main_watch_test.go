package main

import (
	"context"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/ui/cli"
)

// closedWithin reports whether ch is closed (drained of any reports)
// within d.
func closedWithin(ch <-chan briefing.LibraryChange, d time.Duration) bool {
	deadline := time.After(d)
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				return true
			}
		case <-deadline:
			return false
		}
	}
}

// TestWatchLibraryChannelsClose: the reader and the index wait on the
// watcher's channels; each is closed when watching has failed (at once:
// nothing will ever come) and when the watch is stopped, so that no
// goroutine waits on them for ever.
func TestWatchLibraryChannelsClose(t *testing.T) {
	t.Run("failed", func(t *testing.T) {
		// A library that cannot be watched (here: missing).
		reader, index, ready, _, stop := watchLibrary(filepath.Join(t.TempDir(), "missing"), nil, false)
		defer stop()
		<-ready
		if !closedWithin(reader, 5*time.Second) {
			t.Error("the reader's channel stays open after the watcher failed")
		}
		if !closedWithin(index, 5*time.Second) {
			t.Error("the index's channel stays open after the watcher failed")
		}
	})
	t.Run("stopped", func(t *testing.T) {
		dir := t.TempDir()
		reader, index, ready, _, stop := watchLibrary(dir, nil, false)
		<-ready
		if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\ntitle: A\n---\nText.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		select {
		case c := <-reader:
			if len(c.Added) != 1 {
				t.Errorf("change %+v, want a.md added", c)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("no change reported")
		}
		stop()
		if !closedWithin(reader, 5*time.Second) || !closedWithin(index, 5*time.Second) {
			t.Error("a channel stays open after stop")
		}
	})
}

// TestIndexInBackgroundQuitBeforeRead: a reader that quits while the
// library is still being read (the index waits for it) begins no index:
// no empty index file is left in the cache, and open reports why.
func TestIndexInBackgroundQuitBeforeRead(t *testing.T) {
	cache := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte("---\ntitle: A\npublished: 2025-01-02\n---\nBody.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	never := make(chan struct{})
	open, stop := indexInBackground(context.Background(), cli.Source{Dir: dir}, nil, never, nil)
	stop()
	if _, err := open(); err == nil {
		t.Error("open gave an index after the reader quit before the library was read")
	}
	var files []string
	filepath.WalkDir(cache, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	if len(files) > 0 {
		t.Errorf("quitting before the library was read left %v", files)
	}
}

// TestReaderMemoryLimit: the reader's soft limit is 80 MiB and stays a
// quarter above a live heap that outgrows it (a limit below the live heap
// would have the collector run without pause).
func TestReaderMemoryLimit(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int64
	}{
		{0, 80 << 20},
		{40 << 20, 80 << 20},
		{60 << 20, 80 << 20},
		{80 << 20, 100 << 20},
		{400 << 20, 500 << 20},
	} {
		if got := readerMemoryLimit(c.live); got != c.want {
			t.Errorf("live %d MiB: limit %d MiB, want %d MiB", c.live>>20, got>>20, c.want>>20)
		}
	}
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	stop := limitReaderMemory(context.Background())
	stop()
	if got := debug.SetMemoryLimit(-1); got < 80<<20 || got == math.MaxInt64 {
		t.Errorf("limit after start %d, want at least 80 MiB", got)
	}
}
