package extract

import (
	"math"
	"strings"
)

// Lead marks the figure a briefing leads with, given its headline (title
// and summary): the key figure the headline speaks of — its number or its
// role — in or near the lede, the latest event rather than a historic
// estimate or an aside. Exactly one figure is marked when any is key, and
// the figures are returned with it marked (Figures marks one from the
// text's first sentence; Lead chooses again with the real headline).
func Lead(figs []Figure, text, headline string) []Figure {
	for i := range figs {
		figs[i].Lead = false
	}
	markLead(text, figs, headline, figuresOf(headline))
	return figs
}

// markLead sets Lead on the best key figure of figs for the headline and
// the figures found in it.
func markLead(text string, figs []Figure, headline string, head []Figure) {
	lede := strings.Index(text, "\n\n")
	for lede >= 0 && strings.TrimSpace(text[:lede]) == "" {
		next := strings.Index(text[lede+2:], "\n\n")
		if next < 0 {
			lede = -1
			break
		}
		lede += 2 + next
	}
	roles := headlineRoles(headline)
	best, bestScore, rank := -1, math.Inf(-1), 0
	for i := range figs {
		f := &figs[i]
		if !f.Key || f.Role == RoleOther {
			continue
		}
		s := leadScore(f, head, roles, lede) - 0.25*float64(rank)
		rank++
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	if best >= 0 {
		figs[best].Lead = true
	}
}

// leadScore weighs a key figure as the lead: the headline's own number
// and role, the lede, and against sums, durations, historic estimates and
// asides.
func leadScore(f *Figure, head []Figure, roles map[Role]bool, lede int) float64 {
	s := 0.0
	for _, h := range head {
		switch {
		case h.Value == f.Value:
			s += 8
		case h.Value > 0 && math.Abs(h.Value-f.Value) <= 0.1*h.Value && (h.Role == f.Role || h.Role == RoleOther):
			s += 5 // "death toll nears 3,000" and "about 2,900 dead"
		}
	}
	if roles[f.Role] {
		s += 4
	}
	if lede < 0 || f.Start < lede {
		s += 2
	}
	switch f.Role {
	case RoleKilled:
		s++ // between equals, the dead lead
	case RoleMoney, RoleDuration:
		s -= 20 // only when nothing is counted
	}
	if historic(f.Sentence) {
		s -= 4
	}
	return s
}

// headlineRoles are the roles the headline's words name: "freed",
// "displacement", "death toll".
func headlineRoles(headline string) map[Role]bool {
	roles := map[Role]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(headline), func(r rune) bool {
		return !('a' <= r && r <= 'z')
	}) {
		if lx := numLexicon[w]; lx != nil && lx.role != "" {
			roles[lx.role] = true
		}
		if r, ok := headlineVerbs[w]; ok {
			roles[r] = true
		}
	}
	return roles
}

// headlineVerbs are headline words that name a role but are too common
// in running text to be triggers.
var headlineVerbs = map[string]Role{"free": RoleReleased, "frees": RoleReleased, "flee": RoleDisplaced,
	"shelter": RoleDisplaced, "feared": RoleKilled, "abduct": RoleHeld, "abducts": RoleHeld, "kidnap": RoleHeld}

// historic reports a sentence that gives an earlier estimate or an aside:
// one that names a year, or says "earlier", "previous", "in the past".
func historic(sentence string) bool {
	low := strings.ToLower(sentence)
	for _, w := range []string{"earlier", "previous", "in the past", "last year", "years ago", "before the war"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	for i := 0; i+4 <= len(sentence); i++ {
		if (sentence[i] == '1' && sentence[i+1] == '9' || sentence[i] == '2' && sentence[i+1] == '0') &&
			isDigit(sentence[i+2]) && isDigit(sentence[i+3]) &&
			(i == 0 || !isDigit(sentence[i-1]) && sentence[i-1] != ',') && (i+4 == len(sentence) || !isDigit(sentence[i+4]) && sentence[i+4] != ',') {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }
