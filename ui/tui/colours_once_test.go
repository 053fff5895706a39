package tui

import (
	"fmt"
	"os"
	"os/exec"
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
	fake := t.TempDir()
	calls := filepath.Join(fake, "calls")
	script := fmt.Sprintf("#!/bin/sh\necho \"$*\" >>%s\n[ \"$1\" = info ] && echo '  1: RGB: (flag) true'\nexit 0\n", calls)
	if err := os.WriteFile(filepath.Join(fake, "tmux"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
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
	data, err := os.ReadFile(calls)
	if err != nil {
		t.Fatalf("the reader never ran tmux to detect its colours: %v", err)
	}
	if n := strings.Count(string(data), "info"); n != 1 {
		t.Errorf("the reader ran `tmux info` %d times, want once:\n%s", n, data)
	}
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
	bin := buildBinary(t)
	lib := writeLibrary(t)
	srv := feedServer(t)
	home := t.TempDir()
	add := exec.Command(bin, "--library", lib, "feed", "add", srv.URL+"/rss", "--name", "Wire")
	add.Env = append(add.Environ(), "XDG_STATE_HOME="+home, "XDG_DATA_HOME="+home, "XDG_CONFIG_HOME="+home)
	if out, err := add.CombinedOutput(); err != nil {
		t.Fatalf("feed add: %v\n%s", err, out)
	}
	fake := t.TempDir()
	calls := filepath.Join(fake, "calls")
	script := fmt.Sprintf("#!/bin/sh\necho \"$*\" >>%s\n[ \"$1\" = info ] && echo '  1: RGB: (flag) true'\nexit 0\n", calls)
	if err := os.WriteFile(filepath.Join(fake, "tmux"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	command := fmt.Sprintf("env -u NO_COLOR -u COLORTERM PATH=%s:$PATH TERM=tmux-256color XDG_STATE_HOME=%[2]s XDG_DATA_HOME=%[2]s XDG_CONFIG_HOME=%[2]s %s --library %s sync; echo EXITED $?; sleep 60",
		fake, home, bin, lib)
	term := newTerminal(t, 100, 30, command)
	term.waitFor("synced 1 feed", "EXITED 0")
	data, err := os.ReadFile(calls)
	if err != nil {
		t.Fatalf("sync never ran tmux to detect its colours: %v", err)
	}
	if n := strings.Count(string(data), "info"); n != 1 {
		t.Errorf("sync ran `tmux info` %d times, want once:\n%s", n, data)
	}
}
