package briefing

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
)

// storedOfDir is what an index would store of the library in dir: each
// briefing's header with its file's status when read.
func storedOfDir(t *testing.T, dir string) []StoredHeader {
	t.Helper()
	lib, err := Load(DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	var out []StoredHeader
	for _, b := range lib.Briefings() {
		st := b.FileStatus()
		c := *b
		out = append(out, StoredHeader{Briefing: &c, Size: st.Size, ModTime: st.ModTime, Change: st.Change})
	}
	return out
}

// TestCatchUpListedAsCatchUp: a reader's catch-up that takes the
// watcher's listing instead of listing the library again finds what one
// that lists it finds, on a real directory: a briefing edited in place
// while the reader was closed (same size) is read again, one added is
// found, one removed is gone, links and other entries named *.md are
// taken or reported as the walk takes them, hidden ones are left out; a
// file removed after the watcher listed it is left out and reported
// removed, not a problem.
func TestCatchUpListedAsCatchUp(t *testing.T) {
	dir := t.TempDir()
	write := func(p, title string) {
		t.Helper()
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte("---\ntitle: "+title+"\npublished: 2025-01-02\n---\nBody.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{"a.md", "b.md", "gone.md", "sub/c.md", "sub/deep/d.md", ".hidden/e.md", "sub/.f.md"} {
		write(p, "Old "+p)
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644)
	stored := storedOfDir(t, dir)

	// While the reader is closed: an edit in place of the same size, a
	// briefing added, one removed, a link, a dangling link, a pipe.
	write("b.md", "New b.md")
	write("sub/g.md", "Added")
	os.Remove(filepath.Join(dir, "sub", "c.md"))
	os.Symlink("a.md", filepath.Join(dir, "link.md"))
	os.Symlink("missing.md", filepath.Join(dir, "dangling.md"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}

	w, listing, err := WatchLibraryListed(dir, testDebounce)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if listing == nil {
		t.Fatal("no listing")
	}
	os.Remove(filepath.Join(dir, "gone.md")) // after the watcher listed it

	want, wantChange, err := CatchUp(DirFS(dir), clone(stored))
	if err != nil {
		t.Fatal(err)
	}
	got, change, err := CatchUpListed(DirFS(dir), listing, func() ([]StoredHeader, error) { return clone(stored), nil })
	if err != nil {
		t.Fatal(err)
	}
	if g, w := summary(got), summary(want); g != w {
		t.Errorf("library from the listing:\n%s\nwant, as listed again:\n%s", g, w)
	}
	if fmt.Sprint(change) != fmt.Sprint(wantChange) {
		t.Errorf("change %+v, want %+v", change, wantChange)
	}
	wantC := LibraryChange{Added: []string{"g", "link"}, Changed: []string{"b"}, Removed: []string{"c", "gone"}}
	slices.Sort(change.Added)
	slices.Sort(change.Removed)
	if fmt.Sprint(change) != fmt.Sprint(wantC) {
		t.Errorf("change %+v, want %+v", change, wantC)
	}
	if b, _ := got.Get("b"); b == nil || b.Title != "New b.md" {
		t.Errorf("b edited in place: %+v, want its new title", b)
	}

	// The files are the listing's: the directory is not listed again.
	one := &Listing{paths: []string{"a.md"}}
	got, _, err = CatchUpListed(DirFS(dir), one, func() ([]StoredHeader, error) { return clone(stored), nil })
	if err != nil || got.Len() != 1 {
		t.Errorf("a listing of one file gave %d briefings, %v", got.Len(), err)
	}
}

// TestWatchLibraryListedLeavesNoPartialListing: a watcher that leaves a
// directory out (past its bound) gives no listing: a catch-up then lists
// the library itself.
func TestWatchLibraryListedLeavesNoPartialListing(t *testing.T) {
	dir := t.TempDir()
	for i := range maxWatchedDirs + 2 {
		if err := os.Mkdir(filepath.Join(dir, fmt.Sprintf("d%04d", i)), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	w, listing, err := WatchLibraryListed(dir, testDebounce)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if listing != nil {
		t.Errorf("a listing of %d files from a watcher that left directories out", len(listing.paths))
	}
}

func clone(stored []StoredHeader) []StoredHeader {
	out := make([]StoredHeader, len(stored))
	for i, s := range stored {
		c := *s.Briefing
		out[i] = s
		out[i].Briefing = &c
	}
	return out
}
