package index

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// lockedIndex is an index another writer holds locked (exclusive locking
// mode, a transaction open) until the test ends: a reader opening it
// waits for the lock up to its busy timeout (10 s).
func lockedIndex(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "ix.db")
	ix, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	w, err := sql.Open("sqlite", "file:"+path+"?_pragma=locking_mode(EXCLUSIVE)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	conn, err := w.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	if _, err := conn.ExecContext(t.Context(), "BEGIN EXCLUSIVE; UPDATE meta SET value = value WHERE key = 'schema'"); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestOpenExistingStopsWaitingForALock: opening an index another writer
// holds locked stops when its context ends (a reader quit while its
// library opened), not at the busy timeout. Before OpenExisting took a
// context it waited the whole 10 s.
func TestOpenExistingStopsWaitingForALock(t *testing.T) {
	path := lockedIndex(t)
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	ix, err := OpenExisting(ctx, path)
	if err == nil {
		ix.Close()
		t.Fatal("a locked index opened while its writer held it")
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("opening a locked index took %v after its context ended at 200ms", d)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("opening a locked index ended with %v, want the context's end", err)
	}
}

// TestOpenLeavesALockedIndex: Open rebuilds an index of another version
// or a damaged file, but an index another writer holds locked past the
// busy timeout is that writer's, in use: Open reports the lock and leaves
// the file and its write-ahead log where they are. Before, it removed them
// as damaged and made a new index under the writer. It waits the busy
// timeout (10 s) once.
func TestOpenLeavesALockedIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("waits the index's 10 s busy timeout")
	}
	path := lockedIndex(t)
	before, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Open(path)
	if err == nil {
		ix.Close()
		t.Fatal("Open gave an index while another writer held it locked")
	}
	after, err := os.Stat(path)
	if err != nil {
		t.Fatalf("the locked index is gone after Open: %v", err)
	}
	if !os.SameFile(before, after) {
		t.Error("Open replaced the locked index with a new file")
	}
}
