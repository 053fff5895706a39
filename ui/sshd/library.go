package sshd

import (
	"sync"

	"charm.land/log/v2"

	"sitrep/briefing"
)

// servedLibrary is the library every session reads, kept fresh: when the
// library directory changes, it is reloaded once for the whole server and
// the change is passed on to each session, whose reader then takes the
// new library (Current) without reading the disk again. New sessions
// start from the latest library.
type servedLibrary struct {
	log  *log.Logger
	load func() (*briefing.Library, error)

	mu   sync.Mutex
	lib  *briefing.Library
	subs map[chan briefing.LibraryChange]struct{}

	// first is the library served from the index's top, while the
	// catch-up (caughtUp not yet closed) reads the whole of it.
	first    *briefing.Library
	caughtUp chan struct{}
	caught   caughtUp
}

// caughtUp is the outcome of the server's catch-up with the files.
type caughtUp struct {
	lib    *briefing.Library
	change briefing.LibraryChange
	err    error
}

// catchUp runs the catch-up of the library served from the index (see
// Config.OpenAtOnce) and serves its library, unless the library was read
// again meanwhile (a change on disk, read whole). Sessions that started on
// the first library get it through catchUpFor.
func (l *servedLibrary) catchUp(run func() (*briefing.Library, briefing.LibraryChange, error)) {
	l.mu.Lock()
	l.first, l.caughtUp = l.lib, make(chan struct{})
	l.mu.Unlock()
	go func() {
		lib, change, err := run()
		l.mu.Lock()
		defer l.mu.Unlock()
		if err != nil {
			l.log.Error("library could not be caught up with its files; sessions keep the top of the index", "err", err)
		} else {
			l.log.Info("library caught up with its files", "added", len(change.Added), "changed", len(change.Changed),
				"removed", len(change.Removed), "briefings", lib.Len())
			if l.lib == l.first {
				l.lib = lib
			}
		}
		l.caught = caughtUp{lib, change, err}
		close(l.caughtUp)
	}()
}

// catchUpFor is the catch-up of a session that starts on lib
// (tui.Options.CatchUp): it waits for the server's; nil when lib is not
// the first library of a catch-up still running.
func (l *servedLibrary) catchUpFor(lib *briefing.Library) func() (*briefing.Library, briefing.LibraryChange, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.caughtUp == nil || lib != l.first {
		return nil
	}
	select {
	case <-l.caughtUp:
		return nil
	default:
	}
	done := l.caughtUp
	return func() (*briefing.Library, briefing.LibraryChange, error) {
		<-done
		l.mu.Lock()
		defer l.mu.Unlock()
		return l.caught.lib, l.caught.change, l.caught.err
	}
}

func newServedLibrary(lib *briefing.Library, load func() (*briefing.Library, error), logger *log.Logger) *servedLibrary {
	return &servedLibrary{log: logger, load: load, lib: lib, subs: map[chan briefing.LibraryChange]struct{}{}}
}

// Current is the library as last loaded.
func (l *servedLibrary) Current() *briefing.Library {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lib
}

// Load is a session's reload: the library as last loaded by the server.
func (l *servedLibrary) Load() (*briefing.Library, error) { return l.Current(), nil }

// subscribe returns the channel a session's reader watches and the
// function that ends the subscription (at the end of the session).
func (l *servedLibrary) subscribe() (<-chan briefing.LibraryChange, func()) {
	ch := make(chan briefing.LibraryChange, 1)
	l.mu.Lock()
	l.subs[ch] = struct{}{}
	l.mu.Unlock()
	return ch, func() {
		l.mu.Lock()
		defer l.mu.Unlock()
		if _, ok := l.subs[ch]; ok {
			delete(l.subs, ch)
			close(ch)
		}
	}
}

// follow reloads the library on each change the watcher reports and
// passes the change on, until the watcher's channel closes.
func (l *servedLibrary) follow(changes <-chan briefing.LibraryChange) {
	for c := range changes {
		lib, err := l.load()
		if err != nil {
			l.log.Error("library changed but could not be read again; sessions keep the one they have", "err", err)
			continue
		}
		l.log.Info("library changed", "added", len(c.Added), "changed", len(c.Changed),
			"removed", len(c.Removed), "briefings", lib.Len())
		l.mu.Lock()
		l.lib = lib
		for ch := range l.subs {
			offer(ch, c)
		}
		l.mu.Unlock()
	}
}

// followLibraries installs each library that arrives (read again by
// someone else, such as a store's listener) and passes on what changed,
// until the channel closes.
func (l *servedLibrary) followLibraries(libs <-chan *briefing.Library) {
	for lib := range libs {
		l.mu.Lock()
		c := briefing.Diff(l.lib, lib)
		if !c.Empty() {
			l.lib = lib
			for ch := range l.subs {
				offer(ch, c)
			}
		}
		l.mu.Unlock()
	}
}

// offer puts c on ch without blocking: a session that has not yet taken
// an earlier change gets both merged into one.
func offer(ch chan briefing.LibraryChange, c briefing.LibraryChange) {
	for {
		select {
		case ch <- c:
			return
		default:
		}
		select {
		case old := <-ch:
			c = old.Merge(c)
		default:
		}
	}
}

// closeAll ends every subscription (the server is stopping).
func (l *servedLibrary) closeAll() {
	l.mu.Lock()
	defer l.mu.Unlock()
	for ch := range l.subs {
		delete(l.subs, ch)
		close(ch)
	}
}
