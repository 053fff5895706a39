package extract

import "strings"

// People a verb only meets, asks or shows are given no fate by it (issue
// 12, role21). "Human Rights Watch interviewed 65 people, including former
// detainees", "witnesses said the attack involved hundreds of militants",
// "a video showed hundreds of people at displacement camps": the count is
// of those interviewed, taking part or seen, and a word of detention,
// death or flight near it names the fate of others, or of some of them
// (role/no-fate-verb). The figure is other, so it is no key figure.
//
// Only the verb right before the count decides, and only when the count
// is its object: a count with a predicate of its own keeps it ("figures
// showed 2,016 people had been killed"), as does a noun that names its
// own fate ("images showed dozens of bodies", "surveyed 300 displaced
// families") and a force an operation
// involves ("an operation involving about 900 officers", deployed).

// noFateVerbs meet, ask or show the people they count.
const noFateVerbs = `interviewed interviewing surveyed questioned polled involved involving showed showing shows`

var roleNoFateVerb ruleID

// buildRole21 registers this file's rule and marks its verbs.
func buildRole21() {
	roleNoFateVerb = register("role", "no-fate-verb", "Investigators interviewed 65 people, including former detainees.")
	for _, w := range strings.Fields(noFateVerbs) {
		numLexEntry(w).seeing = true
	}
}

// role21 corrects the role of the figure f (candidate c) by the rule of
// this file, after role20; it returns whether the figure counts an
// event. Its gate is the word right before the figure, one load and a
// flag for most figures.
func (fx *figurer) role21(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if j := c.first - 1; j < 1 || toks[j].lx == nil || !toks[j].lx.seeing {
		return event
	}
	return fx.role21Read(f, c, toks, event)
}

// role21Read is role21 past its gate.
//
//go:noinline
func (fx *figurer) role21Read(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if f.Role == RoleOther || f.Category == Deployment || f.why.category == catHeadNoun || c.q.kind != QuantityNumber {
		return event
	}
	// "showed 2,016 people had been killed": the count is the subject of
	// the clause the verb introduces, and its own predicate decides.
	if k := max(c.last, c.unitLast) + 1; k < len(toks) && toks[k].lx != nil && toks[k].lx.cls&clsAux != 0 {
		return event
	}
	// "surveyed 300 displaced families": a word of the figure's own
	// noun phrase names their fate, whoever meets them.
	for k := c.first; k <= max(c.last, c.unitLast); k++ {
		if lx := toks[k].lx; lx != nil && lx.role == f.Role {
			return event
		}
	}
	f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNoFateVerb, 0
	return false
}
