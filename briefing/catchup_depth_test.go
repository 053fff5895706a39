package briefing

import (
	"math/rand/v2"
	"slices"
	"testing"
	"testing/fstest"
	"time"
)

// TestCatchUpAtEveryDepth checks that a catch-up matches each file with
// its stored header whatever their order (an index gives them in its own)
// and however deep the file: names that sort one way whole and another
// by depth ("a-b/x.md", "a/x.md", "z.md"), a briefing whose ID is also
// deeper down, a file added and one changed. Nothing else is read, and
// the briefings whose files did not change are the stored ones.
func TestCatchUpAtEveryDepth(t *testing.T) {
	then := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	file := func(title string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\npublished: 2025-01-02\n---\nBody.\n"), ModTime: then}
	}
	fsys := fstest.MapFS{}
	for _, p := range []string{"z.md", "a.md", "a-b/x.md", "a/y.md", "a/b/c/w.md", "a/b/v.md", "a-b/c/u.md", "b/t.md", "b/z.md",
		"deep/a.md", "m.md", "a/m2.md", "a.b/s.md"} {
		fsys[p] = file("Story at " + p)
	}
	stored := storedOf(t, fsys)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(stored), func(i, j int) { stored[i], stored[j] = stored[j], stored[i] })
	was := map[string]*Briefing{}
	for _, s := range stored {
		was[s.Briefing.Path] = s.Briefing
	}
	fsys["b/added.md"] = file("Added")
	fsys["a/b/v.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Changed\n---\nNew.\n"), ModTime: then.Add(time.Hour)}

	lib, change, err := CatchUp(fsys, stored)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(change.Added, []string{"added"}) || !slices.Equal(change.Changed, []string{"v"}) || len(change.Removed) != 0 {
		t.Errorf("the catch-up says added %v, changed %v, removed %v; want added [added], changed [v]", change.Added, change.Changed, change.Removed)
	}
	if lib.Len() != want.Len() || len(lib.Problems()) != len(want.Problems()) {
		t.Fatalf("%d briefings and %d problems caught up, %d and %d loaded", lib.Len(), len(lib.Problems()), want.Len(), len(want.Problems()))
	}
	for i, b := range lib.Briefings() {
		w := want.Briefings()[i]
		if b.Path != w.Path || b.Title != w.Title {
			t.Errorf("briefing %d: %s %q, loaded %s %q", i, b.Path, b.Title, w.Path, w.Title)
		}
		if stored, ok := was[b.Path]; ok && b.Path != "a/b/v.md" && b != stored {
			t.Errorf("%s: not the stored briefing, though its file did not change", b.Path)
		}
	}
}
