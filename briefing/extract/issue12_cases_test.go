package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// issue12Sample reads a sample briefing's body and publication date.
func issue12Sample(t *testing.T, name string) (string, time.Time) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "content", "briefings", name+".md"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(raw)
	_, after, ok := strings.Cut(s, "\npublished: ")
	if !ok || len(after) < 10 {
		t.Fatalf("%s: no published date", name)
	}
	pub, err := time.Parse(time.DateOnly, after[:10])
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return txStripFrontMatter(s), pub
}

const (
	issue12Myanmar = "2025-04-04-myanmar-quake-truce-conflict-zones"
	issue12Kuriga  = "2024-03-25-nigeria-kuriga-pupils-freed"
)

// TestIssue12FigureCases holds the figure cases of issue 12 the product
// gets right and nothing else asserted: each figure's role and category,
// in the sample briefing where the issue found it and in its sentence
// alone. "hundreds still missing" once came out injured, which the sample
// gold (category only) let pass.
func TestIssue12FigureCases(t *testing.T) {
	cases := []struct {
		sample, sentence, text string
		role                   Role
		cat                    Category
	}{
		{issue12Myanmar, "Myanmar's military government said yesterday that 3,085 people had been killed by the earthquake that struck the centre of the country a week ago, and that more than 4,500 were injured and hundreds still missing.",
			"hundreds", RoleMissing, Casualties},
		{issue12Myanmar, "Myanmar's military government said yesterday that 3,085 people had been killed by the earthquake that struck the centre of the country a week ago, and that more than 4,500 were injured and hundreds still missing.",
			"more than 4,500", RoleInjured, Casualties},
		{issue12Kuriga, "Defence spokesman Major General Edward Buba said troops had rescued 137 hostages, 76 girls and 61 boys, in neighbouring Zamfara State in the early hours of Sunday.",
			"61 boys", RoleReleased, Detention},
		{issue12Kuriga, "Defence spokesman Major General Edward Buba said troops had rescued 137 hostages, 76 girls and 61 boys, in neighbouring Zamfara State in the early hours of Sunday.",
			"76 girls", RoleReleased, Detention},
		{issue12Kuriga, "Days later, 61 people were abducted from Buda village in Kajuru, also in Kaduna State.",
			"61 people", RoleHeld, Detention},
	}
	for _, c := range cases {
		body, _ := issue12Sample(t, c.sample)
		if !strings.Contains(body, c.sentence) {
			t.Fatalf("%s no longer holds %q", c.sample, c.sentence)
		}
		for _, in := range []struct{ where, text string }{{c.sample, body}, {"the sentence alone", c.sentence}} {
			f, ok := findFigure(Figures(in.text), c.text)
			switch {
			case !ok:
				t.Errorf("%s: no figure %q", in.where, c.text)
			case f.Role != c.role || f.Category != c.cat:
				t.Errorf("%s: %q is %s (%s), want %s (%s)", in.where, c.text, f.Role, f.Category, c.role, c.cat)
			}
		}
	}
}

// TestIssue12MyanmarQuakeDate: in the Myanmar sample (published 4 April
// 2025), "the earthquake that struck ... a week ago" is dated 28 March,
// the day it struck; 3 April ("said yesterday") is the day the toll was
// reported, an entry of kind report, never the quake's date.
func TestIssue12MyanmarQuakeDate(t *testing.T) {
	body, pub := issue12Sample(t, issue12Myanmar)
	var quake, report bool
	for _, e := range Timeline(body, pub) {
		struck := strings.Contains(e.Event, "struck") && (strings.Contains(e.Event, "earthquake") || strings.Contains(e.Event, "quake"))
		// The report's own clause may tell of the quake ("said 3,085
		// people had been killed by the earthquake that struck…"): it
		// dates the report, not the quake.
		if struck && e.Kind == KindEvent && !strings.HasPrefix(e.Value, "2025-03-28") {
			t.Errorf("the quake is dated %s (%q: %q), want 28 March 2025", e.Value, e.Text, e.Event)
		}
		if e.Value == "2025-03-28" && e.Text == "a week ago" && struck && e.Kind == KindEvent {
			quake = true
		}
		if strings.HasPrefix(e.Value, "2025-04-03") && e.Text == "yesterday" {
			report = true
			if e.Kind != KindReport {
				t.Errorf("3 April (%q) is the day the toll was reported: kind %q, want report", e.Event, e.Kind)
			}
		}
	}
	if !quake {
		t.Error("no entry of 28 March 2025 for the earthquake that struck 'a week ago'")
	}
	if !report {
		t.Error("no report entry of 3 April 2025 for the toll the government gave 'yesterday'")
	}
}
