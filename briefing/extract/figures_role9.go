package extract

import "strings"

// A role the clause scans misread (issue 12, ninth pass): a word of
// sending takes the people it sends for a force, whereas fire or an attack
// that "sends" villagers fleeing, into hiding or to the bush drives them
// from their homes: "sustained gunfire, sending hundreds of terrified
// villagers to the bush", "rains of bullets sent the inhabitants scampering
// for safety", "Gunshots send villagers into hiding". Such people are
// displaced. Troops sent to a place, or even to the bush to hunt gunmen,
// are named as a force by their own noun and stay deployed.
//
// A count of disappearances counts the missing, as a count of killings
// counts the dead: "6 enforced disappearances", "documented more than
// 1,200 disappearances". (The people who "disappeared into the state's
// prisons" are missing too: eventRole no longer reads the prison as their
// detention.)

// disappearanceNouns count the missing as killingNouns count the dead.
const disappearanceNouns = `disappearances`

// roleSentFleeing is the rule of this file, registered with the role rules.
var roleSentFleeing ruleID

// buildRole9 registers this file's rule and gives the lexicon its nouns.
func buildRole9() {
	roleSentFleeing = register("role", "sent-fleeing", "The gunfire sent 300 villagers into hiding in the forest.")
	for _, w := range strings.Fields(disappearanceNouns) {
		e := numLexEntry(w)
		if e.head == "" && e.role == "" && e.trig == trigNone {
			e.head, e.role, e.cat, e.trig = Casualties, RoleMissing, Casualties, trigStrong
		}
	}
}

// role9 corrects the role of the figure f (candidate c) by the
// construction of this file, after role7; it returns whether the figure
// counts an event.
func (fx *figurer) role9(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if c.q.kind != QuantityNumber || f.Category != Deployment || f.why.role != roleDefault {
		return event // only a count no noun of its own named a force
	}
	if sentFleeing(fx.text, toks, c) {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Displacement, RoleDisplaced, catTrigger, roleSentFleeing, 0
		return true
	}
	return event
}

// sentFleeing reports whether the count c is the object of a word of
// sending right before it and is sent in flight right after it: "sending
// hundreds of villagers to the bush", "sent 300 families into hiding",
// "sent thousands running".
func sentFleeing(text string, toks []ntoken, c *candidate) bool {
	if c.first < 1 || c.last+1 >= len(toks) {
		return false
	}
	switch lowerWord(text, toks[c.first-1]) {
	case "send", "sends", "sending", "sent":
	default:
		return false
	}
	k := c.last + 1
	switch lowerWord(text, toks[k]) {
	case "fleeing", "running", "scampering", "scurrying", "scrambling":
		return true
	case "into", "to":
	default:
		return false
	}
	k++
	if k < len(toks) && lowerWord(text, toks[k]) == "the" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch lowerWord(text, toks[k]) {
	case "bush", "hiding", "forest", "forests", "hills", "mountains", "woods":
		return true
	}
	return false
}
