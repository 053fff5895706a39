package briefing

import (
	"slices"
	"testing"
	"testing/fstest"
	"time"
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
