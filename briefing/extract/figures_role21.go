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

// Vehicles and the floors of a building are things, counted with no
// role of people whatever befalls them or whatever they carry: "38
// buses and 10 ambulances transported the freed hostages" (no one freed),
// "set fire to 45 houses and 34 vehicles" (the houses are the affected
// dwellings, the vehicles other), "two air force helicopters and navy
// boats were deployed" (the force is the personnel), "a blaze that
// destroyed three floors" (role/vehicles-not-people). A pledge of them
// stays a pledge ("pledged to provide more than 40 helicopters"). Ships
// and vessels are left out: a maritime attack strikes them as it strikes
// homes ("damaging dozens of vessels and sinking four" is affected), and
// so are trucks and convoys, whose count is how much aid got in ("600
// trucks entering Gaza each day" is a key figure of the sample gold).
const vehicleNouns = `vehicles cars buses boats helicopters aircraft planes floors storeys`

// The marks of numLex.r21.
const (
	r21Seeing  uint8 = 1 << iota // a verb of noFateVerbs
	r21Vehicle                   // a noun of vehicleNouns
)

// lexR21 reports whether the token t carries the mark m of this file
// (numLex.r21), as lexHas does a word class.
func lexR21(t ntoken, m uint8) bool { return t.lx != nil && t.lx.r21&m != 0 }

var roleNoFateVerb, roleVehicles ruleID

// buildRole21 registers this file's rule and marks its verbs.
func buildRole21() {
	roleNoFateVerb = register("role", "no-fate-verb", "Investigators interviewed 65 people, including former detainees.")
	for _, w := range strings.Fields(noFateVerbs) {
		numLexEntry(w).r21 |= r21Seeing
	}
	roleVehicles = register("role", "vehicles-not-people", "Gunmen set fire to 45 houses and 34 vehicles.")
	for _, w := range strings.Fields(vehicleNouns) {
		numLexEntry(w).r21 |= r21Vehicle
	}
}

// role21 corrects the role of the figure f (candidate c) by the rules of
// this file, after role20; it returns whether the figure counts an
// event. Its gates are the word right before the figure and the figure's
// head noun, a load and a flag each for most figures.
func (fx *figurer) role21(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if j := c.first - 1; j >= 1 && lexR21(toks[j], r21Seeing) || c.unitLast >= 0 && lexR21(toks[c.unitLast], r21Vehicle) {
		return fx.role21Read(f, c, toks, event)
	}
	return event
}

// role21Read is role21 past its gate.
//
//go:noinline
func (fx *figurer) role21Read(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if c.unitLast >= 0 && lexR21(toks[c.unitLast], r21Vehicle) {
		return fx.role21Vehicle(f, c, event)
	}
	if f.Role == RoleOther || f.Category == Deployment || f.why.category == catHeadNoun || c.q.kind != QuantityNumber {
		return event
	}
	// "showed 2,016 people had been killed": the count is the subject of
	// the clause the verb introduces, and its own predicate decides.
	if k := max(c.last, c.unitLast) + 1; k < len(toks) && lexHas(toks[k], clsAux) {
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

// role21Vehicle reads a count of vehicles or floors as other, unless it
// is a pledge, money or a unit taken from another figure.
func (fx *figurer) role21Vehicle(f *Figure, c *candidate, event bool) bool {
	switch f.Role {
	case RoleOther, RolePledged, RoleMoney:
		return event
	}
	if c.inherited || c.q.kind != QuantityNumber {
		return event
	}
	f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleVehicles, 0
	return false
}
