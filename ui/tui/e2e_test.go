package tui

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// This end-to-end test runs the built sitrep binary in a real terminal
// (tmux) and checks what an analyst would see on the screen.

// terminal is a tmux server of the test's own, with one window.
type terminal struct {
	t      *testing.T
	socket string
}

func newTerminal(t *testing.T, w, h int, command string) *terminal {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (apt-get install tmux); skipping the terminal test")
	}
	term := &terminal{t: t, socket: filepath.Join(t.TempDir(), "tmux.sock")}
	term.tmux("-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), command)
	t.Cleanup(func() { _ = exec.Command("tmux", "-S", term.socket, "kill-server").Run() })
	return term
}

func (term *terminal) tmux(args ...string) string {
	term.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", term.socket}, args...)...).CombinedOutput()
	if err != nil {
		term.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// screen is the visible pane, as text.
func (term *terminal) screen() string { return term.tmux("capture-pane", "-p", "-t", "e2e") }

// keys types keys (tmux key names), pausing so that an escape is not
// taken for the start of a sequence.
func (term *terminal) keys(keys ...string) {
	term.t.Helper()
	for _, k := range keys {
		term.tmux("send-keys", "-t", "e2e", k)
		time.Sleep(60 * time.Millisecond)
	}
}

// typeText types literal text.
func (term *terminal) typeText(s string) {
	term.t.Helper()
	term.tmux("send-keys", "-t", "e2e", "-l", s)
	time.Sleep(60 * time.Millisecond)
}

// waitFor waits until the screen shows every string.
func (term *terminal) waitFor(what ...string) string {
	term.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		s := term.screen()
		missing := ""
		for _, w := range what {
			if !strings.Contains(s, w) {
				missing = w
				break
			}
		}
		if missing == "" {
			return s
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("the screen never showed %q:\n%s", missing, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitGone waits until the screen no longer shows text: a key that closes
// something has been read, and the next key cannot be taken with it (an
// escape followed too soon by q reads as alt+q).
func (term *terminal) waitGone(text string) {
	term.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for s := term.screen(); strings.Contains(s, text); s = term.screen() {
		if time.Now().After(deadline) {
			term.t.Fatalf("the screen still shows %q:\n%s", text, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// built is the sitrep binary, built once for every terminal test.
var built struct {
	once sync.Once
	dir  string
	bin  string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// buildBinary builds sitrep from the repository root, unless
// SITREP_E2E_BIN names a binary to test instead.
func buildBinary(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("SITREP_E2E_BIN"); bin != "" {
		return bin
	}
	built.once.Do(func() {
		built.dir, built.err = os.MkdirTemp("", "sitrep-e2e-")
		if built.err != nil {
			return
		}
		built.bin = filepath.Join(built.dir, "sitrep")
		cmd := exec.Command("go", "build", "-o", built.bin, ".")
		cmd.Dir = filepath.Join("..", "..")
		if out, err := cmd.CombinedOutput(); err != nil {
			built.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.bin
}

// writeLibrary writes the fixture briefings to a directory.
func writeLibrary(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, f := range fixtureFiles() {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestTerminalEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and drives it in tmux")
	}
	bin := buildBinary(t)
	lib := writeLibrary(t)
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			stateHome := t.TempDir()
			command := fmt.Sprintf("env XDG_STATE_HOME=%s TERM=xterm-256color %s --library %s; echo EXITED $?; sleep 60",
				stateHome, bin, lib)
			term := newTerminal(t, size[0], size[1], command)
			wide := size[0] >= wideWidth

			s := term.waitFor("STORIES", "Shelling of coastal market", "Border talks resume", "4 unread")
			if wide {
				assertContains(t, "wide screen", s, "Key figures", "Timeline", "Reader")
			}
			term.keys("Enter")
			term.waitFor("READER", "Hospital officials count at least 48 dead", "Field report")

			term.keys("f")
			s = term.waitFor("FIGURES", "CASUALTIES", "48")
			if !strings.Contains(s, "killed") {
				t.Errorf("the figure should say what it counts:\n%s", s)
			}
			term.keys("Enter")
			if !wide {
				term.waitFor("READER")
			}
			term.waitFor("at least 48 people were killed")

			term.keys("J")
			term.waitFor("Border talks resume in the capital", "2/4")
			if wide {
				term.keys("Tab", "Tab", "Tab") // figures → timeline → list → reader
			}
			term.waitFor("READER")
			term.keys("/")
			term.typeText("again")
			term.keys("Enter")
			term.waitFor("1/1 (n/N")

			term.keys("s", "q")
			term.waitFor("EXITED 0")

			data, err := os.ReadFile(filepath.Join(stateHome, "sitrep", "state.json"))
			if err != nil {
				t.Fatalf("no reading state saved: %v", err)
			}
			var st struct {
				Briefings map[string]struct{ Read, Starred bool }
			}
			if err := json.Unmarshal(data, &st); err != nil {
				t.Fatal(err)
			}
			if b := st.Briefings["2025-02-01-border-talks"]; !b.Read || !b.Starred {
				t.Errorf("state after quitting: %s", data)
			}
			if !st.Briefings["2025-03-04-coast-shelling"].Read {
				t.Errorf("the first story should be read: %s", data)
			}
		})
	}
}

func TestTerminalRestartKeepsState(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and drives it in tmux")
	}
	bin := buildBinary(t)
	lib := writeLibrary(t)
	stateHome := t.TempDir()
	command := fmt.Sprintf("env XDG_STATE_HOME=%s TERM=xterm-256color %s --library %s --no-mouse; echo EXITED $?; sleep 60", stateHome, bin, lib)
	first := newTerminal(t, 80, 24, command)
	first.waitFor("STORIES")
	first.keys("Enter")
	first.waitFor("READER", "Hospital officials count at least 48 dead")
	first.keys("Space", "Space", "s", "q")
	first.waitFor("EXITED 0")

	second := newTerminal(t, 80, 24, command)
	second.waitFor("STORIES", "3 unread", "★ Shelling of coastal market")
	second.keys("Enter")
	s := second.waitFor("READER", "Paragraph")
	if strings.Contains(s, "Hospital officials count at least 48 dead") {
		t.Errorf("reopening should return to where the analyst left off, not the top:\n%s", s)
	}
}

func TestTerminalNoColor(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and drives it in tmux")
	}
	bin := buildBinary(t)
	lib := writeLibrary(t)
	command := fmt.Sprintf("env XDG_STATE_HOME=%s TERM=xterm-256color COLORTERM=truecolor NO_COLOR=yes %s --library %s; echo EXITED $?; sleep 60",
		t.TempDir(), bin, lib)
	term := newTerminal(t, 100, 30, command)
	term.waitFor("STORIES", "Shelling of coastal market")
	styled := term.tmux("capture-pane", "-p", "-e", "-t", "e2e")
	for _, colour := range []string{"38;2;", "48;2;", "38;5;", "48;5;"} {
		if strings.Contains(styled, colour) {
			t.Errorf("NO_COLOR=yes should turn colour off, the screen has %q", colour)
			break
		}
	}
	if !strings.Contains(styled, "7m") {
		t.Error("without colour the focus should still show in reverse video")
	}
	term.keys("q")
	term.waitFor("EXITED 0")
}

// TestTerminalFirstHour drives what a new user reaches for (issue 14):
// next unread, mark all read and its undo, search from the middle of a
// briefing, and sitrep FILE.md.
func TestTerminalFirstHour(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and drives it in tmux")
	}
	bin := buildBinary(t)
	lib := writeLibrary(t)
	stateHome := t.TempDir()
	command := fmt.Sprintf("env XDG_STATE_HOME=%s TERM=xterm-256color %s --library %s --no-mouse; echo EXITED $?; sleep 60",
		stateHome, bin, lib)
	term := newTerminal(t, 100, 30, command)
	term.waitFor("STORIES", "4 unread", "? help • q quit")
	term.keys("Enter")
	term.waitFor("READER", "3 unread")

	term.keys("U")
	term.waitFor("Border talks resume in the capital", "2/4", "2 unread")
	term.keys("A")
	term.waitFor("0 unread", "z undoes")
	term.keys("z")
	term.waitFor("2 unread", "unread again")

	term.keys("K") // back to the long story, in the middle of it
	term.waitFor("1/4", "Hospital officials count")
	term.keys("Space", "Space", "Space")
	term.keys("/")
	term.typeText("closing paragraph 1")
	term.keys("Enter")
	s := term.waitFor("Closing paragraph 1 ", "(n/N, esc clears)")
	assertNotContains(t, "a search forward from the middle", s, "wrapped")
	term.keys("/")
	term.typeText("opening")
	term.keys("Enter")
	term.waitFor("Opening paragraph", "Search wrapped to the top")
	term.keys("G", "/")
	term.typeText("zzq")
	term.waitFor("/zzq")
	term.keys("Escape")
	term.waitGone("/zzq")
	term.waitFor("Closing paragraph 10", "100% through")
	term.keys("q")
	term.waitFor("EXITED 0")

	one := newTerminal(t, 100, 30, fmt.Sprintf("env XDG_STATE_HOME=%s TERM=xterm-256color %s %s --no-mouse; echo EXITED $?; sleep 60",
		t.TempDir(), bin, filepath.Join(lib, "2025-02-01-border-talks.md")))
	s = one.waitFor("STORIES", "Border talks resume in the capital", "1 unread")
	assertNotContains(t, "sitrep FILE.md", s, "Shelling of coastal market")
	one.keys("q")
	one.waitFor("EXITED 0")
}
