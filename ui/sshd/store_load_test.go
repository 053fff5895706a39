package sshd

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"sitrep/briefing/store"
	"sitrep/briefing/store/pgtest"
	"sitrep/content"
)

// TestLoadTwoServersOneStore is the load run of a team on one database:
// two servers (each with its own pool, as two front ends behind a
// balancer), SITREP_LOAD_SESSIONS sessions on each (default 100), each
// pressing a key every 100 ms for SITREP_LOAD_SECONDS (default 10). The
// two sessions of an analyst are on different servers and star different
// stories. It reports the key-to-frame latency and the database's load:
// transactions per key press. Servers, clients and PostgreSQL share this
// machine. A measurement, run only when asked:
//
//	SITREP_LOAD=1 go test -run TestLoadTwoServersOneStore -v ./ui/sshd/
func TestLoadTwoServersOneStore(t *testing.T) {
	if os.Getenv("SITREP_LOAD") == "" {
		t.Skip("load run: SITREP_LOAD=1 go test -run TestLoadTwoServersOneStore -v ./ui/sshd/")
	}
	pgtest.Need(t, pg)
	ctx := context.Background()
	perServer := envInt("SITREP_LOAD_SESSIONS", 100)
	duration := time.Duration(envInt("SITREP_LOAD_SECONDS", int(loadDuration/time.Second))) * time.Second
	dsn := pg.Database(t)
	loader, err := store.Open(ctx, dsn, store.Options{MaxConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := loader.Import(ctx, content.Briefings()); err != nil {
		t.Fatal(err)
	}
	raise := func(c *Config) {
		c.MaxSessions, c.MaxSessionsPerKey = 1000, 8
		c.MaxStartups, c.PerSourceMaxStartups = Startups{Start: 1000, Rate: 100, Full: 1000}, 1000
	}
	optA, _ := withStore(t, dsn)
	optB, _ := withStore(t, dsn)
	servers := []*testEnv{startServer(t, optA, withConfig(raise)), startServer(t, optB, withConfig(raise))}
	ids := []string{servers[0].cfg.Library.Briefings()[0].ID, servers[0].cfg.Library.Briefings()[1].ID}

	n := 2 * perServer
	keys := make([]testKey, perServer)
	for i := range keys {
		keys[i] = newTestKey(t, fmt.Sprintf("analyst%03d", i))
	}
	sessions := make([]*loadSession, n)
	for i := range sessions {
		env := servers[i%2]
		child := &loadChild{addr: env.addr, hostKey: env.srv.HostKey()}
		sessions[i] = openLoadSession(t, child, keys[i/2])
	}
	for _, s := range sessions {
		waitScreen(t, s.clock.screen, "Stories 1/")
	}
	steps := int(duration / loadInterval)
	plans := [2][]string{loadPlan(steps, 0), loadPlan(steps, 1)}
	wants := [2][]func(*vt) bool{expectations(plans[0], false), expectations(plans[1], false)}

	dbName := func() string {
		cfg, err := pgx.ParseConfig(dsn)
		if err != nil {
			t.Fatal(err)
		}
		return cfg.Database
	}()
	countXacts := func() int64 {
		t.Helper()
		time.Sleep(1500 * time.Millisecond) // statistics are published within a second
		conn, err := pgx.Connect(ctx, pg.DSN("postgres"))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		var x int64
		if err := conn.QueryRow(ctx, `SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = $1`, dbName).Scan(&x); err != nil {
			t.Fatal(err)
		}
		return x
	}
	before := countXacts()

	var mu sync.Mutex
	var latencies []time.Duration
	var failures []string
	var wg sync.WaitGroup
	start := time.Now()
	for i, s := range sessions {
		wg.Go(func() {
			next := start.Add(loadInterval * time.Duration(i) / time.Duration(n))
			plan, want := plans[i%2], wants[i%2]
			for k, key := range plan {
				time.Sleep(time.Until(next))
				next = next.Add(loadInterval)
				d, err := s.clock.press(s.in, key, want[k])
				mu.Lock()
				if err != nil {
					failures = append(failures, fmt.Sprintf("%s: %v", s.key.name, err))
				} else {
					latencies = append(latencies, d)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	for _, s := range sessions {
		io.WriteString(s.in, "q")
	}
	for _, s := range sessions {
		s.sess.Wait()
		s.client.Close()
	}
	after := countXacts() - 1 // the statistics query of before

	if len(failures) > 0 {
		t.Errorf("%d key presses got no frame within %s; first: %s", len(failures), unresponsive, failures[0])
	}
	slices.Sort(latencies)
	pct := func(p float64) time.Duration {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[min(len(latencies)-1, int(p*float64(len(latencies))))].Round(10 * time.Microsecond)
	}
	presses := max(len(latencies)+len(failures), 1)
	t.Logf("2 servers × %d sessions (%d keys, each on both servers) × %d keys every %s over %s",
		perServer, len(keys), steps, loadInterval, elapsed.Round(time.Millisecond))
	t.Logf("key-to-frame latency: p50 %s, p99 %s, max %s over %d presses", pct(0.5), pct(0.99), pct(1), len(latencies))
	t.Logf("database: %d transactions for %d key presses: %.3f per key press (%.0f per second)",
		after-before, presses, float64(after-before)/float64(presses), float64(after-before)/elapsed.Seconds())

	// Both sessions' stars of every analyst are in the store.
	check, err := store.Open(ctx, dsn, store.Options{MaxConns: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer check.Close()
	for u, k := range keys {
		st, err := check.State(ctx, fingerprint(k.signer.PublicKey()))
		if err != nil {
			t.Fatal(err)
		}
		for pos := range 2 {
			if want := 2*u+pos < n; st.IsStarred(ids[pos]) != want {
				t.Errorf("%s: %s starred = %v; want %v (state lost)", k.name, ids[pos], st.IsStarred(ids[pos]), want)
			}
		}
	}
}
