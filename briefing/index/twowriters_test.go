package index

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
)

// holdFS reads a file whole when it is opened and, for the file named
// held, says so on read and waits on hold before giving it back: the
// index has read it but not yet written what it made of it.
type holdFS struct {
	dir, held  string
	read, hold chan struct{}
}

func (h holdFS) Open(name string) (fs.File, error) {
	data, err := os.ReadFile(filepath.Join(h.dir, name))
	if err != nil {
		return nil, err
	}
	if name == h.held {
		h.read <- struct{}{}
		<-h.hold
	}
	return fstest.MapFS{name: &fstest.MapFile{Data: data}}.Open(name)
}

func (h holdFS) Stat(name string) (fs.FileInfo, error)      { return fs.Stat(os.DirFS(h.dir), name) }
func (h holdFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(os.DirFS(h.dir), name) }

// TestTwoWritersKeepAnEditSeen: two processes update one index (the SSH
// server and a local reader). B reads an edit; the edit is undone; A
// reads the file as the index knew it; B writes the edit; then A, which
// found the content it knew, writes the file's status. A's status must
// not be put on B's content: the index would hold the edit while the file
// says otherwise, and no update would read the file again.
func TestTwoWritersKeepAnEditSeen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "index.db")
	x := filepath.Join(dir, "x.md")
	zero := []byte("---\ntitle: Zero\npublished: 2025-01-02\n---\nBody zero.\n")
	one := []byte("---\ntitle: One!\npublished: 2025-01-02\n---\nBody one..\n")
	write := func(data []byte) {
		time.Sleep(10 * time.Millisecond) // a status of its own
		if err := os.WriteFile(x, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(zero)
	if err := os.WriteFile(filepath.Join(dir, "y.md"), []byte("---\ntitle: Y\n---\nY.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if _, err := a.Update(ctx, briefing.DirFS(dir), nil); err != nil {
		t.Fatal(err)
	}
	b, err := Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	update := func(ix *Index, fsys holdFS) chan error {
		done := make(chan error, 1)
		go func() { _, err := ix.Update(ctx, fsys, nil); done <- err }()
		return done
	}
	wait := func(done chan error, who string) {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("%s: %v", who, err)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("%s: the update did not end", who)
		}
	}

	write(one)
	hb := holdFS{dir, "x.md", make(chan struct{}), make(chan struct{})}
	bDone := update(b, hb)
	<-hb.read // B has read the edit
	write(zero)
	ha := holdFS{dir, "x.md", make(chan struct{}), make(chan struct{})}
	aDone := update(a, ha)
	<-ha.read // A has read the content the index knew
	close(hb.hold)
	wait(bDone, "B") // B has written the edit
	close(ha.hold)
	wait(aDone, "A")

	if _, err := a.Update(ctx, briefing.DirFS(dir), nil); err != nil {
		t.Fatal(err)
	}
	hs, err := a.Headers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hs {
		if h.Briefing.Path == "x.md" && h.Briefing.Title != "Zero" {
			t.Errorf("the index holds %q for x.md, the file says Zero", h.Briefing.Title)
		}
	}
}
