package store

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

// TestFeedItemsOrder: a feed's remembered items come back in the order
// they were recorded, oldest first, as a sync's FeedState keeps them (it
// forgets the oldest first).
func TestFeedItemsOrder(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	const url = "https://desk.example/rss"
	if err := s.AddFeed(ctx, Feed{URL: url, Name: "Desk"}); err != nil {
		t.Fatal(err)
	}
	// Another feed's items, removed with it: the space they took is
	// reused by the items recorded later.
	if err := s.AddFeed(ctx, Feed{URL: "https://other.example/rss", Name: "Other"}); err != nil {
		t.Fatal(err)
	}
	var other []string
	for i := range 1000 {
		other = append(other, fmt.Sprintf("https://other.example/%05d", i))
	}
	if err := s.MarkItems(ctx, "https://other.example/rss", other); err != nil {
		t.Fatal(err)
	}
	// Keys recorded in the reverse of their alphabetical order, over
	// several syncs.
	var want []string
	for batch := range 4 {
		var keys []string
		for i := range 300 {
			keys = append(keys, fmt.Sprintf("https://desk.example/%05d", 10000-batch*500-i))
		}
		if err := s.MarkItems(ctx, url, keys); err != nil {
			t.Fatal(err)
		}
		want = append(want, keys...)
		if batch == 1 {
			if err := s.RemoveFeed(ctx, "Other"); err != nil {
				t.Fatal(err)
			}
			if _, err := s.pool.Exec(ctx, `VACUUM feed_items`); err != nil {
				t.Fatal(err)
			}
		}
	}
	got, err := s.FeedItems(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		n := 0
		for n < min(len(got), len(want)) && got[n] == want[n] {
			n++
		}
		t.Errorf("%d keys, the first %d in the order recorded; then %v", len(got), n, got[n:min(n+3, len(got))])
	}
}

// TestPruneItems: a feed's item records are pruned as a feed reader does
// — those of items no longer in the feed, past the newest ItemsKept — but
// never one that alone keeps an item from being stored again: an item
// without a link, or whose briefing is gone (removed by someone: it must
// not come back), keeps its records; an item whose briefing holds its
// link is refused by that link.
func TestPruneItems(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	const url = "https://desk.example/rss"
	if err := s.AddFeed(ctx, Feed{URL: url, Name: "Desk"}); err != nil {
		t.Fatal(err)
	}
	md := func(title, link string) []byte {
		return []byte("---\ntitle: " + title + "\npublished: 2025-05-01\nurl: " + link + "\n---\nText of " + title + ".\n")
	}
	type item struct {
		keys       []string
		link, name string
	}
	linked := item{[]string{"guid-linked", "https://desk.example/linked"}, "https://desk.example/linked", "linked"}
	unlinked := item{[]string{"guid-unlinked"}, "", "unlinked"}
	removed := item{[]string{"guid-removed", "https://desk.example/removed"}, "https://desk.example/removed", "removed"}
	for _, it := range []item{linked, unlinked, removed} {
		if id, err := s.AddItem(ctx, url, it.keys, it.link, it.name+".md", md(it.name, it.link)); err != nil || id != it.name {
			t.Fatalf("store %s: %q %v", it.name, id, err)
		}
	}
	if ok, err := s.Remove(ctx, "removed"); err != nil || !ok {
		t.Fatalf("remove: %v %v", ok, err)
	}
	// Items the library had already, recorded over many syncs; the
	// oldest of them is still in the feed.
	var marked []string
	for i := range ItemsKept + 300 {
		marked = append(marked, fmt.Sprintf("https://wire.example/%05d", i))
	}
	if err := s.MarkItems(ctx, url, marked); err != nil {
		t.Fatal(err)
	}
	inFeed := []string{marked[0], "https://desk.example/new"}
	if err := s.PruneItems(ctx, url, inFeed); err != nil {
		t.Fatal(err)
	}
	got, err := s.FeedItems(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	want := append([]string{"guid-unlinked", "guid-removed", "https://desk.example/removed", marked[0]},
		marked[len(marked)-ItemsKept:]...)
	if !slices.Equal(got, want) {
		t.Errorf("kept %d records, want %d: %v … %v", len(got), len(want), got[:min(6, len(got))], want[:6])
	}
	// However the feed changes, none of the stored items is stored again.
	for _, it := range []item{linked, unlinked, removed} {
		if id, err := s.AddItem(ctx, url, it.keys, it.link, it.name+".md", md(it.name, it.link)); err != nil || id != "" {
			t.Errorf("%s after pruning: stored again as %q (%v)", it.name, id, err)
		}
	}
	// The old item still in the feed goes once it has left it.
	if err := s.PruneItems(ctx, url, inFeed[1:]); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.FeedItems(ctx, url); slices.Contains(again, marked[0]) || len(again) != len(want)-1 {
		t.Errorf("after the old item left the feed: %d records, want %d", len(again), len(want)-1)
	}
}
