package sshd

import (
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"sitrep/briefing"
)

// TestBodyEditReachesOpenSessions: a server whose library is read again
// by someone else (Config.Updates, as a store's front end does) shows a
// body edited on disk, front matter unchanged, in the open session that
// reads it: first an edit of the same size whose modification time was
// put back (an edit within one tick of the clock, or a copy that keeps
// the time), then a longer one.
func TestBodyEditReachesOpenSessions(t *testing.T) {
	dir := t.TempDir()
	story := filepath.Join(dir, "2024-10-02-market.md")
	head := "---\ntitle: Shelling near the market\npublished: 2024-10-02\nregion: Sahel\n---\n"
	writeFile(t, filepath.Join(dir, "2024-10-01-older.md"), "---\ntitle: An older story\npublished: 2024-10-01\n---\nOlder body.\n")
	writeFile(t, story, head+"Shelling reported near the old market.\n")
	read := func() *briefing.Library {
		t.Helper()
		lib, err := briefing.Load(briefing.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		return lib
	}
	lib := read()
	var current atomic.Pointer[briefing.Library]
	current.Store(lib)
	updates := make(chan *briefing.Library, 1)
	env := startServer(t, withConfig(func(c *Config) {
		c.Library, c.Current, c.Updates = lib, current.Load, updates
		c.Load = func() (*briefing.Library, error) { return current.Load(), nil }
	}))
	s := openTerm(t, env.login(t, env.alice), 120, 30)
	s.waitText("Stories 1/2")
	s.press("\r") // open the newest story
	s.waitText("Shelling reported near the old market.")

	reread := func() {
		next := read()
		current.Store(next)
		updates <- next
	}
	fi, err := os.Stat(story)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, story, head+"Shelling reported near the new market.\n") // the same size
	if err := os.Chtimes(story, fi.ModTime(), fi.ModTime()); err != nil {
		t.Fatal(err)
	}
	reread()
	s.waitText("1 briefing changed")
	s.waitText("Shelling reported near the new market.")

	writeFile(t, story, head+"Shelling reported near the new market went on all night.\n")
	reread()
	s.waitText("went on all night.")
	if got := current.Load().Len(); got != 2 {
		t.Errorf("the library holds %d briefings, want 2", got)
	}
}
