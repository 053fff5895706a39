package store

import (
	"context"
	"errors"
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
}
