package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Smallest terminal the reader draws in; below it shows a message.
const (
	minWidth  = 60
	minHeight = 16
	// wideWidth and mediumWidth are where the three- and two-column layouts start.
	wideWidth   = 140
	mediumWidth = 100
	// minListWidth and maxListWidth bound the story list in the wide
	// layout (at most a reading line: past it, a title takes two lines);
	// readerMeasure is the reader width it keeps before the list grows
	// past its minimum, and readerMax the widest the reader uses (its
	// text wraps at 110 columns).
	minListWidth, maxListWidth, readerMeasure, readerMax = 38, 100, 80, 111
	// chromeHeight is the status line and the help line.
	chromeHeight = 2
)

// layoutMode is how many columns the screen has room for.
type layoutMode int

const (
	layoutTooSmall layoutMode = iota
	layoutNarrow              // one pane at a time
	layoutMedium              // list (or panels) beside the reader
	layoutWide                // list, reader, panels
)

func (l layoutMode) String() string {
	return [...]string{"too small", "narrow", "medium", "wide"}[l]
}

// rect is a region of the screen, in cells.
type rect struct{ X, Y, W, H int }

func (r rect) contains(x, y int) bool {
	return r.W > 0 && r.H > 0 && x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

// layout is where every pane goes for one terminal size and focus. A pane
// with a zero rect is hidden.
type layout struct {
	Mode                            layoutMode
	Width, Height                   int
	List, Reader, Figures, Timeline rect
	Status                          rect
}

// computeLayout places the panes. In the narrow layout only the focused
// pane shows; in the medium one the panels replace the list while side is
// set.
// listWant is the width the story list would like (its longest title and
// a badge); in the wide layout it gets it once the reader has its reading
// width.
func computeLayout(w, h int, focus paneID, side bool, listWant int) layout {
	l := layout{Width: w, Height: h}
	if w < minWidth || h < minHeight {
		l.Mode = layoutTooSmall
		return l
	}
	bodyH := h - chromeHeight
	l.Status = rect{0, bodyH, w, chromeHeight}
	switch {
	case w >= wideWidth:
		l.Mode = layoutWide
		sideW := clamp(w*25/100, 34, 56)
		// The reader keeps a comfortable measure; the list takes what its
		// titles need of the rest, up to maxListWidth; what the reader
		// cannot use goes to the panels.
		listW := clamp(listWant, minListWidth, max(minListWidth, min(maxListWidth, w-sideW-2-readerMeasure)))
		readerW := w - listW - sideW - 2
		if readerW > readerMax {
			sideW += readerW - readerMax
			readerW = readerMax
		}
		l.List = rect{0, 0, listW, bodyH}
		l.Reader = rect{listW + 1, 0, readerW, bodyH}
		l.Figures, l.Timeline = splitSide(rect{listW + readerW + 2, 0, sideW, bodyH})
	case w >= mediumWidth:
		l.Mode = layoutMedium
		leftW := clamp(w*38/100, 38, 50)
		left := rect{0, 0, leftW, bodyH}
		l.Reader = rect{leftW + 1, 0, w - leftW - 1, bodyH}
		if side || isPanel(focus) {
			l.Figures, l.Timeline = splitSide(left)
		} else {
			l.List = left
		}
	default:
		l.Mode = layoutNarrow
		if r := l.slot(focus); r != nil {
			*r = rect{0, 0, w, bodyH}
		}
	}
	return l
}

// slot is where the layout keeps the rect of column pane id, nil for a
// pane it does not place.
func (l *layout) slot(id paneID) *rect {
	switch id {
	case listID:
		return &l.List
	case readerID:
		return &l.Reader
	case figuresID:
		return &l.Figures
	case timelineID:
		return &l.Timeline
	}
	return nil
}

// rectOf is where column pane id goes; a zero rect when it is hidden.
func (l layout) rectOf(id paneID) rect {
	if r := l.slot(id); r != nil {
		return *r
	}
	return rect{}
}

// isPanel reports whether id is one of the side panels, which replace the
// list in the medium layout while one has focus.
func isPanel(id paneID) bool { return id == figuresID || id == timelineID }

// splitSide puts the figures above the timeline.
func splitSide(r rect) (figures, timeline rect) {
	top := r.H * 45 / 100
	top = clamp(top, min(6, r.H/2), r.H-4)
	return rect{r.X, r.Y, r.W, top}, rect{r.X, r.Y + top, r.W, r.H - top}
}

func clamp(v, lo, hi int) int {
	if hi < lo {
		hi = lo
	}
	return max(lo, min(v, hi))
}

// fitLine makes a styled line exactly w cells wide, cutting or padding it.
func fitLine(s string, w int) string {
	sw := ansi.StringWidth(s)
	switch {
	case sw == w:
		return s
	case sw > w:
		s = ansi.Truncate(s, w, "")
		if sw = ansi.StringWidth(s); sw == w {
			return s
		}
	}
	return s + strings.Repeat(" ", w-sw)
}

// block collects the lines of a pane, each exactly w cells wide, up to h
// lines. Lines whose width is known skip measuring, which is most of the
// cost of drawing a frame.
type block struct {
	w, h  int
	lines []string
	blank string
}

func newBlock(w, h int) *block {
	return &block{w: w, h: h, lines: make([]string, 0, h), blank: strings.Repeat(" ", max(w, 0))}
}

// add fits a line of unknown width.
func (b *block) add(s string) {
	if len(b.lines) < b.h {
		b.lines = append(b.lines, fitLine(s, b.w))
	}
}

// addWidth adds a line whose width is known.
func (b *block) addWidth(s string, width int) {
	if len(b.lines) >= b.h {
		return
	}
	switch {
	case width == b.w:
	case width < b.w:
		s += b.blank[:b.w-width]
	default:
		s = fitLine(s, b.w)
	}
	b.lines = append(b.lines, s)
}

// addFitted adds a line already w cells wide.
func (b *block) addFitted(s string) {
	if len(b.lines) < b.h {
		b.lines = append(b.lines, s)
	}
}

// full reports whether the block has all its lines.
func (b *block) full() bool { return len(b.lines) >= b.h }

// padTo fills with blank lines up to n lines.
func (b *block) padTo(n int) {
	for len(b.lines) < min(n, b.h) {
		b.lines = append(b.lines, b.blank)
	}
}

// done fills the block with blank lines and returns it.
func (b *block) done() []string {
	b.padTo(b.h)
	return b.lines
}

// canvas assembles pane blocks into the screen, row by row; blocks are
// already fitted to their rects.
type canvas struct {
	w, h int
	rows [][]cell
}

// cell is one block's slice of a screen row.
type cell struct {
	x, w int
	text string
}

// canvasCells is room for the blocks of a row most screens have (list,
// reader, panels), so that a frame makes one array of them.
const canvasCells = 4

func newCanvas(w, h int) *canvas {
	cells := make([]cell, h*canvasCells)
	rows := make([][]cell, h)
	for y := range rows {
		rows[y] = cells[y*canvasCells : y*canvasCells : (y+1)*canvasCells]
	}
	return &canvas{w: w, h: h, rows: rows}
}

// put places a fitted block at r.
func (c *canvas) put(r rect, lines []string) {
	for i := 0; i < r.H && r.Y+i < c.h; i++ {
		if i < len(lines) {
			c.rows[r.Y+i] = append(c.rows[r.Y+i], cell{r.X, r.W, lines[i]})
		}
	}
}

// String writes the screen; gaps between blocks are spaces.
func (c *canvas) String() string {
	size := c.h
	for _, row := range c.rows {
		for _, cl := range row {
			size += len(cl.text) + 1
		}
	}
	var b strings.Builder
	b.Grow(size + c.w)
	for y, row := range c.rows {
		if y > 0 {
			b.WriteByte('\n')
		}
		sortCells(row)
		x := 0
		for _, cl := range row {
			if cl.x > x {
				b.WriteString(strings.Repeat(" ", cl.x-x))
				x = cl.x
			}
			b.WriteString(cl.text)
			x += cl.w
		}
		if x < c.w {
			b.WriteString(strings.Repeat(" ", c.w-x))
		}
	}
	return b.String()
}

func sortCells(row []cell) {
	for i := 1; i < len(row); i++ {
		for j := i; j > 0 && row[j].x < row[j-1].x; j-- {
			row[j], row[j-1] = row[j-1], row[j]
		}
	}
}
