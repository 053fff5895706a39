package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestFeeds(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	for _, f := range []Feed{
		{URL: "https://b.example/feed", Name: "Bravo", Region: "Sahel", Countries: []string{"Mali"}},
		{URL: "https://a.example/rss", Name: "Alpha"},
	} {
		if err := s.AddFeed(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	checked := time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)
	if err := s.SetSynced(ctx, "https://b.example/feed", `"v1"`, "Thu, 01 May 2025 11:00:00 GMT", checked, ""); err != nil {
		t.Fatal(err)
	}
	feeds, err := s.Feeds(ctx)
	if err != nil || len(feeds) != 2 {
		t.Fatal(feeds, err)
	}
	if feeds[0].Name != "Alpha" || !feeds[0].Checked.IsZero() {
		t.Errorf("first feed %+v, want Alpha never synced", feeds[0])
	}
	if b := feeds[1]; b.ETag != `"v1"` || !b.Checked.Equal(checked) || b.Region != "Sahel" || len(b.Countries) != 1 {
		t.Errorf("Bravo: %+v", b)
	}
	// Two front ends syncing one item: only the first writes it; the
	// same link through another feed is not written again either.
	md := []byte("---\ntitle: One\npublished: 2025-05-01\nurl: https://b.example/1\n---\nText.\n")
	keys := []string{"guid-1", "https://b.example/1"}
	id, err := s.AddItem(ctx, "https://b.example/feed", keys, "https://b.example/1", "2025-05-01-one.md", md)
	if err != nil || id != "2025-05-01-one" {
		t.Fatalf("first write: %q %v", id, err)
	}
	if again, err := s.AddItem(ctx, "https://b.example/feed", keys, "https://b.example/1", "2025-05-01-one.md", md); err != nil || again != "" {
		t.Errorf("second write: %q %v, want refused", again, err)
	}
	if other, err := s.AddItem(ctx, "https://a.example/rss", []string{"x"}, "https://b.example/1", "2025-05-01-one.md", md); err != nil || other != "" {
		t.Errorf("the same link through another feed: %q %v, want refused", other, err)
	}
	// Another story of the same title takes the next free ID.
	md2 := []byte("---\ntitle: One\npublished: 2025-05-01\nurl: https://b.example/2\n---\nOther.\n")
	if id2, err := s.AddItem(ctx, "https://b.example/feed", []string{"guid-2"}, "https://b.example/2", "2025-05-01-one.md", md2); err != nil || id2 != "2025-05-01-one-2" {
		t.Errorf("a second story of that title: %q %v", id2, err)
	}
	if seen, err := s.FeedItems(ctx, "https://b.example/feed"); err != nil || len(seen) != 3 {
		t.Errorf("items remembered: %v %v", seen, err)
	}
	// A feed is synced by one front end at a time.
	release, ok, err := s.LockFeed(ctx, "https://b.example/feed")
	if err != nil || !ok {
		t.Fatalf("lock: %v %v", ok, err)
	}
	if _, again, err := s.LockFeed(ctx, "https://b.example/feed"); err != nil || again {
		t.Errorf("locked twice: %v %v", again, err)
	}
	release()
	if release, ok, err := s.LockFeed(ctx, "https://b.example/feed"); err != nil || !ok {
		t.Errorf("lock after release: %v %v", ok, err)
	} else {
		release()
	}
	if err := s.RemoveFeed(ctx, "Bravo"); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveFeed(ctx, "Bravo"); !errors.Is(err, ErrNoFeed) {
		t.Errorf("removing it again: %v", err)
	}
	if feeds, _ := s.Feeds(ctx); len(feeds) != 1 {
		t.Errorf("after removal: %+v", feeds)
	}
	if f, err := s.Feed(ctx, "https://a.example/rss"); err != nil || f.Name != "Alpha" {
		t.Errorf("Feed(Alpha's URL): %+v %v", f, err)
	}
	if _, err := s.Feed(ctx, "https://b.example/feed"); !errors.Is(err, ErrNoFeed) {
		t.Errorf("Feed(a removed feed's URL): %v, want ErrNoFeed", err)
	}
}

// TestAddFeedOnce: a feed of a URL, or of a name (whatever its case),
// that the list has already is refused with ErrFeedExists, never
// overwritten — also when front ends add at the same moment.
func TestAddFeedOnce(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	if err := s.AddFeed(ctx, Feed{URL: "https://desk.example/rss", Name: "Desk", Region: "Sahel"}); err != nil {
		t.Fatal(err)
	}
	for _, again := range []Feed{
		{URL: "https://desk.example/rss", Name: "Other", Region: "Horn"},
		{URL: "https://other.example/rss", Name: "desk"},
	} {
		if err := s.AddFeed(ctx, again); !errors.Is(err, ErrFeedExists) {
			t.Errorf("AddFeed(%+v): %v, want ErrFeedExists", again, err)
		}
	}
	if feeds, err := s.Feeds(ctx); err != nil || len(feeds) != 1 || feeds[0].Name != "Desk" || feeds[0].Region != "Sahel" {
		t.Errorf("the list after refused adds: %+v %v", feeds, err)
	}
	const adders = 6
	for round := range 5 {
		url := fmt.Sprintf("https://race.example/%d", round)
		errs := make([]error, adders)
		var wg sync.WaitGroup
		for i := range adders {
			wg.Go(func() {
				errs[i] = s.AddFeed(ctx, Feed{URL: url, Name: fmt.Sprintf("Race %d by %d", round, i), Region: fmt.Sprint(i)})
			})
		}
		wg.Wait()
		winner := -1
		for i, err := range errs {
			switch {
			case err == nil && winner >= 0:
				t.Errorf("round %d: adders %d and %d both added %s", round, winner, i, url)
			case err == nil:
				winner = i
			case !errors.Is(err, ErrFeedExists):
				t.Errorf("round %d, adder %d: %v", round, i, err)
			}
		}
		f, err := s.Feed(ctx, url)
		if err != nil || winner < 0 || f.Region != fmt.Sprint(winner) {
			t.Errorf("round %d: stored %+v (%v), want the settings of adder %d", round, f, err, winner)
		}
	}
	// A store that a race left with names differing only in case is
	// migrated: the oldest keeps its name, the others take their URL too.
	if _, err := s.pool.Exec(ctx, `DROP INDEX feeds_name_folded`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, `INSERT INTO feeds (url, name, added) VALUES ('https://late.example/rss', 'DESK', now() + interval '1 hour')`); err != nil {
		t.Fatal(err)
	}
	sql, err := migrations.ReadFile("migrations/0003_feed_names.sql")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, string(sql)); err != nil {
		t.Fatalf("migration 3 on names differing in case: %v", err)
	}
	if f, err := s.Feed(ctx, "https://late.example/rss"); err != nil || f.Name != "DESK (https://late.example/rss)" {
		t.Errorf("the later feed is named %q (%v)", f.Name, err)
	}
	if f, err := s.Feed(ctx, "https://desk.example/rss"); err != nil || f.Name != "Desk" {
		t.Errorf("the first feed is named %q (%v)", f.Name, err)
	}
}
