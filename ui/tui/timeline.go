package tui

import (
	"slices"
	"strconv"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing/extract"
)

// timelineID is the timeline panel's pane ID.
const timelineID paneID = "timeline"

// timelinePane lists a briefing's dated events in order, with a marker
// where the briefing was published; planned events are set apart.
type timelinePane struct {
	panelState
	entries   []extract.TimelineEntry
	published time.Time
}

func newTimelinePane(styles *Styles) *timelinePane {
	return &timelinePane{panelState: panelState{keys: newPanelKeys("event"), styles: styles}}
}

// setTimeline shows the timeline of briefing id, published on published
// (zero when undated).
func (t *timelinePane) setTimeline(id string, published time.Time, entries []extract.TimelineEntry, err error) {
	if t.id != id {
		t.cursor, t.scroll.offset = 0, 0
	}
	t.id, t.loaded, t.err = id, true, err
	t.items = firstItem(entries)
	t.entries, t.published = slices.Clone(entries), published
	t.count = len(t.entries)
	t.rebuild()
}

// loading clears the panel while briefing id loads.
func (t *timelinePane) loading(id string, published time.Time) {
	t.published = published // a reloaded library may date the story anew
	if t.id == id && t.loaded {
		return
	}
	t.id, t.loaded, t.err, t.entries, t.count, t.body = id, false, nil, nil, 0, ""
	t.cursor, t.scroll.offset = 0, 0
	t.rebuild()
}

// SetSize gives the panel its size and lays its rows out again.
func (t *timelinePane) SetSize(w, h int) {
	t.width, t.height = w, h
	t.rebuild()
}

// selected is the entry under the cursor.
func (t *timelinePane) selected() (extract.TimelineEntry, bool) {
	if t.cursor < 0 || t.cursor >= len(t.entries) {
		return extract.TimelineEntry{}, false
	}
	return t.entries[t.cursor], true
}

// markerIndex is the entry the publication marker goes before: the first
// that is planned or starts after the publication date (the extractor
// sorts planned entries after the others, so the marker always separates
// past from planned).
func (t *timelinePane) markerIndex() int {
	if t.published.IsZero() {
		return -1
	}
	for i, e := range t.entries {
		if e.Planned || e.Period.Start.After(t.published) {
			return i
		}
	}
	return len(t.entries)
}

// rebuild lays out the rows, or takes them as laid out before.
func (t *timelinePane) rebuild() { t.layOut(t.items, t.published, t.build) }

// build lays out the rows: per entry a date line, then its event
// wrapped to the panel. An event takes the rows it needs while the panel
// has them free; when they run out, every event gets the same share of
// rows (at least two) and is cut at a clause to fit it.
func (t *timelinePane) build() {
	s := t.styles
	marker := t.markerIndex()
	textW := max(t.width-5, 10)
	events := make([][]string, len(t.entries))
	for i, e := range t.entries {
		events[i] = wrapLines(eventText(e), textW)
	}
	share := eventShare(events, t.height-1-len(t.entries)-btoi(marker >= 0 && len(t.entries) > 0))
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
		lines := events[i]
		if len(lines) > share {
			lines = cutAtClause(eventText(e), textW, share)
		}
		for _, l := range lines {
			t.addRow("   "+eventStyle.Render(l), i)
		}
	}
	if marker == len(t.entries) && len(t.entries) > 0 {
		t.addMarker()
	}
	t.scrollToCursor()
}

// eventText is what the panel says of an entry: the extractor's event (a
// whole clause, which build fits to the rows it has), or the date phrase
// when the extractor found no event.
func eventText(e extract.TimelineEntry) string {
	if e.Event == "" {
		return e.Text
	}
	return e.Event
}

// eventShare is how many rows each event may take so that all fit in free
// rows: as many as the longest needs when they fit, else the most that
// fits, but never fewer than two.
func eventShare(events [][]string, free int) int {
	longest := 0
	for _, e := range events {
		longest = max(longest, len(e))
	}
	for k := longest; k > 2; k-- {
		total := 0
		for _, e := range events {
			total += min(len(e), k)
		}
		if total <= free {
			return k
		}
	}
	return min(2, max(longest, 1))
}

// wrapLines wraps text to width cells.
func wrapLines(text string, width int) []string {
	return strings.Split(lipgloss.Wrap(text, width, " -"), "\n")
}

// clauseMarks end a clause; a cut event ends at the last one that fits.
var clauseMarks = []string{"; ", ", ", ": ", " — ", " – ", " ("}

// cutAtClause fits text into at most n lines of width cells, ending with
// an ellipsis: at the end of the last clause that fits and keeps at least
// three words, else after the last whole word that fits — and never
// leaving a last line of one word alone.
func cutAtClause(text string, width, n int) []string {
	// good is a cut that fits without a lone word on its last line.
	good := func(s string) bool {
		lines := wrapLines(s, width)
		return len(lines) <= n && (len(lines) == 1 || len(strings.Fields(lines[len(lines)-1])) > 1)
	}
	const trim = " ,;:—–("
	best := -1
	for _, mark := range clauseMarks {
		for off := 0; ; {
			j := strings.Index(text[off:], mark)
			if j < 0 {
				break
			}
			j += off
			if cut := strings.TrimRight(text[:j], trim); len(strings.Fields(cut)) >= 3 && !saysWhat(cut, mark) && good(cut+"…") {
				best = max(best, len(cut))
			}
			off = j + len(mark)
		}
	}
	if best > 0 {
		return wrapLines(strings.TrimRight(text[:best], trim)+"…", width)
	}
	words := strings.Fields(text)
	for k := len(words); k > 1; k-- {
		if cut := strings.TrimRight(strings.Join(words[:k], " "), trim) + "…"; good(cut) {
			return wrapLines(cut, width)
		}
	}
	return wrapLines(ansi.Truncate(text, width, "…"), width)[:1]
}

// saysWhat reports whether cut, text before mark, is only who said
// something: "The mayor of nearby Saint-Marc said" before ": The number of
// people killed…" would leave the entry without what was said.
func saysWhat(cut, mark string) bool {
	if mark != ": " && mark != ", " {
		return false
	}
	return extract.ReportingVerb(cut[strings.LastIndexByte(cut, ' ')+1:])
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// addMarker adds the line that marks the publication date.
func (t *timelinePane) addMarker() {
	label := " published " + t.published.Format("2 Jan 2006") + " "
	side := max((t.width-2-len([]rune(label)))/2, 1)
	line := strings.Repeat("─", side) + label + strings.Repeat("─", side)
	t.addRow(" "+t.styles.PubMarker.Render(line), -1)
}

// Update handles the panel's keys while it has focus, clicks, and what
// the root routes to it: the story, its timeline, the styles and y.
func (t *timelinePane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case storyMsg:
		if msg.briefing == nil {
			t.loading("", time.Time{})
		} else {
			t.loading(msg.briefing.ID, msg.briefing.Published)
		}
	case detailsMsg:
		t.body = msg.Body // copy and jump quote its sentences
		t.setTimeline(msg.ID, t.published, msg.Timeline, msg.Err)
	case copyRequestMsg:
		if e, ok := t.selected(); ok && t.count > 0 {
			return ask(copyMsg{citeEntry(msg.briefing, e, t.bodySlice(e.SentenceStart, e.SentenceEnd)), "event"})
		}
	default:
		return t.update(msg, t.jump)
	}
	return nil
}

// jump asks the reader to show the selected event's sentence.
func (t *timelinePane) jump() tea.Cmd {
	e, ok := t.selected()
	if !ok {
		return nil
	}
	sentence := t.bodySlice(e.SentenceStart, e.SentenceEnd)
	if sentence == "" {
		sentence = e.Text
	}
	return ask(jumpMsg{id: t.id, sentence: sentence, span: e.Text})
}

// View draws the panel.
func (t *timelinePane) View() []string {
	title := " Timeline"
	if t.count > 0 {
		title += " (" + itoa(t.count) + ")"
	}
	return t.view(title, "  No dated events found in this briefing.")
}

func itoa(n int) string { return strconv.Itoa(n) }
