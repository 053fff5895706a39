package cli

import (
	"context"
	"sync"
	"time"

	"sitrep/briefing"
)

// ReaderLibrary is the library a reader starts with (OpenForReader).
type ReaderLibrary struct {
	// Lib is what the first frame shows: the top of the index, a first
	// part of a library being read, the whole library, or nil (nothing
	// found yet: an empty list while the rest comes in Parts).
	Lib *briefing.Library
	// CatchUp, when set, brings Lib, taken from the index, up to date
	// with the files (see OpenAtOnce).
	CatchUp func() (*briefing.Library, briefing.LibraryChange, error)
	// CatchUpListed, set whenever CatchUp is, is CatchUp of the files of
	// a listing of the library (briefing.CatchUpListed; a nil listing:
	// CatchUp).
	CatchUpListed func(*briefing.Listing) (*briefing.Library, briefing.LibraryChange, error)
	// Parts, when set, brings the rest of a library that has no index,
	// as it is read (briefing.LoadInParts); Read is closed once the
	// last part has been read.
	Parts <-chan briefing.LibraryPart
	Read  <-chan struct{}
	// resume lets a library read in parts for a first frame read on
	// past its first part (Resume).
	resume func()
}

// Resume lets a library opened by OpenHeldForReader read on past its
// first part: the reader calls it once its first frame is drawn. It does
// nothing for another library, or after its first call.
func (r ReaderLibrary) Resume() {
	if r.resume != nil {
		r.resume()
	}
}

// firstPartWait is how long OpenForReader waits for the first part of a
// library with no index: the first frame then lists entries already,
// unless the disk is slow.
const firstPartWait = 60 * time.Millisecond

// OpenForReader opens the library for the reader's first frame without
// waiting for the whole of it: from the index when there is one (as
// OpenAtOnce does); else, for a library directory, reading it in parts in
// the background, each part sent on Parts as it is read, the first frame
// showing the first part when it comes within firstPartWait. The embedded
// library and a single file are read whole (they are small).
func (s Source) OpenForReader(ctx context.Context) (ReaderLibrary, error) {
	return s.openForReader(ctx, false)
}

// OpenHeldForReader is OpenForReader for a reader that draws its first
// frame from what it returns: a library read in parts reads no file past
// the part the first frame shows until Resume is called, once the frame
// is drawn (see briefing.LoadInPartsHeld). The caller must call Resume.
func (s Source) OpenHeldForReader(ctx context.Context) (ReaderLibrary, error) {
	return s.openForReader(ctx, true)
}

func (s Source) openForReader(ctx context.Context, held bool) (ReaderLibrary, error) {
	top, err := s.newestStored(ctx)
	if ctx.Err() != nil {
		return ReaderLibrary{}, ctx.Err() // the reader quit while it opened: the files are not read
	}
	if err == nil && top != nil {
		lib, catchUpListed, err := s.atOnce(ctx, top)
		if catchUpListed == nil {
			return ReaderLibrary{Lib: lib}, err
		}
		catchUp := func() (*briefing.Library, briefing.LibraryChange, error) { return catchUpListed(nil) }
		return ReaderLibrary{Lib: lib, CatchUp: catchUp, CatchUpListed: catchUpListed}, err
	}
	if s.Dir == "" || s.File != "" {
		lib, err := s.Open()
		return ReaderLibrary{Lib: lib}, err
	}
	fsys, err := s.fsys()
	if err != nil {
		return ReaderLibrary{}, err
	}
	parts := make(chan briefing.LibraryPart, 1)
	read := make(chan struct{})
	var resume chan struct{}
	var resumeFn func()
	if held {
		resume = make(chan struct{})
		resumeFn = sync.OnceFunc(func() { close(resume) })
	}
	go func() {
		defer close(read)
		// The channel holds the newest part only: a reader busy drawing
		// skips to it, and a reader that stopped waiting (a reload)
		// never holds the reading up.
		_, _ = briefing.LoadInPartsHeld(fsys, sendNewest(parts), resume)
	}()
	select {
	case p := <-parts:
		if p.Err != nil {
			return ReaderLibrary{}, p.Err
		}
		if p.Done {
			return ReaderLibrary{Lib: p.Lib}, nil
		}
		return ReaderLibrary{Lib: p.Lib, Parts: parts, Read: read, resume: resumeFn}, nil
	case <-time.After(firstPartWait):
		return ReaderLibrary{Parts: parts, Read: read, resume: resumeFn}, nil
	}
}

// sendNewest sends parts on a channel of one that holds the newest part
// only: a part the reader has not taken gives way to the next, which then
// stands for both (replacing what the one dropped replaced too). It is
// called from one goroutine.
func sendNewest(parts chan briefing.LibraryPart) func(briefing.LibraryPart) {
	return func(p briefing.LibraryPart) {
		select {
		case dropped := <-parts:
			p.Replaced = p.Replaced || dropped.Replaced
		default:
		}
		parts <- p
	}
}
