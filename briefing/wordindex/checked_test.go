//go:build linux

package wordindex

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestOpenKeptChecksWholeOnceAFileStaysAsItWas: a kept file found whole
// once is not read through again while it stays as it was (its record
// beside it names it), and answers as the index built in memory; a file
// written in place since (its time put back), one replaced by a copy of
// the same bytes, and one whose record is damaged, of another file or a
// symbolic link are each checked whole again, and a damaged one refused.
func TestOpenKeptChecksWholeOnceAFileStaysAsItWas(t *testing.T) {
	was := checkedAge
	checkedAge = 0
	t.Cleanup(func() { checkedAge = was })
	r := rand.New(rand.NewPCG(41, 42))
	docs := stampedDocs(r, 500)
	dir := t.TempDir()
	path := keptFile(t, dir, docs, 200)
	// open reports whether the opening checked the file whole.
	open := func(t *testing.T) (*Index, bool, error) {
		t.Helper()
		before := wholeChecks.Load()
		ix, stamps, err := openKeptStamps(path, 7, 2)
		if err == nil && len(stamps) != len(docs) {
			t.Fatalf("%d stamps for %d documents", len(stamps), len(docs))
		}
		return ix, wholeChecks.Load() != before, err
	}
	// The status change time is read in ticks of the clock on some file
	// systems: a write is a tick after the status a record names.
	tick := func() { time.Sleep(50 * time.Millisecond) }
	tick()
	if _, whole, err := open(t); err != nil || !whole {
		t.Fatalf("first opening: checked whole %v, %v; want a check", whole, err)
	}
	if _, err := os.Lstat(path + checkedSuffix); err != nil {
		t.Fatalf("no record of the check: %v", err)
	}
	ix, whole, err := open(t)
	if err != nil || whole {
		t.Fatalf("second opening: checked whole %v, %v; want none", whole, err)
	}
	answersAsInMemory(t, r, ix, Build(2, len(docs), func(i int) Doc { return docs[i] }), docs)
	record, err := os.ReadFile(path + checkedSuffix)
	if err != nil {
		t.Fatal(err)
	}

	// The record damaged, of another size, or a link to a good one.
	for _, c := range []struct {
		name string
		make func() error
	}{
		{"a byte changed", func() error {
			b := slices.Clone(record)
			b[len(b)-1] ^= 1
			return os.WriteFile(path+checkedSuffix, b, 0o600)
		}},
		{"a byte more", func() error { return os.WriteFile(path+checkedSuffix, append(slices.Clone(record), 0), 0o600) }},
		{"a symbolic link", func() error {
			good := filepath.Join(dir, "good.checked")
			if err := os.WriteFile(good, record, 0o600); err != nil {
				return err
			}
			os.Remove(path + checkedSuffix)
			return os.Symlink(good, path+checkedSuffix)
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if err := c.make(); err != nil {
				t.Fatal(err)
			}
			if _, whole, err := open(t); err != nil || !whole {
				t.Fatalf("checked whole %v, %v; want a check", whole, err)
			}
			// The check wrote the record again: the next opening trusts it.
			if _, whole, err := open(t); err != nil || whole {
				t.Fatalf("then: checked whole %v, %v; want none", whole, err)
			}
		})
	}

	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	h, err := decodeHeader(good, int64(len(good)))
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	// Every posting of the words made "not a number": the size and the
	// header as they were, the time put back.
	damaged := slices.Clone(good)
	post := h.sec[secWordsPost]
	for i := post.off; i < post.off+post.n; i++ {
		damaged[i] = 0xff
	}
	t.Run("written in place", func(t *testing.T) {
		tick()
		if err := os.WriteFile(path, damaged, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, fi.ModTime(), fi.ModTime()); err != nil {
			t.Fatal(err)
		}
		if _, whole, err := open(t); err == nil || !whole || !strings.Contains(err.Error(), "not a number") {
			t.Fatalf("checked whole %v, %v; want a check that refuses it", whole, err)
		}
	})
	t.Run("replaced by a copy", func(t *testing.T) {
		// The good file again, checked and recorded; then the same bytes
		// with the postings damaged renamed over it, its time put back.
		if err := os.WriteFile(path, good, 0o600); err != nil {
			t.Fatal(err)
		}
		tick()
		if _, whole, err := open(t); err != nil || !whole {
			t.Fatalf("good again: checked whole %v, %v; want a check", whole, err)
		}
		tmp := filepath.Join(dir, "copy")
		if err := os.WriteFile(tmp, damaged, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(tmp, fi.ModTime(), fi.ModTime()); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, path); err != nil {
			t.Fatal(err)
		}
		if _, whole, err := open(t); err == nil || !whole {
			t.Fatalf("checked whole %v, %v; want a check that refuses it", whole, err)
		}
	})
}

// TestOpenKeptRecordsNoFileJustWritten: a file whose status changed less
// than checkedAge ago gets no record (a write in the same tick of a
// coarse clock would leave its status as recorded), so the next opening
// checks it whole again.
func TestOpenKeptRecordsNoFileJustWritten(t *testing.T) {
	r := rand.New(rand.NewPCG(43, 44))
	docs := stampedDocs(r, 100)
	dir := t.TempDir()
	path := keptFile(t, dir, docs, 100)
	for range 2 {
		before := wholeChecks.Load()
		if _, _, err := openKeptStamps(path, 7, 2); err != nil {
			t.Fatal(err)
		}
		if wholeChecks.Load() == before {
			t.Fatal("a file just written was not checked whole")
		}
	}
	if _, err := os.Lstat(path + checkedSuffix); err == nil {
		t.Fatal("a record of a file written just now")
	}
}
