package briefing

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"sync"

	"sitrep/briefing/extract"
	"sitrep/briefing/sanitize"
)

// Library is a loaded set of briefings, newest first. It is safe for
// concurrent use: metadata is parsed once when loading, and bodies, figures
// and timelines are computed on first use and cached, so one Library can be
// shared read-only by every SSH session.
type Library struct {
	fsys      fs.FS
	briefings []*Briefing
	byID      map[string]*entry
	problems  []error
}

// entry holds what is computed lazily for one briefing.
type entry struct {
	b *Briefing

	once     sync.Once
	body     string
	err      error
	figOnce  sync.Once
	figures  []extract.Figure
	lineOnce sync.Once
	timeline []extract.TimelineEntry
}

// Load reads the metadata of every briefing (*.md, at any depth) in fsys.
// Only regular files (or symbolic links to them) are briefings: a named
// pipe, device, socket or dangling link named *.md is never opened, and is
// reported in Problems, as is a file that cannot be read or parsed; the
// others load. The error is non-nil only when fsys itself cannot be
// listed. For a directory on disk, pass DirFS(dir), which also refuses a
// file swapped for a named pipe while loading, without blocking.
func Load(fsys fs.FS) (*Library, error) {
	var paths []string
	var skipped []error
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
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
		if !strings.HasSuffix(p, ".md") || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		if err := checkRegular(fsys, p, d.Type()); err != nil {
			skipped = append(skipped, &ParseError{File: p, Err: err})
			return nil
		}
		paths = append(paths, p)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list briefings: %w", err)
	}
	lib := &Library{fsys: fsys, byID: make(map[string]*entry, len(paths)), problems: skipped}
	results := make([]*Briefing, len(paths))
	errs := make([]error, len(paths))
	parallel(len(paths), func(i int) {
		results[i], errs[i] = readHeaderFile(fsys, paths[i])
	})
	for i, b := range results {
		if errs[i] != nil {
			lib.problems = append(lib.problems, errs[i])
			continue
		}
		if prev, dup := lib.byID[b.ID]; dup {
			lib.problems = append(lib.problems, &ParseError{File: b.Path,
				Err: fmt.Errorf("duplicate ID %q (also %s): skipped", sanitize.Line(b.ID), sanitize.Line(prev.b.Path))})
			continue
		}
		lib.byID[b.ID] = &entry{b: b}
		lib.briefings = append(lib.briefings, b)
	}
	slices.SortStableFunc(lib.briefings, newestFirst)
	return lib, nil
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

func readHeaderFile(fsys fs.FS, p string) (*Briefing, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, &ParseError{File: p, Err: unwrapPath(err)}
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, &ParseError{File: p, Err: unwrapPath(err)}
	}
	if !st.Mode().IsRegular() {
		return nil, &ParseError{File: p, Err: notRegular(st.Mode())}
	}
	if st.Size() > MaxFileSize {
		return nil, &ParseError{File: p, Err: ErrTooLarge}
	}
	return ReadHeader(p, io.LimitReader(f, MaxFileSize))
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

// Len is the number of briefings loaded.
func (l *Library) Len() int { return len(l.briefings) }

// Problems lists the files that were skipped, each naming the file and why.
func (l *Library) Problems() []error { return l.problems }

// Get returns the briefing with the given ID.
func (l *Library) Get(id string) (*Briefing, bool) {
	e, ok := l.byID[id]
	if !ok {
		return nil, false
	}
	return e.b, true
}

// Body returns a briefing's Markdown body, sanitized, reading it on first
// use. The file's type and size are checked again before it is read (it
// may have been swapped since loading): a file that is no longer regular
// or has grown past MaxFileSize is an error, and is never read whole.
func (l *Library) Body(id string) (string, error) {
	e, ok := l.byID[id]
	if !ok {
		return "", fmt.Errorf("no briefing %q", sanitize.Line(id))
	}
	e.once.Do(func() {
		data, err := readRegular(l.fsys, e.b.Path, MaxFileSize)
		if err != nil {
			e.err = &ParseError{File: e.b.Path, Err: unwrapPath(err)}
			return
		}
		if e.b.bodyOffset > len(data) {
			e.err = &ParseError{File: e.b.Path, Err: errors.New("file changed since it was loaded: reload the library")}
			return
		}
		e.body = cleanBody(data[e.b.bodyOffset:])
	})
	return e.body, e.err
}

// Figures returns the figures of a briefing's body, computed on first use.
func (l *Library) Figures(id string) ([]extract.Figure, error) {
	body, err := l.Body(id)
	if err != nil {
		return nil, err
	}
	e := l.byID[id]
	e.figOnce.Do(func() { e.figures = figuresWithLead(e.b, body) })
	return e.figures, nil
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
	e := l.byID[id]
	e.lineOnce.Do(func() { e.timeline = extract.Timeline(body, e.b.Published) })
	return e.timeline, nil
}
