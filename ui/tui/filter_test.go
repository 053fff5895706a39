package tui

import (
	"cmp"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
	"sitrep/briefing/wordindex"
)

// scanText is a story as the filter read it before it had a word index:
// its metadata and body, lower-cased, searched by reading them.
type scanText struct{ meta, body string }

// scanTexts reads every story of lib for scanStories.
func scanTexts(t testing.TB, lib *briefing.Library) []scanText {
	t.Helper()
	texts := make([]scanText, lib.Len())
	for i, b := range lib.Briefings() {
		texts[i].meta = strings.ToLower(filterMeta(b))
		body, err := lib.Body(b.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(body) > filterBodyLimit {
			body = strings.ToValidUTF8(body[:filterBodyLimit], "")
		}
		texts[i].body = strings.ToLower(body)
	}
	return texts
}

// scanStories is the filter as a plain scan of every story for every
// query: what the filter must give, key after key.
func scanStories(query string, texts []scanText) []int {
	score := make([]int, len(texts))
	alive := make([]int, len(texts))
	for i := range alive {
		alive[i] = i
	}
	for _, word := range strings.Fields(strings.ToLower(query)) {
		var next []int
		for _, i := range alive {
			if s := scanScore(texts[i], word); s > 0 {
				score[i] += s
				next = append(next, i)
			}
		}
		if len(next) == 0 {
			for _, i := range alive {
				if slack, ok := inOneWord(texts[i].meta, word); ok {
					score[i] += tierInWord*100000 - min(slack, 99999)
					next = append(next, i)
				}
			}
		}
		if len(next) == 0 {
			metas := make([]string, len(alive))
			for k, i := range alive {
				metas[k] = texts[i].meta
			}
			for _, m := range fuzzy.FindNoSort(word, metas) {
				score[alive[m.Index]] += tierScatter*100000 + min(m.Score, 99999)
				next = append(next, alive[m.Index])
			}
		}
		alive = next
	}
	slices.SortStableFunc(alive, func(a, b int) int {
		return cmp.Or(cmp.Compare(score[b], score[a]), cmp.Compare(a, b))
	})
	return alive
}

func scanScore(t scanText, word string) int {
	best := 0
	if tier, at := findWord(t.meta, word); tier != tierNone {
		best = tier*100000 + 50000 - min(at, 49999)
	}
	if tier, at := findWord(t.body, word); tier != tierNone {
		best = max(best, tier*100000-min(at, 49999))
	}
	return best
}

// findWord finds word in text: the first place it starts a word (a word
// prefix), else the first place it is at all.
func findWord(text, word string) (tier, at int) {
	first := -1
	for off := 0; off <= len(text); {
		j := strings.Index(text[off:], word)
		if j < 0 {
			break
		}
		j += off
		if first < 0 {
			first = j
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:j]); j == 0 || !wordindex.IsWordRune(r) {
			return tierPrefix, j
		}
		off = j + 1
	}
	if first >= 0 {
		return tierInfix, first
	}
	return tierNone, 0
}

// inOneWord reports whether the letters of q appear in order inside one
// word of text; slack is how many other letters that word has (the
// shortest such word counts).
func inOneWord(text, q string) (slack int, ok bool) {
	slack = -1
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !wordindex.IsWordRune(r) }) {
		if _, found := subsequence([]rune(w), []rune(q)); found {
			if s := utf8.RuneCountInString(w) - utf8.RuneCountInString(q); slack < 0 || s < slack {
				slack = s
			}
		}
	}
	return slack, slack >= 0
}

// filterIndexOf builds the filter's word index of lib, as the reader does.
func filterIndexOf(t testing.TB, lib *briefing.Library) *filterIndex {
	t.Helper()
	msg, ok := filterTextsCmd(NewFilterIndexes(), lib)().(filterTextsMsg)
	if !ok {
		t.Fatal("filterTextsCmd brought no index")
	}
	return newFilterIndex(msg.words)
}

// matchesOf is what the filter lists for query, working it out from the
// results kept as a key press would.
func matchesOf(f *filterIndex, query string) []int {
	if job := f.job(queryWords(query)); !job.done() {
		f.keep(job.run())
	}
	return f.kept(queryWords(query)).sorted
}

// typedQueries are the queries of typing each text a key at a time, then
// backspacing half of it.
func typedQueries(typed ...string) []string {
	var queries []string
	for _, text := range typed {
		for n := 1; n <= len(text); n++ {
			queries = append(queries, text[:n])
		}
		for n := len(text) - 1; n > len(text)/2; n-- { // backspace
			queries = append(queries, text[:n])
		}
	}
	return queries
}

// TestFilterNarrowsAsAScanWould: typed a key at a time, with backspaces,
// new words, typos and punctuation, the filter over its word index lists
// the same stories in the same order as a scan of every story's text.
func TestFilterNarrowsAsAScanWould(t *testing.T) {
	lib, err := briefing.Load(librarytest.FS(3000, 5))
	if err != nil {
		t.Fatal(err)
	}
	texts := scanTexts(t, lib)
	onDisk := &FilterIndexes{dir: t.TempDir()} // every index on disk
	// The same library in a directory, its index kept by one reader and
	// opened from the file by the next.
	dir, cache := filepath.Join(t.TempDir(), "lib"), t.TempDir()
	if err := librarytest.Write(dir, 3000, 5); err != nil {
		t.Fatal(err)
	}
	dirLib, err := briefing.Load(briefing.DirFS(dir))
	if err != nil {
		t.Fatal(err)
	}
	newKeptRun(cache, 64).filters.of(dirLib)
	opened := newKeptRun(cache, 64)
	kept := opened.filters.of(dirLib)
	if !strings.Contains(opened.log(), "opened") || kept.keptIn == "" {
		t.Fatalf("the kept index was not opened: %s", opened.log())
	}
	queries := typedQueries("kharkiv", "displaced goma", "convoys", "al-shabaab", "sudn", "rsf el fash", "zzqx", "2,000",
		"hospital shortage", "placed", "rptcl", "(goma", "goma,", "pétion-ville", "ÉTAT", "at least 12", "attack.")
	for _, c := range []struct {
		f     *filterIndex
		texts []scanText
	}{{filterIndexOf(t, lib), texts}, {newFilterIndex(onDisk.of(lib)), texts}, {newFilterIndex(kept), scanTexts(t, dirLib)}} {
		f, texts := c.f, c.texts
		for _, q := range queries {
			want := scanStories(q, texts)
			got := matchesOf(f, q)
			if !slices.Equal(got, want) {
				t.Fatalf("filter %q lists %d stories %v…; a scan lists %d %v…", q, len(got), head(got), len(want), head(want))
			}
		}
		if len(f.stages) > maxStages {
			t.Errorf("the filter keeps %d results; at most %d", len(f.stages), maxStages)
		}
		held := 0
		for _, st := range f.stages {
			held += len(st.items)
		}
		if held > stageBudget*lib.Len() {
			t.Errorf("the filter's results hold %d stories; at most %d", held, stageBudget*lib.Len())
		}
	}
}

func head(s []int) []int { return s[:min(len(s), 5)] }

// TestFilterAfterLibraryChanges: when stories are added, edited and
// removed, the word index is brought up to date from the one before, and
// the filter lists what a scan of the new library lists.
func TestFilterAfterLibraryChanges(t *testing.T) {
	fsys := librarytest.FS(1200, 7)
	lib, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	filters := NewFilterIndexes()
	first := filters.of(lib)
	later := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	for round := range 8 {
		next := fstest.MapFS{}
		for k, name := range slices.Sorted(maps.Keys(fsys)) {
			f := *fsys[name]
			switch (k + round) % 97 {
			case 0:
				continue // removed
			case 1: // edited: a word no story had
				f.Data = append(append([]byte(nil), f.Data...), fmt.Sprintf("\nA convoy reached Quuxville%d.\n", round)...)
				f.ModTime = later.Add(time.Duration(round) * time.Minute)
			}
			next[name] = &f
		}
		for k := range 3 {
			next[fmt.Sprintf("2026-02-0%d-added-%d.md", 1+round%9, k)] = &fstest.MapFile{ModTime: later,
				Data: fmt.Appendf(nil, "---\ntitle: Quuxville convoy %d\npublished: 2026-02-0%d\n---\nDisplaced families reach Quuxville%d.\n", k, 1+round%9, round)}
		}
		fsys = next
		if lib, err = briefing.Load(fsys); err != nil {
			t.Fatal(err)
		}
		lw := filters.of(lib)
		if round == 0 && lw.words.Size() > 2*first.words.Size() {
			t.Errorf("the update grew the index from %d to %d bytes", first.words.Size(), lw.words.Size())
		}
		f, texts := newFilterIndex(lw), scanTexts(t, lib)
		for _, q := range []string{"quuxville", fmt.Sprint("quuxville", round), "convoy", "displaced goma", "kharkiv", "zzqx"} {
			if got, want := matchesOf(f, q), scanStories(q, texts); !slices.Equal(got, want) {
				t.Fatalf("round %d: filter %q lists %d stories %v…; a scan lists %d %v…", round, q, len(got), head(got), len(want), head(want))
			}
		}
	}
}

// largeFilterModel is a reader of a library too large to filter within a
// key press, its filter index built.
func largeFilterModel(t *testing.T) (Model, *briefing.Library) {
	lib, err := briefing.Load(librarytest.FS(filterSyncLimit+500, 9))
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, lib, 120, 40, builtFilters(lib))
	if m.list.texts == nil || m.list.texts.lib != lib {
		t.Fatal("the filter's index was not built when the library loaded")
	}
	return m, lib
}

// builtFilters gives a reader the word index of lib, built beforehand:
// with the race detector on a busy machine, building it for thousands of
// stories can pass the test helpers' time limit for a command.
func builtFilters(lib *briefing.Library) func(*Options) {
	filters := NewFilterIndexes()
	filters.of(lib)
	return func(o *Options) { o.Filters = filters }
}

// TestFilterLargeLibraryOffTheKeyPath: over a library too large to filter
// within a key press, a key shows at once, the list saying it is counting,
// and the list follows when the result arrives; a result for a query since
// changed does not show.
func TestFilterLargeLibraryOffTheKeyPath(t *testing.T) {
	m, lib := largeFilterModel(t)
	m = press(t, m, "/")
	next, cmd := m.Update(keyMsg("k"))
	m = next.(Model)
	if cmd == nil || len(m.list.visible) != lib.Len() {
		t.Fatalf("k over %d stories: the list changed to %d before the filter ran", lib.Len(), len(m.list.visible))
	}
	assertContains(t, "the filter line", screen(m), "/k", "counting…")
	var result filterResultMsg
	for _, msg := range runCmd(t, cmd) {
		if r, ok := msg.(filterResultMsg); ok {
			result = r
		}
	}
	if result.query != "k" {
		t.Fatalf("the key's command brought %+v; want the result for k", result)
	}
	// A second key before the result arrives: the result for k is kept,
	// not shown.
	next, cmd2 := m.Update(keyMsg("h"))
	m = next.(Model)
	next, _ = m.Update(result)
	m = next.(Model)
	if len(m.list.visible) != lib.Len() {
		t.Errorf("the result for k showed under /kh: %d stories", len(m.list.visible))
	}
	assertContains(t, "the list under /kh", screen(m), "counting…")
	m = drain(t, m, cmd2)
	want := scanStories("kh", scanTexts(t, lib))
	if !slices.Equal(m.list.visible, want) {
		t.Errorf("/kh lists %d stories, want %d", len(m.list.visible), len(want))
	}
	if b, ok := m.list.selected(); !ok || b.ID != lib.Briefings()[want[0]].ID {
		t.Errorf("/kh selects %v, want the best match first", b)
	}
	s := screen(m)
	assertContains(t, "the list", s, fmt.Sprintf("Stories 1/%d", len(want)))
	if strings.Contains(s, "counting") {
		t.Error("the list still says it is counting after the result showed")
	}
}

// TestFilterTogglesWithoutFilteringAgain: with a query's matches shown
// over a large library, starring only, clearing the filter and typing it
// again show at once from the matches kept: no key works the filter out
// again, and nothing says it is counting.
func TestFilterTogglesWithoutFilteringAgain(t *testing.T) {
	m, lib := largeFilterModel(t)
	m = press(t, m, "/")
	m = typeText(t, m, "goma")
	m = press(t, m, "enter")
	want := scanStories("goma", scanTexts(t, lib))
	if !slices.Equal(m.list.visible, want) {
		t.Fatalf("/goma lists %d stories, want %d", len(m.list.visible), len(want))
	}
	m = press(t, m, "s") // star the best match
	jobs := m.list.texts.gen.Load()
	for _, k := range []string{"S", "S"} {
		next, cmd := m.Update(keyMsg(k))
		m = next.(Model)
		if cmd != nil {
			for _, msg := range runCmd(t, cmd) {
				if _, ok := msg.(filterResultMsg); ok {
					t.Errorf("%s filtered the library again", k)
				}
			}
		}
		if strings.Contains(screen(m), "counting") {
			t.Errorf("after %s the list says it is counting", k)
		}
	}
	if len(m.list.visible) != len(want) {
		t.Errorf("after S twice the list shows %d stories, want %d", len(m.list.visible), len(want))
	}
	m = press(t, m, "esc") // clears the filter
	if len(m.list.visible) != lib.Len() {
		t.Errorf("esc shows %d stories, want all %d", len(m.list.visible), lib.Len())
	}
	m = press(t, m, "/")
	m = typeText(t, m, "goma")
	if got := m.list.texts.gen.Load(); got != jobs {
		t.Errorf("toggling and typing the query again ran %d filter jobs; its result was kept", got-jobs)
	}
	if !slices.Equal(m.list.visible, want) {
		t.Errorf("/goma again lists %d stories, want %d", len(m.list.visible), len(want))
	}
}

// TestFilterFollowsALibraryChange: a library change while a query is shown
// keeps the matches still there, saying it is indexing, until the new
// library's index and matches arrive; then the list is what a scan of the
// new library lists.
func TestFilterFollowsALibraryChange(t *testing.T) {
	fsys := librarytest.FS(filterSyncLimit+500, 9)
	lib, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, lib, 120, 40, builtFilters(lib))
	m = press(t, m, "/")
	m = typeText(t, m, "goma")
	m = press(t, m, "enter")
	before := len(m.list.visible)
	fsys["2026-03-01-goma-new.md"] = &fstest.MapFile{ModTime: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
		Data: []byte("---\ntitle: Shelling reaches Goma's airport\npublished: 2026-03-01\n---\nResidents of Goma fled.\n")}
	grown, err := briefing.Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	next, cmd := m.Update(libraryMsg{lib: grown})
	m = next.(Model)
	if len(m.list.visible) != before {
		t.Errorf("the library change showed %d stories before its matches came, want the %d matched before", len(m.list.visible), before)
	}
	assertContains(t, "the list while the new library is indexed", screen(m), "indexing…")
	m = drain(t, m, cmd)
	want := scanStories("goma", scanTexts(t, grown))
	if !slices.Equal(m.list.visible, want) {
		t.Errorf("/goma after the change lists %d stories, want %d", len(m.list.visible), len(want))
	}
	if len(want) != before+1 {
		t.Errorf("the scan lists %d stories after one was added, want %d", len(want), before+1)
	}
	assertNotContains(t, "the list", screen(m), "counting")
}

// TestFilterIndexSharedBySessions: sessions given one FilterIndexes (as
// the SSH server gives its sessions) share the library's word index, each
// with results of its own.
func TestFilterIndexSharedBySessions(t *testing.T) {
	lib := fixtureLibrary(t)
	filters := NewFilterIndexes()
	shared := func(o *Options) { o.Filters = filters }
	a, b := newTestModel(t, lib, 120, 40, shared), newTestModel(t, lib, 120, 40, shared)
	if a.list.texts == nil || b.list.texts == nil || a.list.texts.libraryWords != b.list.texts.libraryWords {
		t.Fatal("two sessions of one library built two word indexes")
	}
	a = typeText(t, press(t, a, "/"), "sahel")
	if b.list.query != "" || len(b.list.visible) != lib.Len() {
		t.Errorf("filtering in one session changed the other's list to %d stories", len(b.list.visible))
	}
	if len(a.list.visible) == 0 || len(a.list.visible) == lib.Len() {
		t.Errorf("/sahel lists %d of %d stories", len(a.list.visible), lib.Len())
	}
}

// TestFilterIndexGrowsWithALibraryReadInParts: a library that only grows,
// as one read in parts does (each part shares the briefings of the one
// before), is indexed a part at a time from the index before, and the
// filter lists what a scan of the whole lists.
func TestFilterIndexGrowsWithALibraryReadInParts(t *testing.T) {
	all := librarytest.FS(1500, 11)
	whole, err := briefing.Load(all)
	if err != nil {
		t.Fatal(err)
	}
	var stored []briefing.StoredHeader
	for _, b := range whole.Briefings() {
		stored = append(stored, briefing.StoredHeader{Briefing: b})
	}
	filters := NewFilterIndexes()
	var lib *briefing.Library
	for _, n := range []int{100, 400, 1500} {
		lib = briefing.FromStored(all, stored[:n])
		filters.of(lib)
	}
	lw := filters.of(lib)
	if n := lw.words.Segments(); n != 3 {
		t.Errorf("the index read in three parts has %d segments; want the first part's and one per part after", n)
	}
	f, texts := newFilterIndex(lw), scanTexts(t, lib)
	for _, q := range []string{"goma", "displaced kharkiv", "al-shabaab", "e", "sdn"} {
		if got, want := matchesOf(f, q), scanStories(q, texts); !slices.Equal(got, want) {
			t.Fatalf("filter %q lists %d stories %v…; a scan lists %d %v…", q, len(got), head(got), len(want), head(want))
		}
	}
}
