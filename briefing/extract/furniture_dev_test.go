package extract

import (
	"fmt"
	"path/filepath"
	"testing"
)

// TestDevFurniture measures the furniture detector on its own, against the
// gold furniture spans of the DEV timelines sets (never batch 10's, which
// is held out). The timeline score sees furniture only when it holds a
// date or a number; this measure sees all of it. It prints, per set:
//
//   - recall: gold furniture bytes that furniture(text) covers, and gold
//     spans covered at least half;
//   - precision: predicted furniture bytes that fall inside gold furniture;
//   - lost: gold timeline entries that predicted furniture overlaps, story
//     text swallowed, which is worse than furniture kept (want 0).
//
// The DEV articles sets add key figures inside predicted furniture (want
// 0). With -v it lists the gold spans missed and the predicted spans that
// swallow story.
func TestDevFurniture(t *testing.T) {
	var all devFurnitureCount
	for _, b := range append(append([]string{}, devBatches...), "-b9") {
		path := filepath.Join("testdata", "dev", "timelines"+b+".jsonl")
		arts := devLines[devArticle](t, path)
		var c devFurnitureCount
		for _, a := range arts {
			c.add(t, a.ID, a.Text, a.Furniture, a.Timeline)
		}
		t.Logf("furniture timelines%s: %s", b, c)
		all.merge(c)
	}
	t.Logf("furniture timelines-all: %s", all)
	for _, b := range []string{"-b6", "-b7", "-b10"} {
		path := filepath.Join("testdata", "dev", "articles"+b+".jsonl")
		arts := devLines[devKeyArticle](t, path)
		lost, figs := 0, 0
		for _, a := range arts {
			sp := furniture(a.Text)
			for _, f := range a.Figures {
				figs++
				if spansOverlap(sp, f.Start, f.End) {
					lost++
					t.Logf("  %s: key figure %q inside furniture", a.ID, f.Text)
				}
			}
		}
		t.Logf("furniture articles%s: %d of %d key figures inside furniture", b, lost, figs)
	}
}

// devFurnitureCount adds up the furniture measure over articles.
type devFurnitureCount struct {
	goldBytes, hitBytes, predBytes, predIn int
	goldSpans, spansHit                    int
	entries, lost                          int
}

func (c *devFurnitureCount) merge(o devFurnitureCount) {
	c.goldBytes += o.goldBytes
	c.hitBytes += o.hitBytes
	c.predBytes += o.predBytes
	c.predIn += o.predIn
	c.goldSpans += o.goldSpans
	c.spansHit += o.spansHit
	c.entries += o.entries
	c.lost += o.lost
}

func (c devFurnitureCount) String() string {
	return fmt.Sprintf("bytes R %5.1f P %5.1f (%d/%d/%d); spans R %5.1f (%d/%d); entries lost %d of %d",
		100*devRatio(c.hitBytes, c.goldBytes), 100*devRatio(c.predIn, c.predBytes),
		c.hitBytes, c.predBytes, c.goldBytes,
		100*devRatio(c.spansHit, c.goldSpans), c.spansHit, c.goldSpans, c.lost, c.entries)
}

// add measures furniture(text) on one article against its gold spans.
func (c *devFurnitureCount) add(t *testing.T, id, text string, gold []devSpan, entries []devEntry) {
	pred := furniture(text)
	inGold := make([]bool, len(text))
	for _, g := range gold {
		for i := g.Start; i < g.End; i++ {
			inGold[i] = true
		}
	}
	inPred := make([]bool, len(text))
	for _, p := range pred {
		for i := p.Start; i < p.End && i < len(text); i++ {
			if i >= 0 && !inPred[i] {
				inPred[i] = true
				c.predBytes++
				if inGold[i] {
					c.predIn++
				}
			}
		}
	}
	for _, g := range gold {
		n := 0
		for i := g.Start; i < g.End; i++ {
			if inPred[i] {
				n++
			}
		}
		c.goldBytes += g.End - g.Start
		c.hitBytes += n
		c.goldSpans++
		if 2*n >= g.End-g.Start {
			c.spansHit++
		} else if testing.Verbose() {
			t.Logf("  %s: missed %q", id, g.Text)
		}
	}
	for _, e := range entries {
		c.entries++
		if spansOverlap(pred, e.Start, e.End) {
			c.lost++
			if testing.Verbose() {
				t.Logf("  %s: entry %q inside furniture", id, e.Text)
			}
		}
	}
	if testing.Verbose() {
		for _, p := range pred {
			out := 0
			for i := p.Start; i < p.End && i < len(text); i++ {
				if !inGold[i] {
					out++
				}
			}
			if out > 0 && out*2 > p.End-p.Start {
				t.Logf("  %s: predicted outside gold %q", id, text[p.Start:p.End])
			}
		}
	}
}

// spansOverlap says whether [start, end) meets any of spans.
func spansOverlap(spans []Span, start, end int) bool {
	for _, s := range spans {
		if s.Start < end && start < s.End {
			return true
		}
	}
	return false
}
