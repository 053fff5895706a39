package tui

// scroller is the scrolling window every pane shares: which of total lines
// (stories, rows) are on screen, height at a time, from offset. A pane sets
// the window before it moves it, since what fits can change with the pane's
// state (a filter or search line takes a row).
//
// bubbles' viewport does not fit here: the list and the panels scroll to
// follow a selection of several lines, and the reader draws highlights
// on the visible lines only, over lines whose widths it already knows —
// the viewport measures and pads every line of every frame, which would
// cost the reader most of its frame time.
type scroller struct {
	offset, height, total int
}

// setWindow sets how many lines show and how many there are, leaving the
// offset where it is.
func (s *scroller) setWindow(height, total int) { s.height, s.total = height, total }

// clamp keeps the window on the lines: no blank screen past the end.
func (s *scroller) clamp() { s.offset = clamp(s.offset, 0, max(s.total-s.height, 0)) }

// by scrolls n lines (down when n is positive).
func (s *scroller) by(n int) {
	s.offset += n
	s.clamp()
}

// toTop and toBottom scroll to the first and the last screenful.
func (s *scroller) toTop() { s.offset = 0 }

func (s *scroller) toBottom() {
	s.offset = s.total
	s.clamp()
}

// reveal scrolls as little as it can to show lines first..last (the last
// wins when they do not all fit).
func (s *scroller) reveal(first, last int) {
	if first < s.offset {
		s.offset = first
	}
	if last >= s.offset+s.height {
		s.offset = last - s.height + 1
	}
	s.clamp()
}

// revealBelowTop shows lines first..last when they are not all on screen,
// putting first a little below the top (margin lines, at most a quarter of
// the screen) so that it is read in context.
func (s *scroller) revealBelowTop(first, last, margin int) {
	if first >= s.offset && last < s.offset+s.height {
		return
	}
	s.offset = first - min(margin, s.height/4)
	s.clamp()
}

// window is the lines on screen, from (inclusive) to (exclusive).
func (s scroller) window() (from, to int) { return s.offset, min(s.offset+s.height, s.total) }
