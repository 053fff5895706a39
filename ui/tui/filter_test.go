package tui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sahilm/fuzzy"

	"sitrep/briefing"
	"sitrep/briefing/librarytest"
)

// scanStories is the filter as a plain scan of every story for every
// query: what the incremental filter must give, key after key.
func scanStories(query string, texts []filterText) []int {
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

func scanScore(t filterText, word string) int {
	best := 0
	if tier, at, _ := findWord(t.meta, word, 0); tier != tierNone {
		best = tier*100000 + 50000 - min(at, 49999)
	}
	if tier, at, _ := findWord(t.body, word, 0); tier != tierNone {
		best = max(best, tier*100000-min(at, 49999))
	}
	return best
}

// filterIndexOf reads the filter's texts of lib, as the reader does.
func filterIndexOf(t testing.TB, lib *briefing.Library) *filterIndex {
	t.Helper()
	msg, ok := filterTextsCmd(lib)().(filterTextsMsg)
	if !ok {
		t.Fatal("filterTextsCmd brought no texts")
	}
	return msg.texts
}

// TestFilterNarrowsAsAScanWould: typed a key at a time, with backspaces,
// new words and typos, the filter that narrows its last result lists the
// same stories in the same order as a scan of every story for the query.
func TestFilterNarrowsAsAScanWould(t *testing.T) {
	lib, err := briefing.Load(librarytest.FS(3000, 5))
	if err != nil {
		t.Fatal(err)
	}
	f := filterIndexOf(t, lib)
	typed := []string{"kharkiv", "displaced goma", "convoys", "al-shabaab", "sudn", "rsf el fash", "zzqx", "2,000", "hospital shortage"}
	var queries []string
	for _, text := range typed {
		for n := 1; n <= len(text); n++ {
			queries = append(queries, text[:n])
		}
		for n := len(text) - 1; n > len(text)/2; n-- { // backspace
			queries = append(queries, text[:n])
		}
	}
	for _, q := range queries {
		want := scanStories(q, f.texts)
		got := f.appendMatches(nil, q)
		if !slices.Equal(got, want) {
			t.Fatalf("filter %q lists %d stories %v…; a scan lists %d %v…", q, len(got), head(got), len(want), head(want))
		}
	}
	if len(f.stages) > maxStages {
		t.Errorf("the filter keeps %d results; at most %d", len(f.stages), maxStages)
	}
}

func head(s []int) []int { return s[:min(len(s), 5)] }

// TestFilterLargeLibraryOffTheKeyPath: over a library too large to filter
// within a key press, a key shows at once and the list follows when the
// result arrives; a result for a query since changed does not show.
func TestFilterLargeLibraryOffTheKeyPath(t *testing.T) {
	lib, err := briefing.Load(librarytest.FS(filterSyncLimit+500, 9))
	if err != nil {
		t.Fatal(err)
	}
	m := press(t, newTestModel(t, lib, 120, 40), "/")
	next, cmd := m.Update(keyMsg("k"))
	m = next.(Model)
	if cmd == nil || len(m.list.visible) != lib.Len() {
		t.Fatalf("k over %d stories: the list changed to %d before the filter ran", lib.Len(), len(m.list.visible))
	}
	assertContains(t, "the filter line", screen(m), "/k")
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
	m = drain(t, m, cmd2)
	want := scanStories("kh", m.list.texts.texts)
	if !slices.Equal(m.list.visible, want) {
		t.Errorf("/kh lists %d stories, want %d", len(m.list.visible), len(want))
	}
	if b, ok := m.list.selected(); !ok || b.ID != lib.Briefings()[want[0]].ID {
		t.Errorf("/kh selects %v, want the best match first", b)
	}
	assertContains(t, "the list", screen(m), fmt.Sprintf("Stories 1/%d", len(want)))
}
