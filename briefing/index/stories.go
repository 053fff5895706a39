package index

import (
	"context"
	"fmt"

	"sitrep/briefing"
	"sitrep/briefing/story"
)

var _ briefing.Index = (*Index)(nil)

// derived is the stories of the library for one generation of it.
type derived struct {
	gen int64
	set *story.Set
}

// derive returns the stories of the index as it is now, computing them
// when the index changed since they were last computed.
func (ix *Index) derive(ctx context.Context) (*derived, error) {
	gen, err := ix.generation(ctx)
	if err != nil {
		return nil, err
	}
	ix.cacheMu.Lock()
	defer ix.cacheMu.Unlock()
	if ix.cache != nil && ix.cache.gen == gen {
		return ix.cache, nil
	}
	docs, err := ix.docs(ctx, "", nil)
	if err != nil {
		return nil, err
	}
	d := &derived{gen: gen, set: story.NewSet(docs)}
	ix.cache = d
	return d, nil
}

// docs loads the features of the briefings that a condition on docs d
// selects ("" for all).
func (ix *Index) docs(ctx context.Context, where string, args []any) ([]story.Doc, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT d.features FROM docs d WHERE 1`+where+` ORDER BY d.rowid`, args...)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	defer rows.Close()
	var docs []story.Doc
	for rows.Next() {
		var raw []byte
		if err := rows.Scan(&raw); err != nil {
			return nil, fmt.Errorf("index: %w", err)
		}
		doc, err := decodeFeatures(raw)
		if err != nil {
			return nil, fmt.Errorf("index: %w", err)
		}
		docs = append(docs, doc)
	}
	return docs, rows.Err()
}

// Stories groups the indexed briefings into stories, newest first (see
// story.Cluster); the result is kept until the index changes.
func (ix *Index) Stories(ctx context.Context) ([]briefing.Story, error) {
	d, err := ix.derive(ctx)
	if err != nil {
		return nil, err
	}
	return d.set.Stories(), nil
}

// StoryOf returns the story that holds the briefing id.
func (ix *Index) StoryOf(ctx context.Context, id string) (briefing.Story, bool, error) {
	d, err := ix.derive(ctx)
	if err != nil {
		return briefing.Story{}, false, err
	}
	st, ok := d.set.StoryOf(id)
	return st, ok, nil
}

// Related lists the briefings that share a story or places, armed groups
// and people with id, published within 45 days of it: the briefings of
// its story first, then those of related stories, then by the weight of
// what they share (rarer entities weigh more).
func (ix *Index) Related(ctx context.Context, id string, limit int) ([]briefing.Related, error) {
	d, err := ix.derive(ctx)
	if err != nil {
		return nil, err
	}
	r, err := d.set.Related(id, limit)
	if err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	return r, nil
}

// Theatre is the timeline of a region or country (see story.Theatre).
func (ix *Index) Theatre(ctx context.Context, f briefing.TheatreFilter) ([]briefing.TheatreEvent, error) {
	var where string
	var args []any
	if f.Region != "" {
		where += ` AND (d.region = '' OR EXISTS (SELECT 1 FROM facets x WHERE x.doc = d.rowid AND x.field = 'region' AND x.value = ?))`
		args = append(args, FoldName(f.Region))
	}
	if f.Country != "" {
		where += ` AND EXISTS (SELECT 1 FROM facets x WHERE x.doc = d.rowid AND x.field = 'country' AND x.value = ?)`
		args = append(args, FoldName(f.Country))
	}
	docs, err := ix.docs(ctx, where, args)
	if err != nil {
		return nil, err
	}
	return story.Theatre(docs, f), nil
}
