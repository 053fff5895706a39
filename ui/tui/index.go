package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// textIndex finds passages of the Markdown source in the rendered text.
// glamour rewraps lines, drops Markdown syntax and adds margins, so both
// sides are reduced to their letters and digits, lower-cased; each byte of
// that flat text remembers the line and cell it came from.
type textIndex struct {
	flat string
	pos  []textPos
	// first and last are, per line, the cells where its indexed text
	// starts and ends (-1 when it has none), so that a highlight running
	// over several lines leaves margins and padding alone.
	first, last []int
}

type textPos struct {
	line, col, width int32
}

// textRange is a span of rendered text: from (Line, Col) to (EndLine,
// EndCol), the end exclusive, in cells.
type textRange struct {
	Line, Col, EndLine, EndCol int
}

func buildIndex(plain []string) textIndex {
	var b strings.Builder
	var pos []textPos
	first, last := make([]int, len(plain)), make([]int, len(plain))
	for i, line := range plain {
		col := 0
		first[i], last[i] = -1, -1
		for _, r := range line {
			w := runeCells(r)
			if isIndexed(r) {
				if first[i] < 0 {
					first[i] = col
				}
				last[i] = col + w
				r = unicode.ToLower(r)
				n := utf8.RuneLen(r)
				b.WriteRune(r)
				for range n {
					pos = append(pos, textPos{int32(i), int32(col), int32(w)})
				}
			}
			col += w
		}
	}
	return textIndex{flat: b.String(), pos: pos, first: first, last: last}
}

func isIndexed(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func runeCells(r rune) int {
	if r < 0x80 {
		return 1
	}
	return ansi.StringWidth(string(r))
}

// normalize reduces text the way the index does.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range s {
		if isIndexed(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// find locates text in the index between bytes from and to of the flat
// text; it returns the flat byte range.
func (x textIndex) find(text string, from, to int) (int, int, bool) {
	return x.findNormalized(normalize(text), from, to)
}

func (x textIndex) findNormalized(n string, from, to int) (int, int, bool) {
	to = min(to, len(x.flat))
	if n == "" || from >= to {
		return 0, 0, false
	}
	i := strings.Index(x.flat[from:to], n)
	if i < 0 {
		return 0, 0, false
	}
	return from + i, from + i + len(n), true
}

// rangeOf turns a flat byte range into a range of rendered cells.
func (x textIndex) rangeOf(start, end int) textRange {
	a, z := x.pos[start], x.pos[end-1]
	return textRange{int(a.line), int(a.col), int(z.line), int(z.col + z.width)}
}

// Bounds on locating a sentence, so that a jump costs a few scans of the
// document however long the sentence: the part of it looked for, the
// shortest opening still worth trying, and how many openings are tried.
const (
	maxNeedle     = 600
	minNeedle     = 24
	maxNeedleTrys = 8
)

// locate finds the sentence and the span (a figure or a date) in the
// rendered document. When the whole sentence is not found (Markdown the
// index cannot see through), it tries shorter openings of it, then the
// span alone.
func (x textIndex) locate(sentence, span string) (sent, sp textRange, ok bool) {
	needle := clipUTF8(normalize(sentence), maxNeedle)
	s0, s1, found := x.findNormalized(needle, 0, len(x.flat))
	for try := 0; !found && try < maxNeedleTrys && len(needle) > minNeedle; try++ {
		needle = clipUTF8(needle, max(len(needle)*3/4, minNeedle))
		s0, s1, found = x.findNormalized(needle, 0, len(x.flat))
	}
	nspan := normalize(span)
	if found {
		// The span lies in the sentence, which may run past the opening found.
		end := s0 + len(normalize(sentence)) + len(nspan)
		if a, z, ok := x.findNormalized(nspan, s0, end); ok {
			if z > s1 {
				s1 = min(z, len(x.flat))
			}
			return x.rangeOf(s0, s1), x.rangeOf(a, z), true
		}
		r := x.rangeOf(s0, s1)
		return r, r, true
	}
	if a, z, ok := x.findNormalized(nspan, 0, len(x.flat)); ok {
		r := x.rangeOf(a, z)
		return r, r, true
	}
	return textRange{}, textRange{}, false
}

// clipUTF8 cuts s to at most n bytes without splitting a character.
func clipUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
