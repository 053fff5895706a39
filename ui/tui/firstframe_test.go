package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestFirstFrameCalledAfterInit: the work a reader puts off until its
// first frame is drawn (the reading of a library in parts past its
// first) is let go once, firstFrameDelay after Init, not before.
func TestFirstFrameCalledAfterInit(t *testing.T) {
	called := make(chan time.Time, 2)
	m := New(fixtureLibrary(t), Options{Style: "dark", Width: 120, Height: 40,
		FirstFrame: func() { called <- time.Now() }})
	afterFirstFrame(t, runInit(t, m), called, "FirstFrame was called")
	select {
	case <-called:
		t.Error("FirstFrame was called twice")
	case <-time.After(100 * time.Millisecond):
	}
}

// afterFirstFrame checks that what happened (its time on at) happened
// once the first frame was drawn: firstFrameDelay after start (Init, or
// the opening).
func afterFirstFrame(t *testing.T, start time.Time, at <-chan time.Time, what string) {
	t.Helper()
	select {
	case when := <-at:
		if waited := when.Sub(start); waited < firstFrameDelay {
			t.Errorf("%s %v after the start, before the first frame (%v)", what, waited, firstFrameDelay)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("%s: never", what)
	}
}

// runInit runs the commands of m's Init as bubbletea does, each in its own
// goroutine, and returns when they were started.
func runInit(t *testing.T, m Model) time.Time {
	t.Helper()
	start := time.Now()
	batch, ok := m.Init()().(tea.BatchMsg)
	if !ok {
		t.Fatal("Init returns no batch of commands")
	}
	for _, cmd := range batch {
		if cmd != nil {
			go cmd()
		}
	}
	return start
}

// TestFirstFrameCalledAfterOpening: with a library that opens while the
// reader starts (Options.Open), the work put off until the first frame is
// the opening's (Opened.FirstFrame: in sitrep, the reading in parts past
// the first and the watcher), let go once, firstFrameDelay after the
// library opened — the first frame is drawn then, not at Init.
func TestFirstFrameCalledAfterOpening(t *testing.T) {
	lib := fixtureLibrary(t)
	called := make(chan time.Time, 2)
	m := New(nil, Options{Style: "dark", Width: 120, Height: 40,
		Open: func() (Opened, error) {
			return Opened{Lib: lib, FirstFrame: func() { called <- time.Now() }}, nil
		}})
	opened := openedBy(t, m)
	start := time.Now()
	_, cmd := m.Update(opened)
	batch, ok := cmd().(tea.BatchMsg)
	if !ok {
		t.Fatal("the opening begins no batch of commands")
	}
	for _, c := range batch {
		if c != nil {
			go c()
		}
	}
	afterFirstFrame(t, start, called, "FirstFrame was called")
	select {
	case <-called:
		t.Error("FirstFrame was called twice")
	case <-time.After(100 * time.Millisecond):
	}
}
