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
var roleAmongBefore, roleUnderCare, roleUnaccounted, roleCountryCount, roleHarmedPlace, roleCrossedBorder, roleDamagedSpan, roleSingularToll, roleLivesOf, roleRoundedUp, roleSameNoun, roleThingHead, roleReturning, roleMoreOf ruleID

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
		{&roleRoundedUp, "rounded-up", "Police rounded up 40 protesters in the capital."},
		{&roleSameNoun, "same-noun-ellipsis", "The agency counted 188 families entering Chad this week and 1,161 families since October."},
		{&roleThingHead, "modifier-of-a-thing", "The agency sent 40 relief trucks to the region."},
		{&roleReturning, "returning-no-flight", "Police stopped 14 guests who were returning from a wedding."},
		{&roleMoreOf, "more-of-the-displaced", "About 7,000 refugees crossed back from Turkey, and thousands more returned from Lebanon."},
	}
}

// buildRole7 registers this file's rules and enters the words its checks
// read by their lexicon entry.
func buildRole7() {
	for _, d := range role7Defs() {
		*d.id = register("role", d.name, d.example)
	}
	// Only words the lexicon has: a new entry would change what other
	// scans read of those words (TestRole7WordsKnown).
	for p, w := range role7Words() {
		*p = numLexicon[w]
	}
	for kind, words := range map[role7Noun]string{r7Settlement: "villages communities", r7TollOne: "death fatality casualty",
		r7Life: "lives"} {
		for _, w := range strings.Fields(words) {
			if e := numLexicon[w]; e != nil {
				role7Nouns[e] = kind
			}
		}
	}
}

// role7Noun is what a counted noun is to this file's checks, found by
// its lexicon entry (role7Nouns), so that a figure's noun costs one
// lookup whatever the checks.
type role7Noun uint8

const (
	r7None       role7Noun = iota
	r7Settlement           // villages, communities
	r7TollOne              // death, fatality, casualty (and by their text injury, body, corpse)
	r7Life                 // lives (and by its text life)
)

// r7 holds the lexicon entries of the words this file's scans compare
// tokens with, so that a comparison is of pointers (buildRole7 sets them).
var r7 struct {
	of, lives, who, that, unaccounted, lost, at, forW, camp, camps, having, arrivals, daily, weekly, newW, refuge, in,
	reached, arrived, crossed, sought, seeking, taken, taking *numLex
}

// role7Words are the words of r7, each with the field it fills.
func role7Words() map[**numLex]string {
	return map[**numLex]string{&r7.of: "of", &r7.lives: "lives", &r7.who: "who", &r7.that: "that",
		&r7.unaccounted: "unaccounted", &r7.lost: "lost", &r7.at: "at", &r7.forW: "for", &r7.camp: "camp",
		&r7.camps: "camps", &r7.having: "having", &r7.arrivals: "arrivals", &r7.daily: "daily",
		&r7.weekly: "weekly", &r7.newW: "new", &r7.refuge: "refuge", &r7.in: "in", &r7.reached: "reached",
		&r7.arrived: "arrived", &r7.crossed: "crossed", &r7.sought: "sought", &r7.seeking: "seeking",
		&r7.taken: "taken", &r7.taking: "taking"}
}

// role7Nouns gives the kind of each noun of role7Noun; buildRole7 fills
// it once the lexicon has the words.
var role7Nouns = map[*numLex]role7Noun{}

// ownPredicateRole is the last step of a figure's role: the checks of a
// predicate of its own (ownPredicate5), then this file's constructions.
func (fx *figurer) ownPredicateRole(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	return fx.role21(f, c, toks, fx.role20(f, c, toks, fx.role19(f, c, toks, fx.role9(f, c, toks, fx.role7(f, c, toks, fx.ownPredicate5(f, c, toks, event))))))
}

// role7 corrects the role of the figure f (candidate c) by the
// constructions of this file, after ownPredicateRole's checks; it returns
// whether the figure counts an event.
func (fx *figurer) role7(f *Figure, c *candidate, toks []ntoken, event bool) bool {
	if c.q.kind != QuantityNumber {
		return event
	}
	// The role is read once: each check below asks first for what it
	// cannot do without (the role, a mark of the sentence, the word after
	// the figure), so that most figures pass with a few comparisons.
	if f.why.role == roleDefault && f.Category == Displacement && returnWord(f.why.word.word()) {
		// "16 members of a single family who were returning from a
		// baptism", "one of eight he has ended since returning to
		// power": a word of return alone names no flight, and those who
		// went home are not displaced (returnedHome). The checks below
		// read the figure as other. "N more" of the refugees or displaced
		// just counted are more of them, whatever verb brings them home:
		// "7,000 refugees had crossed back from Turkey, and thousands more
		// have returned from Lebanon" (moreOfDisplaced).
		if prev, ok := fx.moreOfDisplaced(f, c, toks); ok {
			f.Role, f.why.role = prev, roleMoreOf
		} else {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleReturning, 0
			event = false
		}
	}
	var other, borderRole, killed, injured, missing bool
	switch role := f.Role; role {
	case RoleOther:
		other, borderRole = true, true
	case RoleDisplaced, RoleInNeed, RoleAffected:
		borderRole = true
	case RoleKilled:
		killed = true
	case RoleInjured:
		injured = true
	case RoleMissing:
		missing = true
	}
	if (f.why.role == roleWord || f.why.role == roleDefault) && c.unitFirst >= 0 && c.unitFirst < c.unitLast &&
		f.Role != RoleOther && f.Role != RoleMoney && f.Role != RoleDuration && fx.modifierOfThing(f, c, toks) {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleThingHead, 0
		return false
	}
	var head *numLex
	if c.unitFirst >= 0 {
		if head = toks[c.unitLast].lx; head == nil {
			if r, ok := fx.unknownNounRole7(f, c, toks, other); ok {
				return r
			}
		} else if other && (head.cls&clsDwelling != 0 || head.role == RoleKilled || head.w == "casualty") {
			if r, ok := fx.nounRole7(f, c, toks, head); ok {
				return r
			}
		}
	}
	if killed && c.first >= 3 && toks[c.first-1].lx == r7.of && toks[c.first-2].lx == r7.lives {
		if r, ok := livesOf(fx.text, toks, c); ok {
			// "devastated the lives of millions": their lives were harmed,
			// not taken; "claimed the lives of 40" stays killed.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catTrigger, roleLivesOf, 0
			return r != RoleOther
		}
	}
	if other {
		if r, ok := fx.otherPeople7(f, c, toks, head); ok {
			return r
		}
	}
	m := fx.marks
	border := borderRole && fx.borderCue(toks, c, f.Role == RoleDisplaced)
	care := m&(markK6Care|markSeverity) != 0 && !injured
	lost := m&(markLossWord|markComplement) != 0 && !missing && fx.rolesIn(c.last+1, c.last+6) && unaccountedNear(toks, c) &&
		f.Category != Detention
	among := m&markK6Among != 0
	if !among && other {
		if first := min(c.first, c.chainFirst) - 1; first >= 0 && includeWord(fx.text, toks[first]) {
			among = true
		}
	}
	if !border && !care && !lost && !among {
		return event // the common case
	}
	if head != nil && !head.party && !personWord(lastWord(f.Unit), head, c.unitFirst == c.unitLast) {
		return event // the checks below are of people
	}
	if border && (head == nil || !irregularFighters(head) && head.head != Deployment) && crossedBorder(fx.text, toks, c, f.Role) {
		// People who reached, crossed or arrived across a border are
		// refugees, whatever word of need or flight the clause had.
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Displacement, RoleRefugees, catTrigger, roleCrossedBorder, 0
		return true
	}
	if care && underCare(fx.text, toks, c) {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Casualties, RoleInjured, catTrigger, roleUnderCare, 0
		return true
	}
	if lost && fateUnaccounted(fx.text, toks, c) {
		// Detainees unaccounted for stay detained (the disappeared of a
		// prison, ownPredicate5's fateUnknown).
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Casualties, RoleMissing, catTrigger, roleUnaccounted, 0
		return true
	}
	if among {
		if r, ref := setNamed(fx.text, toks, c); r != "" && r != f.Role && !(r == RoleKilled && injuredPhrase(toks, c)) {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catTrigger, roleAmongBefore, ref
			return true
		}
	}
	return event
}

// modifierOfThing reports whether the word that gave the figure f its
// role is a modifier of its counted noun, and that noun a thing, a place
// or an event rather than people: "40 relief trucks", "40 IDP sites"
// count trucks and sites, not the needy or the displaced. The nouns
// thingNoun knows ("two displacement camps", "eight prison riots") are
// left to key7Key, which reads them when they would be key.
// Not people ("300 refugee children", "four aid workers"), nor nouns
// with a category of their own ("20 hunger deaths", "two prison guards"),
// nor homes, villages and communities, which are affected (nounRole7),
// nor movements of the displaced (movementNoun).
func (fx *figurer) modifierOfThing(f *Figure, c *candidate, toks []ntoken) bool {
	mod := false
	for j := c.unitFirst; j < c.unitLast; j++ {
		if lx := toks[j].lx; lx != nil && f.why.word != 0 && lx.ref == f.why.word {
			mod = true
			break
		}
	}
	if !mod || thingNoun(f.Unit) != thingNone {
		return false // camps, riots, hotspots: key7Key's, as it reads the key figures
	}
	head := toks[c.unitLast].lx
	if head != nil && (head.head != "" || head.party || head.cls&(clsPerson|clsDwelling) != 0 || role7Nouns[head] != 0 ||
		head.ref == f.why.word) {
		return false
	}
	w := lastWord(f.Unit)
	if (f.Role == RoleDisplaced || f.Role == RoleRefugees) && movementNoun(w) {
		return false // "47,129 new displacement movements" count displacements
	}
	if f.Role == RoleRefugees && claimNoun(w) {
		return false // "12,000 asylum applications" count those who seek asylum, one claim each
	}
	return !personWord(w, head, false)
}

// claimNoun reports whether w counts the claims people file, which a
// modifier of refuge makes a count of those who seek it: "asylum
// applications", "refugee claims". A claim of another kind stays a thing
// ("flood insurance claims", "applications for individual assistance").
func claimNoun(w string) bool {
	return w == "applications" || w == "claims" || w == "requests"
}

// moreOfDisplaced reports whether the figure f (candidate c) is "N more"
// of the displaced or refugees counted just before it in its sentence,
// whose noun it takes (unit/inherited), and their role.
func (fx *figurer) moreOfDisplaced(f *Figure, c *candidate, toks []ntoken) (Role, bool) {
	if !c.inherited || c.inheritCat != Displacement || !wordAt(fx.text, toks[c.last], "more") || len(fx.out) == 0 {
		return "", false
	}
	prev := &fx.out[len(fx.out)-1]
	if prev.SentenceStart != f.SentenceStart || prev.Category != Displacement {
		return "", false
	}
	return prev.Role, true
}

// movementNoun reports whether w counts movements of people, which a
// modifier of flight makes a count of the displaced: "displacement
// movements", "refugee arrivals", "border crossings".
func movementNoun(w string) bool {
	switch w {
	case "movements", "arrivals", "crossings", "departures", "returns":
		return true
	}
	return false
}

// otherPeople7 gives a role to a count of people left other by a verb
// the lexicon lacks or by an ellipsis of its noun:
//   - "rounded up", as object or predicate, detains ("Police rounded up
//     40 protesters", "five others were rounded up"), or holds where the
//     sentence speaks of captives ("those abducted were rounded up");
//   - a count joined by "and" to the count before it in its sentence,
//     with the same noun and no verb of its own, counts what that one
//     counts: "188 families entering Mauritania this week and 1,161
//     families since October 24" (a common noun of people: not "four
//     Region 2, and one Region 1").
//
// Cattle or goods rounded up are not detained. It reports the event and
// whether it decided.
func (fx *figurer) otherPeople7(f *Figure, c *candidate, toks []ntoken, head *numLex) (bool, bool) {
	// The person test reads the noun's text, so it is asked last.
	people := func() bool {
		return c.unitFirst < 0 || head != nil && head.party || personWord(lastWord(f.Unit), head, c.unitFirst == c.unitLast)
	}
	if roundedUp(fx.text, toks, c) && people() {
		r := RoleDetained
		if heldAround(toks) {
			r = RoleHeld
		}
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Detention, r, catTrigger, roleRoundedUp, 0
		return true, true
	}
	if c.first < 1 || !ntIsWord(toks[c.first-1], "and") || c.unitFirst < 0 || len(fx.out) == 0 ||
		fx.text[toks[c.unitFirst].start] < 'a' || !people() {
		return false, false
	}
	prev := &fx.out[len(fx.out)-1]
	if prev.SentenceStart != f.SentenceStart || prev.Role == RoleOther || prev.Role == RoleMoney || prev.Role == RoleDuration ||
		!strings.EqualFold(prev.Unit, f.Unit) {
		return false, false
	}
	if k := c.last + 1; k < len(toks) && (lexHas(toks[k], clsAux|clsLink|clsPredFill) || toks[k].lx != nil && toks[k].lx.role != "") {
		return false, false // a verb of its own: "and 3 villagers were wounded"
	}
	f.Category, f.Role, f.why.category, f.why.role, f.why.word = prev.Category, prev.Role, catCoordinated, roleSameNoun, 0
	return true, true
}

// roundedUp reports whether the figure c was rounded up: the object of
// "rounded up" or "rounding up" right before it, or its predicate
// ("were rounded up").
func roundedUp(text string, toks []ntoken, c *candidate) bool {
	if c.first >= 2 && wordAt(text, toks[c.first-1], "up") && (wordAt(text, toks[c.first-2], "rounded") ||
		wordAt(text, toks[c.first-2], "rounding")) {
		return true
	}
	k := c.last + 1
	if k >= len(toks) || !lexHas(toks[k], clsAux) {
		return false
	}
	for k++; k < len(toks) && k <= c.last+4 && lexHas(toks[k], clsAux|clsPredFill) && !ntIsWord(toks[k], "to"); k++ {
	}
	return k+1 < len(toks) && wordAt(text, toks[k], "rounded") && wordAt(text, toks[k+1], "up")
}

// borderCue reports whether the word after the figure c could begin the
// predicate or phrase crossedBorder reads: an auxiliary, a filler, a verb
// of flight or arrival, a word the lexicon does not know ("arriving"), or
// none for a count with no noun ("more than 8,000 daily arrivals"); or,
// for the displaced, a word of a role before it ("Refugee Camp, which was
// hosting some 55,000 people").
//
// A count with no noun is one only where crossedBorder can read it: before
// "daily arrivals", or displaced (a refugee camp before it). Most bare
// counts are neither, and skip the scan.
func (fx *figurer) borderCue(toks []ntoken, c *candidate, displaced bool) bool {
	if c.unitFirst < 0 {
		return displaced || dailyArrivals(toks, c)
	}
	if displaced && fx.rolesIn(c.first-8, c.first) {
		return true
	}
	if c.last+1 >= len(toks) {
		return false
	}
	next := toks[c.last+1].lx
	return next == nil || next.cls&(clsAux|clsLink|clsPredFill|clsFlight) != 0 || next == r7.having || next == r7.reached ||
		next == r7.arrived || next == r7.crossed
}

// unaccountedNear reports whether "unaccounted" or "lost" stands within
// five words after the figure c, which fateUnaccounted asks for.
func unaccountedNear(toks []ntoken, c *candidate) bool {
	for j := c.last + 1; j < len(toks) && j <= c.last+5; j++ {
		if lx := toks[j].lx; lx == r7.unaccounted || lx == r7.lost {
			return true
		}
	}
	return false
}

// nounRole7 gives the figure f (candidate c) the role its counted noun
// head calls for: countries are never people, villages and communities
// where people were harmed are affected, structures damaged past fillers
// are affected, the singular of a toll noun counts the toll. It reports
// the event and whether it decided.
func (fx *figurer) nounRole7(f *Figure, c *candidate, toks []ntoken, head *numLex) (bool, bool) {
	kind := role7Nouns[head]
	switch {
	case kind == r7Settlement && fx.harmedPlace(toks, c):
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Humanitarian, RoleAffected, catTrigger, roleHarmedPlace, 0
		return true, true
	case head.cls&clsDwelling != 0 && dwellingDamagedAfter(fx.text, toks, c):
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Humanitarian, RoleAffected, catTrigger, roleDamagedSpan, 0
		return true, true
	case kind == r7TollOne && c.unitFirst == c.unitLast || kind == r7Life:
		if r := singularToll(fx.text, toks, c, head.w); r != "" {
			// "recorded one death each", "one fatality", "406 precious
			// lives have been lost": the singular of a noun of the toll
			// counts what its plural does.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catHeadNoun, roleSingularToll, head.ref
			return true, true
		}
	}
	return false, false
}

// unknownNounRole7 is nounRole7 for a counted noun the lexicon does not
// know, read by its text: countries are where the people are, never
// people ("101.2 million crisis-affected people in 37 countries"; not
// "United Nations staff", nor a pledge, which countries make: "At least
// 10 countries have pledged troops"), and "one injury", "claimed one
// life" count the toll.
func (fx *figurer) unknownNounRole7(f *Figure, c *candidate, toks []ntoken, other bool) (bool, bool) {
	switch t := toks[c.unitLast]; t.end - t.start {
	case len("countries"), len("nations"), len("injury"), len("body"): // corpse: as injury; life: as body
	default:
		return false, false // most unknown nouns: no length of these words
	}
	switch w := ntText(fx.text, toks[c.unitLast]); {
	case w == "countries" || w == "nations":
		if !other && f.Role != RolePledged {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleCountryCount, 0
			return false, true
		}
	case other && c.unitFirst == c.unitLast && (w == "injury" || w == "body" || w == "corpse" || w == "life"):
		if r := singularToll(fx.text, toks, c, w); r != "" {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catHeadNoun, roleSingularToll, 0
			return true, true
		}
	}
	return false, false
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

// includeWord reports whether t is "include", "includes" or "included",
// which the lexicon does not know.
func includeWord(text string, t ntoken) bool {
	return t.lx == nil && t.kind == ntWord && foldIn(ntText(text, t), "include", "includes", "included")
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
	case "victims", "casualties":
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
	if k := first - 1; k >= 2 && (lexHas(toks[k], clsAux) || includeWord(text, toks[k])) {
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
	direct := k < len(toks) && careVerb(text, toks[k])
	if direct || k < len(toks) && lexHas(toks[k], clsAux|clsLink) {
		if !direct {
			for k++; k < len(toks) && k <= c.last+6 && lexHas(toks[k], clsPredFill) && !ntIsWord(toks[k], "to"); k++ {
			}
		}
		if k+1 >= len(toks) {
			return false
		}
		switch {
		case careVerb(text, toks[k]):
			return ntIsWord(toks[k+1], "treatment") || k+2 < len(toks) && ntIsWord(toks[k+2], "treatment")
		case ntIsWord(toks[k], "being"):
			return ntIsWord(toks[k+1], "treated")
		case ntIsWord(toks[k], "in") && k+2 < len(toks):
			j := k + 1
			if ntIsWord(toks[j], "a") {
				j++
			}
			return j+1 < len(toks) && toks[j].lx != nil && toks[j].lx.marks&markSeverity != 0 && wordAt(text, toks[j+1], "condition")
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

// careVerb reports whether t is "receiving" or "undergoing" (treatment),
// which the lexicon does not know.
func careVerb(text string, t ntoken) bool {
	return t.lx == nil && t.kind == ntWord && foldIn(ntText(text, t), "receiving", "undergoing")
}

// fateUnaccounted reports whether the figure c is said to be unaccounted
// for or lost at sea, with or without a verb: "one mariner who remains
// unaccounted for", "with 116 more still unaccounted for", "1 lost at sea".
func fateUnaccounted(text string, toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k < len(toks) && (toks[k].lx == r7.who || toks[k].lx == r7.that) {
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
	if toks[k].lx == r7.unaccounted {
		return toks[k+1].lx == r7.forW
	}
	return toks[k].lx == r7.lost && k+2 < len(toks) && toks[k+1].lx == r7.at && wordAt(text, toks[k+2], "sea")
}

// harmedPlace reports whether the villages or communities of the figure c
// are where its sentence's people were killed, taken or hurt, or were
// raided, flooded or buried themselves: "abducted 14 people in three
// different villages", "raided four villages", "flood waters crashed into
// 40 villages", "about 10-12 villages were partially buried". Not the
// places a force took ("seized 17 villages"), nor where people came from
// ("the abducted victims were from the two villages"), nor the sites of a
// survey or a visit (placeSurveyVerb).
func (fx *figurer) harmedPlace(toks []ntoken, c *candidate) bool {
	text := fx.text
	if c.first > 0 {
		p := toks[c.first-1]
		if ntIsWord(p, "from") || ntIsWord(p, "the") && c.first > 1 && ntIsWord(toks[c.first-2], "from") {
			return false
		}
		if lx := p.lx; lx != nil && lx.role != "" && lx.cls&clsDamage == 0 && !placeHarmVerb(lx.w) || p.kind == ntWord && placeTakeVerb(ntText(text, p)) {
			return false // "seized 17 villages", "claims 82 settlements": taken by a force
		}
	}
	if fx.harmAt != toks[0].start+1 { // once a sentence, not once a count
		fx.harmAt, fx.harmed = toks[0].start+1, harmedSentence(text, toks)
	}
	return fx.harmed
}

// harmedSentence is harmedPlace's read of the whole sentence.
func harmedSentence(text string, toks []ntoken) bool {
	harmed := false
	for _, t := range toks {
		lx := t.lx
		if lx == nil {
			if t.kind == ntWord {
				switch w := ntText(text, t); {
				case placeSurveyVerb(w):
					return false
				case placeHarmVerb(w):
					harmed = true
				}
			}
			continue
		}
		if harmed {
			continue
		}
		switch {
		case lx.role == RoleKilled || lx.role == RoleInjured || lx.role == RoleHeld && lx.cls&clsHold == 0 && lx.head == "":
			harmed = true
		case lx.cls&clsDamage != 0 || attackNoun6[lx.w]:
			harmed = true
		case placeHarmVerb(lx.w):
			harmed = true
		}
	}
	return harmed
}

// placeSurveyVerb reports whether w says the places were the sites of a
// survey or a visit, as in a report's method ("In 17 villages … visited
// in April, Human Rights Watch investigated 22 executions", "surveyed 40
// communities"): what happened there is counted by other figures, and
// the places are not a count of the affected.
func placeSurveyVerb(w string) bool {
	switch w {
	case "visited", "surveyed", "toured":
		return true
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
	if c.unitFirst < 0 && dailyArrivals(toks, c) {
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
	for ; k < n && k <= c.last+16 && (lexHas(toks[k], clsAux|clsPredFill) || toks[k].lx == r7.having) && !ntIsWord(toks[k], "to"); k++ {
	}
	if k >= n {
		return false
	}
	switch v := toks[k].lx; {
	case v == nil:
		return toks[k].end-toks[k].start == len("arriving") && wordAt(text, toks[k], "arriving") && borderAround(toks)
	case v == r7.reached || v == r7.arrived || v == r7.crossed:
	case v == r7.sought || v == r7.seeking || v == r7.taken || v == r7.taking:
		if k+2 >= n || toks[k+1].lx != r7.refuge || toks[k+2].lx != r7.in {
			return false
		}
		return k+3 < n && lexHas(toks[k+3], clsAbroad) && toks[k+3].upper // "sought refuge in Mauritania"
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
	return toks[k].lx == r7.arrived && borderAround(toks)
}

// dailyArrivals reports whether "daily", "weekly" or "new" and then
// "arrivals" follow the count c: "more than 8,000 daily arrivals".
func dailyArrivals(toks []ntoken, c *candidate) bool {
	k := c.last + 1
	return k+1 < len(toks) && (toks[k].lx == r7.daily || toks[k].lx == r7.weekly || toks[k].lx == r7.newW) && toks[k+1].lx == r7.arrivals
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
		if (toks[j].lx == r7.camp || toks[j].lx == r7.camps) && toks[j-1].lx != nil && toks[j-1].lx.role == RoleRefugees && toks[j-1].lx.head == "" {
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
		case lexHas(t, clsPredFill) && !ntIsWord(t, "to") || ntIsWord(t, "or") || ntIsWord(t, "and") || ntIsWord(t, "either") ||
			t.lx == nil && t.kind == ntWord && foldIn(ntText(text, t), "partially", "completely", "partly", "totally", "fully"):
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
func singularToll(text string, toks []ntoken, c *candidate, w string) Role {
	if w == "life" || w == "lives" {
		if livesVerbBefore(text, toks, c) || lostAfter(toks, c) {
			return RoleKilled
		}
		return ""
	}
	// Not "one victim", who is mostly a person described ("one victim was
	// a child").
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
func livesVerbBefore(text string, toks []ntoken, c *candidate) bool {
	for j := c.first - 1; j >= 0 && j >= c.first-3; j-- {
		switch w := ntText(text, toks[j]); {
		case foldIn(w, "claimed", "claiming", "claims", "cost", "costing", "took", "taken", "ended", "lost"):
			return true
		case !foldIn(w, "the", "of", "at", "least", "some", "over", "nearly", "more", "than"):
			return false
		}
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
func livesOf(text string, toks []ntoken, c *candidate) (Role, bool) {
	j := c.first - 3
	if j >= 0 && (ntIsWord(toks[j], "the") || ntIsWord(toks[j], "their")) {
		j--
	}
	if j < 0 || toks[j].kind != ntWord {
		return "", false
	}
	switch w := ntText(text, toks[j]); {
	case foldIn(w, "devastated", "disrupted", "upended", "shattered", "ruined", "affected", "impacted"):
		return RoleAffected, true
	case foldIn(w, "saved", "changed", "improved", "touched", "transformed"):
		return RoleOther, true
	}
	return "", false
}
