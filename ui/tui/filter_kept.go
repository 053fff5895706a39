package tui

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/wordindex"
)

// The word index of a library of keepFrom stories or more, read from a
// directory, is kept between runs: built once, it stays in a file of
// sitrep's cache directory (wordindex.BuildKept), with each story's key
// and the status of the file it was read from. The next
// reader of the library maps it (wordindex.OpenKept, which checks it
// whole), compares each story's file status with the one kept, and brings
// the index up to date (Update) with the stories changed, added or removed
// since, instead of reading every body again (at 100,000 stories, some
// 20 s of processor time). When many differ, or when a long session's
// updates have come to hold many stories in memory, it is built again and
// the file replaced. A file that cannot be used (damaged, of another
// version, not a regular file) is built again, and the reason logged.
// Two processes on one library (an SSH server and a reader) each map
// what they opened or built: a file replaced by the other's rename stays
// whole in their mappings.

// filterVersion is the version of what the filter's word index holds of
// a story: raise it when filterDoc, filterMeta, filterBodyLimit, the
// fields or the stamp (stampOf) change, so that a kept index is built
// again. (The index's own layout and tokenising have
// wordindex.FormatVersion.)
const filterVersion = 1

// keptOverlay is the most stories a kept index is brought up to date with
// in memory, counting those of earlier updates (Index.Overlay) and those
// removed since it was built: beyond it, it is built again.
const keptOverlay = 4096

// keptLogLimit bounds the log of the kept indexes: a longer one starts
// again.
const keptLogLimit = 64 << 10

// keptPath is the file where the word index of lib is kept: in the words
// directory of sitrep's cache, named after the library's directory as the
// stored index is (briefing.CacheKey);
// "" when lib is not kept (no directory, fewer than keepFrom stories, or
// keeping off).
func (f *FilterIndexes) keptPath(lib *briefing.Library) string {
	if !f.keep || f.dir == "" || lib.Dir() == "" || lib.Len() < f.keepFrom {
		return ""
	}
	key, err := briefing.CacheKey(lib.Dir())
	if err != nil {
		return ""
	}
	return filepath.Join(f.dir, "words", key+".words")
}

// stampOf is what the kept index records of b's file: its path and the
// status its header was read with.
func stampOf(b *briefing.Briefing) string {
	st := b.FileStatus()
	buf := make([]byte, 0, len(b.Path)+21)
	buf = append(append(buf, b.Path...), 0)
	buf = binary.LittleEndian.AppendUint64(buf, uint64(st.Size))
	buf = binary.LittleEndian.AppendUint64(buf, uint64(st.ModTime))
	buf = binary.LittleEndian.AppendUint32(buf, st.Change)
	return string(buf)
}

// sameStamp reports whether stamp, kept for b's key, is of the file b was
// read from, as it was (briefing.FileStatus.Same).
func sameStamp(stamp []byte, b *briefing.Briefing) bool {
	n := len(stamp) - 21
	if n < 0 || stamp[n] != 0 || string(stamp[:n]) != b.Path {
		return false
	}
	t := stamp[n+1:]
	kept := briefing.FileStatus{Size: int64(binary.LittleEndian.Uint64(t)), ModTime: int64(binary.LittleEndian.Uint64(t[8:])),
		Change: binary.LittleEndian.Uint32(t[16:])}
	return kept.Same(b.FileStatus())
}

// filterDocs is the documents of lib's stories ids, in order.
func filterDocs(lib *briefing.Library, ids []string) func(yield func(wordindex.Doc) bool) {
	return func(yield func(wordindex.Doc) bool) {
		for _, id := range ids {
			if b, ok := lib.Get(id); ok && !yield(filterDoc(lib, b)) {
				return
			}
		}
	}
}

// libraryOrder is the keys of lib's stories, in library order.
func libraryOrder(all []*briefing.Briefing) []string {
	order := make([]string, len(all))
	for i, b := range all {
		order[i] = b.ID
	}
	return order
}

// buildKept indexes lib, keeps the index at path, and says so in the log;
// when it cannot be kept, lib is indexed as buildWords would.
func (f *FilterIndexes) buildKept(lib *briefing.Library, path, why string) *libraryWords {
	all := lib.Briefings()
	start := time.Now()
	err := os.MkdirAll(filepath.Dir(path), 0o700)
	var ix *wordindex.Index
	if err == nil {
		ix, err = wordindex.BuildKept(path, filterVersion, filterFields, len(all), func(i int) wordindex.Doc {
			d, read := readFilterDoc(lib, all[i])
			if read {
				d.Stamp = stampOf(all[i]) // else no stamp: indexed again at the next start
			}
			return d
		})
	}
	if err != nil {
		f.log("%s: %v; not kept", why, err)
		return buildWords(nil, lib, f.dir, f.onDisk)
	}
	f.log("%s: built %s, %d stories, in %v", why, path, len(all), time.Since(start).Round(time.Millisecond))
	return &libraryWords{lib: lib, all: all, words: ix, keptIn: path}
}

// openKept is lib's word index from the one kept at path, brought up to
// date with the stories whose files changed since it was built; false,
// and why, when there is none, it cannot be used, or too many stories
// differ.
func (f *FilterIndexes) openKept(lib *briefing.Library, path string) (*libraryWords, string, bool) {
	start := time.Now()
	all := lib.Briefings()
	changed, gone, inOrder := 0, 0, true
	current := make([]bool, 0, len(all)) // by slot: the story is as it was kept
	ix, err := wordindex.OpenKept(path, filterVersion, filterFields, func(slot int, key string, stamp []byte) {
		inOrder = inOrder && slot < len(all) && all[slot].ID == key
		// A library as it was kept has its stories in the slots' order:
		// each found there, not looked up (at 100,000, 16 ms).
		var b *briefing.Briefing
		ok := inOrder
		if inOrder {
			b = all[slot]
		} else {
			b, ok = lib.Get(key)
		}
		same := ok && sameStamp(stamp, b)
		switch {
		case !ok:
			gone++
		case !same:
			changed++
		}
		current = append(current, same)
	})
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, "no index kept", false
		}
		return nil, err.Error(), false
	}
	same := len(current) - changed - gone
	var fresh []string
	if same < len(all) {
		as := make(map[string]bool, same)
		for slot, ok := range current {
			if ok {
				as[ix.Key(slot)] = true
			}
		}
		for _, b := range all {
			if !as[b.ID] {
				fresh = append(fresh, b.ID)
			}
		}
	}
	if len(fresh)+gone > f.overlay {
		return nil, fmt.Sprintf("%d stories changed or added and %d gone since %s was built", len(fresh), gone, path), false
	}
	if !inOrder || len(all) != ix.Len() || len(fresh) > 0 {
		ix = ix.Update(libraryOrder(all), filterDocs(lib, fresh))
	}
	f.log("opened %s: %d stories as kept, %d changed, %d added, %d gone, in %v", path, same, changed, len(fresh)-changed, gone,
		time.Since(start).Round(time.Millisecond))
	return &libraryWords{lib: lib, all: all, words: ix, keptIn: path}, "", true
}

// keptWords is lib's word index when lib is kept at path: prev's brought
// up to date when prev is of the same kept file and the stories it holds
// in memory stay few, else the one kept brought up to date, else one
// built and kept.
func (f *FilterIndexes) keptWords(prev *libraryWords, lib *briefing.Library, path string) *libraryWords {
	if prev != nil && prev.keptIn == path {
		fresh, gone := sinceIndexed(prev.lib, lib, true) // a library read again has briefings of its own
		if prev.words.Overlay()+len(fresh)+gone <= f.overlay {
			all := lib.Briefings()
			return &libraryWords{lib: lib, all: all, words: prev.words.Update(libraryOrder(all), filterDocs(lib, fresh)), keptIn: path}
		}
		return f.buildKept(lib, path, fmt.Sprintf("%d stories in memory, %d more changed and %d gone", prev.words.Overlay(), len(fresh), gone))
	}
	lw, why, ok := f.openKept(lib, path)
	if ok {
		return lw
	}
	return f.buildKept(lib, path, why)
}

// fileLog is a log that adds a line to the file at path for each call,
// the file started again once it passes keptLogLimit; it writes nothing
// through a symbolic link or to anything but a regular file.
func fileLog(path string) func(format string, args ...any) {
	return func(format string, args ...any) {
		if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
			return
		}
		flags := os.O_WRONLY | os.O_CREATE | os.O_APPEND | noFollow
		if fi, err := os.Lstat(path); err == nil && fi.Size() > keptLogLimit {
			flags |= os.O_TRUNC
		}
		file, err := os.OpenFile(path, flags, 0o600)
		if err != nil {
			return
		}
		defer file.Close()
		if fi, err := file.Stat(); err != nil || !fi.Mode().IsRegular() {
			return
		}
		fmt.Fprintf(file, "%s %s\n", time.Now().Format(time.RFC3339), fmt.Sprintf(format, args...))
	}
}

// log records what became of a kept index, when f has a log.
func (f *FilterIndexes) log(format string, args ...any) {
	if f.logf != nil {
		f.logf(format, args...)
	}
}
