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
type rowCache struct {
	keys []rowsKey
	rows [][]panelRow
}

// get returns the rows laid out for k, if they still are.
func (c *rowCache) get(k rowsKey) ([]panelRow, bool) {
	for i, have := range c.keys {
		if have == k {
			return c.rows[i], true
		}
	}
	return nil, false
}

// put keeps rows as laid out for k, forgetting the oldest beyond
// rowCacheSize.
func (c *rowCache) put(k rowsKey, rows []panelRow) {
	if len(c.keys) == rowCacheSize {
		c.keys, c.rows = c.keys[:rowCacheSize-1], c.rows[:rowCacheSize-1]
	}
	c.keys = append([]rowsKey{k}, c.keys...)
	c.rows = append([][]panelRow{rows}, c.rows...)
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
