package tui

import (
	"crypto/sha256"
	"errors"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/singleflight"
)

// RenderGroup runs the glamour renders of every reader session in a
// process. The SSH server gives one to all its sessions (Options.Renders);
// a session without one makes its own.
//
// A render cannot be stopped once started, so the group keeps them from
// piling up: there is at most one render at a time per body (by content),
// width and style, which every session, revisit or resize asking for the
// same joins; a caller that stops waiting after the timeout shows plain
// text and leaves the render running; and a body whose render once ran past
// the timeout is not sent to glamour again at that width and style.
type RenderGroup struct {
	timeout time.Duration
	flight  singleflight.Group

	mu   sync.Mutex
	slow map[renderKey]bool // renders that ran past the timeout
	// done are the renders finished last, which the sessions reading the
	// same briefings at the same width and style take instead of
	// rendering them again; order is oldest first.
	done  map[renderKey]string
	order []renderKey

	started atomic.Int64 // glamour renders started (tests read it)
}

// renderKey names one render: the body's hash, the width and the style.
type renderKey struct {
	sum   [sha256.Size]byte
	width int
	style string
}

// slowLimit bounds the slow renders remembered.
const slowLimit = 1024

// doneLimit bounds the renders kept for other sessions (a few MiB).
const doneLimit = 256

// errRenderTooSlow is what a caller gets when it stops waiting.
var errRenderTooSlow = errors.New("rendering took too long: showing plain text")

// NewRenderGroup makes a group whose callers wait up to five seconds for a
// render.
func NewRenderGroup() *RenderGroup { return newRenderGroup(renderTimeout) }

func newRenderGroup(timeout time.Duration) *RenderGroup {
	return &RenderGroup{timeout: timeout, slow: map[renderKey]bool{}, done: map[renderKey]string{}}
}

// render renders body with glamour, joining the render of the same body,
// width and style when one is running; it gives up waiting after the
// group's timeout.
func (g *RenderGroup) render(body string, width int, style string) (string, error) {
	k := renderKey{sha256.Sum256([]byte(body)), width, style}
	if out, ok := g.finished(k); ok {
		return out, nil
	}
	if g.isSlow(k) {
		return "", errRenderTooSlow
	}
	ch := g.flight.DoChan(k.String(), func() (any, error) {
		g.started.Add(1)
		out, err := renderMarkdown(body, width, style)
		if err == nil {
			g.keep(k, out)
		}
		return out, err
	})
	timer := time.NewTimer(g.timeout)
	defer timer.Stop()
	select {
	case res := <-ch:
		out, _ := res.Val.(string)
		return out, res.Err
	case <-timer.C:
		g.markSlow(k)
		return "", errRenderTooSlow
	}
}

func (k renderKey) String() string {
	return string(k.sum[:]) + "\x00" + strconv.Itoa(k.width) + "\x00" + k.style
}

func (g *RenderGroup) isSlow(k renderKey) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.slow[k]
}

func (g *RenderGroup) markSlow(k renderKey) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if len(g.slow) >= slowLimit {
		clear(g.slow)
	}
	g.slow[k] = true
}

// finished is a render kept for k.
func (g *RenderGroup) finished(k renderKey) (string, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	out, ok := g.done[k]
	return out, ok
}

// keep keeps a finished render, forgetting the oldest beyond doneLimit.
func (g *RenderGroup) keep(k renderKey, out string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if _, ok := g.done[k]; ok {
		return
	}
	if len(g.order) >= doneLimit {
		delete(g.done, g.order[0])
		g.order = g.order[1:]
	}
	g.done[k] = out
	g.order = append(g.order, k)
}
