package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
	"sitrep/briefing/extract"
)

func TestLayoutBySize(t *testing.T) {
	lib := fixtureLibrary(t)
	cases := []struct {
		w, h        int
		mode        layoutMode
		wantVisible []string
		wantHidden  []string
	}{
		{200, 60, layoutWide, []string{"Stories", "Reader", "Key figures", "Timeline"}, nil},
		{140, 40, layoutWide, []string{"Stories", "Reader", "Key figures", "Timeline"}, nil},
		{120, 40, layoutMedium, []string{"Stories", "Reader"}, []string{"Key figures", "Timeline"}},
		{100, 30, layoutMedium, []string{"Stories", "Reader"}, []string{"Key figures"}},
		{80, 24, layoutNarrow, []string{"Stories"}, []string{"Reader", "Key figures"}},
		{60, 16, layoutNarrow, []string{"Stories"}, []string{"Reader"}},
		{59, 24, layoutTooSmall, []string{"Terminal too small", "60×16"}, []string{"Stories"}},
		{80, 15, layoutTooSmall, []string{"Terminal too small"}, []string{"Stories"}},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%dx%d", c.w, c.h), func(t *testing.T) {
			m := newTestModel(t, lib, c.w, c.h)
			if m.layout.Mode != c.mode {
				t.Errorf("layout = %v, want %v", m.layout.Mode, c.mode)
			}
			s := screen(m)
			assertContains(t, "screen", s, c.wantVisible...)
			assertNotContains(t, "screen", s, c.wantHidden...)
			lines := strings.Split(s, "\n")
			if len(lines) != c.h {
				t.Errorf("screen has %d lines, want %d", len(lines), c.h)
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w != c.w {
					t.Fatalf("line %d is %d cells wide, want %d: %q", i, w, c.w, l)
				}
			}
			if c.mode != layoutTooSmall {
				assertContains(t, "status bar", lines[c.h-2], "1/4", "4 unread")
			}
		})
	}
}

func TestMediumLayoutShowsPanelsInPlaceOfList(t *testing.T) {
	m := newTestModel(t, fixtureLibrary(t), 120, 40)
	m = press(t, m, "f")
	s := screen(m)
	assertContains(t, "medium layout after f", s, "Key figures", "Timeline", "Reader")
	assertNotContains(t, "medium layout after f", s, "Stories")
	m = press(t, m, "f")
	assertContains(t, "medium layout after f again", screen(m), "Stories")
}

func TestFocusRouting(t *testing.T) {
	lib := fixtureLibrary(t)
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, lib, size[0], size[1])
			order := []paneID{readerID, figuresID, timelineID, listID}
			for _, want := range order {
				m = press(t, m, "tab")
				if m.focus != want {
					t.Fatalf("tab: focus = %v, want %v", m.focus, want)
				}
				assertContains(t, "status bar", screenLines(m)[size[1]-2], " "+m.entry(want).name+" ")
			}
			for _, want := range []paneID{timelineID, figuresID, readerID, listID} {
				m = press(t, m, "shift+tab")
				if m.focus != want {
					t.Fatalf("shift+tab: focus = %v, want %v", m.focus, want)
				}
			}
			// j goes to the focused pane only.
			m = press(t, m, "j")
			if m.list.cursor != 1 || m.reader.scroll.offset != 0 {
				t.Errorf("j in the list: cursor %d, reader offset %d; want 1 and 0", m.list.cursor, m.reader.scroll.offset)
			}
			m = press(t, m, "k", "tab", "j", "j")
			if m.list.cursor != 0 || m.reader.scroll.offset != 2 {
				t.Errorf("j in the reader: cursor %d, reader offset %d; want 0 and 2", m.list.cursor, m.reader.scroll.offset)
			}
		})
	}
}

func TestNextStoryFromEachPaneKeepsThePane(t *testing.T) {
	lib := fixtureLibrary(t)
	all := lib.Briefings()
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		for _, p := range []paneID{listID, readerID, figuresID, timelineID} {
			for _, next := range []string{"J", "]"} {
				t.Run(fmt.Sprintf("%dx%d/%v/%s", size[0], size[1], p, next), func(t *testing.T) {
					m := newTestModel(t, lib, size[0], size[1])
					m = drain(t, m, m.setFocus(p))
					m = press(t, m, next)
					if m.current != all[1].ID || m.focus != p {
						t.Fatalf("%s from %v: story %s, focus %v; want %s, %v", next, p, m.current, m.focus, all[1].ID, p)
					}
					if p == readerID || size[0] >= wideWidth {
						assertContains(t, "reader after "+next, screen(m), all[1].Title)
					}
					prev := map[string]string{"J": "K", "]": "["}[next]
					m = press(t, m, prev)
					if m.current != all[0].ID || m.focus != p {
						t.Fatalf("%s back: story %s, focus %v", prev, m.current, m.focus)
					}
				})
			}
		}
	}
}

func TestNextStoryMarksReadOnlyWhenReading(t *testing.T) {
	lib := fixtureLibrary(t)
	all := lib.Briefings()
	m := newTestModel(t, lib, 200, 60)
	m = press(t, m, "J")
	if m.state.IsRead(all[1].ID) {
		t.Error("J in the list should not mark the story read")
	}
	m = press(t, m, "enter", "J")
	for _, b := range all[1:3] {
		if !m.state.IsRead(b.ID) {
			t.Errorf("%s should be read after opening it", b.ID)
		}
	}
	if m.unread != len(all)-2 {
		t.Errorf("unread = %d, want %d", m.unread, len(all)-2)
	}
	assertContains(t, "status bar", screen(m), fmt.Sprintf("%d unread", len(all)-2))
}

func TestFilterTypingDoesNotTriggerCommands(t *testing.T) {
	lib := fixtureLibrary(t)
	m := newTestModel(t, lib, 120, 40)
	before := m.state.Snapshot()
	m = press(t, m, "/")
	// Every letter here is also a command: quit, star, read, figures, next…
	for _, r := range "qsuftJKyr?!S" {
		next, cmd := m.Update(keyMsg(string(r)))
		m = next.(Model)
		for _, msg := range runCmd(t, cmd) {
			if _, ok := msg.(tea.QuitMsg); ok {
				t.Fatalf("typing %q into the filter quit the reader", r)
			}
		}
	}
	if !m.list.filtering || m.list.query != "qsuftJKyr?!S" {
		t.Fatalf("filter = %q (typing %v), want all letters typed", m.list.query, m.list.filtering)
	}
	if m.focus != listID || m.overlay != "" || m.list.starredOnly {
		t.Errorf("typing in the filter changed focus %v / overlay %v / starred-only %v", m.focus, m.overlay, m.list.starredOnly)
	}
	if after := m.state.Snapshot(); !reflect.DeepEqual(before, after) {
		t.Errorf("typing in the filter changed reading state: %v", after)
	}
	assertContains(t, "list", screen(m), "No story matches")
	m = press(t, m, "esc")
	if m.list.filtering || m.list.query != "" || len(m.list.visible) != lib.Len() {
		t.Errorf("esc should cancel the filter and show every story")
	}
}

func TestFilterFindsByEachField(t *testing.T) {
	lib := fixtureLibrary(t)
	cases := []struct{ query, wantTitle string }{
		{"market", "Shelling of coastal market kills dozens"},
		{"sahel", "Border talks resume in the capital"},
		{"niger", "Border talks resume in the capital"},
		{"diplomacy", "Border talks resume in the capital"},
		{"trucks food", "Aid convoy reaches besieged town"},
		{"burkina", "Background to the northern insurgency"},
	}
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			m := newTestModel(t, lib, 120, 40)
			m = press(t, m, "/")
			m = typeText(t, m, c.query)
			m = press(t, m, "enter")
			b, ok := m.list.selected()
			if !ok || b.Title != c.wantTitle {
				t.Fatalf("filter %q selects %v, want %q", c.query, b, c.wantTitle)
			}
			assertContains(t, "list", screen(m), "/"+c.query)
			// Keys work again once the filter is applied.
			m = press(t, m, "enter")
			if m.focus != readerID {
				t.Errorf("enter after the filter should open the story")
			}
			m = press(t, m, "esc", "esc")
			if m.list.query != "" {
				t.Errorf("esc in the list should clear the applied filter")
			}
		})
	}
}

func TestPasteGoesToTheFilterOnly(t *testing.T) {
	m := newTestModel(t, fixtureLibrary(t), 120, 40)
	next, _ := m.Update(tea.PasteMsg{Content: "qqq"})
	if m = next.(Model); m.list.query != "" || m.quitting {
		t.Fatal("a paste outside an input should do nothing")
	}
	m = press(t, m, "/")
	next, cmd := m.Update(tea.PasteMsg{Content: "Sahel"})
	m = drain(t, next.(Model), cmd)
	if b, ok := m.list.selected(); m.list.query != "Sahel" || !ok || b.Region != "Sahel" {
		t.Errorf("pasting into the filter: query %q", m.list.query)
	}
}

func TestSearchTypingDoesNotTriggerCommands(t *testing.T) {
	m := newTestModel(t, fixtureLibrary(t), 80, 24)
	m = press(t, m, "enter", "/")
	m = typeText(t, m, "qJ")
	if m.current != m.list.all[0].ID || m.reader.query != "qJ" {
		t.Fatalf("typing into the search moved the story or lost letters: %q", m.reader.query)
	}
	m = press(t, m, "esc")
	if m.reader.searching || m.reader.query != "" || m.focus != readerID {
		t.Errorf("esc should cancel the search and stay in the reader")
	}
}

func TestSearchWithinBriefing(t *testing.T) {
	m := newTestModel(t, fixtureLibrary(t), 80, 24)
	m = press(t, m, "enter", "/")
	m = typeText(t, m, "closing paragraph")
	m = press(t, m, "enter")
	if len(m.reader.matches) != 10 {
		t.Fatalf("found %d matches, want 10", len(m.reader.matches))
	}
	first := m.reader.scroll.offset
	assertContains(t, "reader", screen(m), "1/10", "Closing paragraph 1 ")
	m = press(t, m, "n", "n")
	if m.reader.current != 2 {
		t.Errorf("n n: current match %d, want 2", m.reader.current)
	}
	assertContains(t, "reader", screen(m), "3/10")
	m = press(t, m, "N", "N", "N")
	if m.reader.current != 9 {
		t.Errorf("N wraps to the last match: current %d, want 9", m.reader.current)
	}
	if m.reader.scroll.offset <= first-1 && m.reader.scroll.offset != first {
		t.Errorf("the reader should scroll to the match")
	}
	// The current match is drawn reversed, the others highlighted.
	view := paneText(m.reader)
	if !strings.Contains(view, "\x1b[") {
		t.Error("matches should be highlighted")
	}
	m = press(t, m, "esc")
	if m.reader.query != "" || len(m.reader.matches) != 0 {
		t.Errorf("esc should clear the search")
	}
	m = press(t, m, "esc")
	if m.focus != listID {
		t.Errorf("a second esc should go back to the list")
	}
}

// deepFigure is the figure deep in the long fixture briefing, located in
// its body the way the extractor reports it.
func deepFigure(t *testing.T, lib *briefing.Library, id string) extract.Figure {
	t.Helper()
	body, err := lib.Body(id)
	if err != nil {
		t.Fatal(err)
	}
	sentence := "Hospital officials said that at least 48 people were killed in the shelling of the market on Tuesday, and dozens more were wounded."
	s := strings.Index(body, sentence)
	f := strings.Index(body, "at least 48 people")
	if s < 0 || f < 0 {
		t.Fatal("fixture lost its sentence")
	}
	v := 48.0
	return extract.Figure{
		Text: "at least 48 people", Start: f, End: f + len("at least 48 people"), Value: 48, Min: &v,
		Qualifier: "at least", Change: ">", Unit: "people", Category: extract.Casualties, Role: extract.RoleKilled, Key: true,
		Sentence: sentence, SentenceStart: s, SentenceEnd: s + len(sentence),
	}
}

func TestJumpToFigureScrollsToItsLine(t *testing.T) {
	lib := fixtureLibrary(t)
	id := lib.Briefings()[0].ID
	fig := deepFigure(t, lib, id)
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, lib, size[0], size[1])
			body, _ := lib.Body(id)
			next, _ := m.Update(detailsMsg{ID: id, Body: body, Figures: []extract.Figure{fig}})
			m = next.(Model)
			assertContains(t, "figures panel", ansi.Strip(paneText(m.pane(figuresID))), "CASUALTIES", "≥48", "people killed")
			m = press(t, m, "f", "enter")
			if size[0] < mediumWidth && m.focus != readerID {
				t.Errorf("narrow: the jump should show the reader")
			}
			// The highlighted span is on screen and holds the figure.
			r := m.reader
			if len(r.highlight) == 0 {
				t.Fatal("nothing highlighted after the jump")
			}
			spanLine := -1
			if len(r.highlight) < 2 && size[0] < 120 {
				t.Errorf("the sentence should run over several lines at %d columns", size[0])
			}
			for line, ranges := range r.highlight {
				for _, rg := range ranges {
					if cut := ansi.Cut(r.plain[line], rg.Start, rg.End); strings.TrimSpace(cut) != cut && len(ranges) == 1 {
						t.Errorf("the highlight on line %d takes in margin or padding: %q", line, cut)
					}
					if rg.Style.GetReverse() {
						spanLine = line
						if got := ansi.Cut(r.plain[line], rg.Start, rg.End); !strings.Contains("at least 48 people", strings.TrimSpace(got)) {
							t.Errorf("highlighted span %q is not the figure", got)
						}
					}
				}
			}
			if spanLine < r.scroll.offset || spanLine >= r.scroll.offset+r.bodyHeight() {
				t.Fatalf("span on line %d, screen shows %d..%d", spanLine, r.scroll.offset, r.scroll.offset+r.bodyHeight())
			}
			if !strings.Contains(r.plain[spanLine], "48") {
				t.Errorf("line %d %q should hold the figure", spanLine, r.plain[spanLine])
			}
			if r.scroll.offset == 0 {
				t.Error("the reader did not scroll")
			}
		})
	}
}

func TestJumpWaitsForTheRender(t *testing.T) {
	lib := fixtureLibrary(t)
	id := lib.Briefings()[0].ID
	fig := deepFigure(t, lib, id)
	m := New(lib, Options{Style: "dark", Width: 200, Height: 60})
	m.delays = delays{resize: -1, save: -1, status: -1}
	body, _ := lib.Body(id)
	next, _ := m.Update(detailsMsg{ID: id, Body: body, Figures: []extract.Figure{fig}})
	m = next.(Model)
	next, _ = m.Update(keyMsg("f"))
	m = next.(Model)
	next, cmd := m.Update(keyMsg("enter")) // before any render has come back
	m = next.(Model)
	for _, msg := range runCmd(t, cmd) { // the figures panel asks for the jump
		if jm, ok := msg.(jumpMsg); ok {
			next, _ = m.Update(jm)
			m = next.(Model)
		}
	}
	if m.pendingJump == nil {
		t.Fatal("the jump should wait for the document")
	}
	m = drain(t, m, renderCmd(lib, m.docKeyFor(id), m.render.group))
	if m.pendingJump != nil || len(m.reader.highlight) == 0 || m.reader.scroll.offset == 0 {
		t.Error("the waiting jump was not applied when the document arrived")
	}
}

func TestRenderForAnotherStoryIsDropped(t *testing.T) {
	lib := fixtureLibrary(t)
	all := lib.Briefings()
	m := newTestModel(t, lib, 200, 60)
	far := all[3].ID // not current, not a neighbour
	next, _ := m.Update(renderedMsg{Doc: renderDocument(lib, m.docKeyFor(far), m.render.group)})
	m = next.(Model)
	if m.render.has(m.docKeyFor(far)) {
		t.Error("a render for a story no longer near the screen should be dropped")
	}
	if !m.render.has(m.docKeyFor(all[1].ID)) {
		t.Error("the next story should have been rendered ahead")
	}
	// An old width's render is dropped too.
	key := m.docKeyFor(all[0].ID)
	key.Width += 7
	next, _ = m.Update(renderedMsg{Doc: renderDocument(lib, key, m.render.group)})
	if next.(Model).render.has(key) {
		t.Error("a render for an old width should be dropped")
	}
}

func TestNeighbourIsReadyForJ(t *testing.T) {
	lib := fixtureLibrary(t)
	m := newTestModel(t, lib, 200, 60)
	next, _ := m.Update(keyMsg("J")) // no commands run: it must already be there
	m = next.(Model)
	if m.reader.doc == nil || m.reader.doc.Key.ID != lib.Briefings()[1].ID {
		t.Fatal("J should show the next story at once from the cache")
	}
}

func TestResizeReRendersOnceSettled(t *testing.T) {
	lib := fixtureLibrary(t)
	m := New(lib, Options{Style: "dark", Width: 200, Height: 60})
	m.delays = delays{resize: -1, save: -1, status: -1}
	m = drain(t, m, m.Init())
	m.delays.resize = resizeDebounce
	next, cmd := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	m = next.(Model)
	if m.layout.Mode != layoutMedium {
		t.Fatal("the layout should follow the new size at once")
	}
	next, cmd2 := m.Update(tea.WindowSizeMsg{Width: 130, Height: 40})
	m = next.(Model)
	// The first tick is stale once the second resize came in.
	for _, msg := range runCmd(t, cmd) {
		if _, c := m.Update(msg); c != nil {
			t.Error("a stale resize tick should do nothing")
		}
	}
	m = drain(t, m, cmd2)
	if m.reader.doc == nil || m.reader.doc.Key.Width != m.reader.wrapWidth() {
		t.Error("the settled size should have been rendered")
	}
}

func TestReadStarAndStarredOnly(t *testing.T) {
	lib := fixtureLibrary(t)
	all := lib.Briefings()
	m := newTestModel(t, lib, 80, 24)
	m = press(t, m, "j", "s")
	if !m.state.IsStarred(all[1].ID) {
		t.Fatal("s should star the selected story")
	}
	m = press(t, m, "u")
	if !m.state.IsRead(all[1].ID) || m.unread != len(all)-1 {
		t.Errorf("u should mark the story read (unread %d)", m.unread)
	}
	m = press(t, m, "u")
	if m.state.IsRead(all[1].ID) || m.unread != len(all) {
		t.Errorf("u again should mark it unread (unread %d)", m.unread)
	}
	m = press(t, m, "S")
	if len(m.list.visible) != 1 || m.current != all[1].ID {
		t.Fatalf("S should show only the starred story, shows %d", len(m.list.visible))
	}
	s := screen(m)
	assertContains(t, "starred list", s, "★", all[1].Title[:20], "starred only")
	assertNotContains(t, "starred list", s, all[0].Title[:20])
	m = press(t, m, "S")
	if len(m.list.visible) != len(all) {
		t.Errorf("S again should show every story")
	}
}

func TestStatePersistsAcrossSessions(t *testing.T) {
	lib := fixtureLibrary(t)
	all := lib.Briefings()
	path := filepath.Join(t.TempDir(), "sitrep", "state.json")
	open := func() *briefing.StateStore {
		s, err := briefing.OpenState(path)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	withState := func(s *briefing.StateStore) func(*Options) {
		return func(o *Options) { o.State = s }
	}
	m := newTestModel(t, lib, 80, 24, withState(open()))
	m = press(t, m, "enter", "s", "space", "space", "q")
	pos := m.state.Position(all[0].ID)
	if pos == 0 {
		t.Fatal("paging down should move the position")
	}

	m2 := newTestModel(t, lib, 80, 24, withState(open()))
	st := m2.state.Get(all[0].ID)
	if !st.Read || !st.Starred || st.Position != pos {
		t.Fatalf("after a restart: %+v, want read, starred, position %v", st, pos)
	}
	m2 = press(t, m2, "enter")
	if m2.reader.scroll.offset == 0 {
		t.Error("reopening the story should return to where the analyst left it")
	}
	assertContains(t, "list after restart", screen(press(t, m2, "esc")), "★")
}

func TestCorruptStateIsReportedInStatusBar(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	if err := os.WriteFile(path, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	st, _ := briefing.OpenState(path)
	m := newTestModel(t, fixtureLibrary(t), 120, 40, func(o *Options) { o.State = st })
	assertContains(t, "status bar", screenLines(m)[38], "corrupt")
}

func TestBackgroundAnswerSwitchesStyles(t *testing.T) {
	lib := fixtureLibrary(t)
	m := New(lib, Options{Style: "auto", Width: 120, Height: 40})
	m.delays = delays{resize: -1, save: -1, status: -1}
	if m.Init() == nil || !m.isDark {
		t.Fatal("auto should ask for the background and start dark")
	}
	m = drain(t, m, m.Init())
	light := tea.BackgroundColorMsg{Color: colorWhite{}}
	next, cmd := m.Update(light)
	m = drain(t, next.(Model), cmd)
	if m.isDark || m.styles.IsDark || m.glamourStyle() != "light" {
		t.Fatal("a light background should switch to light styles")
	}
	if m.reader.doc == nil || m.reader.doc.Key.Style != "light" {
		t.Error("the briefing should be rendered again in the light style")
	}
	fixed := New(lib, Options{Style: "dark", GlamourStyle: "dracula", Width: 120, Height: 40})
	next, _ = fixed.Update(light)
	if m := next.(Model); !m.isDark || m.glamourStyle() != "dracula" {
		t.Error("--style dark and GLAMOUR_STYLE should ignore the background answer")
	}
}

type colorWhite struct{}

func (colorWhite) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

func TestCopy(t *testing.T) {
	lib := fixtureLibrary(t)
	id := lib.Briefings()[0].ID
	m := newTestModel(t, lib, 200, 60)
	clip := func(m Model) string {
		_, cmd := m.Update(keyMsg("y"))
		for _, msg := range runCmd(t, cmd) {
			if cm, ok := msg.(copyMsg); ok { // a panel asks for its selection to be copied
				_, c := m.Update(cm)
				msg = runCmd(t, c)[0]
			}
			if strings.Contains(fmt.Sprintf("%T", msg), "Clipboard") {
				return reflect.ValueOf(msg).String()
			}
		}
		t.Fatal("y did not set the clipboard")
		return ""
	}
	if got := clip(m); got != "https://example.org/coast" {
		t.Errorf("y in the list copies %q, want the URL", got)
	}
	body, _ := lib.Body(id)
	next, _ := m.Update(detailsMsg{ID: id, Body: body, Figures: []extract.Figure{deepFigure(t, lib, id)}})
	m = press(t, next.(Model), "f")
	got := clip(m)
	for _, want := range []string{"≥48 people killed", "Hospital officials said", "Shelling of coastal market", "Field report", "https://example.org/coast"} {
		if !strings.Contains(got, want) {
			t.Errorf("copied figure %q lacks %q", got, want)
		}
	}
}

func TestMouse(t *testing.T) {
	lib := fixtureLibrary(t)
	m := newTestModel(t, lib, 200, 60, func(o *Options) { o.Mouse = true })
	if m.View().MouseMode != tea.MouseModeCellMotion {
		t.Error("mouse mode should be on")
	}
	r := m.layout.Reader
	next, cmd := m.Update(tea.MouseWheelMsg{X: r.X + 5, Y: 10, Button: tea.MouseWheelDown})
	m = drain(t, next.(Model), cmd)
	if m.reader.scroll.offset != 3 || m.list.cursor != 0 {
		t.Errorf("wheel over the reader: offset %d, cursor %d", m.reader.scroll.offset, m.list.cursor)
	}
	// Click the third story (title bar, then the lines of each story).
	next, cmd = m.Update(tea.MouseClickMsg{X: 5, Y: 1 + 2*m.list.itemLines(), Button: tea.MouseLeft})
	m = drain(t, next.(Model), cmd)
	if m.list.cursor != 2 || m.current != lib.Briefings()[2].ID {
		t.Errorf("click selects story %d, want 2", m.list.cursor)
	}
	next, cmd = m.Update(tea.MouseClickMsg{X: 5, Y: 1 + 2*m.list.itemLines(), Button: tea.MouseLeft})
	m = drain(t, next.(Model), cmd)
	if m.focus != readerID {
		t.Error("clicking the selected story should open it")
	}
	// Click a figure, then click it again to jump to its sentence.
	id := lib.Briefings()[2].ID
	body, _ := lib.Body(id)
	fig := extract.Figure{Text: "About 40 trucks", Value: 40, Unit: "trucks", Category: extract.Humanitarian,
		Sentence: body[:strings.Index(body, ",")], SentenceStart: 0, SentenceEnd: strings.Index(body, ",")}
	next, _ = m.Update(detailsMsg{ID: id, Body: body, Figures: []extract.Figure{fig}})
	m = next.(Model)
	fr := m.layout.Figures
	for range 2 {
		next, cmd = m.Update(tea.MouseClickMsg{X: fr.X + 3, Y: fr.Y + 2, Button: tea.MouseLeft})
		m = drain(t, next.(Model), cmd)
	}
	if m.focus != figuresID || len(m.reader.highlight) == 0 {
		t.Errorf("clicking the selected figure should jump to its sentence (focus %v)", m.focus)
	}
	off := newTestModel(t, lib, 80, 24)
	if off.View().MouseMode != tea.MouseModeNone {
		t.Error("without Options.Mouse the mouse stays with the terminal")
	}
}

func TestHelpIsGeneratedFromBindings(t *testing.T) {
	m := newTestModel(t, fixtureLibrary(t), 120, 40)
	m = press(t, m, "?")
	s := screen(m)
	for _, b := range []string{"next story", "toggle read", "starred only", "jump to sentence", "filter", "search", "next match", "half page down"} {
		assertContains(t, "help", s, b)
	}
	m = press(t, m, "j", "esc")
	if m.overlay != "" || m.list.cursor != 0 {
		t.Error("help should swallow keys and close on esc")
	}
	// At 80×24 the reference scrolls to show everything.
	small := press(t, newTestModel(t, fixtureLibrary(t), 80, 24), "?")
	assertNotContains(t, "help at 80x24", screen(small), "jump to sentence")
	small = press(t, small, "G")
	assertContains(t, "help at 80x24 after G", screen(small), "jump to sentence", "shift while dragging")
}

func TestProblemsView(t *testing.T) {
	files := fixtureFiles()
	files["broken.md"] = fstestFile{"no front matter here"}.file()
	lib, err := briefing.Load(files)
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, lib, 120, 40)
	assertContains(t, "status bar", screen(m), "1 file skipped (!)")
	m = press(t, m, "!")
	assertContains(t, "problems", screen(m), "broken.md", "front matter")

	// Many problems scroll.
	for i := range 30 {
		files[fmt.Sprintf("broken-%02d.md", i)] = fstestFile{"no front matter here"}.file()
	}
	lib, _ = briefing.Load(files)
	m = press(t, newTestModel(t, lib, 80, 24), "!")
	assertNotContains(t, "problems at 80x24", screen(m), "broken-29.md")
	m = press(t, m, "G", "G", "G")
	assertContains(t, "problems after G", screen(m), "broken-29.md", "j/k scroll")
}

func TestQuitAndForceQuit(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := newTestModel(t, fixtureLibrary(t), 80, 24)
		_, cmd := m.Update(keyMsg(k))
		quit := false
		for _, msg := range runCmd(t, cmd) {
			_, quit = msg.(tea.QuitMsg)
		}
		if !quit {
			t.Errorf("%s should quit", k)
		}
	}
}

func TestReload(t *testing.T) {
	files := fixtureFiles()
	lib, _ := briefing.Load(files)
	load := func() (*briefing.Library, error) {
		files["2025-04-01-new.md"] = fstestFile{"---\ntitle: A new briefing arrives\npublished: 2025-04-01\n---\nBody.\n"}.file()
		return briefing.Load(files)
	}
	m := newTestModel(t, lib, 120, 40, func(o *Options) { o.Load = load })
	m = press(t, m, "j", "r")
	if m.lib.Len() != 5 {
		t.Fatalf("after r the library has %d briefings, want 5", m.lib.Len())
	}
	if m.current != lib.Briefings()[1].ID {
		t.Errorf("reload should keep the selected story, now on %s", m.current)
	}
	assertContains(t, "list after reload", screen(m), "A new briefing arrives", "Reloaded")
}

func TestUnreadableBodyIsShownNotFatal(t *testing.T) {
	files := fixtureFiles()
	lib, err := briefing.Load(files)
	if err != nil {
		t.Fatal(err)
	}
	delete(files, "2025-03-04-coast-shelling.md") // the file goes away after loading
	m := newTestModel(t, lib, 200, 60)
	m = press(t, m, "enter")
	s := screen(m)
	assertContains(t, "reader", s, "Cannot show this briefing", "2025-03-04-coast-shelling.md")
	m = press(t, m, "J")
	assertContains(t, "next story", screen(m), "Delegations from both governments met")
}

func TestUnknownGlamourStyleFallsBackToPlainText(t *testing.T) {
	m := newTestModel(t, fixtureLibrary(t), 120, 40, func(o *Options) { o.GlamourStyle = "/no/such/style.json" })
	m = press(t, m, "enter")
	assertContains(t, "reader", screen(m), "glamour style", "Opening paragraph about the situation")
}

func TestNoColorMarksFocusWithReverseVideo(t *testing.T) {
	m := newTestModel(t, fixtureLibrary(t), 120, 40, func(o *Options) { o.NoColor = true })
	first := strings.Split(m.View().Content, "\n")[0]
	if !strings.Contains(first, "\x1b[7m") && !strings.Contains(first, ";7m") && !strings.Contains(first, "[7;") && !strings.Contains(first, ";7;") {
		t.Errorf("without colour the focused title should be in reverse video: %q", first)
	}
	title, _, _ := strings.Cut(first, "\x1b[m")
	if strings.Contains(title, "38;2;") || strings.Contains(title, "48;2;") {
		t.Errorf("without colour the focused title should need no colour: %q", title)
	}
}
