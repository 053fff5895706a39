package briefing

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/sys/unix"
)

// TestDiff: a library read again is compared with the one shown, so that
// a reader can say what arrived, what changed and what went.
func TestDiff(t *testing.T) {
	day := time.Date(2024, 10, 11, 0, 0, 0, 0, time.UTC)
	file := func(title, body string, mod time.Time) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\n---\n" + body), ModTime: mod}
	}
	old, err := Load(fstest.MapFS{
		"kept.md":     file("Kept", "Same.\n", day),
		"retitled.md": file("Old title", "Same.\n", day),
		"edited.md":   file("Edited", "Before.\n", day),
		"gone.md":     file("Gone", "Bye.\n", day),
	})
	if err != nil {
		t.Fatal(err)
	}
	now, err := Load(fstest.MapFS{
		"kept.md":     file("Kept", "Same.\n", day),
		"retitled.md": file("New title", "Same.\n", day),
		"edited.md":   file("Edited", "After, longer.\n", day.Add(time.Hour)),
		"new.md":      file("New", "Hello.\n", day),
	})
	if err != nil {
		t.Fatal(err)
	}
	c := Diff(old, now)
	slices.Sort(c.Changed)
	if !slices.Equal(c.Added, []string{"new"}) || !slices.Equal(c.Changed, []string{"edited", "retitled"}) ||
		!slices.Equal(c.Removed, []string{"gone"}) {
		t.Errorf("Diff = %+v, want added [new], changed [edited retitled], removed [gone]", c)
	}
	if c := Diff(now, now); !c.Empty() {
		t.Errorf("a library against itself: %+v, want nothing", c)
	}
}

// TestDiffSeesBodyEditsOnDisk: two libraries read from one directory, a
// body edited in between with its front matter unchanged, are not the
// same: the edit shows as a change however it was made — in place with
// the same size and the modification time put back (as an edit within
// one tick of the clock, or a copy that keeps the time, leaves it), by a
// rename of a file of the same size and time, or to another size. A
// library read again with nothing edited, or from an index's headers,
// shows no change.
func TestDiffSeesBodyEditsOnDisk(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		title := strings.Trim(strings.TrimSuffix(name, ".tmp"), ".")
		text := "---\ntitle: Report " + title + "\npublished: 2024-10-11\n---\n" + body
		if err := os.WriteFile(filepath.Join(dir, name+".md"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"in-place", "renamed", "longer", "untouched"} {
		write(name, "Shelling near the old market.\n")
	}
	read := func() *Library {
		t.Helper()
		lib, err := Load(DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		return lib
	}
	before := read()
	if c := Diff(before, read()); !c.Empty() {
		t.Fatalf("the directory read twice, nothing edited: %+v, want no change", c)
	}
	mtime := func(name string) time.Time {
		fi, err := os.Stat(filepath.Join(dir, name+".md"))
		if err != nil {
			t.Fatal(err)
		}
		return fi.ModTime()
	}
	keepTime := func(name string, at time.Time) {
		t.Helper()
		if err := os.Chtimes(filepath.Join(dir, name+".md"), at, at); err != nil {
			t.Fatal(err)
		}
	}
	// The status change time moves with the clock's tick: wait for the
	// tick after the files were written (a few milliseconds at most).
	probe := filepath.Join(dir, ".probe")
	for deadline := time.Now().Add(5 * time.Second); ; {
		if err := os.WriteFile(probe, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		var a, b unix.Stat_t
		if unix.Stat(probe, &a) != nil || unix.Stat(filepath.Join(dir, "in-place.md"), &b) != nil {
			t.Fatal("stat failed")
		}
		if a.Ctim.Nano() > b.Ctim.Nano() {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the clock did not move in 5 s")
		}
	}

	at := mtime("in-place")
	write("in-place", "Shelling near the new market.\n") // same size
	keepTime("in-place", at)

	at = mtime("renamed")
	write(".renamed.tmp", "Shelling near the new market.\n")
	keepTime(".renamed.tmp", at)
	if err := os.Rename(filepath.Join(dir, ".renamed.tmp.md"), filepath.Join(dir, "renamed.md")); err != nil {
		t.Fatal(err)
	}

	write("longer", "Shelling near the old market went on all night.\n")

	after := read()
	c := Diff(before, after)
	slices.Sort(c.Changed)
	if want := []string{"in-place", "longer", "renamed"}; !slices.Equal(c.Changed, want) || len(c.Added)+len(c.Removed) > 0 {
		t.Errorf("Diff = %+v, want changed %v and nothing else", c, want)
	}

	// From an index's headers (size and time only), caught up with the
	// files: nothing changed since.
	var stored []StoredHeader
	for _, b := range after.Briefings() {
		fi, err := os.Stat(filepath.Join(dir, b.Path))
		if err != nil {
			t.Fatal(err)
		}
		c := *b
		stored = append(stored, StoredHeader{Briefing: &c, Size: fi.Size(), ModTime: fi.ModTime().UnixNano()})
	}
	caught, change, err := CatchUp(DirFS(dir), stored)
	if err != nil || !change.Empty() {
		t.Fatalf("CatchUp = %+v, %v, want no change", change, err)
	}
	if c := Diff(after, caught); !c.Empty() {
		t.Errorf("the library read from the files against the one from the index: %+v, want no change", c)
	}
	if c := Diff(caught, read()); !c.Empty() {
		t.Errorf("the library from the index against the files read again: %+v, want no change", c)
	}
}
