package tui

import (
	"fmt"
	"slices"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestEveryPaneMeetsTheContract: every registered pane draws exactly the
// size it is given (so panes never push each other about on screen), has
// keys for the help line, and ignores keys while another pane has focus.
func TestEveryPaneMeetsTheContract(t *testing.T) {
	m := newTestModel(t, fixtureLibrary(t), 200, 60)
	m = press(t, m, "enter", "tab") // a story open, its figures loaded
	for _, e := range m.panes {
		for _, size := range [][2]int{{34, 10}, {61, 17}, {120, 38}} {
			t.Run(fmt.Sprintf("%s/%dx%d", e.id, size[0], size[1]), func(t *testing.T) {
				p := e.pane
				p.SetSize(size[0], size[1])
				p.SetFocused(false)
				lines := p.View()
				if len(lines) != size[1] {
					t.Fatalf("%d lines, want %d", len(lines), size[1])
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w != size[0] {
						t.Fatalf("line %d is %d cells wide, want %d: %q", i, w, size[0], ansi.Strip(l))
					}
				}
				if len(p.Keys().ShortHelp()) == 0 {
					t.Error("no keys for the help line")
				}
				for _, k := range []string{"j", "G", "enter", "esc", "/"} {
					if cmd := p.Update(keyMsg(k)); cmd != nil {
						t.Errorf("unfocused, %s asked for something", k)
					}
				}
				if after := p.View(); !slices.Equal(after, lines) {
					t.Error("unfocused, the keys changed what the pane shows")
				}
			})
		}
	}
}

// TestEscGoesBack: esc clears what the focused pane has (a filter, a
// search), else goes back a pane: from a panel to the reader, from the
// reader to the list.
func TestEscGoesBack(t *testing.T) {
	lib := fixtureLibrary(t)
	cases := []struct {
		name string
		keys []string
		want paneID
	}{
		{"figures", []string{"f", "esc"}, readerID},
		{"timeline", []string{"t", "esc"}, readerID},
		{"reader", []string{"enter", "esc"}, listID},
		{"reader search", []string{"enter", "/", "x", "enter", "esc"}, readerID},
		{"list filter", []string{"/", "x", "enter", "esc"}, listID},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := press(t, newTestModel(t, lib, 200, 60), c.keys...)
			if m.focus != c.want {
				t.Errorf("focus after %v is %s, want %s", c.keys, m.focus, c.want)
			}
			if m.list.query != "" || m.reader.query != "" {
				t.Errorf("esc should clear the filter and the search: %q, %q", m.list.query, m.reader.query)
			}
		})
	}
}
