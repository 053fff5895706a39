package briefing

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestLoadInPartsHeldWaitsAfterFirstPart: a library read in parts for a
// reader's first frame sends its first part and reads no further file
// until it is resumed (the frame drawn); then it reads the rest, and its
// last part is the library Load reads.
func TestLoadInPartsHeldWaitsAfterFirstPart(t *testing.T) {
	dir := t.TempDir()
	for i := range 4 * partFirstChunk {
		name := filepath.Join(dir, fmt.Sprintf("b-%04d.md", i))
		if err := os.WriteFile(name, fmt.Appendf(nil, "---\ntitle: Briefing %d\npublished: 2024-01-%02d\n---\nBody.\n", i, i%28+1), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fsys := DirFS(dir)
	want, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	parts := make(chan LibraryPart, 16)
	resume := make(chan struct{})
	go LoadInPartsHeld(fsys, func(p LibraryPart) { parts <- p }, resume)
	first := <-parts
	if first.Done || first.Lib.Len() == 0 || first.Lib.Len() >= want.Len() {
		t.Fatalf("first part of %d briefings (done %v): want a first part smaller than the library (%d)", first.Lib.Len(), first.Done, want.Len())
	}
	// Read on, the rest takes a few milliseconds.
	select {
	case p := <-parts:
		t.Fatalf("a part of %d briefings (done %v) came before the reading was resumed", p.Lib.Len(), p.Done)
	case <-time.After(300 * time.Millisecond):
	}
	close(resume)
	for p := range parts {
		if p.Done {
			if summary(p.Lib) != summary(want) {
				t.Errorf("last part:\n%s\nwant (Load):\n%s", summary(p.Lib), summary(want))
			}
			return
		}
	}
}
