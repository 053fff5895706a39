package extract

import "testing"

// checkDocCases runs each case as a subtest, as checkRoleCases does but on
// the last figure of the text with the case's figure text: the one the
// earlier sentences of the briefing bear on.
func checkDocCases(t *testing.T, cases []roleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			figs := Figures(tc.text)
			for i := len(figs) - 1; i >= 0; i-- {
				f := figs[i]
				if f.Text != tc.figure {
					continue
				}
				if f.Role != tc.role || f.Key != tc.key {
					t.Errorf("%q: role %s, key %v; want %s, %v (%s)", f.Text, f.Role, f.Key, tc.role, tc.key, f.Explain())
				}
				return
			}
			t.Errorf("no figure %q in %q: %v", tc.figure, tc.text, figureRoles(figs))
		})
	}
}

// TestStoryParts checks that a count whose words make it a part of a
// total the story gave in an earlier sentence, with the same role, is no
// key figure: a partitive that opens the sentence ("Of the dead, …"), the
// dead or hurt a hospital received, the worst-hit place's count, a toll
// the sentence dates before the story's ("Initially", "had put the toll
// at"). Each has a neighbour that
// stays key: the same words with no total before, a total of another role,
// a larger count, or a separate incident.
func TestStoryParts(t *testing.T) {
	checkDocCases(t, []roleCase{
		{"of the dead, by place",
			"The earthquake killed more than 9,000 people across the region, officials said. Of the dead, 4,120 were counted in the northern province.",
			"4,120", RoleKilled, false},
		{"of the dead with no total before",
			"Of the dead, 4,120 were counted in the northern province, officials said.",
			"4,120", RoleKilled, true},
		{"of the wounded after a toll of the dead",
			"The bombing killed 40 people on Friday. Of the wounded, 12 were flown to the capital.",
			"12", RoleInjured, true},
		{"hospital received after the toll",
			"At least 800 people were injured in the quake, the ministry said. The main hospital in the city received 230 injured people overnight.",
			"230 injured people", RoleInjured, false},
		{"hospital received with no toll",
			"The main hospital in the city received 230 injured people overnight.",
			"230 injured people", RoleInjured, true},
		{"hospital received more than the toll",
			"At least 80 people were injured in the quake. The main hospital in the city received 230 injured people overnight.",
			"230 injured people", RoleInjured, true},
		{"an initial toll",
			"The toll from the bombing in the market has risen to 19. Initially, seven people were reported killed.",
			"seven people", RoleKilled, false},
		{"an initial count of another role",
			"The toll from the bombing in the market has risen to 19. Initially, 45 people were reported wounded.",
			"45 people", RoleInjured, true},
		{"had put the toll",
			"More than 2,400 people have died in the floods, the government said on Tuesday. The UN had put the death toll at more than 600 on Sunday.",
			"more than 600", RoleKilled, false},
		{"the worst-hit city",
			"The earthquake killed more than 40,000 people in Pakistan and India. The worst-hit city was Muzaffarabad, where 11,000 died, officials said.",
			"11,000", RoleKilled, false},
		{"the worst-hit city with no toll before",
			"The worst-hit city was Muzaffarabad, where 11,000 died, officials said.",
			"11,000", RoleKilled, true},
		{"a separate incident keeps its count",
			"The blast killed 31 people on Monday. In a separate incident, gunmen killed 12 villagers in the north.",
			"12 villagers", RoleKilled, true},
	})
}

// TestSaidAgainInStory checks the counts said again across the sentences
// of a story: the same count told again with a word of what befell them
// for its noun ("four dead" after "four Palestinians" were killed) is not
// key, while a separate incident with the same count is; the captives of
// a release told again as abducted are not key, while the release of
// captives counted before is news.
func TestSaidAgainInStory(t *testing.T) {
	checkDocCases(t, []roleCase{
		{"four dead said again",
			"A raid on the camp killed four Palestinians on Wednesday, the ministry said. The ministry recorded four dead and 44 wounded by live fire.",
			"four dead", RoleKilled, false},
		{"the wounded beside it are new",
			"A raid on the camp killed four Palestinians on Wednesday, the ministry said. The ministry recorded four dead and 44 wounded by live fire.",
			"44 wounded", RoleInjured, true},
		{"a separate incident with the same count",
			"Two people were injured in the first blast, police said. In a separate incident, gunmen wounded two people in Peshawar.",
			"two people", RoleInjured, true},
		{"the same count said again",
			"Two people were injured in the first blast, police said. A doctor said two people were wounded and treated at the scene.",
			"two people", RoleInjured, false},
		{"the abduction told again",
			"Eighty kidnapped villagers were freed on Tuesday, police said. Gunmen had stormed the village on July 8 and seized 80 residents.",
			"80 residents", RoleHeld, false},
		{"an abduction of another size",
			"Eighty kidnapped villagers were freed on Tuesday, police said. In a raid on Friday gunmen seized 35 residents of a nearby town.",
			"35 residents", RoleHeld, true},
		{"the captives' release is news",
			"Police said 21 youths had been abducted by the gang. On Sunday a spokesman said the 21 youths had been released.",
			"21 youths", RoleReleased, true},
	})
}

// TestDroppedHeadLeavesOthers checks that a count found key and then a
// part of the story's total leaves no head behind: a later count of the
// same value in a new incident is not taken for it said again.
func TestDroppedHeadLeavesOthers(t *testing.T) {
	checkDocCases(t, []roleCase{
		{"after a dropped part",
			"The quake killed 2,100 people and injured 900. The city hospital received 40 injured people. Later, 40 people were injured in a landslide in the south.",
			"40 people", RoleInjured, true},
		{"the part itself",
			"The quake killed 2,100 people and injured 900. The city hospital received 40 injured people.",
			"40 injured people", RoleInjured, false},
	})
}

// TestKeyHeadsDrop checks the head table's take-back: a dropped head
// repeats nothing, and the kinds beside it are still found.
func TestKeyHeadsDrop(t *testing.T) {
	var s keyHeads
	a := keyKind{value: 40, category: Casualties}
	b := keyKind{value: 12, category: Casualties}
	s.add(b, "soldier")
	s.add(a, "people")
	s.dropLast(40, Casualties)
	if s.repeats(a, "civilian") {
		t.Errorf("a dropped head still repeats")
	}
	if !s.repeats(b, "soldier") {
		t.Errorf("the kind added before the dropped one is lost")
	}
	s.dropLast(12, Casualties) // not the last head: nothing is dropped
	if !s.repeats(b, "soldier") {
		t.Errorf("dropLast took back a head that was not the last")
	}
	s.add(a, "villager")
	if !s.repeats(a, "villager") {
		t.Errorf("a head added after a drop is not found")
	}
}

// TestDocRole checks that every role a story totals has its own index
// and every other role none.
func TestDocRole(t *testing.T) {
	seen := map[int]Role{}
	for _, r := range []Role{RoleKilled, RoleInjured, RoleMissing, RoleHeld, RoleDetained, RoleReleased, RoleDisplaced,
		RoleRefugees, RoleInNeed, RoleAffected, RoleDeployed, RolePledged} {
		i := docRole(r)
		if i < 0 || seen[i] != "" {
			t.Errorf("role %s: index %d (taken by %q)", r, i, seen[i])
			continue
		}
		if docRoleNames[i] != r {
			t.Errorf("role %s: index %d names %s", r, i, docRoleNames[i])
		}
		seen[i] = r
	}
	for _, r := range []Role{RoleWithdrawn, RoleMoney, RoleDuration, RoleOther, "", "heal", "killers", "detainee", "dislocate"} {
		if i := docRole(r); i >= 0 {
			t.Errorf("role %q: index %d, want none", r, i)
		}
	}
}

// TestCeilingWordFirstLetter checks that the first-letter test of
// ceilingWord passes over no ceiling word, in any case.
func TestCeilingWordFirstLetter(t *testing.T) {
	for _, w := range append(append([]string{}, ceilingWords...), "Authorised", "MANDATED", "Needs", "Required") {
		text := "the " + w + " strength"
		toks := ntokenize(text, 0, len(text), nil)
		if !ceilingWord(text, toks[1]) {
			t.Errorf("%q is not read as a ceiling word", w)
		}
	}
	for _, w := range []string{"deployed", "troops", "authority", "need"} {
		text := "the " + w + " strength"
		toks := ntokenize(text, 0, len(text), nil)
		if ceilingWord(text, toks[1]) {
			t.Errorf("%q is read as a ceiling word", w)
		}
	}
}
