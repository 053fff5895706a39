package sshd

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
)

// TestNewBriefingsReachOpenSessions: a briefing written into the served
// library directory (as sitrep sync or import writes it) shows up in
// every open session within two seconds, with a notice — alice's through
// the OpenSSH client in tmux, bob's through a Go client — and a session
// opened afterwards starts with it.
func TestNewBriefingsReachOpenSessions(t *testing.T) {
	lib := t.TempDir()
	for i := range 3 {
		writeFile(t, filepath.Join(lib, fmt.Sprintf("2024-10-0%d-story-%d.md", i+1, i)),
			fmt.Sprintf("---\ntitle: Older story %d\npublished: 2024-10-0%d\nregion: Sahel\n---\nBody %d.\n", i, i+1, i))
	}
	env := startServer(t, withConfig(func(c *Config) { c.LibraryDir = lib }))
	alice := sshInTmux(t, env, env.alice)
	bob := openTerm(t, env.login(t, env.bob), 120, 30)
	alice.waitPane("Stories 1/3")
	bob.waitText("Stories 1/3")

	// Written atomically, as sitrep writes briefings: a hidden temporary
	// file renamed into place.
	tmp := filepath.Join(lib, ".new.md.tmp")
	writeFile(t, tmp, "---\ntitle: Fresh report from Tawila\npublished: 2024-10-09\nregion: Sahel\n---\nNew body.\n")
	start := time.Now()
	if err := os.Rename(tmp, filepath.Join(lib, "2024-10-09-fresh.md")); err != nil {
		t.Fatal(err)
	}
	bob.waitText("1 new briefing")
	bob.waitText("Fresh report from Tawila")
	alice.waitPane("1 new briefing")
	alice.waitPane("Fresh report from Tawila")
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("the new briefing took %v to reach the sessions, want under 2s", d)
	}

	later := openTerm(t, env.login(t, env.alice), 120, 30)
	later.waitText("Fresh report from Tawila")
	later.waitText("/4")
}

// TestServerStartsFromTheIndex: a server whose library opens from its
// index serves the top of it to the first sessions at once, with a quiet
// note, reads the rest in the background, and then shows the whole
// library in the open sessions and in the ones opened afterwards.
func TestServerStartsFromTheIndex(t *testing.T) {
	lib := t.TempDir()
	for i := range 3 {
		writeFile(t, filepath.Join(lib, fmt.Sprintf("2024-10-0%d-story-%d.md", i+1, i)),
			fmt.Sprintf("---\ntitle: Story number %d\npublished: 2024-10-0%d\nregion: Sahel\n---\nBody %d.\n", i, i+1, i))
	}
	whole, err := briefing.Load(briefing.DirFS(lib))
	if err != nil {
		t.Fatal(err)
	}
	top, err := briefing.Load(fstest.MapFS{"2024-10-03-story-2.md": {Data: []byte("---\ntitle: Story number 2\npublished: 2024-10-03\nregion: Sahel\n---\nBody 2.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	env := startServer(t, withConfig(func(c *Config) {
		c.LibraryDir = lib
		c.OpenAtOnce = func() (*briefing.Library, func() (*briefing.Library, briefing.LibraryChange, error), error) {
			return top, func() (*briefing.Library, briefing.LibraryChange, error) {
				<-release
				return whole, briefing.LibraryChange{}, nil
			}, nil
		}
	}))
	first := openTerm(t, env.login(t, env.alice), 120, 30)
	first.waitText("Stories 1/1")
	first.waitText("Catching up with the library")
	close(release)
	first.waitText("Stories 1/3")
	first.waitText("Story number 0")
	later := openTerm(t, env.login(t, env.bob), 120, 30)
	later.waitText("Stories 1/3")
}
