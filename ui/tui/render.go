package tui

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
	"sitrep/briefing/extract"
	"sitrep/briefing/sanitize"
)

// This file renders briefings off the Update path: commands take the
// library, the ID, the width and the style by value, and their results come
// back as messages the root model caches.

// renderTimeout bounds one glamour render: past it the reader shows the
// Markdown as plain wrapped text instead of waiting.
const renderTimeout = 5 * time.Second

// docKey names one rendering of a briefing.
type docKey struct {
	ID    string
	Width int
	Style string
}

// document is a briefing's body rendered for one width and style.
type document struct {
	Key   docKey
	Lines []string // rendered, with ANSI styles
	Plain []string // the same lines without styles
	Width []int    // the width of each line, in cells
	Index textIndex
	Err   error // why the body could not be read or rendered
	// Note says the render fell back to plain text, and why.
	Note string
}

// renderedMsg carries a rendered document back to the model.
type renderedMsg struct{ Doc *document }

// detailsMsg carries what the panels show for one briefing.
type detailsMsg struct {
	ID       string
	Body     string
	Figures  []extract.Figure
	Timeline []extract.TimelineEntry
	Err      error
}

// badgesMsg carries the list badges (leading key figure) of some briefings.
type badgesMsg struct{ Badges map[string]string }

// renderCmd renders one briefing's body in the background.
func renderCmd(lib *briefing.Library, key docKey) tea.Cmd {
	return func() tea.Msg {
		return renderedMsg{Doc: renderDocument(lib, key)}
	}
}

func renderDocument(lib *briefing.Library, key docKey) *document {
	doc := &document{Key: key}
	body, err := lib.Body(key.ID)
	if err != nil {
		doc.Err = err
		return doc
	}
	var out string
	if heavy, why := sanitize.TooHeavy(body); heavy {
		doc.Note = why
		out = plainWrap(body, key.Width)
	} else if out, err = renderMarkdown(body, key.Width, key.Style); err != nil {
		doc.Note = sanitize.Line(err.Error())
		out = plainWrap(body, key.Width)
	}
	doc.Lines = trimBlankLines(strings.Split(out, "\n"))
	doc.Plain = make([]string, len(doc.Lines))
	doc.Width = make([]int, len(doc.Lines))
	for i, l := range doc.Lines {
		doc.Plain[i] = ansi.Strip(l)
		doc.Width[i] = ansi.StringWidth(doc.Plain[i])
	}
	doc.Index = buildIndex(doc.Plain)
	return doc
}

// renderMarkdown runs glamour with a renderer of its own (they are not safe
// to share), giving up after renderTimeout.
func renderMarkdown(body string, width int, style string) (string, error) {
	type result struct {
		out string
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("glamour failed: %v", r)}
			}
		}()
		r, err := glamour.NewTermRenderer(glamourStyleOption(style), glamour.WithWordWrap(width))
		if err != nil {
			done <- result{err: fmt.Errorf("glamour style %q: %w", style, err)}
			return
		}
		out, err := r.Render(body)
		done <- result{out, err}
	}()
	timer := time.NewTimer(renderTimeout)
	defer timer.Stop()
	select {
	case res := <-done:
		return res.out, res.err
	case <-timer.C:
		return "", errors.New("rendering took too long: showing plain text")
	}
}

// glamourStyleOption picks a standard style by name, else a style file.
func glamourStyleOption(style string) glamour.TermRendererOption {
	switch style {
	case "dark", "light", "notty", "ascii", "dracula", "tokyo-night", "pink", "auto":
		if style == "auto" {
			style = "dark"
		}
		return glamour.WithStandardStyle(style)
	}
	return glamour.WithStylePath(style)
}

// plainWrap is the fallback when glamour cannot render: the Markdown as
// text, wrapped.
func plainWrap(body string, width int) string {
	return lipgloss.Wrap(body, max(width-2, 10), " -")
}

func trimBlankLines(lines []string) []string {
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[0])) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// detailsCmd loads a briefing's body, key figures and timeline.
func detailsCmd(lib *briefing.Library, id string) tea.Cmd {
	return func() tea.Msg {
		msg := detailsMsg{ID: id}
		msg.Body, msg.Err = lib.Body(id)
		if msg.Err != nil {
			return msg
		}
		msg.Figures, msg.Err = lib.KeyFigures(id)
		if msg.Err != nil {
			return msg
		}
		msg.Timeline, msg.Err = lib.Timeline(id)
		return msg
	}
}

// badgesCmd finds the leading key figure of each briefing.
func badgesCmd(lib *briefing.Library, ids []string) tea.Cmd {
	return func() tea.Msg {
		out := make(map[string]string, len(ids))
		for _, id := range ids {
			figs, err := lib.KeyFigures(id)
			if err != nil {
				out[id] = ""
				continue
			}
			if f, ok := leadingFigure(figs); ok {
				out[id] = figureBadge(f)
			} else {
				out[id] = ""
			}
		}
		return badgesMsg{Badges: out}
	}
}

// leadingFigure is the figure a briefing leads with: the first one of the
// most pressing category (casualties before displacement, and so on).
func leadingFigure(figs []extract.Figure) (extract.Figure, bool) {
	best, bestRank := extract.Figure{}, len(categoryOrder)+1
	for _, f := range figs {
		if r := categoryRank(f.Category); r < bestRank {
			best, bestRank = f, r
		}
	}
	return best, bestRank <= len(categoryOrder)
}

// docCache keeps the most recently used rendered documents.
type docCache struct {
	limit int
	order []docKey // most recent last
	docs  map[docKey]*document
}

func newDocCache(limit int) *docCache {
	return &docCache{limit: limit, docs: make(map[docKey]*document, limit)}
}

func (c *docCache) get(k docKey) (*document, bool) {
	d, ok := c.docs[k]
	if ok {
		c.touch(k)
	}
	return d, ok
}

func (c *docCache) put(d *document) {
	if _, ok := c.docs[d.Key]; !ok && len(c.order) >= c.limit {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.docs, oldest)
	}
	c.docs[d.Key] = d
	c.touch(d.Key)
}

func (c *docCache) touch(k docKey) {
	for i, o := range c.order {
		if o == k {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	c.order = append(c.order, k)
}

func (c *docCache) clear() {
	c.order = c.order[:0]
	clear(c.docs)
}

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
