package briefing

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// TestEntryCacheBytesBounded checks that briefings dense in figures (a table
// of numbers, hostile input) are dropped from the cache by the memory their
// bodies, figures and timelines hold, not only by their number, and that
// what is read again is the same.
func TestEntryCacheBytesBounded(t *testing.T) {
	fsys := fstest.MapFS{}
	const n = 5
	for i := range n {
		var body strings.Builder
		for k := range 2000 {
			body.WriteString(strconv.Itoa(i*10000+k) + " people fled on Monday.\n")
		}
		fsys[strconv.Itoa(i)+".md"] = &fstest.MapFile{Data: []byte("---\ntitle: T" + strconv.Itoa(i) + "\npublished: 2024-03-01\n---\n" + body.String())}
	}
	lib, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
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
