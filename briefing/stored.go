package briefing

import (
	"bytes"
	"errors"
	"io/fs"
	"slices"
)

// StoredHeader is a briefing's metadata as an index of the library holds
// it, with the size, modification time (Unix nanoseconds) and change mark
// (FileStatus.Change) its file had when it was read. The strings that many
// briefings share (sources, regions, lists of countries) should be held
// once, as Load holds them. A library can start from stored headers
// instead of reading every file (LoadStored, FromStored).
type StoredHeader struct {
	Briefing *Briefing
	Size     int64
	ModTime  int64
	// Change fingerprints the file's inode and status change time when it
	// was read (FileStatus.Change); 0: not known. With it, a file edited in
	// place that kept its size and had its time put back is read again.
	Change uint32
}

// fresh reports whether a file of the status now is the one the header
// was read from: the same size and modification time, and the same change
// mark where both know one. A zero time (an embedded file system has none)
// is never fresh.
func (s StoredHeader) fresh(now fileStat) bool {
	return s.Briefing != nil && now.mtime != 0 && storedStat(s).same(now)
}

// LoadStats says how much of a library came from stored headers.
type LoadStats struct {
	Stored int // headers taken as stored: the file's size and time unchanged
	Read   int // files read: new, changed, or not stored
}

// LoadStored loads the library of fsys as Load does, with the same
// briefings, order and problems, but takes the header of every file whose
// size and modification time are as stored (by path) instead of reading
// it: only new and changed files are read. stored is called once, after
// the files are listed, so that a caller can read the headers meanwhile;
// it may return nil (nothing stored: every file is read). Only the files
// it has a header for are stat-ed. The briefings it returns are the
// library's own afterwards.
func LoadStored(fsys fs.FS, stored func() map[string]StoredHeader) (*Library, LoadStats, error) {
	return loadStored(fsys, false, func(paths []string) (func(i int) (StoredHeader, bool, bool), error) {
		byPath := stored()
		return func(i int) (StoredHeader, bool, bool) {
			s, ok := byPath[paths[i]]
			return s, ok, false
		}, nil
	})
}

// loadStored is LoadStored with the stored header of each file given by
// the lookup that stored makes of the paths listed (in sortPaths' order),
// called in parallel with a path's index; the lookup also says whether
// the header's path is known to be the file's (samePath). stored is
// called once every file's status is taken: a caller that reads the
// headers meanwhile (an index, on another core) has them by then. Its
// error is loadStored's. With statFirst every file's status is taken
// before stored is called, for such a caller; without it, only that of a
// file stored has a header for, when its turn comes (a library with no
// index stats nothing it then reads anyway).
func loadStored(fsys fs.FS, statFirst bool, stored func(paths []string) (func(i int) (s StoredHeader, ok, samePath bool), error)) (*Library, LoadStats, error) {
	return loadStoredListed(fsys, nil, statFirst, stored)
}

// loadStoredListed is loadStored of the files of listing, when not nil
// (see loadListed).
func loadStoredListed(fsys fs.FS, listing *Listing, statFirst bool, stored func(paths []string) (func(i int) (s StoredHeader, ok, samePath bool), error)) (*Library, LoadStats, error) {
	var st LoadStats
	var lookup func(i int) (StoredHeader, bool, bool)
	var now []fileStat // by path; a zero status (never fresh) where none was read
	lib, err := loadListed(fsys, listing, func(h headerReader, paths []string) error {
		if statFirst {
			now = make([]fileStat, len(paths))
			parallel(len(paths), func(i int) { now[i], _ = h.stat(paths[i]) })
		}
		var err error
		lookup, err = stored(paths)
		return err
	}, func(h headerReader, i int, p string) (*Briefing, error) {
		if s, ok, samePath := lookup(i); ok {
			var stat fileStat
			if now != nil {
				stat = now[i]
			} else {
				stat, _ = h.stat(p)
			}
			if s.fresh(stat) {
				b := s.Briefing
				// Each written only when not so already: a briefing of a
				// library on screen (CatchUp) is never written, nor the path
				// that CatchUp's lookup reads meanwhile (of every stored
				// header, from other goroutines). A path matched as equal
				// is not compared again (at 100,000 files, 13 ms of
				// reading paths no longer in the processor's caches).
				if !samePath && b.Path != p {
					b.Path = p
				}
				if b.bodyOffset != offsetUnknown || b.read != storedStat(s) {
					b.bodyOffset, b.read = offsetUnknown, storedStat(s)
				}
				return b, nil
			}
		}
		return h.read(p)
	}, &st)
	return lib, st, err
}

// FromStored is the library of stored headers alone, without looking at
// the files: what a reader shows at once, before LoadStored (in the
// background) catches up with what changed on disk. Of briefings with one
// ID the shallowest is kept, as Load keeps it, and the others are its
// problems. The briefings of stored are the library's own afterwards.
func FromStored(fsys fs.FS, stored []StoredHeader) *Library {
	paths := make([]string, 0, len(stored))
	byPath := make(map[string]StoredHeader, len(stored))
	for _, s := range stored {
		if s.Briefing == nil {
			continue
		}
		paths = append(paths, s.Briefing.Path)
		byPath[s.Briefing.Path] = s
	}
	results := make([]*Briefing, len(paths))
	sortPaths(paths)
	for i, p := range paths {
		s := byPath[p]
		results[i] = s.Briefing
		results[i].bodyOffset, results[i].read = offsetUnknown, storedStat(s)
	}
	return assemble(fsys, paths, results, make([]error, len(paths)), nil)
}

// CatchUp brings the briefings of stored headers up to date with the
// files: it loads fsys as LoadStored does and says what changed on disk
// since the headers were stored. The briefings whose files did not change
// are stored's own, never written, so that a reader showing some of them
// (FromStored) can install the result and keep what it has.
func CatchUp(fsys fs.FS, stored []StoredHeader) (*Library, LibraryChange, error) {
	return CatchUpFrom(fsys, func() ([]StoredHeader, error) { return stored, nil })
}

// CatchUpFrom is CatchUp of the headers that storedOf gives, called once
// the files are listed and their status taken: a caller that reads them
// from an index meanwhile, on another core, overlaps the two. The headers
// are storedOf's own, and this is its only write to them. An error of
// storedOf is CatchUpFrom's, before any file is read.
func CatchUpFrom(fsys fs.FS, storedOf func() ([]StoredHeader, error)) (*Library, LibraryChange, error) {
	return CatchUpListed(fsys, nil, storedOf)
}

// CatchUpListed is CatchUpFrom of the files of listing instead of those
// it would list (nil: it lists them): the listing a Watcher of the
// library made once its watches were in place (WatchLibraryListed), so
// that a library whose watcher has just listed it is not listed twice.
// Every file is still stat-ed: one edited in place since its header was
// stored is read again. A file of the listing gone by the time it is
// read is left out (the watcher reports it removed).
func CatchUpListed(fsys fs.FS, listing *Listing, storedOf func() ([]StoredHeader, error)) (*Library, LibraryChange, error) {
	var stored []StoredHeader
	lib, _, err := loadStoredListed(fsys, listing, true, func(paths []string) (func(i int) (StoredHeader, bool, bool), error) {
		var err error
		if stored, err = storedOf(); err != nil {
			return nil, err
		}
		// Matched by index (matchPaths), not in maps of the stored
		// headers themselves: at 100,000 briefings those were 8 MB more
		// at the reader's peak of memory.
		stored = slices.DeleteFunc(stored, func(s StoredHeader) bool { return s.Briefing == nil })
		at := matchPaths(paths, stored)
		return func(i int) (StoredHeader, bool, bool) {
			if at[i] < 0 {
				return StoredHeader{}, false, false
			}
			return stored[at[i]], true, true
		}, nil
	})
	if err != nil {
		return nil, LibraryChange{}, err
	}
	var c LibraryChange
	var wasID map[string]bool // made only when a file was read: usually none was
	asStored := 0
	for _, b := range lib.briefings {
		if b.bodyOffset == offsetUnknown { // as stored
			asStored++
			continue
		}
		if wasID == nil {
			wasID = make(map[string]bool, len(stored))
			for _, s := range stored {
				wasID[s.Briefing.ID] = true
			}
		}
		if wasID[b.ID] {
			c.Changed = append(c.Changed, b.ID)
		} else {
			c.Added = append(c.Added, b.ID)
		}
	}
	if asStored == len(stored) {
		// Every stored briefing is in the library (each is at most once):
		// none of their IDs is gone.
		return lib, c, nil
	}
	removed := map[string]bool{}
	for _, s := range stored {
		if id := s.Briefing.ID; !removed[id] {
			if _, ok := lib.byID[id]; !ok {
				c.Removed = append(c.Removed, id)
				removed[id] = true
			}
		}
	}
	return lib, c, nil
}

// matchPaths gives, for each of paths, the index in stored of its
// header, or -1. The headers are found by a map of their paths: at
// 100,000 it cost 12 ms and 3 MB where sorting them (40-byte keys) to walk
// both lists together cost 30 ms and 4 MB.
func matchPaths(paths []string, stored []StoredHeader) []int32 {
	byPath := make(map[string]int32, len(stored))
	for i, s := range stored {
		byPath[s.Briefing.Path] = int32(i)
	}
	at := make([]int32, len(paths))
	for i, p := range paths {
		j, ok := byPath[p]
		if !ok {
			j = -1
		}
		at[i] = j
	}
	return at
}

// offsetUnknown is the body offset of a briefing whose header came from
// an index: Body finds it in the file.
const offsetUnknown = -1

// bodyStart is the offset of the body in data, the whole file of b.
func bodyStart(b *Briefing, data []byte) (int, error) {
	if b.bodyOffset != offsetUnknown {
		if b.bodyOffset > len(data) {
			return 0, errors.New("file changed since it was loaded: reload the library")
		}
		return b.bodyOffset, nil
	}
	h, err := ReadHeader(b.Path, bytes.NewReader(data))
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			return 0, pe.Err
		}
		return 0, err
	}
	return h.bodyOffset, nil
}
