package tui

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/sahilm/fuzzy"

	"sitrep/briefing"
)

// itemHeight is the lines one story takes in the list.
const itemHeight = 2

// listPane is the story list: newest first, filterable, two lines a story.
type listPane struct {
	keys   listKeys
	styles *Styles
	state  briefing.ReadingStates

	all      []*briefing.Briefing
	haystack []string // what the filter searches, per briefing (nil until it is used)
	visible  []int    // indexes into all, in display order
	cursor   int      // index into visible
	offset   int      // first item on screen

	filter      *textinput.Model // by pointer: it is large, and models are copied on every key
	filtering   bool             // the filter input has the keyboard
	query       string           // the filter applied
	starredOnly bool

	badges  map[string]string
	drawn   map[itemKey][2]string // stories drawn in earlier frames
	focused bool
	width   int
	height  int
}

func newListPane(styles *Styles, state briefing.ReadingStates) listPane {
	ti := textinput.New()
	ti.Prompt = "/"
	ti.Placeholder = "filter title, summary, region, country, tag"
	ti.CharLimit = 200
	ti.SetStyles(inputStyles(styles.IsDark))
	return listPane{keys: newListKeys(), styles: styles, state: state, filter: &ti, badges: map[string]string{},
		drawn: map[itemKey][2]string{}}
}

// setBriefings replaces the stories, keeping the selection on keepID
// when it is still there.
func (l *listPane) setBriefings(all []*briefing.Briefing, keepID string) {
	l.all = all
	l.haystack = nil // built when the filter is first used
	l.refilter(keepID)
}

// buildHaystack lowers and joins what the filter searches, per story.
func (l *listPane) buildHaystack() {
	l.haystack = make([]string, len(l.all))
	for i, b := range l.all {
		l.haystack[i] = strings.ToLower(strings.Join(append(append([]string{b.Title, b.Summary, b.Region},
			b.Countries...), b.Tags...), " "))
	}
}

// refilter recomputes the visible stories from the filter and the
// starred-only switch, keeping the selection on keepID when it can.
func (l *listPane) refilter(keepID string) {
	l.visible = l.visible[:0]
	if q := strings.TrimSpace(l.query); q != "" {
		if l.haystack == nil {
			l.buildHaystack()
		}
		l.visible = fuzzyFilter(q, l.haystack)
	} else {
		for i := range l.all {
			l.visible = append(l.visible, i)
		}
	}
	if l.starredOnly {
		l.visible = slices.DeleteFunc(l.visible, func(i int) bool { return !l.state.IsStarred(l.all[i].ID) })
	}
	l.cursor = 0
	for vi, i := range l.visible {
		if l.all[i].ID == keepID {
			l.cursor = vi
			break
		}
	}
	l.offset = 0
	l.scrollToCursor()
}

// fuzzyFilter keeps the haystacks that match every word of the query,
// best first and, among equals, in library order (newest first). A word
// is looked for as written (at the start of a word ranks higher than
// inside one); only when no story has it so is it matched fuzzily, by its
// letters in order, so that a typo still finds something without a
// correct word drowning in near misses.
func fuzzyFilter(query string, haystack []string) []int {
	score := make([]int, len(haystack))
	alive := make([]int, len(haystack)) // candidates still matching every word so far
	for i := range alive {
		alive[i] = i
	}
	for _, word := range strings.Fields(strings.ToLower(query)) {
		next := alive[:0:0]
		var fuzzyOnly []int
		for _, i := range alive {
			h := haystack[i]
			switch j := strings.Index(h, word); {
			case j < 0:
				fuzzyOnly = append(fuzzyOnly, i)
			case j == 0 || !isWordByte(h[j-1]):
				score[i] += 20000 - min(j, 9999)
				next = append(next, i)
			default:
				score[i] += 10000 - min(j, 9999)
				next = append(next, i)
			}
		}
		if len(next) == 0 { // no story has the word as written: try its letters in order
			for _, m := range fuzzy.FindFromNoSort(word, subset{haystack, fuzzyOnly}) {
				i := fuzzyOnly[m.Index]
				score[i] += min(m.Score, 9999)
				next = append(next, i)
			}
		}
		alive = next
	}
	slices.SortFunc(alive, func(a, b int) int {
		return cmp.Or(cmp.Compare(score[b], score[a]), cmp.Compare(a, b))
	})
	return alive
}

// subset is some of the haystacks, as a fuzzy.Source.
type subset struct {
	all []string
	idx []int
}

func (s subset) String(i int) string { return s.all[s.idx[i]] }
func (s subset) Len() int            { return len(s.idx) }

// selected is the story under the cursor.
func (l listPane) selected() (*briefing.Briefing, bool) {
	if l.cursor < 0 || l.cursor >= len(l.visible) {
		return nil, false
	}
	return l.all[l.visible[l.cursor]], true
}

// position is the cursor's place in the list, for the status bar.
func (l listPane) position() (int, int) { return l.cursor + 1, len(l.visible) }

func (l *listPane) setSize(w, h int) {
	l.width, l.height = w, h
	l.filter.SetWidth(max(w-4, 1))
	l.scrollToCursor()
}

// rows is how many stories fit.
func (l listPane) rows() int {
	h := l.height - 1 // title
	if l.filtering || l.query != "" {
		h-- // filter line
	}
	return max(h/itemHeight, 1)
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
	rows := l.rows()
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+rows {
		l.offset = l.cursor - rows + 1
	}
	l.offset = clamp(l.offset, 0, max(len(l.visible)-rows, 0))
}

// onScreen lists the IDs of the stories on screen (for their badges).
func (l listPane) onScreen() []string {
	var ids []string
	for vi := l.offset; vi < min(l.offset+l.rows(), len(l.visible)); vi++ {
		ids = append(ids, l.all[l.visible[vi]].ID)
	}
	return ids
}

// Update handles the list's keys; the root calls it only when the list
// has focus.
func (l listPane) Update(msg tea.Msg) (listPane, tea.Cmd) {
	km, ok := msg.(tea.KeyPressMsg)
	if !ok || !l.focused {
		return l, nil
	}
	if l.filtering {
		return l.updateFilter(km)
	}
	rows := l.rows()
	switch {
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
		return l, l.filter.Focus()
	case key.Matches(km, l.keys.ClearFilter) && l.query != "":
		l.clearFilter()
	}
	return l, nil
}

func (l *listPane) clearFilter() {
	id := ""
	if b, ok := l.selected(); ok {
		id = b.ID
	}
	l.query = ""
	l.filter.SetValue("")
	l.refilter(id)
}

// updateFilter feeds a key or a paste to the filter input: every key but
// enter and esc is text, so letters never trigger commands while typing.
func (l listPane) updateFilter(msg tea.Msg) (listPane, tea.Cmd) {
	km, isKey := msg.(tea.KeyPressMsg)
	switch {
	case !isKey:
	case key.Matches(km, l.keys.AcceptFilter):
		l.filtering = false
		l.filter.Blur()
		return l, nil
	case key.Matches(km, l.keys.CancelFilter):
		l.filtering = false
		l.filter.Blur()
		l.clearFilter()
		return l, nil
	}
	var cmd tea.Cmd
	*l.filter, cmd = l.filter.Update(msg)
	if v := l.filter.Value(); v != l.query {
		l.query = v
		id := ""
		if b, ok := l.selected(); ok {
			id = b.ID
		}
		l.refilter(id)
		if strings.TrimSpace(v) != "" {
			l.moveTo(0) // best match first
		}
	}
	return l, cmd
}

// paste gives pasted text to the filter while it is being typed.
func (l listPane) paste(msg tea.PasteMsg) (listPane, tea.Cmd) {
	if !l.filtering {
		return l, nil
	}
	return l.updateFilter(msg)
}

// clickAt selects the story drawn at row y of the pane; it reports whether
// a story was there.
func (l *listPane) clickAt(y int) bool {
	if y < 1 {
		return false
	}
	vi := l.offset + (y-1)/itemHeight
	if vi >= len(l.visible) || (y-1)/itemHeight >= l.rows() {
		return false
	}
	l.moveTo(vi)
	return true
}

// scroll moves the cursor by n stories (the mouse wheel).
func (l *listPane) scroll(n int) { l.moveTo(l.cursor + n) }

// View draws the list: a title bar, two lines per story, and the filter.
func (l listPane) View() string { return strings.Join(l.viewLines(), "\n") }

// viewLines draws the list as lines exactly as wide as the pane.
func (l listPane) viewLines() []string {
	b := newBlock(l.width, l.height)
	b.add(l.titleBar())
	rows := l.rows()
	if len(l.visible) == 0 {
		b.addFitted(b.blank)
		b.add(l.styles.Empty.Render(l.emptyText()))
	}
	for vi := l.offset; vi < min(l.offset+rows, len(l.visible)); vi++ {
		item := l.item(l.all[l.visible[vi]], vi == l.cursor)
		b.addFitted(item[0])
		b.addFitted(item[1])
	}
	if l.filtering || l.query != "" {
		b.padTo(l.height - 1)
		b.add(l.filterLine())
	}
	return b.done()
}

func (l listPane) emptyText() string {
	switch {
	case len(l.all) == 0:
		return "  The library is empty."
	case l.starredOnly && l.query == "":
		return "  No starred stories (s stars one, S shows all)."
	default:
		return "  No story matches the filter (esc clears it)."
	}
}

func (l listPane) titleBar() string {
	title := " Stories"
	if len(l.visible) > 0 {
		title += " " + strconv.Itoa(l.cursor+1) + "/" + strconv.Itoa(len(l.visible))
	}
	if l.starredOnly {
		title += " · ★ starred only"
	}
	return paneTitle(l.styles, title, l.focused, l.width)
}

func (l listPane) filterLine() string {
	if l.filtering {
		return l.filter.View()
	}
	return l.styles.Dim.Render("/"+l.query) + l.styles.Dim.Render("  ("+strconv.Itoa(len(l.visible))+" match"+plural(len(l.visible), "es")+", esc clears)")
}

// itemKey is what one story's two lines depend on.
type itemKey struct {
	id                      string
	selected, read, starred bool
	badge                   string
	width                   int
}

// itemCacheLimit bounds the drawn stories kept between frames.
const itemCacheLimit = 512

// item draws one story, or takes it from the cache: a marker, the title
// and the badge, then the date, the region and the summary.
func (l listPane) item(b *briefing.Briefing, selected bool) [2]string {
	st := l.state.Get(b.ID)
	k := itemKey{b.ID, selected, st.Read, st.Starred, l.badges[b.ID], l.width}
	if lines, ok := l.drawn[k]; ok {
		return lines
	}
	lines := l.drawItem(b, k)
	if len(l.drawn) >= itemCacheLimit {
		clear(l.drawn)
	}
	l.drawn[k] = lines
	return lines
}

func (l listPane) drawItem(b *briefing.Briefing, k itemKey) [2]string {
	s := l.styles
	inner := l.width - 1 // a column of margin before the next pane
	bar := "  "
	if k.selected {
		bar = s.Cursor.Render("▌ ")
	}
	mark := " "
	switch {
	case k.starred:
		mark = s.Star.Render("★")
	case !k.read:
		mark = s.UnreadDot.Render("•")
	}
	titleStyle := s.ReadTitle
	if !k.read {
		titleStyle = s.Unread
	}
	room := inner - 4
	if k.badge != "" {
		room -= ansi.StringWidth(k.badge) + 1
	}
	title := ansi.Truncate(b.Title, max(room, 8), "…")
	line1 := bar + mark + " " + titleStyle.Render(title)
	if k.badge != "" {
		gap := inner - 4 - ansi.StringWidth(title) - ansi.StringWidth(k.badge)
		line1 += strings.Repeat(" ", max(gap, 1)) + s.Badge.Render(k.badge)
	}
	meta := formatDate(b.Published)
	if where := placeOf(b); where != "" {
		// In a narrow column the summary matters more than the region,
		// which the status bar and the reader show anyway.
		if withPlace := meta + " · " + where; b.Summary == "" || inner-4-ansi.StringWidth(withPlace)-3 >= 20 {
			meta = withPlace
		}
	}
	rest := inner - 4 - ansi.StringWidth(meta) - 3
	line2 := bar + "  " + s.Meta.Render(meta)
	if b.Summary != "" && rest > 8 {
		line2 += s.Summary.Render(" — " + ansi.Truncate(b.Summary, rest, "…"))
	}
	return [2]string{fitLine(line1, l.width), fitLine(line2, l.width)}
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
