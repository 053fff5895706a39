package tui

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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
		events[i] = wrapLines(t.eventText(e), textW)
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
			lines = cutAtClause(t.eventText(e), textW, share)
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

// eventText is what the panel says of an entry: the extractor's event, or,
// when the extractor cut it short, that event run on through its sentence
// to the end of its clause (see completeEvent). The sentence is not used
// when it carries Markdown marks, which would show as they are.
func (t *timelinePane) eventText(e extract.TimelineEntry) string {
	event := e.Event
	if event == "" {
		event = e.Text
	}
	if !strings.HasSuffix(event, "…") {
		return event
	}
	sentence := strings.Join(strings.Fields(t.bodySlice(e.SentenceStart, e.SentenceEnd)), " ")
	if sentence == "" || strings.ContainsAny(sentence, "[]*_`<>#|") {
		return event
	}
	shared := 0
	for _, o := range t.entries {
		if o.SentenceStart == e.SentenceStart {
			shared++
		}
	}
	return completeEvent(event, sentence, shared > 1)
}

// completeEvent runs event, which the extractor cut with "…", on through
// sentence, where its last words are found, to the end of their clause:
// "The National Unity Government declared a two-week halt to offensive…"
// reads "… offensive operations by its forces from 30 March", and the
// clause after ", and the Three Brotherhood Alliance …", another entry's
// event, stays out. When its words are not in the sentence (the extractor
// rebuilt the clause), the whole sentence stands for it, unless another
// entry shares that sentence (shared): then two entries would read the
// same, and the cut event stays.
func completeEvent(event, sentence string, shared bool) string {
	stem := strings.TrimSpace(strings.TrimSuffix(event, "…"))
	words := strings.Fields(stem)
	for n := min(4, len(words)); n >= 2; n-- {
		tail := strings.Join(words[len(words)-n:], " ")
		i := strings.Index(sentence, tail)
		if i < 0 || strings.Index(sentence[i+1:], tail) >= 0 {
			continue // not there, or there twice
		}
		rest := sentence[i+len(tail):]
		if r, _ := utf8.DecodeRuneInString(rest); rest != "" && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue // the tail ends inside a word (not before a mark: "town; the rebels…")
		}
		if end := clauseEnd(rest); end < len(rest) {
			end = pastQuote(stem+rest[:end], rest, end)
			return dropStop(stem + strings.TrimRight(rest[:end], " ,;:"))
		}
		return dropStop(stem + rest) // to the end of the sentence
	}
	if shared {
		return event
	}
	return dropStop(sentence)
}

// pastQuote moves end, where the clause in rest ends, past the quotation
// mark that closes a quotation done opens (done is the event up to end):
// a comma inside a quotation ends no clause, and the panel never shows an
// unclosed quotation. end is returned as it is when nothing is open or the
// quotation does not close in rest.
func pastQuote(done, rest string, end int) int {
	closing := ""
	switch {
	case strings.Count(done, "\"")%2 == 1:
		closing = "\""
	case strings.Count(done, "“") > strings.Count(done, "”"):
		closing = "”"
	default:
		return end
	}
	if k := strings.Index(rest[end:], closing); k >= 0 {
		return end + k + len(closing)
	}
	return end
}

// dropStop drops the full stop that ends a sentence from an event, as
// events end without one, but not the stop of an abbreviation ("the
// U.S.", "at 4 a.m.": extract.EndsWithAbbreviation, the splitter's own
// test); "the UN." and "8.7." lose theirs.
func dropStop(s string) string {
	body, ok := strings.CutSuffix(s, ".")
	if !ok || strings.HasSuffix(body, ".") || extract.EndsWithAbbreviation(s) {
		return s
	}
	return body
}

// clauseEnd returns where the clause that s continues ends: at a
// semicolon, a dash or a colon, or at a comma, unless "and", "but" or "or"
// after it goes on with a second verb of the same subject (", and held it
// for a week", extract.VerbLike); before a new subject (", and the Three
// Brotherhood Alliance … announced", ", and leaders of … will meet"), an
// aside or the speaker (", the mayor said") the clause has ended.
func clauseEnd(s string) int {
	end := len(s)
	for _, m := range clauseEnds {
		if k := strings.Index(s, m); k >= 0 && k < end {
			end = k
		}
	}
	for off := 0; off < end; {
		k := strings.Index(s[off:], ", ")
		if k < 0 || off+k >= end {
			break
		}
		k += off
		conj, rest, _ := strings.Cut(s[k+2:], " ")
		next, _, _ := strings.Cut(rest, " ")
		if conj != "and" && conj != "but" && conj != "or" || !extract.VerbLike(strings.TrimRight(next, ",.;:")) {
			return k
		}
		off = k + 2
	}
	return end
}

// clauseEnds end the clause an event runs on to.
var clauseEnds = []string{"; ", " — ", " – ", ": "}

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
		t.body = msg.Body // before the rows: they quote its sentences
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
