package tui

import (
	"slices"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"sitrep/briefing/extract"
)

// timelinePane lists a briefing's dated events in order, with a marker
// where the briefing was published; planned events are set apart.
type timelinePane struct {
	panelState
	entries   []extract.TimelineEntry
	published time.Time
}

func newTimelinePane(styles *Styles) timelinePane {
	return timelinePane{panelState: panelState{keys: newPanelKeys("event"), styles: styles}}
}

// setTimeline shows the timeline of briefing id, published on published
// (zero when undated).
func (t *timelinePane) setTimeline(id string, published time.Time, entries []extract.TimelineEntry, err error) {
	if t.id != id {
		t.cursor, t.offset = 0, 0
	}
	t.id, t.loaded, t.err = id, true, err
	t.entries, t.published = slices.Clone(entries), published
	t.count = len(t.entries)
	t.rebuild()
}

// loading clears the panel while briefing id loads.
func (t *timelinePane) loading(id string, published time.Time) {
	if t.id == id && t.loaded {
		return
	}
	t.id, t.loaded, t.err, t.entries, t.count = id, false, nil, nil, 0
	t.published = published
	t.cursor, t.offset = 0, 0
	t.rebuild()
}

func (t *timelinePane) setSize(w, h int) {
	t.width, t.height = w, h
	t.rebuild()
}

// selected is the entry under the cursor.
func (t timelinePane) selected() (extract.TimelineEntry, bool) {
	if t.cursor < 0 || t.cursor >= len(t.entries) {
		return extract.TimelineEntry{}, false
	}
	return t.entries[t.cursor], true
}

// markerIndex is the entry the publication marker goes before: the first
// that starts after the publication date.
func (t timelinePane) markerIndex() int {
	if t.published.IsZero() {
		return -1
	}
	for i, e := range t.entries {
		if e.Period.Start.After(t.published) {
			return i
		}
	}
	return len(t.entries)
}

// rebuild lays out the rows: per entry a date line, then its event
// wrapped to the panel.
func (t *timelinePane) rebuild() {
	t.rows = t.rows[:0]
	s := t.styles
	marker := t.markerIndex()
	textW := max(t.width-5, 10)
	for i, e := range t.entries {
		if i == marker {
			t.addMarker()
		}
		bullet, dateStyle, eventStyle := "●", s.Date, s.EventText
		if e.Planned {
			bullet, dateStyle, eventStyle = "○", s.Planned.Bold(true), s.Planned
		}
		head := " " + dateStyle.Render(bullet+" "+timelineDate(e))
		if e.Planned {
			head += " " + s.PlannedTag.Render("planned")
		}
		t.addRow(head, i)
		event := e.Event
		if event == "" {
			event = e.Text
		}
		for _, l := range strings.Split(lipgloss.Wrap(event, textW, " -"), "\n") {
			t.addRow("   "+eventStyle.Render(l), i)
		}
	}
	if marker == len(t.entries) && len(t.entries) > 0 {
		t.addMarker()
	}
	t.scrollToCursor()
}

// addMarker adds the line that marks the publication date.
func (t *timelinePane) addMarker() {
	label := " published " + t.published.Format("2 Jan 2006") + " "
	side := max((t.width-2-len([]rune(label)))/2, 1)
	line := strings.Repeat("─", side) + label + strings.Repeat("─", side)
	t.addRow(" "+t.styles.PubMarker.Render(line), -1)
}

// Update handles the panel's keys; the root calls it only when it has focus.
func (t timelinePane) Update(msg tea.Msg) (timelinePane, tea.Cmd) {
	if km, ok := msg.(tea.KeyPressMsg); ok && t.focused {
		t.handleMove(km)
	}
	return t, nil
}

// View draws the panel.
func (t timelinePane) View() string { return strings.Join(t.viewLines(), "\n") }

func (t timelinePane) viewLines() []string {
	title := " Timeline"
	if t.count > 0 {
		title += " (" + itoa(t.count) + ")"
	}
	return t.view(title, "  No dated events found in this briefing.")
}

func itoa(n int) string { return strconv.Itoa(n) }
