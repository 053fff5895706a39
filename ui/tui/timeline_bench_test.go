package tui

import (
	"testing"

	"sitrep/briefing"
	"sitrep/content"
)

// BenchmarkTimelinePanelLayout lays out the timeline panel of the sample
// briefing with the most entries, as a resize or a new story does: the
// work of build, without the cache of rows laid out before.
func BenchmarkTimelinePanelLayout(b *testing.B) {
	lib, err := briefing.Load(content.Briefings())
	if err != nil {
		b.Fatal(err)
	}
	var most *briefing.Briefing
	n := -1
	for _, br := range lib.Briefings() {
		entries, err := lib.Timeline(br.ID)
		if err != nil {
			b.Fatal(err)
		}
		if len(entries) > n {
			most, n = br, len(entries)
		}
	}
	entries, _ := lib.Timeline(most.ID)
	body, _ := lib.Body(most.ID)
	styles := NewStyles(true)
	tl := newTimelinePane(&styles)
	tl.body = body
	tl.setTimeline(most.ID, most.Published, entries, nil)
	tl.width, tl.height = 44, 30
	loopWithCPU(b, func() {
		tl.rows = nil
		tl.build()
	})
}
