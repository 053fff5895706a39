package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestShowPagesLongTextOnATerminal: sitrep show goes through the pager
// when the text is taller than the terminal, and prints plain otherwise
// (or when piped: Height 0).
func TestShowPagesLongTextOnATerminal(t *testing.T) {
	body := strings.Repeat("A paragraph of the briefing.\n\n", 40)
	lib := load(t, fstest.MapFS{"long.md": {Data: []byte("---\ntitle: Long story\npublished: 2025-01-02\n---\n" + body)}})
	dir := t.TempDir()
	paged := filepath.Join(dir, "paged")
	pager := filepath.Join(dir, "pager")
	if err := os.WriteFile(pager, []byte("#!/bin/sh\ncat > "+paged+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name      string
		height    int
		wantPaged bool
	}{
		{"taller than the screen", 24, true},
		{"fits the screen", 500, false},
		{"piped", 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			os.Remove(paged)
			var out bytes.Buffer
			err := Show(&out, lib, "long", ShowOptions{Style: "notty", Width: 80, Height: c.height, Pager: pager})
			if err != nil {
				t.Fatal(err)
			}
			got, _ := os.ReadFile(paged)
			if c.wantPaged != (len(got) > 0) || c.wantPaged == (out.Len() > 0) {
				t.Fatalf("paged %d bytes, printed %d; want paged=%v", len(got), out.Len(), c.wantPaged)
			}
			if text := string(got) + out.String(); !strings.Contains(text, "Long story") {
				t.Errorf("the briefing did not come out:\n%s", text)
			}
		})
	}
}
