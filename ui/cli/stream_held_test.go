package cli

import (
	"context"
	"testing"
	"time"

	"sitrep/briefing/librarytest"
)

// TestOpenHeldForReaderWaitsForResume: a library with no index opened for
// a reader's first frame shows its first part and reads no further until
// the reader resumes it (its first frame drawn); then it is read to the
// end. OpenForReader (the SSH server's) reads to the end by itself.
func TestOpenHeldForReaderWaitsForResume(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	const n = 400
	dir := t.TempDir()
	if err := librarytest.Write(dir, n, 18); err != nil {
		t.Fatal(err)
	}
	src := Source{Dir: dir}
	opening, err := src.OpenHeldForReader(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if opening.Lib == nil || opening.Lib.Len() == 0 || opening.Lib.Len() >= n || opening.Parts == nil {
		t.Fatalf("held opening: want a first part of the %d briefings and more to come", n)
	}
	select {
	case <-opening.Read:
		t.Fatal("the library was read to the end before the reader resumed it")
	case <-time.After(300 * time.Millisecond):
	}
	opening.Resume()
	opening.Resume() // a second call does nothing
	select {
	case <-opening.Read:
	case <-time.After(10 * time.Second):
		t.Fatal("the library was not read to the end once resumed")
	}
	var last int
	for len(opening.Parts) > 0 {
		last = (<-opening.Parts).Lib.Len()
	}
	if last != n {
		t.Errorf("last part: %d briefings, want %d", last, n)
	}

	free, err := src.OpenForReader(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	free.Resume() // nothing to resume: does nothing
	if free.Read != nil {
		select {
		case <-free.Read:
		case <-time.After(10 * time.Second):
			t.Fatal("OpenForReader: the library was not read to the end")
		}
	}
}
