package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
	"sitrep/briefing/extract"
	"sitrep/content"
)

// These tests are what a new user trips over in the first hour (issue 14).

// TestFooterAlwaysShowsHelpAndQuit: at every width the short help ends
// with ? and q, and what does not fit is dropped whole, never cut mid-word.
func TestFooterAlwaysShowsHelpAndQuit(t *testing.T) {
	lib := fixtureLibrary(t)
	m0 := newTestModel(t, lib, 80, 24)
	known := map[string]bool{"…": true}
	for _, e := range m0.panes {
		for _, b := range e.pane.Keys().ShortHelp() {
			known[b.Help().Key+" "+b.Help().Desc] = true
		}
	}
	for _, b := range m0.keys.ShortHelp() {
		known[b.Help().Key+" "+b.Help().Desc] = true
	}
	for _, w := range []int{60, 72, 80, 100, 119, 120, 140, 200} {
		for _, keys := range [][]string{nil, {"enter"}, {"f"}, {"t"}} {
			t.Run(fmt.Sprintf("%d-%v", w, keys), func(t *testing.T) {
				m := press(t, newTestModel(t, lib, w, 24), keys...)
				lines := screenLines(m)
				footer := strings.TrimSpace(lines[len(lines)-1])
				if !strings.HasSuffix(footer, "? help • q quit") {
					t.Errorf("the footer should end with ? and q:\n%q", footer)
				}
				for _, item := range strings.Split(footer, " • ") {
					if !known[item] {
						t.Errorf("the footer has %q, not a whole key:\n%q", item, footer)
					}
				}
			})
		}
	}
}

// TestSearchStartsFromWhereTheReaderIs: / searches forward from the line
// on top, wraps with a notice as less and vim do, and esc or no match puts
// the reader back where it was.
func TestSearchStartsFromWhereTheReaderIs(t *testing.T) {
	lib := fixtureLibrary(t)
	open := func(t *testing.T, keys ...string) (Model, int) {
		m := press(t, newTestModel(t, lib, 80, 24), "enter")
		m = press(t, m, keys...)
		return m, m.reader.scroll.offset
	}
	t.Run("forward from the middle", func(t *testing.T) {
		m, from := open(t, "space", "space", "space")
		m = press(t, m, "/")
		m = typeText(t, m, "paragraph 2")
		if got := m.reader.matches[m.reader.current].line; got < from {
			t.Errorf("the search went back to line %d, above the top line %d", got, from)
		}
		assertNotContains(t, "status", screen(m), "wrapped to the top")
	})
	t.Run("wraps with a notice", func(t *testing.T) {
		m, _ := open(t, "G")
		m = press(t, m, "/")
		m = typeText(t, m, "opening")
		assertContains(t, "screen", screen(m), "Opening paragraph", "wrapped to the top")
	})
	t.Run("no match puts the reader back", func(t *testing.T) {
		m, from := open(t, "G")
		m = press(t, m, "/")
		m = typeText(t, m, "zzq")
		if got := m.reader.scroll.offset; got != from {
			t.Errorf("after no match the reader is at line %d, want %d where it was", got, from)
		}
		m = press(t, m, "enter")
		if got := m.reader.scroll.offset; got != from {
			t.Errorf("after enter on no match the reader is at line %d, want %d", got, from)
		}
	})
	t.Run("esc puts the reader back", func(t *testing.T) {
		m, from := open(t, "space", "space")
		m = press(t, m, "/")
		m = typeText(t, m, "closing")
		if m.reader.scroll.offset == from {
			t.Fatal("the search should have moved the reader")
		}
		m = press(t, m, "esc")
		if got := m.reader.scroll.offset; got != from {
			t.Errorf("after esc the reader is at line %d, want %d", got, from)
		}
	})
	t.Run("n wraps with a notice", func(t *testing.T) {
		m, _ := open(t, "/")
		m = typeText(t, m, "closing paragraph 1")
		m = press(t, m, "enter", "n", "n")
		assertContains(t, "screen", screen(m), "wrapped to the top")
	})
}

// TestThroughIsTheReadingPosition: "N% through" is where the analyst is in
// the story; a story never opened, or one that fits on the screen, has none.
func TestThroughIsTheReadingPosition(t *testing.T) {
	lib := fixtureLibrary(t)
	status := func(m Model) string {
		lines := screenLines(m)
		return lines[len(lines)-2]
	}
	cases := []struct {
		name string
		keys []string
		want string // "" for no position at all
	}{
		{"never opened", nil, ""},
		{"opened at the top", []string{"enter"}, "0% through"},
		{"at the bottom", []string{"enter", "G"}, "100% through"},
		{"back in the list", []string{"enter", "G", "esc"}, "100% through"},
		{"a story that fits", []string{"J", "enter"}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := press(t, newTestModel(t, lib, 120, 40), c.keys...)
			s := status(m)
			if c.want == "" {
				if strings.Contains(s, "%") {
					t.Errorf("the status shows a position: %q", s)
				}
				return
			}
			if !strings.Contains(s, c.want) {
				t.Errorf("the status should show %q: %q", c.want, s)
			}
		})
	}
}

// TestFilterMatchesWordsFirstAndBodies: the list filter finds words and
// word prefixes first, in the body too, falls back to letters in order
// only when nothing has the word, and marks what matched.
func TestFilterMatchesWordsFirstAndBodies(t *testing.T) {
	lib, err := briefing.Load(content.Briefings())
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		query     string
		first     string // a word of the first story's title
		onlyFirst bool   // no other story matches
	}{
		{"Tawila", "Zamzam", true}, // named only in the Sudan body
		{"gza", "Gaza", false},     // a typo: Gaza above Kuriga
		{"kuri", "Kuriga", false},  // a word prefix
		{"haiti police", "Kenya", false},
	}
	for _, c := range cases {
		t.Run(c.query, func(t *testing.T) {
			m := press(t, newTestModel(t, lib, 120, 40), "/")
			m = typeText(t, m, c.query)
			m = press(t, m, "enter")
			b, ok := m.list.selected()
			if !ok || !strings.Contains(b.Title, c.first) {
				t.Fatalf("/%s selects %v first, want the story with %q", c.query, b, c.first)
			}
			if c.onlyFirst && len(m.list.visible) != 1 {
				t.Errorf("/%s matches %d stories, want only the one", c.query, len(m.list.visible))
			}
		})
	}
	t.Run("marks the matched characters", func(t *testing.T) {
		st := NewStyles(true)
		got := filterHighlights("Kenya to send police to Haiti", "hai pol", st.FilterMatch)
		var cells [][2]int
		for _, r := range got {
			cells = append(cells, [2]int{r.Start, r.End})
		}
		want := [][2]int{{14, 17}, {24, 27}}
		if fmt.Sprint(cells) != fmt.Sprint(want) {
			t.Errorf("highlights %v, want %v", cells, want)
		}
		m := press(t, newTestModel(t, lib, 120, 40), "/")
		m = typeText(t, m, "gaza")
		if !regexp.MustCompile(`\x1b\[([0-9;]*;)?4[;m]`).MatchString(m.View().Content) {
			t.Error("the list should underline what the filter matched")
		}
	})
}

// TestStarAndUnreadBothShow: a starred unread story shows both marks.
func TestStarAndUnreadBothShow(t *testing.T) {
	lib := fixtureLibrary(t)
	cases := []struct {
		keys []string
		want string
	}{
		{nil, "•  Shelling"},
		{[]string{"s"}, "•★ Shelling"},
		{[]string{"s", "u"}, " ★ Shelling"},
	}
	for _, c := range cases {
		got := screen(press(t, newTestModel(t, lib, 80, 24), c.keys...))
		assertContains(t, fmt.Sprint("the list after ", c.keys), got, c.want)
	}
}

// TestNextUnreadAndMarkAllRead: U goes to the next unread story from any
// pane, A marks every story shown read and z undoes it.
func TestNextUnreadAndMarkAllRead(t *testing.T) {
	lib := fixtureLibrary(t)
	m := press(t, newTestModel(t, lib, 120, 40), "enter", "f") // read the first story, focus the figures
	m = press(t, m, "U")
	if b, _ := m.list.selected(); b.ID != "2025-02-01-border-talks" {
		t.Errorf("U selects %s, want the next unread story", b.ID)
	}
	if m.focus != figuresID {
		t.Errorf("U moved the focus to %s; it should stay in the pane", m.focus)
	}
	m = press(t, m, "A")
	assertContains(t, "after A", screen(m), "0 unread", "z undoes")
	m = press(t, m, "U")
	assertContains(t, "U with nothing unread", screen(m), "No unread stories")
	m = press(t, m, "z")
	// The first story was read before A; the rest are unread again.
	assertContains(t, "after z", screen(m), "3 unread")
	if !m.state.IsRead("2025-03-04-coast-shelling") {
		t.Error("z should only undo what A marked")
	}
	m = press(t, m, "g") // figures: harmless; go back to the list's top story
	m = press(t, m, "esc")
	m = press(t, m, "K", "K", "K", "U")
	if b, _ := m.list.selected(); b.ID == "2025-03-04-coast-shelling" {
		t.Error("U should skip the read story")
	}
}

// TestOpenURL: o opens the briefing's URL where there is a browser; over
// SSH (no browser) it says so and offers y.
func TestOpenURL(t *testing.T) {
	lib := fixtureLibrary(t)
	var opened []string
	local := newTestModel(t, lib, 120, 40, func(o *Options) {
		o.OpenURL = func(u string) error { opened = append(opened, u); return nil }
	})
	press(t, local, "o")
	if fmt.Sprint(opened) != "[https://example.org/coast]" {
		t.Errorf("o opened %v, want the briefing's URL", opened)
	}
	remote := press(t, newTestModel(t, lib, 120, 40), "o")
	assertContains(t, "o over SSH", screen(remote), "SSH session): y copies the URL")
	for raw, ok := range map[string]bool{
		"https://example.org/a": true, "http://x.test/": true, "file:///etc/passwd": false,
		"javascript:alert(1)": false, "https://a.test/\x1b[2J": false, "-https://x": false,
	} {
		if got := checkWebURL(raw) == nil; got != ok {
			t.Errorf("checkWebURL(%q) accepts=%v, want %v", raw, got, ok)
		}
	}
}

// TestHelpListsFocusedPaneFirst: ? shows the keys of the pane in focus
// first, then the global ones.
func TestHelpListsFocusedPaneFirst(t *testing.T) {
	lib := fixtureLibrary(t)
	for _, c := range []struct {
		keys  []string
		title string
	}{{nil, "Story list (in focus)"}, {[]string{"enter"}, "Reader (in focus)"}, {[]string{"t"}, "(in focus)"}} {
		m := press(t, newTestModel(t, lib, 120, 40), c.keys...)
		s := screen(press(t, m, "?"))
		first, global := strings.Index(s, c.title), strings.Index(s, "Everywhere")
		if first < 0 || global < 0 || first > global {
			t.Errorf("after %v the help should list %q before the global keys:\n%s", c.keys, c.title, s)
		}
	}
}

// TestTimelineUsesFreeRowsAndCutsAtAClause: an event takes the rows the
// panel has free; when they run out it is cut at a clause, and never down
// to a lone word with an ellipsis.
func TestTimelineUsesFreeRowsAndCutsAtAClause(t *testing.T) {
	body := "On 16 April its fighters overran Adan Yabaal, a town in Middle Shabelle about 220 km north of the capital, and held it for a week."
	entry := func(date string) extract.TimelineEntry {
		return extract.TimelineEntry{Value: date, Text: "16 April", Event: "Its fighters overran Adan Yabaal, a town in Middle Shabelle about 220 km north of the capital, and held it for a week",
			SentenceStart: 0, SentenceEnd: len(body)}
	}
	show := func(h, n int) []string {
		tl := newTimelinePane(new(NewStyles(true)))
		tl.SetSize(44, h)
		tl.Update(storyMsg{briefing: &briefing.Briefing{ID: "x"}})
		var entries []extract.TimelineEntry
		for i := range n {
			entries = append(entries, entry(fmt.Sprintf("2025-04-%02d", 10+i)))
		}
		tl.Update(detailsMsg{ID: "x", Body: body, Timeline: entries})
		return strings.Split(ansi.Strip(paneText(tl)), "\n")
	}
	roomy := strings.Join(show(30, 1), " ")
	if !strings.Contains(strings.Join(strings.Fields(roomy), " "), "held it for a week") {
		t.Errorf("with free rows the whole event should show:\n%s", roomy)
	}
	for _, l := range show(16, 5) {
		l = strings.TrimSpace(l)
		if strings.HasSuffix(l, "…") && len(strings.Fields(l)) < 2 {
			t.Errorf("an event was cut down to a lone word: %q", l)
		}
		if strings.HasSuffix(l, "the…") || strings.HasSuffix(l, "of…") {
			t.Errorf("an event was cut mid-clause when a clause fits: %q", l)
		}
	}
}

// TestLayoutGivesColumnsTheirSpace: no panel ends on a heading cut off
// from its group, a narrow list keeps its titles readable rather than the
// badges, and a wide screen gives the list room for its titles.
func TestLayoutGivesColumnsTheirSpace(t *testing.T) {
	lib, err := briefing.Load(content.Briefings())
	if err != nil {
		t.Fatal(err)
	}
	headings := map[string]bool{}
	for _, c := range categoryOrder {
		headings[strings.ToUpper(string(c))] = true
	}
	for _, size := range [][2]int{{120, 40}, {140, 40}, {200, 60}} {
		m := press(t, newTestModel(t, lib, size[0], size[1]), "enter", "f")
		rows := m.pane(figuresID).View()
		if last := strings.TrimSpace(ansi.Strip(rows[len(rows)-1])); headings[last] {
			t.Errorf("%v: the figures panel ends on the heading %q without its figures", size, last)
		}
	}
	m := newTestModel(t, lib, 100, 30)
	for _, l := range m.list.View()[1:] {
		line := strings.TrimLeft(ansi.Strip(l), " ▌")
		if title, _, cut := strings.Cut(line, "…"); cut && strings.HasPrefix(line, "•") && len([]rune(title)) < 30 {
			t.Errorf("at 100×30 a title is cut to %q", title)
		}
	}
	if r := newTestModel(t, lib, 200, 60).layout.List; r.W <= 56 {
		t.Errorf("at 200×60 the list is %d wide; its titles want more", r.W)
	}
}
