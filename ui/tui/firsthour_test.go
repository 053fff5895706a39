package tui

import (
	"fmt"
	"strings"
	"testing"
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
