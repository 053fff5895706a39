package store

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"sitrep/briefing"
	"sitrep/briefing/index"
	"sitrep/briefing/story"
)

// derived is the stories of the library for one generation of it.
type derived struct {
	gen int64
	set *story.Set
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
	d := &derived{gen: gen, set: story.NewSet(docs)}
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
	return d.set.Stories(), nil
}

// StoryOf returns the story that holds the briefing id.
func (s *Store) StoryOf(ctx context.Context, id string) (briefing.Story, bool, error) {
	d, err := s.derive(ctx)
	if err != nil {
		return briefing.Story{}, false, err
	}
	st, ok := d.set.StoryOf(id)
	return st, ok, nil
}

// Related lists the briefings that share a story or places, armed groups
// and people with id, as the embedded index does: the briefings of its
// story first, then those of related stories, then by the weight of what
// they share (rarer entities weigh more), within 45 days.
func (s *Store) Related(ctx context.Context, id string, limit int) ([]briefing.Related, error) {
	d, err := s.derive(ctx)
	if err != nil {
		return nil, err
	}
	r, err := d.set.Related(id, limit)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return r, nil
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
