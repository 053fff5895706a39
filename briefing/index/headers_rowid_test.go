package index

import (
	"context"
	"testing"

	"sitrep/briefing/librarytest"
)

// TestHeadersWithRowidsFarApart: a damaged or hand-edited index whose
// rowids lie far apart (one near the largest) still gives every header,
// each once, at once (it used to step through every empty range of
// rowids, and past the largest never stop).
func TestHeadersWithRowidsFarApart(t *testing.T) {
	ix, _ := openIndexed(t, librarytest.FS(5, 1))
	var top int64
	if err := ix.db.QueryRow(`SELECT max(rowid) FROM docs`).Scan(&top); err != nil {
		t.Fatal(err)
	}
	if _, err := ix.db.Exec(`UPDATE docs SET rowid = 9223372036854775000 WHERE rowid = ?`, top); err != nil {
		t.Fatal(err)
	}
	hs, err := ix.Headers(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, h := range hs {
		if seen[h.Briefing.ID] {
			t.Errorf("%s listed twice", h.Briefing.ID)
		}
		seen[h.Briefing.ID] = true
	}
	if len(seen) != 5 {
		t.Fatalf("%d headers, want 5", len(seen))
	}
}
