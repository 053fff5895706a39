package briefing

import (
	"testing"

	"sitrep/briefing/extract"
	"sitrep/content"
)

// TestLeadFigure checks the figure each sample briefing leads with: what
// its headline is about, the latest event rather than an earlier estimate
// or an aside, with its role; exactly one figure leads.
func TestLeadFigure(t *testing.T) {
	lib, err := Load(content.Briefings())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		value float64
		role  extract.Role
	}{
		"2024-10-10-haiti-pont-sonde-massacre-toll-rises":            {115, extract.RoleKilled},
		"2024-12-13-syria-after-assad-detainees-displaced":           {1.1e6, extract.RoleDisplaced},
		"2025-01-23-red-sea-houthis-free-galaxy-leader-crew":         {25, extract.RoleReleased},
		"2024-03-25-nigeria-kuriga-pupils-freed":                     {137, extract.RoleReleased},
		"2024-10-11-kenya-to-send-600-more-police-officers-to-haiti": {600, extract.RoleDeployed},
		"2025-04-04-myanmar-quake-truce-conflict-zones":              {3085, extract.RoleKilled},
		"2025-04-14-sudan-rsf-overruns-zamzam-camp":                  {400000, extract.RoleDisplaced},
		"2025-01-20-gaza-ceasefire-first-hostage-prisoner-exchange":  {3, extract.RoleReleased},
		"2024-08-28-burkina-faso-barsalogho-massacre":                {200, extract.RoleKilled},
	}
	for _, b := range lib.Briefings() {
		figs, err := lib.Figures(b.ID)
		if err != nil {
			t.Fatal(err)
		}
		leads, key := 0, 0
		for _, f := range figs {
			if f.Lead {
				leads++
			}
			if f.Key {
				key++
			}
		}
		if key > 0 && leads != 1 || key == 0 && leads != 0 {
			t.Errorf("%s: %d lead figures among %d key figures", b.ID, leads, key)
		}
		w, ok := want[b.ID]
		if !ok {
			continue
		}
		f, ok, err := lib.LeadFigure(b.ID)
		if err != nil || !ok || f.Value != w.value || f.Role != w.role {
			t.Errorf("%s: leads with %q (%v %s), want %v %s", b.ID, f.Text, f.Value, f.Role, w.value, w.role)
		}
	}
}
