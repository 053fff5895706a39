package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"sitrep/briefing/ingest"
	"sitrep/briefing/store"
)

// StoreSync is Sync for a team's store: the feeds and their sync state
// are the store's, and new items become briefings there. Front ends
// syncing one store at once each take the feeds no other is fetching,
// and no item is stored twice; every front end hears of the new
// briefings through the store.
func StoreSync(ctx context.Context, w io.Writer, s *store.Store, opts SyncOptions) error {
	slots := s.SyncSlots()
	if slots < 1 {
		return errors.New("sync on a store needs a pool of 2 connections or more (--store-pool): " +
			"each feed being fetched holds one")
	}
	opts.Feeds = min(max(opts.Feeds, 1), slots)
	feeds, err := storeFeedConfigs(ctx, s)
	if err != nil {
		return err
	}
	if len(feeds) == 0 {
		return errors.New(noStoreFeeds)
	}
	return runSync(ctx, w, &ingest.Syncer{Target: storeTarget{s}}, feeds, opts)
}

// noStoreFeeds says that the store has no feeds, and how to add one.
const noStoreFeeds = "no feeds in the store: add one with sitrep feed add --store URL"

// StoreSyncEvery is SyncEvery for a team's store.
func StoreSyncEvery(ctx context.Context, w io.Writer, s *store.Store, every time.Duration, opts SyncOptions) {
	opts.JSON, opts.Terminal = false, false
	syncEvery(ctx, w, every, func(w io.Writer) error { return StoreSync(ctx, w, s, opts) })
}

func storeFeedConfigs(ctx context.Context, s *store.Store) ([]ingest.FeedConfig, error) {
	feeds, err := s.Feeds(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]ingest.FeedConfig, len(feeds))
	for i, f := range feeds {
		out[i] = feedConfig(f)
	}
	return out, nil
}

// feedConfig is a store's feed as a feed list holds it.
func feedConfig(f store.Feed) ingest.FeedConfig {
	return ingest.FeedConfig{Name: f.Name, URL: f.URL, Region: f.Region, Countries: f.Countries, Tags: f.Tags}
}

// storeTarget is a sync into the store: a feed is claimed with an
// advisory lock, its state read after the claim (another front end may
// just have synced it) and written back after the sync.
type storeTarget struct{ s *store.Store }

func (t storeTarget) Begin(ctx context.Context) ([]string, []uint64, error) {
	urls, err := t.s.URLs(ctx)
	return urls, nil, err
}

func (t storeTarget) Claim(ctx context.Context, url string) (*ingest.FeedState, func(), bool, error) {
	release, ok, err := t.s.LockFeed(ctx, url)
	if err != nil || !ok {
		return nil, nil, false, err
	}
	f, err := t.s.Feed(ctx, url)
	if err != nil {
		release()
		return nil, nil, false, err
	}
	seen, err := t.s.FeedItems(ctx, url)
	if err != nil {
		release()
		return nil, nil, false, err
	}
	return ingest.NewFeedState(ingest.Validators{ETag: f.ETag, LastModified: f.LastModified}, seen), release, true, nil
}

func (t storeTarget) Write(ctx context.Context, feedURL string, keys []string, a *ingest.Article) (string, error) {
	md, err := a.Markdown()
	if err != nil {
		return "", err
	}
	return t.s.AddItem(ctx, feedURL, keys, a.Meta.URL, a.FileName(), md)
}

func (t storeTarget) Synced(ctx context.Context, url string, st *ingest.FeedState, sync ingest.FeedSync, res ingest.FeedResult) error {
	if err := t.s.MarkItems(ctx, url, sync.Marked); err != nil {
		return err
	}
	if sync.InFeed != nil {
		if err := t.s.PruneItems(ctx, url, sync.InFeed); err != nil {
			return err
		}
	}
	return t.s.SetSynced(ctx, url, st.ETag, st.LastModified, time.Now(), res.Error)
}

func (storeTarget) End(context.Context) error { return nil }

// StoreFeedAdd adds a feed to the store's list.
func StoreFeedAdd(ctx context.Context, w io.Writer, s *store.Store, fc ingest.FeedConfig) error {
	fc, err := fc.Clean()
	if err != nil {
		return err
	}
	err = s.AddFeed(ctx, store.Feed{URL: fc.URL, Name: fc.Name, Region: fc.Region, Countries: fc.Countries, Tags: fc.Tags})
	if errors.Is(err, store.ErrFeedExists) {
		return fmt.Errorf("feed %q (%s): %w", fc.Name, fc.URL, ingest.ErrFeedExists)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "added %s (%s) to the store\n", fc.Name, fc.URL)
	return nil
}

// StoreFeedRemove takes the feed named or at key out of the store's list;
// its briefings stay.
func StoreFeedRemove(ctx context.Context, w io.Writer, s *store.Store, key string) error {
	if err := s.RemoveFeed(ctx, strings.TrimSpace(key)); err != nil {
		return err
	}
	fmt.Fprintf(w, "removed %s; its briefings stay in the store\n", strings.TrimSpace(key))
	return nil
}

// StoreFeedList prints the store's feeds with when each was last synced:
// a table, or JSON.
func StoreFeedList(ctx context.Context, w io.Writer, s *store.Store, asJSON bool) error {
	feeds, err := s.Feeds(ctx)
	if err != nil {
		return err
	}
	rows := make([]feedRow, len(feeds))
	for i, f := range feeds {
		rows[i] = feedRow{FeedConfig: feedConfig(f), Error: f.Error}
		if !f.Checked.IsZero() {
			rows[i].Checked = &f.Checked
		}
	}
	return writeFeeds(w, rows, true, asJSON, noStoreFeeds)
}
