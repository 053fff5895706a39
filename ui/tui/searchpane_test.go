package tui

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"sitrep/briefing"
	"sitrep/briefing/index"
	"sitrep/briefing/indextest"
	"sitrep/content"
)

// samplesIndex is the real SQLite index of the embedded samples, built in
// a temporary directory.
func samplesIndex(t testing.TB) *index.Index {
	t.Helper()
	ix, err := index.Open(filepath.Join(t.TempDir(), "index.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if _, err := ix.Update(context.Background(), content.Briefings(), nil); err != nil {
		t.Fatal(err)
	}
	return ix
}

// samplesLibrary is the embedded samples as the reader loads them.
func samplesLibrary(t testing.TB) *briefing.Library {
	t.Helper()
	lib, err := briefing.Load(content.Briefings())
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// withIndex gives a session the index (opened at once).
func withIndex(ix briefing.Index) func(*Options) {
	return func(o *Options) { o.Index = func() (briefing.Index, error) { return ix, nil } }
}

func TestSearchPaneFindsAndOpensAtTheMatch(t *testing.T) {
	lib := samplesLibrary(t)
	m := newTestModel(t, lib, 120, 40, withIndex(samplesIndex(t)))
	m = press(t, m, "\\")
	if m.overlay != searchID {
		t.Fatalf("\\ opened %q, want the search", m.overlay)
	}
	m = typeText(t, m, "Tawila q")
	m = press(t, m, "backspace", "backspace", "enter")
	s := screen(m)
	assertContains(t, "results", s, "search: Tawila", "1 briefing matches", "Zamzam")
	sudan, _ := lib.Get(indextest.Sudan)
	lines := screenLines(m)
	var firstTitle string
	for _, l := range lines {
		if strings.HasPrefix(l, "▌ ") {
			firstTitle = l
			break
		}
	}
	if !strings.Contains(firstTitle, sudan.Title[:20]) {
		t.Errorf("first result %q, want the Sudan briefing %q", firstTitle, sudan.Title)
	}
	m = press(t, m, "enter")
	if m.overlay != "" || m.focus != readerID || m.current != indextest.Sudan {
		t.Fatalf("enter: overlay %q, focus %q, current %q; want the reader on %s", m.overlay, m.focus, m.current, indextest.Sudan)
	}
	if m.reader.highlight == nil {
		t.Error("the reader did not jump to the match (no highlighted sentence)")
	}
	if m.statusErr {
		t.Errorf("status: %q", m.status)
	}
	assertContains(t, "reader at the match", screen(m), "Tawila")
}

// TestSearchPaneOpensAHiddenBriefing: a result the list's filter hides
// is shown all the same (the filter is cleared).
func TestSearchPaneOpensAHiddenBriefing(t *testing.T) {
	lib := samplesLibrary(t)
	m := newTestModel(t, lib, 120, 40, withIndex(samplesIndex(t)))
	m = press(t, m, "/")
	m = typeText(t, m, "goma")
	m = press(t, m, "enter", "\\")
	m = typeText(t, m, `"Gran Grif"`)
	m = press(t, m, "enter", "enter")
	if m.current != indextest.Haiti && m.current != indextest.Kenya {
		t.Fatalf("current %q, want a Haiti briefing", m.current)
	}
	if m.list.query != "" {
		t.Errorf("the list's filter %q still hides the briefing", m.list.query)
	}
}

func TestSearchPaneStates(t *testing.T) {
	ix := samplesIndex(t)
	tests := []struct {
		name  string
		given bool
		index *indexMsg
		query string
		want  []string
	}{
		{"no index in this session", false, nil, "tawila", []string{"this session has none", "sitrep search"}},
		{"index still opening", true, nil, "tawila", []string{"Indexing the library…"}},
		{"index failed", true, &indexMsg{err: errors.New("disk full")}, "tawila", []string{"could not be opened: disk full"}},
		{"bad query", true, &indexMsg{ix: ix}, "role:bogus", []string{"query:"}},
		{"no match", true, &indexMsg{ix: ix}, "xyzzyplugh", []string{"No briefing matches."}},
		{"empty", true, &indexMsg{ix: ix}, "", []string{"Type a query and press enter"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newSearchPane(new(NewStyles(true).withoutColor()), tt.given)
			p.SetSize(80, 20)
			p.SetFocused(true)
			if tt.index != nil {
				p.Update(*tt.index)
			}
			for _, r := range tt.query {
				p.Update(keyMsg(string(r)))
			}
			if cmd := p.Update(keyMsg("enter")); cmd != nil {
				for _, msg := range runCmd(t, cmd) {
					p.Update(msg)
				}
			}
			view := p.View()
			if len(view) != 20 {
				t.Fatalf("view has %d lines, want 20", len(view))
			}
			assertContains(t, tt.name, paneText(p), tt.want...)
		})
	}
}

// TestSearchPaneRunsWhenTheIndexArrives: a query typed while the index
// opens runs as soon as it is there.
func TestSearchPaneRunsWhenTheIndexArrives(t *testing.T) {
	p := newSearchPane(new(NewStyles(true).withoutColor()), true)
	p.SetSize(80, 20)
	p.SetFocused(true)
	for _, r := range "tawila" {
		p.Update(keyMsg(string(r)))
	}
	p.Update(keyMsg("enter"))
	assertContains(t, "before", paneText(p), "Indexing the library…")
	cmd := p.Update(indexMsg{ix: samplesIndex(t)})
	if cmd == nil {
		t.Fatal("the index arrived and no search ran")
	}
	for _, msg := range runCmd(t, cmd) {
		p.Update(msg)
	}
	assertContains(t, "after", paneText(p), "1 briefing matches", "Zamzam")
}

// TestSearchPaneTypingIsText: letters typed into the query are text, not
// the reader's commands (q does not quit, esc stops typing, a second esc
// closes).
func TestSearchPaneTypingIsText(t *testing.T) {
	m := newTestModel(t, samplesLibrary(t), 80, 24, withIndex(samplesIndex(t)))
	m = press(t, m, "\\")
	m = typeText(t, m, "q?!\\")
	if m.quitting || m.overlay != searchID {
		t.Fatalf("typing closed the search (overlay %q, quitting %v)", m.overlay, m.quitting)
	}
	assertContains(t, "query line", screen(m), `q?!\`)
	m = press(t, m, "esc")
	if m.overlay != searchID {
		t.Fatal("the first esc closed the search; it should stop typing")
	}
	m = press(t, m, "esc")
	if m.overlay != "" {
		t.Fatal("the second esc did not close the search")
	}
}

func TestWrapHighlighted(t *testing.T) {
	mark := func(s ...string) string { return "[" + strings.Join(s, "") + "]" }
	tests := []struct {
		s     string
		spans []briefing.Span
		width int
		want  []string
	}{
		{"fled to Tawila, where", []briefing.Span{{Start: 8, End: 14}}, 40, []string{"fled to [Tawila], where"}},
		{"the Gran Grif gang", []briefing.Span{{Start: 4, End: 13}}, 40, []string{"the [Gran] [Grif] gang"}},
		{"one two three four", []briefing.Span{{Start: 4, End: 7}}, 9, []string{"one [two]", "three", "four"}},
		{"bad span", []briefing.Span{{Start: 5, End: 99}}, 40, []string{"bad span"}},
		{"esc\x1b[31m red", nil, 40, []string{"esc red"}},
	}
	for _, tt := range tests {
		got := wrapHighlighted(tt.s, tt.spans, tt.width, mark)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("wrapHighlighted(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestSearchGoldens(t *testing.T) {
	lib := samplesLibrary(t)
	ix := samplesIndex(t)
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		name := "search-" + itoa(size[0]) + "x" + itoa(size[1]) + "-nocolor"
		t.Run(name, func(t *testing.T) {
			m := newTestModel(t, lib, size[0], size[1], withIndex(ix), func(o *Options) { o.NoColor = true })
			m = press(t, m, "\\")
			m = typeText(t, m, "haiti")
			m = press(t, m, "enter", "j")
			checkGolden(t, name, asciiScreen(t, m))
		})
	}
}
