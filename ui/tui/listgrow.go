package tui

import (
	"slices"
	"strings"

	"sitrep/briefing"
)

// A library read in parts (Options.Parts) grows by a batch of stories at a
// time; each part is the whole library as far as it has been read. The
// list takes a part at the cost of its batch: the new stories are merged
// into the order already shown, and only they are measured, counted and
// filtered, where setBriefings goes over the whole library.

// grownBy reports where the stories of next that are not in prev stand in
// next (ascending), when next holds every story of prev in the same
// order: the library grew and nothing in it changed or moved. It compares
// pointers only (the briefings of a library read in parts are shared from
// one part to the next), so its pass over the list costs little beside
// measuring or filtering it.
func grownBy(prev, next []*briefing.Briefing) (addedAt []int, ok bool) {
	if len(next) < len(prev) {
		return nil, false
	}
	addedAt = make([]int, 0, len(next)-len(prev))
	j := 0
	for i, b := range next {
		if j < len(prev) && prev[j] == b {
			j++
			continue
		}
		if len(addedAt) == cap(addedAt) {
			return nil, false // more new than the growth: something moved
		}
		addedAt = append(addedAt, i)
	}
	return addedAt, j == len(prev)
}

// growBriefings installs all, a library that holds every story shown and
// maybe more, keeping the selection on keepID as setBriefings does, at
// the cost of the stories added. It falls back to setBriefings when the
// stories shown are not all in all in the same order, or when a filter
// query orders the list by match.
func (l *listPane) growBriefings(all []*briefing.Briefing, keepID string) {
	addedAt, ok := grownBy(l.all, all)
	if !ok || strings.TrimSpace(l.query) != "" {
		l.setBriefings(all, keepID)
		return
	}
	// The story selected now, where it was: usually the one to keep.
	selectedAt := -1
	if l.cursor >= 0 && l.cursor < len(l.visible) && l.all[l.visible[l.cursor]].ID == keepID {
		selectedAt = l.visible[l.cursor]
	}
	l.all = all
	for _, i := range addedAt {
		l.want = max(l.want, cellWidth(all[i].Title))
	}
	// Without a query the visible stories are in the library's order:
	// those shown, each moved down by the stories added before it, merge
	// with those added that the starred-only switch lets through.
	visible := make([]int, 0, len(l.visible)+len(addedAt))
	cursor, k, a := -1, 0, 0
	for _, i := range l.visible {
		for k < len(addedAt) && addedAt[k]-k <= i {
			k++
		}
		at := i + k // i's place in all
		for ; a < len(addedAt) && addedAt[a] < at; a++ {
			visible = l.appendShown(visible, addedAt[a])
		}
		if i == selectedAt {
			cursor = len(visible)
		}
		visible = append(visible, at)
	}
	for ; a < len(addedAt); a++ {
		visible = l.appendShown(visible, addedAt[a])
	}
	l.visible = visible
	if cursor < 0 && keepID != "" {
		cursor = slices.IndexFunc(l.visible, func(i int) bool { return l.all[i].ID == keepID })
	}
	l.cursor = max(cursor, 0)
	l.scroll.offset = 0
	l.scrollToCursor()
}

// appendShown appends the story at i of the list to visible when the
// starred-only switch lets it through.
func (l *listPane) appendShown(visible []int, i int) []int {
	if l.starredOnly && !l.state.IsStarred(l.all[i].ID) {
		return visible
	}
	return append(visible, i)
}
