package sshd

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// vt is a small terminal emulator for tests: it applies the output of a
// session to a grid of cells, so that a test can assert what the analyst
// would see rather than which escape sequences drew it. It understands
// what bubbletea's renderer emits: cursor movement, erasing, inserting and
// deleting characters and lines, scroll regions, repeat, tabs and the
// alternate screen. Colours and other attributes are ignored. It measures
// characters as grapheme clusters, as a terminal in mode 2027 does, unless
// method says otherwise (ansi.WcWidth: each code point's wcwidth, as most
// terminals count).
type vt struct {
	mu       sync.Mutex
	method   ansi.Method
	w, h     int
	cells    [][]string // "" is blank; a wide character's second cell is "\x00"
	x, y     int
	top, bot int // scroll region, inclusive
	savedX   int
	savedY   int
	autowrap bool
	insert   bool
	wrapNext bool   // the cursor passed the last column
	last     string // last printed grapheme, for REP
	pending  []byte
	p        *ansi.Parser
	frames   int // count of writes, to wait for new output
}

func newVT(w, h int) *vt {
	t := &vt{p: ansi.NewParser(), autowrap: true, method: ansi.GraphemeWidth}
	t.resize(w, h)
	return t
}

// resize changes the grid, keeping what fits.
func (t *vt) resize(w, h int) {
	cells := make([][]string, h)
	for y := range cells {
		cells[y] = make([]string, w)
		if y < len(t.cells) {
			copy(cells[y], t.cells[y])
		}
	}
	t.cells, t.w, t.h = cells, w, h
	t.top, t.bot = 0, h-1
	t.x, t.y = min(t.x, w-1), min(t.y, h-1)
}

// Resize is resize under the lock.
func (t *vt) Resize(w, h int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.resize(w, h)
}

// Write applies output to the screen.
func (t *vt) Write(b []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.frames++
	buf := append(t.pending, b...)
	for len(buf) > 0 {
		if buf[0] >= 0x80 && !utf8.FullRune(buf) {
			break
		}
		seq, width, n, state := t.method.DecodeSequence(buf, 0, t.p)
		if state != 0 {
			break // incomplete sequence: wait for the rest
		}
		t.apply(seq, width)
		buf = buf[n:]
	}
	t.pending = append([]byte(nil), buf...)
	return len(b), nil
}

// Text returns the screen, one line per row, trailing blanks trimmed.
func (t *vt) Text() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	var sb strings.Builder
	for y, row := range t.cells {
		var line strings.Builder
		for _, c := range row {
			switch c {
			case "":
				line.WriteByte(' ')
			case "\x00":
			default:
				line.WriteString(c)
			}
		}
		sb.WriteString(strings.TrimRight(line.String(), " "))
		if y < len(t.cells)-1 {
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// row returns one row of the screen (the caller holds no lock: it is
// called from Write's goroutine, after Write has released it).
func (t *vt) row(y int) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	if y < 0 || y >= len(t.cells) {
		return ""
	}
	var line strings.Builder
	for _, c := range t.cells[y] {
		switch c {
		case "":
			line.WriteByte(' ')
		case "\x00":
		default:
			line.WriteString(c)
		}
	}
	return line.String()
}

// Writes counts the writes so far.
func (t *vt) Writes() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.frames
}

func (t *vt) apply(seq []byte, width int) {
	switch {
	case width > 0:
		t.print(string(seq), width)
	case len(seq) == 1:
		t.control(seq[0])
	case len(seq) >= 2 && seq[0] == ansi.ESC && seq[1] == '[':
		t.csi()
	case len(seq) == 2 && seq[0] == ansi.ESC:
		t.esc(seq[1])
	}
}

func (t *vt) control(c byte) {
	t.wrapNext = false
	switch c {
	case '\r':
		t.x = 0
	case '\n', '\v', '\f':
		t.lineFeed()
	case '\b':
		t.x = max(t.x-1, 0)
	case '\t':
		t.x = min((t.x/8+1)*8, t.w-1)
	}
}

func (t *vt) esc(c byte) {
	t.wrapNext = false
	switch c {
	case 'M': // reverse index
		if t.y == t.top {
			t.scrollDown(1)
		} else {
			t.y = max(t.y-1, 0)
		}
	case 'D':
		t.lineFeed()
	case 'E':
		t.x = 0
		t.lineFeed()
	case '7':
		t.savedX, t.savedY = t.x, t.y
	case '8':
		t.x, t.y = t.savedX, t.savedY
	}
}

func (t *vt) param(i, def int) int {
	v, _ := t.p.Param(i, def)
	if v == 0 && def > 0 {
		return def
	}
	return v
}

func (t *vt) csi() {
	cmd := ansi.Cmd(t.p.Command())
	n := t.param(0, 1)
	if cmd.Final() != 'm' {
		t.wrapNext = false
	}
	if cmd.Prefix() == '?' {
		t.privateMode(cmd.Final())
		return
	}
	switch cmd.Final() {
	case 'H', 'f':
		t.y, t.x = clampInt(t.param(0, 1)-1, 0, t.h-1), clampInt(t.param(1, 1)-1, 0, t.w-1)
	case 'A':
		t.y = max(t.y-n, 0)
	case 'B', 'e':
		t.y = min(t.y+n, t.h-1)
	case 'C', 'a':
		t.x = min(t.x+n, t.w-1)
	case 'D':
		t.x = max(t.x-n, 0)
	case 'E':
		t.x, t.y = 0, min(t.y+n, t.h-1)
	case 'F':
		t.x, t.y = 0, max(t.y-n, 0)
	case 'G', '`':
		t.x = clampInt(n-1, 0, t.w-1)
	case 'd':
		t.y = clampInt(n-1, 0, t.h-1)
	case 'I':
		t.x = min((t.x/8+n)*8, t.w-1)
	case 'Z':
		t.x = max(((t.x+7)/8-n)*8, 0)
	case 'J':
		t.eraseDisplay(t.param(0, 0))
	case 'K':
		t.eraseLine(t.param(0, 0))
	case 'X':
		t.blank(t.y, t.x, min(t.x+n, t.w))
	case '@':
		t.insertChars(n)
	case 'P':
		t.deleteChars(n)
	case 'L':
		t.insertLines(n)
	case 'M':
		t.deleteLines(n)
	case 'S':
		t.scrollUp(n)
	case 'T':
		t.scrollDown(n)
	case 'r':
		top, bot := t.param(0, 1)-1, t.param(1, t.h)-1
		if top < bot && bot < t.h {
			t.top, t.bot = top, bot
		}
		t.x, t.y = 0, 0
	case 'b':
		for range n {
			if t.last != "" {
				t.print(t.last, ansi.StringWidth(t.last))
			}
		}
	case 'h', 'l':
		if t.param(0, 0) == 4 {
			t.insert = cmd.Final() == 'h'
		}
	}
}

func (t *vt) privateMode(final byte) {
	set := final == 'h'
	if final != 'h' && final != 'l' {
		return
	}
	switch t.param(0, 0) {
	case 7:
		t.autowrap = set
	case 47, 1047, 1049:
		t.eraseDisplay(2)
		t.x, t.y = 0, 0
	}
}

func (t *vt) print(g string, width int) {
	if t.wrapNext && t.autowrap {
		t.x = 0
		t.lineFeed()
	}
	t.wrapNext = false
	if t.x+width > t.w {
		if t.autowrap {
			t.x = 0
			t.lineFeed()
		} else {
			t.x = max(t.w-width, 0)
		}
	}
	if t.insert {
		t.insertChars(width)
	}
	row := t.cells[t.y]
	row[t.x] = g
	for i := 1; i < width && t.x+i < t.w; i++ {
		row[t.x+i] = "\x00"
	}
	t.last = g
	t.x += width
	if t.x >= t.w {
		t.x = t.w - 1
		t.wrapNext = true
	}
}

func (t *vt) lineFeed() {
	if t.y == t.bot {
		t.scrollUp(1)
		return
	}
	t.y = min(t.y+1, t.h-1)
}

func (t *vt) blank(y, from, to int) {
	for x := from; x < to; x++ {
		t.cells[y][x] = ""
	}
}

func (t *vt) eraseLine(mode int) {
	switch mode {
	case 0:
		t.blank(t.y, t.x, t.w)
	case 1:
		t.blank(t.y, 0, t.x+1)
	default:
		t.blank(t.y, 0, t.w)
	}
}

func (t *vt) eraseDisplay(mode int) {
	switch mode {
	case 0:
		t.eraseLine(0)
		for y := t.y + 1; y < t.h; y++ {
			t.blank(y, 0, t.w)
		}
	case 1:
		t.eraseLine(1)
		for y := 0; y < t.y; y++ {
			t.blank(y, 0, t.w)
		}
	default:
		for y := range t.h {
			t.blank(y, 0, t.w)
		}
	}
}

func (t *vt) insertChars(n int) {
	row := t.cells[t.y]
	n = min(n, t.w-t.x)
	copy(row[t.x+n:], row[t.x:t.w-n])
	t.blank(t.y, t.x, t.x+n)
}

func (t *vt) deleteChars(n int) {
	row := t.cells[t.y]
	n = min(n, t.w-t.x)
	copy(row[t.x:], row[t.x+n:])
	t.blank(t.y, t.w-n, t.w)
}

func (t *vt) insertLines(n int) {
	if t.y < t.top || t.y > t.bot {
		return
	}
	t.shiftDown(t.y, n)
	t.x = 0
}

func (t *vt) deleteLines(n int) {
	if t.y < t.top || t.y > t.bot {
		return
	}
	t.shiftUp(t.y, n)
	t.x = 0
}

func (t *vt) scrollUp(n int)   { t.shiftUp(t.top, n) }
func (t *vt) scrollDown(n int) { t.shiftDown(t.top, n) }

// shiftUp moves rows from..bot up by n, blanking at the bottom.
func (t *vt) shiftUp(from, n int) {
	for range min(n, t.bot-from+1) {
		row := t.cells[from]
		copy(t.cells[from:t.bot+1], t.cells[from+1:t.bot+1])
		t.cells[t.bot] = row
		for x := range row {
			row[x] = ""
		}
	}
}

// shiftDown moves rows from..bot down by n, blanking at the top.
func (t *vt) shiftDown(from, n int) {
	for range min(n, t.bot-from+1) {
		row := t.cells[t.bot]
		copy(t.cells[from+1:t.bot+1], t.cells[from:t.bot])
		t.cells[from] = row
		for x := range row {
			row[x] = ""
		}
	}
}

func clampInt(v, lo, hi int) int { return max(lo, min(v, hi)) }
