package tui

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"sitrep/briefing"
)

// A library that updates itself: when Options.Watch is set, the reader
// waits for the library watcher's reports (briefing.Watcher), reloads the
// library in a command, and installs it keeping the selection, the
// list's scroll position (the selected story stays on its row) and the
// filter, with a one-line notice ("3 new briefings"). R syncs the
// library's feeds now, when Options.Sync is set.

// watchMsg is a message of library watching.
type watchMsg interface{ isWatchMsg() }

// watchReportMsg is a report of the watcher; ok is false once the
// watcher has closed the channel.
type watchReportMsg struct {
	change briefing.LibraryChange
	ok     bool
}

// watchedLibraryMsg is the library reloaded after a change.
type watchedLibraryMsg struct {
	lib    *briefing.Library
	err    error
	change briefing.LibraryChange
}

// syncedMsg is the outcome of a sync asked for with R.
type syncedMsg struct {
	summary string
	err     error
}

// caughtUpMsg is the whole library, up to date with the files, after a
// first frame from the index (Options.CatchUp); base is the library the
// session showed when it asked, and change what changed on disk since
// the index was last brought up to date.
type caughtUpMsg struct {
	base, lib *briefing.Library
	change    briefing.LibraryChange
	err       error
}

// catchUpNote is the status line while the library catches up.
const catchUpNote = "Catching up with the library…"

// libraryPartMsg is the next part of a library read in parts
// (Options.Parts); base is the library the session showed when it
// asked, and ok is false once the channel is closed.
type libraryPartMsg struct {
	base *briefing.Library
	part briefing.LibraryPart
	ok   bool
}

// readingNote is the status line while a library is read in parts.
func readingNote(found int) string {
	if found == 0 {
		return readingPrefix
	}
	return readingPrefix + " " + itoa(found) + " found"
}

const readingPrefix = "Reading the library…"

func (libraryPartMsg) isWatchMsg()    {}
func (caughtUpMsg) isWatchMsg()       {}
func (watchReportMsg) isWatchMsg()    {}
func (watchedLibraryMsg) isWatchMsg() {}
func (syncedMsg) isWatchMsg()         {}

// syncNow starts a sync of the library's feeds (R). The briefings it
// writes arrive through the watcher like any others.
func (m *Model) syncNow() tea.Cmd {
	sync := m.opts.Sync
	if sync == nil {
		return m.setStatus("This session cannot sync feeds.", true)
	}
	run := func() tea.Msg {
		summary, err := sync()
		return syncedMsg{summary: summary, err: err}
	}
	return tea.Batch(m.setStatus("Syncing feeds…", false), run)
}

// watchCmd waits for the watcher's next report; nil without a watcher.
func (m Model) watchCmd() tea.Cmd {
	ch := m.opts.Watch
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		c, ok := <-ch
		return watchReportMsg{change: c, ok: ok}
	}
}

// catchUpCmd brings the library shown from the index up to date; nil
// when it was read from the files.
func (m Model) catchUpCmd() tea.Cmd {
	catchUp, base := m.opts.CatchUp, m.lib
	if catchUp == nil {
		return nil
	}
	return func() tea.Msg {
		lib, change, err := catchUp()
		return caughtUpMsg{base: base, lib: lib, change: change, err: err}
	}
}

// afterFirstFrame runs cmd once the first frame is drawn, for work the
// first frame does not show: where nobody watches the writes,
// firstFrameDelay after it is called (begin, after Init or after the
// library opened with Options.Open, and after the first story). Where
// the writes are watched (Options.frameOut) cmd is left as it is: begin
// runs it after afterFrameOut already, and a second wait there would add
// a second firstFrameCap when the frame is never seen written.
func (m Model) afterFirstFrame(cmd tea.Cmd) tea.Cmd {
	wait := m.delays.firstFrame
	if cmd == nil || wait <= 0 || m.opts.frameOut != nil {
		return cmd
	}
	return func() tea.Msg {
		time.Sleep(wait)
		return cmd()
	}
}

// afterFrameOut runs cmd once the first frame is written (at most
// firstFrameCap later), or at once where nobody watches the writes. A
// reader that quit before (Options.quit) never runs it: the frame will
// not come, and the work (the word index, the story, FirstFrame's
// reading) would start after Run returned.
func (m Model) afterFrameOut(cmd tea.Cmd) tea.Cmd {
	out := m.opts.frameOut
	if cmd == nil || out == nil {
		return cmd
	}
	var quit <-chan struct{} // nil: nobody quits it from outside
	if m.opts.quit != nil {
		quit = m.opts.quit.Done()
	}
	return func() tea.Msg {
		select {
		case <-out:
		default:
			t := time.NewTimer(firstFrameCap)
			defer t.Stop()
			select {
			case <-out:
			case <-t.C:
			case <-quit:
				return nil
			}
		}
		return cmd()
	}
}

// partsCmd waits for the next part of the library read in parts; nil
// when the library was given whole.
func (m Model) partsCmd() tea.Cmd {
	parts, base := m.opts.Parts, m.lib
	if parts == nil {
		return nil
	}
	return func() tea.Msg {
		p, ok := <-parts
		return libraryPartMsg{base: base, part: p, ok: ok}
	}
}

// handlePart shows the next part of a library read in parts. An analyst
// who has not chosen a story stays on the newest as newer ones are found;
// one who has keeps their place (growLibrary). A part that comes after
// another library was installed (a reload, which read the files whole) is
// not shown, and the parts after it are no longer waited for.
func (m Model) handlePart(msg libraryPartMsg) (tea.Model, tea.Cmd) {
	reading := strings.HasPrefix(m.status, readingPrefix)
	switch {
	case !msg.ok, msg.base != m.lib:
		return m, m.doneReading()
	case msg.part.Err != nil:
		done := m.doneReading()
		return m, tea.Batch(done, m.setStatus(msg.part.Err.Error(), true))
	case msg.part.Replaced:
		// A briefing shown gave way to another file of its ID.
		next, cmd := m.handleLibrary(libraryMsg{lib: msg.part.Lib})
		nm := next.(Model)
		if msg.part.Done {
			return nm, tea.Batch(cmd, nm.doneReading())
		}
		nm.list.reading = true
		nm.status = readingNote(msg.part.Lib.Len())
		return nm, tea.Batch(cmd, nm.partsCmd())
	case !msg.part.Done && strings.TrimSpace(m.list.query) != "":
		// With a filter applied each part would be filtered again, every
		// body read so far each time (at 100,000 briefings, minutes of
		// passes one after another): the filtered list waits for the whole
		// library, and the note counts what is found.
		m.status = readingNote(msg.part.Lib.Len())
		return m, m.partsCmd()
	}
	m.list.reading = !msg.part.Done
	lib := msg.part.Lib
	m, cmd := m.growLibrary(lib)
	cmds := append(m.loadCurrent(), cmd)
	switch {
	case msg.part.Done && reading:
		m.status = ""
	case !msg.part.Done:
		if reading || m.status == "" {
			m.status = readingNote(lib.Len())
		}
		cmds = append(cmds, m.partsCmd())
	}
	return m, tea.Batch(cmds...)
}

// doneReading ends the reading of a library in parts that will bring no
// more: the flag, the note that counts what is found, and the filter's
// word index asked for (built once the library is all there).
func (m *Model) doneReading() tea.Cmd {
	if strings.HasPrefix(m.status, readingPrefix) {
		m.status = ""
	}
	m.list.reading = false
	return m.list.initTexts()
}

// handleCaughtUp installs the library caught up with the files, keeping
// the analyst's place (or the newest selected, when they have not chosen
// a story) and saying what changed on disk, unless another was installed
// meanwhile (a reload, as fresh).
func (m Model) handleCaughtUp(msg caughtUpMsg) (tea.Model, tea.Cmd) {
	if m.status == catchUpNote {
		m.status = ""
	}
	m.list.reading = false
	switch {
	case msg.err != nil:
		return m, tea.Batch(m.list.initTexts(), m.setStatus(msg.err.Error(), true))
	case msg.base != m.lib:
		return m, m.list.initTexts()
	case msg.change.Empty():
		// The same files (or a server's library with no index, read
		// further): the analyst's place is kept, or the newest selected.
		m, cmd := m.growLibrary(msg.lib)
		return m, tea.Batch(append(m.loadCurrent(), cmd)...)
	}
	return m.installWatched(msg.lib, msg.change)
}

// handleWatch reloads on a report and installs the reloaded library.
func (m Model) handleWatch(msg watchMsg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case watchReportMsg:
		if !msg.ok {
			return m, nil
		}
		load := m.opts.Load
		if load == nil {
			return m, m.watchCmd()
		}
		reload := func() tea.Msg {
			lib, err := load()
			return watchedLibraryMsg{lib: lib, err: err, change: msg.change}
		}
		return m, tea.Batch(m.watchCmd(), reload)
	case caughtUpMsg:
		return m.handleCaughtUp(msg)
	case libraryPartMsg:
		return m.handlePart(msg)
	case syncedMsg:
		if msg.err != nil {
			return m, m.setStatus("sync: "+msg.err.Error(), true)
		}
		return m, m.setStatus(msg.summary, false)
	case watchedLibraryMsg:
		if msg.err != nil {
			return m, m.setStatus("library changed, but reading it failed: "+msg.err.Error(), true)
		}
		return m.installWatched(msg.lib, msg.change)
	}
	return m, nil
}

// installWatched installs a library reloaded after change. When stories
// were only added, the documents already rendered and the reader stay as
// they are (growLibrary); otherwise the library is installed as by r.
// Either way the analyst's story stays selected, or the newest when they
// have not chosen one, and the notice says what changed.
func (m Model) installWatched(lib *briefing.Library, change briefing.LibraryChange) (tea.Model, tea.Cmd) {
	if len(change.Changed)+len(change.Removed) > 0 {
		next, cmd := m.handleLibrary(libraryMsg{lib: lib})
		nm := next.(Model)
		notice := nm.setStatus(changeNotice(change), false)
		return nm, tea.Batch(cmd, notice)
	}
	m, cmd := m.growLibrary(lib)
	cmds := append(m.loadCurrent(), cmd, m.setStatus(changeNotice(change), false))
	return m, tea.Batch(cmds...)
}

// growLibrary installs lib, which holds every story of the one shown and
// maybe more: the rendered documents stay and the renders read from lib.
// The analyst's story stays selected on its row on screen; until they
// have chosen one (followsNewest), the newest story is selected, however
// the stories shown were merged and sorted with those added. The caller
// loads what the story selected needs (loadCurrent).
func (m Model) growLibrary(lib *briefing.Library) (Model, tea.Cmd) {
	shown := m.lib.Briefings()
	follow := m.followsNewest()
	m.lib = lib
	m.render.grow(lib)
	var cmd tea.Cmd
	if follow {
		cmd = m.broadcast(libraryChangedMsg{lib: lib, state: m.state, top: true})
		m.syncCurrent()
	} else {
		cmd = m.broadcast(libraryChangedMsg{lib: lib, state: m.state, keep: m.current, keepRow: true})
	}
	m.countUnreadGrown(shown)
	return m, cmd
}

// followsNewest reports whether the newest story is to be selected when
// the library grows or is installed again: the analyst has not chosen a
// story yet (moved the selection, opened the story or scrolled it; see
// Model.chose), or the list selects none. The top of the list shown
// first may be far from the newest of the whole library (the top of an
// index built in part, a first part of a library read in parts): the
// selection must not stay on it.
func (m Model) followsNewest() bool {
	return m.current == "" || !m.chose && m.focus == listID
}

// countUnreadGrown counts the unread stories of m.lib, which grew from
// the stories shown: only those added are looked up when the others are
// all still there (a part of a library read in parts), else every one.
func (m *Model) countUnreadGrown(shown []*briefing.Briefing) {
	all := m.lib.Briefings()
	addedAt, ok := grownBy(shown, all)
	if !ok {
		m.countUnread()
		return
	}
	read := m.state.CountRead(func(yield func(string) bool) {
		for _, i := range addedAt {
			if !yield(all[i].ID) {
				return
			}
		}
	})
	m.unread += len(addedAt) - read
}

// changeNotice says what changed in a line: "3 new briefings",
// "3 new briefings, 1 changed", "1 briefing removed".
func changeNotice(c briefing.LibraryChange) string {
	added, changed, removed := len(c.Added), len(c.Changed), len(c.Removed)
	var s string
	switch {
	case added > 0:
		s = count(added, "new briefing", "new briefings")
		if changed > 0 {
			s += ", " + itoa(changed) + " changed"
		}
		if removed > 0 {
			s += ", " + itoa(removed) + " removed"
		}
	case changed > 0:
		s = count(changed, "briefing", "briefings") + " changed"
		if removed > 0 {
			s += ", " + itoa(removed) + " removed"
		}
	case removed > 0:
		s = count(removed, "briefing", "briefings") + " removed"
	default:
		s = "Library updated"
	}
	return s
}

// count is "1 briefing" or "3 briefings".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return itoa(n) + " " + many
}
