package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Feed is one feed of the team's list, with what its last sync learnt.
type Feed struct {
	URL       string
	Name      string
	Region    string
	Countries []string
	Tags      []string
	Added     time.Time
	// The sync state: the validators of the last answer (for conditional
	// requests), when it was checked and the error it ended with.
	ETag         string
	LastModified string
	Checked      time.Time // zero: never synced
	Error        string
}

// ErrNoFeed is a feed that is not in the list.
var ErrNoFeed = errors.New("no such feed")

// AddFeed adds a feed to the list, or changes the settings of the one of
// the same URL.
func (s *Store) AddFeed(ctx context.Context, f Feed) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO feeds (url, name, region, countries, tags) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (url) DO UPDATE SET name = excluded.name, region = excluded.region,
			countries = excluded.countries, tags = excluded.tags`,
		f.URL, f.Name, f.Region, nonNil(f.Countries), nonNil(f.Tags))
	if err = s.note(err); err != nil {
		return fmt.Errorf("store: add feed %s: %w", f.URL, err)
	}
	return nil
}

// RemoveFeed removes the feed of that name or URL, with its sync state.
func (s *Store) RemoveFeed(ctx context.Context, nameOrURL string) error {
	tag, err := s.pool.Exec(ctx, `DELETE FROM feeds WHERE url = $1 OR name = $1`, nameOrURL)
	if err = s.note(err); err != nil {
		return fmt.Errorf("store: remove feed %s: %w", nameOrURL, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: %w: %s", ErrNoFeed, nameOrURL)
	}
	return nil
}

// Feeds lists the feeds by name, with their sync state.
func (s *Store) Feeds(ctx context.Context) ([]Feed, error) {
	rows, err := s.pool.Query(ctx, `SELECT f.url, f.name, f.region, f.countries, f.tags, f.added,
		coalesce(s.etag, ''), coalesce(s.last_modified, ''), s.checked, coalesce(s.error, '')
		FROM feeds f LEFT JOIN feed_sync s ON s.url = f.url ORDER BY f.name`)
	if err = s.note(err); err != nil {
		return nil, fmt.Errorf("store: feeds: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Feed, error) {
		var f Feed
		var checked *time.Time
		err := r.Scan(&f.URL, &f.Name, &f.Region, &f.Countries, &f.Tags, &f.Added, &f.ETag, &f.LastModified, &checked, &f.Error)
		if checked != nil {
			f.Checked = *checked
		}
		return f, err
	})
	if err = s.note(err); err != nil {
		return nil, fmt.Errorf("store: feeds: %w", err)
	}
	return out, nil
}

// SetSynced records the outcome of a feed's sync: the validators of its
// answer, when, and the error it ended with ("" for none).
func (s *Store) SetSynced(ctx context.Context, url, etag, lastModified string, checked time.Time, syncErr string) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO feed_sync (url, etag, last_modified, checked, error) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
			checked = excluded.checked, error = excluded.error`, url, etag, lastModified, checked, syncErr)
	if err = s.note(err); err != nil {
		return fmt.Errorf("store: sync state of %s: %w", url, err)
	}
	return nil
}

// ClaimItem records that a feed's item (by GUID) became a briefing; it
// reports false when the item was claimed already — by this front end or
// another syncing at the same time — so that no item is written twice.
func (s *Store) ClaimItem(ctx context.Context, feedURL, guid, link, briefingID string) (bool, error) {
	tag, err := s.pool.Exec(ctx, `INSERT INTO feed_items (feed, guid, link, briefing) VALUES ($1, $2, $3, $4)
		ON CONFLICT DO NOTHING`, feedURL, guid, link, briefingID)
	if err = s.note(err); err != nil {
		return false, fmt.Errorf("store: item %s of %s: %w", guid, feedURL, err)
	}
	return tag.RowsAffected() == 1, nil
}
