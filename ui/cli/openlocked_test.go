package cli

import (
	"context"
	"database/sql"
	"errors"
	"io"
	"testing"
	"time"

	"sitrep/briefing/index"
	"sitrep/briefing/librarytest"
)

// TestOpenHeldForReaderStopsOnALockedIndex: a reader whose library's
// index is locked by another writer waits for it (up to the busy timeout,
// 10 s); the analyst quitting meanwhile ends the opening's context, and
// the opening returns then with the context's error, without reading the
// files instead. Before, it waited the whole busy timeout and then read
// the files.
func TestOpenHeldForReaderStopsOnALockedIndex(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir := t.TempDir()
	if err := librarytest.Write(dir, 50, 22); err != nil {
		t.Fatal(err)
	}
	src := Source{Dir: dir, Why: "test"}
	ix, err := OpenIndex(t.Context(), src, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	path, err := index.DefaultPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	w, err := sql.Open("sqlite", "file:"+path+"?_pragma=locking_mode(EXCLUSIVE)")
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	conn, err := w.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(t.Context(), "BEGIN EXCLUSIVE; UPDATE meta SET value = value WHERE key = 'schema'"); err != nil {
		t.Fatal(err)
	}
	ctx, quit := context.WithCancel(t.Context())
	time.AfterFunc(200*time.Millisecond, quit) // the analyst quits
	start := time.Now()
	opening, err := src.OpenHeldForReader(ctx)
	opening.Resume()
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("the opening of a locked index returned %v after it began, the reader having quit at 200ms", d)
	}
	if !errors.Is(err, context.Canceled) || opening.Lib != nil || opening.Parts != nil {
		t.Errorf("the opening of a locked index the reader quit gave %v (library %v, parts %v), want the context's end and nothing read",
			err, opening.Lib != nil, opening.Parts != nil)
	}
}
