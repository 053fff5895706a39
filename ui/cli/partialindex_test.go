package cli

import (
	"context"
	"testing"

	"sitrep/briefing/index"
	"sitrep/briefing/librarytest"
)

// TestReaderAfterInterruptedIndexBuild checks that a reader started on a
// library whose index was interrupted while it was built (a reader quit
// before its background build ended: more than one batch of files, so
// that some were written and the rest not) shows the whole library and
// calls none of its briefings new; and that once the build has run to
// its end the first frame comes from the index again, nothing new.
func TestReaderAfterInterruptedIndexBuild(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	const n = 600 // more than one batch of the index's build (256)
	dir := t.TempDir()
	if err := librarytest.Write(dir, n, 17); err != nil {
		t.Fatal(err)
	}
	src := Source{Dir: dir}
	fsys, err := src.LibraryFS()
	if err != nil {
		t.Fatal(err)
	}
	path, err := index.DefaultPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx, quit := context.WithCancel(context.Background())
	if _, err := ix.Update(ctx, fsys, func(index.Progress) { quit() }); err == nil {
		t.Fatal("an index build cancelled after its first batch ended without an error")
	}
	held, err := ix.Len(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if held == 0 || held >= n {
		t.Fatalf("the interrupted build indexed %d of %d briefings; the test wants some, not all", held, n)
	}

	shown := func(what string, fromIndex bool) {
		t.Helper()
		opening, err := src.OpenForReader(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if (opening.CatchUp != nil) != fromIndex {
			t.Errorf("%s: first frame from the index %v, want %v", what, opening.CatchUp != nil, fromIndex)
		}
		lib := opening.Lib
		switch {
		case opening.CatchUp != nil:
			next, change, err := opening.CatchUp()
			if err != nil {
				t.Fatal(err)
			}
			if k := len(change.Added) + len(change.Changed) + len(change.Removed); k != 0 {
				t.Errorf("%s: the reader says %d new, %d changed and %d removed briefings; no file changed",
					what, len(change.Added), len(change.Changed), len(change.Removed))
			}
			lib = next
		case opening.Parts != nil:
			for p := range opening.Parts {
				lib = p.Lib
				if p.Done {
					break
				}
			}
			<-opening.Read
		}
		if lib == nil || lib.Len() != n {
			got := 0
			if lib != nil {
				got = lib.Len()
			}
			t.Errorf("%s: the reader lists %d briefings, want %d", what, got, n)
		}
	}
	shown("index build interrupted", false)

	if _, err := ix.Update(context.Background(), fsys, nil); err != nil {
		t.Fatal(err)
	}
	shown("index built", true)
}
