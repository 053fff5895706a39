package extract

import "strings"

// Roles the clause scans miss because the construction puts the word of
// the count's fate somewhere they do not read (issue 12, seventh pass):
//   - a set named before its members: "Among the dead were nine aid
//     workers", "the injured include 179 men, 38 women and 30 children",
//     or after them: "three officials were among the casualties";
//   - care that says the people lived: "the remaining two are receiving
//     treatment", "two of whom were in critical condition", "four of the
//     nine people brought to the clinic died" (the nine were hurt; only
//     the four died): never killed;
//   - a fate that is unknown: "one mariner who remains unaccounted for",
//     "116 more still unaccounted for", "1 lost at sea": missing, not
//     killed;
//   - countries and nations are places, never the people of a crisis:
//     "101.2 million crisis-affected people in 37 countries";
//   - villages and communities where people were killed, taken or
//     harmed, or that were raided, flooded or buried, are affected: "abducted 14
//     people in three different villages", "raided four villages".
//
// Each check is gated first on the figure's role and noun, then on a mark
// of the sentence's words, so that a figure none can concern costs a few
// comparisons.

// The rules of this file, registered with the role rules.
var roleAmongBefore, roleUnderCare, roleUnaccounted, roleCountryCount, roleHarmedPlace, roleCrossedBorder, roleDamagedSpan, roleSingularToll, roleLivesOf ruleID

// role7Defs are the rules of this file.
func role7Defs() []figureRuleDef {
	return []figureRuleDef{
		{&roleAmongBefore, "set-named", "Among the dead in the camp were nine employees of a relief agency."},
		{&roleUnderCare, "under-care", "Two died instantly, while the remaining two are receiving treatment."},
		{&roleUnaccounted, "fate-unaccounted", "The missile struck the ship, leaving one mariner who remains unaccounted for."},
		{&roleCountryCount, "country-count", "45 million people in 37 countries face starvation."},
		{&roleHarmedPlace, "harmed-place", "Gunmen abducted 14 people in three different villages."},
		{&roleCrossedBorder, "crossed-border", "Some 3,000 people have reached border villages from Darfur since Thursday."},
		{&roleDamagedSpan, "damaged-after-fillers", "Some 3,500 houses were partially or completely damaged by the floods."},
		{&roleSingularToll, "singular-toll", "Three districts recorded one death each."},
		{&roleLivesOf, "lives-of", "The typhoon killed 6,000 people and devastated the lives of millions."},
	}
}

// setRoleWords are the nouns and participles that name a set of people by
// what befell them: "among the dead", "the injured include". A word of
// the lexicon with a role names it; these name a casualty without one.
var setRoleWords = map[string]Role{"victims": RoleKilled, "casualties": RoleKilled, "martyrs": RoleKilled}

// buildRole7 registers this file's rules and enters the words its checks
// read by their lexicon entry.
func buildRole7() {
	for _, d := range role7Defs() {
		*d.id = register("role", d.name, d.example)
	}
	lexClass(0, `among the those were was are is include includes included receiving undergoing treatment treated being
		brought taken rushed admitted to clinic hospital in of whom them condition remaining unaccounted remains remain still
		lost sea who at victims casualties martyrs from countries nations villages communities hamlets raided attacked claims claimed seized captured took retook recaptured liberated controls controlled holds
		reached arrived arriving arrive arrivals having have has had sought seeking taken taking refuge camp camps daily weekly new partially completely partly totally fully including
		death fatality casualty injury body corpse life lives claimed claiming cost costing took ended devastated disrupted
		upended shattered ruined affected impacted saved changed improved touched transformed
		stormed invaded flooded submerged crashed buried torched razed`)
}

// ownPredicateRole is the last step of a figure's role: the checks of a
// predicate of its own (ownPredicate5), then this file's constructions.
func (fx *figurer) ownPredicateRole(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	return fx.role7(f, c, toks, fx.ownPredicate5(f, c, toks, event))
}

// role7 corrects the role of the figure f (candidate c) by the
// constructions of this file, after ownPredicateRole's checks; it returns
// whether the figure counts an event.
func (fx *figurer) role7(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if c.q.kind != QuantityNumber {
		return event
	}
	var head *numLex
	if c.unitFirst >= 0 {
		head = toks[c.unitLast].lx
	}
	if head != nil && f.Role != RoleOther && f.Role != RolePledged && (head.w == "countries" || head.w == "nations") && !toks[c.unitLast].upper {
		// Countries are where the people are, not people: "101.2 million
		// crisis-affected people in 37 countries". Not a pledge, which
		// countries make ("At least 10 countries have pledged troops").
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleCountryCount, 0
		return false
	}
	if head != nil && f.Role == RoleOther && settlementWord(head.w) && harmedPlace(fx.text, toks, c) {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Humanitarian, RoleAffected, catTrigger, roleHarmedPlace, 0
		return true
	}
	if head != nil && f.Role == RoleOther && head.cls&clsDwelling != 0 && dwellingDamagedAfter(fx.text, toks, c) {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Humanitarian, RoleAffected, catTrigger, roleDamagedSpan, 0
		return true
	}
	if head != nil && f.Role == RoleOther && (c.unitFirst == c.unitLast || head.w == "lives") {
		if r := singularToll(fx.text, toks, c, head); r != "" {
			// "recorded one death each", "one injury", "claimed one life":
			// the singular of a noun of the toll counts what its plural does.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catHeadNoun, roleSingularToll, head.ref
			return true
		}
	}
	if f.Role == RoleKilled && c.first >= 3 && ntIsWord(toks[c.first-1], "of") && ntIsWord(toks[c.first-2], "lives") {
		if r, ok := livesOf(toks, c); ok {
			// "devastated the lives of millions": their lives were harmed,
			// not taken; "claimed the lives of 40" stays killed.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catTrigger, roleLivesOf, 0
			return r != RoleOther
		}
	}
	person := head == nil || head.party || personNoun(f.Unit)
	if !person {
		return event
	}
	if (f.Role == RoleOther || f.Role == RoleDisplaced || f.Role == RoleInNeed || f.Role == RoleAffected) &&
		(head == nil || !combatantNoun(f.Unit)) && crossedBorder(fx.text, toks, c, f.Role) {
		// People who reached, crossed or arrived across a border are
		// refugees, whatever word of need or flight the clause had.
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Displacement, RoleRefugees, catTrigger, roleCrossedBorder, 0
		return true
	}
	if f.Role != RoleInjured && fx.marks&(markK6Care|markSeverity) != 0 && underCare(fx.text, toks, c) {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Casualties, RoleInjured, catTrigger, roleUnderCare, 0
		return true
	}
	if f.Role != RoleMissing && f.Category != Detention && fateUnaccounted(fx.text, toks, c) {
		// Detainees unaccounted for stay detained (the disappeared of a
		// prison, ownPredicate5's fateUnknown).
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Casualties, RoleMissing, catTrigger, roleUnaccounted, 0
		return true
	}
	if fx.marks&markK6Among != 0 || f.Role == RoleOther {
		if r, ref := setNamed(fx.text, toks, c); r != "" && r != f.Role && !(r == RoleKilled && injuredPhrase(toks, c)) {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catTrigger, roleAmongBefore, ref
			return true
		}
	}
	return event
}

// settlementWord reports whether w counts villages or communities.
// Not "settlements", which a front line takes ("claims 82 settlements").
func settlementWord(w string) bool {
	return w == "villages" || w == "communities" || w == "hamlets"
}

// injuredPhrase reports whether a word of the figure c itself names an
// injury ("two more wounded police officers"), which no set may call dead.
func injuredPhrase(toks []ntoken, c *candidate) bool {
	for j := c.first; j <= c.last; j++ {
		if lx := toks[j].lx; lx != nil && (lx.injury || lx.role == RoleInjured) {
			return true
		}
	}
	return false
}

// setRole is the role a set's word names: the lexicon's role of the word
// ("the dead", "the injured", "the abducted"), or killed for the victims
// and casualties of an attack. Only the fates of people count.
func setRole(lx *numLex) Role {
	if lx == nil {
		return ""
	}
	switch lx.role {
	case RoleKilled, RoleInjured, RoleMissing, RoleHeld, RoleDetained, RoleReleased:
		if lx.head == "" || lx.role == RoleKilled || lx.role == RoleDetained {
			return lx.role
		}
	}
	switch lx.w {
	case "victims", "casualties", "martyrs":
		return RoleKilled
	}
	return ""
}

// setAt reads "the <set word>" or "those <participle>" at token j and
// returns its role and the set word's token, or "" when there is none.
func setAt(toks []ntoken, j int) (Role, int) {
	if j+1 >= len(toks) || !(ntIsWord(toks[j], "the") || ntIsWord(toks[j], "those")) {
		return "", -1
	}
	if r := setRole(toks[j+1].lx); r != "" {
		return r, j + 1
	}
	return "", -1
}

// setNamed finds the set of people the figure c is a member of, named by
// what befell them, and returns its role and word:
//   - "among the dead … were nine employees", "Among the victims were four
//     judges": the set before a linking verb that the figure follows;
//   - "three officials … were confirmed to be among the casualties": the
//     set after the figure's own linking verb;
//   - "the injured include 179 men, 38 women and 30 children": every
//     member of the list the set's verb opens.
//
// A number between the set and the figure belongs to another count
// ("among 39 students kidnapped" is key6's amongSet).
func setNamed(text string, toks []ntoken, c *candidate) (Role, lexRef) {
	first := min(c.first, c.chainFirst)
	// Before: "among the dead [in the camp] were N", "the injured include N".
	if k := first - 1; k >= 2 && (lexHas(toks[k], clsAux) || ntIsWord(toks[k], "include") || ntIsWord(toks[k], "includes") || ntIsWord(toks[k], "included")) {
		for j := k - 2; j >= 0 && j >= k-9; j-- {
			t := toks[j]
			if t.kind == ntNum || ntIsPunct(text, t, '.') || ntIsPunct(text, t, ';') || t.lx != nil && t.lx.num != nkNone && t.lx.num != nkArticle && t.lx.num != nkAnd {
				break
			}
			r, at := setAt(toks, j)
			if r == "" {
				continue
			}
			if j >= 1 && ntIsWord(toks[j-1], "among") || !lexHas(toks[k], clsAux) && at == k-1 {
				return r, toks[at].lx.ref
			}
			break
		}
	}
	// After: "N X [of the corps] were [confirmed to be] among the casualties".
	k := c.last + 1
	if k < len(toks) && ntIsWord(toks[k], "of") {
		for k++; k < len(toks) && k <= c.last+14 && !lexHas(toks[k], clsAux|clsLink) && toks[k].kind != ntNum &&
			(toks[k].kind == ntWord || ntIsPunct(text, toks[k], '(') || ntIsPunct(text, toks[k], ')')); k++ {
		}
	}
	if k >= len(toks) || !lexHas(toks[k], clsAux|clsLink) {
		return "", 0
	}
	for aux := k; k+1 < len(toks) && k < aux+5; {
		k++
		if ntIsWord(toks[k], "among") {
			if r, at := setAt(toks, k+1); r != "" && (at+1 >= len(toks) || toks[at+1].kind != ntNum) {
				return r, toks[at].lx.ref
			}
			return "", 0
		}
		if toks[k].kind != ntWord || toks[k].lx == nil || toks[k].lx.role != "" {
			return "", 0
		}
	}
	return "", 0
}

// underCare reports whether the figure c is said to live under care: its
// own predicate ("the remaining two are receiving treatment", "are being
// treated in hospital"), its part's ("five children, two of whom were in
// critical condition"), or, for the whole of a part that died, a reduced
// relative ("four of the nine people brought to the clinic … died": the
// nine were hurt).
func underCare(text string, toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k+1 < len(toks) && ntIsWord(toks[k], "of") && (ntIsWord(toks[k+1], "whom") || ntIsWord(toks[k+1], "them")) {
		k += 2 // "two of whom were in critical condition"
	}
	// The participle may come with no auxiliary: "with 205 others receiving
	// outpatient treatment".
	direct := k < len(toks) && (ntIsWord(toks[k], "receiving") || ntIsWord(toks[k], "undergoing"))
	if direct || k < len(toks) && lexHas(toks[k], clsAux|clsLink) {
		if !direct {
			for k++; k < len(toks) && k <= c.last+6 && lexHas(toks[k], clsPredFill) && !ntIsWord(toks[k], "to"); k++ {
			}
		}
		if k+1 >= len(toks) {
			return false
		}
		switch {
		case ntIsWord(toks[k], "receiving") || ntIsWord(toks[k], "undergoing"):
			return ntIsWord(toks[k+1], "treatment") || k+2 < len(toks) && ntIsWord(toks[k+2], "treatment")
		case ntIsWord(toks[k], "being"):
			return ntIsWord(toks[k+1], "treated")
		case ntIsWord(toks[k], "in") && k+2 < len(toks):
			j := k + 1
			if ntIsWord(toks[j], "a") {
				j++
			}
			return j+1 < len(toks) && toks[j].lx != nil && toks[j].lx.marks&markSeverity != 0 && ntIsWord(toks[j+1], "condition")
		}
		return false
	}
	// The whole of a part: "four of the nine people brought to the clinic".
	if c.first < 3 || !ntIsWord(toks[c.first-1], "of") && !(ntIsWord(toks[c.first-1], "the") && ntIsWord(toks[c.first-2], "of")) || c.unitFirst < 0 {
		return false
	}
	if k >= len(toks) || !(ntIsWord(toks[k], "brought") || ntIsWord(toks[k], "taken") || ntIsWord(toks[k], "rushed") || ntIsWord(toks[k], "admitted")) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if ntIsWord(toks[j], "clinic") || ntIsWord(toks[j], "hospital") {
			return true
		}
	}
	return false
}

// fateUnaccounted reports whether the figure c is said to be unaccounted
// for or lost at sea, with or without a verb: "one mariner who remains
// unaccounted for", "with 116 more still unaccounted for", "1 lost at sea".
func fateUnaccounted(text string, toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k < len(toks) && (ntIsWord(toks[k], "who") || ntIsWord(toks[k], "that")) {
		k++
	}
	if k < len(toks) && lexHas(toks[k], clsAux|clsLink) {
		k++
	}
	for ; k < len(toks) && k <= c.last+5 && lexHas(toks[k], clsPredFill) && !ntIsWord(toks[k], "to"); k++ {
	}
	if k+1 >= len(toks) {
		return false
	}
	if ntIsWord(toks[k], "unaccounted") {
		return ntIsWord(toks[k+1], "for")
	}
	return ntIsWord(toks[k], "lost") && k+2 < len(toks) && ntIsWord(toks[k+1], "at") && ntIsWord(toks[k+2], "sea")
}

// harmedPlace reports whether the villages or communities of the figure c
// are where its sentence's people were killed, taken or hurt, or were
// raided, flooded or buried themselves: "abducted 14 people in three
// different villages", "raided four villages", "flood waters crashed into
// 40 villages", "about 10-12 villages were partially buried". Not the
// places a force took ("seized 17 villages"), nor where people came from
// ("the abducted victims were from the two villages").
func harmedPlace(text string, toks []ntoken, c *candidate) bool {
	if c.first > 0 {
		p := toks[c.first-1]
		if ntIsWord(p, "from") || ntIsWord(p, "the") && c.first > 1 && ntIsWord(toks[c.first-2], "from") {
			return false
		}
		if lx := p.lx; lx != nil && (lx.role != "" && lx.cls&clsDamage == 0 && !placeHarmVerb(lx.w) || placeTakeVerb(lx.w)) {
			return false // "seized 17 villages", "claims 82 settlements": taken by a force
		}
	}
	for _, t := range toks {
		lx := t.lx
		if lx == nil {
			continue
		}
		switch {
		case lx.role == RoleKilled || lx.role == RoleInjured || lx.role == RoleHeld && lx.cls&clsHold == 0 && lx.head == "":
			return true
		case lx.cls&clsDamage != 0 || attackNoun6[lx.w]:
			return true
		}
		if placeHarmVerb(lx.w) {
			return true
		}
	}
	return false
}

// placeTakeVerb reports whether w is a verb of a force that takes or
// holds a place: "claims 82 settlements", "controls nine villages".
func placeTakeVerb(w string) bool {
	switch w {
	case "claims", "claimed", "seized", "captured", "took", "retook", "recaptured", "liberated", "controls", "controlled", "holds":
		return true
	}
	return false
}

// placeHarmVerb reports whether w is a verb of a raid or a flood that
// befalls a village with its people: "raided four villages".
func placeHarmVerb(w string) bool {
	switch w {
	case "raided", "attacked", "stormed", "invaded", "flooded", "submerged", "crashed", "buried", "torched", "razed":
		return true
	}
	return false
}

// crossedBorder reports whether the people of the figure c crossed a
// border, by their own predicate or participle: "have reached Chadian
// border villages", "have sought refuge in Mauritania" (after the
// participle phrase of their flight: "fleeing fighting in northern Mali"),
// "with 15,000 people having arrived in the last two weeks" or "about
// 400 people arriving each night" in a sentence of a border or of
// refugees; a count of "daily arrivals" whose adjective parted it from
// its noun ("more than 8,000 daily arrivals"); or people a refugee camp
// hosts ("the Mbera Refugee Camp, which was already hosting some 55,000
// people"), for a figure the camp made displaced.
func crossedBorder(text string, toks []ntoken, c *candidate, r Role) bool {
	n := len(toks)
	k := c.last + 1
	if k+1 < n && c.unitFirst < 0 && (ntIsWord(toks[k], "daily") || ntIsWord(toks[k], "weekly") || ntIsWord(toks[k], "new")) && ntIsWord(toks[k+1], "arrivals") {
		return true
	}
	if r == RoleDisplaced && refugeeCampBefore(toks, c) {
		return true
	}
	if c.unitFirst < 0 {
		return false
	}
	if r == RoleDisplaced && k < n && lexHas(toks[k], clsFlight) {
		// The participle phrase of the flight, then the predicate.
		for k++; k < n && k <= c.last+14 && !lexHas(toks[k], clsAux) && !roleStop(text, toks[k]); k++ {
		}
	}
	for ; k < n && k <= c.last+16 && (lexHas(toks[k], clsAux|clsPredFill) || ntIsWord(toks[k], "having")) && !ntIsWord(toks[k], "to"); k++ {
	}
	if k >= n {
		return false
	}
	switch tokenWord(text, toks[k]) {
	case "reached", "arrived", "crossed":
	case "sought", "seeking", "taken", "taking":
		if k+2 >= n || !ntIsWord(toks[k+1], "refuge") || !ntIsWord(toks[k+2], "in") {
			return false
		}
		return k+3 < n && lexHas(toks[k+3], clsAbroad) && toks[k+3].upper // "sought refuge in Mauritania"
	case "arriving":
		return borderAround(toks)
	default:
		return false
	}
	for j := k + 1; j < n && j <= k+4; j++ {
		if lexHas(toks[j], clsAbroad) {
			return true // "reached Chadian border villages", "arrived in Uganda"
		}
		if roleStop(text, toks[j]) {
			break
		}
	}
	return tokenWord(text, toks[k]) == "arrived" && borderAround(toks)
}

// borderAround reports whether the sentence of toks names a border or a
// country crossed into, or refugees: "283 Syrians crossed the border into
// Jordan on Saturday, against about 400 people arriving each night".
func borderAround(toks []ntoken) bool {
	for _, t := range toks {
		if lx := t.lx; lx != nil && (lx.cls&clsAbroad != 0 && lx.cls&clsStop != 0 || lx.w == "border" || lx.w == "borders" || lx.role == RoleRefugees && lx.head != "" || lx.w == "influx") {
			return true
		}
	}
	return false
}

// refugeeCampBefore reports whether a refugee camp is what holds the
// figure c: "Refugee Camp, which was already hosting some 55,000 people",
// "the Mbera refugee camp, where close to 90,000 are hosted".
func refugeeCampBefore(toks []ntoken, c *candidate) bool {
	for j := c.first - 1; j >= 1 && j >= c.first-8; j-- {
		if toks[j].kind == ntNum {
			return false
		}
		if (ntIsWord(toks[j], "camp") || ntIsWord(toks[j], "camps")) && toks[j-1].lx != nil && toks[j-1].lx.role == RoleRefugees && toks[j-1].lx.head == "" {
			return true
		}
	}
	return false
}

// dwellingDamagedAfter reports whether the places or structures of the
// figure c are damaged by a predicate the clause scans do not read: past
// adverbs joined by "or" ("3,526 houses were partially or completely
// damaged") or past a list of what they include ("about 2,300 buildings,
// including homes and temples collapsed").
func dwellingDamagedAfter(text string, toks []ntoken, c *candidate) bool {
	n := len(toks)
	k := c.last + 1
	if k+1 < n && ntIsPunct(text, toks[k], ',') && ntIsWord(toks[k+1], "including") {
		for j := k + 2; j < n && j <= k+9; j++ {
			if lexHas(toks[j], clsDamage) {
				return true
			}
			if toks[j].kind != ntWord {
				return false
			}
		}
		return false
	}
	if k >= n || !lexHas(toks[k], clsAux|clsLink) {
		return false
	}
	for k++; k < n && k <= c.last+8; k++ {
		t := toks[k]
		switch {
		case lexHas(t, clsDamage):
			return true
		case lexHas(t, clsPredFill) && !ntIsWord(t, "to") || ntIsWord(t, "or") || ntIsWord(t, "and") ||
			ntIsWord(t, "partially") || ntIsWord(t, "completely") || ntIsWord(t, "partly") || ntIsWord(t, "totally") || ntIsWord(t, "fully"):
		default:
			return false
		}
	}
	return false
}

// singularToll is the role a one-word counted noun gives the figure c
// when it is the singular of a noun of the toll, which the lexicon knows
// as a head noun only in the plural: "one death" as "deaths", "one
// injury" as "injuries", "one fatality", "one casualty", "one body"; and
// "one life" as "lives" when a verb took it ("claimed one life",
// "one life was lost"), as "lives" with words before it ("406 precious
// lives have been lost"). It returns "" for any other noun.
func singularToll(text string, toks []ntoken, c *candidate, head *numLex) Role {
	w := head.w
	switch {
	case w == "life" || w == "lives":
		if livesVerbBefore(toks, c) || lostAfter(toks, c) {
			return RoleKilled
		}
		return ""
	case w == "death" || w == "fatality" || w == "casualty" || w == "injury" || w == "body" || w == "corpse":
		// Not "one victim", who is mostly a person described ("one victim
		// was a child").
	default:
		return ""
	}
	plural := w + "s"
	if strings.HasSuffix(w, "y") {
		plural = w[:len(w)-1] + "ies"
	}
	p := lookupNumLex(plural)
	if p == nil || p.head != Casualties && p.cat != Casualties {
		return ""
	}
	switch p.role {
	case RoleKilled, RoleInjured, RoleMissing:
		return p.role
	}
	return RoleKilled // "casualties", "victims": the category's default
}

// livesVerbBefore reports whether a verb that takes lives stands before
// the figure c, past its determiners: "claimed one life", "cost the
// lives of".
func livesVerbBefore(toks []ntoken, c *candidate) bool {
	for j := c.first - 1; j >= 0 && j >= c.first-3; j-- {
		if lx := toks[j].lx; lx != nil {
			switch lx.w {
			case "claimed", "claiming", "claims", "cost", "costing", "took", "taken", "ended", "lost":
				return true
			case "the", "of", "at", "least", "some", "over", "nearly", "more", "than":
				continue
			}
		}
		return false
	}
	return false
}

// lostAfter reports whether the figure c's predicate is that it was lost:
// "406 precious lives have been lost", "one life was lost".
func lostAfter(toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k >= len(toks) || !lexHas(toks[k], clsAux) {
		return false
	}
	for k++; k < len(toks) && k <= c.last+4 && lexHas(toks[k], clsAux|clsPredFill) && !ntIsWord(toks[k], "to"); k++ {
	}
	return k < len(toks) && ntIsWord(toks[k], "lost")
}

// livesOf gives the role of the figure c in "the lives of N" by the verb
// before it: affected when the lives were harmed ("devastated the lives
// of millions"), other when saved or changed; it reports false for a
// verb that took them ("claimed the lives of 40") or none it knows.
func livesOf(toks []ntoken, c *candidate) (Role, bool) {
	j := c.first - 3
	if j >= 0 && (ntIsWord(toks[j], "the") || ntIsWord(toks[j], "their")) {
		j--
	}
	if j < 0 || toks[j].lx == nil {
		return "", false
	}
	switch toks[j].lx.w {
	case "devastated", "disrupted", "upended", "shattered", "ruined", "affected", "impacted":
		return RoleAffected, true
	case "saved", "changed", "improved", "touched", "transformed":
		return RoleOther, true
	}
	return "", false
}
