package tui

import (
	tea "charm.land/bubbletea/v2"
)

// registerPanes builds the session's panes: the columns in tab order, with
// the name the status bar gives them, then the overlays with the global key
// that opens each. A new pane is a file of its own and a line here.
func (m *Model) registerPanes(st *Styles) {
	m.list, m.reader = newListPane(st, m.state, m.opts.Filters), newReaderPane(st)
	m.panes = []paneEntry{
		{id: listID, pane: m.list, name: "STORIES"},
		{id: readerID, pane: m.reader, name: "READER"},
		{id: figuresID, pane: newFiguresPane(st), name: "FIGURES"},
		{id: timelineID, pane: newTimelinePane(st), name: "TIMELINE"},
		{id: helpID, pane: newHelpPane(st), overlay: true, opens: m.keys.Help},
		{id: problemsID, pane: newProblemsPane(st), overlay: true, opens: m.keys.Problems},
		{id: storyID, pane: newStoryPane(st, m.opts.Index != nil), overlay: true, opens: m.keys.Story},
		{id: theatreID, pane: newTheatrePane(st, m.opts.Index != nil), overlay: true, opens: m.keys.Theatre},
		{id: searchID, pane: newSearchPane(st, m.opts.Index != nil), overlay: true, opens: m.keys.Search},
	}
}

// entry is the registered pane id.
func (m Model) entry(id paneID) paneEntry {
	for _, e := range m.panes {
		if e.id == id {
			return e
		}
	}
	panic("tui: no pane " + string(id) + " is registered")
}

// pane is the pane id.
func (m Model) pane(id paneID) pane { return m.entry(id).pane }

// active is the pane that gets the keys: the overlay, else the focused pane.
func (m Model) active() pane {
	if m.overlay != "" {
		return m.pane(m.overlay)
	}
	return m.pane(m.focus)
}

// broadcast gives msg to every pane, whatever has focus.
func (m *Model) broadcast(msg tea.Msg) tea.Cmd {
	var cmds []tea.Cmd
	for _, e := range m.panes {
		if cmd := e.pane.Update(msg); cmd != nil {
			cmds = append(cmds, cmd)
		}
	}
	return tea.Batch(cmds...)
}

// toPane gives msg to pane id, then follows what that changed: the story
// selected in the list, the position in the reader.
func (m *Model) toPane(id paneID, msg tea.Msg) tea.Cmd {
	before := m.mark()
	cmd := m.pane(id).Update(msg)
	return tea.Batch(cmd, m.follow(before))
}

// toPaneUnchosen gives msg to pane id as toPane does, but a move of the
// selection it makes is not the analyst's choice of a story: text typed or
// pasted into the filter, the filter's own answers (its best match first).
// Until the analyst moves, a library that grows or is reloaded selects the
// filter's best match in it (followsNewest).
func (m *Model) toPaneUnchosen(id paneID, msg tea.Msg) tea.Cmd {
	chose := m.chose
	cmd := m.toPane(id, msg)
	m.chose = chose
	return cmd
}

// mark is where the list and the reader are, to tell what a message to a
// pane changed.
type mark struct {
	listMoves int
	reader    spot
}

func (m Model) mark() mark { return mark{m.list.moves, m.reader.spot()} }

// follow keeps the reader and the panels on the story selected in the list
// (marking it read when the reader has focus), loads what the screen needs
// when the story or the list moved, and saves the position when the analyst
// moved in the story (before is where they were).
func (m *Model) follow(before mark) tea.Cmd {
	var cmds []tea.Cmd
	changed := m.syncCurrent()
	if changed && m.focus == readerID {
		cmds = append(cmds, m.markRead(m.current))
	}
	if changed || m.list.moves != before.listMoves {
		cmds = append(cmds, m.loadCurrent()...)
	}
	after := m.reader.spot()
	readerMoved := after.id == before.reader.id && after.offset != before.reader.offset
	if readerMoved && m.rememberPosition() {
		cmds = append(cmds, m.scheduleSave())
	}
	if changed || readerMoved {
		m.chose = true // the selection is the analyst's from now on
	}
	return tea.Batch(cmds...)
}

// focusPanes tells each column pane whether it has the keyboard.
func (m *Model) focusPanes() {
	for _, e := range m.panes {
		if !e.overlay {
			e.pane.SetFocused(e.id == m.focus)
		}
	}
}

// setFocus moves the focus; opening the reader marks its story read.
func (m *Model) setFocus(p paneID) tea.Cmd {
	if m.focus != p && !isPanel(m.focus) {
		m.prevFocus = m.focus
	}
	m.focus = p
	if p != listID {
		m.chose = true // a story opened, or its panels: the analyst's story
	}
	m.focusPanes()
	switch {
	case p == listID:
		m.side = false
	case isPanel(p):
		m.side = true
	}
	if m.width > 0 {
		m.layout = computeLayout(m.width, m.height, m.focus, m.side, m.list.wantWidth())
	}
	if p == readerID {
		return m.markRead(m.current)
	}
	return nil
}

// cycleFocus is tab and shift+tab: the next or previous column pane.
func (m *Model) cycleFocus(delta int) tea.Cmd {
	var cols []paneID
	at := 0
	for _, e := range m.panes {
		if !e.overlay {
			if e.id == m.focus {
				at = len(cols)
			}
			cols = append(cols, e.id)
		}
	}
	return m.setFocus(cols[(at+delta+len(cols))%len(cols)])
}

// togglePanel is f or t: focus the panel, or leave it when it has focus.
func (m *Model) togglePanel(p paneID) tea.Cmd {
	if m.focus == p {
		m.side = false
		return m.setFocus(m.prevFocus)
	}
	return m.setFocus(p)
}

// openOverlay covers the panes with overlay id. Over another overlay (the
// key reference opened from search, say) that one stays as it is, open
// under it, for closeOverlay to go back to.
func (m *Model) openOverlay(id paneID) {
	if id == storyID || id == theatreID {
		m.chose = true // about the story selected: the analyst's story
	}
	m.under = m.overlay
	m.overlay = id
	m.pane(id).SetFocused(true)
}

// closeOverlay uncovers what the overlay covers: the overlay under it, as
// the analyst left it, or the panes.
func (m *Model) closeOverlay() {
	m.pane(m.overlay).SetFocused(false)
	m.overlay, m.under = m.under, ""
}

// paneAt is the column pane drawn at (x, y) and where it is, or "".
func (m Model) paneAt(x, y int) (paneID, rect) {
	for _, e := range m.panes {
		if r := m.layout.rectOf(e.id); !e.overlay && r.contains(x, y) {
			return e.id, r
		}
	}
	return "", rect{}
}

// keyReference is the key reference's sections: every key of the pane in
// focus (or of the overlay it opens over) first, then the keys that work everywhere, the moving keys every
// pane shares, and each other pane's own.
func (m Model) keyReference() []section {
	mv := newMoveKeys("move")
	var out []section
	seen := map[string]bool{}
	focused := m.active() // the overlay the reference opens over, else the focused pane
	if p, ok := focused.(keyReferenceSection); ok {
		title := p.KeySection().title
		seen[title] = true
		out = append(out, section{title + " (in focus)", focused.Keys()})
	}
	out = append(out,
		section{"Everywhere", m.keys},
		section{"Moving (list, reader, panels)", keyGroups{{mv.Up, mv.Down, mv.Top, mv.Bottom}, {mv.HalfDown, mv.HalfUp, mv.PageDown, mv.PageUp}}},
	)
	for _, e := range m.panes {
		if p, ok := e.pane.(keyReferenceSection); ok {
			if s := p.KeySection(); !seen[s.title] {
				seen[s.title] = true
				out = append(out, s)
			}
		}
	}
	return out
}
