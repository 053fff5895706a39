package tui

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
)

// The panes across briefings — library-wide search (this file), the story
// of a briefing (storypane.go) and the theatre timeline (theatrepane.go) —
// ask the library's index (Options.Index). It is opened once, in a
// command started with the session, and arrives as an indexMsg; until
// then they say the library is being indexed. Each query runs in a command
// of its own and comes back as a message routed to the pane that asked.

// queryTimeout bounds one question to the index.
const queryTimeout = 10 * time.Second

// searchLimit is how many briefings a search lists at most.
const searchLimit = 50

// Messages of the panes across briefings.
type (
	// indexMsg brings the library's index, or why it could not be opened.
	indexMsg struct {
		ix  briefing.Index
		err error
	}
	// showBriefingMsg asks to open briefing id in the reader and, when
	// sentence is given, to scroll to it with span highlighted.
	showBriefingMsg struct{ id, sentence, span string }
	// overlayOpenedMsg tells an overlay it has just been opened.
	overlayOpenedMsg struct{}
	// routedMsg is an answer of the index for one pane.
	routedMsg interface{ target() paneID }
)

// indexCmd opens the index in a command: Options.Index may take as long
// as the index needs to catch up with the files, off the UI path.
func (m Model) indexCmd() tea.Cmd {
	open := m.opts.Index
	if open == nil {
		return nil
	}
	return func() tea.Msg {
		ix, err := open()
		return indexMsg{ix: ix, err: err}
	}
}

// handleAcross routes the messages of the panes across briefings: the
// index to every pane, an answer to the pane that asked, and a briefing to
// show to the list and the reader.
func (m Model) handleAcross(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case indexMsg:
		return m, m.broadcast(msg)
	case routedMsg:
		return m, m.pane(msg.target()).Update(msg)
	case showBriefingMsg:
		return m, m.showBriefing(msg)
	}
	return m, nil
}

// showBriefing selects a briefing in the list (clearing a filter or the
// starred-only view that hides it), reads it and jumps to the sentence.
func (m *Model) showBriefing(msg showBriefingMsg) tea.Cmd {
	if _, ok := m.lib.Get(msg.id); !ok {
		return m.setStatus("That briefing is not in the library as loaded (r reloads it).", true)
	}
	for m.overlay != "" {
		m.closeOverlay()
	}
	before := m.mark()
	m.list.selectID(msg.id)
	cmds := []tea.Cmd{m.follow(before), m.setFocus(readerID)}
	if msg.sentence != "" {
		cmds = append(cmds, m.jump(jumpRequest{id: msg.id, sentence: msg.sentence, span: msg.span}))
	}
	return tea.Batch(cmds...)
}

// selectID moves the list's selection to story id, showing every story
// first when the filter or the starred-only view hides it.
func (l *listPane) selectID(id string) {
	for vi, i := range l.visible {
		if l.all[i].ID == id {
			l.moveTo(vi)
			return
		}
	}
	l.query, l.starredOnly = "", false
	l.filter.SetValue("")
	l.refilter(id)
}

// indexUse is what a pane knows of the index: whether the session has
// one, and once it is open, the index or why it could not be opened.
type indexUse struct {
	given bool
	ix    briefing.Index
	err   error
}

// take records an indexMsg.
func (u *indexUse) take(msg indexMsg) { u.ix, u.err = msg.ix, msg.err }

// ready reports whether queries can run.
func (u indexUse) ready() bool { return u.ix != nil && u.err == nil }

// notReady says why a pane about what cannot answer yet, wrapped to width.
func (u indexUse) notReady(what string, width int) []string {
	var text string
	switch {
	case !u.given:
		text = what + " needs the library's index, and this session has none (a briefing read alone " +
			"has no library around it). The reader and the SSH server on a library build it in the " +
			"cache directory in the background, as do sitrep search, stories and timeline in a shell."
	case u.err != nil:
		text = "The library's index could not be opened: " + u.err.Error()
	default:
		text = "Indexing the library… " + what + " works as soon as the index has caught up with the files."
	}
	return wrapText(sanitize.Line(text), width)
}

// wrapText wraps plain text to width cells.
func wrapText(s string, width int) []string {
	return strings.Split(ansi.Wrap(s, max(width, 10), " /-"), "\n")
}

// searchID is the search pane's ID.
const searchID paneID = "search"

// searchResultsMsg is the answer to a search.
type searchResultsMsg struct {
	seq   int
	query string
	hits  []briefing.Hit
	err   error
}

func (searchResultsMsg) target() paneID { return searchID }

// searchKeys are the search pane's keys.
type searchKeys struct {
	moveKeys
	Open      key.Binding
	NewSearch key.Binding
	Run       key.Binding
	Cancel    key.Binding
}

func newSearchKeys() searchKeys {
	return searchKeys{
		moveKeys:  newMoveKeys("result"),
		Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open at the match")),
		NewSearch: key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "new search")),
		Run:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "search")),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "stop typing")),
	}
}

// ShortHelp is the search pane's part of the status bar.
func (k searchKeys) ShortHelp() []key.Binding { return []key.Binding{k.Down, k.Open, k.NewSearch} }

// FullHelp lists every search key.
func (k searchKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Top, k.Bottom}, {k.Open, k.NewSearch}}
}

// searchPane searches the whole library (\): a query line, then the
// briefings that match, best first, each with its title, date, source and
// a snippet with the matches highlighted; enter opens one at the match.
type searchPane struct {
	keys   searchKeys
	styles *Styles
	index  indexUse
	input  *textinput.Model
	typing bool
	// replacing: the query line holds the last query, selected, as a find
	// bar reopens: the first text typed or pasted replaces it, backspace
	// clears it, and a key that moves the cursor keeps it to edit.
	replacing bool
	focused   bool
	width     int
	height    int

	seq       int    // of the last search asked
	searching bool   // waiting for its answer
	query     string // the query of the results shown
	hits      []briefing.Hit
	err       error
	cursor    int
	scroll    scroller // over the result lines
}

func newSearchPane(styles *Styles, hasIndex bool) *searchPane {
	ti := textinput.New()
	ti.Prompt = "search: "
	ti.Placeholder = `words, prefix*, "phrases", region: country: source: role: since: until:`
	ti.CharLimit = briefing.MaxQueryLen
	ti.SetStyles(inputStyles(styles.IsDark))
	return &searchPane{keys: newSearchKeys(), styles: styles, index: indexUse{given: hasIndex}, input: &ti}
}

// SetSize gives the pane the screen above the status bar.
func (p *searchPane) SetSize(w, h int) {
	p.width, p.height = w, h
	p.input.SetWidth(max(w-12, 1))
}

// SetFocused opens the pane with the query line ready for typing, or
// closes it (the query and its results stay for the next time).
func (p *searchPane) SetFocused(focused bool) {
	p.focused = focused
	if focused {
		p.startTyping()
		return
	}
	p.stopTyping()
}

// startTyping readies the query line with the last query, selected.
func (p *searchPane) startTyping() {
	p.typing = true
	p.input.SetValue(p.query)
	p.input.CursorEnd()
	p.input.Focus()
	p.replacing = p.query != ""
}

// stopTyping leaves the query line (enter, esc, the pane closing).
func (p *searchPane) stopTyping() {
	p.typing, p.replacing = false, false
	p.input.Blur()
}

// Capturing is true while the query is typed.
func (p *searchPane) Capturing() bool { return p.typing }

// Keys are the input's keys while typing, else the pane's.
func (p *searchPane) Keys() help.KeyMap {
	if p.typing {
		return inputKeys{Accept: p.keys.Run, Cancel: p.keys.Cancel}
	}
	return p.keys
}

// KeySection is the search pane's part of the key reference.
func (p *searchPane) KeySection() section { return section{"Library search (\\)", p.keys} }

// Scroll moves the selection by n results (the mouse wheel).
func (p *searchPane) Scroll(n int) { p.moveTo(p.cursor + n) }

// Update types the query, runs it in a command, takes the results and
// moves among them.
func (p *searchPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if !p.focused {
			return nil
		}
		if p.typing {
			return p.updateInput(msg)
		}
		return p.handleKey(msg)
	case tea.PasteMsg:
		if p.focused && p.typing {
			return p.updateInput(msg)
		}
	case indexMsg:
		p.index.take(msg)
		if p.focused && p.query != "" && p.hits == nil {
			return p.run(p.query)
		}
	case searchResultsMsg:
		if msg.seq != p.seq {
			return nil // a search since replaced
		}
		p.searching = false
		p.query, p.hits, p.err = msg.query, msg.hits, msg.err
		p.cursor, p.scroll.offset = 0, 0
	case stylesMsg:
		p.styles = msg.styles
		p.input.SetStyles(inputStyles(msg.styles.IsDark))
	}
	return nil
}

// updateInput feeds a key to the query line: enter runs the query, esc
// stops typing (a second esc closes the pane).
func (p *searchPane) updateInput(msg tea.Msg) tea.Cmd {
	if km, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(km, p.keys.Run):
			p.stopTyping()
			return p.run(strings.TrimSpace(p.input.Value()))
		case key.Matches(km, p.keys.Cancel):
			p.stopTyping()
			return nil
		}
	}
	if p.replacing && p.replaceQuery(msg) {
		return nil
	}
	var cmd tea.Cmd
	*p.input, cmd = p.input.Update(msg)
	return cmd
}

// replaceQuery ends the selection of the last query: text typed or pasted
// replaces it, backspace or delete clears it (done: the key is spent), any
// other key edits it from the end.
func (p *searchPane) replaceQuery(msg tea.Msg) (done bool) {
	p.replacing = false
	switch msg := msg.(type) {
	case tea.PasteMsg:
		p.input.SetValue("")
	case tea.KeyPressMsg:
		switch {
		case msg.String() == "backspace" || msg.String() == "delete":
			p.input.SetValue("")
			return true
		case msg.Text != "":
			p.input.SetValue("")
		}
	}
	return false
}

// run asks the index for query in a command; an empty query clears the
// results.
func (p *searchPane) run(query string) tea.Cmd {
	p.seq++
	if query == "" {
		p.query, p.hits, p.err, p.searching = "", nil, nil, false
		return nil
	}
	p.query = query
	q, err := briefing.ParseQuery(query)
	if err != nil {
		p.hits, p.err, p.searching = nil, err, false
		return nil
	}
	if !p.index.ready() {
		p.hits, p.err = nil, nil
		return nil // runs when the index arrives
	}
	p.searching = true
	ix, seq := p.index.ix, p.seq
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), queryTimeout)
		defer cancel()
		hits, err := ix.Search(ctx, q, searchLimit)
		return searchResultsMsg{seq: seq, query: query, hits: hits, err: err}
	}
}

func (p *searchPane) handleKey(km tea.KeyPressMsg) tea.Cmd {
	k := p.keys
	switch {
	case key.Matches(km, k.Open):
		return p.open()
	case key.Matches(km, k.NewSearch):
		p.startTyping()
	case key.Matches(km, k.Down):
		p.moveTo(p.cursor + 1)
	case key.Matches(km, k.Up):
		p.moveTo(p.cursor - 1)
	case key.Matches(km, k.Top):
		p.moveTo(0)
	case key.Matches(km, k.Bottom):
		p.moveTo(len(p.hits) - 1)
	case key.Matches(km, k.PageDown, k.HalfDown):
		p.moveTo(p.cursor + max(p.resultRows()/hitHeight, 1))
	case key.Matches(km, k.PageUp, k.HalfUp):
		p.moveTo(p.cursor - max(p.resultRows()/hitHeight, 1))
	}
	return nil
}

func (p *searchPane) moveTo(i int) { p.cursor = clamp(i, 0, max(len(p.hits)-1, 0)) }

// open asks to read the selected briefing at its first match.
func (p *searchPane) open() tea.Cmd {
	if p.cursor >= len(p.hits) {
		return nil
	}
	h := p.hits[p.cursor]
	sentence, span := matchPassage(h)
	return ask(showBriefingMsg{id: h.ID, sentence: sentence, span: span})
}

// matchPassage is the part of a hit's snippet around its first match (the
// snippet is cut with "…"), and the match: where the reader jumps to.
func matchPassage(h briefing.Hit) (sentence, span string) {
	if len(h.Highlights) == 0 {
		return "", ""
	}
	sp := h.Highlights[0]
	if sp.Start < 0 || sp.End > len(h.Snippet) || sp.Start >= sp.End {
		return "", ""
	}
	from := strings.LastIndex(h.Snippet[:sp.Start], "…")
	if from < 0 {
		from = 0
	} else {
		from += len("…")
	}
	to := strings.Index(h.Snippet[sp.End:], "…")
	if to < 0 {
		to = len(h.Snippet)
	} else {
		to += sp.End
	}
	return strings.TrimSpace(h.Snippet[from:to]), h.Snippet[sp.Start:sp.End]
}

// hitHeight is the lines one result takes at most: title, date and
// source, three of snippet, a blank.
const hitHeight = 6

// resultRows is the lines under the title, the query line and the count.
func (p *searchPane) resultRows() int { return max(p.height-3, 1) }

// View draws the title, the query line, what the search found and the
// results, the selected one marked.
func (p *searchPane) View() []string {
	b := newBlock(p.width, p.height)
	closes := "enter searches, esc stops typing"
	switch {
	case p.replacing:
		closes = "type a new query or ← to edit it, esc stops typing"
	case !p.typing:
		closes = "enter opens, / new search, esc closes"
	}
	b.add(paneTitle(p.styles, " Search the library  ("+closes+")", true, p.width))
	switch {
	case p.replacing:
		prompt := p.input.Styles().Focused.Prompt.Render(p.input.Prompt)
		query := ansi.Truncate(sanitize.Line(p.input.Value()), max(p.width-ansi.StringWidth(p.input.Prompt)-2, 1), "…")
		b.add(" " + prompt + p.styles.Selected.Render(query))
	case p.typing:
		b.add(" " + p.input.View())
	default:
		b.add(" " + p.styles.Dim.Render("search: ") + sanitize.Line(p.query))
	}
	lines, first, last := p.resultLines()
	b.add(" " + p.summary())
	s := &p.scroll
	s.setWindow(p.resultRows(), len(lines))
	s.reveal(first, last)
	from, to := s.window()
	for _, l := range lines[from:to] {
		b.add(l)
	}
	return b.done()
}

// summary is the line above the results: how many, or why there are none.
func (p *searchPane) summary() string {
	st := p.styles
	var qe *briefing.QueryError
	switch {
	case p.query == "":
		return st.Dim.Render("Type a query and press enter: every briefing of the library is searched.")
	case errors.As(p.err, &qe):
		return st.Error.Render(sanitize.Line(p.err.Error()))
	case p.err != nil:
		return st.Error.Render("The search failed: " + sanitize.Line(p.err.Error()))
	case !p.index.ready():
		return ""
	case p.searching:
		return st.Dim.Render("Searching…")
	case len(p.hits) == 0:
		return st.Empty.Render("No briefing matches.")
	case len(p.hits) == searchLimit:
		return st.Dim.Render("The best " + strconv.Itoa(searchLimit) + " briefings, best match first")
	case len(p.hits) == 1:
		return st.Dim.Render("1 briefing matches")
	}
	return st.Dim.Render(strconv.Itoa(len(p.hits)) + " briefings match, best first")
}

// resultLines draws every result, and where the selected one starts and
// ends; without the index, the lines say why.
func (p *searchPane) resultLines() (lines []string, first, last int) {
	if p.query != "" && p.err == nil && !p.index.ready() {
		for _, l := range p.index.notReady("Search", p.width-4) {
			lines = append(lines, "  "+p.styles.Empty.Render(l))
		}
		return lines, 0, 0
	}
	for i, h := range p.hits {
		if i == p.cursor {
			first = len(lines)
		}
		lines = append(lines, p.hitLines(h, i == p.cursor)...)
		if i == p.cursor {
			last = len(lines) - 1
		}
	}
	return lines, first, last
}

// hitLines draws one result: the title, the date, source and region, the
// snippet with the matches highlighted, and a blank line.
func (p *searchPane) hitLines(h briefing.Hit, selected bool) []string {
	st := p.styles
	w := max(p.width-4, 10)
	title := ansi.Truncate(sanitize.Line(h.Title), w, "…")
	marker := "  "
	if selected {
		title = st.Selected.Render(title)
		marker = st.Cursor.Render("▌") + " "
	} else {
		title = st.HeaderTitle.Render(title)
	}
	meta := formatDate(h.Published)
	if h.Source != "" {
		meta += " · " + sanitize.Line(h.Source)
	}
	if h.Region != "" {
		meta += " · " + sanitize.Line(h.Region)
	}
	out := []string{marker + title, "  " + st.Meta.Render(ansi.Truncate(meta, w, "…"))}
	snip := wrapHighlighted(h.Snippet, h.Highlights, w, st.Match.Render)
	if len(snip) > 3 {
		snip = snip[:3]
	}
	for _, l := range snip {
		out = append(out, "  "+l)
	}
	return append(out, "")
}

// wrapHighlighted wraps a snippet to width and marks its spans, word by
// word so that no mark runs across a line's end.
func wrapHighlighted(s string, spans []briefing.Span, width int, mark func(...string) string) []string {
	type word struct {
		text      string
		hit, glue bool // glue: no space before it
	}
	var words []word
	spaceBefore := true // the text so far ends in white space
	add := func(raw string, hit bool) {
		if raw == "" {
			return
		}
		spaced := spaceBefore || strings.TrimLeftFunc(raw, unicode.IsSpace) != raw
		for i, f := range strings.Fields(sanitize.Line(raw)) {
			words = append(words, word{f, hit, i == 0 && !spaced})
		}
		spaceBefore = strings.TrimRightFunc(raw, unicode.IsSpace) != raw
	}
	at := 0
	for _, sp := range spans {
		if sp.Start < at || sp.End > len(s) || sp.Start >= sp.End {
			continue
		}
		add(s[at:sp.Start], false)
		add(s[sp.Start:sp.End], true)
		at = sp.End
	}
	add(s[at:], false)
	var lines []string
	var line strings.Builder
	lineW := 0
	for _, wd := range words {
		ww := ansi.StringWidth(wd.text)
		gap := 1
		if wd.glue {
			gap = 0
		}
		if lineW > 0 && lineW+gap+ww > width {
			lines = append(lines, line.String())
			line.Reset()
			lineW = 0
		}
		if lineW > 0 && gap > 0 {
			line.WriteByte(' ')
			lineW++
		}
		text := ansi.Truncate(wd.text, width, "…")
		if wd.hit {
			text = mark(text)
		}
		line.WriteString(text)
		lineW += min(ww, width)
	}
	if lineW > 0 {
		lines = append(lines, line.String())
	}
	return lines
}
