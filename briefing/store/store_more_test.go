package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
	"sitrep/briefing/indextest"
	"sitrep/content"
)

func brief(title, body string) []byte {
	return []byte("---\ntitle: " + title + "\npublished: 2025-01-02\nsource: Test Wire\n---\n" + body + "\n")
}

func TestMigrate(t *testing.T) {
	s, dsn := open(t)
	ctx := context.Background()
	// Front ends starting together migrate once.
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Go(func() {
			other, err := Open(ctx, dsn, Options{MaxConns: 2})
			if err == nil {
				other.Close()
			}
			errs[i] = err
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatalf("concurrent open: %v", err)
		}
	}
	var n, v int
	if err := s.pool.QueryRow(ctx, `SELECT count(*), max(version) FROM schema_migrations`).Scan(&n, &v); err != nil {
		t.Fatal(err)
	}
	if n != SchemaVersion() || v != SchemaVersion() || v < 1 {
		t.Errorf("schema_migrations: %d rows, version %d; want %d", n, v, SchemaVersion())
	}
	// A database that a newer sitrep migrated is refused.
	if _, err := s.pool.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES (9999, '9999_future.sql')`); err != nil {
		t.Fatal(err)
	}
	if other, err := Open(ctx, dsn, Options{}); !errors.Is(err, ErrNewerSchema) {
		if other != nil {
			other.Close()
		}
		t.Errorf("open against a newer schema: %v, want ErrNewerSchema", err)
	} else if !strings.Contains(err.Error(), "9999") {
		t.Errorf("the error does not say the version: %v", err)
	}
}

func TestImportIdempotent(t *testing.T) {
	s := openSamples(t)
	ctx := context.Background()
	st, err := s.Import(ctx, content.Briefings())
	if err != nil || st.Added != 0 || st.Changed != 0 || st.Unchanged != indextest.Samples {
		t.Fatalf("second import: %+v, %v; want every briefing unchanged", st, err)
	}
	fsys := fstest.MapFS{
		"new.md":      {Data: brief("New", "fighting near Tawila")},
		"sub/deep.md": {Data: brief("Deep", "shelling in Goma")},
		"bad.md":      {Data: []byte("no front matter")},
		".hidden.md":  {Data: brief("Hidden", "x")},
	}
	st, err = s.Import(ctx, fsys)
	if err != nil || st.Added != 2 || len(st.Problems) != 1 || !strings.Contains(st.Problems[0].Error(), "bad.md") {
		t.Fatalf("import: %+v, %v; want 2 added and bad.md reported", st, err)
	}
	fsys["new.md"] = &fstest.MapFile{Data: brief("New", "fighting near Zamzam")}
	if st, err = s.Import(ctx, fsys); err != nil || st.Changed != 1 || st.Unchanged != 1 {
		t.Fatalf("import after a change: %+v, %v", st, err)
	}
	if got := indextest.Search(t, s, "zamzam new"); len(got) != 1 || got[0] != "new" {
		t.Errorf("search after the change: %q", got)
	}
	if got := indextest.Search(t, s, "tawila new"); len(got) != 0 {
		t.Errorf("the old text is still found: %q", got)
	}
	if ok, err := s.Remove(ctx, "deep"); !ok || err != nil {
		t.Errorf("remove: %v, %v", ok, err)
	}
	if n, err := s.Len(ctx); n != indextest.Samples+1 || err != nil {
		t.Errorf("len: %d, %v", n, err)
	}
}

func TestExport(t *testing.T) {
	s := openSamples(t)
	ctx := context.Background()
	dir := t.TempDir()
	st, err := s.Export(ctx, dir, false)
	if err != nil || st.Written != indextest.Samples {
		t.Fatalf("export: %+v, %v", st, err)
	}
	// The files are the ones imported, byte for byte.
	for _, id := range []string{indextest.Haiti, indextest.Sudan} {
		want, _ := content.Briefings().Open(id + ".md")
		wantData := make([]byte, briefing.MaxFileSize)
		n, _ := want.Read(wantData)
		got, err := os.ReadFile(filepath.Join(dir, id+".md"))
		if err != nil || string(got) != string(wantData[:n]) {
			t.Errorf("%s: exported file differs from the imported one (%v)", id, err)
		}
	}
	if st, err := s.Export(ctx, dir, false); err != nil || st.Written != 0 || st.Unchanged != indextest.Samples {
		t.Errorf("export again: %+v, %v; want nothing written", st, err)
	}
	edited := filepath.Join(dir, indextest.Haiti+".md")
	if err := os.WriteFile(edited, []byte("edited by hand"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = s.Export(ctx, dir, false)
	if err == nil || !strings.Contains(err.Error(), indextest.Haiti+".md") || !strings.Contains(err.Error(), "--force") {
		t.Errorf("export over an edited file: %v, want an error naming it", err)
	}
	if data, _ := os.ReadFile(edited); string(data) != "edited by hand" {
		t.Errorf("the edited file was overwritten without --force")
	}
	if st, err := s.Export(ctx, dir, true); err != nil || st.Written != 1 {
		t.Errorf("export --force: %+v, %v", st, err)
	}
	// The export is a library: importing it again changes nothing.
	if st, err := s.Import(ctx, os.DirFS(dir)); err != nil || st.Unchanged != indextest.Samples {
		t.Errorf("import of the export: %+v, %v", st, err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// TestTwoFrontEnds opens two stores (two pools, as two front ends) on one
// database: a briefing put through one reaches the other's library within
// two seconds, and so do stars.
func TestTwoFrontEnds(t *testing.T) {
	a, b := openTwo(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	libs := make(chan *briefing.Library, 10)
	stateB, err := b.State(ctx, "SHA256:analyst")
	if err != nil {
		t.Fatal(err)
	}
	go b.Follow(ctx, 50*time.Millisecond, func(l *briefing.Library) { libs <- l },
		func(key string) {
			if key == "" || key == stateB.Key() {
				stateB.Refresh(ctx)
			}
		})
	time.Sleep(300 * time.Millisecond) // let B start listening

	start := time.Now()
	if _, err := a.Put(ctx, "arrived.md", brief("Arrived", "a briefing from the other front end")); err != nil {
		t.Fatal(err)
	}
	// Follow hands over a library as it starts listening too (what changed
	// before it listened); the briefing is in a later one.
	for seen := false; !seen; {
		select {
		case lib := <-libs:
			_, seen = lib.Get("arrived")
		case <-time.After(2*time.Second - time.Since(start)):
			t.Fatal("B did not see the briefing A put within 2 s")
		}
	}
	t.Logf("seen by the other front end after %v", time.Since(start))

	stateA, err := a.State(ctx, "SHA256:analyst")
	if err != nil {
		t.Fatal(err)
	}
	stateA.SetStarred("arrived", true)
	stateA.SetPosition("arrived", 0.5)
	if err := stateA.Save(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Second)
	for !stateB.IsStarred("arrived") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if got := stateB.Get("arrived"); !got.Starred || got.Position != 0.5 {
		t.Fatalf("B's state %+v, want the star and position A made", got)
	}
	// Another key sees nothing of it.
	other, _ := b.State(ctx, "SHA256:someone-else")
	if other.IsStarred("arrived") {
		t.Error("another key sees the star")
	}
}

// TestFollowSeesWhatCameBeforeItListened: a front end reads its library,
// another stores a briefing before the first has begun to listen (no
// notification reaches it), and Follow still brings the briefing, because
// its first connection reports what it may have missed.
func TestFollowSeesWhatCameBeforeItListened(t *testing.T) {
	a, b := openTwo(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	shown, err := b.Library(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Put(ctx, "early.md", brief("Early", "stored between the read and the LISTEN")); err != nil {
		t.Fatal(err)
	}
	libs := make(chan *briefing.Library, 10)
	go b.Follow(ctx, 50*time.Millisecond, func(l *briefing.Library) { libs <- l }, nil)
	select {
	case lib := <-libs:
		if _, ok := lib.Get("early"); !ok {
			t.Fatalf("the library Follow handed over lacks the briefing: %d briefings", lib.Len())
		}
		if _, ok := shown.Get("early"); ok {
			t.Fatal("the briefing was in the library read before it was stored")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Follow never handed over the briefing stored before it listened")
	}
}

// TestStateMerge writes one key from two front ends: entries merge, and
// an older write never replaces a newer one.
func TestStateMerge(t *testing.T) {
	a, b := openTwo(t)
	ctx := context.Background()
	sa, _ := a.State(ctx, "k")
	sb, _ := b.State(ctx, "k")
	t0 := time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)
	sa.now = func() time.Time { return t0.Add(2 * time.Second) }
	sb.now = func() time.Time { return t0.Add(time.Second) }
	sa.SetRead("x", true)    // newer
	sb.SetRead("x", false)   // older, same entry
	sb.SetStarred("y", true) // only B touched y
	sb.SetRead("x", true)
	sb.SetRead("x", false)
	if err := sa.Save(); err != nil {
		t.Fatal(err)
	}
	if err := sb.Save(); err != nil {
		t.Fatal(err)
	}
	fresh, err := a.State(ctx, "k")
	if err != nil {
		t.Fatal(err)
	}
	if got := fresh.Get("x"); !got.Read {
		t.Errorf("x: %+v, want read (the newer write)", got)
	}
	if !fresh.IsStarred("y") {
		t.Error("y: the star of the other front end was lost")
	}
	if err := sb.Refresh(ctx); err != nil || !sb.IsRead("x") {
		t.Errorf("B after refresh: x read %v (%v), want the newer entry", sb.IsRead("x"), err)
	}
}

// TestOutage stops the database under a stream of state changes and
// starts it again: sessions keep their state, the store says it is
// unreachable, and every change is written once it is back.
func TestOutage(t *testing.T) {
	s, _ := open(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st, err := s.State(ctx, "k")
	if err != nil {
		t.Fatal(err)
	}
	runDone := make(chan struct{})
	go func() { st.Run(ctx); close(runDone) }()
	listenDone := make(chan struct{})
	go func() { s.Listen(ctx, nil, nil); close(listenDone) }()

	const n = 300
	written := make(chan struct{})
	go func() {
		defer close(written)
		for i := range n {
			st.SetStarred(entryID(i), true)
			st.SetPosition(entryID(i), float64(i)/n)
			time.Sleep(10 * time.Millisecond)
		}
	}()
	time.Sleep(700 * time.Millisecond)
	if err := server.StopServer(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond)
	if st.Warning() == nil || !errors.Is(st.Warning(), ErrUnreachable) || s.Reachable() {
		t.Errorf("while the database is down: warning %v, reachable %v", st.Warning(), s.Reachable())
	}
	if !st.IsStarred(entryID(1)) {
		t.Error("the session lost what it had")
	}
	if err := server.StartServer(); err != nil {
		t.Fatal(err)
	}
	<-written
	deadline := time.Now().Add(10 * time.Second)
	for (st.Dirty() || st.Warning() != nil) && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if st.Dirty() || st.Warning() != nil {
		t.Fatalf("after the database came back: dirty %v, warning %v", st.Dirty(), st.Warning())
	}
	var stars int
	var sum float64
	if err := s.pool.QueryRow(context.Background(), `SELECT count(*) FILTER (WHERE starred), coalesce(sum(position), 0)
		FROM reading_state WHERE key = 'k'`).Scan(&stars, &sum); err != nil {
		t.Fatal(err)
	}
	want := 0.0
	for i := range n {
		want += float64(i) / n
	}
	if stars != n || sum < want-1e-6 || sum > want+1e-6 {
		t.Errorf("stored %d stars, positions summing to %v; want %d and %v: changes were lost", stars, sum, n, want)
	}
	if !s.Reachable() {
		t.Error("the store still says it is unreachable")
	}
	cancel()
	<-runDone
	<-listenDone
}

func entryID(i int) string { return fmt.Sprintf("b%04d", i) }

// TestReanalyse stores briefings as an older sitrep would have analysed
// them: the next import analyses them again from the Markdown stored.
func TestReanalyse(t *testing.T) {
	s := openSamples(t)
	ctx := context.Background()
	if _, err := s.pool.Exec(ctx, `UPDATE briefings SET analysis = 0, features = '{}', search = ''::tsvector`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, `UPDATE briefings SET markdown = 'no front matter' WHERE id = $1`, indextest.Kenya); err != nil {
		t.Fatal(err)
	}
	if got := indextest.Search(t, s, "Tawila"); len(got) != 0 {
		t.Fatalf("the emptied search vector still finds %q", got)
	}
	st, err := s.Import(ctx, fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Problems) != 1 || !strings.Contains(st.Problems[0].Error(), indextest.Kenya) {
		t.Errorf("problems: %v, want the unparsable briefing named", st.Problems)
	}
	if got := indextest.Search(t, s, "Tawila"); len(got) == 0 || got[0] != indextest.Sudan {
		t.Errorf("Tawila after the import: %q, want %s first", got, indextest.Sudan)
	}
	var stale int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM briefings WHERE analysis <> $1`, Analysis).Scan(&stale); err != nil || stale != 0 {
		t.Errorf("%d briefings left of an older analysis (%v)", stale, err)
	}
}
