package briefing

import "slices"

// Diff is what changed from old to new, as a watcher would report it:
// the briefings added and removed (by ID), and those whose front matter
// or file differ: another path, or a file whose status when new read it
// (size, modification time, and the inode and status change time where
// both know them) is not the one old was read with. A library read again
// from a store or a directory is compared with the one a reader shows, so
// that the reader can say "3 new briefings" and keep what did not change.
// It looks at no file: each briefing keeps the status its header was read
// with, so a body edited since old was read is seen even when both
// libraries read one directory.
func Diff(old, new *Library) LibraryChange {
	var c LibraryChange
	for _, b := range new.briefings {
		was, ok := old.byID[b.ID]
		switch {
		case !ok:
			c.Added = append(c.Added, b.ID)
		case was != b && (!sameBriefing(was, b) || was.Path != b.Path || !was.read.same(b.read)):
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
