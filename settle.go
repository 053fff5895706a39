package main

import (
	"context"
	"time"

	"sitrep/briefing"
)

// Timings of shownThenSettled.
const (
	// settleAfterShown is how long after the reader takes the last part
	// of a library the watcher and the index may start: it draws the
	// whole list in the meantime, with the processor to itself.
	settleAfterShown = 500 * time.Millisecond
	// settleAfterRead is how long after the library is read they start
	// at the latest, should the reader not take the last part (it quit,
	// or reloaded the library).
	settleAfterRead = 2 * time.Second
)

// shownThenSettled passes the parts of a library read in parts (see
// cli.ReaderLibrary) on to the reader, the newest only as the reading
// does, and closes settled a moment after the reader has taken the last
// one, or a while after read is closed: the watcher and the index, which
// list and read the whole library again, then do not compete with the
// reader drawing it. With no parts, settled is read, unchanged. When ctx
// ends first, settled is never closed: nothing is begun for a reader that
// has gone.
func shownThenSettled(ctx context.Context, parts <-chan briefing.LibraryPart, read <-chan struct{}) (toReader <-chan briefing.LibraryPart, settled <-chan struct{}) {
	if parts == nil {
		return nil, read
	}
	out := make(chan briefing.LibraryPart)
	done := make(chan struct{})
	go func() {
		var lastRead <-chan time.Time
		for {
			// Wait for a part, or the end of the reading.
			var p briefing.LibraryPart
			select {
			case p = <-parts:
			case <-read:
				read, lastRead = nil, time.After(settleAfterRead)
				continue
			case <-lastRead:
				close(done)
				return
			case <-ctx.Done():
				return
			}
			// Hand it over, unless a newer one comes first: it then
			// stands for both (a briefing the reader shows that gave way
			// in the one dropped gave way in it too).
			for sent := false; !sent; {
				select {
				case out <- p:
					sent = true
				case next := <-parts:
					next.Replaced = next.Replaced || p.Replaced
					p = next
				case <-read:
					read, lastRead = nil, time.After(settleAfterRead)
				case <-lastRead:
					close(done)
					return
				case <-ctx.Done():
					return
				}
			}
			if p.Done {
				select {
				case <-time.After(settleAfterShown):
					close(done)
				case <-ctx.Done():
				}
				return
			}
		}
	}()
	return out, done
}
