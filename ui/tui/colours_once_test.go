package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTerminalDetectsColoursOnce runs the reader in tmux, in colour, with
// a `tmux` of the test's own first on its PATH: a real program that logs
// every call and answers `tmux info` that the terminal takes 24-bit
// colour. The colour profile is detected by running `tmux info` (20–40 ms
// each in a real tmux); the reader ran it twice before its first frame,
// once as lipgloss is initialised and again in bubbletea's Run. It must
// run it once, and draw in the colours that one answer allows.
func TestTerminalDetectsColoursOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and drives it in tmux")
	}
	bin := buildBinary(t)
	lib := writeLibrary(t)
	fake, calls := fakeTmux(t)
	command := fmt.Sprintf("env -u NO_COLOR -u COLORTERM PATH=%s:$PATH TERM=tmux-256color XDG_STATE_HOME=%s %s --library %s --style dark; echo EXITED $?; sleep 60",
		fake, t.TempDir(), bin, lib)
	term := newTerminal(t, 100, 30, command)
	term.waitFor("STORIES", "Shelling of coastal market")
	styled := term.tmux("capture-pane", "-p", "-e", "-t", "e2e")
	if !strings.Contains(styled, "38;2;") {
		t.Error("the fake tmux answers that the terminal takes 24-bit colour: the reader should draw in it")
	}
	term.keys("q")
	term.waitFor("EXITED 0")
	if n, data := infoCalls(t, calls); n != 1 {
		t.Errorf("the reader ran `tmux info` %d times, want once:\n%s", n, data)
	}
}

// fakeTmux writes a `tmux` of the test's own in dir: a real program that
// logs every call to calls and answers `tmux info` that the terminal
// takes 24-bit colour.
func fakeTmux(t *testing.T) (dir, calls string) {
	t.Helper()
	dir = t.TempDir()
	calls = filepath.Join(dir, "calls")
	script := fmt.Sprintf("#!/bin/sh\necho \"$*\" >>%s\n[ \"$1\" = info ] && echo '  1: RGB: (flag) true'\nexit 0\n", calls)
	if err := os.WriteFile(filepath.Join(dir, "tmux"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir, calls
}

// infoCalls counts the `tmux info` calls fakeTmux logged, and gives the log.
func infoCalls(t *testing.T, calls string) (int, string) {
	t.Helper()
	data, err := os.ReadFile(calls)
	if err != nil {
		t.Fatalf("tmux was never run to detect the colours: %v", err)
	}
	return strings.Count(string(data), "info"), string(data)
}

// TestTerminalSyncDetectsColoursOnce: sitrep sync on a terminal draws its
// progress bars with a small bubbletea program; like the reader, it takes
// the colours lipgloss detected as it was initialised instead of running
// the detection (`tmux info`, with the fake tmux of
// TestTerminalDetectsColoursOnce) a second time.
func TestTerminalSyncDetectsColoursOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and drives it in tmux")
	}
	bin, lib := libraryWithFeed(t)
	home := t.TempDir()
	fake, calls := fakeTmux(t)
	command := fmt.Sprintf("env -u NO_COLOR -u COLORTERM PATH=%s:$PATH TERM=tmux-256color XDG_STATE_HOME=%[2]s XDG_DATA_HOME=%[2]s XDG_CONFIG_HOME=%[2]s %s --library %s sync; echo EXITED $?; sleep 60",
		fake, home, bin, lib)
	term := newTerminal(t, 100, 30, command)
	term.waitFor("synced 1 feed", "EXITED 0")
	if n, data := infoCalls(t, calls); n != 1 {
		t.Errorf("sync ran `tmux info` %d times, want once:\n%s", n, data)
	}
}
