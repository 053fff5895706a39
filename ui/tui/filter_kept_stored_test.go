package tui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// TestKeptIndexSeesAnEditThroughStoredHeaders: a library loaded through
// an index's stored headers (as the reader's catch-up and reloads load
// it), after its kept word index was made, finds a story edited in place
// with its size and time kept: the edit shows in the filter, not only in
// the body. (Stored headers carried no inode and change time, and the
// kept index compared size and time alone.)
func TestKeptIndexSeesAnEditThroughStoredHeaders(t *testing.T) {
	dir, cache := filepath.Join(t.TempDir(), "lib"), t.TempDir()
	if err := librarytest.Write(dir, 400, 3); err != nil {
		t.Fatal(err)
	}
	first := newKeptRun(cache, 64)
	_, lib := first.start(t, dir)
	// The headers as an index stores them: size and time only.
	stored := map[string]briefing.StoredHeader{}
	pre, err := briefing.Load(briefing.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range pre.Briefings() {
		fi, err := os.Stat(filepath.Join(dir, b.Path))
		if err != nil {
			t.Fatal(err)
		}
		stored[b.Path] = briefing.StoredHeader{Briefing: b, Size: fi.Size(), ModTime: fi.ModTime().UnixNano()}
	}
	edited := lib.Briefings()[10]
	p := filepath.Join(dir, edited.Path)
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	at := strings.LastIndex(string(data), " ")
	copy(data[at-5:], " xyzzy")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	again, _, err := briefing.LoadStored(briefing.DirFS(dir), func() map[string]briefing.StoredHeader { return stored })
	if err != nil {
		t.Fatal(err)
	}
	second := newKeptRun(cache, 64)
	m := New(again, Options{Style: "dark", Width: 120, Height: 40, Filters: second.filters})
	m.delays = delays{resize: -1, save: -1, status: -1}
	m = drain(t, m, m.Init())
	if ids := listedIDs(press(t, m, "/", "x", "y", "z", "z", "y")); !slices.Contains(ids, edited.ID) {
		t.Errorf("/xyzzy lists %v, not the story edited in place (%s)\n%s", ids, edited.ID, second.log())
	}
}
