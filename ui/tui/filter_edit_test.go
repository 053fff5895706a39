package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"sitrep/briefing"
)

// A briefing whose body is edited on disk (front matter unchanged): the
// filter's index of the library read again still holds the old words.
func TestFilterIndexSeesEditedBody(t *testing.T) {
	dir := t.TempDir()
	for i := range 100 {
		body := fmt.Sprintf("---\ntitle: Story %d\npublished: 2024-01-%02d\n---\nText about apples %d.\n", i, i%28+1, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%03d.md", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lib1, err := briefing.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	filters := NewFilterIndexes()
	filters.of(lib1)
	// The analyst's colleague rewrites one body: same front matter.
	if err := os.WriteFile(filepath.Join(dir, "s007.md"), []byte("---\ntitle: Story 7\npublished: 2024-01-08\n---\nText about zebrafish, longer now.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lib2, err := briefing.Load(os.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	f := newFilterIndex(filters.of(lib2))
	if got := matchesOf(f, "zebrafish"); len(got) != 1 {
		t.Errorf("filter 'zebrafish' lists %d stories; the edited story says it", len(got))
	}
	body, _ := lib2.Body("s007")
	t.Logf("body now: %q", body)
}
