package index

import (
	"context"
	"fmt"
)

// SameText returns the paths of the briefings indexed whose body has the
// text key key (ingest.TextKey: the same article under other markup or
// spacing), without reading any file: an import checks with it that the
// article is not in the library already. The answer is the index's: a
// file changed since it was indexed may hold another text now.
func (ix *Index) SameText(ctx context.Context, key uint64) ([]string, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT path FROM docs WHERE textkey = ? ORDER BY path`, int64(key))
	if err != nil {
		return nil, fmt.Errorf("index %s: same text: %w", ix.path, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return nil, fmt.Errorf("index %s: same text: %w", ix.path, err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("index %s: same text: %w", ix.path, err)
	}
	return out, nil
}
