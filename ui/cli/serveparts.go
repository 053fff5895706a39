package cli

import (
	"context"
	"fmt"

	"sitrep/briefing"
)

// OpenForServer opens the library for `sitrep serve` as OpenAtOnce does,
// except that a library directory with no index is read in parts, as the
// reader reads it (OpenForReader), not whole before the server listens:
// lib is the first part (maybe empty), and catchUp waits for the rest of
// the reading. Its change lists only what it found changed or removed of
// the first part (a briefing that gave way to another file of its ID): the
// stories read after the first part are the library, not news.
func (s Source) OpenForServer(ctx context.Context) (lib *briefing.Library, catchUp func() (*briefing.Library, briefing.LibraryChange, error), err error) {
	opening, err := s.OpenForReader(ctx)
	if err != nil || opening.Parts == nil {
		return opening.Lib, opening.CatchUp, err
	}
	first := opening.Lib
	if first == nil { // nothing found yet
		fsys, err := s.fsys()
		if err != nil {
			return nil, nil, err
		}
		first = briefing.FromStored(fsys, nil)
	}
	catchUp = func() (*briefing.Library, briefing.LibraryChange, error) {
		for p := range opening.Parts {
			switch {
			case p.Err != nil:
				return nil, briefing.LibraryChange{}, fmt.Errorf("library %s: %w", s, p.Err)
			case p.Done:
				change := briefing.Diff(first, p.Lib)
				change.Added = nil
				return p.Lib, change, nil
			}
		}
		return nil, briefing.LibraryChange{}, fmt.Errorf("library %s: the reading stopped before its end", s)
	}
	return first, catchUp, nil
}
