package tui

import "time"

// rowCacheSize is how many stories' rows a side panel keeps laid out, so
// that moving back and forth in the list does not lay them out again.
const rowCacheSize = 8

// rowsKey is everything a side panel's rows depend on: the story, the
// items (by identity: a story's details are never changed in place, a
// reload brings new ones), the panel's size and styles, and for the
// timeline the publication date its marker shows.
type rowsKey struct {
	id            string
	items         any // pointer to the first item
	count         int
	published     time.Time
	width, height int
	styles        *Styles
}

// rowCache holds the rows of the stories a panel showed last, the most
// recent first.
type rowCache = recent[rowsKey, []panelRow]

// recent keeps the values of the last rowCacheSize keys asked for, the
// most recent first: what a pane drew for the stories the analyst moves
// between.
type recent[K comparable, V any] struct {
	keys []K
	vals []V
}

// get returns the value kept for k, if it still is.
func (c *recent[K, V]) get(k K) (V, bool) {
	for i, have := range c.keys {
		if have == k {
			return c.vals[i], true
		}
	}
	var zero V
	return zero, false
}

// put keeps v for k, forgetting the oldest beyond rowCacheSize.
func (c *recent[K, V]) put(k K, v V) {
	if len(c.keys) == rowCacheSize {
		c.keys, c.vals = c.keys[:rowCacheSize-1], c.vals[:rowCacheSize-1]
	}
	c.keys = append([]K{k}, c.keys...)
	c.vals = append([]V{v}, c.vals...)
}

// layOut sets the panel's rows for its story's count items starting at
// first (nil when there are none): the rows laid out before when nothing
// they depend on changed, else what build lays out. A panel without items
// is cheap to lay out and is not kept.
func (p *panelState) layOut(first any, published time.Time, build func()) {
	p.rows = nil // the cache may hold the old rows: build new ones
	if p.count == 0 || first == nil {
		build()
		return
	}
	k := rowsKey{p.id, first, p.count, published, p.width, p.height, p.styles}
	if rows, ok := p.cache.get(k); ok {
		p.rows = rows
		p.scrollToCursor()
		return
	}
	build()
	p.cache.put(k, p.rows)
}

// firstItem is the identity of a story's items: a pointer to the first.
func firstItem[T any](items []T) any {
	if len(items) == 0 {
		return nil
	}
	return &items[0]
}
