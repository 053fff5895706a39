package briefing

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

const testDebounce = 100 * time.Millisecond

// nextChange waits for the watcher's next report, failing after 2 s: the
// issue's bound for a new briefing to show in every reader.
func nextChange(t *testing.T, ch <-chan LibraryChange) LibraryChange {
	t.Helper()
	select {
	case c := <-ch:
		return c
	case <-time.After(2 * time.Second):
		t.Fatal("no change reported within 2 s")
		return LibraryChange{}
	}
}

func noChange(t *testing.T, ch <-chan LibraryChange) {
	t.Helper()
	select {
	case c := <-ch:
		t.Fatalf("unexpected change %+v", c)
	case <-time.After(3 * testDebounce):
	}
}

func writeBriefing(t *testing.T, path, title string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	// As ingest writes: a hidden temporary file renamed into place.
	tmp := filepath.Join(filepath.Dir(path), ".tmp-"+filepath.Base(path))
	if err := os.WriteFile(tmp, []byte("---\ntitle: "+title+"\n---\nBody.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

func TestWatchLibrary(t *testing.T) {
	dir := t.TempDir()
	writeBriefing(t, filepath.Join(dir, "old.md"), "Old")
	w, err := WatchLibrary(dir, testDebounce)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ch, cancel := w.Subscribe()
	defer cancel()

	// A burst of 30 writes comes in few reports (one, unless the
	// machine is so slow that the burst outlasts 4×debounce).
	for i := range 30 {
		writeBriefing(t, filepath.Join(dir, fmt.Sprintf("new-%02d.md", i)), "New")
	}
	var c LibraryChange
	for reports := 1; ; reports++ {
		c = c.Merge(nextChange(t, ch))
		if len(c.Added) >= 30 || reports == 3 {
			break
		}
	}
	if len(c.Added) != 30 || len(c.Changed)+len(c.Removed) != 0 {
		t.Errorf("burst: %d added, %+v", len(c.Added), c)
	}

	writeBriefing(t, filepath.Join(dir, "old.md"), "Old, edited")
	if c := nextChange(t, ch); !slices.Equal(c.Changed, []string{"old.md"}) || len(c.Added)+len(c.Removed) != 0 {
		t.Errorf("edit: %+v", c)
	}

	os.Remove(filepath.Join(dir, "new-00.md"))
	if c := nextChange(t, ch); !slices.Equal(c.Removed, []string{"new-00.md"}) {
		t.Errorf("remove: %+v", c)
	}

	// Files that are not briefings, and hidden ones, are not reported.
	os.WriteFile(filepath.Join(dir, "feeds.yaml"), []byte("feeds: []\n"), 0o644)
	os.WriteFile(filepath.Join(dir, ".feeds-state.json"), []byte("{}"), 0o644)
	os.WriteFile(filepath.Join(dir, ".draft.md"), []byte("x"), 0o644)
	noChange(t, ch)

	// A new subdirectory is watched, with what it holds.
	writeBriefing(t, filepath.Join(dir, "sahel", "mali.md"), "Mali")
	if c := nextChange(t, ch); !slices.Equal(c.Added, []string{filepath.Join("sahel", "mali.md")}) {
		t.Errorf("subdirectory: %+v", c)
	}
	writeBriefing(t, filepath.Join(dir, "sahel", "niger.md"), "Niger")
	if c := nextChange(t, ch); !slices.Equal(c.Added, []string{filepath.Join("sahel", "niger.md")}) {
		t.Errorf("file in new subdirectory: %+v", c)
	}
	os.RemoveAll(filepath.Join(dir, "sahel"))
	if c := nextChange(t, ch); len(c.Removed) != 2 {
		t.Errorf("directory removed: %+v", c)
	}
}

func TestWatchSlowSubscriberAndClose(t *testing.T) {
	dir := t.TempDir()
	w, err := WatchLibrary(dir, testDebounce)
	if err != nil {
		t.Fatal(err)
	}
	ch, _ := w.Subscribe()
	other, cancel := w.Subscribe()
	cancel()
	if _, ok := <-other; ok {
		t.Error("cancelled subscription still open")
	}
	// Two reports while nobody reads arrive merged.
	writeBriefing(t, filepath.Join(dir, "a.md"), "A")
	time.Sleep(5 * testDebounce)
	writeBriefing(t, filepath.Join(dir, "b.md"), "B")
	time.Sleep(5 * testDebounce)
	if c := nextChange(t, ch); !slices.Equal(c.Added, []string{"a.md", "b.md"}) {
		t.Errorf("merged: %+v", c)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, ok := <-ch; ok {
		t.Error("channel open after Close")
	}
	if _, err := WatchLibrary(filepath.Join(dir, "missing"), testDebounce); err == nil {
		t.Error("watching a missing directory succeeded")
	}
}

// TestWatchKnowsTheFilesItFinds: the briefings already in the library
// when watching starts, at any depth, are reported changed when edited and
// removed when deleted (never added); hidden files and directories, and
// files that are not briefings, are not known.
func TestWatchKnowsTheFilesItFinds(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"top.md", "sahel/mali.md", "sahel/niger/niamey.md", ".hidden/x.md", "sahel/.y.md"} {
		writeBriefing(t, filepath.Join(dir, p), "Old")
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
	w, err := WatchLibrary(dir, testDebounce)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	known := make([]string, 0, len(w.known))
	for rel, ok := range w.known {
		if ok {
			known = append(known, rel)
		}
	}
	slices.Sort(known)
	want := []string{filepath.Join("sahel", "mali.md"), filepath.Join("sahel", "niger", "niamey.md"), "top.md"}
	if !slices.Equal(known, want) {
		t.Errorf("known %q, want %q", known, want)
	}
	ch, cancel := w.Subscribe()
	defer cancel()
	writeBriefing(t, filepath.Join(dir, "sahel", "niger", "niamey.md"), "Edited")
	if c := nextChange(t, ch); !slices.Equal(c.Changed, []string{filepath.Join("sahel", "niger", "niamey.md")}) || len(c.Added)+len(c.Removed) != 0 {
		t.Errorf("edit below the top: %+v", c)
	}
	os.RemoveAll(filepath.Join(dir, "sahel"))
	if c := nextChange(t, ch); !slices.Equal(c.Removed, want[:2]) || len(c.Added)+len(c.Changed) != 0 {
		t.Errorf("directory removed: %+v", c)
	}
	writeBriefing(t, filepath.Join(dir, ".hidden", "x.md"), "Edited")
	noChange(t, ch)
}
