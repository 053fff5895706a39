package sshd

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestFramesSendNoCommands checks that a view row or window title holding
// control characters or escape sequences other than colours (a briefing
// field a loader missed, a crafted title) reaches the client as its text
// only, with its colours, never as a command to the terminal.
func TestFramesSendNoCommands(t *testing.T) {
	for _, c := range []struct{ row, want string }{
		{"\x1b[1;31mred\x1b[m plain", "\x1b[1;31mred\x1b[m plain"},
		{"a\x1b]52;c;ZXZpbA==\x07b", "ab"}, // clipboard write (OSC 52, BEL)
		{"a\x1b]0;title\x1b\\b", "ab"},     // window title (OSC, ST)
		{"a\x1b[2Jb\x1b[10;1Hc", "abc"},    // clear, cursor move
		{"a\x1b[?1049lb", "ab"},            // leave the alternate screen
		{"a\x1bPq#0;2;0;0;0\x1b\\b", "ab"}, // DCS (sixel)
		{"a\x1b[6nb", "ab"},                // cursor report request
		{"a\x1b[1$mb", "ab"},               // not SGR: an intermediate
		{"bell\x07 back\x08 cr\r nul\x00 del\x7f", "bell back cr nul del"},
		{"c1\u009b2Jx \u0085y", "c12Jx y"},           // C1 CSI and NEL in UTF-8
		{"Kyiv · Київ — 🇺🇦 é", "Kyiv · Київ — 🇺🇦 é"}, // text passes whole
		{"cut off\x1b[1;3", "cut off"},               // a sequence the row ends in
		{"cut off\x1b", "cut off"},
		// Raw C1 bytes, not UTF-8: a terminal of 8-bit controls reads
		// 0x9b as CSI; they go as the replacement character a UTF-8
		// terminal draws for them.
		{"raw\x9b2Jx", "raw\ufffd2Jx"},
		{"a\x1b\xe2\x9b[2Jb", "a\ufffd[2Jb"},           // ESC eats a lead byte, leaving 0x9b
		{"\u0600\x9d0;t\x9c", "\u0600\ufffd0;t\ufffd"}, // a prepend joins what follows
	} {
		var out bytes.Buffer
		f := newFrames(&out, 80, 1, true)
		f.mu.Lock()
		f.started = true // no set-up sequences: only the row is sent
		f.draw(tea.NewView(c.row))
		f.mu.Unlock()
		got := out.String()
		f.close()
		// The frame is: move, reset, erase, the row, reset.
		_, rest, _ := strings.Cut(got, "\x1b[m\x1b[K")
		row := strings.TrimSuffix(rest, "\x1b[m")
		if row != c.want {
			t.Errorf("row %q: sent %q, want %q (whole frame %q)", c.row, row, c.want, got)
		}
	}

	var out bytes.Buffer
	f := newFrames(&out, 80, 1, true)
	f.mu.Lock()
	f.started = true
	v := tea.NewView("x")
	v.WindowTitle = "sitrep — evil\x07\x1b]52;c;ZXZpbA==\x07\x1b[31m"
	f.draw(v)
	f.mu.Unlock()
	got := out.String()
	f.close()
	if strings.Contains(got, "]52") || strings.Count(got, "\x07") != 1 || strings.Contains(got, "\x1b[31m") {
		t.Errorf("title sent as %q: want its text only", got)
	}
}

// draw makes and sends the frame of v at once, as run does; under f.mu.
func (f *frames) draw(v tea.View) { f.send(f.frame(v)) }

// stallWriter is a client that stops reading: each write waits for
// release.
type stallWriter struct {
	started chan struct{}
	release chan struct{}
}

func (w *stallWriter) Write(p []byte) (int, error) {
	select {
	case w.started <- struct{}{}:
	default:
	}
	<-w.release
	return len(p), nil
}

// TestFramesStalledClientDoesNotBlockView checks that a client that stops
// reading stalls only the writes to it: the program's View (show) and a
// resize still return at once, and the frame drawn once the client reads
// again is the latest.
func TestFramesStalledClientDoesNotBlockView(t *testing.T) {
	w := &stallWriter{started: make(chan struct{}, 1), release: make(chan struct{})}
	f := newFrames(w, 80, 2, true)
	f.show(tea.NewView("one"))
	<-w.started // the first frame is stuck in the network write
	done := make(chan struct{})
	go func() {
		f.show(tea.NewView("two"))
		f.resize(80, 3)
		f.show(tea.NewView("three"))
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second): // a deadlock, not a measure of speed
		t.Fatal("show and resize wait for a client that does not read")
	}
	close(w.release)
	f.close()
}
