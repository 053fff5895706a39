package tui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"sitrep/briefing"
	"sitrep/briefing/index"
	"sitrep/briefing/librarytest"
)

// TestKeptIndexSeesAnEditThroughTheIndex: a reader started as the
// program starts one on a library with an index (the first frame from the
// index's newest headers, the library caught up with the files in the
// background, the filter's word index kept between runs) finds, at its
// next start, a story edited in place with its size kept and its time put
// back (cp -p, rsync -t, touch -r): the edit shows in the filter and the
// catch-up calls it changed. (The index stored each file's size and time
// only, and the kept word index compared those alone: the edit was missed
// until the file changed again.)
func TestKeptIndexSeesAnEditThroughTheIndex(t *testing.T) {
	dir, cache := filepath.Join(t.TempDir(), "lib"), t.TempDir()
	if err := librarytest.Write(dir, 400, 3); err != nil {
		t.Fatal(err)
	}
	fsys := briefing.DirFS(dir)
	ix, err := index.Open(filepath.Join(t.TempDir(), "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	if _, err := ix.Update(ctx, fsys, nil); err != nil {
		t.Fatal(err)
	}
	// start runs a reader from the index as it is (a reader's background
	// update of the index comes after its catch-up): the model once its
	// commands ran, and what the catch-up said changed.
	start := func(run *keptRun) (Model, briefing.LibraryChange) {
		t.Helper()
		stored, err := ix.Headers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		top, err := ix.NewestHeaders(ctx, 40)
		if err != nil {
			t.Fatal(err)
		}
		var change briefing.LibraryChange
		m := New(briefing.FromStored(fsys, top), Options{Style: "dark", Width: 120, Height: 40, Filters: run.filters,
			CatchUp: func() (*briefing.Library, briefing.LibraryChange, error) {
				lib, c, err := briefing.CatchUp(fsys, stored)
				change = c
				return lib, c, err
			}})
		m.delays = delays{resize: -1, save: -1, status: -1}
		return drain(t, m, m.Init()), change
	}
	first := newKeptRun(cache, 64)
	m, _ := start(first)
	if ids := listedIDs(press(t, m, "/", "x", "y", "z", "z", "y")); len(ids) != 0 {
		t.Fatalf("/xyzzy lists %v before any edit", ids)
	}
	if !strings.Contains(first.log(), "built") {
		t.Fatalf("the first run kept no index:\n%s", first.log())
	}

	// Story 10 edited in place: one word replaced by one of its length,
	// the file's time put back.
	edited := m.lib.Briefings()[10]
	p := filepath.Join(dir, edited.Path)
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	at := strings.LastIndex(string(data), " ")
	copy(data[at-5:], " xyzzy")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	if now, err := os.Stat(p); err != nil || now.Size() != fi.Size() || !now.ModTime().Equal(fi.ModTime()) {
		t.Fatalf("the edit changed the file's size or time (%v)", err)
	}

	second := newKeptRun(cache, 64)
	m, change := start(second)
	if !slices.Equal(change.Changed, []string{edited.ID}) || len(change.Added)+len(change.Removed) != 0 {
		t.Errorf("the catch-up says changed %v, added %v, removed %v; want changed [%s] alone",
			change.Changed, change.Added, change.Removed, edited.ID)
	}
	if ids := listedIDs(press(t, m, "/", "x", "y", "z", "z", "y")); !slices.Equal(ids, []string{edited.ID}) {
		t.Errorf("/xyzzy lists %v, want the story edited in place (%s) alone\n%s", ids, edited.ID, second.log())
	}
	if !strings.Contains(second.log(), "1 changed") {
		t.Errorf("the second start did not bring the kept index up to date with the edit:\n%s", second.log())
	}

	// The index itself takes the edit at its next update: a search finds
	// the new word.
	st, err := ix.Update(ctx, fsys, nil)
	if err != nil {
		t.Fatal(err)
	}
	if st.Changed != 1 {
		t.Errorf("the index's update after the edit changed %d files, want 1 (%+v)", st.Changed, st)
	}
}
