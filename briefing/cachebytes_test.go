package briefing

import (
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

// TestEntryCacheBytesBounded checks that briefings dense in figures (a table
// of numbers, hostile input) are dropped from the cache by the memory their
// bodies, figures and timelines hold, not only by their number, and that
// what is read again is the same.
func TestEntryCacheBytesBounded(t *testing.T) {
	const n = 5
	lib := denseLibrary(t, n, 2000)
	lib.cacheBytes = 2 << 20
	first := map[string]int{}
	for _, b := range lib.Briefings() {
		figs, err := lib.Figures(b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := lib.Timeline(b.ID); err != nil {
			t.Fatal(err)
		}
		first[b.ID] = len(figs)
		if lib.held > lib.cacheBytes && lib.entries.Len() > 1 {
			t.Fatalf("cache holds %d bytes in %d entries, want at most %d", lib.held, lib.entries.Len(), lib.cacheBytes)
		}
	}
	if lib.entries.Len() == n {
		t.Errorf("all %d briefings still cached (%d bytes)", n, lib.held)
	}
	for id, want := range first {
		if figs, _ := lib.Figures(id); len(figs) != want || want == 0 {
			t.Errorf("%s read again: %d figures, first %d", id, len(figs), want)
		}
	}
	var sum int64
	for _, k := range lib.entries.Keys() {
		e, _ := lib.entries.Peek(k)
		sum += e.held
	}
	if sum != lib.held {
		t.Errorf("entries hold %d bytes, library counts %d", sum, lib.held)
	}
}

// TestEntryCacheBytesConcurrent reads bodies, figures and timelines of
// more briefings than the byte budget holds from many goroutines at once
// (as the reader's panes and a filter do), so that -race sees the charge
// and the evictions, and checks that what the library counts is what its
// entries hold, within the budget, and that every read is whole.
func TestEntryCacheBytesConcurrent(t *testing.T) {
	const n = 8
	lib := denseLibrary(t, n, 300)
	lib.cacheBytes = 100 << 10
	ids := lib.Briefings()
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range 3 * n {
				id := ids[(g+r)%len(ids)].ID
				figs, err := lib.Figures(id)
				if err != nil || len(figs) < 300 {
					t.Errorf("%s: %d figures, %v", id, len(figs), err)
				}
				if _, err := lib.Timeline(id); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	var sum int64
	for _, k := range lib.entries.Keys() {
		e, _ := lib.entries.Peek(k)
		sum += e.held
	}
	if lib.entries.Len() == n {
		t.Errorf("all %d briefings still cached (%d bytes): the budget was never reached", n, lib.held)
	}
	if sum != lib.held || lib.held > lib.cacheBytes && lib.entries.Len() > 1 {
		t.Errorf("entries hold %d bytes in %d entries, library counts %d, budget %d", sum, lib.entries.Len(), lib.held, lib.cacheBytes)
	}
}

// denseLibrary is a library of n briefings of lines lines each, every line
// a count: briefings dense in figures, as a table of numbers is.
func denseLibrary(t *testing.T, n, lines int) *Library {
	t.Helper()
	fsys := fstest.MapFS{}
	for i := range n {
		var body strings.Builder
		for k := range lines {
			body.WriteString(strconv.Itoa(i*10000+k) + " people fled on Monday.\n")
		}
		fsys[strconv.Itoa(i)+".md"] = &fstest.MapFile{Data: []byte("---\ntitle: T" + strconv.Itoa(i) + "\npublished: 2024-03-01\n---\n" + body.String())}
	}
	lib, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	return lib
}
