package extract

// The wounded who are evacuated are still the wounded: evacuating the
// injured is taking them to care, not driving them from home. A count
// whose own noun phrase names an injury ("thirty injured individuals who
// were evacuated and taken care of", "12 wounded soldiers evacuated to
// the capital") counts injured people whatever verb of evacuation its
// predicate has (role/injured-evacuated). Only a word of injury written
// between the number and its noun decides: "300 people evacuated from
// the hospital" stay displaced.

var roleInjuredEvacuated ruleID

// buildRole20 registers this file's rule.
func buildRole20() {
	roleInjuredEvacuated = register("role", "injured-evacuated", "Rescuers evacuated 40 wounded people and 200 residents.")
}

// role20 corrects the role of the figure f (candidate c) by the rules of
// this file, after role19; it returns whether the figure counts an event.
// Its gate is the displaced role and a unit of more than one word, so
// that most figures pass with two compares.
func (fx *figurer) role20(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if f.Role != RoleDisplaced || c.unitFirst < 0 || c.unitFirst >= c.unitLast {
		return event
	}
	return fx.role20Read(f, c, toks, event)
}

// role20Read is role20 past its gate.
//
//go:noinline
func (fx *figurer) role20Read(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if f.why.word == 0 || f.why.category != catTrigger {
		return event
	}
	for k := c.unitFirst; k < c.unitLast; k++ {
		if lx := toks[k].lx; lx != nil && lx.injury && lx.role == RoleInjured {
			if w := f.why.word.word(); w != "evacuated" && w != "evacuation" && w != "evacuees" {
				return event
			}
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = Casualties, RoleInjured, catTrigger, roleInjuredEvacuated, lx.ref
			return true
		}
	}
	return event
}
