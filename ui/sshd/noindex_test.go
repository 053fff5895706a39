package sshd

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/briefing"
	"sitrep/ui/cli"
)

// TestServerReadsALibraryWithNoIndexInParts: a server on a library with
// no index, opened as `sitrep serve` opens it (cli's OpenForServer),
// serves what it found first while it reads the rest, then the whole
// library with its newest story selected (the analyst had not moved), in
// the open sessions and in later ones, the reading note gone.
func TestServerReadsALibraryWithNoIndexInParts(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir()) // no index
	lib := t.TempDir()
	const n = 2000
	for i := range n {
		writeFile(t, filepath.Join(lib, fmt.Sprintf("b-%04d.md", i)),
			fmt.Sprintf("---\ntitle: Story number %d\npublished: 2024-%02d-%02d\nregion: Sahel\n---\nBody %d.\n", i, i%12+1, i%28+1, i))
	}
	src := cli.Source{Dir: lib}
	started := make(chan int, 1)
	release := make(chan struct{}) // the rest of the reading reaches the sessions
	env := startServer(t, withConfig(func(c *Config) {
		c.LibraryDir = lib
		c.OpenAtOnce = func() (*briefing.Library, func() (*briefing.Library, briefing.LibraryChange, error), error) {
			first, catchUp, err := src.OpenForServer(context.Background())
			if err != nil || catchUp == nil {
				started <- n
				return first, catchUp, err
			}
			started <- first.Len()
			return first, func() (*briefing.Library, briefing.LibraryChange, error) {
				<-release
				return catchUp()
			}, nil
		}
	}))
	found := <-started
	first := openTerm(t, env.login(t, env.alice), 120, 30)
	if found < n {
		// The session opens on what was found first, the newest of it
		// selected, while the rest is read.
		first.waitText(fmt.Sprintf("Stories 1/%d ", found))
		first.waitText("Catching up with the library")
	} else {
		t.Log("the library was read whole within the first part's wait")
	}
	close(release)
	// Then the whole library, the newest of it selected: the analyst had
	// not moved.
	first.waitText(fmt.Sprintf("Stories 1/%d ", n))
	first.waitFor("the catch-up note gone", func(screen string) bool { return !strings.Contains(screen, "Catching up with the library") })
	later := openTerm(t, env.login(t, env.bob), 120, 30)
	later.waitText(fmt.Sprintf("Stories 1/%d ", n))
}
