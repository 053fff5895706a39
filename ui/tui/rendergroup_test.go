package tui

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestSlowRenderIsJoinedNotRepeated: sessions, revisits and resizes back
// to a width that all ask for the same slow body while its render runs
// start one glamour render between them, and each shows plain text once it
// stops waiting, instead of leaving a render behind per visit.
func TestSlowRenderIsJoinedNotRepeated(t *testing.T) {
	// Headings cost glamour time that grows with their square: this body
	// takes it about a third of a second, thirty times the wait below.
	slow := strings.Repeat("# h\n", 1500)
	g := newRenderGroup(10 * time.Millisecond)

	const sessions = 8
	errs := make([]error, sessions)
	var wg sync.WaitGroup
	for i := range sessions {
		wg.Go(func() { _, errs[i] = g.render(slow, 80, "dark") })
	}
	wg.Wait()
	for i, err := range errs {
		if !errors.Is(err, errRenderTooSlow) {
			t.Errorf("session %d: err = %v, want the too-slow fallback", i, err)
		}
	}
	for visit := range 3 { // revisits, and resizes that come back to 80 columns
		if _, err := g.render(slow, 80, "dark"); !errors.Is(err, errRenderTooSlow) {
			t.Errorf("revisit %d: err = %v, want the too-slow fallback at once", visit, err)
		}
	}
	if n := g.started.Load(); n != 1 {
		t.Errorf("%d sessions and 3 revisits of one slow body started %d renders, want 1", sessions, n)
	}

	// Other bodies are not held up: a short one renders through glamour
	// (given the time a loaded machine may need: the slow render still runs).
	g.timeout = time.Minute
	out, err := g.render("A short **briefing**.", 80, "dark")
	if err != nil || !strings.Contains(out, "briefing") {
		t.Errorf("a short body after a slow one: %q, %v", out, err)
	}
	if n := g.started.Load(); n != 2 {
		t.Errorf("the short body should be a render of its own: %d started, want 2", n)
	}
}

// TestSessionsShareTheRenderGroup: sessions given one group (as the SSH
// server does) render through it; a session given none has its own.
func TestSessionsShareTheRenderGroup(t *testing.T) {
	lib := fixtureLibrary(t)
	g := NewRenderGroup()
	a := newTestModel(t, lib, 120, 40, func(o *Options) { o.Renders = g })
	b := newTestModel(t, lib, 120, 40, func(o *Options) { o.Renders = g })
	if a.render.group != g || b.render.group != g {
		t.Fatal("sessions given a render group should render through it")
	}
	if a.reader.doc == nil || b.reader.doc == nil {
		t.Fatal("both sessions should show the first story")
	}
	n := g.started.Load()
	if n == 0 {
		t.Error("the shared group rendered nothing")
	}
	// A third session reading the same stories at the same size takes the
	// renders the first two made.
	if c := newTestModel(t, lib, 120, 40, func(o *Options) { o.Renders = g }); c.reader.doc == nil || g.started.Load() != n {
		t.Errorf("a third session rendered %d briefings again that the group had rendered", g.started.Load()-n)
	}
	if c := newTestModel(t, lib, 120, 40); c.render.group == nil || c.render.group == g {
		t.Error("a session without a group should have one of its own")
	}
}
