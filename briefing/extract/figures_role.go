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

// NamedBy reports whether a counted noun names the role itself ("deaths",
// "bodies" for killed; "hostages" for held), so that a label need not say
// it again ("12 deaths", not "12 deaths killed"). A force's noun names no
// role: "troops" may be deployed, pledged or withdrawn.
func (r Role) NamedBy(noun string) bool {
	prepare()
	if i := strings.LastIndexByte(noun, ' '); i >= 0 {
		noun = noun[i+1:]
	}
	switch r {
	case "", RoleDeployed, RolePledged, RoleWithdrawn:
		return false // "troops" name a force, not what was done with it
	}
	lx := lookupNumLex(noun)
	return lx != nil && lx.role == r
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
var roleWord, rolePredicate, roleObject, roleHeadNoun, roleInherited, roleCoordinated, roleDefault, roleUnit, roleParty,
	roleShareBase, roleAbroad, roleReturned, roleNeedThings, roleAtRisk, roleLeftBehind, roleWithout, roleSwap, roleEscaped, roleIdentified, rolePartyStrength, roleReleaseOfSet, roleFatal, rolePlaces, roleProtesters, roleNone ruleID

// roleRuleDefs are the rules of a figure's role.
func roleRuleDefs() []figureRuleDef {
	return []figureRuleDef{
		{&roleWord, "own-word", "3,823 people were killed and 15,859 wounded"},
		{&rolePredicate, "predicate", "Nine guards at the embassy were killed."},
		{&roleObject, "object-of-verb", "The quake hit a school, trapping as many as 900."},
		{&roleHeadNoun, "head-noun", "Some 2,900 troops are in Haiti."},
		{&roleInherited, "inherited", "Some 2,900 people have been displaced. Nearly a thousand have nowhere to go."},
		{&roleCoordinated, "coordinated", "80,000 households had left, or up to 400,000 people"},
		{&roleDefault, "category-default", "Officials reported 115 casualties."},
		{&roleUnit, "unit", "$96 million was pledged"},
		{&roleParty, "party-or-speaker", "two officials said 12 people were killed"},
		{&roleShareBase, "share-base", "About 90% of Gaza's 2.1 million people were displaced."},
		{&roleAbroad, "fled-abroad", "Some 19,000 people had fled to Armenia."},
		{&roleReturned, "returned-home", "Some 1.3 million displaced people have returned to their homes."},
		{&roleNeedThings, "need-of-things", "The agency received 110,500 applications for food assistance."},
		{&roleAtRisk, "death-at-risk", "Some 20 million people could die from starvation."},
		{&roleLeftBehind, "left-behind", "The army has withdrawn 3 brigades from the city, leaving one brigade in the south."},
		{&roleWithout, "without-home-or-water", "Some 17,000 people remain without a permanent home."},
		{&roleSwap, "swap", "The two sides agreed to exchange 30 hostages for 90 prisoners."},
		{&roleEscaped, "escaped", "Gunmen seized 40 guests at the wedding, and 12 others managed to escape."},
		{&roleIdentified, "identified", "Twelve bodies were found, of whom five have been identified."},
		{&rolePartyStrength, "party-strength", "The rebels, who number about 5,000, have killed at least 90 villagers since May."},
		{&roleReleaseOfSet, "release-of-set", "They secured the release of the hostages, which included 12 women."},
		{&roleFatal, "fatally-hurt", "Gunmen opened fire on the market, fatally wounding two guards."},
		{&rolePlaces, "places-not-forces", "Troops were sent to 40 villages in the north."},
		{&roleProtesters, "protesters", "Dozens of students protested outside the court, demanding the release of the detainees."},
		{&roleNone, "none", "the 20 buildings"},
		{&roleOwnPredicate, "own-predicate", "Ten people were killed, while 25 were taken to hospital."},
		{&roleSentenced, "sentenced", "A court sentenced 12 men to death for the killings."},
		{&roleCondition, "in-condition", "Nine people were in critical condition after the blast."},
		{&roleAidTarget, "aid-target", "The appeal seeks $2.5 billion to assist 8 million people."},
		{&roleComplement, "complement", "A landslide hit the village, leaving 12 people missing."},
		{&roleAboard, "aboard", "At least 15 people were killed when a bus carrying 40 pilgrims overturned."},
		{&roleLivesTaken, "lives-taken", "The conflict has claimed over 40,000 lives."},
		{&roleFateUnknown, "fate-unknown", "Seven more people remained under the rubble."},
		{&roleAgent, "agent", "Five villagers were shot by two policemen."},
	}
}

// roleWords gives the role of each word that names one, beyond the
// default of its category. Each is also a trigger or head noun of that
// role's category (number_lexicon.go), or is made one here.
var roleWords = map[Role]string{
	RoleKilled: `killed kill kills killing dead deaths death died die dies dying fatalities fatality fatal massacred massacre
		slain slaughtered murdered murder executed toll lives bodies corpses perished drowned beheaded lynched martyrs martyred
		martyring exterminated assassinated butchered gunned`,
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
	RoleDeployed: `deployed deploy deploying deployment deployments stationed dispatched arrived troops soldiers peacekeepers
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
			// "arrived" names a deployment only of forces (eventRole), so it
			// gives no category of its own: "500 migrants arrived".
			if e.trig == trigNone && e.head == "" && !rescueWord(w) && r != RoleMissing && w != "arrived" {
				e.cat, e.trig = r.Category(), trigWeak
			}
		}
	}
	// "more than 20 martyrs": the dead of a side, in the words of its
	// committees and ministries, count the toll as "victims" do.
	lexHead(Casualties, "martyrs")
	for _, w := range strings.Fields(partyNouns) {
		numLexEntry(w).party = true
	}
	buildClauseWords()
	buildRoles5()
	buildKey6()
	buildRole7()
	buildRole9()
	buildRole19()
	buildRole20()
	buildRole21()
	buildStoryPartWords()
}

// partyNouns are the nouns of those who speak, count or take part rather
// than are counted: "two officials said", "two military coups"; and the
// aid partners and agencies that give help, not need it ("219
// humanitarian partners are calling for assistance").
const partyNouns = `officials diplomats spokesmen spokeswomen spokespeople sources witnesses coups ministers
	envoys mediators judges lawmakers senators governments donors sides partners agencies`

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
// verb or noun of its own clause, the figure it refers back to or is
// coordinated with, or its category. A count of parties or speakers is
// other, unless its own verb says what befell them ("Twelve security
// officials were killed"); the whole a share is of is other ("90% of
// Gaza's 2.1 million people").
func (fx *figurer) role(f *Figure, c *candidate, toks []ntoken, word *numLex, wordIdx int) (event bool) {
	event = fx.clauseRole(f, c, toks, word, wordIdx)
	// The swap's words come first: few figures have them, and the unit's
	// reading (strictPersonAt) is dearer.
	if c.q.kind == QuantityNumber && f.Role != RoleReleased && (exchangedFor(fx.text, toks, c) || word != nil && returnWord(word.w) && captivesAround(toks)) &&
		(f.Category == Detention || f.Category == Displacement || f.Category == Other && f.Unit != "" && strictPersonAt(fx.text, toks, c, f.Unit)) {
		// Both sides of a swap are released, and captives who are
		// returned are released, not returnees: "in exchange for 369
		// Palestinian prisoners", "the three would be returned", "bringing
		// the total returned this year to 1,358" prisoners of war.
		f.Category, f.Role, f.why.category, f.why.role = Detention, RoleReleased, catTrigger, roleSwap
		return true
	}
	if f.Role == RoleHeld && f.why.category == catTrigger && word != nil && wordIdx >= 0 && wordIdx < min(c.first, c.chainFirst) &&
		membersOf(fx.text, toks, wordIdx, min(c.first, c.chainFirst)) && releaseOfSet(toks, wordIdx) >= 0 {
		// The members listed after a set of captives that was freed were
		// freed with it: "the release of the hostages, which included 17
		// women and 4 children".
		f.Role, f.why.role = RoleReleased, roleReleaseOfSet
		return true
	}
	if f.Category != Other && c.q.kind == QuantityNumber && partyStrength(fx.text, toks, c) {
		// An armed party's strength is no victim count, whatever its clause
		// says the party did: "The insurgents, who number between 2,000 and
		// 3,000, have killed at least 160 civilians", "gunmen numbering
		// about 20 stormed the community ... killing".
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, rolePartyStrength, 0
		return false
	}
	if (f.Category == Detention || f.Category == Displacement && prisonNoun(f.Unit)) && c.q.kind == QuantityNumber &&
		escapedCaptivity(fx.text, toks, c, prisonNoun(f.Unit)) {
		// People who got away by themselves were neither held nor
		// released: "30 guests had been kidnapped while 20 others managed
		// to escape", "five escaped earlier and one was released", "more
		// than 4,000 inmates escaped", "150 prisoners broke out".
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleEscaped, 0
		return false
	}
	if f.Role == RoleKilled && c.q.kind == QuantityNumber && identifiedPart(fx.text, toks, c) {
		// Identifying bodies counts no death of its own: "Nineteen bodies
		// have been recovered, of whom three have been identified", "only 55
		// of 75 confirmed dead had been identified".
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleIdentified, 0
		return false
	}
	if c.q.kind == QuantityNumber && predicateFate(f.Role) && f.Unit != "" && agentAfterBy(fx.text, toks, c) && strictPersonAt(fx.text, toks, c, f.Unit) {
		// The people "by" whom a harm was done did it: "raids by some 300
		// members of the gang", "were shot by two policemen".
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleAgent, 0
		return false
	}
	if f.Role == RoleWithdrawn && c.first > 0 && wordAt(fx.text, toks[c.first-1], "leaving") {
		// The forces a withdrawal leaves are still deployed: "had
		// withdrawn 2 brigades, leaving one brigade in the corridor".
		f.Role, f.why.role = RoleDeployed, roleLeftBehind
	}
	if f.Role != RoleKilled && c.q.kind == QuantityNumber && fx.mayHave(markLossWord) && passedAway(fx.text, toks, c) {
		// "132 people with weapon-related injuries, 31 of whom passed away":
		// the euphemism is a death, whatever harm the clause names first.
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Casualties, RoleKilled, catTrigger, roleWord, 0
		event = true
	}
	if f.Category == Deployment && c.q.kind == QuantityNumber && f.Unit != "" && placeNoun(f.Unit) {
		// Where forces go is not a force: "deployed to 13 locations",
		// "troops sent to 40 villages", "patrol 12 sites".
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, rolePlaces, 0
		return false
	}
	if f.Role == RoleInjured && c.q.kind == QuantityNumber && fatallyHurt(toks, c) {
		// A wound that killed is a death: "fatally injuring at least 14
		// people", "two more were mortally wounded".
		f.Category, f.Role, f.why.category, f.why.role = Casualties, RoleKilled, catTrigger, roleFatal
		event = true
	}
	if f.Role == RoleKilled && c.q.kind == QuantityNumber && fx.marks&markDeath != 0 && deathAtRisk(fx.text, toks, c) {
		// A death that may come is a need: "1.4 million children are at
		// imminent risk of death", "20 million people could die from
		// starvation"; not "may have died", which is feared dead.
		f.Category, f.Role, f.why.role = RoleInNeed.Category(), RoleInNeed, roleAtRisk
	}
	if protestAfter(toks, c) && f.Category != Other && c.q.kind == QuantityNumber && f.why.role != roleObject {
		// Those who protest or call for something act; the fate their
		// clause or the count before them names is not theirs: "dozens
		// of men and women protested …, demanding the release of
		// thousands of detainees", "arrests …, with tens of thousands
		// calling for reforms". A noun of a fate keeps it: "200 refugees
		// marched to the border"; so does the object of a verb of harm,
		// whose protest is a reduced relative: "killed 12 protesters
		// marching on the palace".
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleProtesters, 0
		return false
	}
	return event
}

// protestAfter reports whether the figure c is the subject of a verb of
// protest or demand right after it (protestWords), or after one noun
// joined to it ("dozens of men and women protested"), and its counted
// noun, if any, names no fate of its own.
func protestAfter(toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k >= len(toks) || toks[k].lx == nil {
		return false
	}
	if !toks[k].lx.protest {
		if toks[k].lx.w != "and" || k+2 >= len(toks) || toks[k+1].kind != ntWord || toks[k+2].lx == nil || !toks[k+2].lx.protest {
			return false // nor "dozens of men and women protested"
		}
	}
	return c.unitFirst < 0 || toks[c.unitLast].lx == nil || toks[c.unitLast].lx.head == "" && toks[c.unitLast].lx.role == ""
}

// placeNoun reports whether a unit counts places, which forces are sent
// to or hold, and which no clause makes a force. Not countries: those
// that pledge troops are counted as the pledge ("At least 10 countries
// have pledged personnel", the seed).
func placeNoun(unit string) bool {
	return foldIn(lastWord(unit), "locations", "villages", "towns", "cities", "sites", "districts", "provinces", "regions",
		"areas", "positions", "bases", "neighbourhoods", "neighborhoods", "municipalities", "localities",
		"points", "places", "locality", "location", "village", "town", "city", "site", "district", "province", "region", "area",
		"position", "base")
}

// fatallyHurt reports whether the word of injury nearest the figure c,
// within six words on either side, is "fatally" or "mortally" injured or
// wounded: "fatally injuring at least 14 people", "dozens more fatally
// injured".
func fatallyHurt(toks []ntoken, c *candidate) bool {
	for d := 1; d <= 6; d++ {
		for _, j := range [2]int{c.first - d, c.last + d} {
			if j >= 0 && j < len(toks) && toks[j].lx != nil && toks[j].lx.injury {
				prev := toks[max(j-1, 0)].lx
				return j > 0 && prev != nil && (prev.w == "fatally" || prev.w == "mortally")
			}
		}
	}
	return false
}

// identifiedPart reports whether the figure c is a part of the dead whose
// predicate is only that they were identified: "of whom three have been
// identified", "55 of 75 confirmed dead had been identified"; not
// "identified as" someone. The part is told by "of whom/which" before it
// or "of" after it.
func identifiedPart(text string, toks []ntoken, c *candidate) bool {
	part := c.first >= 2 && ntIsWord(toks[c.first-2], "of") && (strings.EqualFold(ntText(text, toks[c.first-1]), "whom") ||
		strings.EqualFold(ntText(text, toks[c.first-1]), "which")) || c.last+1 < len(toks) && ntIsWord(toks[c.last+1], "of")
	if !part {
		return false // the predicate's scan is for parts only
	}
	found, as := identifiedPredicate(text, toks, c.last+1)
	return found && !as
}

// exchangedFor reports whether the figure c is what captives were swapped
// for: "in exchange for 369 prisoners", "agreed to exchange 50 hostages
// for 150 prisoners", "swapped for 90 detainees".
func exchangedFor(text string, toks []ntoken, c *candidate) bool {
	if c.first < 2 || !wordAt(text, toks[c.first-1], "for") {
		return false
	}
	for j := c.first - 2; j >= 0 && j >= c.first-5; j-- {
		if toks[j].kind == ntPunct {
			return false
		}
		if foldIn(ntText(text, toks[j]), "exchange", "exchanged", "exchanging", "exchanges", "swap", "swaps", "swapped", "swapping",
			"trade", "trades", "traded") {
			return true
		}
	}
	return false
}

// returnWord reports whether w is a form of "return".
func returnWord(w string) bool {
	return w == "returned" || w == "return" || w == "returning" || w == "returns"
}

// captivesAround reports whether the sentence speaks of captives or
// prisoners, so that people returned are released, not returnees.
func captivesAround(toks []ntoken) bool {
	for _, t := range toks {
		if t.lx != nil && (t.lx.role == RoleHeld || t.lx.role == RoleDetained) && t.lx.cls&clsActor == 0 {
			return true
		}
	}
	return false
}

// passedAway reports whether the figure c is the subject of "passed away"
// (after "of whom" and auxiliaries: "31 of whom passed away", "six have
// since passed away").
func passedAway(text string, toks []ntoken, c *candidate) bool {
	j := c.last + 1
	if j+1 < len(toks) && ntIsWord(toks[j], "of") && (wordAt(text, toks[j+1], "whom") || wordAt(text, toks[j+1], "them")) {
		j += 2 // "31 of whom passed away"
	}
	for j < len(toks) && j <= c.last+6 && (lexHas(toks[j], clsAux|clsPredFill) || wordAt(text, toks[j], "since")) {
		j++
	}
	return j+1 < len(toks) && wordAt(text, toks[j], "passed") && wordAt(text, toks[j+1], "away")
}

// deathAtRisk reports whether the word of death after the figure c, in its
// own conjunct, is a risk rather than a fact: after a modal with no
// "have" ("could die", "could starve to death", "will die") or after
// "risk", "danger" or "threat" ("at risk of death", "in danger of dying").
func deathAtRisk(text string, toks []ntoken, c *candidate) bool {
	for j := c.last + 1; j < len(toks) && j <= c.last+10; j++ {
		if roleStop(text, toks[j]) {
			return false
		}
		lx := toks[j].lx
		if lx == nil || lx.role != RoleKilled {
			continue
		}
		for k := j - 1; k > c.last && k >= j-4; k-- {
			switch w := ntText(text, toks[k]); {
			case foldIn(w, "risk", "danger", "threat", "brink"):
				return true
			case foldIn(w, "could", "might", "may", "will", "would"):
				return !ntIsWord(toks[k+1], "have")
			}
		}
		return false
	}
	return false
}

// clauseRole is role without the risk of death.
func (fx *figurer) clauseRole(f *Figure, c *candidate, toks []ntoken, word *numLex, wordIdx int) (event bool) {
	text := fx.text
	if c.q.kind != QuantityNumber && c.q.kind != QuantityPercent {
		// A sum, a duration or a measure has the role of its unit; no word
		// of the clause changes it.
		f.Role, f.why.role = roleOf(f.Category, f.why.category, word)
		return false
	}
	party := false
	if c.unitFirst >= 0 && c.q.kind == QuantityNumber {
		if lx := toks[c.unitLast].lx; lx != nil && lx.party || speakerAfter(text, toks, c) {
			party = true
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleParty, 0
		}
	}
	if (c.q.kind == QuantityNumber || c.q.kind == QuantityPercent) && fx.phrasesOf(toks).shares && shareBase(text, toks, c) &&
		!(c.q.kind == QuantityNumber && (relativeAfter(text, toks, c) >= 0 || baseNamesFate(text, toks, c))) {
		// The whole a share is of is other, unless a reduced relative tells
		// what befell the whole: "a fifth of the 1,100 detainees released
		// under the amnesty" counts the released.
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleShareBase, 0
		return false
	}
	if partOfSet(text, toks, c.first) && fx.hasPrevFigure() {
		// A part takes its whole's role: "About 250 people remain in
		// hospital, including 40 in intensive care".
		if prev := &fx.out[len(fx.out)-1]; prev.SentenceStart == c.sentenceStart && prev.Role != RoleOther && prev.Role != RoleMoney &&
			prev.Role != RoleDuration && (c.unitFirst < 0 || personNoun(f.Unit)) {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = prev.Category, prev.Role, catInherited, roleInherited, 0
			return false
		}
	}
	if c.q.kind == QuantityNumber && fx.marks&markReturn != 0 && returnedHome(text, toks, c) {
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleReturned, 0
		return false
	}
	if c.q.kind == QuantityNumber && c.unitFirst >= 0 && f.Category != Other && survivorNoun(f.Unit) {
		// Survivors are counted apart from the dead and the hurt: "Rescuers
		// pulled 43 survivors alive", "11 survivors were taken to hospital"
		// are neither, whatever the clause's word of death.
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNone, 0
		return false
	}
	// lossRole reads only a sentence with a word of loss (mayHave): the
	// test comes before the unit's dearer reading.
	if fx.mayHave(markLossWord) && (c.q.kind == QuantityPercent || c.q.kind == QuantityNumber && f.Unit != "" && strictPersonAt(text, toks, c, f.Unit)) {
		// "Another 17,000 people remain without a permanent home", "About
		// 70% of the 30,000 residents lost their homes"; "620,000 people
		// are still without clean water".
		if r := fx.lossRole(toks, c); r != "" {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catTrigger, roleWithout, 0
			return true
		}
	}
	if f.Category == Displacement && c.q.kind == QuantityNumber && f.Unit != "" && combatantNoun(f.Unit) {
		// Fighters who run are not displaced people: "killed one attacker;
		// the other 3 fled".
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNone, 0
		return false
	}
	var own *numLex
	var at int
	var how ruleID
	var clause bool
	if r := fx.batch.own.cur; r != nil && r.roleRead {
		own, at, how, clause = r.roleWord, r.roleAt, r.roleHow, r.roleClause
	} else {
		own, at, how, clause = fx.ownRoleWord(toks, c)
	}
	if own != nil && lexHas(toks[at], clsTake|clsHold) && (!takenHostage(text, toks, at, at < c.first) || !holdCaptive(text, toks, at)) {
		// Both read only a word of taking or holding: the class test
		// spares the calls for every other word.
		own = nil // "taken to hospital", "camps that held 300,000 people"
	}
	if own != nil && clause && how == rolePredicate && own.cls&clsRescue != 0 && f.why.category == catHeadNoun && f.Category == Casualties &&
		c.q.kind == QuantityNumber && c.unitFirst >= 0 && toks[c.unitLast].lx != nil && toks[c.unitLast].lx.role == "" && !heldAround(toks) {
		// A noun of harm that names no fate, whose own predicate is a rescue
		// from the water or the rubble, counts no dead: "Two of the victims
		// were rescued by fishermen" (the rescued are other, as survivors).
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNone, 0
		return false
	}
	if own != nil && clause {
		if r, why, ok := fx.eventRole(f, c, toks, own, at, party, how == rolePredicate); ok {
			if why == roleNone {
				why = how
			}
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = r.Category(), r, catTrigger, why, own.ref
			return true
		}
	}
	if party {
		return false
	}
	if own != nil {
		switch {
		case own.role.Category() == f.Category && !(f.why.category == catHeadNoun && word != nil &&
			(word.role == RoleKilled || word.role == RoleDetained && own.cls&clsHold != 0)):
			// Not "4,000 prisoners held": detained, as the noun says; and
			// the dead stay dead.
			f.Role, f.why.role = own.role, how
			if f.Role == RoleDisplaced && fledAbroad(text, toks, at) {
				f.Role, f.why.role = RoleRefugees, roleAbroad // "reported that some 19,000 people had fled to Armenia"
			}
			return own.head == ""
		case own.role == RoleDisplaced && word != nil && wordIdx == at-1 && campAfter(toks, wordIdx) == at:
			// The category's word only qualifies the camp: "leaving 420,000
			// people in relief camps" are displaced.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = own.role.Category(), own.role, catTrigger, how, own.ref
			return true
		case f.why.category == catHeadNoun && f.Category == Deployment && own.trig == trigStrong &&
			(own.role.Category() == Casualties || own.role.Category() == Detention):
			// "41 soldiers and civilians were killed": what befell the
			// soldiers, not a deployment.
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = own.role.Category(), own.role, catTrigger, how, own.ref
			return true
		}
	}
	if c.unitFirst >= 0 && c.unitFirst == c.unitLast && c.q.kind == QuantityNumber {
		// A participle of harm taken for the counted noun is the figure's
		// own word: "Quake kills dozens, hundreds hurt". Not a noun of
		// death: "saved thousands of lives".
		if lx := toks[c.unitFirst].lx; lx != nil && lx.role != "" && lx.head == "" && lx.cls&(clsActor|clsPredOnly) == 0 &&
			(lx.role == RoleInjured || lx.role == RoleMissing) && lx.role != f.Role {
			f.Category, f.Role, f.why.category, f.why.role, f.why.word = lx.role.Category(), lx.role, catTrigger, roleWord, lx.ref
			return true
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
				return false
			}
		}
	}
	if word != nil && wordIdx >= 0 && f.why.category == catTrigger && (own == nil || clause && how == rolePredicate) &&
		c.q.kind == QuantityNumber && !c.inherited && fx.otherClauseFigure(toks, wordIdx, c.first) && ownPredicateAhead(text, toks, c) {
		// "The bodies of 30 migrants were found, and 11 survivors were
		// taken to hospital", "112 passengers were pulled from the
		// water": the figure's own verb names no role of its own, and
		// the word is another figure's, in another clause.
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNone, 0
		return false
	}
	if word != nil && wordIdx >= 0 && f.why.category == catTrigger && (word.role == RoleInjured || word.role == RoleMissing) &&
		otherFigureBetween(toks, c, wordIdx) {
		word = nil // "rose to 73 on Thursday, with 110 wounded": the wounded are the other figure
	}
	if word != nil && wordIdx >= 0 && f.why.category == catTrigger && own == nil && word.role.Category() == Casualties &&
		!c.inherited && !fx.coordCasualty(c) && fx.otherClauseLead(toks, wordIdx, c) {
		// The word of death or injury is another clause's, and the figure's
		// own clause names nothing that befell it: "..., said 3 residents",
		// "a church that holds 500 worshippers", "while two others escaped".
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNone, 0
		return false
	}
	if word != nil && wordIdx > c.last+1 && f.why.category == catTrigger && (own == nil || !clause && own.role.Category() != f.Category) && !c.inherited && wordIdx+1 < len(toks) &&
		(toks[wordIdx+1].kind == ntNum || toks[wordIdx+1].lx != nil && toks[wordIdx+1].lx.num != nkNone && toks[wordIdx+1].lx.num != nkAnd) {
		// The verb after the figure has a count of its own for object:
		// "fired tear gas at 2,000 demonstrators, injuring 12".
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNone, 0
		return false
	}
	f.Role, f.why.role = roleOf(f.Category, f.why.category, word)
	if f.Role == RoleKilled && f.why.role == roleDefault && !fx.clauseHas(toks, c, RoleKilled) && !deathReaches(toks, c) {
		// A count of casualties is of the dead only where a word of death
		// governs it: "each of the seven victims" of kidnappers are held;
		// "Of the 11 people rescued, six were taken to hospital with
		// gunshot wounds", "Only 3 of the 10 wounded survived" are no
		// deaths, the word of injury being the other figure's.
		if fx.clauseHas(toks, c, RoleHeld) {
			f.Category, f.Role, f.why.role = Detention, RoleHeld, roleDefault
			return false
		}
		if word != nil && word.role == "" {
			// "115 casualties", "13 people were shot": a word of harm that
			// names no role keeps its category's default.
			return c.unitFirst < 0 && tollRole(text, toks, c) >= 0
		}
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNone, 0
		return false
	}
	if f.Role == RoleDisplaced && (own != nil && at >= 0 && fledAbroad(text, toks, at) ||
		own == nil && word != nil && wordIdx >= 0 && fledAbroad(text, toks, wordIdx)) {
		// The flight of the clause crossed a border, whether it is the
		// figure's own verb or the word its category came from: "has fled
		// across the border, fully a million people".
		f.Role, f.why.role = RoleRefugees, roleAbroad
	}
	if f.Role == RoleInNeed && fx.needOfThings(toks, c, f) {
		// Need is counted in people: "some 110,500 applications for
		// assistance", "funded only to 20 per cent" are no people in need.
		f.Category, f.Role, f.why.category, f.why.role, f.why.word = Other, RoleOther, catNone, roleNeedThings, 0
		return false
	}
	return c.unitFirst < 0 && f.Category != Other && tollRole(text, toks, c) >= 0
}

// eventRole is the role the word own at token at gives the figure f of
// its own clause (pred: as the predicate the figure is the subject of),
// and whether it decides the figure's role and category
// over its counted noun and the words around it. A word of what befalls
// people does not speak for things, nor for parties unless it befalls
// them; a word of sending or pulling out speaks only for forces; the dead
// stay dead ("handed nearly 60 corpses to relatives").
func (fx *figurer) eventRole(f *Figure, c *candidate, toks []ntoken, own *numLex, at int, party, pred bool) (Role, ruleID, bool) {
	if own.head != "" && !(pred && own.role == RoleKilled) || own.cls&clsActor != 0 {
		// A noun of another phrase: "Soldiers rescued ...", "hostages". A
		// word of death as the predicate speaks for its subject: "Four
		// inmates were found dead".
		return "", roleNone, false
	}
	// "took part", "have taken up the offer", "camps that held 300,000
	// people": clauseRole, the only caller, has dropped such a word
	// (takenHostage, holdCaptive) before it asks.
	r := own.role
	if r == RoleHeld && own.cls&clsHold != 0 && at+2 < len(toks) && ntIsWord(toks[at+1], "in") && toks[at+2].lx != nil &&
		toks[at+2].lx.role == RoleDetained {
		r = RoleDetained // "were held in custody by the police"
	}
	if r == RoleDisplaced && driveWord(own.w) {
		switch {
		case at > c.first || !drivenAway(fx.text, toks, c):
			return "", roleNone, false // "drove 15 wounded to hospital": no flight
		case drivenAbroad(toks, c):
			return RoleRefugees, roleAbroad, true // "drove 700,000 people across the border"
		}
	}
	if own.cls&clsRescue != 0 {
		if !heldAround(toks) {
			return "", roleNone, false // rescued from rubble or the sea: not a release
		}
		r = RoleReleased
	}
	unit := f.Unit
	if c.nominal > 0 && c.unitFirst < 0 {
		unit = "" // "12 missing": the adjective is the event, not a counted thing
	}
	var head *numLex
	switch c.q.kind {
	case QuantityNumber:
		if c.unitFirst >= 0 {
			head = toks[c.unitLast].lx
		}
	case QuantityPercent:
		// A share takes the verb of its clause when it is the subject, or
		// when its "of" phrase counts people: not "took 40 percent of the
		// market".
		unit = shareNoun(fx.text, toks, c) // "70% of the region's 3.4 million people": people
		if unit == "" && c.unitFirst >= 0 {
			unit = fx.text[toks[c.unitFirst].start:toks[c.unitLast].end]
		}
		if unit != "" {
			head = lookupNumLex(lastWord(unit))
		} else if !subjectPosition(fx.text, toks, c) {
			return "", roleNone, false
		}
	default:
		return "", roleNone, false
	}
	switch {
	case head != nil && head.role == RoleKilled:
		return "", roleNone, false // the dead stay dead
	case r == RoleMissing && c.inherited && c.inheritCat == Detention:
		return "", roleNone, false // "Dozens of them are still missing", of abducted pupils: still held
	case head != nil && head.head == Detention && (r == RoleHeld && own.cls&clsHold != 0 || r == RoleMissing || r.Category() != Detention && r.Category() != Casualties):
		return "", roleNone, false // "9,000 prisoners held", "detainees remain unaccounted for": as the noun says
	case head != nil && head.head == Deployment && (r.Category() == Humanitarian || r.Category() == Displacement):
		return "", roleNone, false // "needs another 160,000 conscripts": forces are not in need
	case pred && head != nil && head.role == RoleRefugees && r == RoleInNeed && strings.HasPrefix(own.w, "need"):
		return "", roleNone, false // "4 million refugees may need protection": refugees, as the noun says
	case r.Category() == Deployment:
		if unit == "" || !deploymentNoun(unit) && !materielNoun(unit) {
			return "", roleNone, false // "passengers were pulled from the water"
		}
	case unit != "" && !strictPerson(unit) && !(c.q.kind == QuantityNumber && personBeyondUnit(fx.text, toks, c)):
		if !dwellingDamaged(unit, own) {
			return "", roleNone, false // "lost 40 tanks", "took 40 percent of the market"
		}
		r = RoleAffected // "destroyed 48,000 houses", "32 houses were buried"
	case party && r.Category() != Casualties && r.Category() != Detention:
		return "", roleNone, false // "two envoys pledged ..."
	case (r == RoleDisplaced || r == RoleRefugees) && unit != "" && combatantNoun(unit):
		return "", roleNone, false // fighters who cross a border are not refugees
	}
	if r == RoleDisplaced && (fledAbroad(fx.text, toks, at) || head != nil && head.role == RoleRefugees) {
		return RoleRefugees, roleAbroad, true // "2.5 million refugees have been forced to flee"
	}
	if r == RoleAffected && (own.w == "burned" || own.w == "burnt" || own.w == "burning") && (aliveAt(fx.text, toks, at+1) || aliveAt(fx.text, toks, c.last+1)) {
		return RoleKilled, roleNone, true // people "burnt alive", "burned 12 villagers alive" were killed
	}
	if r == RoleDisplaced && (own.w == "driven" || own.w == "forced" || driveWord(own.w)) && at < c.first && intoNeed(fx.text, toks, c) {
		return RoleInNeed, roleNone, true // "have driven 24 million people – 80% of the population – into need"
	}
	return r, roleNone, true
}

// aliveAt reports whether token j is "alive".
func aliveAt(text string, toks []ntoken, j int) bool {
	return j < len(toks) && wordAt(text, toks[j], "alive")
}

// driveWord reports whether w is a form of "drive" other than "driven",
// which the lexicon reads as a flight only with a way out after its
// object (drivenAway).
func driveWord(w string) bool { return w == "drove" || w == "driving" || w == "drives" }

// drivenAway reports whether the object figure c of a verb of driving is
// driven from its homes, out, away or across a border, which makes a
// flight: "driving more than one million people from their homes", "drove
// 700,000 people across the border"; not "drove 15 wounded to hospital".
// An "into" may be into need (intoNeed) or into exile.
func drivenAway(text string, toks []ntoken, c *candidate) bool {
	j := c.last + 1
	return j < len(toks) && foldIn(ntText(text, toks[j]), "from", "out", "away", "across", "into", "over")
}

// drivenAbroad reports whether the way out after the object figure c of a
// verb of driving crosses a border within three words: "across the
// border", "into neighbouring Chad", "out of the country".
func drivenAbroad(toks []ntoken, c *candidate) bool {
	for k := c.last + 2; k < len(toks) && k <= c.last+4; k++ {
		if lexHas(toks[k], clsAbroad) && (toks[k].lx.cls&clsStop != 0 || !toks[k].upper || ntIsWord(toks[k-1], "into")) ||
			ntIsWord(toks[k], "country") {
			return true
		}
	}
	return false
}

// intoNeed reports whether the object figure c of a verb of driving is
// driven "into" need, hunger or poverty rather than from its homes: "have
// driven 24 million people – nearly 80 percent of the population – into
// need". The scan reads past an aside between dashes to the sentence's
// next stop.
func intoNeed(text string, toks []ntoken, c *candidate) bool {
	for j := c.last + 1; j+1 < len(toks) && j <= c.last+14; j++ {
		if ntIsPunct(text, toks[j], '.') || ntIsPunct(text, toks[j], ';') {
			return false
		}
		if wordAt(text, toks[j], "into") {
			n := toks[j+1]
			if n.lx != nil && (n.lx.w == "extreme" || n.lx.w == "acute") && j+2 < len(toks) {
				n = toks[j+2]
			}
			return n.lx != nil && n.lx.role == RoleInNeed || wordAt(text, n, "poverty") || wordAt(text, n, "destitution")
		}
	}
	return false
}

// needOfThings reports whether the figure f, of the need category, counts
// things or a share of things rather than people: "18 hunger hotspots",
// "110,500 applications", "funded only to 20 per cent", "a 40% drop in
// donations". Aid deliveries ("80 trucks of food") and a share of people
// ("a third of the 3 million people") stay in need.
func (fx *figurer) needOfThings(toks []ntoken, c *candidate, f *Figure) bool {
	switch c.q.kind {
	case QuantityPercent:
		return !shareOfPeople(fx.text, toks, c)
	case QuantityNumber:
		return f.Unit != "" && !c.inherited && !personNoun(f.Unit) && !deliveryUnits[strings.ToLower(lastWord(f.Unit))] &&
			!(f.why.number == numFraction && shareOfPeople(fx.text, toks, c))
	}
	return false
}

// withoutRole is the role the predicate after the figure c gives by what
// its people lost or are without: displaced for a home ("lost their
// homes", "remain without a permanent home", "are without shelter"), in
// need for water, food or power ("are still without clean water");
// affected for "fell victim" to a disaster. The
// scan reads the subject's own phrases ("of the 30,000 residents of the
// island") and stops at a clause break. It returns "" for neither.
func withoutRole(text string, toks []ntoken, c *candidate) Role {
	for j := c.last + 1; j < len(toks) && j <= c.last+12; j++ {
		t := toks[j]
		if t.kind == ntPunct || t.kind == ntNum && !(ntIsWord(toks[j-1], "the") || ntIsWord(toks[j-1], "of")) {
			return ""
		}
		if wordAt(text, t, "fell") && j+1 < len(toks) && foldIn(ntText(text, toks[j+1]), "victim", "victims") {
			return RoleAffected // "80 percent of the population fell victim to the quake"
		}
		without := wordAt(text, t, "without")
		if !without && !wordAt(text, t, "lost") {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+4; k++ {
			switch x := ntText(text, toks[k]); {
			case foldIn(x, "home", "homes", "house", "houses", "shelter"):
				return RoleDisplaced
			case foldIn(x, "water", "food", "electricity", "power", "healthcare", "medicine", "medicines"):
				if without {
					return RoleInNeed
				}
				return ""
			case foldIn(x, "a", "any", "their", "its", "his", "her", "permanent", "proper", "adequate", "clean", "safe", "drinking", "enough"):
				continue
			case without && foldIn(x, "access") && k+1 < len(toks) && wordAt(text, toks[k+1], "to"):
				// "leaving 46,000 children without access to education":
				// a service out of reach is a need, a home a displacement.
				for m := k + 2; m < len(toks) && m <= k+3; m++ {
					if foldIn(ntText(text, toks[m]), "home", "homes", "house", "houses") {
						return RoleDisplaced
					}
				}
				return RoleInNeed
			}
			break
		}
		return ""
	}
	return ""
}

// lossWords are the words withoutRole and passedAway cannot do without
// ("away" for "passed away"): a sentence that has none of them gives
// neither a role (markLossWord).
var lossWords = []string{"without", "lost", "fell", "away"}

// lossRole is withoutRole for a sentence that may have its words.
func (fx *figurer) lossRole(toks []ntoken, c *candidate) Role {
	if !fx.mayHave(markLossWord) {
		return ""
	}
	return withoutRole(fx.text, toks, c)
}

// survivorNoun reports whether a unit counts survivors.
func survivorNoun(unit string) bool {
	return foldIn(lastWord(unit), "survivors", "survivor")
}

// materielNoun reports whether a unit counts the hardware or units of a
// force, which are sent and pulled out as troops are: "two engineering
// companies", "40 helicopters".
func materielNoun(unit string) bool {
	return foldIn(lastWord(unit), "companies", "battalions", "brigades", "units", "helicopters", "aircraft", "jets", "warships",
		"ships", "vessels", "tanks", "hospitals")
}

// otherClauseFigure reports whether the word at token j lies in an earlier
// clause than the figure starting at token first, beside a number of its
// own: "Six people were confirmed dead ..., while 75 passengers".
func (fx *figurer) otherClauseFigure(toks []ntoken, j, first int) bool {
	if fx.clauses[first] == fx.clauses[j] {
		return false
	}
	for k := j - 1; k >= 0 && fx.clauses[k] == fx.clauses[j]; k-- {
		if toks[k].kind == ntNum || toks[k].lx != nil && toks[k].lx.num != nkNone && toks[k].lx.num != nkAnd && toks[k].lx.num != nkArticle {
			return true
		}
	}
	return false
}

// otherFigureBetween reports whether a number stands between the figure c
// and the word at token j, so that the word is that number's.
func otherFigureBetween(toks []ntoken, c *candidate, j int) bool {
	lo, hi := j+1, c.first
	if j > c.last {
		lo, hi = c.last+1, j
	}
	for k := lo; k < hi; k++ {
		if toks[k].kind == ntNum || toks[k].lx != nil && toks[k].lx.num != nkNone && toks[k].lx.num != nkAnd && toks[k].lx.num != nkArticle {
			return true
		}
	}
	return false
}

// ownRoleWord finds the word of the figure's own clause that names a role,
// its token and the rule that found it: inside the figure ("15,859
// wounded"); the predicate it is the subject of ("Nine guards at the
// embassy were killed"); the verb it is the object of ("killing at least
// 50"); a modifier of its noun ("39 abducted students"); after it up to the
// next number or clause ("41 soldiers and civilians were killed"); else
// before it back to the previous number ("killing 12 and wounding 40").
// Each number of "3,823 killed and 15,859 wounded" so takes its own verb.
//
// clause says the word was found by the structure of the clause (inside,
// predicate, object, modifier, "an offer of"), not merely near the figure;
// only such a word overrides the counted noun and the words around it.
//
// Every word it returns names a role, and none lies further than
// roleReach before the figure or its list or after them: with no such
// word there, it finds none.
func (fx *figurer) ownRoleWord(toks []ntoken, c *candidate) (lx *numLex, at int, how ruleID, clause bool) {
	text := fx.text
	if !fx.rolesIn(min(c.first, c.chainFirst)-roleReach, max(c.last, c.chainLast)+roleReach+1) {
		return nil, -1, roleNone, false
	}
	for j := c.first; j <= c.last; j++ {
		if c.unitFirst >= 0 && j >= c.unitFirst && j <= c.unitLast {
			continue // the counted noun speaks as the head noun
		}
		if lx := toks[j].lx; lx != nil && lx.role != "" && lx.cls&clsPredOnly == 0 {
			if k := fx.laterFate(toks, c, j); k >= 0 {
				return toks[k].lx, k, rolePredicate, true
			}
			return lx, j, roleWord, true
		}
	}
	if j := fx.predicateRole(toks, c); j >= 0 {
		if r := toks[j].lx.role; r == RoleHeld || r == RoleDetained {
			if k := releasedLater(text, toks, j); k >= 0 {
				return toks[k].lx, k, rolePredicate, true
			}
		}
		return toks[j].lx, j, rolePredicate, true
	}
	// objectVerb's word is at most 2 tokens before the figure or its list.
	if fx.rolesIn(c.first-2, c.first) || fx.rolesIn(c.chainFirst-2, c.chainFirst) {
		if j := objectVerb(text, toks, c); j >= 0 && (toks[j].lx.cls&clsRescue == 0 || heldAround(toks)) {
			return toks[j].lx, j, roleObject, true
		}
	}
	if j := relativeAfter(text, toks, c); j >= 0 {
		return toks[j].lx, j, rolePredicate, true
	}
	if c.unitFirst < 0 {
		if j := tollRole(text, toks, c); j >= 0 {
			return toks[j].lx, j, roleWord, true // "put the number of missing at 64"
		}
	}
	if c.unitFirst >= 0 {
		for j := c.unitFirst; j < c.unitLast; j++ {
			if lx := toks[j].lx; lx != nil && lx.role != "" && lx.head == "" && lx.cls&clsPredOnly == 0 {
				if k := fx.laterFate(toks, c, j); k >= 0 {
					return toks[k].lx, k, rolePredicate, true
				}
				return lx, j, roleWord, true // "39 abducted students"
			}
		}
	}
	for j := c.last + 1; j < len(toks) && j <= c.last+7; j++ {
		if roleStop(text, toks[j]) {
			break
		}
		if w := tokenWord(text, toks[j]); w == "and" || w == "or" {
			if j+1 < len(toks) && toks[j+1].lx != nil && toks[j+1].lx.role != "" && toks[j+1].lx.head == "" {
				break // "killed 14 people and wounded 52": the next verb is the next conjunct's
			}
			if j+1 < len(toks) && (lexHas(toks[j+1], clsDet) || toks[j+1].kind == ntNum) {
				break // "passed 600 and the number of injured ...": a new conjunct
			}
		}
		if lx := toks[j].lx; lx != nil && lx.role != "" && lx.cls&clsPredOnly == 0 {
			if k := campAfter(toks, j); k >= 0 {
				return toks[k].lx, k, roleWord, false // "leaving 420,000 people in relief camps"
			}
			return lx, j, roleWord, false
		}
	}
	if c.chainLast > c.last && c.last+1 < len(toks) && tokenWord(text, toks[c.last+1]) == "," {
		// "10 officers, 26 sergeants and 94 soldiers were among those
		// killed": a list takes the predicate after its last member; not
		// "23 firefighters, and 6 of the dead were ...".
		for j := c.chainLast + 1; j < len(toks) && j <= c.chainLast+3; j++ {
			if lexHas(toks[j], clsAux|clsLink) {
				if k := predicateAfter(text, toks, j); k >= 0 {
					return toks[k].lx, k, roleWord, true
				}
				break
			}
			if toks[j].kind != ntWord || lexHas(toks[j], clsPrep|clsStop) {
				break
			}
		}
	}
	plain := plainVerbAfter(text, toks, c)
	for j := c.first - 1; j >= 0 && j >= c.first-6; j-- {
		if roleStop(text, toks[j]) || plain && (ntIsWord(toks[j], "and") || ntIsWord(toks[j], "or")) {
			break // not "Two guards were killed and four others escaped"
		}
		if lx := toks[j].lx; lx != nil && lx.role != "" && lx.cls&clsPredOnly == 0 {
			if lx.cls&clsRescue != 0 && !heldAround(toks) {
				break // "rescued 367 migrants" from the sea: the verb is theirs, and no release
			}
			return lx, j, roleWord, false
		}
	}
	return nil, -1, roleNone, false
}

// releaseOfSet finds the release whose object is the set of captives at
// token j: "the release of the hostages", "the rescue of the kidnapped
// pupils". The members listed after the set ("which included 17 women")
// were freed with it; the word of captivity only names whom. It returns
// the release's token, or -1.
func releaseOfSet(toks []ntoken, j int) int {
	if toks[j].lx.role != RoleHeld {
		return -1
	}
	for k := j - 1; k >= 1 && k >= j-3; k-- {
		if !ntIsWord(toks[k], "of") {
			if lexHas(toks[k], clsDet) || toks[k].lx != nil && toks[k].lx.role == RoleHeld {
				continue // "of the hostages", "of the kidnapped pupils"
			}
			return -1
		}
		if lx := toks[k-1].lx; lx != nil && lx.role == RoleReleased {
			return k - 1
		}
		return -1
	}
	return -1
}

// membersOf reports whether the tokens between a set's word at j and the
// figure at first list the set's members: "the hostages, which included",
// "the hostages, including", "the captives, comprising". No number stands
// between them.
func membersOf(text string, toks []ntoken, j, first int) bool {
	if first-j > 7 {
		return false
	}
	found := false
	for k := j + 1; k < first; k++ {
		t := toks[k]
		if t.kind == ntNum || ntIsPunct(text, t, '.') || ntIsPunct(text, t, ';') {
			return false
		}
		if includeWord(text, t) || ntIsWord(t, "including") || ntIsWord(t, "comprising") {
			found = true
		}
	}
	return found
}

// laterFate finds the predicate of the figure c when it tells a later
// fate of the same kind than the modifier at token j inside the figure:
// "thirty of the kidnapped children were now free", "the abducted pupils
// have been rescued". A captive's release or a detainee's release is
// what the sentence reports; the modifier only names the set. It returns
// the predicate's token, or -1.
func (fx *figurer) laterFate(toks []ntoken, c *candidate, j int) int {
	mod := toks[j].lx
	if mod.role != RoleHeld && mod.role != RoleDetained {
		return -1
	}
	k := fx.predicateRole(toks, c)
	if k < 0 || k == j {
		return -1
	}
	if toks[k].lx.role == RoleReleased {
		return k
	}
	return -1
}

// releasedLater finds the release that a predicate of captivity at
// token j goes on to tell, after "later", "subsequently" or "eventually"
// in the same clause: "were abducted and taken to the forest, but later
// released", "were kidnapped on Monday and subsequently freed". What
// befell them last is what they count now. A count or a part named
// before the release ("three of them were later released", "but most were
// later freed") tells of some of them only. It returns the release's
// token, or -1.
func releasedLater(text string, toks []ntoken, j int) int {
	for m := j + 1; m+1 < len(toks) && m <= j+14; m++ {
		t := toks[m]
		if t.kind == ntNum || t.kind == ntPunct && !ntIsPunct(text, t, ',') {
			return -1 // another count, or the clause ends
		}
		if t.lx != nil && t.lx.num >= nkUnit && t.lx.num <= nkQuarter ||
			wordAt(text, t, "most") || wordAt(text, t, "some") || wordAt(text, t, "many") ||
			wordAt(text, t, "several") || wordAt(text, t, "others") || wordAt(text, t, "few") {
			return -1 // a part of them: "three of them", "most", "some"
		}
		if !wordAt(text, t, "later") && !wordAt(text, t, "subsequently") && !wordAt(text, t, "eventually") {
			continue
		}
		for k := m + 1; k < len(toks) && k <= m+3; k++ {
			if lx := toks[k].lx; lx != nil && lx.role == RoleReleased && lx.head == "" {
				return k
			}
			if !lexHas(toks[k], clsAux|clsPredFill) {
				break // "were later released", "have subsequently been freed"
			}
		}
		return -1
	}
	return -1
}

// relativeAfter finds the role word of a relative clause right after the
// figure c, which tells what befell the counted people wherever the
// figure stands: a participle ("A group of 50 hotel workers marooned on a
// road") or "who/that" with an auxiliary ("to rescue 300 people who are
// stranded"). Not a rescue, which the other scans weigh ("Of the 14
// miners rescued" were not held), nor "trapped" after a rescue ("pulled out 80 people trapped
// in the rubble"). It returns the word's token, or -1.
func relativeAfter(text string, toks []ntoken, c *candidate) int {
	j := c.last + 1
	if j >= len(toks) || c.unitFirst < 0 {
		return -1
	}
	lx := toks[j].lx
	if lx == nil {
		return -1
	}
	if (lx.w == "who" || lx.w == "that" || lx.w == "which") && j+1 < len(toks) {
		if lexHas(toks[j+1], clsAux) {
			return predicateAfter(text, toks, j+1)
		}
		if lx.w != "who" && lexHas(toks[j+1], clsDamage) && toks[j+1].lx.role != "" && lexHas(toks[c.unitLast], clsDwelling) {
			// A relative of damage with no auxiliary, of structures: "38
			// buildings that collapsed in the quake", "the 12 homes which
			// burned".
			return j + 1
		}
	}
	if reportParticiple(lx.w) {
		// A reduced relative of report gives the fate it reports: "40
		// people reported missing", "the 60 people reported to remain
		// trapped", "12 miners feared dead".
		if k := predicateAfter(text, toks, j); k >= 0 && predicateFate(toks[k].lx.role) && toks[k].lx.head == "" {
			return k
		}
		return -1
	}
	if lx.role != "" && lx.role != RoleMissing && lx.head == "" && lx.cls&(clsActor|clsPredOnly|clsIntrans|clsRescue) == 0 &&
		passiveAfter(text, toks, damageParticle(toks, j)) {
		return j
	}
	return -1
}

// damageParticle returns the particle of a phrasal verb of damage at token
// j ("burnt down by the militia", "swept away in the flood"), so that the
// passive is read after it, or j itself.
func damageParticle(toks []ntoken, j int) int {
	if j+1 < len(toks) && lexHas(toks[j], clsDamage) && (ntIsWord(toks[j+1], "down") || ntIsWord(toks[j+1], "away")) {
		return j + 1
	}
	return j
}

// reportParticiple reports whether w is a participle of report or belief
// that takes a fate for complement ("reported missing", "feared dead").
func reportParticiple(w string) bool {
	switch w {
	case "reported", "feared", "presumed", "believed", "confirmed", "thought", "listed", "declared":
		return true
	}
	return false
}

// roleReach bounds how far from a figure, or the list it is in, the
// scans of ownRoleWord read: predicateRole up to 20 tokens after the
// figure, then predicateAfter 6 more and "among" 6 more; the list's
// predicate 3 after its last member, then 12; tollRole 17 before the
// figure; objectVerb 2 before the list.
const roleReach = 40

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

// clauseHas reports whether a word of role r lies in the clause of the
// figure c: between the clause breaks around it.
func (fx *figurer) clauseHas(toks []ntoken, c *candidate, r Role) bool {
	for j := c.first; j >= 0 && fx.clauses[j] == fx.clauses[c.first]; j-- {
		if lx := toks[j].lx; lx != nil && lx.role == r {
			return true
		}
	}
	for j := c.first + 1; j < len(toks) && fx.clauses[j] == fx.clauses[c.last]; j++ {
		if lx := toks[j].lx; lx != nil && lx.role == r {
			return true
		}
	}
	return false
}

// deathReaches reports whether a word of death in the sentence of toks
// reaches the figure c with no other number between them: "Among the dead,
// the ministry said, were 39 women", "One student was shot and killed".
func deathReaches(toks []ntoken, c *candidate) bool {
	for j, t := range toks {
		if (j < c.first || j > c.last) && t.lx != nil && t.lx.role == RoleKilled && (!otherFigureBetween(toks, c, j) || j < c.first && t.lx.w == "toll") {
			return true
		}
	}
	return false
}

// coordCasualty reports whether the figure c is listed with the figure
// before it, and that figure counts casualties: "13 in Orissa and one in
// Andhra Pradesh" share the verb of the first.
func (fx *figurer) coordCasualty(c *candidate) bool {
	if !c.coord || !fx.hasPrevFigure() {
		return false
	}
	prev := &fx.out[len(fx.out)-1]
	return prev.SentenceStart == c.sentenceStart && prev.Category == Casualties
}

// otherClauseLead reports whether a word that opens another clause stands
// between the role word at token j and the figure c: a speaker's verb
// ("said 3 residents"), a relative pronoun not right after the word ("a
// church that holds 500"), a contrast ("while two others escaped"), or
// "and" before a figure with a verb of its own ("were killed and four
// others escaped"). After the figure only a contrast parts them. A toll's
// own relative clause ("The toll, which had been put at 48") does not.
func (fx *figurer) otherClauseLead(toks []ntoken, j int, c *candidate) bool {
	first := c.first
	if w := toks[j].lx.w; w == "toll" || w == "tolls" {
		return false
	}
	if j > first {
		// The word comes after: only a contrast parts them ("All three
		// survived, but seven civilians were killed"), or a count of its
		// own that the word governs through "of" ("rescued 367 migrants
		// and recovered the bodies of another 25": the bodies are the 25's).
		if ofCountAfter(toks, j) {
			return true
		}
		for k := first + 1; k < j; k++ {
			switch tokenWord(fx.text, toks[k]) {
			case "but", "while", "whereas", "although", "though":
				return true
			}
		}
		return false
	}
	plain := plainVerbAfter(fx.text, toks, c)
	for k := j + 1; k < first; k++ {
		switch tokenWord(fx.text, toks[k]) {
		case "and", "or":
			if plain {
				return true // "Two guards were killed and four others escaped"
			}
		case "said", "says", "told", "according":
			if !punctBetween(toks, k, first) {
				return true // the figure speaks; not ", the ministry said, were 22 women"
			}
		case "while", "whereas", "but", "although", "though":
			return true
		case "that", "which", "who":
			if k > j+2 {
				return true
			}
		}
	}
	return false
}

// ofCountAfter reports whether the noun at token j governs a count of its
// own through "of": "the bodies of another 25", "the deaths of 12".
func ofCountAfter(toks []ntoken, j int) bool {
	if j+2 >= len(toks) || !ntIsWord(toks[j+1], "of") {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+3; k++ {
		if t := toks[k]; t.kind == ntNum || t.lx != nil && t.lx.num != nkNone && t.lx.num != nkAnd && t.lx.num != nkArticle {
			return true
		}
	}
	return false
}

// plainVerbAfter reports whether the figure c is the subject of a verb of
// its own right after it that names no role: "four others escaped",
// "3 survived".
func plainVerbAfter(text string, toks []ntoken, c *candidate) bool {
	k := c.last + 1
	if k >= len(toks) || toks[k].kind != ntWord || toks[k].lx != nil && toks[k].lx.role != "" || !subjectPosition(text, toks, c) {
		return false
	}
	return finiteVerb(lowerKey(ntText(text, toks[k])))
}

// punctBetween reports whether a punctuation mark lies between tokens j
// and k.
func punctBetween(toks []ntoken, j, k int) bool {
	for m := j + 1; m < k; m++ {
		if toks[m].kind == ntPunct {
			return true
		}
	}
	return false
}

// hasPrevFigure reports whether a figure came before in the text.
func (fx *figurer) hasPrevFigure() bool { return len(fx.out) > 0 }

// rescueWord reports whether w is a word of rescue, which names a release
// only for people who were held ("troops rescued 76 abducted girls"), not
// for those pulled from a wreck or the sea.
func rescueWord(w string) bool { return w == "rescued" || w == "rescue" }

// heldAround reports whether the sentence of toks says people were held:
// abducted, kidnapped, hostages, in captivity; or names the armed men who
// take captives, from whom a rescue is a release ("two of the victims
// were rescued during a fierce encounter with the bandits"), where a
// rescue from rubble or the sea names none.
func heldAround(toks []ntoken) bool {
	for _, t := range toks {
		if t.lx != nil && (t.lx.role == RoleHeld || captorNoun(t.lx.w)) {
			return true
		}
	}
	return false
}

// captorNoun reports whether w names armed men who take captives.
func captorNoun(w string) bool {
	return w == "bandits" || w == "gunmen"
}
