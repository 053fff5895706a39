package extract

import (
	"flag"
	"fmt"
	"testing"
)

var leadSight = flag.Bool("leadsight", false, "log the lead Lead gives today on each dev article's first-sight figures (batches it was not written on)")

// TestLeadAtFirstSight runs today's Lead over the figures each dev article
// had at its batch's first sight (keymodel-firstsight.jsonl) and counts how
// often it picks the gold lead: a reading of the lead is measured on the
// figures of stories it was not written on. The check batch b19 is never
// read here. Logged with -leadsight.
func TestLeadAtFirstSight(t *testing.T) {
	if !*leadSight {
		t.Skip("-leadsight")
	}
	batches := []string{"-b6", "-b7", "-b9", "-b10", "-b14", "-b17", "-b18"}
	docs := loadFirstSightDocs(t, loadKeyDocsOf(t, batches), batches)
	hit, gold, keyed := make([]int, len(batches)), make([]int, len(batches)), make([]int, len(batches))
	for _, d := range docs {
		a := d.art
		var key []Figure
		for _, f := range Lead(d.figs, a.Text, a.Title) {
			if f.Key {
				key = append(key, f)
			}
		}
		g := make([]devFigure, len(a.Figures))
		for i, x := range a.Figures {
			g[i] = x.devFigure
		}
		match, used := devMatch(g, key)
		devMatchElsewhere(g, key, match, used)
		for i, x := range a.Figures {
			if !x.Lead {
				continue
			}
			gold[d.batch]++
			if match[i] >= 0 {
				keyed[d.batch]++
			}
			if match[i] >= 0 && key[match[i]].Lead {
				hit[d.batch]++
				continue
			}
			got := ""
			for _, f := range key {
				if f.Lead {
					got = fmt.Sprintf("%q (%s)", f.Text, f.Role)
				}
			}
			t.Logf("%s %s: gold %q (%s, key %v), lead %s", batches[d.batch], a.ID, x.Text, x.Role, match[i] >= 0, got)
		}
	}
	for b := range batches {
		t.Logf("%s lead at first sight: %d of %d (gold lead key: %d)", batches[b], hit[b], gold[b], keyed[b])
	}
}
