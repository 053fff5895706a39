package store

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"

	"github.com/jackc/pgx/v5"

	"sitrep/briefing"
	"sitrep/briefing/index"
	"sitrep/briefing/story"
)

// derived is what is computed from the whole library (the docs and their
// stories) for one generation of it.
type derived struct {
	gen     int64
	docs    []story.Doc
	byID    map[string]int
	stories []briefing.Story
	storyOf []int // story index of each doc
}

// derive returns the stories of the library as it is now, computing them
// when it changed since they were last computed (by any front end).
func (s *Store) derive(ctx context.Context) (*derived, error) {
	var gen int64
	if err := s.note(s.pool.QueryRow(ctx, `SELECT n FROM library_generation`).Scan(&gen)); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	s.cacheMu.Lock()
	defer s.cacheMu.Unlock()
	if s.cache != nil && s.cache.gen == gen {
		return s.cache, nil
	}
	docs, err := s.docs(ctx, "", nil)
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
	s.cache = d
	return d, nil
}

// docs loads the features of the briefings a condition on briefings b
// selects ("" for all), in a stable order.
func (s *Store) docs(ctx context.Context, where string, args pgx.NamedArgs) ([]story.Doc, error) {
	rows, err := s.pool.Query(ctx, `SELECT b.features FROM briefings b WHERE true`+where+` ORDER BY b.id`, args)
	if err = s.note(err); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	var docs []story.Doc
	var raw []byte
	_, err = pgx.ForEachRow(rows, []any{&raw}, func() error {
		var doc story.Doc
		if err := json.Unmarshal(raw, &doc); err != nil {
			return fmt.Errorf("features: %w", err)
		}
		docs = append(docs, doc)
		return nil
	})
	if err = s.note(err); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return docs, nil
}

// Stories groups the briefings into stories (see story.Cluster); the
// result is kept until the library changes.
func (s *Store) Stories(ctx context.Context) ([]briefing.Story, error) {
	d, err := s.derive(ctx)
	if err != nil {
		return nil, err
	}
	return d.stories, nil
}

// StoryOf returns the story that holds the briefing id.
func (s *Store) StoryOf(ctx context.Context, id string) (briefing.Story, bool, error) {
	d, err := s.derive(ctx)
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
// and people with id, as the embedded index does: the briefings of its
// story first, then those of related stories, then by the weight of what
// they share (rarer entities weigh more), within 45 days.
func (s *Store) Related(ctx context.Context, id string, limit int) ([]briefing.Related, error) {
	d, err := s.derive(ctx)
	if err != nil {
		return nil, err
	}
	i, ok := d.byID[id]
	if !ok {
		return nil, fmt.Errorf("no briefing %q in the store", id)
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
func (s *Store) Theatre(ctx context.Context, f briefing.TheatreFilter) ([]briefing.TheatreEvent, error) {
	var where string
	args := pgx.NamedArgs{}
	if f.Region != "" {
		where += ` AND (b.region = '' OR EXISTS (SELECT 1 FROM facets x WHERE x.briefing = b.id AND x.field = 'region' AND x.value = @region))`
		args["region"] = index.FoldName(f.Region)
	}
	if f.Country != "" {
		where += ` AND EXISTS (SELECT 1 FROM facets x WHERE x.briefing = b.id AND x.field = 'country' AND x.value = @country)`
		args["country"] = index.FoldName(f.Country)
	}
	docs, err := s.docs(ctx, where, args)
	if err != nil {
		return nil, err
	}
	return story.Theatre(docs, f), nil
}
