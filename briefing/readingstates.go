package briefing

import "iter"

// ReadingStates is one analyst's read marks, stars and positions, wherever
// they are kept: StateStore keeps them in a file, and sitrep/briefing/store
// in PostgreSQL for a team of front ends. Changes are kept at once and
// written by Save; every entry carries when it changed, and stores merge
// concurrent writes entry by entry, the newest winning.
type ReadingStates interface {
	Get(id string) ReadingState
	IsRead(id string) bool
	IsStarred(id string) bool
	Position(id string) float64
	// The setters report whether they changed anything.
	SetRead(id string, read bool) bool
	SetStarred(id string, starred bool) bool
	SetPosition(id string, pos float64) bool
	CountRead(ids iter.Seq[string]) int
	// Snapshot returns a copy of every entry.
	Snapshot() map[string]ReadingState
	// Dirty reports whether there are changes not yet written.
	Dirty() bool
	// Save writes the changes; the ones it could not write stay queued
	// for the next Save.
	Save() error
	// Warning is a problem the reader should show (a corrupt file set
	// aside, a store that cannot be reached), or nil.
	Warning() error
}

var _ ReadingStates = (*StateStore)(nil)
