package briefing

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unsafe"

	lru "github.com/hashicorp/golang-lru/v2"

	"sitrep/briefing/extract"
	"sitrep/briefing/sanitize"
)

// Library is a loaded set of briefings, newest first. It is safe for
// concurrent use: metadata is parsed once when loading, and bodies, figures
// and timelines are computed on first use and cached, so one Library can be
// shared read-only by every SSH session.
//
// It keeps per briefing only its metadata (with the strings that many
// briefings share, such as sources, regions and country lists, held once):
// the cache of a briefing's body, figures and timeline is made when they
// are first asked for.
type Library struct {
	fsys      fs.FS
	briefings []*Briefing
	byID      map[string]*Briefing
	problems  []error

	// entries caches the bodies, figures and timelines of the briefings
	// last opened, at most entryCacheSize of them: a reader of 100,000
	// briefings, or a filter that reads every body, does not keep them all.
	mu      sync.Mutex
	entries *lru.Cache[string, *entry]
	// held is the memory the cached entries hold (entry.held), and
	// cacheBytes the most it may reach (entryCacheBytes unless a test
	// sets it).
	held, cacheBytes int64
}

// entryCacheSize is how many briefings' bodies, figures and timelines a
// library keeps: far more than a reader's screen and the stories around it
// need, and a few megabytes of 3 KB briefings.
const entryCacheSize = 1024

// entryCacheBytes bounds the memory of the cached entries as well as their
// number: 1024 hostile briefings of 2 MiB (a table of numbers, imported or
// fed in) each have some 500,000 figures of 200 bytes, and would keep 100
// GB; the oldest are dropped past this many bytes.
const entryCacheBytes = 256 << 20

// entry holds what is computed lazily for one briefing.
type entry struct {
	b    *Briefing
	held int64 // bytes of body, figures and timeline charged (Library.charge), under Library.mu

	once     sync.Once
	body     string
	err      error
	figOnce  sync.Once
	figures  []extract.Figure
	figErr   error
	lineOnce sync.Once
	timeline []extract.TimelineEntry
	lineErr  error
}

// Load reads the metadata of every briefing (*.md, at any depth) in fsys.
// Only regular files (or symbolic links to them) are briefings: a named
// pipe, device, socket or dangling link named *.md is never opened, and is
// reported in Problems, as is a file that cannot be read or parsed; the
// others load. The error is non-nil only when fsys itself cannot be
// listed. For a directory on disk, pass DirFS(dir), which also refuses a
// file swapped for a named pipe while loading, without blocking.
func Load(fsys fs.FS) (*Library, error) {
	return load(fsys, nil, func(h headerReader, _ int, p string) (*Briefing, error) { return h.read(p) }, nil)
}

// load lists the briefings of fsys, gives listed (when not nil) their
// paths in sortPaths' order, with the reader of their headers, and gets
// each header with read (in parallel: the path's index and the path),
// counting in st, when not nil, how many were read. An error of listed
// is load's.
func load(fsys fs.FS, listed func(h headerReader, paths []string) error, read func(h headerReader, i int, p string) (*Briefing, error), st *LoadStats) (*Library, error) {
	return loadListed(fsys, nil, listed, read, st)
}

// loadListed is load of the files of listing, when not nil, instead of
// those it lists itself. A file of listing gone by the time it is read
// is left out: it was removed after the listing, and whoever listed it
// (a Watcher) reports that.
func loadListed(fsys fs.FS, listing *Listing, listed func(h headerReader, paths []string) error, read func(h headerReader, i int, p string) (*Briefing, error), st *LoadStats) (*Library, error) {
	var paths []string
	var skipped []skippedFile
	if listing != nil {
		paths, skipped = listing.files(fsys)
	} else {
		err := walkInChunks(fsys, func(found []string, skip []skippedFile) {
			paths = append(paths, found...)
			skipped = append(skipped, skip...)
		})
		if err != nil {
			return nil, fmt.Errorf("list briefings: %w", err)
		}
	}
	sortPaths(paths)
	h := newHeaderReader(fsys)
	defer h.close()
	if listed != nil {
		if err := listed(h, paths); err != nil {
			return nil, err
		}
	}
	results := make([]*Briefing, len(paths))
	errs := make([]error, len(paths))
	parallel(len(paths), func(i int) {
		results[i], errs[i] = read(h, i, paths[i])
	})
	if listing != nil {
		paths, results, errs = leaveOutGone(paths, results, errs)
	}
	if st != nil {
		for _, b := range results {
			if b != nil && b.bodyOffset == offsetUnknown {
				st.Stored++
			}
		}
		st.Read = len(paths) - st.Stored
	}
	return assemble(fsys, paths, results, errs, skippedProblems(skipped)), nil
}

// leaveOutGone drops the files that were not there when read.
func leaveOutGone(paths []string, results []*Briefing, errs []error) ([]string, []*Briefing, []error) {
	if !slices.ContainsFunc(errs, isGone) {
		return paths, results, errs
	}
	n := 0
	for i := range paths {
		if !isGone(errs[i]) {
			paths[n], results[n], errs[n] = paths[i], results[i], errs[i]
			n++
		}
	}
	return paths[:n], results[:n], errs[:n]
}

func isGone(err error) bool { return err != nil && errors.Is(err, fs.ErrNotExist) }

// Listing is the briefing files of a library directory as one walk
// listed them (WatchLibraryListed): every entry named *.md at any depth,
// hidden ones and those under hidden directories left out, with the type
// of those that are not regular files.
type Listing struct {
	paths   []string      // regular files, slash-separated, relative to the library
	others  []listedEntry // the other entries: links to follow, or problems
	partial bool          // a directory was left out: not a listing of the library
}

type listedEntry struct {
	path string
	typ  fs.FileMode
}

// addOther records the entry p of type typ, not a regular file (the
// regular ones are the watcher's known files, taken in at the end).
func (l *Listing) addOther(p string, typ fs.FileMode) {
	l.others = append(l.others, listedEntry{p, typ})
}

// files gives the briefing files of the listing, and the problems of the
// entries that are not, as walkInChunks gives them.
func (l *Listing) files(fsys fs.FS) ([]string, []skippedFile) {
	paths := l.paths
	var skipped []skippedFile
	for _, e := range l.others {
		if err := checkRegular(fsys, e.path, e.typ); err != nil {
			skipped = append(skipped, skippedFile{e.path, &ParseError{File: e.path, Err: err}})
			continue
		}
		paths = append(paths, e.path)
	}
	return paths, skipped
}

// sortPaths puts paths in the order their briefings are taken: of
// briefings with one ID, the shallowest is kept (then the first by path),
// as Find finds it. The paths are grouped by depth (each path's depth
// counted once), and each group sorted as strings: at 100,000 paths,
// sorting them by depth and path with a comparison function took 38 ms.
func sortPaths(paths []string) {
	depths := make([]int32, len(paths))
	var count []int // paths of each depth
	for i, p := range paths {
		d := int32(strings.Count(p, "/"))
		depths[i] = d
		if int(d) >= len(count) {
			count = append(count, make([]int, int(d)+1-len(count))...)
		}
		count[d]++
	}
	if len(count) <= 1 {
		slices.Sort(paths) // all of one depth
		return
	}
	start := make([]int, len(count))
	for d := 1; d < len(count); d++ {
		start[d] = start[d-1] + count[d-1]
	}
	out := make([]string, len(paths))
	at := slices.Clone(start)
	for i, p := range paths {
		out[at[depths[i]]] = p
		at[depths[i]]++
	}
	for d := range count {
		slices.Sort(out[start[d] : start[d]+count[d]])
	}
	copy(paths, out)
}

// assemble makes the library of the headers read from paths (sorted by
// sortPaths), with the problems of the files skipped and of those that
// could not be read, and the duplicates of an ID. The briefings just read
// are interned; a stored header shares its strings already, and may be a
// library's on screen (CatchUp): it is never written.
func assemble(fsys fs.FS, paths []string, results []*Briefing, errs, skipped []error) *Library {
	in := interner{strs: map[string]string{}, lists: map[string][]string{}}
	lib := &Library{fsys: fsys, byID: make(map[string]*Briefing, len(paths)), problems: skipped,
		briefings: make([]*Briefing, 0, len(paths))}
	for i, b := range results {
		if errs[i] != nil {
			lib.problems = append(lib.problems, errs[i])
			continue
		}
		if prev, dup := lib.byID[b.ID]; dup {
			lib.problems = append(lib.problems, &ParseError{File: b.Path,
				Err: fmt.Errorf("duplicate ID %q (also %s): skipped", sanitize.Line(b.ID), sanitize.Line(prev.Path))})
			continue
		}
		if b.bodyOffset != offsetUnknown {
			in.intern(b)
		}
		lib.add(b)
	}
	// No two briefings have one ID, so newestFirst orders them all and an
	// unstable sort (fewer comparisons) gives the one order.
	slices.SortFunc(lib.briefings, newestFirst)
	return lib
}

// walkBriefings calls f for every file named *.md in fsys, at any depth,
// leaving out hidden files and directories. Directories that cannot be
// read are passed over; the error is non-nil only when the top cannot.
func walkBriefings(fsys fs.FS, f func(p string, d fs.DirEntry)) error {
	return fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			return nil
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".md") && !strings.HasPrefix(d.Name(), ".") {
			f(p, d)
		}
		return nil
	})
}

// shallowFirst orders paths by depth, then by name.
func shallowFirst(a, b string) int {
	return cmp.Or(cmp.Compare(strings.Count(a, "/"), strings.Count(b, "/")), strings.Compare(a, b))
}

// Find returns the library of the one briefing with the given ID (its
// file name without .md), without reading any other: the file ID.md at
// the top of fsys, else the shallowest file of that name below. That is
// the briefing Load keeps for the ID. Its Problems name the files of that
// name that were skipped; an ID that names no briefing gives an empty
// library (Get reports false).
func Find(fsys fs.FS, id string) (*Library, error) {
	lib := &Library{fsys: fsys, byID: map[string]*Briefing{}}
	name := id + ".md"
	if id == "" || strings.ContainsAny(id, "/\\") || strings.HasPrefix(id, ".") || !fs.ValidPath(name) {
		return lib, nil
	}
	if st, err := fs.Stat(fsys, name); err == nil && st.Mode().IsRegular() {
		if b, err := readHeaderFile(fsys, name); err == nil {
			lib.add(b)
			return lib, nil
		}
	}
	var paths []string
	types := map[string]fs.FileMode{}
	err := walkBriefings(fsys, func(p string, d fs.DirEntry) {
		if d.Name() == name {
			paths = append(paths, p)
			types[p] = d.Type()
		}
	})
	if err != nil {
		return nil, fmt.Errorf("list briefings: %w", err)
	}
	slices.SortStableFunc(paths, shallowFirst)
	for _, p := range paths {
		if err := checkRegular(fsys, p, types[p]); err != nil {
			lib.problems = append(lib.problems, &ParseError{File: p, Err: err})
			continue
		}
		b, err := readHeaderFile(fsys, p)
		if err != nil {
			lib.problems = append(lib.problems, err)
			continue
		}
		lib.add(b)
		break
	}
	return lib, nil
}

// add puts a briefing in the library.
func (l *Library) add(b *Briefing) {
	l.byID[b.ID] = b
	l.briefings = append(l.briefings, b)
}

// entry returns the cache of a briefing's body, figures and timeline,
// making it on first use.
func (l *Library) entry(id string) (*entry, bool) {
	b, ok := l.byID[id]
	if !ok {
		return nil, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.entries == nil {
		// Only a size below 1 fails; eviction runs under mu, inside Add
		// and RemoveOldest.
		l.entries, _ = lru.NewWithEvict(entryCacheSize, func(_ string, e *entry) { l.held -= e.held })
	}
	e, ok := l.entries.Get(id)
	if !ok {
		e = &entry{b: b}
		l.entries.Add(id, e)
	}
	return e, true
}

// charge counts n more bytes held by the cached entry e of briefing id, and
// drops the oldest entries while the cache holds more than its budget (the
// newest stays, whatever its size). An entry dropped before it is charged
// is no longer the cache's to count.
func (l *Library) charge(id string, e *entry, n int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if cur, ok := l.entries.Peek(id); !ok || cur != e {
		return
	}
	e.held += n
	l.held += n
	budget := cmp.Or(l.cacheBytes, entryCacheBytes)
	for l.held > budget && l.entries.Len() > 1 {
		l.entries.RemoveOldest()
	}
}

// interner holds one copy of the metadata strings and lists that many
// briefings share (a source, a region, a list of countries or tags).
type interner struct {
	strs  map[string]string
	lists map[string][]string
}

func (in interner) str(s string) string {
	if t, ok := in.strs[s]; ok {
		return t
	}
	in.strs[s] = s
	return s
}

func (in interner) list(l []string) []string {
	if len(l) == 0 {
		return l
	}
	key := strings.Join(l, "\x00")
	if t, ok := in.lists[key]; ok {
		return t
	}
	l = slices.Clip(l) // an append copies: never into another briefing's list
	for i, s := range l {
		l[i] = in.str(s)
	}
	in.lists[key] = l
	return l
}

// intern makes b share the strings and lists that earlier briefings hold.
func (in interner) intern(b *Briefing) {
	b.Source, b.Region, b.Dateline = in.str(b.Source), in.str(b.Region), in.str(b.Dateline)
	b.Countries, b.Tags = in.list(b.Countries), in.list(b.Tags)
}

// newestFirst orders briefings by publication date, newest first, undated
// ones last, then by title.
func newestFirst(a, b *Briefing) int {
	if c := b.Published.Compare(a.Published); c != 0 {
		return c
	}
	return cmp.Or(strings.Compare(a.Title, b.Title), strings.Compare(a.ID, b.ID))
}

// checkRegular reports why the directory entry p, of type typ, is not a
// briefing file: anything but a regular file or a link to one.
func checkRegular(fsys fs.FS, p string, typ fs.FileMode) error {
	switch {
	case typ.IsRegular():
		return nil
	case typ&fs.ModeSymlink == 0:
		return notRegular(typ)
	}
	st, err := fs.Stat(fsys, p) // follows the link; never blocks
	if err != nil {
		return fmt.Errorf("broken link: %w", unwrapPath(err))
	}
	if !st.Mode().IsRegular() {
		return notRegular(st.Mode())
	}
	return nil
}

// unwrapPath drops the *fs.PathError wrapper, whose path we already name.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// parallel runs f(0..n-1) over the machine's cores.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), max(n/64, 1))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < n; i += workers {
				f(i)
			}
		})
	}
	wg.Wait()
}

// Briefings returns every loaded briefing, newest first. The slice is
// shared: do not modify it.
func (l *Library) Briefings() []*Briefing { return l.briefings }

// Dir is the directory the library was read from (DirFS), "" when it was
// read from another file system (the embedded samples, one file alone).
func (l *Library) Dir() string {
	if d, ok := l.fsys.(dirFS); ok {
		return d.dir
	}
	return ""
}

// Len is the number of briefings loaded.
func (l *Library) Len() int { return len(l.briefings) }

// Problems lists the files that were skipped, each naming the file and why.
func (l *Library) Problems() []error { return l.problems }

// Get returns the briefing with the given ID.
func (l *Library) Get(id string) (*Briefing, bool) {
	b, ok := l.byID[id]
	return b, ok
}

// Body returns a briefing's Markdown body, sanitized, reading it on first
// use. The file's type and size are checked again before it is read (it
// may have been swapped since loading): a file that is no longer regular
// or has grown past MaxFileSize is an error, and is never read whole.
func (l *Library) Body(id string) (string, error) {
	e, ok := l.entry(id)
	if !ok {
		return "", fmt.Errorf("no briefing %q", sanitize.Line(id))
	}
	e.once.Do(func() {
		data, err := readRegular(l.fsys, e.b.Path, MaxFileSize)
		if err != nil {
			e.err = &ParseError{File: e.b.Path, Err: unwrapPath(err)}
			return
		}
		start, err := bodyStart(e.b, data)
		if err != nil {
			e.err = &ParseError{File: e.b.Path, Err: err}
			return
		}
		e.body = cleanBody(data[start:])
		l.charge(id, e, int64(len(e.body)))
	})
	return e.body, e.err
}

// Figures returns the figures of a briefing's body, computed on first use.
func (l *Library) Figures(id string) ([]extract.Figure, error) {
	body, err := l.Body(id)
	if err != nil {
		return nil, err
	}
	e, _ := l.entry(id)
	e.figOnce.Do(func() {
		e.figErr = Guarded(e.b.Path, func() { e.figures = FiguresWithLead(e.b, body) })
		l.charge(id, e, int64(len(e.figures))*int64(unsafe.Sizeof(extract.Figure{})))
	})
	return e.figures, e.figErr
}

// KeyFigures returns the figures an analyst wants in the side panel.
func (l *Library) KeyFigures(id string) ([]extract.Figure, error) {
	figs, err := l.Figures(id)
	if err != nil {
		return nil, err
	}
	var key []extract.Figure
	for _, f := range figs {
		if f.Key {
			key = append(key, f)
		}
	}
	return key, nil
}

// Timeline returns the dated events of a briefing, resolved against its
// publication date, computed on first use.
func (l *Library) Timeline(id string) ([]extract.TimelineEntry, error) {
	body, err := l.Body(id)
	if err != nil {
		return nil, err
	}
	e, _ := l.entry(id)
	e.lineOnce.Do(func() {
		e.lineErr = Guarded(e.b.Path, func() { e.timeline = extract.Timeline(body, e.b.Published) })
		l.charge(id, e, int64(len(e.timeline))*int64(unsafe.Sizeof(extract.TimelineEntry{})))
	})
	return e.timeline, e.lineErr
}
