package tui

import (
	"testing"
)

// TestHelpOpensOverEveryView is ? from the views that cover the panes:
// the key reference opens (it lists ? under "Everywhere"), with the view's
// own keys first, and closing it goes back to that view as it was.
func TestHelpOpensOverEveryView(t *testing.T) {
	lib := samplesLibrary(t)
	ix := samplesIndex(t)
	cases := []struct {
		name  string
		keys  []string // from the list: open the view, and use it
		view  paneID
		first string // the section the reference starts with
	}{
		{"search after esc", []string{"\\", "esc"}, searchID, "Library search (\\) (in focus)"},
		{"search results", []string{"\\", "g", "o", "m", "a", "enter", "j"}, searchID, "Library search (\\) (in focus)"},
		{"story across sources", []string{"e", "j"}, storyID, "Story across sources (e) (in focus)"},
		{"theatre timeline", []string{"T", "j"}, theatreID, "(in focus)"},
		{"problems", []string{"!"}, problemsID, "Everywhere"},
	}
	for _, c := range cases {
		for _, closing := range []string{"?", "esc", "q"} {
			t.Run(c.name+"/"+closing, func(t *testing.T) {
				m := newTestModel(t, lib, 120, 40, withIndex(ix))
				m = press(t, m, c.keys...)
				if m.overlay != c.view {
					t.Fatalf("%v opened %q, want %q", c.keys, m.overlay, c.view)
				}
				before := screen(m)
				m = press(t, m, "?")
				if m.overlay != helpID {
					t.Fatalf("? over %s shows %q, want the key reference", c.view, m.overlay)
				}
				assertContains(t, "the key reference", screen(m), "Keys", "Everywhere", c.first)
				m = press(t, m, closing)
				if m.overlay != c.view {
					t.Fatalf("%s in the key reference went to %q, want back to %q", closing, m.overlay, c.view)
				}
				if after := screen(m); after != before {
					t.Errorf("back from the key reference, the view changed:\n--- before\n%s\n--- after\n%s", before, after)
				}
				m = press(t, m, "esc")
				if m.overlay != "" {
					t.Errorf("esc after the key reference left %q open, want the panes", m.overlay)
				}
			})
		}
	}
}
