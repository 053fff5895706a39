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
	// Two front ends syncing one item: only the first writes it.
	first, err := s.ClaimItem(ctx, "https://b.example/feed", "guid-1", "https://b.example/1", "brief-1")
	if err != nil || !first {
		t.Fatalf("first claim: %v %v", first, err)
	}
	if again, err := s.ClaimItem(ctx, "https://b.example/feed", "guid-1", "https://b.example/1", "brief-1"); err != nil || again {
		t.Errorf("second claim: %v %v, want refused", again, err)
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
