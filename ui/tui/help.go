package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// overlay is what the panes that cover the others share: a titled page of
// lines that j/k and the paging keys scroll. The root opens an overlay with
// its key and closes it with esc, q or that key again.
type overlay struct {
	keys    moveKeys
	styles  *Styles
	scroll  scroller // over the lines under the title
	focused bool
	width   int
	height  int
}

func newOverlay(styles *Styles) overlay {
	return overlay{keys: newMoveKeys("scroll"), styles: styles}
}

// SetSize gives the overlay the screen above the status bar.
func (o *overlay) SetSize(w, h int) { o.width, o.height = w, h }

// SetFocused opens the overlay (true) or closes it, back at its top.
func (o *overlay) SetFocused(focused bool) {
	o.focused = focused
	if !focused {
		o.scroll.offset = 0
	}
}

// Capturing is false: an overlay has no text input.
func (o *overlay) Capturing() bool { return false }

// Keys are the keys that scroll the overlay.
func (o *overlay) Keys() help.KeyMap { return keyGroups{o.keys.column()} }

// window is the scroller, set to total lines under the title.
func (o *overlay) window(total int) *scroller {
	o.scroll.setWindow(o.height-1, total)
	return &o.scroll
}

// scrollKey scrolls a page of total lines with the moving keys (a page at
// a time for the paging keys; g and G go to the top and the bottom).
func (o *overlay) scrollKey(msg tea.KeyPressMsg, total int) {
	mv, w, page := o.keys, o.window(total), max(o.height-2, 1)
	switch {
	case key.Matches(msg, mv.Down):
		w.by(1)
	case key.Matches(msg, mv.Up):
		w.by(-1)
	case key.Matches(msg, mv.PageDown, mv.HalfDown):
		w.by(page)
	case key.Matches(msg, mv.PageUp, mv.HalfUp):
		w.by(-page)
	case key.Matches(msg, mv.Bottom):
		w.toBottom()
	case key.Matches(msg, mv.Top):
		w.toTop()
	}
}

// view shows lines under a title from the scroll offset down, saying j/k
// scroll when they do not fit.
func (o *overlay) view(name, closes string, lines []string) []string {
	b := newBlock(o.width, o.height)
	title := " " + name + "  (" + closes + ")"
	if len(lines) > o.height-1 {
		title = " " + name + "  (j/k scroll, " + closes + ")"
	}
	b.add(paneTitle(o.styles, title, true, o.width))
	for _, l := range lines[min(o.scroll.offset, len(lines)):] {
		b.add(l)
	}
	return b.done()
}

// helpID is the key reference's pane ID.
const helpID paneID = "help"

// helpPane is the full key reference (?). It is generated from the
// bindings, so it cannot drift from the keys the panes really handle.
type helpPane struct {
	overlay
	model    help.Model
	sections []section
	drawn    []string // lines as last laid out; nil when the size, keys or styles changed
}

func newHelpPane(styles *Styles) *helpPane {
	h := help.New()
	h.Styles = styles.Help
	return &helpPane{overlay: newOverlay(styles), model: h}
}

// SetSize gives the key reference the screen above the status bar. The
// help model keeps no width: lines lays the columns out to fit instead of
// letting it drop the ones that do not.
func (h *helpPane) SetSize(w, height int) {
	h.overlay.SetSize(w, height)
	h.drawn = nil
}

// Update scrolls the reference, and takes the sections and the styles
// the root sends.
func (h *helpPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if h.focused {
			h.scrollKey(msg, len(h.lines()))
		}
	case keyReferenceMsg:
		h.sections, h.drawn = msg.sections, nil
	case stylesMsg:
		h.styles, h.model.Styles = msg.styles, msg.styles.Help
		h.scroll.offset, h.drawn = 0, nil
	}
	return nil
}

// Scroll moves the reference by n lines (the mouse wheel).
func (h *helpPane) Scroll(n int) { h.window(len(h.lines())).by(n) }

// View lists every key, the global ones and each pane's.
func (h *helpPane) View() []string { return h.view("Keys", "esc or ? closes", h.lines()) }

// lines is the reference laid out at the pane's width: measuring its
// columns renders them several times, so it is drawn once for each size,
// set of keys and styles, not on every frame and scroll key.
func (h *helpPane) lines() []string {
	if h.drawn == nil {
		h.drawn = h.draw()
	}
	return h.drawn
}

func (h *helpPane) draw() []string {
	lines := []string{""}
	for _, s := range h.sections {
		lines = append(lines, "  "+h.styles.HeaderTitle.Render(s.title))
		for _, l := range h.sectionLines(s.keys.FullHelp(), h.width-2) {
			lines = append(lines, "  "+l)
		}
		lines = append(lines, "")
	}
	return append(lines, h.styles.Dim.Render("  With the mouse on, hold shift while dragging to select text."))
}

// sectionLines draws a section's columns in width cells, every key whole:
// side by side when they fit, closer together when that makes them fit
// (the global keys at 80 columns), else in as many rows as they need.
func (h *helpPane) sectionLines(cols [][]key.Binding, width int) []string {
	m := h.model
	rows := helpRows(m, cols, width)
	if len(rows) > 1 {
		m.FullSeparator = "  "
		rows = helpRows(m, cols, width)
	}
	var lines []string
	for i, row := range rows {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, strings.Split(m.FullHelpView(row), "\n")...)
	}
	return lines
}

// helpRows splits columns of keys into rows that fit in width cells as m
// draws them, in order.
func helpRows(m help.Model, cols [][]key.Binding, width int) [][][]key.Binding {
	sep := lipgloss.Width(m.FullSeparator)
	var rows [][][]key.Binding
	used := 0
	for _, c := range cols {
		w := lipgloss.Width(m.FullHelpView([][]key.Binding{c}))
		if w == 0 {
			continue // no key of it is enabled
		}
		if len(rows) > 0 && used+sep+w <= width {
			rows[len(rows)-1] = append(rows[len(rows)-1], c)
			used += sep + w
			continue
		}
		rows = append(rows, [][]key.Binding{c})
		used = w
	}
	return rows
}

// section is one titled group of key columns.
type section struct {
	title string
	keys  help.KeyMap
}

// keyGroups is a help.KeyMap over bindings grouped by hand into columns.
type keyGroups [][]key.Binding

// ShortHelp is every binding of the groups.
func (g keyGroups) ShortHelp() []key.Binding {
	var out []key.Binding
	for _, c := range g {
		out = append(out, c...)
	}
	return out
}

// FullHelp is the groups as columns.
func (g keyGroups) FullHelp() [][]key.Binding { return g }
