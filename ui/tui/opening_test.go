package tui

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"sitrep/briefing"
)

// TestOpeningDrawsNothingUntilTheLibrary: a reader whose library opens
// while it starts (Options.Open) draws nothing — not even the alternate
// screen, which would show the terminal blank — until the library comes;
// then its frame is the list, and what follows from the opening (here
// the catch-up) begins. What the terminal sends meanwhile (its size, a
// key) draws nothing either.
func TestOpeningDrawsNothingUntilTheLibrary(t *testing.T) {
	m, caughtUp := openingWithCatchUp(t)
	opened := runCmd(t, m.Init()) // the library opens: Init's commands run
	// What the terminal sends meanwhile: its size, a key.
	for _, msg := range []tea.Msg{tea.WindowSizeMsg{Width: 120, Height: 40}, keyMsg("j")} {
		next, cmd := m.Update(msg)
		m = drain(t, next.(Model), cmd)
		if v := m.View(); v.AltScreen || v.Content != "" {
			t.Fatalf("before the library opened the reader draws %q (alternate screen %v), want nothing", v.Content, v.AltScreen)
		}
	}
	select {
	case <-caughtUp:
		t.Fatal("the catch-up began before the library opened")
	default:
	}
	for _, msg := range opened {
		next, cmd := m.Update(msg)
		m = drain(t, next.(Model), cmd)
	}
	v := m.View()
	if !v.AltScreen {
		t.Error("the opened library is not drawn on the alternate screen")
	}
	assertContains(t, "the first frame", screen(m), "Stories 2/4", "Shelling of coastal market") // j, kept for it
	select {
	case <-caughtUp:
	default:
		t.Error("the catch-up never began once the library opened")
	}
}

// openingWithCatchUp is a reader at 120×40 whose library (the fixture)
// opens while it starts with a catch-up to follow, which says on
// caughtUp when it begins.
func openingWithCatchUp(t *testing.T) (Model, <-chan struct{}) {
	t.Helper()
	lib := fixtureLibrary(t)
	caughtUp := make(chan struct{}, 1)
	m := New(nil, Options{Style: "dark", Width: 120, Height: 40,
		Open: func(context.Context) (Opened, error) {
			return Opened{Lib: lib, CatchUp: func() (*briefing.Library, briefing.LibraryChange, error) {
				caughtUp <- struct{}{}
				return lib, briefing.LibraryChange{}, nil
			}}, nil
		}})
	m.delays = delays{resize: -1, save: -1, status: -1}
	return m, caughtUp
}

// openedBy runs m's Init, which opens its library (Options.Open), and
// returns the message of the opening.
func openedBy(t *testing.T, m Model) tea.Msg {
	t.Helper()
	for _, msg := range runCmd(t, m.Init()) {
		if _, ok := msg.(openedMsg); ok {
			return msg
		}
	}
	t.Fatal("Init does not open the library")
	return nil
}

// TestOpeningFailedQuits: a library that cannot be opened ends the reader
// with its error, having drawn nothing.
func TestOpeningFailedQuits(t *testing.T) {
	failed := errors.New("library /x: permission denied")
	m := New(nil, Options{Style: "dark", Width: 120, Height: 40,
		Open: func(context.Context) (Opened, error) { return Opened{}, failed }})
	opened := openedBy(t, m)
	next, cmd := m.Update(opened)
	m = next.(Model)
	if cmd == nil {
		t.Fatal("the reader does not quit when its library cannot be opened")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("the reader does not quit when its library cannot be opened")
	}
	if !errors.Is(m.openErr, failed) {
		t.Errorf("the reader's error is %v, want %v", m.openErr, failed)
	}
	if v := m.View(); v.AltScreen || v.Content != "" {
		t.Errorf("a reader whose library failed draws %q", v.Content)
	}
}

// TestTerminalFirstFrameShowsTheLibrary runs the built reader in tmux on
// libraries with and without an index, with a broken briefing, and
// empty: the reader's screens (the pane captured every few milliseconds
// from its start, with the terminal's alternate screen on) are never
// blank before they show what the library holds, and the reader quits
// cleanly. (A frame is written at once but tmux may take it in pieces: a
// capture can show its top rows only, so the check is for a blank
// screen, not for the whole list in the first capture.)
func TestTerminalFirstFrameShowsTheLibrary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and drives it in tmux")
	}
	bin := buildBinary(t)
	full := writeLibrary(t)
	broken := writeLibrary(t)
	if err := os.WriteFile(filepath.Join(broken, "2025-05-01-broken.md"), []byte("---\ntitle: [unclosed\n---\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()
	indexedCache := t.TempDir()
	if out, err := exec.Command("env", "XDG_CACHE_HOME="+indexedCache, "XDG_STATE_HOME="+t.TempDir(),
		bin, "--library", full, "search", "market").CombinedOutput(); err != nil {
		t.Fatalf("sitrep search (builds the index): %v\n%s", err, out)
	}
	list := []string{"Stories 1/4 ", "Shelling of coastal market", "Border talks resume"}
	for _, c := range []struct {
		name, lib, cache string
		wants            []string
	}{
		{"index", full, indexedCache, list},
		{"no index", full, "", list},
		{"broken briefing", broken, "", append(list, "1 file skipped")},
		{"empty", empty, "", []string{"The library is empty."}},
	} {
		t.Run(c.name, func(t *testing.T) {
			cache := c.cache
			if cache == "" {
				cache = t.TempDir()
			}
			command := fmt.Sprintf("env XDG_CACHE_HOME=%s XDG_STATE_HOME=%s TERM=xterm-256color %s --library %s --style dark; echo EXITED $?; sleep 60",
				cache, t.TempDir(), bin, c.lib)
			term := newTerminal(t, 120, 40, command)
			term.readerScreensUntil(c.wants...)
			term.keys("q")
			term.waitFor("EXITED 0")
		})
	}
}

// readerScreensUntil captures the pane with the alternate screen on (the
// reader's) every few milliseconds until it shows every one of wants,
// and fails on a blank one before.
func (term *terminal) readerScreensUntil(wants ...string) {
	term.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		out := term.tmux("display-message", "-p", "-t", "e2e", "#{alternate_on}", ";", "capture-pane", "-p", "-t", "e2e")
		if on, s, _ := strings.Cut(out, "\n"); on == "1" {
			if strings.TrimSpace(s) == "" {
				term.t.Fatal("the reader drew a blank screen before the library")
			}
			missing := false
			for _, w := range wants {
				missing = missing || !strings.Contains(s, w)
			}
			if !missing {
				return
			}
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("the reader never showed %q:\n%s", wants, out)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// openingAfter starts a reader whose library lib opens while it starts
// (Options.Open), gives it the messages before (what the terminal sends
// while the library opens: its size, keys), then the opened library, and
// runs what follows, as the program would.
func openingAfter(t *testing.T, lib *briefing.Library, before ...tea.Msg) Model {
	t.Helper()
	m := New(nil, Options{Style: "dark", Open: func(context.Context) (Opened, error) { return Opened{Lib: lib}, nil }})
	m.delays = delays{resize: -1, save: -1, status: -1}
	opened := runCmd(t, m.Init())
	for _, msg := range before {
		next, cmd := m.Update(msg)
		m = drain(t, next.(Model), cmd)
	}
	for _, msg := range opened {
		next, cmd := m.Update(msg)
		m = drain(t, next.(Model), cmd)
	}
	return m
}

// TestOpeningAfterResize: the terminal's size comes while the library
// opens (bubbletea sends it at once); the first frame is laid out for the
// library that opened — in the wide layout the story list is as wide as
// its titles need — as a reader given the library at once lays it out.
func TestOpeningAfterResize(t *testing.T) {
	lib := fixtureLibrary(t)
	for _, size := range [][2]int{{200, 50}, {120, 40}, {80, 24}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			got := openingAfter(t, lib, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			want := newTestModel(t, lib, size[0], size[1])
			if g, w := screen(got), screen(want); g != w {
				t.Errorf("after the opening the reader shows\n%s\nwant, as a reader given the library at once,\n%s", g, w)
			}
		})
	}
}

// TestOpeningKeepsTypedKeys: keys typed while the library opens (the
// terminal blank, as they were typed ahead before the reader started)
// act on the library once it has opened, in order, as they would on a
// reader given the library at once; ctrl+c quits at once.
func TestOpeningKeepsTypedKeys(t *testing.T) {
	lib := fixtureLibrary(t)
	for _, keys := range [][]string{
		{"j"},
		{"j", "j", "enter"},
		{"/", "b", "o", "r", "d", "e", "r", "enter"},
		{"?"},
	} {
		t.Run(strings.Join(keys, " "), func(t *testing.T) {
			before := []tea.Msg{tea.WindowSizeMsg{Width: 120, Height: 40}}
			for _, k := range keys {
				before = append(before, keyMsg(k))
			}
			got := openingAfter(t, lib, before...)
			want := press(t, newTestModel(t, lib, 120, 40), keys...)
			if g, w := screen(got), screen(want); g != w {
				t.Errorf("keys typed while the library opened give\n%s\nwant, as on a reader given the library at once,\n%s", g, w)
			}
		})
	}
	t.Run("ctrl+c", func(t *testing.T) {
		m := New(nil, Options{Style: "dark", Open: func(context.Context) (Opened, error) { return Opened{Lib: lib}, nil }})
		_, cmd := m.Update(keyMsg("ctrl+c"))
		quits := false
		for _, msg := range runCmd(t, cmd) {
			if _, ok := msg.(tea.QuitMsg); ok {
				quits = true // not only when it is the last message
			}
		}
		if !quits {
			t.Error("ctrl+c while the library opens does not quit")
		}
	})
}

// TestOpeningAfterQuit: a library that opens after the analyst quit (ctrl+c
// while it opened; the program still saving on its way out) is not shown
// and begins nothing: no frame of the list flashes before the terminal is
// given back, and no catch-up or watch starts on the way out.
func TestOpeningAfterQuit(t *testing.T) {
	m, caughtUp := openingWithCatchUp(t)
	opened := runCmd(t, m.Init())
	next, _ := m.Update(keyMsg("ctrl+c"))
	m = next.(Model)
	for _, msg := range opened {
		next, cmd := m.Update(msg)
		m = drain(t, next.(Model), cmd)
	}
	if v := m.View(); v.AltScreen || v.Content != "" {
		t.Errorf("a library opened after the analyst quit is drawn:\n%s", v.Content)
	}
	select {
	case <-caughtUp:
		t.Error("a library opened after the analyst quit began its catch-up")
	default:
	}
}
