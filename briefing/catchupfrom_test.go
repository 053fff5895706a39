package briefing

import (
	"errors"
	"fmt"
	"io/fs"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"
)

// statCountingFS counts the files a load opens and stats.
type statCountingFS struct {
	fstest.MapFS
	opens, stats atomic.Int64
}

func (c *statCountingFS) Open(name string) (fs.File, error) {
	if name != "." {
		c.opens.Add(1)
	}
	return c.MapFS.Open(name)
}

func (c *statCountingFS) Stat(name string) (fs.FileInfo, error) {
	c.stats.Add(1)
	return c.MapFS.Stat(name)
}

// TestCatchUpFromTakesHeadersAfterTheFilesStatus: the stored headers are
// asked for once every file's status is taken (a reader reads them from
// its index meanwhile), and the catch-up then reads only the file that
// changed; a failure to give them fails the catch-up before any file is
// read (at 100,000 briefings, reading them all would take seconds).
func TestCatchUpFromTakesHeadersAfterTheFilesStatus(t *testing.T) {
	then := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	files := fstest.MapFS{}
	for i := range 40 {
		files[fmt.Sprintf("d%d/b-%02d.md", i%3, i)] = &fstest.MapFile{
			Data: fmt.Appendf(nil, "---\ntitle: Story %d\npublished: 2025-01-02\n---\nBody.\n", i), ModTime: then}
	}
	stored := storedOf(t, files)
	files["d1/b-01.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Changed\n---\nNew.\n"), ModTime: then.Add(time.Hour)}

	c := &statCountingFS{MapFS: files}
	statsThen := int64(-1)
	lib, change, err := CatchUpFrom(c, func() ([]StoredHeader, error) {
		statsThen = c.stats.Load()
		return stored, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if statsThen < int64(len(files)) {
		t.Errorf("headers asked for after %d of %d files' status", statsThen, len(files))
	}
	if lib.Len() != len(files) || len(change.Changed) != 1 || change.Changed[0] != "b-01" || len(change.Added)+len(change.Removed) != 0 {
		t.Errorf("%d briefings, change %+v; want %d, b-01 changed", lib.Len(), change, len(files))
	}
	if n := c.opens.Load(); n != 1 {
		t.Errorf("%d files opened, want the changed one", n)
	}

	c = &statCountingFS{MapFS: files}
	broken := errors.New("index: headers: a damaged index")
	_, _, err = CatchUpFrom(c, func() ([]StoredHeader, error) { return nil, broken })
	if !errors.Is(err, broken) {
		t.Errorf("error %v, want the index's", err)
	}
	if n := c.opens.Load(); n != 0 {
		t.Errorf("%d files opened after the headers failed", n)
	}
}
