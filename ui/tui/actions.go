package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"sitrep/briefing"
	"sitrep/briefing/extract"
)

// handleKey routes a key press: text inputs first (so typed letters never
// trigger commands), then overlays, global keys, and the focused pane.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.ForceQuit) {
		return m.quit()
	}
	if m.layout.Mode == layoutTooSmall && !key.Matches(msg, m.keys.Quit) {
		return m, nil
	}
	if m.overlay != overlayNone {
		return m.handleOverlayKey(msg)
	}
	switch {
	case m.list.filtering:
		return m.routeToPane(msg)
	case m.reader.searching:
		return m.routeToPane(msg)
	}
	if model, cmd, ok := m.handleGlobalKey(msg); ok {
		return model, cmd
	}
	return m.routeToPane(msg)
}

// handleOverlayKey closes the help or problems view, or scrolls the help;
// other keys do nothing while it covers the panes.
func (m Model) handleOverlayKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	mv := m.list.keys.moveKeys
	page := max(m.help.height-2, 1)
	total := len(m.help.fullLines(m.helpSections()))
	if m.overlay == overlayProblems {
		total = len(m.help.problemLines(m.problems()))
	}
	switch {
	case key.Matches(msg, m.keys.Back, m.keys.Help, m.keys.Problems, m.keys.Quit):
		m.overlay = overlayNone
		m.help.offset = 0
	case key.Matches(msg, mv.Down):
		m.help.scroll(1, total)
	case key.Matches(msg, mv.Up):
		m.help.scroll(-1, total)
	case key.Matches(msg, mv.PageDown, mv.HalfDown, mv.Bottom):
		m.help.scroll(page, total)
	case key.Matches(msg, mv.PageUp, mv.HalfUp, mv.Top):
		m.help.scroll(-page, total)
	}
	return m, nil
}

// handleGlobalKey handles the keys that work from every pane; ok is false
// when the key is not one of them.
func (m Model) handleGlobalKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd, bool) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		model, cmd := m.quit()
		return model, cmd, true
	case key.Matches(msg, k.Help):
		m.overlay = overlayHelp
	case key.Matches(msg, k.Problems):
		m.overlay = overlayProblems
	case key.Matches(msg, k.NextStory):
		return m.withCmd(m.moveStory(1))
	case key.Matches(msg, k.PrevStory):
		return m.withCmd(m.moveStory(-1))
	case key.Matches(msg, k.NextPane):
		return m.withCmd(m.setFocus((m.focus + 1) % 4))
	case key.Matches(msg, k.PrevPane):
		return m.withCmd(m.setFocus((m.focus + 3) % 4))
	case key.Matches(msg, k.Figures):
		return m.withCmd(m.togglePanel(focusFigures))
	case key.Matches(msg, k.Timeline):
		return m.withCmd(m.togglePanel(focusTimeline))
	case key.Matches(msg, k.ToggleRead):
		return m.withCmd(m.toggleRead())
	case key.Matches(msg, k.Star):
		return m.withCmd(m.toggleStar())
	case key.Matches(msg, k.StarredOnly):
		return m.withCmd(m.toggleStarredOnly())
	case key.Matches(msg, k.Copy):
		return m.withCmd(m.copy())
	case key.Matches(msg, k.Reload):
		if m.opts.Load == nil {
			return m.withCmd(m.setStatus("This session cannot reload the library.", true))
		}
		return m.withCmd(tea.Batch(m.setStatus("Reloading…", false), reloadCmd(m.opts.Load)))
	case key.Matches(msg, k.Sync): // watch.go
		return m.withCmd(m.syncNow())
	case key.Matches(msg, k.Back):
		return m.back()
	default:
		return m, nil, false
	}
	return m, nil, true
}

func (m Model) withCmd(cmd tea.Cmd) (tea.Model, tea.Cmd, bool) { return m, cmd, true }

// back is esc: clear what the focused pane has (a filter, a search), else
// go back one pane.
func (m Model) back() (tea.Model, tea.Cmd, bool) {
	switch m.focus {
	case focusList:
		if m.list.query == "" {
			return m, nil, false
		}
		m.list.clearFilter()
		return m.withCmd(m.afterListMove())
	case focusReader:
		if m.reader.hasSearch() {
			m.reader.clearSearch()
			return m, nil, true
		}
		return m.withCmd(m.setFocus(focusList))
	default:
		return m.withCmd(m.setFocus(focusReader))
	}
}

// routeToPane gives a key to the focused pane, and handles what it
// means beyond the pane: opening a story, jumping to a sentence.
func (m Model) routeToPane(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.focus {
	case focusList:
		if !m.list.filtering && key.Matches(msg, m.list.keys.Open) {
			return m, m.setFocus(focusReader)
		}
		m.list, cmd = m.list.Update(msg)
		return m, tea.Batch(cmd, m.afterListMove())
	case focusReader:
		before := m.reader.offset
		m.reader, cmd = m.reader.Update(msg)
		if m.reader.offset != before && m.rememberPosition() {
			return m, tea.Batch(cmd, m.scheduleSave())
		}
		return m, cmd
	case focusFigures:
		if key.Matches(msg, m.figures.keys.Jump) {
			return m, m.jumpToFigure()
		}
		m.figures, cmd = m.figures.Update(msg)
	case focusTimeline:
		if key.Matches(msg, m.timeline.keys.Jump) {
			return m, m.jumpToEntry()
		}
		m.timeline, cmd = m.timeline.Update(msg)
	}
	return m, cmd
}

// afterListMove follows the list cursor: the reader and panels show the
// selected story, and what it needs is loaded.
func (m *Model) afterListMove() tea.Cmd {
	var cmds []tea.Cmd
	if m.syncCurrent() && m.focus == focusReader {
		cmds = append(cmds, m.markRead(m.current))
	}
	return tea.Batch(append(cmds, m.loadCurrent()...)...)
}

// moveStory is J/K: the next or previous story, keeping the focus.
func (m *Model) moveStory(delta int) tea.Cmd {
	before := m.list.cursor
	m.list.moveTo(m.list.cursor + delta)
	if m.list.cursor == before && len(m.list.visible) > 0 {
		if delta > 0 {
			return m.setStatus("This is the last story.", false)
		}
		return m.setStatus("This is the first story.", false)
	}
	return m.afterListMove()
}

// setFocus moves the focus; opening the reader marks its story read.
func (m *Model) setFocus(p paneID) tea.Cmd {
	if m.focus != p && m.focus != focusFigures && m.focus != focusTimeline {
		m.prevFocus = m.focus
	}
	m.focus = p
	m.list.focused = p == focusList
	m.reader.focused = p == focusReader
	m.figures.focused = p == focusFigures
	m.timeline.focused = p == focusTimeline
	switch p {
	case focusList:
		m.side = false
	case focusFigures, focusTimeline:
		m.side = true
	}
	if m.width > 0 {
		m.layout = computeLayout(m.width, m.height, m.focus, m.side)
	}
	if p == focusReader {
		return m.markRead(m.current)
	}
	return nil
}

// togglePanel is f or t: focus the panel, or leave it when it has focus.
func (m *Model) togglePanel(p paneID) tea.Cmd {
	if m.focus == p {
		m.side = false
		return m.setFocus(m.prevFocus)
	}
	return m.setFocus(p)
}

func (m *Model) markRead(id string) tea.Cmd {
	if id == "" || !m.state.SetRead(id, true) {
		return nil
	}
	m.unread--
	return m.scheduleSave()
}

// toggleRead is u.
func (m *Model) toggleRead() tea.Cmd {
	if m.current == "" {
		return nil
	}
	read := !m.state.IsRead(m.current)
	m.state.SetRead(m.current, read)
	if read {
		m.unread--
		return tea.Batch(m.scheduleSave(), m.setStatus("Marked read", false))
	}
	m.unread++
	return tea.Batch(m.scheduleSave(), m.setStatus("Marked unread", false))
}

// toggleStar is s.
func (m *Model) toggleStar() tea.Cmd {
	if m.current == "" {
		return nil
	}
	starred := !m.state.IsStarred(m.current)
	m.state.SetStarred(m.current, starred)
	text := "Starred (S shows only starred stories)"
	if !starred {
		text = "Unstarred"
	}
	return tea.Batch(m.scheduleSave(), m.setStatus(text, false))
}

// toggleStarredOnly is S.
func (m *Model) toggleStarredOnly() tea.Cmd {
	m.list.starredOnly = !m.list.starredOnly
	m.list.refilter(m.current)
	return m.afterListMove()
}

// jumpToFigure is enter on a figure.
func (m *Model) jumpToFigure() tea.Cmd {
	f, ok := m.figures.selected()
	if !ok {
		return nil
	}
	sentence := f.Sentence
	if sentence == "" {
		sentence = m.bodySlice(f.SentenceStart, f.SentenceEnd)
	}
	return m.jump(jumpRequest{id: m.current, sentence: sentence, span: f.Text})
}

// jumpToEntry is enter on a timeline entry.
func (m *Model) jumpToEntry() tea.Cmd {
	e, ok := m.timeline.selected()
	if !ok {
		return nil
	}
	sentence := m.bodySlice(e.SentenceStart, e.SentenceEnd)
	if sentence == "" {
		sentence = e.Text
	}
	return m.jump(jumpRequest{id: m.current, sentence: sentence, span: e.Text})
}

func (m Model) bodySlice(start, end int) string {
	body := m.details[m.current].Body
	if start < 0 || end > len(body) || start >= end {
		return ""
	}
	return body[start:end]
}

// jump scrolls the reader to a sentence now, or once it has rendered. In
// the narrow layout the reader takes the screen.
func (m *Model) jump(req jumpRequest) tea.Cmd {
	var cmd tea.Cmd
	if m.layout.Mode == layoutNarrow {
		cmd = m.setFocus(focusReader)
	}
	if m.reader.doc == nil || m.reader.doc.Key.ID != req.id {
		m.pendingJump = &req
		return cmd
	}
	return tea.Batch(cmd, m.doJump(req))
}

func (m *Model) applyPendingJump() tea.Cmd {
	if m.pendingJump == nil || m.pendingJump.id != m.current {
		return nil
	}
	req := *m.pendingJump
	m.pendingJump = nil
	return m.doJump(req)
}

func (m *Model) doJump(req jumpRequest) tea.Cmd {
	if !m.reader.jumpTo(req.sentence, req.span) {
		return m.setStatus("Could not find that sentence in the rendered briefing.", true)
	}
	return nil
}

// copy is y: the selected figure or event with its sentence and source,
// else the briefing's URL.
func (m *Model) copy() tea.Cmd {
	b, ok := m.lib.Get(m.current)
	if !ok {
		return nil
	}
	var text, what string
	switch {
	case m.focus == focusFigures && m.figures.count > 0:
		f, _ := m.figures.selected()
		text, what = citeFigure(b, f), "figure"
	case m.focus == focusTimeline && m.timeline.count > 0:
		e, _ := m.timeline.selected()
		text, what = citeEntry(b, e, m.bodySlice(e.SentenceStart, e.SentenceEnd)), "event"
	case b.URL != "":
		text, what = b.URL, "URL"
	default:
		text, what = b.Title+" ("+source(b)+")", "title (no URL)"
	}
	return tea.Batch(tea.SetClipboard(text), m.setStatus("Copied "+what+" to the clipboard", false))
}

func citeFigure(b *briefing.Briefing, f extract.Figure) string {
	var s strings.Builder
	fmt.Fprintf(&s, "%s %s", compactFigure(f), figureNoun(f))
	if f.Sentence != "" {
		fmt.Fprintf(&s, "\n%q", strings.Join(strings.Fields(f.Sentence), " "))
	}
	fmt.Fprintf(&s, "\n— %s, %s", b.Title, source(b))
	if b.URL != "" {
		s.WriteString("\n" + b.URL)
	}
	return s.String()
}

func citeEntry(b *briefing.Briefing, e extract.TimelineEntry, sentence string) string {
	var s strings.Builder
	fmt.Fprintf(&s, "%s: %s", timelineDate(e), e.Event)
	if sentence != "" {
		fmt.Fprintf(&s, "\n%q", strings.Join(strings.Fields(sentence), " "))
	}
	fmt.Fprintf(&s, "\n— %s, %s", b.Title, source(b))
	if b.URL != "" {
		s.WriteString("\n" + b.URL)
	}
	return s.String()
}

func source(b *briefing.Briefing) string {
	parts := []string{}
	if b.Source != "" {
		parts = append(parts, b.Source)
	}
	parts = append(parts, formatDate(b.Published))
	return strings.Join(parts, ", ")
}

// quit saves where the analyst is and stops the program.
func (m Model) quit() (tea.Model, tea.Cmd) {
	m.quitting = true
	m.rememberPosition()
	return m, tea.Sequence(saveCmd(m.state), tea.Quit)
}

// handlePaste gives pasted text to the filter or the search being typed;
// elsewhere a paste does nothing (it is never taken for keys).
func (m Model) handlePaste(msg tea.PasteMsg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch {
	case m.list.filtering:
		m.list, cmd = m.list.paste(msg)
		return m, tea.Batch(cmd, m.afterListMove())
	case m.reader.searching:
		m.reader, cmd = m.reader.paste(msg)
	}
	return m, cmd
}

// handleWheel scrolls the pane under the pointer.
func (m Model) handleWheel(msg tea.MouseWheelMsg) (tea.Model, tea.Cmd) {
	delta := 0
	switch msg.Button {
	case tea.MouseWheelDown:
		delta = 1
	case tea.MouseWheelUp:
		delta = -1
	default:
		return m, nil
	}
	switch m.paneAt(msg.X, msg.Y) {
	case focusList:
		m.list.scroll(delta)
		return m, m.afterListMove()
	case focusReader:
		m.reader.scroll(3 * delta)
		if m.rememberPosition() {
			return m, m.scheduleSave()
		}
	case focusFigures:
		m.figures.scroll(delta)
	case focusTimeline:
		m.timeline.scroll(delta)
	}
	return m, nil
}

// handleClick focuses the pane under the pointer and selects what was
// clicked; clicking the selected story opens it, clicking the selected
// figure or date jumps to its sentence.
func (m Model) handleClick(msg tea.MouseClickMsg) (tea.Model, tea.Cmd) {
	if msg.Button != tea.MouseLeft || m.overlay != overlayNone || m.list.filtering || m.reader.searching {
		return m, nil
	}
	p := m.paneAt(msg.X, msg.Y)
	if p < 0 {
		return m, nil
	}
	var cmds []tea.Cmd
	switch p {
	case focusList:
		before := m.list.cursor
		if m.list.clickAt(msg.Y - m.layout.List.Y) {
			if before == m.list.cursor && m.focus == focusList {
				return m, tea.Batch(m.afterListMove(), m.setFocus(focusReader))
			}
			cmds = append(cmds, m.afterListMove())
		}
	case focusFigures:
		before := m.figures.cursor
		if m.figures.clickAt(msg.Y-m.layout.Figures.Y) && before == m.figures.cursor && m.focus == p {
			cmds = append(cmds, m.jumpToFigure())
		}
	case focusTimeline:
		before := m.timeline.cursor
		if m.timeline.clickAt(msg.Y-m.layout.Timeline.Y) && before == m.timeline.cursor && m.focus == p {
			cmds = append(cmds, m.jumpToEntry())
		}
	}
	if m.focus != p {
		cmds = append(cmds, m.setFocus(p))
	}
	return m, tea.Batch(cmds...)
}

// paneAt is the pane drawn at (x, y), or -1.
func (m Model) paneAt(x, y int) paneID {
	l := m.layout
	switch {
	case l.List.contains(x, y):
		return focusList
	case l.Reader.contains(x, y):
		return focusReader
	case l.Figures.contains(x, y):
		return focusFigures
	case l.Timeline.contains(x, y):
		return focusTimeline
	}
	return -1
}
