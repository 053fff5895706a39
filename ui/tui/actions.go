package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"sitrep/briefing"
	"sitrep/briefing/extract"
)

// handleKey routes a key press: overlays first, then text inputs (so typed
// letters never trigger commands), then global keys, then the focused pane.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.ForceQuit) {
		return m.quit()
	}
	if m.layout.Mode == layoutTooSmall && !key.Matches(msg, m.keys.Quit) {
		return m, nil
	}
	if m.overlay != "" {
		return m.handleOverlayKey(msg)
	}
	if !m.active().Capturing() {
		if model, cmd, ok := m.handleGlobalKey(msg); ok {
			return model, cmd
		}
		return m, m.toPane(m.focus, msg)
	}
	return m, m.toPaneUnchosen(m.focus, msg) // typed text: the filter's best match is not a choice
}

// handleOverlayKey closes the overlay (esc, q, or the key of any overlay)
// or gives the key to it; other keys do nothing while it covers the panes.
// ? opens the key reference over any overlay, as it does everywhere, and
// closing the reference goes back to that overlay.
func (m Model) handleOverlayKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.pane(m.overlay).Capturing() {
		return m, m.pane(m.overlay).Update(msg) // typed text, and its own esc
	}
	opens := m.overlayOpenedBy(msg)
	if opens == helpID && m.overlay != helpID {
		return m.showOverlay(helpID)
	}
	if key.Matches(msg, m.keys.Back, m.keys.Quit) || opens != "" {
		m.closeOverlay()
		return m, nil
	}
	return m, m.pane(m.overlay).Update(msg)
}

// showOverlay opens overlay id, telling the key reference first what is in
// focus (its keys come first).
func (m Model) showOverlay(id paneID) (tea.Model, tea.Cmd) {
	m.pane(id).Update(keyReferenceMsg{m.keyReference()})
	m.openOverlay(id)
	return m, m.pane(id).Update(overlayOpenedMsg{})
}

// overlayOpenedBy is the overlay msg opens, or "".
func (m Model) overlayOpenedBy(msg tea.KeyPressMsg) paneID {
	for _, e := range m.panes {
		if e.overlay && key.Matches(msg, e.opens) {
			return e.id
		}
	}
	return ""
}

// handleGlobalKey handles the keys that work from every pane; ok is false
// when the key is not one of them.
func (m Model) handleGlobalKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd, bool) {
	if id := m.overlayOpenedBy(msg); id != "" {
		model, cmd := m.showOverlay(id)
		return model, cmd, true
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Quit):
		model, cmd := m.quit()
		return model, cmd, true
	case key.Matches(msg, k.NextStory):
		return m.withCmd(m.toPane(listID, moveStoryMsg{1}))
	case key.Matches(msg, k.PrevStory):
		return m.withCmd(m.toPane(listID, moveStoryMsg{-1}))
	case key.Matches(msg, k.NextPane):
		return m.withCmd(m.cycleFocus(1))
	case key.Matches(msg, k.PrevPane):
		return m.withCmd(m.cycleFocus(-1))
	case key.Matches(msg, k.Figures):
		return m.withCmd(m.togglePanel(figuresID))
	case key.Matches(msg, k.Timeline):
		return m.withCmd(m.togglePanel(timelineID))
	case key.Matches(msg, k.ToggleRead):
		return m.withCmd(m.toggleRead())
	case key.Matches(msg, k.NextUnread):
		return m.withCmd(m.toPane(listID, nextUnreadMsg{}))
	case key.Matches(msg, k.MarkAllRead):
		return m.withCmd(m.markAllRead())
	case key.Matches(msg, k.Undo):
		return m.withCmd(m.undoMarkAllRead())
	case key.Matches(msg, k.Open):
		return m.withCmd(m.openURL())
	case key.Matches(msg, k.Star):
		return m.withCmd(m.toggleStar())
	case key.Matches(msg, k.StarredOnly):
		return m.withCmd(m.toPane(listID, starredOnlyMsg{keep: m.current}))
	case key.Matches(msg, k.Copy):
		return m.withCmd(m.copy())
	case key.Matches(msg, k.Reload):
		if m.opts.Load == nil {
			return m.withCmd(m.setStatus("This session cannot reload the library.", true))
		}
		return m.withCmd(tea.Batch(m.setStatus("Reloading…", false), reloadCmd(m.opts.Load)))
	case key.Matches(msg, k.Sync): // watch.go
		return m.withCmd(m.syncNow())
	}
	return m, nil, false
}

func (m Model) withCmd(cmd tea.Cmd) (tea.Model, tea.Cmd, bool) { return m, cmd, true }

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

// markAllRead is A: every story the list shows is marked read; z undoes it.
func (m *Model) markAllRead() tea.Cmd {
	var marked []string
	for _, id := range m.list.shownIDs() {
		if m.state.SetRead(id, true) {
			marked = append(marked, id)
		}
	}
	if len(marked) == 0 {
		return m.setStatus("Every story shown is read already.", false)
	}
	m.undoRead = marked
	m.countUnread()
	text := "Marked " + itoa(len(marked)) + " stor" + plural(len(marked), "ies") + " read (z undoes)"
	if len(marked) == 1 {
		text = "Marked 1 story read (z undoes)"
	}
	return tea.Batch(m.scheduleSave(), m.setStatus(text, false))
}

// undoMarkAllRead is z: the stories the last A marked read are unread again.
func (m *Model) undoMarkAllRead() tea.Cmd {
	if len(m.undoRead) == 0 {
		return m.setStatus("Nothing to undo.", false)
	}
	for _, id := range m.undoRead {
		m.state.SetRead(id, false)
	}
	n := len(m.undoRead)
	m.undoRead = nil
	m.countUnread()
	return tea.Batch(m.scheduleSave(), m.setStatus("Undone: "+itoa(n)+" unread again", false))
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

// jump scrolls the reader to a sentence now, or once it has rendered. In
// the narrow layout the reader takes the screen.
func (m *Model) jump(req jumpRequest) tea.Cmd {
	var cmd tea.Cmd
	if m.layout.Mode == layoutNarrow {
		cmd = m.setFocus(readerID)
	}
	if !m.reader.shows(req.id) {
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

// copy is y: what the focused pane has selected (a figure or an event, with
// its sentence and source), else the briefing's URL.
func (m *Model) copy() tea.Cmd {
	b, ok := m.lib.Get(m.current)
	if !ok {
		return nil
	}
	if cmd := m.pane(m.focus).Update(copyRequestMsg{b}); cmd != nil {
		return cmd
	}
	text, what := b.URL, "URL"
	if b.URL == "" {
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
	switch {
	case !m.active().Capturing():
		return m, nil
	case m.overlay != "":
		return m, m.pane(m.overlay).Update(msg) // the library search's query
	}
	return m, m.toPaneUnchosen(m.focus, msg)
}

// handleWheel scrolls the overlay, or the pane under the pointer.
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
	id := m.overlay
	if id == "" {
		id, _ = m.paneAt(msg.X, msg.Y)
	}
	if id == "" {
		return m, nil
	}
	before := m.mark()
	m.pane(id).Scroll(delta)
	return m, m.follow(before)
}

// handleClick gives a click to the pane under the pointer, in the pane's
// coordinates, and focuses that pane; a click on what is already selected
// in the focused pane is the pane's to act on (open the story, jump to the
// sentence).
func (m Model) handleClick(msg tea.MouseClickMsg) (tea.Model, tea.Cmd) {
	if msg.Button != tea.MouseLeft || m.overlay != "" || m.active().Capturing() {
		return m, nil
	}
	id, r := m.paneAt(msg.X, msg.Y)
	if id == "" {
		return m, nil
	}
	local := msg
	local.X, local.Y = msg.X-r.X, msg.Y-r.Y
	cmds := []tea.Cmd{m.toPane(id, local)}
	if m.focus != id {
		cmds = append(cmds, m.setFocus(id))
	}
	return m, tea.Batch(cmds...)
}
