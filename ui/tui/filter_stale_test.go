package tui

import (
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// TestFilterResultAfterLibraryChange: a filter job started on one library
// whose result arrives after the library changed, and before the new
// library's index: its matches are slots of the old list, so it is not
// shown (the list went on showing wrong stories when the library grew, and
// panicked when it shrank); the filter says it is indexing.
func TestFilterResultAfterLibraryChange(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(fstest.MapFS)
	}{
		{"grew", func(fsys fstest.MapFS) {
			// Three new stories, newest of all: every old story moves down.
			for _, n := range []string{"a", "b", "c"} {
				fsys["2026-03-01-new-"+n+".md"] = &fstest.MapFile{ModTime: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
					Data: []byte("---\ntitle: Quiet day " + n + "\npublished: 2026-03-01\n---\nNothing.\n")}
			}
		}},
		{"shrank", func(fsys fstest.MapFS) {
			// A thousand stories go: old slots past the end are out of range.
			k := 0
			for name := range fsys {
				if k++; k <= 1000 {
					delete(fsys, name)
				}
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fsys := librarytest.FS(filterSyncLimit+500, 9)
			lib, err := briefing.Load(fsys)
			if err != nil {
				t.Fatal(err)
			}
			m := newTestModel(t, lib, 120, 40, builtFilters(lib))
			m = press(t, m, "/")
			next, jobCmd := m.Update(keyMsg("g")) // a job in flight
			m = next.(Model)
			tc.change(fsys)
			changed, err := briefing.Load(fsys)
			if err != nil {
				t.Fatal(err)
			}
			next, _ = m.Update(libraryMsg{lib: changed}) // its index asked for, not yet here
			m = next.(Model)
			for _, msg := range runCmd(t, jobCmd) {
				if r, ok := msg.(filterResultMsg); ok {
					next, _ = m.Update(r)
					m = next.(Model)
				}
			}
			if !m.list.counting {
				t.Error("a filter result for the library replaced was shown on the new one")
			}
			assertContains(t, "while the new library's index is built", screen(m), "indexing…")
		})
	}
}
