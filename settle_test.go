package main

import (
	"context"
	"runtime"
	"testing"
	"time"

	"sitrep/briefing"
)

// partsOf is a library read in parts as cli.OpenForReader sends it: the
// channel holds the newest part only.
type partsOf struct {
	ch   chan briefing.LibraryPart
	read chan struct{}
}

func newParts() partsOf {
	return partsOf{make(chan briefing.LibraryPart, 1), make(chan struct{})}
}

func (p partsOf) send(part briefing.LibraryPart) {
	select {
	case <-p.ch:
	default:
	}
	p.ch <- part
}

func closed(c <-chan struct{}) bool {
	select {
	case <-c:
		return true
	default:
		return false
	}
}

// TestWatcherWaitsForTheLastPartShown: the library is read (read closed)
// while the reader is still busy with an earlier part: the watcher and
// the index (settled) wait until the reader has taken the last part, and
// a moment more; the reader gets the newest part, never a stale one.
func TestWatcherWaitsForTheLastPartShown(t *testing.T) {
	src := newParts()
	toReader, settled := shownThenSettled(t.Context(), src.ch, src.read)
	src.send(briefing.LibraryPart{})
	if p := <-toReader; p.Done {
		t.Fatal("the first part came as the last")
	}
	src.send(briefing.LibraryPart{})
	src.send(briefing.LibraryPart{Done: true})
	close(src.read)
	time.Sleep(settleAfterShown + 100*time.Millisecond)
	if closed(settled) {
		t.Fatal("the watcher started before the reader took the last part")
	}
	if p := <-toReader; !p.Done {
		t.Fatal("the reader got a part older than the newest")
	}
	taken := time.Now()
	<-settled
	if d := time.Since(taken); d < settleAfterShown {
		t.Errorf("the watcher started %v after the reader took the last part, want at least %v", d, settleAfterShown)
	}
}

// TestAPartDroppedForANewerSaysWhatItReplaced: a part the reader had no
// time to take gives way to the next, which then says that a briefing
// shown was replaced when the one dropped said so: the reader installs it
// as new, not as more of the same.
func TestAPartDroppedForANewerSaysWhatItReplaced(t *testing.T) {
	src := newParts()
	toReader, _ := shownThenSettled(t.Context(), src.ch, src.read)
	src.send(briefing.LibraryPart{})
	<-toReader
	taken := func() { // by the relay, which holds it for the reader
		for deadline := time.Now().Add(10 * time.Second); len(src.ch) > 0; {
			if time.Now().After(deadline) {
				t.Fatal("the relay did not take the part")
			}
			runtime.Gosched()
		}
	}
	src.send(briefing.LibraryPart{Replaced: true})
	taken()
	src.send(briefing.LibraryPart{Done: true})
	taken()
	if p := <-toReader; !p.Done || !p.Replaced {
		t.Errorf("the reader got %+v, want the last part, saying a briefing was replaced", p)
	}
}

// TestWatcherStartsWhenTheReaderTakesNoMore: a reader that stops taking
// parts (it reloaded the library) does not keep the watcher and the index
// from starting once the library is read.
func TestWatcherStartsWhenTheReaderTakesNoMore(t *testing.T) {
	src := newParts()
	_, settled := shownThenSettled(t.Context(), src.ch, src.read)
	src.send(briefing.LibraryPart{Done: true})
	close(src.read)
	select {
	case <-settled:
	case <-time.After(settleAfterRead + 5*time.Second):
		t.Fatal("the watcher never started")
	}
}

// TestNothingStartsForAReaderThatHasGone: once the reader's context ends,
// neither the watcher nor the index is begun.
func TestNothingStartsForAReaderThatHasGone(t *testing.T) {
	src := newParts()
	ctx, cancel := context.WithCancel(t.Context())
	toReader, settled := shownThenSettled(ctx, src.ch, src.read)
	src.send(briefing.LibraryPart{Done: true})
	<-toReader
	cancel()
	close(src.read)
	time.Sleep(settleAfterShown + 200*time.Millisecond)
	if closed(settled) {
		t.Error("the watcher and the index start for a reader that has gone")
	}
}

// TestNoPartsNoWait: a library read whole (no parts) is watched as soon
// as it is read.
func TestNoPartsNoWait(t *testing.T) {
	read := make(chan struct{})
	toReader, settled := shownThenSettled(t.Context(), nil, read)
	if toReader != nil || settled != (<-chan struct{})(read) {
		t.Error("with no parts the watcher waits for something else than the read")
	}
}
