package tui

import (
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// keptRun is one run of the reader on a library directory whose filter
// index is kept (every size kept), with what it logged.
type keptRun struct {
	filters *FilterIndexes
	mu      sync.Mutex
	logged  []string
}

func newKeptRun(cache string, overlay int) *keptRun {
	r := &keptRun{}
	r.filters = &FilterIndexes{dir: cache, onDisk: 0, keep: true, keepFrom: 0, overlay: overlay,
		logf: func(format string, args ...any) {
			r.mu.Lock()
			defer r.mu.Unlock()
			r.logged = append(r.logged, fmt.Sprintf(format, args...))
		}}
	return r
}

func (r *keptRun) log() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return strings.Join(r.logged, "\n")
}

// start loads the library in dir and starts a reader on it, its commands
// run: the model once the filter's index is in.
func (r *keptRun) start(t *testing.T, dir string) (Model, *briefing.Library) {
	t.Helper()
	lib, err := briefing.Load(briefing.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	m := New(lib, Options{Style: "dark", Width: 120, Height: 40, Filters: r.filters})
	m.delays = delays{resize: -1, save: -1, status: -1}
	return drain(t, m, m.Init()), lib
}

// listedIDs are the stories the list shows, in order.
func listedIDs(m Model) []string {
	var ids []string
	for _, i := range m.list.visible {
		ids = append(ids, m.list.all[i].ID)
	}
	return ids
}

// writeBriefing writes a briefing file of dir, its time set to at.
func writeBriefing(t *testing.T, dir, name, title, body string, at time.Time) {
	t.Helper()
	p := filepath.Join(dir, name)
	data := fmt.Sprintf("---\ntitle: %s\npublished: 2026-03-01\nregion: Sahel\n---\n%s\n", title, body)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, at, at); err != nil {
		t.Fatal(err)
	}
}

// TestKeptIndexOnTheSecondStart: the reader's second start on a library
// finds the filter's word index ready from the file the first kept, not
// built again: the stories changed, added and removed between the runs
// are indexed again (an edit of the same size, with the file's time put
// back, included), and the filter finds the new words in them, not the
// old ones, nor a removed story.
func TestKeptIndexOnTheSecondStart(t *testing.T) {
	dir, cache := filepath.Join(t.TempDir(), "lib"), t.TempDir()
	if err := librarytest.Write(dir, 400, 3); err != nil {
		t.Fatal(err)
	}
	first := newKeptRun(cache, 64)
	m, lib := first.start(t, dir)
	path := first.filters.keptPath(lib)
	assertContains(t, "the first run's log", first.log(), "no index kept: built "+path)
	kept, err := os.Stat(path)
	if err != nil || kept.Mode().Perm() != 0o600 {
		t.Fatalf("kept index %s: %v, %v; want a file of mode 0600", path, kept, err)
	}
	if fi, _ := os.Stat(filepath.Dir(path)); fi.Mode().Perm() != 0o700 {
		t.Errorf("its directory has mode %v, want 0700", fi.Mode().Perm())
	}
	if ids := listedIDs(press(t, m, "/", "x", "y", "z", "z", "y")); slices.Contains(ids, lib.Briefings()[10].ID) {
		t.Fatalf("/xyzzy before the edits lists the story to edit")
	}

	// Between the runs: one story edited in place, the same size and its
	// time put back; one added; one removed.
	all := lib.Briefings()
	edited, removed := all[10], all[20]
	p := filepath.Join(dir, edited.Path)
	fi, _ := os.Stat(p)
	data, _ := os.ReadFile(p)
	at := strings.LastIndex(string(data), " ")
	copy(data[at-5:], " xyzzy")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(p, fi.ModTime(), fi.ModTime())
	writeBriefing(t, dir, "2026-03-01-okapi.md", "Okapi sighted near Goma", "Rangers counted okapis.", time.Now())
	removedWord := strings.Fields(strings.ToLower(removed.Title))[0]
	if err := os.Remove(filepath.Join(dir, removed.Path)); err != nil {
		t.Fatal(err)
	}

	second := newKeptRun(cache, 64)
	m, lib = second.start(t, dir)
	assertContains(t, "the second run's log", second.log(), "opened "+path+": 398 stories as kept, 1 changed, 1 added, 1 gone")
	assertNotContains(t, "the second run's log", second.log(), "built")
	if now, _ := os.Stat(path); !os.SameFile(now, kept) || now.ModTime() != kept.ModTime() {
		t.Error("the kept index was written again")
	}
	if m.list.texts == nil || m.list.texts.lib != lib || m.list.texts.keptIn != path {
		t.Fatal("after the start, the filter's index is not the kept one")
	}
	m = press(t, m, "/", "x", "y", "z", "z", "y")
	assertNotContains(t, "the second start, a filter typed", screen(m), "indexing", "counting")
	if ids := listedIDs(m); len(ids) == 0 || ids[0] != edited.ID {
		t.Errorf("/xyzzy lists %v, want the story edited first, %s", head2(ids), edited.ID)
	}
	if ids := listedIDs(press(t, m, "esc", "/", "o", "k", "a", "p", "i")); len(ids) == 0 || ids[0] != "2026-03-01-okapi" {
		t.Errorf("/okapi lists %v, want the story added first", head2(ids))
	}
	typed := append([]string{"esc", "/"}, strings.Split(removedWord, "")...)
	if ids := listedIDs(press(t, m, typed...)); slices.Contains(ids, removed.ID) {
		t.Errorf("/%s lists the removed story %s", removedWord, removed.ID)
	}
	texts := scanTexts(t, lib)
	for _, q := range typedQueries("kharkiv", "displaced goma", "xyzzy", "okapi", removedWord, "sudn") {
		if got, want := matchesOf(m.list.texts, q), scanStories(q, texts); !slices.Equal(got, want) {
			t.Fatalf("%q: the kept index lists %v…, a scan %v…", q, head(got), head(want))
		}
	}
}

// TestKeptIndexThatCannotBeUsedIsBuiltAgain: a kept file that is damaged,
// cut short, of another version, or a symbolic link is not used: the
// second start says why in its log, builds the index again, replaces the
// file with a regular one, and filters as a scan does.
func TestKeptIndexThatCannotBeUsedIsBuiltAgain(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "lib")
	if err := librarytest.Write(dir, 150, 4); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, why string
		spoil     func(t *testing.T, path string, good []byte)
	}{
		{"damaged", "postings of term", func(t *testing.T, path string, good []byte) {
			b := slices.Clone(good)
			for i := 400; i < 440; i++ {
				b[i] = 0xff
			}
			os.WriteFile(path, b, 0o600)
		}},
		{"cut short", "past the file", func(t *testing.T, path string, good []byte) {
			os.WriteFile(path, good[:len(good)*2/3], 0o600)
		}},
		{"of another version", fmt.Sprintf("of version %d, not %d", filterVersion+1, filterVersion), func(t *testing.T, path string, good []byte) {
			b := slices.Clone(good)
			binary.LittleEndian.PutUint32(b[12:], filterVersion+1)
			os.WriteFile(path, b, 0o600)
		}},
		{"a symbolic link", "not a regular file", func(t *testing.T, path string, good []byte) {
			other := path + ".elsewhere"
			os.WriteFile(other, good, 0o600)
			os.Remove(path)
			if err := os.Symlink(other, path); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cache := t.TempDir()
			_, lib := newKeptRun(cache, 64).start(t, dir)
			path := newKeptRun(cache, 64).filters.keptPath(lib)
			good, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			c.spoil(t, path, good)
			second := newKeptRun(cache, 64)
			m, lib := second.start(t, dir)
			assertContains(t, "the log", second.log(), c.why, "built "+path)
			if fi, err := os.Lstat(path); err != nil || !fi.Mode().IsRegular() {
				t.Fatalf("after the build: %v, %v; want a regular file", fi, err)
			}
			texts := scanTexts(t, lib)
			for _, q := range []string{"goma", "displaced", "kharkiv attack"} {
				if got, want := matchesOf(m.list.texts, q), scanStories(q, texts); !slices.Equal(got, want) {
					t.Fatalf("%q: %v…, a scan %v…", q, head(got), head(want))
				}
			}
		})
	}
}

// TestKeptIndexBuiltAgainWhenManyChanged: a kept index is brought up to
// date in memory while few stories changed, and built again (its file
// replaced) once more than the overlay allows have: since it was kept,
// or over a long session's reloads.
func TestKeptIndexBuiltAgainWhenManyChanged(t *testing.T) {
	dir, cache := filepath.Join(t.TempDir(), "lib"), t.TempDir()
	if err := librarytest.Write(dir, 200, 5); err != nil {
		t.Fatal(err)
	}
	run := newKeptRun(cache, 10)
	lib, err := briefing.Load(briefing.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	lw := run.filters.of(lib)
	path := lw.keptIn
	kept, _ := os.Stat(path)
	later := time.Now().Add(time.Hour)
	add := func(from, to int) *briefing.Library {
		for i := from; i < to; i++ {
			writeBriefing(t, dir, fmt.Sprintf("2026-03-01-new-%d.md", i), fmt.Sprintf("Story %d", i), "New words.", later)
		}
		lib, err := briefing.Load(briefing.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		return lib
	}
	lw = run.filters.of(add(0, 6)) // 6 in memory
	if now, _ := os.Stat(path); !os.SameFile(now, kept) || lw.words.Overlay() != 6 {
		t.Fatalf("6 stories added: the file replaced, or %d stories in memory", lw.words.Overlay())
	}
	lw = run.filters.of(add(6, 12)) // 12 would be in memory: built again
	if now, _ := os.Stat(path); os.SameFile(now, kept) || lw.words.Overlay() != 0 {
		t.Fatalf("12 stories added: the file kept, %d stories in memory", lw.words.Overlay())
	}
	assertContains(t, "the log", run.log(), "6 stories in memory, 6 more changed and 0 gone: built "+path)

	// A later run with more than the overlay allows changed builds anew.
	kept, _ = os.Stat(path)
	lib = add(12, 30)
	next := newKeptRun(cache, 10)
	lw = next.filters.of(lib)
	assertContains(t, "the next run's log", next.log(), "18 stories changed or added and 0 gone since "+path+" was built", "built "+path)
	if now, _ := os.Stat(path); os.SameFile(now, kept) || lw.words.Len() != lib.Len() {
		t.Fatal("the kept index was not built again")
	}
}

func head2(s []string) []string { return s[:min(len(s), 5)] }
