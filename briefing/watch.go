package briefing

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// maxWatchedDirs bounds the directories of one library a Watcher follows.
const maxWatchedDirs = 1024

// LibraryChange is what changed among a library's briefing files since
// the last report: paths relative to the library directory.
type LibraryChange struct {
	Added, Changed, Removed []string
}

// Empty reports whether nothing changed.
func (c LibraryChange) Empty() bool {
	return len(c.Added)+len(c.Changed)+len(c.Removed) == 0
}

// Merge adds a later change to c.
func (c LibraryChange) Merge(later LibraryChange) LibraryChange {
	return LibraryChange{
		Added:   append(slices.Clone(c.Added), later.Added...),
		Changed: append(slices.Clone(c.Changed), later.Changed...),
		Removed: append(slices.Clone(c.Removed), later.Removed...),
	}
}

// Watcher watches a library directory (and its subdirectories) and
// reports briefings (*.md) added, changed or removed, debounced: a burst
// of writes, such as a sync writing fifty files, is one report. Hidden
// files (the temporary files of atomic writes) are ignored. One Watcher
// serves any number of subscribers, such as the SSH sessions of a server.
type Watcher struct {
	dir      string
	fw       *fsnotify.Watcher
	debounce time.Duration

	mu     sync.Mutex
	subs   map[int]chan LibraryChange
	nextID int

	known   map[string]bool // briefing files, relative to dir
	watched int
	done    chan struct{}
	stopped chan struct{}
}

// WatchLibrary starts watching dir. Changes are reported debounce after
// the last event of a burst, and at most 4×debounce after its first.
func WatchLibrary(dir string, debounce time.Duration) (*Watcher, error) {
	w, _, err := watchLibrary(dir, debounce, false)
	return w, err
}

// WatchLibraryListed is WatchLibrary, and gives the briefing files it
// found as it began, each directory listed once it was watched: a
// catch-up that starts once the watcher is in place can take them
// instead of listing the library again (CatchUpListed), for whatever
// changed since is reported. The listing is nil when the watcher left a
// directory out (one it could not watch or list, or past its bound).
func WatchLibraryListed(dir string, debounce time.Duration) (*Watcher, *Listing, error) {
	return watchLibrary(dir, debounce, true)
}

func watchLibrary(dir string, debounce time.Duration, list bool) (*Watcher, *Listing, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, nil, fmt.Errorf("watch %s: %w", dir, err)
	}
	w := &Watcher{dir: dir, fw: fw, debounce: debounce, subs: map[int]chan LibraryChange{},
		known: map[string]bool{}, done: make(chan struct{}), stopped: make(chan struct{})}
	// The listing's paths are slash-separated, as an fs.FS names them:
	// one is made where they are the paths the watcher makes.
	var listing *Listing
	if list && filepath.Separator == '/' {
		listing = &Listing{}
	}
	if err := w.addTree(dir, nil, listing); err != nil {
		fw.Close()
		return nil, nil, err
	}
	if listing != nil && listing.partial {
		listing = nil
	}
	if listing != nil {
		// The regular files are those known: one slice made for them
		// (appended to as they were found, it grew seventeen times at
		// 100,000 files).
		listing.paths = make([]string, 0, len(w.known))
		for rel := range w.known {
			listing.paths = append(listing.paths, rel)
		}
	}
	go w.run()
	return w, listing, nil
}

// Subscribe returns a channel of changes and a function that ends the
// subscription. A subscriber that is slow to receive gets the changes
// merged into one report, never a blocked watcher.
func (w *Watcher) Subscribe() (<-chan LibraryChange, func()) {
	w.mu.Lock()
	defer w.mu.Unlock()
	id := w.nextID
	w.nextID++
	ch := make(chan LibraryChange, 1)
	w.subs[id] = ch
	return ch, func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		if _, ok := w.subs[id]; ok {
			delete(w.subs, id)
			close(ch)
		}
	}
}

// Close stops watching and closes every subscriber's channel.
func (w *Watcher) Close() error {
	select {
	case <-w.done:
		return nil
	default:
	}
	close(w.done)
	err := w.fw.Close()
	<-w.stopped
	w.mu.Lock()
	defer w.mu.Unlock()
	for id, ch := range w.subs {
		delete(w.subs, id)
		close(ch)
	}
	return err
}

// addTree watches root and the directories under it (not hidden ones),
// recording the briefing files found; found, when not nil, gets them too,
// and listing, when not nil, every *.md entry listed (marked partial when
// a directory was left out).
// Each directory is watched before it is listed, so that a file written
// meanwhile is either listed or reported. The entries are taken as the
// directory gives them, not sorted, and a briefing's relative path is made
// once (at the top, it is the entry's own name): at 100,000 briefings,
// filepath.WalkDir's sorting and its paths, made and cut again for each
// file, took 0.23 s of the settled reader's 1.7 s.
func (w *Watcher) addTree(root string, found *[]string, listing *Listing) error {
	rel := "" // root relative to the library, "" at its top
	if root != w.dir {
		r, ok := w.briefingPath(filepath.Join(root, "x.md"))
		if !ok {
			return nil // a hidden directory, or one outside the library
		}
		rel = filepath.Dir(r)
	}
	if err := w.addDir(root, rel, found, listing); err != nil {
		return fmt.Errorf("watch %s: %w", root, err)
	}
	return nil
}

// addDir watches the directory at p (rel relative to the library: "" at
// its top) and those under it, and records the briefing files it holds.
// Its error is that of watching or listing p itself; a subdirectory that
// cannot be is passed over.
func (w *Watcher) addDir(p, rel string, found *[]string, listing *Listing) (err error) {
	defer func() {
		if listing != nil && (err != nil || w.watched >= maxWatchedDirs) {
			listing.partial = true // a directory left out, or maybe one below
		}
	}()
	if w.watched >= maxWatchedDirs {
		return nil
	}
	if err := w.fw.Add(p); err != nil {
		return err
	}
	w.watched++
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	var subdirs []string
	var listErr error
	for {
		entries, err := f.ReadDir(1024)
		for _, d := range entries {
			name := d.Name()
			if strings.HasPrefix(name, ".") {
				continue // hidden: not a briefing, nor a directory of them
			}
			if d.IsDir() {
				subdirs = append(subdirs, name)
				continue
			}
			if !strings.HasSuffix(name, ".md") {
				continue
			}
			r := relJoin(rel, name)
			if !d.Type().IsRegular() {
				if listing != nil {
					listing.addOther(r, d.Type()) // a link, or a problem
				}
				continue
			}
			w.known[r] = true
			if found != nil {
				*found = append(*found, r)
			}
		}
		if err != nil && !errors.Is(err, io.EOF) {
			listErr = err // what was listed stands, as filepath.WalkDir keeps it
		}
		if err != nil || len(entries) == 0 {
			break
		}
	}
	for _, name := range subdirs {
		_ = w.addDir(filepath.Join(p, name), relJoin(rel, name), found, listing) // one that cannot be read is passed over
	}
	return listErr
}

// relJoin is the path of the entry name of the directory rel (relative
// to the library, "" at its top), made as filepath.Rel would give it.
func relJoin(rel, name string) string {
	if rel == "" {
		return name
	}
	return rel + string(filepath.Separator) + name
}

// briefingPath is p relative to the library when p names a briefing
// file: *.md, not hidden, not under a hidden directory.
func (w *Watcher) briefingPath(p string) (string, bool) {
	rel, err := filepath.Rel(w.dir, p)
	if err != nil || !strings.HasSuffix(rel, ".md") || strings.HasPrefix(rel, "..") {
		return "", false
	}
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		if strings.HasPrefix(part, ".") {
			return "", false
		}
	}
	return rel, true
}

// run turns file events into debounced reports until Close.
func (w *Watcher) run() {
	defer close(w.stopped)
	pending := map[string]bool{}
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var first time.Time
	for {
		select {
		case <-w.done:
			return
		case ev, ok := <-w.fw.Events:
			if !ok {
				return
			}
			if !w.event(ev, pending) {
				continue
			}
			now := time.Now()
			if first.IsZero() {
				first = now
			}
			if now.Sub(first) < 4*w.debounce {
				timer.Reset(w.debounce)
			}
		case err, ok := <-w.fw.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				w.rescan(pending)
				first = time.Now()
				timer.Reset(w.debounce)
			}
		case <-timer.C:
			first = time.Time{}
			w.publish(w.flush(pending))
		}
	}
}

// event records what one event may have changed; it reports whether it
// touched the library's briefings.
func (w *Watcher) event(ev fsnotify.Event, pending map[string]bool) bool {
	if ev.Has(fsnotify.Create) {
		if st, err := os.Lstat(ev.Name); err == nil && st.IsDir() {
			if _, ok := w.briefingPath(filepath.Join(ev.Name, "x.md")); !ok {
				return false // a hidden directory
			}
			var found []string
			_ = w.addTree(ev.Name, &found, nil)
			for _, rel := range found {
				w.known[rel] = false // new: reported as added
				pending[rel] = true
			}
			return len(found) > 0
		}
	}
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		// A directory gone takes its briefings with it.
		prefix := ev.Name + string(filepath.Separator)
		touched := false
		for rel := range w.known {
			if strings.HasPrefix(filepath.Join(w.dir, rel), prefix) {
				pending[rel] = true
				touched = true
			}
		}
		if touched {
			return true
		}
	}
	rel, ok := w.briefingPath(ev.Name)
	if !ok || ev.Op == fsnotify.Chmod {
		return false
	}
	pending[rel] = true
	return true
}

// rescan walks the library again after the kernel dropped events.
func (w *Watcher) rescan(pending map[string]bool) {
	for rel := range w.known {
		pending[rel] = true
	}
	_ = filepath.WalkDir(w.dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && p != w.dir && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir
		}
		if rel, ok := w.briefingPath(p); ok {
			pending[rel] = true
		}
		return nil
	})
}

// flush turns the pending paths into a change by looking at the files.
func (w *Watcher) flush(pending map[string]bool) LibraryChange {
	var c LibraryChange
	for rel := range pending {
		delete(pending, rel)
		st, err := os.Stat(filepath.Join(w.dir, rel))
		exists := err == nil && st.Mode().IsRegular()
		was, seen := w.known[rel]
		switch {
		case exists && seen && was:
			c.Changed = append(c.Changed, rel)
		case exists:
			c.Added = append(c.Added, rel)
			w.known[rel] = true
		case seen:
			c.Removed = append(c.Removed, rel)
			delete(w.known, rel)
		}
	}
	slices.Sort(c.Added)
	slices.Sort(c.Changed)
	slices.Sort(c.Removed)
	return c
}

// publish sends a change to every subscriber without blocking: a change
// not yet received is merged with the new one.
func (w *Watcher) publish(c LibraryChange) {
	if c.Empty() {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, ch := range w.subs {
		next := c
		for {
			select {
			case ch <- next:
			default:
				select {
				case old := <-ch:
					next = old.Merge(next)
				default:
				}
				continue
			}
			break
		}
	}
}
