package index

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"

	"sitrep/briefing"
	"sitrep/briefing/story"
)

var _ briefing.Index = (*Index)(nil)

// derived is what is computed from the whole index: the docs and their
// stories, for one generation of the index.
type derived struct {
	gen     int64
	docs    []story.Doc
	byID    map[string]int
	stories []briefing.Story
	storyOf []int // story index of each doc
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
	d := &derived{gen: gen, docs: docs, byID: make(map[string]int, len(docs)), storyOf: make([]int, len(docs))}
	for i, doc := range docs {
		d.byID[doc.ID] = i
	}
	groups := story.Cluster(docs, story.DefaultOptions())
	d.stories = story.Build(docs, groups)
	for g, grp := range groups {
		for _, i := range grp.Members {
			d.storyOf[i] = g
		}
	}
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
	return d.stories, nil
}

// StoryOf returns the story that holds the briefing id.
func (ix *Index) StoryOf(ctx context.Context, id string) (briefing.Story, bool, error) {
	d, err := ix.derive(ctx)
	if err != nil {
		return briefing.Story{}, false, err
	}
	i, ok := d.byID[id]
	if !ok {
		return briefing.Story{}, false, nil
	}
	return d.stories[d.storyOf[i]], true, nil
}

// relatedWindow is how far apart in days related briefings may be.
const relatedWindow = 45

// Related lists the briefings that share a story or places, armed groups
// and people with id, published within 45 days of it: the briefings of
// its story first, then those of related stories, then by the weight of
// what they share (rarer entities weigh more).
func (ix *Index) Related(ctx context.Context, id string, limit int) ([]briefing.Related, error) {
	d, err := ix.derive(ctx)
	if err != nil {
		return nil, err
	}
	i, ok := d.byID[id]
	if !ok {
		return nil, fmt.Errorf("no briefing %q in the index", id)
	}
	if limit <= 0 {
		limit = 10
	}
	me := d.docs[i]
	mine := story.EntityKeys(me)
	df := map[string]int{}
	for _, doc := range d.docs {
		for k := range story.EntityKeys(doc) {
			if mine[k] {
				df[k]++
			}
		}
	}
	st := d.stories[d.storyOf[i]]
	var out []briefing.Related
	for j, doc := range d.docs {
		if j == i {
			continue
		}
		same := d.storyOf[j] == d.storyOf[i]
		rel := slices.Contains(st.Related, d.stories[d.storyOf[j]].ID)
		if !same && !rel && (me.Published.IsZero() || doc.Published.IsZero() ||
			math.Abs(me.Published.Sub(doc.Published).Hours()/24) > relatedWindow) {
			continue
		}
		var shared []string
		score := 0.0
		for k := range story.EntityKeys(doc) {
			if mine[k] && k[0] != 'c' {
				shared = append(shared, k[2:])
				score += math.Log(1 + float64(len(d.docs))/float64(df[k]))
			}
		}
		if !same && !rel && len(shared) == 0 {
			continue
		}
		switch {
		case same:
			score += 100
		case rel:
			score += 50
		}
		slices.Sort(shared)
		out = append(out, briefing.Related{ID: doc.ID, Title: doc.Title, Published: doc.Published,
			SameStory: same, Shared: shared, Score: score})
	}
	slices.SortStableFunc(out, func(a, b briefing.Related) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), b.Published.Compare(a.Published))
	})
	return out[:min(len(out), limit)], nil
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
