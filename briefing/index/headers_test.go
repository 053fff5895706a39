package index

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// TestHeadersAsLoaded checks that a library made from the stored headers
// alone shows what the files show: the same briefings with the same
// front matter, in the same order, and the same bodies when opened.
func TestHeadersAsLoaded(t *testing.T) {
	fsys := librarytest.FS(120, 5)
	when := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	fsys["odd.md"] = &fstest.MapFile{ModTime: when, Data: []byte("---\ntitle: \"Quotes \\\" and <tags>\"\n" +
		"countries: [\"a\\\"b\", 'c, d']\ntags: []\n---\nBody of odd.\n")}
	fsys["sub/odd.md"] = &fstest.MapFile{ModTime: when, Data: []byte("---\ntitle: A deeper odd\n---\nDeeper.\n")}
	fsys["bad.md"] = &fstest.MapFile{ModTime: when, Data: []byte("not a briefing\n")}
	ix, _ := openIndexed(t, fsys)
	hs, err := ix.Headers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 122 {
		t.Fatalf("%d headers, want 122 (the problem file left out)", len(hs))
	}
	for _, h := range hs {
		if h.ModTime != when.UnixNano() || h.Size != int64(len(fsys[h.Briefing.Path].Data)) {
			t.Fatalf("%s: size %d, time %d; want the file's", h.Briefing.Path, h.Size, h.ModTime)
		}
	}
	want, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	got := briefing.FromStored(fsys, hs)
	if got.Len() != want.Len() {
		t.Fatalf("%d briefings from the index, %d from the files", got.Len(), want.Len())
	}
	for i, w := range want.Briefings() {
		g := got.Briefings()[i]
		if !sameHeader(g, w) {
			t.Errorf("briefing %d: from the index %+v\nfrom the files %+v", i, *g, *w)
		}
		gb, err := got.Body(g.ID)
		if err != nil {
			t.Fatal(err)
		}
		wb, _ := want.Body(w.ID)
		if gb != wb {
			t.Errorf("%s: body from the index's library %q, want %q", g.ID, gb, wb)
		}
	}
	if n := len(got.Problems()); n != 1 {
		t.Errorf("problems %v, want the duplicate odd.md", got.Problems())
	}
}

// sameHeader compares what the list shows of two briefings (the body's
// offset, which only the files know, aside).
func sameHeader(a, b *briefing.Briefing) bool {
	return a.ID == b.ID && a.Title == b.Title && a.Summary == b.Summary && a.Published.Equal(b.Published) &&
		a.Source == b.Source && a.URL == b.URL && a.Region == b.Region && a.Dateline == b.Dateline &&
		a.Path == b.Path && reflect.DeepEqual(a.Countries, b.Countries) && reflect.DeepEqual(a.Tags, b.Tags)
}

// TestNewestHeadersAreTheTopOfTheList checks that the first screen read
// from the index is the top of the list the whole library gives, undated
// briefings (listed last) and briefings of one day (by title) included.
func TestNewestHeadersAreTheTopOfTheList(t *testing.T) {
	fsys := librarytest.FS(60, 9)
	when := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, title := range []string{"Zulu", "Alpha", "Mike"} {
		fsys[fmt.Sprintf("undated-%d.md", i)] = &fstest.MapFile{ModTime: when, Data: []byte("---\ntitle: " + title + "\n---\nText.\n")}
		fsys[fmt.Sprintf("same-day-%d.md", i)] = &fstest.MapFile{ModTime: when, Data: []byte("---\ntitle: " + title + "\npublished: 2030-01-01\n---\nText.\n")}
	}
	ix, _ := openIndexed(t, fsys)
	all, err := ix.Headers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := briefing.FromStored(fsys, all).Briefings()
	for _, n := range []int{1, 4, 30, 65, 66, 100} {
		top, err := ix.NewestHeaders(context.Background(), n)
		if err != nil {
			t.Fatal(err)
		}
		got := briefing.FromStored(fsys, top).Briefings()
		if len(got) != min(n, len(want)) {
			t.Fatalf("n=%d: %d headers, want %d", n, len(got), min(n, len(want)))
		}
		for i, b := range got {
			if b.ID != want[i].ID {
				t.Errorf("n=%d: briefing %d is %s, the list has %s", n, i, b.ID, want[i].ID)
			}
		}
	}
}

// TestHeadersInBlocks checks that Headers, which reads the rows a block of
// rowids at a time, each from the block headblocks keeps or else made
// from the rows, finds every row: with the gaps that removed briefings
// leave among the rowids, rowids spread over many blocks (the lowest and
// the highest a rowid can be among them), blocks dropped by a write and
// not made again, blocks made again, and blocks too long for the limit,
// read a row at a time.
func TestHeadersInBlocks(t *testing.T) {
	fsys := librarytest.FS(40, 3)
	ix, _ := openIndexed(t, fsys)
	for p := range fsys {
		if strings.HasSuffix(p, "5.md") || strings.HasSuffix(p, "7.md") {
			delete(fsys, p)
		}
	}
	if len(fsys) > 34 {
		t.Fatalf("%d of 40 briefings left: too few removed to leave gaps", len(fsys))
	}
	if _, err := ix.Update(context.Background(), fsys, nil); err != nil {
		t.Fatal(err)
	}
	want, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	defer func(max int) { maxHeaderBlock = max }(maxHeaderBlock)
	ix.db.SetMaxOpenConns(1) // the connection Headers limits is the one asked after
	check := func(t *testing.T, name string, kept int) {
		t.Helper()
		var n int
		if err := ix.db.QueryRow(`SELECT count(*) FROM headblocks`).Scan(&n); err != nil || n != kept {
			t.Fatalf("%s: %d blocks kept (%v), want %d", name, n, err, kept)
		}
		for _, limit := range []int{16 << 20, 2000} {
			maxHeaderBlock = limit
			hs, err := ix.Headers(context.Background())
			if err != nil {
				t.Fatalf("%s, limit %d: %v", name, limit, err)
			}
			got := briefing.FromStored(fsys, hs)
			if got.Len() != want.Len() || len(hs) != len(fsys) {
				t.Fatalf("%s, limit %d: %d headers, %d briefings; want %d", name, limit, len(hs), got.Len(), want.Len())
			}
			for i, w := range want.Briefings() {
				if g := got.Briefings()[i]; !sameHeader(g, w) {
					t.Errorf("%s, limit %d: briefing %d from the index %+v\nfrom the files %+v", name, limit, i, *g, *w)
				}
			}
			// The limit is the connection's own again: a value longer than
			// the blocks may be (all the bodies, ~80 KB) can be made.
			if err := ix.db.QueryRow(`SELECT length(group_concat(body)) FROM docs`).Scan(&n); err != nil {
				t.Fatalf("%s: after Headers with a limit of %d, a value of all the bodies: %v", name, limit, err)
			}
		}
	}
	check(t, "as updated", 1)
	var dirty int
	if err := ix.db.QueryRow(`SELECT count(*) FROM headdirty`).Scan(&dirty); err != nil || dirty != 0 {
		t.Fatalf("after an update, %d blocks marked to make again (%v)", dirty, err)
	}

	// The rowids spread over blocks far apart, by hand: the triggers drop
	// the kept block, and the blocks are made from the rows.
	if _, err := ix.db.Exec(`UPDATE heads SET rowid = rowid * 3000 + 7`); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.db.Exec(`UPDATE heads SET rowid = -9223372036854775807 WHERE rowid = (SELECT min(rowid) FROM heads)`); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.db.Exec(`UPDATE heads SET rowid = 9223372036854775807 WHERE rowid = (SELECT max(rowid) FROM heads)`); err != nil {
		t.Fatal(err)
	}
	check(t, "spread, none kept", 0)

	// Made again, as a write's transaction ends: one block a row.
	tx, err := ix.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if err := refillBlocks(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	check(t, "spread, kept", len(fsys))
}

// BenchmarkHeaders reads every stored header of an index built beforehand,
// as list and the reader's catch-up do: SITREP_BENCH_INDEX names its file
// (for example the index of a generated library that the command
// benchmarks of ui/cli built in their cache).
func BenchmarkHeaders(b *testing.B) {
	p := os.Getenv("SITREP_BENCH_INDEX")
	if p == "" {
		b.Skip("SITREP_BENCH_INDEX names no index")
	}
	ix, err := OpenExisting(b.Context(), p)
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		if _, err := ix.Headers(b.Context()); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu)
}

// TestHeadersAfterEachUpdate: the blocks Headers reads are made again by
// each update that writes their rows, so the headers show an edit, a
// file whose status alone changed, and a removal at once.
func TestHeadersAfterEachUpdate(t *testing.T) {
	fsys := librarytest.FS(30, 4)
	ix, _ := openIndexed(t, fsys)
	var edited, touched, removed string
	for p := range fsys {
		switch {
		case edited == "":
			edited = p
		case touched == "":
			touched = p
		case removed == "":
			removed = p
		}
	}
	later := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	fsys[edited] = &fstest.MapFile{ModTime: later, Data: []byte("---\ntitle: Edited since\n---\nNew body.\n")}
	fsys[touched] = &fstest.MapFile{ModTime: later, Data: fsys[touched].Data}
	delete(fsys, removed)
	if _, err := ix.Update(context.Background(), fsys, nil); err != nil {
		t.Fatal(err)
	}
	hs, err := ix.Headers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != len(fsys) {
		t.Fatalf("%d headers for %d files", len(hs), len(fsys))
	}
	for _, h := range hs {
		switch h.Briefing.Path {
		case edited:
			if h.Briefing.Title != "Edited since" || h.ModTime != later.UnixNano() {
				t.Errorf("edited: %q at %d, want the new title at %d", h.Briefing.Title, h.ModTime, later.UnixNano())
			}
		case touched:
			if h.ModTime != later.UnixNano() {
				t.Errorf("touched: at %d, want %d", h.ModTime, later.UnixNano())
			}
		case removed:
			t.Errorf("removed: still listed")
		}
	}
}
