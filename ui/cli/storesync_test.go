package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/ingest"
	"sitrep/briefing/store"
	"sitrep/briefing/store/pgtest"
)

// twoFrontEnds opens two stores on one new database: two front ends'
// pools.
func twoFrontEnds(t *testing.T) (*store.Store, *store.Store) {
	t.Helper()
	pgtest.Need(t, pg)
	dsn := pg.Database(t)
	var two [2]*store.Store
	for i := range two {
		s, err := OpenStore(context.Background(), dsn, 6)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(s.Close)
		two[i] = s
	}
	return two[0], two[1]
}

// gatedFeed serves two feeds (/a and /b) carrying the same two stories,
// and their pages. A fetch of a feed while gate is set waits for it to
// close; fetching counts the fetches of each feed under way.
type gatedFeed struct {
	*httptest.Server
	gate      chan struct{} // nil: no wait
	entered   chan string
	inFlight  sync.Map // feed path → *atomic.Int32
	maxFlight atomic.Int32
	fetches   atomic.Int32
}

func newGatedFeed(t *testing.T) *gatedFeed {
	g := &gatedFeed{entered: make(chan string, 16)}
	mux := http.NewServeMux()
	var base string
	feed := func(w http.ResponseWriter, r *http.Request) {
		g.fetches.Add(1)
		c, _ := g.inFlight.LoadOrStore(r.URL.Path, new(atomic.Int32))
		n := c.(*atomic.Int32).Add(1)
		defer c.(*atomic.Int32).Add(-1)
		for {
			m := g.maxFlight.Load()
			if n <= m || g.maxFlight.CompareAndSwap(m, n) {
				break
			}
		}
		select {
		case g.entered <- r.URL.Path:
		default:
		}
		if g.gate != nil {
			<-g.gate
		}
		fmt.Fprintf(w, `<rss version="2.0"><channel><title>Desk</title>
<item><title>Convoy reaches Niamey</title><guid>%[2]s-1</guid><link>%[1]s/p/1</link><pubDate>Fri, 11 Oct 2024 09:00:00 +0100</pubDate></item>
<item><title>Talks open in Bamako</title><guid>%[2]s-2</guid><link>%[1]s/p/2</link><pubDate>2024-10-10T08:00:00Z</pubDate></item>
</channel></rss>`, base, r.URL.Path)
	}
	mux.HandleFunc("/a", feed)
	mux.HandleFunc("/b", feed)
	mux.HandleFunc("/p/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, articlePage("Page "+strings.TrimPrefix(r.URL.Path, "/p/")))
	})
	g.Server = httptest.NewUnstartedServer(mux)
	base = "http://" + g.Listener.Addr().String()
	g.Start()
	t.Cleanup(g.Close)
	return g
}

// TestStoreSyncClaimsEachFeedOnce: a front end syncing a feed keeps the
// others off it (they report it left to another), and the first sync's
// briefings reach the other front end through the store's notification.
func TestStoreSyncClaimsEachFeedOnce(t *testing.T) {
	ctx := context.Background()
	a, b := twoFrontEnds(t)
	site := newGatedFeed(t)
	var out bytes.Buffer
	if err := StoreFeedAdd(ctx, &out, a, ingest.FeedConfig{Name: "Desk", URL: site.URL + "/a", Region: "Sahel"}); err != nil {
		t.Fatal(err)
	}
	// b follows the library as serve does.
	fctx, cancel := context.WithCancel(ctx)
	defer cancel()
	libs := make(chan *briefing.Library, 8)
	go b.Follow(fctx, 50*time.Millisecond, func(l *briefing.Library) { libs <- l }, nil)

	gate := make(chan struct{})
	site.gate = gate
	var opened sync.Once
	open := func() { opened.Do(func() { close(gate) }) }
	t.Cleanup(open) // before the feed server's Close, which waits for its handlers
	first := make(chan error, 1)
	var outA bytes.Buffer
	go func() { first <- StoreSync(ctx, &outA, a, testSyncOptions()) }()
	select {
	case <-site.entered: // a is fetching the feed, and holds it
	case <-time.After(2 * time.Minute):
		t.Fatal("the first sync never fetched the feed")
	}
	var outB bytes.Buffer
	if err := StoreSync(ctx, &outB, b, testSyncOptions()); err != nil {
		t.Fatalf("second front end: %v\n%s", err, outB.String())
	}
	if want := "Desk: left to another front end syncing it now\nsynced 1 feed: 0 new briefings\n"; outB.String() != want {
		t.Errorf("second front end said %q, want %q", outB.String(), want)
	}
	open()
	if err := <-first; err != nil {
		t.Fatalf("first front end: %v\n%s", err, outA.String())
	}
	if !strings.Contains(outA.String(), "Desk: 2 new, 0 already in the library") {
		t.Errorf("first front end said %q", outA.String())
	}
	if n := site.fetches.Load(); n != 1 {
		t.Errorf("the feed was fetched %d times, want once", n)
	}
	deadline := time.After(2 * time.Minute) // bounds a failure only: NOTIFY takes milliseconds
	for {
		select {
		case lib := <-libs:
			if lib.Len() == 2 {
				got, _ := lib.Get("2024-10-11-convoy-reaches-niamey")
				if got == nil || got.Region != "Sahel" || got.Source != "Desk" {
					t.Errorf("briefing as the other front end sees it: %+v", got)
				}
				goto synced
			}
		case <-deadline:
			t.Fatal("the other front end never heard of the new briefings")
		}
	}
synced:
	// The sync state is the store's: the other front end's next sync
	// asks with the validators the first one got, and writes nothing.
	feeds, _ := b.Feeds(ctx)
	if len(feeds) != 1 || feeds[0].Checked.IsZero() || feeds[0].Error != "" {
		t.Errorf("sync state: %+v", feeds)
	}
	outB.Reset()
	if err := StoreSync(ctx, &outB, b, testSyncOptions()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(outB.String(), "Desk: 0 new, 2 already in the library") {
		t.Errorf("second sync: %q", outB.String())
	}
}

// TestStoreSyncWritesEachItemOnce: two front ends syncing at once two
// feeds that carry the same stories store each story once, however their
// syncs interleave; no feed is fetched by two at a time.
func TestStoreSyncWritesEachItemOnce(t *testing.T) {
	ctx := context.Background()
	a, b := twoFrontEnds(t)
	site := newGatedFeed(t)
	var out bytes.Buffer
	for _, fc := range []ingest.FeedConfig{{Name: "A", URL: site.URL + "/a"}, {Name: "B", URL: site.URL + "/b"}} {
		if err := StoreFeedAdd(ctx, &out, a, fc); err != nil {
			t.Fatal(err)
		}
	}
	for round := range 3 {
		var wg sync.WaitGroup
		outs := make([]bytes.Buffer, 2)
		for i, s := range []*store.Store{a, b} {
			wg.Go(func() {
				if err := StoreSync(ctx, &outs[i], s, testSyncOptions()); err != nil {
					t.Errorf("round %d, front end %d: %v\n%s", round, i, err, outs[i].String())
				}
			})
		}
		wg.Wait()
		if n, err := a.Len(ctx); err != nil || n != 2 {
			t.Fatalf("round %d: the store holds %d briefings (%v), want 2\n%s%s", round, n, err, outs[0].String(), outs[1].String())
		}
	}
	if m := site.maxFlight.Load(); m != 1 {
		t.Errorf("a feed was fetched by %d front ends at once", m)
	}
}

// TestStoreFeedCommands: feed add, list and remove on the store.
func TestStoreFeedCommands(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	var out bytes.Buffer
	if err := StoreFeedAdd(ctx, &out, s, ingest.FeedConfig{URL: "https://www.desk.example/rss", Region: "Sahel"}); err != nil {
		t.Fatal(err)
	}
	if err := StoreFeedAdd(ctx, &out, s, ingest.FeedConfig{URL: "https://www.desk.example/rss"}); err == nil || !strings.Contains(err.Error(), "already") {
		t.Errorf("adding it again: %v", err)
	}
	if err := StoreFeedAdd(ctx, &out, s, ingest.FeedConfig{URL: "file:///etc/passwd"}); err == nil {
		t.Error("a file: feed was added")
	}
	out.Reset()
	if err := StoreFeedList(ctx, &out, s, false); err != nil {
		t.Fatal(err)
	}
	want := "NAME          URL                           REGION  COUNTRIES  TAGS  SYNCED\ndesk.example  https://www.desk.example/rss  Sahel   -          -     never\n"
	if out.String() != want {
		t.Errorf("list:\n%s\nwant:\n%s", out.String(), want)
	}
	out.Reset()
	if err := StoreFeedRemove(ctx, &out, s, "desk.example"); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	StoreFeedList(ctx, &out, s, true)
	if strings.TrimSpace(out.String()) != "[]" {
		t.Errorf("after removal: %s", out.String())
	}
}

// TestStoreSyncSmallPool: each claimed feed holds a connection for its
// fetch, so a sync fetching as many feeds at once as the pool has
// connections waited for ever for one more; it now fetches at most half
// the pool's worth at once, and a pool of one is refused with the reason.
func TestStoreSyncSmallPool(t *testing.T) {
	pgtest.Need(t, pg)
	ctx := context.Background()
	dsn := pg.Database(t)
	site := newGatedFeed(t)
	for _, pool := range []int{2, 1} {
		s, err := OpenStore(ctx, dsn, pool)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(s.Close)
		var out bytes.Buffer
		if pool == 2 {
			for _, fc := range []ingest.FeedConfig{{Name: "A", URL: site.URL + "/a"}, {Name: "B", URL: site.URL + "/b"}} {
				if err := StoreFeedAdd(ctx, &out, s, fc); err != nil {
					t.Fatal(err)
				}
			}
		}
		opts := testSyncOptions()
		opts.Feeds = 4
		sctx, cancel := context.WithTimeout(ctx, failAfterSync)
		err = StoreSync(sctx, &out, s, opts)
		cancel()
		switch {
		case pool == 2 && err != nil:
			t.Fatalf("pool of 2, 4 feeds at once: %v\n%s", err, out.String())
		case pool == 2:
			if n, err := s.Len(ctx); err != nil || n != 2 {
				t.Fatalf("pool of 2: the store holds %d briefings (%v), want 2\n%s", n, err, out.String())
			}
		case err == nil || !strings.Contains(err.Error(), "--store-pool"):
			t.Fatalf("pool of 1: %v, want a refusal naming --store-pool", err)
		}
	}
}

// failAfterSync bounds a sync that would hang: it fails the test, and
// measures nothing.
const failAfterSync = 60 * time.Second

// TestStoreFeedAddRace: two front ends adding the same feed at once — one
// adds it, the other is told it is there already; neither overwrites the
// other's settings.
func TestStoreFeedAddRace(t *testing.T) {
	ctx := context.Background()
	a, b := twoFrontEnds(t)
	for round := range 8 {
		url := fmt.Sprintf("https://desk%d.example/rss", round)
		errs := make([]error, 2)
		var wg sync.WaitGroup
		for i, s := range []*store.Store{a, b} {
			wg.Go(func() {
				errs[i] = StoreFeedAdd(ctx, io.Discard, s, ingest.FeedConfig{URL: url, Name: fmt.Sprintf("Desk %d-%d", round, i), Region: fmt.Sprint(i)})
			})
		}
		wg.Wait()
		winner := -1
		for i, err := range errs {
			if err == nil {
				winner = i
			} else if !errors.Is(err, ingest.ErrFeedExists) {
				t.Errorf("round %d, front end %d: %v", round, i, err)
			}
		}
		if errs[0] == nil && errs[1] == nil {
			t.Errorf("round %d: both front ends added %s", round, url)
		}
		if winner < 0 {
			t.Errorf("round %d: neither front end added %s", round, url)
		}
		feeds, err := a.Feeds(ctx)
		if err != nil {
			t.Fatal(err)
		}
		stored := 0
		for _, f := range feeds {
			if f.URL != url {
				continue
			}
			stored++
			if f.Region != fmt.Sprint(winner) || f.Name != fmt.Sprintf("Desk %d-%d", round, winner) {
				t.Errorf("round %d: stored %s (region %s), want front end %d's", round, f.Name, f.Region, winner)
			}
		}
		if stored != 1 {
			t.Errorf("round %d: %s stored %d times, want once", round, url, stored)
		}
	}
}

// TestStoreSyncPrunesItems: a store sync forgets the item records of a
// feed that it no longer carries past the newest store.ItemsKept — the
// store's memory of a feed stays bounded — and keeps those it carries;
// a sync after that writes nothing again.
func TestStoreSyncPrunesItems(t *testing.T) {
	ctx := context.Background()
	s := openTestStore(t)
	site := newGatedFeed(t)
	url := site.URL + "/a"
	if err := StoreFeedAdd(ctx, io.Discard, s, ingest.FeedConfig{Name: "Desk", URL: url}); err != nil {
		t.Fatal(err)
	}
	var old []string
	for i := range store.ItemsKept + 100 {
		old = append(old, fmt.Sprintf("https://gone.example/%d", i))
	}
	if err := s.MarkItems(ctx, url, old); err != nil {
		t.Fatal(err)
	}
	for round, want := range []string{"Desk: 2 new, 0 already", "Desk: 0 new, 2 already"} {
		var out bytes.Buffer
		if err := StoreSync(ctx, &out, s, testSyncOptions()); err != nil {
			t.Fatalf("sync %d: %v\n%s", round, err, out.String())
		}
		if !strings.Contains(out.String(), want) {
			t.Errorf("sync %d said %q, want %q", round, out.String(), want)
		}
		keys, err := s.FeedItems(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		if len(keys) != store.ItemsKept || !slices.Contains(keys, "/a-1") || !slices.Contains(keys, site.URL+"/p/2") || slices.Contains(keys, old[0]) {
			t.Errorf("sync %d: %d item records (want %d), the feed's kept: %v, the oldest gone: %v", round, len(keys),
				store.ItemsKept, slices.Contains(keys, "/a-1"), !slices.Contains(keys, old[0]))
		}
	}
}
