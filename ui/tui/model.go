// Package tui is sitrep's reader: a bubbletea program with a story list,
// the rendered briefing, and panels of key figures and timeline.
//
// The root Model is thin. It holds the panes by ID (registerPanes in
// panes.go) with the focused one named once, routes keys to the focused
// pane and results (a rendered document, a loaded library, a briefing's
// figures) to the panes that own them, and lays the panes out when the
// terminal changes size. Panes ask the root for things with intent
// messages (openStoryMsg, jumpMsg, focusMsg, copyMsg, noticeMsg); the root
// never matches a pane's keys or reads its fields, except that it follows
// the story list's selection and the reader's position. Rendering runs in
// a renderPipeline (render.go) shared with other sessions through a
// RenderGroup. Everything a session needs — styles, keys, caches — lives in
// its Model, so the SSH server can run one per session.
//
// # Adding a pane
//
// A pane is one file: its paneID constant, a model meeting the pane
// interface (pane.go) with its own key map and the session's *Styles,
// Update handling its keys only while focused, and View returning lines
// exactly as wide and as many as SetSize gave it; it scrolls with a
// scroller and asks the root for anything beyond itself with an intent
// message. Then one line in registerPanes: a column pane in tab order, or
// an overlay with the global key that opens it (the problems view,
// problems.go, is such a pane). A pane that wants a column of its own on
// screen also needs its place in computeLayout (layout.go).
//
// It imports the domain (sitrep/briefing and its subpackages) and the
// Charm stack, never another front end.
package tui

import (
	"context"
	"testing/fstest"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

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
	// CatchUp brings a library shown from the index's stored headers up to
	// date with the files, and says what changed; it runs once, inside a
	// command, while the reader shows a quiet note (see watch.go). Nil: the
	// library was read from the files.
	CatchUp func() (*briefing.Library, briefing.LibraryChange, error)
	// Parts brings a library that has no index yet as it is read
	// (briefing.LoadInParts), each part more of it, the last whole: the
	// reader shows each as it comes, with a quiet note (see watch.go).
	// Nil: the library given is whole.
	Parts <-chan briefing.LibraryPart
	// FirstFrame is called once the first frame is drawn and the first
	// story's render and the badges have come: in a terminal (Run) the
	// frame is drawn when it is written (waited for at most firstFrameCap
	// after Init, or after the library opened with Open); elsewhere (the
	// SSH server's sessions) FirstFrame waits firstFrameDelay after the
	// story and the badges instead. It is for work put off
	// until then so that the frame has the processor: the reading of a
	// library in parts past its first (cli.ReaderLibrary.Resume), the
	// watcher's listing. Nil: nothing waits for it.
	FirstFrame func()
	// Watch reports changes to the library; the reader reloads with Load
	// and says what changed (see watch.go). Nil: no watching.
	Watch <-chan briefing.LibraryChange
	// Sync syncs the library's feeds (R) and says how it went; it runs
	// inside a command. Nil: this session cannot sync (see watch.go).
	Sync func() (string, error)
	// Width and Height are the terminal size when known.
	Width, Height int
	// OpenURL opens a briefing's URL in a browser where the analyst sits
	// (o). Nil means there is none: the session runs over SSH, so o says so
	// and offers y (copy) instead. Run sets it unless SSH_CONNECTION is set.
	OpenURL func(url string) error
	// Renders runs the glamour renders; the SSH server shares one between
	// its sessions so that they never render the same body twice at once.
	// Nil gives the session a group of its own.
	Renders *RenderGroup
	// Filters builds the filter's word index of each library; the SSH
	// server shares one between its sessions so that a library is indexed
	// once. Nil gives the session its own.
	Filters *FilterIndexes
	// ColorProfile is the colours the session's client is sent, when the
	// caller converts the frames' colours to it on the way out (the SSH
	// server, for 16 and 256 colours): the styles are built in it, so
	// that the frames carry fewer colours to convert. Zero keeps them in
	// 24-bit colour, for the renderer to convert.
	ColorProfile colorprofile.Profile
	// Index opens the library's index for search, stories and the theatre
	// timeline (searchpane.go); it runs once, inside a command, and may
	// take as long as the index needs to catch up. Nil: this session has
	// no index, and those panes say so.
	Index func() (briefing.Index, error)
	// Open, when set, opens the library while the program starts (the
	// terminal set up, the first tick of its drawing): it runs once,
	// inside a command begun at Init, and the library given to New is
	// not shown. Until it returns the reader draws nothing (the first
	// frame is the list, never an empty screen before it); what it
	// returns then takes the place of the library and of the options of
	// Opened, and the work that follows from them (the catch-up, the
	// parts, the watch, the index) starts; keys typed meanwhile act on it
	// then, in order (ctrl+c at once, and q when it is the first key
	// typed). An error ends the reader: Run returns it. Its context ends
	// when the reader quits (Run): an opening that honours it (an index
	// waiting on another writer's lock, a large library read from its
	// files) stops then.
	Open func(ctx context.Context) (Opened, error)

	// frameOut is closed once the first frame is written to the terminal
	// (Run's frameWriter); nil when nobody watches the writes (the SSH
	// server's sessions, tests): the first frame is then taken to be out
	// firstFrameDelay after it could be drawn.
	frameOut <-chan struct{}
	// quit ends when the reader has quit (Run); nil where nobody ends the
	// program from outside (tests, the SSH server's sessions). The
	// opening runs under it, and the work put off until the first frame
	// does not start after it.
	quit context.Context
}

// Opened is a library opened while the reader started (Options.Open), with
// the options that follow from how it was opened; each is as in Options.
type Opened struct {
	Lib        *briefing.Library
	CatchUp    func() (*briefing.Library, briefing.LibraryChange, error)
	Parts      <-chan briefing.LibraryPart
	FirstFrame func()
	Watch      <-chan briefing.LibraryChange
	Index      func() (briefing.Index, error)
}

// Timings of the debounces.
const (
	resizeDebounce = 80 * time.Millisecond
	saveDebounce   = time.Second
	statusLifetime = 4 * time.Second
	docCacheSize   = 32
	detailsLimit   = 64
	// firstFrameDelay is how long the catch-up of a library shown from its
	// index (and FirstFrame) waits where nobody watches the writes (the SSH
	// server's sessions), after the first story and its badges (begin):
	// bubbletea draws on a 60 Hz tick, so the first frame is on its way by
	// then. Begun at once, the catch-up (every file listed and stat'ed, every header
	// read from the index, and the garbage they make) took both cores of a
	// 2-core host from the first frame's drawing.
	firstFrameDelay = 25 * time.Millisecond
	// firstFrameCap is how long work put off until the first frame is
	// written waits at most: a terminal that never gets one (the reader
	// quit) lets it go then.
	firstFrameCap = 500 * time.Millisecond
)

// delays are the debounce timings of a session; a negative one turns the
// debounce off (tests run commands synchronously).
type delays struct {
	resize, save, status time.Duration
	firstFrame           time.Duration // zero or negative: no wait
}

// Model is one reader session.
type Model struct {
	lib   *briefing.Library
	opts  Options
	state briefing.ReadingStates
	keys  globalKeys

	styles *Styles
	isDark bool

	// panes are the session's panes, by ID. The list and the reader are
	// also held by type: the list holds the story selection the root
	// follows, the reader the document and the position it shows.
	panes  []paneEntry
	list   *listPane
	reader *readerPane

	focus     paneID // the column pane with the keyboard
	prevFocus paneID // where f and t go back to
	overlay   paneID // the pane covering the others, "" for none
	under     paneID // the overlay the key reference (?) covers, "" for none
	side      bool   // medium layout: panels in place of the list

	width, height int
	layout        layout

	current     string // ID of the briefing shown
	chose       bool   // the analyst moved the selection or opened a story (followsNewest)
	render      *renderPipeline
	details     map[string]detailsMsg
	badgeAsked  map[string]bool
	helpLines   map[helpKey]string // the help line, drawn once per state
	shortHelp   help.Model         // draws the help line
	pendingJump *jumpRequest
	undoRead    []string // the stories the last mark all read changed

	statusMemo *recent[statusKey, string] // the status lines drawn last: j and k go back and forth

	delays    delays
	resizeSeq int
	saveSeq   int
	statusSeq int
	status    string
	statusErr bool
	unread    int
	quitting  bool

	opening bool      // Options.Open has not returned yet: nothing is drawn
	openErr error     // what Options.Open failed with; the reader quits
	typed   []tea.Msg // keys and pastes that came while the library opened
}

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
	openedMsg struct {
		opened Opened
		err    error
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
	styles := new(sessionStyles(isDark, opts.NoColor, opts.ColorProfile))
	m := Model{
		lib:        lib,
		opts:       opts,
		state:      state,
		keys:       newGlobalKeys(),
		styles:     styles,
		isDark:     isDark,
		focus:      listID,
		prevFocus:  readerID,
		render:     newRenderPipeline(lib, opts.Renders),
		details:    map[string]detailsMsg{},
		badgeAsked: map[string]bool{},
		helpLines:  map[helpKey]string{},
		statusMemo: &recent[statusKey, string]{},
		shortHelp:  help.New(),
		delays:     delays{resize: resizeDebounce, save: saveDebounce, status: statusLifetime, firstFrame: firstFrameDelay},
	}
	m.shortHelp.Styles = styles.Help
	m.registerPanes(styles)
	m.focusPanes()
	m.broadcast(keyReferenceMsg{m.keyReference()})
	m.opening = opts.Open != nil
	m.broadcast(libraryChangedMsg{lib: lib, state: state})
	m.countUnread()
	m.noteOpening()
	if opts.Width > 0 && opts.Height > 0 {
		m.resize(opts.Width, opts.Height)
	}
	m.syncCurrent()
	return m
}

// noteOpening puts the notes of how the library is coming in the status
// bar (a catch-up, a reading in parts), or the reading state's warning.
func (m *Model) noteOpening() {
	if m.opts.CatchUp != nil {
		m.status = catchUpNote
		m.list.reading = true // an empty list is not yet an empty library
	}
	if m.opts.Parts != nil {
		m.status = readingNote(m.lib.Len())
		m.list.reading = true
	}
	if w := m.state.Warning(); w != nil {
		m.status, m.statusErr = sanitize.Line(w.Error()), true
	}
}

// Init asks the terminal for its background (auto style) and starts
// loading the first story, or opening the library (Options.Open).
func (m Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.opts.Style == "auto" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.opening {
		open, ctx := m.opts.Open, m.opts.quit
		if ctx == nil {
			ctx = context.Background()
		}
		cmds = append(cmds, func() tea.Msg {
			o, err := open(ctx)
			return openedMsg{o, err}
		})
		return tea.Batch(cmds...)
	}
	return tea.Batch(append(cmds, m.begin()...)...)
}

// begin is the work that follows from the library shown first: the
// filter's word index, the first story, the watch, the catch-up or the
// parts, the index.
func (m Model) begin() []tea.Cmd {
	// The filter's word index (filter.go), the first story's render and
	// figures and the badges of the stories listed follow the first
	// frame, which shows the list without them: begun with it, they took
	// the processor from its drawing. The catch-up and the work put off
	// until the first frame (FirstFrame: the reading past the first part,
	// the watcher) follow the story and its badges: begun with them, the
	// reading of a library in parts held the story's body back by tens of
	// milliseconds on a 2-core host.
	cmds := []tea.Cmd{m.afterFrameOut(m.list.initTexts())}
	var story tea.Cmd
	if m.width > 0 {
		story = tea.Batch(m.loadCurrent()...)
	}
	later := []tea.Cmd{m.afterFirstFrame(m.catchUpCmd())} // watch.go
	if f := m.opts.FirstFrame; f != nil {
		later = append(later, m.afterFirstFrame(func() tea.Msg { f(); return nil }))
	}
	return append(cmds, m.afterFrameOut(tea.Sequence(story, tea.Batch(later...))),
		m.watchCmd(), m.partsCmd(), m.indexCmd()) // watch.go, searchpane.go
}

// handleOpened shows the library Options.Open opened and begins what
// follows from it, or quits on its error.
func (m Model) handleOpened(msg openedMsg) (tea.Model, tea.Cmd) {
	if m.quitting {
		// The analyst quit while it opened (ctrl+c): shown on the way out
		// it would flash a frame, and what follows from it would start.
		return m, nil
	}
	m.opening = false
	if msg.err != nil {
		m.openErr, m.quitting = msg.err, true
		return m, tea.Quit
	}
	o := msg.opened
	m.opts.CatchUp, m.opts.Parts, m.opts.FirstFrame = o.CatchUp, o.Parts, o.FirstFrame
	m.opts.Watch, m.opts.Index = o.Watch, o.Index
	m.lib = o.Lib
	if m.lib == nil {
		m.lib = emptyLibrary()
	}
	m.render.reset(m.lib)
	changed := m.broadcast(libraryChangedMsg{lib: m.lib, state: m.state})
	if m.width > 0 {
		// The terminal's size came while the library opened, and the
		// panes were laid out for none: the story list is as wide as its
		// titles need in the wide layout.
		m.resize(m.width, m.height)
	}
	m.current = ""
	m.countUnread()
	m.noteOpening()
	m.syncCurrent()
	cmds := append(m.begin(), changed)
	typed := m.typed
	m.typed = nil
	for _, msg := range typed {
		next, cmd := m.Update(msg)
		m = next.(Model)
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

// keepTyped keeps a key or a paste that came while the library opened,
// for the library once it has opened: typed ahead on a blank terminal,
// as keys were typed ahead before the reader started, they are meant for
// it. ctrl+c is not kept: it quits at once; nor is q typed first, which
// cannot be meant for anything but quitting (after other keys it may be
// a filter's letter, so it waits its turn).
func (m *Model) keepTyped(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if key.Matches(msg, m.keys.ForceQuit) {
			return false
		}
		if len(m.typed) == 0 && key.Matches(msg, m.keys.Quit) {
			return false
		}
	case tea.PasteMsg:
	default:
		return false
	}
	m.typed = append(m.typed, msg)
	return true
}

// Update routes a message: keys to the focused pane (or the global
// handlers), results to the panes that own them, intents to their
// handlers.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.opening && m.keepTyped(msg) {
		return m, nil
	}
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
		return m, m.broadcast(msg)
	case filterTextsMsg, filterResultMsg:
		return m, m.toPaneUnchosen(listID, msg)
	case libraryMsg:
		return m.handleLibrary(msg)
	case openedMsg:
		return m.handleOpened(msg)
	case watchMsg: // watch.go
		return m.handleWatch(msg)
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
	return m.handleIntent(msg)
}

// handleIntent does what a pane asked for.
func (m Model) handleIntent(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case openStoryMsg:
		return m, m.setFocus(readerID)
	case focusMsg:
		return m, m.setFocus(msg.id)
	case jumpMsg:
		if msg.id != m.current {
			return m, nil // asked for a story the analyst has left
		}
		return m, m.jump(jumpRequest{id: msg.id, sentence: msg.sentence, span: msg.span})
	case copyMsg:
		return m, tea.Batch(tea.SetClipboard(msg.text), m.setStatus("Copied "+msg.what+" to the clipboard", false))
	case noticeMsg:
		return m, m.setStatus(msg.text, msg.isErr)
	}
	return m.handleAcross(msg) // searchpane.go
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

// resize lays the panes out for a new terminal size. Each column pane is
// sized by the layout in which it shows (so a hidden reader is ready at
// the width it will have); overlays take the screen above the status bar.
func (m *Model) resize(w, h int) {
	m.width, m.height = w, h
	m.layout = computeLayout(w, h, m.focus, m.side, m.list.wantWidth())
	if m.layout.Mode == layoutTooSmall {
		return
	}
	m.shortHelp.SetWidth(w)
	for _, e := range m.panes {
		if e.overlay {
			e.pane.SetSize(w, h-chromeHeight)
			continue
		}
		r := computeLayout(w, h, e.id, false, m.list.wantWidth()).rectOf(e.id)
		e.pane.SetSize(r.W, r.H)
	}
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
	m.applyStyles(new(sessionStyles(isDark, m.opts.NoColor, m.opts.ColorProfile)))
	return m, tea.Batch(m.loadCurrent()...)
}

func (m *Model) applyStyles(s *Styles) {
	m.styles = s
	m.shortHelp.Styles = s.Help
	m.broadcast(stylesMsg{s})
	clear(m.helpLines)
	if m.width > 0 {
		m.resize(m.width, m.height)
	}
}

// sessionStyles are the styles for a background, without colour when
// the session has none, else in the colours of its profile.
func sessionStyles(isDark, noColor bool, profile colorprofile.Profile) Styles {
	if noColor {
		return NewStyles(isDark).withoutColor()
	}
	return stylesIn(isDark, profile)
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
	story := storyMsg{briefing: b}
	if b != nil {
		story.doc, _ = m.render.get(m.docKeyFor(id))
		story.position = m.state.Position(id)
	}
	m.broadcast(story)
	if d, ok := m.details[id]; ok && b != nil {
		m.broadcast(d)
	}
	return true
}

// startPosition is where to put the reader in a newly rendered document:
// where it is when this is a new rendering of the story on screen (a
// resize), else where the analyst left the story.
func (m Model) startPosition(id string) float64 {
	if m.reader.shows(id) {
		return m.reader.position()
	}
	return m.state.Position(id)
}

// rememberPosition records where the reader is in the current story.
func (m *Model) rememberPosition() bool {
	if m.current == "" || !m.reader.shows(m.current) {
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
		if d, ok := m.render.get(key); ok {
			if m.reader.rendered() != d {
				m.reader.setDoc(d, m.startPosition(m.current))
			}
			cmds = append(cmds, m.renderAhead()...)
		} else {
			// The neighbours follow once this one is in (handleRendered), so
			// that holding j renders one story per key, not three.
			cmds = append(cmds, m.render.request(key))
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
	var keys []docKey
	for _, id := range m.list.neighbours() {
		keys = append(keys, m.docKeyFor(id))
	}
	return m.render.ahead(keys)
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

// handleRendered keeps a document if it is for the current story or a
// neighbour at the current width and style, and shows it if current.
func (m Model) handleRendered(msg renderedMsg) (tea.Model, tea.Cmd) {
	d := msg.Doc
	if !m.render.receive(d, m.wantsDoc(d.Key)) || d.Key.ID != m.current {
		return m, nil
	}
	m.reader.setDoc(d, m.startPosition(d.Key.ID))
	return m, tea.Batch(append(m.renderAhead(), m.applyPendingJump())...)
}

// wantsDoc reports whether the session still needs the document k: it is
// for the current story or a neighbour (the analyst has not moved on), at
// the width and style in use.
func (m Model) wantsDoc(k docKey) bool {
	if k != m.docKeyFor(k.ID) {
		return false
	}
	wanted := k.ID == m.current
	for _, id := range m.list.neighbours() {
		wanted = wanted || id == k.ID
	}
	return wanted
}

// handleDetails keeps a briefing's figures and timeline, and gives them
// to the panels when the briefing is on screen.
func (m Model) handleDetails(msg detailsMsg) (tea.Model, tea.Cmd) {
	if len(m.details) >= detailsLimit {
		clear(m.details)
	}
	m.details[msg.ID] = msg
	if msg.ID == m.current {
		return m, m.broadcast(msg)
	}
	return m, nil
}

// handleLibrary installs a reloaded library, keeping the selection.
func (m Model) handleLibrary(msg libraryMsg) (tea.Model, tea.Cmd) {
	if msg.err != nil {
		return m, m.setStatus("reload failed: "+msg.err.Error(), true)
	}
	m.rememberPosition()
	keep := m.current
	if m.followsNewest() {
		keep = "" // the top of the list, as long as the analyst has not chosen
	}
	m.lib = msg.lib
	m.render.reset(m.lib)
	clear(m.details)
	clear(m.badgeAsked)
	changed := m.broadcast(libraryChangedMsg{lib: m.lib, state: m.state, keep: keep, top: keep == ""})
	m.current = ""
	m.reader.show(nil, nil, 0)
	m.syncCurrent()
	m.countUnread()
	text := "Reloaded: " + itoa(m.lib.Len()) + " briefings"
	if n := len(m.lib.Problems()); n > 0 {
		text += ", " + itoa(n) + " skipped (! shows why)"
	}
	cmds := append(m.loadCurrent(), m.setStatus(text, false), changed)
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
