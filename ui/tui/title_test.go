package tui

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/charmbracelet/x/ansi"

	"sitrep/briefing"
)

// TestWindowTitleIsCapped: a 55 KB title is not sent to the terminal as
// its window title on every frame; the title is cut to maxWindowTitle cells.
func TestWindowTitleIsCapped(t *testing.T) {
	title := strings.Repeat("Long title ", 5000) // 55 KB
	lib, err := briefing.Load(fstest.MapFS{"long.md": {Data: []byte("---\ntitle: " + title + "\n---\nBody.\n")}})
	if err != nil {
		t.Fatal(err)
	}
	m := press(t, newTestModel(t, lib, 100, 30), "enter")
	got := m.View().WindowTitle
	if !strings.HasPrefix(got, "sitrep — Long title") {
		t.Fatalf("window title = %.60q, want the briefing's title", got)
	}
	if w := ansi.StringWidth(got); w > maxWindowTitle {
		t.Errorf("window title is %d cells (%d bytes), want at most %d", w, len(got), maxWindowTitle)
	}
}
