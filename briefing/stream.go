package briefing

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"time"

	"sitrep/briefing/sanitize"
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
	chunksInFlight = 3   // chunks whose files are read at once
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
	return LoadInPartsHeld(fsys, send, nil)
}

// LoadInPartsHeld is LoadInParts for a reader whose first frame shows the
// first part: once that part is sent, it starts reading no more files
// until resume is closed (nil: it does not wait). Read on at once, the
// rest took both cores (two chunks of files read, four goroutines) just
// as the reader drew its first frame, which then came tens of
// milliseconds after the first part. Files already being read are read
// on, and the directory is listed on.
func LoadInPartsHeld(fsys fs.FS, send func(LibraryPart), resume <-chan struct{}) (*Library, error) {
	h := newHeaderReader(fsys)
	defer h.close()
	// Three stages, each in its own goroutines, so that none waits for
	// another: the walk lists the next chunks while earlier ones are read,
	// several chunks are read at once (no chunk's last file holds the
	// next up), and the files are read on while a part is assembled. The
	// chunks are taken in the order listed, the shallowest files first.
	type chunk struct {
		found []string
		skip  []skippedFile
		got   []*Briefing
		errs  []error
	}
	listed := make(chan chunk, 8)
	var walkErr error
	go func() {
		defer close(listed)
		walkErr = walkInChunks(fsys, func(found []string, skip []skippedFile) {
			listed <- chunk{found: found, skip: skip}
		})
	}()
	reading := make(chan chan chunk, chunksInFlight-1) // and one awaited
	// firstTaken is closed once the first chunk has been taken in (and a
	// part sent, if it made one), partSent once the first part is sent.
	firstTaken, partSent := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(reading)
		first, hold := true, resume
		for c := range listed {
			if !first && hold != nil {
				select {
				case <-partSent:
					<-hold
					hold = nil // held once
				default:
				}
			}
			read := make(chan chunk, 1)
			reading <- read
			readChunk := func() {
				c.got = make([]*Briefing, len(c.found))
				c.errs = make([]error, len(c.found))
				parallel(len(c.found), func(i int) { c.got[i], c.errs[i] = h.read(c.found[i]) })
				read <- c
			}
			if first {
				// The first, small, chunk alone: the first part is
				// on its way before the files of others compete with it.
				readChunk()
				first = false
				if hold != nil {
					<-firstTaken // a part made of it holds the next chunk
				}
				continue
			}
			go readChunk()
		}
	}()
	in := interner{strs: map[string]string{}, lists: map[string][]string{}}
	a := partAssembler{fsys: fsys}
	start := time.Now()
	var last *Library
	lastSent := time.Time{}
	nextCount := partFirstCount
	taken := false
	for read := range reading {
		c := <-read
		for _, b := range c.got {
			if b != nil {
				in.intern(b) // here, before any part shows it: never written after
			}
		}
		a.add(c.found, c.got, c.errs, c.skip)
		// Send the library as far as read, when it is time to.
		now := time.Now()
		n := len(a.results)
		early := n == 0 || last == nil && n < nextCount && now.Sub(start) < partFirst
		soon := last != nil && (n < nextCount || now.Sub(lastSent) < partEvery)
		if !early && !soon {
			lib, replaced := a.assemble()
			first := last == nil
			last, lastSent, nextCount = lib, now, 4*max(n, 128)
			send(LibraryPart{Lib: lib, Replaced: replaced})
			if first {
				close(partSent)
			}
		}
		if !taken {
			taken = true
			close(firstTaken)
		}
	}
	if walkErr != nil {
		err := fmt.Errorf("list briefings: %w", walkErr)
		send(LibraryPart{Done: true, Err: err})
		return nil, err
	}
	lib, replaced := a.assemble()
	send(LibraryPart{Lib: lib, Done: true, Replaced: replaced})
	return lib, nil
}

// partAssembler makes the parts of LoadInParts, with Load's order of
// briefings and problems. Each chunk of headers is sorted and taken in
// as it is read (the briefings kept go into sorted runs, merged two by two
// as they grow), so that a part costs a merge of a few runs and a copy of
// the index, not a sort of the whole library: the parts of a library cost
// about what assembling it once does, most of it while files are read.
type partAssembler struct {
	fsys fs.FS
	// Every header read, in the order found.
	paths   []string
	results []*Briefing
	errs    []error
	skipped []skippedFile
	// What the next part holds: the briefings kept by ID, in runs each
	// sorted newest first (each run at most half the one before), and
	// the problems of files read, in Load's order. The runs are never
	// written once made: a part on screen may hold one.
	byID         map[string]*Briefing
	runs         [][]*Briefing
	fileProblems []pathProblem
	// rebuild is set when a file found later is the one kept for an ID
	// taken already: the next part is assembled anew from every header.
	rebuild bool
	last    *Library
}

// pathProblem is the problem of the file at path.
type pathProblem struct {
	path string
	err  error
}

// add takes in a chunk of headers read: the files found, their headers
// or errors, and the files skipped. The briefings are interned already:
// the assembler never writes them, since an earlier part may be on screen.
func (a *partAssembler) add(found []string, got []*Briefing, errs []error, skip []skippedFile) {
	from := len(a.paths)
	a.paths = append(a.paths, found...)
	a.results = append(a.results, got...)
	a.errs = append(a.errs, errs...)
	a.skipped = append(a.skipped, skip...)
	a.take(from)
}

// take sorts in the headers from paths[from:], as Load would take them:
// of files with one ID the shallowest (then the first by path) is kept.
func (a *partAssembler) take(from int) {
	if a.rebuild {
		return // all is taken again at the next part
	}
	if a.byID == nil {
		a.byID = map[string]*Briefing{}
	}
	// The new files in Load's order, with each path's depth counted once.
	batch := make([]int, 0, len(a.paths)-from)
	depth := make([]int, len(a.paths)-from)
	for i := from; i < len(a.paths); i++ {
		batch = append(batch, i)
		depth[i-from] = strings.Count(a.paths[i], "/")
	}
	slices.SortFunc(batch, func(x, y int) int {
		return cmp.Or(cmp.Compare(depth[x-from], depth[y-from]), strings.Compare(a.paths[x], a.paths[y]))
	})
	var kept []*Briefing
	var problems []pathProblem
	for _, i := range batch {
		p := a.paths[i]
		if a.errs[i] != nil {
			problems = append(problems, pathProblem{p, a.errs[i]})
			continue
		}
		b := a.results[i]
		if other, dup := a.byID[b.ID]; dup {
			// One found earlier in this chunk comes before b in Load's
			// order; one of an earlier chunk may not.
			if shallowFirst(other.Path, b.Path) > 0 {
				a.rebuild = true
				return
			}
			problems = append(problems, pathProblem{p, &ParseError{File: b.Path,
				Err: fmt.Errorf("duplicate ID %q (also %s): skipped", sanitize.Line(b.ID), sanitize.Line(other.Path))}})
			continue
		}
		a.byID[b.ID] = b
		kept = append(kept, b)
	}
	if len(problems) > 0 {
		a.fileProblems = mergeSorted(a.fileProblems, problems, func(x, y pathProblem) int { return shallowFirst(x.path, y.path) })
	}
	if len(kept) == 0 {
		return
	}
	slices.SortFunc(kept, newestFirst) // a total order: IDs differ
	a.runs = append(a.runs, kept)
	for n := len(a.runs); n >= 2 && len(a.runs[n-1]) >= len(a.runs[n-2])/2; n-- {
		a.runs = append(a.runs[:n-2], mergeSorted(a.runs[n-2], a.runs[n-1], newestFirst))
	}
}

// assemble returns the library of every header read so far, and whether
// a briefing of the last part gave way to another file of its ID.
func (a *partAssembler) assemble() (*Library, bool) {
	replaced := false
	if a.rebuild {
		a.byID, a.runs, a.fileProblems, a.rebuild = nil, nil, nil, false
		a.take(0)
		replaced = true
	}
	for n := len(a.runs); n >= 2; n-- {
		a.runs = append(a.runs[:n-2], mergeSorted(a.runs[n-2], a.runs[n-1], newestFirst))
	}
	lib := &Library{fsys: a.fsys, byID: maps.Clone(a.byID), problems: skippedProblems(a.skipped)}
	if lib.byID == nil {
		lib.byID = map[string]*Briefing{}
	}
	if len(a.runs) > 0 {
		lib.briefings = slices.Clip(a.runs[0])
	}
	for _, pp := range a.fileProblems {
		lib.problems = append(lib.problems, pp.err)
	}
	if replaced {
		replaced = replacedSince(a.last, lib)
	}
	a.last = lib
	return lib, replaced
}

// mergeSorted merges x and y, each sorted by compare, into a new slice;
// of equal elements, those of x come first.
func mergeSorted[T any](x, y []T, compare func(a, b T) int) []T {
	out := make([]T, 0, len(x)+len(y))
	for len(x) > 0 && len(y) > 0 {
		if compare(y[0], x[0]) < 0 {
			out, y = append(out, y[0]), y[1:]
		} else {
			out, x = append(out, x[0]), x[1:]
		}
	}
	return append(append(out, x...), y...)
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
					// path.Join(dir, name) without its cleaning, which
					// allocates: dir is clean and a listed name is one
					// element (never "", "." or "..").
					p := name
					if dir != "." {
						p = dir + "/" + name
					}
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
