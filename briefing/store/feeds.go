package store

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"strings"
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

// ErrNoFeed is a feed that is not in the list; ErrFeedExists one whose
// URL or name (in any case) the list has already.
var (
	ErrNoFeed     = errors.New("no such feed")
	ErrFeedExists = errors.New("a feed with that name or URL is already in the store")
)

// AddFeed adds a feed to the list: ErrFeedExists when the list has a feed
// of its URL, or of its name in any case, already (that feed is left as
// it was). It is one statement, so of front ends adding one feed at once
// exactly one adds it.
func (s *Store) AddFeed(ctx context.Context, f Feed) error {
	tag, err := s.pool.Exec(ctx, `INSERT INTO feeds (url, name, region, countries, tags) VALUES ($1, $2, $3, $4, $5)
		ON CONFLICT DO NOTHING`,
		f.URL, f.Name, f.Region, nonNil(f.Countries), nonNil(f.Tags))
	if err = s.note(err); err != nil {
		return fmt.Errorf("store: add feed %s: %w", f.URL, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: feed %q (%s): %w", f.Name, f.URL, ErrFeedExists)
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
	return s.feeds(ctx, "")
}

// feeds lists the feeds by name, or the one at url when it is not "".
func (s *Store) feeds(ctx context.Context, url string) ([]Feed, error) {
	rows, err := s.pool.Query(ctx, `SELECT f.url, f.name, f.region, f.countries, f.tags, f.added,
		coalesce(s.etag, ''), coalesce(s.last_modified, ''), s.checked, coalesce(s.error, '')
		FROM feeds f LEFT JOIN feed_sync s ON s.url = f.url WHERE $1 = '' OR f.url = $1 ORDER BY f.name`, url)
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

// feedLockClass is the first key of the advisory locks that claim a
// feed for one sync (the second is a hash of its URL), and itemLockClass
// of those that serialize the writing of one item.
const (
	feedLockClass = 0x5173_6663
	itemLockClass = 0x5173_6974
)

// SyncSlots is how many feeds one sync of this front end may hold claimed
// at once: each claim keeps a connection of the pool for its whole fetch
// (LockFeed), and the fetch needs others to read the feed's state and
// write its items, so at most half the pool. 0 means the pool is too
// small to sync at all.
func (s *Store) SyncSlots() int { return int(s.pool.Config().MaxConns) / 2 }

// LockFeed claims the feed at url for this front end's sync: ok is false
// while another front end (or another sync of this one) has it. The claim
// is a session advisory lock on a connection held until release, so a
// front end that dies gives it back with its connection.
func (s *Store) LockFeed(ctx context.Context, url string) (release func(), ok bool, err error) {
	conn, err := s.pool.Acquire(ctx)
	if err = s.note(err); err != nil {
		return nil, false, fmt.Errorf("store: lock feed %s: %w", url, err)
	}
	err = conn.QueryRow(ctx, `SELECT pg_try_advisory_lock($1, hashtext($2))`, int32(feedLockClass), url).Scan(&ok)
	if err = s.note(err); err != nil || !ok {
		conn.Release()
		if err != nil {
			return nil, false, fmt.Errorf("store: lock feed %s: %w", url, err)
		}
		return nil, false, nil
	}
	release = func() {
		// ctx may have ended; closing the connection releases the lock too.
		uctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if _, err := conn.Exec(uctx, `SELECT pg_advisory_unlock($1, hashtext($2))`, int32(feedLockClass), url); err != nil {
			conn.Conn().Close(uctx)
		}
		conn.Release()
	}
	return release, true, nil
}

// Feed returns the feed at url with its sync state.
func (s *Store) Feed(ctx context.Context, url string) (Feed, error) {
	feeds, err := s.feeds(ctx, url)
	if err != nil {
		return Feed{}, err
	}
	if len(feeds) == 0 || url == "" {
		return Feed{}, fmt.Errorf("store: %w: %s", ErrNoFeed, url)
	}
	return feeds[0], nil
}

// FeedItems lists the keys (GUIDs and URLs) of the items of the feed at
// url that were handled already, in the order they were recorded, oldest
// first: a sync's memory (ingest.NewFeedState) forgets the oldest first.
func (s *Store) FeedItems(ctx context.Context, url string) ([]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT guid FROM feed_items WHERE feed = $1 ORDER BY n`, url)
	if err = s.note(err); err != nil {
		return nil, fmt.Errorf("store: items of %s: %w", url, err)
	}
	keys, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err = s.note(err); err != nil {
		return nil, fmt.Errorf("store: items of %s: %w", url, err)
	}
	return keys, nil
}

// ItemsKept is how many item records of a feed PruneItems keeps besides
// those of the items the feed carries: the newest, for items that leave a
// feed and come back soon.
const ItemsKept = 1000

// PruneItems forgets the item records of the feed at url that are of no
// more use, as a feed reader does: those of items the feed no longer
// carries (inFeed holds the keys of those it does), past the newest
// ItemsKept. A record that alone keeps an item from being stored again
// stays: that of an item without a link, or whose briefing is gone (it
// was removed, and must not come back). An item whose briefing holds its
// link is refused by that link (AddItem), record or not; one that comes
// back after its records went costs at most a fetch of its page.
func (s *Store) PruneItems(ctx context.Context, url string, inFeed []string) error {
	_, err := s.pool.Exec(ctx, `DELETE FROM feed_items i WHERE i.feed = $1 AND i.guid <> ALL($2::text[])
		AND i.n <= (SELECT n FROM feed_items WHERE feed = $1 ORDER BY n DESC OFFSET $3 LIMIT 1)
		AND (i.briefing = '' OR i.link <> '' AND EXISTS (SELECT 1 FROM briefings b WHERE b.id = i.briefing AND b.url = i.link))`,
		url, nonNil(inFeed), ItemsKept)
	if err = s.note(err); err != nil {
		return fmt.Errorf("store: prune items of %s: %w", url, err)
	}
	return nil
}

// MarkItems remembers item keys of the feed at url as handled (items the
// library had already).
func (s *Store) MarkItems(ctx context.Context, url string, keys []string) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO feed_items (feed, guid, briefing) SELECT $1, k, '' FROM unnest($2::text[]) k
		WHERE k <> '' ON CONFLICT DO NOTHING`, url, keys)
	if err = s.note(err); err != nil {
		return fmt.Errorf("store: items of %s: %w", url, err)
	}
	return nil
}

// URLs lists the URLs of the stored briefings that have one.
func (s *Store) URLs(ctx context.Context) ([]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT url FROM briefings WHERE url <> ''`)
	if err = s.note(err); err != nil {
		return nil, fmt.Errorf("store: urls: %w", err)
	}
	urls, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err = s.note(err); err != nil {
		return nil, fmt.Errorf("store: urls: %w", err)
	}
	return urls, nil
}

// AddItem stores a feed's item as a new briefing named name (or name-2
// … name-9 when another briefing has that ID) and remembers it by keys
// (its GUID and URL), in one transaction. It returns the briefing's ID,
// or "" when the item was written already — by any front end, through
// this feed (a key) or another (the briefing's URL, link) — so that no
// item is stored twice however many front ends sync at once.
func (s *Store) AddItem(ctx context.Context, feedURL string, keys []string, link, name string, data []byte) (string, error) {
	lockKey := link
	for _, k := range keys {
		lockKey = cmp.Or(lockKey, k)
	}
	var id string
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext($2))`, int32(itemLockClass), lockKey); err != nil {
			return err
		}
		var written bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM feed_items WHERE feed = $1 AND guid = ANY($2))
			OR ($3 <> '' AND EXISTS (SELECT 1 FROM briefings WHERE url = $3))`, feedURL, keys, link).Scan(&written); err != nil || written {
			return err
		}
		base := strings.TrimSuffix(name, ".md")
		for n := 1; ; n++ {
			id = base
			if n > 1 {
				id = fmt.Sprintf("%s-%d", base, n)
			}
			var taken bool
			if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM briefings WHERE id = $1)`, id).Scan(&taken); err != nil {
				return err
			}
			if !taken {
				break
			}
			if n == 9 {
				return fmt.Errorf("briefing %s %w (and so do -2 … -9)", base, ErrExists)
			}
		}
		r, err := newRow(id+".md", data)
		if err != nil {
			return err
		}
		if _, _, err := put(ctx, tx, r); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO feed_items (feed, guid, link, briefing) SELECT $1, k, $3, $4
			FROM unnest($2::text[]) k WHERE k <> '' ON CONFLICT DO NOTHING`, feedURL, keys, link, id)
		return err
	})
	if err = s.note(err); err != nil {
		return "", fmt.Errorf("store: %s of %s: %w", name, feedURL, err)
	}
	return id, nil
}
