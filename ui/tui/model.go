// Package tui is sitrep's reader: a bubbletea program with a story list,
// the rendered briefing, and panels of key figures and timeline.
//
// The root Model is thin: it holds the panes as concrete fields and a
// focus, routes keys to the focused pane, routes results (a rendered
// document, a loaded library) to the pane that owns them, and lays the
// panes out when the terminal changes size. Everything a session needs —
// styles, keys, caches, renderer choice — lives in its Model, so the SSH
// server can run one per session.
//
// It imports the domain (sitrep/briefing and its subpackages) and the
// Charm stack, never another front end.
package tui

import (
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"

	"sitrep/briefing"
	"sitrep/briefing/sanitize"
)

// Options configure one reader session.
type Options struct {
	// Style is "auto" (ask the terminal), "dark" or "light".
	Style string
	// GlamourStyle is a glamour style name or file (GLAMOUR_STYLE); "" picks
	// dark or light from the background.
	GlamourStyle string
	// NoColor turns colour off (NO_COLOR): Run gives the program the Ascii
	// colour profile (bold, reverse and underline stay, so focus and
	// highlights still show). A caller running its own program, such as the
	// SSH server, sets the profile itself.
	NoColor bool
	// Mouse turns on wheel scrolling and click to select.
	Mouse bool
	// State keeps read marks, stars and positions; nil keeps them in memory.
	State briefing.ReadingStates
	// Load reloads the library (r); it runs inside a command. Nil disables reload.
	Load func() (*briefing.Library, error)
	// Width and Height are the terminal size when known.
	Width, Height int
}

// paneID names a pane that can have focus.
type paneID int

const (
	focusList paneID = iota
	focusReader
	focusFigures
	focusTimeline
)

func (p paneID) String() string {
	return [...]string{"STORIES", "READER", "FIGURES", "TIMELINE"}[p]
}

// Timings of the debounces.
const (
	resizeDebounce = 80 * time.Millisecond
	saveDebounce   = time.Second
	statusLifetime = 4 * time.Second
	docCacheSize   = 32
	detailsLimit   = 64
)

// delays are the debounce timings of a session; a negative one turns the
// debounce off (tests run commands synchronously).
type delays struct {
	resize, save, status time.Duration
}

// Model is one reader session.
type Model struct {
	lib   *briefing.Library
	opts  Options
	state briefing.ReadingStates
	keys  globalKeys

	styles *Styles
	isDark bool

	list     listPane
	reader   readerPane
	figures  figuresPane
	timeline timelinePane
	help     helpPane

	focus     paneID
	prevFocus paneID
	side      bool // medium layout: panels in place of the list
	overlay   overlayKind

	width, height int
	layout        layout

	current     string // ID of the briefing shown
	docs        *docCache
	inflight    map[docKey]bool
	details     map[string]detailsMsg
	badgeAsked  map[string]bool
	helpLines   map[helpKey]string // the help line, drawn once per state
	pendingJump *jumpRequest

	delays    delays
	resizeSeq int
	saveSeq   int
	statusSeq int
	status    string
	statusErr bool
	unread    int
	quitting  bool
}

// overlayKind is what covers the panes, if anything.
type overlayKind int

const (
	overlayNone overlayKind = iota
	overlayHelp
	overlayProblems
)

// jumpRequest is a sentence the reader should scroll to, with the span in
// it to highlight; it waits for the document when that is still rendering.
type jumpRequest struct {
	id             string
	sentence, span string
}

// Messages of the root model.
type (
	renderTickMsg  struct{ seq int }
	saveTickMsg    struct{ seq int }
	savedMsg       struct{ err error }
	clearStatusMsg struct{ seq int }
	libraryMsg     struct {
		lib *briefing.Library
		err error
	}
)

// New builds a session's model over lib.
func New(lib *briefing.Library, opts Options) Model {
	if opts.Style == "" {
		opts.Style = "auto"
	}
	state := opts.State
	if state == nil {
		state = briefing.NewMemoryState()
	}
	if lib == nil {
		lib = emptyLibrary()
	}
	isDark := opts.Style != "light"
	styles := new(sessionStyles(isDark, opts.NoColor))
	m := Model{
		lib:        lib,
		opts:       opts,
		state:      state,
		keys:       newGlobalKeys(),
		styles:     styles,
		isDark:     isDark,
		list:       newListPane(styles, state),
		reader:     newReaderPane(styles),
		figures:    newFiguresPane(styles),
		timeline:   newTimelinePane(styles),
		help:       newHelpPane(styles),
		focus:      focusList,
		prevFocus:  focusReader,
		docs:       newDocCache(docCacheSize),
		inflight:   map[docKey]bool{},
		details:    map[string]detailsMsg{},
		badgeAsked: map[string]bool{},
		helpLines:  map[helpKey]string{},
		delays:     delays{resize: resizeDebounce, save: saveDebounce, status: statusLifetime},
	}
	m.list.focused = true
	m.list.setBriefings(lib.Briefings(), "")
	m.countUnread()
	if w := state.Warning(); w != nil {
		m.status, m.statusErr = sanitize.Line(w.Error()), true
	}
	if opts.Width > 0 && opts.Height > 0 {
		m.resize(opts.Width, opts.Height)
	}
	m.syncCurrent()
	return m
}

// Init asks the terminal for its background (auto style) and starts
// loading the first story.
func (m Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.opts.Style == "auto" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.width > 0 {
		cmds = append(cmds, m.loadCurrent()...)
	}
	return tea.Batch(cmds...)
}

// Update routes a message: keys to the focused pane (or the global
// handlers), results to the pane that owns them.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg:
		return m.handlePaste(msg)
	case tea.MouseWheelMsg:
		return m.handleWheel(msg)
	case tea.MouseClickMsg:
		return m.handleClick(msg)
	case tea.WindowSizeMsg:
		return m.handleResize(msg)
	case renderTickMsg:
		if msg.seq != m.resizeSeq {
			return m, nil
		}
		return m, tea.Batch(m.loadCurrent()...)
	case tea.BackgroundColorMsg:
		return m.handleBackground(msg.IsDark())
	case renderedMsg:
		return m.handleRendered(msg)
	case detailsMsg:
		return m.handleDetails(msg)
	case badgesMsg:
		for id, b := range msg.Badges {
			m.list.badges[id] = b
		}
		return m, nil
	case libraryMsg:
		return m.handleLibrary(msg)
	case saveTickMsg:
		if msg.seq != m.saveSeq {
			return m, nil
		}
		return m, saveCmd(m.state)
	case savedMsg:
		if msg.err != nil {
			return m, m.setStatus(msg.err.Error(), true)
		}
		return m, nil
	case clearStatusMsg:
		if msg.seq == m.statusSeq {
			m.status, m.statusErr = "", false
		}
		return m, nil
	}
	return m, nil
}

// saveCmd writes the reading state.
func saveCmd(state briefing.ReadingStates) tea.Cmd {
	return func() tea.Msg { return savedMsg{err: state.Save()} }
}

// scheduleSave saves the state a second after the last change.
func (m *Model) scheduleSave() tea.Cmd {
	m.saveSeq++
	seq := m.saveSeq
	if m.delays.save < 0 {
		return nil
	}
	return tea.Tick(m.delays.save, func(time.Time) tea.Msg { return saveTickMsg{seq} })
}

// setStatus shows a message in the status bar for a few seconds.
func (m *Model) setStatus(text string, isErr bool) tea.Cmd {
	m.statusSeq++
	m.status, m.statusErr = sanitize.Line(text), isErr
	seq := m.statusSeq
	if m.delays.status < 0 {
		return nil
	}
	return tea.Tick(m.delays.status, func(time.Time) tea.Msg { return clearStatusMsg{seq} })
}

func (m *Model) countUnread() {
	all := m.lib.Briefings()
	read := m.state.CountRead(func(yield func(string) bool) {
		for _, b := range all {
			if !yield(b.ID) {
				return
			}
		}
	})
	m.unread = len(all) - read
}

// resize lays the panes out for a new terminal size. Each pane is sized
// by the layout in which it shows, so a hidden reader is ready at the
// width it will have.
func (m *Model) resize(w, h int) {
	m.width, m.height = w, h
	m.layout = computeLayout(w, h, m.focus, m.side)
	if m.layout.Mode == layoutTooSmall {
		return
	}
	sized := func(p paneID, side bool) layout { return computeLayout(w, h, p, side) }
	lr := sized(focusList, false).List
	m.list.setSize(lr.W, lr.H)
	rr := sized(focusReader, m.side).Reader
	m.reader.setSize(rr.W, rr.H)
	fl := sized(focusFigures, true)
	m.figures.setSize(fl.Figures.W, fl.Figures.H)
	tl := sized(focusTimeline, true)
	m.timeline.setSize(tl.Timeline.W, tl.Timeline.H)
	m.help.setSize(w, h-chromeHeight)
}

func (m Model) handleResize(msg tea.WindowSizeMsg) (tea.Model, tea.Cmd) {
	first := m.width == 0
	m.resize(msg.Width, msg.Height)
	if first {
		return m, tea.Batch(m.loadCurrent()...)
	}
	// Lay out now, render again once the size settles.
	m.resizeSeq++
	seq := m.resizeSeq
	if m.delays.resize < 0 {
		return m, tea.Batch(m.loadCurrent()...)
	}
	return m, tea.Tick(m.delays.resize, func(time.Time) tea.Msg { return renderTickMsg{seq} })
}

// handleBackground switches styles when the terminal reports its background.
func (m Model) handleBackground(isDark bool) (tea.Model, tea.Cmd) {
	if m.opts.Style != "auto" || isDark == m.isDark {
		return m, nil
	}
	m.isDark = isDark
	m.applyStyles(new(sessionStyles(isDark, m.opts.NoColor)))
	return m, tea.Batch(m.loadCurrent()...)
}

func (m *Model) applyStyles(s *Styles) {
	m.styles = s
	m.list.styles = s
	clear(m.list.drawn)
	m.reader.styles = s
	m.figures.styles = s
	m.timeline.styles = s
	m.list.filter.SetStyles(inputStyles(s.IsDark))
	m.reader.search.SetStyles(inputStyles(s.IsDark))
	m.help = newHelpPane(s)
	clear(m.helpLines)
	if m.width > 0 {
		m.resize(m.width, m.height)
	}
}

// sessionStyles are the styles for a background, without colour when
// the session has none.
func sessionStyles(isDark, noColor bool) Styles {
	if noColor {
		return NewStyles(isDark).withoutColor()
	}
	return NewStyles(isDark)
}

// glamourStyle is the glamour style for this session's background.
func (m Model) glamourStyle() string {
	if m.opts.GlamourStyle != "" {
		return m.opts.GlamourStyle
	}
	if m.isDark {
		return "dark"
	}
	return "light"
}

func (m Model) docKeyFor(id string) docKey {
	return docKey{ID: id, Width: m.reader.wrapWidth(), Style: m.glamourStyle()}
}

// neighbours are the stories before and after the current one in the list.
func (m Model) neighbours() []string {
	var ids []string
	c := m.list.cursor
	for _, vi := range []int{c + 1, c - 1} {
		if vi >= 0 && vi < len(m.list.visible) {
			ids = append(ids, m.list.all[m.list.visible[vi]].ID)
		}
	}
	return ids
}

// syncCurrent makes the reader and panels show the story under the list
// cursor; it reports whether that changed the story.
func (m *Model) syncCurrent() bool {
	b, ok := m.list.selected()
	id := ""
	if ok {
		id = b.ID
	}
	if id == m.current {
		return false
	}
	m.rememberPosition()
	m.current = id
	m.pendingJump = nil
	var doc *document
	if b != nil {
		doc, _ = m.docs.get(m.docKeyFor(id))
	}
	m.reader.show(b, doc, m.state.Position(id))
	if b == nil {
		m.figures.loading("")
		m.timeline.loading("", time.Time{})
		return true
	}
	m.figures.loading(id)
	m.timeline.loading(id, b.Published)
	if d, ok := m.details[id]; ok {
		m.installDetails(d)
	}
	return true
}

// startPosition is where to put the reader in a newly rendered document:
// where it is when this is a new rendering of the story on screen (a
// resize), else where the analyst left the story.
func (m Model) startPosition(id string) float64 {
	if m.reader.doc != nil && m.reader.doc.Key.ID == id {
		return m.reader.position()
	}
	return m.state.Position(id)
}

// rememberPosition records where the reader is in the current story.
func (m *Model) rememberPosition() bool {
	if m.current == "" || m.reader.doc == nil || m.reader.doc.Key.ID != m.current {
		return false
	}
	return m.state.SetPosition(m.current, m.reader.position())
}

// loadCurrent returns the commands that fetch what the screen needs: the
// current document, its neighbours', the panels' data and the badges.
func (m *Model) loadCurrent() []tea.Cmd {
	if m.lib == nil || m.width == 0 || m.layout.Mode == layoutTooSmall {
		return nil
	}
	var cmds []tea.Cmd
	if m.current != "" {
		key := m.docKeyFor(m.current)
		if d, ok := m.docs.get(key); ok {
			if m.reader.doc != d {
				m.reader.setDoc(d, m.startPosition(m.current))
			}
			cmds = append(cmds, m.renderAhead()...)
		} else {
			// The neighbours follow once this one is in (handleRendered), so
			// that holding j renders one story per key, not three.
			cmds = append(cmds, m.requestDoc(key))
		}
		if _, ok := m.details[m.current]; !ok {
			cmds = append(cmds, detailsCmd(m.lib, m.current))
		}
	}
	cmds = append(cmds, m.requestBadges())
	return cmds
}

// renderAhead asks for the neighbours' documents not yet rendered.
func (m *Model) renderAhead() []tea.Cmd {
	var cmds []tea.Cmd
	for _, id := range m.neighbours() {
		if k := m.docKeyFor(id); !m.hasDoc(k) {
			cmds = append(cmds, m.requestDoc(k))
		}
	}
	return cmds
}

func (m Model) hasDoc(k docKey) bool {
	_, ok := m.docs.docs[k]
	return ok
}

func (m *Model) requestDoc(k docKey) tea.Cmd {
	if m.inflight[k] {
		return nil
	}
	m.inflight[k] = true
	return renderCmd(m.lib, k)
}

// requestBadges asks for the badges of the stories on screen.
func (m *Model) requestBadges() tea.Cmd {
	var ids []string
	for _, id := range m.list.onScreen() {
		if !m.badgeAsked[id] {
			m.badgeAsked[id] = true
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	return badgesCmd(m.lib, ids)
}

// handleRendered caches a document if it is for the current story or a
// neighbour at the current width and style, and shows it if current.
func (m Model) handleRendered(msg renderedMsg) (tea.Model, tea.Cmd) {
	d := msg.Doc
	delete(m.inflight, d.Key)
	want := m.docKeyFor(d.Key.ID)
	if d.Key != want {
		return m, nil // rendered for a width or style no longer in use
	}
	wanted := d.Key.ID == m.current
	for _, id := range m.neighbours() {
		wanted = wanted || id == d.Key.ID
	}
	if !wanted {
		return m, nil // the analyst has moved on
	}
	m.docs.put(d)
	if d.Key.ID != m.current {
		return m, nil
	}
	m.reader.setDoc(d, m.startPosition(d.Key.ID))
	return m, tea.Batch(append(m.renderAhead(), m.applyPendingJump())...)
}

func (m Model) handleDetails(msg detailsMsg) (tea.Model, tea.Cmd) {
	if len(m.details) >= detailsLimit {
		clear(m.details)
	}
	m.details[msg.ID] = msg
	if msg.ID == m.current {
		m.installDetails(msg)
	}
	return m, nil
}

func (m *Model) installDetails(d detailsMsg) {
	b, _ := m.lib.Get(d.ID)
	published := time.Time{}
	if b != nil {
		published = b.Published
	}
	m.figures.setFigures(d.ID, d.Figures, d.Err)
	m.timeline.setTimeline(d.ID, published, d.Timeline, d.Err)
}

// handleLibrary installs a reloaded library, keeping the selection.
func (m Model) handleLibrary(msg libraryMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		return m, m.setStatus("reload failed: "+msg.err.Error(), true)
	}
	m.rememberPosition()
	keep := m.current
	m.lib = msg.lib
	m.docs.clear()
	clear(m.inflight)
	clear(m.details)
	clear(m.badgeAsked)
	clear(m.list.badges)
	m.list.setBriefings(m.lib.Briefings(), keep)
	m.current = ""
	m.reader.show(nil, nil, 0)
	m.syncCurrent()
	m.countUnread()
	text := "Reloaded: " + itoa(m.lib.Len()) + " briefings"
	if n := len(m.lib.Problems()); n > 0 {
		text += ", " + itoa(n) + " skipped (! shows why)"
	}
	cmds := append(m.loadCurrent(), m.setStatus(text, false))
	return m, tea.Batch(cmds...)
}

// emptyLibrary stands in when the caller has no library.
func emptyLibrary() *briefing.Library {
	lib, _ := briefing.Load(fstest.MapFS{})
	return lib
}

// reloadCmd loads the library again.
func reloadCmd(load func() (*briefing.Library, error)) tea.Cmd {
	return func() tea.Msg {
		lib, err := load()
		return libraryMsg{lib: lib, err: err}
	}
}
