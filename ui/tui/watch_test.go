package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
)

// watchedLibrary writes the fixture library to a directory and watches it
// with the real watcher.
// older adds that many briefings older than the fixture's.
func watchedLibrary(t *testing.T, older int) (dir string, ch <-chan briefing.LibraryChange, load func() (*briefing.Library, error)) {
	t.Helper()
	dir = t.TempDir()
	files := fixtureFiles()
	for i := range older {
		files[fmt.Sprintf("older-%d.md", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf(
			"---\ntitle: Older report number %d\npublished: 2023-01-%02d\n---\nOld text %d.\n", i, i+1, i))}
	}
	for name, f := range files {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	w, err := briefing.WatchLibrary(dir, 50*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	ch, _ = w.Subscribe()
	load = func() (*briefing.Library, error) { return briefing.Load(os.DirFS(dir)) }
	return dir, ch, load
}

// addBriefings writes n new briefings, newer than the fixture's, and
// returns the watcher's report of them.
func addBriefings(t *testing.T, dir string, ch <-chan briefing.LibraryChange, n int, region string) briefing.LibraryChange {
	t.Helper()
	for i := range n {
		body := fmt.Sprintf("---\ntitle: Fresh report %d\npublished: 2025-04-%02d\nregion: %s\n---\nNew text %d.\n", i, i+1, region, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("fresh-%d.md", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var c briefing.LibraryChange
	for len(c.Added) < n {
		select {
		case next := <-ch:
			c.Added = append(c.Added, next.Added...)
		case <-time.After(2 * time.Second):
			t.Fatalf("the watcher reported %d of %d new briefings within 2 s", len(c.Added), n)
		}
	}
	return c
}

// selectedRow is the screen row of the selected story's title.
func selectedRow(t *testing.T, m Model) int {
	t.Helper()
	b, ok := m.list.selected()
	if !ok {
		t.Fatal("nothing selected")
	}
	for i, l := range screenLines(m) {
		if strings.Contains(l, b.Title[:20]) {
			return i
		}
	}
	t.Fatalf("selected %q not on screen", b.Title)
	return -1
}

func TestNewBriefingsKeepTheReadersPlace(t *testing.T) {
	dir, ch, load := watchedLibrary(t, 0)
	lib, _ := load()
	m := newTestModel(t, lib, 120, 40, func(o *Options) { o.Load = load })
	m = press(t, m, "enter", "ctrl+d")
	selected, _ := m.list.selected()
	pos := m.reader.position()
	if pos == 0 {
		t.Fatal("the reader did not scroll")
	}
	change := addBriefings(t, dir, ch, 3, "Levant")
	next, cmd := m.Update(watchReportMsg{change: change, ok: true})
	m = drain(t, next.(Model), cmd)
	assertContains(t, "screen", screen(m), "3 new briefings", "Fresh report 0", "Fresh report 2")
	if b, _ := m.list.selected(); b.ID != selected.ID {
		t.Errorf("selection moved from %q to %q", selected.ID, b.ID)
	}
	if m.current != selected.ID || m.reader.position() != pos || m.focus != readerID {
		t.Errorf("reader: showing %q at %v, want %q at %v", m.current, m.reader.position(), selected.ID, pos)
	}
}

func TestNewBriefingsKeepTheListsPlace(t *testing.T) {
	dir, ch, load := watchedLibrary(t, 20)
	lib, _ := load()
	m := newTestModel(t, lib, 100, 24, func(o *Options) { o.Load = load })
	m = press(t, m, "j", "j", "j", "j", "j", "j", "j", "j", "j", "j")
	if m.list.scroll.offset == 0 {
		t.Fatal("the list did not scroll")
	}
	selected, _ := m.list.selected()
	row := selectedRow(t, m)
	change := addBriefings(t, dir, ch, 3, "Levant")
	next, cmd := m.Update(watchReportMsg{change: change, ok: true})
	m = drain(t, next.(Model), cmd)
	assertContains(t, "screen", screen(m), "3 new briefings")
	if b, _ := m.list.selected(); b.ID != selected.ID {
		t.Errorf("selection moved from %q to %q", selected.ID, b.ID)
	}
	if got := selectedRow(t, m); got != row {
		t.Errorf("the selected story moved from row %d to %d", row, got)
	}
}

func TestNewBriefingsKeepTheFilter(t *testing.T) {
	dir, ch, load := watchedLibrary(t, 0)
	lib, _ := load()
	m := newTestModel(t, lib, 120, 40, func(o *Options) { o.Load = load })
	m = press(t, m, "/")
	m = typeText(t, m, "sahel")
	m = press(t, m, "enter")
	change := addBriefings(t, dir, ch, 2, "Sahel")
	next, cmd := m.Update(watchReportMsg{change: change, ok: true})
	m = drain(t, next.(Model), cmd)
	if m.list.query != "sahel" || len(m.list.visible) != 3 {
		t.Errorf("filter %q shows %d stories, want sahel and 3", m.list.query, len(m.list.visible))
	}
	assertContains(t, "screen", screen(m), "2 new briefings", "/sahel", "Fresh report 1")
}

func TestEditedAndRemovedBriefings(t *testing.T) {
	dir, ch, load := watchedLibrary(t, 0)
	lib, _ := load()
	m := newTestModel(t, lib, 120, 40, func(o *Options) { o.Load = load })
	os.Remove(filepath.Join(dir, "undated-background.md"))
	os.WriteFile(filepath.Join(dir, "2024-12-10-aid-convoy.md"), []byte("---\ntitle: Aid convoy turned back\npublished: 2024-12-10\n---\nThe convoy was turned back.\n"), 0o644)
	var c briefing.LibraryChange
	for len(c.Removed) < 1 || len(c.Changed) < 1 {
		select {
		case next := <-ch:
			c.Removed = append(c.Removed, next.Removed...)
			c.Changed = append(c.Changed, next.Changed...)
		case <-time.After(2 * time.Second):
			t.Fatalf("no report within 2 s: %+v", c)
		}
	}
	next, cmd := m.Update(watchReportMsg{change: c, ok: true})
	m = drain(t, next.(Model), cmd)
	s := screen(m)
	assertContains(t, "screen", s, "1 briefing changed, 1 removed", "Aid convoy turned back")
	if strings.Contains(s, "Background to the northern insurgency") {
		t.Error("the removed briefing is still listed")
	}
}

func TestChangeNotice(t *testing.T) {
	tests := []struct {
		c    briefing.LibraryChange
		want string
	}{
		{briefing.LibraryChange{Added: []string{"a", "b", "c"}}, "3 new briefings"},
		{briefing.LibraryChange{Added: []string{"a"}, Changed: []string{"b"}, Removed: []string{"c"}}, "1 new briefing, 1 changed, 1 removed"},
		{briefing.LibraryChange{Changed: []string{"a", "b"}}, "2 briefings changed"},
		{briefing.LibraryChange{Removed: []string{"a"}}, "1 briefing removed"},
	}
	for _, tt := range tests {
		if got := changeNotice(tt.c); got != tt.want {
			t.Errorf("changeNotice(%+v) = %q, want %q", tt.c, got, tt.want)
		}
	}
}

func TestSyncKey(t *testing.T) {
	lib := fixtureLibrary(t)
	m := newTestModel(t, lib, 120, 40)
	m = press(t, m, "R")
	assertContains(t, "screen", screen(m), "This session cannot sync feeds.")

	calls := 0
	m = newTestModel(t, lib, 120, 40, func(o *Options) {
		o.Sync = func() (string, error) { calls++; return "synced 2 feeds: 3 new briefings", nil }
	})
	m = press(t, m, "R")
	if calls != 1 {
		t.Fatalf("R ran %d syncs", calls)
	}
	assertContains(t, "screen", screen(m), "synced 2 feeds: 3 new briefings")

	m = newTestModel(t, lib, 120, 40, func(o *Options) {
		o.Sync = func() (string, error) { return "", fmt.Errorf("another sync of this library is running") }
	})
	m = press(t, m, "R")
	assertContains(t, "screen", screen(m), "sync: another sync of this library is running")
}
