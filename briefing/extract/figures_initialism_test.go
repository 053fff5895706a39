package extract

import "testing"

// TestFiguresAfterInitialisms: a count before a noun led by an initialism
// written with stops ("U.S. troops", "U.N. peacekeepers"), as American
// copy writes them, keeps its noun and its role; an initialism that ends a
// sentence still ends it.
func TestFiguresAfterInitialisms(t *testing.T) {
	text := "The Pentagon said about 2,000 U.S. troops would remain in Syria. " +
		"Some 900 U.N. peacekeepers were deployed to the border, and 17 U.S. soldiers were wounded. " +
		"The aid came from the U.S. About 300 people were killed."
	want := []struct {
		text, unit string
		role       Role
	}{
		{"about 2,000 U.S. troops", "U.S. troops", RoleDeployed},
		{"Some 900 U.N. peacekeepers", "U.N. peacekeepers", RoleDeployed},
		{"17 U.S. soldiers", "U.S. soldiers", RoleInjured},
		{"About 300 people", "people", RoleKilled},
	}
	got := Figures(text)
	if len(got) != len(want) {
		t.Fatalf("got %d figures, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if g := got[i]; g.Text != w.text || g.Unit != w.unit || g.Role != w.role || !g.Key {
			t.Errorf("figure %d: %q unit %q role %s key %v, want %q unit %q role %s key", i, g.Text, g.Unit, g.Role, g.Key, w.text, w.unit, w.role)
		}
	}
}
