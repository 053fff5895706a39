package tui

import (
	"os"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
)

// TestREADMEKeyTable keeps the README's key table honest: every key the
// reader binds must appear in it, so the documentation cannot drift from
// the key maps the in-app help is generated from.
func TestREADMEKeyTable(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatalf("read README: %v", err)
	}
	readme := string(data)
	start := strings.Index(readme, "### Keys")
	if start < 0 {
		t.Fatal("README has no ### Keys section")
	}
	table := readme[start:]
	if end := strings.Index(table[1:], "\n#"); end > 0 {
		table = table[:end+1]
	}
	shown := map[string]string{"up": "↑", "down": "↓"}
	var bindings []key.Binding
	for _, col := range newGlobalKeys().FullHelp() {
		bindings = append(bindings, col...)
	}
	for _, col := range newListKeys().FullHelp() {
		bindings = append(bindings, col...)
	}
	for _, col := range newReaderKeys().FullHelp() {
		bindings = append(bindings, col...)
	}
	for _, col := range newPanelKeys("item").FullHelp() {
		bindings = append(bindings, col...)
	}
	for _, b := range bindings {
		for _, k := range b.Keys() {
			if s, ok := shown[k]; ok {
				k = s
			}
			if !strings.Contains(table, "`"+k+"`") {
				t.Errorf("README key table lacks `%s` (%s)", k, b.Help().Desc)
			}
		}
	}
}
