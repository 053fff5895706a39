package tui

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
)

// readerID is the reader's pane ID.
const readerID paneID = "reader"

// readerPane shows one briefing: a header with its metadata, then the
// body as glamour rendered it, scrolled like less.
type readerPane struct {
	keys   readerKeys
	styles *Styles

	briefing *briefing.Briefing
	doc      *document // nil while rendering
	header   readerHeader
	headers  recent[headerKey, readerHeader] // of the stories shown last
	lines    []string                        // header then body
	plain    []string
	widths   []int
	scroll   scroller // over lines

	search    *textinput.Model // by pointer: it is large, and models are copied on every key
	searching bool             // the search input has the keyboard
	query     string
	matches   []searchMatch
	current   int // index into matches, -1 before n
	origin    int // the first line on screen when the search was opened

	// highlight marks the sentence and span of the last jump.
	highlight map[int][]lipgloss.Range

	focused bool
	width   int
	height  int
}

// searchMatch is one hit of the search, in rendered cells.
type searchMatch struct{ line, col, end int }

func newReaderPane(styles *Styles) *readerPane {
	ti := textinput.New()
	ti.Prompt = "/"
	ti.Placeholder = "search this briefing"
	ti.CharLimit = 200
	ti.SetStyles(inputStyles(styles.IsDark))
	return &readerPane{keys: newReaderKeys(), styles: styles, search: &ti, current: -1}
}

// wrapWidth is the width glamour wraps the body to.
func (r *readerPane) wrapWidth() int { return clamp(r.width-1, 20, 110) }

// bodyHeight is the lines of text on screen.
func (r *readerPane) bodyHeight() int {
	h := r.height - 1
	if r.searching || r.query != "" {
		h--
	}
	return max(h, 1)
}

// SetSize gives the reader its size and lays its lines out again.
func (r *readerPane) SetSize(w, h int) {
	r.width, r.height = w, h
	r.search.SetWidth(max(w-4, 1))
	r.rebuild()
}

// show switches to a briefing, with its document when it is already
// rendered (at pos, 0..1), else until setDoc brings it.
func (r *readerPane) show(b *briefing.Briefing, d *document, pos float64) {
	if r.briefing != nil && b != nil && r.briefing.ID == b.ID {
		return
	}
	r.briefing, r.doc = b, nil
	r.scroll.offset = 0
	r.highlight = nil
	r.matches, r.current = nil, -1
	if d != nil {
		r.setDoc(d, pos)
		return
	}
	r.rebuild()
}

// rendered is the document on screen, nil while it renders.
func (r *readerPane) rendered() *document { return r.doc }

// shows reports whether the reader has story id's rendered document.
func (r *readerPane) shows(id string) bool { return r.doc != nil && r.doc.Key.ID == id }

// setDoc installs the rendered body and puts the reader at pos (0..1).
func (r *readerPane) setDoc(d *document, pos float64) {
	r.doc = d
	r.highlight = nil
	r.rebuild()
	r.scroll.offset = int(pos*float64(len(r.lines)) + 0.5)
	r.clampOffset()
	r.findMatches()
}

// readerHeader is a story's header as the reader draws it: its lines,
// without styles, and their widths.
type readerHeader struct {
	lines, plain []string
	widths       []int
}

// headerKey is what a header depends on: the story (a briefing is never
// changed in place), the width and the styles.
type headerKey struct {
	briefing *briefing.Briefing
	width    int
	styles   *Styles
}

// rebuild lays out the header and body lines for the current width.
func (r *readerPane) rebuild() {
	r.header = r.headerOf()
	r.lines = append(r.lines[:0], r.header.lines...)
	r.plain = append(r.plain[:0], r.header.plain...)
	r.widths = append(r.widths[:0], r.header.widths...)
	add := func(line string) {
		plain := ansi.Strip(line)
		r.lines = append(r.lines, line)
		r.plain = append(r.plain, plain)
		r.widths = append(r.widths, ansi.StringWidth(plain))
	}
	switch {
	case r.briefing == nil:
	case r.doc == nil:
		add(r.styles.Empty.Render("  Rendering…"))
	case r.doc.Err != nil:
		add(r.styles.Error.Render("  Cannot show this briefing: " + sanitize.Line(r.doc.Err.Error())))
	default:
		if r.doc.Note != "" {
			add(r.styles.Warning.Render("  " + r.doc.Note))
			add("")
		}
		r.lines = append(r.lines, r.doc.Lines...)
		r.plain = append(r.plain, r.doc.Plain...)
		r.widths = append(r.widths, r.doc.Width...)
	}
	r.clampOffset()
}

// bodyStart is the line where the rendered body starts.
func (r *readerPane) bodyStart() int { return len(r.lines) - r.docLen() }

func (r *readerPane) docLen() int {
	if r.doc == nil || r.doc.Err != nil {
		return 0
	}
	return len(r.doc.Lines)
}

// headerOf is the header of the story shown, laid out again only when the
// story, the width or the styles changed since it was last shown: the
// analyst moving back and forth between stories rebuilds none.
func (r *readerPane) headerOf() readerHeader {
	k := headerKey{r.briefing, r.width, r.styles}
	if h, ok := r.headers.get(k); ok {
		return h
	}
	h := readerHeader{lines: r.buildHeader()}
	h.plain, h.widths = make([]string, len(h.lines)), make([]int, len(h.lines))
	for i, l := range h.lines {
		h.plain[i] = ansi.Strip(l)
		h.widths[i] = ansi.StringWidth(h.plain[i])
	}
	r.headers.put(k, h)
	return h
}

func (r *readerPane) buildHeader() []string {
	b := r.briefing
	if b == nil || r.width < 10 {
		return nil
	}
	s := r.styles
	w := r.wrapWidth() - 2
	var out []string
	add := func(st lipgloss.Style, text string) {
		for _, l := range strings.Split(lipgloss.Wrap(text, w, " -"), "\n") {
			out = append(out, "  "+st.Render(l))
		}
	}
	add(s.HeaderTitle, b.Title)
	if b.Summary != "" {
		add(s.HeaderDek, b.Summary)
	}
	var meta []string
	for _, m := range []string{b.Source, formatDate(b.Published), b.Dateline, placeOf(b)} {
		if m != "" {
			meta = append(meta, m)
		}
	}
	add(s.HeaderMeta, strings.Join(meta, " · "))
	if b.URL != "" {
		add(s.Dim, b.URL)
	}
	out = append(out, "  "+s.Rule.Render(strings.Repeat("─", w)))
	return out
}

func (r *readerPane) clampOffset() { r.window().clamp() }

// window is the scroller, set to the lines that fit now.
func (r *readerPane) window() *scroller {
	r.scroll.setWindow(r.bodyHeight(), len(r.lines))
	return &r.scroll
}

// position is where the reader is, as the fraction of the document above
// the top of the screen (what the state file keeps).
func (r *readerPane) position() float64 {
	if len(r.lines) == 0 {
		return 0
	}
	return float64(r.scroll.offset) / float64(len(r.lines))
}

// spot is the story on screen and the first line shown, to tell whether the
// analyst moved in it.
type spot struct {
	id     string
	offset int
}

func (r *readerPane) spot() spot {
	if r.doc == nil {
		return spot{offset: r.scroll.offset}
	}
	return spot{r.doc.Key.ID, r.scroll.offset}
}

// progress is the reading position: how far the top of the screen is
// between the start of the document (0%) and the last screenful (100%).
// ok is false when there is no position to give: nothing rendered, or a
// document that fits on the screen whole.
func (r *readerPane) progress() (percent int, ok bool) {
	if r.doc == nil {
		return 0, false
	}
	span := len(r.lines) - r.bodyHeight()
	if span <= 0 {
		return 0, false
	}
	return min(100, r.scroll.offset*100/span), true
}

// Scroll moves the text three lines a notch of the mouse wheel.
func (r *readerPane) Scroll(n int) { r.window().by(3 * n) }

// SetFocused gives the reader the keyboard, or takes it away.
func (r *readerPane) SetFocused(focused bool) { r.focused = focused }

// Capturing reports whether the search is being typed.
func (r *readerPane) Capturing() bool { return r.searching }

// Keys are the reader's keys, or the search's while it is being typed.
func (r *readerPane) Keys() help.KeyMap {
	if r.searching {
		return inputKeys{Accept: r.keys.AcceptSearch, Cancel: r.keys.CancelSearch}
	}
	return r.keys
}

// KeySection is the reader's part of the key reference.
func (r *readerPane) KeySection() section {
	k := r.keys
	return section{"Reader", keyGroups{{k.Search, k.NextMatch}, {k.PrevMatch, k.ClearSearch}}}
}

// Update handles the reader's keys while it has focus, pastes into the
// search, and what the root routes to it: the story and the styles.
func (r *readerPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if !r.focused {
			return nil
		}
		if r.searching {
			return r.updateSearch(msg)
		}
		return r.handleKey(msg)
	case tea.PasteMsg:
		if r.searching {
			return r.updateSearch(msg)
		}
	case storyMsg:
		r.show(msg.briefing, msg.doc, msg.position)
	case stylesMsg:
		r.styles = msg.styles
		r.search.SetStyles(inputStyles(msg.styles.IsDark))
	}
	return nil
}

func (r *readerPane) handleKey(km tea.KeyPressMsg) tea.Cmd {
	h := r.bodyHeight()
	w := r.window()
	switch {
	case key.Matches(km, r.keys.Down):
		w.by(1)
	case key.Matches(km, r.keys.Up):
		w.by(-1)
	case key.Matches(km, r.keys.Top):
		w.toTop()
	case key.Matches(km, r.keys.Bottom):
		w.toBottom()
	case key.Matches(km, r.keys.HalfDown):
		w.by(max(h/2, 1))
	case key.Matches(km, r.keys.HalfUp):
		w.by(-max(h/2, 1))
	case key.Matches(km, r.keys.PageDown):
		w.by(max(h-1, 1))
	case key.Matches(km, r.keys.PageUp):
		w.by(-max(h-1, 1))
	case key.Matches(km, r.keys.Search):
		r.searching = true
		r.origin = r.scroll.offset
		r.search.SetValue("")
		return r.search.Focus()
	case key.Matches(km, r.keys.NextMatch):
		return r.stepMatch(1)
	case key.Matches(km, r.keys.PrevMatch):
		return r.stepMatch(-1)
	case key.Matches(km, r.keys.ClearSearch):
		if !r.hasSearch() {
			return ask(focusMsg{listID}) // esc with nothing to clear goes back
		}
		r.clearSearch()
	}
	return nil
}

// hasSearch reports whether esc should clear a search rather than leave.
func (r *readerPane) hasSearch() bool { return r.query != "" || r.highlight != nil }

func (r *readerPane) clearSearch() {
	r.query = ""
	r.matches, r.current = nil, -1
	r.highlight = nil
	r.search.SetValue("")
	r.clampOffset()
}

// updateSearch feeds a key to the search input; matches follow as it is typed.
func (r *readerPane) updateSearch(msg tea.Msg) tea.Cmd {
	km, isKey := msg.(tea.KeyPressMsg)
	switch {
	case !isKey:
	case key.Matches(km, r.keys.AcceptSearch):
		r.searching = false
		r.search.Blur()
		if r.query == "" {
			r.clampOffset()
		}
		return nil
	case key.Matches(km, r.keys.CancelSearch):
		r.searching = false
		r.search.Blur()
		r.clearSearch()
		r.scroll.offset = r.origin // back where the search started
		r.clampOffset()
		return nil
	}
	var cmd tea.Cmd
	*r.search, cmd = r.search.Update(msg)
	if v := r.search.Value(); v != r.query {
		r.query = v
		r.findMatches()
		cmd = tea.Batch(cmd, r.searchFromOrigin())
	}
	return cmd
}

// Notices of a search that went past the end of the briefing, as less and
// vim give them.
const (
	wrappedToTop    = "Search wrapped to the top"
	wrappedToBottom = "Search wrapped to the bottom"
)

// searchFromOrigin shows the first match at or below the line that was on
// top when the search opened, wrapping to the top (with a notice) when
// there is none below; with no match at all the reader goes back there.
func (r *readerPane) searchFromOrigin() tea.Cmd {
	r.current = -1
	if len(r.matches) == 0 {
		r.scroll.offset = r.origin
		r.clampOffset()
		return nil
	}
	for i, m := range r.matches {
		if m.line >= r.origin {
			r.gotoMatch(i)
			return nil
		}
	}
	r.gotoMatch(0)
	return ask(noticeMsg{text: wrappedToTop})
}

// stepMatch is n (delta 1) and N (-1): the next or previous match, wrapping
// round the briefing with a notice.
func (r *readerPane) stepMatch(delta int) tea.Cmd {
	if len(r.matches) == 0 {
		return nil
	}
	next := r.current + delta
	if r.current < 0 && delta < 0 {
		next = len(r.matches) - 1
	}
	r.gotoMatch(next)
	switch {
	case next >= len(r.matches):
		return ask(noticeMsg{text: wrappedToTop})
	case next < 0:
		return ask(noticeMsg{text: wrappedToBottom})
	}
	return nil
}

// findMatches finds the query in the rendered text, case-insensitively.
func (r *readerPane) findMatches() {
	r.matches, r.current = r.matches[:0], -1
	q := strings.ToLower(strings.TrimSpace(r.query))
	if q == "" {
		return
	}
	for i, line := range r.plain {
		low := strings.ToLower(line)
		if len(low) != len(line) {
			continue // lower-casing changed the byte length: skip rather than mis-highlight
		}
		for off := 0; ; {
			j := strings.Index(low[off:], q)
			if j < 0 {
				break
			}
			j += off
			col := ansi.StringWidth(line[:j])
			r.matches = append(r.matches, searchMatch{i, col, col + ansi.StringWidth(line[j:j+len(q)])})
			off = j + len(q)
		}
	}
}

func (r *readerPane) gotoMatch(i int) {
	if len(r.matches) == 0 {
		return
	}
	r.current = (i%len(r.matches) + len(r.matches)) % len(r.matches)
	r.reveal(r.matches[r.current].line, r.matches[r.current].line)
}

// reveal scrolls so that lines first..last are on screen, a little below
// the top, moving as little as it can.
func (r *readerPane) reveal(first, last int) { r.window().revealBelowTop(first, last, 3) }

// jumpTo scrolls to a sentence of the body and highlights it, with the
// span (the figure or date) in it; it reports whether the sentence was
// found in the rendered text.
func (r *readerPane) jumpTo(sentence, span string) bool {
	if r.doc == nil || r.doc.Err != nil {
		return false
	}
	sent, sp, ok := r.doc.Index.locate(sentence, span)
	if !ok {
		return false
	}
	base := r.bodyStart()
	r.highlight = map[int][]lipgloss.Range{}
	idx := r.doc.Index
	for line := sent.Line; line <= sent.EndLine; line++ {
		from, to := idx.first[line], idx.last[line]
		if line == sent.Line {
			from = sent.Col
		}
		if line == sent.EndLine {
			to = sent.EndCol
		}
		if from < 0 || to <= from {
			continue // a blank line inside the sentence's span
		}
		r.highlight[base+line] = splitRange(from, to, line, sp, r.styles)
	}
	r.reveal(base+sent.Line, base+sent.EndLine)
	return true
}

// splitRange cuts the sentence's cells on one line into ranges styled as
// sentence or as span.
func splitRange(from, to, line int, sp textRange, s *Styles) []lipgloss.Range {
	spFrom, spTo := -1, -1
	if line >= sp.Line && line <= sp.EndLine {
		spFrom, spTo = 0, to
		if line == sp.Line {
			spFrom = sp.Col
		}
		if line == sp.EndLine {
			spTo = sp.EndCol
		}
		spFrom, spTo = max(spFrom, from), min(spTo, to)
	}
	if spFrom < 0 || spFrom >= spTo {
		return []lipgloss.Range{lipgloss.NewRange(from, to, s.Sentence)}
	}
	var out []lipgloss.Range
	if from < spFrom {
		out = append(out, lipgloss.NewRange(from, spFrom, s.Sentence))
	}
	out = append(out, lipgloss.NewRange(spFrom, spTo, s.Span))
	if spTo < to {
		out = append(out, lipgloss.NewRange(spTo, to, s.Sentence))
	}
	return out
}

// View draws the title bar, the visible lines with highlights, and the
// search line, as lines exactly as wide as the pane.
func (r *readerPane) View() []string {
	b := newBlock(r.width, r.height)
	b.add(r.titleBar())
	if r.briefing == nil {
		b.addFitted(b.blank)
		b.add(r.styles.Empty.Render("  No story selected."))
	}
	from, to := r.window().window()
	for i := from; i < to; i++ {
		if line, styled := r.styledLine(i); styled {
			b.add(line)
		} else {
			b.addWidth(line, r.widths[i])
		}
	}
	if r.searching || r.query != "" {
		b.padTo(r.height - 1)
		b.add(r.searchLine())
	}
	return b.done()
}

// styledLine is line i with its highlights; styled reports whether it
// has any (and so needs measuring again).
func (r *readerPane) styledLine(i int) (line string, styled bool) {
	var ranges []lipgloss.Range
	if hl, ok := r.highlight[i]; ok {
		ranges = hl
	}
	if len(r.matches) > 0 {
		ranges = r.matchRanges(i, ranges)
	}
	if len(ranges) == 0 {
		return r.lines[i], false
	}
	return lipgloss.StyleRanges(r.lines[i], ranges...), true
}

// matchRanges adds the search matches on line i; a match wins over the
// jump highlight where they overlap.
func (r *readerPane) matchRanges(i int, base []lipgloss.Range) []lipgloss.Range {
	var hits []lipgloss.Range
	// Matches are in line order: start at the first on line i.
	first := sort.Search(len(r.matches), func(k int) bool { return r.matches[k].line >= i })
	for k := first; k < len(r.matches) && r.matches[k].line == i; k++ {
		m := r.matches[k]
		st := r.styles.Match
		if k == r.current {
			st = r.styles.CurrentMatch
		}
		hits = append(hits, lipgloss.NewRange(m.col, m.end, st))
	}
	if len(hits) == 0 {
		return base
	}
	var out []lipgloss.Range
	for _, b := range base {
		overlaps := false
		for _, h := range hits {
			if h.Start < b.End && b.Start < h.End {
				overlaps = true
			}
		}
		if !overlaps {
			out = append(out, b)
		}
	}
	out = append(out, hits...)
	sortRanges(out)
	return out
}

func sortRanges(rs []lipgloss.Range) {
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j].Start < rs[j-1].Start; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
}

func (r *readerPane) titleBar() string {
	title := " Reader"
	// A story not yet scrolled shows no position until it is read.
	if p, ok := r.progress(); ok && (r.focused || r.scroll.offset > 0) {
		title += fmt.Sprintf(" · %d%%", p)
	}
	return paneTitle(r.styles, title, r.focused, r.width)
}

func (r *readerPane) searchLine() string {
	if r.searching {
		return r.search.View()
	}
	info := "no match"
	if n := len(r.matches); n > 0 {
		pos := "-"
		if r.current >= 0 {
			pos = strconv.Itoa(r.current + 1)
		}
		info = pos + "/" + strconv.Itoa(n) + " (n/N, esc clears)"
	}
	return r.styles.Dim.Render("/" + r.query + "  " + info)
}
