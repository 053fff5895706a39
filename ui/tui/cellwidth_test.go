package tui

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// FuzzCellWidth: the list's measure of a title is ansi.StringWidth's, on
// any text (the list is as wide as its widest title, measured quickly on
// printable ASCII).
func FuzzCellWidth(f *testing.F) {
	for _, s := range []string{"", "Kharkiv: strikes on the grid", "Tab\there", "Café au lait", "東京の会議",
		"\x1b[31mred\x1b[0m", "e\u0301", "👩‍👩‍👧", "del\x7f", "\u00a0nbsp", "~ tilde ~"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cellWidth(s), ansi.StringWidth(s); got != want {
			t.Errorf("cellWidth(%q) = %d, ansi.StringWidth %d", s, got, want)
		}
	})
}
