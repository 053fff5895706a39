package tui

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"sitrep/briefing"
)

// TestListGrowsAsIfLoadedWhole checks that a list given a grown library
// (growBriefings, a part of a library read in parts) shows what a list
// given that library whole shows: the same stories in the same order,
// the same one selected, the same scroll and width, with and without the
// starred-only switch, when the analyst's story is among the shown or
// not, and when the new library is not a growth of the old one.
func TestListGrowsAsIfLoadedWhole(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 1))
	full := make([]*briefing.Briefing, 400)
	for i := range full {
		full[i] = &briefing.Briefing{ID: fmt.Sprintf("b%03d", i), Title: strings.Repeat("x", 10+r.IntN(70))}
	}
	state := briefing.NewMemoryState()
	for _, b := range full {
		if r.IntN(3) == 0 {
			state.SetStarred(b.ID, true)
		}
	}
	// subset keeps each story of all with probability p, in order.
	subset := func(all []*briefing.Briefing, p float64) []*briefing.Briefing {
		var out []*briefing.Briefing
		for _, b := range all {
			if r.Float64() < p {
				out = append(out, b)
			}
		}
		return out
	}
	for round := range 300 {
		next := subset(full, 0.3+0.7*r.Float64())
		prev := subset(next, r.Float64())
		if round%10 == 0 && len(prev) > 0 {
			// Not a growth: a story of prev is another file in next.
			next = slices.Clone(next)
			i := slices.Index(next, prev[r.IntN(len(prev))])
			copied := *next[i]
			next[i] = &copied
		}
		starred := round%2 == 1
		grown := newListPane(new(NewStyles(true)), state, nil)
		grown.SetSize(60, 12)
		grown.starredOnly = starred
		grown.setBriefings(prev, "")
		grown.moveTo(r.IntN(len(prev) + 1))
		keep := ""
		if b, ok := grown.selected(); ok && r.IntN(4) > 0 {
			keep = b.ID
		} else if r.IntN(2) == 0 {
			keep = next[r.IntN(len(next))].ID // a story shown only once grown, if at all
		}
		grown.growBriefings(next, keep)

		whole := newListPane(new(NewStyles(true)), state, nil)
		whole.SetSize(60, 12)
		whole.starredOnly = starred
		whole.setBriefings(next, keep)

		name := fmt.Sprintf("round %d (%d → %d stories, starred only %v, keep %q)", round, len(prev), len(next), starred, keep)
		if !slices.Equal(grown.shownIDs(), whole.shownIDs()) {
			t.Fatalf("%s: the grown list shows\n%v\nloaded whole it shows\n%v", name, grown.shownIDs(), whole.shownIDs())
		}
		gotSel, _ := grown.selected()
		wantSel, _ := whole.selected()
		if gotSel != wantSel || grown.cursor != whole.cursor || grown.scroll.offset != whole.scroll.offset {
			t.Fatalf("%s: the grown list selects %v at %d (scrolled %d), loaded whole %v at %d (scrolled %d)",
				name, gotSel, grown.cursor, grown.scroll.offset, wantSel, whole.cursor, whole.scroll.offset)
		}
		if grown.wantWidth() != whole.wantWidth() {
			t.Fatalf("%s: the grown list wants %d cells, loaded whole %d", name, grown.wantWidth(), whole.wantWidth())
		}
	}
}

// TestLibraryPartKeepsTheAnalystsStoryOnItsRow: an analyst who has
// scrolled down the list while the library is read keeps their story
// selected, on the same row of the screen, as the parts come in (newer
// stories above it and older ones below), and the list's count follows.
func TestLibraryPartKeepsTheAnalystsStoryOnItsRow(t *testing.T) {
	fsys := gatedLibrary()
	first, parts := readInParts(t, fsys)
	if first.Lib.Len() < 40 {
		t.Fatalf("the first part holds %d stories: too few to scroll", first.Lib.Len())
	}
	m := New(first.Lib, Options{Style: "dark", Width: 120, Height: 40, Parts: parts})
	m.delays = delays{resize: -1, save: -1, status: -1}
	init := m.Init()
	for range 30 {
		m = press(t, m, "j")
	}
	chosen := m.current
	row, line := cursorRow(t, m)
	if m.list.scroll.offset == 0 {
		t.Fatal("30 × j did not scroll the list")
	}

	close(fsys.open)
	m = drain(t, m, init)
	if m.current != chosen {
		t.Fatalf("the reader shows %q once the library is read, want %q, where the analyst moved", m.current, chosen)
	}
	gotRow, gotLine := cursorRow(t, m)
	if gotRow != row || gotLine != line {
		t.Errorf("the selected story moved on screen as the library was read: row %d %q, then row %d %q", row, line, gotRow, gotLine)
	}
	at := slices.IndexFunc(m.lib.Briefings(), func(b *briefing.Briefing) bool { return b.ID == chosen })
	assertContains(t, "once the library is read", screen(m), fmt.Sprintf("Stories %d/1201", at+1))
	if m.unread != 1201 {
		t.Errorf("the status counts %d unread, want 1201", m.unread)
	}
}

// cursorRow is the screen row of the list's selected story (its bar) and its
// text.
func cursorRow(t *testing.T, m Model) (int, string) {
	t.Helper()
	for i, line := range screenLines(m) {
		if strings.Contains(line, "▌") {
			return i, line
		}
	}
	t.Fatalf("no story selected on screen:\n%s", screen(m))
	return 0, ""
}
