package tui

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
)

// readerPane shows one briefing: a header with its metadata, then the
// body as glamour rendered it, scrolled like less.
type readerPane struct {
	keys   readerKeys
	styles *Styles

	briefing *briefing.Briefing
	doc      *document // nil while rendering
	header   []string
	lines    []string // header then body
	plain    []string
	widths   []int
	offset   int

	search    *textinput.Model // by pointer: it is large, and models are copied on every key
	searching bool             // the search input has the keyboard
	query     string
	matches   []searchMatch
	current   int // index into matches, -1 before n

	// highlight marks the sentence and span of the last jump.
	highlight map[int][]lipgloss.Range

	focused bool
	width   int
	height  int
}

// searchMatch is one hit of the search, in rendered cells.
type searchMatch struct{ line, col, end int }

func newReaderPane(styles *Styles) readerPane {
	ti := textinput.New()
	ti.Prompt = "/"
	ti.Placeholder = "search this briefing"
	ti.CharLimit = 200
	ti.SetStyles(inputStyles(styles.IsDark))
	return readerPane{keys: newReaderKeys(), styles: styles, search: &ti, current: -1}
}

// wrapWidth is the width glamour wraps the body to.
func (r readerPane) wrapWidth() int { return clamp(r.width-1, 20, 110) }

// bodyHeight is the lines of text on screen.
func (r readerPane) bodyHeight() int {
	h := r.height - 1
	if r.searching || r.query != "" {
		h--
	}
	return max(h, 1)
}

func (r *readerPane) setSize(w, h int) {
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
	r.offset = 0
	r.highlight = nil
	r.matches, r.current = nil, -1
	if d != nil {
		r.setDoc(d, pos)
		return
	}
	r.rebuild()
}

// setDoc installs the rendered body and puts the reader at pos (0..1).
func (r *readerPane) setDoc(d *document, pos float64) {
	r.doc = d
	r.highlight = nil
	r.rebuild()
	r.offset = int(pos*float64(len(r.lines)) + 0.5)
	r.clampOffset()
	r.findMatches()
}

// rebuild lays out the header and body lines for the current width.
func (r *readerPane) rebuild() {
	r.header = r.buildHeader()
	r.lines, r.plain, r.widths = r.lines[:0], r.plain[:0], r.widths[:0]
	add := func(line string) {
		plain := ansi.Strip(line)
		r.lines = append(r.lines, line)
		r.plain = append(r.plain, plain)
		r.widths = append(r.widths, ansi.StringWidth(plain))
	}
	for _, l := range r.header {
		add(l)
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
func (r readerPane) bodyStart() int { return len(r.lines) - r.docLen() }

func (r readerPane) docLen() int {
	if r.doc == nil || r.doc.Err != nil {
		return 0
	}
	return len(r.doc.Lines)
}

func (r readerPane) buildHeader() []string {
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

func (r *readerPane) clampOffset() {
	r.offset = clamp(r.offset, 0, max(len(r.lines)-r.bodyHeight(), 0))
}

// position is where the reader is, as the fraction of the document above
// the top of the screen (what the state file keeps).
func (r readerPane) position() float64 {
	if len(r.lines) == 0 {
		return 0
	}
	return float64(r.offset) / float64(len(r.lines))
}

// progress is how much of the document has been on screen, in percent.
func (r readerPane) progress() int {
	if len(r.lines) == 0 {
		return 0
	}
	return min(100, (r.offset+r.bodyHeight())*100/len(r.lines))
}

func (r *readerPane) scroll(n int) {
	r.offset += n
	r.clampOffset()
}

// Update handles the reader's keys; the root calls it only when the reader
// has focus.
func (r readerPane) Update(msg tea.Msg) (readerPane, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok || !r.focused {
		return r, nil
	}
	if r.searching {
		return r.updateSearch(km)
	}
	h := r.bodyHeight()
	switch {
	case key.Matches(km, r.keys.Down):
		r.scroll(1)
	case key.Matches(km, r.keys.Up):
		r.scroll(-1)
	case key.Matches(km, r.keys.Top):
		r.offset = 0
	case key.Matches(km, r.keys.Bottom):
		r.offset = len(r.lines)
		r.clampOffset()
	case key.Matches(km, r.keys.HalfDown):
		r.scroll(max(h/2, 1))
	case key.Matches(km, r.keys.HalfUp):
		r.scroll(-max(h/2, 1))
	case key.Matches(km, r.keys.PageDown):
		r.scroll(max(h-1, 1))
	case key.Matches(km, r.keys.PageUp):
		r.scroll(-max(h-1, 1))
	case key.Matches(km, r.keys.Search):
		r.searching = true
		r.search.SetValue("")
		return r, r.search.Focus()
	case key.Matches(km, r.keys.NextMatch):
		r.gotoMatch(r.current + 1)
	case key.Matches(km, r.keys.PrevMatch):
		r.gotoMatch(r.current - 1)
	}
	return r, nil
}

// hasSearch reports whether esc should clear a search rather than leave.
func (r readerPane) hasSearch() bool { return r.query != "" || r.highlight != nil }

func (r *readerPane) clearSearch() {
	r.query = ""
	r.matches, r.current = nil, -1
	r.highlight = nil
	r.search.SetValue("")
	r.clampOffset()
}

// updateSearch feeds a key to the search input; matches follow as it is typed.
func (r readerPane) updateSearch(msg tea.Msg) (readerPane, tea.Cmd) {
	km, isKey := msg.(tea.KeyPressMsg)
	switch {
	case !isKey:
	case key.Matches(km, r.keys.AcceptSearch):
		r.searching = false
		r.search.Blur()
		if r.query == "" {
			r.clampOffset()
		}
		return r, nil
	case key.Matches(km, r.keys.CancelSearch):
		r.searching = false
		r.search.Blur()
		r.clearSearch()
		return r, nil
	}
	var cmd tea.Cmd
	*r.search, cmd = r.search.Update(msg)
	if v := r.search.Value(); v != r.query {
		r.query = v
		r.findMatches()
		r.gotoFirstMatchFrom(r.offset)
	}
	return r, cmd
}

// paste gives pasted text to the search while it is being typed.
func (r readerPane) paste(msg tea.PasteMsg) (readerPane, tea.Cmd) {
	if !r.searching {
		return r, nil
	}
	return r.updateSearch(msg)
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

func (r *readerPane) gotoFirstMatchFrom(line int) {
	for i, m := range r.matches {
		if m.line >= line {
			r.gotoMatch(i)
			return
		}
	}
	r.gotoMatch(0)
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
func (r *readerPane) reveal(first, last int) {
	h := r.bodyHeight()
	if first >= r.offset && last < r.offset+h {
		return
	}
	r.offset = first - min(3, h/4)
	r.clampOffset()
}

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
// search line.
func (r readerPane) View() string { return strings.Join(r.viewLines(), "\n") }

// viewLines draws the reader as lines exactly as wide as the pane.
func (r readerPane) viewLines() []string {
	b := newBlock(r.width, r.height)
	b.add(r.titleBar())
	if r.briefing == nil {
		b.addFitted(b.blank)
		b.add(r.styles.Empty.Render("  No story selected."))
	}
	for i := r.offset; i < min(r.offset+r.bodyHeight(), len(r.lines)); i++ {
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
func (r readerPane) styledLine(i int) (line string, styled bool) {
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
func (r readerPane) matchRanges(i int, base []lipgloss.Range) []lipgloss.Range {
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

func (r readerPane) titleBar() string {
	title := " Reader"
	if r.briefing != nil {
		title += fmt.Sprintf(" · %d%%", r.progress())
	}
	return paneTitle(r.styles, title, r.focused, r.width)
}

func (r readerPane) searchLine() string {
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
