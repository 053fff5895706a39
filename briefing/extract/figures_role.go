package extract

import "strings"

// Role is what a figure counts, from its own verb or noun: "3,823 killed
// and 15,859 wounded" are a killed and an injured figure. The roles are
// those of extraction.md section 1, and each implies one Category.
type Role string

// The roles of extraction.md section 1.
const (
	RoleKilled    Role = "killed"
	RoleInjured   Role = "injured"
	RoleMissing   Role = "missing"
	RoleHeld      Role = "held"
	RoleDetained  Role = "detained"
	RoleReleased  Role = "released"
	RoleDisplaced Role = "displaced"
	RoleRefugees  Role = "refugees"
	RoleInNeed    Role = "in_need"
	RoleAffected  Role = "affected"
	RoleDeployed  Role = "deployed"
	RolePledged   Role = "pledged"
	RoleWithdrawn Role = "withdrawn"
	RoleMoney     Role = "money"
	RoleDuration  Role = "duration"
	RoleOther     Role = "other"
)

// Category is the category the role implies.
func (r Role) Category() Category {
	switch r {
	case RoleKilled, RoleInjured, RoleMissing:
		return Casualties
	case RoleHeld, RoleDetained, RoleReleased:
		return Detention
	case RoleDisplaced, RoleRefugees:
		return Displacement
	case RoleInNeed, RoleAffected:
		return Humanitarian
	case RoleDeployed, RolePledged, RoleWithdrawn:
		return Deployment
	case RoleMoney:
		return Money
	case RoleDuration:
		return Duration
	}
	return Other
}

// Word is the role as a reader says it beside a number: "killed",
// "injured", "in need".
func (r Role) Word() string {
	return strings.ReplaceAll(string(r), "_", " ")
}

// defaultRole is the role of a category when no word names one: a count of
// casualties with no word of injury or loss is of the dead.
func defaultRole(c Category) Role {
	switch c {
	case Casualties:
		return RoleKilled
	case Detention:
		return RoleDetained
	case Displacement:
		return RoleDisplaced
	case Humanitarian:
		return RoleInNeed
	case Deployment:
		return RoleDeployed
	case Money:
		return RoleMoney
	case Duration:
		return RoleDuration
	}
	return RoleOther
}

// The rules of a figure's role. Their IDs are set when the book is built.
var roleWord, roleHeadNoun, roleInherited, roleCoordinated, roleDefault, roleUnit, roleParty, roleNone ruleID

// roleRuleDefs are the rules of a figure's role.
func roleRuleDefs() []figureRuleDef {
	return []figureRuleDef{
		{&roleWord, "own-word", "3,823 people were killed and 15,859 wounded"},
		{&roleHeadNoun, "head-noun", "Some 2,900 troops are in Haiti."},
		{&roleInherited, "inherited", "Some 2,900 people have been displaced. Nearly a thousand have nowhere to go."},
		{&roleCoordinated, "coordinated", "80,000 households had left, or up to 400,000 people"},
		{&roleDefault, "category-default", "Officials reported 115 casualties."},
		{&roleUnit, "unit", "$96 million was pledged"},
		{&roleParty, "party-or-speaker", "two officials said 12 people were killed"},
		{&roleNone, "none", "the 20 buildings"},
	}
}

// roleWords gives the role of each word that names one, beyond the
// default of its category. Each is also a trigger or head noun of that
// role's category (number_lexicon.go), or is made one here.
var roleWords = map[Role]string{
	RoleKilled: `killed kill kills killing dead deaths death died die dies dying fatalities fatality fatal massacred massacre
		slain slaughtered murdered murder executed toll lives bodies corpses perished drowned beheaded lynched`,
	RoleInjured: `injured injuries injuring injure wounded wounding wounds wound hurt stabbed`,
	RoleMissing: `missing unaccounted trapped disappeared`,
	RoleHeld: `kidnapped kidnapping kidnappings abducted abduction abductions hostages hostage captives captive captivity
		kidnappers abductors ransom seized snatched took taken abductees captured`,
	RoleDetained: `arrested arrest arrests detained detention detainees detainee jailed imprisoned custody prisoners prisoner
		inmates prison prisons detentions`,
	RoleReleased:  `freed released release handed rescued rescue freeing releasing liberated`,
	RoleRefugees:  `refugees refugee asylum crossed cross crossing exodus`,
	RoleDisplaced: `displaced displacement displacing displace fled flee fleeing flees idps idp evacuated evacuation evacuees uprooted homeless shelter sheltering camps camp forced driven`,
	RoleInNeed:    `insecurity insecure famine starvation starving hunger hungry malnourished malnutrition need needs needed`,
	RoleDeployed: `deployed deploy deploying deployment deployments stationed dispatched troops soldiers peacekeepers
		contingent police officers personnel marines servicemen reservists policemen gendarmes`,
	RolePledged:   `pledged pledge pledges pledging commit committed contribute promised offered`,
	RoleWithdrawn: `withdrawn withdraw withdrew withdrawing withdrawal`,
}

// buildRoles registers the role rules and gives the lexicon its role
// words, adding as triggers those that were not yet.
func buildRoles() {
	for _, d := range roleRuleDefs() {
		*d.id = register("role", d.name, d.example)
	}
	for r, words := range roleWords {
		for _, w := range strings.Fields(words) {
			e := numLexEntry(w)
			e.role = r
			if e.trig == trigNone && e.head == "" && !rescueWord(w) && r != RoleMissing {
				e.cat, e.trig = r.Category(), trigWeak
			}
		}
	}
	for _, w := range strings.Fields(partyNouns) {
		numLexEntry(w).party = true
	}
}

// partyNouns are the nouns of those who speak, count or take part rather
// than are counted: "two officials said", "two military coups".
const partyNouns = `officials diplomats spokesmen spokeswomen spokespeople sources witnesses coups ministers
	envoys mediators judges lawmakers senators`

// roleOf is the role of a figure whose category was decided by rule why
// through word w (a lexicon entry, or nil): the word's own role where it
// names one of that category, else the category's default.
func roleOf(cat Category, why ruleID, lx *numLex) (Role, ruleID) {
	switch cat {
	case Money, Duration:
		return defaultRole(cat), roleUnit
	case Other:
		return RoleOther, roleNone
	}
	if lx != nil && lx.role != "" && lx.role.Category() == cat {
		if why == catHeadNoun {
			return lx.role, roleHeadNoun
		}
		return lx.role, roleWord
	}
	return defaultRole(cat), roleDefault
}

// role decides the role of figure f, whose category is decided, from the
// word that decided it, the figure it refers back to or is coordinated
// with, or its category. A count of parties or speakers is other.
func (fx *figurer) role(f *Figure, c *candidate, toks []ntoken, word *numLex) {
	if c.unitFirst >= 0 && c.q.kind == QuantityNumber {
		if lx := toks[c.unitLast].lx; lx != nil && lx.party {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleParty, 0
			return
		}
	}
	if own := fx.ownRoleWord(toks, c); own != nil {
		switch {
		case own.role.Category() == f.Category:
			f.Role, f.why.role = own.role, roleWord
			return
		case rescueWord(own.w) && heldAround(toks):
			// "troops rescued 76 girls who had been abducted": freed
			// from captivity.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = Detention, RoleReleased, catTrigger, roleWord, own.ref
			return
		case f.why.category == catHeadNoun && f.Category == Deployment && own.trig == trigStrong &&
			(own.role.Category() == Casualties || own.role.Category() == Detention):
			// "41 soldiers and civilians were killed": what befell the
			// soldiers, not a deployment.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = own.role.Category(), own.role, catTrigger, roleWord, own.ref
			return
		}
	}
	switch f.why.category {
	case catInherited, catCoordinated:
		if fx.hasPrevFigure() {
			if prev := &fx.out[len(fx.out)-1]; prev.Category == f.Category {
				f.Role, f.why.role = prev.Role, roleCoordinated
				if f.why.category == catInherited {
					f.why.role = roleInherited
				}
				return
			}
		}
	}
	f.Role, f.why.role = roleOf(f.Category, f.why.category, word)
}

// ownRoleWord finds the word of the figure's own conjunct that names a
// role: inside it ("15,859 wounded"), after it up to the next number or
// clause ("41 soldiers and civilians were killed"), else before it back to
// the previous number ("killing 12 and wounding 40"). Each number of
// "3,823 killed and 15,859 wounded" so takes its own verb.
func (fx *figurer) ownRoleWord(toks []ntoken, c *candidate) *numLex {
	text := fx.text
	for j := c.first; j <= c.last; j++ {
		if c.unitFirst >= 0 && j >= c.unitFirst && j <= c.unitLast {
			continue // the counted noun speaks as the head noun
		}
		if lx := toks[j].lx; lx != nil && lx.role != "" {
			return lx
		}
	}
	for j := c.last + 1; j < len(toks) && j <= c.last+7; j++ {
		if roleStop(text, toks[j]) {
			break
		}
		if w := tokenWord(text, toks[j]); (w == "and" || w == "or") && j+1 < len(toks) && toks[j+1].lx != nil && toks[j+1].lx.role != "" && toks[j+1].lx.head == "" {
			break // "killed 14 people and wounded 52": the next verb is the next conjunct's
		}
		if lx := toks[j].lx; lx != nil && lx.role != "" {
			return lx
		}
	}
	if c.chainLast > c.last && c.last+1 < len(toks) && tokenWord(text, toks[c.last+1]) == "," {
		// "10 officers, 26 sergeants and 94 soldiers were among those
		// killed": a list takes the verb after its last member.
		for j := c.chainLast + 1; j < len(toks) && j <= c.chainLast+7; j++ {
			if roleStop(text, toks[j]) {
				break
			}
			if lx := toks[j].lx; lx != nil && lx.role != "" {
				return lx
			}
		}
	}
	for j := c.first - 1; j >= 0 && j >= c.first-6; j-- {
		if roleStop(text, toks[j]) {
			break
		}
		if lx := toks[j].lx; lx != nil && lx.role != "" {
			return lx
		}
	}
	return nil
}

// roleStop reports whether token t ends a figure's own conjunct: another
// number, or a break between clauses other than "and" and "or".
func roleStop(text string, t ntoken) bool {
	switch t.kind {
	case ntNum:
		return true
	case ntPunct:
		switch ntText(text, t) {
		case ",", ";", ":", "—", "–", "(", ")", ".":
			return true
		}
		return false
	}
	lx := t.lx
	return lx != nil && (lx.num != nkNone && lx.num != nkAnd && lx.num != nkArticle || lx.marks&markRoleStop != 0)
}

// roleStopWords are the words of roleStop.
var roleStopWords = strings.Fields("that which who after before while but since when including")

// hasPrevFigure reports whether a figure came before in the text.
func (fx *figurer) hasPrevFigure() bool { return len(fx.out) > 0 }

// rescueWord reports whether w is a word of rescue, which names a release
// only for people who were held ("troops rescued 76 abducted girls"), not
// for those pulled from a wreck or the sea.
func rescueWord(w string) bool { return w == "rescued" || w == "rescue" }

// heldAround reports whether the sentence of toks says people were held:
// abducted, kidnapped, hostages, in captivity.
func heldAround(toks []ntoken) bool {
	for _, t := range toks {
		if t.lx != nil && t.lx.role == RoleHeld {
			return true
		}
	}
	return false
}
