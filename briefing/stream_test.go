package briefing

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
)

// summary is what an analyst sees of a library: its briefings in order
// (ID, path, title) and its problems.
func summary(lib *Library) string {
	var sb strings.Builder
	for _, b := range lib.Briefings() {
		fmt.Fprintf(&sb, "%s %s %q %s %s %v\n", b.ID, b.Path, b.Title, b.Source, b.Region, b.Countries)
	}
	for _, p := range lib.Problems() {
		fmt.Fprintf(&sb, "problem: %v\n", p)
	}
	return sb.String()
}

// TestLoadInPartsEndsAsLoad checks that the last part of a library read
// in parts is the library Load reads: the same briefings in the same
// order, the same file kept of briefings with one ID (the shallowest),
// and the same problems in the same order.
func TestLoadInPartsEndsAsLoad(t *testing.T) {
	fsys := fstest.MapFS{
		"2024-10-11-new.md":     file("---\ntitle: Newest\npublished: 2024-10-11\nsource: Reuters\n---\nBody.\n"),
		"2024-01-02-old.md":     file("---\ntitle: Older\npublished: 2024-01-02\n---\nOlder body.\n"),
		"undated.md":            file("---\ntitle: No date\n---\nUndated body.\n"),
		"sub/2024-05-05.md":     file("---\ntitle: In a folder\npublished: 2024-05-05\n---\n"),
		"sub/deeper/x.md":       file("---\ntitle: Deep X\n---\n"),
		"a/x.md":                file("---\ntitle: Shallower X\n---\n"),
		"b/x.md":                file("---\ntitle: Other X, same depth\n---\n"),
		"bad-yaml.md":           file("---\ntitle: [unclosed\n---\n"),
		"binary.md":             file("\x7fELF\x00\x00\x01\x02\x00garbage"),
		"notes.txt":             file("not a briefing"),
		".hidden/secret.md":     file("---\ntitle: Hidden\n---\n"),
		".dot.md":               file("---\ntitle: Dot\n---\n"),
		"dup/2024-01-02-old.md": file("---\ntitle: Same ID\n---\n"),
	}
	for i := range 700 { // a first part before the directories below are read
		fsys[fmt.Sprintf("gen-%04d.md", i)] = file(fmt.Sprintf("---\ntitle: Generated %d\npublished: 2023-%02d-%02d\nregion: Sahel\ncountries: [Mali]\n---\nText.\n", i, i%12+1, i%28+1))
	}
	want, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var parts []LibraryPart
	got, err := LoadInParts(fsys, func(p LibraryPart) { parts = append(parts, p) })
	if err != nil {
		t.Fatal(err)
	}
	if summary(got) != summary(want) {
		t.Errorf("library read in parts:\n%s\nwant (Load):\n%s", summary(got), summary(want))
	}
	last := parts[len(parts)-1]
	if !last.Done || last.Lib != got {
		t.Errorf("last part %+v is not the whole library, done", last)
	}
	for i, p := range parts[:len(parts)-1] {
		if p.Done || p.Lib.Len() >= got.Len() {
			t.Errorf("part %d of %d: done %v, %d briefings of %d", i, len(parts), p.Done, p.Lib.Len(), got.Len())
		}
		if i > 0 && p.Lib.Len() <= parts[i-1].Lib.Len() {
			t.Errorf("part %d holds %d briefings, no more than the part before (%d)", i, p.Lib.Len(), parts[i-1].Lib.Len())
		}
	}
	if len(parts) < 2 {
		t.Errorf("%d parts: the library was not shown before it was read whole", len(parts))
	}
	if b, _ := got.Get("x"); b == nil || b.Title != "Shallower X" {
		t.Errorf("x is %+v, want the shallowest first by path (a/x.md)", b)
	}
}

// TestLoadInPartsOnDisk checks the same on a directory, with what only a
// disk has: a named pipe and a dangling link named *.md (skipped, never
// opened), and a first part that comes before the whole library.
func TestLoadInPartsOnDisk(t *testing.T) {
	dir := t.TempDir()
	for i := range 1500 {
		name := filepath.Join(dir, fmt.Sprintf("b-%04d.md", i))
		if err := os.WriteFile(name, fmt.Appendf(nil, "---\ntitle: Briefing %d\npublished: 2024-01-%02d\n---\nBody %d.\n", i, i%28+1, i), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "more"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "more", "b-0001.md"), []byte("---\ntitle: Deeper duplicate\n---\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "more", "only-here.md"), []byte("---\ntitle: Only here\n---\n"), 0o644)
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Symlink(filepath.Join(dir, "gone"), filepath.Join(dir, "dangling.md"))
	fsys := DirFS(dir)
	want, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var sizes []int
	got, err := LoadInParts(fsys, func(p LibraryPart) { sizes = append(sizes, p.Lib.Len()) })
	if err != nil {
		t.Fatal(err)
	}
	if summary(got) != summary(want) {
		t.Errorf("library read in parts:\n%s\nwant (Load):\n%s", summary(got), summary(want))
	}
	if len(sizes) < 2 || sizes[0] >= got.Len() || !slices.IsSorted(sizes) {
		t.Errorf("sizes of the parts %v: want a first part smaller than the library (%d), growing", sizes, got.Len())
	}
}

// TestLoadInPartsMissingDirectory: a library that cannot be listed is an
// error, in the last part too.
func TestLoadInPartsMissingDirectory(t *testing.T) {
	var parts []LibraryPart
	if _, err := LoadInParts(DirFS(filepath.Join(t.TempDir(), "nope")), func(p LibraryPart) { parts = append(parts, p) }); err == nil {
		t.Fatal("no error for a missing directory")
	}
	if len(parts) != 1 || !parts[0].Done || parts[0].Err == nil {
		t.Errorf("parts %+v, want one, done, with the error", parts)
	}
}
