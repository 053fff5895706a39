package index

import (
	"context"
	"path/filepath"
	"testing"

	"sitrep/briefing/librarytest"
)

// TestComplete checks that an index is complete only once an Update has
// run to its end: a new one is not, nor one whose build was interrupted
// after some batches were written (it holds a part of the library), and
// one reopened afterwards says the same.
func TestComplete(t *testing.T) {
	bg := context.Background()
	fsys := librarytest.FS(batchSize+100, 3) // more than one batch
	path := filepath.Join(t.TempDir(), "index.db")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	complete := func(what string, want bool) {
		t.Helper()
		for _, ix := range []*Index{ix, nil} {
			if ix == nil { // as another process sees it
				var err error
				if ix, err = OpenExisting(t.Context(), path); err != nil {
					t.Fatal(err)
				}
				defer ix.Close()
			}
			got, err := ix.Complete(bg)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("%s: Complete() = %v, want %v", what, got, want)
			}
		}
	}
	complete("new", false)
	ctx, quit := context.WithCancel(bg)
	if _, err := ix.Update(ctx, fsys, func(Progress) { quit() }); err == nil {
		t.Fatal("an update cancelled after its first batch ended without an error")
	}
	if n, _ := ix.Len(bg); n != batchSize {
		t.Fatalf("the interrupted update indexed %d briefings, want one batch (%d)", n, batchSize)
	}
	complete("build interrupted after one batch", false)
	if _, err := ix.Update(bg, fsys, nil); err != nil {
		t.Fatal(err)
	}
	complete("built", true)
	if _, err := ix.Update(bg, fsys, nil); err != nil {
		t.Fatal(err)
	}
	complete("updated with nothing to do", true)
}
