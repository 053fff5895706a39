package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestOpenIndexAsIs checks that an index opened as it is can still be
// brought up to date when the library changes later (it is open for
// writing), and that one recording a file it could not read is brought
// up to date at once: the file may have been fixed.
func TestOpenIndexAsIs(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	count := func(what string, want int) {
		t.Helper()
		ix, err := OpenIndexAsIs(ctx, Source{Dir: dir}, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		if what == "after a change" {
			write("c.md", "---\ntitle: Third\n---\nText.\n")
			fsys, _ := Source{Dir: dir}.LibraryFS()
			if _, err := ix.Update(ctx, fsys, nil); err != nil {
				t.Fatalf("update of an index opened as it is: %v", err)
			}
		}
		hs, err := ix.Headers(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(hs) != want {
			t.Errorf("%s: the index holds %d briefings, want %d", what, len(hs), want)
		}
	}
	write("a.md", "---\ntitle: First\n---\nText.\n")
	write("b.md", "---\ntitle: [broken\n---\nText.\n")
	ix, err := OpenIndex(ctx, Source{Dir: dir}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	write("b.md", "---\ntitle: Second, fixed\n---\nText.\n")
	count("with a problem recorded", 2)
	count("after a change", 3)
}
