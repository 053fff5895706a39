package sshd

import (
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// frames draws a session's screen in place of bubbletea's renderer. The
// reader's frames are whole rows, each exactly as wide as the terminal,
// so the rows that changed since the last frame are sent whole, each after
// a cursor move to its start; rows that did not change are not sent. This
// is the same screen for a fraction of the work: bubbletea's renderer
// parses every frame into cells, compares every cell of the screen with
// the last frame, hashes every row for scrolling, and converts the pen at
// every change (issue 17: 95% of a key press's instructions in the reader
// over SSH at 100×30, 5.6M of 5.9M; the reader's own Update and View are
// 0.3M). Frames are drawn on the session's own goroutine, the latest view
// only, as bubbletea does on its ticker; what the program writes itself
// (the background query, the clipboard) goes through the same write lock,
// so a frame and a query never interleave, and a client that stops
// reading holds up only the writes, never the program's View.
//
// The terminal is set up as bubbletea's renderer sets it for the reader:
// the alternate screen, the cursor hidden, bracketed paste, the mouse when
// the view asks for it, the keyboard's disambiguated keys (modifyOtherKeys
// and the kitty protocol's first level), the window title. close restores
// all of it. Autowrap is left on: a row is cut to the terminal's width
// here, in a measure no narrower than the terminal's (appendSafe), and the
// last row's last cell leaves no pending wrap behind it, so nothing ever
// wraps or scrolls. Turning autowrap off instead (as this writer did) left
// it off in the analyst's own shell whenever the connection dropped before
// close (the server killed, the network lost), and their shell then wrote
// over the last column until `reset`; what a dropped connection still
// leaves on (the alternate screen, the keyboard modes) the next program or
// `reset` undoes, and the README says so.
//
// The terminal is asked, as bubbletea asks it, whether it draws a frame
// at once (mode 2026) and whether it counts grapheme clusters as the
// reader lays them out (mode 2027, "Unicode core"): on its answers each
// frame is wrapped in synchronized output, and 2027 is switched on (when
// it was off: close switches it off again) and rows are measured as
// clusters, so 👨‍👩‍👧 or ❤️ take the two columns the reader gave them. The
// questions are not asked of Apple's Terminal when the client says it is
// one (askModes), and are asked on the alternate screen just before it is
// cleared, so that a terminal printing what it does not understand prints
// it where it is wiped at once. A 2027 left on by a dropped connection
// changes only how the shell's terminal counts joined emoji.
type frames struct {
	out io.Writer // the session's output, downsampled to its colours
	// wmu orders what is written to out (frames, the program's own
	// writes, the restore at close). It is held across the network write
	// and never taken under mu, so that a client that stops reading
	// stalls the writes only, not show (the program's View) nor resize.
	wmu sync.Mutex

	mu       sync.Mutex
	pending  *tea.View // the latest view not yet drawn
	width    int       // the terminal's: a row is cut to it
	height   int
	rows     []string // what the client's screen shows
	title    string
	mouse    tea.MouseMode
	started  bool
	ask      bool   // the terminal may be asked about modes 2026 and 2027
	sync     bool   // the terminal draws a frame at once (mode 2026)
	clusters bool   // the terminal counts grapheme clusters (mode 2027 on)
	core     bool   // this writer switched 2027 on: close switches it off
	modes    string // mode changes for the next frame
	repaint  bool   // the screen is to be cleared and drawn whole
	closed   bool
	buf      []byte
	wake     chan struct{}
	finished chan struct{}
}

// newFrames draws a session's screen of width×height on out; ask says
// whether the terminal may be asked about modes (askModes).
func newFrames(out io.Writer, width, height int, ask bool) *frames {
	f := &frames{out: out, width: width, height: height, ask: ask, wake: make(chan struct{}, 1), finished: make(chan struct{})}
	go f.run()
	return f
}

// Write passes what the program writes itself (queries, the clipboard)
// to the client between frames.
func (f *frames) Write(p []byte) (int, error) {
	f.wmu.Lock()
	defer f.wmu.Unlock()
	return f.out.Write(p) //nolint:wrapcheck // the session's own error
}

// show takes the view the program has just drawn.
func (f *frames) show(v tea.View) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return
	}
	f.pending = &v
	select {
	case f.wake <- struct{}{}:
	default:
	}
}

// synchronize wraps each frame from now on in synchronized output (mode
// 2026), which the terminal has said it supports, so that it shows a frame
// whole: bubbletea's renderer does the same on the same answer.
func (f *frames) synchronize() {
	f.mu.Lock()
	f.sync = true
	f.mu.Unlock()
}

// unicodeCore takes the terminal's answer about mode 2027: when it knows
// the mode, the mode is switched on (if it was off) and rows are measured
// as grapheme clusters from the next frame on (the view drawn after this
// message), which is drawn whole: rows already drawn were cut to the
// wider measure.
func (f *frames) unicodeCore(v ansi.ModeSetting) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.clusters || f.closed {
		return
	}
	switch v {
	case ansi.ModeReset:
		f.core, f.modes = true, f.modes+ansi.SetModeUnicodeCore
	case ansi.ModeSet, ansi.ModePermanentlySet:
	default:
		return // not known, or off for good
	}
	f.clusters, f.repaint = true, true
}

// resize takes the terminal's new size: the next frame is drawn whole.
func (f *frames) resize(width, height int) {
	f.mu.Lock()
	f.width, f.height, f.repaint = width, height, true
	f.mu.Unlock()
}

func (f *frames) run() {
	defer close(f.finished)
	for range f.wake {
		f.mu.Lock()
		if f.closed {
			f.mu.Unlock()
			return
		}
		v := f.pending
		f.pending = nil
		var b []byte
		if v != nil {
			b = f.frame(*v)
		}
		f.mu.Unlock()
		f.send(b) // f.buf is not touched again before the next frame, made here
	}
}

// send writes a frame to the client, if it changes anything.
func (f *frames) send(b []byte) {
	if len(b) == 0 {
		return
	}
	f.wmu.Lock()
	defer f.wmu.Unlock()
	_, _ = f.out.Write(b) //nolint:errcheck // a client gone is noticed by the session
}

// frame returns what makes the screen show v: the rows of v that differ
// from it, and the modes that changed; under f.mu. It is built in f.buf.
func (f *frames) frame(v tea.View) []byte {
	b := f.buf[:0]
	// Everything a frame changes, the clear of a repaint included, is
	// inside the synchronized update, as bubbletea's renderer sends it: a
	// clear before it would show the terminal blank at each resize.
	if f.sync {
		b = append(b, ansi.SetModeSynchronizedOutput...)
	}
	head := len(b)
	if !f.started {
		f.started, f.repaint = true, true
		b = append(b, ansi.SetModeAltScreenSaveCursor...)
		if f.ask {
			// As bubbletea asks; the answers come as ModeReportMsg. On
			// the alternate screen, before the clear below: a terminal
			// that prints what it does not understand prints it there,
			// to be wiped, not in the analyst's shell.
			b = append(b, ansi.RequestModeSynchronizedOutput+ansi.RequestModeUnicodeCore...)
		}
		b = append(b, ansi.ResetModeTextCursorEnable+ansi.SetModeBracketedPaste+
			ansi.SetModifyOtherKeys2+ansi.PushKittyKeyboard(1)+ansi.RequestKittyKeyboard...)
	}
	b = append(b, f.modes...)
	f.modes = ""
	if v.MouseMode != f.mouse {
		b = append(b, mouseModes(f.mouse, v.MouseMode)...)
		f.mouse = v.MouseMode
	}
	if v.WindowTitle != f.title {
		title, _ := appendSafe(make([]byte, 0, len(v.WindowTitle)), v.WindowTitle, false, len(v.WindowTitle), true)
		b = append(b, ansi.SetWindowTitle(string(title))...)
		f.title = v.WindowTitle
	}
	if f.repaint {
		f.repaint = false
		b = append(b, ansi.ResetStyle+ansi.CursorHomePosition+ansi.EraseEntireScreen...)
		f.rows = f.rows[:0]
	}
	if len(f.rows) != f.height {
		f.rows = append(f.rows[:0], make([]string, f.height)...)
	}
	content := v.Content
	for y := range f.height {
		row, rest, _ := strings.Cut(content, "\n")
		content = rest
		if row == f.rows[y] {
			continue
		}
		// What changed is erased to the end of the row, then written: a
		// row narrower than the screen (the reader's are as wide) leaves
		// nothing of the last frame. What the row shares with the last
		// frame up to a reset of the style, measurable at a glance, stays:
		// the list beside a reader that changed, the rule between them.
		from, col := sharedStart(f.rows[y], row)
		f.rows[y] = row
		if col >= f.width {
			continue // what changed is past the right margin: cut, unseen
		}
		b = append(b, ansi.ESC, '[')
		b = strconv.AppendInt(b, int64(y+1), 10)
		b = append(b, ';')
		b = strconv.AppendInt(b, int64(col+1), 10)
		b = append(b, 'H')
		b = append(b, ansi.ResetStyle+ansi.EraseLineRight...)
		// The erase blanked the row's end: blanks there need not be sent.
		var w int
		b, w = appendSafe(b, trimBlanks(row[from:]), true, f.width-col, f.clusters)
		b = append(b, ansi.ResetStyle...)
		if y == f.height-1 && col+w == f.width {
			// The last cell of the screen is drawn: the cursor waits
			// there to wrap, and anything printed next would scroll the
			// screen. A carriage return takes it back, as bubbletea's
			// renderer does after a cluster in that corner.
			b = append(b, '\r')
		}
	}
	switch {
	case len(b) == head: // nothing changed: nothing is sent
		b = b[:0]
	case f.sync:
		b = append(b, ansi.ResetModeSynchronizedOutput...)
	}
	f.buf = b
	return b
}

// trimBlanks is row without the spaces it ends in, when they are drawn in
// the terminal's default style: after a full style reset, or in a row with
// no style at all. Such spaces look as the erase before the row left the
// cells; styled ones (a background colour) are kept.
func trimBlanks(row string) string {
	end := len(row)
	for end > 0 && row[end-1] == ' ' {
		end--
	}
	if end == len(row) {
		return row
	}
	if i := strings.LastIndexByte(row[:end], ansi.ESC); i >= 0 &&
		!strings.HasPrefix(row[i:], ansi.ResetStyle) && !strings.HasPrefix(row[i:], "\x1b[0m") {
		return row
	}
	return row[:end]
}

// sharedStart is where to start writing row over old: the byte offset in
// row and the column it is drawn at. It is the end of the bytes they share
// up to the last style reset in them, when every character before it is
// one the measure below takes as one column wide, as the reader's layout
// does; else the start of the row.
func sharedStart(old, row string) (from, col int) {
	n := 0
	for n < len(old) && n < len(row) && old[n] == row[n] {
		n++
	}
	cut := strings.LastIndex(row[:n], ansi.ResetStyle)
	if cut <= 0 {
		return 0, 0
	}
	cut += len(ansi.ResetStyle)
	if w, ok := narrowWidth(row[:cut]); ok && (cut == len(row) || startsNarrow(row[cut:])) {
		return cut, w
	}
	return 0, 0
}

// narrowWidth is the width of s in columns when it holds only escape
// sequences that move nothing (SGR), printable ASCII and the marks the
// reader draws its chrome with, each one column as the reader lays them
// out; ok is false for anything else (wide, combining), which the caller
// then does not measure. A terminal set to draw East Asian ambiguous
// characters two columns wide draws some of these marks wide, and then the
// whole layout is off, not only this measure.
func narrowWidth(s string) (int, bool) {
	w := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ansi.ESC:
			j := i + 2
			if j > len(s) || s[i+1] != '[' {
				return 0, false
			}
			for j < len(s) && s[j] >= '0' && s[j] <= '?' {
				j++
			}
			if j >= len(s) || s[j] != 'm' {
				return 0, false
			}
			i = j + 1
		case c >= 0x20 && c < 0x7f:
			w++
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !narrowMark(r) {
				return 0, false
			}
			w++
			i += size
		}
	}
	return w, true
}

// startsNarrow reports whether s starts with a character narrowWidth
// measures or an escape sequence: not with a mark that would join the
// character before the cut.
func startsNarrow(s string) bool {
	if s[0] < 0x80 {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return narrowMark(r)
}

// narrowMark reports whether r is one of the reader's marks (the list's
// bar and dots, the rule, dashes, ellipsis, bars and arrows), which the
// reader lays out one column wide, as bubbletea's renderer took them.
func narrowMark(r rune) bool {
	switch {
	case r == '·', r == '–', r == '—', r == '•', r == '…', r == '★', r == '☆', r == '●', r == '▶', r == '▸':
		return true
	case r >= '←' && r <= '↓', r == '≤', r == '≥':
		return true
	case r >= '─' && r <= '╿': // box drawing
		return true
	case r >= '▀' && r <= '▟': // block elements
		return true
	}
	return false
}

// askModes reports whether a terminal may be asked about modes (DECRQM),
// by bubbletea's rule (shouldQuerySynchronizedOutput) on what the server
// keeps of the client's environment: not Apple's Terminal, which does not
// know the question and prints part of it, when TERM_PROGRAM names it
// (which OpenSSH sends only when told to: SendEnv), unless TERM names a
// terminal known to answer. (bubbletea also reads SSH_TTY and WT_SESSION,
// which the server does not keep.)
func askModes(environ []string, term string) bool {
	for _, known := range []string{"ghostty", "wezterm", "alacritty", "kitty", "rio"} {
		if strings.Contains(term, known) {
			return true
		}
	}
	for _, kv := range environ {
		if program, ok := strings.CutPrefix(kv, "TERM_PROGRAM="); ok && strings.Contains(program, "Apple") {
			return false
		}
	}
	return true
}

// mouseModes switches the mouse from one mode to another, as bubbletea does.
func mouseModes(from, to tea.MouseMode) string {
	var s string
	if from != tea.MouseModeNone {
		s += ansi.ResetModeMouseButtonEvent + ansi.ResetModeMouseAnyEvent + ansi.ResetModeMouseExtSgr
	}
	switch to {
	case tea.MouseModeCellMotion:
		s += ansi.SetModeMouseButtonEvent + ansi.SetModeMouseExtSgr
	case tea.MouseModeAllMotion:
		s += ansi.SetModeMouseAnyEvent + ansi.SetModeMouseExtSgr
	}
	return s
}

// close stops drawing and gives the client its terminal back as it was.
func (f *frames) close() {
	f.mu.Lock()
	if f.closed {
		f.mu.Unlock()
		return
	}
	f.closed = true
	close(f.wake)
	started, mouse, title, height, core := f.started, f.mouse, f.title, f.height, f.core
	f.mu.Unlock()
	<-f.finished
	if !started {
		return
	}
	restore := ansi.ResetModifyOtherKeys + ansi.PopKittyKeyboard(1) + ansi.ResetStyle +
		ansi.CursorPosition(1, max(height, 1)) + ansi.ResetModeAltScreenSaveCursor + ansi.SetModeTextCursorEnable +
		ansi.ResetModeBracketedPaste + mouseModes(mouse, tea.MouseModeNone)
	if title != "" {
		restore += ansi.SetWindowTitle("")
	}
	if core {
		restore += ansi.ResetModeUnicodeCore
	}
	f.wmu.Lock()
	defer f.wmu.Unlock()
	_, _ = io.WriteString(f.out, restore) //nolint:errcheck // best effort: the client may be gone
}
