package index

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"sitrep/briefing"
	"sitrep/content"
)

// openSamples indexes the embedded sample library in a temporary file.
func openSamples(t *testing.T) *Index {
	t.Helper()
	ix, st := openIndexed(t, content.Briefings())
	if st.Added != 13 || st.Problems != 0 {
		t.Fatalf("update: %+v, want 13 added", st)
	}
	return ix
}

// openIndexed indexes fsys in a temporary file, closed when the test ends.
func openIndexed(t *testing.T, fsys fs.FS) (*Index, Stats) {
	t.Helper()
	ix, err := Open(filepath.Join(t.TempDir(), "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	st, err := ix.Update(context.Background(), fsys, nil)
	if err != nil {
		t.Fatal(err)
	}
	return ix, st
}

func search(t *testing.T, ix *Index, query string) []string {
	t.Helper()
	q, err := briefing.ParseQuery(query)
	if err != nil {
		t.Fatalf("%q: %v", query, err)
	}
	hits, err := ix.Search(context.Background(), q, 50)
	if err != nil {
		t.Fatalf("%q: %v", query, err)
	}
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	return ids
}

const (
	haiti = "2024-10-10-haiti-pont-sonde-massacre-toll-rises"
	kenya = "2024-10-11-kenya-to-send-600-more-police-officers-to-haiti"
	sudan = "2025-04-14-sudan-rsf-overruns-zamzam-camp"
	drc   = "2025-02-06-drc-goma-toll-nears-3000"
)

func TestSearchRanking(t *testing.T) {
	ix := openSamples(t)
	if got := search(t, ix, "Tawila"); len(got) == 0 || got[0] != sudan {
		t.Errorf("Tawila: %q, want %s first", got, sudan)
	}
	got := search(t, ix, `"Gran Grif"`)
	if len(got) < 2 || !slices.Contains(got[:2], haiti) || !slices.Contains(got[:2], kenya) {
		t.Errorf(`"Gran Grif": %q, want both Haiti briefings first`, got)
	}
	if got := search(t, ix, "tawi*"); len(got) == 0 || got[0] != sudan {
		t.Errorf("tawi*: %q, want %s first", got, sudan)
	}
	if got := search(t, ix, "tawi"); len(got) != 0 {
		t.Errorf("tawi (no prefix): %q, want none", got)
	}
	if got := search(t, ix, "pont-sonde"); len(got) == 0 || got[0] != haiti {
		t.Errorf("pont-sonde: %q, want %s first", got, haiti)
	}
}

func TestSearchFilters(t *testing.T) {
	ix := openSamples(t)
	tests := []struct {
		query string
		want  []string // exactly these, in any order; nil: none
		some  string   // or: at least this one, and every hit checked by ok
	}{
		{query: "gang region:caribbean", want: []string{haiti, kenya}},
		{query: "region:caribbean", want: []string{haiti, kenya}},
		{query: "gang region:sahel"},
		{query: "country:kenya gang", want: []string{kenya}},
		{query: "country:drc", some: drc},
		{query: "country:congolese", some: drc},
		{query: `country:"dr congo" goma`, want: []string{drc}},
		{query: "source:wire", want: []string{kenya}},
		{query: "source:ohchr gang", want: []string{haiti}},
		{query: "gang since:2024-10-11", want: []string{kenya}},
		{query: "gang until:2024-10-10", want: []string{haiti}},
		{query: "region:caribbean role:killed", want: []string{haiti, kenya}},
		{query: "region:caribbean role:deployed", want: []string{kenya}},
		{query: "region:caribbean role:detained"},
	}
	for _, tt := range tests {
		got := search(t, ix, tt.query)
		if tt.some != "" {
			if !slices.Contains(got, tt.some) {
				t.Errorf("%q: %q lacks %s", tt.query, got, tt.some)
			}
			continue
		}
		slices.Sort(got)
		slices.Sort(tt.want)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: %q, want %q", tt.query, got, tt.want)
		}
	}
}

func TestSearchHostile(t *testing.T) {
	ix := openSamples(t)
	for _, query := range []string{
		`"`, `"gran`, `gran"grif`, `NEAR(gran grif)`, `gran OR grif`, `gran AND NOT grif`, `*`, `tawila*"*`,
		`title:tawila`, `'); DROP TABLE docs; --`, `" OR 1=1 --`, `{title summary}: gran`, `^gran`, `gran + grif`,
		"\x1b]52;c;aGk=\x07", strings.Repeat("(", 500), strings.Repeat(`"a" `, 30), `source:"'); DROP TABLE docs;--"`,
		`region:"`, `country:%`, `source:%`, `source:_`,
	} {
		q, err := briefing.ParseQuery(query)
		if err != nil {
			var qe *briefing.QueryError
			if !errors.As(err, &qe) {
				t.Errorf("%q: %v", query, err)
			}
			continue
		}
		if _, err := ix.Search(context.Background(), q, 10); err != nil {
			t.Errorf("%q: %v", query, err)
		}
	}
	if n, err := ix.Len(context.Background()); err != nil || n != 13 {
		t.Errorf("after hostile queries: %d briefings, %v", n, err)
	}
	if got := search(t, ix, "source:%"); len(got) != 0 {
		t.Errorf("source:%% matched %q: LIKE syntax leaks", got)
	}
}

func TestSnippet(t *testing.T) {
	ix := openSamples(t)
	q, _ := briefing.ParseQuery("Tawila")
	hits, err := ix.Search(context.Background(), q, 1)
	if err != nil || len(hits) == 0 {
		t.Fatal(hits, err)
	}
	h := hits[0]
	if len(h.Highlights) == 0 {
		t.Fatalf("no highlight in %q", h.Snippet)
	}
	for _, sp := range h.Highlights {
		if got := h.Snippet[sp.Start:sp.End]; !strings.EqualFold(got, "tawila") {
			t.Errorf("highlight %q in %q", got, h.Snippet)
		}
	}
	if strings.ContainsAny(h.Snippet, "\x01\x02\n\x1b") {
		t.Errorf("snippet holds control characters: %q", h.Snippet)
	}
	if h.Title == "" || h.Source == "" || h.Published.IsZero() {
		t.Errorf("hit lacks metadata: %+v", h)
	}
}

func TestSnippetWindow(t *testing.T) {
	long := strings.Repeat("filler words here and there ", 10)
	tests := []struct{ text, query, want string }{
		{"fighting near Tawila today", "tawila", "fighting near [Tawila] today"},
		{"Pont-Sondé was hit; pont sonde again", "pont-sonde", "[Pont-Sondé] was hit; [pont sonde] again"},
		{"the Gran Grif gang, Gran and Grif", `"gran grif"`, "the [Gran Grif] gang, Gran and Grif"},
		{"Tawilaville and Tawila", "tawi*", "[Tawilaville] and [Tawila]"},
		{long + "the word Zamzam ends " + long, "zamzam", "…there the word [Zamzam] ends filler words here and there filler words here and there filler words here…"},
		{"line one\n\nTawila\x1b[31m red", "tawila", "line one [Tawila] 31m red"},
		{"nothing here", "tawila", ""},
	}
	for _, tt := range tests {
		q, err := briefing.ParseQuery(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		s, spans, ok := snippet(tt.text, q, 18)
		marked := s
		for i := len(spans) - 1; i >= 0; i-- {
			sp := spans[i]
			marked = marked[:sp.Start] + "[" + marked[sp.Start:sp.End] + "]" + marked[sp.End:]
		}
		if !ok {
			marked = ""
		}
		if marked != tt.want {
			t.Errorf("snippet(%.30q, %q) = %q, want %q", tt.text, tt.query, marked, tt.want)
		}
	}
}

// TestIncremental changes, adds and removes files and checks that an
// update reads only what changed and that search follows.
func TestIncremental(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name, title, body string, mtime time.Time) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("---\ntitle: "+title+"\npublished: 2025-01-02\n---\n"+body+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	t0 := time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)
	write("a.md", "Alpha", "fighting near Tawila", t0)
	write("b.md", "Bravo", "shelling in Goma", t0)
	if err := os.WriteFile(filepath.Join(dir, "bad.md"), []byte("no front matter"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	fsys := os.DirFS(dir)
	check := func(want Stats) {
		t.Helper()
		st, err := ix.Update(ctx, fsys, nil)
		if err != nil {
			t.Fatal(err)
		}
		st.Elapsed = 0
		if st != want {
			t.Errorf("update: %+v, want %+v", st, want)
		}
	}
	check(Stats{Files: 3, Added: 2, Problems: 1})
	check(Stats{Files: 3, Unchanged: 3})
	// Same content, new time: hashed, not parsed.
	write("a.md", "Alpha", "fighting near Tawila", t0.Add(time.Hour))
	check(Stats{Files: 3, Unchanged: 3})
	write("a.md", "Alpha", "fighting near Zamzam", t0.Add(2*time.Hour))
	check(Stats{Files: 3, Changed: 1, Unchanged: 2})
	if got := search(t, ix, "tawila"); len(got) != 0 {
		t.Errorf("tawila after the change: %q", got)
	}
	if got := search(t, ix, "zamzam"); !slices.Equal(got, []string{"a"}) {
		t.Errorf("zamzam after the change: %q", got)
	}
	os.Remove(filepath.Join(dir, "b.md"))
	check(Stats{Files: 2, Removed: 1, Unchanged: 2})
	if got := search(t, ix, "goma"); len(got) != 0 {
		t.Errorf("goma after removal: %q", got)
	}
	probs, err := ix.Problems(ctx)
	if err != nil || len(probs) != 1 || !strings.Contains(probs[0].Error(), "bad.md") {
		t.Errorf("problems: %v, %v", probs, err)
	}
}

// TestRebuild checks that an index of another version, or a file that is
// not a database, is rebuilt empty.
func TestRebuild(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.db")
	os.WriteFile(p, []byte("not a database, not at all, no"), 0o644)
	ix, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ix.db.Exec(`UPDATE meta SET value = '0' WHERE key = 'schema'`); err != nil {
		t.Fatal(err)
	}
	ix.Update(context.Background(), fstest.MapFS{"a.md": {Data: []byte("---\ntitle: A\n---\nbody")}}, nil)
	ix.Close()
	ix, err = Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if n, _ := ix.Len(context.Background()); n != 0 {
		t.Errorf("an index of schema 0 was kept: %d briefings", n)
	}
}

// TestQueryDuringUpdate searches while a background update runs.
func TestQueryDuringUpdate(t *testing.T) {
	ix, err := Open(filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	fsys := fstest.MapFS{}
	for i := range 600 {
		fsys[filepath.Join("d", strings.Repeat("x", 3)+string(rune('a'+i%26))+time.Duration(i).String()+".md")] = &fstest.MapFile{
			Data: []byte("---\ntitle: Report\n---\nfighting near Tawila and talks in Doha\n")}
	}
	done := ix.Start(context.Background(), fsys, nil)
	q, _ := briefing.ParseQuery("tawila")
	for {
		if _, err := ix.Search(context.Background(), q, 5); err != nil {
			t.Fatalf("search during update: %v", err)
		}
		select {
		case r := <-done:
			if r.Err != nil || r.Stats.Added != 600 {
				t.Fatalf("update: %+v", r)
			}
			return
		default:
		}
	}
}

func TestStories(t *testing.T) {
	ix := openSamples(t)
	ctx := context.Background()
	stories, err := ix.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 13 {
		t.Errorf("%d stories of the 13 samples, want each its own", len(stories))
	}
	s, ok, err := ix.StoryOf(ctx, kenya)
	if err != nil || !ok || s.ID != kenya || !slices.Contains(s.Related, haiti) {
		t.Errorf("story of Kenya: %+v %v %v", s, ok, err)
	}
	rel, err := ix.Related(ctx, kenya, 5)
	if err != nil || len(rel) == 0 || rel[0].ID != haiti || !slices.Contains(rel[0].Shared, "Gran Grif") {
		t.Errorf("related to Kenya: %+v %v", rel, err)
	}
	for _, r := range rel {
		if r.ID != haiti {
			t.Errorf("%s is related to Kenya", r.ID)
		}
	}
	events, err := ix.Theatre(ctx, briefing.TheatreFilter{Region: "Caribbean"})
	if err != nil || len(events) == 0 {
		t.Fatal(events, err)
	}
	for _, ev := range events {
		if ev.Value == "2024-10-03" && len(ev.Sources) != 2 {
			t.Errorf("massacre sources %+v", ev.Sources)
		}
	}
	if _, err := ix.Related(ctx, "nope", 5); err == nil {
		t.Error("Related of an unknown briefing: no error")
	}
}

func TestMatchSpans(t *testing.T) {
	body := "## The Gran Grif gang\n\nGunmen of **Gran Grif** stormed Pont-Sondé; gran and grif apart."
	tests := []struct {
		query string
		want  []string
	}{
		{`"gran grif"`, []string{"Gran Grif", "Gran Grif"}},
		{"pont-sonde", []string{"Pont-Sondé"}},
		{"gunm*", []string{"Gunmen"}},
		{"grif gran", []string{"Gran Grif", "Gran Grif", "gran", "grif"}},
		{"nothing", nil},
	}
	for _, tt := range tests {
		q, _ := briefing.ParseQuery(tt.query)
		var got []string
		for _, sp := range MatchSpans(body, q) {
			got = append(got, body[sp.Start:sp.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("MatchSpans(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/cache")
	tests := []struct{ dir, want string }{
		{"", "/cache/sitrep/index/embedded.db"},
		{"/home/a/briefings", "/cache/sitrep/index/briefings-"},
		{"/tmp/odd?name#x&y=1", "/cache/sitrep/index/odd_name_x_y_1-"},
	}
	for _, tt := range tests {
		got, err := DefaultPath(tt.dir)
		if err != nil || !strings.HasPrefix(got, tt.want) || strings.ContainsAny(got[len("/cache"):], "?#&=") {
			t.Errorf("DefaultPath(%q) = %q, %v; want %q…", tt.dir, got, err, tt.want)
		}
	}
	a, _ := DefaultPath("/x/lib")
	b, _ := DefaultPath("/y/lib")
	if a == b {
		t.Error("two libraries of one name share an index")
	}
}
