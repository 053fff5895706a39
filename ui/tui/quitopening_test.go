package tui

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// slowOpening is how long the tests' openings would take were they not
// stopped: an index waiting out another writer's lock (its busy timeout
// is 10 s) stands for it.
const slowOpening = 10 * time.Second

// TestQuitDuringSlowOpeningEndsRun: q (typed first) or ctrl+c, typed
// while the library is still opening, ends Run at once, and the opening's
// context ends with it, so that an opening that honours it (main's)
// stops and the process can exit. Before, q waited for the opening to
// return (it was kept for the library), and the opening's context was the
// process's.
func TestQuitDuringSlowOpeningEndsRun(t *testing.T) {
	for _, tc := range []struct{ name, keys string }{{"q", "q"}, {"ctrl+c", "\x03"}} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := os.Create(filepath.Join(t.TempDir(), "tty"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			in, typed := io.Pipe()
			defer typed.Close()
			openStarted, openEnded := make(chan struct{}), make(chan struct{})
			opts := Options{Style: "dark", Width: 80, Height: 24,
				Open: func(ctx context.Context) (Opened, error) {
					close(openStarted)
					defer close(openEnded)
					select {
					case <-ctx.Done():
						return Opened{}, ctx.Err()
					case <-time.After(slowOpening):
						return Opened{}, nil
					}
				}}
			done := make(chan error, 1)
			go func() {
				done <- Run(t.Context(), nil, opts, tea.WithInput(in), tea.WithOutput(f),
					tea.WithWindowSize(80, 24), tea.WithoutSignalHandler())
			}()
			select {
			case <-openStarted:
			case <-time.After(5 * time.Second):
				t.Fatal("the opening never began")
			}
			start := time.Now()
			if _, err := io.WriteString(typed, tc.keys); err != nil {
				t.Fatal(err)
			}
			const bound = 2 * time.Second // well under slowOpening
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Run ended with %v", err)
				}
			case <-time.After(bound):
				t.Fatalf("%s during a slow opening: Run still running after %v", tc.name, bound)
			}
			select {
			case <-openEnded:
			case <-time.After(bound - time.Since(start)):
				t.Fatalf("%s during a slow opening: the opening was not stopped when the reader quit", tc.name)
			}
		})
	}
}

// TestWorkAfterFrameOutNotAfterQuit: the work put off until the first
// frame is written does not start once the reader has quit before it
// (a q kept while the library opened, replayed as it opened): it would
// run after Run returned, firstFrameCap late.
func TestWorkAfterFrameOutNotAfterQuit(t *testing.T) {
	quit, cancel := context.WithCancel(t.Context())
	m := New(nil, Options{Style: "dark", Width: 80, Height: 24,
		frameOut: make(chan struct{}), quit: quit}) // a frame never written
	ran := false
	cmd := m.afterFrameOut(func() tea.Msg { ran = true; return nil })
	cancel()
	start := time.Now()
	cmd()
	if ran {
		t.Error("the work put off until the first frame ran after the reader quit")
	}
	if d := time.Since(start); d >= firstFrameCap {
		t.Errorf("the put-off work waited %v after the reader quit", d)
	}
}
