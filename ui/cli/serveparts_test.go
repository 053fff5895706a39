package cli

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// TestOpenForServerWithNoIndex checks that the server, on a library
// with no index, starts from what was found first and ends, once the
// catch-up is over, on the library Load reads (a deeper file of one ID
// included), reporting as changes none of the stories read after the
// first part.
func TestOpenForServerWithNoIndex(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	if err := librarytest.Write(dir, 3000, 1); err != nil {
		t.Fatal(err)
	}
	// A deeper file with the ID of one at the top: Load keeps the top one.
	top := librarytest.Generate(1, 1)[0]
	if err := os.Mkdir(filepath.Join(dir, "deep"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "deep", top.Name), []byte("---\ntitle: A copy\n---\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	src := Source{Dir: dir}
	lib, catchUp, err := src.OpenForServer(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	fsys, _ := src.LibraryFS()
	want, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if catchUp == nil {
		t.Log("the library was read whole within the first part's wait")
	} else {
		if lib.Len() >= want.Len() {
			t.Errorf("the server starts on %d stories, want fewer than the %d of the whole library", lib.Len(), want.Len())
		}
		var change briefing.LibraryChange
		lib, change, err = catchUp()
		if err != nil {
			t.Fatal(err)
		}
		if !change.Empty() {
			t.Errorf("the catch-up reports %+v, want no change: the library was only read further", change)
		}
	}
	if !slices.EqualFunc(lib.Briefings(), want.Briefings(), func(a, b *briefing.Briefing) bool { return a.ID == b.ID && a.Path == b.Path }) {
		t.Errorf("the server ends on %d stories, not the %d Load reads in its order", lib.Len(), want.Len())
	}
}
