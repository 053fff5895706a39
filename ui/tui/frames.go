package tui

import (
	"bytes"
	"io"
	"os"
	"sync"

	"github.com/charmbracelet/x/ansi"
)

// frameWriter is the terminal (standard output) as the reader's program
// writes to it, and says when the first frame is out: written is closed
// once a write has entered the alternate screen, which the first frame
// of a library does and nothing before it (while the library opens the
// view is empty, and the terminal's queries go out alone). The work the
// first frame does not show waits for it (afterFirstFrame, afterFrameOut)
// rather than for a guess: bubbletea draws on a 60 Hz tick, and its first
// full frame costs a few milliseconds of the processor, which a story's
// render and the badges' key figures, begun with it on a 2-core host, held
// back by up to 20 ms.
type frameWriter struct {
	*os.File // bubbletea still sees a terminal: its size, raw mode, colours
	once     sync.Once
	written  chan struct{}
}

func newFrameWriter(f *os.File) *frameWriter {
	return &frameWriter{File: f, written: make(chan struct{})}
}

// enterAltScreen is what the first frame of a library starts with.
var enterAltScreen = []byte(ansi.SetModeAltScreenSaveCursor)

func (w *frameWriter) Write(b []byte) (int, error) {
	n, err := w.File.Write(b)
	select {
	case <-w.written:
	default:
		if bytes.Contains(b, enterAltScreen) {
			w.once.Do(func() { close(w.written) })
		}
	}
	return n, err
}

// WriteString is Write: the embedded file's would go round it.
func (w *frameWriter) WriteString(s string) (int, error) { return w.Write([]byte(s)) }

// ReadFrom is Write too: the embedded file's, which io.Copy takes for a
// reader with no WriteTo, would go round it.
func (w *frameWriter) ReadFrom(r io.Reader) (int64, error) {
	return io.Copy(struct{ io.Writer }{w}, r)
}
