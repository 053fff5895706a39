package tui

import (
	"maps"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
)

// itemHeight is the lines one story takes in the list when the stories
// do not all fit with more; maxItemLines is the most it takes when they
// do: a title of two lines and its date, place and summary on three.
const itemHeight, maxItemLines = 2, 5

// minTitleRoom is the cells a title keeps before the badge beside it is
// dropped.
const minTitleRoom = 36

// listID is the story list's pane ID.
const listID paneID = "list"

// listPane is the story list: newest first, filterable, two lines a story,
// more (the whole title, the whole summary) when every story fits so.
// It holds the story selection: the root follows it to know which story
// the reader and panels show.
type listPane struct {
	keys   listKeys
	styles *Styles
	state  briefing.ReadingStates

	lib         *briefing.Library
	all         []*briefing.Briefing
	filters     *FilterIndexes
	texts       *filterIndex // the filter's word index (nil until built; of an older library until rebuilt)
	textsAsked  bool         // the word index is being built
	keepOnTexts bool         // the index is built for a new library: keep the selection
	matches     []int        // the stories the filter matched last, best first (see filter.go)
	counting    bool         // the matches shown are not yet those of the query
	visible     []int        // indexes into all, in display order
	cursor      int          // index into visible
	scroll      scroller     // over the stories

	filter      *textinput.Model // by pointer: it is large, and models are copied on every key
	filtering   bool             // the filter input has the keyboard
	query       string           // the filter applied
	reading     bool             // more of the library is being read (it is not empty yet)
	starredOnly bool

	// moves counts the changes of selection and scroll, so the root can
	// tell whether to load what the list now shows.
	moves int

	want    int // the widest title, in cells
	badges  map[string]string
	drawn   map[itemKey][]string // stories drawn in earlier frames
	focused bool
	width   int
	height  int
}

func newListPane(styles *Styles, state briefing.ReadingStates, filters *FilterIndexes) *listPane {
	if filters == nil {
		filters = NewFilterIndexes()
	}
	ti := textinput.New()
	ti.Prompt = "/"
	ti.Placeholder = "filter by words of the title, summary, place, tags or text"
	ti.CharLimit = 200
	ti.SetStyles(inputStyles(styles.IsDark))
	return &listPane{keys: newListKeys(), styles: styles, state: state, filters: filters, filter: &ti, badges: map[string]string{},
		drawn: map[itemKey][]string{}}
}

// setBriefings replaces the stories, keeping the selection on keepID
// when it is still there.
func (l *listPane) setBriefings(all []*briefing.Briefing, keepID string) {
	l.matches = remapMatches(l.all, all, l.matches)
	l.all = all
	l.want = 0
	for _, b := range all {
		l.want = max(l.want, cellWidth(b.Title))
	}
	l.refilter(keepID)
}

// cellWidth is ansi.StringWidth(s), the cells s takes on screen, without
// its grapheme segmentation where s is printable ASCII (one cell a byte):
// the list measures every title of a library each time it is given one,
// 100,000 at a time.
func cellWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}

// wantWidth is the width the list would like: its widest title, the
// marks before it and room for a badge after it.
func (l *listPane) wantWidth() int { return l.want + 6 + badgeRoom }

// badgeRoom is the cells a badge (the leading figure) usually takes.
const badgeRoom = 14

// selected is the story under the cursor.
func (l *listPane) selected() (*briefing.Briefing, bool) {
	if l.cursor < 0 || l.cursor >= len(l.visible) {
		return nil, false
	}
	return l.all[l.visible[l.cursor]], true
}

// position is the cursor's place in the list, for the status bar.
func (l *listPane) position() (int, int) { return l.cursor + 1, len(l.visible) }

// showsStarredOnly reports whether only starred stories are listed.
func (l *listPane) showsStarredOnly() bool { return l.starredOnly }

// neighbours are the IDs of the stories after and before the selected one.
func (l *listPane) neighbours() []string {
	var ids []string
	for _, vi := range []int{l.cursor + 1, l.cursor - 1} {
		if vi >= 0 && vi < len(l.visible) {
			ids = append(ids, l.all[l.visible[vi]].ID)
		}
	}
	return ids
}

// SetSize gives the list its size.
func (l *listPane) SetSize(w, h int) {
	l.width, l.height = w, h
	l.filter.SetWidth(max(w-4, 1))
	l.scrollToCursor()
}

// bodyRows is the rows under the title bar that stories may take.
func (l *listPane) bodyRows() int {
	h := l.height - 1 // title
	if l.filtering || l.query != "" {
		h-- // filter line
	}
	return h
}

// itemLines is the lines each story takes: two, or as many more (up to
// maxItemLines) as leave every story on screen, so free rows show whole
// titles and summaries rather than staying empty, and never cost a story
// its place on the screen.
func (l *listPane) itemLines() int {
	n := len(l.visible)
	if n == 0 {
		return itemHeight
	}
	return clamp(l.bodyRows()/n, itemHeight, maxItemLines)
}

// rows is how many stories fit.
func (l *listPane) rows() int {
	return max(l.bodyRows()/l.itemLines(), 1)
}

func (l *listPane) moveTo(i int) {
	if len(l.visible) == 0 {
		l.cursor = 0
		return
	}
	l.cursor = clamp(i, 0, len(l.visible)-1)
	l.scrollToCursor()
}

func (l *listPane) scrollToCursor() {
	l.moves++
	l.window().reveal(l.cursor, l.cursor)
}

// window is the scroller, set to the stories that fit now.
func (l *listPane) window() *scroller {
	l.scroll.setWindow(l.rows(), len(l.visible))
	return &l.scroll
}

// onScreen lists the IDs of the stories on screen (for their badges).
func (l *listPane) onScreen() []string {
	var ids []string
	from, to := l.window().window()
	for vi := from; vi < to; vi++ {
		ids = append(ids, l.all[l.visible[vi]].ID)
	}
	return ids
}

// Update handles the list's keys while it has focus, clicks, pastes
// into the filter, and what the root routes to it: the library, the
// badges, the styles and its requests to move the selection.
func (l *listPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if !l.focused {
			return nil
		}
		if l.filtering {
			return l.updateFilter(msg)
		}
		return l.handleKey(msg)
	case tea.PasteMsg:
		if l.filtering {
			return l.updateFilter(msg)
		}
	case tea.MouseClickMsg:
		before := l.cursor
		if l.clickAt(msg.Y) && before == l.cursor && l.focused {
			return ask(openStoryMsg{}) // a click on the selected story opens it
		}
	case moveStoryMsg:
		return l.moveStory(msg.delta)
	case nextUnreadMsg:
		return l.nextUnread()
	case starredOnlyMsg:
		l.starredOnly = !l.starredOnly
		l.refilter(msg.keep)
	case badgesMsg:
		maps.Copy(l.badges, msg.Badges)
	case libraryChangedMsg:
		row := l.cursor - l.scroll.offset
		clear(l.badges)
		l.lib = msg.lib
		l.growBriefings(msg.lib.Briefings(), msg.keep)
		if msg.keepRow {
			l.scroll.offset = max(0, l.cursor-row)
			l.scrollToCursor()
		}
		cmd := l.libraryChanged()
		if msg.top {
			l.keepOnTexts = false // the filter's best match in lib, once its index is in
		}
		return cmd
	case filterTextsMsg:
		return l.installTexts(msg)
	case filterResultMsg:
		l.filterResult(msg)
	case stylesMsg:
		l.styles = msg.styles
		clear(l.drawn)
		l.filter.SetStyles(inputStyles(msg.styles.IsDark))
	}
	return nil
}

func (l *listPane) handleKey(km tea.KeyPressMsg) tea.Cmd {
	rows := l.rows()
	switch {
	case key.Matches(km, l.keys.Open):
		return ask(openStoryMsg{})
	case key.Matches(km, l.keys.Down):
		l.moveTo(l.cursor + 1)
	case key.Matches(km, l.keys.Up):
		l.moveTo(l.cursor - 1)
	case key.Matches(km, l.keys.Top):
		l.moveTo(0)
	case key.Matches(km, l.keys.Bottom):
		l.moveTo(len(l.visible) - 1)
	case key.Matches(km, l.keys.HalfDown):
		l.moveTo(l.cursor + max(rows/2, 1))
	case key.Matches(km, l.keys.HalfUp):
		l.moveTo(l.cursor - max(rows/2, 1))
	case key.Matches(km, l.keys.PageDown):
		l.moveTo(l.cursor + rows)
	case key.Matches(km, l.keys.PageUp):
		l.moveTo(l.cursor - rows)
	case key.Matches(km, l.keys.Filter):
		l.filtering = true
		l.filter.SetValue(l.query)
		l.filter.CursorEnd()
		return tea.Batch(l.filter.Focus(), l.requestTexts())
	case key.Matches(km, l.keys.ClearFilter) && l.query != "":
		l.clearFilter()
	}
	return nil
}

// moveStory is J and K: the next or previous story, or a notice at either end.
func (l *listPane) moveStory(delta int) tea.Cmd {
	before := l.cursor
	l.moveTo(l.cursor + delta)
	if l.cursor != before || len(l.visible) == 0 {
		return nil
	}
	if delta > 0 {
		return ask(noticeMsg{text: "This is the last story."})
	}
	return ask(noticeMsg{text: "This is the first story."})
}

// nextUnread selects the first unread story after the selected one,
// wrapping round to the top, or says there is none.
func (l *listPane) nextUnread() tea.Cmd {
	n := len(l.visible)
	for step := 1; step <= n; step++ {
		vi := (l.cursor + step) % n
		if !l.state.IsRead(l.all[l.visible[vi]].ID) {
			wrapped := l.cursor+step >= n
			l.moveTo(vi)
			if wrapped {
				return ask(noticeMsg{text: "Next unread: wrapped to the top of the list"})
			}
			return nil
		}
	}
	return ask(noticeMsg{text: "No unread stories (A marks all read, u marks one unread)"})
}

// shownIDs are the IDs of the stories the list shows (after the filter).
func (l *listPane) shownIDs() []string {
	ids := make([]string, len(l.visible))
	for vi, i := range l.visible {
		ids[vi] = l.all[i].ID
	}
	return ids
}

func (l *listPane) clearFilter() {
	id := ""
	if b, ok := l.selected(); ok {
		id = b.ID
	}
	l.query, l.matches, l.counting = "", nil, false
	l.filter.SetValue("")
	l.refilter(id)
}

// updateFilter feeds a key or a paste to the filter input: every key but
// enter and esc is text, so letters never trigger commands while typing.
func (l *listPane) updateFilter(msg tea.Msg) tea.Cmd {
	km, isKey := msg.(tea.KeyPressMsg)
	switch {
	case !isKey:
	case key.Matches(km, l.keys.AcceptFilter):
		l.filtering = false
		l.filter.Blur()
		return nil
	case key.Matches(km, l.keys.CancelFilter):
		l.filtering = false
		l.filter.Blur()
		l.clearFilter()
		return nil
	}
	var cmd tea.Cmd
	*l.filter, cmd = l.filter.Update(msg)
	if v := l.filter.Value(); v != l.query {
		l.query = v
		return tea.Batch(cmd, l.applyFilter(true))
	}
	return cmd
}

// clickAt selects the story drawn at row y of the pane; it reports whether
// a story was there.
func (l *listPane) clickAt(y int) bool {
	if y < 1 {
		return false
	}
	lines := l.itemLines()
	vi := l.scroll.offset + (y-1)/lines
	if vi >= len(l.visible) || (y-1)/lines >= l.rows() {
		return false
	}
	l.moveTo(vi)
	return true
}

// Scroll moves the selection by n stories (the mouse wheel).
func (l *listPane) Scroll(n int) { l.moveTo(l.cursor + n) }

// SetFocused gives the list the keyboard, or takes it away.
func (l *listPane) SetFocused(focused bool) { l.focused = focused }

// Capturing reports whether the filter is being typed.
func (l *listPane) Capturing() bool { return l.filtering }

// Keys are the list's keys, or the filter's while it is being typed.
func (l *listPane) Keys() help.KeyMap {
	if l.filtering {
		return inputKeys{Accept: l.keys.AcceptFilter, Cancel: l.keys.CancelFilter}
	}
	return l.keys
}

// KeySection is the list's part of the key reference.
func (l *listPane) KeySection() section {
	return section{"Story list", keyGroups{{l.keys.Open, l.keys.Filter, l.keys.ClearFilter}}}
}

// View draws the list: a title bar, two or more lines per story (see
// itemLines), and the filter, as lines exactly as wide as the pane.
func (l *listPane) View() []string {
	b := newBlock(l.width, l.height)
	b.add(l.titleBar())
	if len(l.visible) == 0 {
		b.addFitted(b.blank)
		b.add(l.styles.Empty.Render(l.emptyText()))
	}
	from, to := l.window().window()
	lines := l.itemLines()
	for vi := from; vi < to; vi++ {
		for _, line := range l.item(l.all[l.visible[vi]], vi == l.cursor, lines) {
			b.addFitted(line)
		}
	}
	if l.filtering || l.query != "" {
		b.padTo(l.height - 1)
		b.add(l.filterLine())
	}
	return b.done()
}

func (l *listPane) emptyText() string {
	switch {
	case len(l.all) == 0 && l.reading:
		return "  Reading the library…" // or catching up with it
	case len(l.all) == 0:
		return "  The library is empty."
	case l.starredOnly && l.query == "":
		return "  No starred stories (s stars one, S shows all)."
	case l.counting:
		return "  Counting the matches…"
	default:
		return "  No story matches the filter (esc clears it)."
	}
}

func (l *listPane) titleBar() string {
	title := " Stories"
	if len(l.visible) > 0 {
		title += " " + strconv.Itoa(l.cursor+1) + "/" + strconv.Itoa(len(l.visible))
	}
	if l.counting {
		title += " · " + l.pendingNote()
	}
	if l.starredOnly {
		title += " · ★ starred only"
	}
	return paneTitle(l.styles, title, l.focused, l.width)
}

func (l *listPane) filterLine() string {
	if l.filtering {
		return l.filter.View()
	}
	count := strconv.Itoa(len(l.visible)) + " match" + plural(len(l.visible), "es")
	if l.counting {
		count = l.pendingNote()
	}
	return l.styles.Dim.Render("/"+l.query) + l.styles.Dim.Render("  ("+count+", esc clears)")
}

// itemKey is what one story's lines depend on.
type itemKey struct {
	id                      string
	selected, read, starred bool
	badge                   string
	width, lines            int
	query                   string // the filter, whose matches are marked
}

// itemCacheLimit bounds the drawn stories kept between frames.
const itemCacheLimit = 512

// item draws one story in the given number of lines, or takes it from the
// cache: a marker, the title and the badge, then the date, the region and
// the summary.
func (l *listPane) item(b *briefing.Briefing, selected bool, lines int) []string {
	st := l.state.Get(b.ID)
	k := itemKey{b.ID, selected, st.Read, st.Starred, l.badges[b.ID], l.width, lines, strings.TrimSpace(l.query)}
	if lines, ok := l.drawn[k]; ok {
		return lines
	}
	drawn := l.drawItem(b, k)
	if len(l.drawn) >= itemCacheLimit {
		clear(l.drawn)
	}
	l.drawn[k] = drawn
	return drawn
}

func (l *listPane) drawItem(b *briefing.Briefing, k itemKey) []string {
	s := l.styles
	inner := l.width - 1 // a column of margin before the next pane
	bar := "  "
	if k.selected {
		bar = s.Cursor.Render("▌ ")
	}
	// The unread dot and the star each have a column, so both show.
	mark := " "
	if !k.read {
		mark = s.UnreadDot.Render("•")
	}
	if k.starred {
		mark += s.Star.Render("★")
	} else {
		mark += " "
	}
	titleStyle := s.ReadTitle
	if !k.read {
		titleStyle = s.Unread
	}
	room := inner - 5
	badge := k.badge
	bw := ansi.StringWidth(badge) + 2 // two cells clear of the title
	titleW := ansi.StringWidth(b.Title)
	// With three lines or more, a title too long for its line goes on
	// to a second, a column clear of the badge, rather than being cut.
	wrap := k.lines > itemHeight && (badge == "" && titleW > room || badge != "" && titleW > room-bw && room-bw-1 >= minTitleRoom/2)
	// The badge gives way when the title would be cut short beside it: a
	// readable title matters more than its leading figure.
	if !wrap && badge != "" && titleW > room-bw && room-bw < minTitleRoom {
		badge = ""
	}
	titleRoom := room
	if badge != "" {
		titleRoom -= bw
	}
	titles := []string{ansi.Truncate(b.Title, max(titleRoom, 8), "…")}
	if wrap {
		titles = wrapTitle(b.Title, titleRoom-btoi(badge != ""), room)
	}
	out := make([]string, 0, k.lines)
	for i, title := range titles {
		line := bar + "   "
		if i == 0 {
			line = bar + mark + " "
		}
		line += l.marked(title, titleStyle, k.query)
		if i == 0 && badge != "" {
			gap := room - ansi.StringWidth(title) - ansi.StringWidth(badge)
			line += strings.Repeat(" ", max(gap, 2)) + s.Badge.Render(badge)
		}
		out = append(out, fitLine(line, l.width))
	}
	for _, line := range l.aboutLines(b, k, bar, room, k.lines-len(out)) {
		out = append(out, fitLine(line, l.width))
	}
	for len(out) < k.lines {
		out = append(out, strings.Repeat(" ", l.width)) // space between stories
	}
	return out
}

// aboutLines are a story's date, place and summary, in n lines of room
// cells after the bar: on one line, the summary cut to what fits; on
// more, the summary flows on under the date, cut after a word if it must
// be.
func (l *listPane) aboutLines(b *briefing.Briefing, k itemKey, bar string, room, n int) []string {
	s := l.styles
	meta := formatDate(b.Published)
	where := placeOf(b)
	indent := bar + "   "
	if n > 1 {
		if where != "" {
			meta += " · " + where
		}
		if b.Summary == "" {
			return []string{indent + s.Meta.Render(ansi.Truncate(meta, room, "…"))}
		}
		wrapped := fillLines(meta+" — "+b.Summary, room, n)
		out := make([]string, len(wrapped))
		for i, line := range wrapped {
			switch {
			case i > 0:
				out[i] = indent + l.marked(line, s.Summary, k.query)
			case strings.HasPrefix(line, meta+" — "):
				out[i] = indent + s.Meta.Render(meta) + s.Summary.Render(" — ") + l.marked(line[len(meta)+len(" — "):], s.Summary, k.query)
			default:
				out[i] = indent + s.Meta.Render(line)
			}
		}
		return out
	}
	if where != "" {
		// In a narrow column the summary matters more than the region,
		// which the status bar and the reader show anyway.
		if withPlace := meta + " · " + where; b.Summary == "" || room-ansi.StringWidth(withPlace)-3 >= 20 {
			meta = withPlace
		}
	}
	rest := room - ansi.StringWidth(meta) - 3
	line := indent + s.Meta.Render(meta)
	if b.Summary != "" && rest > 8 {
		line += s.Summary.Render(" — ") + l.marked(ansi.Truncate(b.Summary, rest, "…"), s.Summary, k.query)
	}
	return []string{line}
}

// marked renders text in st with what the filter query matches in it
// marked.
func (l *listPane) marked(text string, st lipgloss.Style, query string) string {
	out := st.Render(text)
	if query == "" {
		return out
	}
	if ranges := filterHighlights(text, query, l.styles.FilterMatch.Inherit(st)); len(ranges) > 0 {
		out = lipgloss.StyleRanges(out, ranges...)
	}
	return out
}

// placeOf is the region, or the countries when there is none.
func placeOf(b *briefing.Briefing) string {
	if b.Region != "" {
		return b.Region
	}
	return strings.Join(b.Countries, ", ")
}

func plural(n int, suffix string) string {
	if n == 1 {
		return ""
	}
	return suffix
}

// paneTitle draws a pane's title bar; the focused pane's is highlighted
// and marked, so focus shows even without colour.
func paneTitle(s *Styles, title string, focused bool, width int) string {
	if focused {
		return s.FocusedTitle.Render(fitLine("▶"+title, width))
	}
	return s.Title.Render(fitLine(" "+title, width))
}

// wrapTitle puts a title on two lines: the first of first cells (beside
// the badge), the second of the whole room, cut after a word if it must be.
func wrapTitle(title string, first, room int) []string {
	head := wrapLines(title, first)[0]
	rest := strings.TrimSpace(strings.TrimPrefix(title, head))
	if !strings.HasPrefix(title, head) || rest == "" {
		return fillLines(title, first, 2)
	}
	return []string{head, fillLines(rest, room, 1)[0]}
}

// fillLines wraps text into at most n lines of width cells; what does not
// fit is cut after the last whole word that does, with an ellipsis.
func fillLines(text string, width, n int) []string {
	lines := wrapLines(text, width)
	if len(lines) <= n {
		return lines
	}
	lines = lines[:n]
	last := strings.TrimRight(lines[n-1], " ")
	for ansi.StringWidth(last)+1 > width {
		i := strings.LastIndexByte(last, ' ')
		if i <= 0 {
			last = ansi.Truncate(last, width-1, "")
			break
		}
		last = strings.TrimRight(last[:i], " ")
	}
	lines[n-1] = strings.TrimRight(last, " ,;:—–(") + "…"
	return lines
}
