package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"sitrep/briefing"
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
		reader, index, ready, stop := watchLibrary(filepath.Join(t.TempDir(), "missing"), nil)
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
		reader, index, ready, stop := watchLibrary(dir, nil)
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
