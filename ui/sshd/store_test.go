package sshd

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/store"
	"sitrep/briefing/store/pgtest"
	"sitrep/content"
	"sitrep/ui/cli"
)

var pg *pgtest.Server

func TestMain(m *testing.M) { pgtest.Main(m, &pg) }

// withStore serves from a store on dsn as main does for --store: its own
// pool, library followed through LISTEN/NOTIFY, state per key.
func withStore(t *testing.T, dsn string) (envOption, *store.Store) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s, err := store.Open(ctx, dsn, store.Options{MaxConns: 4})
	if err != nil {
		t.Fatal(err)
	}
	lib, err := s.Library(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var current atomic.Pointer[briefing.Library]
	current.Store(lib)
	states := cli.NewStoreStates(ctx, s)
	updates := make(chan *briefing.Library, 1)
	install := func(lib *briefing.Library) {
		current.Store(lib)
		select { // the newest library replaces one not yet taken
		case <-updates:
		default:
		}
		updates <- lib
	}
	followed := make(chan struct{})
	go func() { s.Follow(ctx, 50*time.Millisecond, install, states.Refresh); close(followed) }()
	t.Cleanup(func() { cancel(); <-followed; s.Close() })
	return withConfig(func(c *Config) {
		c.Library, c.Current, c.OpenState, c.Updates = lib, current.Load, states.Open, updates
		c.Open = true // one key for both servers: each test server makes its own keys
		c.Load = func() (*briefing.Library, error) { return s.Library(ctx) }
	}), s
}

// TestTwoServersOneStore runs two servers, each with its own pool, on one
// database: a key's star made in a session of one shows in a session of
// the other, and a briefing imported through one shows in the other's
// open sessions, with a notice, and in its new sessions within two seconds.
func TestTwoServersOneStore(t *testing.T) {
	pgtest.Need(t, pg)
	ctx := context.Background()
	dsn := pg.Database(t)
	loader, err := store.Open(ctx, dsn, store.Options{MaxConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	_, err = loader.Import(ctx, content.Briefings())
	loader.Close()
	if err != nil {
		t.Fatal(err)
	}
	optA, storeA := withStore(t, dsn)
	optB, _ := withStore(t, dsn)
	a, b := startServer(t, optA), startServer(t, optB)
	n := a.cfg.Library.Len()
	if n == 0 || b.cfg.Library.Len() != n {
		t.Fatalf("libraries: %d and %d briefings", n, b.cfg.Library.Len())
	}

	onB := openTerm(t, b.login(t, a.alice), 120, 30)
	onB.waitText("Stories 1/")
	if strings.Contains(onB.screen.Text(), "★") {
		t.Fatal("a star before any was made")
	}
	onA := openTerm(t, a.login(t, a.alice), 120, 30)
	onA.waitText("Stories 1/")
	onA.press("s")
	onA.waitText("★")
	time.Sleep(2 * time.Second) // written within FlushInterval, heard through NOTIFY
	onB.press("j")              // any key draws a frame
	onB.waitText("★")

	// Bob's sessions see nothing of Alice's star.
	bob := openTerm(t, b.login(t, b.bob), 120, 30)
	bob.waitText("Stories 1/")
	if strings.Contains(bob.screen.Text(), "★") {
		t.Error("another key sees the star")
	}

	brief := "---\ntitle: Arrival through the other front end\npublished: 2030-01-02\nsource: Test Wire\n---\nShelling near Tawila.\n"
	if _, err := storeA.Put(ctx, "arrival.md", []byte(brief)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for b.cfg.Current().Len() != n+1 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if got := b.cfg.Current().Len(); got != n+1 {
		t.Fatalf("the other server's library has %d briefings 2 s after the import, want %d", got, n+1)
	}
	onB.waitText("1 new briefing")
	onB.waitText(fmt.Sprintf("/%d", n+1)) // above the selection, which keeps its row
	if d := time.Since(deadline.Add(-2 * time.Second)); d > 2*time.Second {
		t.Errorf("the import reached the other server's open session after %v, want under 2s", d)
	}
	fresh := openTerm(t, b.login(t, b.bob), 120, 30)
	fresh.waitText("Arrival through the other")
}
