package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestLocatePathReadsAFileOrADirectory: sitrep FILE.md reads that one
// briefing, sitrep DIR the library there; anything else is refused clearly.
func TestLocatePathReadsAFileOrADirectory(t *testing.T) {
	dir := t.TempDir()
	for name, title := range map[string]string{"a.md": "First", "b.md": "Second", "notes.txt": "Text"} {
		data := "---\ntitle: " + title + "\npublished: 2025-01-02\n---\nBody.\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fifo := filepath.Join(t.TempDir(), "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		path    string
		titles  string // the titles the library holds
		wantErr string
	}{
		{filepath.Join(dir, "a.md"), "First", ""},
		{filepath.Join(dir, "b.md"), "Second", ""},
		{dir, "First Second", ""},
		{filepath.Join(dir, "notes.txt"), "", "not a Markdown briefing"},
		{fifo, "", "not a regular file"},
		{filepath.Join(dir, "missing.md"), "", "no such file"},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.path), func(t *testing.T) {
			src, err := LocatePath(c.path)
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("LocatePath(%s) = %v, want an error saying %q", c.path, err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			lib, err := src.Open()
			if err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, b := range lib.Briefings() {
				titles = append(titles, b.Title)
			}
			if got := strings.Join(titles, " "); got != c.titles || len(lib.Problems()) > 0 {
				t.Errorf("%s reads %q (problems %v), want %q", c.path, got, lib.Problems(), c.titles)
			}
		})
	}
}
