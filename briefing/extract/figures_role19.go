package extract

import "strings"

// Roles the lexicon lacked a word for (issue 12, role19).
//
// A count of cases counts the sick of an outbreak, who are affected as the
// infected are: "658 cases and 28 deaths reported from five states", "1,700
// suspected cases", "At least 2,000 cases have been reported". The noun
// decides whatever word of harm or need its clause has: cases "treated in
// Bentiu" are the sick, not the wounded, and "40 deaths from 1,700 cases"
// are two counts. Cases of a named fate keep that fate's word ("12 cases
// of kidnapping"); cases of a disease are the sick ("2,000 cases of
// cholera"); cases of anything else are no count of the sick ("7 cases of
// torture") and keep the role their clause gives. "cases" elsewhere in a sentence names no role for
// another figure, nor in a headline ("mounting cholera cases"), where the
// deaths still lead: it is a head noun only, and this file gives its role.

// A count of soldiers, police or prisoners that is part or all of a death
// toll counts dead soldiers, police or prisoners, not a force or captives:
// "the death toll … rose to 18 inmates", "took the death toll to 52 — 29
// troops and militia and 23 militants", "the new toll, which included 27
// civilians and six security personnel". The noun says who died; the toll
// says what befell them (role/toll-part).

// Structures set on fire are affected as structures burned are: "set fire
// to at least 45 houses", "set 30 homes ablaze", "set 12 shops on fire"
// (role/set-on-fire). Only a structure's noun is read so: "set fire to
// the car" counts nothing, and people set on fire are read elsewhere.

// The whole a share is of keeps the fate its own counted noun names: "A
// quarter of the estimated two million displaced people are from the
// north" counts two million displaced, "a fifth of the 1,100 detainees"
// 1,100 detained. A whole named by no fate stays other, whatever befell
// its share: "90% of Gaza's 2.1 million people were displaced"
// (baseNamesFate, a hook of clauseRole's share-base rule).

// What is deployed is a force: people, units or materiel. A count of
// other things sent or used is no deployment, nor is a share of a whole
// that is no force: "deploying 51,000 doses to cover 97% of the eligible
// population" deployed neither doses nor people (role/things-not-forces).
// "about 60% of the mission's 15,000 peacekeepers have been deployed" and
// "a 5,000-strong force" stay deployed. Supplies are named by a list
// (supplyNouns), not by failing the test of a person: "40 rescue experts"
// are a force whose noun that test does not know.

// The members listed of a set of captives that was freed were freed:
// "The rescued hostages comprise 76 females and 61 males", "The released
// detainees include 30 women", "rescued 180 hostages, comprising 132
// students and 48 staff" (role/freed-members). The set is a noun phrase
// with a word of release and a noun of captivity right before the verb of
// inclusion, or the count before the list when it was freed. Captives
// still held keep their role: "The captives include 12 women".

// supplyNouns are things sent or handed out, never a force.
const supplyNouns = `doses vaccines tonnes tons kits rations tents blankets litres liters parcels meals shipments consignments`

// caseNouns count the sick of an outbreak.
const caseNouns = `cases`

// diseaseNouns are the outbreaks whose cases count the sick: "cases of
// cholera".
const diseaseNouns = `cholera measles dengue ebola malaria diphtheria mpox polio typhoid covid diarrhoea diarrhea
	meningitis yellow`

// r19 holds the entries this file compares tokens with.
var r19 struct {
	cases, toll        *numLex
	diseases, supplies map[*numLex]bool
}

// The rules of this file: a count of cases, a part of a death toll,
// structures set on fire, things sent that are no force, the members of a
// freed set.
var roleCaseCount, roleTollPart, roleSetOnFire, roleThingsNotForces, roleFreedMembers ruleID

// buildRole19 registers this file's rules and gives the lexicon its nouns.
func buildRole19() {
	roleCaseCount = register("role", "case-count", "The ministry reported 658 cases and 28 deaths.")
	for _, w := range strings.Fields(caseNouns) {
		e := numLexEntry(w)
		if e.head == "" && e.role == "" && e.trig == trigNone {
			e.head = Humanitarian
		}
	}
	roleTollPart = register("role", "toll-part", "The death toll rose to 52 — 29 troops and 23 militants.")
	roleSetOnFire = register("role", "set-on-fire", "The gang set fire to at least 45 houses.")
	roleThingsNotForces = register("role", "things-not-forces", "The campaign ended, deploying 51,000 doses to reach 97% of the population.")
	roleFreedMembers = register("role", "freed-members", "The rescued hostages comprise 76 women and 61 men.")
	r19.cases, r19.toll = numLexEntry("cases"), numLexEntry("toll")
	r19.supplies = map[*numLex]bool{}
	for _, w := range strings.Fields(supplyNouns) {
		r19.supplies[numLexEntry(w)] = true
	}
	r19.diseases = map[*numLex]bool{}
	for _, w := range strings.Fields(diseaseNouns) {
		r19.diseases[numLexEntry(w)] = true
	}
}

// role19 corrects the role of the figure f (candidate c) by the rules of
// this file, after role9; it returns whether the figure counts an event.
//
// It runs for every figure, so it only tests what each rule needs first
// (the category, the unit's entry, the word before the list) and leaves
// the readings to role19Read, whose code stays off the common path.
func (fx *figurer) role19(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if f.Category == Deployment {
		return fx.role19Read(f, c, toks, event)
	}
	if c.q.kind != QuantityNumber || c.unitLast < 0 {
		return event
	}
	if toks[c.unitLast].lx != r19.cases && (!lexHas(toks[c.unitLast], clsDwelling) || f.Role != RoleOther) &&
		(f.why.category != catHeadNoun || fx.marks&markDeath == 0) && !listOpens(toks, c) {
		return event
	}
	return fx.role19Read(f, c, toks, event)
}

// listOpens reports whether the word before the figure c's list may be a
// verb of inclusion (freedMembers): "including", or a word the lexicon
// does not know ("comprise", "include").
func listOpens(toks []ntoken, c *candidate) bool {
	j := min(c.first, c.chainFirst) - 1
	return j >= 1 && (hasLex(toks[j], lexIncluding) || toks[j].lx == nil && toks[j].kind == ntWord)
}

// role19Read is role19 past its gate.
//
//go:noinline
func (fx *figurer) role19Read(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if f.why.category == catHeadNoun && (f.Category == Deployment || f.Category == Detention) && fx.marks&markDeath != 0 &&
		c.q.kind == QuantityNumber && tollPart(fx.text, toks, c) {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Casualties, RoleKilled, catTrigger, roleTollPart, r19.toll.ref
		return true
	}
	if f.Role != RoleReleased && c.q.kind == QuantityNumber && c.unitFirst >= 0 && fx.freedMembers(toks, c) {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Detention, RoleReleased, catTrigger, roleFreedMembers, 0
		return true
	}
	if f.Category == Deployment && !c.q.hyphenated && (c.q.kind == QuantityNumber && c.unitLast >= 0 && r19.supplies[toks[c.unitLast].lx] ||
		c.q.kind == QuantityPercent && !forceWhole(fx.text, toks, c)) {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleThingsNotForces, 0
		return false
	}
	if f.Role == RoleOther && c.unitLast >= 0 && lexHas(toks[c.unitLast], clsDwelling) && c.q.kind == QuantityNumber && setOnFire(fx.text, toks, c) {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Humanitarian, RoleAffected, catTrigger, roleSetOnFire, 0
		return true
	}
	if c.unitLast < 0 || toks[c.unitLast].lx != r19.cases || f.Role == RoleAffected || c.q.kind != QuantityNumber {
		return event
	}
	if k := c.unitLast + 2; k < len(toks) && toks[k-1].lx == r7.of && !r19.diseases[toks[k].lx] {
		// "12 cases of kidnapping", "7 cases of torture": not the sick; the
		// noun itself names nothing.
		if f.why.category == catHeadNoun && f.Category == Humanitarian {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNone, 0
			return false
		}
		return event
	}
	f.Category, f.Role, f.why.category, f.why.role, f.why.word = Humanitarian, RoleAffected, catHeadNoun, roleCaseCount, 0
	return true
}

// tollPart reports whether the figure c, or the list it opens, is the
// value of a death toll or its parts: after "toll, which included" or
// "toll including"; after "toll … N —" or ":" (the toll's own value
// before the dash); or after a verb of value ("rose to", "reached") with
// the toll before it in its clause and no other count between.
func tollPart(text string, toks []ntoken, c *candidate) bool {
	j := min(c.first, c.chainFirst) - 1
	if j < 1 {
		return false
	}
	if includeWord(text, toks[j]) || isLex(toks[j], lexIncluding) {
		k := j - 1
		if isLex(toks[k], lexWhich) {
			k--
		}
		if k >= 0 && ntIsPunct(text, toks[k], ',') {
			k--
		}
		return k >= 0 && toks[k].lx == r19.toll
	}
	if toks[j].kind == ntPunct && dashOrColon(ntText(text, toks[j])) >= 0 && toks[j-1].kind == ntNum {
		for k := j - 2; k >= 0 && k >= j-6; k-- {
			if toks[k].lx == r19.toll {
				return true
			}
			if toks[k].kind == ntNum || ntIsPunct(text, toks[k], '.') {
				return false
			}
		}
		return false
	}
	if !valueVerbBefore(text, toks, c, false) {
		return false
	}
	for k := c.first - 2; k >= 0 && k >= c.first-1-countReach; k-- {
		t := toks[k]
		if ntIsPunct(text, t, ';') || ntIsPunct(text, t, ':') || ntIsPunct(text, t, '.') || t.kind == ntNum && !yearOrDay(text, toks, k) {
			return false
		}
		if t.lx == r19.toll {
			return true
		}
	}
	return false
}

// setOnFire reports whether the structures of the figure c were set on
// fire: "set fire to N houses" before them, or "ablaze", "alight" or "on
// fire" right after their noun ("set 30 homes ablaze").
func setOnFire(text string, toks []ntoken, c *candidate) bool {
	if j := c.first - 1; j >= 1 && ntIsWord(toks[j], "to") && wordAt(text, toks[j-1], "fire") {
		return true
	}
	k := c.unitLast + 1
	if k >= len(toks) {
		return false
	}
	return wordAt(text, toks[k], "ablaze") || wordAt(text, toks[k], "alight") ||
		ntIsWord(toks[k], "on") && k+1 < len(toks) && wordAt(text, toks[k+1], "fire")
}

// baseNamesFate reports whether the counted noun of the figure c, the
// whole of a share, names a fate of people by one of its words: a death
// or an injury, a captivity or a detention, a flight ("displaced people",
// "detainees", "refugees"). Where no unit was read, the words right after
// the number are, past an adverb ("the 455,000 newly displaced people").
// Forces and the needy are not fates of a whole: "half of the 4,000
// troops", "a third of the 2 million people in need" stay other.
func baseNamesFate(text string, toks []ntoken, c *candidate) bool {
	from, to := c.unitFirst, c.unitLast
	if from < 0 {
		from, to = c.last+1, min(c.last+2, len(toks)-1)
	}
	for j := from; j <= to; j++ {
		t := toks[j]
		if lx := t.lx; lx != nil && lx.role != "" {
			switch lx.role.Category() {
			case Casualties, Detention, Displacement:
				return true
			}
		}
		if c.unitFirst < 0 && (t.kind != ntWord || !strings.HasSuffix(ntText(text, t), "ly")) {
			return false // only an adverb may come before the word of the fate
		}
	}
	return false
}

// forceWhole reports whether the percentage c is a share of a force, or
// of nothing named: "60% of the mission's 15,000 peacekeepers", "30% of
// its troops"; not "97% of the eligible population".
func forceWhole(text string, toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k >= len(toks) || toks[k].lx != r7.of {
		return true
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		t := toks[j]
		if t.lx != nil && t.lx.head == Deployment {
			return true
		}
		if ntIsPunct(text, t, ',') || ntIsPunct(text, t, '.') || ntIsPunct(text, t, ';') {
			break
		}
	}
	return false
}

// freedMembers reports whether the figure c opens or is in the list a
// verb of inclusion gives as the members of a freed set of captives: the
// count before it in its sentence, freed, or a noun phrase of release and
// captivity ("the rescued hostages") right before the verb.
func (fx *figurer) freedMembers(toks []ntoken, c *candidate) bool {
	j := min(c.first, c.chainFirst) - 1
	if j < 1 || toks[j].kind != ntWord || !(toks[j].lx == lexIncluding || includeWord(fx.text, toks[j]) || comprisingWord(fx.text, toks[j])) {
		return false
	}
	if k := j - 1; ntIsPunct(fx.text, toks[k], ',') {
		// The set is the count before the list: the last figure of the
		// sentence that ends before the comma.
		for i := len(fx.out) - 1; i >= 0 && fx.out[i].SentenceStart == c.sentenceStart; i-- {
			if fx.out[i].End <= toks[k].start {
				return fx.out[i].Role == RoleReleased
			}
		}
	}
	freed, captives := false, false
	for k := j - 1; k >= 0 && k >= j-4 && toks[k].kind == ntWord; k-- {
		if lx := toks[k].lx; lx != nil {
			freed = freed || lx.role == RoleReleased
			captives = captives || lx.role == RoleHeld || lx.head == Detention
		}
	}
	return freed && captives
}

// comprisingWord reports whether t is a form of "comprise", which the
// lexicon does not know.
func comprisingWord(text string, t ntoken) bool {
	return t.lx == nil && foldIn(ntText(text, t), "comprise", "comprises", "comprising", "comprised")
}
