package tui

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
	"sitrep/content"
)

// TestWideListShowsWholeTitlesInItsFreeRows (issue 14, item 6): at
// 200×60 the samples' titles show whole, with their date, place and
// summary, in rows that would otherwise stay empty; at the usual sizes
// each story keeps its two lines, so as many stories show as before.
func TestWideListShowsWholeTitlesInItsFreeRows(t *testing.T) {
	lib, err := briefing.Load(content.Briefings())
	if err != nil {
		t.Fatal(err)
	}
	m := newTestModel(t, lib, 200, 60)
	rows := m.list.View()
	var text strings.Builder
	for _, r := range rows[1:] {
		text.WriteString(ansi.Strip(r) + "\n")
	}
	listed := text.String()
	for _, badge := range m.list.badges {
		listed = strings.ReplaceAll(listed, badge, "")
	}
	squeezed := dropSpace(listed)
	for _, b := range lib.Briefings() {
		if !strings.Contains(squeezed, dropSpace(b.Title)) {
			t.Errorf("at 200×60 the title %q is not shown whole:\n%s", b.Title, listed)
		}
		if meta := formatDate(b.Published) + " · " + placeOf(b); !strings.Contains(listed, meta) {
			t.Errorf("at 200×60 %q lacks its date and place %q", b.Title, meta)
		}
	}
	blank := 0
	for i := len(rows) - 1; i > 0 && strings.TrimSpace(ansi.Strip(rows[i])) == ""; i-- {
		blank++
	}
	if n := lib.Len(); blank >= n {
		t.Errorf("at 200×60 the list leaves %d rows empty under %d stories: each could have had another line", blank, n)
	}

	for _, size := range [][2]int{{80, 24}, {100, 30}, {120, 40}, {140, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			m := newTestModel(t, lib, size[0], size[1])
			shown := 0
			for _, r := range m.list.View()[1:] {
				if strings.HasPrefix(strings.TrimLeft(ansi.Strip(r), " ▌"), "•") {
					shown++
				}
			}
			want := min(lib.Len(), (m.list.height-1)/itemHeight)
			if shown != want {
				t.Errorf("the list shows %d stories, want %d at two lines each", shown, want)
			}
		})
	}
}

// TestWideLayoutGivesTheListItsTitles: on a screen wide enough the list
// is as wide as its titles and badges want, up to a reading line, while
// the reader keeps its measure and gets no more than it can fill.
func TestWideLayoutGivesTheListItsTitles(t *testing.T) {
	for _, tt := range []struct{ w, want, listW int }{
		{200, 111, 68}, // the reader keeps 80 columns
		{260, 90, 90},  // the list gets all it wants
		{260, 140, 100},
		{320, 90, 90}, // the reader gets what it can fill, the panels the rest
	} {
		l := computeLayout(tt.w, 60, listID, false, tt.want)
		if l.List.W != tt.listW {
			t.Errorf("%d columns, list wants %d: list %d wide, want %d", tt.w, tt.want, l.List.W, tt.listW)
		}
		if l.Reader.W < readerMeasure || l.Reader.W > readerMax {
			t.Errorf("%d columns: the reader is %d wide, want %d to %d", tt.w, l.Reader.W, readerMeasure, readerMax)
		}
		if end := l.Figures.X + l.Figures.W; end != tt.w {
			t.Errorf("%d columns: the panels end at %d", tt.w, end)
		}
	}
}

// dropSpace is s without spaces and the list's marks (cursor, unread,
// star), so a title can be found across the lines it wraps on.
func dropSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || strings.ContainsRune("▌•★", r) {
			return -1
		}
		return r
	}, s)
}
