package index

import (
	"context"
	"slices"
	"testing"

	"sitrep/briefing"
	"sitrep/briefing/ingest"
	"sitrep/content"
)

// TestSameText: the index finds each briefing by the text key of the
// body a library reads (what an import compares), and nothing by a key
// no body has.
func TestSameText(t *testing.T) {
	ix := openSamples(t)
	ctx := context.Background()
	lib, err := briefing.Load(content.Briefings())
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range lib.Briefings() {
		body, err := lib.Body(b.ID)
		if err != nil {
			t.Fatal(err)
		}
		paths, err := ix.SameText(ctx, ingest.TextKey(body))
		if err != nil || !slices.Contains(paths, b.Path) {
			t.Errorf("%s: SameText gave %v (%v)", b.Path, paths, err)
		}
	}
	if paths, err := ix.SameText(ctx, ingest.TextKey("No briefing says this, none at all.")); err != nil || len(paths) != 0 {
		t.Errorf("a text no briefing has: %v %v", paths, err)
	}
}
