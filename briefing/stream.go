package briefing

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"time"
)

// LibraryPart is a library as far as it has been read: what a reader
// shows of a library that has no index yet while the rest is read (see
// LoadInParts). The last part holds the whole library (Done).
type LibraryPart struct {
	Lib  *Library
	Done bool
	// Replaced is set on a part when a briefing of the part sent before it
	// gave way to another file of its ID (found later, nearer the top of
	// the library, or first by path at one depth): a reader showing the
	// earlier part installs this one as new, not as more of the same.
	Replaced bool
	Err      error // the top of the library could not be listed; the last part
}

// Timings of LoadInParts: the first part goes out after partFirst or
// partFirstCount briefings (a screenful, read from the first, small,
// chunk of the directory), whichever comes first; later ones when the
// count has grown fourfold and partEvery has passed, so that a library
// of 100,000 is sent about eight times, not a thousand: each part costs
// the reader a pass over all it holds.
const (
	partFirst      = 30 * time.Millisecond
	partFirstCount = 64
	partEvery      = 150 * time.Millisecond
	partFirstChunk = 64  // directory entries read first
	partChunk      = 512 // directory entries read at a time after that
)

// LoadInParts reads the library of fsys as Load does, with the same
// briefings, order and problems in its last part, but sends the library
// as far as it has been read as it goes: the first part within a few tens
// of milliseconds however large the library, as glow lists files as it
// finds them. Directories are read a chunk of entries at a time, the top
// one first and then one level after another, so that of briefings with
// one ID the shallowest is met first, as Load keeps it. send is called
// from the goroutine of LoadInParts, never twice at once; the last call
// has Done set. It returns the whole library.
func LoadInParts(fsys fs.FS, send func(LibraryPart)) (*Library, error) {
	var (
		paths   []string
		results []*Briefing
		errs    []error
		skipped []skippedFile
	)
	in := interner{strs: map[string]string{}, lists: map[string][]string{}}
	h := newHeaderReader(fsys)
	defer h.close()
	start := time.Now()
	var last *Library
	lastSent := time.Time{}
	nextCount := partFirstCount
	// flush sends the library as far as read, when it is time to.
	flush := func() {
		now := time.Now()
		if len(results) == 0 || last == nil && len(results) < nextCount && now.Sub(start) < partFirst {
			return
		}
		if last != nil && (len(results) < nextCount || now.Sub(lastSent) < partEvery) {
			return
		}
		lib := assembleRead(fsys, paths, results, errs, skipped)
		part := LibraryPart{Lib: lib, Replaced: replacedSince(last, lib)}
		last, lastSent, nextCount = lib, now, 4*max(len(results), 128)
		send(part)
	}
	err := walkInChunks(fsys, func(found []string, skip []skippedFile) {
		skipped = append(skipped, skip...)
		got := make([]*Briefing, len(found))
		gotErrs := make([]error, len(found))
		parallel(len(found), func(i int) { got[i], gotErrs[i] = h.read(found[i]) })
		for _, b := range got {
			if b != nil {
				in.intern(b) // here, before any part shows it: never written after
			}
		}
		paths = append(paths, found...)
		results = append(results, got...)
		errs = append(errs, gotErrs...)
		flush()
	})
	if err != nil {
		err = fmt.Errorf("list briefings: %w", err)
		send(LibraryPart{Done: true, Err: err})
		return nil, err
	}
	lib := assembleRead(fsys, paths, results, errs, skipped)
	send(LibraryPart{Lib: lib, Done: true, Replaced: replacedSince(last, lib)})
	return lib, nil
}

// replacedSince reports whether a briefing of the part sent before (nil:
// none) is not the one next holds for its ID.
func replacedSince(before, next *Library) bool {
	if before == nil {
		return false
	}
	for id, b := range before.byID {
		if next.byID[id] != b {
			return true
		}
	}
	return false
}

// skippedFile is a file that is not a briefing file (a named pipe, a
// dangling link), with its path for the order Load reports it in.
type skippedFile struct {
	path string
	err  error
}

// assembleRead makes the library of the headers read so far (in the
// order they were found), with Load's order of briefings and problems.
// The briefings are interned already: assemble never writes them, since
// an earlier part may be on screen.
func assembleRead(fsys fs.FS, paths []string, results []*Briefing, errs []error, skipped []skippedFile) *Library {
	order := make([]int, len(paths))
	depth := make([]int, len(paths))
	for i, p := range paths {
		order[i], depth[i] = i, strings.Count(p, "/")
	}
	// shallowFirst, with each path's depth counted once.
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(depth[a], depth[b]), strings.Compare(paths[a], paths[b]))
	})
	sp := make([]string, len(order))
	sr := make([]*Briefing, len(order))
	se := make([]error, len(order))
	for i, j := range order {
		sp[i], sr[i], se[i] = paths[j], results[j], errs[j]
	}
	return assembleInterned(fsys, sp, sr, se, skippedProblems(skipped))
}

// walkOrder orders paths as fs.WalkDir visits them: by their names one
// directory level at a time.
func walkOrder(a, b string) int {
	for {
		an, arest, amore := strings.Cut(a, "/")
		bn, brest, bmore := strings.Cut(b, "/")
		if c := strings.Compare(an, bn); c != 0 {
			return c
		}
		if !amore || !bmore {
			switch {
			case amore:
				return 1
			case bmore:
				return -1
			}
			return 0
		}
		a, b = arest, brest
	}
}

// walkInChunks finds the briefing files of fsys (*.md, at any depth, not
// hidden nor under a hidden directory), a chunk of directory entries at a
// time: f gets the regular files (or links to them) found in each chunk
// and the others, which are skipped. The top directory comes first, then
// one level after another, so that of briefings with one ID the shallowest
// is met first. Reading a chunk at a time, a directory of 100,000 files
// never has all its entries in memory at once, and the first ones are
// found in a few milliseconds. Directories that cannot be read are passed
// over; the error is non-nil only when the top cannot.
func walkInChunks(fsys fs.FS, f func(found []string, skipped []skippedFile)) error {
	queue := []string{"."}
	for depth := 0; len(queue) > 0; depth++ {
		var next []string
		for _, dir := range queue {
			err := readDirInChunks(fsys, dir, func(entries []fs.DirEntry) {
				var found []string
				var skipped []skippedFile
				for _, d := range entries {
					name := d.Name()
					if strings.HasPrefix(name, ".") {
						continue
					}
					p := path.Join(dir, name)
					if d.IsDir() {
						next = append(next, p)
						continue
					}
					if !strings.HasSuffix(name, ".md") {
						continue
					}
					if err := checkRegular(fsys, p, d.Type()); err != nil {
						skipped = append(skipped, skippedFile{p, &ParseError{File: p, Err: err}})
						continue
					}
					found = append(found, p)
				}
				f(found, skipped)
			})
			if err != nil && depth == 0 {
				return err
			}
		}
		// Deeper directories in the order Load keeps their files at one
		// depth (by whole path: "a-b/x.md" before "a/x.md"), so that a
		// briefing shown is seldom replaced by a later part.
		slices.SortFunc(next, func(a, b string) int { return strings.Compare(a+"/", b+"/") })
		queue = next
	}
	return nil
}

// skippedProblems are the problems of files skipped, in the order
// fs.WalkDir would meet them.
func skippedProblems(skipped []skippedFile) []error {
	sk := slices.Clone(skipped)
	slices.SortStableFunc(sk, func(a, b skippedFile) int { return walkOrder(a.path, b.path) })
	problems := make([]error, len(sk))
	for i, s := range sk {
		problems[i] = s.err
	}
	return problems
}

// readDirInChunks lists the directory dir of fsys, calling f with its
// entries: on a DirFS partChunk entries at a time, in the order the
// directory gives them; on another file system (which may show only some
// of its files through ReadDir) whole, as fs.ReadDir lists it.
func readDirInChunks(fsys fs.FS, dir string, f func([]fs.DirEntry)) error {
	if _, ok := fsys.(dirFS); !ok {
		entries, err := fs.ReadDir(fsys, dir)
		if len(entries) > 0 {
			f(entries)
		}
		return err
	}
	file, err := fsys.Open(dir)
	if err != nil {
		return err
	}
	defer file.Close()
	rd, ok := file.(fs.ReadDirFile)
	if !ok {
		return &fs.PathError{Op: "readdir", Path: dir, Err: errors.New("not a directory")}
	}
	for n := partFirstChunk; ; n = partChunk {
		entries, err := rd.ReadDir(n)
		if len(entries) > 0 {
			f(entries)
		}
		if errors.Is(err, io.EOF) || (err == nil && len(entries) == 0) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}
