package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// TestFigureRoles checks the role of each figure of issue 12's cases: each
// number takes its own verb or noun, through coordination and ellipsis,
// and the category follows from the role.
func TestFigureRoles(t *testing.T) {
	cases := []roleCase{
		{"killed before wounded", "Since the war began, 3,823 people have been killed and 15,859 wounded.", "3,823 people", RoleKilled, true},
		{"wounded after killed", "Since the war began, 3,823 people have been killed and 15,859 wounded.", "15,859 wounded", RoleInjured, true},
		{"injured by ellipsis", "In Kursk, 12 civilians had been killed and 121 injured.", "121 injured", RoleInjured, true},
		{"killed by ellipsis", "In Kursk, 12 civilians had been killed and 121 injured.", "12 civilians", RoleKilled, true},
		{"nominal wounded", "The ministry counts 110,750 wounded.", "110,750 wounded", RoleInjured, true},
		{"soldiers killed", "At least 41 soldiers and civilians were killed in the attack.", "At least 41 soldiers", RoleKilled, true},
		{"rescued girls", "Troops rescued 76 girls who had been abducted from the school.", "76 girls", RoleReleased, true},
		{"hostages held", "Gunmen abducted 20 hostages from the village.", "20 hostages", RoleHeld, true},
		{"arrested", "Police arrested 15 people after the protest.", "15 people", RoleDetained, true},
		{"displaced", "About 1.1 million people have been displaced by the fighting.", "About 1.1 million people", RoleDisplaced, true},
		{"refugees", "More than 300,000 refugees crossed into Chad.", "More than 300,000 refugees", RoleRefugees, true},
		{"in need", "Some 4 million people are in need of food.", "Some 4 million people", RoleInNeed, true},
		{"pledged", "Kenya pledged 600 police officers to the mission.", "600 police officers", RolePledged, true},
		{"deployed", "Some 2,900 troops are deployed in the north.", "Some 2,900 troops", RoleDeployed, true},
		{"withdrawn", "France said 400 troops were withdrawn from Niger.", "400 troops", RoleWithdrawn, true},
		{"money", "Donors pledged $96 million for the mission.", "$96 million", RoleMoney, true},
		{"duration", "The council approved a one-year extension of the mission.", "one-year", RoleDuration, true},
		{"officials speak", "Two officials said the toll would rise.", "Two officials", RoleOther, false},
		{"coups are parties", "Mali has had two military coups since 2020.", "two military coups", RoleOther, false},
		{"object before the next verb", "The bomb killed at least seven civilians and wounded around 40.", "at least seven civilians", RoleKilled, true},
		{"list takes its verb", "MoD said 2 officers, 15 sergeants, and 47 soldiers were among those wounded.", "2 officers", RoleInjured, true},
		{"missing", "The quake killed 3,600 people, with 5,018 injured and 145 missing.", "145 missing", RoleMissing, true},
	}
	checkRoleCases(t, cases)
}

// roleCase is a sentence, a figure of it, and the role and key the figure
// must have; its category must follow from the role.
type roleCase struct {
	name, text, figure string
	role               Role
	key                bool
}

// checkRoleCases runs each case as a subtest.
func checkRoleCases(t *testing.T, cases []roleCase) {
	t.Helper()
	for _, tc := range cases {
		checkCaseFigure(t, tc.name, tc.text, tc.figure, func(t *testing.T, f Figure) {
			if f.Role != tc.role || f.Category != tc.role.Category() || f.Key != tc.key {
				t.Errorf("%q: role %s, category %s, key %v; want %s, %s, %v (%s)", f.Text, f.Role, f.Category, f.Key,
					tc.role, tc.role.Category(), tc.key, f.Explain())
			}
		})
	}
}

// checkCaseFigure runs a subtest that finds the figure of a case's text
// and checks it, or fails naming the figures the text has.
func checkCaseFigure(t *testing.T, name, text, figure string, check func(*testing.T, Figure)) {
	t.Helper()
	t.Run(name, func(t *testing.T) {
		figs := Figures(text)
		if f, ok := findFigure(figs, figure); ok {
			check(t, f)
			return
		}
		t.Errorf("no figure %q in %q: %v", figure, text, figureRoles(figs))
	})
}

// TestNoWoundedCountedKilled walks the sample library: no figure whose
// own phrase (its text and the words after it up to the next number or
// clause) says wounded, injured or hurt is labelled killed, and every
// figure's category follows from its role.
func TestNoWoundedCountedKilled(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "content", "briefings", "*.md"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample briefings: %v", err)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		for _, f := range Figures(text) {
			if f.Category != f.Role.Category() {
				t.Errorf("%s: %q has role %s but category %s", filepath.Base(p), f.Text, f.Role, f.Category)
			}
			if f.Role == RoleKilled && saysInjury(ownPhrase(text, f)) {
				t.Errorf("%s: %q is labelled killed, but its phrase is %q", filepath.Base(p), f.Text, ownPhrase(text, f))
			}
		}
	}
}

// ownPhrase is the figure's text and what follows it up to the next
// digit or clause punctuation.
func ownPhrase(text string, f Figure) string {
	end := f.End
	for end < len(text) && end < f.End+60 && !strings.ContainsRune(",;:.()\n", rune(text[end])) && !unicode.IsDigit(rune(text[end])) {
		end++
	}
	return text[f.Start:end]
}

// saysInjury reports whether a phrase names an injury.
func saysInjury(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "wounded", "injured", "hurt", "injuries":
			return true
		}
	}
	return false
}

// TestLead checks that exactly one key figure leads, the one the headline
// speaks of rather than an earlier toll or an aside.
func TestLead(t *testing.T) {
	cases := []struct {
		name, headline, text, lead string
	}{
		{"headline role over an aside", "Houthis free ship's crew",
			"The Houthis freed 25 crew members on Wednesday. Earlier attacks in 2024 killed four sailors.", "25 crew members"},
		{"headline number", "Death toll rises to 115",
			"At least 70 people were killed, the UN said. The mayor said the toll had risen to at least 115 people.", "at least 115 people"},
		{"latest over a historic estimate", "Displacement tops 1.1 million",
			"Amnesty estimated in 2017 that 5,000 to 13,000 people were executed. More than 1.1 million people have been displaced since.", "More than 1.1 million people"},
		{"no headline: the lede", "",
			"Gunmen killed 19 people on Friday.\n\nDonors pledged $10 million.", "19 people"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			figs := Figures(tc.text)
			if tc.headline != "" {
				figs = Lead(figs, tc.text, tc.headline)
			}
			var leads []string
			for _, f := range figs {
				if f.Lead {
					leads = append(leads, f.Text)
				}
			}
			if len(leads) != 1 || leads[0] != tc.lead {
				t.Errorf("leads %q, want [%q]", leads, tc.lead)
			}
		})
	}
}
