package briefing

import (
	"io/fs"
	"slices"
)

// Diff is what changed from old to new, as a watcher would report it:
// the briefings added and removed (by ID), and those whose front matter,
// size or modification time differ. A library read again from a store or
// a directory is compared with the one a reader shows, so that the reader
// can say "3 new briefings" and keep what did not change.
func Diff(old, new *Library) LibraryChange {
	var c LibraryChange
	for _, b := range new.briefings {
		was, ok := old.byID[b.ID]
		switch {
		case !ok:
			c.Added = append(c.Added, b.ID)
		case !sameBriefing(was, b) || !sameFile(old.fsys, was.Path, new.fsys, b.Path):
			c.Changed = append(c.Changed, b.ID)
		}
	}
	for _, b := range old.briefings {
		if _, ok := new.byID[b.ID]; !ok {
			c.Removed = append(c.Removed, b.ID)
		}
	}
	return c
}

// sameBriefing reports whether a and b have the same front matter.
func sameBriefing(a, b *Briefing) bool {
	return a.Title == b.Title && a.Summary == b.Summary && a.Published.Equal(b.Published) &&
		a.Source == b.Source && a.URL == b.URL && a.Region == b.Region && a.Dateline == b.Dateline &&
		slices.Equal(a.Countries, b.Countries) && slices.Equal(a.Tags, b.Tags) &&
		(a.bodyOffset == b.bodyOffset || a.bodyOffset == offsetUnknown || b.bodyOffset == offsetUnknown)
}

// sameFile reports whether two files have the same size and modification
// time; a file that cannot be examined counts as changed.
func sameFile(afs fs.FS, a string, bfs fs.FS, b string) bool {
	if afs == nil || bfs == nil {
		return false
	}
	ai, err := fs.Stat(afs, a)
	if err != nil {
		return false
	}
	bi, err := fs.Stat(bfs, b)
	if err != nil {
		return false
	}
	return ai.Size() == bi.Size() && ai.ModTime().Equal(bi.ModTime())
}
